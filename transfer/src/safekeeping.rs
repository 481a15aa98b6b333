//! The copy of everything that Pictokit keeps outside IndexedDB (`app/src/storage/idb.js`,
//! "Safekeeping"), read back with the checks of opening a profile file before anything of
//! it is stored again.
//!
//! A copy is JSON: `{"format": "pictokit-safekeeping", "version": 1, "generation": n,
//! "at": ms, "stores": {"profiles": [[key, record-as-JSON-text], …], …}}`, one entry per
//! object store, records as IndexedDB holds them. [`check`] keeps a record only when it
//! would load: a profile that [`schema::load_profile`] reads under its own id, pictograms
//! and shopping records that are objects, media whose id is its key and whose bytes are
//! the picture or sound they claim ([`crate::sniff`], as in a profile file), a deleted
//! profile that can still be restored, workshop, schedule and quality records that are
//! objects; the device's settings without its lock (a device brought back is unlocked, and
//! the facilitator decides). Everything else is counted as left out.

use crate::sniff;
use pictokit_domain::picto::{is_media_id, Media};
use pictokit_domain::schema;
use serde_json::Value;
use std::collections::BTreeSet;

/// The copy's `format`.
pub const FORMAT: &str = "pictokit-safekeeping";
/// The newest copy version this build reads.
pub const VERSION: u64 = 1;
/// The largest copy read (a person with hundreds of photos is well below it).
pub const MAX_COPY_BYTES: usize = 512 * 1024 * 1024;
/// The object stores a copy may bring back; any other is left out.
pub const STORES: [&str; 9] = [
    "profiles", "trash", "device", "pictos", "media", "shopping", "schedule", "quality", "workshop",
];
/// The device settings' key in the `device` store.
pub const DEVICE_SETTINGS_KEY: &str = "settings";

/// Why a copy cannot be brought back at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyProblem {
    /// Not a copy Pictokit wrote (damaged, or something else).
    NotACopy,
    /// Written by a newer Pictokit.
    TooNew,
    /// Larger than [`MAX_COPY_BYTES`].
    TooLarge,
}

impl CopyProblem {
    /// The Fluent message id that explains it.
    pub fn message_id(self) -> &'static str {
        match self {
            CopyProblem::NotACopy => "safekeeping-copy-damaged",
            CopyProblem::TooNew => "safekeeping-copy-too-new",
            CopyProblem::TooLarge => "safekeeping-copy-damaged",
        }
    }
}

/// A copy's records that passed the checks, to be stored again.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Checked {
    /// When the copy was written.
    pub at_ms: u64,
    /// Its generation.
    pub generation: u64,
    /// The records to store: store name, key, record.
    pub records: Vec<(&'static str, String, Value)>,
    /// The people in it (their profiles' names), in alphabetical order.
    pub people: Vec<String>,
    /// Records left out because they did not pass.
    pub left_out: usize,
}

/// Reads a copy and keeps every record that passes its checks.
pub fn check(text: &str) -> Result<Checked, CopyProblem> {
    if text.len() > MAX_COPY_BYTES {
        return Err(CopyProblem::TooLarge);
    }
    let copy: Value = serde_json::from_str(text).map_err(|_| CopyProblem::NotACopy)?;
    if copy.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(CopyProblem::NotACopy);
    }
    match copy.get("version").and_then(Value::as_u64) {
        Some(version) if version <= VERSION => {}
        Some(_) => return Err(CopyProblem::TooNew),
        None => return Err(CopyProblem::NotACopy),
    }
    let stores = copy
        .get("stores")
        .and_then(Value::as_object)
        .ok_or(CopyProblem::NotACopy)?;
    let mut checked = Checked {
        at_ms: copy
            .get("at")
            .and_then(Value::as_f64)
            .unwrap_or(0.0)
            .max(0.0) as u64,
        generation: copy.get("generation").and_then(Value::as_u64).unwrap_or(0),
        ..Checked::default()
    };
    let mut profile_ids = BTreeSet::new();
    for (name, pairs) in stores {
        let Some(store) = STORES.iter().copied().find(|known| known == name) else {
            checked.left_out += pairs.as_array().map_or(1, Vec::len);
            continue;
        };
        let Some(pairs) = pairs.as_array() else {
            checked.left_out += 1;
            continue;
        };
        for pair in pairs {
            let record = pair
                .as_array()
                .filter(|pair| pair.len() == 2)
                .and_then(|pair| Some((pair[0].as_str()?, pair[1].as_str()?)))
                .and_then(|(key, text)| Some((key, serde_json::from_str::<Value>(text).ok()?)));
            let kept = record.and_then(|(key, record)| {
                let record = checked_record(store, key, record)?;
                Some((key.to_owned(), record))
            });
            match kept {
                Some((key, record)) => {
                    if store == "profiles" {
                        profile_ids.insert(key.clone());
                        checked.people.push(
                            schema::load_profile(record.clone())
                                .value
                                .map(|profile| profile.settings.name)
                                .unwrap_or_default(),
                        );
                    }
                    checked.records.push((store, key, record));
                }
                None => checked.left_out += 1,
            }
        }
    }
    checked.people.sort();
    Ok(checked)
}

