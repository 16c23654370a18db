//! Broken data files (`tests/bad/*.yaml`, one fault each): `gongwen check` names the fault at its line.
//!
//! Every file is checked in both languages and its stderr and exit code snapshotted
//! (`tests/snapshots/bad__check@*.snap` in 简体中文, the default: LANG=zh_CN.UTF-8 without
//! LC_ALL or LC_MESSAGES; `bad__check-en@*.snap` under LANG=en_US.UTF-8; the folder written
//! `[DIR]`). Every message line (not the quoted source lines) of the Chinese output holds
//! Chinese outside quoted user data, and the English output holds none there. No run may panic; every bad file fails `check` except the lint-only
//! ones, which warn, pass and still render; `render --final` writes nothing for a file that fails
//! `check`.
//! `good.yaml` is the baseline each bad file differs from: it passes and renders a PDF.
//! A 50 MB data file is generated at run time (never committed) and must be checked without a panic.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// Files whose one fault is a text lint: `check` warns and exits 0.
const WARNING_ONLY: &[&str] = &["17-half-width-comma.yaml"];

/// The baseline with no fault.
const GOOD: &str = "good.yaml";

/// What one run of `gongwen` did, with the data file's folder written `[DIR]`.
struct Run {
    code: Option<i32>,
    stderr: String,
}

/// The language a run is asked for, through the locale as a user's shell sets it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Lang {
    Zh,
    En,
}

impl Lang {
    fn locale(self) -> &'static str {
        match self {
            Lang::Zh => "zh_CN.UTF-8",
            Lang::En => "en_US.UTF-8",
        }
    }

    /// The snapshot name of `check`'s output in this language.
    fn snapshot(self) -> &'static str {
        match self {
            Lang::Zh => "check",
            Lang::En => "check-en",
        }
    }
}

fn gongwen(args: &[&std::ffi::OsStr], dir: &Path, lang: Lang) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang.locale())
        .output()
        .expect("run gongwen");
    let dir = dir.to_str().expect("UTF-8 path");
    Run {
        code: out.status.code(),
        stderr: String::from_utf8_lossy(&out.stderr).replace(dir, "[DIR]"),
    }
}

fn check(data: &Path, lang: Lang) -> Run {
    gongwen(
        &["check".as_ref(), data.as_os_str()],
        data.parent().expect("a file has a folder"),
        lang,
    )
}

fn render_final(data: &Path, out: &Path) -> Run {
    gongwen(
        &[
            "render".as_ref(),
            data.as_os_str(),
            "--final".as_ref(),
            "-o".as_ref(),
            out.as_os_str(),
        ],
        data.parent().expect("a file has a folder"),
        Lang::Zh,
    )
}

/// Panics unless the run ended normally (exit 0 or 1, no panic message).
fn assert_no_panic(what: &str, run: &Run) {
    assert!(
        !run.stderr.contains("panicked"),
        "{what} panicked:\n{}",
        run.stderr
    );
    assert!(
        matches!(run.code, Some(0 | 1)),
        "{what} exited with {:?} (101 is a panic):\n{}",
        run.code,
        run.stderr
    );
}

/// The `error[code]:` tokens and `[DIR]/file:line:column` places of a run, in order.
fn codes(stderr: &str) -> Vec<String> {
    stderr
        .split_whitespace()
        .filter(|w| {
            let code = ["error[", "warning[", "note["]
                .iter()
                .any(|s| w.starts_with(s));
            let place = w.starts_with("[DIR]/")
                && w.rsplit(':').take(2).all(|n| n.parse::<usize>().is_ok());
            (code && w.ends_with("]:")) || place
        })
        .map(str::to_string)
        .collect()
}

/// The file's first line (its `# fault: …` comment), read leniently: one file is not UTF-8.
fn first_line(path: &Path) -> String {
    let bytes = std::fs::read(path).expect("read data file");
    String::from_utf8_lossy(&bytes)
        .lines()
        .next()
        .unwrap_or("(empty file)")
        .to_string()
}

#[test]
fn every_bad_file_is_reported_and_none_panics() {
    let out_dir = tempfile::tempdir().expect("temp dir");
    let mut seen = Vec::new();
    insta::glob!("bad", "*.yaml", |path| {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("UTF-8 file name")
            .to_string();
        seen.push(name.clone());
        let en = check(path, Lang::En);
        let run = check(path, Lang::Zh);
        for (lang, run) in [(Lang::Zh, &run), (Lang::En, &en)] {
            assert_no_panic(&format!("check {name} ({lang:?})"), run);
            insta::with_settings!({ description => first_line(path), omit_expression => true }, {
                insta::assert_snapshot!(
                    lang.snapshot(),
                    format!("exit code: {:?}\n{}", run.code, run.stderr)
                );
            });
        }
        assert_eq!(
            run.code, en.code,
            "{name}: the language changes no exit code"
        );
        assert_eq!(
            codes(&en.stderr),
            codes(&run.stderr),
            "{name}: the language changes no code or place"
        );

        if name == GOOD {
            assert_eq!(run.code, Some(0), "{name} must pass:\n{}", run.stderr);
            assert!(
                !run.stderr.contains("warning[")
                    && !run.stderr.contains("error")
                    && !run.stderr.contains("错误"),
                "{name} must be clean:\n{}",
                run.stderr
            );
            let pdf = out_dir.path().join("good.pdf");
            let render = render_final(path, &pdf);
            assert_no_panic("render --final good.yaml", &render);
            assert_eq!(render.code, Some(0), "{}", render.stderr);
            let bytes = std::fs::read(&pdf).expect("render --final wrote the PDF");
            assert!(bytes.starts_with(b"%PDF"), "good.pdf is not a PDF");
        } else if WARNING_ONLY.contains(&name.as_str()) {
            assert_eq!(
                run.code,
                Some(0),
                "{name}: a lint is a warning, not an error:\n{}",
                run.stderr
            );
            assert!(
                run.stderr.lines().any(|l| l.contains("warning[")),
                "{name}: no warning:\n{}",
                run.stderr
            );
            // A warning does not stop a final render.
            let pdf = out_dir.path().join(format!("{name}.pdf"));
            let render = render_final(path, &pdf);
            assert_no_panic(&format!("render --final {name}"), &render);
            assert_eq!(render.code, Some(0), "{name}:\n{}", render.stderr);
            assert!(pdf.exists(), "render --final wrote nothing for {name}");
        } else {
            assert_eq!(run.code, Some(1), "{name} must fail check:\n{}", run.stderr);
            let pdf = out_dir.path().join(format!("{name}.pdf"));
            let render = render_final(path, &pdf);
            assert_no_panic(&format!("render --final {name}"), &render);
            assert_eq!(render.code, Some(1), "{name}:\n{}", render.stderr);
            assert!(
                !pdf.exists(),
                "render --final wrote {} for {name}",
                pdf.display()
            );
        }
    });
    assert!(seen.contains(&GOOD.to_string()), "no {GOOD} in {seen:?}");
    for name in WARNING_ONLY {
        assert!(seen.contains(&name.to_string()), "no {name} in {seen:?}");
    }
    assert!(
        seen.len() > 25,
        "want at least 25 bad files besides {GOOD}, found {seen:?}"
    );
}

