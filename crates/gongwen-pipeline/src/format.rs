//! The formats a document is written in, and how far each must be laid out.

use std::path::Path;

/// What to write (also the CLI's `--format` values, with this help text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum Format {
    /// PDF, ready to print.
    Pdf,
    /// SVG, all pages in one image.
    Svg,
    /// PNG, all pages in one image.
    Png,
    /// The generated Typst markup.
    Typ,
    /// The text of the laid-out pages, line by line, pages separated by form feeds.
    Txt,
    /// The 公文 Markdown the template produced.
    Md,
    /// Word (.docx): named styles per role, the 22 × 28 grid, odd/even page numbers.
    Docx,
    /// OFD (GB/T 33190), the format of electronic 公文: the same pages as the PDF.
    Ofd,
}

impl Format {
    /// Every format, in the order of the list above.
    pub const ALL: [Format; 8] = [
        Format::Pdf,
        Format::Svg,
        Format::Png,
        Format::Typ,
        Format::Txt,
        Format::Md,
        Format::Docx,
        Format::Ofd,
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
            Format::Ofd => "ofd",
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
