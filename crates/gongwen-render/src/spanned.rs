//! A YAML document read once into JSON values, keeping where each mapping value is written.

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use serde_saphyr::Spanned;
use std::fmt;

/// A value and, for every mapping entry inside it, the entry's key path and the
/// (line, column) of its value, 1-based as the YAML parser reports them.
pub(crate) struct Located {
    /// The value, as serde_json would have read it.
    pub value: Value,
    /// `(["metrics", "场次"], (12, 7))` for each mapping entry, depth first.
    pub spans: Vec<(Vec<String>, (usize, usize))>,
}

impl Located {
    fn plain(value: Value) -> Located {
        Located {
            value,
            spans: Vec::new(),
        }
    }
}

impl<'de> Deserialize<'de> for Located {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Located, D::Error> {
        deserializer.deserialize_any(LocatedVisitor)
    }
}

struct LocatedVisitor;

impl<'de> Visitor<'de> for LocatedVisitor {
    type Value = Located;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Located, E> {
        Ok(Located::plain(Value::Bool(v)))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Located, E> {
        Ok(Located::plain(Value::from(v)))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Located, E> {
        Ok(Located::plain(Value::from(v)))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Located, E> {
        Ok(Located::plain(
            Number::from_f64(v).map_or(Value::Null, Value::Number),
        ))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Located, E> {
        Ok(Located::plain(Value::String(v.to_string())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Located, E> {
        Ok(Located::plain(Value::String(v)))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Located, E> {
        Ok(Located::plain(Value::Null))
    }

    fn visit_none<E: de::Error>(self) -> Result<Located, E> {
        Ok(Located::plain(Value::Null))
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Located, D::Error> {
        Located::deserialize(d)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Located, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Located>()? {
            items.push(item.value);
        }
        Ok(Located::plain(Value::Array(items)))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Located, A::Error> {
        let mut object = Map::new();
        let mut spans = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let entry: Spanned<Located> = map.next_value()?;
            let at = &entry.referenced;
            spans.push((
                vec![key.clone()],
                (at.line() as usize, at.column() as usize),
            ));
            for (mut path, at) in entry.value.spans {
                path.insert(0, key.clone());
                spans.push((path, at));
            }
            object.insert(key, entry.value.value);
        }
        Ok(Located {
            value: Value::Object(object),
            spans,
        })
    }
}
