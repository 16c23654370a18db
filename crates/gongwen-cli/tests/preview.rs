//! `gongwen watch` and `gongwen serve` as a user runs them: save the data or the template,
//! see the output change; break the data, keep the last good output and see the error.

mod common;

use common::serving::{Running, get, serving_address, state_when};
use common::{workspace_file, write_file};
use std::path::Path;

/// Writes `text` to `path` the way an editor that renames a new file over the old does.
fn save(path: &Path, text: &str) {
    let tmp = path.with_extension("swp");
    std::fs::write(&tmp, text).expect("write");
    std::fs::rename(&tmp, path).expect("rename");
}

fn lookback_with(figure: u32) -> String {
    let text =
        std::fs::read_to_string(workspace_file("fixtures/lookback-filled.yaml")).expect("fixture");
    let (head, tail) = text
        .split_once("党组中心组专题学习次数: ")
        .expect("the fixture has this figure");
    let rest = tail.split_once('\n').map_or("", |(_, r)| r);
    format!("{head}党组中心组专题学习次数: {figure}\n{rest}")
}

#[test]
fn watch_rewrites_on_every_save_and_keeps_the_last_good_output_when_the_data_breaks() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = write_file(dir.path(), "d.yaml", lookback_with(6));
    let out = dir.path().join("out.pdf");
    let mut watch = Running::start(dir.path(), &["watch", "d.yaml", "-o", "out.pdf"]);
    let line = watch.expect("已写出 out.pdf");
    assert!(line.contains("页") && line.contains("毫秒"), "{line}");
    let first = std::fs::read(&out).expect("first output");

    save(&data, &lookback_with(77));
    watch.expect("已写出 out.pdf");
    let second = std::fs::read(&out).expect("second output");
    assert_ne!(first, second, "the edit reached the PDF");
    if let Some(text) = common::pdftotext(&out) {
        assert!(
            common::squeeze(&text).contains("77次"),
            "the new figure is printed"
        );
    }

    // Line 3 of the data breaks: the error names it, the PDF stays as it was.
    let good = lookback_with(77);
    let mut lines: Vec<&str> = good.lines().collect();
    lines.insert(2, "  x: y: z");
    save(&data, &(lines.join("\n") + "\n"));
    let report = watch.until("保留上一次成功的输出");
    assert!(report.contains("d.yaml:3:"), "{report}");
    assert_eq!(std::fs::read(&out).expect("output"), second);
    assert!(common::leftover_temp_files(dir.path()).is_empty());

    save(&data, &lookback_with(78));
    watch.expect("已写出 out.pdf");
    assert_ne!(std::fs::read(&out).expect("output"), second);
}

#[test]
fn watch_sees_a_template_beside_the_data_appear_and_change() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_file(
        dir.path(),
        "d.yaml",
        "template: report\n标题: 关于测试的报告\n",
    );
    // No templates/report.md.tera yet: the data names a template that does not exist.
    let mut watch = Running::start(dir.path(), &["watch", "d.yaml", "-o", "out.md"]);
    let report = watch.until("保留上一次成功的输出");
    assert!(report.contains("没有名为 `report` 的模板"), "{report}");

    let template = "---\ntitle: \"{{ 标题 }}\"\n---\n正文第一版。\n";
    write_file(dir.path(), "templates/report.md.tera", template);
    watch.expect("已写出 out.md");
    let md = std::fs::read_to_string(dir.path().join("out.md")).expect("output");
    assert!(
        md.contains("正文第一版") && md.contains("关于测试的报告"),
        "{md}"
    );

    save(
        &dir.path().join("templates/report.md.tera"),
        &template.replace("第一版", "第二版"),
    );
    watch.expect("已写出 out.md");
    let md = std::fs::read_to_string(dir.path().join("out.md")).expect("output");
    assert!(md.contains("正文第二版"), "{md}");
}

