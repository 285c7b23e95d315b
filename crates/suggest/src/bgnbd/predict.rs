//! Customer-level BG/NBD predictions.
//!
//! Given a customer's summary (x, tₓ, T) the posterior splits cleanly
//! (FHL 2005, appendix): the customer is alive at T with probability
//!
//! ```text
//! P(alive) = 1 / (1 + δ(x>0) · a/(b+x−1) · ((α+T)/(α+tₓ))^(r+x))
//! ```
//!
//! and, *given alive*, λ ~ Gamma(r+x, α+T) and p ~ Beta(a, b+x)
//! independently (the likelihood of "alive" is (1−p)^x λ^x e^(−λT)).

use super::{Params, Rfm};
use crate::error::ModelError;
use crate::special::hyp2f1;

impl Params {
    /// Probability that the customer is still active at the cut-off.
    /// Exactly 1 for x = 0 (in BG/NBD dropout happens only right after a
    /// repeat purchase).
    pub fn p_alive(&self, rfm: &Rfm) -> Result<f64, ModelError> {
        self.validate()?;
        rfm.validate()?;
        Ok(self.p_alive_unchecked(rfm))
    }

    fn p_alive_unchecked(&self, rfm: &Rfm) -> f64 {
        if rfm.x == 0 {
            return 1.0;
        }
        let x = f64::from(rfm.x);
        // log of the odds of "dead" versus "alive".
        let log_odds = (self.a / (self.b + x - 1.0)).ln()
            + (self.r + x) * ((self.alpha + rfm.t).ln() - (self.alpha + rfm.t_x).ln());
        1.0 / (1.0 + log_odds.exp())
    }

    /// Expected number of purchases in the next `horizon` days (FHL eq. 10):
    ///
    /// ```text
    /// E[Y(h)] = P(alive) · (a+b+x−1)/(a−1)
    ///           · [1 − ((α+T)/(α+T+h))^(r+x) · ₂F₁(r+x, b+x; a+b+x−1; h/(α+T+h))]
    /// ```
    ///
    /// Counts distinct purchase days if the fit did. The expression is
    /// analytic in `a` with a removable singularity at a = 1; within 1e-4 of
    /// it the mean of the values at a ± 1e-4 is returned (error O(1e-8)).
    pub fn expected_purchases(&self, rfm: &Rfm, horizon: f64) -> Result<f64, ModelError> {
        self.validate()?;
        rfm.validate()?;
        if !(horizon.is_finite() && horizon >= 0.0) {
            return Err(ModelError::InvalidHorizon);
        }
        if horizon == 0.0 {
            return Ok(0.0);
        }
        const NEAR_ONE: f64 = 1e-4;
        if (self.a - 1.0).abs() < NEAR_ONE {
            let lo = Params {
                a: 1.0 - NEAR_ONE,
                ..*self
            };
            let hi = Params {
                a: 1.0 + NEAR_ONE,
                ..*self
            };
            return Ok(0.5
                * (lo.expected_unchecked(rfm, horizon)? + hi.expected_unchecked(rfm, horizon)?));
        }
        self.expected_unchecked(rfm, horizon)
    }

    fn expected_unchecked(&self, rfm: &Rfm, h: f64) -> Result<f64, ModelError> {
        let Params { r, alpha, a, b } = *self;
        let x = f64::from(rfm.x);
        let at = alpha + rfm.t;
        let z = h / (at + h);
        let f = hyp2f1(r + x, b + x, a + b + x - 1.0, z).map_err(|_| ModelError::Numerical)?;
        let shrink = ((r + x) * (at / (at + h)).ln()).exp();
        let value = (a + b + x - 1.0) / (a - 1.0) * (1.0 - shrink * f);
        let value = value * self.p_alive_unchecked(rfm);
        if value.is_finite() {
            Ok(value.max(0.0))
        } else {
            Err(ModelError::Numerical)
        }
    }

