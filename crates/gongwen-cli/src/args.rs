//! Command-line arguments; the doc comments are the help text.

use clap::{Parser, Subcommand, ValueEnum};
use gongwen_layout::FontChoice;
use gongwen_pipeline::Format;
use std::path::PathBuf;

/// Chinese official documents (公文) from YAML data and templates, laid out to GB/T 9704-2012.
#[derive(Debug, Parser)]
#[command(name = "gongwen", version)]
pub(crate) struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub(crate) command: Command,
    /// The language of messages and help: zh (简体中文, the default) or en; without it, the
    /// locale decides (LC_ALL, LC_MESSAGES, LANG starting with "en" choose English).
    #[arg(long, global = true, value_name = "LANG", value_parser = ["zh", "en"])]
    pub(crate) lang: Option<String>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Render a data file through its template to PDF (or SVG, PNG, Typst, Markdown).
    Render(RenderArgs),
    /// Check every figure against the template: missing, unknown, mistyped, out of range, inconsistent.
    Check(CheckArgs),
    /// Render one document per data file of a folder, or per row of a CSV or Excel table.
    Batch(BatchArgs),
    /// Render again whenever the data, the template or an image changes; keep the last good output on errors.
    Watch(WatchArgs),
    /// Show the pages in a browser, updated in place at every save, with the data's problems beside them.
    Serve(ServeArgs),
    /// Turn an existing document (.txt, .md, .docx) into a template and a data file.
    Import(ImportArgs),
    /// Show which font serves each role of the page, and where it came from.
    Fonts,
}

/// Arguments of `gongwen import`.
#[derive(Debug, clap::Args)]
pub(crate) struct ImportArgs {
    /// The document to import: .txt (UTF-8 or GB18030), .md or .docx.
    pub(crate) input: PathBuf,
    /// The folder for template.md.tera, data.yaml and import-report.txt (default: beside the input, named after it).
    #[arg(short, long)]
    pub(crate) output: Option<PathBuf>,
    /// Overwrite a template and data file already in the folder.
    #[arg(long)]
    pub(crate) force: bool,
    /// 保留半角标点，不改为全角（默认按 GB/T 15834 把中文里的半角标点改为全角）; keep half-width punctuation as typed.
    #[arg(long)]
    pub(crate) keep_punctuation: bool,
    #[command(flatten)]
    pub(crate) unpack: UnpackArgs,
}

/// How far an input may expand: a .docx or workbook unpacked, a file read.
#[derive(Debug, clap::Args)]
pub(crate) struct UnpackArgs {
    /// The most a .docx or workbook may unpack to, and a file or .csv may hold, in MB (zip bombs are refused).
    #[arg(long, value_name = "MB", default_value_t = 100)]
    pub(crate) max_unpacked_mb: u64,
    /// The most entries a .docx or workbook (a zip archive) may hold.
    #[arg(long, value_name = "N", default_value_t = 10_000)]
    pub(crate) max_zip_entries: usize,
}

impl UnpackArgs {
    /// The limits these flags set.
    pub(crate) fn limits(&self) -> gongwen_unzip::Limits {
        gongwen_unzip::Limits {
            max_bytes: self.max_unpacked_mb.saturating_mul(gongwen_unzip::MB),
            max_entries: self.max_zip_entries,
        }
    }
}

/// How large a batch's table may be.
#[derive(Debug, clap::Args)]
pub(crate) struct TableArgs {
    /// The most rows a table (heading row included) or a folder of data files may hold.
    #[arg(long, value_name = "N", default_value_t = 100_000)]
    pub(crate) max_rows: usize,
    /// The most columns a table may use.
    #[arg(long, value_name = "N", default_value_t = 1_000)]
    pub(crate) max_columns: usize,
    #[command(flatten)]
    pub(crate) unpack: UnpackArgs,
}

impl TableArgs {
    /// The limits these flags set.
    pub(crate) fn limits(&self) -> gongwen_pipeline::TableLimits {
        gongwen_pipeline::TableLimits {
            unzip: self.unpack.limits(),
            max_rows: self.max_rows,
            max_columns: self.max_columns,
        }
    }
}

