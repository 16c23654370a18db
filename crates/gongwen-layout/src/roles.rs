//! The typographic roles of a GB/T 9704 page and the faces each one asks for.

/// The weight of a regular face (CSS and OpenType numbering).
pub const REGULAR: u16 = 400;
/// The weight of a bold face (CSS and OpenType numbering).
pub const BOLD: u16 = 700;

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

    /// Installed standard faces, best first, then the shipped free face and its weight
    /// ([`REGULAR`] or [`BOLD`]).
    pub fn candidates(self) -> (&'static [&'static str], (&'static str, u16)) {
        match self {
            Role::Title => (
                &[
                    "FZXiaoBiaoSong-B05S",
                    "FZXiaoBiaoSong-B05",
                    "方正小标宋简体",
                    "FZXBSJW--GB1-0",
                ],
                ("FandolSong", BOLD),
            ),
            Role::Body => (
                &[
                    "FangSong_GB2312",
                    "仿宋_GB2312",
                    "FangSong",
                    "仿宋",
                    "STFangsong",
                ],
                ("FandolFang", REGULAR),
            ),
            Role::Hei => (&["SimHei", "黑体", "STHeiti"], ("FandolHei", REGULAR)),
            Role::Kai => (
                &["KaiTi_GB2312", "楷体_GB2312", "KaiTi", "楷体", "STKaiti"],
                ("FandolKai", REGULAR),
            ),
            Role::Song => (&["SimSun", "宋体", "STSong"], ("FandolSong", REGULAR)),
        }
    }

    /// The family a Word document names for this role, and whether it is set bold.
    ///
    /// `Standard` gives the names Chinese Word templates use (方正小标宋简体, 仿宋_GB2312,
    /// 黑体, 楷体_GB2312, 宋体), found on office PCs whatever the machine that writes the
    /// file has; `Free` gives the shipped face the PDF falls back to.
    pub fn word_face(self, choice: FontChoice) -> (&'static str, bool) {
        let (standard, (free, weight)) = self.candidates();
        match choice {
            FontChoice::Free => (free, weight == BOLD),
            FontChoice::Standard => {
                let chinese = standard.iter().find(|n| !n.is_ascii());
                (chinese.copied().unwrap_or(standard[0]), false)
            }
        }
    }
}

/// Which faces a document asks for: the standard ones offices have, or the free ones the
/// project ships (the same on every machine). Also the CLI's `--fonts` values.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum FontChoice {
    /// Installed standard faces (仿宋_GB2312, 黑体 …), the shipped free ones where missing;
    /// a .docx names the standard faces.
    #[default]
    Standard,
    /// Only the shipped free faces (Fandol), in the PDF and named in the .docx.
    Free,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_faces_are_the_standard_chinese_names_or_the_shipped_ones() {
        assert_eq!(
            Role::Title.word_face(FontChoice::Standard),
            ("方正小标宋简体", false)
        );
        assert_eq!(
            Role::Body.word_face(FontChoice::Standard),
            ("仿宋_GB2312", false)
        );
        assert_eq!(
            Role::Title.word_face(FontChoice::Free),
            ("FandolSong", true)
        );
        assert_eq!(Role::Kai.word_face(FontChoice::Free), ("FandolKai", false));
    }
}
