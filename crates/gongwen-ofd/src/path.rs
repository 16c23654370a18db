//! Rules, borders and other shapes as OFD PathObjects, and colours as OFD writes them.

use crate::resources::Resources;
use crate::units::{mm, num, place};
use typst::layout::{Point, Transform};
use typst::visualize::{
    CurveItem, FillRule, FixedStroke, Geometry, LineCap, LineJoin, Paint, Shape,
};

/// `<ofd:{element} Value="r g b"/>` for `paint`, with its Alpha when not opaque.
///
/// gongwen's pages paint in solid colours only; a gradient or tiling would be written
/// in black.
pub(crate) fn colour(element: &str, paint: &Paint) -> String {
    let [r, g, b, a] = match paint {
        Paint::Solid(color) => color.to_vec4_u8(),
        _ => [0, 0, 0, 255],
    };
    let alpha = if a < 255 {
        format!(" Alpha=\"{a}\"")
    } else {
        String::new()
    };
    format!("<ofd:{element} Value=\"{r} {g} {b}\"{alpha}/>")
}

/// The PathObject of `shape` placed by `ts`, or nothing when it neither fills nor strokes.
pub(crate) fn object(shape: &Shape, ts: Transform, res: &Resources) -> Option<String> {
    if shape.fill.is_none() && shape.stroke.is_none() {
        return None;
    }
    let (commands, points) = commands(&shape.geometry);
    let half = shape
        .stroke
        .as_ref()
        .map_or(0.0, |s| s.thickness.to_mm() / 2.0);
    let xs = points.iter().map(|p| p.0);
    let ys = points.iter().map(|p| p.1);
    let bbox = [
        xs.clone().fold(f64::INFINITY, f64::min) - half,
        ys.clone().fold(f64::INFINITY, f64::min) - half,
        xs.fold(f64::NEG_INFINITY, f64::max) + half,
        ys.fold(f64::NEG_INFINITY, f64::max) + half,
    ];
    let at = place(ts, bbox);
    let mut data = Vec::new();
    let mut next = points.iter();
    for (op, count) in commands {
        data.push(op.to_string());
        for (x, y) in next.by_ref().take(count) {
            data.push(num(x + at.shift.0));
            data.push(num(y + at.shift.1));
        }
    }
    let mut attrs = format!("ID=\"{}\" {}", res.ids.next(), at.attributes);
    let mut inner = String::new();
    match &shape.stroke {
        Some(stroke) => {
            attrs.push_str(&stroke_attributes(stroke));
            inner.push_str(&colour("StrokeColor", &stroke.paint));
        }
        None => attrs.push_str(" Stroke=\"false\""),
    }
    if let Some(fill) = &shape.fill {
        attrs.push_str(" Fill=\"true\"");
        if shape.fill_rule == FillRule::EvenOdd {
            attrs.push_str(" Rule=\"Even-Odd\"");
        }
        inner.push_str(&colour("FillColor", fill));
    }
    Some(format!(
        "<ofd:PathObject {attrs}>{inner}<ofd:AbbreviatedData>{}</ofd:AbbreviatedData></ofd:PathObject>",
        data.join(" ")
    ))
}

/// An OFD path operator and how many points it takes.
type Op = (char, usize);

/// The path's commands (an OFD operator and how many points it takes) and its points
/// in millimetres from the shape's origin.
fn commands(geometry: &Geometry) -> (Vec<Op>, Vec<(f64, f64)>) {
    let at = |p: &Point| (mm(p.x), mm(p.y));
    match geometry {
        Geometry::Line(to) => (vec![('M', 1), ('L', 1)], vec![(0.0, 0.0), at(to)]),
        Geometry::Rect(size) => {
            let (w, h) = (mm(size.x), mm(size.y));
            let ops = vec![('M', 1), ('L', 1), ('L', 1), ('L', 1), ('C', 0)];
            (ops, vec![(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)])
        }
        Geometry::Curve(curve) => {
            let mut ops = Vec::new();
            let mut points = Vec::new();
            for item in curve.0.iter() {
                match item {
                    CurveItem::Move(p) => {
                        ops.push(('M', 1));
                        points.push(at(p));
                    }
                    CurveItem::Line(p) => {
                        ops.push(('L', 1));
                        points.push(at(p));
                    }
                    CurveItem::Cubic(a, b, c) => {
                        ops.push(('B', 3));
                        points.extend([at(a), at(b), at(c)]);
                    }
                    CurveItem::Close => ops.push(('C', 0)),
                }
            }
            if points.is_empty() {
                points.push((0.0, 0.0));
            }
            (ops, points)
        }
    }
}

/// The stroke's width, ends, joins and dashes as PathObject attributes.
pub(crate) fn stroke_attributes(stroke: &FixedStroke) -> String {
    let cap = match stroke.cap {
        LineCap::Butt => "Butt",
        LineCap::Round => "Round",
        LineCap::Square => "Square",
    };
    let join = match stroke.join {
        LineJoin::Miter => "Miter",
        LineJoin::Round => "Round",
        LineJoin::Bevel => "Bevel",
    };
    let mut out = format!(
        " Stroke=\"true\" LineWidth=\"{}\" Cap=\"{cap}\" Join=\"{join}\" MiterLimit=\"{}\"",
        num(stroke.thickness.to_mm()),
        num(stroke.miter_limit.get())
    );
    if let Some(dash) = &stroke.dash {
        let pattern: Vec<String> = dash.array.iter().map(|d| num(d.to_mm())).collect();
        out.push_str(&format!(
            " DashOffset=\"{}\" DashPattern=\"{}\"",
            num(dash.phase.to_mm()),
            pattern.join(" ")
        ));
    }
    out
}
