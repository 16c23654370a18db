//! The Typst `World` of one document: its generated source, its images, shared fonts and library.

use crate::fonts::Fonts;
use std::collections::HashMap;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, World};

/// Everything one compilation reads: shared fonts and library, this document's files.
pub struct DocWorld<'a> {
    library: &'a LazyHash<Library>,
    fonts: &'a Fonts,
    main: Source,
    files: HashMap<FileId, Bytes>,
}

/// The file id of a path inside the document's virtual project.
pub(crate) fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).unwrap_or_else(|_| VirtualPath::new("/invalid").unwrap());
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

impl<'a> DocWorld<'a> {
    /// A world whose main file is `source`, with `files` (path, bytes) readable by it.
    pub fn new(
        library: &'a LazyHash<Library>,
        fonts: &'a Fonts,
        source: String,
        files: Vec<(String, Vec<u8>)>,
    ) -> Self {
        let main = Source::new(file_id("/main.typ"), source);
        let files = files
            .into_iter()
            .map(|(p, b)| (file_id(&p), Bytes::new(b)))
            .collect();
        DocWorld {
            library,
            fonts,
            main,
            files,
        }
    }

    /// The generated main source.
    pub fn main_source(&self) -> &Source {
        &self.main
    }
}

impl World for DocWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.fonts.book()
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotSource)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main.id() {
            return Ok(Bytes::from_string(self.main.clone()));
        }
        self.files
            .get(&id)
            .cloned()
            .ok_or_else(|| FileError::NotFound(id.get().vpath().get_with_slash().into()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.font(index)
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        None
    }
}
