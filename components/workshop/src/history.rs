//! The change history of a person (issue #7): every facilitator change to their profile,
//! lists, schedule, questionnaire and pictograms, newest first, grouped by workshop
//! session, each undone step by step so the person can see a change and reject it.

use crate::records::{history_of, undo, Place};
use leptos::prelude::*;
use pictokit_domain::history::{self, ChangeKind, Entry, History, Subject};
use pictokit_domain::profile::{GridDensity, TextSize, Theme};
use pictokit_domain::Language;
use pictokit_pictograms::ui;
use pictokit_shell::device::when_words;
use pictokit_shell::frame::{home, FacilitatorFrame, ForPerson};
use pictokit_shell::i18n::{use_i18n, I18n};
use pictokit_shell::library::{show, use_pictograms};
use pictokit_shell::looks::theme_message;
use pictokit_shell::routes::use_router;
use pictokit_shell::state::{use_state, AppState, Toast};

/// How many changes the workshop's home shows.
const LATEST: usize = 3;

/// What a change was, in words ("The theme of Núria's screen changed").
fn summary(i18n: I18n, entry: &Entry) -> String {
    let args: Vec<(&str, &str)> = entry
        .args
        .iter()
        .map(|(key, value)| (key.as_str(), value.as_str()))
        .collect();
    i18n.ta(&entry.summary_id, &args)
}

/// A profile setting's value in words, for the settings a person can see change.
fn setting_words(i18n: I18n, key: &str, value: &serde_json::Value) -> Option<String> {
    let value = value.clone();
    Some(match key {
        "theme" => i18n.t(theme_message(serde_json::from_value::<Theme>(value).ok()?)),
        "grid" => {
            let grid = serde_json::from_value::<GridDensity>(value).ok()?;
            i18n.ta("history-value-grid", &[("n", &grid.items().to_string())])
        }
        "text_size" => {
            let size = serde_json::from_value::<TextSize>(value).ok()?;
            i18n.t(&format!("text-size-{}", size.as_str()))
        }
        "language" => serde_json::from_value::<Language>(value)
            .ok()?
            .endonym()
            .to_owned(),
        "name" => value.as_str()?.to_owned(),
        _ => return None,
    })
}

/// What a change of one setting of a profile was and is ("Before: Warm · Now: Dark").
fn detail(i18n: I18n, entry: &Entry) -> Option<String> {
    if !matches!(entry.what, Subject::Profile(_)) {
        return None;
    }
    let (before, after) = (entry.before.as_object()?, entry.after.as_object()?);
    let (key, new) = after.iter().next().filter(|_| after.len() == 1)?;
    let old = before.get(key).filter(|_| before.len() == 1)?;
    Some(i18n.ta(
        "history-before-after",
        &[
            ("before", &setting_words(i18n, key, old)?),
            ("after", &setting_words(i18n, key, new)?),
        ],
    ))
}

/// The picture a change is shown with: the thing's own picture (the activity, the
/// pictogram, the new avatar), else the picture of its kind from `pictograms::ui`.
fn change_picture(
    state: &AppState,
    entry: &Entry,
    shown: &history::Shown,
    lang: Language,
) -> Option<String> {
    if let Some(picto) = &shown.picto {
        let pictograms = use_pictograms();
        pictograms.ensure_loaded();
        if let Some(own) = show(pictograms.library().as_deref(), state, picto, lang, false) {
            return Some(own.src);
        }
    }
    if shown.kind == ChangeKind::Avatar {
        let bundled = shown
            .avatar
            .as_deref()
            .and_then(pictokit_pictograms::avatar)
            .map(|symbol| symbol.path.to_owned());
        // A photo avatar is shown as itself; only a picture's data URL, never a link.
        let photo = || {
            entry
                .after
                .pointer("/avatar/value")
                .and_then(serde_json::Value::as_str)
                .filter(|url| url.starts_with("data:image/"))
                .map(str::to_owned)
        };
        return bundled
            .or_else(photo)
            .or_else(|| pictokit_pictograms::avatar("avatar-smile").map(|s| s.path.to_owned()));
    }
    ui::change_kind_picture(shown.kind, false)
}

