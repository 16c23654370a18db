//! `gongwen fonts` names a font family and an existing font file for each of the five roles,
//! and the folder the shipped fonts were found in, in both languages; `GONGWEN_FONTS`
//! points it at another folder.

mod common;

use std::path::Path;

/// The roles, as `gongwen fonts` describes them.
const ROLES: [&str; 5] = [
    "标题/发文机关标志 (小标宋)",
    "正文 (仿宋)",
    "一级标题 (黑体)",
    "二级标题 (楷体)",
    "页码 (宋体)",
];

#[test]
fn fonts_lists_five_roles_with_family_and_existing_file() {
    let out = common::gongwen()
        .args(["--lang", "en", "fonts"])
        .output()
        .expect("run gongwen fonts");
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        out.status.success(),
        "gongwen fonts failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let count: usize = stdout
        .lines()
        .next()
        .and_then(|l| l.strip_suffix(" font faces found"))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("first line is not `N font faces found`:\n{stdout}"));
    assert!(
        count >= 5,
        "at least the five shipped faces are found, got {count}"
    );

    let role_lines: Vec<&str> = stdout
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty() && !l.starts_with("shipped fonts found in "))
        .collect();
    assert_eq!(role_lines.len(), 5, "one line per role:\n{stdout}");
    for (role, line) in ROLES.iter().zip(&role_lines) {
        // `{role:<28} {family} (weight {w}) — {shipped|installed}: {path}`
        let rest = line
            .strip_prefix(role)
            .unwrap_or_else(|| panic!("line {line:?} is not for role {role}"));
        let (face, origin) = rest
            .split_once(" — ")
            .unwrap_or_else(|| panic!("no ` — ` in {line:?}"));
        let (family, weight) = face
            .trim()
            .rsplit_once(" (weight ")
            .unwrap_or_else(|| panic!("no weight in {line:?}"));
        assert!(
            !family.trim().is_empty(),
            "{role}: empty family in {line:?}"
        );
        let weight: u16 = weight
            .trim_end_matches(')')
            .parse()
            .unwrap_or_else(|_| panic!("weight in {line:?}"));
        assert!((100..=900).contains(&weight), "{role}: weight {weight}");
        let (kind, path) = origin
            .split_once(": ")
            .unwrap_or_else(|| panic!("no `origin: path` in {line:?}"));
        assert!(
            kind == "shipped" || kind == "installed",
            "{role}: origin {kind:?}"
        );
        let path = Path::new(path);
        assert!(
            path.is_file(),
            "{role}: font file {} does not exist",
            path.display()
        );
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default()
            .to_ascii_lowercase();
        assert!(
            ["otf", "ttf", "ttc", "otc"].contains(&ext.as_str()),
            "{role}: {} is not a font file",
            path.display()
        );
    }
}

/// `gongwen fonts` in the pinned language with `GONGWEN_FONTS` set (or not): its stdout.
fn fonts(lang: &str, fonts_dir: Option<&Path>) -> String {
    let mut cmd = common::gongwen();
    cmd.args(["--lang", lang, "fonts"]);
    if let Some(dir) = fonts_dir {
        cmd.env("GONGWEN_FONTS", dir);
    }
    let out = cmd.output().expect("run gongwen fonts");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn fonts_names_the_folder_of_the_shipped_fonts_in_both_languages() {
    let checkout = common::workspace_file("fonts")
        .canonicalize()
        .expect("the checkout has fonts/");
    let zh = fonts("zh", None);
    assert!(zh.starts_with("共找到 "), "{zh}");
    let folder = format!("随附字体所在文件夹：{}", checkout.display());
    assert!(zh.lines().any(|l| l == folder), "want `{folder}`:\n{zh}");
    let en = fonts("en", None);
    let folder = format!("shipped fonts found in {}", checkout.display());
    assert!(en.lines().any(|l| l == folder), "want `{folder}`:\n{en}");
}

#[test]
fn gongwen_fonts_points_at_another_folder_of_fonts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let moved = dir.path().join("我的字体");
    std::fs::create_dir(&moved).expect("create folder");
    let fandol = common::workspace_file("fonts/fandol")
        .canonicalize()
        .expect("fonts/fandol");
    std::os::unix::fs::symlink(&fandol, moved.join("fandol")).expect("link the fonts");
    let out = fonts("zh", Some(&moved));
    let moved = moved.canonicalize().expect("canonical");
    let folder = format!("随附字体所在文件夹：{}", moved.display());
    assert!(out.lines().any(|l| l == folder), "want `{folder}`:\n{out}");
}