/// Which files a document may read: under the project root, within size limits.
#[derive(Debug, Clone, clap::Args)]
pub(crate) struct AccessArgs {
    /// The project root: templates and seals must lie under it (default: the data file's folder; for a batch, the base's, else the folder holding the rows).
    #[arg(long, value_name = "DIR")]
    pub(crate) root: Option<PathBuf>,
    /// The largest image (seal) a document may read, in MB (1 MB = 1,048,576 bytes).
    #[arg(long, value_name = "MB", default_value_t = 10.0, value_parser = megabytes)]
    pub(crate) max_image_mb: f64,
    /// The largest template a document may read, in MB.
    #[arg(long, value_name = "MB", default_value_t = 1.0, value_parser = megabytes)]
    pub(crate) max_template_mb: f64,
}

impl AccessArgs {
    /// The access the libraries take.
    pub(crate) fn access(&self) -> gongwen_render::Access {
        let bytes = |mb: f64| (mb * gongwen_render::MB as f64).round() as u64;
        gongwen_render::Access {
            root: self.root.clone(),
            limits: gongwen_render::Limits {
                image: bytes(self.max_image_mb),
                template: bytes(self.max_template_mb),
            },
        }
    }
}

/// A size in MB: a positive number.
fn megabytes(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(mb) if mb.is_finite() && mb > 0.0 && mb <= 1_000_000.0 => Ok(mb),
        _ => Err(gongwen_i18n::tr!("cli-megabytes", text = text)),
    }
}

/// What `watch` and `serve` show: a data file, or one row of a batch.
#[derive(Debug, clap::Args)]
pub(crate) struct PreviewSource {
    /// The YAML data file; with --row, the batch's folder, .csv or .xlsx.
    pub(crate) data: PathBuf,
    /// The row of a batch to show: its number from 1 (3) or its name (寿县).
    #[arg(long)]
    pub(crate) row: Option<String>,
    /// With --row: the data file every row is laid over.
    #[arg(long, requires = "row")]
    pub(crate) base: Option<PathBuf>,
    /// With --row: the workbook's sheet (default: the first).
    #[arg(long, requires = "row")]
    pub(crate) sheet: Option<String>,
    #[command(flatten)]
    pub(crate) limits: TableArgs,
    /// With --row: let the row name its template and seal (`template`, `seal`, `document.seal`).
    #[arg(long, requires = "row")]
    pub(crate) allow_row_paths: bool,
    #[command(flatten)]
    pub(crate) access: AccessArgs,
}

/// Arguments of `gongwen watch`.
#[derive(Debug, clap::Args)]
pub(crate) struct WatchArgs {
    #[command(flatten)]
    pub(crate) source: PreviewSource,
    #[command(flatten)]
    pub(crate) out: OutputArgs,
}

/// Arguments of `gongwen serve`.
#[derive(Debug, clap::Args)]
pub(crate) struct ServeArgs {
    #[command(flatten)]
    pub(crate) source: PreviewSource,
    /// The port to serve on (0: any free port).
    #[arg(long, default_value_t = 3000)]
    pub(crate) port: u16,
    /// An address to listen on (default 127.0.0.1: this machine only), or a name to
    /// answer to besides localhost (e.g. behind a proxy); may be given more than once.
    /// Requests addressed to any other name are refused.
    #[arg(long)]
    pub(crate) host: Vec<gongwen_preview::Host>,
    /// Open the page in the default browser.
    #[arg(long)]
    pub(crate) open: bool,
}

