//! A team's record as it lies on the team's server (issue #24): the server sees only this.
//!
//! Each record of a person that travels (`pictokit_domain::sync::travels`) is one document
//! of the team's CouchDB database:
//!
//! ```json
//! {"_id": "r-<64 hex>", "_rev": "…", "v": 1, "k": "<key id>", "n": "<nonce>", "c": "<ciphertext>"}
//! ```
//!
//! `_id` is an HMAC of the record's store and key under the team's id key (made by
//! WebCrypto in the app), so the server cannot relate a document to a person, a store or
//! another team's; `k` names which of the team's keys sealed it (a random id, no secret);
//! `n` is AES-GCM's 12-byte nonce and `c` the ciphertext with its tag, both base64. The
//! additional data bound into the tag is [`aad`] — the document's id and the key's — so a
//! ciphertext moved to another id, or relabelled with another key, fails as a whole.
//!
//! Inside, once opened, an [`Inner`]: which record it is (checked against the id by the
//! app), its version (`pictokit_domain::sync::clock`), who wrote it and when, and its
//! value (`null` once deleted).
//!
//! This module reads both leniently where it may and strictly where it must: a hostile
//! server's document is refused before any key is used when it is too large, not JSON,
//! under another id, of an unknown version, or with a nonce or ciphertext that cannot be
//! one; and an opened record that is not one is refused whole. A refusal names the
//! message the facilitator sees; local data is never touched by a refused document.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use pictokit_domain::sync::clock::Version;
use pictokit_domain::sync::merge::Stamp;
use pictokit_domain::sync::travels;
use serde_json::{json, Map, Value};

/// The document format's version.
pub const VERSION: u64 = 1;
/// The largest document read from the server, in bytes of JSON (a record with a photo
/// fits many times over; a 50 MB document is refused before it is parsed).
pub const MAX_DOC_BYTES: usize = 16 * 1024 * 1024;
/// AES-GCM's nonce, in bytes.
pub const NONCE_BYTES: usize = 12;
/// AES-GCM's tag, in bytes: the shortest ciphertext.
pub const TAG_BYTES: usize = 16;
/// The longest key id, in characters.
pub const MAX_KEY_ID_CHARS: usize = 32;
/// The longest record key (a profile's or a medium's id), in characters.
pub const MAX_RECORD_KEY_CHARS: usize = 128;

/// Why a document from the server was not taken. Each names its message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Larger than [`MAX_DOC_BYTES`].
    TooLarge,
    /// Not a JSON object.
    NotJson,
    /// Its `_id` is not one of Pictokit's, or not the one asked for.
    WrongId,
    /// Written by a newer Pictokit.
    TooNew,
    /// A key id, nonce or ciphertext that cannot be one.
    Damaged,
    /// Opened, but what is inside is not a record of this team (or not the one its id
    /// says): a document under a wrong key or moved.
    NotARecord,
}

impl Refusal {
    /// The Fluent message id the facilitator sees.
    pub fn message_id(self) -> &'static str {
        match self {
            Refusal::TooLarge => "team-refused-too-large",
            Refusal::NotJson | Refusal::Damaged | Refusal::WrongId => "team-refused-damaged",
            Refusal::TooNew => "team-refused-too-new",
            Refusal::NotARecord => "team-refused-not-ours",
        }
    }
}

/// A document from the server, checked, not yet opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    /// The document's id.
    pub id: String,
    /// The id of the key that sealed it.
    pub key: String,
    /// AES-GCM's nonce.
    pub nonce: Vec<u8>,
    /// The ciphertext with its tag.
    pub data: Vec<u8>,
}

/// What is bound into the tag besides the plaintext: the document's id and the key's,
/// each after its length, so no other pair makes the same bytes.
pub fn aad(doc_id: &str, key_id: &str) -> Vec<u8> {
    format!(
        "pictokit-team/{VERSION}\n{}:{doc_id}\n{}:{key_id}",
        doc_id.len(),
        key_id.len()
    )
    .into_bytes()
}