/// One change: when, what, and its undo when it is the next one of its thing to undo.
#[component]
fn ChangeRow(
    profile_id: String,
    entry: Entry,
    undoable: bool,
    workshop: Option<String>,
) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let what = summary(i18n, &entry);
    let detail = detail(i18n, &entry);
    // Read with the person: the picture of what changed and its kind in their language,
    // and the change in their words when the facilitator's screen speaks another language.
    let person_lang = state
        .profile(&profile_id)
        .map_or(i18n.lang.get_untracked(), |p| p.settings.language);
    let person = I18n {
        lang: Signal::stored(person_lang),
    };
    let shown = history::shown(&entry);
    let picture = change_picture(&state, &entry, &shown, person_lang);
    let kind_words = person.t(shown.kind.message_id());
    let in_their_words = (person_lang != i18n.lang.get_untracked()).then(|| {
        let words = summary(person, &entry);
        let detail = self::detail(person, &entry);
        view! {
            <p class="pk-change__person" lang=person_lang.tag()>
                {words}
                {detail.map(|d| view! { <span class="pk-change__person-detail">" · "{d}</span> })}
            </p>
        }
    });
    let when = when_words(i18n.lang.get_untracked(), entry.at_ms);
    let kind = i18n.t(entry.what.message_id());
    let entry_id = entry.id;
    let undo_label = i18n.ta("history-undo-this", &[("change", &what)]);
    let said = what.clone();
    let on_undo = move |_| match undo(state, &profile_id, entry_id) {
        Ok(()) => state.toast.set(Some(Toast {
            message: i18n.ta("history-undone", &[("change", &said)]),
            undo_restore: None,
        })),
        Err(message) => state.toast.set(Some(Toast {
            message: i18n.t(message),
            undo_restore: None,
        })),
    };
    view! {
        <li class="pk-change" class:pk-change--undone=entry.undone>
            <figure class="pk-change__picture" lang=person_lang.tag()>
                {picture.map(|src| view! { <img class="pk-change__img" src=src alt="" /> })}
                <figcaption class="pk-change__kind">{kind_words}</figcaption>
            </figure>
            <div class="pk-change__text">
                <p class="pk-change__what">{what}</p>
                {detail.map(|detail| view! { <p class="pk-change__detail">{detail}</p> })}
                {in_their_words}
                <p class="pk-change__meta">
                    <span>{kind}</span>
                    " · "
                    <time>{when}</time>
                    {workshop.map(|name| view! { " · " <span>{name}</span> })}
                </p>
            </div>
            {if entry.undone {
                view! {
                    <p class="pk-change__undone">
                        <svg class="pk-icon" viewBox="0 0 24 24" aria-hidden="true">
                            <path d="M9 14 4 9l5-5M4 9h11a5 5 0 0 1 0 10h-3" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
                        </svg>
                        {i18n.t("history-is-undone")}
                    </p>
                }
                .into_any()
            } else if undoable {
                view! {
                    <button type="button" class="pk-button" aria-label=undo_label on:click=on_undo>
                        {i18n.t("history-undo")}
                    </button>
                }
                .into_any()
            } else {
                ().into_any()
            }}
        </li>
    }
}

/// The rows of some changes of a history.
fn rows(profile_id: &str, history: &History, entries: Vec<&Entry>) -> impl IntoView {
    entries
        .into_iter()
        .map(|entry| {
            let undoable = !entry.undone
                && history
                    .last_undoable(Some(&entry.what))
                    .is_some_and(|last| last.id == entry.id);
            let workshop = entry.workshop.as_ref().and_then(|id| {
                history
                    .workshops()
                    .iter()
                    .find(|w| &w.id == id)
                    .map(|w| w.name.clone())
            });
            view! {
                <ChangeRow
                    profile_id=profile_id.to_owned()
                    entry=entry.clone()
                    undoable=undoable
                    workshop=workshop
                />
            }
        })
        .collect_view()
}

/// The latest changes, on the workshop's home, with the way to all of them.
#[component]
pub fn LatestChanges(profile_id: String) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let router = use_router();
    let id = StoredValue::new(profile_id);
    let history = Memo::new(move |_| id.with_value(|id| history_of(&state, id).0));
    view! {
        <section class="pk-fac-section" aria-labelledby="pk-ws-changes-title">
            <h2 id="pk-ws-changes-title" class="pk-section-title">{move || i18n.t("history-title")}</h2>
            {move || {
                history.with(|history| {
                    if history.entries().is_empty() {
                        return view! { <p class="pk-empty">{i18n.t("history-empty")}</p> }.into_any();
                    }
                    let latest: Vec<&Entry> = history.newest_first().take(LATEST).collect();
                    let id = id.get_value();
                    view! { <ul class="pk-changes" role="list">{rows(&id, history, latest)}</ul> }.into_any()
                })
            }}
            <div class="pk-fac-actions">
                <button
                    type="button"
                    class="pk-button"
                    on:click=move |_| router.go(id.with_value(|id| Place::Changes.route(id)))
                >
                    {move || i18n.t("history-see-all")}
                </button>
            </div>
        </section>
    }
}

/// Every change of a person, newest first, by workshop session.
#[component]
pub fn ChangesScreen(profile_id: String) -> impl IntoView {
    let Some(person) = ForPerson::of(&profile_id) else {
        return home();
    };
    let (state, router, i18n, _) = person.parts();
    let name = person.name();
    let id = StoredValue::new(profile_id);
    let loaded = Memo::new(move |_| id.with_value(|id| history_of(&state, id)));
    view! {
        <FacilitatorFrame title=Signal::derive(move || i18n.ta("history-screen-title", &[("name", &name())]))>
            <p class="pk-fac-hint">{move || i18n.ta("history-hint", &[("name", &name())])}</p>
            {move || loaded.with(|(_, frozen)| frozen.then(|| view! {
                <p class="pk-message pk-message--warning" role="status">{i18n.t("history-record-too-new")}</p>
            }))}
            {move || {
                loaded.with(|(history, _)| {
                    if history.entries().is_empty() {
                        return view! { <p class="pk-empty">{i18n.t("history-empty")}</p> }.into_any();
                    }
                    let all: Vec<&Entry> = history.newest_first().collect();
                    let id = id.get_value();
                    view! { <ul class="pk-changes" role="list">{rows(&id, history, all)}</ul> }.into_any()
                })
            }}
            <div class="pk-fac-actions">
                <button
                    type="button"
                    class="pk-button"
                    on:click=move |_| router.go(id.with_value(|id| Place::Home.route(id)))
                >
                    {move || i18n.ta("workshop-back", &[("name", &name())])}
                </button>
            </div>
        </FacilitatorFrame>
    }
    .into_any()
}
