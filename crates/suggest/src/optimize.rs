//! Nelder–Mead minimisation with restarts (derivative-free, unconstrained).
//!
//! Used by the BG/NBD fit in log-parameter space, where the objective is
//! smooth but badly scaled; restarting from the best vertex with a fresh
//! simplex guards against the simplex collapsing early on a ridge.

/// Result of a minimisation.
#[derive(Debug, Clone, PartialEq)]
pub struct Minimum {
    /// Location of the best point found.
    pub x: Vec<f64>,
    /// Objective value there.
    pub value: f64,
    /// Number of objective evaluations spent.
    pub evaluations: usize,
    /// Whether the final restart converged within tolerance.
    pub converged: bool,
}

/// Settings for [`nelder_mead`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NelderMeadOptions {
    /// Initial simplex edge length along each axis.
    pub step: f64,
    /// Stop when the spread of objective values over the simplex falls below
    /// `f_tol * (1 + |f_best|)` and the simplex diameter below `x_tol`.
    pub f_tol: f64,
    /// See `f_tol`.
    pub x_tol: f64,
    /// Evaluation budget across all restarts.
    pub max_evaluations: usize,
    /// Number of restarts after the first run.
    pub restarts: usize,
}

impl Default for NelderMeadOptions {
    fn default() -> Self {
        NelderMeadOptions {
            step: 0.5,
            f_tol: 1e-10,
            x_tol: 1e-7,
            max_evaluations: 20_000,
            restarts: 2,
        }
    }
}

/// Minimises `f` from `x0` with the adaptive Nelder–Mead method
/// (Gao & Han 2012 coefficients, which behave better than the classic ones as
/// the dimension grows). Non-finite objective values are treated as +∞, so
/// `f` may signal "outside the domain" by returning NaN or infinity.
pub fn nelder_mead<F>(mut f: F, x0: &[f64], opts: NelderMeadOptions) -> Minimum
where
    F: FnMut(&[f64]) -> f64,
{
    let n = x0.len();
    let mut eval = |x: &[f64], count: &mut usize| {
        *count += 1;
        let v = f(x);
        if v.is_finite() {
            v
        } else {
            f64::INFINITY
        }
    };
    let nf = n as f64;
    let (alpha, gamma) = (1.0, 1.0 + 2.0 / nf.max(1.0));
    let rho = 0.75 - 1.0 / (2.0 * nf.max(1.0));
    let sigma = 1.0 - 1.0 / nf.max(1.0);

    let mut evaluations = 0;
    let mut best_x = x0.to_vec();
    let mut best_v = eval(&best_x, &mut evaluations);
    let mut converged = false;
    if n == 0 {
        return Minimum {
            x: best_x,
            value: best_v,
            evaluations,
            converged: true,
        };
    }

    for restart in 0..=opts.restarts {
        let step = opts.step / (1 + restart) as f64;
        let mut simplex: Vec<(Vec<f64>, f64)> = Vec::with_capacity(n + 1);
        simplex.push((best_x.clone(), best_v));
        for i in 0..n {
            let mut x = best_x.clone();
            x[i] += step;
            let v = eval(&x, &mut evaluations);
            simplex.push((x, v));
        }
        converged = false;
        while evaluations < opts.max_evaluations {
            simplex.sort_by(|a, b| a.1.total_cmp(&b.1));
            let f_best = simplex[0].1;
            let f_worst = simplex[n].1;
            let diameter = simplex[1..]
                .iter()
                .map(|(x, _)| max_abs_diff(x, &simplex[0].0))
                .fold(0.0, f64::max);
            if (f_worst - f_best).abs() <= opts.f_tol * (1.0 + f_best.abs())
                && diameter <= opts.x_tol
            {
                converged = true;
                break;
            }
            let centroid: Vec<f64> = (0..n)
                .map(|j| simplex[..n].iter().map(|(x, _)| x[j]).sum::<f64>() / nf)
                .collect();
            let along = |t: f64| -> Vec<f64> {
                centroid
                    .iter()
                    .zip(&simplex[n].0)
                    .map(|(c, w)| c + t * (c - w))
                    .collect()
            };
            let xr = along(alpha);
            let fr = eval(&xr, &mut evaluations);
            if fr < f_best {
                let xe = along(gamma);
                let fe = eval(&xe, &mut evaluations);
                simplex[n] = if fe < fr { (xe, fe) } else { (xr, fr) };
                continue;
            }
            if fr < simplex[n - 1].1 {
                simplex[n] = (xr, fr);
                continue;
            }
            let (xc, fc) = if fr < f_worst {
                let xc = along(alpha * rho);
                let fc = eval(&xc, &mut evaluations);
                (xc, fc)
            } else {
                let xc = along(-rho);
                let fc = eval(&xc, &mut evaluations);
                (xc, fc)
            };
            if fc < fr.min(f_worst) {
                simplex[n] = (xc, fc);
                continue;
            }
            // Shrink towards the best vertex.
            let x_best = simplex[0].0.clone();
            for vertex in simplex.iter_mut().skip(1) {
                let x: Vec<f64> = x_best
                    .iter()
                    .zip(&vertex.0)
                    .map(|(b, v)| b + sigma * (v - b))
                    .collect();
                let v = eval(&x, &mut evaluations);
                *vertex = (x, v);
            }
        }
        simplex.sort_by(|a, b| a.1.total_cmp(&b.1));
        let improved = simplex[0].1 < best_v - opts.f_tol * (1.0 + best_v.abs());
        if simplex[0].1 <= best_v {
            best_x = simplex[0].0.clone();
            best_v = simplex[0].1;
        }
        // A restart that found nothing better confirms the optimum.
        if restart > 0 && !improved && converged {
            break;
        }
        if evaluations >= opts.max_evaluations {
            break;
        }
    }
    Minimum {
        x: best_x,
        value: best_v,
        evaluations,
        converged,
    }
}

fn max_abs_diff(a: &[f64], b: &[f64]) -> f64 {
    a.iter()
        .zip(b)
        .map(|(x, y)| (x - y).abs())
        .fold(0.0, f64::max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_rosenbrock_minimum() {
        let f = |x: &[f64]| (1.0 - x[0]).powi(2) + 100.0 * (x[1] - x[0] * x[0]).powi(2);
        let m = nelder_mead(f, &[-1.2, 1.0], NelderMeadOptions::default());
        assert!(m.converged);
        assert!(
            (m.x[0] - 1.0).abs() < 1e-5 && (m.x[1] - 1.0).abs() < 1e-5,
            "{m:?}"
        );
    }

    #[test]
    fn finds_quadratic_minimum_in_four_dimensions() {
        let f = |x: &[f64]| {
            x.iter()
                .enumerate()
                .map(|(i, v)| (i as f64 + 1.0) * (v - i as f64).powi(2))
                .sum()
        };
        let m = nelder_mead(f, &[5.0, 5.0, 5.0, 5.0], NelderMeadOptions::default());
        for (i, v) in m.x.iter().enumerate() {
            assert!((v - i as f64).abs() < 1e-5, "{m:?}");
        }
    }

    #[test]
    fn treats_nan_as_outside_domain() {
        let f = |x: &[f64]| {
            if x[0] < 0.0 {
                f64::NAN
            } else {
                (x[0] - 2.0).powi(2)
            }
        };
        let m = nelder_mead(f, &[0.5], NelderMeadOptions::default());
        assert!((m.x[0] - 2.0).abs() < 1e-5);
    }
}
