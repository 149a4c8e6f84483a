//! Where the database lives: beside the executable when a `portable` marker file is there
//! (offices run programs from USB sticks), otherwise in the OS app-data folder.

use std::path::{Path, PathBuf};

pub const DATABASE_FILE: &str = "committee-desk.db";
pub const PORTABLE_MARKER: &str = "portable";
pub const PORTABLE_DATA_DIR: &str = "committee-desk-data";

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
}
