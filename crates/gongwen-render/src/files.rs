//! The one door through which a document reads files (templates, the seal image): only
//! regular files under the project root, each read through a bounded reader.

use crate::error::Error;
use gongwen_i18n::tr;
use std::io::Read;
use std::path::{Path, PathBuf};

/// One megabyte as the size flags count it: 1,048,576 bytes.
pub const MB: u64 = 1024 * 1024;

/// How large a file a document may read, by kind, in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// An image (the seal): 10 MB unless `--max-image-mb` says otherwise.
    pub image: u64,
    /// A template: 1 MB unless `--max-template-mb` says otherwise.
    pub template: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            image: 10 * MB,
            template: MB,
        }
    }
}

/// What kind of file a document reads: it sets the limit and the words of a refusal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A template (`template:`, a `template` column, `--rollup`).
    Template,
    /// An image (`seal:`).
    Image,
}

impl Kind {
    fn noun(self) -> String {
        match self {
            Kind::Template => tr!("noun-template"),
            Kind::Image => tr!("noun-image"),
        }
    }

    fn flag(self) -> &'static str {
        match self {
            Kind::Template => "--max-template-mb",
            Kind::Image => "--max-image-mb",
        }
    }
}

/// What the user allows a document to read: `--root` (none: the folder of the file the
/// document comes from) and the size limits.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Access {
    /// `--root`, when given.
    pub root: Option<PathBuf>,
    /// `--max-image-mb`, `--max-template-mb`.
    pub limits: Limits,
}

impl Access {
    /// The root for a document from `file`: `--root`, else `file`'s folder.
    pub fn root_for(&self, file: &Path) -> Root {
        Root::new(self.root.as_deref(), file, self.limits)
    }
}

/// The project root: the folder whose files a document may read, and the size limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Root {
    /// The folder (as given; it is canonicalised at every read).
    pub dir: PathBuf,
    /// The size limits.
    pub limits: Limits,
}

impl Root {
    /// The root `dir` (from `--root`), else the folder holding `beside` (the data file,
    /// the batch's base or source).
    pub fn new(dir: Option<&Path>, beside: &Path, limits: Limits) -> Root {
        let dir = match dir {
            Some(d) => d.to_path_buf(),
            None => match beside.parent() {
                Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                _ => PathBuf::from("."),
            },
        };
        Root { dir, limits }
    }

