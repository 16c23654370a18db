//! One document end to end: data and template → checked model → bytes in the chosen format.

use gongwen_render::{Diagnostic, Job};
use gongwen_typst::{FontChoice, PageFormat, PagedDocument, Typesetter, TypstError};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// What to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// PDF, ready to print.
    Pdf,
    /// SVG, all pages in one image.
    Svg,
    /// PNG, all pages in one image.
    Png,
    /// The generated Typst markup.
    Typ,
    /// The text of the laid-out pages, pages separated by form feeds.
    Txt,
    /// The 公文 Markdown the template produced.
    Md,
    /// A Word document with a named style per role, to edit further.
    Docx,
}

impl Format {
    /// Every format, in the order of the list above.
    pub const ALL: [Format; 7] = [
        Format::Pdf,
        Format::Svg,
        Format::Png,
        Format::Typ,
        Format::Txt,
        Format::Md,
        Format::Docx,
    ];

    /// The file extension of the format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Svg => "svg",
            Format::Png => "png",
            Format::Typ => "typ",
            Format::Txt => "txt",
            Format::Md => "md",
            Format::Docx => "docx",
        }
    }

    /// How far a document must be laid out to be written in this format.
    pub fn stage(self) -> Stage {
        match self {
            Format::Md | Format::Docx => Stage::Markdown,
            Format::Typ => Stage::Markup,
            _ => Stage::Pages,
        }
    }

    /// The format a file's extension names.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Format::ALL.into_iter().find(|f| f.extension() == ext)
    }
}

/// How a document is produced.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Refuse to produce a document in which `check` finds an error.
    pub final_: bool,
    /// Speaking pace for a speech's length, in characters per minute.
    pub pace: u32,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            final_: false,
            pace: 220,
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
}

/// Why a document was not produced.
#[derive(Debug)]
pub enum Failure {
    /// The data or the template is at fault, at a known place.
    Input(gongwen_render::Error),
    /// `--final` and `check` found errors; the diagnostics say which.
    Refused(Vec<Diagnostic>),
    /// Typst could not lay out the generated markup.
    Layout(PathBuf, Vec<TypstError>),
    /// No font has these characters.
    Glyphs(PathBuf, Vec<char>),
    /// Fonts could not be loaded, an asset could not be read, or export failed.
    Other(String),
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Input(e) => write!(f, "{e}"),
            Failure::Refused(found) => {
                let errors = errors(found);
                let plural = if errors == 1 { "" } else { "s" };
                write!(f, "{errors} error{plural} found; nothing written (--final)")
            }
            Failure::Layout(file, list) => {
                write!(f, "{}: laying out the document failed", file.display())?;
                for e in list {
                    write!(f, "\nTypst: {e}")?;
                }
                write!(
                    f,
                    "\n  = note: `--format typ` writes the generated markup these positions refer to"
                )
            }
            Failure::Glyphs(file, chars) => {
                let chars: Vec<String> = chars
                    .iter()
                    .map(|c| format!("「{c}」 (U+{:04X})", *c as u32))
                    .collect();
                write!(
                    f,
                    "{}: no installed or shipped font has {}; install a font that covers them (for example fonts-noto-cjk) or replace them",
                    file.display(),
                    chars.join(", ")
                )
            }
            Failure::Other(message) => write!(f, "{message}"),
        }
    }
}

impl std::error::Error for Failure {}

/// How many of `found` are errors.
pub fn errors(found: &[Diagnostic]) -> usize {
    found
        .iter()
        .filter(|d| d.severity == gongwen_model::Severity::Error)
        .count()
}

