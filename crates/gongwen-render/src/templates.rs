//! Finding a template: a path, a `templates/` folder beside the data, or a built-in; a
//! file is read only through the project root ([`crate::files`]).

use crate::error::Error;
use crate::files::{Kind, Root};
use gongwen_i18n::tr;
use std::path::{Path, PathBuf};

/// The templates compiled into the binary: (name, text).
pub const BUILT_IN: &[(&str, &str)] = &[
    (
        "circular-forwarding",
        include_str!("../../../templates/circular-forwarding.md.tera"),
    ),
    ("letter", include_str!("../../../templates/letter.md.tera")),
    (
        "lookback",
        include_str!("../../../templates/lookback.md.tera"),
    ),
    (
        "lookback-rollup",
        include_str!("../../../templates/lookback-rollup.md.tera"),
    ),
    (
        "minutes",
        include_str!("../../../templates/minutes.md.tera"),
    ),
    ("news", include_str!("../../../templates/news.md.tera")),
    ("notice", include_str!("../../../templates/notice.md.tera")),
    ("order", include_str!("../../../templates/order.md.tera")),
    (
        "resolution",
        include_str!("../../../templates/resolution.md.tera"),
    ),
    ("speech", include_str!("../../../templates/speech.md.tera")),
];

/// The folder built-in templates are said to be in, so that no file on disk is taken for
/// one: an error in the built-in `speech` names `<built-in>/templates/speech.md.tera`.
pub const BUILT_IN_DIR: &str = "<built-in>";

/// The text of the built-in template at `path` (a [`BUILT_IN_DIR`] path), if it is one.
pub fn built_in_text(path: &Path) -> Option<&'static str> {
    let name = path
        .strip_prefix(BUILT_IN_DIR)
        .ok()?
        .strip_prefix("templates")
        .ok()?
        .to_str()?
        .strip_suffix(".md.tera")?;
    BUILT_IN
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| *text)
}

fn is_path(reference: &str) -> bool {
    reference.contains('/')
        || reference.contains('\\')
        || reference.ends_with(".tera")
        || reference.ends_with(".md")
}

/// The file a template reference written in `data_file` names: the path itself, or for
/// a name, `templates/<name>.md.tera` beside the data (which overrides a built-in of
/// that name). It need not exist.
pub fn template_file(reference: &str, data_file: &Path) -> PathBuf {
    let base = data_file.parent().unwrap_or(Path::new("."));
    if is_path(reference) {
        base.join(reference)
    } else {
        base.join("templates").join(format!("{reference}.md.tera"))
    }
}

/// A template's text and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    /// The file errors point at (for a built-in: `templates/<name>.md.tera`).
    pub path: PathBuf,
    /// How the template is named in messages.
    pub display: String,
    /// The template source.
    pub text: String,
    /// The folder relative paths in the template resolve against.
    pub dir: PathBuf,
}

/// Resolves `reference` (a built-in name or a path) for the data file `data_file`.
///
/// A name is looked up first in `templates/<name>.md.tera` beside the data file,
/// so a user's folder overrides the built-ins; a reference with a `/` or ending
/// in `.tera` or `.md` is a path relative to the data file. A file must be a regular
/// file under `root` within its template limit; the refusal is an error in `data_file`.
pub(crate) fn resolve(reference: &str, data_file: &Path, root: &Root) -> Result<Template, Error> {
    let base = data_file.parent().unwrap_or(Path::new("."));
    let is_path = is_path(reference);
    let candidate = template_file(reference, data_file);
    if candidate.exists() {
        let bytes = root
            .read(&candidate, Kind::Template)
            .map_err(|r| r.diagnostic(data_file))?;
        let text = String::from_utf8(bytes).map_err(|_| {
            Error::new(&candidate, tr!("template-not-utf8"))
                .at(1, 1)
                .hint(tr!("template-not-utf8-hint"))
        })?;
        return Ok(Template {
            display: candidate.display().to_string(),
            dir: candidate.parent().unwrap_or(base).to_path_buf(),
            path: candidate,
            text,
        });
    }
    if !is_path && let Some((name, text)) = BUILT_IN.iter().find(|(n, _)| *n == reference) {
        return Ok(Template {
            path: Path::new(BUILT_IN_DIR).join(format!("templates/{name}.md.tera")),
            display: format!("templates/{name}.md.tera"),
            text: text.to_string(),
            dir: base.to_path_buf(),
        });
    }
    let mut names: Vec<String> = BUILT_IN.iter().map(|(n, _)| n.to_string()).collect();
    if let Ok(entries) = std::fs::read_dir(base.join("templates")) {
        for entry in entries.flatten() {
            let file = entry.file_name().to_string_lossy().into_owned();
            if let Some(name) = file.strip_suffix(".md.tera")
                && !names.iter().any(|n| n == name)
            {
                names.push(name.to_string());
            }
        }
    }
    let near = names
        .iter()
        .map(|n| (strsim::normalized_levenshtein(reference, n), n))
        .filter(|(d, _)| *d >= 0.5)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, n)| n);
    let hint = tr!(
        "template-unknown-hint",
        names = names.join(", "),
        looked = candidate.display()
    );
    let hint = match near {
        Some(near) => tr!("template-did-you-mean", name = near, rest = hint),
        None => hint,
    };
    Err(Error::new(data_file, tr!("template-unknown", name = reference)).hint(hint))
}
