//! The app's state: profiles, recently deleted profiles and device settings, kept in
//! signals and written through to storage.
//!
//! Every change shows at once; the write follows. A failed write leaves the change on
//! screen and says so in the user's language.

use crate::storage::{self, StorageError, Store, DEVICE_SETTINGS_KEY};
use leptos::prelude::*;
use leptos::task::spawn_local;
use pictokit_domain::picto::{Media, MediaProblem, ProfilePictos};
use pictokit_domain::profile::Profile;
use pictokit_domain::schema::{self, LoadProblem};
use pictokit_domain::shopping::Shopping;
use pictokit_domain::Language;
use pictokit_pictograms::arasaac::ArasaacSettings;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// How long a deleted profile can be restored, in milliseconds (7 days).
pub const TRASH_KEEP_MS: u64 = 7 * 24 * 60 * 60 * 1000;
/// Version of the device settings record.
const DEVICE_SCHEMA: u64 = 1;
use pictokit_domain::picto::PICTOS_SCHEMA;
use pictokit_domain::shopping::SHOPPING_SCHEMA;

/// Settings of this device, not of a person.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeviceSettings {
    /// Language of the facilitator's screens; the browser's when unset.
    pub ui_language: Option<Language>,
    /// Salted hash of the facilitator PIN, if one is set.
    pub pin_hash: Option<String>,
    /// The profile whose person mode is locked on screen, so a reload stays locked.
    pub locked_profile: Option<String>,
    /// The facilitator's screen the lock was turned on from (a route's hash), where
    /// unlocking returns; none when the person opened their own screen.
    pub locked_from: Option<String>,
    /// Whether and how the picker searches ARASAAC online (off by default). A value that
    /// cannot be read falls back to the default without losing the other settings.
    #[serde(deserialize_with = "lenient")]
    pub arasaac: ArasaacSettings,
}

/// Reads a field, or its default when it has the wrong shape.
fn lenient<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::de::DeserializeOwned + Default,
{
    let value = Value::deserialize(deserializer)?;
    Ok(serde_json::from_value(value).unwrap_or_default())
}

/// A deleted profile, kept for a while so it can be restored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrashEntry {
    /// The profile as it was.
    pub profile: Value,
    /// The name, for the list.
    pub name: String,
    /// When it was deleted.
    pub deleted_ms: u64,
}

/// A short message with an optional undo.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Toast {
    /// What happened, already in the user's language.
    pub message: String,
    /// The id of a deleted profile that "Undo" restores.
    pub undo_restore: Option<String>,
}

/// A problem met while loading, with the profile's name where known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadNotice {
    /// The Fluent message id.
    pub message_id: &'static str,
    /// The profile's name, for messages that name it.
    pub name: String,
}

/// The app's state, as a context.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Whether the first load from storage is done.
    pub loaded: RwSignal<bool>,
    /// Profiles, in creation order.
    pub profiles: RwSignal<Vec<Profile>>,
    /// Deleted profiles that can still be restored, newest first.
    pub trash: RwSignal<Vec<(String, TrashEntry)>>,
    /// This device's settings.
    pub device: RwSignal<DeviceSettings>,
    /// The last storage failure, until dismissed.
    pub storage_error: RwSignal<Option<StorageError>>,
    /// Whether the browser promised to keep the data.
    pub persisted: RwSignal<bool>,
    /// What loading found wrong.
    pub notices: RwSignal<Vec<LoadNotice>>,
    /// The toast on screen.
    pub toast: RwSignal<Option<Toast>>,
    /// Each profile's pictograms, by profile id.
    pub pictos: RwSignal<BTreeMap<String, ProfilePictos>>,
    /// Photos, recordings and downloaded pictograms, by id.
    pub media: RwSignal<BTreeMap<String, Media>>,
    /// Each profile's shopping lists, catalogue and wallet, by profile id.
    pub shopping: RwSignal<BTreeMap<String, Shopping>>,
    /// Profiles whose stored shopping is from a newer Pictokit: never overwritten.
    shopping_frozen: RwSignal<Vec<String>>,
    /// Shopping records as read, until `decode_shopping` turns them into `shopping`.
    shopping_raw: StoredValue<Vec<(String, Value)>>,
    /// Each profile's stored schedule record, by profile id, as stored. Only the pages
    /// with schedule screens decode it (`crate::records`), so the first page stays small.
    pub schedule_records: RwSignal<BTreeMap<String, Value>>,
    /// The quality-of-life records as stored (assessments by profile id, imported
    /// questionnaires, answers to another device's file): only `facilitator.html` decodes
    /// them (`pictokit_questionnaire::records`).
    pub quality_records: RwSignal<BTreeMap<String, Value>>,
    /// The co-design workshop records as stored (`history:<profile>`,
    /// `sorting:<profile>`, `choices:<profile>`): only `facilitator.html` decodes them
    /// (`pictokit_workshop::records`).
    pub workshop_records: RwSignal<BTreeMap<String, Value>>,
    /// The database came back empty or older than this device left it (a crash, a
    /// storage reset): what was found and the copies kept, until the facilitator brings
    /// one back or goes on without. Shown only on the facilitator's screens.
    pub safety: RwSignal<Option<storage::Safety>>,
    /// What the page decodes after loading (see [`AppState::load`]), run again when a
    /// refused write is rolled back by loading what is stored.
    decode: StoredValue<Option<fn(AppState)>>,
    /// Whether a rollback is under way (one per refused action, not one per record).
    rolling_back: StoredValue<bool>,
    /// Media records that are stored but could not be read (not shown, not lost).
    media_unread: StoredValue<Vec<String>>,
}

