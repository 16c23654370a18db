//! An SVG seal checked when it is read: it must parse, and it may not reach for other
//! files or the network (`<image href="/etc/passwd">`), which the page would not print
//! and `check` would not see.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Why an SVG seal cannot be printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum SvgProblem {
    /// It does not parse.
    Malformed,
    /// It refers to a file or an address outside itself.
    External,
}

/// Parses `bytes` as an SVG the way the page would print it, refusing every outside
/// reference (images inside it as `data:` URLs are fine).
pub(crate) fn check(bytes: &[u8]) -> Result<(), SvgProblem> {
    let reached = Arc::new(AtomicBool::new(false));
    let seen = reached.clone();
    let options = usvg::Options {
        resources_dir: None,
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: usvg::ImageHrefResolver::default_data_resolver(),
            resolve_string: Box::new(move |_, _| {
                seen.store(true, Ordering::Relaxed);
                None
            }),
        },
        ..usvg::Options::default()
    };
    usvg::Tree::from_data(bytes, &options).map_err(|_| SvgProblem::Malformed)?;
    if reached.load(Ordering::Relaxed) {
        return Err(SvgProblem::External);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const RING: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle cx="5" cy="5" r="4" fill="red"/></svg>"#;

    #[test]
    fn a_plain_seal_passes_outside_references_and_garbage_do_not() {
        assert_eq!(check(RING.as_bytes()), Ok(()));
        let external = RING.replace(
            "<circle",
            r#"<image href="/etc/passwd" width="5" height="5"/><circle"#,
        );
        assert_eq!(check(external.as_bytes()), Err(SvgProblem::External));
        assert_eq!(check(b"<svg"), Err(SvgProblem::Malformed));
    }
}
