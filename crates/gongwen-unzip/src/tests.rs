//! Honest archives read; bombs, crowds and liars refused before they expand.

use super::*;
use std::io::Write;

const KB: u64 = 1024;

/// An archive of `(name, size)` entries of zeros.
fn zip_of(entries: &[(&str, u64)]) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    for (name, size) in entries {
        out.start_file(*name, options).unwrap();
        let zeros = vec![0u8; 64 * 1024];
        let mut left = *size;
        while left > 0 {
            let n = left.min(zeros.len() as u64);
            out.write_all(&zeros[..n as usize]).unwrap();
            left -= n;
        }
    }
    out.finish().unwrap().into_inner()
}

/// Rewrites every declared uncompressed size (local headers and central directory) to `size`.
fn lie(bytes: &mut [u8], size: u32) {
    for at in 0..bytes.len().saturating_sub(30) {
        let field = match &bytes[at..at + 4] {
            [0x50, 0x4b, 0x03, 0x04] => at + 22,
            [0x50, 0x4b, 0x01, 0x02] => at + 24,
            _ => continue,
        };
        bytes[field..field + 4].copy_from_slice(&size.to_le_bytes());
    }
}

fn small(max_bytes: u64) -> Limits {
    Limits {
        max_bytes,
        max_entries: 10,
    }
}

#[test]
fn an_honest_archive_reads() {
    let bytes = zip_of(&[("a.xml", 10 * KB), ("b.xml", 20 * KB)]);
    let mut archive = open(&bytes, small(100 * KB)).unwrap();
    assert_eq!(archive.read("b.xml").unwrap().len(), 20 * 1024);
    assert!(matches!(archive.read("c.xml"), Err(Error::Missing(_))));
    open(&bytes, small(100 * KB)).unwrap().check_all().unwrap();
}

#[test]
fn too_many_entries_are_refused_unread() {
    let names: Vec<String> = (0..11).map(|i| format!("{i}.xml")).collect();
    let entries: Vec<(&str, u64)> = names.iter().map(|n| (n.as_str(), 1)).collect();
    let err = open(&zip_of(&entries), small(MB)).err().unwrap();
    assert!(matches!(
        err,
        Error::Limit(Limit::Entries { count: 11, .. })
    ));
    assert_eq!(err.flag(), Some("--max-zip-entries"));
}

#[test]
fn a_declared_bomb_is_refused_from_the_directory() {
    let bytes = zip_of(&[("word/document.xml", 2 * MB)]);
    let err = open(&bytes, small(MB)).err().unwrap();
    assert!(err.to_string().contains("word/document.xml"), "{err}");
    assert!(err.to_string().contains("1 MB"), "{err}");
    assert_eq!(err.flag(), Some("--max-unpacked-mb"));
    let err = open(&zip_of(&[("a", 600 * KB), ("b", 600 * KB)]), small(MB))
        .err()
        .unwrap();
    assert!(matches!(err, Error::Limit(Limit::Total { .. })), "{err}");
}

#[test]
fn a_lying_bomb_is_stopped_while_reading() {
    // The zip crate stops at the declared size; the count against the limit stands behind it.
    let mut bytes = zip_of(&[("word/document.xml", 4 * MB)]);
    lie(&mut bytes, 100);
    for limit in [MB, 8 * MB] {
        let err = open(&bytes, small(limit))
            .unwrap()
            .read("word/document.xml")
            .err()
            .unwrap();
        assert!(
            matches!(&err, Error::Read { name, .. } | Error::Lies { name, .. } if name == "word/document.xml"),
            "{err}"
        );
    }
    let mut bytes = zip_of(&[("a", 700 * KB), ("b", 700 * KB)]);
    lie(&mut bytes, 1);
    let err = open(&bytes, small(MB)).unwrap().check_all().err().unwrap();
    assert!(
        matches!(err, Error::Read { .. } | Error::Lies { .. }),
        "{err}"
    );
}
