//! What the command that runs an import says around the report, in the process's language
//! (gongwen-i18n): the folder that exists, the files written, the report's 渲染 line; and
//! why a file could not be read or written, from the kind of the operating system's error.

use gongwen_i18n::tr;
use std::io::ErrorKind;
use std::path::Path;

/// Refusal to overwrite `existing` (a template or data file already in the output folder).
pub fn exists(existing: &Path) -> String {
    tr!("import-exists", path = existing)
}

/// The output folder `dir` could not be created, and why.
pub fn cannot_create(dir: &Path, error: &std::io::Error) -> String {
    tr!("import-cannot-create", path = dir, why = io_reason(error))
}

/// The line after the report: the two files written and the command that renders them.
pub fn wrote(template: &Path, data: &Path) -> String {
    tr!("import-wrote", template = template, data = data)
}

/// The report's 渲染 line (with its indent and newline): the pages that laying out what
/// import wrote gave, or why it could not be laid out.
pub fn render_line(laid: Result<usize, String>) -> String {
    let line = match laid {
        Ok(pages) => tr!("import-report-render-ok", pages = pages),
        Err(why) => tr!("import-report-render-failed", why = why),
    };
    format!("  {line}\n")
}

/// Why a file or folder could not be read or written, in words: the common kinds named,
/// any other with the system's text.
pub fn io_reason(error: &std::io::Error) -> String {
    match error.kind() {
        ErrorKind::NotFound => tr!("import-io-not-found"),
        ErrorKind::PermissionDenied => tr!("import-io-permission"),
        ErrorKind::NotADirectory | ErrorKind::AlreadyExists => tr!("import-io-not-folder"),
        ErrorKind::IsADirectory => tr!("import-io-is-folder"),
        _ => tr!("import-io-other", error = error.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_render_line_counts_pages() {
        assert_eq!(
            render_line(Ok(2)),
            "  渲染：可以，2 页（gongwen render 排出的页数）\n"
        );
        assert_eq!(render_line(Err("缺字".into())), "  渲染：不能——缺字\n");
        let en = crate::CATALOG.message_in(
            gongwen_i18n::Lang::En,
            "import-report-render-ok",
            &[("pages", 1.into())],
        );
        assert_eq!(en, "Render: yes, 1 page (as gongwen render lays it out)");
    }

    #[test]
    fn io_errors_are_named_by_their_kind() {
        let missing = std::fs::read("/no/such/file").unwrap_err();
        assert_eq!(io_reason(&missing), "找不到这个文件");
        let folder = std::env::temp_dir();
        let is_folder = std::fs::read(&folder).unwrap_err();
        assert_eq!(io_reason(&is_folder), "这是文件夹，不是文件");
    }
}
