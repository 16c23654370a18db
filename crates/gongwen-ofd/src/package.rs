//! The OFD package: `OFD.xml` with the document's information, `Doc_0/Document.xml`,
//! the resources and the pages, packed in one zip container.

use crate::OfdError;
use crate::page::content;
use crate::resources::{NS, Resources};
use crate::units::num;
use quick_xml::escape::escape;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::Write;
use typst_layout::PagedDocument;
use zip::write::SimpleFileOptions;

const XML: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

/// What OFD.xml says of the document (its DocInfo).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Info {
    /// The title (标题).
    pub title: String,
    /// The author: the 发文机关.
    pub author: String,
    /// The day the file was made, `YYYY-MM-DD`.
    pub created: String,
}

/// The OFD package of `doc`.
pub(crate) fn write(doc: &PagedDocument, info: &Info) -> Result<Vec<u8>, OfdError> {
    let mut res = Resources::default();
    let mut parts: Vec<(String, Vec<u8>)> = Vec::new();
    let mut pages = String::new();
    for (i, page) in doc.pages().iter().enumerate() {
        let id = res.ids.next();
        let path = format!("Pages/Page_{i}/Content.xml");
        pages.push_str(&format!("<ofd:Page ID=\"{id}\" BaseLoc=\"{path}\"/>"));
        parts.push((
            format!("Doc_0/{path}"),
            content(page, &mut res)?.into_bytes(),
        ));
    }
    let fonts = res.fonts.embed()?;
    let font_list: String = fonts.iter().map(|f| f.xml.as_str()).collect();
    let public = resources("Fonts", &font_list);
    let media: String = res.images.files.iter().map(|m| {
        format!(
            "<ofd:MultiMedia ID=\"{}\" Type=\"Image\" Format=\"{}\"><ofd:MediaFile>{}</ofd:MediaFile></ofd:MultiMedia>",
            m.id, m.format, m.file
        )
    }).collect();
    let document_res = resources("MultiMedias", &media);
    let (w, h) = doc.pages().first().map_or((210.0, 297.0), |p| {
        (p.frame.width().to_mm(), p.frame.height().to_mm())
    });
    let document = format!(
        "{XML}<ofd:Document xmlns:ofd=\"{NS}\"><ofd:CommonData><ofd:MaxUnitID>{}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 {} {}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes></ofd:CommonData><ofd:Pages>{pages}</ofd:Pages></ofd:Document>",
        res.ids.max(),
        num(w),
        num(h)
    );
    let mut files = vec![
        ("Doc_0/Document.xml".to_string(), document.into_bytes()),
        ("Doc_0/PublicRes.xml".to_string(), public.into_bytes()),
        (
            "Doc_0/DocumentRes.xml".to_string(),
            document_res.into_bytes(),
        ),
    ];
    files.extend(
        fonts
            .into_iter()
            .map(|f| (format!("Doc_0/Res/{}", f.file), f.data)),
    );
    files.extend(
        res.images
            .files
            .into_iter()
            .map(|m| (format!("Doc_0/Res/{}", m.file), m.data)),
    );
    files.extend(parts);
    let root = ofd_xml(info, &files);
    files.insert(0, ("OFD.xml".to_string(), root.into_bytes()));
    pack(&files).map_err(|e| OfdError::Pack(e.to_string()))
}

/// A resource file listing `items` under `<ofd:{list}>`, its files in `Res/`.
fn resources(list: &str, items: &str) -> String {
    let inner = if items.is_empty() {
        String::new()
    } else {
        format!("<ofd:{list}>{items}</ofd:{list}>")
    };
    format!("{XML}<ofd:Res xmlns:ofd=\"{NS}\" BaseLoc=\"Res\">{inner}</ofd:Res>")
}

/// The entry file: the document's information and where its root is. Its DocID is a
/// hash of the other files, so the same pages always get the same id.
fn ofd_xml(info: &Info, files: &[(String, Vec<u8>)]) -> String {
    let mut id = String::new();
    for seed in [0u8, 1] {
        let mut hasher = DefaultHasher::new();
        seed.hash(&mut hasher);
        files.hash(&mut hasher);
        id.push_str(&format!("{:016x}", hasher.finish()));
    }
    let mut doc_info = format!("<ofd:DocID>{id}</ofd:DocID>");
    if !info.title.is_empty() {
        doc_info.push_str(&format!("<ofd:Title>{}</ofd:Title>", escape(&info.title)));
    }
    if !info.author.is_empty() {
        doc_info.push_str(&format!(
            "<ofd:Author>{}</ofd:Author>",
            escape(&info.author)
        ));
    }
    if !info.created.is_empty() {
        let created = escape(&info.created);
        doc_info.push_str(&format!("<ofd:CreationDate>{created}</ofd:CreationDate>"));
    }
    doc_info.push_str(&format!(
        "<ofd:Creator>gongwen</ofd:Creator><ofd:CreatorVersion>{}</ofd:CreatorVersion>",
        env!("CARGO_PKG_VERSION")
    ));
    format!(
        "{XML}<ofd:OFD xmlns:ofd=\"{NS}\" Version=\"1.0\" DocType=\"OFD\"><ofd:DocBody><ofd:DocInfo>{doc_info}</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
    )
}

/// The files packed in a zip container, deflated.
fn pack(files: &[(String, Vec<u8>)]) -> zip::result::ZipResult<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in files {
        zip.start_file(name.as_str(), options)?;
        zip.write_all(data)?;
    }
    Ok(zip.finish()?.into_inner())
}
