//! Millimetres as OFD writes them, and where an object goes: its Boundary and, for a
//! turned object, the CTM that carries its own coordinates onto the page.

use typst::layout::{Abs, Transform};

/// A length in millimetres, to a thousandth, without trailing zeros.
pub(crate) fn num(v: f64) -> String {
    let rounded = (v * 1000.0).round() / 1000.0;
    let text = format!("{:.3}", if rounded == 0.0 { 0.0 } else { rounded });
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A Typst length in millimetres.
pub(crate) fn mm(v: Abs) -> f64 {
    v.to_mm()
}

/// Whether `ts` only moves what it carries: neither turns nor scales it.
pub(crate) fn moved_only(ts: Transform) -> bool {
    ts.sx.get() == 1.0 && ts.sy.get() == 1.0 && ts.kx.is_zero() && ts.ky.is_zero()
}

/// Where an object is drawn: the attributes that place it, and what to add to its own
/// coordinates (in millimetres) to write them relative to its Boundary.
pub(crate) struct Place {
    /// `Boundary="x y w h"`, and ` CTM="…"` when the object is turned or scaled.
    pub attributes: String,
    /// Added to the object's own x and y.
    pub shift: (f64, f64),
}

/// Places an object whose own coordinates span `bbox` (x0, y0, x1, y1 in mm) under the
/// transform `ts`.
///
/// A moved object gets a Boundary around it and coordinates relative to that; a turned
/// or scaled one gets the box around its turned corners as Boundary and `ts`, moved into
/// that box, as its CTM.
pub(crate) fn place(ts: Transform, bbox: [f64; 4]) -> Place {
    if moved_only(ts) {
        let (x, y) = (mm(ts.tx) + bbox[0], mm(ts.ty) + bbox[1]);
        let (w, h) = (bbox[2] - bbox[0], bbox[3] - bbox[1]);
        let attributes = format!("Boundary=\"{} {} {} {}\"", num(x), num(y), num(w), num(h));
        return Place {
            attributes,
            shift: (-bbox[0], -bbox[1]),
        };
    }
    // The Boundary is the box around the turned corners; the CTM moves the object
    // into it.
    let corners = [
        (bbox[0], bbox[1]),
        (bbox[2], bbox[1]),
        (bbox[0], bbox[3]),
        (bbox[2], bbox[3]),
    ];
    let turned = corners.map(|(x, y)| {
        let (a, b, c, d) = (ts.sx.get(), ts.ky.get(), ts.kx.get(), ts.sy.get());
        (a * x + c * y + mm(ts.tx), b * x + d * y + mm(ts.ty))
    });
    let x0 = turned.iter().map(|p| p.0).fold(f64::INFINITY, f64::min);
    let y0 = turned.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
    let x1 = turned.iter().map(|p| p.0).fold(f64::NEG_INFINITY, f64::max);
    let y1 = turned.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max);
    let attributes = format!(
        "Boundary=\"{} {} {} {}\" CTM=\"{} {} {} {} {} {}\"",
        num(x0),
        num(y0),
        num(x1 - x0),
        num(y1 - y0),
        num(ts.sx.get()),
        num(ts.ky.get()),
        num(ts.kx.get()),
        num(ts.sy.get()),
        num(mm(ts.tx) - x0),
        num(mm(ts.ty) - y0)
    );
    Place {
        attributes,
        shift: (0.0, 0.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(210.0), "210");
        assert_eq!(num(5.6444), "5.644");
        assert_eq!(num(-0.0001), "0");
        assert_eq!(num(0.5), "0.5");
    }

    #[test]
    fn a_moved_object_gets_its_own_boundary() {
        let ts = Transform::translate(Abs::mm(28.0), Abs::mm(37.0));
        let place = place(ts, [-1.0, -5.0, 10.0, 1.0]);
        assert_eq!(place.attributes, "Boundary=\"27 32 11 6\"");
        assert_eq!(place.shift, (1.0, 5.0));
    }

    #[test]
    fn a_turned_object_gets_its_turned_box_and_a_ctm() {
        let ts = Transform::translate(Abs::mm(10.0), Abs::mm(20.0))
            .pre_concat(Transform::rotate(typst::layout::Angle::deg(90.0)));
        let place = place(ts, [0.0, -4.0, 5.0, 1.0]);
        // The run's box turned: x from 10 - 1 to 10 + 4, y from 20 to 25.
        assert_eq!(
            place.attributes,
            "Boundary=\"9 20 5 5\" CTM=\"0 1 -1 0 1 0\""
        );
    }
}
