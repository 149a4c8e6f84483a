//! One backup file: a zip holding a consistent copy of the database, the kept files, and a
//! manifest that names the program and schema versions, the counts per area and a SHA-256 of
//! every entry. A plain zip, so that nothing is locked in: any archive tool opens it.

use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Seek, Write};
use std::path::{Component, Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use crate::common::clock::timestamp;
use crate::common::error::{CoreError, ErrorCode, Result};
use crate::common::location::DATABASE_FILE;
use crate::safety::counts::AreaCounts;
use crate::store::files::KEPT_FOLDERS;
use crate::store::{self, SCHEMA_VERSION};

const MANIFEST: &str = "manifest.json";
/// The layout of the file itself; a newer one is refused rather than half understood.
const FORMAT: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Manifest {
    pub format: u32,
    pub program_version: String,
    pub schema_version: u32,
    /// RFC 3339, UTC.
    pub created_at: String,
    pub body_name: String,
    pub counts: AreaCounts,
    /// The newest history row in the backup: a later backup is needed only after a newer one.
    pub last_history_id: i64,
    pub entries: Vec<Entry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    /// `committee-desk.db`, or a kept file under one of the kept folders, with `/` separators.
    pub path: String,
    pub size: u64,
    pub sha256: String,
}

/// Writes a backup of the database at `db` and the kept files beside it to `dest`. The copy is
/// read through its own connection from one snapshot, so the program may go on writing.
pub fn write(db: &Path, dest: &Path, created_at: DateTime<Utc>) -> Result<Manifest> {
    let data_dir = db.parent().unwrap_or(Path::new("."));
    if let Some(dir) = dest.parent() {
        std::fs::create_dir_all(dir).map_err(|e| fail("创建", dir, e))?;
    }
    let snapshot = dest.with_extension("db.part");
    let part = dest.with_extension("zip.part");
    let written = write_parts(db, data_dir, &snapshot, &part, created_at);
    let _ = std::fs::remove_file(&snapshot);
    match written {
        Ok(manifest) => {
            std::fs::rename(&part, dest).map_err(|e| fail("保存", dest, e))?;
            Ok(manifest)
        }
        Err(e) => {
            let _ = std::fs::remove_file(&part);
            Err(e)
        }
    }
}

fn write_parts(
    db: &Path,
    data_dir: &Path,
    snapshot: &Path,
    part: &Path,
    created_at: DateTime<Utc>,
) -> Result<Manifest> {
    let _ = std::fs::remove_file(snapshot);
    store::open_read_only(db)?.execute("VACUUM INTO ?1", [store::sql_path(snapshot)])?;
    let mut manifest = describe(snapshot, created_at)?;
    let file = File::create(part).map_err(|e| fail("创建", part, e))?;
    let mut zip = ZipWriter::new(BufWriter::new(file));
    manifest.entries.push(add(&mut zip, DATABASE_FILE, snapshot)?);
    for (name, path) in kept_files(data_dir)? {
        manifest.entries.push(add(&mut zip, &name, &path)?);
    }
    manifest.counts.kept_files = manifest.entries.len() as i64 - 1;
    zip.start_file(MANIFEST, options())?;
    zip.write_all(&serde_json::to_vec_pretty(&manifest)?)
        .map_err(|e| fail("写入", part, e))?;
    let file = zip
        .finish()?
        .into_inner()
        .map_err(|e| fail("写入", part, e.into_error()))?;
    file.sync_all().map_err(|e| fail("写入", part, e))?;
    Ok(manifest)
}

/// The manifest of a snapshot, before its entries are added.
fn describe(snapshot: &Path, created_at: DateTime<Utc>) -> Result<Manifest> {
    let conn = store::open_snapshot(snapshot)?;
    let body_name = conn
        .query_row("SELECT body_name FROM body_settings WHERE id = 1", [], |r| r.get(0))
        .unwrap_or_default();
    Ok(Manifest {
        format: FORMAT,
        program_version: env!("CARGO_PKG_VERSION").into(),
        schema_version: SCHEMA_VERSION as u32,
        created_at: timestamp(created_at),
        body_name,
        counts: AreaCounts::of(&conn)?,
        last_history_id: conn.query_row("SELECT COALESCE(MAX(id), 0) FROM history", [], |r| r.get(0))?,
        entries: Vec::new(),
    })
}

fn options() -> SimpleFileOptions {
    SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .large_file(true)
}

/// Streams one file into the zip, hashing it on the way.
fn add<W: Write + Seek>(zip: &mut ZipWriter<W>, name: &str, path: &Path) -> Result<Entry> {
    let mut source = BufReader::new(File::open(path).map_err(|e| fail("读取", path, e))?);
    zip.start_file(name, options())?;
    let (size, sha256) = copy_hashed(&mut source, zip).map_err(|e| fail("读取", path, e))?;
    Ok(Entry {
        path: name.to_owned(),
        size,
        sha256,
    })
}

fn copy_hashed(from: &mut impl Read, to: &mut impl Write) -> std::io::Result<(u64, String)> {
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut size = 0u64;
    loop {
        let n = from.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        to.write_all(&buf[..n])?;
        size += n as u64;
    }
    Ok((size, hex(&hasher.finalize())))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Every file under the kept folders, with its name inside the zip, in a stable order.
fn kept_files(data_dir: &Path) -> Result<Vec<(String, PathBuf)>> {
    let mut found = Vec::new();
    for folder in KEPT_FOLDERS {
        collect(&data_dir.join(folder), folder, &mut found)?;
    }
    Ok(found)
}

fn collect(dir: &Path, name: &str, found: &mut Vec<(String, PathBuf)>) -> Result<()> {
    if !dir.is_dir() {
        return Ok(());
    }
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| fail("读取", dir, e))?
        .filter_map(|e| e.ok())
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let child = format!("{name}/{}", entry.file_name().to_string_lossy());
        let path = entry.path();
        if path.is_dir() {
            collect(&path, &child, found)?;
        } else {
            found.push((child, path));
        }
    }
    Ok(())
}

