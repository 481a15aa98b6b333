//! A profile as one file: a zip with a versioned manifest (`docs/bundle/FORMAT.md`).
//!
//! [`write`] packs a profile with everything it uses: its settings, pictograms, shopping
//! and schedule records, and every photo, recording and downloaded pictogram that they
//! name (found by [`media_used`]). Quality-of-life assessments are *not* in it: they are
//! health data and travel only encrypted.
//!
//! [`read`] refuses anything it cannot fully trust, before anything is stored: a file
//! that is not a zip, damaged, too large, with too many entries or unsafe names
//! ([`crate::zipped`]), without a Pictokit manifest, from a newer Pictokit, with a profile
//! that cannot be read, or with a picture or sound that is not what Pictokit shows
//! (checked by its bytes, [`crate::sniff`]). Records are then loaded leniently, as stored
//! records are: what had to be repaired is counted for the preview.

use crate::sniff;
use crate::zipped::{Limits, Zip, ZipProblem};
use pictokit_domain::picto::{
    is_media_id, Media, MediaKind, MediaProblem, PictoRef, ProfilePictos, MAX_VOICE_DATA_BYTES,
    PICTOS_SCHEMA,
};
use pictokit_domain::profile::{Avatar, Profile};
use pictokit_domain::schedule::{Schedule, SCHEDULE_SCHEMA};
use pictokit_domain::schema::{self, LoadProblem, SCHEMA_KEY};
use pictokit_domain::shopping::{Shopping, SHOPPING_SCHEMA};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{Cursor, Write};
use zip::write::SimpleFileOptions;
use zip::CompressionMethod;

/// The manifest's `format`.
pub const FORMAT: &str = "pictokit-profile";
/// The newest manifest version this build writes and reads.
pub const VERSION: u64 = 1;
/// The manifest's name inside the zip.
pub const MANIFEST: &str = "manifest.json";
/// How large a bundle and its contents may be.
pub const LIMITS: Limits = Limits {
    file_bytes: 64 * 1024 * 1024,
    entries: 2000,
    total_bytes: 256 * 1024 * 1024,
};
/// The largest record (JSON) inside a bundle.
pub const MAX_RECORD_BYTES: usize = 8 * 1024 * 1024;

/// The table of contents of a bundle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// Always [`FORMAT`].
    pub format: String,
    /// The manifest's version; a reader refuses a newer one.
    pub version: u64,
    /// When the file was made, in milliseconds since the Unix epoch.
    #[serde(default)]
    pub created_ms: u64,
    /// What made it ("Pictokit 0.1.0").
    #[serde(default)]
    pub app: String,
    /// Whose profile it is.
    pub profile: ManifestProfile,
    /// Where each record is inside the zip.
    pub records: Records,
    /// Every photo, recording and downloaded pictogram, each in its own file.
    #[serde(default)]
    pub media: Vec<MediaEntry>,
}

/// Whose profile a bundle holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestProfile {
    /// The profile's id.
    pub id: String,
    /// The person's name.
    pub name: String,
}

/// Where the records are: names of JSON files inside the zip.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Records {
    /// The profile's settings (required).
    pub profile: String,
    /// The profile's own pictograms, favourites and voice map.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pictograms: Option<String>,
    /// Shopping lists, catalogue and wallet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shopping: Option<String>,
    /// The schedule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<String>,
}

/// One photo, recording or downloaded pictogram.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MediaEntry {
    /// Its media id.
    pub id: String,
    /// What it is.
    pub kind: MediaKind,
    /// Its file inside the zip.
    pub file: String,
    /// The type it was stored with (informative: the reader looks at the bytes).
    #[serde(rename = "type")]
    pub media_type: String,
    /// Its names per language.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub names: BTreeMap<String, String>,
    /// What is said for it per language, when not its name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub spoken: BTreeMap<String, String>,
    /// Who made it and under which licence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
    /// Its licence and author, as a board from another app gave them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<pictokit_domain::picto::Licence>,
    /// When it was made.
    #[serde(default)]
    pub created_ms: u64,
}

