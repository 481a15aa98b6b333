//! The sorting mat (issue #7): the facilitator's mats and their sessions' results, and the
//! person sorting one card at a time in person mode.
//!
//! A mat is a topic, its cards (pictures with words) and a scale of three or five places
//! ("I like it" … "I don't like it"). Each time the person sorts it is a session, written
//! at every tap, so a reload keeps every card where it was put. The facilitator sees each
//! session's results picture (the cards under each place), prints it, and compares two
//! sessions card by card.

use crate::records::{history_of, sorting_of, update_sorting, Place as WsPlace, Turn};
use leptos::prelude::*;
use pictokit_domain::picto::PictoRef;
use pictokit_domain::profile::Profile;
use pictokit_domain::sorting::{
    compare, Card, Change, ChangeKind, Mat, Place, Scale, Session, SortingProblem, Summary,
    TOO_NEW_MESSAGE_ID,
};
use pictokit_domain::Language;
use pictokit_kit::ConfirmDialog;
use pictokit_pictograms::ui::{self, UiPicture};
use pictokit_shell::device::when_words;
use pictokit_shell::frame::{try_as_person_at, FacilitatorFrame};
use pictokit_shell::i18n::{use_i18n, I18n};
use pictokit_shell::library::{show, use_pictograms, Pictograms};
use pictokit_shell::person::PersonCtx;
use pictokit_shell::picker::PictoPicker;
use pictokit_shell::print::Sheet;
use pictokit_shell::routes::{use_router, Route};
use pictokit_shell::state::{new_id, now_ms, use_state, AppState};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Ids of results pictures, so that several on one screen never repeat one.
static RESULTS: AtomicUsize = AtomicUsize::new(0);

/// Taps on a place (or on Undo) this soon after the last one are taken as the same hard
/// tap, as in the questionnaire.
const REPEAT_TAP_MS: u64 = 700;

/// The bundled OpenMoji face of a place: calm faces, from loving to strongly disliking.
pub fn place_symbol(place: Place) -> UiPicture {
    match place {
        Place::Love => ui::LOVE,
        Place::Like => ui::LIKE,
        Place::Unsure => ui::UNSURE,
        Place::Dislike => ui::DISLIKE,
        Place::Hate => ui::HATE,
    }
}

/// The picture of a place (the outline set for high contrast).
pub fn place_picture(place: Place, black: bool) -> String {
    place_symbol(place).path(black)
}

/// The picture of a card's pictogram.
fn card_picture(
    state: &AppState,
    pictograms: Pictograms,
    picto: &PictoRef,
    lang: Language,
    black: bool,
) -> String {
    show(pictograms.library().as_deref(), state, picto, lang, black)
        .map(|shown| shown.src)
        .unwrap_or_default()
}

/// The results picture of a session: each place of the scale (its picture and words) with
/// the cards put there (their pictures and words), in the language of `i18n`.
#[component]
pub fn ResultPicture(
    /// The mat.
    mat: Mat,
    /// The session.
    session: Session,
    /// Outline pictures (high contrast).
    #[prop(optional)]
    black: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let pictograms = use_pictograms();
    let lang = i18n.lang.get_untracked();
    let n = RESULTS.fetch_add(1, Ordering::Relaxed);
    let class = match mat.scale {
        Scale::Three => "pk-sort-result pk-sort-result--three",
        Scale::Five => "pk-sort-result pk-sort-result--five",
    };
    let places = session
        .result(&mat)
        .into_iter()
        .map(|(place, cards)| {
            let heading_id = format!("pk-sort-result-{n}-{}", place.key());
            let labelled_by = heading_id.clone();
            let cards = if cards.is_empty() {
                view! { <p class="pk-sort-result__none">{i18n.t("sorting-result-none")}</p> }
                    .into_any()
            } else {
                let items = cards
                    .into_iter()
                    .map(|card| {
                        let src = card_picture(&state, pictograms, &card.picto, lang, black);
                        result_card(src, card.label.clone())
                    })
                    .collect_view();
                view! { <ul class="pk-sort-result__cards" role="list">{items}</ul> }.into_any()
            };
            view! {
                <section class=format!("pk-sort-result__place pk-sort-place--{}", place.key()) aria-labelledby=labelled_by>
                    <p class="pk-sort-result__heading" id=heading_id>
                        <img src=place_picture(place, black) alt="" />
                        <span>{i18n.t(place.message_id())}</span>
                    </p>
                    {cards}
                </section>
            }
        })
        .collect_view();
    view! { <div class=class>{places}</div> }
}

