//! The import report: what was recognised, as a user checks it.

use crate::Imported;
use crate::body::Block;
use crate::parse::Parsed;
use gongwen_model::DocKind;
use std::fmt::Write;

pub(crate) fn report(i: &Imported) -> String {
    let p = &i.parsed;
    let mut r = String::new();
    let _ = writeln!(r, "{}", i.source);
    let _ = writeln!(r, "  文种：{}", genre(p));
    let _ = writeln!(r, "  格式：{}", format(p.kind));
    let _ = writeln!(r, "  frame: {}", frame(p).join(", "));
    body(&mut r, i);
    let metrics = &i.written.metrics;
    let filled = metrics.iter().filter(|m| m.value.is_some()).count();
    let _ = writeln!(
        r,
        "  figures: {} became metrics ({} with a value in data.yaml, {} placeholders to fill in)",
        metrics.len(),
        filled,
        metrics.len() - filled
    );
    if let Some(d) = &p.date
        && d.contains('-')
    {
        let _ = writeln!(
            r,
            "  成文日期 typed {d} is printed 年月日 in Arabic numerals (GB/T 9704 §7.3.5)"
        );
    }
    for remark in &p.remarks {
        let _ = writeln!(r, "  note: {remark}");
    }
    r
}

/// The 文种 line: one of the fifteen, or why none is named.
fn genre(p: &Parsed) -> String {
    match (p.genre, p.kind) {
        (Some(g), _) => g.to_string(),
        (None, DocKind::News) => {
            "简报（工作信息），不在《党政机关公文处理工作条例》的十五种文种之内".into()
        }
        (None, DocKind::Speech) => {
            "讲话稿，不在《党政机关公文处理工作条例》的十五种文种之内".into()
        }
        (None, _) => {
            let title = p.title.concat();
            if title.is_empty() {
                "未识别（没有标题）".into()
            } else {
                format!("未识别（标题“{title}”不以十五种文种之一结尾）")
            }
        }
    }
}

/// The 格式 line: the layout the template is given, and the template's `kind:`.
fn format(kind: DocKind) -> &'static str {
    match kind {
        DocKind::Letter => "信函格式（GB/T 9704 §10.1；kind: letter）",
        DocKind::Order => "命令格式（GB/T 9704 §10.2；kind: order）",
        DocKind::Minutes => "纪要格式（GB/T 9704 §10.3；kind: minutes）",
        DocKind::News => "简报格式（刊头；kind: news）",
        DocKind::Speech => "讲话稿（kind: speech）",
        DocKind::Circular => "文件格式（GB/T 9704 §7；kind: circular）",
        DocKind::Report => "文件格式（GB/T 9704 §7；kind: report）",
        DocKind::Resolution => "文件格式（GB/T 9704 §7；kind: resolution）",
    }
}

/// The frame's elements found, in reading order.
fn frame(p: &Parsed) -> Vec<String> {
    let mut frame = header(p);
    if !p.title.is_empty() {
        frame.push(format!(
            "标题 ({} line{})",
            p.title.len(),
            if p.title.len() > 1 { "s" } else { "" }
        ));
    }
    for (name, present) in [
        ("题注", p.title_note.is_some()),
        ("署名行 (byline)", p.byline.is_some()),
        ("主送", p.addressee.is_some()),
    ] {
        if present {
            frame.push(name.to_string());
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
        frame.push(format!("{} (attendance)", labels.join(" ")));
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
        (n, s) => frame.push(format!("附件 ×{n} ({s} listed only, not in the file)")),
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
    let _ = writeln!(
        r,
        "  body: headings 一、×{} （一）×{} 1.×{} （1）×{}, {} run-in leads, {} table{}",
        levels[0],
        levels[1],
        levels[2],
        levels[3],
        i.written.leads,
        tables,
        if tables == 1 { "" } else { "s" }
    );
    if !retyped.is_empty() {
        let _ = writeln!(
            r,
            "  heading numbers typed {} are printed in the GB/T 9704 forms 一、 （一） 1. （1）",
            retyped.join(" ")
        );
    }
}