/// Why a bundle cannot be imported. Nothing is stored when reading fails.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BundleError {
    /// Not a zip file.
    NotZip,
    /// A zip, but damaged or cut off.
    Damaged,
    /// Encrypted, or packed with a method Pictokit does not read.
    Unsupported,
    /// The file is larger than [`LIMITS`] allows.
    TooLarge,
    /// More entries than [`LIMITS`] allows.
    TooMany,
    /// An entry's name points outside the file.
    UnsafeName(String),
    /// An entry unpacks to more than allowed (a zip bomb, or a huge picture).
    EntryTooLarge(String),
    /// A zip, but not a Pictokit profile (no manifest, another format).
    NotPictokit,
    /// Made by a newer Pictokit.
    Newer(u64),
    /// The manifest cannot be read (wrong types, missing fields).
    BadManifest,
    /// A file the manifest names is not there.
    Missing(String),
    /// The profile itself cannot be read.
    BadProfile,
    /// A record is not JSON.
    BadRecord(String),
    /// A picture or sound is not a kind Pictokit shows, or its id is not valid.
    BadMedia(String),
    /// Could not be written (only when exporting).
    CannotWrite,
}

impl BundleError {
    /// The Fluent message id that explains it.
    pub fn message_id(&self) -> &'static str {
        match self {
            BundleError::NotZip => "bundle-error-not-zip",
            BundleError::Damaged => "bundle-error-damaged",
            BundleError::Unsupported => "bundle-error-unsupported",
            BundleError::TooLarge | BundleError::TooMany => "bundle-error-too-large",
            BundleError::UnsafeName(_) => "bundle-error-unsafe-name",
            BundleError::EntryTooLarge(_) => "bundle-error-entry-too-large",
            BundleError::NotPictokit => "bundle-error-not-pictokit",
            BundleError::Newer(_) => "bundle-error-newer",
            BundleError::BadManifest | BundleError::Missing(_) | BundleError::BadRecord(_) => {
                "bundle-error-incomplete"
            }
            BundleError::BadProfile => "bundle-error-profile",
            BundleError::BadMedia(_) => "bundle-error-media",
            BundleError::CannotWrite => "bundle-error-write",
        }
    }
}

impl From<ZipProblem> for BundleError {
    fn from(problem: ZipProblem) -> Self {
        match problem {
            ZipProblem::NotZip => BundleError::NotZip,
            ZipProblem::Damaged => BundleError::Damaged,
            ZipProblem::Unsupported => BundleError::Unsupported,
            ZipProblem::TooLarge => BundleError::TooLarge,
            ZipProblem::TooMany => BundleError::TooMany,
            ZipProblem::UnsafeName(name) => BundleError::UnsafeName(name),
            ZipProblem::EntryTooLarge(name) => BundleError::EntryTooLarge(name),
            ZipProblem::TotalTooLarge => BundleError::TooLarge,
            ZipProblem::Missing(name) => BundleError::Missing(name),
        }
    }
}

/// What goes into a bundle.
pub struct Parts<'a> {
    /// The profile.
    pub profile: &'a Profile,
    /// Its pictograms, if it has any.
    pub pictograms: Option<&'a ProfilePictos>,
    /// Its shopping, if it has any.
    pub shopping: Option<&'a Shopping>,
    /// Its schedule, if it has one.
    pub schedule: Option<&'a Schedule>,
    /// Every media record it uses (see [`media_used`]).
    pub media: Vec<&'a Media>,
}

/// A bundle read and checked, ready for the preview.
#[derive(Clone, Debug, PartialEq)]
pub struct Bundle {
    /// Its manifest.
    pub manifest: Manifest,
    /// The profile.
    pub profile: Profile,
    /// Its pictograms.
    pub pictograms: Option<ProfilePictos>,
    /// Its shopping.
    pub shopping: Option<Shopping>,
    /// Its schedule.
    pub schedule: Option<Schedule>,
    /// Its photos, recordings and downloaded pictograms, each checked.
    pub media: Vec<Media>,
    /// How many fields or entries had to be reset or dropped while loading.
    pub repaired: usize,
}

