//! LibreOffice's layout of a .docx, for the tests that measure it: the PDF soffice makes
//! of it (blank pages kept, the repository's fonts) read back as words placed in mm.

use crate::common::{Word, workspace_file, write_file};
use std::path::{Path, PathBuf};

/// How far LibreOffice may put a line from where FORMATS.md puts it.
pub(crate) const TOLERANCE: f64 = 0.5;

/// Whether soffice runs here; a note when it does not (the caller then skips its check).
pub(crate) fn available(what: &str) -> bool {
    let ok = std::process::Command::new("soffice")
        .arg("--version")
        .output()
        .is_ok();
    if !ok {
        eprintln!("note: soffice not available; skipping the LibreOffice layout check of {what}");
    }
    ok
}

/// A word's place in mm: its em box's top and its left and right edges.
pub(crate) struct Placed {
    pub(crate) page: usize,
    pub(crate) top: f64,
    pub(crate) left: f64,
    pub(crate) right: f64,
    pub(crate) text: String,
}

/// LibreOffice's PDFs give the Fandol faces no ascent, so pdftotext boxes a glyph from
/// 0.95 em above its baseline to 0.35 em below; the em box's top is 0.07 em under yMin.
pub(crate) fn placed(w: &Word) -> Placed {
    let mm = |pt: f64| pt * 25.4 / 72.0;
    let em = (w.y1 - w.y0) / 1.3;
    Placed {
        page: w.page,
        top: mm(w.y0 + 0.07 * em),
        left: mm(w.x0),
        right: mm(w.x1),
        text: w.text.clone(),
    }
}

/// `docx` converted by soffice in `dir`, with the repository's fonts and a profile of its
/// own (so that other soffice runs do not lock it), blank pages kept.
pub(crate) fn to_pdf(dir: &Path, docx: &Path) -> PathBuf {
    let fonts = workspace_file("fonts");
    let conf = write_file(
        dir,
        "fonts.conf",
        format!(
            r#"<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir><include ignore_missing="yes">/etc/fonts/fonts.conf</include>
<dir>{fonts}</dir><match target="scan"><test name="family"><string>FandolSong</string></test>
<test name="style"><string>Bold</string></test><edit name="weight"><const>bold</const></edit></match>
</fontconfig>"#,
            cache = dir.join("fontcache").display(),
            fonts = fonts.display()
        ),
    );
    let profile = format!("-env:UserInstallation=file://{}", dir.join("lo").display());
    let status = std::process::Command::new("soffice")
        .env("FONTCONFIG_FILE", &conf)
        .args([profile.as_str(), "--headless", "--convert-to"])
        .arg(r#"pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}"#)
        .arg("--outdir")
        .arg(dir)
        .arg(docx)
        .output()
        .expect("run soffice");
    let pdf = docx.with_extension("pdf");
    assert!(
        pdf.exists(),
        "soffice wrote no PDF: {}",
        String::from_utf8_lossy(&status.stderr)
    );
    pdf
}

/// The first word on `page` starting with `text`.
pub(crate) fn find<'a>(words: &'a [Placed], page: usize, text: &str) -> &'a Placed {
    words
        .iter()
        .find(|w| w.page == page && w.text.starts_with(text))
        .unwrap_or_else(|| {
            let all: Vec<String> = words
                .iter()
                .map(|w| format!("{}:{}", w.page, w.text))
                .collect();
            panic!("no word {text:?} on page {}: {all:?}", page + 1)
        })
}

/// Asserts that `got` mm is `want` mm within the tolerance.
pub(crate) fn near(what: &str, got: f64, want: f64) {
    assert!(
        (got - want).abs() <= TOLERANCE,
        "{what}: {got:.2} mm, want {want:.2} mm (±{TOLERANCE})"
    );
}

/// Whether `page` shows a page number "— N —".
pub(crate) fn numbered(words: &[Placed], page: usize) -> bool {
    let line: String = words
        .iter()
        .filter(|w| w.page == page && w.top > 262.0)
        .map(|w| w.text.as_str())
        .collect();
    line.contains('—')
}

/// The last page's index.
pub(crate) fn last_page(words: &[Placed]) -> usize {
    words.iter().map(|w| w.page).max().unwrap_or(0)
}
