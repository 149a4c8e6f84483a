//! Drives the real desktop binary: tauri-driver (WebDriver for Tauri apps) starts the app
//! through WebKitWebDriver, and fantoccini talks to it. The caller provides the X display
//! (scripts/test.sh runs the tests under xvfb-run).

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;
use std::time::{Duration, Instant};

use committee_core::clock::FixedClock;
use committee_core::location::{APP_IDENTIFIER, DATABASE_FILE};
use committee_core::{Desk, SetupInput};
use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use tokio::process::{Child, Command};

/// The app as built by `cargo build -p committee-desk` (or COMMITTEE_DESK_BIN).
pub fn app_binary() -> PathBuf {
    if let Some(bin) = std::env::var_os("COMMITTEE_DESK_BIN") {
        return PathBuf::from(bin);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"));
    target.join("debug").join(if cfg!(windows) {
        "committee-desk.exe"
    } else {
        "committee-desk"
    })
}

/// The workbook the import dialog “picks”: a roster saved by LibreOffice.
pub fn import_fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests/fixtures/roster-libreoffice.xls")
}

/// The database the app opens when XDG_DATA_HOME is `data_home`.
pub fn database(data_home: &Path) -> PathBuf {
    data_home.join(APP_IDENTIFIER).join(DATABASE_FILE)
}

/// The demonstration body (the 健康舞钢 preset) set up through the core in the app's data
/// folder under `data_home`, on the tests' date, for tests that start past the first-start wizard.
pub fn wugang_desk(data_home: &Path) -> Desk {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let mut desk = Desk::open(&database(data_home), Arc::new(FixedClock::on(today))).unwrap();
    let preset = desk
        .setup_state()
        .unwrap()
        .presets
        .into_iter()
        .find(|p| p.id == "wugang")
        .unwrap();
    desk.complete_setup(&SetupInput {
        settings: preset.settings,
        preset: Some("wugang".into()),
    })
    .unwrap();
    desk
}

/// How long a step may take before the test fails. Every wait returns as soon as the window shows
/// what it waits for, so a long limit costs nothing on a quiet machine and keeps a loaded one
/// (a compile alongside, two cores) from failing a step that was only slow.
pub const PATIENCE: Duration = Duration::from_secs(60);

/// Whether the element is where a user's click would land: scrolled into view, laid out, not
/// moving (its box the same as at the last look), and on top at its centre — not under a dialog's mask that is
/// still fading out, which would swallow the click.
const CLICKABLE: &str = r#"
const e = arguments[0];
e.scrollIntoView({ block: 'nearest', inline: 'nearest' });
const r = e.getBoundingClientRect();
const box = [r.left, r.top, r.width, r.height].map(Math.round).join(',');
if (r.width === 0 || r.height === 0) return '';
const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
return top && (top === e || e.contains(top)) ? box : '';
"#;

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// One run of the app against a data folder. Drop (or `quit`) ends the app and the driver.
pub struct Session {
    pub client: Client,
    driver: Child,
}

impl Session {
    /// Starts the app with its data in `data_home` and the office's date fixed to 2026-11-25.
    pub async fn start(data_home: &Path) -> Session {
        Session::start_with(data_home, &[]).await
    }

    /// As `start`, with more variables in the app's environment.
    pub async fn start_with(data_home: &Path, extra_env: &[(&str, &str)]) -> Session {
        let app = app_binary();
        assert!(app.is_file(), "build the app first: {} is missing", app.display());
        let (port, native_port) = (free_port(), free_port());
        let mut driver = Command::new("tauri-driver");
        driver
            .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
            .env("XDG_DATA_HOME", data_home)
            .env("COMMITTEE_DESK_TODAY", "2026-11-25")
            // Exports land here instead of asking through a native dialog WebDriver cannot reach.
            .env("COMMITTEE_DESK_SAVE_DIR", data_home.join("exports"))
            .env("COMMITTEE_DESK_PICK_FILE", import_fixture())
            .envs(extra_env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        // Its own process group, so ending the session also ends WebKitWebDriver and the app,
        // even when a failing test unwinds through Drop.
        #[cfg(unix)]
        driver.process_group(0);
        let driver = driver
            .spawn()
            .expect("tauri-driver is not installed (cargo install tauri-driver --version '^2' --locked)");
        let caps = serde_json::json!({
            "browserName": "wry",
            "tauri:options": { "application": app.to_string_lossy() },
        });
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(30);
        let client = loop {
            let mut builder = ClientBuilder::native();
            builder.capabilities(caps.as_object().unwrap().clone());
            match builder.connect(&url).await {
                Ok(c) => break c,
                Err(e) if Instant::now() > deadline => panic!("could not start the app through tauri-driver: {e}"),
                Err(_) => tokio::time::sleep(Duration::from_millis(250)).await,
            }
        };
        Session { client, driver }
    }

    /// Closes the app the way a user would, then stops the driver's process group.
    pub async fn quit(mut self) {
        let _ = self.client.clone().close().await;
        self.stop_driver();
        let _ = tokio::time::timeout(Duration::from_secs(10), self.driver.wait()).await;
    }

    fn stop_driver(&self) {
        if let Some(pid) = self.driver.id() {
            let group = format!("-{pid}");
            let _ = std::process::Command::new("kill")
                .args(["-TERM", "--", &group])
                .status();
        }
    }

    pub async fn find(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("nothing matches {css}: {e}"))
    }