/// A write that changed something a facilitator may want to see and undo: the store, the
/// record's key, and the record before (`null` when new) and after (`null` when removed).
pub struct Written<'a> {
    /// Where it was written.
    pub store: Store,
    /// The record's key.
    pub key: &'a str,
    /// The record before.
    pub before: &'a Value,
    /// The record after.
    pub after: &'a Value,
}

/// What is told of the writes (see [`watch_writes`]).
#[derive(Clone, Copy)]
pub struct Watcher {
    /// Whether writes made now are of interest (the record before a write is made only
    /// then: a write in person mode, say, costs nothing more).
    pub wants: fn() -> bool,
    /// Told of a write.
    pub told: fn(AppState, Written),
}

thread_local! {
    /// Told of every write of a profile, shopping, schedule, quality or pictograms record
    /// (the change history of `facilitator.html`; the first page installs none, so it
    /// carries no history code).
    static WATCHER: std::cell::Cell<Option<Watcher>> = const { std::cell::Cell::new(None) };
    /// Off while the history itself writes an undo, so an undo is not a new change.
    static WATCHING: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

/// Installs the function told of every write (see [`Written`]).
pub fn watch_writes(watcher: Watcher) {
    WATCHER.with(|cell| cell.set(Some(watcher)));
}

/// The watcher, when one is installed, not paused by [`unwatched`], and interested now.
fn watcher() -> Option<Watcher> {
    WATCHER
        .with(|cell| cell.get())
        .filter(|watcher| WATCHING.with(|cell| cell.get()) && (watcher.wants)())
}

/// Runs `write` without telling the watcher (an undo writes back what was there).
pub fn unwatched<T>(write: impl FnOnce() -> T) -> T {
    WATCHING.with(|cell| cell.set(false));
    let out = write();
    WATCHING.with(|cell| cell.set(true));
    out
}

/// Milliseconds since the Unix epoch (the components' clock, so both read the same one).
pub use pictokit_kit::now_ms;

/// A new random id with a prefix, from the browser's cryptographic generator.
pub fn new_id(prefix: &str) -> String {
    let mut bytes = [0u8; 8];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .and_then(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).ok())
        .is_some();
    if !filled {
        // Without WebCrypto, the clock and Math.random still give a unique enough id.
        let mixed = now_ms() ^ ((js_sys::Math::random() * u32::MAX as f64) as u64) << 20;
        bytes = mixed.to_le_bytes();
    }
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("{prefix}-{hex}")
}

