//! `gongwen import` run on a file of the workspace's `tests/import/`, into a temp dir.

use std::path::PathBuf;

/// `tests/import/<rel>` imported into a temp dir: the dir, the project folder written
/// (its `data.yaml` and `template.md.tera`), and the report.
pub(crate) fn import(rel: &str) -> (tempfile::TempDir, PathBuf, String) {
    import_with(rel, &[])
}

/// [`import`] with more arguments, e.g. `--keep-punctuation`.
pub(crate) fn import_with(rel: &str, args: &[&str]) -> (tempfile::TempDir, PathBuf, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("imported");
    let run = super::gongwen()
        .arg("import")
        .arg(super::workspace_file(&format!("tests/import/{rel}")))
        .arg("-o")
        .arg(&out)
        .args(args)
        .output()
        .expect("run gongwen import");
    assert!(
        run.status.success(),
        "{rel}: import failed\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    (dir, out, String::from_utf8_lossy(&run.stdout).into_owned())
}
