//! What a live preview needs of laid-out pages: one SVG per page, a hash of what a page
//! draws that tells changed pages from unchanged ones, and where on which page each
//! figure sits.

use std::hash::{Hash, Hasher};
use typst::foundations::{Label, Selector, Value};
use typst::introspection::{Introspector, MetadataElem};
use typst::layout::{Frame, FrameItem};
use typst::model::Destination;
use typst::utils::PicoStr;
use typst_layout::PagedDocument;

pub use typst_layout::Page;

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

/// A hash of what `page` draws: equal hashes, equal images.
///
/// Typst's own hash of a page also covers the source spans of its text and shapes and
/// the introspection tags, so that an edit that moves lines of the data changes the hash
/// of every page after it although they look the same; this one leaves out what no
/// image shows. Hashing all 13 pages of the look-back report takes about 1 ms, against
/// about 27 ms to write one page's SVG.
pub fn page_hash(page: &Page) -> u128 {
    typst::utils::hash128(&Drawn(page))
}

/// A page as it is drawn (see [`page_hash`]).
struct Drawn<'a>(&'a Page);

impl Hash for Drawn<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.bleed.hash(state);
        self.0.fill.hash(state);
        hash_frame(&self.0.frame, state);
    }
}

/// Hashes what `frame` draws, as typst-svg draws it: positions, glyphs, shapes, images,
/// groups with their transform, clip and label, link areas and URLs; no spans, no tags.
fn hash_frame<H: Hasher>(frame: &Frame, state: &mut H) {
    frame.size().hash(state);
    frame.kind().hash(state);
    for (pos, item) in frame.items() {
        if matches!(item, FrameItem::Tag(_)) {
            continue;
        }
        pos.hash(state);
        std::mem::discriminant(item).hash(state);
        match item {
            FrameItem::Group(group) => {
                group.transform.hash(state);
                group.clip.hash(state);
                group.label.hash(state);
                hash_frame(&group.frame, state);
            }
            FrameItem::Text(text) => {
                text.font.hash(state);
                text.size.hash(state);
                text.fill.hash(state);
                text.stroke.hash(state);
                state.write_usize(text.glyphs.len());
                for glyph in &text.glyphs {
                    glyph.id.hash(state);
                    glyph.x_advance.hash(state);
                    glyph.x_offset.hash(state);
                    glyph.y_advance.hash(state);
                    glyph.y_offset.hash(state);
                }
            }
            FrameItem::Shape(shape, _span) => shape.hash(state),
            FrameItem::Image(image, size, _span) => (image, size).hash(state),
            FrameItem::Link(destination, size) => {
                size.hash(state);
                match destination {
                    Destination::Url(url) => url.hash(state),
                    Destination::Position(position) => position.hash(state),
                    // An area without a target in a page's own SVG.
                    Destination::Location(_) => {}
                }
            }
            FrameItem::Tag(_) => {}
        }
    }
}

/// `page` as a standalone SVG image.
pub fn page_svg(page: &Page) -> String {
    typst_svg::svg(page, &Default::default())
}

/// The size of `page`, width and height in points.
pub fn page_size(page: &Page) -> (f64, f64) {
    let size = page.frame.size();
    (size.x.to_pt(), size.y.to_pt())
}
