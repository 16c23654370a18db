//! `gongwen import` run on a file of the workspace's `tests/import/`, into a temp dir, in
//! 简体中文 whatever the locale of the machine running the tests (`--lang en` in the
//! arguments asks for English).

use assert_cmd::Command;
use std::path::PathBuf;

/// `gongwen` speaking 简体中文: the locale says so, whatever the test machine's is.
pub(crate) fn gongwen_zh() -> Command {
    let mut command = super::gongwen();
    command
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "zh_CN.UTF-8");
    command
}

/// `tests/import/<rel>` imported into a temp dir: the dir, the project folder written
/// (its `data.yaml` and `template.md.tera`), and the report.
pub(crate) fn import(rel: &str) -> (tempfile::TempDir, PathBuf, String) {
    import_with(rel, &[])
}

/// [`import`] with more arguments, e.g. `--keep-punctuation`.
pub(crate) fn import_with(rel: &str, args: &[&str]) -> (tempfile::TempDir, PathBuf, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("imported");
    let run = gongwen_zh()
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
