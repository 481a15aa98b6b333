//! The instrument: the questionnaire itself (domains, indicators, items in each version and
//! language, the answer scale), its JSON file format and a loader that validates a file,
//! reports every problem it finds and keeps whatever part of it is still usable.
//!
//! The format is described in `docs/questionnaire/FORMAT.md`. Loading never panics.

use super::{is_id, trimmed_and_cut};
use crate::picto::PictoRef;
use crate::Language;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// The value of the `format` field of every instrument file.
pub const FORMAT: &str = "pictokit-instrument";
/// The newest `format_version` this build reads (and the one it writes).
pub const FORMAT_VERSION: u64 = 1;
/// The largest instrument file read, in bytes (2 MB).
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;
/// The most domains an instrument keeps.
pub const MAX_DOMAINS: usize = 40;
/// The most indicators a domain keeps.
pub const MAX_INDICATORS: usize = 40;
/// The most items an instrument keeps.
pub const MAX_ITEMS: usize = 400;
/// The longest text (an item, a name, a description, a label), in characters.
pub const MAX_TEXT_CHARS: usize = 1000;
/// The most languages an instrument (or one of its texts) keeps.
pub const MAX_LANGUAGES: usize = 20;
/// The fewest options an answer scale has.
pub const MIN_OPTIONS: usize = 2;
/// The most options an answer scale has.
pub const MAX_OPTIONS: usize = 7;
/// The largest scale value, in absolute terms (so sums never overflow).
pub const MAX_SCALE_VALUE: i32 = 1000;
/// The longest instrument version text ("1.0.0"), in characters.
pub const MAX_VERSION_CHARS: usize = 32;
/// The longest part of a faulty value quoted back in a problem, in characters.
const MAX_QUOTED_CHARS: usize = 80;

/// A text in several languages: BCP 47 language tag (`ca`, `es`, `en`, `eu`…) → text.
///
/// Imported instruments may carry languages Pictokit's interface does not speak; they are
/// kept and shown when asked for by tag.
pub type Texts = BTreeMap<String, String>;

/// Who an item's wording speaks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Version {
    /// The first-person self-report answered by the person ("I feel calm"); `self` in files.
    #[serde(rename = "self")]
    SelfReport,
    /// The third-person report answered by family and professionals ("She feels calm");
    /// `others` in files.
    #[serde(rename = "others")]
    Others,
}

impl Version {
    /// Both versions, in the order they are listed in files.
    pub const ALL: [Version; 2] = [Version::SelfReport, Version::Others];

    /// Its name in files: `self` or `others`.
    pub fn tag(self) -> &'static str {
        match self {
            Version::SelfReport => "self",
            Version::Others => "others",
        }
    }

    /// Reads its name in files; `None` for anything else.
    pub fn from_tag(tag: &str) -> Option<Version> {
        Version::ALL
            .into_iter()
            .find(|version| version.tag() == tag)
    }
}

/// One answer the scale offers ("Never", "Sometimes"…), with its picture.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ScaleOption {
    /// The value stored as the answer; options go up in value.
    pub value: i32,
    /// Its picture, if the file gave a valid one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub picto: Option<PictoRef>,
    /// Its words per language.
    pub label: Texts,
}

/// The answer scale shared by every item: 2 to 7 options with distinct integer values,
/// sorted by value. "I don't know" and "skip" are not on it: they are kinds of answer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Scale {
    /// The options, lowest value first.
    pub options: Vec<ScaleOption>,
}

impl Scale {
    /// The lowest value (0 for an empty scale, which a loaded instrument never has).
    pub fn min(&self) -> i32 {
        self.options.first().map_or(0, |option| option.value)
    }

    /// The highest value (0 for an empty scale, which a loaded instrument never has).
    pub fn max(&self) -> i32 {
        self.options.last().map_or(0, |option| option.value)
    }

    /// Whether a value is one of the options.
    pub fn contains(&self, value: i32) -> bool {
        self.position(value).is_some()
    }

    /// The place of a value on the scale: 0 for the lowest option.
    pub fn position(&self, value: i32) -> Option<usize> {
        self.options.iter().position(|option| option.value == value)
    }

    /// The option with this value.
    pub fn option(&self, value: i32) -> Option<&ScaleOption> {
        self.options.iter().find(|option| option.value == value)
    }

    /// How many steps apart two values are on the scale (their difference in places, so
    /// the same on a scale of 1–4 as on 0, 5, 10, 15); `None` if either is not on it.
    pub fn steps_between(&self, first: i32, second: i32) -> Option<usize> {
        Some(self.position(first)?.abs_diff(self.position(second)?))
    }
}

/// Something more precise a domain is observed through ("calm", "friends").
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Indicator {
    /// Unique within its domain.
    pub id: String,
    /// Its name per language.
    pub name: Texts,
}

/// A quality-of-life domain (emotional wellbeing, relationships…).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Domain {
    /// Unique within the instrument.
    pub id: String,
    /// Its picture, if the file gave a valid one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub picto: Option<PictoRef>,
    /// Its name per language.
    pub name: Texts,
    /// What it is about, per language (may be empty).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub description: Texts,
    /// Its indicators, in file order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<Indicator>,
}

impl Domain {
    /// The indicator with this id.
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|indicator| indicator.id == id)
    }
}

/// One question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Item {
    /// Unique within the instrument.
    pub id: String,
    /// The id of its domain (always one of the instrument's domains).
    pub domain: String,
    /// The id of its indicator within the domain, if it has a known one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indicator: Option<String>,
    /// Its picture, if the file gave a valid one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub picto: Option<PictoRef>,
    /// Whether a high value is a bad outcome ("I feel lonely"): its points are reversed.
    pub reverse: bool,
    /// Its wording per version, each per language; every declared version is there.
    pub text: BTreeMap<Version, Texts>,
}

