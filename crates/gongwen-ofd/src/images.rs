//! Images (the seal) as OFD ImageObjects over files in the document resources: PNG and
//! JPEG as they came, anything else (SVG, GIF, WebP, a PNG or JPEG whose EXIF turns it) drawn to PNG by
//! Typst's renderer at print resolution.

use crate::OfdError;
use crate::resources::{Media, Resources};
use crate::units::{mm, moved_only, num, place};
use typst::foundations::{Content, Smart};
use typst::layout::{Abs, Frame, FrameItem, Point, Ratio, Sides, Size, Transform};
use typst::syntax::Span;
use typst::visualize::{ExchangeFormat, Image, ImageKind, RasterFormat};
use typst_layout::Page;

/// Pixels per point for images drawn to PNG: 600 dpi.
const PIXELS_PER_PT: f64 = 600.0 / 72.0;
/// The longest side of an image drawn to PNG, in pixels.
const MAX_PIXELS: f64 = 4000.0;

/// The ImageObject of `image` drawn at `size` and placed by `ts`.
pub(crate) fn object(
    image: &Image,
    size: Size,
    ts: Transform,
    res: &mut Resources,
) -> Result<String, OfdError> {
    let resource = match res.images.ids.get(image) {
        Some(id) => *id,
        None => {
            let id = res.ids.next();
            let (format, data) = encode(image, size)?;
            let ext = if format == "JPEG" { "jpg" } else { "png" };
            let file = format!("image_{id}.{ext}");
            res.images.files.push(Media {
                id,
                file,
                format,
                data,
            });
            res.images.ids.insert(image.clone(), id);
            id
        }
    };
    let (w, h) = (mm(size.x), mm(size.y));
    // The image fills the unit square, which its CTM carries onto its place.
    let placed = if moved_only(ts) {
        let at = place(ts, [0.0, 0.0, w, h]);
        format!("{} CTM=\"{} 0 0 {} 0 0\"", at.attributes, num(w), num(h))
    } else {
        let scaled = ts.pre_concat(Transform::scale(Ratio::new(w), Ratio::new(h)));
        place(scaled, [0.0, 0.0, 1.0, 1.0]).attributes
    };
    Ok(format!(
        "<ofd:ImageObject ID=\"{}\" {placed} ResourceID=\"{resource}\"/>",
        res.ids.next()
    ))
}

/// The image as a file OFD embeds: its own bytes when an upright PNG or JPEG, else drawn.
fn encode(image: &Image, size: Size) -> Result<(&'static str, Vec<u8>), OfdError> {
    if let ImageKind::Raster(raster) = image.kind() {
        let upright = raster.exif_rotation().is_none_or(|r| r == 1);
        match raster.format() {
            RasterFormat::Exchange(ExchangeFormat::Png) if upright => {
                return Ok(("PNG", raster.data().to_vec()));
            }
            RasterFormat::Exchange(ExchangeFormat::Jpg) if upright => {
                return Ok(("JPEG", raster.data().to_vec()));
            }
            _ => {}
        }
    }
    Ok(("PNG", draw(image, size)?))
}

/// `image` drawn alone at `size` on a transparent page, as PNG.
fn draw(image: &Image, size: Size) -> Result<Vec<u8>, OfdError> {
    let longest = size.x.to_pt().max(size.y.to_pt()).max(1.0);
    let scale = PIXELS_PER_PT.min(MAX_PIXELS / longest);
    let mut frame = Frame::soft(size);
    frame.push(
        Point::zero(),
        FrameItem::Image(image.clone(), size, Span::detached()),
    );
    let page = Page {
        frame,
        bleed: Sides::splat(Abs::zero()),
        fill: Smart::Custom(None),
        numbering: None,
        supplement: Content::empty(),
        number: 1,
    };
    let options = typst_render::RenderOptions {
        pixel_per_pt: scale.into(),
        ..Default::default()
    };
    let pixmap = typst_render::render(&page, &options);
    pixmap
        .encode_png()
        .map_err(|e| OfdError::Image(e.to_string()))
}
