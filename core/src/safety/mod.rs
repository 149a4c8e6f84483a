//! Data safety (C9): backups and restoring one, the recycle bin, the history page and the export
//! of everything. The check when the database opens and the all-or-nothing swap of a restore
//! live in `store`, beneath every area.

pub mod backup;
pub mod backup_file;
pub mod counts;
pub mod history_labels;
pub mod history_page;
pub mod recycle_bin;
pub mod restore;
