//! The one storage module: IndexedDB through a small JS shim, records as JSON text.
//!
//! Only this module knows the database, its object stores and the record keys.
//! Records carry their own schema version (see `pictokit_domain::schema`).

use js_sys::{Array, Promise, Reflect};
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/storage/idb.js")]
extern "C" {
    #[wasm_bindgen(js_name = open)]
    fn idb_open() -> Promise;
    #[wasm_bindgen(js_name = getAll)]
    fn idb_get_all(store: &str) -> Promise;
    #[wasm_bindgen(js_name = put)]
    fn idb_put(store: &str, key: &str, json_text: &str) -> Promise;
    #[wasm_bindgen(js_name = remove)]
    fn idb_remove(store: &str, key: &str) -> Promise;
    #[wasm_bindgen(js_name = persist)]
    fn idb_persist() -> Promise;
    #[wasm_bindgen(js_name = flush)]
    fn idb_flush() -> Promise;
    #[wasm_bindgen(js_name = saved)]
    fn idb_saved() -> Promise;
    #[wasm_bindgen(js_name = checkSafety)]
    fn idb_check_safety() -> Promise;
    #[wasm_bindgen(js_name = copyText)]
    fn idb_copy_text(generation: f64) -> Promise;
    #[wasm_bindgen(js_name = resolveReset)]
    fn idb_resolve_reset() -> Promise;
}

/// The object stores.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Store {
    /// Person profiles, by id.
    Profiles,
    /// Deleted profiles kept for undo, by id.
    Trash,
    /// Settings of this device, under [`DEVICE_SETTINGS_KEY`].
    Device,
    /// Each profile's pictograms, by profile id.
    Pictos,
    /// Photos, recordings and downloaded pictograms, by media id.
    Media,
    /// Each profile's shopping (lists, catalogue, wallet), by profile id.
    Shopping,
    /// Each profile's schedule, by profile id.
    Schedule,
    /// Quality-of-life assessments by profile id; imported questionnaires under
    /// `instrument:…`; answers to a file from another device under `away:…`.
    Quality,
    /// Co-design workshops: a profile's change history under `history:…`, its sorting
    /// mats under `sorting:…` and its choice boards under `choices:…`.
    Workshop,
}

impl Store {
    /// The store with this name.
    pub fn named(name: &str) -> Option<Store> {
        [
            Store::Profiles,
            Store::Trash,
            Store::Device,
            Store::Pictos,
            Store::Media,
            Store::Shopping,
            Store::Schedule,
            Store::Quality,
            Store::Workshop,
        ]
        .into_iter()
        .find(|store| store.name() == name)
    }

    fn name(self) -> &'static str {
        match self {
            Store::Profiles => "profiles",
            Store::Trash => "trash",
            Store::Device => "device",
            Store::Pictos => "pictos",
            Store::Media => "media",
            Store::Shopping => "shopping",
            Store::Schedule => "schedule",
            Store::Quality => "quality",
            Store::Workshop => "workshop",
        }
    }
}

/// The key of the device settings record.
pub const DEVICE_SETTINGS_KEY: &str = "settings";

/// Why storage failed, as the user is told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser refuses storage (private mode, blocked site data).
    Blocked,
    /// The device is full.
    Quota,
    /// Anything else.
    Generic,
}

impl StorageError {
    /// The Fluent message id that explains it.
    pub fn message_id(self) -> &'static str {
        match self {
            StorageError::Blocked => "storage-error-blocked",
            StorageError::Quota => "storage-error-quota",
            StorageError::Generic => "storage-error-generic",
        }
    }

    fn from_js(error: &JsValue) -> StorageError {
        let kind = Reflect::get(error, &JsValue::from_str("kind"))
            .ok()
            .and_then(|kind| kind.as_string());
        match kind.as_deref() {
            Some("blocked") | Some("too-new") => StorageError::Blocked,
            Some("quota") => StorageError::Quota,
            _ => StorageError::Generic,
        }
    }
}

async fn settle(promise: Promise) -> Result<JsValue, StorageError> {
    JsFuture::from(promise)
        .await
        .map_err(|error| StorageError::from_js(&error))
}

/// Opens the database, creating or upgrading it.
pub async fn open() -> Result<(), StorageError> {
    settle(idb_open()).await.map(|_| ())
}