#[test]
fn a_50_mb_data_file_is_checked_without_a_panic() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/bad");
    std::fs::create_dir(dir.path().join("templates")).expect("create templates/");
    std::fs::copy(
        bad.join("templates/report.md.tera"),
        dir.path().join("templates/report.md.tera"),
    )
    .expect("copy the template");
    // The baseline's data, then a 50 MB block scalar that the template does not use.
    let mut text = std::fs::read_to_string(bad.join(GOOD)).expect("read good.yaml");
    text.push_str("附录: |\n");
    let line = "  作风建设是党的建设的永恒课题，关乎人心向背、事业兴衰，必须常抓不懈、久久为功。\n";
    let size = 50 * 1024 * 1024;
    text.reserve(size + line.len());
    while text.len() < size {
        text.push_str(line);
    }
    let data: PathBuf = dir.path().join("big.yaml");
    std::fs::write(&data, &text).expect("write big.yaml");

    let start = Instant::now();
    let run = check(&data, Lang::Zh);
    eprintln!(
        "check of a {} MB data file took {:.2?} (exit {:?})",
        text.len() / (1024 * 1024),
        start.elapsed(),
        run.code
    );
    assert_no_panic("check big.yaml", &run);
    assert!(
        run.code == Some(1) || run.stderr.contains("所有数据都已核对无误"),
        "{}",
        run.stderr
    );
}

/// The lines of `stderr` that are messages: not the source lines drawn under them
/// (`┌─ file:line:column`, `12 │ text`, the caret) and not empty.
fn message_lines(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.contains('│') && !l.starts_with("┌─"))
        .collect()
}

/// A message line's text: without the drawn `error[code]:` token, whose words stay
/// English in both languages, and without what is quoted (user data, a value to type):
/// `…`, “…”, "…", 「…」, ‘…’, 《…》.
fn own_words(line: &str) -> String {
    let line = line.trim_start_matches("= ");
    let line = match (line.find('['), line.find("]: ")) {
        (Some(0) | Some(_), Some(end)) if line.starts_with(['e', 'w', 'n']) => &line[end + 3..],
        _ => line,
    };
    let mut out = String::new();
    let mut closing: Option<char> = None;
    for c in line.chars() {
        match closing {
            Some(close) if c == close => closing = None,
            Some(_) => {}
            None => match c {
                '`' => closing = Some('`'),
                '"' => closing = Some('"'),
                '“' => closing = Some('”'),
                '「' => closing = Some('」'),
                '‘' => closing = Some('’'),
                '《' => closing = Some('》'),
                _ => out.push(c),
            },
        }
    }
    out
}

fn has_han(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'))
}

/// The message lines of `stderr` that are not in `lang`: without Chinese words of their
/// own in 简体中文, with Chinese outside quotes in English.
fn lines_not_in(lang: Lang, stderr: &str) -> Vec<String> {
    message_lines(stderr)
        .into_iter()
        .filter(|line| has_han(&own_words(line)) != (lang == Lang::Zh))
        .map(str::to_string)
        .collect()
}

#[test]
fn quoted_user_data_is_not_taken_for_the_messages_words() {
    let en = "error[type]: `累计查摆问题`: expected a number, found “十二”";
    assert_eq!(lines_not_in(Lang::En, en), Vec::<String>::new());
    assert_eq!(lines_not_in(Lang::Zh, en), vec![en.to_string()]);
    let zh = "error[type]: 指标“累计查摆问题”应是数字，却是“十二”\n   ┌─ [DIR]/04.yaml:11:11\n11 │   查摆问题总数: \"十二\"";
    assert_eq!(lines_not_in(Lang::Zh, zh), Vec::<String>::new());
    assert_eq!(lines_not_in(Lang::En, zh).len(), 1);
}

#[test]
fn every_bad_file_speaks_the_chosen_language() {
    let mut wrong = Vec::new();
    insta::glob!("bad", "*.yaml", |path| {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        for lang in [Lang::Zh, Lang::En] {
            let run = check(path, lang);
            for line in lines_not_in(lang, &run.stderr) {
                wrong.push(format!("{name} ({lang:?}): {line}"));
            }
        }
    });
    assert_eq!(
        wrong,
        Vec::<String>::new(),
        "message lines in the wrong language"
    );
}
