//! Fonts for each role of a GB/T 9704 page: installed standard faces first, shipped free faces after.

use gongwen_i18n::tr;
use std::path::{Path, PathBuf};
use typst::text::{Font, FontBook, FontInfo, FontWeight};
use typst::utils::LazyHash;
use typst_kit::fonts::FontStore;

pub use gongwen_layout::{FontChoice, Role};

/// The face chosen for one role and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleFace {
    /// The role.
    pub role: Role,
    /// The font family Typst is asked for.
    pub family: String,
    /// The weight used (bold for the shipped 小标宋 stand-in).
    pub weight: u16,
    /// The file the face is read from.
    pub path: PathBuf,
    /// Whether the face is one the project ships rather than an installed one.
    pub shipped: bool,
    /// The shipped face that covers characters the chosen face lacks.
    pub fallback: String,
}

/// A role that no face can serve.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingFont {
    /// The role left without a face.
    pub role: Role,
    /// Where shipped fonts were looked for.
    pub searched: Vec<PathBuf>,
}

impl std::fmt::Display for MissingFont {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (standard, (free, _)) = self.role.candidates();
        let searched: Vec<String> = (self.searched.iter())
            .map(|p| p.display().to_string())
            .collect();
        let searched = if searched.is_empty() {
            font_dir_candidates()
                .iter()
                .map(|p| p.display().to_string())
                .collect()
        } else {
            searched
        };
        let home = user_font_dir().map_or(String::new(), |p| p.display().to_string());
        let message = tr!(
            "typst-no-font",
            role = self.role.describe(),
            standard = standard.join(", "),
            free = free,
            searched = searched.join(", "),
            home = home
        );
        f.write_str(&message)
    }
}

impl std::error::Error for MissingFont {}

/// Every font Typst may use, with the face chosen for each role.
pub struct Fonts {
    store: FontStore,
    paths: Vec<PathBuf>,
    roles: Vec<RoleFace>,
}

impl Fonts {
    /// Loads the installed fonts and the shipped ones and chooses a face for every role.
    pub fn load() -> Result<Fonts, MissingFont> {
        Self::load_from(&shipped_font_dirs(), true)
    }

    /// Loads the fonts `choice` allows: installed and shipped, or shipped only.
    pub fn load_choice(choice: FontChoice) -> Result<Fonts, MissingFont> {
        Self::load_from(&shipped_font_dirs(), choice == FontChoice::Standard)
    }

    /// Loads fonts from `dirs` (and the system when `system` is set) and resolves the roles.
    pub fn load_from(dirs: &[PathBuf], system: bool) -> Result<Fonts, MissingFont> {
        let mut store = FontStore::new();
        let mut paths = Vec::new();
        let mut shipped = Vec::new();
        let mut add = |entries: Vec<(typst_kit::fonts::FontPath, FontInfo)>, is_shipped: bool| {
            for (source, info) in entries {
                paths.push(source.path.clone());
                shipped.push(is_shipped);
                store.push((source, info));
            }
        };
        if system {
            add(typst_kit::fonts::system().collect(), false);
        }
        for dir in dirs {
            add(typst_kit::fonts::scan(dir).collect(), true);
        }
        let roles = Role::ALL
            .iter()
            .map(|&role| resolve(role, store.book(), &paths, &shipped, dirs))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Fonts {
            store,
            paths,
            roles,
        })
    }

    /// The face chosen for each role.
    pub fn roles(&self) -> &[RoleFace] {
        &self.roles
    }

    /// The face chosen for `role`.
    pub fn role(&self, role: Role) -> &RoleFace {
        self.roles
            .iter()
            .find(|r| r.role == role)
            .expect("every role is resolved")
    }

    /// The font book Typst looks faces up in.
    pub fn book(&self) -> &LazyHash<FontBook> {
        self.store.book()
    }

    /// The font at `index` in the book, loaded on first use.
    pub fn font(&self, index: usize) -> Option<Font> {
        self.store.font(index)
    }

    /// How many faces were found.
    pub fn len(&self) -> usize {
        self.paths.len()
    }

    /// Whether no face was found at all.
    pub fn is_empty(&self) -> bool {
        self.paths.is_empty()
    }
}