    /// Probability of at least one purchase in the next `horizon` days:
    ///
    /// ```text
    /// P(≥1 in h) = P(alive) · [1 − ((α+T)/(α+T+h))^(r+x)]
    /// ```
    ///
    /// Derivation: an active customer's next purchase arrives after an
    /// Exp(λ) wait, and in BG/NBD dropout only ever happens *immediately
    /// after* a purchase, so an active customer cannot die in the horizon
    /// before buying: P(0 in h | alive, λ) = e^(−λh) exactly. Averaging over
    /// the posterior λ ~ Gamma(r+x, α+T) gives ((α+T)/(α+T+h))^(r+x). A dead
    /// customer buys nothing. The dropout risk of the horizon is therefore
    /// entirely in P(alive); dropout *after* the first purchase in the
    /// horizon does not matter for "at least one".
    pub fn p_at_least_one_purchase(&self, rfm: &Rfm, horizon: f64) -> Result<f64, ModelError> {
        self.validate()?;
        rfm.validate()?;
        if !(horizon.is_finite() && horizon >= 0.0) {
            return Err(ModelError::InvalidHorizon);
        }
        let at = self.alpha + rfm.t;
        let none_if_alive = ((self.r + f64::from(rfm.x)) * (at / (at + horizon)).ln()).exp();
        Ok(self.p_alive_unchecked(rfm) * (1.0 - none_if_alive))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// CDNOW (weeks) estimates published by Fader, Hardie & Lee.
    const CDNOW: Params = Params {
        r: 0.243,
        alpha: 4.414,
        a: 0.793,
        b: 2.426,
    };

    /// E[Y(h)] by quadrature: P(alive)·E_p[(1 − (1 + p·h/(α+T))^−(r+x)) / p]
    /// with p ~ Beta(a, b+x), substituting p = u^(1/a) to remove the p = 0
    /// endpoint singularity (needs b + x ≥ 1).
    fn expected_by_quadrature(p: &Params, c: &Rfm, h: f64) -> f64 {
        use crate::special::ln_gamma;
        let x = f64::from(c.x);
        let (s, tau, bb) = (p.r + x, h / (p.alpha + c.t), p.b + x);
        let ln_beta = ln_gamma(p.a) + ln_gamma(bb) - ln_gamma(p.a + bb);
        let n = 400_000;
        let mut sum = 0.0;
        for i in 0..n {
            let u = (i as f64 + 0.5) / n as f64;
            let q = u.powf(1.0 / p.a);
            let g = (1.0 - (1.0 + q * tau).powf(-s)) / q;
            sum += (1.0 - q).powf(bb - 1.0) * g;
        }
        let integral = sum / n as f64 / p.a / ln_beta.exp();
        p.p_alive(c).unwrap() * integral
    }

    #[test]
    fn p_alive_known_values() {
        // x = 0 is alive by construction.
        let zero = Rfm {
            x: 0,
            t_x: 0.0,
            t: 30.0,
        };
        assert_eq!(CDNOW.p_alive(&zero).unwrap(), 1.0);
        // Long silence after frequent buying lowers P(alive).
        let recent = Rfm {
            x: 5,
            t_x: 38.0,
            t: 39.0,
        };
        let silent = Rfm {
            x: 5,
            t_x: 5.0,
            t: 39.0,
        };
        let pr = CDNOW.p_alive(&recent).unwrap();
        let ps = CDNOW.p_alive(&silent).unwrap();
        assert!(pr > 0.8 && ps < 0.1, "{pr} {ps}");
        // Hand computation for x=2, t_x=30.43, T=38.86:
        // odds = 0.793/3.426 * ((43.274)/(34.844))^2.243
        let odds = 0.793_f64 / 3.426 * (43.274_f64 / 34.844).powf(2.243);
        let want = 1.0 / (1.0 + odds);
        let got = CDNOW
            .p_alive(&Rfm {
                x: 2,
                t_x: 30.43,
                t: 38.86,
            })
            .unwrap();
        assert!((got - want).abs() < 1e-12);
    }

    #[test]
    fn expected_purchases_matches_quadrature() {
        let cases = [
            (
                CDNOW,
                Rfm {
                    x: 2,
                    t_x: 30.43,
                    t: 38.86,
                },
                39.0,
            ),
            (
                CDNOW,
                Rfm {
                    x: 0,
                    t_x: 0.0,
                    t: 38.86,
                },
                52.0,
            ),
            (
                CDNOW,
                Rfm {
                    x: 15,
                    t_x: 37.0,
                    t: 38.0,
                },
                10.0,
            ),
            (
                Params {
                    r: 0.5,
                    alpha: 20.0,
                    a: 2.5,
                    b: 4.0,
                },
                Rfm {
                    x: 3,
                    t_x: 100.0,
                    t: 300.0,
                },
                90.0,
            ),
            (
                Params {
                    r: 1.3,
                    alpha: 60.0,
                    a: 0.4,
                    b: 1.5,
                },
                Rfm {
                    x: 1,
                    t_x: 2.0,
                    t: 5.0,
                },
                365.0,
            ),
        ];
        for (p, c, h) in cases {
            let got = p.expected_purchases(&c, h).unwrap();
            let want = expected_by_quadrature(&p, &c, h);
            assert!(
                (got - want).abs() < 1e-5 * want.max(1e-3),
                "{p:?} {c:?}: {got} vs {want}"
            );
        }
    }

    #[test]
    fn cdnow_published_conditional_expectation() {
        // FHL 2005 report E[Y(39) | x=2, t_x=30.43, T=38.86] = 1.226 weeks.
        let got = CDNOW
            .expected_purchases(
                &Rfm {
                    x: 2,
                    t_x: 30.43,
                    t: 38.86,
                },
                39.0,
            )
            .unwrap();
        assert!((got - 1.226).abs() < 0.002, "{got}");
    }

    #[test]
    fn a_near_one_is_continuous() {
        let c = Rfm {
            x: 4,
            t_x: 50.0,
            t: 80.0,
        };
        let at = |a: f64| {
            Params {
                r: 0.7,
                alpha: 10.0,
                a,
                b: 3.0,
            }
            .expected_purchases(&c, 30.0)
            .unwrap()
        };
        let (lo, mid, hi) = (at(0.999), at(1.0), at(1.001));
        assert!(mid.is_finite() && (lo - mid).abs() < 1e-3 && (hi - mid).abs() < 1e-3);
    }

    #[test]
    fn probability_bounds_and_monotonicity() {
        let c = Rfm {
            x: 3,
            t_x: 20.0,
            t: 40.0,
        };
        let mut last = 0.0;
        for h in [0.0, 1.0, 10.0, 100.0, 1e4] {
            let p = CDNOW.p_at_least_one_purchase(&c, h).unwrap();
            assert!((0.0..=1.0).contains(&p) && p >= last);
            last = p;
        }
        assert!(last <= CDNOW.p_alive(&c).unwrap() + 1e-12);
        assert!(CDNOW.p_at_least_one_purchase(&c, -1.0).is_err());
        assert!(CDNOW.expected_purchases(&c, f64::NAN).is_err());
    }
}
