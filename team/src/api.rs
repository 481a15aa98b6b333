//! What `public/team-sync.js` asks of this module. Records and keys cross as JSON text
//! (the app's database keeps records as JSON text; `""` is "none"), bytes as base64, and a
//! refusal as an error whose text is the Fluent message id the facilitator reads.

use crate::crypto::{self, DeviceKeys, TeamKey};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use pictokit_domain::sync::merge::{Note, Step};
use pictokit_domain::sync::record::{
    arrive as arrive_here, departing as departing_here, Arrival, Kept,
};
use pictokit_domain::sync::{incoming, of_person as of_person_here, outgoing, travels, Key};
use pictokit_transfer::team::{self, Inner, Refusal};
use serde_json::{json, Value};
use wasm_bindgen::prelude::*;

/// The team's keys as this device keeps them: the team key, the health key (absent on a
/// device joined without the assessments), the key of document ids, and the keys the team
/// used before a device was removed (`old`: to open what a device that was offline then
/// still sealed with them; never to seal).
struct Keys {
    team: TeamKey,
    health: Option<TeamKey>,
    ids: Vec<u8>,
    old: Vec<(Key, TeamKey)>,
}

fn refused(message_id: &str) -> JsValue {
    JsValue::from(js_sys::Error::new(message_id))
}

fn key_json(key: &TeamKey) -> Value {
    json!({"id": key.id, "raw": STANDARD.encode(&key.raw)})
}

fn key_read(value: &Value) -> Option<TeamKey> {
    let raw = STANDARD.decode(value.get("raw")?.as_str()?).ok()?;
    (raw.len() == 32).then(|| TeamKey {
        id: value
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned(),
        raw,
    })
}

impl Keys {
    fn read(text: &str) -> Result<Keys, JsValue> {
        let value: Value = serde_json::from_str(text).map_err(|_| refused("team-keys-damaged"))?;
        let team = value.get("team").and_then(key_read);
        let health = value.get("health").and_then(key_read);
        let ids = value
            .get("ids")
            .and_then(Value::as_str)
            .and_then(|ids| STANDARD.decode(ids).ok())
            .filter(|ids| ids.len() == 32);
        let old = value
            .get("old")
            .and_then(Value::as_array)
            .map(|old| {
                old.iter()
                    .filter_map(|key| {
                        let kind = match key.get("kind").and_then(Value::as_str) {
                            Some("health") => Key::Health,
                            _ => Key::Team,
                        };
                        key_read(key).map(|key| (kind, key))
                    })
                    .collect()
            })
            .unwrap_or_default();
        match (team, ids) {
            (Some(team), Some(ids)) => Ok(Keys {
                team,
                health,
                ids,
                old,
            }),
            _ => Err(refused("team-keys-damaged")),
        }
    }

    /// The key with this id, and what it seals.
    fn by_id(&self, id: &str) -> Option<(Key, &TeamKey)> {
        if self.team.id == id {
            return Some((Key::Team, &self.team));
        }
        if let Some(health) = self.health.as_ref().filter(|health| health.id == id) {
            return Some((Key::Health, health));
        }
        self.old
            .iter()
            .find(|(_, key)| key.id == id)
            .map(|(kind, key)| (*kind, key))
    }

    fn for_store(&self, store: &str) -> Result<&TeamKey, JsValue> {
        match travels(store) {
            Some(Key::Team) => Ok(&self.team),
            Some(Key::Health) => self
                .health
                .as_ref()
                .ok_or_else(|| refused("team-refused-no-key")),
            None => Err(refused("team-refused-not-ours")),
        }
    }
}

fn parse(text: &str) -> Option<Value> {
    if text.is_empty() {
        None
    } else {
        serde_json::from_str(text).ok()
    }
}

