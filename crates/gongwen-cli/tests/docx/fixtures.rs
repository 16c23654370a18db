//! Rendering the fixtures (once per fixture and font set for the whole test binary), and
//! comparing texts.

use crate::common::{self, render, workspace_file};
use crate::package::Docx;
use std::path::Path;
use std::sync::Mutex;

/// The font set a fixture is rendered with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Fonts {
    /// No `--fonts` flag: the standard 公文 fonts.
    Default,
    /// `--fonts free`: only the shipped Fandol faces.
    Free,
}

/// The documents of `fixtures/`, without the batch bases (`*-base.yaml`).
pub(crate) fn fixtures() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(workspace_file("fixtures"))
        .expect("read fixtures/")
        .map(|e| {
            e.expect("dir entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter_map(|n| n.strip_suffix(".yaml").map(String::from))
        .filter(|n| !n.ends_with("-base"))
        .collect();
    names.sort();
    assert!(names.len() >= 5, "fixtures found: {names:?}");
    names
}

/// `path` as a command-line argument.
pub(crate) fn arg(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

/// Renders `fixtures/{name}.yaml` as .docx (cached for the test binary).
pub(crate) fn docx(name: &str, fonts: Fonts) -> &'static Docx {
    static CACHE: Mutex<Vec<((String, Fonts), &'static Docx)>> = Mutex::new(Vec::new());
    let key = (name.to_string(), fonts);
    let cached = |cache: &Vec<((String, Fonts), &'static Docx)>| {
        cache.iter().find(|(k, _)| *k == key).map(|(_, d)| *d)
    };
    if let Some(d) = cached(&CACHE.lock().expect("cache")) {
        return d;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join(format!("{name}.docx"));
    let data = workspace_file(&format!("fixtures/{name}.yaml"));
    let mut args = vec!["--format", "docx", "-o", arg(&out)];
    if fonts == Fonts::Free {
        args.extend(["--fonts", "free"]);
    }
    render(&data, &args).ok();
    let bytes = std::fs::read(&out).unwrap_or_else(|e| panic!("read {}: {e}", out.display()));
    let what = format!("{name}.docx ({fonts:?} fonts)");
    let parsed: &'static Docx = Box::leak(Box::new(Docx::from_bytes(what, bytes)));
    let mut cache = CACHE.lock().expect("cache");
    if let Some(d) = cached(&cache) {
        return d;
    }
    cache.push((key, parsed));
    parsed
}

/// Renders `fixtures/{name}.yaml` as `format` and returns the text.
pub(crate) fn fixture_output(name: &str, format: &str) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    common::render_text(
        &workspace_file(&format!("fixtures/{name}.yaml")),
        format,
        &dir.path().join(format!("{name}.{format}")),
    )
}

/// Where `got` and `want` first differ, or `None` when they are equal.
pub(crate) fn first_difference(got: &str, want: &str) -> Option<String> {
    if got == want {
        return None;
    }
    let (g, w): (Vec<char>, Vec<char>) = (got.chars().collect(), want.chars().collect());
    let at = g.iter().zip(&w).take_while(|(a, b)| a == b).count();
    let show = |v: &[char]| {
        v[at.saturating_sub(20)..(at + 30).min(v.len())]
            .iter()
            .collect::<String>()
    };
    Some(format!(
        "differs at character {at} (docx {} chars, txt {}):\n    docx: …{}…\n    txt:  …{}…",
        g.len(),
        w.len(),
        show(&g),
        show(&w)
    ))
}
