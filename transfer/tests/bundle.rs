//! A profile bundle round-trips, and finds everything a profile uses.
#![allow(clippy::unwrap_used)]

mod common;

use common::{sample, sample_bundle};
use pictokit_domain::picto::MediaKind;
use pictokit_transfer::bundle::{
    self, media_used, BundleError, Manifest, FORMAT, MANIFEST, VERSION,
};
use pictokit_transfer::zipped::Zip;
use serde_json::Value;

#[test]
fn a_profile_comes_back_whole() {
    let sample = sample();
    let read = bundle::read(&sample_bundle()).unwrap();
    assert_eq!(read.profile, sample.profile);
    assert_eq!(read.pictograms.as_ref(), Some(&sample.pictograms));
    assert_eq!(read.shopping.as_ref(), Some(&sample.shopping));
    assert_eq!(read.schedule.as_ref(), Some(&sample.schedule));
    assert_eq!(read.repaired, 0);
    // Photos and recordings come back byte for byte, with their names and attribution;
    // the recording's type is what its bytes are (parameters dropped).
    assert_eq!(read.media.len(), 4);
    for (before, after) in sample.media.iter().zip(&read.media) {
        assert_eq!(before.id, after.id);
        assert_eq!(before.kind, after.kind);
        assert_eq!(before.names, after.names);
        assert_eq!(before.attribution, after.attribution);
        assert_eq!(
            pictokit_transfer::sniff::data_url_bytes(&before.data_url)
                .unwrap()
                .1,
            pictokit_transfer::sniff::data_url_bytes(&after.data_url)
                .unwrap()
                .1
        );
    }
    assert!(read.media[2]
        .data_url
        .starts_with("data:audio/webm;base64,"));
}

#[test]
fn the_manifest_is_documented_json_and_media_are_plain_files() {
    let bytes = sample_bundle();
    let mut zip = Zip::open(&bytes, bundle::LIMITS).unwrap();
    let manifest: Value = serde_json::from_slice(&zip.read(MANIFEST, 1 << 20).unwrap()).unwrap();
    assert_eq!(manifest["format"], FORMAT);
    assert_eq!(manifest["version"], VERSION);
    assert_eq!(manifest["profile"]["name"], "Núria");
    assert_eq!(manifest["records"]["profile"], "profile.json");
    assert_eq!(manifest["media"][0]["file"], "media/m-cup.jpg");
    assert_eq!(manifest["media"][0]["type"], "image/jpeg");
    assert_eq!(manifest["media"][2]["file"], "media/v-cup.webm");
    assert_eq!(manifest["media"][3]["attribution"], "ARASAAC (CC BY-NC-SA)");
    let manifest: Manifest = serde_json::from_value(manifest).unwrap();
    assert_eq!(manifest.media[1].kind, MediaKind::Photo);
    // The picture is stored as itself, so any zip tool shows it.
    let cup = zip.read("media/m-cup.jpg", 1 << 20).unwrap();
    assert_eq!(cup, common::jpeg(1, 3000));
    let profile: Value =
        serde_json::from_slice(&zip.read("profile.json", 1 << 20).unwrap()).unwrap();
    assert_eq!(profile["schema"], 1);
    assert_eq!(profile["name"], "Núria");
}

#[test]
fn a_copy_gets_its_own_id_and_keeps_the_rest() {
    let read = bundle::read(&sample_bundle()).unwrap();
    let copy = read.clone().as_copy("p-new", 5);
    assert_eq!(copy.profile.id, "p-new");
    assert_eq!(copy.profile.settings, read.profile.settings);
    assert_eq!(copy.media, read.media);
}

