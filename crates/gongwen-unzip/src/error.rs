//! Why a zip container was refused: a limit it passes, or damage.

use crate::{Limits, MB};
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
        Some(format!(
            "文件确实这么大时，用 {flag} 提高上限（raise the limit）；来历不明的文件可能是 zip 炸弹（zip bomb）"
        ))
    }
}

fn mb(limits: &Limits) -> String {
    format!("{} MB", limits.max_bytes.div_ceil(MB))
}

impl fmt::Display for Limit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Limit::Archive { size, limits } => write!(
                f,
                "压缩文件本身有 {} MB，超过解压上限 {}（{BYTES_FLAG}）",
                size.div_ceil(MB),
                mb(limits)
            ),
            Limit::Entries { count, limits } => write!(
                f,
                "压缩包内有 {count} 个条目，超过上限 {}（{ENTRIES_FLAG}）",
                limits.max_entries
            ),
            Limit::Entry { name, limits } => write!(
                f,
                "压缩包内的 `{name}` 解压后超过上限 {}（{BYTES_FLAG}）",
                mb(limits)
            ),
            Limit::Total { limits } => {
                write!(f, "压缩包解压后总计超过上限 {}（{BYTES_FLAG}）", mb(limits))
            }
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Limit(limit) => limit.fmt(f),
            Error::NotZip(e) => write!(f, "不是可读的 zip 文件（not a readable zip archive）：{e}"),
            Error::Missing(name) => write!(f, "压缩包内缺少 `{name}`"),
            Error::Lies {
                name,
                declared,
                read,
            } => write!(
                f,
                "压缩包内的 `{name}` 声明解压后 {declared} 字节，实际{}{read} 字节；文件已损坏或被篡改",
                if read > declared { "至少 " } else { " " }
            ),
            Error::Read { name, error } => write!(f, "压缩包内的 `{name}` 无法解压：{error}"),
        }
    }
}

impl std::error::Error for Error {}
