//! 横排表格 (GB/T 9704 §8): a table too wide for the portrait 版心 goes on landscape A4
//! pages of its own, inside the turned 版心, with the page numbers running on and the
//! landscape page's number where portrait pages have it, turned with the sheet; in Word,
//! a landscape section around the table.

mod common;
#[allow(dead_code)]
#[path = "docx/package.rs"]
mod package;

use common::pages::{MM, landscape_words_outside, page_number, page_sizes};
use common::{bbox_words, project, run_in};
use std::path::Path;

/// Body paragraphs enough to fill a page, a narrow table, a table of 14 columns of
/// figures (too wide for 156 mm, not for 225), then more text.
fn template() -> String {
    let paragraph =
        "各地要切实加强组织领导，明确责任分工，细化工作措施，确保各项任务按期完成、落到实处。";
    let text = [paragraph; 8].join("\n\n");
    let row = |cells: Vec<String>| format!("|{}|\n", cells.join("|"));
    let mut wide = row(std::iter::once("地区".to_string())
        .chain((1..=13).map(|m| format!("{m}月")))
        .collect());
    wide += &row(vec!["---".to_string(); 14]);
    for r in 1..=24 {
        let figures = (0..13).map(|c| format!("{}.{}", 100 + r * 7 + c * 13, c % 10));
        wide += &row(std::iter::once(format!("甲市{r}")).chain(figures).collect());
    }
    format!(
        "---\ntitle: 关于全年数据的报告\nsignatures: [某单位]\ndate: 2023-01-05\n---\n{text}\n\n| 市 | 问题（条） | 整改（个） |\n|---|---|---|\n| 甲市 | 12 | 3 |\n\n各月数据见下表。\n\n{wide}\n表后正文继续。\n\n{text}\n"
    )
}

#[test]
fn a_wide_table_is_set_on_landscape_pages() {
    let dir = project(&template());
    common::write_file(dir.path(), "d.yaml", "template: t\n");
    let (code, err) = run_in(&["render", "d.yaml", "-o", "d.pdf"], dir.path());
    assert_eq!(code, Some(0), "{err}");
    let pdf = dir.path().join("d.pdf");
    let (Some(sizes), Some(words)) = (page_sizes(&pdf), bbox_words(&pdf)) else {
        return; // no poppler-utils
    };
    let landscape: Vec<bool> = sizes.iter().map(|(w, h)| w > h).collect();
    for (i, (w, h)) in sizes.iter().enumerate() {
        let (w, h) = if landscape[i] { (*h, *w) } else { (*w, *h) };
        assert!(
            (w / MM - 210.0).abs() < 0.5 && (h / MM - 297.0).abs() < 0.5,
            "page {} is A4: {sizes:?}",
            i + 1
        );
    }
    let turned: Vec<usize> = (0..sizes.len()).filter(|&i| landscape[i]).collect();
    assert!(!turned.is_empty(), "a landscape page: {sizes:?}");
    assert!(!landscape[0] && !landscape[sizes.len() - 1], "{sizes:?}");
    let on = |text: &str| words.iter().find(|w| w.text == text).map(|w| w.page);
    assert!(on("13月").is_some_and(|p| landscape[p]), "the wide table");
    assert!(on("甲市24").is_some_and(|p| landscape[p]), "its last row");
    assert!(
        on("问题（条）").is_some_and(|p| !landscape[p]),
        "the narrow one"
    );
    // The header row repeats on every landscape page.
    let heads = words.iter().filter(|w| w.text == "13月").count();
    assert_eq!(heads, turned.len(), "{turned:?}");
    let outside = landscape_words_outside(&pdf).unwrap_or_default();
    assert!(outside.is_empty(), "inside the landscape 版心: {outside:?}");

    // The page numbers run on without a gap, and a landscape page's sits where the
    // portrait page of its parity has its own, turned: (x, y) → (297 mm − y, x).
    let numbers: Vec<(u32, [f64; 4])> = (0..sizes.len())
        .map(|p| page_number(&words, p, landscape[p]).expect("a page number"))
        .collect();
    let ns: Vec<u32> = numbers.iter().map(|(n, _)| *n).collect();
    assert_eq!(ns, (1..=sizes.len() as u32).collect::<Vec<_>>());
    let page_w = 297.0 * MM;
    for &p in &turned {
        let q = (0..sizes.len())
            .find(|&q| !landscape[q] && q % 2 == p % 2)
            .expect("a portrait page of the same parity");
        let [x0, y0, x1, y1] = numbers[q].1;
        let want = [page_w - y1, x0, page_w - y0, x1];
        for (got, want) in numbers[p].1.iter().zip(want) {
            assert!(
                (got - want).abs() < 0.5 * MM,
                "page {}: {:?} against {want:?}",
                p + 1,
                numbers[p].1
            );
        }
        // FORMATS.md: one 4号 character in from the portrait 版心's right (odd pages) or
        // left (even pages) edge.
        let [_, top, _, bottom] = numbers[p].1;
        if p % 2 == 0 {
            assert!(
                (bottom - (184.0 * MM - 14.0)).abs() < 0.5 * MM,
                "odd, near the foot"
            );
        } else {
            assert!(
                (top - (28.0 * MM + 14.0)).abs() < 0.5 * MM,
                "even, near the head"
            );
        }
    }
}

