//! What the pages of one document share while they are written: object ids and the fonts
//! and images used.

use crate::fonts::FontSet;
use std::cell::Cell;
use std::collections::HashMap;
use typst::visualize::Image;

/// The OFD namespace.
pub(crate) const NS: &str = "http://www.ofdspec.org/2016";

/// Object ids, unique in the document and counted from 1.
#[derive(Default)]
pub(crate) struct Ids(Cell<u32>);

impl Ids {
    /// A new id.
    pub(crate) fn next(&self) -> u32 {
        self.0.set(self.0.get() + 1);
        self.0.get()
    }

    /// The highest id given.
    pub(crate) fn max(&self) -> u32 {
        self.0.get()
    }
}

/// What the pages share: ids, fonts and images.
#[derive(Default)]
pub(crate) struct Resources {
    /// Object and resource ids.
    pub ids: Ids,
    /// The fonts used.
    pub fonts: FontSet,
    /// The images used.
    pub images: ImageSet,
}

/// One image file in `Res/`.
pub(crate) struct Media {
    /// Its resource id.
    pub id: u32,
    /// Its file name.
    pub file: String,
    /// `PNG` or `JPEG`.
    pub format: &'static str,
    /// Its bytes.
    pub data: Vec<u8>,
}

/// The images used so far, each file once.
#[derive(Default)]
pub(crate) struct ImageSet {
    /// Each image's resource id.
    pub ids: HashMap<Image, u32>,
    /// The files, in order of first use.
    pub files: Vec<Media>,
}
