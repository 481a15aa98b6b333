//! The bundled pictogram library, loaded when first needed (never on the first screen),
//! and how any pictogram reference becomes a picture and a word.

use crate::media;
use crate::state::AppState;
use leptos::prelude::*;
use leptos::task::spawn_local;
use pictokit_domain::picto::PictoRef;
use pictokit_domain::Language;
use pictokit_pictograms::library::{image_path, Library};
use std::sync::Arc;

/// Where the index is, relative to the site root.
const INDEX_URL: &str = "pictograms/openmoji/index.json";
/// How long loading the index may take before the picker says so.
const INDEX_TIMEOUT_MS: u32 = 30_000;

/// Where the library is.
#[derive(Clone, Debug, Default)]
pub enum LibraryState {
    /// Not asked for yet.
    #[default]
    Idle,
    /// On its way.
    Loading,
    /// Ready to search.
    Ready(Arc<Library>),
    /// Could not be loaded or read; the Fluent id of why.
    Failed(&'static str),
}

/// The library, as a context.
#[derive(Clone, Copy)]
pub struct Pictograms {
    /// Where loading is.
    pub state: RwSignal<LibraryState>,
}

impl Pictograms {
    /// The library context, nothing loaded yet.
    pub fn new() -> Pictograms {
        Pictograms {
            state: RwSignal::new(LibraryState::Idle),
        }
    }

    /// Starts loading the index unless it is loaded or on its way.
    pub fn ensure_loaded(self) {
        if !matches!(
            self.state.get_untracked(),
            LibraryState::Idle | LibraryState::Failed(_)
        ) {
            return;
        }
        self.state.set(LibraryState::Loading);
        spawn_local(async move {
            let loaded = match media::fetch_text(INDEX_URL, INDEX_TIMEOUT_MS).await {
                Ok(text) => match Library::from_json(&text) {
                    Ok(library) => LibraryState::Ready(Arc::new(library)),
                    Err(error) => LibraryState::Failed(error.message_id()),
                },
                Err(_) => LibraryState::Failed("picto-library-unreachable"),
            };
            self.state.set(loaded);
        });
    }

    /// The library, if loaded (tracks).
    pub fn library(&self) -> Option<Arc<Library>> {
        match self.state.get() {
            LibraryState::Ready(library) => Some(library),
            _ => None,
        }
    }
}

impl Default for Pictograms {
    fn default() -> Self {
        Pictograms::new()
    }
}

/// The library context.
pub fn use_pictograms() -> Pictograms {
    expect_context::<Pictograms>()
}

/// A pictogram ready to show: its picture and its word in a language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    /// The reference it came from.
    pub picto: PictoRef,
    /// The picture's URL (a site path or a data URL).
    pub src: String,
    /// Its name in the language asked for (may be empty while the library loads).
    pub label: String,
}

/// What a pictogram says instead of its name in a language, if anything (a photo's spoken
/// text, such as a board button's vocalization).
pub fn spoken_text(state: &AppState, picto: &PictoRef, lang: Language) -> Option<String> {
    let id = picto.media_id()?;
    state.media.with_untracked(|all| {
        let media = all.get(&id)?;
        let (words, tag) = media.words(lang.tag())?;
        media
            .spoken(tag)
            .filter(|spoken| *spoken == words)
            .map(str::to_owned)
    })
}

/// What a picture of the person's own says and the language tag of those words, when it
/// has words of its own (a photo, a board's button): in `lang`, else in the one language
/// it is named in (a board in English added to a Spanish profile is read out in English).
pub fn said_words(state: &AppState, picto: &PictoRef, lang: Language) -> Option<(String, String)> {
    let id = picto.media_id()?;
    state.media.with_untracked(|all| {
        let (words, tag) = all.get(&id)?.words(lang.tag())?;
        Some((words.to_owned(), tag.to_owned()))
    })
}

/// How a pictogram looks and is called, in a language. `black` picks the outline set
/// (for high contrast). `None` when its picture is gone (a deleted photo).
pub fn show(
    library: Option<&Library>,
    state: &AppState,
    picto: &PictoRef,
    lang: Language,
    black: bool,
) -> Option<Shown> {
    let tag = lang.tag();
    let (src, label) = match picto {
        PictoRef::Symbol(code) => (
            image_path(code, black),
            library
                .and_then(|library| library.get(code))
                .map(|symbol| symbol.name(tag).to_owned())
                .unwrap_or_default(),
        ),
        other => {
            let id = other.media_id()?;
            state.media.with(|all| {
                all.get(&id)
                    .map(|media| (media.data_url.clone(), media.name(tag).to_owned()))
            })?
        }
    };
    Some(Shown {
        picto: picto.clone(),
        src,
        label,
    })
}