fn resolve(
    role: Role,
    book: &FontBook,
    paths: &[PathBuf],
    shipped: &[bool],
    dirs: &[PathBuf],
) -> Result<RoleFace, MissingFont> {
    let (standard, (free, free_weight)) = role.candidates();
    let free_weight = FontWeight::from_number(free_weight);
    let find = |family: &str, weight: FontWeight| {
        book.select_family(&family.to_lowercase())
            .find(|&i| {
                book.info(i)
                    .is_some_and(|info| info.variant.weight == weight)
            })
            .or_else(|| book.select_family(&family.to_lowercase()).next())
    };
    // FandolFang names its family "FandolFang R" in the legacy name table.
    let free_r = format!("{free} R");
    let chosen = standard
        .iter()
        .find_map(|name| find(name, FontWeight::REGULAR).map(|i| (i, FontWeight::REGULAR)))
        .or_else(|| find(free, free_weight).map(|i| (i, free_weight)))
        .or_else(|| find(&free_r, free_weight).map(|i| (i, free_weight)));
    let Some((index, weight)) = chosen else {
        return Err(MissingFont {
            role,
            searched: dirs.to_vec(),
        });
    };
    let info = book.info(index).expect("index comes from the book");
    Ok(RoleFace {
        role,
        family: info.family.clone(),
        weight: weight.to_number(),
        path: paths[index].clone(),
        shipped: shipped[index],
        fallback: if book.select_family(&free.to_lowercase()).next().is_some() {
            free.to_string()
        } else {
            free_r
        },
    })
}

/// Where a user puts the shipped fonts for an installed `gongwen` (one that has no
/// checkout beside it): `$XDG_DATA_HOME/gongwen/fonts`, else
/// `~/.local/share/gongwen/fonts` (on Windows `%APPDATA%\gongwen\fonts`).
pub fn user_font_dir() -> Option<PathBuf> {
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    let data = var("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| var("HOME").map(|h| Path::new(&h).join(".local/share")))
        .or_else(|| var("APPDATA").map(PathBuf::from))?;
    Some(data.join("gongwen").join("fonts"))
}

/// Every folder the shipped fonts are looked for in, in order, whether it exists or not:
/// `$GONGWEN_FONTS` (or `$GONGWEN_FONT_DIR`), `fonts/` beside the executable and in the
/// folders above it (a `target/release/gongwen` finds the checkout's `fonts/`), the
/// checkout this crate was built from (still there after `cargo install --path`), and
/// [`user_font_dir`].
pub fn font_dir_candidates() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    for name in ["GONGWEN_FONTS", "GONGWEN_FONT_DIR"] {
        if let Some(dir) = std::env::var_os(name).filter(|v| !v.is_empty()) {
            dirs.push(PathBuf::from(dir));
        }
    }
    if let Ok(exe) = std::env::current_exe() {
        for dir in exe.ancestors().skip(1).take(4) {
            dirs.push(dir.join("fonts"));
        }
    }
    let checkout = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fonts");
    dirs.push(checkout.canonicalize().unwrap_or(checkout));
    dirs.extend(user_font_dir());
    dirs
}

/// The folder the shipped fonts are read from: the first of [`font_dir_candidates`]
/// that exists (none when none does).
pub fn shipped_font_dirs() -> Vec<PathBuf> {
    let found = font_dir_candidates()
        .into_iter()
        .filter_map(|dir| dir.canonicalize().ok())
        .find(|dir| dir.is_dir());
    // The first folder that exists is enough: the same fonts twice only slow loading.
    found.into_iter().collect()
}
