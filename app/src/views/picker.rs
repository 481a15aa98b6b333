//! The pictogram picker: one dialog wherever a pictogram is chosen. Search as you type in
//! the person's language (then the others), browse categories, recent and favourite
//! pictograms, own photos (camera or file), a large preview with the spoken name, and
//! "add several at once".

use crate::i18n::use_i18n;
use crate::library::{show, use_pictograms, LibraryState, Shown};
use crate::media::{self, MediaError};
use crate::photo::{square_from_file, take_chosen_file, PICTURE_SIDE};
use crate::speech::use_speech;
use crate::state::{new_id, now_ms, use_state};
use leptos::prelude::*;
use leptos::task::spawn_local;
use pictokit_domain::picto::{Media, MediaKind, PictoRef};
use pictokit_domain::profile::Theme;
use pictokit_domain::Language;
use std::collections::BTreeMap;

/// How many search results are shown.
const RESULT_LIMIT: usize = 60;

/// What the picker lists when nothing is typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Browse {
    Recent,
    Favourites,
    Categories,
    Category(usize),
    Photos,
}

/// The message id of a camera, microphone or network problem.
pub fn media_error_message(error: MediaError) -> &'static str {
    match error {
        MediaError::Denied => "media-denied",
        MediaError::Unavailable => "media-unavailable",
        MediaError::NotFound | MediaError::Malformed => "media-failed",
        MediaError::Timeout | MediaError::Network => "media-network",
    }
}

