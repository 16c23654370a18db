//! The fuzz targets: one reader each, fed one input in a scratch folder. Each returns a
//! [`Violation`] when the reader broke a promise: an error that names no input file, an
//! imported document that does not render, a file written (readers write nothing).

use crate::{Violation, zipped};
use gongwen_render::{Error, Job};
use std::path::Path;

/// `check`'s pace for a speech's length note; any value will do.
const PACE: u32 = 240;

/// What the targets themselves write in the scratch folder: anything else there was
/// written by a reader, which writes nothing.
const OURS: [&str; 8] = [
    "d.yaml",
    "t.yaml",
    "templates",
    "old.txt",
    "old.docx",
    "rows.csv",
    "rows.xlsx",
    "imported",
];

/// A scratch folder the targets write their inputs to.
pub struct Scratch {
    dir: tempfile::TempDir,
    /// Cases that got all the way through (rendered, imported, read), for the report.
    through: std::cell::Cell<usize>,
}

impl Scratch {
    /// A fresh scratch folder.
    pub fn new() -> std::io::Result<Scratch> {
        Ok(Scratch {
            dir: tempfile::tempdir()?,
            through: std::cell::Cell::new(0),
        })
    }

    /// How many cases got all the way through since the last call (then starts again at 0).
    pub fn through(&self) -> usize {
        self.through.replace(0)
    }

    fn write(&self, name: &str, bytes: &[u8]) -> Result<std::path::PathBuf, Violation> {
        let path = self.dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Violation(e.to_string()))?;
        }
        std::fs::write(&path, bytes).map_err(|e| Violation(format!("scratch: {e}")))?;
        Ok(path)
    }

    /// A data file: read, rendered, checked and written as Typst markup.
    pub fn data(&self, input: &[u8]) -> Result<(), Violation> {
        let path = self.write("d.yaml", input)?;
        self.render(&path)?;
        self.nothing_written()
    }

    /// A violation if the scratch folder holds a file the targets did not write.
    pub fn nothing_written(&self) -> Result<(), Violation> {
        let entries = std::fs::read_dir(self.dir.path()).map_err(|e| Violation(e.to_string()))?;
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !OURS.contains(&name.as_str()) {
                return Err(Violation(format!("a reader wrote a file: {name}")));
            }
        }
        Ok(())
    }

    /// A template (`templates/t.md.tera`) rendered with `data` (which names `template: t`).
    pub fn template(&self, data: &str, input: &[u8]) -> Result<(), Violation> {
        self.write("templates/t.md.tera", input)?;
        let path = self.write("t.yaml", data.as_bytes())?;
        self.render(&path)?;
        self.nothing_written()
    }

    /// A text file imported; what import writes must render.
    pub fn import_text(&self, input: &[u8]) -> Result<(), Violation> {
        let path = self.write("old.txt", input)?;
        self.import(&path)?;
        self.nothing_written()
    }

    /// A .docx whose `word/document.xml` is `input`, the other parts those of `seed`.
    pub fn import_docx(&self, seed: &[u8], input: &[u8]) -> Result<(), Violation> {
        let parts = zipped::parts(seed).ok_or_else(|| Violation("the seed is no zip".into()))?;
        let docx = zipped::with_part(&parts, "word/document.xml", input);
        let path = self.write("old.docx", &docx)?;
        self.import(&path)?;
        self.nothing_written()
    }

    /// A CSV table read into rows.
    pub fn rows_csv(&self, input: &[u8]) -> Result<(), Violation> {
        let path = self.write("rows.csv", input)?;
        self.rows(&path)?;
        self.nothing_written()
    }

    /// A workbook whose part `sheet` is `input`, the other parts those of `seed`.
    pub fn rows_xlsx(&self, seed: &[u8], sheet: &str, input: &[u8]) -> Result<(), Violation> {
        let parts = zipped::parts(seed).ok_or_else(|| Violation("the seed is no zip".into()))?;
        let path = self.write("rows.xlsx", &zipped::with_part(&parts, sheet, input))?;
        self.rows(&path)?;
        self.nothing_written()
    }

    fn rows(&self, path: &Path) -> Result<(), Violation> {
        match gongwen_pipeline::read_rows(path, None, None, &gongwen_pipeline::TableLimits::DEFAULT)
        {
            Ok(rows) => {
                self.through.set(self.through.get() + 1);
                rows.into_iter().try_for_each(|r| match r.content {
                    Ok(_) => Ok(()),
                    Err(e) => self.located(&e),
                })
            }
            Err(e) => self.located(&e),
        }
    }

    fn import(&self, path: &Path) -> Result<(), Violation> {
        let imported = match gongwen_import::import(path, &gongwen_import::Options::default()) {
            Ok(imported) => imported,
            Err(e) if e.path == path && !e.message.is_empty() => return Ok(()),
            Err(e) => return Err(Violation(format!("import error without its file: {e}"))),
        };
        self.write(
            "imported/template.md.tera",
            imported.written.template.as_bytes(),
        )?;
        let data = self.write("imported/data.yaml", imported.written.data.as_bytes())?;
        // What import writes renders: an error here is import's fault, not the input's.
        let job = Job::load(&data).map_err(|e| Violation(format!("imported data: {e}")))?;
        let rendered = job
            .render()
            .map_err(|e| Violation(format!("imported template does not render: {e}")))?;
        gongwen_typst::document_markup(&rendered.document);
        self.through.set(self.through.get() + 1);
        Ok(())
    }

    /// Loads, renders, checks and writes markup for the data file at `path`.
    fn render(&self, path: &Path) -> Result<(), Violation> {
        let job = match Job::load(path) {
            Ok(job) => job,
            Err(e) => return self.located(&e),
        };
        match job.render() {
            Ok(rendered) => {
                rendered.document.check(PACE);
                gongwen_typst::document_markup(&rendered.document);
                self.through.set(self.through.get() + 1);
                Ok(())
            }
            Err(e) => self.located(&e),
        }
    }

    /// An error must name one of the inputs (or a built-in template) and say something.
    fn located(&self, e: &Error) -> Result<(), Violation> {
        let ours =
            e.file.starts_with(self.dir.path()) || e.file.starts_with(gongwen_render::BUILT_IN_DIR);
        if ours && !e.message.trim().is_empty() {
            Ok(())
        } else {
            Err(Violation(format!("an error without its input file: {e}")))
        }
    }
}
