//! Why a zip container was refused: a limit it passes, or damage.

use crate::{Limits, MB};
use gongwen_i18n::tr;
use std::fmt;

/// The flag that sets the unpacked-size limit.
pub const BYTES_FLAG: &str = "--max-unpacked-mb";
/// The flag that sets the entry-count limit.
pub const ENTRIES_FLAG: &str = "--max-zip-entries";

/// A limit that a zip container goes past.
#[derive(Debug)]
pub enum Limit {
    /// The archive itself is larger than it may unpack to.
    Archive {
        /// Its size in bytes.
        size: u64,
        /// The limits in force.
        limits: Limits,
    },
    /// More entries than the limit.
    Entries {
        /// How many it holds.
        count: usize,
        /// The limits in force.
        limits: Limits,
    },
    /// One entry unpacks (or declares it unpacks) past the limit.
    Entry {
        /// The entry's name inside the archive.
        name: String,
        /// The limits in force.
        limits: Limits,
    },
    /// All entries together unpack past the limit.
    Total {
        /// The limits in force.
        limits: Limits,
    },
}

/// Why a zip container could not be read.
#[derive(Debug)]
pub enum Error {
    /// A limit was reached; nothing past it was unpacked.
    Limit(Limit),
    /// Not a zip archive, or a damaged one.
    NotZip(zip::result::ZipError),
    /// An entry the reader needs is missing.
    Missing(String),
    /// An entry unpacks to another size than the central directory declares.
    Lies {
        /// The entry's name.
        name: String,
        /// The size the central directory declares.
        declared: u64,
        /// The bytes it unpacked to (counting stopped past the limit).
        read: u64,
    },
    /// An entry could not be unpacked.
    Read {
        /// The entry's name.
        name: String,
        /// Why.
        error: std::io::Error,
    },
}

impl Error {
    /// The flag that raises the limit reached, when a limit was reached.
    pub fn flag(&self) -> Option<&'static str> {
        match self {
            Error::Limit(Limit::Entries { .. }) => Some(ENTRIES_FLAG),
            Error::Limit(_) => Some(BYTES_FLAG),
            _ => None,
        }
    }

    /// What to do: for a limit, the flag that raises it.
    pub fn hint(&self) -> Option<String> {
        let flag = self.flag()?;
        Some(tr!("unzip-hint-limit", flag = flag))
    }
}

fn mb(limits: &Limits) -> u64 {
    limits.max_bytes.div_ceil(MB)
}

impl fmt::Display for Limit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Limit::Archive { size, limits } => tr!(
                "unzip-archive-too-big",
                size = size.div_ceil(MB),
                limit = mb(limits),
                flag = BYTES_FLAG
            ),
            Limit::Entries { count, limits } => tr!(
                "unzip-too-many-entries",
                count = count,
                limit = limits.max_entries,
                flag = ENTRIES_FLAG
            ),
            Limit::Entry { name, limits } => tr!(
                "unzip-entry-too-big",
                name = name,
                limit = mb(limits),
                flag = BYTES_FLAG
            ),
            Limit::Total { limits } => {
                tr!("unzip-total-too-big", limit = mb(limits), flag = BYTES_FLAG)
            }
        };
        f.write_str(&text)
    }
}

/// Why the zip crate could not read the archive, in words (not its own text).
fn reason(e: &zip::result::ZipError) -> String {
    use zip::result::ZipError;
    match e {
        ZipError::InvalidArchive(_) | ZipError::FileNotFound => tr!("unzip-reason-damaged"),
        ZipError::UnsupportedArchive(_)
        | ZipError::InvalidPassword
        | ZipError::CompressionMethodNotSupported(_) => tr!("unzip-reason-unsupported"),
        ZipError::Io(_) => tr!("unzip-reason-io"),
        _ => tr!("unzip-reason-other"),
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Error::Limit(limit) => return limit.fmt(f),
            Error::NotZip(e) => tr!("unzip-not-zip", reason = reason(e)),
            Error::Missing(name) => tr!("unzip-missing", name = name),
            Error::Lies {
                name,
                declared,
                read,
            } if read > declared => tr!(
                "unzip-lies-more",
                name = name,
                declared = declared,
                read = read
            ),
            Error::Lies {
                name,
                declared,
                read,
            } => tr!("unzip-lies", name = name, declared = declared, read = read),
            Error::Read { name, .. } => tr!("unzip-read", name = name),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for Error {}
