//! The pictogram picker: one dialog wherever a pictogram is chosen. Search as you type in
//! the person's language (then the others), browse categories, recent and favourite
//! pictograms, own photos (camera or file), a large preview with the spoken name, and
//! "add several at once".

use crate::arasaac;
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
use pictokit_pictograms::arasaac::{Found, Keyword, Progress};
use std::collections::BTreeMap;

/// How many search results are shown.
const RESULT_LIMIT: usize = 60;
/// How long typing must pause before ARASAAC is asked.
const ONLINE_PAUSE_MS: u64 = 400;

/// Where the ARASAAC search for the typed words is.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Online {
    /// Not asked (ARASAAC off, or nothing typed).
    Idle,
    /// On its way.
    Searching,
    /// Its answer.
    Found(Vec<Found>),
    /// It failed; the Fluent id of the calm message.
    Failed(&'static str),
}

/// Where keeping "all of them" on the device is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Keeping {
    Idle,
    Running(Progress),
    Done(Progress),
}

/// What the picker knows of an ARASAAC pictogram found online (a bare one if the answer
/// has moved on).
fn remote_found(online: RwSignal<Online>, id: u32) -> Found {
    online
        .with_untracked(|online| match online {
            Online::Found(found) => found.iter().find(|f| f.id == id).cloned(),
            _ => None,
        })
        .unwrap_or(Found {
            id,
            keywords: Vec::<Keyword>::new(),
            categories: Vec::new(),
            tags: Vec::new(),
        })
}

/// What the picker lists when nothing is typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Browse {
    Recent,
    Favourites,
    Categories,
    Category(usize),
    Photos,
    Arasaac,
}

/// The message id of a camera, microphone or network problem.
pub fn media_error_message(error: MediaError) -> &'static str {
    match error {
        MediaError::Denied => "media-denied",
        MediaError::Unavailable => "media-unavailable",
        MediaError::NotFound | MediaError::Malformed => "media-failed",
        MediaError::Timeout | MediaError::Http | MediaError::Network => "media-network",
    }
}

