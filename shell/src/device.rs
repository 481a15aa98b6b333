//! What the screens need from the device's browser (through `device.js`), each detected
//! and degrading calmly: the clock and the device's time zone, dates and moments in the
//! person's language (Intl), a file download, system notifications, the screen wake lock
//! and a soft chime.

use crate::state::now_ms;
use jiff::civil::Date;
use jiff::Timestamp;
use leptos::prelude::*;
use pictokit_domain::schedule::zone;
use pictokit_domain::Language;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/device.js")]
extern "C" {
    #[wasm_bindgen(js_name = deviceZone)]
    fn device_zone_js() -> String;
    #[wasm_bindgen(js_name = formatDate)]
    fn format_date_js(lang: &str, year: i32, month: i32, day: i32, style: &str) -> String;
    #[wasm_bindgen(js_name = dateLocaleSupported)]
    fn date_locale_supported_js(lang: &str) -> bool;
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

// In media.js, which the first page loads anyway (device.js is the facilitator's).
#[wasm_bindgen(module = "/src/media/media.js")]
extern "C" {
    #[wasm_bindgen(js_name = startScanning)]
    fn start_scanning_js(
        root: &web_sys::Element,
        access: &str,
        lang: &str,
        voice: &str,
        rate: f64,
        speak: bool,
    );
    #[wasm_bindgen(js_name = stopScanning)]
    fn stop_scanning_js();
}

/// Starts switch access on a person frame (issue #25): the layer and the scanner load now,
/// for this person only. `access` is the profile's settings as JSON.
pub fn start_scanning(
    root: &web_sys::Element,
    access: &str,
    lang: Language,
    speech: &pictokit_domain::profile::Speech,
) {
    start_scanning_js(
        root,
        access,
        lang.tag(),
        speech.voice.as_deref().unwrap_or_default(),
        f64::from(speech.rate_percent) / 100.0,
        speech.enabled,
    );
}

/// Stops switch access, if it is on.
pub fn stop_scanning() {
    stop_scanning_js();
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

/// How a date is written.
#[derive(Clone, Copy)]
enum Style {
    /// "dilluns, 23 de novembre".
    Long,
    /// "23 de novembre de 2026".
    LongYear,
    /// "dilluns".
    Weekday,
    /// "dl.".
    ShortWeekday,
}

/// A date in words: by the browser's `Intl` when it knows the language, else from the
/// language's own messages (`date-long`, `date-month-N`, `date-weekday-N` …, written from
/// Unicode CLDR), so a Basque screen never shows an English date.
fn written(lang: Language, date: Date, style: Style) -> String {
    if date_locale_supported_js(lang.tag()) {
        let name = match style {
            Style::Long => "long",
            Style::LongYear => "long-year",
            Style::Weekday => "weekday",
            Style::ShortWeekday => "short-weekday",
        };
        return format_date_js(
            lang.tag(),
            i32::from(date.year()),
            i32::from(date.month()),
            i32::from(date.day()),
            name,
        );
    }
    let say = |id: &str, args: &[(&str, &str)]| crate::i18n::I18n::ta_in(lang, id, args);
    let weekday_number = pictokit_domain::schedule::weekday_number(date);
    let weekday = || say(&format!("date-weekday-{weekday_number}"), &[]);
    let month = || say(&format!("date-month-{}", date.month()), &[]);
    let day = date.day().to_string();
    match style {
        Style::Long => say(
            "date-long",
            &[("weekday", &weekday()), ("day", &day), ("month", &month())],
        ),
        Style::LongYear => say(
            "date-long-year",
            &[
                ("day", &day),
                ("month", &month()),
                ("year", &date.year().to_string()),
            ],
        ),
        Style::Weekday => weekday(),
        Style::ShortWeekday => say(&format!("date-weekday-short-{weekday_number}"), &[]),
    }
}

/// A date in words in a language: "dilluns, 23 de novembre".
pub fn date_words(lang: Language, date: Date) -> String {
    written(lang, date, Style::Long)
}

/// A date in words with its year, for dates that may be in another year (an assessment, a
/// review): "24 de novembre de 2026".
pub fn date_words_year(lang: Language, date: Date) -> String {
    written(lang, date, Style::LongYear)
}

/// The name of a day of the week (1 = Monday … 7 = Sunday), long or short.
pub fn weekday_words(lang: Language, number: u8, short: bool) -> String {
    // 2024-01-01 was a Monday.
    let day = Date::new(2024, 1, i8::try_from(number.clamp(1, 7)).unwrap_or(1)).unwrap_or_default();
    written(
        lang,
        day,
        if short {
            Style::ShortWeekday
        } else {
            Style::Weekday
        },
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

/// Today's date on this device.
pub fn today() -> Date {
    let zone = pictokit_domain::schedule::zone::time_zone(device_zone())
        .unwrap_or(jiff::tz::TimeZone::UTC);
    zone.to_datetime(now()).date()
}

/// A moment in words, in a language ("24 Nov 2026, 10:05").
pub fn when_words(lang: Language, ms: u64) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    String::from(date.to_locale_string(lang.tag(), &options))
}

/// A file name for something of a person: `pictokit-núria-2026-11-24.zip` for the profile
/// (`what` empty), `pictokit-assessments-núria-2026-11-24.json` (letters and digits of the
/// name kept, in any alphabet).
pub fn file_name(what: &str, name: &str, created_ms: u64, extension: &str) -> String {
    let mut slug = String::new();
    for c in name.trim().chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_matches('-');
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(created_ms as f64))
        .to_iso_string()
        .as_string()
        .unwrap_or_default();
    let date = date.get(..10).unwrap_or_default();
    let parts: Vec<&str> = ["pictokit", what, slug, date]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect();
    format!("{}.{extension}", parts.join("-"))
}