fn with_schema(mut value: Value, version: u64) -> Value {
    if let Value::Object(map) = &mut value {
        map.insert(SCHEMA_KEY.to_owned(), Value::from(version));
    }
    value
}

fn json_bytes(value: &Value) -> Vec<u8> {
    serde_json::to_vec_pretty(value).unwrap_or_default()
}

/// Packs a profile and what it uses into one zip file.
pub fn write(parts: &Parts, created_ms: u64, app: &str) -> Result<Vec<u8>, BundleError> {
    let mut files: Vec<(String, Vec<u8>, bool)> = vec![(
        "profile.json".to_owned(),
        json_bytes(&schema::store_profile(parts.profile)),
        true,
    )];
    // An optional record as its own file, with its schema number; its name for the manifest.
    let mut record = |file: &str, value: Option<serde_json::Result<Value>>, version: u64| {
        let value = value?.unwrap_or(Value::Null);
        files.push((
            file.to_owned(),
            json_bytes(&with_schema(value, version)),
            true,
        ));
        Some(file.to_owned())
    };
    let records = Records {
        profile: "profile.json".to_owned(),
        pictograms: record(
            "pictograms.json",
            parts.pictograms.map(serde_json::to_value),
            PICTOS_SCHEMA,
        ),
        shopping: record(
            "shopping.json",
            parts.shopping.map(serde_json::to_value),
            SHOPPING_SCHEMA,
        ),
        schedule: record(
            "schedule.json",
            parts.schedule.map(serde_json::to_value),
            SCHEDULE_SCHEMA,
        ),
    };
    let mut media = Vec::new();
    for item in &parts.media {
        let Some((declared, bytes)) = sniff::data_url_bytes(&item.data_url) else {
            continue;
        };
        let media_type = sniff::of_kind(item.kind, &bytes)
            .map(str::to_owned)
            .unwrap_or(declared);
        let file = format!("media/{}.{}", item.id, sniff::extension(&media_type));
        media.push(MediaEntry {
            id: item.id.clone(),
            kind: item.kind,
            file: file.clone(),
            media_type,
            names: item.names.clone(),
            spoken: item.spoken.clone(),
            attribution: item.attribution.clone(),
            licence: item.licence.clone(),
            created_ms: item.created_ms,
        });
        // Pictures and recordings are compressed already.
        files.push((file, bytes, false));
    }
    let manifest = Manifest {
        format: FORMAT.to_owned(),
        version: VERSION,
        created_ms,
        app: app.to_owned(),
        profile: ManifestProfile {
            id: parts.profile.id.clone(),
            name: parts.profile.settings.name.clone(),
        },
        records,
        media,
    };
    let manifest = serde_json::to_value(&manifest).map_err(|_| BundleError::CannotWrite)?;

    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let deflated = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    writer
        .start_file(MANIFEST, deflated)
        .and_then(|()| writer.write_all(&json_bytes(&manifest)).map_err(Into::into))
        .map_err(|_| BundleError::CannotWrite)?;
    for (name, bytes, compress) in files {
        writer
            .start_file(name, if compress { deflated } else { stored })
            .and_then(|()| writer.write_all(&bytes).map_err(Into::into))
            .map_err(|_| BundleError::CannotWrite)?;
    }
    writer
        .finish()
        .map(Cursor::into_inner)
        .map_err(|_| BundleError::CannotWrite)
}

fn read_json(zip: &mut Zip, name: &str) -> Result<Value, BundleError> {
    let bytes = zip.read(name, MAX_RECORD_BYTES)?;
    serde_json::from_slice(&bytes).map_err(|_| BundleError::BadRecord(name.to_owned()))
}

