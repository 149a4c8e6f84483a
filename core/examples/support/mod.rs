//! What both crash tests do: start this program again as a child, let it work, and kill it.

use std::ffi::OsStr;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, ExitCode, Stdio};
use std::time::Duration;

/// Starts this program again with `args`, lets it run for `for_how_long`, kills it (SIGKILL on
/// Linux, TerminateProcess on Windows), and answers the complete lines it printed.
pub fn run_killed(args: &[&OsStr], for_how_long: Duration) -> std::io::Result<Vec<String>> {
    let mut child = Command::new(std::env::current_exe()?)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let stdout = child.stdout.take().expect("piped");
    let reader = std::thread::spawn(move || BufReader::new(stdout).lines().map_while(|l| l.ok()).collect());
    std::thread::sleep(for_how_long);
    child.kill()?;
    child.wait()?;
    Ok(reader.join().unwrap_or_default())
}

/// The value after `flag` on the command line.
pub fn flag(args: &[String], flag: &str) -> Option<String> {
    args.iter()
        .position(|a| a == flag)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

/// A seed from the clock, odd so the generator never sticks at zero.
pub fn clock_seed() -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(1);
    nanos | 1
}

/// Prints the result line, removes the test's folder, and fails unless the test `passed`.
pub fn report(line: &str, dir: &Path, passed: bool) -> ExitCode {
    println!("{line}");
    let _ = std::fs::remove_dir_all(dir);
    if passed {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