/// Every record of a store, as key and parsed JSON. Records that are not JSON come back as
/// `Value::Null`, for the loader to report.
pub async fn load_all(store: Store) -> Result<Vec<(String, Value)>, StorageError> {
    let pairs = settle(idb_get_all(store.name())).await?;
    let pairs: Array = pairs.unchecked_into();
    Ok(pairs
        .iter()
        .map(|pair| {
            let pair: Array = pair.unchecked_into();
            let key = pair.get(0).as_string().unwrap_or_default();
            let value = pair
                .get(1)
                .as_string()
                .and_then(|text| serde_json::from_str(&text).ok())
                .unwrap_or(Value::Null);
            (key, value)
        })
        .collect())
}

/// Writes a record. Every write made in one turn of the event loop (one user action) is
/// stored in one transaction, all or nothing; this resolves when that transaction does.
pub async fn put(store: Store, key: &str, value: &Value) -> Result<(), StorageError> {
    settle(idb_put(store.name(), key, &value.to_string()))
        .await
        .map(|_| ())
}

/// Deletes a record.
pub async fn remove(store: Store, key: &str) -> Result<(), StorageError> {
    settle(idb_remove(store.name(), key)).await.map(|_| ())
}

/// Asks for persistent storage; whether the browser grants it.
pub async fn persist() -> bool {
    settle(idb_persist())
        .await
        .ok()
        .and_then(|granted| granted.as_bool())
        .unwrap_or(false)
}

/// Waits until every write started so far is stored (before leaving the page).
pub async fn flush() {
    let _ = JsFuture::from(idb_flush()).await;
}

/// Resolves when every write asked for so far is stored, or says why its action was not
/// (a full device: nothing of that action was saved).
pub async fn saved() -> Result<(), StorageError> {
    settle(idb_saved()).await.map(|_| ())
}

/// A copy of everything, kept outside IndexedDB (see `idb.js`, "Safekeeping").
#[derive(Clone, Debug, PartialEq)]
pub struct Copy {
    /// The database's generation it holds.
    pub generation: u64,
    /// When it was written, in milliseconds since the Unix epoch.
    pub at: f64,
    /// How many people it holds.
    pub people: u32,
}

/// What opening found: whether the database came back empty or older than this device
/// left it, and the copies kept.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Safety {
    /// The database is older than the marker kept outside it.
    pub reset: bool,
    /// When the last change the marker saw was stored.
    pub lost_at: f64,
    /// The copies kept, newest first.
    pub copies: Vec<Copy>,
}

/// A number field of a JS object (0 when missing), read without parsing text.
fn number(object: &JsValue, field: &str) -> f64 {
    Reflect::get(object, &JsValue::from_str(field))
        .ok()
        .and_then(|value| value.as_f64())
        .filter(|value| value.is_finite() && *value >= 0.0)
        .unwrap_or(0.0)
}

/// Compares the database with the marker kept outside it (after [`open`]).
pub async fn check_safety() -> Safety {
    let Ok(found) = JsFuture::from(idb_check_safety()).await else {
        return Safety::default();
    };
    let copies = Reflect::get(&found, &JsValue::from_str("copies"))
        .ok()
        .filter(|copies| copies.is_array())
        .map(|copies| copies.unchecked_into::<Array>())
        .map(|copies| {
            copies
                .iter()
                .map(|copy| Copy {
                    generation: number(&copy, "generation") as u64,
                    at: number(&copy, "at"),
                    people: number(&copy, "people") as u32,
                })
                .collect()
        })
        .unwrap_or_default();
    Safety {
        reset: Reflect::get(&found, &JsValue::from_str("reset"))
            .ok()
            .and_then(|reset| reset.as_bool())
            .unwrap_or(false),
        lost_at: number(&found, "lostAt"),
        copies,
    }
}

/// The text of a kept copy; `None` when it is gone.
pub async fn copy_text(generation: u64) -> Option<String> {
    JsFuture::from(idb_copy_text(generation as f64))
        .await
        .ok()
        .and_then(|text| text.as_string())
}

/// Ends a reset: the marker follows the database again and copies are written again.
pub async fn resolve_reset() -> Result<(), StorageError> {
    settle(idb_resolve_reset()).await.map(|_| ())
}
