//! One document end to end: data and template → checked model → bytes in the chosen format.

use crate::failure::{Failure, errors};
use crate::format::{Format, Stage};
use gongwen_render::{Diagnostic, Job, Rendered};
use gongwen_typst::{FontChoice, MissingFont, PageFormat, PagedDocument, Typesetter};
use std::path::PathBuf;
use std::sync::OnceLock;

/// A speech's speaking pace when none is given, in characters per minute.
pub const DEFAULT_PACE: u32 = 220;

/// How a document is produced.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Refuse to produce a document in which `check` finds an error.
    pub final_: bool,
    /// Speaking pace for a speech's length, in characters per minute.
    pub pace: u32,
    /// Printed on one side of each sheet: the 版记 need not go to an even page.
    pub single_sided: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            final_: false,
            pace: DEFAULT_PACE,
            single_sided: false,
        }
    }
}

/// A produced document.
#[derive(Debug)]
pub struct Produced {
    /// The file's contents.
    pub bytes: Vec<u8>,
    /// Pages laid out (0 for Markdown and Typst markup, which are not laid out).
    pub pages: usize,
    /// What `check` found (a draft is produced in spite of errors).
    pub diagnostics: Vec<Diagnostic>,
    /// The image files it read (the seal), which its output must not overwrite.
    pub images: Vec<PathBuf>,
}

/// Produces documents; fonts and the Typst library are loaded on first need and
/// then shared by every document (and every thread) it produces.
#[derive(Default)]
pub struct Producer {
    typesetter: OnceLock<Result<Typesetter, MissingFont>>,
    fonts: FontChoice,
}

impl Producer {
    /// A producer that loads the standard fonts when first needed.
    pub fn new() -> Self {
        Producer::default()
    }

    /// A producer that uses the fonts `choice` allows, in PDF and in .docx alike.
    pub fn with_fonts(choice: FontChoice) -> Self {
        Producer {
            fonts: choice,
            ..Producer::default()
        }
    }

    /// A producer over a typesetter already made.
    pub fn with_typesetter(typesetter: Typesetter) -> Self {
        let cell = OnceLock::new();
        let _ = cell.set(Ok(typesetter));
        Producer {
            typesetter: cell,
            fonts: FontChoice::Standard,
        }
    }

    /// The typesetter, loading fonts the first time.
    pub fn typesetter(&self) -> Result<&Typesetter, Failure> {
        self.typesetter
            .get_or_init(|| gongwen_typst::Fonts::load_choice(self.fonts).map(Typesetter::new))
            .as_ref()
            .map_err(|e| Failure::Fonts(e.clone()))
    }

    /// Renders, checks and lays out `job`, and encodes it as `format`.
    pub fn produce(
        &self,
        job: &Job,
        format: Format,
        options: &Options,
    ) -> Result<Produced, Failure> {
        let laid = self.lay_out(job, options, format.stage())?;
        let bytes = self.bytes(&laid, format)?;
        Ok(Produced {
            bytes,
            pages: laid.pages.as_ref().map_or(0, |p| p.pages().len()),
            diagnostics: laid.diagnostics,
            images: laid.images,
        })
    }

    /// Renders and checks `job`, and goes on to `stage`.
    ///
    /// The first time, the fonts load on a second thread while the template renders
    /// and the document is checked: neither waits for the other.
    pub fn lay_out(&self, job: &Job, options: &Options, stage: Stage) -> Result<Laid, Failure> {
        if stage == Stage::Markdown || self.typesetter.get().is_some() {
            return self.lay_out_now(job, options, stage);
        }
        std::thread::scope(|scope| {
            scope.spawn(|| self.typesetter().ok());
            self.lay_out_now(job, options, stage)
        })
    }