impl AppState {
    /// Empty state; [`AppState::load`] fills it.
    pub fn new() -> AppState {
        AppState {
            loaded: RwSignal::new(false),
            profiles: RwSignal::new(Vec::new()),
            trash: RwSignal::new(Vec::new()),
            device: RwSignal::new(DeviceSettings::default()),
            storage_error: RwSignal::new(None),
            persisted: RwSignal::new(false),
            notices: RwSignal::new(Vec::new()),
            toast: RwSignal::new(None),
            pictos: RwSignal::new(BTreeMap::new()),
            media: RwSignal::new(BTreeMap::new()),
            shopping: RwSignal::new(BTreeMap::new()),
            shopping_frozen: RwSignal::new(Vec::new()),
            shopping_raw: StoredValue::new(Vec::new()),
            schedule_records: RwSignal::new(BTreeMap::new()),
            quality_records: RwSignal::new(BTreeMap::new()),
            workshop_records: RwSignal::new(BTreeMap::new()),
            safety: RwSignal::new(None),
            decode: StoredValue::new(None),
            rolling_back: StoredValue::new(false),
            media_unread: StoredValue::new(Vec::new()),
        }
    }

    /// Loads everything from storage. On failure the app still starts, empty, and says why.
    /// Loads everything from storage; `decode`, if given, runs before the screens are
    /// drawn (the facilitator's page decodes the shopping records with it).
    pub async fn load(self, decode: Option<fn(AppState)>) {
        self.decode.set_value(decode);
        if let Err(error) = self.load_from_storage().await {
            self.storage_error.set(Some(error));
        }
        if let Some(decode) = decode {
            decode(self);
        }
        self.loaded.set(true);
        self.persisted.set(storage::persist().await);
    }

    async fn load_from_storage(self) -> Result<(), StorageError> {
        storage::open().await?;
        let safety = storage::check_safety().await;
        self.safety.set(safety.reset.then_some(safety));
        let mut notices = Vec::new();

        let mut profiles = Vec::new();
        for (_key, record) in storage::load_all(Store::Profiles).await? {
            let name = record
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned();
            let loaded = schema::load_profile(record);
            let mut reset_reported = false;
            for problem in &loaded.problems {
                if matches!(problem, LoadProblem::FieldReset(_)) {
                    if reset_reported {
                        continue;
                    }
                    reset_reported = true;
                }
                notices.push(LoadNotice {
                    message_id: problem.message_id(),
                    name: name.clone(),
                });
            }
            if let Some(profile) = loaded.value {
                profiles.push(profile);
            }
        }
        profiles.sort_by(|a, b| (a.created_ms, &a.id).cmp(&(b.created_ms, &b.id)));

        let now = now_ms();
        let mut trash = Vec::new();
        for (key, record) in storage::load_all(Store::Trash).await? {
            match serde_json::from_value::<TrashEntry>(record) {
                Ok(entry) if now.saturating_sub(entry.deleted_ms) < TRASH_KEEP_MS => {
                    trash.push((key, entry))
                }
                _ => {
                    let _ = storage::remove(Store::Trash, &key).await;
                }
            }
        }
        trash.sort_by_key(|(_, entry)| std::cmp::Reverse(entry.deleted_ms));

        let device = storage::load_all(Store::Device)
            .await?
            .into_iter()
            .find(|(key, _)| key == DEVICE_SETTINGS_KEY)
            .and_then(|(_, record)| serde_json::from_value::<DeviceSettings>(record).ok())
            .unwrap_or_default();
        let device = DeviceSettings {
            locked_profile: device
                .locked_profile
                .filter(|id| profiles.iter().any(|profile| &profile.id == id)),
            ..device
        };

        let mut media = BTreeMap::new();
        let mut media_unread = Vec::new();
        for (key, record) in storage::load_all(Store::Media).await? {
            match serde_json::from_value::<Media>(record) {
                Ok(item) if item.id == key && item.validate().is_ok() => {
                    media.insert(key, item);
                }
                // Left in storage untouched; just not shown.
                _ => {
                    media_unread.push(key);
                    notices.push(LoadNotice {
                        message_id: "storage-media-skipped",
                        name: String::new(),
                    })
                }
            }
        }
        self.media_unread.set_value(media_unread);

        let mut pictos = BTreeMap::new();
        for (key, record) in storage::load_all(Store::Pictos).await? {
            let (loaded, dropped) = ProfilePictos::from_record(&record);
            if dropped > 0 {
                let name = profiles
                    .iter()
                    .find(|p| p.id == key)
                    .map(|p| p.settings.name.clone())
                    .unwrap_or_default();
                notices.push(LoadNotice {
                    message_id: "storage-pictos-dropped",
                    name,
                });
            }
            pictos.insert(key, loaded);
        }

        // Decoded only on the page that shows shopping (see `decode_shopping`).
        self.shopping_raw
            .set_value(storage::load_all(Store::Shopping).await?);

        for (store, records) in [
            (Store::Schedule, self.schedule_records),
            (Store::Quality, self.quality_records),
            (Store::Workshop, self.workshop_records),
        ] {
            records.set(storage::load_all(store).await?.into_iter().collect());
        }
        self.pictos.set(pictos);
        self.media.set(media);
        self.profiles.set(profiles);
        self.trash.set(trash);
        self.device.set(device);
        self.notices.set(notices);
        Ok(())
    }

