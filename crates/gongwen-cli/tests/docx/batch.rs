//! Batch: `gongwen batch --format docx` writes one .docx per row, each with its row's figures.

use crate::common::{self, leftover_temp_files, squeeze, workspace_file, write_file};
use crate::fixtures::arg;
use crate::package::Docx;

#[test]
fn batch_writes_one_docx_per_row_with_that_rows_figures() {
    let dir = tempfile::tempdir().expect("temp dir");
    let table = std::fs::read_to_string(workspace_file("fixtures/counties.csv")).expect("fixture");
    let mut lines = table.lines();
    let head: Vec<&str> = lines.next().expect("heading row").split(',').collect();
    let rows: Vec<Vec<&str>> = lines.take(3).map(|l| l.split(',').collect()).collect();
    let csv = write_file(
        dir.path(),
        "counties.csv",
        table.lines().take(4).collect::<Vec<_>>().join("\n") + "\n",
    );
    let total = head
        .iter()
        .position(|h| *h == "查摆作风问题条数")
        .expect("column");
    let out = dir.path().join("out");
    let run = common::gongwen()
        .arg("batch")
        .arg(&csv)
        .args([
            "--base",
            arg(&workspace_file("fixtures/lookback-base.yaml")),
            "--format",
            "docx",
            "-o",
            arg(&out),
        ])
        .output()
        .expect("run gongwen");
    assert!(
        run.status.success(),
        "gongwen batch --format docx failed:\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    for r in &rows {
        let path = out.join(format!("{}.docx", r[0]));
        assert!(path.exists(), "no {}", path.display());
        let d = Docx::open(&path);
        let text = squeeze(&d.text());
        assert!(
            text.contains(&format!("查摆各类作风问题{}条", r[total])),
            "{}: the row's figure {} is not in the text",
            path.display(),
            r[total]
        );
    }
    let written: Vec<String> = std::fs::read_dir(&out)
        .expect("out dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".docx"))
        .collect();
    assert_eq!(written.len(), rows.len(), "one .docx per row: {written:?}");
    assert!(leftover_temp_files(&out).is_empty());
}
