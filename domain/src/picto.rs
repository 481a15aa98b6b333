//! What a profile does with pictograms: which ones it uses, its recent and favourite
//! ones, its own photos and its own voice recordings.
//!
//! Pictograms are referred to by a [`PictoRef`], a short text stored in records:
//! `om:1F34E` (a bundled OpenMoji symbol), `photo:m-…` (a photo taken for this person),
//! `arasaac:2462` (an ARASAAC pictogram downloaded to this device).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// How many recently chosen pictograms a profile remembers.
pub const MAX_RECENT: usize = 24;
/// How many pictograms a profile's board holds.
pub const MAX_BOARD: usize = 240;
/// The largest photo kept, as a data URL, in bytes (photos are downscaled to 512 px first).
pub const MAX_PHOTO_DATA_BYTES: usize = 1024 * 1024;
/// The largest voice recording kept, as a data URL, in bytes (about a minute of speech).
pub const MAX_VOICE_DATA_BYTES: usize = 2 * 1024 * 1024;
/// Version of a profile's pictograms record and of media records.
pub const PICTOS_SCHEMA: u64 = 1;
/// The longest own name of a photo, in characters.
pub const MAX_MEDIA_NAME_CHARS: usize = 60;
/// The longest text said for a picture instead of its name, in characters.
pub const MAX_SPOKEN_CHARS: usize = 200;

/// A pictogram, wherever it comes from.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PictoRef {
    /// A bundled symbol, by its OpenMoji code (`1F34E`).
    Symbol(String),
    /// A photo or picture kept in this device's media store, by media id.
    Photo(String),
    /// An ARASAAC pictogram, by its ARASAAC id, downloaded into the media store.
    Arasaac(u32),
}

impl PictoRef {
    /// Parses the stored form. Anything malformed is `None`.
    pub fn parse(text: &str) -> Option<PictoRef> {
        let (scheme, rest) = text.split_once(':')?;
        match scheme {
            "om" if is_symbol_code(rest) => Some(PictoRef::Symbol(rest.to_owned())),
            "photo" if is_media_id(rest) => Some(PictoRef::Photo(rest.to_owned())),
            "arasaac" => rest
                .parse::<u32>()
                .ok()
                .filter(|id| rest == id.to_string())
                .map(PictoRef::Arasaac),
            _ => None,
        }
    }

    /// The id of the media record that holds its picture, for photos and ARASAAC downloads.
    pub fn media_id(&self) -> Option<String> {
        match self {
            PictoRef::Symbol(_) => None,
            PictoRef::Photo(id) => Some(id.clone()),
            PictoRef::Arasaac(id) => Some(format!("arasaac-{id}")),
        }
    }

    /// The pictogram a media record shows: a photo, or an ARASAAC download
    /// (the inverse of [`PictoRef::media_id`]). Recordings are not pictograms.
    pub fn of_media(media: &Media) -> Option<PictoRef> {
        match media.kind {
            MediaKind::Photo => Some(PictoRef::Photo(media.id.clone())),
            MediaKind::Arasaac => media
                .id
                .strip_prefix("arasaac-")
                .and_then(|n| PictoRef::parse(&format!("arasaac:{n}"))),
            MediaKind::Voice | MediaKind::Money => None,
        }
    }
}

impl fmt::Display for PictoRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PictoRef::Symbol(code) => write!(f, "om:{code}"),
            PictoRef::Photo(id) => write!(f, "photo:{id}"),
            PictoRef::Arasaac(id) => write!(f, "arasaac:{id}"),
        }
    }
}

impl Serialize for PictoRef {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PictoRef {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        PictoRef::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("not a pictogram reference: {text}")))
    }
}

fn is_symbol_code(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= 64
        && code
            .chars()
            .all(|c| c.is_ascii_digit() || ('A'..='F').contains(&c) || c == '-')
}

/// Whether a text is a valid media id: short, lowercase letters, digits and dashes.
pub fn is_media_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 48
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The pictograms of one profile.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ProfilePictos {
    /// Chosen most recently first.
    pub recent: Vec<PictoRef>,
    /// Marked as favourite, in the order marked.
    pub favourites: Vec<PictoRef>,
    /// The person's own board ("My pictograms"), in the order shown.
    pub board: Vec<PictoRef>,
    /// Own voice recordings: the stored form of a pictogram reference → media id.
    pub voices: BTreeMap<String, String>,
    /// What a button of another app's board carried that Pictokit has no place for (a link
    /// to another board, actions, `ext_…` fields), by the stored form of the picture the
    /// button became: written back on that picture's button when the pictograms are saved
    /// as a board, so a round trip through Pictokit keeps it.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub from_boards: BTreeMap<String, serde_json::Map<String, serde_json::Value>>,
}