/// Whether `id` is a document id Pictokit makes: `r-` and 64 lowercase hex digits.
pub fn is_doc_id(id: &str) -> bool {
    id.len() == 66
        && id.starts_with("r-")
        && id[2..]
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

fn is_key_id(id: &str) -> bool {
    (1..=MAX_KEY_ID_CHARS).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Reads a document as the server sent it (`text`), expected to be `expected_id`.
pub fn read(text: &str, expected_id: &str) -> Result<Sealed, Refusal> {
    if text.len() > MAX_DOC_BYTES {
        return Err(Refusal::TooLarge);
    }
    let value: Value = serde_json::from_str(text).map_err(|_| Refusal::NotJson)?;
    let object = value.as_object().ok_or(Refusal::NotJson)?;
    let id = object.get("_id").and_then(Value::as_str).unwrap_or("");
    if !is_doc_id(id) || id != expected_id {
        return Err(Refusal::WrongId);
    }
    match object.get("v").and_then(Value::as_u64) {
        Some(VERSION) => {}
        Some(v) if v > VERSION => return Err(Refusal::TooNew),
        _ => return Err(Refusal::Damaged),
    }
    let key = object.get("k").and_then(Value::as_str).unwrap_or("");
    if !is_key_id(key) {
        return Err(Refusal::Damaged);
    }
    let bytes = |field: &str| {
        object
            .get(field)
            .and_then(Value::as_str)
            .and_then(|text| STANDARD.decode(text).ok())
    };
    let nonce = bytes("n")
        .filter(|n| n.len() == NONCE_BYTES)
        .ok_or(Refusal::Damaged)?;
    let data = bytes("c")
        .filter(|c| c.len() >= TAG_BYTES)
        .ok_or(Refusal::Damaged)?;
    Ok(Sealed {
        id: id.to_string(),
        key: key.to_string(),
        nonce,
        data,
    })
}

/// The document to send for a sealed record (CouchDB adds `_rev` for an update).
pub fn write(sealed: &Sealed) -> Value {
    json!({
        "_id": sealed.id,
        "v": VERSION,
        "k": sealed.key,
        "n": STANDARD.encode(&sealed.nonce),
        "c": STANDARD.encode(&sealed.data),
    })
}

/// A record of the team, as sealed inside a document.
#[derive(Clone, Debug, PartialEq)]
pub struct Inner {
    /// The store of the app's database it belongs to.
    pub store: String,
    /// Its key in that store.
    pub key: String,
    /// Its version.
    pub version: Version,
    /// Who wrote this version, and when.
    pub stamp: Stamp,
    /// The record (`None` once deleted).
    pub value: Option<Value>,
}

impl Inner {
    /// The plaintext to seal.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut object = Map::new();
        object.insert("store".into(), json!(self.store));
        object.insert("key".into(), json!(self.key));
        object.insert(
            "version".into(),
            serde_json::to_value(&self.version).unwrap_or_default(),
        );
        object.insert(
            "stamp".into(),
            json!({"ms": self.stamp.ms, "device": self.stamp.device}),
        );
        object.insert("value".into(), self.value.clone().unwrap_or(Value::Null));
        serde_json::to_vec(&Value::Object(object)).unwrap_or_default()
    }

    /// Reads an opened record: every field must be there and be one, and its store one
    /// whose records travel.
    pub fn read(plain: &[u8]) -> Result<Inner, Refusal> {
        let value: Value = serde_json::from_slice(plain).map_err(|_| Refusal::NotARecord)?;
        let object = value.as_object().ok_or(Refusal::NotARecord)?;
        let text = |field: &str| object.get(field).and_then(Value::as_str);
        let store = text("store")
            .filter(|store| travels(store).is_some())
            .ok_or(Refusal::NotARecord)?;
        let key = text("key")
            .filter(|key| (1..=MAX_RECORD_KEY_CHARS).contains(&key.chars().count()))
            .filter(|key| !key.chars().any(char::is_control))
            .ok_or(Refusal::NotARecord)?;
        let version = object
            .get("version")
            .and_then(Version::read)
            .ok_or(Refusal::NotARecord)?;
        let stamp = object.get("stamp").ok_or(Refusal::NotARecord)?;
        let ms = stamp.get("ms").and_then(Value::as_u64);
        let device = stamp.get("device").and_then(Value::as_str);
        let (Some(ms), Some(device)) = (ms, device) else {
            return Err(Refusal::NotARecord);
        };
        if device.is_empty() || device.chars().count() > 40 {
            return Err(Refusal::NotARecord);
        }
        let value = match object.get("value") {
            None => return Err(Refusal::NotARecord),
            Some(Value::Null) => None,
            Some(value) => Some(value.clone()),
        };
        Ok(Inner {
            store: store.to_string(),
            key: key.to_string(),
            version,
            stamp: Stamp {
                ms,
                device: device.to_string(),
            },
            value,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "r-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    fn sealed() -> Sealed {
        Sealed {
            id: ID.into(),
            key: "k-2026-1".into(),
            nonce: vec![7; NONCE_BYTES],
            data: vec![1; 40],
        }
    }

    #[test]
    fn a_document_written_is_read_back() {
        let text = write(&sealed()).to_string();
        assert_eq!(read(&text, ID), Ok(sealed()));
        // CouchDB's own fields are no trouble.
        let mut doc = write(&sealed());
        doc["_rev"] = json!("3-abc");
        doc["_conflicts"] = json!(["2-def"]);
        assert_eq!(read(&doc.to_string(), ID), Ok(sealed()));
    }

    #[test]
    fn the_additional_data_binds_the_id_and_the_key() {
        assert_ne!(aad(ID, "k-1"), aad(ID, "k-2"));
        let other = ID.replace("r-0", "r-1");
        assert_ne!(aad(ID, "k-1"), aad(&other, "k-1"));
        // No id and key can be spliced into another pair's bytes.
        assert_ne!(aad("r-a", "b\nc"), aad("r-a\nb", "c"));
    }

    #[test]
    fn a_hostile_server_is_refused_before_any_key_is_used() {
        let good = write(&sealed());
        let with = |field: &str, value: Value| {
            let mut doc = good.clone();
            doc[field] = value;
            doc.to_string()
        };
        let huge = format!(
            "{{\"_id\":\"{ID}\",\"pad\":\"{}\"}}",
            "x".repeat(50 * 1024 * 1024)
        );
        assert_eq!(read(&huge, ID), Err(Refusal::TooLarge));
        assert_eq!(read("{not json", ID), Err(Refusal::NotJson));
        assert_eq!(read("[1,2]", ID), Err(Refusal::NotJson));
        // Another document's id, or one Pictokit never makes.
        let other = ID.replace("r-0", "r-1");
        assert_eq!(read(&with("_id", json!(other)), ID), Err(Refusal::WrongId));
        assert_eq!(
            read(&with("_id", json!("laia-profile")), "laia-profile"),
            Err(Refusal::WrongId)
        );
        assert_eq!(read(&with("v", json!(2)), ID), Err(Refusal::TooNew));
        assert_eq!(read(&with("v", json!("1")), ID), Err(Refusal::Damaged));
        assert_eq!(read(&with("k", json!("K 1")), ID), Err(Refusal::Damaged));
        assert_eq!(
            read(&with("k", json!("k".repeat(33))), ID),
            Err(Refusal::Damaged)
        );
        assert_eq!(
            read(&with("n", json!(STANDARD.encode([0; 8]))), ID),
            Err(Refusal::Damaged)
        );
        assert_eq!(read(&with("n", json!("%%%")), ID), Err(Refusal::Damaged));
        assert_eq!(
            read(&with("c", json!(STANDARD.encode([0; 15]))), ID),
            Err(Refusal::Damaged)
        );
        assert_eq!(read(&with("c", json!(42)), ID), Err(Refusal::Damaged));
    }

    fn inner() -> Inner {
        Inner {
            store: "schedule".into(),
            key: "p-laia".into(),
            version: Version::default().bumped("tablet"),
            stamp: Stamp {
                ms: 1_795_000_000_000,
                device: "tablet".into(),
            },
            value: Some(json!({"entries": []})),
        }
    }

    #[test]
    fn a_record_sealed_is_read_back_and_a_deletion_too() {
        assert_eq!(Inner::read(&inner().to_bytes()), Ok(inner()));
        let deleted = Inner {
            value: None,
            ..inner()
        };
        assert_eq!(Inner::read(&deleted.to_bytes()), Ok(deleted));
    }

    #[test]
    fn what_is_not_a_record_of_the_team_is_refused_whole() {
        let good: Value = serde_json::from_slice(&inner().to_bytes()).expect("in the test");
        let with = |field: &str, value: Value| {
            let mut doc = good.clone();
            doc[field] = value;
            serde_json::to_vec(&doc).expect("in the test")
        };
        let without = |field: &str| {
            let mut doc = good.clone();
            doc.as_object_mut().expect("in the test").remove(field);
            serde_json::to_vec(&doc).expect("in the test")
        };
        assert_eq!(Inner::read(b"\xff\xfe"), Err(Refusal::NotARecord));
        assert_eq!(Inner::read(b"42"), Err(Refusal::NotARecord));
        // Device settings never travel; an unknown store is not ours.
        assert_eq!(
            Inner::read(&with("store", json!("device"))),
            Err(Refusal::NotARecord)
        );
        assert_eq!(
            Inner::read(&with("store", json!("x"))),
            Err(Refusal::NotARecord)
        );
        assert_eq!(
            Inner::read(&with("key", json!(""))),
            Err(Refusal::NotARecord)
        );
        assert_eq!(
            Inner::read(&with("key", json!("k".repeat(129)))),
            Err(Refusal::NotARecord)
        );
        assert_eq!(
            Inner::read(&with("version", json!({"tablet": 0}))),
            Err(Refusal::NotARecord)
        );
        assert_eq!(
            Inner::read(&with("stamp", json!({"ms": -1, "device": "t"}))),
            Err(Refusal::NotARecord)
        );
        assert_eq!(
            Inner::read(&with("stamp", json!({"ms": 1, "device": ""}))),
            Err(Refusal::NotARecord)
        );
        assert_eq!(Inner::read(&without("value")), Err(Refusal::NotARecord));
        assert_eq!(Inner::read(&without("stamp")), Err(Refusal::NotARecord));
    }

    #[test]
    fn every_refusal_has_a_message() {
        for refusal in [
            Refusal::TooLarge,
            Refusal::NotJson,
            Refusal::WrongId,
            Refusal::TooNew,
            Refusal::Damaged,
            Refusal::NotARecord,
        ] {
            assert!(refusal.message_id().starts_with("team-refused-"));
        }
    }
}