    fn lay_out_now(&self, job: &Job, options: &Options, stage: Stage) -> Result<Laid, Failure> {
        let mut rendered = job.render().map_err(Failure::Input)?;
        let diagnostics = rendered.document.check(options.pace);
        // A figure found wrong prints marked, as a missing one does.
        let faulty: std::collections::BTreeSet<String> = diagnostics
            .iter()
            .filter(|d| d.is_error())
            .filter_map(|d| d.metric.clone())
            .collect();
        rendered.document.mark_faulty(&faulty);
        rendered.document.single_sided |= options.single_sided;
        if options.final_ && errors(&diagnostics) > 0 {
            return Err(Failure::Refused(diagnostics));
        }
        let file = &job.data.path;
        // Read once, through the project root, for every backend.
        let seal = job.seal(&rendered.document).map_err(Failure::Input)?;
        let images: Vec<PathBuf> = seal.iter().map(|s| s.path.clone()).collect();
        let mut laid = Laid {
            rendered,
            markup: String::new(),
            pages: None,
            diagnostics,
            images,
            seal,
        };
        if stage == Stage::Markdown {
            return Ok(laid);
        }
        let typesetter = self.typesetter()?;
        laid.markup = gongwen_typst::document_source(laid.document(), typesetter.fonts());
        if stage == Stage::Markup {
            return Ok(laid);
        }
        let seal = laid.seal.as_ref().map(|s| s.bytes.as_slice());
        let assets = gongwen_typst::assets(laid.document(), seal);
        let pages = typesetter
            .compile(laid.markup.clone(), assets)
            .map_err(|list| Failure::Layout(file.clone(), list))?;
        let missing = gongwen_typst::missing_glyphs(&pages);
        if !missing.is_empty() {
            return Err(Failure::Glyphs(file.clone(), missing));
        }
        laid.pages = Some(pages);
        Ok(laid)
    }

    /// The file contents of `laid` in `format` (laid out at least to `format.stage()`).
    pub fn bytes(&self, laid: &Laid, format: Format) -> Result<Vec<u8>, Failure> {
        match (format, &laid.pages) {
            (Format::Md, _) => Ok(laid
                .rendered
                .markdown()
                .map_err(Failure::Input)?
                .into_bytes()),
            (Format::Typ, _) => Ok(laid.markup.clone().into_bytes()),
            (Format::Docx, _) => {
                let seal = laid.seal.as_ref().map(|s| s.bytes.as_slice());
                gongwen_docx::docx(laid.document(), self.fonts, seal).map_err(Failure::Docx)
            }
            (Format::Ofd, Some(pages)) => {
                let info = crate::info::ofd_info(laid.document())?;
                gongwen_ofd::ofd(pages, &info).map_err(Failure::Ofd)
            }
            (_, Some(pages)) => self.encode(pages, format),
            (_, None) => Err(Failure::NotLaidOut(format)),
        }
    }

    /// Encodes laid-out pages as `format` (PDF, SVG, PNG or page text).
    pub fn encode(&self, pages: &PagedDocument, format: Format) -> Result<Vec<u8>, Failure> {
        let typesetter = self.typesetter()?;
        let kind = match format {
            Format::Txt => return Ok(gongwen_typst::page_text(pages).join("\u{c}").into_bytes()),
            Format::Svg => PageFormat::Svg,
            Format::Png => PageFormat::Png,
            Format::Pdf => PageFormat::Pdf,
            Format::Md | Format::Typ | Format::Docx | Format::Ofd => {
                return Err(Failure::WithoutLayout(format));
            }
        };
        typesetter.export(pages, kind).map_err(Failure::Export)
    }
}

/// A document rendered, checked and (up to its [`Stage`]) laid out.
pub struct Laid {
    /// The template rendered: the document, and its 公文 Markdown on request.
    pub rendered: Rendered,
    /// The Typst markup (empty before [`Stage::Markup`]).
    pub markup: String,
    /// The pages (none before [`Stage::Pages`]).
    pub pages: Option<PagedDocument>,
    /// What `check` found.
    pub diagnostics: Vec<Diagnostic>,
    /// Image files the document reads (the seal).
    pub images: Vec<PathBuf>,
    /// The seal image, read through the project root.
    pub seal: Option<gongwen_render::Image>,
}

impl Laid {
    /// The document laid out.
    pub fn document(&self) -> &gongwen_model::Document {
        &self.rendered.document
    }
}
