//! Errors that name the file, line and column at fault and say what to do: the model's
//! one [`Diagnostic`] type, with code `input`.

pub use gongwen_model::Diagnostic as Error;

/// 1-based line and column of byte `offset` in `text`.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}