/// The sorting mats of a person, on the workshop's home.
#[component]
pub fn SortingSection(profile_id: String) -> impl IntoView {
    let state = use_state();
    let router = use_router();
    let i18n = use_i18n();
    let name = state
        .profile(&profile_id)
        .map(|p| p.settings.name)
        .unwrap_or_default();
    let id = StoredValue::new(profile_id);
    let mats = Memo::new(move |_| {
        let (record, _) = id.with_value(|id| sorting_of(&state, id));
        record
            .mats
            .iter()
            .map(|mat| {
                let sessions = record.sessions_of(&mat.id).len();
                (
                    mat.id.clone(),
                    mat.topic.clone(),
                    mat.cards.len(),
                    mat.scale,
                    sessions,
                )
            })
            .collect::<Vec<_>>()
    });
    let open = move |rest: String| {
        id.with_value(|id| router.go(WsPlace::Mat(rest).route(id)));
    };
    view! {
        <section class="pk-fac-section" aria-labelledby="pk-ws-mats-title">
            <h2 id="pk-ws-mats-title" class="pk-section-title">{move || i18n.t("sorting-title")}</h2>
            <p class="pk-fac-hint">{move || i18n.ta("sorting-hint", &[("name", &name)])}</p>
            {move || {
                let mats = mats.get();
                if mats.is_empty() {
                    return view! { <p class="pk-empty">{i18n.t("sorting-none")}</p> }.into_any();
                }
                let rows = mats
                    .into_iter()
                    .map(|(mat_id, topic, cards, scale, sessions)| {
                        let meta = i18n.ta(
                            "sorting-mat-meta",
                            &[
                                ("cards", &cards.to_string()),
                                ("scale", &i18n.t(scale.message_id())),
                                ("sessions", &sessions.to_string()),
                            ],
                        );
                        let label = i18n.ta("sorting-open-label", &[("topic", &topic)]);
                        view! {
                            <li class="pk-sort-mat">
                                <div class="pk-sort-mat__text">
                                    <p class="pk-sort-mat__topic">{topic}</p>
                                    <p class="pk-sort-mat__meta">{meta}</p>
                                </div>
                                <button type="button" class="pk-button" aria-label=label on:click=move |_| open(mat_id.clone())>
                                    {i18n.t("sorting-open")}
                                </button>
                            </li>
                        }
                    })
                    .collect_view();
                view! { <ul class="pk-sort-mats" role="list">{rows}</ul> }.into_any()
            }}
            <div class="pk-fac-actions">
                <button type="button" class="pk-button pk-button--primary" on:click=move |_| open("new".to_owned())>
                    <span aria-hidden="true">"+ "</span>
                    {move || i18n.t("sorting-new")}
                </button>
            </div>
        </section>
    }
}

/// A sorting mat's screens for the facilitator (`rest`: `new`, `<mat>`, `<mat>/edit`).
#[component]
pub fn MatScreen(profile_id: String, rest: String) -> impl IntoView {
    let state = use_state();
    let Some(profile) = state.profile(&profile_id) else {
        return pictokit_shell::frame::home();
    };
    let name = profile.settings.name.clone();
    let lang = profile.settings.language;
    if rest == "new" {
        return view! { <MatEditor profile_id=profile_id name=name lang=lang mat=None /> }
            .into_any();
    }
    let (mat_id, edit) = match rest.split_once('/') {
        Some((mat_id, "edit")) => (mat_id.to_owned(), true),
        _ => (rest.clone(), false),
    };
    let mat = sorting_of(&state, &profile_id).0.mat(&mat_id).cloned();
    match (mat, edit) {
        (None, _) => view! { <Gone profile_id=profile_id /> }.into_any(),
        (Some(mat), true) => {
            view! { <MatEditor profile_id=profile_id name=name lang=lang mat=Some(mat) /> }
                .into_any()
        }
        (Some(mat), false) => {
            view! { <MatView profile_id=profile_id name=name mat_id=mat.id /> }.into_any()
        }
    }
}

/// A mat that is not there (deleted, or a wrong address): a calm message and the way back.
#[component]
fn Gone(profile_id: String) -> impl IntoView {
    let router = use_router();
    let i18n = use_i18n();
    view! {
        <FacilitatorFrame title=Signal::derive(move || i18n.t("sorting-title"))>
            <p class="pk-message pk-message--warning" role="status">{move || i18n.t("sorting-not-found")}</p>
            <div class="pk-fac-actions">
                <button type="button" class="pk-button" on:click=move |_| router.go(WsPlace::Home.route(&profile_id))>
                    <span aria-hidden="true">"← "</span>
                    {move || i18n.t("sorting-back")}
                </button>
            </div>
        </FacilitatorFrame>
    }
}

