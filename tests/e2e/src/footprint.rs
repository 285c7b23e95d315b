//! How much memory the running app uses: the app process and the WebKit
//! processes it started, measured as proportional set size (shared pages
//! split between the processes that share them), read from `/proc`.

use std::path::Path;

/// The memory of one process tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Footprint {
    /// Processes counted.
    pub processes: usize,
    /// Their summed proportional set size, in KiB.
    pub pss_kib: u64,
}

fn parent_of(pid: u32) -> Option<u32> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name may hold spaces: the parent pid follows the last ')'.
    stat.rsplit_once(')')?
        .1
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

fn pss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("Pss:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

fn all_pids() -> Vec<u32> {
    std::fs::read_dir("/proc")
        .map(|d| {
            d.flatten()
                .filter_map(|e| e.file_name().to_str()?.parse().ok())
                .collect()
        })
        .unwrap_or_default()
}

/// The footprint of every running copy of `app` and its descendants.
pub fn of_app(app: &Path) -> Footprint {
    // The kernel names a process's binary by its canonical path (no `..`).
    let app = app.canonicalize().unwrap_or_else(|_| app.to_path_buf());
    let pids = all_pids();
    let is_app =
        |pid: u32| std::fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|exe| exe == app);
    let mut tree: Vec<u32> = pids.iter().copied().filter(|&p| is_app(p)).collect();
    let mut grew = true;
    while grew {
        grew = false;
        for &p in &pids {
            if !tree.contains(&p) && parent_of(p).is_some_and(|pp| tree.contains(&pp)) {
                tree.push(p);
                grew = true;
            }
        }
    }
    Footprint {
        processes: tree.len(),
        pss_kib: tree.iter().map(|&p| pss_kib(p)).sum(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn this_test_process_has_a_footprint() {
        let me = std::env::current_exe().unwrap();
        let f = super::of_app(&me);
        assert!(f.processes >= 1, "{f:?}");
        assert!(f.pss_kib > 0, "{f:?}");
    }
}
