//! The seal image (印章) a document names, read through the project root and known to be
//! a PNG or an SVG image before any backend sees it; a refusal is placed at the `seal:`
//! line of the data or the template.

use crate::Job;
use crate::error::{Error, line_col};
use crate::files::Kind;
use gongwen_i18n::tr;
use gongwen_model::Document;
use std::path::PathBuf;

/// An image format a seal may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageFormat {
    /// PNG (the only one a .docx carries).
    Png,
    /// SVG.
    Svg,
}

impl ImageFormat {
    /// The format `bytes` are in, from their first bytes, when PNG or SVG.
    pub fn sniff(bytes: &[u8]) -> Option<ImageFormat> {
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            return Some(ImageFormat::Png);
        }
        let head = &bytes[..bytes.len().min(4096)];
        let text = String::from_utf8_lossy(head);
        let text = text.trim_start_matches('\u{feff}').trim_start();
        (text.starts_with('<') && text.contains("<svg")).then_some(ImageFormat::Svg)
    }

    /// The file extension of the format.
    pub fn extension(self) -> &'static str {
        match self {
            ImageFormat::Png => "png",
            ImageFormat::Svg => "svg",
        }
    }
}

/// A seal image read and recognised.
#[derive(Debug, Clone)]
pub struct Image {
    /// The file it was read from.
    pub path: PathBuf,
    /// Its bytes.
    pub bytes: Vec<u8>,
    /// Its format.
    pub format: ImageFormat,
}

impl Job {
    /// The seal `doc` names, read through the job's root: none without a `seal:`; an
    /// error placed at the `seal:` line when it is outside the root, not a regular file,
    /// too large, or not a PNG or SVG image.
    pub fn seal(&self, doc: &Document) -> Result<Option<Image>, Error> {
        let Some(name) = &doc.closing.seal else {
            return Ok(None);
        };
        let path = self.dir.join(name);
        let bytes = self
            .root
            .read(&path, Kind::Image)
            .map_err(|r| self.at_seal(r.diagnostic(&self.data.path)))?;
        let Some(format) = ImageFormat::sniff(&bytes) else {
            return Err(self.at_seal(
                Error::new(&self.data.path, tr!("seal-not-image", path = &path))
                    .hint(tr!("seal-not-image-hint")),
            ));
        };
        let named = std::path::Path::new(name)
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        if named.as_deref().is_some_and(|e| e != format.extension()) {
            return Err(self.at_seal(
                Error::new(
                    &self.data.path,
                    tr!(
                        "seal-misnamed",
                        path = &path,
                        format = format.extension().to_uppercase()
                    ),
                )
                .hint(tr!("seal-misnamed-hint", ext = format.extension())),
            ));
        }
        if format == ImageFormat::Svg
            && let Err(problem) = crate::svg::check(&bytes)
        {
            let message = match problem {
                crate::svg::SvgProblem::Malformed => tr!("seal-svg-malformed", path = &path),
                crate::svg::SvgProblem::External => tr!("seal-svg-external", path = &path),
            };
            return Err(
                self.at_seal(Error::new(&self.data.path, message).hint(tr!("seal-svg-hint")))
            );
        }
        Ok(Some(Image {
            path,
            bytes,
            format,
        }))
    }

    /// `err` placed where the seal is named: the data's `document.seal`, else the
    /// data's value the template's `seal: "{{ 名 }}"` prints, else the template's `seal:` line.
    fn at_seal(&self, err: Error) -> Error {
        let place = |file: &std::path::Path, (line, col): (usize, usize)| Error {
            file: file.to_path_buf(),
            position: Some((line, col)),
            ..err.clone()
        };
        if let Some(at) = self.data.value_position(&["document", "seal"]) {
            return place(&self.data.path, at);
        }
        let text = &self.template.text;
        let end = text
            .strip_prefix("---")
            .and_then(|rest| rest.find("\n---"))
            .map_or(0, |e| e + 3);
        let Some(offset) = text[..end]
            .match_indices("seal:")
            .map(|(i, _)| i)
            .find(|&i| text[..i].ends_with('\n'))
        else {
            return err;
        };
        let value = text[offset + 5..].lines().next().unwrap_or("").trim();
        let variable = value
            .trim_matches(['"', '\''])
            .strip_prefix("{{")
            .and_then(|v| v.strip_suffix("}}"))
            .map(str::trim);
        if let Some(at) = variable.and_then(|v| {
            let keys: Vec<&str> = v.split('.').collect();
            self.data.value_position(&keys)
        }) {
            return place(&self.data.path, at);
        }
        place(&self.template.path, line_col(text, offset))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_and_svg_are_known_by_their_bytes_and_text_is_not() {
        assert_eq!(
            ImageFormat::sniff(b"\x89PNG\r\n\x1a\n...."),
            Some(ImageFormat::Png)
        );
        assert_eq!(
            ImageFormat::sniff(b"<?xml version=\"1.0\"?>\n<svg xmlns=\"x\"/>"),
            Some(ImageFormat::Svg)
        );
        assert_eq!(ImageFormat::sniff(b"myhost\n"), None);
        assert_eq!(ImageFormat::sniff(b""), None);
    }
}
