//! `gongwen fonts`: the face serving each role of the page, where it came from, and the
//! folder the shipped fonts were found in (or what to do when they were not).

use crate::Exit;
use gongwen_i18n::tr;
use gongwen_typst::Fonts;

pub(crate) fn fonts() -> Result<(), Exit> {
    let fonts = Fonts::load().map_err(|e| e.to_string())?;
    println!("{}", tr!("cli-fonts-found", count = fonts.len()));
    for face in fonts.roles() {
        let origin = if face.shipped {
            tr!("cli-fonts-shipped")
        } else {
            tr!("cli-fonts-installed")
        };
        let role = face.role.describe();
        // CJK characters take two columns in a terminal.
        let width: usize = role.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum();
        let line = tr!(
            "cli-fonts-role",
            role = role,
            pad = " ".repeat(34usize.saturating_sub(width)),
            family = &face.family,
            weight = face.weight,
            origin = origin,
            path = &face.path
        );
        println!("{line}");
    }
    match gongwen_typst::shipped_font_dirs().first() {
        Some(dir) => println!("{}", tr!("cli-fonts-dir", dir = dir)),
        None => {
            let searched: Vec<String> = (gongwen_typst::font_dir_candidates().iter())
                .map(|p| p.display().to_string())
                .collect();
            let home = gongwen_typst::user_font_dir()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| "~/.local/share/gongwen/fonts".into());
            println!(
                "{}",
                tr!(
                    "cli-fonts-no-dir",
                    home = home,
                    searched = searched.join(&tr!("cli-list-separator"))
                )
            );
        }
    }
    Ok(())
}
