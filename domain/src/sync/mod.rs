//! Team sync (issue #24): what of a person travels between the team's devices, under
//! which key, which of two versions of a record came first ([`clock`]), and how two
//! versions changed apart become one ([`merge`]).
//!
//! Pure: the browser side (PouchDB, WebCrypto) moves and seals the records; this module
//! decides what goes, what stays on the device, and what a merge keeps.

pub mod clock;
pub mod merge;
pub mod noted;
pub mod record;

use serde_json::{Map, Value};

/// The key a record travels under. Health data has its own: a device joined "without the
/// assessments" never receives [`Key::Health`], so it cannot open them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    /// Everything of the person but health data.
    Team,
    /// Quality-of-life assessments, answers and support plans.
    Health,
}

/// The stores of the app's database whose records travel, and under which key; `None` for
/// what belongs to this device (its settings: the facilitator's PIN, the ARASAAC switch,
/// the lock) or never leaves it (the recently deleted profiles, kept for undo here).
pub fn travels(store: &str) -> Option<Key> {
    match store {
        "profiles" | "pictos" | "media" | "shopping" | "schedule" | "workshop" | "history" => {
            Some(Key::Team)
        }
        "quality" => Some(Key::Health),
        _ => None,
    }
}

/// Whether the record under `key` in `store` is one of the person `person`'s (a profile
/// id). Media are the person's when their records name them (the browser side asks
/// `pictokit_transfer::bundle::media_used`); questionnaires imported on this device
/// (`instrument:…`) and answers from another device's file (`away:…`) stay here.
pub fn of_person(store: &str, key: &str, person: &str) -> bool {
    match store {
        "profiles" | "pictos" | "shopping" | "schedule" | "quality" => key == person,
        "workshop" => ["history:", "sorting:", "choices:"]
            .iter()
            .any(|kind| key.strip_prefix(kind) == Some(person)),
        _ => false,
    }
}

/// The paths inside a store's record that belong to the device that wrote them: left out
/// of what travels, and kept as they are here when a record arrives.
pub fn device_only(store: &str) -> &'static [&'static [&'static str]] {
    match store {
        // The chosen voice is one of this device's voices; another device has others.
        "profiles" => &[&["settings", "speech", "voice"]],
        _ => &[],
    }
}

/// A record as it travels: `value` without what belongs to this device.
pub fn outgoing(store: &str, value: &Value) -> Value {
    let mut value = value.clone();
    for path in device_only(store) {
        remove(&mut value, path);
    }
    value
}

/// A record that arrived, with what belongs to this device put back from `here` (this
/// device's version, if it has one).
pub fn incoming(store: &str, arrived: &Value, here: Option<&Value>) -> Value {
    let mut value = arrived.clone();
    for path in device_only(store) {
        remove(&mut value, path);
        if let Some(mine) = here.and_then(|here| get(here, path)) {
            set(&mut value, path, mine.clone());
        }
    }
    value
}

#[cfg(test)]
mod person_tests {
    use super::*;

    #[test]
    fn a_persons_records_are_theirs_and_no_one_elses() {
        for store in ["profiles", "pictos", "shopping", "schedule", "quality"] {
            assert!(of_person(store, "p-1", "p-1"));
            assert!(!of_person(store, "p-12", "p-1"));
        }
        assert!(of_person("workshop", "history:p-1", "p-1"));
        assert!(of_person("workshop", "choices:p-1", "p-1"));
        assert!(!of_person("workshop", "history:p-12", "p-1"));
        assert!(!of_person("quality", "instrument:p-1", "p-1"));
        assert!(!of_person("device", "settings", "settings"));
        assert!(!of_person("trash", "p-1", "p-1"));
    }
}

fn get<'a>(value: &'a Value, path: &[&str]) -> Option<&'a Value> {
    path.iter().try_fold(value, |value, key| value.get(key))
}

/// The object at `parents` inside `value`, if there is one.
fn object_at<'v>(value: &'v mut Value, parents: &[&str]) -> Option<&'v mut Map<String, Value>> {
    parents
        .iter()
        .try_fold(value, |value, key| value.get_mut(key))?
        .as_object_mut()
}

fn remove(value: &mut Value, path: &[&str]) {
    if let Some((last, parents)) = path.split_last() {
        if let Some(parent) = object_at(value, parents) {
            parent.remove(*last);
        }
    }
}

fn set(value: &mut Value, path: &[&str], new: Value) {
    if let Some((last, parents)) = path.split_last() {
        if let Some(parent) = object_at(value, parents) {
            parent.insert((*last).to_string(), new);
        }
    }
}

#[cfg(test)]
mod tests;