    /// Tells the watcher of a change (see [`Written`]); `before` is `None` when nobody
    /// was watching when the write began (see [`watcher`]).
    fn told(self, store: Store, key: &str, before: Option<Value>, after: &Value) {
        let Some((watcher, before)) = watcher().zip(before) else {
            return;
        };
        if &before != after {
            (watcher.told)(
                self,
                Written {
                    store,
                    key,
                    before: &before,
                    after,
                },
            );
        }
    }

    fn write(self, store: Store, key: String, value: Value) {
        spawn_local(async move {
            if let Err(error) = storage::put(store, &key, &value).await {
                self.refused(error);
            }
        });
    }

    fn erase(self, store: Store, key: String) {
        spawn_local(async move {
            if let Err(error) = storage::remove(store, &key).await {
                self.refused(error);
            }
        });
    }

    /// A write was refused. On a full device nothing of that action was stored (its
    /// records share one transaction), so the screens go back to what is stored, and the
    /// facilitator reads once that nothing was saved. Otherwise (private mode, a browser
    /// error) the change stays on screen and the banner says it is not kept.
    fn refused(self, error: StorageError) {
        self.storage_error.set(Some(error));
        if error != StorageError::Quota || self.rolling_back.get_value() {
            return;
        }
        self.rolling_back.set_value(true);
        // A screen that did not wait for the write may have said it was saved: not so.
        self.toast.set(None);
        spawn_local(async move {
            // Every write of the refused action has come back by now.
            let _ = storage::saved().await;
            self.reload().await;
            self.rolling_back.set_value(false);
        });
    }

    /// Waits until every change made so far is stored: `Err` when its action was refused
    /// (then nothing of it was stored, and the banner already says why). A screen that
    /// says that something was added or saved waits for this first, so it never says both.
    pub async fn saved(self) -> Result<(), StorageError> {
        storage::saved().await
    }

    /// Stores records as one action (one transaction: all or none), then waits for it.
    pub async fn store_records(
        self,
        records: Vec<(Store, String, Value)>,
    ) -> Result<(), StorageError> {
        for (store, key, value) in records {
            self.write(store, key, value);
        }
        storage::saved().await
    }

    /// Reads everything again from storage (after records were stored behind the
    /// screens' back: a copy brought back).
    pub async fn reload(self) {
        // The one way in to loading, so the first page carries its code once.
        self.load(self.decode.get_value()).await;
    }

    /// The profile with this id.
    pub fn profile(&self, id: &str) -> Option<Profile> {
        self.profiles
            .with(|profiles| profiles.iter().find(|profile| profile.id == id).cloned())
    }

    /// The profile with this id, following its changes; `None` when there is none. After
    /// a deletion it keeps showing the profile as it was, so an open screen never breaks.
    pub fn profile_signal(self, id: &str) -> Option<Signal<Profile>> {
        let initial = self.profile(id)?;
        let id = id.to_owned();
        Some(Signal::derive(move || {
            self.profile(&id).unwrap_or_else(|| initial.clone())
        }))
    }

    /// Adds or replaces a profile.
    pub fn save_profile(self, profile: Profile) {
        let record = schema::store_profile(&profile);
        let key = profile.id.clone();
        let before = watcher()
            .and_then(|_| self.profile(&key))
            .map(|before| schema::store_profile(&before));
        self.told(Store::Profiles, &key, before, &record);
        self.profiles.update(|profiles| {
            match profiles
                .iter_mut()
                .find(|existing| existing.id == profile.id)
            {
                Some(existing) => *existing = profile,
                None => profiles.push(profile),
            }
        });
        self.write(Store::Profiles, key, record);
    }