/// An opened backup file, its manifest read.
pub struct BackupFile {
    archive: ZipArchive<BufReader<File>>,
    pub manifest: Manifest,
}

impl BackupFile {
    /// Opens `path` as a backup: anything else (a damaged zip, another program's file, a backup of
    /// a newer program) is refused with a message that says which.
    pub fn open(path: &Path) -> Result<Self> {
        let file = File::open(path).map_err(|e| fail("打开", path, e))?;
        let mut archive = ZipArchive::new(BufReader::new(file)).map_err(|e| not_a_backup(path).caused_by(e))?;
        let manifest: Manifest = {
            let entry = archive.by_name(MANIFEST).map_err(|e| not_a_backup(path).caused_by(e))?;
            serde_json::from_reader(entry.take(1 << 20)).map_err(|e| not_a_backup(path).caused_by(e))?
        };
        if manifest.format > FORMAT || manifest.schema_version as usize > SCHEMA_VERSION {
            return Err(CoreError::new(
                ErrorCode::TooNew,
                format!(
                    "这份备份由更新版本的工作台（{}）制作，当前版本无法恢复。请先安装最新版本的工作台。",
                    manifest.program_version
                ),
            ));
        }
        if let Some(bad) = manifest.entries.iter().find(|e| !allowed(&e.path)) {
            return Err(not_a_backup(path).caused_by(Odd(bad.path.clone())));
        }
        if !manifest.entries.iter().any(|e| e.path == DATABASE_FILE) {
            return Err(not_a_backup(path));
        }
        Ok(Self { archive, manifest })
    }

    /// Reads every entry and compares it with its checksum, writing nothing.
    pub fn verify(&mut self) -> Result<()> {
        for entry in self.manifest.entries.clone() {
            self.check_entry(&entry, &mut std::io::sink())?;
        }
        Ok(())
    }

    /// Unpacks every entry under `dir`, each checked against its checksum.
    pub fn extract(&mut self, dir: &Path) -> Result<()> {
        for entry in self.manifest.entries.clone() {
            let target = dir.join(&entry.path);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent).map_err(|e| fail("创建", parent, e))?;
            }
            let mut file = File::create(&target).map_err(|e| fail("创建", &target, e))?;
            self.check_entry(&entry, &mut file)?;
            file.sync_all().map_err(|e| fail("写入", &target, e))?;
        }
        Ok(())
    }

    /// Copies one entry to `to`; never reads more than the manifest says it holds, so a lying
    /// archive cannot fill the disk or the memory.
    fn check_entry(&mut self, entry: &Entry, to: &mut impl Write) -> Result<()> {
        let damaged = || {
            CoreError::new(
                ErrorCode::Damaged,
                format!(
                    "备份文件已损坏：其中的“{}”与备份时不一致，无法使用这份备份。",
                    entry.path
                ),
            )
        };
        let file = self.archive.by_name(&entry.path).map_err(|e| damaged().caused_by(e))?;
        let (size, sha256) = copy_hashed(&mut file.take(entry.size + 1), to).map_err(|e| damaged().caused_by(e))?;
        if size != entry.size || sha256 != entry.sha256 {
            return Err(damaged());
        }
        Ok(())
    }
}

/// Only the database and files under a kept folder, by a plain relative path.
fn allowed(path: &str) -> bool {
    if path == DATABASE_FILE {
        return true;
    }
    let p = Path::new(path);
    let plain = !path.contains('\\') && p.components().all(|c| matches!(c, Component::Normal(_)));
    plain && KEPT_FOLDERS.iter().any(|f| path.starts_with(&format!("{f}/")))
}

fn not_a_backup(path: &Path) -> CoreError {
    CoreError::invalid(
        "file",
        format!(
            "“{}”不是工作台的备份文件，或已损坏。",
            path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default()
        ),
    )
}

fn fail(what: &str, path: &Path, e: std::io::Error) -> CoreError {
    CoreError::storage(format!("无法{what}“{}”：{e}", path.display())).caused_by(e)
}

impl From<zip::result::ZipError> for CoreError {
    fn from(e: zip::result::ZipError) -> Self {
        CoreError::storage(format!("写入备份文件失败：{e}")).caused_by(e)
    }
}

/// An entry name the program would never write.
#[derive(Debug)]
struct Odd(String);

impl std::fmt::Display for Odd {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unexpected entry {}", self.0)
    }
}

impl std::error::Error for Odd {}
