//! One file per area; each command is: deserialize → call the core → return.
//!
//! A command is declared once, inside its area's `commands!` block: the block makes the Tauri
//! command, the area's share of the invoke handler, and the description from which
//! `typescript.rs` writes the window's typed caller (`ui/src/api/<area>.ts`). A renamed command
//! or argument therefore fails the UI's type check, not the office's click.

#[cfg(test)]
mod typescript;

use committee_core::CoreError;

#[cfg(test)]
use typescript::Spec;

pub type Answer<T> = Result<T, CoreError>;

pub(crate) mod pickers;

/// Runs slow work (a backup, a restore, a file) off the window's thread.
pub(crate) async fn blocking<T: Send + 'static>(work: impl FnOnce() -> Answer<T> + Send + 'static) -> Answer<T> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|e| CoreError::storage(format!("操作异常中断：{e}")))?
}

/// Every command's answer passes here: a failure that is not the office's input goes to the log.
pub fn logged<T>(command: &str, answer: Answer<T>) -> Answer<T> {
    if let Err(e) = &answer {
        crate::error_log::record(command, e);
    }
    answer
}

/// `pub fn name(desk: Desk, arg: Type, …) -> Answer { … }` for a command that works on the
/// database; `async fn name(app: App, …)` for one that needs the window's app (dialogs, files);
/// `(app: App, desk: Desk, …)` for both. The answer type is written without `Answer<…>`.
macro_rules! commands {
    ($(
        $(#[doc = $doc:literal])*
        $kw:ident fn $name:ident ($($params:tt)*) -> $ret:ty $body:block
    )*) => {
        $( commands!(@context [$($doc)*] $kw $name [$($params)*] $ret $body); )*

        /// The commands of this area, for the app's invoke handler.
        pub const NAMES: &[&str] = &[$(stringify!($name)),*];

        /// Answers `invoke` when it names one of this area's commands.
        pub fn handle<R: tauri::Runtime>(invoke: tauri::ipc::Invoke<R>) -> bool {
            let handler: &dyn Fn(tauri::ipc::Invoke<R>) -> bool = &tauri::generate_handler![$($name),*];
            handler(invoke)
        }

        /// What the generated TypeScript needs to know of each command.
        #[cfg(test)]
        pub fn specs(cfg: &ts_rs::Config) -> Vec<$crate::commands::typescript::Spec> {
            vec![$(commands!(@spec cfg [$($doc)*] $name [$($params)*] $ret)),*]
        }
    };

    // The context parameters (the app, then the database) are named by the command, so its
    // body can use them; the one a command does not name is passed under a placeholder name.
    // Every command names at least one of them.
    (@context $docs:tt $kw:ident $name:ident [$app:ident : App, $desk:ident : Desk $(, $arg:ident : $ty:ty)* $(,)?] $ret:ty $body:block) => {
        commands!(@emit $docs $kw $name $app $desk [$($arg : $ty),*] $ret $body);
    };
    (@context $docs:tt $kw:ident $name:ident [$app:ident : App $(, $arg:ident : $ty:ty)* $(,)?] $ret:ty $body:block) => {
        commands!(@emit $docs $kw $name $app _desk [$($arg : $ty),*] $ret $body);
    };
    (@context $docs:tt $kw:ident $name:ident [$desk:ident : Desk $(, $arg:ident : $ty:ty)* $(,)?] $ret:ty $body:block) => {
        commands!(@emit $docs $kw $name _app $desk [$($arg : $ty),*] $ret $body);
    };

    (@emit [$($doc:literal)*] pub $name:ident $app:ident $desk:ident [$($arg:ident : $ty:ty),*] $ret:ty $body:block) => {
        $(#[doc = $doc])*
        #[tauri::command]
        pub fn $name<R: tauri::Runtime>(
            $app: tauri::AppHandle<R>,
            $desk: tauri::State<'_, $crate::state::DeskState>,
            $($arg: $ty),*
        ) -> $crate::commands::Answer<$ret> {
            #[allow(clippy::redundant_closure_call)]
            let answer: $crate::commands::Answer<$ret> = (move || $body)();
            $crate::commands::logged(stringify!($name), answer)
        }
    };
    (@emit [$($doc:literal)*] async $name:ident $app:ident $desk:ident [$($arg:ident : $ty:ty),*] $ret:ty $body:block) => {
        $(#[doc = $doc])*
        #[tauri::command]
        pub async fn $name<R: tauri::Runtime>(
            $app: tauri::AppHandle<R>,
            $desk: tauri::State<'_, $crate::state::DeskState>,
            $($arg: $ty),*
        ) -> $crate::commands::Answer<$ret> {
            let answer: $crate::commands::Answer<$ret> = async move $body.await;
            $crate::commands::logged(stringify!($name), answer)
        }
    };

    (@spec $cfg:ident [$($doc:literal)*] $name:ident [$($params:tt)*] $ret:ty) => {
        $crate::commands::typescript::Spec::new::<$ret>(
            $cfg,
            stringify!($name),
            &[$($doc),*],
            commands!(@args $cfg [] $($params)*),
        )
    };
    // The window sends the ordinary arguments only.
    (@args $cfg:ident [$($done:tt)*] $ctx:ident : App $(, $($rest:tt)*)?) => {
        commands!(@args $cfg [$($done)*] $($($rest)*)?)
    };
    (@args $cfg:ident [$($done:tt)*] $ctx:ident : Desk $(, $($rest:tt)*)?) => {
        commands!(@args $cfg [$($done)*] $($($rest)*)?)
    };
    (@args $cfg:ident [$($done:tt)*] $($arg:ident : $ty:ty),* $(,)?) => {
        vec![$($done)* $($crate::commands::typescript::Arg::new::<$ty>($cfg, stringify!($arg))),*]
    };
}

macro_rules! areas {
    ($($area:ident => $module:literal),* $(,)?) => {
        $(pub mod $area;)*

        /// The app's invoke handler: each command is answered by the area that declares it.
        pub fn handle<R: tauri::Runtime>(invoke: tauri::ipc::Invoke<R>) -> bool {
            let name = invoke.message.command().to_owned();
            $(if $area::NAMES.contains(&name.as_str()) {
                return $area::handle(invoke);
            })*
            false
        }

        /// Each area's TypeScript module name with its commands.
        #[cfg(test)]
        pub fn modules(cfg: &ts_rs::Config) -> Vec<(&'static str, Vec<Spec>)> {
            vec![$(($module, $area::specs(cfg))),*]
        }
    };
}

areas! {
    setup => "setup",
    settings => "settings",
    about => "about",
    dashboard => "dashboard",
    units => "units",
    members => "members",
    liaisons => "liaisons",
    exports => "exports",
    roster_import => "rosterImport",
    tasks => "tasks",
    reports => "reports",
    report_files => "reportFiles",
    meetings => "meetings",
    follow_ups => "followUps",
    groups => "groups",
    experts => "experts",
    documents => "documents",
    calendar => "calendar",
    backups => "backups",
    recovery => "recovery",
    recycle_bin => "recycleBin",
    history => "history",
    work => "work",
}