/// A whole questionnaire, as loaded from an instrument file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Instrument {
    /// Its id ("pictokit-qol"); answers name it.
    pub id: String,
    /// Its version ("1.0.0"); an assessment is answered against one version.
    pub version: String,
    /// The languages it is written in, first the one to fall back to.
    pub languages: Vec<String>,
    /// Its title per language.
    pub title: Texts,
    /// What it is for, per language (may be empty).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub description: Texts,
    /// Who made it and under which licence.
    pub licence: String,
    /// The versions it has, each item has text for all of them.
    pub versions: Vec<Version>,
    /// The answer scale of every item.
    pub scale: Scale,
    /// The domains, in the order they are shown.
    pub domains: Vec<Domain>,
    /// The items, grouped by domain in domain order, and in file order within a domain.
    /// This is the order they are asked in ([`super::Responses::position`] counts in it).
    pub items: Vec<Item>,
}

/// An instrument file as loaded: the instrument (unless it could not be used at all) and
/// every problem found, in the order found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadedInstrument {
    /// The usable instrument, with the broken parts left out; `None` when a fatal problem
    /// ([`Problem::is_fatal`]) was found.
    pub instrument: Option<Instrument>,
    /// Everything that was wrong.
    pub problems: Vec<Problem>,
}

impl LoadedInstrument {
    /// Whether the file loaded without a single problem.
    pub fn is_clean(&self) -> bool {
        self.instrument.is_some() && self.problems.is_empty()
    }
}

/// Something wrong in an instrument file.
///
/// Paths name the place in the file with `/`, by id where the part has a usable one and by
/// position (from 0) otherwise: `title`, `domains/emotional-wellbeing/name`,
/// `items/ew-1/text/self`, `scale/options/2/label`, `items/7`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The text is not JSON (fatal).
    NotJson {
        /// The line of the error, from 1.
        line: usize,
        /// The column of the error, from 1.
        column: usize,
    },
    /// The JSON is not an object (fatal).
    NotAnObject,
    /// The file is larger than [`MAX_FILE_BYTES`] (fatal).
    TooBig {
        /// Its size in bytes.
        bytes: usize,
        /// The largest size read.
        limit: usize,
    },
    /// The `format` is not [`FORMAT`] (fatal): it is another kind of file.
    WrongFormat {
        /// The format found (empty when missing).
        found: String,
    },
    /// The `format_version` is newer than [`FORMAT_VERSION`] (fatal): Pictokit needs updating.
    NewerFormatVersion {
        /// The version found.
        found: u64,
        /// The newest version read.
        supported: u64,
    },
    /// The `format_version` is not a version number (0, negative, a text…) (fatal).
    BadFormatVersion {
        /// The value found.
        found: String,
    },
    /// The instrument has no `id`, or an empty one (fatal).
    MissingId,
    /// The instrument's `id` is not a valid id (see [`super::is_id`]) (fatal).
    BadInstrumentId {
        /// The id found.
        found: String,
    },
    /// No known version (`self`, `others`) is declared (fatal).
    NoVersions,
    /// The scale has fewer than [`MIN_OPTIONS`] or more than [`MAX_OPTIONS`] usable options
    /// (fatal).
    ScaleOptionCount {
        /// How many usable options it has.
        count: usize,
        /// The fewest allowed.
        min: usize,
        /// The most allowed.
        max: usize,
    },
    /// No usable domain is left (fatal).
    NoDomains,
    /// No usable item is left (fatal).
    NoItems,
    /// A required field is missing (what it belongs to is dropped if it cannot do without).
    MissingField {
        /// Where.
        path: String,
    },
    /// A field has the wrong JSON type and is ignored.
    WrongType {
        /// Where.
        path: String,
        /// What was expected: `text`, `list`, `object`, `whole-number`, `true-or-false` or
        /// `translations` (an object from language tag to text).
        expected: &'static str,
    },
    /// A domain, indicator or item id is not a valid id; the part is dropped.
    BadId {
        /// Where.
        path: String,
        /// The id found.
        found: String,
    },
    /// A language tag that is not one (`languages` or a key of a text); it is ignored.
    BadLanguage {
        /// Where.
        path: String,
        /// The tag found.
        found: String,
    },
    /// A language listed twice in `languages`; the second is ignored.
    DuplicateLanguage {
        /// The language tag.
        language: String,
    },
    /// A text lacks one of the instrument's `languages` (it falls back to another).
    MissingTranslation {
        /// Which text.
        path: String,
        /// The missing language tag.
        language: String,
    },
    /// A text longer than [`MAX_TEXT_CHARS`]; it is cut.
    TextTooLong {
        /// Which text.
        path: String,
        /// Its language tag (empty for texts in no language, such as the licence).
        language: String,
        /// The most characters kept.
        limit: usize,
    },
    /// More domains, indicators, items or languages than allowed; the rest are dropped.
    TooMany {
        /// Which list.
        path: String,
        /// How many there were.
        count: usize,
        /// How many are kept.
        limit: usize,
    },
    /// A version other than `self` and `others`; it is ignored.
    UnknownVersion {
        /// The version found.
        found: String,
    },
    /// A version listed twice; the second is ignored.
    DuplicateVersion {
        /// The version.
        version: String,
    },
    /// A scale value that is not a whole number between −[`MAX_SCALE_VALUE`] and
    /// [`MAX_SCALE_VALUE`]; the option is dropped.
    BadScaleValue {
        /// Where.
        path: String,
        /// The value found.
        found: String,
    },
    /// Two scale options with the same value; the later is dropped.
    DuplicateScaleValue {
        /// The value.
        value: i32,
    },
    /// The scale options are not sorted by value; they are sorted.
    ScaleUnsorted,
    /// A `picto` that is not a pictogram reference (`om:1F600`, `arasaac:1234`,
    /// `photo:<id>`); the part has no picture.
    BadPicto {
        /// Where.
        path: String,
        /// The reference found.
        found: String,
    },
    /// Two domains with the same id; the later is dropped.
    DuplicateDomain {
        /// The id.
        id: String,
    },
    /// Two indicators of a domain with the same id; the later is dropped.
    DuplicateIndicator {
        /// The domain's id.
        domain: String,
        /// The indicator's id.
        id: String,
    },
    /// Two items with the same id; the later is dropped.
    DuplicateItem {
        /// The id.
        id: String,
    },
    /// An item names a domain that does not exist; the item is dropped.
    UnknownDomain {
        /// The item's id.
        item: String,
        /// The domain named.
        domain: String,
    },
    /// An item names an indicator its domain does not have; the item is kept without it.
    UnknownIndicator {
        /// The item's id.
        item: String,
        /// The indicator named.
        indicator: String,
    },
    /// An item has no text (in any language) for a declared version; the item is dropped.
    MissingItemText {
        /// The item's id.
        item: String,
        /// The version (`self` or `others`).
        version: String,
    },
    /// A domain without any item; it is kept, and is never scored.
    EmptyDomain {
        /// The domain's id.
        domain: String,
    },
}