    pub async fn find_xpath(&self, xpath: &str) -> Element {
        self.client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::XPath(xpath))
            .await
            .unwrap_or_else(|e| panic!("nothing matches {xpath}: {e}"))
    }

    /// Clicks the element once a user could: see `CLICKABLE`.
    pub async fn click(&self, css: &str) {
        self.click_located(css, || self.find(css)).await;
    }

    pub async fn click_xpath(&self, xpath: &str) {
        self.click_located(xpath, || self.find_xpath(xpath)).await;
    }

    async fn click_located<F, Fut>(&self, what: &str, locate: F)
    where
        F: Fn() -> Fut,
        Fut: std::future::Future<Output = Element>,
    {
        let deadline = Instant::now() + PATIENCE;
        let mut last_box = String::new();
        loop {
            let element = locate().await;
            let box_now = self.clickable_box(&element).await;
            if !box_now.is_empty() && box_now == last_box {
                match element.click().await {
                    Ok(()) => return,
                    Err(e) if Instant::now() > deadline => panic!("cannot click {what}: {e}"),
                    Err(_) => {}
                }
            }
            assert!(Instant::now() < deadline, "{what} never became clickable");
            last_box = box_now;
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
    }

    async fn clickable_box(&self, element: &Element) -> String {
        let arg = serde_json::to_value(element).unwrap();
        match self.client.execute(CLICKABLE, vec![arg]).await {
            Ok(v) => v.as_str().unwrap_or_default().to_owned(),
            // The element was replaced while we looked: look again.
            Err(_) => String::new(),
        }
    }

    /// Clicks the first visible element with exactly this text (menus render hidden copies).
    pub async fn click_text(&self, tag: &str, text: &str) {
        let xpath = format!("//{tag}[normalize-space()='{text}']");
        let deadline = Instant::now() + PATIENCE;
        loop {
            for e in self.client.find_all(Locator::XPath(&xpath)).await.unwrap_or_default() {
                if e.is_displayed().await.unwrap_or(false)
                    && !self.clickable_box(&e).await.is_empty()
                    && e.click().await.is_ok()
                {
                    return;
                }
            }
            assert!(Instant::now() < deadline, "no visible {tag} with text {text}");
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    /// Replaces the value of the input (or textarea) marked `data-test=test_id` as a user would: select all, erase,
    /// type. (WebDriver's clear() bypasses the input event, so Vue would keep the old text.)
    pub async fn fill(&self, test_id: &str, value: &str) {
        let input = self
            .find(&format!(
                "input[data-test='{test_id}'], textarea[data-test='{test_id}'], [data-test='{test_id}'] input"
            ))
            .await;
        let arg = serde_json::to_value(&input).unwrap();
        self.client
            .execute("arguments[0].focus(); arguments[0].select()", vec![arg])
            .await
            .unwrap();
        input.send_keys(&Key::Backspace.to_string()).await.unwrap();
        // WebKitWebDriver drops a typed "\n"; a line break in a textarea is the Enter key.
        let typed = value.replace('\n', &Key::Enter.to_string());
        input.send_keys(&typed).await.unwrap();
    }

    /// Scrolls the page until the element is at the top of the window, as a user scrolls to a card.
    pub async fn scroll_to(&self, css: &str) {
        let arg = serde_json::to_value(self.find(css).await).unwrap();
        self.client
            .execute("arguments[0].scrollIntoView()", vec![arg])
            .await
            .unwrap();
    }

    /// Presses Esc where the focus is, as a user closes a drawer or dialog.
    pub async fn press_escape(&self) {
        let focused = self.client.active_element().await.unwrap();
        focused.send_keys(&Key::Escape.to_string()).await.unwrap();
    }

    /// Waits until the input marked `data-test=test_id` holds exactly `expected` (forms fill in
    /// after their data arrives, so the first read may still be empty).
    pub async fn wait_for_value(&self, test_id: &str, expected: &str) {
        let css = format!("input[data-test='{test_id}'], [data-test='{test_id}'] input");
        let deadline = Instant::now() + PATIENCE;
        loop {
            let value = self
                .find(&css)
                .await
                .prop("value")
                .await
                .unwrap_or_default()
                .unwrap_or_default();
            if value == expected {
                return;
            }
            assert!(Instant::now() < deadline, "{test_id} holds {value:?}, not {expected:?}");
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    /// Clicks until the window shows `text`. For a click that asks for something (a file, a
    /// check) and may be lost when it lands while its dialog is still opening on a loaded
    /// machine: a user who sees nothing happen clicks again.
    pub async fn click_until_text(&self, css: &str, text: &str) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            self.click(css).await;
            let retry_at = Instant::now() + Duration::from_secs(5);
            while Instant::now() < retry_at {
                if self.page_text().await.contains(text) {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            assert!(Instant::now() < deadline, "clicking {css} never showed {text:?}");
        }
    }

    /// Waits until the page's text contains `text`, and returns the page text.
    pub async fn wait_for_text(&self, text: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let page = self.page_text().await;
            if page.contains(text) {
                return page;
            }
            assert!(
                Instant::now() < deadline,
                "the window never showed {text:?}; it shows:\n{page}"
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    pub async fn wait_without_text(&self, text: &str) {
        let deadline = Instant::now() + PATIENCE;
        while self.page_text().await.contains(text) {
            assert!(Instant::now() < deadline, "the window still shows {text:?}");
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    /// The rendered text of the window (innerText: WebKitWebDriver's element text skips some table cells).
    pub async fn page_text(&self) -> String {
        let text = self
            .client
            .execute("return document.body.innerText", vec![])
            .await
            .unwrap();
        text.as_str().unwrap_or_default().to_owned()
    }

    /// Saves a screenshot as target/e2e-screenshots/NAME.png, for people to look at.
    pub async fn screenshot(&self, name: &str) {
        // Let drawers, dialogs and field messages finish their entry animations first.
        tokio::time::sleep(Duration::from_millis(500)).await;
        let dir = app_binary().parent().unwrap().parent().unwrap().join("e2e-screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        let png = self.client.screenshot().await.unwrap();
        std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.stop_driver();
    }
}
