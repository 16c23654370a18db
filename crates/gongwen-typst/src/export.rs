//! Compiling the generated markup and exporting pages as PDF, SVG or PNG.

use crate::fonts::Fonts;
use crate::world::DocWorld;
use gongwen_i18n::tr;
use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::Smart;
use typst::layout::Abs;
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, WorldExt};
use typst_layout::PagedDocument;

/// An output format for laid-out pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageFormat {
    /// One PDF file.
    Pdf,
    /// One SVG file with every page, one under the other.
    Svg,
    /// One PNG image with every page, one under the other, at 144 dpi.
    Png,
}

/// A Typst error, placed in the generated source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypstError {
    /// What went wrong.
    pub message: String,
    /// Line and column (1-based) in the generated `main.typ`, when known.
    pub position: Option<(usize, usize)>,
    /// The text of that line.
    pub line_text: Option<String>,
    /// Typst's hints.
    pub hints: Vec<String>,
}

impl std::fmt::Display for TypstError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.message)?;
        if let Some((line, col)) = self.position {
            let place = tr!("typst-generated-at", line = line, column = col);
            write!(f, "\n  --> {place}")?;
        }
        if let Some(text) = &self.line_text {
            write!(f, "\n   | {}", text.chars().take(160).collect::<String>())?;
        }
        for hint in &self.hints {
            write!(f, "\n  = {}", tr!("typst-hint", hint = hint))?;
        }
        Ok(())
    }
}

impl std::error::Error for TypstError {}

/// Laid-out pages that could not be encoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportError {
    /// The format asked for.
    pub format: PageFormat,
    /// What the encoder reported.
    pub message: String,
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let format = match self.format {
            PageFormat::Pdf => "PDF",
            PageFormat::Svg => "SVG",
            PageFormat::Png => "PNG",
        };
        let message = tr!("typst-export-failed", format = format, why = &self.message);
        f.write_str(&message)
    }
}

impl std::error::Error for ExportError {}

/// Fonts and the Typst library, loaded once and shared by every document compiled.
pub struct Typesetter {
    library: LazyHash<Library>,
    fonts: Fonts,
}

impl Typesetter {
    /// A typesetter over `fonts`.
    pub fn new(fonts: Fonts) -> Self {
        Typesetter {
            library: LazyHash::new(Library::default()),
            fonts,
        }
    }

    /// The fonts in use.
    pub fn fonts(&self) -> &Fonts {
        &self.fonts
    }

    /// Lays out Typst `source`, which may read `files` (virtual path, bytes).
    pub fn compile(
        &self,
        source: String,
        files: Vec<(String, Vec<u8>)>,
    ) -> Result<PagedDocument, Vec<TypstError>> {
        let world = DocWorld::new(&self.library, &self.fonts, source, files);
        let result = typst::compile::<PagedDocument>(&world);
        result
            .output
            .map_err(|errors| errors.iter().map(|d| locate(&world, d)).collect())
    }

    /// Drops Typst's memoized results not used in the last `max_age` compilations,
    /// so that memory stays flat over many documents (as the Typst CLI does).
    pub fn evict(max_age: usize) {
        typst::comemo::evict(max_age);
    }

    /// Encodes laid-out pages in `format`.
    pub fn export(&self, doc: &PagedDocument, format: PageFormat) -> Result<Vec<u8>, ExportError> {
        let failed = |message: String| ExportError { format, message };
        match format {
            PageFormat::Pdf => {
                let options = typst_pdf::PdfOptions {
                    ident: Smart::Auto,
                    ..Default::default()
                };
                typst_pdf::pdf(doc, &options).map_err(|e| {
                    failed(
                        e.iter()
                            .map(|d| d.message.to_string())
                            .collect::<Vec<_>>()
                            .join("; "),
                    )
                })
            }
            PageFormat::Svg => {
                let svg = typst_svg::svg_merged(doc, &Default::default(), Abs::pt(12.0));
                Ok(svg.into_bytes())
            }
            PageFormat::Png => {
                let options = typst_render::RenderOptions {
                    pixel_per_pt: 2.0.into(),
                    ..Default::default()
                };
                let pixmap = typst_render::render_merged(
                    doc,
                    &options,
                    Abs::pt(12.0),
                    Some(typst::visualize::Color::WHITE),
                );
                pixmap.encode_png().map_err(|e| failed(e.to_string()))
            }
        }
    }
}

fn locate(world: &DocWorld, diag: &SourceDiagnostic) -> TypstError {
    let source = world.main_source();
    let position = world.range(diag.span).and_then(|range| {
        let line = source.lines().byte_to_line(range.start)?;
        let col = source.lines().byte_to_column(range.start)?;
        Some((line + 1, col + 1))
    });
    let line_text =
        position.and_then(|(line, _)| source.text().lines().nth(line - 1).map(String::from));
    debug_assert!(diag.severity == Severity::Error || diag.severity == Severity::Warning);
    TypstError {
        message: diag.message.to_string(),
        position,
        line_text,
        hints: diag.hints.iter().map(|h| h.v.to_string()).collect(),
    }
}
