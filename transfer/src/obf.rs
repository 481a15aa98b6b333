//! Communication boards in the Open Board Format (`open-board-0.1`): a single board as
//! JSON (`.obf`), or a set of boards with their pictures and sounds as a zip (`.obz`, with
//! a `manifest.json`). Other AAC apps (Cboard, CoughDrop, AsTeRICS Grid…) read and write
//! them.
//!
//! [`read_obf`], [`read_obz`] and [`read`] accept what real files do (ids as numbers,
//! hidden buttons, pictures inline as `data:` URLs, as files inside the zip or as web
//! addresses only, colours as `rgb()`, `rgba()` or `#hex`, no grid, grids that name
//! buttons that are not there or are padded with empty rows) and refuse, with an
//! [`ObfError`], what cannot be trusted: not a board, a newer format, damaged, too large,
//! too many buttons, paths that point outside the zip. What had to be changed or left out
//! is counted in a [`Report`] for the preview. A picture or sound is kept only when its
//! bytes are JPEG, PNG or WebP (a sound: what [`sniff::audio_type`] knows); an SVG, HTML
//! or anything else is left out and counted. Nothing is fetched from the web: the device
//! stays offline.
//!
//! The model ([`Board`], [`Button`], [`Image`], [`Sound`]) keeps what Pictokit uses as
//! typed fields and everything else, as it came, in `ext` maps, so that [`write_obf`] and
//! [`write_obz`] give it back where it was. A board that was read, written and read again
//! is the same board.

use crate::sniff;
use crate::zipped::{is_safe_name, Limits, Zip, ZipProblem};
use pictokit_domain::picto::{Licence, Media, MediaKind, MAX_MEDIA_NAME_CHARS, MAX_SPOKEN_CHARS};
/// The JSON types of the `ext` fields, so that a caller needs no `serde_json` of its own.
pub use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{Cursor, Write};
use zip::write::SimpleFileOptions;
use zip::CompressionMethod;

/// The `format` that [`write_obf`] and [`write_obz`] write.
pub const FORMAT: &str = "open-board-0.1";
/// What every readable `format` starts with; after it, a major version 0.
pub const FORMAT_PREFIX: &str = "open-board-";
/// The manifest's name inside an `.obz`.
pub const MANIFEST: &str = "manifest.json";
/// How large an `.obz` may be: 64 MB packed, 2,000 entries, 256 MB unpacked in all.
pub const LIMITS: Limits = Limits {
    file_bytes: 64 * 1024 * 1024,
    entries: 2000,
    total_bytes: 256 * 1024 * 1024,
};
/// The largest board JSON: an `.obf` file, the manifest or a board inside an `.obz`.
pub const MAX_BOARD_BYTES: usize = 8 * 1024 * 1024;
/// The largest picture; a larger one is left out and counted.
pub const MAX_IMAGE_BYTES: usize = 1024 * 1024;
/// The largest sound; a larger one is left out and counted.
pub const MAX_SOUND_BYTES: usize = 2 * 1024 * 1024;
/// The most bytes of pictures and sounds that reading one file may hold, counting a file
/// again each time another board uses it.
pub const MAX_MEDIA_BYTES: usize = 256 * 1024 * 1024;
/// The most boards in an `.obz`.
pub const MAX_BOARDS: usize = 200;
/// The most buttons kept on a board; the rest (those not in the grid first) are left out
/// and counted.
pub const MAX_BUTTONS: usize = 400;
/// The longest list of buttons, pictures or sounds that a board may have at all.
pub const MAX_ITEMS: usize = 4000;
/// The most rows of a grid.
pub const MAX_ROWS: u16 = 20;
/// The most columns of a grid.
pub const MAX_COLUMNS: u16 = 20;
/// The longest label, spoken text or board name, in characters; longer ones are cut and
/// counted.
pub const MAX_LABEL_CHARS: usize = 200;
/// The longest id, in characters; a button, picture or sound with a longer one is left
/// out, a board with a longer one is refused.
pub const MAX_ID_CHARS: usize = 200;

/// One communication board.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Board {
    /// Its id (numbers are read as text).
    pub id: String,
    /// Its name (may be empty).
    pub name: String,
    /// Its language, as the file says it (`"en"`, `"ca-ES"`).
    pub locale: Option<String>,
    /// Rows of the grid, at most [`MAX_ROWS`].
    pub rows: u16,
    /// Columns of the grid, at most [`MAX_COLUMNS`].
    pub columns: u16,
    /// The grid, `rows` lists of `columns` cells: the id of a button of this board, or
    /// `None` for an empty cell.
    pub order: Vec<Vec<Option<String>>>,
    /// The buttons, in the file's order; some may not be in the grid.
    pub buttons: Vec<Button>,
    /// The pictures the buttons name.
    pub images: Vec<Image>,
    /// The sounds the buttons name.
    pub sounds: Vec<Sound>,
    /// Fields of `grid` other than `rows`, `columns` and `order`, as they came.
    pub grid_ext: Map<String, Value>,
    /// Every other top-level field, as it came: `ext_…` extensions, `license`,
    /// `description_html`, `url`, `data_url`, `background` and any other. Not here:
    /// `format` (always written as [`FORMAT`]), and the fields above.
    pub ext: Map<String, Value>,
}

/// One button of a board.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Button {
    /// Its id, unique on its board.
    pub id: String,
    /// What it shows (may be empty).
    pub label: String,
    /// What it says, when it is not its label.
    pub vocalization: Option<String>,
    /// The id of its picture among the board's images.
    pub image_id: Option<String>,
    /// The id of its sound among the board's sounds.
    pub sound_id: Option<String>,
    /// Its background.
    pub background_color: Option<Colour>,
    /// Its border.
    pub border_color: Option<Colour>,
    /// Hidden from the person (a facilitator sees it).
    pub hidden: bool,
    /// Every other field, as it came: `load_board` (a link to another board), `action`,
    /// `actions`, `top`/`left`/`width`/`height`, `ext_…` extensions and any other.
    pub ext: Map<String, Value>,
}

/// A colour with its opacity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Colour {
    /// Red, 0 to 255.
    pub r: u8,
    /// Green, 0 to 255.
    pub g: u8,
    /// Blue, 0 to 255.
    pub b: u8,
    /// Opacity, 0 (transparent) to 255 (opaque).
    pub a: u8,
}

/// One picture of a board.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Image {
    /// Its id, unique among the board's images.
    pub id: String,
    /// Its type: what its bytes are when it has them, otherwise what the file declared.
    pub media_type: Option<String>,
    /// Its bytes, only when they are JPEG, PNG or WebP ([`sniff::image_type`]) and at most
    /// [`MAX_IMAGE_BYTES`].
    pub bytes: Option<Vec<u8>>,
    /// Its web address, kept but never fetched.
    pub url: Option<String>,
    /// Its width in pixels.
    pub width: Option<u32>,
    /// Its height in pixels.
    pub height: Option<u32>,
    /// Every other field, as it came: `symbol`, `license`, `data_url`, `ext_…` and any
    /// other. Not kept: `data` and `path` (the bytes are in `bytes`).
    pub ext: Map<String, Value>,
}

/// One sound of a board.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sound {
    /// Its id, unique among the board's sounds.
    pub id: String,
    /// Its type: what its bytes are when it has them, otherwise what the file declared.
    pub media_type: Option<String>,
    /// Its bytes, only when they are a sound [`sniff::audio_type`] knows and at most
    /// [`MAX_SOUND_BYTES`].
    pub bytes: Option<Vec<u8>>,
    /// Its web address, kept but never fetched.
    pub url: Option<String>,
    /// Every other field, as it came: `duration`, `license`, `ext_…` and any other. Not
    /// kept: `data` and `path`.
    pub ext: Map<String, Value>,
}

/// What happened to the pictures (or the sounds) of a file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MediaCounts {
    /// Bytes left out: not a kind Pictokit shows (SVG, HTML, damaged…) or too large. The
    /// picture stays, without them, only when it also has a web address.
    pub refused: usize,
    /// Only a web address: kept without bytes, not fetched.
    pub by_url: usize,
    /// Named a file that is not there, or had no source at all: left out.
    pub missing: usize,
}

