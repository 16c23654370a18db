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
        return Err(gongwen_import::messages::exists(existing).into());
    }
    std::fs::create_dir_all(&dir).map_err(|e| gongwen_import::messages::cannot_create(&dir, &e))?;
    for (path, text) in [
        (&template, &imported.written.template),
        (&data, &imported.written.data),
    ] {
        crate::write(path, text.as_bytes())?;
    }
    let report = imported.report() + &trial(&data);
    crate::write(&dir.join("import-report.txt"), report.as_bytes())?;
    print!("{report}");
    eprintln!("{}", gongwen_import::messages::wrote(&template, &data));
    Ok(())
}

/// The report's 渲染 line: what import wrote, laid out once as `gongwen render` would (a
/// draft, the standard fonts): its pages, or why it does not render and what to do (in the
/// language of the process, from gongwen-import's messages).
fn trial(data: &std::path::Path) -> String {
    let producer = gongwen_pipeline::Producer::new();
    let options = gongwen_pipeline::Options {
        final_: false,
        pace: gongwen_pipeline::DEFAULT_PACE,
        single_sided: false,
    };
    let laid = gongwen_render::Job::load_in(data, &Default::default())
        .map_err(|e| e.to_string())
        .and_then(|job| {
            producer
                .produce(&job, gongwen_pipeline::Format::Txt, &options)
                .map_err(|f| f.to_string())
        });
    gongwen_import::messages::render_line(laid.map(|p| p.pages))
}
