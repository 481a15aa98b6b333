//! Reading a stored record leniently, field by field, counting what had to be dropped:
//! the readers the choice board ([`crate::choice`]), the sorting mat ([`crate::sorting`]),
//! the change history ([`crate::history`]) and the questionnaire's answers and plan share.
//!
//! Each reader takes a record's object and the count of what was dropped: a field that is
//! absent or `null` takes its default; one of the wrong type takes its default and is
//! counted. Nothing here panics.

use crate::questionnaire::{is_id, trimmed_and_cut};
use crate::schema::SCHEMA_KEY;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use std::collections::BTreeSet;

/// The `schema` of a stored record: `current` when absent; a newer version is kept (the
/// record is then never written back); one that is not a whole number from 1 up reads as
/// `current` and is counted.
pub(crate) fn schema(object: &Map<String, Value>, current: u64, n_dropped: &mut usize) -> u64 {
    match object.get(SCHEMA_KEY) {
        None | Some(Value::Null) => current,
        Some(value) => match value.as_u64() {
            Some(schema) if schema >= 1 => schema.max(current),
            _ => {
                *n_dropped += 1;
                current
            }
        },
    }
}

/// The array at `value`: empty when absent or `null`, empty and counted when not an array.
pub(crate) fn array<'a>(value: Option<&'a Value>, n_dropped: &mut usize) -> &'a [Value] {
    match value {
        Some(Value::Array(values)) => values,
        None | Some(Value::Null) => &[],
        Some(_) => {
            *n_dropped += 1;
            &[]
        }
    }
}

/// A text field, trimmed and cut; `""` when absent, `""` and counted when not a text.
pub(crate) fn text(
    object: &Map<String, Value>,
    key: &str,
    max_chars: usize,
    n_dropped: &mut usize,
) -> String {
    match object.get(key) {
        Some(Value::String(text)) => trimmed_and_cut(text, max_chars).0,
        None | Some(Value::Null) => String::new(),
        Some(_) => {
            *n_dropped += 1;
            String::new()
        }
    }
}

/// A time field; 0 when absent, 0 and counted when not a whole number.
pub(crate) fn millis(object: &Map<String, Value>, key: &str, n_dropped: &mut usize) -> u64 {
    match object.get(key) {
        None | Some(Value::Null) => 0,
        Some(value) => value.as_u64().unwrap_or_else(|| {
            *n_dropped += 1;
            0
        }),
    }
}

/// An optional field (a time, a setting…), if readable; `None` when absent, `None` and
/// counted when it cannot be read as a `T`.
pub(crate) fn optional<T: DeserializeOwned>(
    object: &Map<String, Value>,
    key: &str,
    n_dropped: &mut usize,
) -> Option<T> {
    match object.get(key) {
        None | Some(Value::Null) => None,
        Some(value) => T::deserialize(value).ok().or_else(|| {
            *n_dropped += 1;
            None
        }),
    }
}

/// An id field, if it is a valid id.
pub(crate) fn id_of(object: &Map<String, Value>, key: &str) -> Option<String> {
    object
        .get(key)
        .and_then(Value::as_str)
        .filter(|id| is_id(id))
        .map(str::to_owned)
}

/// The `workshop` field: the id of the workshop session something happened in; `None`
/// when absent, `None` and counted when not a valid id.
pub(crate) fn workshop(object: &Map<String, Value>, n_dropped: &mut usize) -> Option<String> {
    match object.get("workshop") {
        None | Some(Value::Null) => None,
        Some(Value::String(id)) if is_id(id) => Some(id.clone()),
        Some(_) => {
            *n_dropped += 1;
            None
        }
    }
}

/// Reads the first `max` values with `load`, keeping each id once: a value that cannot be
/// read or repeats an id already kept is dropped and counted, and so is every value
/// beyond `max`.
pub(crate) fn load_unique<T>(
    values: &[Value],
    max: usize,
    n_dropped: &mut usize,
    id: impl Fn(&T) -> &str,
    mut load: impl FnMut(&Value, &mut usize) -> Option<T>,
) -> Vec<T> {
    let mut loaded = Vec::new();
    let mut ids = BTreeSet::new();
    for value in values.iter().take(max) {
        match load(value, n_dropped) {
            Some(thing) if ids.insert(id(&thing).to_owned()) => loaded.push(thing),
            _ => *n_dropped += 1,
        }
    }
    *n_dropped += values.len().saturating_sub(max);
    loaded
}