/// New keys for a new team: `{"team", "health", "ids"}`.
#[wasm_bindgen]
pub async fn new_keys() -> Result<String, JsValue> {
    let team = TeamKey::generate().map_err(|_| refused("team-crypto-failed"))?;
    let health = TeamKey::generate().map_err(|_| refused("team-crypto-failed"))?;
    let ids = crypto::random_bytes(32).map_err(|_| refused("team-crypto-failed"))?;
    Ok(
        json!({"team": key_json(&team), "health": key_json(&health), "ids": STANDARD.encode(ids)})
            .to_string(),
    )
}

/// The server's document for a version (`kept`, as [`departing`] or [`arrive`] gave it) of
/// the record `key` of `store`, sealed under the key its store travels under.
#[wasm_bindgen]
pub async fn seal(keys: &str, store: &str, key: &str, kept: &str) -> Result<String, JsValue> {
    let keys = Keys::read(keys)?;
    let kept = parse(kept)
        .as_ref()
        .and_then(Kept::read)
        .ok_or_else(|| refused("team-keys-damaged"))?;
    let id = crypto::doc_id(&keys.ids, store, key)
        .await
        .map_err(|_| refused("team-crypto-failed"))?;
    let inner = Inner {
        store: store.to_owned(),
        key: key.to_owned(),
        version: kept.version,
        stamp: kept.stamp,
        value: kept.value,
    };
    let sealed = crypto::seal(keys.for_store(store)?, &id, &inner.to_bytes())
        .await
        .map_err(|_| refused("team-crypto-failed"))?;
    Ok(team::write(&sealed).to_string())
}

/// The server's id of the record `key` of `store` (`r-` and the HMAC of both under the
/// team's id key): to know which record a document it cannot open stands for.
#[wasm_bindgen]
pub async fn doc_id(keys: &str, store: &str, key: &str) -> Result<String, JsValue> {
    let keys = Keys::read(keys)?;
    crypto::doc_id(&keys.ids, store, key)
        .await
        .map_err(|_| refused("team-crypto-failed"))
}

/// Opens a document from the server: `{"store", "key", "kept"}`. Refused — before any key
/// is used when it is not a document of Pictokit's, after when it does not open under this
/// team's keys or is not the record its id says.
#[wasm_bindgen]
pub async fn open(keys: &str, doc: &str) -> Result<String, JsValue> {
    let keys = Keys::read(keys)?;
    let id = serde_json::from_str::<Value>(doc)
        .ok()
        .and_then(|value| value.get("_id").and_then(Value::as_str).map(str::to_owned))
        .unwrap_or_default();
    let sealed = team::read(doc, &id).map_err(|refusal| refused(refusal.message_id()))?;
    // A key this device does not have: the health key it was never given, or a key made
    // after this device was removed.
    let (kind, key) = keys
        .by_id(&sealed.key)
        .ok_or_else(|| refused("team-refused-no-key"))?;
    let plain = crypto::open(key, &sealed)
        .await
        .map_err(|_| refused(Refusal::NotARecord.message_id()))?;
    let inner = Inner::read(&plain).map_err(|refusal| refused(refusal.message_id()))?;
    // Sealed under the right key for its store, and filed under its own id: a record moved
    // under another id, or a health record under the team key, is not taken.
    let expected = crypto::doc_id(&keys.ids, &inner.store, &inner.key)
        .await
        .map_err(|_| refused("team-crypto-failed"))?;
    let right_key = travels(&inner.store) == Some(kind);
    if expected != id || !right_key {
        return Err(refused(Refusal::NotARecord.message_id()));
    }
    let kept = Kept {
        version: inner.version,
        value: inner.value,
        stamp: inner.stamp,
        base: None,
        past: Vec::new(),
    };
    Ok(json!({"store": inner.store, "key": inner.key, "kept": kept.to_json()}).to_string())
}

