//! The interface languages Pictokit speaks and writes.

use serde::{Deserialize, Serialize};

/// An interface language. Every user-facing message exists in each of them.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// Catalan.
    Ca,
    /// Spanish (Castilian).
    Es,
    /// Basque.
    Eu,
    /// Galician.
    Gl,
    /// Portuguese (as written in Portugal).
    Pt,
    /// French.
    Fr,
    /// English.
    #[default]
    En,
}

impl Language {
    /// Every supported language, in the order they are offered to the facilitator.
    pub const ALL: [Language; 7] = [
        Language::Ca,
        Language::Es,
        Language::Eu,
        Language::Gl,
        Language::Pt,
        Language::Fr,
        Language::En,
    ];

    /// The BCP 47 tag, as used by Fluent, `lang` attributes and speech synthesis.
    pub fn tag(self) -> &'static str {
        match self {
            Language::Ca => "ca",
            Language::Es => "es",
            Language::Eu => "eu",
            Language::Gl => "gl",
            Language::Pt => "pt",
            Language::Fr => "fr",
            Language::En => "en",
        }
    }

    /// The language's own name for itself, shown in language pickers.
    pub fn endonym(self) -> &'static str {
        match self {
            Language::Ca => "Català",
            Language::Es => "Español",
            Language::Eu => "Euskara",
            Language::Gl => "Galego",
            Language::Pt => "Português",
            Language::Fr => "Français",
            Language::En => "English",
        }
    }

    /// Parses a tag such as `ca`, `es-ES` or `en_GB`; `None` for anything else.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Language::ALL.into_iter().find(|lang| lang.tag() == primary)
    }

    /// The first supported language among the browser's preferences, else English.
    pub fn negotiate<'a>(preferences: impl IntoIterator<Item = &'a str>) -> Language {
        preferences
            .into_iter()
            .find_map(Language::from_tag)
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_parse_with_regions_and_underscores() {
        let cases = [
            ("ca", Some(Language::Ca)),
            ("ca-ES", Some(Language::Ca)),
            ("es_ES", Some(Language::Es)),
            ("EN-gb", Some(Language::En)),
            ("fr-FR", Some(Language::Fr)),
            ("pt-PT", Some(Language::Pt)),
            ("pt_BR", Some(Language::Pt)),
            ("eu", Some(Language::Eu)),
            ("gl-ES", Some(Language::Gl)),
            ("de", None),
            ("", None),
        ];
        for (input, expected) in cases {
            assert_eq!(Language::from_tag(input), expected, "{input}");
        }
    }

    #[test]
    fn negotiation_takes_the_first_supported_preference() {
        assert_eq!(Language::negotiate(["de-DE", "es", "ca"]), Language::Es);
        assert_eq!(Language::negotiate(["gl-ES", "es"]), Language::Gl);
        assert_eq!(Language::negotiate(["de"]), Language::En);
        assert_eq!(Language::negotiate([]), Language::En);
    }
}
