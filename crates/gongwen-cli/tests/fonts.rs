//! `gongwen fonts` names a font family and an existing font file for each of the five roles.

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
        .arg("fonts")
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
        .filter(|l| !l.trim().is_empty())
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
