//! The checks a picked file passes before a spreadsheet library reads it: what kind of file it
//! is, and whether it stays within the bounds an import reads. A file that is not a workbook,
//! is damaged, has a password or is far too large is refused here with a message in plain
//! Chinese, early and in bounded time and memory.

use std::io::Read;
use std::path::Path;

use crate::common::error::{CoreError, Result};

/// A picked file larger than this is refused before it is read.
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;
/// What a workbook's parts may add up to once unpacked: beyond it, it is a zip bomb or no form.
pub const MAX_UNPACKED_BYTES: u64 = 200 * 1024 * 1024;
/// Rows and columns of one sheet an import reads; reading stops at the first cell beyond.
pub const MAX_ROWS: u32 = 20_000;
pub const MAX_COLUMNS: u32 = 200;
/// Cells of one sheet looked at, empty ones included, before the read gives up.
pub const MAX_CELLS_SCANNED: u64 = 2_000_000;

/// Checks the file at `path` is a workbook an import can read.
pub fn check(path: &Path) -> Result<()> {
    let name = display_name(path);
    let size = std::fs::metadata(path)
        .map_err(|e| refuse(&name, "无法打开，可能已被移动或删除").caused_by(e))?
        .len();
    if size == 0 {
        return Err(refuse(&name, "是空文件（0 字节），请确认文件已完整保存"));
    }
    if size > MAX_FILE_BYTES {
        let mb = size / 1024 / 1024;
        return Err(refuse(
            &name,
            &format!("有 {mb} MB，超过了可导入的 50 MB。请只保留需要导入的工作表后另存再导入"),
        ));
    }
    let mut head = [0u8; 8];
    let mut file = std::fs::File::open(path).map_err(|e| refuse(&name, "无法打开").caused_by(e))?;
    let read = file
        .read(&mut head)
        .map_err(|e| refuse(&name, "无法读取").caused_by(e))?;
    let head = &head[..read];
    if head.starts_with(b"PK\x03\x04") {
        check_zip(path, &name)
    } else if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        check_ole(path, &name)
    } else {
        Err(refuse(&name, &not_a_workbook(head, path)))
    }
}

/// .xlsx and .ods are zip packages: their parts must be complete and of a sane unpacked size.
fn check_zip(path: &Path, name: &str) -> Result<()> {
    let file = std::fs::File::open(path).map_err(|e| refuse(name, "无法打开").caused_by(e))?;
    let mut zip = zip::ZipArchive::new(std::io::BufReader::new(file)).map_err(|e| {
        refuse(
            name,
            "不完整或已损坏（可能没有下载或复制完整）。请重新获取这个文件后再导入",
        )
        .caused_by(e)
    })?;
    let mut unpacked = 0u64;
    let mut workbook = false;
    for i in 0..zip.len() {
        let entry = zip
            .by_index_raw(i)
            .map_err(|e| refuse(name, "已损坏，无法读取其中的内容").caused_by(e))?;
        unpacked = unpacked.saturating_add(entry.size());
        workbook |= matches!(entry.name(), "xl/workbook.xml" | "content.xml" | "xl/workbook.bin");
    }
    if !workbook {
        return Err(refuse(name, "是一个压缩文件，但不是 Excel 工作簿（.xlsx）"));
    }
    if unpacked > MAX_UNPACKED_BYTES {
        return Err(refuse(
            name,
            "解压后的内容异常庞大（超过 200 MB），不像是一份名单或报送表，为安全起见不予读取",
        ));
    }
    Ok(())
}

/// .xls is an OLE container; so is an .xlsx saved with a password, which is encrypted.
fn check_ole(path: &Path, name: &str) -> Result<()> {
    let bytes = std::fs::read(path).map_err(|e| refuse(name, "无法读取").caused_by(e))?;
    let marker: Vec<u8> = "EncryptionInfo".encode_utf16().flat_map(u16::to_le_bytes).collect();
    if bytes.windows(marker.len()).any(|w| w == marker.as_slice()) {
        return Err(password(name));
    }
    Ok(())
}

pub fn password(name: &str) -> CoreError {
    refuse(
        name,
        "设置了打开密码，程序无法读取。请在 Excel 或 WPS 中打开后取消密码（文件 → 信息 → 保护工作簿），另存后再导入",
    )
}

/// What the file is instead, from its first bytes.
fn not_a_workbook(head: &[u8], path: &Path) -> String {
    let picture = [
        (&b"\x89PNG"[..], "PNG 图片"),
        (&b"\xFF\xD8\xFF"[..], "JPG 图片"),
        (&b"GIF8"[..], "GIF 图片"),
        (&b"BM"[..], "BMP 图片"),
        (&b"%PDF"[..], "PDF 文件"),
    ];
    if let Some((_, what)) = picture.iter().find(|(magic, _)| head.starts_with(magic)) {
        return format!("是一个{what}，不是 Excel 表格");
    }
    let sample = std::fs::read(path)
        .map(|b| b.into_iter().take(4096).collect::<Vec<u8>>())
        .unwrap_or_default();
    if !sample.contains(&0) {
        return "是一个文本文件（例如 CSV），不是 Excel 工作簿。请在 Excel 或 WPS 中打开它，另存为“Excel 工作簿（.xlsx）”后再导入".into();
    }
    "不是 Excel 表格（.xlsx、.xls 或 .ods），或已损坏".into()
}

/// A message naming the file: “名单.xlsx”是空文件 ….
pub fn refuse(name: &str, what: &str) -> CoreError {
    CoreError::invalid("file", format!("“{name}”{what}。"))
}

pub fn display_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}
