//! Writing outputs atomically: a temporary file beside the target, renamed into place.

use gongwen_i18n::tr;
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

/// The one of `inputs` that writing `output` would replace (the same file, through any
/// symlink), if any: an output must never overwrite the data or the template it is
/// made from.
pub fn overwrites_input<'a>(output: &Path, inputs: &'a [PathBuf]) -> Option<&'a Path> {
    let output = std::fs::canonicalize(output).ok()?;
    inputs
        .iter()
        .find(|input| std::fs::canonicalize(input).is_ok_and(|i| i == output))
        .map(PathBuf::as_path)
}

/// Writes `bytes` to `path` so that readers see the old file or the whole new one, never part.
///
/// A symlink is followed (the link stays a link); a path that exists but is not
/// a regular file (`/dev/stdout`, a pipe) is written directly. A new file gets
/// the usual mode (0644); a replaced one keeps its own.
///
/// An error says why in words, naming the part of the path at fault (never the operating
/// system's bare "Not a directory"); the caller names the path written.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let target = resolve(path);
    write_to(&target, bytes, true).map_err(|e| explained(&target, &e))
}

/// [`write_atomic`] for an output rewritten on every save (`watch`): readers still see
/// the old file or the whole new one, but the rename does not wait for the disk (a
/// system crash may lose the last version, which the next save writes again).
pub fn write_atomic_unsynced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let target = resolve(path);
    write_to(&target, bytes, false).map_err(|e| explained(&target, &e))
}

fn write_to(target: &Path, bytes: &[u8], sync: bool) -> std::io::Result<()> {
    let target = target.to_path_buf();
    if let Ok(meta) = std::fs::metadata(&target)
        && !meta.is_file()
        && !meta.is_dir()
    {
        return std::fs::write(&target, bytes);
    }
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".gongwen-")
        .suffix(".tmp")
        .tempfile_in(&dir)?;
    tmp.write_all(bytes)?;
    if sync {
        tmp.as_file().sync_all()?;
    }
    let permissions = match std::fs::metadata(&target) {
        Ok(meta) => meta.permissions(),
        Err(_) => default_permissions(tmp.as_file())?,
    };
    tmp.as_file().set_permissions(permissions)?;
    tmp.persist(&target).map_err(|e| e.error)?;
    Ok(())
}

/// `e`, met writing `target`, as an error whose text says why in words.
fn explained(target: &Path, e: &std::io::Error) -> std::io::Error {
    std::io::Error::new(e.kind(), reason(target, e))
}

/// Why writing `target` failed, in words.
pub(crate) fn reason(target: &Path, e: &std::io::Error) -> String {
    // A file where a folder of the path should be (the system says "Not a directory",
    // or "File exists" when asked to make that folder).
    let mut parts: Vec<&Path> = target.ancestors().skip(1).collect();
    parts.reverse();
    let file = parts
        .into_iter()
        .find(|p| !p.as_os_str().is_empty() && p.exists() && !p.is_dir());
    if let Some(file) = file {
        return tr!("io-not-a-folder", part = file);
    }
    match e.kind() {
        ErrorKind::NotFound => tr!("io-not-found"),
        ErrorKind::PermissionDenied => tr!("io-permission"),
        ErrorKind::NotADirectory => tr!("io-not-a-folder", part = target),
        ErrorKind::IsADirectory => tr!("io-is-a-folder"),
        ErrorKind::ReadOnlyFilesystem => tr!("io-read-only"),
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => tr!("io-full"),
        ErrorKind::AlreadyExists => tr!("io-exists"),
        ErrorKind::InvalidFilename => tr!("io-bad-name"),
        _ => tr!("io-other", detail = e.to_string()),
    }
}

/// The file a path finally names, following symlinks that exist.
fn resolve(path: &Path) -> PathBuf {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            std::fs::canonicalize(path).unwrap_or_else(|_| {
                std::fs::read_link(path)
                    .map(|link| path.parent().unwrap_or(Path::new(".")).join(link))
                    .unwrap_or_else(|_| path.to_path_buf())
            })
        }
        _ => path.to_path_buf(),
    }
}

#[cfg(unix)]
fn default_permissions(_file: &std::fs::File) -> std::io::Result<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Ok(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions(file: &std::fs::File) -> std::io::Result<std::fs::Permissions> {
    Ok(file.metadata()?.permissions())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_write_under_a_file_names_the_file_in_words() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("报告.pdf");
        std::fs::write(&file, b"x").expect("write");
        let e = super::write_atomic(&file.join("out.pdf"), b"y").expect_err("a file is no folder");
        assert_eq!(e.to_string(), format!("{} 不是文件夹", file.display()));
    }

    #[test]
    fn an_unsynced_write_replaces_the_whole_file_and_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("预览.pdf");
        std::fs::write(&file, b"old").expect("write");
        let mode = std::fs::Permissions::from_mode(0o600);
        std::fs::set_permissions(&file, mode).expect("chmod");
        super::write_atomic_unsynced(&file, b"new contents").expect("replaced");
        assert_eq!(std::fs::read(&file).expect("read"), b"new contents");
        let meta = std::fs::metadata(&file).expect("metadata");
        assert_eq!(meta.permissions().mode() & 0o777, 0o600);
        let left: Vec<_> = std::fs::read_dir(dir.path()).expect("list").collect();
        assert_eq!(left.len(), 1, "no temporary file is left behind");
    }
}
