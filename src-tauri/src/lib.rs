//! The desktop shell: Tauri commands that hand their input to committee-core and its answer
//! (or its Chinese error) back to the window. No domain logic lives here.

mod commands;
mod error_log;
mod startup;
pub mod state;
pub mod work;

use tauri::{Builder, Manager, Runtime};

/// Registers every command. Shared by `run()` and the command tests on the mock runtime.
pub fn builder<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder.manage(work::Work::default()).invoke_handler(commands::handle)
}

pub fn run() {
    // Registered first: a second start hands over to the running window and exits before it
    // opens the database a second time.
    let app = builder(tauri::Builder::default())
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            show_main_window(app)
        }))
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .setup(|app| {
            let state = startup::open(app.handle());
            app.manage(state);
            startup::check_then_back_up(app.handle().clone());
            Ok(())
        })
        .build(tauri::generate_context!());
    match app {
        Ok(app) => app.run(|app, event| {
            if let tauri::RunEvent::Exit = event {
                startup::on_exit(&app.state::<state::DeskState>());
            }
        }),
        Err(e) => cannot_start(&format!("推进委员会办公室工作台无法启动：{e}")),
    }
}

/// Says why the program cannot start, and ends it with a failure code.
fn cannot_start(message: &str) -> ! {
    eprintln!("{message}");
    #[cfg(windows)]
    {
        use windows_sys::Win32::UI::WindowsAndMessaging::{MessageBoxW, MB_ICONERROR, MB_OK};
        let text = format!("{message}\n\n如果这台电脑缺少 Microsoft Edge WebView2 运行时，程序无法显示窗口：请单位的信息化人员安装微软的 WebView2 独立安装程序（x64）后再启动。");
        let wide = |s: &str| s.encode_utf16().chain([0]).collect::<Vec<u16>>();
        let (text, title) = (wide(&text), wide("推进委员会办公室工作台"));
        // SAFETY: both strings are NUL-terminated UTF-16 and outlive the call; no owner window.
        unsafe {
            MessageBoxW(
                std::ptr::null_mut(),
                text.as_ptr(),
                title.as_ptr(),
                MB_OK | MB_ICONERROR,
            )
        };
    }
    std::process::exit(1)
}

/// Brings the open window to the front when the program is started again.
fn show_main_window<R: Runtime>(app: &tauri::AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}
