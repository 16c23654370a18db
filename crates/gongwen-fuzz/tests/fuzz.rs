//! The fuzz campaigns: mutated fixtures through each reader for `GONGWEN_FUZZ_CASES` cases
//! (default 200) inside `GONGWEN_FUZZ_SECONDS` each (default 120), after replaying every
//! input that ever failed (`tests/fuzz/<target>/`). `.ci/run` runs 10,000 cases a target.
//! A failing input is written to `target/fuzz-failures/<target>/` to be kept as a case.
//! `GONGWEN_FUZZ_TARGETS=data,template` runs only those targets.

use gongwen_fuzz::targets::Scratch;
use gongwen_fuzz::{Budget, Outcome, Violation, campaign};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn workspace(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel)
}

/// Every file in `dir` (relative to the workspace) whose name ends with `ext`.
fn files(dir: &str, ext: &str) -> Vec<Vec<u8>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(workspace(dir))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.retain(|p| p.to_string_lossy().ends_with(ext));
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

fn env(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The part of a zip seed to mutate: its document or first sheet.
fn part(seed: &[u8], name: &str) -> Vec<u8> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(seed)).expect("a zip seed");
    let mut file = zip.by_name(name).expect("the part");
    let mut out = Vec::new();
    std::io::Read::read_to_end(&mut file, &mut out).expect("read the part");
    out
}

fn report(name: &str, outcome: &Outcome, took: Duration, min: usize, through: usize) -> bool {
    eprintln!(
        "fuzz {name}: {} cases in {:.1} s ({through} all the way through), {} failures",
        outcome.cases,
        took.as_secs_f64(),
        outcome.failures.len()
    );
    let keep = workspace("target/fuzz-failures").join(name);
    for (i, f) in outcome.failures.iter().enumerate() {
        eprintln!("  {name} failure {i}: {}", f.what);
        let _ = std::fs::create_dir_all(&keep);
        let _ = std::fs::write(keep.join(format!("{i}.bin")), &f.input);
    }
    if outcome.cases < min {
        eprintln!(
            "  {name}: only {} of {min} cases inside the time box",
            outcome.cases
        );
    }
    outcome.failures.is_empty() && outcome.cases >= min
}

fn main() {
    let cases = env("GONGWEN_FUZZ_CASES", 200) as usize;
    let budget = Budget {
        cases,
        time: Duration::from_secs(env("GONGWEN_FUZZ_SECONDS", 120)),
    };
    let seed = env("GONGWEN_FUZZ_SEED", 2026);
    std::panic::set_hook(Box::new(|_| {}));
    let scratch = Scratch::new().expect("a scratch folder");
    scratch.through();
    let data_seed = String::from_utf8(files("fixtures", "lookback-filled.yaml").concat())
        .expect("UTF-8 fixture")
        .replacen("template: lookback", "template: t", 1);
    let docx = files("tests/import/docs", "joint-circular.docx").concat();
    let xlsx = files("fixtures", "counties.xlsx").concat();
    let sheet = "xl/worksheets/sheet1.xml";
    type Run<'a> = Box<dyn Fn(&[u8]) -> Result<(), Violation> + 'a>;
    let targets: Vec<(&str, Vec<Vec<u8>>, Run)> = vec![
        (
            "data",
            files("fixtures", ".yaml"),
            Box::new(|i| scratch.data(i)),
        ),
        (
            "template",
            files("templates", "lookback.md.tera"),
            Box::new(|i| scratch.template(&data_seed, i)),
        ),
        (
            "import-text",
            [
                files("tests/import/docs", ".txt"),
                files("tests/import/seeds", ".txt"),
            ]
            .concat(),
            Box::new(|i| scratch.import_text(i)),
        ),
        (
            "import-docx",
            vec![part(&docx, "word/document.xml")],
            Box::new(|i| scratch.import_docx(&docx, i)),
        ),
        (
            "rows-csv",
            files("fixtures", ".csv"),
            Box::new(|i| scratch.rows_csv(i)),
        ),
        (
            "rows-xlsx",
            vec![part(&xlsx, "xl/worksheets/sheet2.xml")],
            Box::new(|i| scratch.rows_xlsx(&xlsx, sheet, i)),
        ),
    ];
    let only = std::env::var("GONGWEN_FUZZ_TARGETS").unwrap_or_default();
    let mut ok = true;
    for (name, seeds, run) in targets {
        if !only.is_empty() && !only.split(',').any(|t| t == name) {
            continue;
        }
        let regressions = files(&format!("tests/fuzz/{name}"), "");
        let start = Instant::now();
        let outcome = campaign(&seeds, &regressions, budget, seed, run);
        let through = scratch.through();
        ok &= report(name, &outcome, start.elapsed(), cases, through);
    }
    let _ = std::panic::take_hook();
    if !ok {
        eprintln!("fuzz: failures above; keep each input under tests/fuzz/<target>/ once fixed");
        std::process::exit(1);
    }
}
