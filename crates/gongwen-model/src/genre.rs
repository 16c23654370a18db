//! The 文种 of a 公文: the fifteen kinds of the 党政机关公文处理工作条例 (第八条), read from
//! the last word of a title. A 文种 is what a document is; [`crate::DocKind`] is how it is
//! laid out (a 通知 issued as a 函件 is a 通知 in the 信函格式).

use std::fmt;

/// One of the fifteen 文种.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Genre {
    /// 决议.
    Resolution,
    /// 决定.
    Decision,
    /// 命令（令）.
    Order,
    /// 公报.
    Communique,
    /// 公告.
    Announcement,
    /// 通告.
    PublicNotice,
    /// 意见.
    Opinion,
    /// 通知.
    Circular,
    /// 通报.
    Bulletin,
    /// 报告.
    Report,
    /// 请示.
    Request,
    /// 批复.
    Reply,
    /// 议案.
    Motion,
    /// 函.
    Letter,
    /// 纪要.
    Minutes,
}

/// The title's last word for each 文种, longest first where one ends another.
const WORDS: &[(&str, Genre)] = &[
    ("决议", Genre::Resolution),
    ("决定", Genre::Decision),
    ("命令", Genre::Order),
    ("公报", Genre::Communique),
    ("公告", Genre::Announcement),
    ("通告", Genre::PublicNotice),
    ("意见", Genre::Opinion),
    ("通知", Genre::Circular),
    ("通报", Genre::Bulletin),
    ("报告", Genre::Report),
    ("请示", Genre::Request),
    ("批复", Genre::Reply),
    ("议案", Genre::Motion),
    ("纪要", Genre::Minutes),
    ("函", Genre::Letter),
];

impl Genre {
    /// The 文种 a title names with its last word (关于……的批复, ……的复函, ……会议纪要),
    /// a closing quote or a bracketed remark after it ignored; `None` when it ends otherwise
    /// (讲话, 方案).
    pub fn of_title(title: &str) -> Option<Genre> {
        let mut t = title
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '”' | '"' | '》' | '」'));
        // "……的报告（2023年）", "……的意见（试行）": the word before the bracket.
        if t.ends_with(['）', ')'])
            && let Some(open) = t.rfind(['（', '('])
        {
            t = t[..open].trim_end();
        }
        if t.ends_with('令') && !t.ends_with("命令") {
            return Some(Genre::Order);
        }
        WORDS
            .iter()
            .find(|(word, _)| t.ends_with(word))
            .map(|&(_, g)| g)
    }

    /// Its name as the 条例 writes it.
    pub fn name(self) -> &'static str {
        match self {
            Genre::Order => "命令（令）",
            other => WORDS
                .iter()
                .find(|&&(_, g)| g == other)
                .map_or("", |&(w, _)| w),
        }
    }
}

impl fmt::Display for Genre {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::Genre;

    #[test]
    fn the_last_word_of_the_title() {
        let cases = [
            ("关于同意设立某某街道的批复", Genre::Reply),
            ("关于商请协助开展调研的函", Genre::Letter),
            ("关于某某事项的复函", Genre::Letter),
            ("关于召开会议的通知", Genre::Circular),
            ("关于表彰先进的决定", Genre::Decision),
            ("市政府常务会议纪要", Genre::Minutes),
            ("关于某某问题的请示", Genre::Request),
            ("关于某某情况的通报", Genre::Bulletin),
            ("关于加强某某工作的意见", Genre::Opinion),
            ("关于某某的公告", Genre::Announcement),
            ("关于禁止燃放烟花爆竹的通告", Genre::PublicNotice),
            ("第七次全国人口普查公报", Genre::Communique),
            ("关于提请审议某某条例草案的议案", Genre::Motion),
            ("关于某某的报告（2023年）", Genre::Report),
            ("中华人民共和国国务院令", Genre::Order),
            ("某某会议关于某某的决议", Genre::Resolution),
        ];
        for (title, genre) in cases {
            assert_eq!(Genre::of_title(title), Some(genre), "{title}");
        }
        assert_eq!(Genre::of_title("在全市工会工作会议上的讲话"), None);
        assert_eq!(Genre::of_title("某某实施方案"), None);
        assert_eq!(Genre::Order.name(), "命令（令）");
        assert_eq!(Genre::Reply.to_string(), "批复");
    }
}