fn newer_than(record: &Value, version: u64) -> Result<(), BundleError> {
    match record.get(SCHEMA_KEY).and_then(Value::as_u64) {
        Some(found) if found > version => Err(BundleError::Newer(found)),
        _ => Ok(()),
    }
}

/// Reads an optional record with its lenient loader, refusing one from a newer Pictokit;
/// adds what the loader dropped to `repaired`.
fn load<T>(
    zip: &mut Zip,
    name: &Option<String>,
    version: u64,
    from_record: impl Fn(&Value) -> (T, usize),
    repaired: &mut usize,
) -> Result<Option<T>, BundleError> {
    let Some(name) = name else {
        return Ok(None);
    };
    let record = read_json(zip, name)?;
    newer_than(&record, version)?;
    let (value, dropped) = from_record(&record);
    *repaired += dropped;
    Ok(Some(value))
}

/// Reads and checks a bundle. Nothing in it is trusted until this returns `Ok`.
pub fn read(bytes: &[u8]) -> Result<Bundle, BundleError> {
    let mut zip = Zip::open(bytes, LIMITS)?;
    if !zip.has(MANIFEST) {
        return Err(BundleError::NotPictokit);
    }
    let manifest = read_json(&mut zip, MANIFEST).map_err(|error| match error {
        BundleError::BadRecord(_) => BundleError::NotPictokit,
        other => other,
    })?;
    if manifest.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(BundleError::NotPictokit);
    }
    match manifest.get("version").and_then(Value::as_u64) {
        Some(version) if version > VERSION => return Err(BundleError::Newer(version)),
        Some(1..) => {}
        _ => return Err(BundleError::BadManifest),
    }
    let manifest: Manifest =
        serde_json::from_value(manifest).map_err(|_| BundleError::BadManifest)?;
    let mut repaired = 0;

    let record = read_json(&mut zip, &manifest.records.profile)?;
    let loaded = schema::load_profile(record);
    let Some(profile) = loaded.value else {
        return Err(match loaded.problems.first() {
            Some(LoadProblem::TooNew { found, .. }) => BundleError::Newer(*found),
            _ => BundleError::BadProfile,
        });
    };
    repaired += loaded.problems.len();
    if !profile.settings.problems().is_empty() {
        return Err(BundleError::BadProfile);
    }
    if let Avatar::Photo(url) = &profile.settings.avatar {
        let is_picture = sniff::data_url_bytes(url)
            .is_some_and(|(_, bytes)| sniff::image_type(&bytes).is_some());
        if !is_picture {
            return Err(BundleError::BadMedia("avatar".to_owned()));
        }
    }

    let pictograms = load(
        &mut zip,
        &manifest.records.pictograms,
        PICTOS_SCHEMA,
        ProfilePictos::from_record,
        &mut repaired,
    )?;
    let shopping = load(
        &mut zip,
        &manifest.records.shopping,
        SHOPPING_SCHEMA,
        Shopping::from_record,
        &mut repaired,
    )?;
    let schedule = load(
        &mut zip,
        &manifest.records.schedule,
        SCHEDULE_SCHEMA,
        Schedule::from_record,
        &mut repaired,
    )?;

    let mut media = Vec::new();
    let mut seen = BTreeSet::new();
    for entry in &manifest.media {
        if !is_media_id(&entry.id) || !seen.insert(entry.id.as_str()) {
            return Err(BundleError::BadMedia(entry.id.clone()));
        }
        let bytes = zip.read(&entry.file, MAX_VOICE_DATA_BYTES)?;
        let media_type = sniff::of_kind(entry.kind, &bytes)
            .ok_or_else(|| BundleError::BadMedia(entry.id.clone()))?;
        let item = Media {
            id: entry.id.clone(),
            kind: entry.kind,
            data_url: sniff::data_url(media_type, &bytes),
            names: entry.names.clone(),
            spoken: entry.spoken.clone(),
            attribution: entry.attribution.clone(),
            licence: entry.licence.clone(),
            created_ms: entry.created_ms,
        };
        match item.validate() {
            Ok(()) => media.push(item),
            Err(MediaProblem::TooLarge) => {
                return Err(BundleError::EntryTooLarge(entry.file.clone()))
            }
            Err(_) => return Err(BundleError::BadMedia(entry.id.clone())),
        }
    }

    Ok(Bundle {
        manifest,
        profile,
        pictograms,
        shopping,
        schedule,
        media,
        repaired,
    })
}