/// What reading a file changed or left out, for the preview. Nothing here stops the
/// import.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Buttons hidden from the person (kept hidden).
    pub hidden_buttons: usize,
    /// Buttons left out over [`MAX_BUTTONS`] on a board.
    pub buttons_dropped: usize,
    /// Labels, spoken texts and board names cut to [`MAX_LABEL_CHARS`].
    pub labels_cut: usize,
    /// Colours that could not be read (the button keeps the default).
    pub bad_colours: usize,
    /// Grid cells that named no button of the board (left empty).
    pub unknown_grid_ids: usize,
    /// Grid cells with a button outside the rows and columns the grid declares.
    pub cells_outside_grid: usize,
    /// Buttons, pictures and sounds left out because their id was missing, empty, too
    /// long or repeated.
    pub bad_ids: usize,
    /// Fields of the wrong type (a label that is a list, a grid that is text…), ignored.
    pub fields_ignored: usize,
    /// Boards of an `.obz` left out because another one had the same id.
    pub boards_dropped: usize,
    /// A board without `format` that was read because its buttons have words (files of
    /// some real tools lack the field).
    pub no_format: usize,
    /// The pictures.
    pub images: MediaCounts,
    /// The sounds.
    pub sounds: MediaCounts,
}

impl Report {
    /// Everything counted, to say "N things to look at".
    pub fn total(&self) -> usize {
        self.hidden_buttons
            + self.buttons_dropped
            + self.labels_cut
            + self.bad_colours
            + self.unknown_grid_ids
            + self.cells_outside_grid
            + self.bad_ids
            + self.fields_ignored
            + self.boards_dropped
            + self.no_format
            + self.images.refused
            + self.images.by_url
            + self.images.missing
            + self.sounds.refused
            + self.sounds.by_url
            + self.sounds.missing
    }
}

/// Why a file cannot be imported. Nothing is stored when reading fails.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ObfError {
    /// Not a communication board: not JSON, not an object, another `format`, a zip
    /// without `manifest.json`.
    NotBoard,
    /// A board, but damaged: a zip cut off or with a wrong checksum, a board that is not
    /// JSON, without an id, without a list of buttons, a file the manifest names that is
    /// not there.
    Damaged,
    /// A zip that is encrypted or packed with a method Pictokit does not read.
    Unsupported,
    /// A newer version of the format (its `format`).
    Newer(String),
    /// Larger than the limits allow (the file, a board, a zip entry, everything unpacked).
    TooBig,
    /// Too many entries, boards, buttons, rows or columns.
    TooMany,
    /// The `.obz` has no root board, or it is not there.
    NoRoot,
    /// A path that points outside the zip.
    UnsafePath(String),
}

impl ObfError {
    /// The Fluent message id that explains it.
    pub fn message_id(&self) -> &'static str {
        match self {
            ObfError::NotBoard => "obf-error-not-board",
            ObfError::Damaged => "obf-error-damaged",
            ObfError::Unsupported => "obf-error-unsupported",
            ObfError::Newer(_) => "obf-error-newer",
            ObfError::TooBig => "obf-error-too-big",
            ObfError::TooMany => "obf-error-too-many",
            ObfError::NoRoot => "obf-error-no-root",
            ObfError::UnsafePath(_) => "obf-error-unsafe-path",
        }
    }
}

impl From<ZipProblem> for ObfError {
    fn from(problem: ZipProblem) -> Self {
        match problem {
            ZipProblem::NotZip => ObfError::NotBoard,
            ZipProblem::Damaged | ZipProblem::Missing(_) => ObfError::Damaged,
            ZipProblem::Unsupported => ObfError::Unsupported,
            ZipProblem::TooLarge | ZipProblem::EntryTooLarge(_) | ZipProblem::TotalTooLarge => {
                ObfError::TooBig
            }
            ZipProblem::TooMany => ObfError::TooMany,
            ZipProblem::UnsafeName(name) => ObfError::UnsafePath(name),
        }
    }
}

impl Colour {
    /// An opaque colour.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Colour {
        Colour { r, g, b, a: 255 }
    }

    /// Reads `rgb(1, 2, 3)`, `rgba(1, 2, 3, 0.5)` (also with percentages, or spaces and
    /// `/` instead of commas), `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa`. Values out of
    /// range are clamped; anything else is `None`.
    pub fn parse(text: &str) -> Option<Colour> {
        let text = text.trim();
        if text.len() > 100 {
            return None;
        }
        if let Some(hex) = text.strip_prefix('#') {
            return Colour::hex(hex);
        }
        let lower = text.to_ascii_lowercase();
        let (function, rest) = lower.split_once('(')?;
        if !matches!(function.trim(), "rgb" | "rgba") {
            return None;
        }
        let inner = rest.trim_end().strip_suffix(')')?;
        let (channels, alpha) = match inner.split_once('/') {
            Some((channels, alpha)) => (channels, Some(alpha.trim())),
            None => (inner, None),
        };
        let parts: Vec<&str> = channels
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|part| !part.is_empty())
            .collect();
        let (r, g, b, alpha) = match (parts.as_slice(), alpha) {
            ([r, g, b], alpha) => (r, g, b, alpha),
            ([r, g, b, alpha], None) => (r, g, b, Some(*alpha)),
            _ => return None,
        };
        Some(Colour {
            r: channel(r, 255.0)?,
            g: channel(g, 255.0)?,
            b: channel(b, 255.0)?,
            a: match alpha {
                Some(alpha) => channel(alpha, 1.0)?,
                None => 255,
            },
        })
    }

    fn hex(digits: &str) -> Option<Colour> {
        if !digits.bytes().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let nibble = |i: usize| u8::from_str_radix(digits.get(i..=i)?, 16).ok();
        let pair = |i: usize| u8::from_str_radix(digits.get(i..i + 2)?, 16).ok();
        match digits.len() {
            3 | 4 => Some(Colour {
                r: nibble(0)? * 17,
                g: nibble(1)? * 17,
                b: nibble(2)? * 17,
                a: if digits.len() == 4 {
                    nibble(3)? * 17
                } else {
                    255
                },
            }),
            6 | 8 => Some(Colour {
                r: pair(0)?,
                g: pair(2)?,
                b: pair(4)?,
                a: if digits.len() == 8 { pair(6)? } else { 255 },
            }),
            _ => None,
        }
    }

    /// As CSS: `rgb(r, g, b)` when opaque, otherwise `rgba(r, g, b, a)` with `a` from 0
    /// to 1 (three decimals, enough to read back the same colour).
    pub fn to_css(&self) -> String {
        let Colour { r, g, b, a } = *self;
        if a == 255 {
            return format!("rgb({r}, {g}, {b})");
        }
        let alpha = format!("{:.3}", f64::from(a) / 255.0);
        let alpha = alpha.trim_end_matches('0').trim_end_matches('.');
        format!("rgba({r}, {g}, {b}, {alpha})")
    }
}

/// A channel (`full` 255) or an opacity (`full` 1), as a number or a percentage, clamped
/// and scaled to `0..=255`; `None` when it is not a number.
fn channel(text: &str, full: f64) -> Option<u8> {
    let (number, of) = match text.strip_suffix('%') {
        Some(number) => (number, 100.0),
        None => (text, full),
    };
    let value: f64 = number.trim().parse().ok()?;
    if !value.is_finite() {
        return None;
    }
    Some(((value / of).clamp(0.0, 1.0) * 255.0).round() as u8)
}

/// Which list a picture or sound is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Kind {
    Image,
    Sound,
}

impl Kind {
    fn limit(self) -> usize {
        match self {
            Kind::Image => MAX_IMAGE_BYTES,
            Kind::Sound => MAX_SOUND_BYTES,
        }
    }

    fn sniff(self, bytes: &[u8]) -> Option<&'static str> {
        match self {
            Kind::Image => sniff::image_type(bytes),
            Kind::Sound => sniff::audio_type(bytes),
        }
    }

    fn single(self) -> &'static str {
        match self {
            Kind::Image => "image",
            Kind::Sound => "sound",
        }
    }

    fn counts(self, report: &mut Report) -> &mut MediaCounts {
        match self {
            Kind::Image => &mut report.images,
            Kind::Sound => &mut report.sounds,
        }
    }
}