impl Problem {
    /// The Fluent message id that explains the problem; its arguments are [`Problem::args`].
    pub fn message_id(&self) -> &'static str {
        match self {
            Problem::NotJson { .. } => "instrument-not-json",
            Problem::NotAnObject => "instrument-not-object",
            Problem::TooBig { .. } => "instrument-too-big",
            Problem::WrongFormat { .. } => "instrument-wrong-format",
            Problem::NewerFormatVersion { .. } => "instrument-newer-format-version",
            Problem::BadFormatVersion { .. } => "instrument-bad-format-version",
            Problem::MissingId => "instrument-missing-id",
            Problem::BadInstrumentId { .. } => "instrument-bad-instrument-id",
            Problem::NoVersions => "instrument-no-versions",
            Problem::ScaleOptionCount { .. } => "instrument-scale-option-count",
            Problem::NoDomains => "instrument-no-domains",
            Problem::NoItems => "instrument-no-items",
            Problem::MissingField { .. } => "instrument-missing-field",
            Problem::WrongType { .. } => "instrument-wrong-type",
            Problem::BadId { .. } => "instrument-bad-id",
            Problem::BadLanguage { .. } => "instrument-bad-language",
            Problem::DuplicateLanguage { .. } => "instrument-duplicate-language",
            Problem::MissingTranslation { .. } => "instrument-missing-translation",
            Problem::TextTooLong { .. } => "instrument-text-too-long",
            Problem::TooMany { .. } => "instrument-too-many",
            Problem::UnknownVersion { .. } => "instrument-unknown-version",
            Problem::DuplicateVersion { .. } => "instrument-duplicate-version",
            Problem::BadScaleValue { .. } => "instrument-bad-scale-value",
            Problem::DuplicateScaleValue { .. } => "instrument-duplicate-scale-value",
            Problem::ScaleUnsorted => "instrument-scale-unsorted",
            Problem::BadPicto { .. } => "instrument-bad-picto",
            Problem::DuplicateDomain { .. } => "instrument-duplicate-domain",
            Problem::DuplicateIndicator { .. } => "instrument-duplicate-indicator",
            Problem::DuplicateItem { .. } => "instrument-duplicate-item",
            Problem::UnknownDomain { .. } => "instrument-unknown-domain",
            Problem::UnknownIndicator { .. } => "instrument-unknown-indicator",
            Problem::MissingItemText { .. } => "instrument-missing-item-text",
            Problem::EmptyDomain { .. } => "instrument-empty-domain",
        }
    }

    /// The Fluent arguments of its message, by name (`path`, `language`, `id`…).
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Problem::NotJson { line, column } => {
                vec![("line", line.to_string()), ("column", column.to_string())]
            }
            Problem::NotAnObject
            | Problem::MissingId
            | Problem::NoVersions
            | Problem::NoDomains
            | Problem::NoItems
            | Problem::ScaleUnsorted => Vec::new(),
            Problem::TooBig { bytes, limit } => {
                vec![
                    ("bytes", bytes.to_string()),
                    ("limit", limit.to_string()),
                    // Whole megabytes for people: "the most is 2 MB".
                    ("limit-mb", (limit / (1024 * 1024)).max(1).to_string()),
                ]
            }
            Problem::WrongFormat { found }
            | Problem::BadFormatVersion { found }
            | Problem::BadInstrumentId { found }
            | Problem::UnknownVersion { found } => vec![("found", found.clone())],
            Problem::NewerFormatVersion { found, supported } => vec![
                ("found", found.to_string()),
                ("supported", supported.to_string()),
            ],
            Problem::ScaleOptionCount { count, min, max } => vec![
                ("count", count.to_string()),
                ("min", min.to_string()),
                ("max", max.to_string()),
            ],
            Problem::MissingField { path } => vec![("path", path.clone())],
            Problem::WrongType { path, expected } => {
                vec![("path", path.clone()), ("expected", (*expected).to_owned())]
            }
            Problem::BadId { path, found }
            | Problem::BadLanguage { path, found }
            | Problem::BadScaleValue { path, found }
            | Problem::BadPicto { path, found } => {
                vec![("path", path.clone()), ("found", found.clone())]
            }
            Problem::DuplicateLanguage { language } => vec![("language", language.clone())],
            Problem::MissingTranslation { path, language } => {
                vec![("path", path.clone()), ("language", language.clone())]
            }
            Problem::TextTooLong {
                path,
                language,
                limit,
            } => vec![
                ("path", path.clone()),
                ("language", language.clone()),
                ("limit", limit.to_string()),
            ],
            Problem::TooMany { path, count, limit } => vec![
                ("path", path.clone()),
                ("count", count.to_string()),
                ("limit", limit.to_string()),
            ],
            Problem::DuplicateVersion { version } => vec![("version", version.clone())],
            Problem::DuplicateScaleValue { value } => vec![("value", value.to_string())],
            Problem::DuplicateDomain { id } | Problem::DuplicateItem { id } => {
                vec![("id", id.clone())]
            }
            Problem::DuplicateIndicator { domain, id } => {
                vec![("domain", domain.clone()), ("id", id.clone())]
            }
            Problem::UnknownDomain { item, domain } => {
                vec![("item", item.clone()), ("domain", domain.clone())]
            }
            Problem::UnknownIndicator { item, indicator } => {
                vec![("item", item.clone()), ("indicator", indicator.clone())]
            }
            Problem::MissingItemText { item, version } => {
                vec![("item", item.clone()), ("version", version.clone())]
            }
            Problem::EmptyDomain { domain } => vec![("domain", domain.clone())],
        }
    }

    /// Whether it leaves nothing usable, so no instrument is loaded.
    pub fn is_fatal(&self) -> bool {
        matches!(
            self,
            Problem::NotJson { .. }
                | Problem::NotAnObject
                | Problem::TooBig { .. }
                | Problem::WrongFormat { .. }
                | Problem::NewerFormatVersion { .. }
                | Problem::BadFormatVersion { .. }
                | Problem::MissingId
                | Problem::BadInstrumentId { .. }
                | Problem::NoVersions
                | Problem::ScaleOptionCount { .. }
                | Problem::NoDomains
                | Problem::NoItems
        )
    }
}

