//! Pictokit's messages: Fluent files per language and part of the app, and a formatter.
//!
//! The messages are **never compiled into the WebAssembly**: the build gathers each page's
//! parts into one file per language (`locales/<bundle>/<tag>.ftl`, see [`Bundle`]), the
//! service worker precaches them, and a page fetches only the languages it shows
//! ([`Localizer::from_source`]). Native code (the tests) reads the same files from the tree
//! ([`Localizer::with_parts`]).
//!
//! Messages are namespaced by screen (`start-…`, `editor-…`, `person-…`). Arguments are
//! formatted without Unicode isolation marks, because every message is shown or spoken
//! in a single direction (every language Pictokit speaks is left-to-right).

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use pictokit_domain::Language;

/// A part of the app's messages: the folder of the tree that holds its Fluent files, one
/// per language (`<folder>/<tag>.ftl`).
pub type Part = &'static str;

/// The messages every page carries: the start screen and person mode (the first page).
pub const FIRST: Part = "i18n/locales";
/// The facilitator's own screens: profiles, the editor, the picker, a person's pictograms.
pub const FACILITATOR: Part = "shell/locales";
/// The shopping helper.
pub const SHOPPING: Part = "components/shopping/locales";
/// The schedule.
pub const SCHEDULE: Part = "components/schedule/locales";
/// The quality-of-life questionnaire's model: instrument and answers files, merging, the
/// team, the plan and scores.
pub const QUESTIONNAIRE: Part = "components/questionnaire/locales/questionnaire";
/// The quality-of-life assessment's screens, the facilitator's and the person's.
pub const QUALITY: Part = "components/questionnaire/locales/quality";
/// What this browser can do, on the facilitator's "This device".
pub const DEVICE: Part = "components/profiles/locales";
/// Moving a profile to another device: files, QR codes, boards from other apps.
pub const TRANSFER: Part = "components/files/locales";
/// Co-design workshops: the sorting mat and the change history.
pub const WORKSHOP: Part = "components/workshop/locales";

/// Every part, [`FIRST`] first. A test checks that these are all the Fluent folders of
/// the tree, and the build (`scripts/gather-locales`) gathers them in this order.
pub const ALL_PARTS: [Part; 9] = [
    FIRST,
    FACILITATOR,
    SHOPPING,
    SCHEDULE,
    QUESTIONNAIRE,
    QUALITY,
    DEVICE,
    TRANSFER,
    WORKSHOP,
];

/// The messages a page loads: one file per language, gathered by the build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bundle {
    /// `index.html`, the first screen: only [`FIRST`].
    First,
    /// `facilitator.html`: every part.
    Facilitator,
}

impl Bundle {
    /// The parts it holds, in order.
    pub fn parts(self) -> &'static [Part] {
        match self {
            Bundle::First => &ALL_PARTS[..1],
            Bundle::Facilitator => &ALL_PARTS,
        }
    }

    /// Where a page finds the messages of `lang`, relative to the page.
    pub fn url(self, lang: Language) -> String {
        let name = match self {
            Bundle::First => "first",
            Bundle::Facilitator => "facilitator",
        };
        format!("locales/{name}/{}.ftl", lang.tag())
    }
}

/// The Fluent source of one part in one language, read from the tree (native code only:
/// the tests; pages fetch their [`Bundle`]). Empty when the file is missing, which the
/// completeness tests report.
#[cfg(not(target_arch = "wasm32"))]
pub fn read(part: Part, lang: Language) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(part)
        .join(format!("{}.ftl", lang.tag()));
    std::fs::read_to_string(path).unwrap_or_default()
}

/// Formats the messages of one language, falling back to English for anything missing.
pub struct Localizer {
    lang: Language,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<Box<Localizer>>,
}

impl Localizer {
    /// The messages of `lang` from one Fluent source (a page's [`Bundle`] file), with no
    /// other language behind it: every language has every message (the tests say so), and
    /// an unknown id comes back as itself. Entries that do not parse are left out.
    pub fn from_source(lang: Language, source: String) -> Localizer {
        Localizer {
            lang,
            bundle: bundle(lang, [source]),
            fallback: None,
        }
    }

    /// The localizer of `lang` with the messages every page carries, read from the tree.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn new(lang: Language) -> Localizer {
        Localizer::with_parts(lang, &[])
    }

    /// The localizer of `lang` with the messages every page carries and those of `parts`,
    /// read from the tree, falling back to English for anything missing (native code only).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn with_parts(lang: Language, parts: &[Part]) -> Localizer {
        let fallback =
            (lang != Language::En).then(|| Box::new(Localizer::with_parts(Language::En, parts)));
        let sources = std::iter::once(&FIRST)
            .chain(parts.iter().filter(|part| **part != FIRST))
            .map(|part| read(part, lang));
        Localizer {
            lang,
            bundle: bundle(lang, sources),
            fallback,
        }
    }

    /// The language it speaks.
    pub fn language(&self) -> Language {
        self.lang
    }

    /// The message `id` with no arguments.
    pub fn tr(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with named string arguments.
    pub fn tr_args(&self, id: &str, args: &[(&str, &str)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            // A whole number selects plural forms; only canonical ones ("3", never "007"),
            // so the text shows exactly what was passed.
            let number = value
                .parse::<i64>()
                .ok()
                .filter(|n| n.to_string() == *value);
            match number {
                Some(n) => fluent_args.set(*name, FluentValue::from(n)),
                None => fluent_args.set(*name, FluentValue::from(*value)),
            }
        }
        self.format(id, Some(&fluent_args))
    }

    /// The message `id` with one number argument, for plurals.
    pub fn tr_count(&self, id: &str, name: &str, count: i64) -> String {
        let mut fluent_args = FluentArgs::new();
        fluent_args.set(name, FluentValue::from(count));
        self.format(id, Some(&fluent_args))
    }

    /// Whether this language has the message itself (no fallback).
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let pattern = self
            .bundle
            .get_message(id)
            .and_then(|message| message.value());
        match pattern {
            Some(pattern) => {
                let mut errors = Vec::new();
                self.bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned()
            }
            None => match &self.fallback {
                Some(fallback) => fallback.format(id, args),
                None => id.to_owned(),
            },
        }
    }
}

/// The language whose plural rules and number formats Fluent follows: Portuguese as
/// written in Portugal (where 0 is plural, unlike Brazil).
fn fluent_tag(lang: Language) -> &'static str {
    match lang {
        Language::Pt => "pt-PT",
        _ => lang.tag(),
    }
}

fn bundle(
    lang: Language,
    sources: impl IntoIterator<Item = String>,
) -> FluentBundle<FluentResource> {
    let langid: unic_langid::LanguageIdentifier = fluent_tag(lang)
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    for source in sources {
        let resource = match FluentResource::try_new(source) {
            Ok(resource) => resource,
            // A syntax error is caught by the tests; at run time keep what parsed.
            Err((resource, _errors)) => resource,
        };
        // Duplicate ids are caught by the tests; at run time the first one wins.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

#[cfg(test)]
mod tests;