/// A picture or sound file looked up inside the zip.
#[derive(Clone)]
enum Fetched {
    Found(&'static str, Vec<u8>),
    Refused,
    Missing,
}

/// Where the files that boards name come from: the `.obz` (none for an `.obf`), with its
/// manifest's paths, what was already looked up, and how much is held.
struct Source<'a> {
    zip: Option<Zip<'a>>,
    paths: HashMap<(Kind, String), String>,
    fetched: HashMap<(Kind, String), Fetched>,
    held: usize,
}

impl Source<'_> {
    fn alone() -> Source<'static> {
        Source {
            zip: None,
            paths: HashMap::new(),
            fetched: HashMap::new(),
            held: 0,
        }
    }

    /// A board's JSON inside the `.obz`.
    fn board(&mut self, path: &str) -> Result<Vec<u8>, ObfError> {
        let Some(zip) = &mut self.zip else {
            return Err(ObfError::Damaged);
        };
        Ok(zip.read(path, MAX_BOARD_BYTES)?)
    }

    /// A picture or sound inside the `.obz`; in an `.obf` alone, every file is missing.
    fn fetch(&mut self, kind: Kind, path: &str) -> Result<Fetched, ObfError> {
        let Some(zip) = &mut self.zip else {
            return Ok(Fetched::Missing);
        };
        let path = plain_path(path)?;
        let key = (kind, path.to_owned());
        if let Some(found) = self.fetched.get(&key) {
            return Ok(found.clone());
        }
        let found = match zip.read(path, kind.limit()) {
            Ok(bytes) => match kind.sniff(&bytes) {
                Some(media_type) => Fetched::Found(media_type, bytes),
                None => Fetched::Refused,
            },
            Err(ZipProblem::EntryTooLarge(_)) => Fetched::Refused,
            Err(ZipProblem::Missing(_)) => Fetched::Missing,
            Err(problem) => return Err(problem.into()),
        };
        self.fetched.insert(key, found.clone());
        Ok(found)
    }

    fn hold(&mut self, bytes: usize) -> Result<(), ObfError> {
        self.held = self.held.saturating_add(bytes);
        if self.held > MAX_MEDIA_BYTES {
            return Err(ObfError::TooBig);
        }
        Ok(())
    }
}

/// A path inside the zip without a leading `./`, if it stays inside.
fn plain_path(path: &str) -> Result<&str, ObfError> {
    let mut plain = path;
    while let Some(rest) = plain.strip_prefix("./") {
        plain = rest;
    }
    if is_safe_name(plain) {
        Ok(plain)
    } else {
        Err(ObfError::UnsafePath(path.to_owned()))
    }
}

/// An id: text (trimmed) or a number, not empty and at most [`MAX_ID_CHARS`].
fn id_of(value: &Value) -> Option<String> {
    let id = match value {
        Value::String(text) => text.trim().to_owned(),
        Value::Number(number) => number.to_string(),
        _ => return None,
    };
    (!id.is_empty() && id.chars().count() <= MAX_ID_CHARS).then_some(id)
}

/// An optional id field: `None` when absent or null, counted when of another type.
fn optional_id(value: Option<Value>, report: &mut Report) -> Option<String> {
    match value {
        None | Some(Value::Null) => None,
        Some(value) => {
            let id = id_of(&value);
            if id.is_none() {
                report.fields_ignored += 1;
            }
            id
        }
    }
}

/// A text field (a number is read as text), cut to [`MAX_LABEL_CHARS`].
fn text_of(value: Option<Value>, report: &mut Report) -> Option<String> {
    let text = match value {
        None | Some(Value::Null) => return None,
        Some(Value::String(text)) => text,
        Some(Value::Number(number)) => number.to_string(),
        Some(_) => {
            report.fields_ignored += 1;
            return None;
        }
    };
    if text.chars().count() > MAX_LABEL_CHARS {
        report.labels_cut += 1;
        return Some(text.chars().take(MAX_LABEL_CHARS).collect());
    }
    Some(text)
}

/// A colour field; one that cannot be read is counted.
fn colour_of(value: Option<Value>, report: &mut Report) -> Option<Colour> {
    match value {
        None | Some(Value::Null) => None,
        Some(value) => {
            let colour = value.as_str().and_then(Colour::parse);
            if colour.is_none() {
                report.bad_colours += 1;
            }
            colour
        }
    }
}

/// A count or size: a non-negative whole number, also written as `4.0` or `"4"`.
fn whole(value: &Value) -> Option<u64> {
    match value {
        Value::Number(number) => number.as_u64().or_else(|| {
            number
                .as_f64()
                .filter(|f| f.fract() == 0.0 && *f >= 0.0 && *f <= u32::MAX as f64)
                .map(|f| f as u64)
        }),
        Value::String(text) => text.trim().parse().ok(),
        _ => None,
    }
}

/// An optional count or size; one of the wrong type is counted.
fn whole_of(value: Option<Value>, report: &mut Report) -> Option<u64> {
    match value {
        None | Some(Value::Null) => None,
        Some(value) => {
            let number = whole(&value);
            if number.is_none() {
                report.fields_ignored += 1;
            }
            number
        }
    }
}

/// A list field: absent or null is empty, another type is counted and empty, a list
/// longer than [`MAX_ITEMS`] is refused.
fn list_of(value: Option<Value>, report: &mut Report) -> Result<Vec<Value>, ObfError> {
    match value {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) if items.len() > MAX_ITEMS => Err(ObfError::TooMany),
        Some(Value::Array(items)) => Ok(items),
        Some(_) => {
            report.fields_ignored += 1;
            Ok(Vec::new())
        }
    }
}

/// Whether `buttons` is a list with at least one button that has a word: what makes a
/// file without `format` a board.
fn has_words(buttons: Option<&Value>) -> bool {
    buttons.and_then(Value::as_array).is_some_and(|buttons| {
        buttons.iter().any(|button| {
            button
                .get("label")
                .and_then(Value::as_str)
                .is_some_and(|label| !label.trim().is_empty())
        })
    })
}

/// Checks `format`: `open-board-` and a major version 0.
fn check_format(value: Option<&Value>) -> Result<(), ObfError> {
    let format = value.and_then(Value::as_str).ok_or(ObfError::NotBoard)?;
    let version = format
        .trim()
        .strip_prefix(FORMAT_PREFIX)
        .ok_or(ObfError::NotBoard)?;
    let major: u64 = version
        .split('.')
        .next()
        .and_then(|major| major.trim().parse().ok())
        .ok_or(ObfError::NotBoard)?;
    if major > 0 {
        return Err(ObfError::Newer(format.to_owned()));
    }
    Ok(())
}

/// JSON from bytes, after a UTF-8 byte order mark if there is one.
fn json(bytes: &[u8]) -> Option<Value> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    serde_json::from_slice(bytes).ok()
}

fn button_of(item: Value, report: &mut Report) -> Option<Button> {
    let Value::Object(mut map) = item else {
        return None;
    };
    let id = map.remove("id").as_ref().and_then(id_of)?;
    let label = text_of(map.remove("label"), report).unwrap_or_default();
    let vocalization = text_of(map.remove("vocalization"), report);
    let image_id = optional_id(map.remove("image_id"), report);
    let sound_id = optional_id(map.remove("sound_id"), report);
    let background_color = colour_of(map.remove("background_color"), report);
    let border_color = colour_of(map.remove("border_color"), report);
    let hidden = match map.remove("hidden") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(hidden)) => hidden,
        Some(_) => {
            report.fields_ignored += 1;
            false
        }
    };
    Some(Button {
        id,
        label,
        vocalization,
        image_id,
        sound_id,
        background_color,
        border_color,
        hidden,
        ext: map,
    })
}

/// What a picture or a sound has in common.
struct Found {
    id: String,
    media_type: Option<String>,
    bytes: Option<Vec<u8>>,
    url: Option<String>,
    ext: Map<String, Value>,
}

/// The bytes of a `data:` URL if they are of this kind and not too large.
fn from_data_url(data: &str, kind: Kind) -> Option<(&'static str, Vec<u8>)> {
    // Base64 is 4 characters for 3 bytes; the header is short.
    if data.len() > kind.limit() / 3 * 4 + 256 {
        return None;
    }
    let (_, bytes) = sniff::data_url_bytes(data)?;
    if bytes.len() > kind.limit() {
        return None;
    }
    Some((kind.sniff(&bytes)?, bytes))
}

