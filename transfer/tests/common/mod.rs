//! A profile made for the tests, with everything a bundle carries. All data invented here.
#![allow(dead_code, clippy::unwrap_used)]

use pictokit_domain::picto::{Media, MediaKind, PictoRef, ProfilePictos};
use pictokit_domain::profile::{Profile, ProfileDraft};
use pictokit_domain::schedule::Schedule;
use pictokit_domain::shopping::Shopping;
use pictokit_transfer::bundle::{self, Parts};
use pictokit_transfer::sniff;
use serde_json::json;
use std::collections::BTreeMap;

/// A small JPEG-looking picture (the header is what the checks read).
pub fn jpeg(fill: u8, len: usize) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xE0];
    bytes.resize(len, fill);
    bytes
}

/// A small WebM-looking recording.
pub fn webm(len: usize) -> Vec<u8> {
    let mut bytes = vec![0x1A, 0x45, 0xDF, 0xA3];
    bytes.resize(len, 0x42);
    bytes
}

pub fn media(id: &str, kind: MediaKind, media_type: &str, bytes: &[u8]) -> Media {
    Media {
        id: id.to_owned(),
        kind,
        data_url: sniff::data_url(media_type, bytes),
        names: BTreeMap::from([("ca".to_owned(), "La meva tassa".to_owned())]),
        spoken: Default::default(),
        attribution: (kind == MediaKind::Arasaac).then(|| "ARASAAC (CC BY-NC-SA)".to_owned()),
        licence: None,
        created_ms: 1_700_000_000_000,
    }
}

pub struct Sample {
    pub profile: Profile,
    pub pictograms: ProfilePictos,
    pub shopping: Shopping,
    pub schedule: Schedule,
    pub media: Vec<Media>,
}

pub fn sample() -> Sample {
    let profile = ProfileDraft {
        name: "Núria".to_owned(),
        ..ProfileDraft::default()
    }
    .validate("p-0123456789abcdef", 1_700_000_000_000)
    .unwrap();
    let pictograms = ProfilePictos {
        recent: vec![],
        favourites: vec![PictoRef::Arasaac(2349)],
        board: vec![
            PictoRef::Photo("m-cup".to_owned()),
            PictoRef::Symbol("1F34E".to_owned()),
            PictoRef::Arasaac(2349),
        ],
        voices: BTreeMap::from([("photo:m-cup".to_owned(), "v-cup".to_owned())]),
        from_boards: BTreeMap::new(),
    };
    let (shopping, dropped) = Shopping::from_record(&json!({
        "lists": [{"id": "l-1", "name": "Setmana", "budget": 2000, "items": [
            {"id": "a", "picto": "photo:m-bread", "name": "Pa", "quantity": 1, "price": 120}
        ]}],
        "money_photos": {"c50": "m-coin"},
        "wallet": {"n10": 1, "c50": 3}
    }));
    assert_eq!(dropped, 0);
    let (schedule, dropped) = Schedule::from_record(&json!({
        "entries": [{"activity": {"id": "breakfast", "picto": "om:1F95E", "start": "08:00", "minutes": 30},
                     "repeat": {"type": "weekly", "days": [1, 2, 3, 4, 5], "from": "2026-01-01"}}],
        "settings": {"zone": "Europe/Madrid"}
    }));
    assert_eq!(dropped, 0);
    let media = vec![
        media("m-cup", MediaKind::Photo, "image/jpeg", &jpeg(1, 3000)),
        media("m-bread", MediaKind::Photo, "image/jpeg", &jpeg(2, 2000)),
        media(
            "v-cup",
            MediaKind::Voice,
            "audio/webm;codecs=opus",
            &webm(5000),
        ),
        media(
            "arasaac-2349",
            MediaKind::Arasaac,
            "image/png",
            b"\x89PNG\r\n\x1a\n0123456789",
        ),
    ];
    Sample {
        profile,
        pictograms,
        shopping,
        schedule,
        media,
    }
}

/// The sample as a bundle.
pub fn sample_bundle() -> Vec<u8> {
    let sample = sample();
    bundle::write(
        &Parts {
            profile: &sample.profile,
            pictograms: Some(&sample.pictograms),
            shopping: Some(&sample.shopping),
            schedule: Some(&sample.schedule),
            media: sample.media.iter().collect(),
        },
        1_700_000_000_000,
        "Pictokit test",
    )
    .unwrap()
}

/// A zip of these entries, in this order (Deflate).
pub fn zip_of(entries: &[(&str, Vec<u8>)]) -> Vec<u8> {
    use std::io::Write;
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        writer.start_file(*name, options).unwrap();
        writer.write_all(bytes).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

/// Every entry of a zip, in order.
pub fn entries_of(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut entry = archive.by_index(i).unwrap();
            let mut content = Vec::new();
            entry.read_to_end(&mut content).unwrap();
            (entry.name().unwrap().into_owned(), content)
        })
        .collect()
}

/// The same zip with each entry passed through `change` (`None` leaves it out).
pub fn rebuild(bytes: &[u8], change: impl Fn(&str, &[u8]) -> Option<Vec<u8>>) -> Vec<u8> {
    let entries: Vec<(String, Vec<u8>)> = entries_of(bytes)
        .into_iter()
        .filter_map(|(name, content)| change(&name, &content).map(|c| (name, c)))
        .collect();
    let refs: Vec<(&str, Vec<u8>)> = entries
        .iter()
        .map(|(n, c)| (n.as_str(), c.clone()))
        .collect();
    zip_of(&refs)
}

/// The sample bundle's manifest, as JSON to change.
pub fn sample_manifest() -> serde_json::Value {
    let entries = entries_of(&sample_bundle());
    serde_json::from_slice(&entries[0].1).unwrap()
}

/// The sample bundle with its manifest changed.
pub fn with_manifest(change: impl Fn(&mut serde_json::Value)) -> Vec<u8> {
    let mut manifest = sample_manifest();
    change(&mut manifest);
    let text = serde_json::to_vec(&manifest).unwrap();
    rebuild(&sample_bundle(), |name, content| {
        Some(if name == "manifest.json" {
            text.clone()
        } else {
            content.to_vec()
        })
    })
}
