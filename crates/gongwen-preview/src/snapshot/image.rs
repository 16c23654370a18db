//! One page of a snapshot: its hash and size at once, its SVG when a browser first asks
//! for it (or, while one is connected, right after the render). The SVG is gzipped once,
//! when it is made, and kept (with the page) for as long as later renders draw the same
//! page, so an unchanged page is neither encoded nor compressed again; browsers cache it
//! by its hash.

use axum::body::Bytes;
use flate2::Compression;
use flate2::write::GzEncoder;
use gongwen_typst::preview::{Page, page_hash, page_size, page_svg};
use std::io::Write;
use std::sync::{Arc, OnceLock};

/// zlib-rs level 3: a look-back page's 1.8 MB of SVG to 0.36 MB (5.1×) in about 10 ms;
/// level 6 saves another 14 % in five times as long, level 1 leaves 60 % more.
const LEVEL: u32 = 3;

/// One laid-out page.
#[derive(Clone)]
pub(crate) struct PageImage {
    /// What it draws, hashed (`gongwen_typst::preview::page_hash`), as 32 hex digits.
    pub(crate) hash: String,
    /// Width in points.
    pub(crate) width: f64,
    /// Height in points.
    pub(crate) height: f64,
    encoded: Arc<Encoded>,
}

/// A page and its SVG, made at most once.
struct Encoded {
    page: Page,
    /// The SVG gzipped, or `None` if compressing failed (then it is sent as it is).
    gzip: OnceLock<Option<Bytes>>,
    /// The SVG as it is, made only for a client that does not take gzip.
    plain: OnceLock<Bytes>,
}

/// A page's SVG as it goes on the wire.
pub(crate) struct Body {
    /// `gzip`, or `None` for the SVG as it is.
    pub(crate) encoding: Option<&'static str>,
    /// The bytes.
    pub(crate) bytes: Bytes,
}

impl PageImage {
    /// `page`, hashed and measured; its SVG is made later, on the first request.
    pub(crate) fn new(page: &Page) -> PageImage {
        let (width, height) = page_size(page);
        PageImage {
            hash: format!("{:032x}", page_hash(page)),
            width,
            height,
            encoded: Arc::new(Encoded {
                page: page.clone(),
                gzip: OnceLock::new(),
                plain: OnceLock::new(),
            }),
        }
    }

    /// Whether its gzipped SVG is made.
    pub(crate) fn made(&self) -> bool {
        self.encoded.gzip.get().is_some()
    }

    /// The SVG, gzipped if the client takes `gzip`. Makes it on the first call (about
    /// 30 ms for a page of Chinese text: call it off the async threads); other callers
    /// wait for that one.
    pub(crate) fn body(&self, gzip: bool) -> Body {
        let encoded = &self.encoded;
        if gzip {
            let compressed = encoded
                .gzip
                .get_or_init(|| compress(&page_svg(&encoded.page)));
            if let Some(bytes) = compressed {
                return Body {
                    encoding: Some("gzip"),
                    bytes: bytes.clone(),
                };
            }
        }
        let plain = encoded
            .plain
            .get_or_init(|| Bytes::from(page_svg(&encoded.page)));
        Body {
            encoding: None,
            bytes: plain.clone(),
        }
    }
}

fn compress(svg: &str) -> Option<Bytes> {
    let mut encoder = GzEncoder::new(Vec::with_capacity(svg.len() / 4), Compression::new(LEVEL));
    encoder.write_all(svg.as_bytes()).ok()?;
    encoder.finish().ok().map(Bytes::from)
}
