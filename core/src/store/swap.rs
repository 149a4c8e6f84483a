//! Replacing the database and the kept files with a restored set, all or nothing, even when the
//! program is killed half-way. The new set is staged in the data folder first. Then the current
//! items are moved aside — a file another program holds stops the restore here, with everything
//! put back. Writing the plan file is the moment of commitment: the moves it lists are repeated
//! on the next start until every one is done. A start that finds items moved aside but no plan
//! puts them back and throws the staging away.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::common::error::{CoreError, Result};
use crate::store::files::KEPT_FOLDERS;

/// Where a restored set is unpacked before it replaces the live one.
pub const STAGING: &str = "恢复暂存";
/// What replaced items are moved into; removed once the swap is done, or kept under another name.
const REPLACED: &str = "恢复前的文件";
/// The plan: present only between the commitment and the end of a swap.
const PLAN: &str = "恢复进行中.json";

#[derive(Serialize, Deserialize)]
struct Plan {
    /// Each item of the data folder the swap replaces, and whether the staging holds a new one
    /// (an item without one is only moved away: the old database's WAL, a folder the backup lacks).
    items: Vec<(String, bool)>,
    /// Where, relative to the data folder, the replaced items are kept instead of removed.
    keep: Option<String>,
}

/// The items a restore replaces: the database with SQLite's files beside it, and the kept folders.
pub fn items(db_name: &str) -> Vec<String> {
    let mut names = vec![db_name.to_owned(), format!("{db_name}-wal"), format!("{db_name}-shm")];
    names.extend(KEPT_FOLDERS.iter().map(|f| f.to_string()));
    names
}

pub fn staging(data_dir: &Path) -> PathBuf {
    data_dir.join(STAGING)
}

/// An empty staging folder, ready to receive a restored set; a swap still pending is finished first.
pub fn fresh_staging(data_dir: &Path) -> Result<PathBuf> {
    finish(data_dir)?;
    let dir = staging(data_dir);
    remove(&dir)?;
    std::fs::create_dir_all(&dir).map_err(|e| fail("创建", &dir, e))?;
    Ok(dir)
}

/// Moves the current items aside, commits to the staged set and moves it in. The database must
/// be closed. `keep` names a folder (relative to the data folder) for the replaced items; without
/// it they are removed.
pub fn commit(data_dir: &Path, db_name: &str, keep: Option<&str>) -> Result<()> {
    let staged = staging(data_dir);
    let plan = Plan {
        items: items(db_name)
            .into_iter()
            .map(|name| {
                let has_new = staged.join(&name).exists();
                (name, has_new)
            })
            .collect(),
        keep: keep.map(str::to_owned),
    };
    move_aside(data_dir, &plan)?;
    let path = data_dir.join(PLAN);
    let part = data_dir.join(format!("{PLAN}.part"));
    write_synced(&part, &serde_json::to_vec(&plan)?)?;
    std::fs::rename(&part, &path).map_err(|e| fail("保存", &path, e))?;
    apply(data_dir, &plan)
}

/// Before the commitment: every current item into `REPLACED`, or, when one cannot move (Excel
/// has an attachment open), every one back where it was.
fn move_aside(data_dir: &Path, plan: &Plan) -> Result<()> {
    let replaced = data_dir.join(REPLACED);
    std::fs::create_dir_all(&replaced).map_err(|e| fail("创建", &replaced, e))?;
    let mut moved: Vec<&str> = Vec::new();
    for (name, _) in &plan.items {
        let target = data_dir.join(name);
        if !target.exists() {
            continue;
        }
        if let Err(e) = rename(&target, &replaced.join(name)) {
            for back in moved.iter().rev() {
                let _ = rename(&replaced.join(back), &data_dir.join(back));
            }
            let _ = std::fs::remove_dir(&replaced);
            return Err(CoreError::storage(format!(
                "“{}”正被其他程序使用（例如打开着其中的附件），无法恢复。请关闭那个程序后再试；数据没有改动。",
                target.display()
            ))
            .with_cause_of(e));
        }
        moved.push(name);
    }
    Ok(())
}

