//! A heading that ends in 。 runs into the paragraph under it; one with no paragraph under
//! it has nothing to run into: a warning placed at the heading where it is written.

use crate::Job;
use gongwen_i18n::tr;
use gongwen_model::{Block, Diagnostic, Document, Section, Severity, plain_text};

impl Job {
    /// A warning for each run-in heading of `doc` with no text right under it, placed at
    /// the heading in the template (or at its words in the data).
    pub(crate) fn empty_run_ins(&self, doc: &Document) -> Vec<Diagnostic> {
        let bodies = std::iter::once(&doc.body).chain(doc.attachments.iter().map(|a| &a.body));
        bodies
            .flat_map(|body| body.sections())
            .filter(|s| nothing_to_run_into(s))
            .map(|s| {
                let heading = plain_text(&s.heading).trim().to_string();
                let warning = Diagnostic::new(
                    &self.template.path,
                    tr!("heading-run-in-empty", heading = &heading),
                )
                .with_code(Severity::Warning, "heading")
                .hint(tr!("heading-run-in-empty-hint"));
                self.place_heading(warning, &heading)
            })
            .collect()
    }

    /// `warning` placed at the Markdown heading line that writes `heading`: in the
    /// template, else at the words in the data, else in the template without a line.
    fn place_heading(&self, warning: Diagnostic, heading: &str) -> Diagnostic {
        let in_template = self.template.text.lines().position(|l| {
            let l = l.trim_start();
            l.starts_with('#') && l.trim_start_matches('#').trim().starts_with(heading)
        });
        if let Some(i) = in_template {
            return warning.at(i + 1, 1);
        }
        let in_data = self
            .data
            .text
            .lines()
            .enumerate()
            .find_map(|(i, l)| l.find(heading).map(|b| (i + 1, l[..b].chars().count() + 1)));
        match in_data {
            Some((line, col)) => Diagnostic {
                file: self.data.path.clone(),
                ..warning
            }
            .at(line, col),
            None => warning,
        }
    }
}

/// Whether `section` runs in (its heading ends in 。！？) with no paragraph under it.
fn nothing_to_run_into(section: &Section) -> bool {
    section.run_in && !matches!(section.blocks.first(), Some(Block::Paragraph(_)))
}

#[cfg(test)]
mod tests {
    use crate::{DataFile, Job, Template};
    use std::path::{Path, PathBuf};

    fn job(template: &str, data: &str) -> Job {
        Job {
            data: DataFile::parse(Path::new("d.yaml"), data.to_string()).expect("data"),
            template: Template {
                path: PathBuf::from("t.md.tera"),
                display: "t".into(),
                text: template.into(),
                dir: PathBuf::from("."),
            },
            root: crate::Root::new(None, Path::new("d.yaml"), crate::Limits::default()),
            dir: PathBuf::new(),
        }
    }

    #[test]
    fn a_run_in_heading_with_nothing_after_it_is_a_warning_at_the_heading() {
        let job = job(
            "正文。\n\n# 总体要求\n\n## 加强领导。\n\n## 严明纪律。\n\n纪律。\n\n## {{ 三 }}\n",
            "template: t\n三: 狠抓落实。\n",
        );
        let doc = job.document().expect("renders");
        let found = job.empty_run_ins(&doc);
        let placed: Vec<_> = found
            .iter()
            .map(|d| (d.file.display().to_string(), d.position, d.code))
            .collect();
        assert_eq!(
            placed,
            [
                ("t.md.tera".to_string(), Some((5, 1)), "heading"),
                ("d.yaml".to_string(), Some((2, 4)), "heading")
            ]
        );
        assert_eq!(
            found[0].message,
            "标题“加强领导。”以句号结尾，会与下一段接排，但它下面没有正文"
        );
        assert!(found[0].hint.as_deref().unwrap_or_default().contains("。"));
    }
}
