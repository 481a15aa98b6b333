//! Speech through the Web Speech API, as a context.
//!
//! A second tap while speaking restarts rather than queues (`cancel` then `speak`).
//! Where the browser has no speech or no voice for a language, nothing breaks: the
//! facilitator is told why speech is silent.

use leptos::prelude::*;
use pictokit_domain::{profile::Speech as SpeechSettings, Language};
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

/// A voice the browser offers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoiceInfo {
    /// The voice's name, as stored in a profile.
    pub name: String,
    /// Its BCP 47 language tag.
    pub lang: String,
}

/// Why speech would be silent for a language, if it would.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeechStatus {
    /// Voices exist for the language.
    Ready,
    /// The browser has no Web Speech API.
    Unsupported,
    /// No voice for that language.
    NoVoice,
}

/// The speech service.
#[derive(Clone, Copy)]
pub struct Speech {
    supported: bool,
    /// Voices the browser offers; updated when the browser loads them.
    pub voices: ReadSignal<Vec<VoiceInfo>>,
}

fn synthesis() -> Option<SpeechSynthesis> {
    let window = web_sys::window()?;
    // Reading the property first: some browsers have no `speechSynthesis` at all.
    let value = js_sys::Reflect::get(&window, &"speechSynthesis".into()).ok()?;
    if value.is_undefined() || value.is_null() {
        return None;
    }
    value.dyn_into::<SpeechSynthesis>().ok()
}

fn read_voices() -> Vec<VoiceInfo> {
    synthesis()
        .map(|synth| {
            synth
                .get_voices()
                .iter()
                .filter_map(|voice| voice.dyn_into::<SpeechSynthesisVoice>().ok())
                .map(|voice| VoiceInfo {
                    name: voice.name(),
                    lang: voice.lang(),
                })
                .collect()
        })
        .unwrap_or_default()
}

fn matches_language(voice_lang: &str, lang: Language) -> bool {
    Language::from_tag(voice_lang) == Some(lang)
}

/// Says `text` in the language `tag` at the settings' rate, with the voice named `named`
/// among those whose language `matches`, else their default, else the first of them.
fn utter(
    text: &str,
    tag: &str,
    matches: &dyn Fn(&str) -> bool,
    named: Option<&str>,
    settings: &SpeechSettings,
    interrupt: bool,
) {
    if !settings.enabled {
        return;
    }
    let Some(synth) = synthesis() else {
        return;
    };
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
        return;
    };
    utterance.set_lang(tag);
    utterance.set_rate(f32::from(settings.rate_percent) / 100.0);
    let voices: Vec<SpeechSynthesisVoice> = synth
        .get_voices()
        .iter()
        .filter_map(|voice| voice.dyn_into::<SpeechSynthesisVoice>().ok())
        .filter(|voice| matches(&voice.lang()))
        .collect();
    let chosen = named
        .and_then(|name| voices.iter().find(|voice| voice.name() == name))
        .or_else(|| voices.iter().find(|voice| voice.default()))
        .or_else(|| voices.first());
    if let Some(voice) = chosen {
        utterance.set_voice(Some(voice));
    }
    if interrupt {
        synth.cancel();
    }
    synth.speak(&utterance);
}

impl Speech {
    /// Creates the service and follows the browser's voice list.
    pub fn install() -> Speech {
        let supported = synthesis().is_some();
        let (voices, set_voices) = signal(read_voices());
        if let Some(synth) = synthesis() {
            let handler = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
                set_voices.set(read_voices());
            });
            synth.set_onvoiceschanged(Some(handler.as_ref().unchecked_ref()));
            // The handler lives as long as the page.
            handler.forget();
        }
        Speech { supported, voices }
    }

    /// Whether speech in `lang` will be heard.
    pub fn status(&self, lang: Language) -> SpeechStatus {
        if !self.supported {
            SpeechStatus::Unsupported
        } else if self.voices.with(|voices| {
            voices
                .iter()
                .any(|voice| matches_language(&voice.lang, lang))
        }) {
            SpeechStatus::Ready
        } else {
            SpeechStatus::NoVoice
        }
    }

    /// The voices for a language.
    pub fn voices_for(&self, lang: Language) -> Vec<VoiceInfo> {
        self.voices.with(|voices| {
            voices
                .iter()
                .filter(|voice| matches_language(&voice.lang, lang))
                .cloned()
                .collect()
        })
    }

    /// Says `text` in `lang` with the profile's settings, interrupting anything being said.
    pub fn say(&self, text: &str, lang: Language, settings: &SpeechSettings) {
        self.speak(text, lang, settings, true);
    }

    /// Says `text` after what is being said now (the end of a task after the last tap's
    /// word: "I like it", then "Done!").
    pub fn say_next(&self, text: &str, lang: Language, settings: &SpeechSettings) {
        self.speak(text, lang, settings, false);
    }

    /// Says `text`, whose words are in the language `tag`: with the profile's settings
    /// when that is the profile's language (`lang`), else with the browser's voice for
    /// `tag` (the words of a board in English in a Spanish profile), at the same rate.
    pub fn say_in(&self, text: &str, tag: &str, lang: Language, settings: &SpeechSettings) {
        if Language::from_tag(tag) == Some(lang) {
            self.speak(text, lang, settings, true);
            return;
        }
        let wanted = tag.split(['-', '_']).next().unwrap_or(tag);
        let primary = |voice_lang: &str| {
            voice_lang
                .split(['-', '_'])
                .next()
                .is_some_and(|part| part.eq_ignore_ascii_case(wanted))
        };
        utter(text, tag, &primary, None, settings, true);
    }

    fn speak(&self, text: &str, lang: Language, settings: &SpeechSettings, interrupt: bool) {
        let matches = |voice_lang: &str| matches_language(voice_lang, lang);
        utter(
            text,
            lang.tag(),
            &matches,
            settings.voice.as_deref(),
            settings,
            interrupt,
        );
    }

    /// Waits, at most `limit_ms`, until nothing is being said: a page that is about to
    /// load another lets the word of the tile just tapped finish first.
    pub async fn finished(limit_ms: u32) {
        let Some(synth) = synthesis() else {
            return;
        };
        let mut waited = 0;
        while (synth.speaking() || synth.pending()) && waited < limit_ms {
            sleep_ms(100).await;
            waited += 100;
        }
    }

    /// Stops what is being said (a recording is about to play).
    pub fn cancel(&self) {
        if let Some(synth) = synthesis() {
            synth.cancel();
        }
    }
}

/// Resolves after `ms` milliseconds.
pub(crate) async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The speech service of the app.
pub fn use_speech() -> Speech {
    expect_context::<Speech>()
}
