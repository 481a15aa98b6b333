//! The corpus of broken and hostile profile files (`e2e/fixtures/hostile/`): each one is
//! refused with the message it should get, and never panics. The browser test imports the
//! same files (listed in `index.json`) and checks the message on screen and that nothing
//! stored changed.
//!
//! The files are made here, from invented data. `PICTOKIT_WRITE_CORPUS=1 cargo test -p
//! pictokit-transfer --test corpus` writes them again after a change; without it, the test
//! fails when a committed file differs from what this code makes. `e2e/fixtures/sample-profile.zip`
//! is the good bundle they start from (a seed for the fuzzer, too).
#![allow(clippy::unwrap_used)]

mod common;

use common::{jpeg, rebuild, sample_bundle, with_manifest, zip_of};
use pictokit_transfer::bundle;
use serde_json::{json, Value};
use std::path::PathBuf;

/// (file name, what it is, the message it must get)
fn corpus() -> Vec<(&'static str, Vec<u8>, &'static str)> {
    let good = sample_bundle();
    let replace = |target: &'static str, with: Vec<u8>| {
        rebuild(&good, move |name, content| {
            Some(if name == target {
                with.clone()
            } else {
                content.to_vec()
            })
        })
    };
    let mut flipped = good.clone();
    let at = flipped
        .windows(12)
        .position(|w| w == b"\xFF\xD8\xFF\xE0\x01\x01\x01\x01\x01\x01\x01\x01")
        .unwrap();
    flipped[at + 100] ^= 0xFF;
    let mut unsupported = good.clone();
    // Method 12 (bzip2, which Pictokit does not read) in the first local header and the
    // first central directory entry, both the manifest's.
    unsupported[8] = 12;
    let central = unsupported
        .windows(4)
        .position(|w| w == b"PK\x01\x02")
        .unwrap();
    unsupported[central + 10] = 12;
    let mut huge_picture = jpeg(0, 4);
    huge_picture.resize(100 * 1024 * 1024, 0);
    let bomb = vec![b' '; 40 * 1024 * 1024];
    let many: Vec<(String, Vec<u8>)> = (0..2100).map(|i| (format!("f/{i}.txt"), vec![])).collect();
    let many: Vec<(&str, Vec<u8>)> = many.iter().map(|(n, c)| (n.as_str(), c.clone())).collect();
    let svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".to_vec();
    let mut with_svg_avatar: Value =
        serde_json::from_slice(&common::entries_of(&good)[1].1).unwrap();
    with_svg_avatar["avatar"] =
        json!({"kind": "photo", "value": format!("data:image/svg+xml;base64,{}", base64_of(&svg))});

    vec![
        ("empty.zip", vec![], "bundle-error-not-zip"),
        (
            "plain-text.zip",
            b"This is not a zip file at all.\n".to_vec(),
            "bundle-error-not-zip",
        ),
        ("picture-renamed.zip", jpeg(3, 2000), "bundle-error-not-zip"),
        (
            "truncated.zip",
            good[..good.len() / 2].to_vec(),
            "bundle-error-damaged",
        ),
        (
            "cut-at-the-end.zip",
            good[..good.len() - 10].to_vec(),
            "bundle-error-damaged",
        ),
        ("flipped-byte.zip", flipped, "bundle-error-damaged"),
        (
            "unsupported-method.zip",
            unsupported,
            "bundle-error-unsupported",
        ),
        (
            "no-manifest.zip",
            rebuild(&good, |name, c| {
                (name != "manifest.json").then(|| c.to_vec())
            }),
            "bundle-error-not-pictokit",
        ),
        (
            "another-format.zip",
            with_manifest(|m| m["format"] = json!("open-board-0.1")),
            "bundle-error-not-pictokit",
        ),
        (
            "manifest-not-json.zip",
            replace(
                "manifest.json",
                b"{\"format\": \"pictokit-profile\",".to_vec(),
            ),
            "bundle-error-not-pictokit",
        ),
        (
            "newer-version.zip",
            with_manifest(|m| m["version"] = json!(99)),
            "bundle-error-newer",
        ),
        (
            "version-as-text.zip",
            with_manifest(|m| m["version"] = json!("1")),
            "bundle-error-incomplete",
        ),
        (
            "manifest-wrong-types.zip",
            with_manifest(|m| m["records"] = json!("profile.json")),
            "bundle-error-incomplete",
        ),
        (
            "media-wrong-types.zip",
            with_manifest(|m| m["media"][0]["kind"] = json!(7)),
            "bundle-error-incomplete",
        ),
        (
            "missing-profile.zip",
            rebuild(&good, |name, c| {
                (name != "profile.json").then(|| c.to_vec())
            }),
            "bundle-error-incomplete",
        ),
        (
            "profile-not-json.zip",
            replace("profile.json", b"name: Nuria".to_vec()),
            "bundle-error-incomplete",
        ),
        (
            "profile-is-a-list.zip",
            replace("profile.json", b"[1, 2, 3]".to_vec()),
            "bundle-error-profile",
        ),
        (
            "profile-without-name.zip",
            replace(
                "profile.json",
                br#"{"schema": 1, "id": "p-1", "name": "   "}"#.to_vec(),
            ),
            "bundle-error-profile",
        ),
        (
            "profile-from-the-future.zip",
            replace(
                "profile.json",
                br#"{"schema": 99, "id": "p-1", "name": "Ana"}"#.to_vec(),
            ),
            "bundle-error-newer",
        ),
        (
            "schedule-from-the-future.zip",
            replace("schedule.json", br#"{"schema": 7, "entries": []}"#.to_vec()),
            "bundle-error-newer",
        ),
        (
            "path-traversal.zip",
            zip_of(&[
                ("manifest.json", common::entries_of(&good)[0].1.clone()),
                ("../../evil.json", b"{}".to_vec()),
            ]),
            "bundle-error-unsafe-name",
        ),
        (
            "absolute-path.zip",
            zip_of(&[("/etc/pictokit.json", b"{}".to_vec())]),
            "bundle-error-unsafe-name",
        ),
        (
            "backslash-path.zip",
            zip_of(&[("media\\..\\..\\evil.jpg", jpeg(1, 10))]),
            "bundle-error-unsafe-name",
        ),
        (
            "manifest-points-outside.zip",
            with_manifest(|m| m["records"]["profile"] = json!("../profile.json")),
            "bundle-error-incomplete",
        ),
        (
            "zip-bomb.zip",
            replace("profile.json", bomb),
            "bundle-error-entry-too-large",
        ),
        (
            "huge-picture.zip",
            replace("media/m-cup.jpg", huge_picture),
            "bundle-error-entry-too-large",
        ),
        (
            "too-many-entries.zip",
            zip_of(&many),
            "bundle-error-too-large",
        ),
        (
            "svg-with-script.zip",
            replace("media/m-cup.jpg", svg.clone()),
            "bundle-error-media",
        ),
        (
            "html-as-recording.zip",
            replace(
                "media/v-cup.webm",
                b"<html><script>alert(1)</script></html>".to_vec(),
            ),
            "bundle-error-media",
        ),
        (
            "picture-as-recording.zip",
            replace("media/v-cup.webm", jpeg(1, 100)),
            "bundle-error-media",
        ),
        (
            "bad-media-id.zip",
            with_manifest(|m| m["media"][0]["id"] = json!("../../M-CUP")),
            "bundle-error-media",
        ),
        (
            "same-media-twice.zip",
            with_manifest(|m| m["media"][1]["id"] = json!("m-cup")),
            "bundle-error-media",
        ),
        (
            "svg-avatar.zip",
            replace(
                "profile.json",
                serde_json::to_vec(&with_svg_avatar).unwrap(),
            ),
            "bundle-error-media",
        ),
    ]
}