/// Arguments of `gongwen batch`.
#[derive(Debug, clap::Args)]
pub(crate) struct BatchArgs {
    /// A folder of YAML data files, a .csv file or an .xlsx workbook (first row: figure names or labels).
    pub(crate) source: PathBuf,
    /// A data file every row is laid over: template, 版头, dates; rows override it.
    #[arg(long)]
    pub(crate) base: Option<PathBuf>,
    /// The workbook's sheet (default: the first).
    #[arg(long)]
    pub(crate) sheet: Option<String>,
    /// The folder to write into.
    #[arg(short, long, default_value = "out")]
    pub(crate) output: PathBuf,
    /// Output names, a pattern over each row's data: "{{ 市名 }}-回头看报告.pdf" ({{ row }} is the row number).
    #[arg(long)]
    pub(crate) name: Option<String>,
    /// Output format.
    #[arg(short, long, value_enum, default_value = "pdf")]
    pub(crate) format: Format,
    /// Skip (do not write) any document in which `check` finds an error.
    #[arg(long = "final", conflicts_with = "draft")]
    pub(crate) final_: bool,
    /// Write every document, missing figures highlighted as 〔...〕 (the default).
    #[arg(long)]
    pub(crate) draft: bool,
    /// Also render this template once over all rows (totals, a table of every row).
    #[arg(long)]
    pub(crate) rollup: Option<String>,
    /// The rollup's output name (default 汇总.pdf).
    #[arg(long, requires = "rollup")]
    pub(crate) rollup_name: Option<String>,
    /// Render only part i of n (round robin), e.g. 2/8, for a job array; names are checked across all parts.
    #[arg(long)]
    pub(crate) shard: Option<gongwen_pipeline::Shard>,
    /// Render nothing: merge the parts' summary-i-of-n.csv in the output folder into summary.csv, checked against this batch's rows (give the parts' arguments, without --shard).
    #[arg(long, conflicts_with = "shard")]
    pub(crate) merge_shards: bool,
    /// Threads to use (default: every core).
    #[arg(short, long)]
    pub(crate) jobs: Option<usize>,
    /// Print on one side of each sheet: the 版记 stays on the last page instead of going to an even page.
    #[arg(long)]
    pub(crate) single_sided: bool,
    /// Speaking pace for a speech's length, in characters per minute.
    #[arg(long, default_value_t = gongwen_pipeline::DEFAULT_PACE)]
    pub(crate) pace: u32,
    /// Fonts: the standard faces offices have, or only the free faces the project ships.
    #[arg(long, value_enum, default_value = "standard")]
    pub(crate) fonts: FontChoice,
    #[command(flatten)]
    pub(crate) limits: TableArgs,
    /// Let rows name their template and seal (`template`, `seal`, `document.seal` columns); by default only the base may.
    #[arg(long)]
    pub(crate) allow_row_paths: bool,
    #[command(flatten)]
    pub(crate) access: AccessArgs,
}

/// Arguments of `gongwen render`.
#[derive(Debug, clap::Args)]
pub(crate) struct RenderArgs {
    /// The YAML data file; its `template:` key names the template.
    pub(crate) data: PathBuf,
    #[command(flatten)]
    pub(crate) out: OutputArgs,
    #[command(flatten)]
    pub(crate) access: AccessArgs,
}

/// Where and how `render` and `watch` write.
#[derive(Debug, clap::Args)]
pub(crate) struct OutputArgs {
    /// Where to write; defaults to the data file's name with the format's extension.
    #[arg(short, long)]
    pub(crate) output: Option<PathBuf>,
    /// Output format; defaults to the output file's extension, else pdf.
    #[arg(short, long, value_enum)]
    pub(crate) format: Option<Format>,
    /// Refuse to write anything while `check` finds an error (the default is a draft).
    #[arg(long = "final")]
    pub(crate) final_: bool,
    /// Print on one side of each sheet: the 版记 stays on the last page instead of going to an even page.
    #[arg(long)]
    pub(crate) single_sided: bool,
    /// Fonts: the standard faces offices have, or only the free faces the project ships.
    #[arg(long, value_enum, default_value = "standard")]
    pub(crate) fonts: FontChoice,
}

impl OutputArgs {
    /// `--format`, else the output's extension, else PDF.
    pub(crate) fn format(&self) -> gongwen_pipeline::Format {
        use gongwen_pipeline::Format as F;
        self.format
            .or_else(|| self.output.as_deref().and_then(F::from_path))
            .unwrap_or(F::Pdf)
    }
}

/// Arguments of `gongwen check`.
#[derive(Debug, clap::Args)]
pub(crate) struct CheckArgs {
    /// The YAML data file to check.
    pub(crate) data: PathBuf,
    /// Speaking pace for a speech's length, in characters per minute.
    #[arg(long, default_value_t = gongwen_pipeline::DEFAULT_PACE)]
    pub(crate) pace: u32,
    /// How to print problems: for people, or one JSON object per line for editors.
    #[arg(long, value_enum, default_value = "human")]
    pub(crate) message_format: MessageFormat,
    #[command(flatten)]
    pub(crate) access: AccessArgs,
}

/// How diagnostics are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum MessageFormat {
    /// `error[code]: message`, the file, line and column with the line itself and a caret, and a hint.
    Human,
    /// JSON lines: file, line, column, severity, code, message, hint.
    Json,
}
