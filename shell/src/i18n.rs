//! The language context: which language the screen in front of the user speaks.
//!
//! The facilitator's screens follow the device language; a person's screens follow the
//! profile's language. A subtree provides its own [`I18n`] to switch, without reload.

use leptos::prelude::*;
use pictokit_domain::Language;
use pictokit_i18n::{Localizer, Part};
use std::sync::OnceLock;

static LOCALIZERS: OnceLock<Vec<Localizer>> = OnceLock::new();
static PARTS: OnceLock<&'static [Part]> = OnceLock::new();

/// Adds the messages of the parts this page has (the shopping helper, say). Call it once,
/// before anything is shown: the first page does not, and its WebAssembly stays small.
pub fn use_parts(parts: &'static [Part]) {
    let _ = PARTS.set(parts);
}

fn localizer(lang: Language) -> &'static Localizer {
    let all = LOCALIZERS.get_or_init(|| {
        let parts = PARTS.get().copied().unwrap_or_default();
        Language::ALL
            .into_iter()
            .map(|lang| Localizer::with_parts(lang, parts))
            .collect()
    });
    let idx = Language::ALL
        .iter()
        .position(|candidate| *candidate == lang)
        .unwrap_or_default();
    &all[idx]
}

/// The language of a screen, and its messages.
#[derive(Clone, Copy)]
pub struct I18n {
    /// The language, reactive.
    pub lang: Signal<Language>,
}

impl I18n {
    /// A message with no arguments (reactive: tracks the language).
    pub fn t(&self, id: &str) -> String {
        localizer(self.lang.get()).tr(id)
    }

    /// A message with string arguments (reactive).
    pub fn ta(&self, id: &str, args: &[(&str, &str)]) -> String {
        localizer(self.lang.get()).tr_args(id, args)
    }

    /// A message with arguments in a given language, whatever the screen's.
    pub fn ta_in(lang: Language, id: &str, args: &[(&str, &str)]) -> String {
        localizer(lang).tr_args(id, args)
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