/// How many pickers were made, for their unique ids.
static PICKERS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Asks for pictograms for a profile; `on_pick` gets them when the facilitator confirms.
#[component]
pub fn PictoPicker(
    /// Whether the picker is open.
    open: RwSignal<bool>,
    /// Whose pictograms: their language, voice, recent and favourites. `None` for a profile
    /// not saved yet (no recent or favourites, nothing remembered).
    #[prop(into)]
    profile_id: Option<String>,
    /// The language to search in when there is no saved profile.
    #[prop(optional, into)]
    language: Option<Signal<Language>>,
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
    // A screen may hold two pickers (one pictogram, several): ids must not repeat.
    let uid = PICKERS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);

    let query = RwSignal::new(String::new());
    let browse = RwSignal::new(Browse::Categories);
    let selected = RwSignal::new(Vec::<PictoRef>::new());
    let preview = RwSignal::new(None::<Shown>);
    let making_photo = RwSignal::new(false);
    let online = RwSignal::new(Online::Idle);
    let keeping = RwSignal::new(Keeping::Idle);
    let stop_keeping = StoredValue::new(false);
    let downloading = RwSignal::new(false);
    let problem = RwSignal::new(None::<&'static str>);
    let asked = StoredValue::new(0u64);
    let arasaac_on = Signal::derive(move || state.device.with(|d| d.arasaac.enabled));
    let kept_any = Memo::new(move |_| {
        state
            .media
            .with(|all| all.values().any(|m| m.kind == MediaKind::Arasaac))
    });

    let pid = profile_id.clone();
    let profile = Memo::new(move |_| pid.as_deref().and_then(|id| state.profile(id)));
    let lang = Signal::derive(move || {
        profile.with(|p| match p {
            Some(p) => p.settings.language,
            None => language.map_or(Language::En, |l| l.get()),
        })
    });
    let black = Signal::derive(move || {
        profile.with(|p| {
            p.as_ref()
                .is_some_and(|p| p.settings.theme == Theme::HighContrast)
        })
    });
    let pid = profile_id.clone();
    let pictos = Memo::new(move |_| {
        pid.as_deref()
            .map(|id| state.pictos_of(id))
            .unwrap_or_default()
    });

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
                keeping.set(Keeping::Idle);
                problem.set(None);
                let _ = dialog.show_modal();
                if let Some(input) = search_ref.get_untracked() {
                    let _ = input.focus();
                }
            } else if !wants_open && dialog.open() {
                dialog.close();
            }
        }
    });

    // ARASAAC is asked once typing pauses; an answer to older words is dropped.
    Effect::new(move |_| {
        let q = query.get();
        let on = arasaac_on.get();
        let tag = lang.get().tag();
        let generation = asked.get_value() + 1;
        asked.set_value(generation);
        if !matches!(keeping.get_untracked(), Keeping::Running(_)) {
            keeping.set(Keeping::Idle);
        }
        if !on || q.trim().is_empty() {
            online.set(Online::Idle);
            return;
        }
        online.set(Online::Searching);
        set_timeout(
            move || {
                if asked.try_get_value() != Some(generation) {
                    return;
                }
                spawn_local(async move {
                    let result = match arasaac::client() {
                        Some(client) => client.search(tag, &q).await,
                        None => Ok(Vec::new()),
                    };
                    if asked.try_get_value() != Some(generation) {
                        return;
                    }
                    let _ = online.try_set(match result {
                        Ok(found) => Online::Found(found),
                        Err(error) => Online::Failed(error.message_id()),
                    });
                });
            },
            std::time::Duration::from_millis(ONLINE_PAUSE_MS),
        );
    });

    let items = Memo::new(move |_| {
        let library = pictograms.library();
        let library = library.as_deref();
        let (lang, black) = (lang.get(), black.get());
        let shown = |r: &PictoRef| show(library, &state, r, lang, black);
        let q = query.get();
        if !q.trim().is_empty() {
            let mut out: Vec<Shown> = Vec::new();
            let folded = pictokit_pictograms::fold::fold(q.trim());
            let kept = |kind: MediaKind| {
                state.media.with(|all| {
                    all.values()
                        .filter(|m| m.kind == kind)
                        .filter(|m| {
                            m.names
                                .values()
                                .any(|n| pictokit_pictograms::fold::fold(n).contains(&folded))
                        })
                        .filter_map(PictoRef::of_media)
                        .collect::<Vec<_>>()
                })
            };
            // Own photos first: they are the person's own things.
            out.extend(kept(MediaKind::Photo).iter().filter_map(shown));
            if let Some(library) = library {
                for hit in library.search(&q, lang.tag(), RESULT_LIMIT) {
                    let code = library.symbols()[hit.symbol].id.clone();
                    out.extend(shown(&PictoRef::Symbol(code)));
                }
            }
            // ARASAAC pictograms kept on the device, then those found online.
            out.extend(kept(MediaKind::Arasaac).iter().filter_map(shown));
            if let (Online::Found(found), Some(client)) = (online.get(), arasaac::client()) {
                let options = state.device.with(|d| d.arasaac.options);
                for found in found.iter().take(RESULT_LIMIT) {
                    let picto = found.picto();
                    if out.iter().any(|item| item.picto == picto) {
                        continue;
                    }
                    out.push(Shown {
                        picto,
                        src: client.image_url(found.id, &options),
                        label: found.name().to_owned(),
                    });
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
            Browse::Arasaac => state.media.with(|all| {
                all.values()
                    .filter(|m| m.kind == MediaKind::Arasaac)
                    .filter_map(PictoRef::of_media)
                    .filter_map(|picto| shown(&picto))
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
    // Closing also stops keeping a whole answer (after the picture on its way).
    let close = move || {
        stop_keeping.set_value(true);
        open.set(false);
    };
    let pid = profile_id.clone();
    let finish = Callback::new(move |chosen: Vec<PictoRef>| {
        if let Some(pid) = &pid {
            state.update_pictos(pid, |p| {
                for picto in chosen.iter().rev() {
                    p.note_recent(picto);
                }
            });
        }
        // Fetch both picture sets now, so the service worker keeps them for offline use.
        // Offline, one it does not keep yet fails: awaited, so that is no page error.
        if let Some(window) = web_sys::window() {
            for picto in &chosen {
                if let PictoRef::Symbol(code) = picto {
                    for black in [false, true] {
                        let fetched = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(
                            &pictokit_pictograms::library::image_path(code, black),
                        ));
                        spawn_local(async move {
                            let _ = fetched.await;
                        });
                    }
                }
            }
        }
        on_pick.run(chosen);
        close();
    });
    let is_kept = move |picto: &PictoRef| {
        picto
            .media_id()
            .is_some_and(|id| state.media.with_untracked(|all| all.contains_key(&id)))
    };
    // Chosen ARASAAC pictograms are downloaded first, so they work offline from the start.
    let confirm = Callback::new(move |()| {
        let chosen = selected.get_untracked();
        if chosen.is_empty() || downloading.get_untracked() {
            return;
        }
        let missing: Vec<Found> = chosen
            .iter()
            .filter_map(|picto| match picto {
                PictoRef::Arasaac(id) if !is_kept(picto) => Some(remote_found(online, *id)),
                _ => None,
            })
            .collect();
        if missing.is_empty() {
            finish.run(chosen);
            return;
        }
        downloading.set(true);
        problem.set(None);
        spawn_local(async move {
            let options = state.device.with_untracked(|d| d.arasaac.options);
            let tag = lang.get_untracked().tag();
            let mut failed = None;
            match arasaac::client() {
                Some(client) => {
                    for found in &missing {
                        let saved = match client.download(found, tag, &options, now_ms()).await {
                            Ok(media) => state.save_media(media).map_err(|e| e.message_id()),
                            Err(error) => Err(error.message_id()),
                        };
                        if let Err(id) = saved {
                            failed = Some(id);
                        }
                    }
                }
                None => failed = Some("arasaac-server"),
            }
            if downloading.try_set(false).is_some() {
                return;
            }
            match failed {
                None => finish.run(chosen),
                Some(id) => {
                    problem.set(Some(id));
                    selected.update(|chosen| {
                        chosen.retain(|p| !matches!(p, PictoRef::Arasaac(_)) || is_kept(p))
                    });
                }
            }
        });
    });
    let keep_all = move || {
        let Online::Found(found) = online.get_untracked() else {
            return;
        };
        let Some(client) = arasaac::client() else {
            return;
        };
        stop_keeping.set_value(false);
        problem.set(None);
        keeping.set(Keeping::Running(Progress {
            total: found.len(),
            ..Progress::default()
        }));
        spawn_local(async move {
            let options = state.device.with_untracked(|d| d.arasaac.options);
            let tag = lang.get_untracked().tag();
            let have = |id: &str| state.media.with_untracked(|all| all.contains_key(id));
            let progress = client
                .download_all(&found, tag, &options, now_ms(), have, |result, so_far| {
                    if let Ok(media) = result {
                        if let Err(error) = state.save_media(media) {
                            let _ = problem.try_set(Some(error.message_id()));
                            return false;
                        }
                    }
                    let _ = keeping.try_set(Keeping::Running(so_far));
                    !stop_keeping.try_get_value().unwrap_or(true)
                })
                .await;
            if progress.failed > 0 {
                let _ = problem.try_set(Some("arasaac-picture"));
            }
            let _ = keeping.try_set(Keeping::Done(progress));
        });
    };
    let pid = profile_id.clone();
    let toggle_favourite = Callback::new(move |picto: PictoRef| {
        if let Some(pid) = &pid {
            state.update_pictos(pid, |p| {
                p.toggle_favourite(&picto);
            });
        }
    });
    let has_profile = profile_id.is_some();

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
                    let picture = library
                        .category_picture(index)
                        .map(|symbol| symbol.id.clone())
                        .unwrap_or_default();
                    let src = pictokit_pictograms::library::image_path(&picture, black);
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

    // What ARASAAC said, and keeping all of its answer on the device.
    let online_view = move || {
        let searching = query.with(|q| !q.trim().is_empty());
        if !searching || !arasaac_on.get() {
            return None;
        }
        let line = match online.get() {
            Online::Idle => None,
            Online::Searching => Some(i18n.t("arasaac-searching")),
            Online::Found(found) if found.is_empty() => {
                Some(i18n.ta("arasaac-none", &[("query", query.get_untracked().trim())]))
            }
            Online::Found(found) => {
                Some(i18n.ta("arasaac-found", &[("count", &found.len().to_string())]))
            }
            Online::Failed(id) => Some(i18n.t(id)),
        };
        let count = match online.get() {
            Online::Found(found) => found.len(),
            _ => 0,
        };
        let keeping_view = match keeping.get() {
            Keeping::Running(progress) => view! {
                <div class="pk-picker__keeping">
                    <label for=format!("pk-keep-progress-{uid}")>{i18n.t("arasaac-progress")}</label>
                    <progress
                        id=format!("pk-keep-progress-{uid}")
                        max=progress.total.to_string()
                        value=(progress.done + progress.failed).to_string()
                    ></progress>
                    <span>
                        {i18n.ta(
                            "arasaac-progress-count",
                            &[
                                ("done", &(progress.done + progress.failed).to_string()),
                                ("total", &progress.total.to_string()),
                            ],
                        )}
                    </span>
                    <button type="button" class="pk-button" on:click=move |_| stop_keeping.set_value(true)>
                        {i18n.t("arasaac-stop")}
                    </button>
                </div>
            }
            .into_any(),
            Keeping::Done(progress) => {
                let message = if progress.cancelled {
                    i18n.ta("arasaac-stopped", &[("count", &progress.done.to_string())])
                } else {
                    i18n.ta("arasaac-kept-now", &[("count", &progress.done.to_string())])
                };
                view! { <p class="pk-picker__kept">{message}</p> }.into_any()
            }
            Keeping::Idle if count > 0 => view! {
                <div class="pk-picker__keeping">
                    <button type="button" class="pk-button" on:click=move |_| keep_all()>
                        {i18n.ta("arasaac-keep-all", &[("count", &count.to_string())])}
                    </button>
                    <p class="pk-field__note">{i18n.t("arasaac-keep-hint")}</p>
                </div>
            }
            .into_any(),
            Keeping::Idle => ().into_any(),
        };
        Some(view! {
            <div class="pk-picker__online">
                <p role="status">{line}</p>
                {keeping_view}
            </div>
        })
    };

    view! {
        <dialog
            node_ref=dialog_ref
            class="pk-picker"
            aria-labelledby=format!("pk-picker-title-{uid}")
            on:cancel=move |event: leptos::ev::Event| {
                event.prevent_default();
                close();
            }
        >
            <header class="pk-picker__header">
                <h2 id=format!("pk-picker-title-{uid}")>
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
                    <label for=format!("pk-picker-search-{uid}")>{move || i18n.t("picker-search")}</label>
                    <input
                        id=format!("pk-picker-search-{uid}")
                        node_ref=search_ref
                        type="search"
                        autocomplete="off"
                        lang=move || lang.get().tag()
                        prop:value=move || query.get()
                        on:input=move |event| query.set(event_target_value(&event))
                    />
                </div>
                <div class="pk-picker__tabs" role="group" aria-label=move || i18n.t("picker-browse")>
                    {has_profile.then(|| tab(Browse::Recent, "picker-recent"))}
                    {has_profile.then(|| tab(Browse::Favourites, "picker-favourites"))}
                    {tab(Browse::Categories, "picker-categories")}
                    {tab(Browse::Photos, "picker-photos")}
                    <Show when=move || arasaac_on.get() || kept_any.get()>
                        {tab(Browse::Arasaac, "picker-kept-arasaac")}
                    </Show>
                </div>
                <div class="pk-picker__body">
                    <div class="pk-picker__list">
                        <p class="pk-picker__status" role="status">{status}</p>
                        {online_view}
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
                                        let from_arasaac = matches!(picto, PictoRef::Arasaac(_));
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
                                                    {from_arasaac.then(|| view! {
                                                        <span class="pk-pick__badge">{move || i18n.t("arasaac-badge")}</span>
                                                    })}
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
                                let from_arasaac = matches!(picto, PictoRef::Arasaac(_));
                                view! {
                                    <img class="pk-picker__big" src=item.src.clone() alt="" />
                                    <p class="pk-picker__name" lang=move || lang.get().tag()>{item.label.clone()}</p>
                                    {from_arasaac.then(|| view! {
                                        <p class="pk-picker__credit">{move || i18n.t("arasaac-credit")}</p>
                                    })}
                                    <button type="button" class="pk-button" on:click=move |_| say(&label)>
                                        {move || i18n.t("picker-listen")}
                                    </button>
                                    <button
                                        type="button"
                                        class="pk-button"
                                        class:pk-hidden=!has_profile
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
                        {move || {
                            if downloading.get() {
                                i18n.t("arasaac-downloading")
                            } else {
                                i18n.ta("picker-selected", &[("count", &selected.with(Vec::len).to_string())])
                            }
                        }}
                    </p>
                    <p class="pk-field__error" role="alert">{move || problem.get().map(|id| i18n.t(id))}</p>
                    <button
                        type="button"
                        class="pk-button pk-button--primary"
                        disabled=move || selected.with(Vec::is_empty) || downloading.get()
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
        let media = Media::own(id.clone(), MediaKind::Photo, data_url, names, now_ms());
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
