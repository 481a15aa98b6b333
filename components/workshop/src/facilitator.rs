//! A person's co-design workshop, facilitator side (issue #7): the workshop session going
//! on, the choice boards, the sorting mats and the change history; and the person's turns
//! (choosing, sorting) in person mode.

use crate::choice::{ChoiceScreen, ChoiceSection, ChoiceTurn};
use crate::history::{ChangesScreen, LatestChanges};
use crate::records::{history_of, update_history, Place, Turn};
use crate::sorting::{MatScreen, SortTurn, SortingSection};
use leptos::prelude::*;
use pictokit_domain::history::MAX_WORKSHOP_NAME_CHARS;
use pictokit_domain::profile::Profile;
use pictokit_shell::device::when_words;
use pictokit_shell::frame::{home, FacilitatorFrame, ForPerson};
use pictokit_shell::i18n::use_i18n;
use pictokit_shell::routes::{use_router, Route};
use pictokit_shell::state::{now_ms, use_state};

/// A person's workshop, at a place (`rest`, read by [`Place`]).
#[component]
pub fn WorkshopScreen(
    /// Whose workshop.
    profile_id: String,
    /// The rest of the path.
    rest: String,
) -> impl IntoView {
    let state = use_state();
    if state.profile(&profile_id).is_none() {
        return pictokit_shell::frame::home();
    }
    match Place::parse(&rest) {
        Place::Home => view! { <WorkshopHome profile_id=profile_id /> }.into_any(),
        Place::Changes => view! { <ChangesScreen profile_id=profile_id /> }.into_any(),
        Place::Mat(rest) => view! { <MatScreen profile_id=profile_id rest=rest /> }.into_any(),
        Place::Choice(rest) => {
            view! { <ChoiceScreen profile_id=profile_id rest=rest /> }.into_any()
        }
    }
}

/// The person's turns in a workshop, in person mode (see [`Turn`]).
pub fn workshop_screens(route: Route, profile: Signal<Profile>) -> Option<AnyView> {
    let Route::Choosing(_, rest) = route else {
        return None;
    };
    Some(match Turn::parse(&rest)? {
        Turn::Mat(rest) => view! { <SortTurn profile=profile rest=rest /> }.into_any(),
        Turn::Choice(rest) => view! { <ChoiceTurn profile=profile rest=rest /> }.into_any(),
    })
}

/// The workshop's home: the session, then its tools, then the latest changes.
#[component]
fn WorkshopHome(profile_id: String) -> impl IntoView {
    let Some(person) = ForPerson::of(&profile_id) else {
        return home();
    };
    let i18n = person.i18n;
    let name = person.name();
    view! {
        <FacilitatorFrame title=Signal::derive(move || i18n.ta("workshop-title", &[("name", &name())]))>
            <p class="pk-fac-hint">{move || i18n.ta("workshop-hint", &[("name", &name())])}</p>
            <SessionSection profile_id=profile_id.clone() />
            <ChoiceSection profile_id=profile_id.clone() />
            <SortingSection profile_id=profile_id.clone() />
            <LatestChanges profile_id=profile_id />
        </FacilitatorFrame>
    }
    .into_any()
}

/// The workshop session going on, or a field to start one.
#[component]
fn SessionSection(profile_id: String) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let _router = use_router();
    let id = StoredValue::new(profile_id);
    let current = Memo::new(move |_| {
        let (history, _) = id.with_value(|id| history_of(&state, id));
        history.current_workshop().cloned()
    });
    let session_name = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<&'static str>);
    let start = move || {
        let typed = session_name.get_untracked().trim().to_owned();
        let name = if typed.is_empty() {
            i18n.ta(
                "workshop-session-default",
                &[("when", &when_words(i18n.lang.get_untracked(), now_ms()))],
            )
        } else {
            typed
        };
        if name.chars().count() > MAX_WORKSHOP_NAME_CHARS {
            problem.set(Some("workshop-session-name-too-long"));
            return;
        }
        problem.set(None);
        let started = id.with_value(|id| {
            update_history(state, id, |history| {
                history.start_workshop(&name, now_ms());
            })
        });
        if started.is_none() {
            problem.set(Some("history-record-too-new"));
        }
        session_name.set(String::new());
    };
    let end = move |_| {
        id.with_value(|id| {
            update_history(state, id, |history| {
                history.end_workshop(now_ms());
            })
        });
    };
    view! {
        <section class="pk-fac-section pk-ws-session" aria-labelledby="pk-ws-session-title">
            <h2 id="pk-ws-session-title" class="pk-section-title">{move || i18n.t("workshop-session-title")}</h2>
            {move || match current.get() {
                Some(session) => {
                    let since = when_words(i18n.lang.get(), session.started_ms);
                    view! {
                        <p class="pk-ws-session__now" role="status">
                            {i18n.ta("workshop-session-on", &[("session", &session.name), ("since", &since)])}
                        </p>
                        <div class="pk-fac-actions">
                            <button type="button" class="pk-button" on:click=end>
                                {i18n.t("workshop-session-end")}
                            </button>
                        </div>
                    }
                    .into_any()
                }
                None => view! {
                    <p class="pk-fac-hint">{i18n.t("workshop-session-hint")}</p>
                    <form class="pk-ws-session__form" on:submit=move |ev| { ev.prevent_default(); start(); }>
                        <label class="pk-field">
                            <span class="pk-field__label">{i18n.t("workshop-session-name")}</span>
                            <input
                                class="pk-input"
                                type="text"
                                maxlength="60"
                                prop:value=move || session_name.get()
                                on:input=move |ev| session_name.set(event_target_value(&ev))
                            />
                        </label>
                        <button type="submit" class="pk-button pk-button--primary">
                            {i18n.t("workshop-session-start")}
                        </button>
                    </form>
                }
                .into_any(),
            }}
            {move || problem.get().map(|id| view! { <p class="pk-field__error" role="alert">{i18n.t(id)}</p> })}
        </section>
    }
}