/// A picture or sound; `None` when it is left out (counted).
fn media_of(
    item: Value,
    kind: Kind,
    source: &mut Source,
    report: &mut Report,
) -> Result<Option<Found>, ObfError> {
    let Value::Object(mut map) = item else {
        report.bad_ids += 1;
        return Ok(None);
    };
    let Some(id) = map.remove("id").as_ref().and_then(id_of) else {
        report.bad_ids += 1;
        return Ok(None);
    };
    let data = map.remove("data");
    let path = map.remove("path");
    let url = match map.remove("url") {
        None | Some(Value::Null) => None,
        Some(Value::String(url)) => Some(url).filter(|url| !url.trim().is_empty()),
        Some(_) => {
            report.fields_ignored += 1;
            None
        }
    };
    let declared = match map.remove("content_type") {
        None | Some(Value::Null) => None,
        Some(Value::String(declared)) => Some(declared),
        Some(_) => {
            report.fields_ignored += 1;
            None
        }
    };

    let mut found = None;
    let mut refused = false;
    let mut missing = false;
    match data {
        None | Some(Value::Null) => {}
        Some(Value::String(data)) => match from_data_url(&data, kind) {
            Some(bytes) => found = Some(bytes),
            None => refused = true,
        },
        Some(_) => refused = true,
    }
    if found.is_none() {
        // Its own path, or else the manifest's path for its id (when it has no data).
        let path = match path {
            Some(Value::String(path)) => Some(path),
            None | Some(Value::Null) if !refused => source.paths.get(&(kind, id.clone())).cloned(),
            None | Some(Value::Null) => None,
            Some(_) => {
                report.fields_ignored += 1;
                None
            }
        };
        if let Some(path) = path {
            match source.fetch(kind, &path)? {
                Fetched::Found(media_type, bytes) => found = Some((media_type, bytes)),
                Fetched::Refused => refused = true,
                Fetched::Missing => missing = true,
            }
        }
    }

    let counts = kind.counts(report);
    if refused && found.is_none() {
        counts.refused += 1;
    }
    if missing && found.is_none() && !refused {
        counts.missing += 1;
    }
    let (media_type, bytes) = match found {
        Some((media_type, bytes)) => {
            source.hold(bytes.len())?;
            (Some(media_type.to_owned()), Some(bytes))
        }
        None => (declared, None),
    };
    if bytes.is_none() {
        if url.is_some() {
            counts.by_url += 1;
        } else if !map.contains_key("symbol") {
            // Nothing to show: left out.
            if !refused && !missing {
                counts.missing += 1;
            }
            return Ok(None);
        }
    }
    Ok(Some(Found {
        id,
        media_type,
        bytes,
        url,
        ext: map,
    }))
}

fn images_of(
    items: Vec<Value>,
    source: &mut Source,
    report: &mut Report,
) -> Result<Vec<Image>, ObfError> {
    let mut images: Vec<Image> = Vec::new();
    let mut seen = HashSet::new();
    for item in items {
        let Some(mut media) = media_of(item, Kind::Image, source, report)? else {
            continue;
        };
        if !seen.insert(media.id.clone()) {
            report.bad_ids += 1;
            continue;
        }
        let mut size = |key: &str| {
            let size = u32::try_from(whole_of(media.ext.remove(key), report)?).ok();
            if size.is_none() {
                report.fields_ignored += 1;
            }
            size
        };
        let width = size("width");
        let height = size("height");
        images.push(Image {
            id: media.id,
            media_type: media.media_type,
            bytes: media.bytes,
            url: media.url,
            width,
            height,
            ext: media.ext,
        });
    }
    Ok(images)
}

fn sounds_of(
    items: Vec<Value>,
    source: &mut Source,
    report: &mut Report,
) -> Result<Vec<Sound>, ObfError> {
    let mut sounds = Vec::new();
    let mut seen = HashSet::new();
    for item in items {
        let Some(media) = media_of(item, Kind::Sound, source, report)? else {
            continue;
        };
        if !seen.insert(media.id.clone()) {
            report.bad_ids += 1;
            continue;
        }
        sounds.push(Sound {
            id: media.id,
            media_type: media.media_type,
            bytes: media.bytes,
            url: media.url,
            ext: media.ext,
        });
    }
    Ok(sounds)
}

/// A grid as the file gives it, checked against the board's buttons.
struct Grid {
    rows: u16,
    columns: u16,
    order: Vec<Vec<Option<String>>>,
}

/// Where a board's buttons go.
enum Placement {
    /// In the grid the file gives.
    Given(Grid),
    /// Laid out in order (no grid, no order, or an order that places none of them), with
    /// the columns the file asks for.
    Auto(Option<u64>),
}

/// The grid of a board, and the grid's other fields.
fn grid_of(
    grid: Option<Value>,
    known: &HashSet<&str>,
    report: &mut Report,
) -> Result<(Placement, Map<String, Value>), ObfError> {
    let mut map = match grid {
        None | Some(Value::Null) => return Ok((Placement::Auto(None), Map::new())),
        Some(Value::Object(map)) => map,
        Some(_) => {
            report.fields_ignored += 1;
            return Ok((Placement::Auto(None), Map::new()));
        }
    };
    let rows = whole_of(map.remove("rows"), report);
    let columns = whole_of(map.remove("columns"), report);
    let order = match map.remove("order") {
        Some(Value::Array(order)) if !order.is_empty() => order,
        None | Some(Value::Null) | Some(Value::Array(_)) => {
            return Ok((Placement::Auto(columns), map))
        }
        Some(_) => {
            report.fields_ignored += 1;
            return Ok((Placement::Auto(columns), map));
        }
    };
    let order: Vec<Vec<Value>> = order
        .into_iter()
        .map(|row| match row {
            Value::Array(cells) => cells,
            _ => Vec::new(),
        })
        .collect();
    let rows = rows.filter(|rows| *rows > 0).unwrap_or(order.len() as u64);
    let columns = columns
        .filter(|columns| *columns > 0)
        .unwrap_or(order.iter().map(Vec::len).max().unwrap_or(0) as u64);

    // The cells inside the declared rows and columns, checked; what is outside counted.
    let mut cells: Vec<Vec<Option<String>>> = Vec::new();
    let mut used_rows = 0;
    let mut used_columns = 0;
    for (r, row) in order.iter().enumerate() {
        let mut line = Vec::new();
        for (c, cell) in row.iter().enumerate() {
            let id = match cell {
                Value::Null => None,
                Value::String(text) if text.trim().is_empty() => None,
                cell => Some(id_of(cell).filter(|id| known.contains(id.as_str()))),
            };
            let inside = (r as u64) < rows && (c as u64) < columns;
            match (id, inside) {
                (Some(Some(id)), true) => {
                    used_rows = used_rows.max(r + 1);
                    used_columns = used_columns.max(c + 1);
                    line.push(Some(id));
                }
                (Some(None), true) => {
                    report.unknown_grid_ids += 1;
                    line.push(None);
                }
                (None, true) => line.push(None),
                (Some(Some(_)), false) => report.cells_outside_grid += 1,
                (_, false) => {}
            }
        }
        if (r as u64) < rows {
            cells.push(line);
        }
    }
    if used_rows == 0 {
        return Ok((Placement::Auto(Some(columns)), map));
    }
    // A grid declared larger than allowed is accepted when what is over is empty padding.
    let fit = |declared: u64, used: usize, most: u16| -> Result<u16, ObfError> {
        let size = if declared > u64::from(most) {
            used as u64
        } else {
            declared
        };
        u16::try_from(size)
            .ok()
            .filter(|size| *size <= most)
            .ok_or(ObfError::TooMany)
    };
    let rows = fit(rows, used_rows, MAX_ROWS)?;
    let columns = fit(columns, used_columns, MAX_COLUMNS)?;
    cells.resize(usize::from(rows), Vec::new());
    for line in &mut cells {
        line.resize(usize::from(columns), None);
    }
    Ok((
        Placement::Given(Grid {
            rows,
            columns,
            order: cells,
        }),
        map,
    ))
}

