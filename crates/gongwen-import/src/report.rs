//! The import report: what was recognised, as a user checks it, in the process's language.

use crate::Imported;
use crate::body::Block;
use crate::parse::Parsed;
use gongwen_i18n::tr;
use gongwen_model::DocKind;
use std::fmt::Write;

pub(crate) fn report(i: &Imported) -> String {
    let p = &i.parsed;
    let mut r = String::new();
    let _ = writeln!(r, "{}", i.source);
    let _ = writeln!(r, "  {}", tr!("import-report-genre", genre = genre(p)));
    let _ = writeln!(
        r,
        "  {}",
        tr!("import-report-format", format = format(p.kind))
    );
    let frame = frame(p);
    let elements = if frame.is_empty() {
        tr!("import-report-none")
    } else {
        frame.join(&tr!("import-report-separator"))
    };
    let _ = writeln!(r, "  {}", tr!("import-report-frame", elements = elements));
    body(&mut r, i);
    let metrics = &i.written.metrics;
    let filled = metrics.iter().filter(|m| m.value.is_some()).count();
    let figures = tr!(
        "import-report-figures",
        count = metrics.len(),
        filled = filled,
        placeholders = metrics.len() - filled
    );
    let _ = writeln!(r, "  {figures}");
    if let Some(d) = &p.date
        && d.contains('-')
    {
        let _ = writeln!(r, "  {}", tr!("import-report-date", date = d));
    }
    for remark in &p.remarks {
        let _ = writeln!(r, "  {}", tr!("import-report-note", remark = remark));
    }
    r
}

/// The 文种 line: one of the fifteen, or why none is named.
fn genre(p: &Parsed) -> String {
    match (p.genre, p.kind) {
        (Some(g), _) => g.to_string(),
        (None, DocKind::News) => tr!("import-genre-news"),
        (None, DocKind::Speech) => tr!("import-genre-speech"),
        (None, _) => {
            let title = p.title.concat();
            if title.is_empty() {
                tr!("import-genre-untitled")
            } else {
                tr!("import-genre-unknown", title = title)
            }
        }
    }
}

/// The 格式 line: the layout the template is given, and the template's `kind:`.
fn format(kind: DocKind) -> String {
    match kind {
        DocKind::Letter => tr!("import-format-letter"),
        DocKind::Order => tr!("import-format-order"),
        DocKind::Minutes => tr!("import-format-minutes"),
        DocKind::News => tr!("import-format-news"),
        DocKind::Speech => tr!("import-format-speech"),
        DocKind::Circular => tr!("import-format-document", kind = "circular"),
        DocKind::Report => tr!("import-format-document", kind = "report"),
        DocKind::Resolution => tr!("import-format-document", kind = "resolution"),
    }
}

/// The frame's elements found, in reading order.
fn frame(p: &Parsed) -> Vec<String> {
    let mut frame = header(p);
    if !p.title.is_empty() {
        frame.push(tr!("import-frame-title", count = p.title.len()));
    }
    for (name, present) in [
        ("题注".to_string(), p.title_note.is_some()),
        (tr!("import-frame-byline"), p.byline.is_some()),
        ("主送".to_string(), p.addressee.is_some()),
    ] {
        if present {
            frame.push(name);
        }
    }
    if !p.signatures.is_empty() {
        let name = if p.kind == DocKind::Order {
            "签发人职务"
        } else {
            "署名"
        };
        frame.push(format!("{name} ×{}", p.signatures.len()));
    }
    if let Some(d) = &p.date {
        frame.push(format!("成文日期 {d}"));
    }
    if !p.attendance.is_empty() {
        let labels: Vec<&str> = p.attendance.iter().map(|a| a.label.as_str()).collect();
        frame.push(tr!("import-frame-attendance", labels = labels.join(" ")));
    }
    for (name, present) in [
        ("附注", p.note.is_some()),
        ("报/送/发", !p.colophon.distribution.is_empty()),
        ("抄送", !p.colophon.cc.is_empty()),
        (
            "印发",
            p.colophon.printer.is_some() || p.colophon.print_date.is_some(),
        ),
    ] {
        if present {
            frame.push(name.to_string());
        }
    }
    let attached = p.attachments.iter().filter(|a| !a.forwarded).count();
    let forwarded = p.attachments.len() - attached;
    let separate = p.attachments.iter().filter(|a| a.separate).count();
    match (attached, separate) {
        (0, _) => {}
        (n, 0) => frame.push(format!("附件 ×{n}")),
        (n, s) => frame.push(tr!(
            "import-frame-attachments-separate",
            count = n,
            separate = s
        )),
    }
    if forwarded > 0 {
        frame.push(format!("转发的文件 ×{forwarded}"));
    }
    frame
}

/// The 版头's or 刊头's elements found.
fn header(p: &Parsed) -> Vec<String> {
    let mut frame = Vec::new();
    if let Some(h) = &p.header {
        let (mark, number) = match p.kind {
            DocKind::Order => ("发文机关标志", "令号"),
            DocKind::Minutes => ("纪要标志", "期号"),
            _ => ("发文机关标志", "发文字号"),
        };
        if !h.agencies.is_empty() {
            frame.push(format!("{mark} {}{}", h.agencies.join(" "), h.suffix));
        }
        for (name, v) in [
            ("份号", &h.copy_number),
            ("密级", &h.secrecy),
            ("紧急程度", &h.urgency),
            (number, &h.doc_number),
        ] {
            if let Some(v) = v {
                frame.push(format!("{name} {v}"));
            }
        }
        if !h.signers.is_empty() {
            frame.push(format!("签发人 {}", h.signers.join(" ")));
        }
        for (name, v) in [("编发单位", &h.editor), ("编发日期", &h.edited)] {
            if let Some(v) = v {
                frame.push(format!("{name} {v}"));
            }
        }
    }
    if let Some(m) = &p.masthead {
        frame.push(format!(
            "刊头 {} {}",
            m.name,
            m.issue.as_deref().unwrap_or("")
        ));
    }
    frame
}

/// The body's line: headings per level, leads, tables; and heading numbers typed otherwise.
fn body(r: &mut String, i: &Imported) {
    let p = &i.parsed;
    let mut levels = [0usize; 4];
    let mut retyped = Vec::new();
    let mut tables = 0;
    let mut walk = |blocks: &[Block]| {
        for b in blocks {
            match b {
                Block::Heading { level, typed, .. } => {
                    levels[usize::from(*level) - 1] += 1;
                    let standard = ["、", "（）", ".", "（）"][usize::from(*level) - 1];
                    let shape: String = typed
                        .chars()
                        .filter(|c| !c.is_ascii_digit() && !"一二三四五六七八九十".contains(*c))
                        .collect();
                    if shape != standard && !retyped.contains(typed) {
                        retyped.push(typed.clone());
                    }
                }
                Block::Table(_) => tables += 1,
                Block::Paragraph(_) => {}
            }
        }
    };
    walk(&p.body);
    for a in &p.attachments {
        walk(&a.body);
    }
    let line = tr!(
        "import-report-body",
        first = levels[0],
        second = levels[1],
        third = levels[2],
        fourth = levels[3],
        leads = i.written.leads,
        tables = tables
    );
    let _ = writeln!(r, "  {line}");
    if !retyped.is_empty() {
        let typed = retyped.join(" ");
        let _ = writeln!(r, "  {}", tr!("import-report-retyped", typed = typed));
    }
}