/// The most pictures whose board fields are kept (see `ProfilePictos::from_boards`).
pub const MAX_FROM_BOARDS: usize = 400;
/// The largest board fields kept for one picture, in bytes of JSON.
pub const MAX_FROM_BOARD_BYTES: usize = 8 * 1024;

/// Whether a picture's board fields may be kept: an object of at most
/// [`MAX_FROM_BOARD_BYTES`] bytes of JSON.
pub fn board_fields_fit(fields: &serde_json::Map<String, serde_json::Value>) -> bool {
    serde_json::to_vec(fields).is_ok_and(|json| json.len() <= MAX_FROM_BOARD_BYTES)
}

impl ProfilePictos {
    /// Loads a stored record leniently: entries that are not valid references are dropped
    /// and counted, so one bad entry never loses the rest.
    pub fn from_record(record: &serde_json::Value) -> (ProfilePictos, usize) {
        let mut dropped = 0;
        let mut refs = |key: &str| -> Vec<PictoRef> {
            let mut out: Vec<PictoRef> = Vec::new();
            if let Some(items) = record.get(key).and_then(|v| v.as_array()) {
                for item in items {
                    match item.as_str().and_then(PictoRef::parse) {
                        Some(r) if !out.contains(&r) => out.push(r),
                        Some(_) => {}
                        None => dropped += 1,
                    }
                }
            } else if record.get(key).is_some_and(|v| !v.is_null()) {
                dropped += 1;
            }
            out
        };
        let mut recent = refs("recent");
        recent.truncate(MAX_RECENT);
        let favourites = refs("favourites");
        let mut board = refs("board");
        board.truncate(MAX_BOARD);
        let mut voices = BTreeMap::new();
        if let Some(map) = record.get("voices").and_then(|v| v.as_object()) {
            for (key, value) in map {
                match value.as_str() {
                    Some(id) if PictoRef::parse(key).is_some() && is_media_id(id) => {
                        voices.insert(key.clone(), id.to_owned());
                    }
                    _ => dropped += 1,
                }
            }
        }
        let mut from_boards = BTreeMap::new();
        match record.get("from_boards") {
            Some(serde_json::Value::Object(map)) => {
                for (key, value) in map {
                    match value.as_object() {
                        Some(fields)
                            if PictoRef::parse(key).is_some()
                                && board_fields_fit(fields)
                                && from_boards.len() < MAX_FROM_BOARDS =>
                        {
                            from_boards.insert(key.clone(), fields.clone());
                        }
                        _ => dropped += 1,
                    }
                }
            }
            None | Some(serde_json::Value::Null) => {}
            Some(_) => dropped += 1,
        }
        (
            ProfilePictos {
                recent,
                favourites,
                board,
                voices,
                from_boards,
            },
            dropped,
        )
    }

    /// Takes out every reference to a picture or recording this device does not have
    /// (`has` says which media ids it has), so nothing shows a broken picture; how many
    /// references were taken out.
    pub fn drop_missing_media(&mut self, has: impl Fn(&str) -> bool) -> usize {
        let present = |picto: &PictoRef| picto.media_id().is_none_or(|id| has(&id));
        let before = self.recent.len()
            + self.favourites.len()
            + self.board.len()
            + self.voices.len()
            + self.from_boards.len();
        self.recent.retain(present);
        self.favourites.retain(present);
        self.board.retain(present);
        self.voices
            .retain(|key, id| has(id) && PictoRef::parse(key).is_some_and(|picto| present(&picto)));
        self.from_boards
            .retain(|key, _| PictoRef::parse(key).is_some_and(|picto| present(&picto)));
        before
            - (self.recent.len()
                + self.favourites.len()
                + self.board.len()
                + self.voices.len()
                + self.from_boards.len())
    }

    /// Remembers a pictogram as just chosen.
    pub fn note_recent(&mut self, picto: &PictoRef) {
        self.recent.retain(|r| r != picto);
        self.recent.insert(0, picto.clone());
        self.recent.truncate(MAX_RECENT);
    }

