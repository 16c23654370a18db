//! YAML data + Tera template -> 公文 Markdown -> document model.
//!
//! [`Job::load`] reads a data file and finds its template; [`Job::render`] renders the
//! template into a [`gongwen_model::Document`] (and the 公文 Markdown, on request);
//! [`gongwen_model::Document::check`] checks that document's figures and words;
//! [`parse_markdown`] reads a 公文 Markdown file into a document.

mod body;
mod check;
mod data;
mod declared;
mod diagnose;
mod engine;
mod error;
mod frontmatter;
mod leads;
mod markdown;
mod metric_tag;
mod names;
mod pattern;
mod printed;
mod spanned;
mod templates;

pub use data::{DataFile, invisible};
pub use error::Error;
pub use gongwen_model::Diagnostic;
pub use markdown::parse as parse_markdown;
pub use pattern::render_pattern;
pub use templates::{BUILT_IN, BUILT_IN_DIR, Template, built_in_text, template_file};

use gongwen_model::{Document, FrontMatter};
use std::path::{Path, PathBuf};

/// One document to produce: its data and the template that data names.
#[derive(Debug, Clone)]
pub struct Job {
    /// The data file.
    pub data: DataFile,
    /// The template it names.
    pub template: Template,
}

impl Job {
    /// Reads the data file at `path` and resolves its template.
    pub fn load(path: &Path) -> Result<Job, Error> {
        Job::from_data(DataFile::load(path)?, path)
    }

    /// A job for data already loaded; its template reference is resolved as if
    /// written in the file `resolve_from` (the base file of a batch).
    pub fn from_data(data: DataFile, resolve_from: &Path) -> Result<Job, Error> {
        let reference = data.template_ref()?;
        let template = templates::resolve(reference, resolve_from)
            .map_err(|e| e.at(data.line_of("template"), 1))?;
        Ok(Job { data, template })
    }

    /// Renders the template over the data: the document, and its Markdown on request.
    pub fn render(&self) -> Result<Rendered, Error> {
        let (front, body) = engine::render(&self.template, &self.data)?;
        let mut document = markdown::document(front.clone(), &body);
        document.sources = self.sources()?;
        Ok(Rendered {
            document,
            front,
            body,
            file: self.template.path.clone(),
        })
    }

    /// The 公文 Markdown: rendered front matter and body.
    pub fn markdown(&self) -> Result<String, Error> {
        self.render()?.markdown()
    }

    /// The files this job reads, for a watcher: the data file, the template file (or,
    /// for a built-in, the file in `templates/` beside the data that would override
    /// it, which need not exist yet). Images the document names are the layout's.
    pub fn inputs(&self) -> Vec<PathBuf> {
        let mut files = vec![self.data.path.clone()];
        if self.template.path.is_file() {
            files.push(self.template.path.clone());
        } else if let Ok(name) = self.data.template_ref() {
            files.push(template_file(name, &self.data.path));
        }
        files
    }

    /// The document the template and the data make.
    pub fn document(&self) -> Result<Document, Error> {
        Ok(self.render()?.document)
    }
}

/// A template rendered over its data.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The document, with every figure it uses in [`Document::metrics`].
    pub document: Document,
    front: FrontMatter,
    body: String,
    file: PathBuf,
}

impl Rendered {
    /// The frame the template and the data made, before it became the document.
    pub fn front(&self) -> &FrontMatter {
        &self.front
    }

    /// The 公文 Markdown (`--format md`): the frame as YAML front matter, then the body.
    pub fn markdown(&self) -> Result<String, Error> {
        let yaml = serde_saphyr::to_string(&self.front)
            .map_err(|e| Error::new(&self.file, format!("cannot write the front matter: {e}")))?;
        Ok(format!("---\n{yaml}---\n\n{}\n", self.body))
    }
}