/// The record as it is to be stored again, or `None` when it does not pass.
fn checked_record(store: &str, key: &str, record: Value) -> Option<Value> {
    if key.is_empty() || key.len() > 200 {
        return None;
    }
    match store {
        "profiles" => {
            let loaded = schema::load_profile(record.clone()).value?;
            (loaded.id == key).then_some(record)
        }
        "trash" => {
            let profile = record.get("profile")?.clone();
            record.get("deleted_ms").and_then(Value::as_u64)?;
            schema::load_profile(profile).value?;
            Some(record)
        }
        "device" => {
            if key != DEVICE_SETTINGS_KEY {
                return None;
            }
            let mut record = record;
            let map = record.as_object_mut()?;
            // The lock belongs to the moment the copy was made, not to now.
            map.remove("locked_profile");
            map.remove("locked_from");
            Some(record)
        }
        "media" => {
            let media: Media = serde_json::from_value(record.clone()).ok()?;
            if media.id != key || !is_media_id(key) || media.validate().is_err() {
                return None;
            }
            let (_, bytes) = sniff::data_url_bytes(&media.data_url)?;
            sniff::of_kind(media.kind, &bytes)?;
            Some(record)
        }
        _ => record.is_object().then_some(record),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn copy(stores: Value) -> String {
        json!({"format": FORMAT, "version": 1, "generation": 7, "at": 1_765_000_000_000u64, "stores": stores})
            .to_string()
    }

    fn pair(key: &str, record: Value) -> Value {
        json!([key, record.to_string()])
    }

    /// The smallest PNG there is: its signature and an IHDR chunk.
    fn png_data_url() -> String {
        let mut bytes = vec![0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];
        bytes.extend_from_slice(&[0, 0, 0, 13, b'I', b'H', b'D', b'R']);
        bytes.extend_from_slice(&[
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
        ]);
        sniff::data_url("image/png", &bytes)
    }

    fn profile(id: &str, name: &str) -> Value {
        json!({"schema": 1, "id": id, "created_ms": 1, "name": name})
    }

    #[test]
    fn a_copy_brings_back_what_would_load_and_counts_the_rest() {
        let photo =
            json!({"id": "m-1", "kind": "photo", "data_url": png_data_url(), "created_ms": 1});
        let html = json!({"id": "m-2", "kind": "photo",
            "data_url": sniff::data_url("image/png", b"<html><script>"), "created_ms": 1});
        let text = copy(json!({
            "profiles": [pair("p-1", profile("p-1", "Laia")), pair("p-2", profile("p-9", "Joan")),
                         pair("p-3", json!("not a profile"))],
            "media": [pair("m-1", photo.clone()), pair("m-2", html), pair("m-3", photo)],
            "device": [pair("settings", json!({"pin_hash": "x", "locked_profile": "p-1", "locked_from": "#/"})),
                       pair("other", json!({}))],
            "pictos": [pair("p-1", json!({"board": ["photo:m-1"]})), json!(["p-2", "{not json"])],
            "schedule": [pair("p-1", json!({"activities": []}))],
            "elsewhere": [pair("x", json!({}))],
        }));
        let checked = check(&text).expect("a copy");
        assert_eq!(checked.generation, 7);
        assert_eq!(checked.at_ms, 1_765_000_000_000);
        assert_eq!(checked.people, vec!["Laia".to_owned()]);
        let kept: Vec<_> = checked
            .records
            .iter()
            .map(|(store, key, _)| format!("{store}/{key}"))
            .collect();
        assert_eq!(
            kept,
            [
                "device/settings",
                "media/m-1",
                "pictos/p-1",
                "profiles/p-1",
                "schedule/p-1"
            ]
        );
        // A profile under another id, a non-profile, a picture that is HTML, a media
        // under another key, an unknown device key, a record that is not JSON, a store
        // Pictokit does not have.
        assert_eq!(checked.left_out, 7);
        let device = &checked.records[0].2;
        assert_eq!(device["pin_hash"], "x");
        assert!(device.get("locked_profile").is_none() && device.get("locked_from").is_none());
    }

    #[test]
    fn what_is_not_a_copy_is_refused_whole() {
        assert_eq!(check("").expect_err("refused"), CopyProblem::NotACopy);
        assert_eq!(check("[1,2]").expect_err("refused"), CopyProblem::NotACopy);
        assert_eq!(
            check(&json!({"format": "pictokit-profile", "version": 1, "stores": {}}).to_string())
                .expect_err("refused"),
            CopyProblem::NotACopy
        );
        assert_eq!(
            check(&json!({"format": FORMAT, "version": 2, "stores": {}}).to_string())
                .expect_err("refused"),
            CopyProblem::TooNew
        );
        assert_eq!(
            check(&json!({"format": FORMAT, "version": "1", "stores": {}}).to_string())
                .expect_err("refused"),
            CopyProblem::NotACopy
        );
        assert_eq!(
            check(&json!({"format": FORMAT, "version": 1, "stores": []}).to_string())
                .expect_err("refused"),
            CopyProblem::NotACopy
        );
        let empty = check(&copy(json!({}))).expect("an empty copy is a copy");
        assert!(empty.records.is_empty() && empty.left_out == 0);
    }
}
