//! The process's peak resident memory, per phase of a benchmark: Linux's
//! `VmHWM` from `/proc/self/status`, reset between phases through
//! `/proc/self/clear_refs` (so each reading is the highest resident size
//! during that phase alone). Elsewhere nothing is measured.

/// Forgets the peak so far: the next [`peak_mib`] is the highest resident
/// size from now on. Does nothing where the kernel does not offer it.
pub fn reset() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// The highest resident size since the process started or the last
/// [`reset`], in MiB; `None` where the kernel does not say.
pub fn peak_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line
        .trim_start_matches("VmHWM:")
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kib / 1024.0)
}

/// Runs `f` and returns what it returned with the peak resident size
/// during it (MiB).
pub fn during<T>(f: impl FnOnce() -> anyhow::Result<T>) -> anyhow::Result<(T, Option<f64>)> {
    reset();
    let out = f()?;
    Ok((out, peak_mib()))
}