#[test]
fn a_wide_table_is_a_landscape_section_in_word() {
    let dir = project(&template());
    common::write_file(dir.path(), "d.yaml", "template: t\n");
    let (code, err) = run_in(
        &["render", "d.yaml", "-f", "docx", "-o", "d.docx"],
        dir.path(),
    );
    assert_eq!(code, Some(0), "{err}");
    let docx = package::Docx::open(&dir.path().join("d.docx"));
    let xml = String::from_utf8_lossy(&docx.parts["word/document.xml"]).into_owned();
    let sections: Vec<usize> = xml.match_indices("<w:sectPr>").map(|(i, _)| i).collect();
    assert_eq!(sections.len(), 3, "portrait, landscape, portrait");
    let section = |i: usize| {
        &xml[sections[i]
            ..xml[sections[i]..]
                .find("</w:sectPr>")
                .map_or(xml.len(), |e| sections[i] + e)]
    };
    assert!(
        section(0).contains(r#"<w:pgSz w:w="11906" w:h="16838" />"#),
        "{}",
        section(0)
    );
    let turned = section(1);
    assert!(
        turned.contains(r#"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape" />"#),
        "{turned}"
    );
    // The portrait margins turned with the sheet: 28, 37, 26 and 35 mm.
    assert!(
        turned.contains(r#"w:top="1587" w:right="2098" w:bottom="1474" w:left="1984""#),
        "{turned}"
    );
    assert!(
        section(2).contains(r#"w:w="11906" w:h="16838""#),
        "{}",
        section(2)
    );
    let table = xml.find("13月").expect("the wide table");
    assert!(
        sections[0] < table && table < sections[1],
        "in the landscape section"
    );
    let head = xml[sections[0]..table]
        .rfind("<w:tr>")
        .map(|at| &xml[sections[0] + at..table]);
    assert!(
        head.is_some_and(|r| r.contains("<w:tblHeader />")),
        "{head:?}"
    );
    let narrow = xml.find("问题（条）").expect("the narrow table");
    assert!(narrow < sections[0], "the narrow table stays portrait");
    // Its own footers: the number turned (tbRl) in a cell floating on the page.
    let rels = String::from_utf8_lossy(&docx.parts["word/_rels/document.xml.rels"]).into_owned();
    for id in ["rIdGwLandscapeOdd", "rIdGwLandscapeEven"] {
        assert!(turned.contains(id), "{turned}");
        let target = rels
            .split(id)
            .nth(1)
            .and_then(|r| r.split("Target=\"").nth(1));
        let part = format!(
            "word/{}",
            target.and_then(|t| t.split('"').next()).unwrap_or("")
        );
        let footer = String::from_utf8_lossy(&docx.parts[&part]).into_owned();
        assert!(
            footer.contains(r#"<w:textDirection w:val="tbRl" />"#),
            "{footer}"
        );
        assert!(footer.contains("PAGE"), "{footer}");
    }
    libreoffice_pages(dir.path());
}

/// When LibreOffice is installed: its PDF of the .docx has landscape pages between
/// portrait ones, and each landscape page's number is turned, left of the 版心, within
/// a millimetre of where the PDF has it (its centre 297 − 268.3 mm from the left: the
/// portrait number's em box is 265.8–270.7 mm from the top).
fn libreoffice_pages(dir: &Path) {
    let converted = std::process::Command::new("soffice")
        .args([
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            "lo",
            "d.docx",
        ])
        .env("HOME", dir)
        .current_dir(dir)
        .output();
    let pdf = dir.join("lo/d.pdf");
    if converted.is_err() || !pdf.exists() {
        return;
    }
    let (Some(sizes), Some(words)) = (page_sizes(&pdf), bbox_words(&pdf)) else {
        return;
    };
    let landscape: Vec<bool> = sizes.iter().map(|(w, h)| w > h).collect();
    assert!(!landscape[0] && landscape.contains(&true), "{sizes:?}");
    for p in (0..sizes.len()).filter(|&p| landscape[p]) {
        let (n, [x0, y0, x1, y1]) = page_number(&words, p, true).expect("a page number");
        assert_eq!(n as usize, p + 1, "{sizes:?}");
        let centre = (x0 + x1) / 2.0 / MM;
        assert!(
            (centre - (297.0 - 268.3)).abs() < 1.5,
            "page {n} at {centre} mm"
        );
        let end = if n % 2 == 1 {
            y1 - (184.0 * MM - 14.0)
        } else {
            y0 - (28.0 * MM + 14.0)
        };
        assert!(end.abs() < MM, "page {n}: {y0}–{y1} pt");
    }
}
