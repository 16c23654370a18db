//! A seeded mutator: byte flips, insertions, deletions, duplications, splices with another
//! seed and tokens that readers treat specially (YAML, Tera, Markdown, XML, bidi controls).

/// Tokens worth inserting whole: they change how a reader parses what follows.
const TOKENS: &[&str] = &[
    "{{",
    "}}",
    "{%",
    "%}",
    "{#",
    "#}",
    "{{ m(name='x') }}",
    "{{ 事由 }}",
    "{% for x in y %}",
    "{% endfor %}",
    "{% raw %}",
    ": ",
    "- ",
    "\n",
    "\n  ",
    "\t",
    "---\n",
    "&a ",
    "*a",
    "!!binary ",
    "[",
    "]",
    "{",
    "}",
    "\"",
    "'",
    "|",
    "> ",
    "# ",
    "## ",
    "**",
    "<gw-metric ",
    "<",
    ">",
    "&amp;",
    "]]>",
    "<w:t>",
    "</w:t>",
    "<w:p>",
    "<c r=\"XFD1048576\">",
    "\u{202E}",
    "\u{200B}",
    "\u{FEFF}",
    "〔...〕",
    "2023-02-30",
    "99999999999999999999",
    "1e308",
    "-1",
    "NaN",
    "\\",
    "\0",
    "\r\n",
    "template: ",
    "seal: ",
    "document:\n  title: ",
    "metrics:\n  ",
    "|---|---|\n",
    "../",
];

/// Mutates a copy of `seed` with random edits (one in half the cases, so that many inputs
/// still parse and reach the later stages; up to 8 otherwise); `other` is a second seed
/// to splice from.
pub fn mutate(rng: &mut fastrand::Rng, seed: &[u8], other: &[u8]) -> Vec<u8> {
    let mut data = seed.to_vec();
    let edits = if rng.bool() { 1 } else { rng.usize(2..=8) };
    for _ in 0..edits {
        edit(rng, &mut data, other);
    }
    data
}

fn edit(rng: &mut fastrand::Rng, data: &mut Vec<u8>, other: &[u8]) {
    let at = rng.usize(0..=data.len());
    match rng.u8(0..8) {
        0 if !data.is_empty() => {
            let i = rng.usize(0..data.len());
            data[i] ^= 1 << rng.u8(0..8);
        }
        1 if !data.is_empty() => {
            let end = (at + rng.usize(1..=16)).min(data.len());
            data.drain(at.min(end)..end);
        }
        2 => {
            let token = TOKENS[rng.usize(0..TOKENS.len())];
            data.splice(at..at, token.bytes());
        }
        3 if !data.is_empty() => {
            // Duplicate a chunk, up to 64 times: long fields and deep nesting.
            let start = rng.usize(0..data.len());
            let end = (start + rng.usize(1..=64)).min(data.len());
            let chunk = data[start..end].repeat(rng.usize(1..=64));
            data.splice(at..at, chunk);
        }
        4 if !other.is_empty() => {
            let start = rng.usize(0..other.len());
            let end = (start + rng.usize(1..=256)).min(other.len());
            data.splice(at..at, other[start..end].iter().copied());
        }
        5 => {
            let byte = rng.u8(..);
            data.insert(at, byte);
        }
        6 if at < data.len() => data.truncate(at),
        _ => {
            // A UTF-8 character from the CJK block, as office text has.
            let c = char::from_u32(rng.u32(0x4E00..0x9FA5)).unwrap_or('一');
            let mut buf = [0u8; 4];
            data.splice(at..at, c.encode_utf8(&mut buf).bytes());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::mutate;

    #[test]
    fn the_same_seed_mutates_the_same_way() {
        let seed = "template: notice\n标题: 关于…的通知\n".as_bytes();
        let run = |s| mutate(&mut fastrand::Rng::with_seed(s), seed, b"other");
        assert_eq!(run(7), run(7));
        assert!(
            (0..20).any(|s| run(s) != seed),
            "mutations change the input"
        );
    }
}
