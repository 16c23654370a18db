//! What a live preview needs of laid-out pages: one SVG per page, a hash that tells
//! changed pages from unchanged ones, and where on which page each figure sits.

use typst::foundations::{Label, Selector, Value};
use typst::introspection::{Introspector, MetadataElem};
use typst::utils::PicoStr;
use typst_layout::PagedDocument;

/// Where a figure (`m(name=…)`) starts on the page.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureAnchor {
    /// The figure's name.
    pub name: String,
    /// The page, from 1.
    pub page: usize,
    /// From the page's left edge, in points.
    pub x: f64,
    /// From the page's top edge, in points.
    pub y: f64,
}

/// Every figure's place in the pages, in reading order.
pub fn figure_anchors(doc: &PagedDocument) -> Vec<FigureAnchor> {
    let Some(label) = Label::new(PicoStr::intern("gw-figure")) else {
        return Vec::new();
    };
    let introspector = doc.introspector();
    introspector
        .query(&Selector::Label(label))
        .iter()
        .filter_map(|content| {
            let name = match &content.to_packed::<MetadataElem>()?.value {
                Value::Str(s) => s.to_string(),
                _ => return None,
            };
            let position = introspector.position(content.location()?)?;
            Some(FigureAnchor {
                name,
                page: position.page.get(),
                x: position.point.x.to_pt(),
                y: position.point.y.to_pt(),
            })
        })
        .collect()
}

/// A hash of page `index` (from 0): equal hashes, equal pages.
pub fn page_hash(doc: &PagedDocument, index: usize) -> Option<u128> {
    doc.pages().get(index).map(typst::utils::hash128)
}

/// Page `index` (from 0) as a standalone SVG image.
pub fn page_svg(doc: &PagedDocument, index: usize) -> Option<String> {
    doc.pages()
        .get(index)
        .map(|page| typst_svg::svg(page, &Default::default()))
}

/// The size of page `index` (from 0), width and height in points.
pub fn page_size(doc: &PagedDocument, index: usize) -> Option<(f64, f64)> {
    doc.pages().get(index).map(|page| {
        let size = page.frame.size();
        (size.x.to_pt(), size.y.to_pt())
    })
}
