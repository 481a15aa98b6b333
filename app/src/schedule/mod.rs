//! The schedule on the pages that show it: decoding each profile's stored record, the
//! ticking clock, and the browser features the schedule uses (through `device.js`).
//!
//! Only `facilitator.html` uses this module; the first page keeps the records as stored
//! JSON and never links the date and time-zone code.

use crate::state::{now_ms, AppState};
use jiff::civil::Date;
use jiff::Timestamp;
use leptos::prelude::*;
use pictokit_domain::schedule::{zone, Schedule};
use pictokit_domain::Language;
use pictokit_domain::{reminder_plan, schema};
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

pub use pictokit_domain::schedule::SCHEDULE_SCHEMA;

#[wasm_bindgen(module = "/src/schedule/device.js")]
extern "C" {
    #[wasm_bindgen(js_name = deviceZone)]
    fn device_zone_js() -> String;
    #[wasm_bindgen(js_name = formatDate)]
    fn format_date_js(lang: &str, year: i32, month: i32, day: i32, style: &str) -> String;
    #[wasm_bindgen(js_name = downloadText)]
    fn download_text_js(file_name: &str, mime: &str, text: &str);
    #[wasm_bindgen(js_name = downloadBytes)]
    fn download_bytes_js(file_name: &str, mime: &str, bytes: &[u8]);
    #[wasm_bindgen(js_name = notificationState)]
    fn notification_state_js() -> String;
    #[wasm_bindgen(js_name = askNotifications)]
    fn ask_notifications_js() -> js_sys::Promise;
    #[wasm_bindgen(js_name = notify)]
    fn notify_js(title: &str, body: &str, icon: &str, tag: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = keepAwake)]
    fn keep_awake_js(on: bool) -> js_sys::Promise;
    #[wasm_bindgen(js_name = wakeLockSupported)]
    fn wake_lock_supported_js() -> bool;
    #[wasm_bindgen(js_name = chime)]
    fn chime_js() -> bool;
}

/// The instant now, from the browser's clock (which tests may control).
pub fn now() -> Timestamp {
    Timestamp::from_millisecond(i64::try_from(now_ms()).unwrap_or(i64::MAX))
        .unwrap_or(Timestamp::UNIX_EPOCH)
}

/// A clock that ticks every second while the screen that asked for it is shown.
pub fn ticking_clock() -> ReadSignal<Timestamp> {
    let (time, set_time) = signal(now());
    if let Ok(handle) = set_interval_with_handle(
        move || set_time.set(now()),
        std::time::Duration::from_millis(1000),
    ) {
        on_cleanup(move || handle.clear());
    }
    time
}

/// The zone to use for a new schedule on this device.
pub fn device_zone() -> &'static str {
    zone::for_device(&device_zone_js())
}

/// A date in words in a language: "dilluns, 23 de novembre".
pub fn date_words(lang: Language, date: Date) -> String {
    format_date_js(
        lang.tag(),
        i32::from(date.year()),
        i32::from(date.month()),
        i32::from(date.day()),
        "long",
    )
}

/// A date in words with its year, for dates that may be in another year (an assessment, a
/// review): "24 de novembre de 2026".
pub fn date_words_year(lang: Language, date: Date) -> String {
    format_date_js(
        lang.tag(),
        i32::from(date.year()),
        i32::from(date.month()),
        i32::from(date.day()),
        "long-year",
    )
}

/// The name of a day of the week (1 = Monday … 7 = Sunday), long or short.
pub fn weekday_words(lang: Language, number: u8, short: bool) -> String {
    // 2024-01-01 was a Monday.
    let day = 1 + i32::from(number.clamp(1, 7)) - 1;
    format_date_js(
        lang.tag(),
        2024,
        1,
        day,
        if short { "short-weekday" } else { "weekday" },
    )
}

/// Offers a file of bytes to download.
pub fn download_bytes(file_name: &str, mime: &str, bytes: &[u8]) {
    download_bytes_js(file_name, mime, bytes);
}

/// Offers a text file to download.
pub fn download_text(file_name: &str, mime: &str, text: &str) {
    download_text_js(file_name, mime, text);
}

/// Whether system notifications can be shown: `granted`, `denied`, `default` (not asked
/// yet) or `unsupported`.
pub fn notification_state() -> String {
    notification_state_js()
}

/// Asks the browser for permission to notify; the answer as in [`notification_state`].
pub async fn ask_notifications() -> String {
    JsFuture::from(ask_notifications_js())
        .await
        .ok()
        .and_then(|value| value.as_string())
        .unwrap_or_else(|| "denied".to_owned())
}

/// Shows a system notification (where allowed); whether it was shown.
pub async fn notify(title: &str, body: &str, icon: &str, tag: &str) -> bool {
    JsFuture::from(notify_js(title, body, icon, tag))
        .await
        .ok()
        .and_then(|value| value.as_bool())
        .unwrap_or(false)
}

/// Keeps the screen awake (or lets it sleep); whether it is held.
pub async fn keep_awake(on: bool) -> bool {
    JsFuture::from(keep_awake_js(on))
        .await
        .ok()
        .and_then(|value| value.as_bool())
        .unwrap_or(false)
}

/// Whether this browser can keep the screen awake at all.
pub fn wake_lock_supported() -> bool {
    wake_lock_supported_js()
}

/// Plays the soft chime; whether sound is possible here.
pub fn chime() -> bool {
    chime_js()
}

/// What a stored record gives: the schedule, whether anything was left out, and whether
/// it comes from a newer Pictokit (then it is shown empty and never overwritten).
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// The schedule.
    pub schedule: Schedule,
    /// Something could not be read and was left out.
    pub dropped: bool,
    /// Written by a newer Pictokit.
    pub newer: bool,
}

/// Decodes a profile's stored record (a new schedule in the device's zone when none).
pub fn decode(record: Option<&Value>) -> Decoded {
    let Some(record) = record else {
        let mut schedule = Schedule::default();
        schedule.settings.zone = device_zone().to_owned();
        return Decoded {
            schedule,
            dropped: false,
            newer: false,
        };
    };
    if record.get(schema::SCHEMA_KEY).and_then(Value::as_u64) > Some(SCHEDULE_SCHEMA) {
        return Decoded {
            schedule: Schedule::default(),
            dropped: false,
            newer: true,
        };
    }
    let (schedule, dropped) = Schedule::from_record(record);
    Decoded {
        schedule,
        dropped: dropped > 0,
        newer: false,
    }
}

/// A profile's schedule, following its changes.
pub fn schedule_memo(state: AppState, profile_id: String) -> Memo<Decoded> {
    Memo::new(move |_| {
        state
            .schedule_records
            .with(|all| decode(all.get(&profile_id)))
    })
}

/// Changes a profile's schedule and writes it. One from a newer Pictokit is left alone.
pub fn update_schedule(state: AppState, profile_id: &str, change: impl FnOnce(&mut Schedule)) {
    let decoded = state
        .schedule_records
        .with_untracked(|all| decode(all.get(profile_id)));
    if decoded.newer {
        return;
    }
    let mut schedule = decoded.schedule;
    change(&mut schedule);
    let mut record = serde_json::to_value(&schedule).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut record {
        map.insert(schema::SCHEMA_KEY.to_owned(), Value::from(SCHEDULE_SCHEMA));
        // The reminders ahead as plain instants, for the first page (index.html).
        if let Ok(plan) = serde_json::to_value(schedule.reminder_plan(now())) {
            map.insert(reminder_plan::PLAN_KEY.to_owned(), plan);
        }
    }
    state.put_schedule_record(profile_id, record);
}