/// Asks for pictograms for a profile; `on_pick` gets them when the facilitator confirms.
#[component]
pub fn PictoPicker(
    /// Whether the picker is open.
    open: RwSignal<bool>,
    /// Whose pictograms: their language, voice, recent and favourites.
    profile_id: String,
    /// Several at once (otherwise one).
    #[prop(optional)]
    multiple: bool,
    /// Called with the chosen pictograms.
    on_pick: Callback<Vec<PictoRef>>,
) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let speech = use_speech();
    let pictograms = use_pictograms();
    let dialog_ref = NodeRef::<leptos::html::Dialog>::new();
    let search_ref = NodeRef::<leptos::html::Input>::new();

    let query = RwSignal::new(String::new());
    let browse = RwSignal::new(Browse::Categories);
    let selected = RwSignal::new(Vec::<PictoRef>::new());
    let preview = RwSignal::new(None::<Shown>);
    let making_photo = RwSignal::new(false);

    let pid = profile_id.clone();
    let profile = Memo::new(move |_| state.profile(&pid));
    let lang = Signal::derive(move || {
        profile.with(|p| p.as_ref().map_or(Language::En, |p| p.settings.language))
    });
    let black = Signal::derive(move || {
        profile.with(|p| {
            p.as_ref()
                .is_some_and(|p| p.settings.theme == Theme::HighContrast)
        })
    });
    let pid = profile_id.clone();
    let pictos = Memo::new(move |_| state.pictos_of(&pid));

    Effect::new(move |_| {
        let wants_open = open.get();
        if let Some(dialog) = dialog_ref.get() {
            if wants_open && !dialog.open() {
                pictograms.ensure_loaded();
                let has_recent = pictos.with_untracked(|p| !p.recent.is_empty());
                browse.set(if has_recent {
                    Browse::Recent
                } else {
                    Browse::Categories
                });
                query.set(String::new());
                selected.set(Vec::new());
                preview.set(None);
                making_photo.set(false);
                let _ = dialog.show_modal();
                if let Some(input) = search_ref.get_untracked() {
                    let _ = input.focus();
                }
            } else if !wants_open && dialog.open() {
                dialog.close();
            }
        }
    });

    let items = Memo::new(move |_| {
        let library = pictograms.library();
        let library = library.as_deref();
        let (lang, black) = (lang.get(), black.get());
        let shown = |r: &PictoRef| show(library, &state, r, lang, black);
        let q = query.get();
        if !q.trim().is_empty() {
            let mut out: Vec<Shown> = Vec::new();
            // Own photos first: they are the person's own things.
            let folded = pictokit_pictograms::fold::fold(q.trim());
            state.media.with(|all| {
                for media in all.values().filter(|m| m.kind == MediaKind::Photo) {
                    if media
                        .names
                        .values()
                        .any(|n| pictokit_pictograms::fold::fold(n).contains(&folded))
                    {
                        out.extend(shown(&PictoRef::Photo(media.id.clone())));
                    }
                }
            });
            if let Some(library) = library {
                for hit in library.search(&q, lang.tag(), RESULT_LIMIT) {
                    let code = library.symbols()[hit.symbol].id.clone();
                    out.extend(shown(&PictoRef::Symbol(code)));
                }
            }
            return out;
        }
        match browse.get() {
            Browse::Recent => pictos.with(|p| p.recent.iter().filter_map(shown).collect()),
            Browse::Favourites => pictos.with(|p| p.favourites.iter().filter_map(shown).collect()),
            Browse::Category(index) => library
                .map(|library| {
                    library
                        .in_category(index)
                        .filter_map(|symbol| shown(&PictoRef::Symbol(symbol.id.clone())))
                        .collect()
                })
                .unwrap_or_default(),
            Browse::Photos => state.media.with(|all| {
                all.values()
                    .filter(|m| m.kind == MediaKind::Photo)
                    .filter_map(|m| shown(&PictoRef::Photo(m.id.clone())))
                    .collect()
            }),
            Browse::Categories => Vec::new(),
        }
    });

    let say = move |text: &str| {
        if let Some(profile) = profile.get_untracked() {
            speech.say(text, profile.settings.language, &profile.settings.speech);
        }
    };
    let tap = move |item: Shown| {
        say(&item.label);
        let picto = item.picto.clone();
        selected.update(|chosen| {
            if multiple {
                if chosen.contains(&picto) {
                    chosen.retain(|r| r != &picto);
                } else {
                    chosen.push(picto);
                }
            } else {
                *chosen = vec![picto];
            }
        });
        preview.set(Some(item));
    };
    let close = move || open.set(false);
    let pid = profile_id.clone();
    let confirm = Callback::new(move |()| {
        let chosen = selected.get_untracked();
        if chosen.is_empty() {
            return;
        }
        state.update_pictos(&pid, |p| {
            for picto in chosen.iter().rev() {
                p.note_recent(picto);
            }
        });
        // Fetch both picture sets now, so the service worker keeps them for offline use.
        if let Some(window) = web_sys::window() {
            for picto in &chosen {
                if let PictoRef::Symbol(code) = picto {
                    for black in [false, true] {
                        let _ = window
                            .fetch_with_str(&pictokit_pictograms::library::image_path(code, black));
                    }
                }
            }
        }
        on_pick.run(chosen);
        close();
    });
    let pid = profile_id.clone();
    let toggle_favourite = Callback::new(move |picto: PictoRef| {
        state.update_pictos(&pid, |p| {
            p.toggle_favourite(&picto);
        });
    });

    let tab = move |target: Browse, message: &'static str| {
        view! {
            <button
                type="button"
                class="pk-chip"
                aria-pressed=move || {
                    let current = browse.get();
                    let on = current == target
                        || (target == Browse::Categories && matches!(current, Browse::Category(_)));
                    (on && query.with(|q| q.trim().is_empty())).to_string()
                }
                on:click=move |_| {
                    query.set(String::new());
                    browse.set(target);
                }
            >
                {move || i18n.t(message)}
            </button>
        }
    };

    let status = move || match pictograms.state.get() {
        LibraryState::Loading | LibraryState::Idle => Some(i18n.t("picker-loading")),
        LibraryState::Failed(id) => Some(i18n.t(id)),
        LibraryState::Ready(_) => {
            let empty = items.with(Vec::is_empty);
            let q = query.get();
            if !q.trim().is_empty() {
                Some(if empty {
                    i18n.ta("picker-no-results", &[("query", q.trim())])
                } else {
                    i18n.ta(
                        "picker-results",
                        &[("count", &items.with(Vec::len).to_string())],
                    )
                })
            } else {
                match browse.get() {
                    Browse::Recent if empty => Some(i18n.t("picker-recent-empty")),
                    Browse::Favourites if empty => Some(i18n.t("picker-favourites-empty")),
                    Browse::Photos if empty => Some(i18n.t("picker-photos-empty")),
                    _ => None,
                }
            }
        }
    };

    let categories = move || {
        let library = pictograms.library()?;
        let black = black.get();
        Some(
            library
                .categories()
                .iter()
                .enumerate()
                .map(|(index, id)| {
                    let first = library
                        .in_category(index)
                        .next()
                        .map(|symbol| symbol.id.clone())
                        .unwrap_or_default();
                    let src = pictokit_pictograms::library::image_path(&first, black);
                    let message = format!("picto-category-{id}");
                    view! {
                        <li>
                            <button
                                type="button"
                                class="pk-pick pk-pick--category"
                                on:click=move |_| browse.set(Browse::Category(index))
                            >
                                <img src=src alt="" loading="lazy" />
                                <span>{i18n.t(&message)}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view(),
        )
    };

    view! {
        <dialog
            node_ref=dialog_ref
            class="pk-picker"
            aria-labelledby="pk-picker-title"
            on:cancel=move |event: leptos::ev::Event| {
                event.prevent_default();
                close();
            }
        >
            <header class="pk-picker__header">
                <h2 id="pk-picker-title">
                    {move || i18n.t(if multiple { "picker-title-many" } else { "picker-title-one" })}
                </h2>
                <button type="button" class="pk-button" on:click=move |_| close()>
                    {move || i18n.t("cancel")}
                </button>
            </header>
            <Show
                when=move || !making_photo.get()
                fallback=move || {
                    view! {
                        <PhotoMaker
                            lang=lang
                            on_done=Callback::new(move |made: Option<PictoRef>| {
                                making_photo.set(false);
                                if let Some(picto) = made {
                                    browse.set(Browse::Photos);
                                    query.set(String::new());
                                    selected.update(|chosen| {
                                        if !multiple {
                                            chosen.clear();
                                        }
                                        chosen.push(picto);
                                    });
                                }
                            })
                        />
                    }
                }
            >
                <div class="pk-picker__search">
                    <label for="pk-picker-search">{move || i18n.t("picker-search")}</label>
                    <input
                        id="pk-picker-search"
                        node_ref=search_ref
                        type="search"
                        autocomplete="off"
                        lang=move || lang.get().tag()
                        prop:value=move || query.get()
                        on:input=move |event| query.set(event_target_value(&event))
                    />
                </div>
                <div class="pk-picker__tabs" role="group" aria-label=move || i18n.t("picker-browse")>
                    {tab(Browse::Recent, "picker-recent")}
                    {tab(Browse::Favourites, "picker-favourites")}
                    {tab(Browse::Categories, "picker-categories")}
                    {tab(Browse::Photos, "picker-photos")}
                </div>
                <div class="pk-picker__body">
                    <div class="pk-picker__list">
                        <p class="pk-picker__status" role="status">{status}</p>
                        <Show when=move || {
                            query.with(|q| q.trim().is_empty()) && browse.get() == Browse::Photos
                        }>
                            <div class="pk-fac-actions">
                                <button type="button" class="pk-button" on:click=move |_| making_photo.set(true)>
                                    {move || i18n.t("photo-new")}
                                </button>
                            </div>
                        </Show>
                        <Show when=move || {
                            query.with(|q| q.trim().is_empty()) && matches!(browse.get(), Browse::Category(_))
                        }>
                            <button type="button" class="pk-button pk-button--quiet" on:click=move |_| browse.set(Browse::Categories)>
                                <span aria-hidden="true">"← "</span>
                                {move || i18n.t("picker-all-categories")}
                            </button>
                        </Show>
                        <ul class="pk-picker__grid" role="list" aria-label=move || i18n.t("picker-results-label")>
                            {move || {
                                if query.with(|q| q.trim().is_empty()) && browse.get() == Browse::Categories {
                                    return categories().into_any();
                                }
                                items
                                    .get()
                                    .into_iter()
                                    .map(|item| {
                                        let picto = item.picto.clone();
                                        let label = item.label.clone();
                                        let src = item.src.clone();
                                        view! {
                                            <li>
                                                <button
                                                    type="button"
                                                    class="pk-pick"
                                                    aria-pressed=move || selected.with(|s| s.contains(&picto)).to_string()
                                                    on:click=move |_| tap(item.clone())
                                                >
                                                    <img src=src alt="" loading="lazy" />
                                                    <span>{label}</span>
                                                </button>
                                            </li>
                                        }
                                    })
                                    .collect_view()
                                    .into_any()
                            }}
                        </ul>
                    </div>
                    <aside class="pk-picker__preview" aria-label=move || i18n.t("picker-preview")>
                        {move || {
                            preview.get().map(|item| {
                                let picto = item.picto.clone();
                                let favourite = Signal::derive({
                                    let picto = picto.clone();
                                    move || pictos.with(|p| p.favourites.contains(&picto))
                                });
                                let label = item.label.clone();
                                view! {
                                    <img class="pk-picker__big" src=item.src.clone() alt="" />
                                    <p class="pk-picker__name" lang=move || lang.get().tag()>{item.label.clone()}</p>
                                    <button type="button" class="pk-button" on:click=move |_| say(&label)>
                                        {move || i18n.t("picker-listen")}
                                    </button>
                                    <button
                                        type="button"
                                        class="pk-button"
                                        aria-pressed=move || favourite.get().to_string()
                                        on:click={
                                            let picto = picto.clone();
                                            move |_| toggle_favourite.run(picto.clone())
                                        }
                                    >
                                        <span aria-hidden="true">{move || if favourite.get() { "★ " } else { "☆ " }}</span>
                                        {move || i18n.t("picker-favourite")}
                                    </button>
                                }
                            })
                        }}
                    </aside>
                </div>
                <footer class="pk-picker__footer">
                    <p class="pk-picker__count" aria-live="polite">
                        {move || i18n.ta("picker-selected", &[("count", &selected.with(Vec::len).to_string())])}
                    </p>
                    <button
                        type="button"
                        class="pk-button pk-button--primary"
                        disabled=move || selected.with(Vec::is_empty)
                        on:click=move |_| confirm.run(())
                    >
                        {move || i18n.ta("picker-add", &[("count", &selected.with(Vec::len).to_string())])}
                    </button>
                </footer>
            </Show>
        </dialog>
    }
}

/// Takes a photo with the camera, or from a file, and names it in each language.
#[component]
fn PhotoMaker(
    /// The person's language, asked first.
    lang: Signal<Language>,
    /// Called with the new photo, or `None` when given up.
    on_done: Callback<Option<PictoRef>>,
) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let video_ref = NodeRef::<leptos::html::Video>::new();
    let camera_on = RwSignal::new(false);
    let shot = RwSignal::new(None::<String>);
    let problem = RwSignal::new(None::<String>);
    let names = RwSignal::new(BTreeMap::<String, String>::new());

    let stop = move || media::stop_camera(video_ref.get_untracked());
    on_cleanup(move || media::stop_camera(None));
    let start = move || {
        problem.set(None);
        let Some(video) = video_ref.get_untracked() else {
            return;
        };
        spawn_local(async move {
            match media::start_camera(&video).await {
                Ok(()) => camera_on.set(true),
                Err(error) => {
                    camera_on.set(false);
                    problem.set(Some(i18n.t(media_error_message(error))));
                }
            }
        });
    };
    let take = move || {
        if let Some(video) = video_ref.get_untracked() {
            match media::capture_square(&video, PICTURE_SIDE) {
                Ok(url) => {
                    shot.set(Some(url));
                    stop();
                    camera_on.set(false);
                }
                Err(error) => problem.set(Some(i18n.t(media_error_message(error)))),
            }
        }
    };
    let on_file = move |event: leptos::ev::Event| {
        let Some(file) = take_chosen_file(&event) else {
            return;
        };
        spawn_local(async move {
            match square_from_file(&file, PICTURE_SIDE).await {
                Ok(url) => {
                    stop();
                    camera_on.set(false);
                    problem.set(None);
                    shot.set(Some(url));
                }
                Err(error) => problem.set(Some(i18n.t(error.message_id()))),
            }
        });
    };
    let save = move || {
        let Some(data_url) = shot.get_untracked() else {
            return;
        };
        let names: BTreeMap<String, String> = names
            .get_untracked()
            .into_iter()
            .map(|(lang, name)| (lang, name.trim().to_owned()))
            .filter(|(_, name)| !name.is_empty())
            .collect();
        if names.is_empty() {
            problem.set(Some(i18n.t("photo-name-needed")));
            return;
        }
        let id = new_id("m");
        let media = Media {
            id: id.clone(),
            kind: MediaKind::Photo,
            data_url,
            names,
            attribution: None,
            created_ms: now_ms(),
        };
        match state.save_media(media) {
            Ok(()) => on_done.run(Some(PictoRef::Photo(id))),
            Err(error) => problem.set(Some(i18n.t(error.message_id()))),
        }
    };
    let languages = move || {
        let first = lang.get();
        let mut order = vec![first];
        order.extend(Language::ALL.into_iter().filter(|l| *l != first));
        order
    };

    view! {
        <div class="pk-photo-maker">
            <h3>{move || i18n.t("photo-new")}</h3>
            <div class="pk-photo-maker__stage">
                <video
                    node_ref=video_ref
                    class="pk-photo-maker__video"
                    class:pk-hidden=move || !camera_on.get()
                    muted=true
                    playsinline=true
                    aria-label=move || i18n.t("photo-camera")
                ></video>
                {move || shot.get().map(|url| view! {
                    <img class="pk-photo-maker__shot" src=url alt=move || i18n.t("photo-taken") />
                })}
            </div>
            <p class="pk-field__error" role="alert">{move || problem.get()}</p>
            <div class="pk-fac-actions">
                <Show
                    when=move || camera_on.get()
                    fallback=move || view! {
                        <button type="button" class="pk-button" on:click=move |_| start()>
                            {move || i18n.t("photo-open-camera")}
                        </button>
                    }
                >
                    <button type="button" class="pk-button pk-button--primary" on:click=move |_| take()>
                        {move || i18n.t("photo-take")}
                    </button>
                </Show>
                <label class="pk-button">
                    <input class="pk-visually-hidden" type="file" accept="image/*" on:change=on_file />
                    {move || i18n.t("photo-choose-file")}
                </label>
            </div>
            <Show when=move || shot.with(Option::is_some)>
                <fieldset class="pk-field">
                    <legend class="pk-field__label">{move || i18n.t("photo-names")}</legend>
                    {move || languages().into_iter().map(|language| {
                        let tag = language.tag();
                        let id = format!("pk-photo-name-{tag}");
                        view! {
                            <div class="pk-photo-maker__name">
                                <label for=id.clone()>{language.endonym()}</label>
                                <input
                                    id=id
                                    type="text"
                                    lang=tag
                                    maxlength="60"
                                    prop:value=move || names.with(|n| n.get(tag).cloned().unwrap_or_default())
                                    on:input=move |event| {
                                        let value = event_target_value(&event);
                                        names.update(|n| {
                                            n.insert(tag.to_owned(), value);
                                        });
                                    }
                                />
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            </Show>
            <div class="pk-fac-actions">
                <button
                    type="button"
                    class="pk-button pk-button--primary"
                    disabled=move || shot.with(Option::is_none)
                    on:click=move |_| save()
                >
                    {move || i18n.t("photo-save")}
                </button>
                <button type="button" class="pk-button" on:click=move |_| {
                    stop();
                    on_done.run(None);
                }>
                    {move || i18n.t("cancel")}
                </button>
            </div>
        </div>
    }
}
