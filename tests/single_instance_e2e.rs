//! Starting the program a second time brings the open window forward instead of opening a
//! second window on the same database. On Linux the two copies meet on the D-Bus session bus
//! (as they do through a named window on Windows), so this test starts a bus of its own.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Instant;

use committee_e2e::{app_binary, Session, PATIENCE};

/// A private session bus, ended with the test.
struct SessionBus {
    daemon: Child,
    address: String,
}

impl SessionBus {
    fn start() -> SessionBus {
        let mut daemon = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .spawn()
            .expect("dbus-daemon is missing (package dbus-daemon; scripts/setup.sh installs it)");
        let mut address = String::new();
        BufReader::new(daemon.stdout.take().unwrap())
            .read_line(&mut address)
            .unwrap();
        SessionBus {
            daemon,
            address: address.trim().to_owned(),
        }
    }
}

impl Drop for SessionBus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

/// Starts the program again as a user would, and waits for it to end by itself.
fn start_again(data_home: &Path, bus: &SessionBus) -> std::process::ExitStatus {
    let mut second = Command::new(app_binary())
        .env("XDG_DATA_HOME", data_home)
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .spawn()
        .unwrap();
    let deadline = Instant::now() + PATIENCE;
    loop {
        if let Some(status) = second.try_wait().unwrap() {
            return status;
        }
        if Instant::now() > deadline {
            let _ = second.kill();
            panic!("the second copy kept running instead of handing over to the open window");
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_second_start_hands_over_to_the_open_window() {
    let data = tempfile::tempdir().unwrap();
    let bus = SessionBus::start();
    let first = Session::start_with(data.path(), &[("DBUS_SESSION_BUS_ADDRESS", &bus.address)]).await;
    first.wait_for_text("首次使用设置").await;

    // The second copy ends by itself with success only once the first accepted the hand-over
    // (tauri-plugin-single-instance); a copy that starts normally would keep running, and one
    // that cannot start ends with a failure code.
    let status = tokio::task::block_in_place(|| start_again(data.path(), &bus));
    assert!(status.success(), "the second copy ended with {status}");

    // The first window still answers.
    first.click("[data-test='preset-wugang']").await;
    first.wait_for_text("填写基本信息").await;
    first.quit().await;
}
