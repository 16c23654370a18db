//! OFD output read back: every fixture's pages carry the txt's text (spaces too), every character is
//! drawn by the embedded font (through its cmap, or by the glyphs a CGTransform names),
//! ids are unique; DocInfo names the title and the 发文机关; the seal is embedded as
//! given; a batch writes OFD. Positions against the PDF: tests/ofd/ (easyofd).

mod common;

use common::ofd::{Element, page_text, parse, runs, unpack};
use common::{gongwen, project, run_in, test_data, workspace_file, write_file};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// An OFD package: its files, its entry and document, its pages and its fonts by id.
struct Package {
    files: BTreeMap<String, Vec<u8>>,
    entry: Element,
    document: Element,
    pages: Vec<Element>,
    fonts: BTreeMap<String, Vec<u8>>,
    media: BTreeMap<String, Vec<u8>>,
}

fn read(path: &Path) -> Package {
    let files = unpack(path);
    let entry = parse(&files["OFD.xml"]);
    let body = entry.child("DocBody").expect("DocBody");
    let root = &body.child("DocRoot").expect("DocRoot").text;
    let dir = root
        .rsplit_once('/')
        .map_or(String::new(), |(d, _)| format!("{d}/"));
    let document = parse(&files[root]);
    let common = document.child("CommonData").expect("CommonData");
    let pages = document.child("Pages").expect("Pages").children.iter();
    let pages = pages.map(|p| parse(&files[&format!("{dir}{}", p.attr("BaseLoc"))]));
    let resources = |name: &str, kind: &str, file: &str| -> BTreeMap<String, Vec<u8>> {
        let path = format!("{dir}{}", common.child(name).expect("resources").text);
        let res = parse(&files[&path]);
        let base = format!("{dir}{}/", res.attr("BaseLoc"));
        let mut items = Vec::new();
        res.all(kind, &mut items);
        let data = |e: &Element| files[&format!("{base}{}", e.child(file).unwrap().text)].clone();
        items
            .iter()
            .map(|e| (e.attr("ID").to_string(), data(e)))
            .collect()
    };
    Package {
        fonts: resources("PublicRes", "Font", "FontFile"),
        media: resources("DocumentRes", "MultiMedia", "MediaFile"),
        pages: pages.collect(),
        entry,
        document,
        files,
    }
}

/// Renders `data` as `format` into `dir`.
fn render(data: &Path, dir: &Path, format: &str) -> std::path::PathBuf {
    let out = dir.join(format!("out.{format}"));
    let run = gongwen()
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .args(["render", "--format", format, "-o"])
        .arg(&out)
        .arg(data)
        .output()
        .expect("run gongwen");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{}: {stderr}", data.display());
    out
}

fn fixtures() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(workspace_file("fixtures"))
        .expect("fixtures")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".yaml").map(String::from))
        .filter(|n| !n.ends_with("-base"))
        .collect();
    names.sort();
    names
}

#[test]
fn every_fixture_reads_back_with_its_text_and_its_fonts() {
    let names = fixtures();
    assert!(names.len() >= 10, "{names:?}");
    for name in names {
        let dir = tempfile::tempdir().expect("temp dir");
        let data = workspace_file(&format!("fixtures/{name}.yaml"));
        let package = read(&render(&data, dir.path(), "ofd"));
        let txt = std::fs::read_to_string(render(&data, dir.path(), "txt")).expect("txt");
        let txt_pages: Vec<&str> = txt.split('\u{c}').collect();
        assert_eq!(package.pages.len(), txt_pages.len(), "{name}: pages");
        for (i, (page, expected)) in package.pages.iter().zip(&txt_pages).enumerate() {
            let runs = runs(page);
            // The same text, spaces and all, line by line.
            assert_eq!(page_text(&runs), **expected, "{name}, page {}", i + 1);
            for run in &runs {
                let font = ttf_parser::Face::parse(&package.fonts[&run.font], 0)
                    .unwrap_or_else(|e| panic!("{name}: font {} unreadable: {e}", run.font));
                match &run.glyphs {
                    None => {
                        for c in run.text.chars() {
                            let glyph = font.glyph_index(c).map_or(0, |g| g.0);
                            assert_ne!(glyph, 0, "{name}: {c} not in font {}'s cmap", run.font);
                        }
                    }
                    Some(glyphs) => {
                        assert!(!glyphs.is_empty(), "{name}: {}", run.text);
                        let count = font.number_of_glyphs();
                        assert!(glyphs.iter().all(|g| *g != 0 && *g < count), "{glyphs:?}");
                    }
                }
            }
        }
        ids_are_unique(&name, &package);
    }
}