/// What to send for a record whose value here is `here` (its JSON text, `""` for none),
/// given what was `kept` of it: the version to seal and keep, or `""` for nothing.
#[wasm_bindgen]
pub fn departing(store: &str, kept: &str, here: &str, device: &str, now_ms: f64) -> String {
    let kept = parse(kept).as_ref().and_then(Kept::read);
    let here = parse(here).map(|here| outgoing(store, &here));
    departing_here(kept.as_ref(), here.as_ref(), device, ms(now_ms))
        .map(|next| next.to_json().to_string())
        .unwrap_or_default()
}

/// What a version that arrived (`theirs`, from [`open`]) does here:
/// `{"action": "ignore" | "take" | "merge", "value", "kept", "notes"}`; `value` is the
/// record to write (with what belongs to this device put back), `null` to delete it.
#[wasm_bindgen]
pub fn arrive(
    store: &str,
    kept: &str,
    here: &str,
    theirs: &str,
    device: &str,
    now_ms: f64,
) -> String {
    let kept = parse(kept).as_ref().and_then(Kept::read);
    let here_full = parse(here);
    let here = here_full.as_ref().map(|here| outgoing(store, here));
    let Some(theirs) = parse(theirs).as_ref().and_then(Kept::read) else {
        return json!({"action": "ignore"}).to_string();
    };
    let written = |value: Option<Value>| {
        value
            .map(|value| incoming(store, &value, here_full.as_ref()))
            .unwrap_or(Value::Null)
    };
    match arrive_here(kept.as_ref(), here.as_ref(), &theirs, device, ms(now_ms)) {
        Arrival::Ignore => json!({"action": "ignore"}),
        Arrival::Take { value, kept, notes } => {
            json!({
                "action": "take",
                "value": written(value),
                "kept": kept.to_json(),
                "notes": notes.iter().map(note_json).collect::<Vec<_>>(),
            })
        }
        Arrival::Merge { value, kept, notes } => json!({
            "action": "merge",
            "value": written(value),
            "kept": kept.to_json(),
            "notes": notes.iter().map(note_json).collect::<Vec<_>>(),
        }),
    }
    .to_string()
}

fn note_json(note: &Note) -> Value {
    let at = |steps: &[Step]| {
        steps
            .iter()
            .map(|step| match step {
                Step::Key(key) => json!({"key": key}),
                Step::Id(id) => json!({"id": id}),
            })
            .collect::<Vec<_>>()
    };
    match note {
        Note::Replaced {
            at: steps,
            kept,
            lost,
            lost_by,
        } => {
            json!({"kind": "replaced", "at": at(steps), "kept": kept, "lost": lost, "by": lost_by})
        }
        Note::KeptOverDeletion {
            at: steps,
            deleted_by,
        } => {
            json!({"kind": "kept-over-deletion", "at": at(steps), "by": deleted_by})
        }
    }
}

fn ms(now: f64) -> u64 {
    if now.is_finite() && now > 0.0 {
        now as u64
    } else {
        0
    }
}

/// Whether the record `key` of `store` is the person's (`domain::sync::of_person`).
#[wasm_bindgen]
pub fn of_person(store: &str, key: &str, person: &str) -> bool {
    of_person_here(store, key, person)
}

/// The media ids that the records (a JSON array) name, among `known` (a JSON array of
/// the media ids on this device): a JSON array.
#[wasm_bindgen]
pub fn media_used(records: &str, known: &str) -> String {
    let records: Vec<Value> = serde_json::from_str(records).unwrap_or_default();
    let known: std::collections::BTreeSet<String> = serde_json::from_str(known).unwrap_or_default();
    let refs: Vec<&Value> = records.iter().collect();
    json!(pictokit_transfer::bundle::media_used(&refs, |id| known.contains(id))).to_string()
}

