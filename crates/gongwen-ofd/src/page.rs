//! One laid-out page as an OFD `Content.xml`: its frames walked in drawing order, each
//! text run, shape and image written as an object on one layer.

use crate::OfdError;
use crate::resources::{NS, Resources};
use crate::units::{mm, num};
use typst::layout::{Frame, FrameItem, Transform};
use typst_layout::Page;

/// The `Content.xml` of `page`.
pub(crate) fn content(page: &Page, res: &mut Resources) -> Result<String, OfdError> {
    let size = page.frame.size();
    let (width, height) = (mm(size.x), mm(size.y));
    let layer = res.ids.next();
    let mut objects = String::new();
    if let Some(fill) = page.fill_or_transparent() {
        let background = typst::visualize::Geometry::Rect(size).filled(fill);
        objects.extend(crate::path::object(&background, Transform::identity(), res));
    }
    walk(&page.frame, Transform::identity(), res, &mut objects)?;
    Ok(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ofd:Page xmlns:ofd=\"{NS}\"><ofd:Area><ofd:PhysicalBox>0 0 {} {}</ofd:PhysicalBox></ofd:Area><ofd:Content><ofd:Layer ID=\"{layer}\">{objects}</ofd:Layer></ofd:Content></ofd:Page>",
        num(width),
        num(height)
    ))
}

/// Writes the objects of `frame`, whose origin `ts` carries onto the page.
///
/// Clipping is not carried over: gongwen's pages clip nothing.
fn walk(
    frame: &Frame,
    ts: Transform,
    res: &mut Resources,
    out: &mut String,
) -> Result<(), OfdError> {
    for (pos, item) in frame.items() {
        let here = ts.pre_concat(Transform::translate(pos.x, pos.y));
        match item {
            FrameItem::Group(group) => {
                walk(&group.frame, here.pre_concat(group.transform), res, out)?;
            }
            FrameItem::Text(text) => out.push_str(&crate::text::objects(text, here, res)),
            FrameItem::Shape(shape, _) => out.extend(crate::path::object(shape, here, res)),
            FrameItem::Image(image, size, _) => {
                out.push_str(&crate::images::object(image, *size, here, res)?);
            }
            FrameItem::Link(..) | FrameItem::Tag(_) => {}
        }
    }
    Ok(())
}