/// Every ID in the package once, none above MaxUnitID.
fn ids_are_unique(name: &str, package: &Package) {
    let mut seen = BTreeSet::new();
    for (path, data) in package.files.iter().filter(|(p, _)| p.ends_with(".xml")) {
        let mut stack = vec![parse(data)];
        while let Some(e) = stack.pop() {
            if let Some(id) = e.attrs.get("ID") {
                let id: u32 = id.parse().expect("a numeric ID");
                assert!(seen.insert(id), "{name}: ID {id} twice (in {path})");
            }
            stack.extend(e.children);
        }
    }
    let common = package.document.child("CommonData").unwrap();
    let max: u32 = common.child("MaxUnitID").unwrap().text.parse().unwrap();
    assert_eq!(seen.last().copied(), Some(max), "{name}: MaxUnitID");
}

#[test]
fn doc_info_names_the_title_the_agencies_and_the_day() {
    let dir = tempfile::tempdir().expect("temp dir");
    let package = read(&render(
        &workspace_file("fixtures/notice.yaml"),
        dir.path(),
        "ofd",
    ));
    let info = package
        .entry
        .child("DocBody")
        .unwrap()
        .child("DocInfo")
        .unwrap();
    let field = |name: &str| info.child(name).map_or(String::new(), |e| e.text.clone());
    assert_eq!(
        field("Title"),
        "关于做好2023年元旦春节期间困难职工帮扶工作的通知"
    );
    assert_eq!(field("Author"), "山东省总工会、山东省人力资源和社会保障厅");
    // SOURCE_DATE_EPOCH 1700000000 is 2023-11-14 22:13 UTC, 06:13 on the 15th in China.
    assert_eq!(field("CreationDate"), "2023-11-15");
    assert_eq!(field("DocID").len(), 32);
    let area = package
        .document
        .child("CommonData")
        .unwrap()
        .child("PageArea")
        .unwrap();
    assert_eq!(area.child("PhysicalBox").unwrap().text, "0 0 210 297");
    // The red 版头 and its rule in the 版头's red.
    let first = &package.pages[0];
    let red = runs(first).into_iter().filter(|r| r.colour == "230 0 18");
    let red: String = red.map(|r| r.text).collect();
    assert!(
        red.contains("山东省总工会") && red.contains("文件"),
        "{red}"
    );
    let mut paths = Vec::new();
    first.all("PathObject", &mut paths);
    let rule = paths.iter().find(|p| {
        let stroke = p.child("StrokeColor").map(|c| c.attr("Value"));
        stroke == Some("230 0 18")
    });
    assert!(rule.is_some(), "a red rule on page 1");
}

#[test]
fn the_seal_is_embedded_as_given_and_placed_on_the_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    let package = read(&render(
        &workspace_file("fixtures/order.yaml"),
        dir.path(),
        "ofd",
    ));
    let seal = std::fs::read(workspace_file("fixtures/签名章.png")).expect("the seal");
    assert_eq!(package.media.len(), 1);
    let (id, data) = package.media.iter().next().unwrap();
    assert!(*data == seal, "the PNG as given");
    let mut images = Vec::new();
    package.pages[0].all("ImageObject", &mut images);
    assert_eq!(images.len(), 1);
    assert_eq!(images[0].attr("ResourceID"), id);
    let boundary = common::ofd::numbers(images[0].attr("Boundary"));
    assert!(boundary[2] > 10.0 && boundary[3] > 10.0, "{boundary:?}");
}

#[test]
fn an_svg_seal_is_drawn_to_png_at_print_resolution() {
    let ring = r#"<svg xmlns="http://www.w3.org/2000/svg" width="420" height="420"><circle cx="210" cy="210" r="195" fill="none" stroke="red" stroke-width="14"/></svg>"#;
    let dir = project("---\ntitle: 题\nsignatures: [某局]\ndate: 2022-02-18\n---\n正文。\n");
    write_file(dir.path(), "seal.svg", ring);
    write_file(
        dir.path(),
        "d.yaml",
        "template: t\ndocument:\n  seal: seal.svg\n",
    );
    let (code, err) = run_in(&["render", "d.yaml", "-o", "d.ofd"], dir.path());
    assert_eq!(code, Some(0), "{err}");
    let package = read(&dir.path().join("d.ofd"));
    assert_eq!(package.media.len(), 1);
    let png = package.media.values().next().unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "drawn to PNG");
    // The IHDR's width: a seal over 30 mm wide at 600 dpi is over 700 pixels.
    let width = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
    let mut images = Vec::new();
    package
        .pages
        .last()
        .unwrap()
        .all("ImageObject", &mut images);
    let mm = common::ofd::numbers(images[0].attr("Boundary"))[2];
    assert!(
        f64::from(width) > mm / 25.4 * 590.0,
        "{width} px for {mm} mm"
    );
}

