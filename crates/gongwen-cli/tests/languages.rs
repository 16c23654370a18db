//! The language of what the CLI prints: 简体中文 by default and under a Chinese or C
//! locale, English under `LANG=en_US.UTF-8` or `--lang en`; `--message-format json` keeps
//! its keys and gives each diagnostic the severity its drawn token shows.

mod common;

use common::workspace_file;

fn check(args: &[&str], lang: Option<&str>) -> (String, String) {
    let mut cmd = common::gongwen();
    if let Some(lang) = lang {
        cmd.env("LANG", lang);
    }
    let out = cmd.arg("check").args(args).output().expect("run gongwen");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn check_speaks_chinese_by_default_and_english_when_asked() {
    let speech = workspace_file("fixtures/speech.yaml");
    let speech = speech.to_str().expect("UTF-8 path");
    let (_, zh) = check(&[speech], None);
    assert!(zh.contains("所有数据都已核对无误"), "{zh}");
    let (_, c) = check(&[speech], Some("C.UTF-8"));
    assert!(c.contains("所有数据都已核对无误"), "{c}");
    let (_, en) = check(&[speech], Some("en_US.UTF-8"));
    assert!(en.contains(": every figure checks out"), "{en}");
    let (_, flag) = check(&["--lang", "en", speech], None);
    assert!(flag.contains(": every figure checks out"), "{flag}");
    let (_, flag) = check(&[speech, "--lang", "zh"], Some("en_US.UTF-8"));
    assert!(flag.contains("所有数据都已核对无误"), "{flag}");
}

#[test]
fn json_keeps_its_keys_and_the_severity_of_the_drawn_token() {
    let speech = workspace_file("fixtures/speech.yaml");
    let speech = speech.to_str().expect("UTF-8 path");
    let (_, drawn) = check(&[speech], None);
    assert!(drawn.contains("note[length]: "), "{drawn}");
    for lang in ["zh", "en"] {
        let (json, _) = check(&["--lang", lang, "--message-format", "json", speech], None);
        let line = json.lines().next().expect("one JSON line");
        let value: serde_json::Value = serde_json::from_str(line).expect("JSON");
        let keys: Vec<&str> = value
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        let mut want = vec![
            "column", "code", "file", "hint", "line", "message", "severity",
        ];
        want.sort();
        let mut keys = keys;
        keys.sort();
        assert_eq!(keys, want, "{lang}");
        assert_eq!(value["code"], "length", "{lang}");
        // Drawn as `note[length]`, a note in the JSON too.
        assert_eq!(value["severity"], "note", "{lang}");
    }
}

#[test]
fn render_says_what_it_wrote_in_either_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = workspace_file("fixtures/notice.yaml");
    let out = dir.path().join("n.pdf");
    let zh = common::render(&data, &["-o", out.to_str().expect("UTF-8")]).ok();
    assert!(
        zh.stderr.contains("已写出 ") && zh.stderr.contains("（共 "),
        "{}",
        zh.stderr
    );
    let en = common::render(&data, &["-o", out.to_str().expect("UTF-8"), "--lang", "en"]).ok();
    assert!(
        en.stderr.contains("wrote ") && en.stderr.contains(" pages)"),
        "{}",
        en.stderr
    );
    let docx = dir.path().join("n.docx");
    let en = common::render(
        &data,
        &["-o", docx.to_str().expect("UTF-8"), "--lang", "en"],
    )
    .ok();
    assert!(en.stderr.contains("wrote "), "{}", en.stderr);
}

#[test]
fn an_output_over_its_input_is_refused_in_chinese() {
    let data = workspace_file("fixtures/notice.yaml");
    let run = common::render(&data, &["-o", data.to_str().expect("UTF-8")]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.contains("输出文件会覆盖生成它所用的文件"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("用 -o 写到别的文件"), "{}", run.stderr);
}