/// On every start, before the database opens: finishes a swap that was committed, or puts back
/// what a swap moved aside before it could commit, and throws away the staging.
pub fn finish(data_dir: &Path) -> Result<()> {
    let path = data_dir.join(PLAN);
    match std::fs::read(&path) {
        Ok(text) => {
            let plan: Plan = serde_json::from_slice(&text)?;
            apply(data_dir, &plan)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            put_back(data_dir)?;
            remove(&staging(data_dir))
        }
        Err(e) => Err(fail("读取", &path, e)),
    }
}

fn put_back(data_dir: &Path) -> Result<()> {
    let replaced = data_dir.join(REPLACED);
    let Ok(entries) = std::fs::read_dir(&replaced) else {
        return Ok(());
    };
    for entry in entries.filter_map(|e| e.ok()) {
        let target = data_dir.join(entry.file_name());
        if !target.exists() {
            rename(&entry.path(), &target)?;
        }
    }
    remove(&replaced)
}

fn apply(data_dir: &Path, plan: &Plan) -> Result<()> {
    apply_steps(data_dir, plan, usize::MAX)
}

/// Every step can be repeated: an item already moved in is skipped. `steps` cuts the swap short
/// after that many items, as a crash would (the tests' way in).
fn apply_steps(data_dir: &Path, plan: &Plan, steps: usize) -> Result<()> {
    let (staged, replaced) = (staging(data_dir), data_dir.join(REPLACED));
    std::fs::create_dir_all(&replaced).map_err(|e| fail("创建", &replaced, e))?;
    for (name, has_new) in plan.items.iter().take(steps) {
        let (new, target) = (staged.join(name), data_dir.join(name));
        let moved_in = *has_new && !new.exists();
        if moved_in && !target.exists() {
            return Err(CoreError::storage(format!(
                "恢复中断后找不到“{name}”：请从“备份”文件夹中的备份恢复。"
            )));
        }
        if moved_in {
            continue;
        }
        if target.exists() {
            let old = replaced.join(name);
            remove(&old)?;
            rename(&target, &old)?;
        }
        if *has_new {
            rename(&new, &target)?;
        }
    }
    if steps < plan.items.len() {
        return Ok(());
    }
    match &plan.keep {
        Some(keep) => {
            let kept = data_dir.join(keep);
            if let Some(parent) = kept.parent() {
                std::fs::create_dir_all(parent).map_err(|e| fail("创建", parent, e))?;
            }
            remove(&kept)?;
            rename(&replaced, &kept)?;
        }
        None => remove(&replaced)?,
    }
    remove(&staged)?;
    let path = data_dir.join(PLAN);
    std::fs::remove_file(&path).map_err(|e| fail("删除", &path, e))
}

/// A rename that waits a moment for a file a virus scanner or the backup thread holds briefly.
fn rename(from: &Path, to: &Path) -> Result<()> {
    let mut tries = 0;
    loop {
        match std::fs::rename(from, to) {
            Ok(()) => return Ok(()),
            Err(e) if tries >= 20 => return Err(fail("移动", from, e)),
            Err(_) => {
                tries += 1;
                std::thread::sleep(Duration::from_millis(100));
            }
        }
    }
}

/// A file written and flushed to the disk, so that a power cut after the rename finds it whole.
pub fn write_synced(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let mut file = std::fs::File::create(path).map_err(|e| fail("创建", path, e))?;
    file.write_all(bytes).map_err(|e| fail("写入", path, e))?;
    file.sync_all().map_err(|e| fail("写入", path, e))
}

fn remove(path: &Path) -> Result<()> {
    let done = if path.is_dir() {
        std::fs::remove_dir_all(path)
    } else if path.exists() {
        std::fs::remove_file(path)
    } else {
        Ok(())
    };
    done.map_err(|e| fail("删除", path, e))
}

