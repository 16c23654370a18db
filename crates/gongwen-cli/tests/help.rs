//! `--help` of `gongwen` and of every subcommand, in 简体中文 and in English, snapshotted
//! (`snapshots/help__zh@render.snap`, `help__en@render.snap` …); the help agrees with the
//! README (formats, workbooks), and clap's parse errors read in the chosen language with
//! clap's exit code 2.

mod common;

/// Every subcommand of `gongwen`, as `gongwen help` lists them.
const COMMANDS: [&str; 8] = [
    "render", "check", "batch", "watch", "serve", "import", "fonts", "help",
];

/// `gongwen --lang LANG ARGS…`: exit code and stdout (stderr for an error).
fn run(lang: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let out = common::gongwen()
        .arg("--lang")
        .arg(lang)
        .args(args)
        .output()
        .expect("run gongwen");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn help(lang: &str, command: Option<&str>) -> String {
    // `help` takes the names of commands: its own help is `gongwen help help`.
    let args = match command {
        None => vec!["--help"],
        Some("help") => vec!["help", "help"],
        Some(command) => vec![command, "--help"],
    };
    let (code, stdout, stderr) = run(lang, &args);
    assert_eq!(code, Some(0), "{command:?} --help failed: {stderr}");
    stdout
}

#[test]
fn every_help_is_snapshotted_in_both_languages() {
    for lang in ["zh", "en"] {
        let root = help(lang, None);
        insta::assert_snapshot!(format!("{lang}@gongwen"), root);
        for command in COMMANDS {
            let text = help(lang, Some(command));
            insta::assert_snapshot!(format!("{lang}@{command}"), text);
        }
    }
}

#[test]
fn the_chinese_help_uses_chinese_headings_and_the_english_one_clap_s() {
    let zh = help("zh", Some("render"));
    for word in [
        "用法：",
        "参数:",
        "选项:",
        "显示帮助",
        "[默认：standard]",
        "可选值：",
    ] {
        assert!(zh.contains(word), "no {word} in:\n{zh}");
    }
    assert!(!zh.contains("Usage") && !zh.contains("Options"), "{zh}");
    let root = help("zh", None);
    assert!(
        root.contains("命令:") && root.contains("显示版本号"),
        "{root}"
    );
    let en = help("en", Some("render"));
    for word in [
        "Usage: gongwen render",
        "Arguments:",
        "Options:",
        "[default: standard]",
    ] {
        assert!(en.contains(word), "no {word} in:\n{en}");
    }
    // The locale chooses too.
    let out = common::gongwen()
        .env("LANG", "en_US.UTF-8")
        .args(["check", "--help"])
        .output()
        .expect("run gongwen");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Usage: gongwen check"));
}

#[test]
fn the_help_names_every_format_and_workbook_the_readme_does() {
    for lang in ["zh", "en"] {
        let render = help(lang, Some("render"));
        for format in ["pdf", "docx", "svg", "png", "txt", "typ", "md"] {
            assert!(
                render.contains(&format!("- {format}:")),
                "{lang}: {format}\n{render}"
            );
        }
        let batch = help(lang, Some("batch"));
        for kind in [".csv", ".xlsx", ".xls", ".ods"] {
            assert!(batch.contains(kind), "{lang}: {kind}\n{batch}");
        }
        let root = help(lang, None);
        assert!(root.contains("import"), "{root}");
    }
    let readme = std::fs::read_to_string(common::workspace_file("README.md")).expect("README");
    for command in [
        "render", "check", "batch", "watch", "serve", "import", "fonts",
    ] {
        assert!(
            readme.contains(&format!("\ngongwen {command} "))
                || readme.contains(&format!("\ngongwen {command}\n")),
            "the README's command list lacks `gongwen {command}`"
        );
    }
    assert!(
        readme.contains("--pace"),
        "the README documents check --pace"
    );
}

#[test]
fn parse_errors_are_in_chinese_by_default_and_exit_with_2() {
    let cases: [(&[&str], &str); 5] = [
        (
            &["render", "x.yaml", "--formt", "pdf"],
            "无法识别的参数 `--formt`",
        ),
        (
            &["render", "x.yaml", "-f"],
            "`--format <FORMAT>` 后面缺少值",
        ),
        (
            &["render", "x.yaml", "-f", "doc"],
            "`doc` 不是 `--format <FORMAT>` 可取的值",
        ),
        (&["rendr", "x.yaml"], "没有 `rendr` 这个命令"),
        (&["render"], "缺少必需的参数"),
    ];
    for (args, want) in cases {
        let (code, _, stderr) = run("zh", args);
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        assert!(stderr.starts_with("错误："), "{args:?}: {stderr}");
        assert!(stderr.contains(want), "{args:?}: want {want}:\n{stderr}");
    }
    let (_, _, stderr) = run("zh", &["render", "x.yaml", "--formt", "pdf"]);
    assert!(stderr.contains("是不是要写 `--format`？"), "{stderr}");
    assert!(stderr.contains("用法：gongwen render"), "{stderr}");
    let (_, _, stderr) = run("zh", &["render", "x.yaml", "--max-image-mb", "0"]);
    assert!(stderr.contains("须是大于 0 的 MB 数"), "{stderr}");
    let (code, _, stderr) = run("en", &["render", "x.yaml", "--formt", "pdf"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("error: unexpected argument '--formt'"),
        "{stderr}"
    );
}
