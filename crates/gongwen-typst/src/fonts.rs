//! Fonts for each role of a GB/T 9704 page: installed standard faces first, shipped free faces after.

use std::path::{Path, PathBuf};
use typst::text::{Font, FontBook, FontInfo, FontWeight};
use typst::utils::LazyHash;
use typst_kit::fonts::FontStore;

/// The typographic roles of a 公文 and the faces GB/T 9704-2012 asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// 标题 and 发文机关标志: 小标宋.
    Title,
    /// 正文, third- and fourth-level headings: 仿宋.
    Body,
    /// First-level headings, 附件 label, 份号/密级: 黑体.
    Hei,
    /// Second-level headings, 签发人 names: 楷体.
    Kai,
    /// Page numbers: 宋体.
    Song,
}

impl Role {
    /// Every role, in the order `gongwen fonts` prints them.
    pub const ALL: [Role; 5] = [Role::Title, Role::Body, Role::Hei, Role::Kai, Role::Song];

    /// The role's name in the Typst prelude's `fonts` dictionary.
    pub fn key(self) -> &'static str {
        match self {
            Role::Title => "title",
            Role::Body => "body",
            Role::Hei => "hei",
            Role::Kai => "kai",
            Role::Song => "song",
        }
    }

    /// What the role is, in the words of the standard.
    pub fn describe(self) -> &'static str {
        match self {
            Role::Title => "标题/发文机关标志 (小标宋)",
            Role::Body => "正文 (仿宋)",
            Role::Hei => "一级标题 (黑体)",
            Role::Kai => "二级标题 (楷体)",
            Role::Song => "页码 (宋体)",
        }
    }

    /// Installed standard faces, best first, then the shipped free face and its weight.
    fn candidates(self) -> (&'static [&'static str], (&'static str, FontWeight)) {
        match self {
            Role::Title => (
                &[
                    "FZXiaoBiaoSong-B05S",
                    "FZXiaoBiaoSong-B05",
                    "方正小标宋简体",
                    "FZXBSJW--GB1-0",
                ],
                ("FandolSong", FontWeight::BOLD),
            ),
            Role::Body => (
                &[
                    "FangSong_GB2312",
                    "仿宋_GB2312",
                    "FangSong",
                    "仿宋",
                    "STFangsong",
                ],
                ("FandolFang", FontWeight::REGULAR),
            ),
            Role::Hei => (
                &["SimHei", "黑体", "STHeiti"],
                ("FandolHei", FontWeight::REGULAR),
            ),
            Role::Kai => (
                &["KaiTi_GB2312", "楷体_GB2312", "KaiTi", "楷体", "STKaiti"],
                ("FandolKai", FontWeight::REGULAR),
            ),
            Role::Song => (
                &["SimSun", "宋体", "STSong"],
                ("FandolSong", FontWeight::REGULAR),
            ),
        }
    }
}

/// Which faces a document asks for: the standard ones offices have, or the free ones the
/// project ships (the same on every machine).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum FontChoice {
    /// Installed standard faces first (PDF); the standard names in a .docx.
    #[default]
    Standard,
    /// Only the shipped free faces, in the PDF and named in the .docx.
    Free,
}

impl Role {
    /// The family a Word document names for this role, and whether it is set bold.
    ///
    /// `Standard` gives the names Chinese Word templates use (方正小标宋简体, 仿宋_GB2312,
    /// 黑体, 楷体_GB2312, 宋体), found on office PCs whatever the machine that writes the
    /// file has; `Free` gives the shipped face the PDF falls back to.
    pub fn word_face(self, choice: FontChoice) -> (&'static str, bool) {
        let (standard, (free, weight)) = self.candidates();
        match choice {
            FontChoice::Free => (free, weight == FontWeight::BOLD),
            FontChoice::Standard => {
                let chinese = standard.iter().find(|n| !n.is_ascii());
                (chinese.copied().unwrap_or(standard[0]), false)
            }
        }
    }
}

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
        write!(
            f,
            "no font for {}: install one of {} or put {free} in one of: {}",
            self.role.describe(),
            standard.join(", "),
            self.searched
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )
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

/// Folders searched for the fonts the project ships, in order.
///
/// `GONGWEN_FONT_DIR` first, then `fonts/` beside the executable and in the
/// folders above it (a `target/release/gongwen` finds the checkout's `fonts/`),
/// then the checkout this crate was built from.
pub fn shipped_font_dirs() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Some(dir) = std::env::var_os("GONGWEN_FONT_DIR") {
        dirs.push(PathBuf::from(dir));
    }
    if let Ok(exe) = std::env::current_exe() {
        for dir in exe.ancestors().skip(1).take(4) {
            dirs.push(dir.join("fonts"));
        }
    }
    dirs.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fonts"));
    let mut found: Vec<PathBuf> = Vec::new();
    for dir in dirs {
        if let Ok(dir) = dir.canonicalize()
            && dir.is_dir()
            && !found.contains(&dir)
        {
            found.push(dir);
        }
    }
    // The first folder that exists is enough: the same fonts twice only slow loading.
    found.truncate(1);
    found
}
