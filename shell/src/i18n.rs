//! The language context: which language the screen in front of the user speaks, and the
//! messages of each language, fetched when first needed.
//!
//! The facilitator's screens follow the device language; a person's screens follow the
//! profile's language. A subtree provides its own [`I18n`] to switch, without reload.
//!
//! Messages are not in the WebAssembly: a page fetches its [`Bundle`] file of a language
//! (precached by the service worker, so it works offline) the first time a screen asks for
//! that language. Every text of a screen is reactive on [`I18n::t`], which tracks the
//! arrival of messages, so a screen shown before its language arrived fills in by itself;
//! the app and person mode wait for their language ([`ready`]) before drawing anything.

use leptos::prelude::*;
use leptos::task::spawn_local;
use pictokit_domain::Language;
use pictokit_i18n::{Bundle, Localizer};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// How long one try to fetch a language's messages may take.
const FETCH_MS: u32 = 20_000;
/// Tries before a language counts as unavailable (then the screen shows what it has).
const TRIES: u32 = 3;

/// Where a language's messages are.
#[derive(Clone)]
enum Slot {
    /// Not asked for yet.
    Absent,
    /// Being fetched.
    Loading,
    /// Here.
    Loaded(Rc<Localizer>),
    /// Could not be fetched (offline before it was ever cached, or a broken build).
    Failed,
}

struct Store {
    bundle: Cell<Bundle>,
    slots: RefCell<Vec<Slot>>,
    /// Notified each time a language arrives or fails, so texts that read it redraw.
    changed: ArcTrigger,
}

thread_local! {
    static STORE: Store = Store {
        bundle: Cell::new(Bundle::First),
        slots: RefCell::new(vec![Slot::Absent; Language::ALL.len()]),
        changed: ArcTrigger::new(),
    };
}

fn index(lang: Language) -> usize {
    Language::ALL
        .iter()
        .position(|candidate| *candidate == lang)
        .unwrap_or_default()
}

fn slot(lang: Language) -> Slot {
    STORE.with(|store| store.slots.borrow()[index(lang)].clone())
}

fn set_slot(lang: Language, slot: Slot) {
    STORE.with(|store| {
        store.slots.borrow_mut()[index(lang)] = slot;
        store.changed.notify();
    });
}

/// Which messages this page loads (the facilitator's page: [`Bundle::Facilitator`]). Call
/// it once, before anything is shown; the first page keeps [`Bundle::First`].
pub fn use_bundle(bundle: Bundle) {
    STORE.with(|store| store.bundle.set(bundle));
}

/// Starts fetching the messages of `lang` unless they are here or on their way.
pub fn request(lang: Language) {
    if !matches!(slot(lang), Slot::Absent) {
        return;
    }
    STORE.with(|store| store.slots.borrow_mut()[index(lang)] = Slot::Loading);
    let url = STORE.with(|store| store.bundle.get().url(lang));
    spawn_local(async move {
        for attempt in 1..=TRIES {
            match crate::media::fetch_own_text(&url, FETCH_MS).await {
                Ok(source) => {
                    set_slot(
                        lang,
                        Slot::Loaded(Rc::new(Localizer::from_source(lang, source))),
                    );
                    return;
                }
                Err(_) if attempt < TRIES => {
                    crate::speech::sleep_ms(500 * attempt as i32).await;
                }
                Err(_) => set_slot(lang, Slot::Failed),
            }
        }
    });
}

/// Whether the messages of `lang` are here, or will not come (reactive: the screen that
/// waits for them is drawn once this turns true). Asks for them.
pub fn ready(lang: Language) -> bool {
    STORE.with(|store| store.changed.track());
    request(lang);
    matches!(slot(lang), Slot::Loaded(_) | Slot::Failed)
}

/// The messages of `lang`, tracked; while they are not here, those of a language that is
/// (a language that failed to arrive still shows words), else none.
fn with_localizer<T>(lang: Language, format: impl Fn(&Localizer) -> T, empty: T) -> T {
    STORE.with(|store| store.changed.track());
    if let Slot::Loaded(localizer) = slot(lang) {
        return format(&localizer);
    }
    request(lang);
    let any = STORE.with(|store| {
        store.slots.borrow().iter().find_map(|slot| match slot {
            Slot::Loaded(localizer) => Some(localizer.clone()),
            _ => None,
        })
    });
    match any {
        Some(localizer) if matches!(slot(lang), Slot::Failed) => format(&localizer),
        _ => empty,
    }
}

/// The language of a screen, and its messages.
#[derive(Clone, Copy)]
pub struct I18n {
    /// The language, reactive.
    pub lang: Signal<Language>,
}

impl I18n {
    /// A message with no arguments (reactive: tracks the language and its messages).
    pub fn t(&self, id: &str) -> String {
        with_localizer(self.lang.get(), |l| l.tr(id), String::new())
    }

    /// A message with string arguments (reactive).
    pub fn ta(&self, id: &str, args: &[(&str, &str)]) -> String {
        with_localizer(self.lang.get(), |l| l.tr_args(id, args), String::new())
    }

    /// A message with arguments in a given language, whatever the screen's.
    pub fn ta_in(lang: Language, id: &str, args: &[(&str, &str)]) -> String {
        with_localizer(lang, |l| l.tr_args(id, args), String::new())
    }
}

/// The nearest language context.
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or(I18n {
        lang: Signal::stored(Language::En),
    })
}

/// The browser's preferred supported language, for a device that has not chosen one.
pub fn browser_language() -> Language {
    let Some(window) = web_sys::window() else {
        return Language::En;
    };
    let languages: Vec<String> = window
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    Language::negotiate(languages.iter().map(String::as_str))
}
