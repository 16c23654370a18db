//! What a PDF puts where, in mm, read by `tests/data/pdf_measure.py` (PyMuPDF): spans of
//! text with their em-box tops, filled shapes (the red double lines) and page sizes.

use serde_json::Value;
use std::path::Path;

/// One span of text on a page.
#[derive(Debug, Clone)]
pub(crate) struct Span {
    pub(crate) text: String,
    pub(crate) x0: f64,
    pub(crate) x1: f64,
    /// The top of the em box: the baseline less the size (GB/T 9704's 上边缘).
    pub(crate) top: f64,
    pub(crate) size: f64,
    pub(crate) font: String,
    pub(crate) red: bool,
    /// The left edge of each character, in order.
    pub(crate) chars: Vec<f64>,
}

/// One filled or stroked shape's bounding box (a rule, a line of a double line, an image).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fill {
    pub(crate) x0: f64,
    pub(crate) y0: f64,
    pub(crate) x1: f64,
    pub(crate) y1: f64,
    pub(crate) red: bool,
}

/// One page.
#[derive(Debug, Clone)]
pub(crate) struct Page {
    pub(crate) width: f64,
    pub(crate) height: f64,
    pub(crate) spans: Vec<Span>,
    pub(crate) fills: Vec<Fill>,
    /// Stroked lines: the 版记's and the 版头's rules.
    pub(crate) strokes: Vec<Fill>,
    /// Placed images: a seal or a 签名章.
    pub(crate) images: Vec<Fill>,
}

impl Page {
    /// The first span whose text starts with `prefix`.
    pub(crate) fn span(&self, prefix: &str) -> &Span {
        self.spans
            .iter()
            .find(|s| s.text.starts_with(prefix))
            .unwrap_or_else(|| panic!("no span starting {prefix:?} in {:?}", self.texts()))
    }

    /// Whether a span starts with `prefix`.
    pub(crate) fn has(&self, prefix: &str) -> bool {
        self.spans.iter().any(|s| s.text.starts_with(prefix))
    }

    /// The page number printed on the page ("— 3 —"), if any.
    pub(crate) fn number(&self) -> Option<&Span> {
        self.spans.iter().find(|s| s.text.starts_with('—'))
    }

    /// The red filled rectangles, top to bottom.
    pub(crate) fn red_fills(&self) -> Vec<Fill> {
        let mut fills: Vec<Fill> = self.fills.iter().filter(|f| f.red).copied().collect();
        fills.sort_by(|a, b| a.y0.total_cmp(&b.y0));
        fills
    }

    fn texts(&self) -> Vec<&str> {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }
}

/// The pages of `pdf`, or `None` (with a note) when python3 or PyMuPDF is missing;
/// `.ci/run` installs PyMuPDF before the tests.
pub(crate) fn measure(pdf: &Path) -> Option<Vec<Page>> {
    let script = super::test_data("pdf_measure.py");
    let out = std::process::Command::new("python3")
        .arg(&script)
        .arg(pdf)
        .output();
    let out = match out {
        Ok(out) if out.status.success() => out,
        Ok(out) if String::from_utf8_lossy(&out.stderr).contains("No module named") => {
            eprintln!("note: PyMuPDF not installed; skipping the measurements of {pdf:?}");
            return None;
        }
        Ok(out) => panic!(
            "{script:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(e) => {
            eprintln!("note: python3 not available ({e}); skipping the measurements");
            return None;
        }
    };
    let json: Value = serde_json::from_slice(&out.stdout).expect("pdf_measure prints JSON");
    Some(
        json["pages"]
            .as_array()
            .expect("pages")
            .iter()
            .map(page)
            .collect(),
    )
}

fn page(v: &Value) -> Page {
    let f = |v: &Value, k: &str| v[k].as_f64().unwrap_or_else(|| panic!("{k} in {v}"));
    let list = |k: &str| v[k].as_array().cloned().unwrap_or_default();
    Page {
        width: f(v, "width"),
        height: f(v, "height"),
        spans: list("spans")
            .iter()
            .map(|s| Span {
                text: s["text"].as_str().unwrap_or_default().to_string(),
                x0: f(s, "x0"),
                x1: f(s, "x1"),
                top: f(s, "top"),
                size: f(s, "size"),
                font: s["font"].as_str().unwrap_or_default().to_string(),
                red: s["red"].as_bool().unwrap_or(false),
                chars: s["chars"]
                    .as_array()
                    .map(|c| c.iter().filter_map(Value::as_f64).collect())
                    .unwrap_or_default(),
            })
            .collect(),
        fills: boxes(&list("fills")),
        strokes: boxes(&list("strokes")),
        images: boxes(&list("images")),
    }
}

fn boxes(list: &[Value]) -> Vec<Fill> {
    let f = |v: &Value, k: &str| v[k].as_f64().unwrap_or_else(|| panic!("{k} in {v}"));
    list.iter()
        .map(|r| Fill {
            x0: f(r, "x0"),
            y0: f(r, "y0"),
            x1: f(r, "x1"),
            y1: f(r, "y1"),
            red: r["red"].as_bool().unwrap_or(false),
        })
        .collect()
}

/// Asserts that `measured` is within 0.5 mm of `expected`, naming `what`.
#[track_caller]
pub(crate) fn near(what: &str, measured: f64, expected: f64) {
    assert!(
        (measured - expected).abs() <= 0.5,
        "{what}: measured {measured:.2} mm, expected {expected:.2} mm (±0.5)"
    );
}

/// `data` rendered to `pdf` (with `args`) and measured, or `None` without PyMuPDF.
pub(crate) fn render_measured(data: &Path, pdf: &Path, args: &[&str]) -> Option<Vec<Page>> {
    let mut all = vec!["-o", pdf.to_str().expect("a UTF-8 path")];
    all.extend_from_slice(args);
    super::render(data, &all).ok();
    measure(pdf)
}

/// The order fixture's 签名章 copied into `dir`, beside data that names it.
pub(crate) fn copy_stamp(dir: &Path) {
    let stamp = std::fs::read(super::workspace_file("fixtures/签名章.png")).expect("the stamp");
    super::write_file(dir, "签名章.png", stamp);
}