/// The buttons laid out in their order, row by row, `columns` wide when that fits.
fn lay_out(buttons: &[Button], columns: Option<u64>) -> Grid {
    let count = buttons.len();
    if count == 0 {
        return Grid {
            rows: 0,
            columns: 0,
            order: Vec::new(),
        };
    }
    let square = (1..=usize::from(MAX_COLUMNS))
        .find(|side| side * side >= count)
        .unwrap_or(usize::from(MAX_COLUMNS));
    let mut width = columns
        .and_then(|columns| usize::try_from(columns).ok())
        .filter(|columns| (1..=usize::from(MAX_COLUMNS)).contains(columns))
        .unwrap_or(square);
    if count.div_ceil(width) > usize::from(MAX_ROWS) {
        width = square;
    }
    let order: Vec<Vec<Option<String>>> = buttons
        .chunks(width)
        .map(|chunk| {
            let mut line: Vec<Option<String>> =
                chunk.iter().map(|button| Some(button.id.clone())).collect();
            line.resize(width, None);
            line
        })
        .collect();
    Grid {
        rows: u16::try_from(order.len()).unwrap_or(MAX_ROWS),
        columns: u16::try_from(width).unwrap_or(MAX_COLUMNS),
        order,
    }
}

/// A board from its JSON, with the pictures and sounds it names.
fn board_of(value: Value, source: &mut Source, report: &mut Report) -> Result<Board, ObfError> {
    let Value::Object(mut map) = value else {
        return Err(ObfError::NotBoard);
    };
    match map.get("format") {
        // Some tools leave `format` out; a list of buttons with words is still a board.
        None if has_words(map.get("buttons")) => report.no_format += 1,
        format => check_format(format)?,
    }
    map.remove("format");
    let id = map
        .remove("id")
        .as_ref()
        .and_then(id_of)
        .ok_or(ObfError::Damaged)?;
    let items = match map.remove("buttons") {
        Some(Value::Array(items)) if items.len() > MAX_ITEMS => return Err(ObfError::TooMany),
        Some(Value::Array(items)) => items,
        _ => return Err(ObfError::Damaged),
    };
    let image_items = list_of(map.remove("images"), report)?;
    let sound_items = list_of(map.remove("sounds"), report)?;
    let name = text_of(map.remove("name"), report).unwrap_or_default();
    let locale = match map.remove("locale") {
        None | Some(Value::Null) => None,
        Some(Value::String(locale)) => Some(locale),
        Some(_) => {
            report.fields_ignored += 1;
            None
        }
    };

    let mut buttons: Vec<Button> = Vec::new();
    let mut seen = HashSet::new();
    for item in items {
        match button_of(item, report) {
            Some(button) if seen.insert(button.id.clone()) => buttons.push(button),
            _ => report.bad_ids += 1,
        }
    }
    let known: HashSet<&str> = buttons.iter().map(|button| button.id.as_str()).collect();
    let (grid, grid_ext) = grid_of(map.remove("grid"), &known, report)?;

    // Over the limit, the buttons in the grid stay first, then the others in order.
    if buttons.len() > MAX_BUTTONS {
        let placed: HashSet<String> = match &grid {
            Placement::Given(grid) => grid.order.iter().flatten().flatten().cloned().collect(),
            Placement::Auto(_) => HashSet::new(),
        };
        let mut room = MAX_BUTTONS.saturating_sub(
            buttons
                .iter()
                .filter(|button| placed.contains(&button.id))
                .count(),
        );
        let before = buttons.len();
        buttons.retain(|button| {
            if placed.contains(&button.id) {
                return true;
            }
            let keep = room > 0;
            room = room.saturating_sub(1);
            keep
        });
        report.buttons_dropped += before - buttons.len();
    }
    report.hidden_buttons += buttons.iter().filter(|button| button.hidden).count();
    let grid = match grid {
        Placement::Given(grid) => grid,
        Placement::Auto(columns) => lay_out(&buttons, columns),
    };

    let images = images_of(image_items, source, report)?;
    let sounds = sounds_of(sound_items, source, report)?;
    Ok(Board {
        id,
        name,
        locale,
        rows: grid.rows,
        columns: grid.columns,
        order: grid.order,
        buttons,
        images,
        sounds,
        grid_ext,
        ext: map,
    })
}

/// Reads one board (`.obf`). Pictures named by a `path` are missing here (there is no
/// zip around it) and counted.
pub fn read_obf(bytes: &[u8]) -> Result<(Board, Report), ObfError> {
    if bytes.len() > MAX_BOARD_BYTES {
        return Err(ObfError::TooBig);
    }
    let value = json(bytes).ok_or(ObfError::NotBoard)?;
    let mut report = Report::default();
    let board = board_of(value, &mut Source::alone(), &mut report)?;
    Ok((board, report))
}

/// A string-to-path map of the manifest's `paths`, every path checked.
fn manifest_paths(paths: Option<&Value>, key: &str) -> Result<Vec<(String, String)>, ObfError> {
    match paths.and_then(|paths| paths.get(key)) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Object(map)) => map
            .iter()
            .map(|(id, path)| {
                let path = path.as_str().ok_or(ObfError::Damaged)?;
                Ok((id.clone(), plain_path(path)?.to_owned()))
            })
            .collect(),
        Some(_) => Err(ObfError::Damaged),
    }
}

/// Reads a set of boards (`.obz`): the boards, the index of the root board among them
/// (the root is read first, so it is always 0; the others follow by id), and what was
/// changed. Every board in the manifest's `paths.boards` and every `.obf` entry is read.
pub fn read_obz(bytes: &[u8]) -> Result<(Vec<Board>, usize, Report), ObfError> {
    let mut zip = Zip::open(bytes, LIMITS)?;
    if !zip.has(MANIFEST) {
        return Err(ObfError::NotBoard);
    }
    let manifest = json(&zip.read(MANIFEST, MAX_BOARD_BYTES)?).ok_or(ObfError::Damaged)?;
    if !manifest.is_object() {
        return Err(ObfError::Damaged);
    }
    if manifest.get("format").is_some() {
        check_format(manifest.get("format"))?;
    }
    let root = manifest
        .get("root")
        .and_then(Value::as_str)
        .ok_or(ObfError::NoRoot)?;
    let root = plain_path(root)?.to_owned();
    if !zip.has(&root) {
        return Err(ObfError::NoRoot);
    }
    let paths = manifest.get("paths");
    let board_paths = manifest_paths(paths, "boards")?;
    let mut media_paths = HashMap::new();
    for (kind, key) in [(Kind::Image, "images"), (Kind::Sound, "sounds")] {
        for (id, path) in manifest_paths(paths, key)? {
            media_paths.entry((kind, id)).or_insert(path);
        }
    }

    let mut files = vec![root];
    let others = board_paths.into_iter().map(|(_, path)| path).chain(
        zip.names()
            .into_iter()
            .filter(|name| name.to_ascii_lowercase().ends_with(".obf")),
    );
    for path in others {
        if !files.contains(&path) {
            if files.len() >= MAX_BOARDS {
                return Err(ObfError::TooMany);
            }
            files.push(path);
        }
    }

    let mut source = Source {
        zip: Some(zip),
        paths: media_paths,
        fetched: HashMap::new(),
        held: 0,
    };
    let mut report = Report::default();
    let mut boards: Vec<Board> = Vec::new();
    let mut ids = HashSet::new();
    for file in files {
        let value = json(&source.board(&file)?).ok_or(ObfError::Damaged)?;
        let board = board_of(value, &mut source, &mut report)?;
        if ids.insert(board.id.clone()) {
            boards.push(board);
        } else {
            report.boards_dropped += 1;
        }
    }
    if let Some(others) = boards.get_mut(1..) {
        others.sort_by(|a, b| a.id.cmp(&b.id));
    }
    Ok((boards, 0, report))
}

/// Reads an `.obz` (a zip: the bytes start with `PK`) or an `.obf` (anything else), as
/// [`read_obz`] does; an `.obf` gives one board, its root.
pub fn read(bytes: &[u8]) -> Result<(Vec<Board>, usize, Report), ObfError> {
    if bytes.starts_with(b"PK") {
        read_obz(bytes)
    } else {
        read_obf(bytes).map(|(board, report)| (vec![board], 0, report))
    }
}

/// Where a picture's or sound's bytes are written: inline, or a file in the zip.
enum Place {
    Data(String),
    Path(String),
}

/// `ext` without the keys that the model writes itself.
fn ext_without(ext: &Map<String, Value>, modelled: &[&str]) -> Map<String, Value> {
    ext.iter()
        .filter(|(key, _)| !modelled.contains(&key.as_str()))
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect()
}

fn put(map: &mut Map<String, Value>, key: &str, value: Option<impl Into<Value>>) {
    if let Some(value) = value {
        map.insert(key.to_owned(), value.into());
    }
}

