//! Shapes docx-rs cannot draw: filled red rectangles (the 信函's double lines, the 纪要's
//! rule) as DrawingML anchored to the page, spliced into `document.xml` in place of a
//! marker run through [`crate::patch`].

use crate::DocxError;
use crate::patch::patch;
use crate::units::RED;
use docx_rs::Run;

/// EMU (the unit of DrawingML) in a twip.
const EMU_PER_TWIP: i64 = 635;

/// The rectangles of one document, each standing as a marker run until [`Shapes::splice`].
#[derive(Debug, Default)]
pub(crate) struct Shapes {
    xml: Vec<String>,
}

impl Shapes {
    /// A run standing for a red rectangle `w` × `h` twips whose top-left corner is `x`, `y`
    /// twips from the page's; it lies over the text and pushes nothing aside. Put the run
    /// in a paragraph on the page the rectangle belongs to.
    pub(crate) fn rect(&mut self, x: i32, y: i32, w: i32, h: i32) -> Run {
        let n = self.xml.len();
        let emu = |v: i32| i64::from(v) * EMU_PER_TWIP;
        let (x, y, w, h) = (emu(x), emu(y), emu(w), emu(h));
        let id = 9000 + n;
        self.xml.push(format!(
            concat!(
                r#"<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" "#,
                r#"relativeHeight="{id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">"#,
                r#"<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>{x}</wp:posOffset></wp:positionH>"#,
                r#"<wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV>"#,
                r#"<wp:extent cx="{w}" cy="{h}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>"#,
                r#"<wp:docPr id="{id}" name="GwRule{n}"/><wp:cNvGraphicFramePr/>"#,
                r#"<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">"#,
                r#"<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">"#,
                r#"<wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>"#,
                r#"<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{red}"/></a:solidFill>"#,
                r#"<a:ln><a:noFill/></a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"#,
                r#"</wp:anchor></w:drawing></w:r>"#
            ),
            id = id,
            n = n,
            x = x,
            y = y,
            w = w,
            h = h,
            red = RED,
        ));
        Run::new().add_text(marker(n))
    }

    /// `document` (the XML of `word/document.xml`) with every marker run replaced by its
    /// rectangle; an error when a marker is missing.
    pub(crate) fn splice(&self, document: String) -> Result<String, DocxError> {
        let mut out = document;
        for (n, xml) in self.xml.iter().enumerate() {
            out = patch(DOCUMENT, &out, &marker_run(n), xml)?;
        }
        Ok(out)
    }
}

/// The package part shapes are spliced into.
const DOCUMENT: &str = "word/document.xml";

fn marker(n: usize) -> String {
    format!("GW-SHAPE-{n}")
}

/// The marker run as docx-rs writes it.
fn marker_run(n: usize) -> String {
    format!(
        r#"<w:r><w:rPr /><w:t xml:space="preserve">{}</w:t></w:r>"#,
        marker(n)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use docx_rs::{BuildXML, Paragraph};

    #[test]
    fn a_marker_becomes_a_red_rectangle_on_the_page() {
        let mut shapes = Shapes::default();
        let run = shapes.rect(1134, 2000, 9638, 45);
        let xml = String::from_utf8(Paragraph::new().add_run(run).build()).expect("UTF-8");
        assert!(xml.contains(&marker_run(0)), "{xml}");
        let out = shapes.splice(xml).expect("spliced");
        assert!(!out.contains("GW-SHAPE"), "{out}");
        assert!(out.contains(r#"<wp:positionV relativeFrom="page"><wp:posOffset>1270000<"#));
        assert!(out.contains(r#"<a:srgbClr val="E60012"/>"#), "{out}");
        assert!(out.contains("<wp:wrapNone/>"), "{out}");
    }

    #[test]
    fn a_lost_marker_is_an_error() {
        let mut shapes = Shapes::default();
        let _ = shapes.rect(0, 0, 1, 1);
        assert!(shapes.splice(String::new()).is_err());
    }
}