impl fmt::Display for Problem {
    /// The message id and its arguments, for logs and test failures:
    /// `instrument-missing-translation(path=title, language=es)`.
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let args: Vec<String> = self
            .args()
            .into_iter()
            .map(|(name, value)| format!("{name}={value}"))
            .collect();
        write!(formatter, "{}({})", self.message_id(), args.join(", "))
    }
}

/// The text of `texts` in `language`: the tag itself (`ca`), else a tag of that language
/// with a region (`ca-ES`), else the first of `fallbacks` present, else any; `None` when
/// there is no text at all. Texts of only spaces count as missing.
pub fn text_in<'a>(texts: &'a Texts, language: Language, fallbacks: &[String]) -> Option<&'a str> {
    let written = |text: &'a String| Some(text.as_str()).filter(|text| !text.trim().is_empty());
    texts
        .get(language.tag())
        .and_then(written)
        .or_else(|| {
            texts
                .iter()
                .filter(|(tag, _)| Language::from_tag(tag) == Some(language))
                .find_map(|(_, text)| written(text))
        })
        .or_else(|| {
            fallbacks
                .iter()
                .find_map(|tag| texts.get(tag).and_then(written))
        })
        .or_else(|| texts.values().find_map(written))
}

/// Whether a text looks like a BCP 47 language tag: 2 to 35 ASCII letters, digits and
/// dashes, starting with a letter (`ca`, `es-ES`, `eu`, `zh-Hant`).
pub fn is_language_tag(tag: &str) -> bool {
    (2..=35).contains(&tag.len())
        && tag.starts_with(|c: char| c.is_ascii_alphabetic())
        && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !tag.ends_with('-')
        && !tag.contains("--")
}

impl Instrument {
    /// Loads an instrument file (JSON text), see [`Instrument::from_value`]. A text larger
    /// than [`MAX_FILE_BYTES`] or that is not JSON is refused. Never panics.
    pub fn load(text: &str) -> LoadedInstrument {
        let refuse = |problem| LoadedInstrument {
            instrument: None,
            problems: vec![problem],
        };
        if text.len() > MAX_FILE_BYTES {
            return refuse(Problem::TooBig {
                bytes: text.len(),
                limit: MAX_FILE_BYTES,
            });
        }
        match serde_json::from_str::<Value>(text) {
            Ok(value) => Instrument::from_value(&value),
            Err(error) => refuse(Problem::NotJson {
                line: error.line(),
                column: error.column(),
            }),
        }
    }

    /// Validates a parsed instrument file, reporting every problem and keeping what is usable.
    ///
    /// - Fatal (no instrument): not an object; a `format` other than [`FORMAT`]; a
    ///   `format_version` newer than [`FORMAT_VERSION`] or not a positive whole number (a
    ///   missing one is taken as 1, and reported); a missing, empty or invalid `id`; no known
    ///   version; a scale left with fewer than [`MIN_OPTIONS`] or more than [`MAX_OPTIONS`]
    ///   options; no domain or no item left. The rest of the file is still checked, so every
    ///   problem is reported.
    /// - Dropped and reported: a domain, indicator or item without a valid id or repeating an
    ///   earlier id; an item of an unknown domain, or without text for a declared version; a
    ///   scale option whose value is not a whole number or repeats an earlier value; a list
    ///   entry that is not an object; whatever is beyond [`MAX_DOMAINS`], [`MAX_INDICATORS`]
    ///   per domain, [`MAX_ITEMS`] or [`MAX_LANGUAGES`]; a text that is not a text; a
    ///   language tag that is not one.
    /// - Fixed and reported: an unknown indicator is cleared; a bad picture reference is
    ///   cleared; scale options out of order are sorted; texts longer than
    ///   [`MAX_TEXT_CHARS`] are cut; `reverse` that is not `true`/`false` is `false`.
    /// - Reported only: a text lacking one of `languages`; a domain without items; a
    ///   missing `version`, `languages`, `title` or `licence`.
    ///
    /// Unknown fields are ignored. Texts are trimmed; empty ones count as missing. Items are
    /// put in domain order (see [`Instrument::items`]).
    pub fn from_value(value: &Value) -> LoadedInstrument {
        let mut reader = Reader::default();
        let instrument = reader.instrument(value);
        let fatal = reader.problems.iter().any(Problem::is_fatal);
        LoadedInstrument {
            instrument: instrument.filter(|_| !fatal),
            problems: reader.problems,
        }
    }

    /// The instrument as an instrument file (pretty JSON), which loads back to the same
    /// instrument. Serialising these types cannot fail; if it ever did, the text is empty.
    pub fn to_json(&self) -> String {
        file_json(FORMAT, FORMAT_VERSION, self)
    }