/// The width and height in a PNG's header.
fn png_size(png: &[u8]) -> (u32, u32) {
    let word = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
    (word(16), word(20))
}

#[test]
fn a_png_seal_turned_by_its_exif_is_embedded_turned_as_printed() {
    // 400 × 200 pixels, EXIF orientation 6: printed 200 wide and 400 high.
    let seal = std::fs::read(test_data("seal-exif-turned.png")).expect("test seal");
    assert_eq!(png_size(&seal), (400, 200));
    let dir = project(
        "---\ntitle: 题\nsignatures: [某局]\ndate: 2022-02-18\nseal: seal.png\n---\n正文。\n",
    );
    write_file(dir.path(), "seal.png", &seal);
    write_file(dir.path(), "d.yaml", "template: t\n");
    let (code, err) = run_in(&["render", "d.yaml", "-o", "d.ofd"], dir.path());
    assert_eq!(code, Some(0), "{err}");
    let package = read(&dir.path().join("d.ofd"));
    let (w, h) = png_size(package.media.values().next().expect("the seal"));
    assert!(h > w, "drawn upright: {w} × {h}");
}

#[test]
fn right_to_left_text_is_stored_in_reading_order() {
    let body = "维吾尔文名称ئۈرۈمچى（乌鲁木齐），希伯来文שלום。";
    let dir = project(&format!(
        "---\ntitle: 关于译名的通知\nsignatures: [某局]\ndate: 2022-02-18\n---\n{body}\n"
    ));
    write_file(dir.path(), "d.yaml", "template: t\n");
    let (code, err) = run_in(&["render", "d.yaml", "-o", "d.ofd"], dir.path());
    assert_eq!(code, Some(0), "{err}");
    let package = read(&dir.path().join("d.ofd"));
    // What a reader copies: the TextCodes in the order they come.
    let text: String = runs(&package.pages[0])
        .into_iter()
        .map(|r| r.text)
        .collect();
    assert!(text.contains(body), "{text}");
}

#[test]
fn a_source_date_epoch_that_is_not_a_number_is_refused() {
    let dir = project("---\ntitle: 题\nsignatures: [某局]\ndate: 2022-02-18\n---\n正文。\n");
    write_file(dir.path(), "d.yaml", "template: t\n");
    let run = gongwen()
        .env("SOURCE_DATE_EPOCH", "1.7e9")
        .args(["render", "d.yaml", "-o", "d.ofd"])
        .current_dir(dir.path())
        .output()
        .expect("run gongwen");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("SOURCE_DATE_EPOCH 的值「1.7e9」不是"),
        "{stderr}"
    );
    assert!(!dir.path().join("d.ofd").exists());
}

#[test]
fn an_output_named_for_another_format_is_refused() {
    let dir = project("---\ntitle: 题\nsignatures: [某局]\ndate: 2022-02-18\n---\n正文。\n");
    write_file(dir.path(), "d.yaml", "template: t\n");
    for command in ["render", "watch"] {
        let (code, err) = run_in(
            &[command, "d.yaml", "--format", "ofd", "-o", "d.pdf"],
            dir.path(),
        );
        assert_eq!(code, Some(1), "{command}: {err}");
        assert!(
            err.contains("扩展名 .pdf 表示 pdf 格式，而 --format 要的是 ofd"),
            "{err}"
        );
        assert!(err.contains("改为 `-o d.ofd`"), "{err}");
        assert!(!dir.path().join("d.pdf").exists());
    }
    // An extension no format has is the user's choice.
    let (code, err) = run_in(
        &["render", "d.yaml", "-f", "txt", "-o", "d.log"],
        dir.path(),
    );
    assert_eq!(code, Some(0), "{err}");
}

#[test]
fn a_batch_writes_one_ofd_per_row() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out");
    let run = gongwen()
        .arg("batch")
        .arg(workspace_file("fixtures/counties"))
        .arg("--base")
        .arg(workspace_file("fixtures/lookback-base.yaml"))
        .args(["--format", "ofd", "-o"])
        .arg(&out)
        .output()
        .expect("run gongwen");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let written: Vec<_> = std::fs::read_dir(&out)
        .expect("the output folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ofd"))
        .collect();
    assert_eq!(written.len(), 3, "{written:?}");
    for path in written {
        let package = read(&path);
        assert!(package.pages.len() > 5, "{}", path.display());
    }
}