fn base64_of(bytes: &[u8]) -> String {
    let url = pictokit_transfer::sniff::data_url("x/y", bytes);
    url.split_once(',').unwrap().1.to_owned()
}

fn folder() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../e2e/fixtures/hostile")
}

#[test]
fn every_hostile_file_gets_its_message() {
    let corpus = corpus();
    assert!(corpus.len() >= 20);
    for (name, bytes, message) in &corpus {
        match bundle::read(bytes) {
            Ok(_) => panic!("{name} was accepted"),
            Err(error) => assert_eq!(error.message_id(), *message, "{name}: {error:?}"),
        }
    }
}

#[test]
fn the_committed_corpus_is_what_this_test_makes() {
    let corpus = corpus();
    let write = std::env::var_os("PICTOKIT_WRITE_CORPUS").is_some();
    let index: serde_json::Map<String, Value> = corpus
        .iter()
        .map(|(name, _, message)| (name.to_string(), json!(message)))
        .collect();
    let index = serde_json::to_string_pretty(&index).unwrap() + "\n";
    if write {
        std::fs::create_dir_all(folder()).unwrap();
        for entry in std::fs::read_dir(folder()).unwrap() {
            std::fs::remove_file(entry.unwrap().path()).unwrap();
        }
        for (name, bytes, _) in &corpus {
            std::fs::write(folder().join(name), bytes).unwrap();
        }
        std::fs::write(folder().join("index.json"), &index).unwrap();
        std::fs::write(folder().join("../sample-profile.zip"), sample_bundle()).unwrap();
    }
    assert!(std::fs::read(folder().join("../sample-profile.zip")).unwrap() == sample_bundle());
    assert_eq!(
        std::fs::read_to_string(folder().join("index.json")).unwrap(),
        index
    );
    for (name, bytes, _) in &corpus {
        let committed = std::fs::read(folder().join(name)).unwrap();
        assert!(
            &committed == bytes,
            "{name} differs: run with PICTOKIT_WRITE_CORPUS=1"
        );
    }
}
