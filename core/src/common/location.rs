//! Where the database lives: beside the executable when a `portable` marker file is there
//! (offices run programs from USB sticks), otherwise in the user's application-data folder.

use std::path::{Path, PathBuf};

pub const DATABASE_FILE: &str = "committee-desk.db";
pub const PORTABLE_MARKER: &str = "portable";
pub const PORTABLE_DATA_DIR: &str = "committee-desk-data";
/// The program's identifier, as `src-tauri/tauri.conf.json` names it.
pub const APP_IDENTIFIER: &str = "cn.committee-desk.app";

/// `%APPDATA%\cn.committee-desk.app` on Windows, `$XDG_DATA_HOME/cn.committee-desk.app` (or
/// `~/.local/share/…`) on Linux: the folder Tauri's `app_data_dir` names, found the same way.
pub fn app_data_dir() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join(APP_IDENTIFIER))
}

pub fn database_path(exe_dir: Option<&Path>, app_data_dir: &Path) -> PathBuf {
    match exe_dir {
        Some(dir) if dir.join(PORTABLE_MARKER).is_file() => dir.join(PORTABLE_DATA_DIR).join(DATABASE_FILE),
        _ => app_data_dir.join(DATABASE_FILE),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portable_marker_moves_the_database_beside_the_executable() {
        let exe = tempfile::tempdir().unwrap();
        let data = tempfile::tempdir().unwrap();
        assert_eq!(
            database_path(Some(exe.path()), data.path()),
            data.path().join(DATABASE_FILE)
        );
        std::fs::write(exe.path().join(PORTABLE_MARKER), "").unwrap();
        assert_eq!(
            database_path(Some(exe.path()), data.path()),
            exe.path().join(PORTABLE_DATA_DIR).join(DATABASE_FILE)
        );
    }

    #[test]
    fn the_identifier_is_the_one_the_desktop_program_is_built_with() {
        let conf = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../src-tauri/tauri.conf.json"));
        // Under wine the checkout may be out of reach; the Linux run always has it.
        if let Ok(conf) = conf {
            assert!(conf.contains(&format!("\"identifier\": \"{APP_IDENTIFIER}\"")));
        }
    }
}

/// What only a Windows PC does: `%APPDATA%`, a program folder with Chinese characters and
/// spaces (a USB stick named by office staff), and paths longer than Windows' old 260 characters.
/// `scripts/test-windows.sh` runs these under wine with the Windows build.
#[cfg(all(test, windows))]
mod windows_tests {
    use std::os::windows::ffi::OsStrExt;
    use std::sync::Arc;

    use chrono::NaiveDate;

    use super::*;
    use crate::common::clock::FixedClock;
    use crate::store::files::write_file;
    use crate::Desk;

    fn desk_at(path: &Path) -> Desk {
        let clock = Arc::new(FixedClock::on(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()));
        Desk::open(path, clock).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    #[test]
    fn data_lives_under_appdata() {
        let appdata = PathBuf::from(std::env::var_os("APPDATA").expect("%APPDATA% is set on Windows"));
        assert_eq!(app_data_dir(), Some(appdata.join(APP_IDENTIFIER)));
    }

    #[test]
    fn a_portable_copy_on_a_chinese_path_with_spaces_keeps_its_data_beside_the_exe() {
        let stick = tempfile::tempdir().unwrap();
        let program = stick.path().join("U盘 资料").join("推进委员会 工作台");
        std::fs::create_dir_all(&program).unwrap();
        std::fs::write(program.join(PORTABLE_MARKER), "").unwrap();
        let db = database_path(Some(&program), Path::new(r"C:\unused"));
        assert_eq!(db, program.join(PORTABLE_DATA_DIR).join(DATABASE_FILE));
        drop(desk_at(&db));
        assert!(db.is_file());
    }

    #[test]
    fn paths_longer_than_260_characters_hold_the_database_and_its_files() {
        let root = tempfile::tempdir().unwrap();
        let mut dir = root.path().join("健康舞钢行动推进委员会办公室 资料");
        // Windows counts UTF-16 units: past 300 is past the old limit of 260 with room to spare.
        while dir.as_os_str().encode_wide().count() < 300 {
            dir = dir.join("二〇二六年 信息收集汇总表 各成员单位报送材料");
        }
        let db = dir.join(DATABASE_FILE);
        drop(desk_at(&db));
        desk_at(&db);
        let file = dir.join("2026年11月_市卫健委_信息收集汇总表.xlsx");
        write_file(&file, b"PK").unwrap();
        assert_eq!(std::fs::read(&file).unwrap(), b"PK");
    }
}
