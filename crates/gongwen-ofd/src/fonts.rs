//! The fonts a document's text uses, each embedded as a subset that keeps a cmap, so a
//! reader finds every character's glyph from the TextCode alone.

use crate::OfdError;
use crate::units::num;
use quick_xml::escape::escape;
use std::collections::{BTreeMap, HashMap};
use subsetter::GlyphRemapper;
use typst::text::{Font, FontInstance};
use write_fonts::FontBuilder;
use write_fonts::read::FontRef;
use write_fonts::tables::cmap::Cmap;
use write_fonts::types::{GlyphId, Tag};

/// One font instance as the pages use it: its resource id, its variation coordinates
/// (a variable font's instance), its glyphs and the characters that reach their glyph
/// through the font's own cmap.
pub(crate) struct FontUse {
    /// The font's resource id.
    pub id: u32,
    coords: Vec<(subsetter::Tag, f32)>,
    remapper: GlyphRemapper,
    cmap: BTreeMap<char, u16>,
}

impl FontUse {
    /// The id in the subset of the font's glyph `old`.
    pub(crate) fn glyph(&mut self, old: u16) -> u16 {
        self.remapper.remap(old)
    }

    /// Records that `c` is drawn with the subset's glyph `new`, its cmap glyph.
    pub(crate) fn map(&mut self, c: char, new: u16) {
        self.cmap.entry(c).or_insert(new);
    }
}

/// A font and the bits of its variation coordinates: one instance.
type Key = (Font, Vec<([u8; 4], u32)>);

/// Every font instance used so far, in order of first use.
#[derive(Default)]
pub(crate) struct FontSet {
    order: Vec<Key>,
    uses: HashMap<Key, FontUse>,
}

/// One embedded font: its `<ofd:Font>` element and its file in `Res/`.
pub(crate) struct Embedded {
    /// The `<ofd:Font>` element.
    pub xml: String,
    /// The file's name in `Res/`.
    pub file: String,
    /// The subset.
    pub data: Vec<u8>,
}

impl FontSet {
    /// The use of `font`, with the resource id `id()` when it is new.
    pub(crate) fn entry(&mut self, font: &FontInstance, id: impl FnOnce() -> u32) -> &mut FontUse {
        let variations = &font.variations().0;
        let bits = variations
            .iter()
            .map(|(t, v)| (t.to_bytes(), v.0.to_bits()));
        let key: Key = (font.font().clone(), bits.collect());
        if !self.uses.contains_key(&key) {
            self.order.push(key.clone());
        }
        let coords = variations
            .iter()
            .map(|(t, v)| (subsetter::Tag::new(&t.to_bytes()), v.0));
        self.uses.entry(key).or_insert_with(|| FontUse {
            id: id(),
            coords: coords.collect(),
            remapper: GlyphRemapper::new(),
            cmap: BTreeMap::new(),
        })
    }

    /// Every font subset, in order of first use.
    pub(crate) fn embed(&self) -> Result<Vec<Embedded>, OfdError> {
        self.order
            .iter()
            .map(|key| {
                let (font, used) = (&key.0, &self.uses[key]);
                let name = font.info().family.clone();
                let data = subset(font, used).map_err(|detail| OfdError::Font {
                    font: name.clone(),
                    detail,
                })?;
                let ext = if data.starts_with(b"OTTO") {
                    "otf"
                } else {
                    "ttf"
                };
                let file = format!("font_{}.{ext}", used.id);
                Ok(Embedded {
                    xml: element(font, used, &file),
                    file,
                    data,
                })
            })
            .collect()
    }
}

/// The `<ofd:Font>` element of `font` as `used`.
fn element(font: &Font, used: &FontUse, file: &str) -> String {
    let (id, info) = (used.id, font.info());
    let family = info.family.as_str();
    let name = font
        .post_script_name()
        .unwrap_or_else(|| family.to_string());
    let weight = used.coords.iter().find(|(t, _)| t.get() == b"wght");
    let weight = weight.map_or(f32::from(info.variant.weight.to_number()), |(_, w)| *w);
    let mut flags = String::new();
    if weight >= 600.0 {
        flags.push_str(" Bold=\"true\"");
    }
    if info.variant.style != typst::text::FontStyle::Normal {
        flags.push_str(" Italic=\"true\"");
    }
    format!(
        "<ofd:Font ID=\"{id}\" FontName=\"{}\" FamilyName=\"{}\"{flags}><ofd:FontFile>{}</ofd:FontFile></ofd:Font>",
        escape(&name),
        escape(family),
        escape(file)
    )
}

/// The glyphs of `font` that `used` names, renumbered (a variable font's at the
/// instance's coordinates), with a cmap for the characters drawn with their cmap glyph
/// and the original OS/2 table (subsetter, written for PDF, drops both).
fn subset(font: &Font, used: &FontUse) -> Result<Vec<u8>, String> {
    let (data, index) = (font.data().as_slice(), font.index());
    let sub = if used.coords.is_empty() {
        subsetter::subset(data, index, &used.remapper)
    } else {
        subsetter::subset_with_variations(data, index, &used.coords, &used.remapper)
    };
    let sub = sub.map_err(|e| e.to_string())?;
    let mappings = used
        .cmap
        .iter()
        .map(|(c, g)| (*c, GlyphId::new(u32::from(*g))));
    let cmap = Cmap::from_mappings(mappings).map_err(|e| e.to_string())?;
    let original = FontRef::from_index(font.data(), font.index()).map_err(|e| e.to_string())?;
    let os2 = Tag::new(b"OS/2");
    let subset_ref = FontRef::new(&sub).map_err(|e| e.to_string())?;
    let mut builder = FontBuilder::new();
    builder.add_table(&cmap).map_err(|e| e.to_string())?;
    if let Some(table) = original.table_data(os2) {
        builder.add_raw(os2, table.as_bytes());
    }
    builder.copy_missing_tables(subset_ref);
    Ok(builder.build())
}

