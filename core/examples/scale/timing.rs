//! Timing each operation on both bodies: the median and the 99th percentile of repeated runs,
//! and the large body's median as a multiple of the small one's.

use std::time::{Duration, Instant};

/// What an operation is, for the targets it is held to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A list or a page's first query: under 50 ms (p99 under 100 ms).
    Query,
    /// A fresh open of the database and the 工作台: under 100 ms.
    Open,
    /// One save: under 20 ms.
    Write,
    /// A file.
    Export,
    /// Work beside the window that nobody waits for (the check of every page after the start).
    Beside,
}

impl Kind {
    fn label(self) -> &'static str {
        match self {
            Kind::Query => "list/page",
            Kind::Open => "open",
            Kind::Write => "write",
            Kind::Export => "export",
            Kind::Beside => "beside",
        }
    }

    pub fn runs(self) -> usize {
        match self {
            Kind::Query | Kind::Write => 21,
            Kind::Open => 11,
            Kind::Export | Kind::Beside => 5,
        }
    }
}

pub struct Figure {
    pub name: &'static str,
    pub kind: Kind,
    pub median: Duration,
    pub p99: Duration,
}

/// Runs `op` `kind.runs()` times after one warm-up.
pub fn measure(name: &'static str, kind: Kind, op: impl FnMut()) -> Figure {
    measure_after(name, kind, || {}, op)
}

/// As [`measure`], with `prepare` run untimed before each run.
pub fn measure_after(name: &'static str, kind: Kind, mut prepare: impl FnMut(), mut op: impl FnMut()) -> Figure {
    op();
    let mut times: Vec<Duration> = (0..kind.runs())
        .map(|_| {
            prepare();
            let start = Instant::now();
            op();
            start.elapsed()
        })
        .collect();
    times.sort();
    let p99 = times[((times.len() as f64 * 0.99).ceil() as usize).min(times.len()) - 1];
    Figure {
        name,
        kind,
        median: times[times.len() / 2],
        p99,
    }
}

/// Empties the system's file cache where the benchmark may (Linux, run as root), so that an
/// open is measured as after a restart; answers whether it could.
pub fn drop_file_cache() -> bool {
    #[cfg(target_os = "linux")]
    {
        // `sync` writes out what is pending, so that "1" can drop every clean page.
        let _ = std::process::Command::new("sync").status();
        std::fs::write("/proc/sys/vm/drop_caches", "1").is_ok()
    }
    #[cfg(not(target_os = "linux"))]
    false
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The table, each large figure beside its small one, and the slowest query last.
pub fn print(large: &[Figure], small: &[Figure]) {
    println!(
        "{:<34} {:>9} {:>12} {:>10} {:>12} {:>7}",
        "operation", "kind", "median ms", "p99 ms", "demo ms", "ratio"
    );
    for f in large {
        let demo = small.iter().find(|s| s.name == f.name).map(|s| ms(s.median));
        let ratio = demo
            .filter(|d| *d > 0.0)
            .map_or(String::from("-"), |d| format!("{:.1}×", ms(f.median) / d));
        println!(
            "{:<34} {:>9} {:>12.1} {:>10.1} {:>12} {:>7}",
            f.name,
            f.kind.label(),
            ms(f.median),
            ms(f.p99),
            demo.map_or(String::from("-"), |d| format!("{d:.1}")),
            ratio
        );
    }
    if let Some(slowest) = large.iter().filter(|f| f.kind == Kind::Query).max_by_key(|f| f.median) {
        println!("slowest query: {} {:.1} ms", slowest.name, ms(slowest.median));
    }
}