/// What is written of a picture or a sound.
struct Parts<'a> {
    kind: Kind,
    id: &'a str,
    media_type: Option<&'a str>,
    bytes: Option<&'a [u8]>,
    url: Option<&'a str>,
    sizes: [Option<u32>; 2],
    ext: &'a Map<String, Value>,
}

impl<'a> From<&'a Image> for Parts<'a> {
    fn from(image: &'a Image) -> Self {
        Parts {
            kind: Kind::Image,
            id: &image.id,
            media_type: image.media_type.as_deref(),
            bytes: image.bytes.as_deref(),
            url: image.url.as_deref(),
            sizes: [image.width, image.height],
            ext: &image.ext,
        }
    }
}

impl<'a> From<&'a Sound> for Parts<'a> {
    fn from(sound: &'a Sound) -> Self {
        Parts {
            kind: Kind::Sound,
            id: &sound.id,
            media_type: sound.media_type.as_deref(),
            bytes: sound.bytes.as_deref(),
            url: sound.url.as_deref(),
            sizes: [None, None],
            ext: &sound.ext,
        }
    }
}

/// The JSON of a picture or sound, `None` when it has nothing to show.
fn media_value(
    parts: Parts,
    place: &mut impl FnMut(Kind, &str, &str, &[u8]) -> Place,
) -> Option<Value> {
    let mut map = ext_without(
        parts.ext,
        &[
            "id",
            "data",
            "path",
            "url",
            "content_type",
            "width",
            "height",
        ],
    );
    map.insert("id".to_owned(), Value::from(parts.id));
    let checked = parts
        .bytes
        .and_then(|bytes| Some((parts.kind.sniff(bytes)?, bytes)));
    match checked {
        Some((media_type, bytes)) => {
            match place(parts.kind, parts.id, media_type, bytes) {
                Place::Data(data) => map.insert("data".to_owned(), Value::from(data)),
                Place::Path(path) => map.insert("path".to_owned(), Value::from(path)),
            };
            map.insert("content_type".to_owned(), Value::from(media_type));
        }
        None if parts.url.is_none() && !map.contains_key("symbol") => return None,
        None => put(&mut map, "content_type", parts.media_type),
    }
    put(&mut map, "url", parts.url);
    put(&mut map, "width", parts.sizes[0]);
    put(&mut map, "height", parts.sizes[1]);
    Some(Value::Object(map))
}

/// A button's `load_board` as an `.obz` writes it, `boards` being the boards in the zip
/// (id → path): a link to one of them points at its path there; a link to a board the zip
/// does not hold loses its `path` and is dropped (`None`) unless it still has a web
/// address (`url`, `data_url`) to open. Anything but an object is written as it is.
fn link_in_zip(link: &Value, boards: &HashMap<String, String>) -> Option<Value> {
    let Value::Object(map) = link else {
        return Some(link.clone());
    };
    let mut map = map.clone();
    let by_id = map.get("id").and_then(id_of);
    let by_path = map
        .get("path")
        .and_then(Value::as_str)
        .and_then(|path| plain_path(path).ok())
        .and_then(|path| boards.iter().find(|(_, there)| there.as_str() == path))
        .map(|(id, _)| id.clone());
    let target = by_id.filter(|id| boards.contains_key(id)).or(by_path);
    match target.and_then(|id| boards.get(&id)) {
        Some(path) => {
            map.insert("path".to_owned(), Value::from(path.as_str()));
            Some(Value::Object(map))
        }
        None => {
            map.remove("path");
            let on_the_web = ["url", "data_url"].iter().any(|key| {
                map.get(*key)
                    .and_then(Value::as_str)
                    .is_some_and(|a| !a.trim().is_empty())
            });
            on_the_web.then_some(Value::Object(map))
        }
    }
}

/// The JSON of a board, its pictures and sounds placed by `place`; in an `.obz`, `boards`
/// (id → path in the zip) decides what its links to other boards become ([`link_in_zip`]).
fn board_value(
    board: &Board,
    boards: Option<&HashMap<String, String>>,
    mut place: impl FnMut(Kind, &str, &str, &[u8]) -> Place,
) -> Value {
    let mut map = ext_without(
        &board.ext,
        &[
            "format", "id", "name", "locale", "buttons", "grid", "images", "sounds",
        ],
    );
    map.insert("format".to_owned(), Value::from(FORMAT));
    map.insert("id".to_owned(), Value::from(board.id.as_str()));
    map.insert("name".to_owned(), Value::from(board.name.as_str()));
    put(&mut map, "locale", board.locale.clone());
    let buttons: Vec<Value> = board
        .buttons
        .iter()
        .map(|button| {
            let mut item = ext_without(
                &button.ext,
                &[
                    "id",
                    "label",
                    "vocalization",
                    "image_id",
                    "sound_id",
                    "background_color",
                    "border_color",
                    "hidden",
                ],
            );
            if let Some(boards) = boards {
                if let Some(link) = item.remove("load_board") {
                    if let Some(link) = link_in_zip(&link, boards) {
                        item.insert("load_board".to_owned(), link);
                    }
                }
            }
            item.insert("id".to_owned(), Value::from(button.id.as_str()));
            item.insert("label".to_owned(), Value::from(button.label.as_str()));
            put(&mut item, "vocalization", button.vocalization.clone());
            put(&mut item, "image_id", button.image_id.clone());
            put(&mut item, "sound_id", button.sound_id.clone());
            put(
                &mut item,
                "background_color",
                button.background_color.map(|c| c.to_css()),
            );
            put(
                &mut item,
                "border_color",
                button.border_color.map(|c| c.to_css()),
            );
            if button.hidden {
                item.insert("hidden".to_owned(), Value::Bool(true));
            }
            Value::Object(item)
        })
        .collect();
    map.insert("buttons".to_owned(), Value::Array(buttons));
    let mut grid = ext_without(&board.grid_ext, &["rows", "columns", "order"]);
    grid.insert("rows".to_owned(), Value::from(board.rows));
    grid.insert("columns".to_owned(), Value::from(board.columns));
    let order: Vec<Value> = board
        .order
        .iter()
        .map(|row| {
            Value::Array(
                row.iter()
                    .map(|cell| cell.as_deref().map_or(Value::Null, Value::from))
                    .collect(),
            )
        })
        .collect();
    grid.insert("order".to_owned(), Value::Array(order));
    map.insert("grid".to_owned(), Value::Object(grid));
    let images: Vec<Value> = board
        .images
        .iter()
        .filter_map(|image| media_value(image.into(), &mut place))
        .collect();
    map.insert("images".to_owned(), Value::Array(images));
    let sounds: Vec<Value> = board
        .sounds
        .iter()
        .filter_map(|sound| media_value(sound.into(), &mut place))
        .collect();
    map.insert("sounds".to_owned(), Value::Array(sounds));
    Value::Object(map)
}

fn json_bytes(value: &Value) -> Vec<u8> {
    serde_json::to_vec_pretty(value).unwrap_or_default()
}

/// Writes one board as an `.obf`: pretty JSON with every field the format requires,
/// pictures and sounds inline as `data:` URLs, and every `ext` field back where it came
/// from. A picture or sound with neither bytes, a web address nor a `symbol` is left out
/// (there is nothing to show). Fields of `ext` that the model writes itself are ignored.
///
/// A board with many large pictures can be larger than [`MAX_BOARD_BYTES`] this way:
/// write it with [`write_obz`] instead.
pub fn write_obf(board: &Board) -> Vec<u8> {
    let value = board_value(board, None, |_, _, media_type, bytes| {
        Place::Data(sniff::data_url(media_type, bytes))
    });
    json_bytes(&value)
}

/// A file name made of an id when it is plain (letters, digits, `-`, `_`), or of a
/// numbered stand-in, not yet in `taken`.
fn file_name(
    folder: &str,
    id: &str,
    fallback: &str,
    extension: &str,
    taken: &impl Fn(&str) -> bool,
) -> String {
    let plain = !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_');
    let stem = if plain { id } else { fallback };
    let mut name = format!("{folder}/{stem}.{extension}");
    let mut n = 2;
    while taken(&name) {
        name = format!("{folder}/{stem}-{n}.{extension}");
        n += 1;
    }
    name
}

