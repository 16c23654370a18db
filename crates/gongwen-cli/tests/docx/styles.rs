//! Styles: resolving a property through a run, its character style, the paragraph, its style
//! chain (`w:basedOn`) and `w:docDefaults`, as Word does; and the properties the tests read.

use crate::package::{Docx, El};

/// `word/styles.xml`.
pub(crate) struct Styles {
    /// The `w:styles` element.
    root: El,
}

impl Styles {
    /// The styles of `docx`.
    pub(crate) fn of(docx: &Docx) -> Styles {
        let mut doc = docx.xml("word/styles.xml");
        let root = doc
            .kids
            .pop()
            .unwrap_or_else(|| panic!("{}: empty word/styles.xml", docx.what));
        Styles { root }
    }

    /// The style with id `id`.
    pub(crate) fn style(&self, id: &str) -> Option<&El> {
        self.root
            .kids
            .iter()
            .find(|s| s.name == "style" && s.attr("styleId") == Some(id))
    }

    /// The `w:name` of style `id`.
    pub(crate) fn name(&self, id: &str) -> Option<&str> {
        self.style(id)?.child("name")?.attr("val")
    }

    /// The default paragraph style's id (Normal, as a rule).
    fn default_paragraph(&self) -> Option<&str> {
        self.root
            .kids
            .iter()
            .find(|s| {
                s.name == "style"
                    && s.attr("type") == Some("paragraph")
                    && matches!(s.attr("default"), Some("1" | "true" | "on"))
            })
            .and_then(|s| s.attr("styleId"))
    }

    /// `id`, then the styles it is based on.
    fn chain(&self, id: &str) -> Vec<&El> {
        let mut out = Vec::new();
        let mut next = Some(id.to_string());
        while let Some(id) = next.take() {
            let Some(style) = self.style(&id) else { break };
            if out.len() > 20 {
                panic!("w:basedOn loops through style {id}");
            }
            out.push(style);
            next = style
                .child("basedOn")
                .and_then(|b| b.attr("val"))
                .map(String::from);
        }
        out
    }

    /// A run property from style `id` (and what it is based on), else from w:docDefaults.
    pub(crate) fn run_prop<T>(&self, id: &str, get: &impl Fn(&El) -> Option<T>) -> Option<T> {
        self.chain(id)
            .into_iter()
            .find_map(|s| s.child("rPr").and_then(get))
            .or_else(|| self.default_rpr().and_then(get))
    }

    /// The run properties of `w:docDefaults`.
    fn default_rpr(&self) -> Option<&El> {
        self.root.at(&["docDefaults", "rPrDefault", "rPr"])
    }

    /// A paragraph property from style `id` (and what it is based on), else w:docDefaults.
    pub(crate) fn para_prop<T>(&self, id: &str, get: &impl Fn(&El) -> Option<T>) -> Option<T> {
        self.chain(id)
            .into_iter()
            .find_map(|s| s.child("pPr").and_then(get))
            .or_else(|| {
                self.root
                    .at(&["docDefaults", "pPrDefault", "pPr"])
                    .and_then(get)
            })
    }

    /// The paragraph style of `p`: its w:pStyle, else the default paragraph style.
    fn style_of_paragraph<'a>(&'a self, p: &'a El) -> Option<&'a str> {
        paragraph_style(p).or_else(|| self.default_paragraph())
    }

    /// A run property of run `r` in paragraph `p`: the run's own w:rPr, its character style,
    /// the paragraph's style, w:docDefaults.
    pub(crate) fn resolved_run_prop<T>(
        &self,
        p: &El,
        r: &El,
        get: &impl Fn(&El) -> Option<T>,
    ) -> Option<T> {
        let rpr = r.child("rPr");
        rpr.and_then(get)
            .or_else(|| {
                let id = rpr?.child("rStyle")?.attr("val")?;
                self.chain(id)
                    .into_iter()
                    .find_map(|s| s.child("rPr").and_then(get))
            })
            .or_else(|| {
                let id = self.style_of_paragraph(p)?;
                self.run_prop(id, get)
            })
            .or_else(|| self.default_rpr().and_then(get))
    }

    /// A paragraph property of `p`: its own w:pPr, else its style's.
    pub(crate) fn resolved_para_prop<T>(
        &self,
        p: &El,
        get: &impl Fn(&El) -> Option<T>,
    ) -> Option<T> {
        p.child("pPr").and_then(get).or_else(|| {
            let id = self.style_of_paragraph(p)?;
            self.para_prop(id, get)
        })
    }
}

/// The `w:pStyle` of paragraph `p`.
pub(crate) fn paragraph_style(p: &El) -> Option<&str> {
    p.at(&["pPr", "pStyle"])?.attr("val")
}

/// The East-Asian font of run properties `rpr`.
pub(crate) fn east_asia_font(rpr: &El) -> Option<String> {
    rpr.child("rFonts")?.attr("eastAsia").map(String::from)
}

/// The `w:sz` (half-points) of run properties `rpr`.
pub(crate) fn font_size(rpr: &El) -> Option<String> {
    rpr.child("sz")?.attr("val").map(String::from)
}

/// The colour of run properties `rpr`, in upper case.
pub(crate) fn color(rpr: &El) -> Option<String> {
    rpr.child("color")?.attr("val").map(str::to_ascii_uppercase)
}

/// The shading fill of run properties `rpr`, in upper case.
pub(crate) fn shading(rpr: &El) -> Option<String> {
    rpr.child("shd")?.attr("fill").map(str::to_ascii_uppercase)
}

/// Whether an on/off property (w:b, …) is on: present, and not switched off by its w:val.
pub(crate) fn on_off(el: Option<&El>) -> Option<bool> {
    el.map(|e| !matches!(e.attr("val"), Some("0" | "false" | "off")))
}

/// The colour of the bottom border of paragraph properties `ppr`, when it has one.
pub(crate) fn bottom_border_color(ppr: &El) -> Option<String> {
    let bottom = ppr.at(&["pBdr", "bottom"])?;
    if matches!(bottom.attr("val"), Some("none" | "nil")) {
        return None;
    }
    Some(bottom.attr("color").unwrap_or("auto").to_ascii_uppercase())
}