/// Produces documents; fonts and the Typst library are loaded on first need and
/// then shared by every document (and every thread) it produces.
#[derive(Default)]
pub struct Producer {
    typesetter: OnceLock<Result<Typesetter, String>>,
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
            .get_or_init(|| {
                gongwen_typst::Fonts::load_choice(self.fonts)
                    .map(Typesetter::new)
                    .map_err(|e| e.to_string())
            })
            .as_ref()
            .map_err(|e| Failure::Other(e.clone()))
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
        })
    }

    /// Renders and checks `job`, and goes on to `stage`.
    pub fn lay_out(&self, job: &Job, options: &Options, stage: Stage) -> Result<Laid, Failure> {
        let markdown = job.markdown().map_err(Failure::Input)?;
        let document = gongwen_render::markdown::parse(&markdown, &job.template.path)
            .map_err(Failure::Input)?;
        let diagnostics = job
            .check_rendered(&markdown, &document, options.pace)
            .map_err(Failure::Input)?;
        if options.final_ && errors(&diagnostics) > 0 {
            return Err(Failure::Refused(diagnostics));
        }
        let file = &job.data.path;
        let base = file.parent().unwrap_or(Path::new("."));
        let images: Vec<PathBuf> = document.closing.seal.iter().map(|s| base.join(s)).collect();
        let mut laid = Laid {
            markdown,
            document,
            markup: String::new(),
            pages: None,
            diagnostics,
            images,
        };
        if stage == Stage::Markdown {
            return Ok(laid);
        }
        let typesetter = self.typesetter()?;
        laid.markup = gongwen_typst::markup::document_source(&laid.document, typesetter.fonts());
        if stage == Stage::Markup {
            return Ok(laid);
        }
        let assets = gongwen_typst::markup::assets(&laid.document, base)
            .map_err(|e| Failure::Other(format!("{}: {e}", file.display())))?;
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
            (Format::Md, _) => Ok(laid.markdown.clone().into_bytes()),
            (Format::Typ, _) => Ok(laid.markup.clone().into_bytes()),
            (Format::Docx, _) => {
                let seal = match laid.images.first() {
                    Some(path) => Some(std::fs::read(path).map_err(|e| {
                        Failure::Other(format!(
                            "cannot read the seal image {}: {e}",
                            path.display()
                        ))
                    })?),
                    None => None,
                };
                gongwen_docx::docx(&laid.document, self.fonts, seal.as_deref())
                    .map_err(|e| Failure::Other(e.to_string()))
            }
            (_, Some(pages)) => self.encode(pages, format),
            (_, None) => Err(Failure::Other("the pages were not laid out".into())),
        }
    }

    /// Encodes laid-out pages as `format` (PDF, SVG, PNG or page text).
    pub fn encode(&self, pages: &PagedDocument, format: Format) -> Result<Vec<u8>, Failure> {
        let typesetter = self.typesetter()?;
        match format {
            Format::Txt => Ok(gongwen_typst::page_text(pages).join("\u{c}").into_bytes()),
            Format::Svg => typesetter
                .export(pages, PageFormat::Svg)
                .map_err(|e| e.to_string()),
            Format::Png => typesetter
                .export(pages, PageFormat::Png)
                .map_err(|e| e.to_string()),
            Format::Pdf => typesetter
                .export(pages, PageFormat::Pdf)
                .map_err(|e| e.to_string()),
            Format::Md | Format::Typ | Format::Docx => {
                Err(format!("{} is written without layout", format.extension()))
            }
        }
        .map_err(Failure::Other)
    }
}

/// How far [`Producer::lay_out`] goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The 公文 Markdown and the check only.
    Markdown,
    /// Also the Typst markup.
    Markup,
    /// Also the laid-out pages.
    Pages,
}

/// A document rendered, checked and (up to its [`Stage`]) laid out.
pub struct Laid {
    /// The 公文 Markdown the template produced.
    pub markdown: String,
    /// The document model parsed from it.
    pub document: gongwen_model::Document,
    /// The Typst markup (empty before [`Stage::Markup`]).
    pub markup: String,
    /// The pages (none before [`Stage::Pages`]).
    pub pages: Option<PagedDocument>,
    /// What `check` found.
    pub diagnostics: Vec<Diagnostic>,
    /// Image files the document reads (the seal).
    pub images: Vec<PathBuf>,
}