    /// A text of this instrument in `language`, falling back to its [`Instrument::languages`]
    /// in order, then to any (see [`text_in`]).
    pub fn text_in<'a>(&self, texts: &'a Texts, language: Language) -> Option<&'a str> {
        text_in(texts, language, &self.languages)
    }

    /// An item's wording for a version in `language` (with fallbacks, see [`text_in`]).
    pub fn item_text<'a>(
        &self,
        item: &'a Item,
        version: Version,
        language: Language,
    ) -> Option<&'a str> {
        item.text
            .get(&version)
            .and_then(|texts| self.text_in(texts, language))
    }

    /// The domain with this id.
    pub fn domain(&self, id: &str) -> Option<&Domain> {
        self.domains.iter().find(|domain| domain.id == id)
    }

    /// The item with this id.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|item| item.id == id)
    }

    /// The place of an item in [`Instrument::items`].
    pub fn item_index(&self, id: &str) -> Option<usize> {
        self.items.iter().position(|item| item.id == id)
    }

    /// The items of a domain, in the order they are asked.
    pub fn items_of<'a>(&'a self, domain: &'a str) -> impl Iterator<Item = &'a Item> + 'a {
        self.items.iter().filter(move |item| item.domain == domain)
    }

    /// Whether it has a version.
    pub fn has_version(&self, version: Version) -> bool {
        self.versions.contains(&version)
    }
}

/// Reads an instrument file, collecting problems.
#[derive(Default)]
struct Reader {
    problems: Vec<Problem>,
    /// The instrument's declared languages, which every text is checked against.
    languages: Vec<String>,
}

/// The path of a field inside a part.
fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_owned()
    } else {
        format!("{path}/{field}")
    }
}

/// A file's text (an instrument file, an answers file): pretty JSON with `format` and
/// `format_version` first, then the fields of `body`. Serialising the questionnaire's
/// types cannot fail; if it ever did, the text is empty.
pub(crate) fn file_json<T: Serialize>(
    format: &'static str,
    format_version: u64,
    body: &T,
) -> String {
    #[derive(Serialize)]
    struct File<'a, T> {
        format: &'static str,
        format_version: u64,
        #[serde(flatten)]
        body: &'a T,
    }
    serde_json::to_string_pretty(&File {
        format,
        format_version,
        body,
    })
    .unwrap_or_default()
}

/// A faulty value as quoted back in a problem (here and in an answers file's): a text as
/// it is, anything else as JSON, cut to [`MAX_QUOTED_CHARS`].
pub(crate) fn quoted(value: &Value) -> String {
    let text = match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    };
    text.chars().take(MAX_QUOTED_CHARS).collect()
}

impl Reader {
    fn report(&mut self, problem: Problem) {
        self.problems.push(problem);
    }

    fn instrument(&mut self, value: &Value) -> Option<Instrument> {
        let Some(object) = value.as_object() else {
            self.report(Problem::NotAnObject);
            return None;
        };
        match object.get("format") {
            Some(Value::String(format)) if format == FORMAT => {}
            Some(other) => {
                self.report(Problem::WrongFormat {
                    found: quoted(other),
                });
                return None;
            }
            None => {
                self.report(Problem::WrongFormat {
                    found: String::new(),
                });
                return None;
            }
        }
        match object.get("format_version") {
            None => self.report(Problem::MissingField {
                path: "format_version".to_owned(),
            }),
            Some(version) => match version.as_u64() {
                Some(FORMAT_VERSION) => {}
                Some(found) if found > FORMAT_VERSION => {
                    self.report(Problem::NewerFormatVersion {
                        found,
                        supported: FORMAT_VERSION,
                    });
                    return None;
                }
                _ => {
                    self.report(Problem::BadFormatVersion {
                        found: quoted(version),
                    });
                    return None;
                }
            },
        }
        let id = match object.get("id") {
            Some(Value::String(id)) if !id.trim().is_empty() => {
                let id = id.trim().to_owned();
                if !is_id(&id) {
                    self.report(Problem::BadInstrumentId {
                        found: quoted(&Value::String(id.clone())),
                    });
                }
                id
            }
            _ => {
                self.report(Problem::MissingId);
                String::new()
            }
        };
        let version = self
            .plain_text(object, "version", MAX_VERSION_CHARS)
            .unwrap_or_default();
        self.languages = self.languages(object.get("languages"));
        let title = self.texts(object.get("title"), "title", true);
        let description = self.texts(object.get("description"), "description", false);
        let licence = self
            .plain_text(object, "licence", MAX_TEXT_CHARS)
            .unwrap_or_default();
        let versions = self.versions(object.get("versions"));
        let scale = self.scale(object.get("scale"));
        let domains = self.domains(object.get("domains"));
        let items = self.items(object.get("items"), &domains, &versions);
        for domain in &domains {
            if !items.iter().any(|item| item.domain == domain.id) {
                self.report(Problem::EmptyDomain {
                    domain: domain.id.clone(),
                });
            }
        }
        if domains.is_empty() {
            self.report(Problem::NoDomains);
        }
        if items.is_empty() {
            self.report(Problem::NoItems);
        }
        Some(Instrument {
            id,
            version,
            languages: self.languages.clone(),
            title,
            description,
            licence,
            versions,
            scale,
            domains,
            items,
        })
    }

    /// A required plain text field (no languages), trimmed and cut to `max_chars`.
    fn plain_text(
        &mut self,
        object: &Map<String, Value>,
        field: &str,
        max_chars: usize,
    ) -> Option<String> {
        match object.get(field) {
            None | Some(Value::Null) => {
                self.report(Problem::MissingField {
                    path: field.to_owned(),
                });
                None
            }
            Some(Value::String(text)) => {
                let (text, cut) = trimmed_and_cut(text, max_chars);
                if cut {
                    self.report(Problem::TextTooLong {
                        path: field.to_owned(),
                        language: String::new(),
                        limit: max_chars,
                    });
                }
                if text.is_empty() {
                    self.report(Problem::MissingField {
                        path: field.to_owned(),
                    });
                }
                Some(text)
            }
            Some(_) => {
                self.report(Problem::WrongType {
                    path: field.to_owned(),
                    expected: "text",
                });
                None
            }
        }
    }

