//! Errors that name the file, line and column at fault and say what to do: the model's
//! one [`Diagnostic`] type, with code `input`.

pub use gongwen_model::Diagnostic as Error;

pub(crate) use gongwen_model::line_col;