    /// The bytes of `path` when it is a regular file under the root within `kind`'s
    /// limit; symlinks and `..` are resolved first, so neither leads out of the root.
    pub fn read(&self, path: &Path, kind: Kind) -> Result<Vec<u8>, Refusal> {
        let canonical = self.dir.canonicalize();
        let refuse = |why| Refusal {
            path: path.to_path_buf(),
            kind,
            why,
            root: canonical.as_ref().unwrap_or(&self.dir).clone(),
        };
        let root = match &canonical {
            Ok(root) => root,
            Err(e) => {
                return Err(refuse(Why::NoRoot(std::io::Error::new(
                    e.kind(),
                    e.to_string(),
                ))));
            }
        };
        let real = path
            .canonicalize()
            .map_err(|e| refuse(Why::Unreadable(e)))?;
        if !real.starts_with(root) {
            return Err(refuse(Why::Outside(real)));
        }
        // Checked before opening: opening a FIFO would wait for a writer.
        let meta = std::fs::metadata(&real).map_err(|e| refuse(Why::Unreadable(e)))?;
        if !meta.is_file() {
            return Err(refuse(Why::NotAFile(meta.is_dir())));
        }
        let limit = match kind {
            Kind::Template => self.limits.template,
            Kind::Image => self.limits.image,
        };
        let file = std::fs::File::open(&real).map_err(|e| refuse(Why::Unreadable(e)))?;
        // The file may have been swapped since: ask the open handle again.
        match file.metadata() {
            Ok(m) if m.is_file() => {}
            Ok(m) => return Err(refuse(Why::NotAFile(m.is_dir()))),
            Err(e) => return Err(refuse(Why::Unreadable(e))),
        }
        let mut bytes = Vec::new();
        file.take(limit.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(|e| refuse(Why::Unreadable(e)))?;
        if bytes.len() as u64 > limit {
            return Err(refuse(Why::TooBig(limit)));
        }
        Ok(bytes)
    }
}

/// A file a document may not read, and why.
#[derive(Debug)]
pub struct Refusal {
    /// The path as the document gave it (joined to its folder).
    pub path: PathBuf,
    /// What the file was to be.
    pub kind: Kind,
    /// Why it is refused.
    pub why: Why,
    /// The project root it was checked against.
    pub root: PathBuf,
}

/// Why a file is refused.
#[derive(Debug)]
pub enum Why {
    /// It resolves (through `..` or symlinks) to this file outside the root.
    Outside(PathBuf),
    /// It is a directory (`true`) or a device, FIFO or socket (`false`).
    NotAFile(bool),
    /// It is larger than this many bytes.
    TooBig(u64),
    /// It does not exist or cannot be read.
    Unreadable(std::io::Error),
    /// The root folder itself does not exist.
    NoRoot(std::io::Error),
}

impl Refusal {
    /// The refusal as an input error in `file` (the caller places it at the line).
    pub fn diagnostic(&self, file: &Path) -> Error {
        let (noun, path) = (self.kind.noun(), self.path.display().to_string());
        let root = self.root.display().to_string();
        let (message, hint) = match &self.why {
            Why::Outside(real) => (
                tr!("file-outside", noun = &noun, path = &path),
                tr!("file-outside-hint", real = real.display(), root = &root),
            ),
            Why::NotAFile(true) => (
                tr!("file-is-directory", noun = &noun, path = &path),
                tr!("file-is-directory-hint"),
            ),
            Why::NotAFile(false) => (
                tr!("file-not-regular", noun = &noun, path = &path),
                tr!("file-not-regular-hint"),
            ),
            Why::TooBig(limit) => (
                tr!(
                    "file-too-big",
                    noun = &noun,
                    path = &path,
                    limit = megabytes(*limit)
                ),
                tr!("file-too-big-hint", flag = self.kind.flag()),
            ),
            Why::Unreadable(e) => (io_words(e, &self.path, &noun), tr!("file-unreadable-hint")),
            Why::NoRoot(e) => (
                match e.kind() {
                    std::io::ErrorKind::NotFound => tr!("file-no-root", root = &root),
                    _ => tr!("file-root-unusable", root = &root),
                },
                tr!("file-no-root-hint"),
            ),
        };
        Error::new(file, message).hint(hint)
    }
}

/// Why `path` (a `noun`: 模板, 数据文件 …) could not be read, in words, naming the path.
pub(crate) fn io_words(e: &std::io::Error, path: &Path, noun: &str) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => tr!("io-not-found", noun = noun, path = path),
        K::NotADirectory => tr!("io-not-a-directory", noun = noun, path = path),
        K::IsADirectory => tr!("io-is-directory", noun = noun, path = path),
        K::PermissionDenied => tr!("io-denied", noun = noun, path = path),
        K::InvalidFilename => tr!("io-bad-name", noun = noun, path = path),
        _ => tr!("io-other", noun = noun, path = path, detail = e.to_string()),
    }
}

/// `limit` bytes in megabytes as the flags take them: `10 MB`, `0.5 MB`.
fn megabytes(limit: u64) -> String {
    let mb = limit as f64 / MB as f64;
    let text = format!("{mb:.3}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    format!("{text} MB")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_just_over_the_limit_is_refused_and_one_at_it_is_read() {
        let dir = std::env::temp_dir().join(format!("gongwen-files-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let root = Root {
            dir: dir.clone(),
            limits: Limits {
                image: 4,
                template: 4,
            },
        };
        std::fs::write(dir.join("four"), b"1234").expect("write");
        std::fs::write(dir.join("five"), b"12345").expect("write");
        assert_eq!(
            root.read(&dir.join("four"), Kind::Image).ok(),
            Some(b"1234".to_vec())
        );
        let err = root
            .read(&dir.join("five"), Kind::Image)
            .expect_err("too big");
        assert!(matches!(err.why, Why::TooBig(4)), "{err:?}");
        let err = root.read(&dir, Kind::Template).expect_err("a directory");
        assert!(matches!(err.why, Why::NotAFile(true)), "{err:?}");
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(megabytes(10 * MB), "10 MB");
        assert_eq!(megabytes(MB / 2), "0.5 MB");
    }
}