fn fail(what: &str, path: &Path, e: std::io::Error) -> CoreError {
    CoreError::storage(format!("无法{what}“{}”：{e}", path.display())).caused_by(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn put(path: &Path, text: &str) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    fn read(path: &Path) -> Option<String> {
        std::fs::read_to_string(path).ok()
    }

    /// The old set: a database with its WAL, attachments; the new one: a database and originals.
    fn folder_mid_restore() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        put(&d.join("x.db"), "旧库");
        put(&d.join("x.db-wal"), "旧日志");
        put(&d.join("报送附件/a.txt"), "旧附件");
        let staged = fresh_staging(d).unwrap();
        put(&staged.join("x.db"), "新库");
        put(&staged.join("报送原件/b.xlsx"), "新原件");
        dir
    }

    fn assert_new_set(d: &Path) {
        assert_eq!(read(&d.join("x.db")).as_deref(), Some("新库"));
        assert_eq!(
            read(&d.join("x.db-wal")),
            None,
            "the old WAL must never meet the new database"
        );
        assert_eq!(read(&d.join("报送附件/a.txt")), None);
        assert_eq!(read(&d.join("报送原件/b.xlsx")).as_deref(), Some("新原件"));
        for gone in [STAGING, REPLACED, PLAN] {
            assert!(!d.join(gone).exists(), "{gone}");
        }
    }

    #[test]
    fn a_swap_cut_off_after_any_step_is_finished_at_the_next_start() {
        let count = items("x.db").len();
        for cut in 0..=count {
            let dir = folder_mid_restore();
            let d = dir.path();
            let plan = Plan {
                items: items("x.db")
                    .into_iter()
                    .map(|n| {
                        let has_new = staging(d).join(&n).exists();
                        (n, has_new)
                    })
                    .collect(),
                keep: None,
            };
            move_aside(d, &plan).unwrap();
            write_synced(&d.join(PLAN), &serde_json::to_vec(&plan).unwrap()).unwrap();
            apply_steps(d, &plan, cut).unwrap();
            finish(d).unwrap();
            assert_new_set(d);
            // A second start finds nothing to do.
            finish(d).unwrap();
            assert_new_set(d);
        }
    }

    #[test]
    fn a_staging_never_committed_is_thrown_away_and_nothing_changes() {
        let dir = folder_mid_restore();
        let d = dir.path();
        finish(d).unwrap();
        assert_eq!(read(&d.join("x.db")).as_deref(), Some("旧库"));
        assert_eq!(read(&d.join("x.db-wal")).as_deref(), Some("旧日志"));
        assert_eq!(read(&d.join("报送附件/a.txt")).as_deref(), Some("旧附件"));
        assert!(!d.join(STAGING).exists());
    }

    #[test]
    fn a_commit_moves_the_whole_new_set_in() {
        let dir = folder_mid_restore();
        commit(dir.path(), "x.db", None).unwrap();
        assert_new_set(dir.path());
    }

    #[test]
    fn items_moved_aside_before_the_commitment_are_put_back_at_the_next_start() {
        let dir = folder_mid_restore();
        let d = dir.path();
        let plan = Plan {
            items: items("x.db").into_iter().map(|n| (n, false)).collect(),
            keep: None,
        };
        move_aside(d, &plan).unwrap();
        assert!(!d.join("x.db").exists());
        finish(d).unwrap();
        assert_eq!(read(&d.join("x.db")).as_deref(), Some("旧库"));
        assert_eq!(read(&d.join("x.db-wal")).as_deref(), Some("旧日志"));
        assert_eq!(read(&d.join("报送附件/a.txt")).as_deref(), Some("旧附件"));
        for gone in [STAGING, REPLACED] {
            assert!(!d.join(gone).exists(), "{gone}");
        }
    }

    #[test]
    fn replaced_items_can_be_kept_instead_of_removed() {
        let dir = folder_mid_restore();
        commit(dir.path(), "x.db", Some("备份/损坏的数据")).unwrap();
        assert_new_set(dir.path());
        let kept = dir.path().join("备份/损坏的数据");
        assert_eq!(read(&kept.join("x.db")).as_deref(), Some("旧库"));
        assert_eq!(read(&kept.join("报送附件/a.txt")).as_deref(), Some("旧附件"));
    }
}
