//! The first page (index.html: the start screen and person mode) carries only the core
//! messages ([`pictokit_i18n::FIRST`], the `first` bundle); the facilitator's and the components' messages
//! are parts that only facilitator.html names. A message the first page shows but that
//! lives in a part would appear as its bare id: this test reads the sources that build the
//! first page and finds every message id they name.

use pictokit_domain::Language;
use pictokit_i18n::{Localizer, ALL_PARTS};
use std::path::{Path, PathBuf};

/// What the first page is built from, relative to the workspace: the shell's modules that
/// `app/src/main.rs` reaches, the start screen, the reminders, and the widgets. (The pure
/// crates name message ids too, but the screens decide where they are shown.) A screen moved to the first page must be
/// added here.
const FIRST_PAGE: &[&str] = &[
    "app/src/main.rs",
    "shell/src/lib.rs",
    "shell/src/app.rs",
    "shell/src/state.rs",
    "shell/src/routes.rs",
    "shell/src/i18n.rs",
    "shell/src/speech.rs",
    "shell/src/lock.rs",
    "shell/src/library.rs",
    "shell/src/photo.rs",
    "shell/src/crypto.rs",
    "shell/src/device.rs",
    "shell/src/looks.rs",
    "shell/src/person.rs",
    "shell/src/storage",
    "shell/src/media",
    "components/profiles/src/start.rs",
    "components/schedule/src/reminders.rs",
    "components/kit/src",
];

fn rust_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<_> = std::fs::read_dir(path)
            .expect("a source folder of the first page")
            .map(|entry| entry.expect("a folder entry").path())
            .collect();
        entries.sort();
        for entry in entries {
            rust_files(&entry, out);
        }
    } else if path.extension().is_some_and(|ext| ext == "rs") {
        out.push(path.to_owned());
    }
}

/// Every string literal that looks like a message id (`undo`, `person-home-empty`).
fn literals(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for piece in text.split('"').skip(1).step_by(2) {
        let id_like = !piece.is_empty()
            && piece.starts_with(|c: char| c.is_ascii_lowercase())
            && piece
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if id_like {
            found.push(piece.to_owned());
        }
    }
    found
}

#[test]
fn every_message_of_the_first_page_is_in_its_core_messages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for source in FIRST_PAGE {
        let path = root.join(source);
        assert!(
            path.exists(),
            "{source} is listed as part of the first page but is not there"
        );
        rust_files(&path, &mut files);
    }
    let mut ids = std::collections::BTreeSet::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("a source file");
        ids.extend(literals(&text));
    }
    // Named in `AppState::decode_shopping`, which only facilitator.html calls.
    let elsewhere = ["storage-shopping-newer", "storage-shopping-dropped"];
    ids.retain(|id| !elsewhere.contains(&id.as_str()));
    let mut checked = 0;
    let mut missing = Vec::new();
    for lang in Language::ALL {
        let everything = Localizer::with_parts(lang, &ALL_PARTS);
        let core = Localizer::new(lang);
        for id in &ids {
            if everything.has(id) {
                checked += 1;
                if !core.has(id) {
                    missing.push(format!("{id} ({lang:?})"));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "the first page shows messages that only facilitator.html loads: {missing:?}"
    );
    // The start screen, person mode, the lock and the loading notices name about 45.
    assert!(
        checked >= Language::ALL.len() * 40,
        "only {checked} message uses found: is the list of sources right?"
    );
}

#[test]
fn the_facilitators_messages_are_not_in_the_first_pages() {
    for lang in Language::ALL {
        let core = Localizer::new(lang);
        let all = Localizer::with_parts(lang, &ALL_PARTS);
        for id in [
            "editor-title-new",
            "picker-search",
            "fac-profiles-title",
            "about-title",
        ] {
            assert!(all.has(id), "{id} exists");
            assert!(!core.has(id), "{id} is left out of the first page");
        }
    }
}