/// Writes a set of boards as an `.obz`: `manifest.json` (format, root, paths), each
/// board as `boards/<id>.obf`, each picture as `images/<id>.<ext>` and each sound as
/// `sounds/<id>.<ext>`, named by `path` from the boards; the same bytes are stored once.
/// `root` is the index of the board to open first (0 when out of range); with no boards,
/// the file holds one empty board. A link to another board (`load_board` in a button's
/// `ext`) points at that board's path in the zip when the zip holds it; a link to a board
/// it does not hold is dropped (or keeps only its web address), so every `path` an `.obz`
/// links to is in it.
pub fn write_obz(boards: &[Board], root: usize) -> Vec<u8> {
    let empty = [Board {
        id: "1".to_owned(),
        ..Board::default()
    }];
    let boards = if boards.is_empty() {
        &empty[..]
    } else {
        boards
    };
    let root = if root < boards.len() { root } else { 0 };

    // (name, bytes, compressed)
    let mut files: Vec<(String, Vec<u8>, bool)> = Vec::new();
    let mut stored: BTreeMap<Vec<u8>, String> = BTreeMap::new();
    let mut taken: HashSet<String> = HashSet::new();
    let mut image_paths = Map::new();
    let mut sound_paths = Map::new();
    let mut board_paths = Map::new();
    let mut root_path = String::new();
    let mut board_files = Vec::new();
    // Every board's file first (boards are in their own folder), so links know them.
    let mut names = Vec::new();
    let mut linkable: HashMap<String, String> = HashMap::new();
    for (index, board) in boards.iter().enumerate() {
        let name = file_name(
            "boards",
            &board.id,
            &format!("board-{}", index + 1),
            "obf",
            &|name| taken.contains(name),
        );
        taken.insert(name.clone());
        linkable
            .entry(board.id.clone())
            .or_insert_with(|| name.clone());
        names.push(name);
    }
    for ((index, board), name) in boards.iter().enumerate().zip(names) {
        let value = board_value(board, Some(&linkable), |kind, id, media_type, bytes| {
            let (folder, paths) = match kind {
                Kind::Image => ("images", &mut image_paths),
                Kind::Sound => ("sounds", &mut sound_paths),
            };
            let path = match stored.get(bytes) {
                Some(path) => path.clone(),
                None => {
                    let fallback = format!("{}-{}", kind.single(), files.len() + 1);
                    let name = file_name(
                        folder,
                        id,
                        &fallback,
                        sniff::extension(media_type),
                        &|name| taken.contains(name),
                    );
                    taken.insert(name.clone());
                    stored.insert(bytes.to_vec(), name.clone());
                    files.push((name.clone(), bytes.to_vec(), false));
                    name
                }
            };
            paths
                .entry(id.to_owned())
                .or_insert_with(|| Value::from(path.as_str()));
            Place::Path(path)
        });
        if index == root {
            root_path = name.clone();
        }
        board_paths
            .entry(board.id.clone())
            .or_insert_with(|| Value::from(name.as_str()));
        board_files.push((name, json_bytes(&value), true));
    }
    let mut paths = Map::new();
    paths.insert("boards".to_owned(), Value::Object(board_paths));
    paths.insert("images".to_owned(), Value::Object(image_paths));
    paths.insert("sounds".to_owned(), Value::Object(sound_paths));
    let mut manifest = Map::new();
    manifest.insert("format".to_owned(), Value::from(FORMAT));
    manifest.insert("root".to_owned(), Value::from(root_path));
    manifest.insert("paths".to_owned(), Value::Object(paths));

    let mut all = vec![(
        MANIFEST.to_owned(),
        json_bytes(&Value::Object(manifest)),
        true,
    )];
    all.extend(board_files);
    all.extend(files);
    zip_of(all).unwrap_or_default()
}

fn zip_of(files: Vec<(String, Vec<u8>, bool)>) -> zip::result::ZipResult<Vec<u8>> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let deflated = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    for (name, bytes, compress) in files {
        writer.start_file(name, if compress { deflated } else { stored })?;
        writer.write_all(&bytes)?;
    }
    Ok(writer.finish()?.into_inner())
}

/// A board of labelled pictures (a person's own pictogram board, to use in another app):
/// buttons `1`, `2`… in the order given, laid out `columns` wide (1 to [`MAX_COLUMNS`];
/// wider when they would need more than [`MAX_ROWS`] rows), each with its picture
/// `image-1`, `image-2`…. The bytes decide a picture's type (the one given is only what
/// the caller believes): one that is not JPEG, PNG or WebP, or larger than
/// [`MAX_IMAGE_BYTES`], is left out and its button keeps its label. Labels are cut to
/// [`MAX_LABEL_CHARS`]; items after the first [`MAX_BUTTONS`] are left out.
pub fn from_pictures<L, T, B>(
    id: &str,
    name: &str,
    items: &[(L, Option<(T, B)>)],
    columns: u16,
) -> Board
where
    L: AsRef<str>,
    T: AsRef<str>,
    B: AsRef<[u8]>,
{
    let cut = |text: &str| text.chars().take(MAX_LABEL_CHARS).collect::<String>();
    let mut buttons = Vec::new();
    let mut images = Vec::new();
    for (index, (label, picture)) in items.iter().take(MAX_BUTTONS).enumerate() {
        let number = index + 1;
        let picture = picture.as_ref().and_then(|(_declared, bytes)| {
            let bytes = bytes.as_ref();
            let media_type = sniff::image_type(bytes)?;
            (bytes.len() <= MAX_IMAGE_BYTES).then(|| (media_type, bytes.to_vec()))
        });
        let image_id = picture.map(|(media_type, bytes)| {
            let image_id = format!("image-{number}");
            images.push(Image {
                id: image_id.clone(),
                media_type: Some(media_type.to_owned()),
                bytes: Some(bytes),
                ..Image::default()
            });
            image_id
        });
        buttons.push(Button {
            id: number.to_string(),
            label: cut(label.as_ref()),
            image_id,
            ..Button::default()
        });
    }
    let grid = lay_out(&buttons, Some(u64::from(columns)));
    Board {
        id: id.to_owned(),
        name: cut(name),
        locale: None,
        rows: grid.rows,
        columns: grid.columns,
        order: grid.order,
        buttons,
        images,
        sounds: Vec::new(),
        grid_ext: Map::new(),
        ext: Map::new(),
    }
}

/// The language a board's words are in: its `locale`'s language (`en` for `en-US` or
/// `en_GB`), or `fallback` (the profile's) when it has none that can be read.
pub fn words_language(board: &Board, fallback: &str) -> String {
    board
        .locale
        .as_deref()
        .and_then(|locale| locale.trim().split(['-', '_']).next())
        .filter(|primary| (2..=3).contains(&primary.len()))
        .filter(|primary| primary.bytes().all(|c| c.is_ascii_alphabetic()))
        .map(str::to_ascii_lowercase)
        .unwrap_or_else(|| fallback.to_owned())
}

/// The board's `strings` table for a language (`{"es": {"eat": "comer"}}`, its keys
/// matched by language as [`words_language`] reads them): original word → translation.
fn strings_for<'a>(board: &'a Board, lang: &str) -> Option<&'a Map<String, Value>> {
    let Some(Value::Object(tables)) = board.ext.get("strings") else {
        return None;
    };
    tables.iter().find_map(|(locale, table)| {
        let primary = locale.trim().split(['-', '_']).next()?;
        if !primary.eq_ignore_ascii_case(lang) {
            return None;
        }
        table.as_object()
    })
}

/// One visible button of a board, ready to become one of a person's pictures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedButton {
    /// The button's id on its board.
    pub id: String,
    /// The word to write on its card: in the profile's language when the board's
    /// `strings` has it, else as the board says it.
    pub label: String,
    /// Its names per language: the board's label in the board's language, and its
    /// translation in the profile's language when the board's `strings` has one; each
    /// cut to [`MAX_MEDIA_NAME_CHARS`].
    pub names: BTreeMap<String, String>,
    /// What it says per language, when that differs from its name (its vocalization),
    /// cut to [`MAX_SPOKEN_CHARS`].
    pub spoken: BTreeMap<String, String>,
    /// Its own picture, when the file carries one Pictokit shows: its type and bytes.
    pub picture: Option<(&'static str, Vec<u8>)>,
    /// The picture's licence and author, as the board gives them.
    pub licence: Option<Licence>,
    /// Its sound, as a voice recording of the picture: checked as an own recording is
    /// ([`Media::validate`]: a sound, not too large), with the sound's licence.
    pub recording: Option<Media>,
}