    /// Moves a profile to the recently deleted list.
    pub fn delete_profile(self, id: &str) -> Option<String> {
        let profile = self.profile(id)?;
        let entry = TrashEntry {
            profile: schema::store_profile(&profile),
            name: profile.settings.name.clone(),
            deleted_ms: now_ms(),
        };
        let record = serde_json::to_value(&entry).unwrap_or(Value::Null);
        self.profiles
            .update(|profiles| profiles.retain(|p| p.id != id));
        self.trash
            .update(|trash| trash.insert(0, (id.to_owned(), entry)));
        self.write(Store::Trash, id.to_owned(), record);
        self.erase(Store::Profiles, id.to_owned());
        Some(profile.settings.name)
    }

    /// Brings a deleted profile back.
    pub fn restore_profile(self, id: &str) {
        let Some(entry) = self.trash.with(|trash| {
            trash
                .iter()
                .find(|(key, _)| key == id)
                .map(|(_, e)| e.clone())
        }) else {
            return;
        };
        if let Some(profile) = schema::load_profile(entry.profile).value {
            self.trash
                .update(|trash| trash.retain(|(key, _)| key != id));
            self.erase(Store::Trash, id.to_owned());
            self.save_profile(profile);
        }
    }

    /// Changes the device settings.
    pub fn update_device(self, change: impl FnOnce(&mut DeviceSettings)) {
        self.device.update(change);
        let mut record = serde_json::to_value(self.device.get_untracked()).unwrap_or(Value::Null);
        if let Value::Object(map) = &mut record {
            map.insert(schema::SCHEMA_KEY.to_owned(), Value::from(DEVICE_SCHEMA));
        }
        self.write(Store::Device, DEVICE_SETTINGS_KEY.to_owned(), record);
    }
}

impl AppState {
    /// A profile's pictograms (empty when it has none yet).
    pub fn pictos_of(&self, profile_id: &str) -> ProfilePictos {
        self.pictos
            .with(|all| all.get(profile_id).cloned())
            .unwrap_or_default()
    }

    /// Changes a profile's pictograms and writes them.
    pub fn update_pictos(self, profile_id: &str, change: impl FnOnce(&mut ProfilePictos)) {
        let mut record = Value::Null;
        let mut before = None;
        let watched = watcher().is_some();
        self.pictos.update(|all| {
            let pictos = all.entry(profile_id.to_owned()).or_default();
            before = watched.then(|| serde_json::to_value(&*pictos).unwrap_or(Value::Null));
            change(pictos);
            record = serde_json::to_value(&*pictos).unwrap_or(Value::Null);
        });
        self.told(Store::Pictos, profile_id, before, &record);
        if let Value::Object(map) = &mut record {
            map.insert(schema::SCHEMA_KEY.to_owned(), Value::from(PICTOS_SCHEMA));
        }
        self.write(Store::Pictos, profile_id.to_owned(), record);
    }

    /// Keeps a photo, recording or downloaded pictogram, after checking it.
    pub fn save_media(self, media: Media) -> Result<(), MediaProblem> {
        media.validate()?;
        let mut record = serde_json::to_value(&media).unwrap_or(Value::Null);
        if let Value::Object(map) = &mut record {
            map.insert(schema::SCHEMA_KEY.to_owned(), Value::from(PICTOS_SCHEMA));
        }
        let key = media.id.clone();
        self.media.update(|all| {
            all.insert(key.clone(), media);
        });
        self.write(Store::Media, key, record);
        Ok(())
    }

    /// Forgets a media record.
    pub fn remove_media(self, id: &str) {
        self.media.update(|all| {
            all.remove(id);
        });
        self.erase(Store::Media, id.to_owned());
    }
}

impl Default for AppState {
    fn default() -> Self {
        AppState::new()
    }
}