/// This device's key pair for joining: `{private: CryptoKey (not extractable), public: base64}`.
#[wasm_bindgen]
pub async fn device_keys() -> Result<JsValue, JsValue> {
    let DeviceKeys { private, public } = DeviceKeys::generate()
        .await
        .map_err(|_| refused("team-crypto-failed"))?;
    let object = js_sys::Object::new();
    js_sys::Reflect::set(&object, &"private".into(), &private)?;
    js_sys::Reflect::set(&object, &"public".into(), &STANDARD.encode(public).into())?;
    Ok(object.into())
}

/// `secret` sealed for the device whose public key is `public` (base64): base64.
#[wasm_bindgen]
pub async fn wrap_for(public: &str, secret: &str, context: &str) -> Result<String, JsValue> {
    let public = STANDARD
        .decode(public)
        .map_err(|_| refused("team-join-code-wrong"))?;
    let wrapped = crypto::wrap_for(&public, secret.as_bytes(), context)
        .await
        .map_err(|_| refused("team-crypto-failed"))?;
    Ok(STANDARD.encode(wrapped))
}

/// What [`wrap_for`] sealed for this device's `private` key.
#[wasm_bindgen]
pub async fn unwrap(
    private: web_sys::CryptoKey,
    wrapped: &str,
    context: &str,
) -> Result<String, JsValue> {
    let wrapped = STANDARD
        .decode(wrapped)
        .map_err(|_| refused("team-refused-damaged"))?;
    let secret = crypto::unwrap(&private, &wrapped, context)
        .await
        .map_err(|_| refused("team-refused-not-ours"))?;
    String::from_utf8(secret).map_err(|_| refused("team-refused-not-ours"))
}

/// The four digits both screens show while a device joins.
#[wasm_bindgen]
pub async fn comparison_code(join_id: &str, public: &str) -> Result<String, JsValue> {
    let public = STANDARD
        .decode(public)
        .map_err(|_| refused("team-join-code-wrong"))?;
    crypto::comparison_code(join_id, &public)
        .await
        .map_err(|_| refused("team-crypto-failed"))
}

fn note_read(value: &Value) -> Option<Note> {
    let at = value
        .get("at")?
        .as_array()?
        .iter()
        .map(|step| {
            if let Some(key) = step.get("key").and_then(Value::as_str) {
                Some(Step::Key(key.to_owned()))
            } else {
                step.get("id")
                    .and_then(Value::as_str)
                    .map(|id| Step::Id(id.to_owned()))
            }
        })
        .collect::<Option<Vec<_>>>()?;
    let by = value.get("by")?.as_str()?.to_owned();
    match value.get("kind")?.as_str()? {
        "replaced" => Some(Note::Replaced {
            at,
            kept: value.get("kept")?.clone(),
            lost: value.get("lost")?.clone(),
            lost_by: by,
        }),
        _ => Some(Note::KeptOverDeletion { at, deleted_by: by }),
    }
}

/// The person's change history (`history`, its stored JSON text, `""` for none) with the
/// values a merge replaced (`notes`, as [`arrive`] gave them) as changes the facilitator
/// can undo; `""` when there is nothing to write (`domain::sync::noted`).
#[wasm_bindgen]
pub fn noted(
    history: &str,
    store: &str,
    key: &str,
    merged: &str,
    notes: &str,
    name: &str,
    now_ms: f64,
) -> String {
    let (Some(merged), Some(notes)) = (parse(merged), parse(notes)) else {
        return String::new();
    };
    let notes: Vec<Note> = notes
        .as_array()
        .map(|notes| notes.iter().filter_map(note_read).collect())
        .unwrap_or_default();
    let edits = pictokit_domain::sync::noted::edits(store, key, &merged, &notes, name);
    if edits.is_empty() {
        return String::new();
    }
    let (mut record, _) =
        pictokit_domain::history::History::from_record(&parse(history).unwrap_or(Value::Null));
    if record.too_new().is_some() {
        return String::new();
    }
    for edit in edits {
        record.record(edit, ms(now_ms));
    }
    record
        .to_record()
        .map(|value| value.to_string())
        .unwrap_or_default()
}
