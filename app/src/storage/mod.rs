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

/// Writes a record.
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
