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
mod files;
mod frontmatter;
mod leads;
mod markdown;
mod metric_tag;
mod names;
mod pattern;
mod printed;
mod run_in;
mod scalars;
mod seal;
mod shapes;
mod spanned;
mod svg;
mod templates;
mod yaml_error;
mod yaml_lines;

gongwen_i18n::catalog!();

pub use data::{DATA_LIMIT, DataFile, invisible};
pub use error::Error;
pub use files::{Access, Kind, Limits, MB, Refusal, Root, Why};
pub use gongwen_model::Diagnostic;
pub use markdown::parse as parse_markdown;
pub use pattern::render_pattern;
pub use seal::{Image, ImageFormat};
pub use templates::{BUILT_IN, BUILT_IN_DIR, Template, built_in_text, template_file};

use gongwen_i18n::tr;
use gongwen_model::{Document, FrontMatter};
use std::path::{Path, PathBuf};

/// One document to produce: its data and the template that data names.
#[derive(Debug, Clone)]
pub struct Job {
    /// The data file.
    pub data: DataFile,
    /// The template it names.
    pub template: Template,
    /// The files it may read (templates, the seal).
    pub root: Root,
    /// The folder its relative paths (the seal) resolve against.
    pub dir: PathBuf,
}

impl Job {
    /// Reads the data file at `path` and resolves its template, reading only under
    /// the data file's folder with the default limits.
    pub fn load(path: &Path) -> Result<Job, Error> {
        Job::load_in(path, &Access::default())
    }

    /// Reads the data file at `path` and resolves its template, reading what `access` allows.
    pub fn load_in(path: &Path, access: &Access) -> Result<Job, Error> {
        Job::from_data(DataFile::load(path)?, path, access.root_for(path))
    }

    /// A job for data already loaded; its template reference and seal are resolved as
    /// if written in the file `resolve_from` (the base file of a batch), and read only
    /// under `root`. A refusal is placed at the data's `template:`.
    pub fn from_data(data: DataFile, resolve_from: &Path, root: Root) -> Result<Job, Error> {
        let reference = data.template_ref()?;
        let template = templates::resolve(reference, resolve_from, &root).map_err(|e| {
            if e.file != data.path && e.file != resolve_from {
                return e; // in the template file itself
            }
            // A table cell is placed at its cell; a file at its `template:` line.
            let cell = data
                .text
                .is_empty()
                .then(|| data.value_position(&["template"]))
                .flatten();
            match cell {
                Some((line, col)) => Error {
                    file: data.path.clone(),
                    ..e
                }
                .at(line, col),
                None => e.at(data.line_of("template"), 1),
            }
        })?;
        let dir = resolve_from.parent().unwrap_or(Path::new("")).to_path_buf();
        Ok(Job {
            data,
            template,
            root,
            dir,
        })
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
            .map_err(|_| Error::new(&self.file, tr!("frame-unwritable")))?;
        Ok(format!("---\n{yaml}---\n\n{}\n", self.body))
    }
}
