//! One document's source: a data file, or one row of a batch laid over its base
//! (what `watch` and `serve` render).

use crate::format::Format;
use crate::limits::TableLimits;
use crate::pick::pick_row;
use gongwen_render::{Access, DataFile, Diagnostic, Error, Job, template_file};
use std::path::{Path, PathBuf};

/// A data file, or a batch source (folder, CSV, workbook) with the row to show.
#[derive(Debug, Clone)]
pub struct Source {
    /// The data file, or the batch's folder or table when `row` is set.
    pub data: PathBuf,
    /// The batch's base data file.
    pub base: Option<PathBuf>,
    /// The workbook's sheet.
    pub sheet: Option<String>,
    /// The row to show: its number from 1 or its name.
    pub row: Option<String>,
    /// How large the batch's source may be.
    pub limits: TableLimits,
    /// What the document may read: `--root` and the size limits.
    pub access: Access,
    /// A row may name its template and seal (`--allow-row-paths`).
    pub allow_row_paths: bool,
}

impl Source {
    /// A plain data file.
    pub fn file(data: &Path) -> Source {
        Source {
            data: data.to_path_buf(),
            base: None,
            sheet: None,
            row: None,
            limits: TableLimits::DEFAULT,
            access: Access::default(),
            allow_row_paths: false,
        }
    }

    /// The same source reading what `access` allows.
    pub fn with_access(mut self, access: Access) -> Source {
        self.access = access;
        self
    }

    /// Reads the data (and, for a row, the table and the base) into a job.
    pub fn load(&self) -> Result<Job, Error> {
        let Some(row) = &self.row else {
            return Job::load_in(&self.data, &self.access);
        };
        pick_row(
            &self.data,
            self.base.as_deref(),
            self.sheet.as_deref(),
            row,
            self.limits,
            &self.access,
            self.allow_row_paths,
        )
    }

    /// Checks the document: every figure against its declaration and the data, and the
    /// words around them; a speech's length at `pace` characters a minute.
    pub fn check(&self, pace: u32) -> Result<Vec<Diagnostic>, Error> {
        self.load()?.check(pace)
    }

    /// The files read before the job exists: the data file or table, and the base.
    pub fn files(&self) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = self.base.iter().cloned().collect();
        if !self.data.is_dir() {
            files.push(self.data.clone());
        }
        files
    }

    /// The template file a data file that failed to load names, when it names one: it
    /// may not exist yet, and creating it should render again.
    pub fn named_template(&self) -> Option<PathBuf> {
        if self.row.is_some() {
            return None;
        }
        let data = DataFile::load(&self.data).ok()?;
        Some(template_file(data.template_ref().ok()?, &data.path))
    }

    /// Where `watch` writes when not told: beside the data, with the format's extension
    /// (for a row, the row's name is added: `counties-寿县.pdf`).
    pub fn default_output(&self, format: Format) -> PathBuf {
        let ext = format.extension();
        match &self.row {
            None => self.data.with_extension(ext),
            Some(row) => {
                let stem = self
                    .data
                    .file_stem()
                    .map_or_else(|| "row".into(), |s| s.to_string_lossy().into_owned());
                let name: String = format!("{stem}-{row}.{ext}")
                    .chars()
                    .map(|c| if matches!(c, '/' | '\\') { '_' } else { c })
                    .collect();
                self.data.parent().unwrap_or(Path::new(".")).join(name)
            }
        }
    }
}
