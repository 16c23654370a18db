//! Scratch: compile a .typ file with gongwen's fonts.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let src = std::fs::read_to_string(&args[1]).unwrap();
    let t = gongwen_typst::Typesetter::new(gongwen_typst::Fonts::load().unwrap());
    match t.compile(src, vec![]) {
        Ok(doc) => std::fs::write(
            &args[2],
            t.export(&doc, gongwen_typst::PageFormat::Pdf).unwrap(),
        )
        .unwrap(),
        Err(e) => {
            for x in e {
                eprintln!("{x}");
            }
        }
    }
}
