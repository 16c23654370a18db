//! What the browser is shown after a render: the pages, each named by the hash of what
//! it draws (so that a page that looks the same keeps its name, its SVG and its place in
//! the browser's cache), the error if the render failed, and the problems `check`
//! found, each figure with its place on the pages (taken from every render, whether or
//! not its page changed).

mod image;

use crate::session::Rendered;
use gongwen_pipeline::Failure;
use gongwen_render::Diagnostic;
use gongwen_typst::PagedDocument;
use gongwen_typst::preview::{FigureAnchor, figure_anchors};
use serde_json::{Value, json};
use std::collections::HashMap;

pub(crate) use image::PageImage;

/// The state served to browsers.
#[derive(Clone, Default)]
pub struct Snapshot {
    /// Counts renders; browsers compare it with what they show.
    pub version: u64,
    pages: Vec<PageImage>,
    problems: Vec<Value>,
    error: Option<Value>,
    took_ms: u128,
    file: String,
}

impl Snapshot {
    /// Before the first render.
    pub fn empty(file: &str) -> Snapshot {
        Snapshot {
            file: file.to_string(),
            ..Snapshot::default()
        }
    }

    /// The state after `rendered`. A failed render keeps the pages and problems of the
    /// last good one beside its error.
    pub fn next(&self, rendered: &Rendered) -> Snapshot {
        let mut next = Snapshot {
            version: self.version + 1,
            took_ms: rendered.took.as_millis(),
            ..self.clone()
        };
        match &rendered.laid {
            Ok(laid) => {
                next.error = None;
                let anchors = laid.pages.as_ref().map(figure_anchors).unwrap_or_default();
                next.problems = laid
                    .diagnostics
                    .iter()
                    .map(|d| problem(d, &anchors))
                    .collect();
                if let Some(doc) = &laid.pages {
                    next.pages = self.reuse(doc);
                }
            }
            Err(failure) => next.error = Some(error(failure)),
        }
        next
    }

    /// The pages of `doc`, keeping (with its SVG, if made) each page this snapshot
    /// already draws the same.
    fn reuse(&self, doc: &PagedDocument) -> Vec<PageImage> {
        let known: HashMap<&str, &PageImage> =
            self.pages.iter().map(|p| (p.hash.as_str(), p)).collect();
        doc.pages()
            .iter()
            .map(|page| {
                let image = PageImage::new(page);
                match known.get(image.hash.as_str()) {
                    Some(same) => (*same).clone(),
                    None => image,
                }
            })
            .collect()
    }

    /// The page with this hash.
    pub(crate) fn page(&self, hash: &str) -> Option<PageImage> {
        self.pages.iter().find(|p| p.hash == hash).cloned()
    }

    /// The pages whose SVG is not made yet, in order.
    pub(crate) fn unmade(&self) -> Vec<PageImage> {
        self.pages.iter().filter(|p| !p.made()).cloned().collect()
    }

    /// The hashes of the pages, in order (`page` in [`Snapshot::json`]).
    pub fn hashes(&self) -> Vec<&str> {
        self.pages.iter().map(|p| p.hash.as_str()).collect()
    }

    /// "共 14 页，155 个问题，用时 63 毫秒" ("14 pages, 155 problems, 63 ms") for a line of
    /// output.
    pub fn summary(&self) -> String {
        gongwen_i18n::tr!(
            "preview-summary",
            pages = self.pages.len(),
            problems = self.problems.len(),
            ms = self.took_ms as u64
        )
    }

    /// Whether the last render failed.
    pub fn failed(&self) -> bool {
        self.error.is_some()
    }

    /// The state as JSON: version, file, took_ms, pages (hash, width, height in pt),
    /// error (or null) and problems.
    pub fn json(&self) -> String {
        json!({
            "version": self.version,
            "file": self.file,
            "took_ms": self.took_ms as u64,
            "pages": self.pages.iter().map(|p| json!({
                "hash": p.hash, "width": p.width, "height": p.height,
            })).collect::<Vec<_>>(),
            "error": self.error,
            "problems": self.problems,
        })
        .to_string()
    }
}

fn problem(d: &Diagnostic, anchors: &[FigureAnchor]) -> Value {
    let at: Vec<Value> = d
        .metric
        .as_ref()
        .map(|name| {
            anchors
                .iter()
                .filter(|a| &a.name == name)
                .map(|a| json!({"page": a.page, "x": a.x, "y": a.y}))
                .collect()
        })
        .unwrap_or_default();
    json!({
        "severity": d.severity_name(),
        "code": d.code,
        "message": d.message,
        "hint": d.hint,
        "file": d.file.display().to_string(),
        "line": d.position.map(|p| p.0),
        "column": d.position.map(|p| p.1),
        "metric": d.metric,
        "at": at,
    })
}

fn error(failure: &Failure) -> Value {
    match failure {
        Failure::Input(e) => json!({
            "message": e.message,
            "file": e.file.display().to_string(),
            "line": e.position.map(|p| p.0),
            "column": e.position.map(|p| p.1),
            "hint": e.hint,
            "detail": gongwen_pipeline::snippet(e),
        }),
        other => json!({
            "message": other.to_string(),
            "file": Value::Null,
            "line": Value::Null,
            "column": Value::Null,
            "hint": Value::Null,
            "detail": Value::Null,
        }),
    }
}