/// The size of `font`'s em box around the baseline, in ems: how far it reaches up and
/// down (from the font's bounding box), for a text object's Boundary.
pub(crate) fn extent(font: &FontInstance) -> (f64, f64) {
    let ttf = font.ttf();
    let per_em = f64::from(ttf.units_per_em().max(1));
    let bbox = ttf.global_bounding_box();
    let up = (f64::from(bbox.y_max) / per_em).max(1.0);
    let down = (-f64::from(bbox.y_min) / per_em).max(0.25);
    (up, down)
}

/// A font size written in millimetres.
pub(crate) fn size(pt: f64) -> String {
    num(pt * 25.4 / 72.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use typst::foundations::Bytes;
    use write_fonts::read::TableProvider;

    /// Embeds `text`'s characters of the face in `data` and reads the subset back.
    fn embed(data: Vec<u8>, text: &str, ext: &str) {
        let font = Font::new(Bytes::new(data.clone()), 0).expect("a font");
        let original = FontRef::new(&data).expect("the face");
        let charmap = original.cmap().expect("a cmap");
        let mut set = FontSet::default();
        let size = typst::layout::Abs::pt(16.0);
        let variant = typst::text::FontVariant::default();
        let instance = font.instantiate(variant, size, &Default::default());
        let used = set.entry(&instance, || 7);
        let mut expected = Vec::new();
        for c in text.chars() {
            let old = charmap.map_codepoint(c).expect("in the face").to_u32() as u16;
            let new = used.glyph(old);
            used.map(c, new);
            expected.push((c, new));
        }
        let embedded = set.embed().expect("subset");
        assert_eq!(embedded.len(), 1);
        assert_eq!(embedded[0].file, format!("font_7.{ext}"));
        assert!(embedded[0].xml.contains("<ofd:FontFile>font_7."));
        let subset = FontRef::new(&embedded[0].data).expect("the subset is a font");
        let cmap = subset.cmap().expect("the subset has a cmap");
        for (c, new) in expected {
            let got = cmap.map_codepoint(c).map(|g| g.to_u32());
            assert_eq!(got, Some(u32::from(new)), "{c}");
        }
        assert!(subset.os2().is_ok(), "OS/2 kept");
        let glyphs = subset.maxp().expect("maxp").num_glyphs();
        assert!(usize::from(glyphs) <= text.chars().count() + 1);
        assert!(embedded[0].data.len() < data.len() / 10);
    }

    #[test]
    fn a_cff_face_is_embedded_as_opentype_cff_with_a_cmap() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../fonts/fandol/FandolFang-Regular.otf"
        );
        embed(
            std::fs::read(path).expect("shipped font"),
            "关于做好2023年工作的通知",
            "otf",
        );
    }

    #[test]
    fn a_truetype_face_is_embedded_as_truetype_with_a_cmap() {
        let dejavu = typst_assets::fonts()
            .find(|data| data.starts_with(&[0, 1, 0, 0]))
            .expect("a TrueType face among Typst's");
        embed(dejavu.to_vec(), "OFD-2023", "ttf");
    }
}

#[cfg(test)]
mod variable {
    use super::*;
    use typst::foundations::Bytes;
    use typst::text::{FontVariant, FontWeight};
    use write_fonts::read::TableProvider;

    /// How far right the outline of U+20000 reaches in the subset of
    /// `tests/data/variable-weight.ttf` (a
    /// one-glyph variable font, weight 100 to 900, its glyph wider as it gets bolder)
    /// embedded at `weight`.
    fn reach_at(weight: FontWeight) -> i16 {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/variable-weight.ttf"
        );
        let font = Font::new(Bytes::new(std::fs::read(path).unwrap()), 0).unwrap();
        let variant = FontVariant {
            weight,
            ..Default::default()
        };
        let size = typst::layout::Abs::pt(16.0);
        let instance = font.instantiate(variant, size, &Default::default());
        let old = instance.ttf().glyph_index('\u{20000}').unwrap().0;
        let mut set = FontSet::default();
        let used = set.entry(&instance, || 1);
        let new = used.glyph(old);
        used.map('\u{20000}', new);
        let data = set.embed().unwrap().remove(0).data;
        let subset = FontRef::new(&data).unwrap();
        let (loca, glyf) = (subset.loca(None).unwrap(), subset.glyf().unwrap());
        let glyph = loca.get_glyf(GlyphId::new(u32::from(new)), &glyf);
        glyph.unwrap().expect("an outline").x_max()
    }

    #[test]
    fn a_variable_font_is_embedded_at_the_instance_typst_drew() {
        let (regular, bold) = (reach_at(FontWeight::REGULAR), reach_at(FontWeight::BOLD));
        assert!(bold > regular, "bold {bold}, regular {regular}");
    }
}