#[test]
fn watch_shows_one_row_of_a_table_and_follows_its_cells() {
    let dir = tempfile::tempdir().expect("temp dir");
    let table = std::fs::read_to_string(workspace_file("fixtures/counties.csv")).expect("fixture");
    let csv = write_file(dir.path(), "counties.csv", &table);
    let second_row = table.lines().nth(2).expect("two rows");
    let name = second_row
        .split(',')
        .next()
        .expect("first cell")
        .to_string();
    let base = workspace_file("fixtures/lookback-base.yaml");
    let base = base.to_str().expect("UTF-8 path");
    let mut watch = Running::start(
        dir.path(),
        &[
            "watch",
            "counties.csv",
            "--base",
            base,
            "--row",
            &name,
            "-f",
            "md",
        ],
    );
    let out = dir.path().join(format!("counties-{name}.md"));
    watch.expect("已写出");
    let md = std::fs::read_to_string(&out).expect("the row's output");
    assert!(md.contains(&name), "the row's own name is printed");

    let renamed = format!("{name}新区");
    save(
        &csv,
        &table.replacen(second_row, &second_row.replacen(&name, &renamed, 1), 1),
    );
    // The row is now called differently: it is no longer found, and that is said.
    let report = watch.until("保留上一次成功的输出");
    assert!(report.contains(&format!("找不到行「{name}」")), "{report}");
    save(&csv, &table);
    watch.expect("已写出");
}

#[test]
fn serve_shows_pages_problems_with_their_places_and_errors_with_their_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = write_file(
        dir.path(),
        "d.yaml",
        lookback_with(6).replace("  党组中心组专题学习次数: 6\n", ""),
    );
    let mut serve = Running::start(dir.path(), &["serve", "d.yaml", "--port", "0"]);
    let address = serving_address(&mut serve);

    let (code, page) = get(&address, "/");
    assert_eq!(code, 200);
    assert!(page.contains("/page.js"), "the page loads its script");
    let (code, script) = get(&address, "/page.js");
    assert_eq!(code, 200);
    assert!(
        script.contains("EventSource"),
        "the page listens for renders"
    );
    assert_eq!(get(&address, "/nothing-here").0, 404);

    let first = state_when(&address, |s| s["version"].as_u64() >= Some(1));
    assert!(first["error"].is_null(), "{}", first["error"]);
    let pages = first["pages"].as_array().expect("pages").clone();
    assert!(pages.len() >= 5, "the whole report: {} pages", pages.len());
    let hash = pages[0]["hash"].as_str().expect("hash");
    let (code, svg) = get(&address, &format!("/page/{hash}.svg"));
    assert_eq!(code, 200);
    assert!(svg.contains("<svg"), "a page is an SVG image");

    // The missing figure is listed and placed on a page.
    let problems = first["problems"].as_array().expect("problems");
    let missing = problems
        .iter()
        .find(|p| p["metric"] == "党组中心组专题学习次数")
        .expect("the missing figure is a problem");
    assert_eq!(missing["code"], "missing");
    let at = &missing["at"][0];
    assert!(at["page"].as_u64().is_some_and(|p| p >= 1), "{missing}");
    assert!(
        at["y"].as_f64().is_some_and(|y| y > 0.0 && y < 842.0),
        "{missing}"
    );

    // Fill it in: a new version, one problem fewer, the page it is on changes.
    save(&data, &lookback_with(12));
    let second = state_when(&address, |s| {
        s["version"].as_u64() > first["version"].as_u64()
    });
    assert!(second["error"].is_null());
    assert_eq!(
        second["problems"].as_array().map(Vec::len),
        Some(problems.len() - 1)
    );
    assert_ne!(second["pages"], first["pages"]);

    // Break line 3: the error names it; the pages are still those of the last good render.
    let good = lookback_with(12);
    let mut lines: Vec<&str> = good.lines().collect();
    lines.insert(2, "  x: y: z");
    save(&data, &(lines.join("\n") + "\n"));
    let broken = state_when(&address, |s| !s["error"].is_null());
    assert_eq!(broken["error"]["line"], 3, "{}", broken["error"]);
    assert!(
        broken["error"]["file"]
            .as_str()
            .is_some_and(|f| f.ends_with("d.yaml"))
    );
    assert_eq!(broken["pages"], second["pages"]);

    save(&data, &good);
    let fixed = state_when(&address, |s| {
        s["error"].is_null() && s["version"].as_u64() > broken["version"].as_u64()
    });
    assert_eq!(fixed["pages"], second["pages"], "same data, same pages");
}
