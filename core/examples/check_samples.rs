//! `cargo run -p committee-core --example check_samples -- DIR REFERENCE_DIR` checks the
//! samples another build wrote into DIR (the Windows build, run under wine) against the ones
//! this build wrote into REFERENCE_DIR: the same files; every PDF with its fonts embedded and
//! subset and every character of the reference's text; every workbook with the same sheets and
//! cells; every Word file with the same text; and a database this build opens with the same
//! units and roster.

use std::collections::BTreeSet;
use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use calamine::{open_workbook_from_rs, Reader, Xlsx};
use committee_core::clock::SystemClock;
use committee_core::location::DATABASE_FILE;
use committee_core::Desk;

type Check = Result<(), String>;

fn main() {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [dir, reference] = args.as_slice() else {
        eprintln!("用法：check_samples 待查文件夹 参照文件夹");
        std::process::exit(2);
    };
    let mut problems = Vec::new();
    let names = match same_files(dir, reference) {
        Ok(names) => names,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    for name in &names {
        let (file, other) = (dir.join(name), reference.join(name));
        let checked = match Path::new(name).extension().and_then(|e| e.to_str()) {
            Some("pdf") => check_pdf(&file, &other),
            Some("xlsx") => same_workbook(&file, &other),
            Some("docx") => same_word_text(&file, &other),
            _ => Ok(()),
        };
        if let Err(e) = checked {
            problems.push(format!("{name}：{e}"));
        }
    }
    if let Err(e) = same_database(&dir.join(DATABASE_FILE), &reference.join(DATABASE_FILE)) {
        problems.push(format!("{DATABASE_FILE}：{e}"));
    }
    if problems.is_empty() {
        println!("{} 中的 {} 个文件与参照一致，数据库可读", dir.display(), names.len());
    } else {
        eprintln!("{}", problems.join("\n"));
        std::process::exit(1);
    }
}

fn outputs(dir: &Path) -> Result<BTreeSet<String>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("无法读取 {}：{e}", dir.display()))?;
    Ok(entries
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| [".pdf", ".xlsx", ".docx"].iter().any(|ext| n.ends_with(ext)))
        .collect())
}

fn same_files(dir: &Path, reference: &Path) -> Result<BTreeSet<String>, String> {
    let (got, want) = (outputs(dir)?, outputs(reference)?);
    if want.is_empty() {
        return Err(format!("参照文件夹 {} 没有样例", reference.display()));
    }
    if got != want {
        let missing: Vec<_> = want.difference(&got).collect();
        let extra: Vec<_> = got.difference(&want).collect();
        return Err(format!("文件不一致：缺少 {missing:?}，多出 {extra:?}"));
    }
    Ok(got)
}

fn poppler(tool: &str, file: &Path) -> Result<String, String> {
    let mut command = Command::new(tool);
    command.arg(file);
    if tool == "pdftotext" {
        command.arg("-");
    }
    let out = command
        .output()
        .map_err(|e| format!("{tool} 无法运行（poppler-utils）：{e}"))?;
    if !out.status.success() {
        return Err(format!("{tool}：{}", String::from_utf8_lossy(&out.stderr)));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Fonts embedded, subset and with a Unicode map; every character of the reference's text
/// present. Characters, not lines: another font's widths may break lines and pages elsewhere.
fn check_pdf(file: &Path, reference: &Path) -> Check {
    let fonts = poppler("pdffonts", file)?;
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    if rows.is_empty() {
        return Err("没有字体".into());
    }
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        if cols.len() < 5 || cols[cols.len() - 5..cols.len() - 2] != ["yes", "yes", "yes"] {
            return Err(format!("字体未嵌入或未子集化：{row}"));
        }
    }
    let chars = |text: String| -> BTreeSet<char> {
        text.chars()
            .filter(|c| !c.is_whitespace() && !c.is_ascii_digit() && *c != '—')
            .collect()
    };
    let (got, want) = (
        chars(poppler("pdftotext", file)?),
        chars(poppler("pdftotext", reference)?),
    );
    if got != want {
        let missing: String = want.difference(&got).collect();
        let extra: String = got.difference(&want).collect();
        return Err(format!("文字不一致：缺少“{missing}”，多出“{extra}”"));
    }
    Ok(())
}

fn workbook(file: &Path) -> Result<Vec<(String, Vec<String>)>, String> {
    let bytes = std::fs::read(file).map_err(|e| e.to_string())?;
    let mut book: Xlsx<Cursor<Vec<u8>>> =
        open_workbook_from_rs(Cursor::new(bytes)).map_err(|e: calamine::XlsxError| e.to_string())?;
    let mut sheets = Vec::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).map_err(|e| e.to_string())?;
        let cells = range.rows().flat_map(|r| r.iter().map(|c| c.to_string())).collect();
        sheets.push((name, cells));
    }
    Ok(sheets)
}

fn same_workbook(file: &Path, reference: &Path) -> Check {
    let (got, want) = (workbook(file)?, workbook(reference)?);
    if got.is_empty() || got != want {
        return Err("工作表或单元格与参照不同".into());
    }
    Ok(())
}

fn word_text(file: &Path) -> Result<String, String> {
    let bytes = std::fs::read(file).map_err(|e| e.to_string())?;
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .map_err(|e| e.to_string())?
        .read_to_string(&mut xml)
        .map_err(|e| e.to_string())?;
    Ok(xml)
}

fn same_word_text(file: &Path, reference: &Path) -> Check {
    if word_text(file)? != word_text(reference)? {
        return Err("正文与参照不同".into());
    }
    Ok(())
}

fn same_database(file: &Path, reference: &Path) -> Check {
    let counts = |path: &Path| -> Result<(usize, usize), String> {
        let desk = Desk::open(path, Arc::new(SystemClock)).map_err(|e| e.to_string())?;
        let units = desk.list_units().map_err(|e| e.to_string())?.len();
        let seats = desk.roster(None).map_err(|e| e.to_string())?.len();
        Ok((units, seats))
    };
    let (got, want) = (counts(file)?, counts(reference)?);
    if got.0 == 0 || got != want {
        return Err(format!("成员单位、组成人员数 {got:?}，参照为 {want:?}"));
    }
    Ok(())
}
