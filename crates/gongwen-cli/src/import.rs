//! `gongwen import`: an old document becomes a template, a data file and a report.

use crate::args::ImportArgs;

pub(crate) fn import(args: &ImportArgs) -> Result<(), crate::Exit> {
    let options = gongwen_import::Options {
        limits: args.unpack.limits(),
        keep_punctuation: args.keep_punctuation,
    };
    let imported = gongwen_import::import(&args.input, &options).map_err(|e| e.to_string())?;
    let dir = args
        .output
        .clone()
        .unwrap_or_else(|| args.input.with_extension(""));
    let template = dir.join("template.md.tera");
    let data = dir.join("data.yaml");
    if !args.force
        && let Some(existing) = [&template, &data].into_iter().find(|p| p.exists())
    {
        return Err(format!(
            "{} already exists; choose another folder with -o, or add --force to overwrite it",
            existing.display()
        )
        .into());
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: cannot create: {e}", dir.display()))?;
    let report = imported.report();
    for (path, text) in [
        (&template, &imported.written.template),
        (&data, &imported.written.data),
        (&dir.join("import-report.txt"), &report),
    ] {
        crate::write(path, text.as_bytes())?;
    }
    print!("{report}");
    eprintln!(
        "wrote {} and {}; render with: gongwen render {}",
        template.display(),
        data.display(),
        data.display()
    );
    Ok(())
}
