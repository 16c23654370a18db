//! Command-line arguments; the doc comments are the help text.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Chinese official documents (公文) from YAML data and templates, laid out to GB/T 9704-2012.
#[derive(Debug, Parser)]
#[command(name = "gongwen", version)]
pub(crate) struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Render a data file through its template to PDF (or SVG, PNG, Typst, Markdown).
    Render(RenderArgs),
    /// Check every figure against the template: missing, unknown, mistyped, out of range, inconsistent.
    Check(CheckArgs),
    /// Show which font serves each role of the page, and where it came from.
    Fonts,
}

/// Arguments of `gongwen render`.
#[derive(Debug, clap::Args)]
pub(crate) struct RenderArgs {
    /// The YAML data file; its `template:` key names the template.
    pub(crate) data: PathBuf,
    /// Where to write; defaults to the data file's name with the format's extension.
    #[arg(short, long)]
    pub(crate) output: Option<PathBuf>,
    /// Output format; defaults to the output file's extension, else pdf.
    #[arg(short, long, value_enum)]
    pub(crate) format: Option<Format>,
    /// Refuse to write anything while `check` finds an error (the default is a draft).
    #[arg(long = "final")]
    pub(crate) final_: bool,
}

/// Arguments of `gongwen check`.
#[derive(Debug, clap::Args)]
pub(crate) struct CheckArgs {
    /// The YAML data file to check.
    pub(crate) data: PathBuf,
    /// Speaking pace for a speech's length, in characters per minute.
    #[arg(long, default_value_t = 220)]
    pub(crate) pace: u32,
    /// How to print problems: for people, or one JSON object per line for editors.
    #[arg(long, value_enum, default_value = "human")]
    pub(crate) message_format: MessageFormat,
}

/// How diagnostics are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum MessageFormat {
    /// `file:line:col: error[code]: message` and a hint line.
    Human,
    /// JSON lines: file, line, column, severity, code, message, hint.
    Json,
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
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
}

impl Format {
    /// The file extension of the format.
    pub(crate) fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Svg => "svg",
            Format::Png => "png",
            Format::Typ => "typ",
            Format::Txt => "txt",
            Format::Md => "md",
        }
    }

    /// The format a file extension names.
    pub(crate) fn from_path(path: &std::path::Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Format::value_variants()
            .iter()
            .copied()
            .find(|f| f.extension() == ext)
    }
}