#[test]
fn the_summary_says_what_would_change() {
    let sample = sample();
    let read = bundle::read(&sample_bundle()).unwrap();
    let fresh = read.summary(&[], |_| false);
    assert_eq!(fresh.name, "Núria");
    assert_eq!(fresh.replaces, None);
    assert_eq!(
        (
            fresh.board,
            fresh.lists,
            fresh.activities,
            fresh.photos,
            fresh.recordings,
            fresh.downloaded
        ),
        (3, 1, 1, 2, 1, 1)
    );
    // The wallet travels too, and the preview says how much is in it.
    assert_eq!(fresh.wallet, pictokit_domain::money::Cents(1_150));
    let mut here = sample.profile.clone();
    here.settings.name = "Núria (old)".to_owned();
    let again = read.summary(&[here], |id| id == "m-cup");
    assert_eq!(again.replaces.as_deref(), Some("Núria (old)"));
    assert_eq!(again.already_here, 1);
}

#[test]
fn media_used_finds_references_voices_and_money() {
    let sample = sample();
    let records = [
        serde_json::to_value(&sample.pictograms).unwrap(),
        serde_json::to_value(&sample.shopping).unwrap(),
        serde_json::to_value(&sample.schedule).unwrap(),
    ];
    let known = [
        "m-cup",
        "m-bread",
        "v-cup",
        "arasaac-2349",
        "m-coin",
        "m-other",
    ];
    let used = media_used(&records.iter().collect::<Vec<_>>(), |id| {
        known.contains(&id)
    });
    let used: Vec<&str> = used.iter().map(String::as_str).collect();
    // m-other belongs to nobody here; everything else is named somewhere.
    assert_eq!(
        used,
        ["arasaac-2349", "m-bread", "m-coin", "m-cup", "v-cup"]
    );
}

#[test]
fn a_repaired_record_is_counted_not_refused() {
    let bytes = common::rebuild(&sample_bundle(), |name, content| match name {
        "shopping.json" => {
            Some(br#"{"schema": 1, "lists": [{"id": "l-1", "name": "ok"}, "garbage"]}"#.to_vec())
        }
        _ => Some(content.to_vec()),
    });
    let read = bundle::read(&bytes).unwrap();
    assert_eq!(read.shopping.unwrap().lists.len(), 1);
    assert_eq!(read.repaired, 1);
}

#[test]
fn without_optional_records_it_still_reads() {
    let sample = sample();
    let bytes = bundle::write(
        &bundle::Parts {
            profile: &sample.profile,
            pictograms: None,
            shopping: None,
            schedule: None,
            media: vec![],
        },
        0,
        "test",
    )
    .unwrap();
    let read = bundle::read(&bytes).unwrap();
    assert_eq!(read.profile, sample.profile);
    assert_eq!(
        (read.pictograms, read.shopping, read.schedule),
        (None, None, None)
    );
    assert!(matches!(
        bundle::read(&bytes[..bytes.len() - 1]),
        Err(BundleError::Damaged | BundleError::NotZip)
    ));
}

// Issue #22: a board's licences are kept on pictures and recordings; a profile file
// carries them to the other device.
#[test]
fn licences_travel_with_their_pictures_and_recordings() {
    let mut sample = sample();
    let licence = pictokit_domain::picto::Licence {
        kind: Some("CC BY-SA".to_owned()),
        author_name: Some("Anna Puig".to_owned()),
        author_url: Some("https://pictures.example.org/anna".to_owned()),
        ..Default::default()
    };
    sample.media[0].licence = Some(licence.clone());
    sample.media[2].licence = Some(licence.clone());
    let written = bundle::write(
        &bundle::Parts {
            profile: &sample.profile,
            pictograms: Some(&sample.pictograms),
            shopping: None,
            schedule: None,
            media: sample.media.iter().collect(),
        },
        1_700_000_000_000,
        "Pictokit test",
    )
    .unwrap();
    let read = bundle::read(&written).unwrap();
    let licences: Vec<_> = read.media.iter().map(|m| m.licence.clone()).collect();
    assert_eq!(
        licences,
        [Some(licence.clone()), None, Some(licence), None],
        "in the order written"
    );
}
