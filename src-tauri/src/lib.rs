//! The desktop shell: Tauri commands that hand their input to committee-core and its answer
//! (or its Chinese error) back to the window. No domain logic lives here.

mod commands;
mod startup;
pub mod state;

use tauri::{Builder, Manager, Runtime};

/// Registers every command. Shared by `run()` and the command tests on the mock runtime.
pub fn builder<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder.invoke_handler(tauri::generate_handler![
        commands::setup::setup_state,
        commands::setup::complete_setup,
        commands::settings::settings,
        commands::settings::update_settings,
        commands::settings::role_titles,
        commands::about::about,
        commands::about::open_data_folder,
        commands::dashboard::dashboard,
        commands::units::list_units,
        commands::units::unit_categories,
        commands::units::add_unit,
        commands::units::update_unit,
        commands::units::delete_unit,
        commands::units::unit_change_log,
        commands::members::roster,
        commands::members::add_member,
        commands::members::update_member,
        commands::members::end_member,
        commands::members::replace_member,
        commands::members::delete_member,
        commands::liaisons::list_liaisons,
        commands::liaisons::liaison_history,
        commands::liaisons::set_liaison,
        commands::liaisons::change_liaison,
        commands::liaisons::edit_liaison,
        commands::liaisons::delete_liaison,
        commands::exports::export_roster,
        commands::exports::export_liaison_directory,
        commands::exports::print_roster,
        commands::exports::print_liaison_directory,
        commands::exports::print_fonts,
        commands::exports::set_print_font,
        commands::roster_import::pick_import_file,
        commands::roster_import::import_sheets,
        commands::roster_import::check_roster_import,
        commands::roster_import::import_roster,
        commands::tasks::list_tasks,
        commands::tasks::add_task,
        commands::tasks::update_task,
        commands::tasks::delete_task,
        commands::tasks::check_task_import,
        commands::tasks::import_tasks,
        commands::reports::list_periods,
        commands::reports::open_period,
        commands::reports::set_period_deadline,
        commands::reports::report_board,
        commands::reports::report_form,
        commands::reports::save_report,
        commands::reports::submit_report,
        commands::reports::reopen_report,
        commands::reports::copy_previous_report,
        commands::report_files::pick_return_files,
        commands::report_files::check_returns,
        commands::report_files::import_returns,
        commands::report_files::add_report_attachments,
        commands::report_files::remove_report_attachment,
        commands::report_files::open_report_attachment,
        commands::report_files::send_out_forms,
        commands::report_files::export_report_form,
        commands::report_files::export_report_summary,
        commands::report_files::print_report_summary,
        commands::meetings::meeting_kinds,
        commands::meetings::action_group_units,
        commands::meetings::add_meeting_kind,
        commands::meetings::update_meeting_kind,
        commands::meetings::list_meetings,
        commands::meetings::meeting,
        commands::meetings::default_convener,
        commands::meetings::add_meeting,
        commands::meetings::update_meeting,
        commands::meetings::delete_meeting,
        commands::meetings::preview_plan,
        commands::meetings::create_plan,
        commands::meetings::invitees,
        commands::meetings::invite_members,
        commands::meetings::add_observer,
        commands::meetings::set_attendance,
        commands::meetings::remove_invitee,
        commands::meetings::minutes,
        commands::meetings::save_minutes,
        commands::meeting_files::export_meeting_print,
        commands::meeting_files::print_meeting,
        commands::follow_ups::list_follow_ups,
        commands::follow_ups::add_follow_up,
        commands::follow_ups::update_follow_up,
        commands::follow_ups::set_follow_up_status,
        commands::follow_ups::delete_follow_up,
        commands::follow_ups::follow_up_progress,
        commands::follow_ups::add_progress,
        commands::follow_ups::delete_progress,
        commands::follow_ups::export_circular,
        commands::follow_ups::print_circular,
    ])
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
            Ok(())
        })
        .build(tauri::generate_context!());
    match app {
        Ok(app) => app.run(|_, _| {}),
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