/// What adding a board's visible buttons brings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    /// The language of the board's words ([`words_language`]).
    pub language: String,
    /// The visible buttons, in the grid's order.
    pub buttons: Vec<ImportedButton>,
    /// Sounds of buttons left out because they are not what an own recording may be
    /// (too large once kept).
    pub sounds_refused: usize,
}

/// Whether a button only does something in the app that made the board: clear the message
/// bar, go home, delete a letter (`:clear`, `:home`, `:backspace` …) or spell (`+less`),
/// per its `action` or `actions`. It means nothing as a picture of its own.
pub fn is_action(button: &Button) -> bool {
    let special = |value: &Value| {
        value
            .as_str()
            .is_some_and(|action| action.starts_with([':', '+']))
    };
    button.ext.get("action").is_some_and(special)
        || button
            .ext
            .get("actions")
            .and_then(Value::as_array)
            .is_some_and(|actions| !actions.is_empty() && actions.iter().all(special))
}

/// The buttons that become pictures: the visible ones, without those that are only an
/// action of the other app ([`is_action`]) unless `with_actions`.
pub fn buttons_to_add(board: &Board, with_actions: bool) -> Vec<&Button> {
    visible_buttons(board)
        .into_iter()
        .filter(|button| with_actions || !is_action(button))
        .collect()
}

/// The buttons a person would see on a board, in the grid's order (row by row).
pub fn visible_buttons(board: &Board) -> Vec<&Button> {
    board
        .order
        .iter()
        .flatten()
        .flatten()
        .filter_map(|id| board.buttons.iter().find(|button| &button.id == id))
        .filter(|button| !button.hidden)
        .collect()
}

/// The buttons of `board` to add ([`buttons_to_add`]) made ready for a profile in `lang` (a language tag):
/// their words in the language the board's `locale` says (else `lang`), with the
/// translations its `strings` table has for `lang`; their pictures and the pictures'
/// licences; their sounds as voice recordings (ids from `new_id`, made at `created_ms`).
pub fn import(
    board: &Board,
    lang: &str,
    with_actions: bool,
    new_id: &mut impl FnMut() -> String,
    created_ms: u64,
) -> Imported {
    let language = words_language(board, lang);
    // A label may be a key of the board's `strings` rather than a word (":time"), so even
    // the board's own language is looked up there first.
    let own = strings_for(board, &language);
    let translations = (language != lang)
        .then(|| strings_for(board, lang))
        .flatten();
    let look_up = |table: Option<&Map<String, Value>>, text: &str| {
        table
            .and_then(|table| table.get(text))
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|words| !words.is_empty())
            .map(str::to_owned)
    };
    let translate = |text: &str| look_up(translations, text);
    let in_own_words = |text: &str| look_up(own, text).unwrap_or_else(|| text.to_owned());
    let cut = |text: &str, most: usize| text.trim().chars().take(most).collect::<String>();
    let mut imported = Imported {
        language: language.clone(),
        ..Imported::default()
    };
    for button in buttons_to_add(board, with_actions) {
        let mut names = BTreeMap::new();
        let mut spoken = BTreeMap::new();
        let key = button.label.trim();
        let label = in_own_words(key);
        let label = label.as_str();
        let vocalization = button
            .vocalization
            .as_deref()
            .map(str::trim)
            .filter(|words| !words.is_empty() && *words != key);
        if !label.is_empty() {
            names.insert(language.clone(), cut(label, MAX_MEDIA_NAME_CHARS));
        }
        if let Some(words) = vocalization {
            spoken.insert(
                language.clone(),
                cut(&in_own_words(words), MAX_SPOKEN_CHARS),
            );
        }
        let translated = translate(key);
        if let Some(words) = &translated {
            names.insert(lang.to_owned(), cut(words, MAX_MEDIA_NAME_CHARS));
        }
        if let Some(words) = vocalization.and_then(translate) {
            spoken.insert(lang.to_owned(), cut(&words, MAX_SPOKEN_CHARS));
        }
        let image = button
            .image_id
            .as_deref()
            .and_then(|id| board.images.iter().find(|image| image.id == id));
        let picture = image.and_then(|image| {
            let bytes = image.bytes.as_deref()?;
            Some((sniff::image_type(bytes)?, bytes.to_vec()))
        });
        let licence = image
            .and_then(|image| image.ext.get("license"))
            .and_then(Licence::from_value);
        let sound = button
            .sound_id
            .as_deref()
            .and_then(|id| board.sounds.iter().find(|sound| sound.id == id));
        let recording = sound.and_then(|sound| {
            let bytes = sound.bytes.as_deref()?;
            let media_type = sniff::audio_type(bytes)?;
            let media = Media {
                id: new_id(),
                kind: MediaKind::Voice,
                data_url: sniff::data_url(media_type, bytes),
                names: BTreeMap::new(),
                spoken: BTreeMap::new(),
                attribution: None,
                licence: sound.ext.get("license").and_then(Licence::from_value),
                created_ms,
            };
            if media.validate().is_err() {
                imported.sounds_refused += 1;
                return None;
            }
            Some(media)
        });
        imported.buttons.push(ImportedButton {
            id: button.id.clone(),
            label: translated.unwrap_or_else(|| label.to_owned()),
            names,
            spoken,
            picture,
            licence,
            recording,
        });
    }
    imported
}

/// What a picture of a person carries onto its button besides its word and picture, when
/// the pictures are saved as a board: the picture's licence, and a recording of it (as
/// the button's sound) with its licence.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extras {
    /// The picture's licence and author.
    pub licence: Option<Licence>,
    /// The recording's bytes (a sound [`sniff::audio_type`] knows, at most
    /// [`MAX_SOUND_BYTES`]; anything else is left out).
    pub sound: Option<Vec<u8>>,
    /// The recording's licence and author.
    pub sound_licence: Option<Licence>,
}

/// Puts `extras` on the buttons of a board made by [`from_pictures`], in the same order:
/// each picture's `license`, and each recording as sound `sound-1`, `sound-2`… named by
/// its button's `sound_id`, with its `license`.
pub fn add_extras(board: &mut Board, extras: &[Extras]) {
    for (index, (button, extras)) in board.buttons.iter_mut().zip(extras).enumerate() {
        if let Some(licence) = &extras.licence {
            let image = button
                .image_id
                .as_deref()
                .and_then(|id| board.images.iter_mut().find(|image| image.id == id));
            if let Some(image) = image {
                image.ext.insert("license".to_owned(), licence.to_value());
            }
        }
        let sound = extras.sound.as_deref().and_then(|bytes| {
            let media_type = sniff::audio_type(bytes)?;
            (bytes.len() <= MAX_SOUND_BYTES).then_some((media_type, bytes))
        });
        if let Some((media_type, bytes)) = sound {
            let id = format!("sound-{}", index + 1);
            let mut ext = Map::new();
            if let Some(licence) = &extras.sound_licence {
                ext.insert("license".to_owned(), licence.to_value());
            }
            board.sounds.push(Sound {
                id: id.clone(),
                media_type: Some(media_type.to_owned()),
                bytes: Some(bytes.to_vec()),
                url: None,
                ext,
            });
            button.sound_id = Some(id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_opacity_reads_back_the_same() {
        for a in 0..=255u8 {
            let colour = Colour {
                r: 1,
                g: 2,
                b: 3,
                a,
            };
            assert_eq!(Colour::parse(&colour.to_css()), Some(colour), "{a}");
        }
    }

    #[test]
    fn a_layout_fits_the_limits() {
        for count in 0..=MAX_BUTTONS {
            let buttons: Vec<Button> = (0..count)
                .map(|i| Button {
                    id: i.to_string(),
                    ..Button::default()
                })
                .collect();
            for columns in [None, Some(0), Some(1), Some(3), Some(20), Some(99)] {
                let grid = lay_out(&buttons, columns);
                assert!(grid.rows <= MAX_ROWS && grid.columns <= MAX_COLUMNS);
                assert_eq!(grid.order.len(), usize::from(grid.rows));
                let placed = grid.order.iter().flatten().flatten().count();
                assert_eq!(placed, count, "{count} {columns:?}");
            }
        }
    }
}
