//! One part of a batch, for spreading it over machines: `--shard 2/8`.

use gongwen_i18n::tr;
use std::str::FromStr;

/// The `i`-th of `n` parts of a batch (`--shard 2/8`), 1-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// Which part, from 1.
    pub index: usize,
    /// How many parts.
    pub count: usize,
}

impl FromStr for Shard {
    type Err = BadShard;
    fn from_str(s: &str) -> Result<Shard, BadShard> {
        let (i, n) = s
            .split_once('/')
            .ok_or_else(|| BadShard(tr!("batch-shard-form", shard = s)))?;
        let number = |t: &str| {
            t.trim()
                .parse::<usize>()
                .map_err(|_| BadShard(tr!("batch-shard-number", text = t)))
        };
        let (index, count) = (number(i)?, number(n)?);
        if count == 0 || index == 0 || index > count {
            return Err(BadShard(tr!("batch-shard-range", shard = s, count = count)));
        }
        Ok(Shard { index, count })
    }
}

/// A `--shard` that is not `i/n` with 1 ≤ i ≤ n; the message says what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadShard(pub String);

impl std::fmt::Display for BadShard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BadShard {}

impl Shard {
    /// The file this part's summary is written to: `summary-2-of-8.csv`.
    pub fn summary_name(&self) -> String {
        format!("summary-{}-of-{}.csv", self.index, self.count)
    }

    /// Whether the row at 0-based position `i` belongs to this part (round robin).
    pub fn holds(&self, i: usize) -> bool {
        i % self.count == self.index - 1
    }
}
