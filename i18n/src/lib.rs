//! Pictokit's messages: Fluent files for every language, compiled in, and a formatter.
//!
//! Messages are namespaced by screen (`start-…`, `editor-…`, `person-…`). Arguments are
//! formatted without Unicode isolation marks, because every message is shown or spoken
//! in a single direction (ca, es, en are all left-to-right).

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use pictokit_domain::Language;

/// The Fluent source of a language that every page carries.
pub fn source(lang: Language) -> &'static str {
    match lang {
        Language::Ca => include_str!("../locales/ca.ftl"),
        Language::Es => include_str!("../locales/es.ftl"),
        Language::En => include_str!("../locales/en.ftl"),
    }
}

/// Where more messages come from: a part of the app that only some pages have.
pub type Part = fn(Language) -> &'static str;

/// The shopping helper's messages. Only a page that uses them names this function, so
/// the first page's WebAssembly leaves them out.
pub fn shopping(lang: Language) -> &'static str {
    match lang {
        Language::Ca => include_str!("../../components/shopping/locales/ca.ftl"),
        Language::Es => include_str!("../../components/shopping/locales/es.ftl"),
        Language::En => include_str!("../../components/shopping/locales/en.ftl"),
    }
}

/// The schedule's messages (facilitator.html only, like [`shopping`]).
pub fn schedule(lang: Language) -> &'static str {
    match lang {
        Language::Ca => include_str!("../../components/schedule/locales/ca.ftl"),
        Language::Es => include_str!("../../components/schedule/locales/es.ftl"),
        Language::En => include_str!("../../components/schedule/locales/en.ftl"),
    }
}

/// The quality-of-life questionnaire's messages: problems of instrument and answers files,
/// merging, the team, the plan and scores (facilitator.html only, like [`shopping`]).
pub fn questionnaire(lang: Language) -> &'static str {
    match lang {
        Language::Ca => include_str!("../../components/questionnaire/locales/questionnaire/ca.ftl"),
        Language::Es => include_str!("../../components/questionnaire/locales/questionnaire/es.ftl"),
        Language::En => include_str!("../../components/questionnaire/locales/questionnaire/en.ftl"),
    }
}

/// The quality-of-life assessment's screens: the facilitator's assessments, team, form,
/// report and plan, and the person's answering screens (facilitator.html only).
pub fn quality(lang: Language) -> &'static str {
    match lang {
        Language::Ca => include_str!("../../components/questionnaire/locales/quality/ca.ftl"),
        Language::Es => include_str!("../../components/questionnaire/locales/quality/es.ftl"),
        Language::En => include_str!("../../components/questionnaire/locales/quality/en.ftl"),
    }
}

/// What this browser can do, on the facilitator's "This device" (facilitator.html only).
pub fn device(lang: Language) -> &'static str {
    match lang {
        Language::Ca => include_str!("../../components/profiles/locales/ca.ftl"),
        Language::Es => include_str!("../../components/profiles/locales/es.ftl"),
        Language::En => include_str!("../../components/profiles/locales/en.ftl"),
    }
}

/// Moving a profile to another device: the file, its preview and what can go wrong
/// (facilitator.html only).
pub fn transfer(lang: Language) -> &'static str {
    match lang {
        Language::Ca => include_str!("../../components/files/locales/ca.ftl"),
        Language::Es => include_str!("../../components/files/locales/es.ftl"),
        Language::En => include_str!("../../components/files/locales/en.ftl"),
    }
}

/// Co-design workshops: the sorting mat and the change history (facilitator.html, once
/// their screens exist).
pub fn workshop(lang: Language) -> &'static str {
    match lang {
        Language::Ca => include_str!("../../components/workshop/locales/ca.ftl"),
        Language::Es => include_str!("../../components/workshop/locales/es.ftl"),
        Language::En => include_str!("../../components/workshop/locales/en.ftl"),
    }
}

/// The facilitator's own screens: profiles, the editor, the picker, a person's
/// pictograms, this device and the credits (facilitator.html only; the first page, the
/// start screen and person mode, carries only [`source`]).
pub fn facilitator(lang: Language) -> &'static str {
    match lang {
        Language::Ca => include_str!("../../shell/locales/ca.ftl"),
        Language::Es => include_str!("../../shell/locales/es.ftl"),
        Language::En => include_str!("../../shell/locales/en.ftl"),
    }
}

/// Every part, for the tests that keep the locales complete.
pub const ALL_PARTS: [Part; 9] = [
    source,
    facilitator,
    shopping,
    schedule,
    questionnaire,
    quality,
    device,
    transfer,
    workshop,
];

/// Formats the messages of one language, falling back to English for anything missing.
pub struct Localizer {
    lang: Language,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<Box<Localizer>>,
}

impl Localizer {
    /// The localizer of `lang` with the messages every page carries.
    pub fn new(lang: Language) -> Localizer {
        Localizer::with_parts(lang, &[])
    }

    /// The localizer of `lang` with the messages every page carries and those of `parts`.
    pub fn with_parts(lang: Language, parts: &[Part]) -> Localizer {
        let fallback =
            (lang != Language::En).then(|| Box::new(Localizer::with_parts(Language::En, parts)));
        Localizer {
            lang,
            bundle: bundle(lang, parts),
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

fn bundle(lang: Language, parts: &[Part]) -> FluentBundle<FluentResource> {
    let langid: unic_langid::LanguageIdentifier = lang
        .tag()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    for part in std::iter::once(&(source as Part)).chain(parts) {
        let resource = match FluentResource::try_new(part(lang).to_owned()) {
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