    /// The entries of a list field; a missing one is reported if `required`, one of
    /// another type always. Beyond `max` entries the rest are cut (and reported).
    fn list<'a>(
        &mut self,
        value: Option<&'a Value>,
        path: &str,
        required: bool,
        max: usize,
    ) -> &'a [Value] {
        let values: &'a [Value] = match value {
            Some(Value::Array(values)) => values,
            None | Some(Value::Null) => {
                if required {
                    self.report(Problem::MissingField {
                        path: path.to_owned(),
                    });
                }
                &[]
            }
            Some(_) => {
                self.report(Problem::WrongType {
                    path: path.to_owned(),
                    expected: "list",
                });
                &[]
            }
        };
        if values.len() > max {
            self.report(Problem::TooMany {
                path: path.to_owned(),
                count: values.len(),
                limit: max,
            });
            &values[..max]
        } else {
            values
        }
    }

    /// An entry of a list that must be an object.
    fn entry<'a>(&mut self, value: &'a Value, path: String) -> Option<&'a Map<String, Value>> {
        let object = value.as_object();
        if object.is_none() {
            self.report(Problem::WrongType {
                path,
                expected: "object",
            });
        }
        object
    }

    fn languages(&mut self, value: Option<&Value>) -> Vec<String> {
        let mut languages: Vec<String> = Vec::new();
        for (index, value) in self
            .list(value, "languages", true, MAX_LANGUAGES)
            .iter()
            .enumerate()
        {
            let path = format!("languages/{index}");
            match value {
                Value::String(tag) if is_language_tag(tag.trim()) => {
                    let tag = tag.trim().to_owned();
                    if languages.contains(&tag) {
                        self.report(Problem::DuplicateLanguage { language: tag });
                    } else {
                        languages.push(tag);
                    }
                }
                Value::String(tag) => self.report(Problem::BadLanguage {
                    path,
                    found: quoted(&Value::String(tag.clone())),
                }),
                _ => self.report(Problem::WrongType {
                    path,
                    expected: "text",
                }),
            }
        }
        languages
    }

    /// A text in several languages: a missing one is reported if `required`; each
    /// declared language it lacks is reported, unless the whole text is missing or, for an
    /// optional text, empty (an item's text for a version is reported by the caller).
    fn texts(&mut self, value: Option<&Value>, path: &str, required: bool) -> Texts {
        let mut texts = Texts::new();
        let object = match value {
            Some(Value::Object(object)) => object,
            None | Some(Value::Null) => {
                if required {
                    self.report(Problem::MissingField {
                        path: path.to_owned(),
                    });
                }
                return texts;
            }
            Some(_) => {
                self.report(Problem::WrongType {
                    path: path.to_owned(),
                    expected: "translations",
                });
                return texts;
            }
        };
        if object.len() > MAX_LANGUAGES {
            self.report(Problem::TooMany {
                path: path.to_owned(),
                count: object.len(),
                limit: MAX_LANGUAGES,
            });
        }
        for (tag, text) in object.iter().take(MAX_LANGUAGES) {
            let tag = tag.trim();
            if !is_language_tag(tag) {
                self.report(Problem::BadLanguage {
                    path: path.to_owned(),
                    found: quoted(&Value::String(tag.to_owned())),
                });
                continue;
            }
            let Value::String(text) = text else {
                self.report(Problem::WrongType {
                    path: join(path, tag),
                    expected: "text",
                });
                continue;
            };
            let (text, cut) = trimmed_and_cut(text, MAX_TEXT_CHARS);
            if cut {
                self.report(Problem::TextTooLong {
                    path: path.to_owned(),
                    language: tag.to_owned(),
                    limit: MAX_TEXT_CHARS,
                });
            }
            if !text.is_empty() {
                texts.insert(tag.to_owned(), text);
            }
        }
        if texts.is_empty() && !required {
            // An optional text given empty is no text; a required one says what it lacks.
            return texts;
        }
        let missing: Vec<String> = self
            .languages
            .iter()
            .filter(|language| !texts.contains_key(*language))
            .cloned()
            .collect();
        for language in missing {
            self.report(Problem::MissingTranslation {
                path: path.to_owned(),
                language,
            });
        }
        texts
    }

    /// An optional picture reference; a bad one is reported and left out.
    fn picto(&mut self, object: &Map<String, Value>, path: &str) -> Option<PictoRef> {
        let path = join(path, "picto");
        match object.get("picto") {
            None | Some(Value::Null) => None,
            Some(Value::String(text)) => {
                let picto = PictoRef::parse(text.trim());
                if picto.is_none() {
                    self.report(Problem::BadPicto {
                        path,
                        found: quoted(&Value::String(text.clone())),
                    });
                }
                picto
            }
            Some(_) => {
                self.report(Problem::WrongType {
                    path,
                    expected: "text",
                });
                None
            }
        }
    }

    /// The id of a part at `path`; `None` (reported) when missing or invalid.
    fn id(&mut self, object: &Map<String, Value>, path: &str) -> Option<String> {
        let field_path = join(path, "id");
        match object.get("id") {
            None | Some(Value::Null) => {
                self.report(Problem::MissingField { path: field_path });
                None
            }
            Some(Value::String(id)) if is_id(id.trim()) => Some(id.trim().to_owned()),
            Some(Value::String(id)) => {
                self.report(Problem::BadId {
                    path: field_path,
                    found: quoted(&Value::String(id.clone())),
                });
                None
            }
            Some(_) => {
                self.report(Problem::WrongType {
                    path: field_path,
                    expected: "text",
                });
                None
            }
        }
    }

    fn versions(&mut self, value: Option<&Value>) -> Vec<Version> {
        let mut versions = Vec::new();
        for (index, value) in self
            .list(value, "versions", true, Version::ALL.len() * 4)
            .iter()
            .enumerate()
        {
            match value {
                Value::String(tag) => match Version::from_tag(tag.trim()) {
                    Some(version) if versions.contains(&version) => {
                        self.report(Problem::DuplicateVersion {
                            version: version.tag().to_owned(),
                        });
                    }
                    Some(version) => versions.push(version),
                    None => self.report(Problem::UnknownVersion {
                        found: quoted(value),
                    }),
                },
                _ => self.report(Problem::WrongType {
                    path: format!("versions/{index}"),
                    expected: "text",
                }),
            }
        }
        if versions.is_empty() {
            self.report(Problem::NoVersions);
        }
        versions
    }

    fn scale(&mut self, value: Option<&Value>) -> Scale {
        let mut scale = Scale::default();
        let object = match value {
            Some(Value::Object(object)) => Some(object),
            None | Some(Value::Null) => {
                self.report(Problem::MissingField {
                    path: "scale".to_owned(),
                });
                None
            }
            Some(_) => {
                self.report(Problem::WrongType {
                    path: "scale".to_owned(),
                    expected: "object",
                });
                None
            }
        };
        if let Some(object) = object {
            // Every entry is read (up to a bound far above the limit), so the count in
            // the problem is the real one.
            let values = self.list(object.get("options"), "scale/options", true, 100);
            for (index, value) in values.iter().enumerate() {
                let path = format!("scale/options/{index}");
                let Some(option) = self.entry(value, path.clone()) else {
                    continue;
                };
                let Some(option_value) = self.scale_value(option, &path) else {
                    continue;
                };
                if scale.contains(option_value) {
                    self.report(Problem::DuplicateScaleValue {
                        value: option_value,
                    });
                    continue;
                }
                let picto = self.picto(option, &path);
                let label = self.texts(option.get("label"), &join(&path, "label"), true);
                scale.options.push(ScaleOption {
                    value: option_value,
                    picto,
                    label,
                });
            }
        }
        if scale
            .options
            .windows(2)
            .any(|pair| pair[0].value > pair[1].value)
        {
            self.report(Problem::ScaleUnsorted);
            scale.options.sort_by_key(|option| option.value);
        }
        let count = scale.options.len();
        if !(MIN_OPTIONS..=MAX_OPTIONS).contains(&count) {
            self.report(Problem::ScaleOptionCount {
                count,
                min: MIN_OPTIONS,
                max: MAX_OPTIONS,
            });
        }
        scale
    }

    fn scale_value(&mut self, option: &Map<String, Value>, path: &str) -> Option<i32> {
        let path = join(path, "value");
        match option.get("value") {
            None | Some(Value::Null) => {
                self.report(Problem::MissingField { path });
                None
            }
            Some(value @ Value::Number(number)) => {
                let whole = number
                    .as_i64()
                    .and_then(|whole| i32::try_from(whole).ok())
                    .filter(|whole| whole.abs() <= MAX_SCALE_VALUE);
                if whole.is_none() {
                    self.report(Problem::BadScaleValue {
                        path,
                        found: quoted(value),
                    });
                }
                whole
            }
            Some(_) => {
                self.report(Problem::WrongType {
                    path,
                    expected: "whole-number",
                });
                None
            }
        }
    }

    fn domains(&mut self, value: Option<&Value>) -> Vec<Domain> {
        let mut domains: Vec<Domain> = Vec::new();
        let values = self.list(value, "domains", true, MAX_DOMAINS);
        for (index, value) in values.iter().enumerate() {
            let Some(object) = self.entry(value, format!("domains/{index}")) else {
                continue;
            };
            let Some(id) = self.id(object, &format!("domains/{index}")) else {
                continue;
            };
            if domains.iter().any(|domain| domain.id == id) {
                self.report(Problem::DuplicateDomain { id });
                continue;
            }
            let path = format!("domains/{id}");
            let picto = self.picto(object, &path);
            let name = self.texts(object.get("name"), &join(&path, "name"), true);
            let description = self.texts(
                object.get("description"),
                &join(&path, "description"),
                false,
            );
            let indicators = self.indicators(object.get("indicators"), &id, &path);
            domains.push(Domain {
                id,
                picto,
                name,
                description,
                indicators,
            });
        }
        domains
    }

    fn indicators(&mut self, value: Option<&Value>, domain: &str, path: &str) -> Vec<Indicator> {
        let mut indicators: Vec<Indicator> = Vec::new();
        let list_path = join(path, "indicators");
        let values = self.list(value, &list_path, false, MAX_INDICATORS);
        for (index, value) in values.iter().enumerate() {
            let entry_path = format!("{list_path}/{index}");
            let Some(object) = self.entry(value, entry_path.clone()) else {
                continue;
            };
            let Some(id) = self.id(object, &entry_path) else {
                continue;
            };
            if indicators.iter().any(|indicator| indicator.id == id) {
                self.report(Problem::DuplicateIndicator {
                    domain: domain.to_owned(),
                    id,
                });
                continue;
            }
            let name_path = format!("{list_path}/{id}/name");
            let name = self.texts(object.get("name"), &name_path, true);
            indicators.push(Indicator { id, name });
        }
        indicators
    }

    fn items(
        &mut self,
        value: Option<&Value>,
        domains: &[Domain],
        versions: &[Version],
    ) -> Vec<Item> {
        let mut items: Vec<Item> = Vec::new();
        let mut seen_ids: BTreeSet<String> = BTreeSet::new();
        let values = self.list(value, "items", true, MAX_ITEMS);
        for (index, value) in values.iter().enumerate() {
            let Some(object) = self.entry(value, format!("items/{index}")) else {
                continue;
            };
            let Some(id) = self.id(object, &format!("items/{index}")) else {
                continue;
            };
            if !seen_ids.insert(id.clone()) {
                self.report(Problem::DuplicateItem { id });
                continue;
            }
            if let Some(item) = self.item(object, id, domains, versions) {
                items.push(item);
            }
        }
        items.sort_by_key(|item| {
            domains
                .iter()
                .position(|domain| domain.id == item.domain)
                .unwrap_or(usize::MAX)
        });
        items
    }

    /// One item with a valid, new id; `None` (reported) when it cannot be kept.
    fn item(
        &mut self,
        object: &Map<String, Value>,
        id: String,
        domains: &[Domain],
        versions: &[Version],
    ) -> Option<Item> {
        let path = format!("items/{id}");
        let mut keep = true;
        let domain = match object.get("domain") {
            Some(Value::String(name)) => {
                let found = domains.iter().find(|domain| domain.id == name.trim());
                if found.is_none() {
                    self.report(Problem::UnknownDomain {
                        item: id.clone(),
                        domain: quoted(&Value::String(name.clone())),
                    });
                }
                found
            }
            None | Some(Value::Null) => {
                self.report(Problem::MissingField {
                    path: join(&path, "domain"),
                });
                None
            }
            Some(_) => {
                self.report(Problem::WrongType {
                    path: join(&path, "domain"),
                    expected: "text",
                });
                None
            }
        };
        keep &= domain.is_some();
        let indicator = match object.get("indicator") {
            None | Some(Value::Null) => None,
            Some(Value::String(name)) => {
                let known = domain.and_then(|domain| domain.indicator(name.trim()));
                if known.is_none() && domain.is_some() {
                    self.report(Problem::UnknownIndicator {
                        item: id.clone(),
                        indicator: quoted(&Value::String(name.clone())),
                    });
                }
                known.map(|indicator| indicator.id.clone())
            }
            Some(_) => {
                self.report(Problem::WrongType {
                    path: join(&path, "indicator"),
                    expected: "text",
                });
                None
            }
        };
        let picto = self.picto(object, &path);
        let reverse = match object.get("reverse") {
            None | Some(Value::Null) => false,
            Some(Value::Bool(reverse)) => *reverse,
            Some(_) => {
                self.report(Problem::WrongType {
                    path: join(&path, "reverse"),
                    expected: "true-or-false",
                });
                false
            }
        };
        let text_path = join(&path, "text");
        let text_object = match object.get("text") {
            Some(Value::Object(text)) => Some(text),
            None | Some(Value::Null) => None,
            Some(_) => {
                self.report(Problem::WrongType {
                    path: text_path.clone(),
                    expected: "object",
                });
                None
            }
        };
        let mut text = BTreeMap::new();
        for version in versions {
            let texts = self.texts(
                text_object.and_then(|text| text.get(version.tag())),
                &join(&text_path, version.tag()),
                false,
            );
            if texts.is_empty() {
                self.report(Problem::MissingItemText {
                    item: id.clone(),
                    version: version.tag().to_owned(),
                });
                keep = false;
            } else {
                text.insert(*version, texts);
            }
        }
        let domain = domain?.id.clone();
        keep.then_some(Item {
            id,
            domain,
            indicator,
            picto,
            reverse,
            text,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn texts(pairs: &[(&str, &str)]) -> Texts {
        pairs
            .iter()
            .map(|(tag, text)| ((*tag).to_owned(), (*text).to_owned()))
            .collect()
    }

    #[test]
    fn a_file_has_its_format_and_version_first_then_the_fields_of_its_body() {
        #[derive(Serialize)]
        struct Body {
            id: &'static str,
            n: u8,
        }
        assert_eq!(
            file_json("pictokit-test", 3, &Body { id: "a-1", n: 2 }),
            "{\n  \"format\": \"pictokit-test\",\n  \"format_version\": 3,\n  \"id\": \"a-1\",\n  \"n\": 2\n}"
        );
    }

    #[test]
    fn texts_fall_back_to_the_instrument_languages_then_any() {
        let fallbacks = vec!["es".to_owned(), "ca".to_owned()];
        let all = texts(&[("ca", "Mai"), ("es", "Nunca"), ("en", "Never")]);
        assert_eq!(text_in(&all, Language::Ca, &fallbacks), Some("Mai"));
        let regional = texts(&[("ca-ES", "Mai"), ("es", "Nunca")]);
        assert_eq!(text_in(&regional, Language::Ca, &fallbacks), Some("Mai"));
        let no_english = texts(&[("ca", "Mai"), ("es", "Nunca"), ("en", "  ")]);
        assert_eq!(
            text_in(&no_english, Language::En, &fallbacks),
            Some("Nunca")
        );
        let basque = texts(&[("eu", "Inoiz ez")]);
        assert_eq!(text_in(&basque, Language::En, &fallbacks), Some("Inoiz ez"));
        assert_eq!(text_in(&Texts::new(), Language::En, &fallbacks), None);
    }

    #[test]
    fn steps_count_places_not_values() {
        let scale = Scale {
            options: [0, 5, 10, 15]
                .into_iter()
                .map(|value| ScaleOption {
                    value,
                    picto: None,
                    label: Texts::new(),
                })
                .collect(),
        };
        assert_eq!(scale.steps_between(0, 10), Some(2));
        assert_eq!(scale.steps_between(15, 5), Some(2));
        assert_eq!(scale.steps_between(15, 6), None);
        assert_eq!((scale.min(), scale.max()), (0, 15));
    }

    #[test]
    fn language_tags_are_checked_loosely() {
        for good in ["ca", "es-ES", "eu", "zh-Hant", "ast"] {
            assert!(is_language_tag(good), "{good}");
        }
        for bad in ["", "c", "1a", "es_ES", "es-", "a--b", "ca es"] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }

    #[test]
    fn every_problem_has_a_message_id_and_its_args() {
        let loaded = Instrument::from_value(&json!({"format": "pictokit-instrument"}));
        assert!(loaded.instrument.is_none());
        for problem in &loaded.problems {
            assert!(problem.message_id().starts_with("instrument-"));
            assert!(problem.to_string().starts_with(problem.message_id()));
        }
        let problem = Problem::MissingTranslation {
            path: "title".into(),
            language: "es".into(),
        };
        assert_eq!(
            problem.args(),
            vec![("path", "title".to_owned()), ("language", "es".to_owned())]
        );
        assert_eq!(
            problem.to_string(),
            "instrument-missing-translation(path=title, language=es)"
        );
    }
}