/// The message ids of some problems, each once, in order.
fn problem_messages(problems: &[SortingProblem]) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for problem in problems {
        let id = problem.message_id();
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

/// Making or changing a mat: its topic, its scale and its cards.
#[component]
fn MatEditor(profile_id: String, name: String, lang: Language, mat: Option<Mat>) -> impl IntoView {
    let state = use_state();
    let router = use_router();
    let i18n = use_i18n();
    let pictograms = use_pictograms();
    pictograms.ensure_loaded();
    let id = StoredValue::new(profile_id.clone());
    let editing = mat.is_some();
    let mat_id = StoredValue::new(
        mat.as_ref()
            .map(|m| m.id.clone())
            .unwrap_or_else(|| new_id("m")),
    );
    let created = mat.as_ref().map(|m| m.created_ms);
    let topic = RwSignal::new(mat.as_ref().map(|m| m.topic.clone()).unwrap_or_default());
    let scale = RwSignal::new(mat.as_ref().map(|m| m.scale).unwrap_or(Scale::Three));
    let cards = RwSignal::new(mat.as_ref().map(|m| m.cards.clone()).unwrap_or_default());
    let problems = RwSignal::new(Vec::<&'static str>::new());
    let picker_open = RwSignal::new(false);
    let title = match &mat {
        Some(mat) => i18n.ta("sorting-edit-title", &[("topic", &mat.topic)]),
        None => i18n.ta("sorting-new-title", &[("name", &name)]),
    };
    let on_pick = Callback::new(move |chosen: Vec<PictoRef>| {
        let library = pictograms.library();
        let added: Vec<Card> = chosen
            .into_iter()
            .map(|picto| {
                let label = show(library.as_deref(), &state, &picto, lang, false)
                    .map(|shown| shown.label)
                    .unwrap_or_default();
                Card {
                    id: new_id("c"),
                    picto,
                    label,
                }
            })
            .collect();
        cards.update(|cards| cards.extend(added));
        problems.set(Vec::new());
    });
    let back = move || {
        id.with_value(|id| {
            let place = match editing {
                true => WsPlace::Mat(mat_id.get_value()),
                false => WsPlace::Home,
            };
            router.go(place.route(id));
        })
    };
    let save = move || {
        let made = Mat::new(
            &mat_id.get_value(),
            &topic.get_untracked(),
            scale.get_untracked(),
            cards.get_untracked(),
            created.unwrap_or_else(now_ms),
        );
        let result = made.and_then(|mat| {
            id.with_value(|id| {
                update_sorting(state, id, |record| match editing {
                    true => record.replace_mat(mat),
                    false => record.add_mat(mat),
                })
            })
            .unwrap_or(Err(Vec::new()))
        });
        match result {
            Ok(()) => {
                problems.set(Vec::new());
                id.with_value(|id| router.go(WsPlace::Mat(mat_id.get_value()).route(id)));
            }
            Err(found) if found.is_empty() => problems.set(vec![TOO_NEW_MESSAGE_ID]),
            Err(found) => problems.set(problem_messages(&found)),
        }
    };
    let scales = [Scale::Three, Scale::Five]
        .into_iter()
        .map(|option| {
            let preview_id = format!("pk-sort-scale-{}", option.as_str());
            let preview = option
                .places()
                .iter()
                .map(|place| place_item(i18n, *place))
                .collect_view();
            view! {
                <div class="pk-sort-scale" class:pk-sort-scale--chosen=move || scale.get() == option>
                    <label class="pk-sort-scale__choice">
                        <input
                            type="radio"
                            name="pk-sort-scale"
                            aria-describedby=preview_id.clone()
                            prop:checked=move || scale.get() == option
                            on:change=move |_| scale.set(option)
                        />
                        <span>{move || i18n.t(option.message_id())}</span>
                    </label>
                    <ul class="pk-sort-scale__places" id=preview_id role="list">{preview}</ul>
                </div>
            }
        })
        .collect_view();
    view! {
        <FacilitatorFrame title=Signal::derive(move || title.clone())>
            <form class="pk-sort-editor" on:submit=move |ev| { ev.prevent_default(); save(); }>
                <section class="pk-fac-section">
                    <label class="pk-field">
                        <span class="pk-field__label">{move || i18n.t("sorting-topic")}</span>
                        <input
                            class="pk-input"
                            type="text"
                            maxlength="60"
                            placeholder=move || i18n.t("sorting-topic-hint")
                            prop:value=move || topic.get()
                            on:input=move |ev| {
                                topic.set(event_target_value(&ev));
                                problems.set(Vec::new());
                            }
                        />
                    </label>
                </section>
                <fieldset class="pk-fac-section pk-sort-scales">
                    <legend class="pk-section-title">{move || i18n.t("sorting-scale")}</legend>
                    {scales}
                </fieldset>
                <section class="pk-fac-section" aria-labelledby="pk-sort-cards-title">
                    <h2 id="pk-sort-cards-title" class="pk-section-title">{move || i18n.t("sorting-cards")}</h2>
                    <p class="pk-fac-hint">{move || i18n.t("sorting-cards-hint")}</p>
                    <Show
                        when=move || !cards.with(Vec::is_empty)
                        fallback=move || view! { <p class="pk-empty">{i18n.t("sorting-no-cards")}</p> }
                    >
                        <ol class="pk-sort-edit-cards">
                            <For
                                each=move || cards.get()
                                key=|card| card.id.clone()
                                children=move |card: Card| {
                                    let card_id = StoredValue::new(card.id.clone());
                                    let number = move || {
                                        cards
                                            .with(|all| all.iter().position(|c| card_id.with_value(|id| &c.id == id)))
                                            .map(|at| at + 1)
                                            .unwrap_or(0)
                                    };
                                    let label = move || {
                                        cards.with(|all| {
                                            all.iter()
                                                .find(|c| card_id.with_value(|id| &c.id == id))
                                                .map(|c| c.label.clone())
                                                .unwrap_or_default()
                                        })
                                    };
                                    let src = card_picture(&state, pictograms, &card.picto, lang, false);
                                    view! {
                                        <li class="pk-sort-edit-card">
                                            <img class="pk-sort-edit-card__img" src=src alt="" />
                                            <label class="pk-field pk-sort-edit-card__field">
                                                <span class="pk-field__label">
                                                    {move || i18n.ta("sorting-card-word", &[("n", &number().to_string())])}
                                                </span>
                                                <input
                                                    class="pk-input"
                                                    type="text"
                                                    maxlength="60"
                                                    prop:value=label
                                                    on:input=move |ev| {
                                                        let typed = event_target_value(&ev);
                                                        cards.update(|all| {
                                                            if let Some(c) = all.iter_mut().find(|c| card_id.with_value(|id| &c.id == id)) {
                                                                c.label = typed;
                                                            }
                                                        });
                                                    }
                                                />
                                            </label>
                                            <button
                                                type="button"
                                                class="pk-button"
                                                aria-label=move || i18n.ta("sorting-remove-card-label", &[("card", &label())])
                                                on:click=move |_| cards.update(|all| all.retain(|c| card_id.with_value(|id| &c.id != id)))
                                            >
                                                {move || i18n.t("sorting-remove-card")}
                                            </button>
                                        </li>
                                    }
                                }
                            />
                        </ol>
                    </Show>
                    <div class="pk-fac-actions">
                        <button type="button" class="pk-button" on:click=move |_| picker_open.set(true)>
                            <span aria-hidden="true">"+ "</span>
                            {move || i18n.t("sorting-add-cards")}
                        </button>
                    </div>
                </section>
                <div role="alert" class="pk-sort-problems">
                    {move || {
                        problems
                            .get()
                            .into_iter()
                            .map(|id| view! { <p class="pk-field__error">{i18n.t(id)}</p> })
                            .collect_view()
                    }}
                </div>
                <div class="pk-fac-actions">
                    <button type="submit" class="pk-button pk-button--primary">{move || i18n.t("sorting-save")}</button>
                    <button type="button" class="pk-button" on:click=move |_| back()>{move || i18n.t("sorting-cancel")}</button>
                </div>
            </form>
            <PictoPicker open=picker_open profile_id=profile_id multiple=true on_pick=on_pick />
        </FacilitatorFrame>
    }
    .into_any()
}

/// The icon of a kind of change (an arrow up, down, an equals sign…), beside its words.
fn change_icon(kind: ChangeKind) -> impl IntoView {
    let path = match kind {
        ChangeKind::Warmer => "M12 19V5M5 12l7-7 7 7",
        ChangeKind::Cooler => "M12 5v14M5 12l7 7 7-7",
        ChangeKind::Same => "M5 9h14M5 15h14",
        ChangeKind::New => "M12 5v14M5 12h14",
        ChangeKind::Missing => "M5 12h14",
    };
    view! {
        <svg class="pk-icon" viewBox="0 0 24 24" aria-hidden="true">
            <path d=path fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
    }
}

/// A mat for the facilitator: its cards and scale, "Sort with …", every session's results
/// (newest first) and the comparison of two sessions.
#[component]
fn MatView(profile_id: String, name: String, mat_id: String) -> impl IntoView {
    let state = use_state();
    let router = use_router();
    let i18n = use_i18n();
    let pictograms = use_pictograms();
    pictograms.ensure_loaded();
    let id = StoredValue::new(profile_id);
    let mat_key = StoredValue::new(mat_id);
    let name = StoredValue::new(name);
    let problem = RwSignal::new(None::<&'static str>);
    let confirm_delete = RwSignal::new(false);
    let record = Memo::new(move |_| id.with_value(|id| sorting_of(&state, id).0));
    let mat = Memo::new(move |_| record.with(|r| mat_key.with_value(|m| r.mat(m).cloned())));
    let sessions = Memo::new(move |_| {
        record.with(|r| {
            mat_key.with_value(|m| {
                r.sessions_of(m)
                    .into_iter()
                    .cloned()
                    .collect::<Vec<Session>>()
            })
        })
    });
    let lang = move || i18n.lang.get();
    let topic = move || mat.with(|m| m.as_ref().map(|m| m.topic.clone()).unwrap_or_default());
    let sort = move |session_id: Option<String>| {
        let pid = id.get_value();
        let mat_id = mat_key.get_value();
        let session_id = match session_id {
            Some(session_id) => session_id,
            None => {
                let workshop = history_of(&state, &pid)
                    .0
                    .current_workshop()
                    .map(|w| w.id.clone());
                let session_id = new_id("s");
                let started = update_sorting(state, &pid, |record| {
                    record
                        .start_session(&session_id, &mat_id, workshop, now_ms())
                        .map(|_| ())
                        .map_err(|problem| problem.message_id())
                });
                match started {
                    Some(Ok(())) => session_id,
                    Some(Err(message)) => return problem.set(Some(message)),
                    None => return problem.set(Some(TOO_NEW_MESSAGE_ID)),
                }
            }
        };
        try_as_person_at(
            state,
            router,
            Turn::Mat(format!("{mat_id}/{session_id}")).route(&pid),
        );
    };
    let delete = Callback::new(move |()| {
        confirm_delete.set(false);
        let pid = id.get_value();
        let removed = update_sorting(state, &pid, |record| {
            mat_key.with_value(|m| record.remove_mat(m))
        });
        match removed {
            Some(_) => router.go(WsPlace::Home.route(&pid)),
            None => problem.set(Some(TOO_NEW_MESSAGE_ID)),
        }
    });

    let overview = move || {
        let Some(mat) = mat.get() else {
            return view! { <p class="pk-message pk-message--warning" role="status">{i18n.t("sorting-not-found")}</p> }.into_any();
        };
        let cards = mat
            .cards
            .iter()
            .map(|card| {
                let src = card_picture(&state, pictograms, &card.picto, lang(), false);
                result_card(src, card.label.clone())
            })
            .collect_view();
        let places = mat
            .scale
            .places()
            .iter()
            .map(|place| place_item(i18n, *place))
            .collect_view();
        let meta = i18n.ta(
            "sorting-mat-summary",
            &[
                ("cards", &mat.cards.len().to_string()),
                ("scale", &i18n.t(mat.scale.message_id())),
            ],
        );
        view! {
            <section class="pk-fac-section" aria-labelledby="pk-sort-mat-cards">
                <h2 id="pk-sort-mat-cards" class="pk-section-title">{i18n.t("sorting-cards")}</h2>
                <p class="pk-fac-hint">{meta}</p>
                <ul class="pk-sort-scale__places" role="list">{places}</ul>
                <ul class="pk-sort-result__cards pk-sort-mat-cards" role="list">{cards}</ul>
                <div class="pk-fac-actions">
                    <button type="button" class="pk-button pk-button--primary" on:click=move |_| sort(None)>
                        {name.with_value(|name| i18n.ta("sorting-sort-with", &[("name", name)]))}
                    </button>
                    <button
                        type="button"
                        class="pk-button"
                        on:click=move |_| id.with_value(|id| router.go(WsPlace::Mat(format!("{}/edit", mat_key.get_value())).route(id)))
                    >
                        {i18n.t("sorting-edit")}
                    </button>
                    <button type="button" class="pk-button pk-button--danger" on:click=move |_| confirm_delete.set(true)>
                        {i18n.t("sorting-delete")}
                    </button>
                </div>
            </section>
        }
        .into_any()
    };

    let session_list = move || {
        let Some(mat) = mat.get() else {
            return ().into_any();
        };
        let all = sessions.get();
        if all.is_empty() {
            return view! {
                <p class="pk-empty">{name.with_value(|name| i18n.ta("sorting-sessions-none", &[("name", name)]))}</p>
            }
            .into_any();
        }
        let items = all
            .into_iter()
            .enumerate()
            .rev()
            .map(|(index, session)| {
                let when = when_words(lang(), session.started_ms);
                let number = (index + 1).to_string();
                let title = i18n.ta("sorting-session-title", &[("n", &number), ("when", &when)]);
                let total = mat.cards.len().to_string();
                let status = if session.is_done() {
                    i18n.ta("sorting-session-done", &[("cards", &total)])
                } else {
                    let placed = (mat.cards.len() - session.unsorted(&mat).len()).to_string();
                    i18n.ta(
                        "sorting-session-unfinished",
                        &[("placed", &placed), ("cards", &total)],
                    )
                };
                let heading_id = format!("pk-sort-session-{}", session.id);
                let labelled_by = heading_id.clone();
                let print_label = i18n.ta("sorting-print-label", &[("n", &number)]);
                let sheet = Sheet::Sorting(mat.id.clone(), session.id.clone()).path();
                let go_on = (!session.is_done()).then(|| {
                    let session_id = session.id.clone();
                    view! {
                        <button type="button" class="pk-button" on:click=move |_| sort(Some(session_id.clone()))>
                            {name.with_value(|name| i18n.ta("sorting-go-on", &[("name", name)]))}
                        </button>
                    }
                });
                view! {
                    <li class="pk-sort-session">
                        <article aria-labelledby=labelled_by>
                            <h3 id=heading_id class="pk-sort-session__title">{title}</h3>
                            <p class="pk-sort-session__status">{status}</p>
                            <ResultPicture mat=mat.clone() session=session.clone() />
                            <div class="pk-fac-actions">
                                <button
                                    type="button"
                                    class="pk-button"
                                    aria-label=print_label
                                    on:click=move |_| id.with_value(|id| router.go(Route::Print(id.clone(), sheet.clone())))
                                >
                                    {i18n.t("sorting-print")}
                                </button>
                                {go_on}
                            </div>
                        </article>
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="pk-sort-sessions" role="list">{items}</ol> }.into_any()
    };

    view! {
        <FacilitatorFrame title=Signal::derive(move || i18n.ta("sorting-mat-title", &[("topic", &topic())]))>
            <div class="pk-fac-actions">
                <button type="button" class="pk-button" on:click=move |_| id.with_value(|id| router.go(WsPlace::Home.route(id)))>
                    <span aria-hidden="true">"← "</span>
                    {move || i18n.t("sorting-back")}
                </button>
            </div>
            {move || problem.get().map(|id| view! { <p class="pk-field__error" role="alert">{i18n.t(id)}</p> })}
            {overview}
            <section class="pk-fac-section" aria-labelledby="pk-sort-sessions-title">
                <h2 id="pk-sort-sessions-title" class="pk-section-title">{move || i18n.t("sorting-sessions")}</h2>
                {session_list}
            </section>
            {move || {
                let mat = mat.get()?;
                (sessions.with(Vec::len) >= 2).then(|| view! { <Comparison mat=mat sessions=sessions /> })
            }}
            <ConfirmDialog
                open=confirm_delete
                title=Signal::derive(move || i18n.ta("sorting-delete-title", &[("topic", &topic())]))
                body=Signal::derive(move || i18n.t("sorting-delete-body"))
                confirm_label=Signal::derive(move || i18n.t("sorting-delete-confirm"))
                cancel_label=Signal::derive(move || i18n.t("sorting-delete-keep"))
                on_confirm=delete
                on_cancel=Callback::new(move |()| confirm_delete.set(false))
            />
        </FacilitatorFrame>
    }
}

/// Where a card was put, in a comparison: the place's picture and words, or "Not placed".
fn place_words(i18n: I18n, place: Option<Place>, when: &'static str) -> impl IntoView {
    let (src, words) = match place {
        Some(place) => (
            Some(place_picture(place, false)),
            i18n.t(place.message_id()),
        ),
        None => (None, i18n.t("sorting-compare-not-placed")),
    };
    view! {
        <span class="pk-sort-change__place">
            <span class="pk-sort-change__when">{i18n.t(when)}</span>
            {src.map(|src| view! { <img src=src alt="" /> })}
            <span class="pk-sort-change__word">{words}</span>
        </span>
    }
}

/// Two sessions of a mat compared card by card, with a summary.
#[component]
fn Comparison(mat: Mat, sessions: Memo<Vec<Session>>) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let pictograms = use_pictograms();
    let mat = StoredValue::new(mat);
    let earlier = RwSignal::new(None::<String>);
    let later = RwSignal::new(None::<String>);
    // By default, the newest session against the one before it.
    let chosen = move || {
        sessions.with(|all| {
            let n = all.len();
            let pick = |wanted: Option<String>, default: usize| {
                wanted
                    .and_then(|id| all.iter().find(|s| s.id == id).cloned())
                    .or_else(|| all.get(default).cloned())
            };
            (
                pick(earlier.get(), n.saturating_sub(2)),
                pick(later.get(), n.saturating_sub(1)),
            )
        })
    };
    let select = move |label: &'static str, which: RwSignal<Option<String>>, is_later: bool| {
        view! {
            <label class="pk-field">
                <span class="pk-field__label">{move || i18n.t(label)}</span>
                <select class="pk-input" on:change=move |ev| which.set(Some(event_target_value(&ev)))>
                    {move || {
                        let (a, b) = chosen();
                        let now = if is_later { b } else { a }.map(|s| s.id);
                        sessions
                            .get()
                            .into_iter()
                            .enumerate()
                            .rev()
                            .map(|(index, s)| {
                                let selected = now.as_deref() == Some(s.id.as_str());
                                let when = when_words(i18n.lang.get(), s.started_ms);
                                let number = (index + 1).to_string();
                                view! {
                                    <option value=s.id.clone() selected=selected>
                                        {i18n.ta("sorting-session-title", &[("n", &number), ("when", &when)])}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
            </label>
        }
    };
    let changes = move || {
        let (Some(a), Some(b)) = chosen() else {
            return ().into_any();
        };
        mat.with_value(|mat| {
            let changes: Vec<Change> = compare(mat, &a, &b);
            if changes.is_empty() {
                return view! { <p class="pk-empty">{i18n.t("sorting-compare-nothing")}</p> }
                    .into_any();
            }
            let summary = Summary::of(&changes);
            let others = (summary.new + summary.missing > 0).then(|| {
                i18n.ta(
                    "sorting-compare-summary-other",
                    &[
                        ("new", &summary.new.to_string()),
                        ("missing", &summary.missing.to_string()),
                    ],
                )
            });
            let rows = changes
                .iter()
                .filter_map(|change| {
                    let card = mat.card(&change.card_id)?;
                    let kind = change.kind();
                    let src = card_picture(&state, pictograms, &card.picto, i18n.lang.get(), false);
                    Some(view! {
                        <li class=format!("pk-sort-change pk-sort-change--{}", kind_key(kind))>
                            <span class="pk-sort-change__card">
                                <img src=src alt="" />
                                <span>{card.label.clone()}</span>
                            </span>
                            <span class="pk-sort-change__places">
                                {place_words(i18n, change.before, "sorting-compare-before")}
                                <span class="pk-sort-change__arrow" aria-hidden="true">"→"</span>
                                {place_words(i18n, change.after, "sorting-compare-after")}
                            </span>
                            <span class="pk-sort-change__kind">
                                {change_icon(kind)}
                                {i18n.t(kind.message_id())}
                            </span>
                        </li>
                    })
                })
                .collect_view();
            view! {
                <p class="pk-sort-compare__summary" role="status">
                    {i18n.ta(
                        "sorting-compare-summary",
                        &[
                            ("warmer", &summary.warmer.to_string()),
                            ("cooler", &summary.cooler.to_string()),
                            ("same", &summary.same.to_string()),
                        ],
                    )}
                    {others.map(|others| view! { <br /> {others} })}
                </p>
                <ul class="pk-sort-changes" role="list" aria-label=i18n.t("sorting-compare-list")>{rows}</ul>
            }
            .into_any()
        })
    };
    view! {
        <section class="pk-fac-section pk-sort-compare" aria-labelledby="pk-sort-compare-title">
            <h2 id="pk-sort-compare-title" class="pk-section-title">{move || i18n.t("sorting-compare")}</h2>
            <p class="pk-fac-hint">{move || i18n.t("sorting-compare-hint")}</p>
            <div class="pk-sort-compare__choose">
                {select("sorting-compare-earlier", earlier, false)}
                {select("sorting-compare-later", later, true)}
            </div>
            {changes}
        </section>
    }
}

/// A short key of a kind of change, for its style.
fn kind_key(kind: ChangeKind) -> &'static str {
    match kind {
        ChangeKind::Same => "same",
        ChangeKind::Warmer => "warmer",
        ChangeKind::Cooler => "cooler",
        ChangeKind::New => "new",
        ChangeKind::Missing => "missing",
    }
}

/// The big way home at the end of a task, as the main thing to do next.
#[component]
fn HomeButton(on_press: impl Fn(leptos::ev::MouseEvent) + 'static) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <button type="button" class="pk-big-button pk-big-button--primary" data-main-action="" on:click=on_press>
            <img src=ui::HOME.path(false) alt="" />
            <span>{move || i18n.t("board-person-home")}</span>
        </button>
    }
}

/// The person sorting a mat's cards, in person mode (`rest`: `<mat>/<session>`).
#[component]
pub fn SortTurn(profile: Signal<Profile>, rest: String) -> impl IntoView {
    let ctx = PersonCtx::new(profile);
    let PersonCtx {
        state,
        i18n,
        speech,
        router,
        pictograms,
        ..
    } = ctx;
    pictograms.ensure_loaded();
    // The mat and session, from the address (it may change while this screen stays).
    let ids = Memo::new(move |_| {
        let rest = match router.route.get() {
            Route::Choosing(_, now) => match Turn::parse(&now) {
                Some(Turn::Mat(now)) => now,
                _ => rest.clone(),
            },
            _ => rest.clone(),
        };
        rest.split_once('/')
            .map(|(m, s)| (m.to_owned(), s.to_owned()))
            .unwrap_or_default()
    });
    let pid = move || ctx.id();
    let black = move || ctx.black();
    let lang = move || ctx.lang();
    let say = move |text: &str| ctx.say(text);
    let current = Memo::new(move |_| {
        let (record, _) = sorting_of(&state, &pid());
        let (mat_id, session_id) = ids.get();
        let session = record.session(&session_id).cloned()?;
        if session.mat_id != mat_id {
            return None;
        }
        let mat = record.mat(&session.mat_id).cloned()?;
        Some((mat, session))
    });
    // A hard tap that lands twice places one card, not two (and undoes one, not two).
    let last_tap = StoredValue::new(0u64);
    let fresh_tap = move || {
        let now = now_ms();
        let fresh = now.saturating_sub(last_tap.get_value()) >= REPEAT_TAP_MS;
        if fresh {
            last_tap.set_value(now);
        }
        fresh
    };
    let place = move |place: Place| {
        if !fresh_tap() {
            return;
        }
        say(&i18n.t(place.message_id()));
        let (_, session_id) = ids.get_untracked();
        update_sorting(state, &pid(), |record| {
            let _ = record.place(&session_id, place, now_ms());
        });
    };
    let undo = move |_| {
        if !fresh_tap() {
            return;
        }
        let (_, session_id) = ids.get_untracked();
        update_sorting(state, &pid(), |record| {
            record.undo_last(&session_id);
        });
    };
    let undo_button = move || {
        view! {
            <button type="button" class="pk-sort-turn__undo" on:click=undo>
                <img src=ui::UNDO.path(black()) alt="" />
                <span>{i18n.t("sorting-turn-undo")}</span>
            </button>
        }
    };
    let say_next = move |text: &str| {
        let settings = profile.with_untracked(|p| p.settings.clone());
        speech.say_next(text, settings.language, &settings.speech);
    };
    let go_home = move |_| {
        say(&i18n.t("board-person-home"));
        router.replace(Route::Person(pid()));
    };
    view! {
        <div class="pk-sort-turn">
            {move || {
                let Some((mat, session)) = current.get() else {
                    say_next(&i18n.t("sorting-turn-gone"));
                    return view! {
                        <div class="pk-sort-turn__end" role="status">
                            <img src=ui::WELL_DONE.path(black()) alt="" data-main-picture="" />
                            <p>{i18n.t("sorting-turn-gone")}</p>
                        </div>
                        <HomeButton on_press=go_home />
                    }
                    .into_any();
                };
                let placed_any = !session.placed.is_empty();
                let Some(card) = session.current_card(&mat).cloned() else {
                    // Said after the word of the last place tapped.
                    say_next(&i18n.t("sorting-turn-done"));
                    return view! {
                        <div class="pk-sort-turn__done">
                            <p class="pk-sort-turn__done-words" role="status">
                                <img src=ui::WELL_DONE.path(black()) alt="" />
                                <span>{i18n.t("sorting-turn-done")}</span>
                            </p>
                            <div class="pk-sort-turn__results" data-main-picture="">
                                <ResultPicture mat=mat.clone() session=session.clone() black=black() />
                            </div>
                            <div class="pk-sort-turn__end-actions">
                                <HomeButton on_press=go_home />
                                {placed_any.then(undo_button)}
                            </div>
                        </div>
                    }
                    .into_any();
                };
                let total = mat.cards.len();
                let n = total - session.unsorted(&mat).len() + 1;
                let percent = (n - 1) * 100 / total.max(1);
                let src = card_picture(&state, pictograms, &card.picto, lang(), black());
                let word = card.label.clone();
                let spoken = word.clone();
                let places = mat
                    .scale
                    .places()
                    .iter()
                    .map(|p| {
                        let p = *p;
                        view! {
                            <li>
                                <button type="button" class=format!("pk-sort-turn__place pk-sort-place--{}", p.key()) on:click=move |_| place(p)>
                                    <img src=place_picture(p, black()) alt="" />
                                    <span>{i18n.t(p.message_id())}</span>
                                </button>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="pk-sort-turn__progress">
                        <p>{i18n.ta("sorting-turn-progress", &[("n", &n.to_string()), ("total", &total.to_string())])}</p>
                        <div class="pk-sort-turn__bar" aria-hidden="true">
                            <span style:width=format!("{percent}%")></span>
                        </div>
                    </div>
                    <button type="button" class="pk-sort-turn__card" data-step=card.id.clone() on:click=move |_| say(&spoken)>
                        <img src=src alt="" data-main-picture="" />
                        <span>{word}</span>
                    </button>
                    <ul class="pk-sort-turn__places" data-main-action="" class:pk-sort-turn__places--five=mat.scale == Scale::Five role="list" aria-label=i18n.t("sorting-turn-places")>
                        {places}
                    </ul>
                    {placed_any.then(undo_button)}
                }
                .into_any()
            }}
        </div>
    }
}

/// A card of a sorting's results: its picture over its name.
fn result_card(src: String, label: String) -> impl IntoView {
    view! {
        <li class="pk-sort-result__card">
            <img src=src alt="" />
            <span>{label}</span>
        </li>
    }
}

/// A place of a mat in a list: its picture and its name.
fn place_item(i18n: I18n, place: Place) -> impl IntoView {
    view! {
        <li>
            <img src=place_picture(place, false) alt="" />
            <span>{move || i18n.t(place.message_id())}</span>
        </li>
    }
}
