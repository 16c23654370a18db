//! Zip containers (.docx, .xlsx, .ods) opened within limits, so that a zip bomb is refused
//! before it is expanded: the archive's size, its entry count and the unpacked size of each
//! entry and of all of them are checked in the central directory first, then counted again
//! while an entry is read (declared sizes can lie), never past the limit.

mod error;

gongwen_i18n::catalog!();

pub use error::{BYTES_FLAG, ENTRIES_FLAG, Error, Limit};

use std::io::{Cursor, Read};

/// One mebibyte, the unit of `--max-unpacked-mb`.
pub const MB: u64 = 1024 * 1024;

/// How far a zip container may expand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The most bytes the archive may unpack to, per entry and in total (and the most
    /// the archive itself may hold).
    pub max_bytes: u64,
    /// The most entries the archive may hold.
    pub max_entries: usize,
}

impl Limits {
    /// The default: 100 MB unpacked, 10,000 entries.
    pub const DEFAULT: Limits = Limits {
        max_bytes: 100 * MB,
        max_entries: 10_000,
    };
}

impl Default for Limits {
    fn default() -> Self {
        Limits::DEFAULT
    }
}

/// An archive whose central directory was found within the limits.
pub struct Archive<'a> {
    zip: zip::ZipArchive<Cursor<&'a [u8]>>,
    limits: Limits,
    /// Bytes unpacked so far, by every read.
    unpacked: u64,
}

/// Opens the zip archive in `bytes`, refusing it when it is larger than the limit, holds
/// too many entries or declares an entry, or all of them, larger than the limit.
pub fn open(bytes: &[u8], limits: Limits) -> Result<Archive<'_>, Error> {
    let size = bytes.len() as u64;
    if size > limits.max_bytes {
        return Err(Error::Limit(Limit::Archive { size, limits }));
    }
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(Error::NotZip)?;
    if zip.len() > limits.max_entries {
        return Err(Error::Limit(Limit::Entries {
            count: zip.len(),
            limits,
        }));
    }
    let mut total = 0u64;
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(Error::NotZip)?;
        let size = entry.size();
        let name = entry.name().map_err(Error::NotZip)?.into_owned();
        if size > limits.max_bytes {
            return Err(Error::Limit(Limit::Entry { name, limits }));
        }
        total = total.saturating_add(size);
        if total > limits.max_bytes {
            return Err(Error::Limit(Limit::Total { limits }));
        }
    }
    Ok(Archive {
        zip,
        limits,
        unpacked: 0,
    })
}

impl Archive<'_> {
    /// The unpacked bytes of the entry `name`, read no further than the limits allow.
    pub fn read(&mut self, name: &str) -> Result<Vec<u8>, Error> {
        let index = self
            .zip
            .index_for_name(name)
            .ok_or_else(|| Error::Missing(name.to_string()))?;
        let mut out = Vec::new();
        self.unpack(index, &mut out)?;
        Ok(out)
    }

    /// Unpacks every entry into nothing, counting: the proof that the archive expands
    /// to no more than its limits, whatever its central directory says.
    pub fn check_all(&mut self) -> Result<(), Error> {
        for index in 0..self.zip.len() {
            self.unpack(index, &mut std::io::sink())?;
        }
        Ok(())
    }

    fn unpack(&mut self, index: usize, out: &mut impl std::io::Write) -> Result<(), Error> {
        let limits = self.limits;
        let left = limits.max_bytes - self.unpacked.min(limits.max_bytes);
        let mut entry = self.zip.by_index(index).map_err(Error::NotZip)?;
        let name = entry.name().map_err(Error::NotZip)?.into_owned();
        let declared = entry.size();
        let bound = left.min(limits.max_bytes);
        let read =
            std::io::copy(&mut (&mut entry).take(bound + 1), out).map_err(|e| Error::Read {
                name: name.clone(),
                error: e,
            })?;
        if read > limits.max_bytes {
            return Err(Error::Limit(Limit::Entry { name, limits }));
        }
        if read > left {
            return Err(Error::Limit(Limit::Total { limits }));
        }
        if read != declared {
            return Err(Error::Lies {
                name,
                declared,
                read,
            });
        }
        self.unpacked += read;
        Ok(())
    }
}

#[cfg(test)]
mod tests;