impl AppState {
    /// A profile's shopping (empty when it has none yet).
    /// Decodes the shopping records read at load. Only `facilitator.html` (where the
    /// shopping screens are) calls it, so the first page carries none of that code.
    pub fn decode_shopping(self) {
        let profiles = self.profiles.get_untracked();
        let mut notices = Vec::new();
        let mut shopping = BTreeMap::new();
        let mut shopping_frozen = Vec::new();
        for (key, record) in self.shopping_raw.get_value() {
            if record.get(schema::SCHEMA_KEY).and_then(Value::as_u64) > Some(SHOPPING_SCHEMA) {
                // From a newer Pictokit: left untouched in storage, not shown.
                notices.push(LoadNotice {
                    message_id: "storage-shopping-newer",
                    name: profile_name(&profiles, &key),
                });
                shopping_frozen.push(key);
                continue;
            }
            let (loaded, dropped) = Shopping::from_record(&record);
            if dropped > 0 {
                notices.push(LoadNotice {
                    message_id: "storage-shopping-dropped",
                    name: profile_name(&profiles, &key),
                });
            }
            shopping.insert(key, loaded);
        }
        self.shopping_raw.set_value(Vec::new());
        self.shopping.set(shopping);
        self.shopping_frozen.set(shopping_frozen);
        if !notices.is_empty() {
            self.notices.update(|all| all.extend(notices));
        }
    }

    /// Media records that are stored but could not be read: not shown, not lost.
    pub fn media_unread(self) -> Vec<String> {
        self.media_unread.get_value()
    }

    pub fn shopping_of(&self, profile_id: &str) -> Shopping {
        self.shopping
            .with(|all| all.get(profile_id).cloned())
            .unwrap_or_default()
    }

    /// Changes a profile's shopping and writes it. A profile whose stored shopping comes
    /// from a newer Pictokit is not overwritten.
    pub fn update_shopping(self, profile_id: &str, change: impl FnOnce(&mut Shopping)) {
        if self
            .shopping_frozen
            .with_untracked(|ids| ids.iter().any(|id| id == profile_id))
        {
            // The facilitator was told when it loaded; the record stays as it is.
            return;
        }
        let mut record = Value::Null;
        let mut before = None;
        let watched = watcher().is_some();
        self.shopping.update(|all| {
            let shopping = all.entry(profile_id.to_owned()).or_default();
            before = watched.then(|| serde_json::to_value(&*shopping).unwrap_or(Value::Null));
            change(shopping);
            record = serde_json::to_value(&*shopping).unwrap_or(Value::Null);
        });
        self.told(Store::Shopping, profile_id, before, &record);
        if let Value::Object(map) = &mut record {
            map.insert(schema::SCHEMA_KEY.to_owned(), Value::from(SHOPPING_SCHEMA));
        }
        self.write(Store::Shopping, profile_id.to_owned(), record);
    }
}

impl AppState {
    /// Replaces a profile's stored schedule record and writes it.
    pub fn put_schedule_record(self, profile_id: &str, record: Value) {
        let before = watcher().map(|_| {
            self.schedule_records
                .with_untracked(|all| all.get(profile_id).cloned())
                .unwrap_or(Value::Null)
        });
        self.told(Store::Schedule, profile_id, before, &record);
        self.schedule_records
            .update(|all| _ = all.insert(profile_id.to_owned(), record.clone()));
        self.write(Store::Schedule, profile_id.to_owned(), record);
    }

    /// Replaces a quality-of-life record and writes it; `None` removes it.
    pub fn put_quality_record(self, key: &str, record: Option<Value>) {
        let before = watcher().map(|_| {
            self.quality_records
                .with_untracked(|all| all.get(key).cloned())
                .unwrap_or(Value::Null)
        });
        self.told(
            Store::Quality,
            key,
            before,
            record.as_ref().unwrap_or(&Value::Null),
        );
        self.quality_records.update(|all| match &record {
            Some(record) => _ = all.insert(key.to_owned(), record.clone()),
            None => _ = all.remove(key),
        });
        match record {
            Some(record) => self.write(Store::Quality, key.to_owned(), record),
            None => self.erase(Store::Quality, key.to_owned()),
        }
    }
}

impl AppState {
    /// Replaces a co-design workshop record and writes it; `None` removes it.
    pub fn put_workshop_record(self, key: &str, record: Option<Value>) {
        self.workshop_records.update(|all| match &record {
            Some(record) => _ = all.insert(key.to_owned(), record.clone()),
            None => _ = all.remove(key),
        });
        match record {
            Some(record) => self.write(Store::Workshop, key.to_owned(), record),
            None => self.erase(Store::Workshop, key.to_owned()),
        }
    }
}

fn profile_name(profiles: &[Profile], id: &str) -> String {
    profiles
        .iter()
        .find(|p| p.id == id)
        .map(|p| p.settings.name.clone())
        .unwrap_or_default()
}

/// The app's state.
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