    /// Marks or unmarks a favourite; whether it is one now.
    pub fn toggle_favourite(&mut self, picto: &PictoRef) -> bool {
        if self.favourites.contains(picto) {
            self.favourites.retain(|r| r != picto);
            false
        } else {
            self.favourites.push(picto.clone());
            true
        }
    }

    /// Adds pictograms to the end of the board, skipping those already on it; how many were added.
    pub fn add_to_board(&mut self, pictos: &[PictoRef]) -> usize {
        let mut added = 0;
        for picto in pictos {
            if self.board.len() >= MAX_BOARD {
                break;
            }
            if !self.board.contains(picto) {
                self.board.push(picto.clone());
                added += 1;
            }
        }
        added
    }

    /// Takes a pictogram off the board.
    pub fn remove_from_board(&mut self, picto: &PictoRef) {
        self.board.retain(|r| r != picto);
        self.from_boards.remove(&picto.to_string());
    }

    /// Moves a board pictogram one place earlier (`-1`) or later (`1`).
    pub fn move_on_board(&mut self, picto: &PictoRef, step: isize) {
        if let Some(from) = self.board.iter().position(|r| r == picto) {
            let to = from as isize + step;
            if to >= 0 && (to as usize) < self.board.len() {
                self.board.swap(from, to as usize);
            }
        }
    }

    /// The media id of the own recording for a pictogram.
    pub fn voice(&self, picto: &PictoRef) -> Option<&str> {
        self.voices.get(&picto.to_string()).map(String::as_str)
    }
}

/// What a media record holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MediaKind {
    /// A photo taken or chosen for a person.
    Photo,
    /// An own voice recording.
    Voice,
    /// A pictogram downloaded from ARASAAC.
    Arasaac,
    /// A photo of one of the person's own coins or notes (shown at the till, never in
    /// the picker).
    Money,
}

/// A picture or a sound kept on this device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Media {
    /// Its id (see [`is_media_id`]).
    pub id: String,
    /// What it is.
    pub kind: MediaKind,
    /// The content, as a `data:` URL.
    pub data_url: String,
    /// Its name per language tag (`ca`, `es`, `en`…), for pictures.
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    /// What to say for it per language tag, when that is not its name (the spoken text of
    /// a button from another app's board: "I want to eat" for "eat").
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub spoken: BTreeMap<String, String>,
    /// Who made it and under which licence, for downloaded pictograms.
    #[serde(default)]
    pub attribution: Option<String>,
    /// Its licence and author as a board from another app gave them (Open Board Format's
    /// `license`), written back when the pictures are saved as a board.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<Licence>,
    /// When it was made.
    #[serde(default)]
    pub created_ms: u64,
}

/// The longest field of a [`Licence`], in characters; longer ones are cut.
pub const MAX_LICENCE_CHARS: usize = 300;

/// Who made a picture or a sound, and under which licence, in the words of the Open
/// Board Format (`license`: `type`, `copyright_notice_url`, `source_url`, `author_name`,
/// `author_url`). Every field is optional text, at most [`MAX_LICENCE_CHARS`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Licence {
    /// The licence's name (`CC BY-SA`, `public domain`…).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Where the licence's text is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copyright_notice_url: Option<String>,
    /// Where the picture or sound comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// Who made it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author_name: Option<String>,
    /// The author's web address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author_url: Option<String>,
}

impl Licence {
    /// Reads a `license` object leniently: a field that is not text, or is blank, is left
    /// out; a long one is cut to [`MAX_LICENCE_CHARS`]. `None` when nothing is left.
    pub fn from_value(value: &serde_json::Value) -> Option<Licence> {
        let map = value.as_object()?;
        let field = |key: &str| {
            map.get(key)
                .and_then(serde_json::Value::as_str)
                .map(str::trim)
                .filter(|text| !text.is_empty())
                .map(|text| text.chars().take(MAX_LICENCE_CHARS).collect::<String>())
        };
        let licence = Licence {
            kind: field("type"),
            copyright_notice_url: field("copyright_notice_url"),
            source_url: field("source_url"),
            author_name: field("author_name"),
            author_url: field("author_url"),
        };
        (licence != Licence::default()).then_some(licence)
    }

    /// As an Open Board Format `license` object (only the fields it has).
    pub fn to_value(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }

    fn fits(&self) -> bool {
        [
            &self.kind,
            &self.copyright_notice_url,
            &self.source_url,
            &self.author_name,
            &self.author_url,
        ]
        .into_iter()
        .flatten()
        .all(|text| text.chars().count() <= MAX_LICENCE_CHARS)
    }
}

/// Why a media record is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MediaProblem {
    /// The id is malformed.
    BadId,
    /// The content is not the kind of file it claims to be.
    WrongType,
    /// The content is larger than allowed.
    TooLarge,
    /// A name is too long.
    NameTooLong,
}

impl MediaProblem {
    /// The Fluent message id that explains it.
    pub fn message_id(self) -> &'static str {
        match self {
            MediaProblem::BadId | MediaProblem::WrongType => "media-problem-type",
            MediaProblem::TooLarge => "media-problem-too-large",
            MediaProblem::NameTooLong => "media-problem-name",
        }
    }
}

impl Media {
    /// A picture or a sound made on this device (a photo, a recording, a photo of money):
    /// nothing spoken but its names, no attribution or licence.
    pub fn own(
        id: String,
        kind: MediaKind,
        data_url: String,
        names: BTreeMap<String, String>,
        created_ms: u64,
    ) -> Media {
        Media {
            id,
            kind,
            data_url,
            names,
            spoken: BTreeMap::new(),
            attribution: None,
            licence: None,
            created_ms,
        }
    }

    /// Checks a record before it is kept or shown.
    pub fn validate(&self) -> Result<(), MediaProblem> {
        if !is_media_id(&self.id) {
            return Err(MediaProblem::BadId);
        }
        let (prefixes, limit): (&[&str], usize) = match self.kind {
            MediaKind::Photo | MediaKind::Arasaac | MediaKind::Money => (
                &[
                    "data:image/jpeg;base64,",
                    "data:image/png;base64,",
                    "data:image/webp;base64,",
                ],
                MAX_PHOTO_DATA_BYTES,
            ),
            MediaKind::Voice => (&["data:audio/"], MAX_VOICE_DATA_BYTES),
        };
        if !prefixes.iter().any(|p| self.data_url.starts_with(p)) {
            return Err(MediaProblem::WrongType);
        }
        if self.kind == MediaKind::Voice && !self.data_url.contains(";base64,") {
            return Err(MediaProblem::WrongType);
        }
        if self.data_url.len() > limit {
            return Err(MediaProblem::TooLarge);
        }
        if self
            .names
            .values()
            .any(|name| name.chars().count() > MAX_MEDIA_NAME_CHARS)
        {
            return Err(MediaProblem::NameTooLong);
        }
        if self
            .spoken
            .values()
            .any(|words| words.chars().count() > MAX_SPOKEN_CHARS)
        {
            return Err(MediaProblem::NameTooLong);
        }
        if self.licence.as_ref().is_some_and(|licence| !licence.fits()) {
            return Err(MediaProblem::NameTooLong);
        }
        Ok(())
    }

    /// What to say for it in a language: its spoken text there, else `None` (say its name).
    pub fn spoken(&self, lang: &str) -> Option<&str> {
        self.spoken
            .get(lang)
            .map(String::as_str)
            .filter(|words| !words.trim().is_empty())
    }

