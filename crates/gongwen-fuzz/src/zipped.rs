//! Office files (.docx, .xlsx) with one part replaced: the fuzzer mutates the XML inside,
//! which a reader gets to only when the zip itself is sound.

use std::io::{Cursor, Read, Write};

/// The parts of the zip `bytes`, by name, in order; `None` when it is no zip.
pub(crate) fn parts(bytes: &[u8]) -> Option<Vec<(String, Vec<u8>)>> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let mut out = Vec::new();
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).ok()?;
        let mut data = Vec::new();
        file.read_to_end(&mut data).ok()?;
        let name = file.name().ok()?.to_string();
        out.push((name, data));
    }
    Some(out)
}

/// A zip of `parts` with the part `name` replaced by `data`.
pub(crate) fn with_part(parts: &[(String, Vec<u8>)], name: &str, data: &[u8]) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for (part, bytes) in parts {
        let bytes = if part == name { data } else { bytes };
        // Writing to memory fails only on a duplicate name, which the seed cannot have.
        if out.start_file(part.as_str(), options).is_ok() {
            let _ = out.write_all(bytes);
        }
    }
    out.finish().map(Cursor::into_inner).unwrap_or_default()
}