fn collect_strings<'a>(value: &'a Value, out: &mut Vec<&'a str>) {
    match value {
        Value::String(text) => out.push(text),
        Value::Array(items) => items.iter().for_each(|item| collect_strings(item, out)),
        Value::Object(map) => {
            for (key, item) in map {
                out.push(key);
                collect_strings(item, out);
            }
        }
        _ => {}
    }
}

/// The media ids that some records name, among those that `known` says exist: a media
/// id itself (a voice recording, a photo of money), or a pictogram reference whose
/// picture is a media record (`photo:…`, `arasaac:…`).
pub fn media_used(records: &[&Value], known: impl Fn(&str) -> bool) -> BTreeSet<String> {
    let mut strings = Vec::new();
    for record in records {
        collect_strings(record, &mut strings);
    }
    let mut used = BTreeSet::new();
    for text in strings {
        if is_media_id(text) && known(text) {
            used.insert(text.to_owned());
        } else if let Some(id) = PictoRef::parse(text).and_then(|picto| picto.media_id()) {
            if known(&id) {
                used.insert(id);
            }
        }
    }
    used
}

/// What importing a bundle would do on this device, for the preview.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// The person's name in the file.
    pub name: String,
    /// The name of the profile on this device that it would replace (same id).
    pub replaces: Option<String>,
    /// Pictograms on the person's own board.
    pub board: usize,
    /// Shopping lists.
    pub lists: usize,
    /// What is in the person's wallet (nothing when they have no wallet).
    pub wallet: pictokit_domain::money::Cents,
    /// Activities in the schedule.
    pub activities: usize,
    /// Routines.
    pub routines: usize,
    /// Own photos (and photos of money).
    pub photos: usize,
    /// Own voice recordings.
    pub recordings: usize,
    /// Downloaded ARASAAC pictograms.
    pub downloaded: usize,
    /// Media already on this device (same id), kept as they are.
    pub already_here: usize,
    /// Fields or entries repaired while loading.
    pub repaired: usize,
}

impl Bundle {
    /// What importing it would do, given who is on this device and which media it has.
    pub fn summary(&self, profiles: &[Profile], media_here: impl Fn(&str) -> bool) -> Summary {
        let mut summary = Summary {
            name: self.profile.settings.name.clone(),
            replaces: profiles
                .iter()
                .find(|profile| profile.id == self.profile.id)
                .map(|profile| profile.settings.name.clone()),
            board: self.pictograms.as_ref().map_or(0, |p| p.board.len()),
            lists: self.shopping.as_ref().map_or(0, |s| s.lists.len()),
            wallet: self
                .shopping
                .as_ref()
                .map(|s| s.wallet.total())
                .unwrap_or_default(),
            activities: self.schedule.as_ref().map_or(0, |s| s.entries.len()),
            routines: self.schedule.as_ref().map_or(0, |s| s.routines.len()),
            repaired: self.repaired,
            ..Summary::default()
        };
        for item in &self.media {
            if media_here(&item.id) {
                summary.already_here += 1;
            }
            match item.kind {
                MediaKind::Photo | MediaKind::Money => summary.photos += 1,
                MediaKind::Voice => summary.recordings += 1,
                MediaKind::Arasaac => summary.downloaded += 1,
            }
        }
        summary
    }

    /// The same bundle as a new profile with another id, to keep both.
    pub fn as_copy(mut self, new_id: &str, now_ms: u64) -> Bundle {
        let name = self.profile.settings.name.clone();
        self.profile = self.profile.duplicate(new_id, &name, now_ms);
        self
    }
}