    /// What to say for it in a language, and the language tag those words are in: its
    /// spoken text or name in `lang`; else, for a picture named only in another language
    /// (a board in English added to a Spanish profile), its spoken text or name in that
    /// language, so it is read out in that language's voice. `None` when it has no words.
    pub fn words<'a>(&'a self, lang: &'a str) -> Option<(&'a str, &'a str)> {
        let named = |tag: &str| {
            self.names
                .get(tag)
                .map(String::as_str)
                .filter(|name| !name.trim().is_empty())
        };
        let tag = if named(lang).is_some() || self.spoken(lang).is_some() {
            lang
        } else {
            self.names
                .iter()
                .find(|(_, name)| !name.trim().is_empty())
                .map(|(tag, _)| tag.as_str())
                .or_else(|| {
                    self.spoken
                        .iter()
                        .find(|(_, words)| !words.trim().is_empty())
                        .map(|(tag, _)| tag.as_str())
                })?
        };
        let words = self.spoken(tag).or_else(|| named(tag))?;
        Some((words, tag))
    }

    /// Its name in a language, else in any language, else empty.
    pub fn name(&self, lang: &str) -> &str {
        self.names
            .get(lang)
            .filter(|n| !n.trim().is_empty())
            .or_else(|| self.names.values().find(|n| !n.trim().is_empty()))
            .map(String::as_str)
            .unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn board_fields_of_pictures_are_kept_leniently() {
        let huge = "x".repeat(MAX_FROM_BOARD_BYTES);
        let record = json!({
            "board": ["photo:m-1"],
            "from_boards": {
                "photo:m-1": {"ext_cboard_type": "folder", "load_board": {"id": "more"}},
                "not a reference": {"ext_a": 1},
                "photo:m-2": "not an object",
                "photo:m-3": {"ext_huge": huge}
            }
        });
        let (pictos, dropped) = ProfilePictos::from_record(&record);
        assert_eq!(dropped, 3);
        assert_eq!(pictos.from_boards.len(), 1);
        assert_eq!(pictos.from_boards["photo:m-1"]["ext_cboard_type"], "folder");
        // Written back as read; absent when empty.
        let stored = serde_json::to_value(&pictos).expect("serialises");
        assert_eq!(ProfilePictos::from_record(&stored).0, pictos);
        let empty = serde_json::to_value(ProfilePictos::default()).expect("serialises");
        assert!(empty.get("from_boards").is_none());
        let (_, dropped) = ProfilePictos::from_record(&json!({"from_boards": [1]}));
        assert_eq!(dropped, 1);
    }

    #[test]
    fn references_to_missing_media_are_taken_out_and_counted() {
        let record = json!({
            "recent": ["photo:m-gone", "om:1F34E", "arasaac:2349"],
            "favourites": ["photo:m-here", "photo:m-gone"],
            "board": ["photo:m-here", "photo:m-gone", "arasaac:2349", "arasaac:7"],
            "voices": {"photo:m-here": "v-here", "om:1F34E": "v-gone", "photo:m-gone": "v-here"},
            "from_boards": {"photo:m-gone": {"ext_a": 1}, "photo:m-here": {"ext_b": 2}}
        });
        let (mut pictos, _) = ProfilePictos::from_record(&record);
        let here = ["m-here", "v-here", "arasaac-7"];
        let dropped = pictos.drop_missing_media(|id| here.contains(&id));
        // recent 2, favourites 1, board 2, voices 2, from_boards 1.
        assert_eq!(dropped, 8);
        assert_eq!(pictos.recent, vec![PictoRef::Symbol("1F34E".into())]);
        assert_eq!(pictos.favourites, vec![PictoRef::Photo("m-here".into())]);
        assert_eq!(
            pictos.board,
            vec![PictoRef::Photo("m-here".into()), PictoRef::Arasaac(7)]
        );
        assert_eq!(pictos.voices.len(), 1);
        assert_eq!(pictos.from_boards.len(), 1);
        // A second pass finds nothing more.
        assert_eq!(pictos.drop_missing_media(|id| here.contains(&id)), 0);
    }

    fn photo(names: &[(&str, &str)], spoken: &[(&str, &str)]) -> Media {
        let map = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(tag, text)| ((*tag).to_owned(), (*text).to_owned()))
                .collect()
        };
        Media {
            id: "m-1".into(),
            kind: MediaKind::Photo,
            data_url: "data:image/png;base64,AAAA".into(),
            names: map(names),
            spoken: map(spoken),
            attribution: None,
            licence: None,
            created_ms: 0,
        }
    }

    // Issue #22: a board's English words were stored as a Spanish profile's and read out
    // in Spanish.
    #[test]
    fn words_are_said_in_the_language_they_are_in() {
        let english = photo(&[("en", "eat")], &[("en", "I want to eat")]);
        assert_eq!(english.words("es"), Some(("I want to eat", "en")));
        assert_eq!(english.name("es"), "eat");
        let both = photo(
            &[("en", "eat"), ("es", "comer")],
            &[("en", "I want to eat")],
        );
        assert_eq!(both.words("es"), Some(("comer", "es")));
        assert_eq!(both.words("en"), Some(("I want to eat", "en")));
        let spanish = photo(&[("es", "comer")], &[("es", "Quiero comer")]);
        assert_eq!(spanish.words("es"), Some(("Quiero comer", "es")));
        assert_eq!(photo(&[("es", " ")], &[]).words("es"), None);
        assert_eq!(photo(&[], &[]).words("ca"), None);
    }

    #[test]
    fn licences_are_read_leniently_and_written_with_their_board_names() {
        let read = Licence::from_value(&json!({
            "type": "CC BY-SA",
            "author_name": "  Anna Puig ",
            "author_url": 7,
            "source_url": "",
            "copyright_notice_url": "https://creativecommons.org/licenses/by-sa/4.0/",
            "ext_other": "dropped"
        }))
        .expect("a licence");
        assert_eq!(read.kind.as_deref(), Some("CC BY-SA"));
        assert_eq!(read.author_name.as_deref(), Some("Anna Puig"));
        assert_eq!(
            (read.author_url.as_ref(), read.source_url.as_ref()),
            (None, None)
        );
        assert_eq!(
            read.to_value(),
            json!({
                "type": "CC BY-SA",
                "author_name": "Anna Puig",
                "copyright_notice_url": "https://creativecommons.org/licenses/by-sa/4.0/"
            })
        );
        assert_eq!(Licence::from_value(&read.to_value()), Some(read.clone()));
        assert_eq!(Licence::from_value(&json!({"type": 1})), None);
        assert_eq!(Licence::from_value(&json!("CC0")), None);
        let long = Licence::from_value(&json!({"author_name": "x".repeat(1000)}))
            .expect("cut, not dropped");
        assert_eq!(
            long.author_name.map(|name| name.chars().count()),
            Some(MAX_LICENCE_CHARS)
        );
        // Kept with the record, and a record with a licence too long is refused.
        let mut media = photo(&[("en", "eat")], &[]);
        media.licence = Some(read);
        let stored = serde_json::to_string(&media).expect("serialises");
        assert_eq!(
            serde_json::from_str::<Media>(&stored).ok(),
            Some(media.clone())
        );
        assert_eq!(media.validate(), Ok(()));
        media.licence = Some(Licence {
            author_name: Some("x".repeat(MAX_LICENCE_CHARS + 1)),
            ..Licence::default()
        });
        assert_eq!(media.validate(), Err(MediaProblem::NameTooLong));
        // Records from before have none.
        let old = json!({"id": "m-1", "kind": "photo", "data_url": "data:image/png;base64,AAAA"});
        assert_eq!(
            serde_json::from_value::<Media>(old).expect("reads").licence,
            None
        );
    }

    #[test]
    fn media_records_give_back_their_pictogram() {
        let media = |id: &str, kind| Media {
            id: id.into(),
            kind,
            data_url: String::new(),
            names: BTreeMap::new(),
            spoken: BTreeMap::new(),
            attribution: None,
            licence: None,
            created_ms: 0,
        };
        for picto in [PictoRef::Arasaac(2462), PictoRef::Photo("m-0a1b".into())] {
            let kind = if matches!(picto, PictoRef::Photo(_)) {
                MediaKind::Photo
            } else {
                MediaKind::Arasaac
            };
            let id = picto.media_id().expect("has media");
            assert_eq!(PictoRef::of_media(&media(&id, kind)), Some(picto));
        }
        assert_eq!(PictoRef::of_media(&media("m-1", MediaKind::Voice)), None);
        assert_eq!(
            PictoRef::of_media(&media("arasaac-x", MediaKind::Arasaac)),
            None
        );
        assert_eq!(
            PictoRef::of_media(&media("arasaac-007", MediaKind::Arasaac)),
            None
        );
    }

    #[test]
    fn references_round_trip_and_refuse_garbage() {
        for text in [
            "om:1F34E",
            "om:1F468-200D-1F373",
            "photo:m-0a1b",
            "arasaac:2462",
        ] {
            let parsed = PictoRef::parse(text).expect(text);
            assert_eq!(parsed.to_string(), text);
        }
        for bad in [
            "",
            "om:",
            "om:1f34e",
            "om:<svg>",
            "photo:../x",
            "photo:",
            "arasaac:-1",
            "arasaac:012",
            "arasaac:99999999999",
            "http://x",
            "1F34E",
        ] {
            assert_eq!(PictoRef::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn records_load_leniently() {
        let record = json!({
            "recent": ["om:1F34E", "nonsense", "om:1F34E", 7],
            "favourites": "not a list",
            "board": ["om:1F68C", "photo:m-1"],
            "voices": {"om:1F68C": "m-2", "bad": "m-3", "om:1F34E": "../x"}
        });
        let (pictos, dropped) = ProfilePictos::from_record(&record);
        assert_eq!(pictos.recent, vec![PictoRef::Symbol("1F34E".into())]);
        assert!(pictos.favourites.is_empty());
        assert_eq!(pictos.board.len(), 2);
        assert_eq!(pictos.voice(&PictoRef::Symbol("1F68C".into())), Some("m-2"));
        assert_eq!(dropped, 5);
        let (empty, dropped) = ProfilePictos::from_record(&json!(null));
        assert_eq!((empty, dropped), (ProfilePictos::default(), 0));
    }

    #[test]
    fn stored_form_loads_back() {
        let mut pictos = ProfilePictos::default();
        let apple = PictoRef::Symbol("1F34E".into());
        pictos.add_to_board(&[apple.clone(), PictoRef::Arasaac(2462)]);
        pictos.note_recent(&apple);
        pictos.toggle_favourite(&apple);
        pictos.voices.insert(apple.to_string(), "m-9".into());
        let record = serde_json::to_value(&pictos).expect("serialises");
        assert_eq!(ProfilePictos::from_record(&record), (pictos, 0));
    }

    #[test]
    fn recent_favourites_and_board_behave() {
        let mut pictos = ProfilePictos::default();
        let refs: Vec<PictoRef> = (0..30)
            .map(|i| PictoRef::Symbol(format!("1F{i:03}")))
            .collect();
        for r in &refs {
            pictos.note_recent(r);
        }
        assert_eq!(pictos.recent.len(), MAX_RECENT);
        assert_eq!(pictos.recent[0], refs[29]);
        pictos.note_recent(&refs[20]);
        assert_eq!(pictos.recent[0], refs[20]);
        assert_eq!(pictos.recent.len(), MAX_RECENT);

        assert!(pictos.toggle_favourite(&refs[0]));
        assert!(!pictos.toggle_favourite(&refs[0]));
        assert!(pictos.favourites.is_empty());

        assert_eq!(pictos.add_to_board(&refs[..3]), 3);
        assert_eq!(pictos.add_to_board(&refs[..4]), 1);
        pictos.move_on_board(&refs[0], 1);
        assert_eq!(pictos.board[..2], [refs[1].clone(), refs[0].clone()]);
        pictos.move_on_board(&refs[1], -1);
        assert_eq!(pictos.board[0], refs[1]);
        pictos.remove_from_board(&refs[1]);
        assert_eq!(pictos.board.len(), 3);
    }

    #[test]
    fn media_is_checked() {
        let photo = Media {
            id: "m-1".into(),
            kind: MediaKind::Photo,
            data_url: "data:image/jpeg;base64,AAAA".into(),
            names: BTreeMap::from([("ca".into(), "La meva tassa".into())]),
            spoken: BTreeMap::new(),
            attribution: None,
            licence: None,
            created_ms: 1,
        };
        assert_eq!(photo.validate(), Ok(()));
        assert_eq!(photo.name("en"), "La meva tassa");
        // A photo of own money is checked like a photo but is no pictogram.
        let money = Media {
            kind: MediaKind::Money,
            ..photo.clone()
        };
        assert_eq!(money.validate(), Ok(()));
        assert_eq!(PictoRef::of_media(&money), None);
        let svg = Media {
            data_url: "data:image/svg+xml;base64,PHN2Zz4=".into(),
            ..photo.clone()
        };
        assert_eq!(svg.validate(), Err(MediaProblem::WrongType));
        let huge = Media {
            data_url: format!("data:image/png;base64,{}", "A".repeat(MAX_PHOTO_DATA_BYTES)),
            ..photo.clone()
        };
        assert_eq!(huge.validate(), Err(MediaProblem::TooLarge));
        let voice_as_photo = Media {
            kind: MediaKind::Voice,
            ..photo.clone()
        };
        assert_eq!(voice_as_photo.validate(), Err(MediaProblem::WrongType));
        let voice = Media {
            kind: MediaKind::Voice,
            data_url: "data:audio/webm;codecs=opus;base64,AAAA".into(),
            ..photo.clone()
        };
        assert_eq!(voice.validate(), Ok(()));
        let bad_id = Media {
            id: "M 1".into(),
            ..photo
        };
        assert_eq!(bad_id.validate(), Err(MediaProblem::BadId));
    }
}
