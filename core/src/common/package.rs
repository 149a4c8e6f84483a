//! Office files are zip packages of XML parts. The libraries that write them leave a few parts
//! as we cannot use them; this rewrites chosen parts and copies every other one unchanged.

use std::io::{Cursor, Read, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use crate::common::error::Result;

/// The package with each text part passed through `rewrite(name, text)`; parts `rewrite`
/// returns `None` for, and every binary part, are copied as they were.
pub fn rewrite_parts(package: Vec<u8>, rewrite: impl Fn(&str, &str) -> Option<String>) -> Result<Vec<u8>> {
    let mut source = ZipArchive::new(Cursor::new(package))?;
    let mut out = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for i in 0..source.len() {
        let mut entry = source.by_index(i)?;
        let name = entry.name().to_owned();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes)?;
        let replaced = std::str::from_utf8(&bytes).ok().and_then(|text| rewrite(&name, text));
        out.start_file(name, options)?;
        out.write_all(replaced.as_ref().map_or(&bytes[..], |t| t.as_bytes()))?;
    }
    Ok(out.finish()?.into_inner())
}
