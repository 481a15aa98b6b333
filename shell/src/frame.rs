//! The facilitator's side of every screen: the frame with the banner that says where you
//! are, what a screen about one person reads first ([`ForPerson`]), locking the device for
//! a person from a facilitator's screen, a profile's settings in one line, the home a
//! screen falls back to, and how a section says what happened.

use crate::i18n::{use_i18n, I18n};
use crate::lock::enter_fullscreen;
use crate::routes::{use_router, Route, Router};
use crate::state::AppState;
use leptos::prelude::*;
use pictokit_domain::profile::ProfileDraft;
use std::sync::OnceLock;

static HOME: OnceLock<fn() -> AnyView> = OnceLock::new();

/// Sets the facilitator's home of this page (the list of profiles, `pictokit-profiles`),
/// which a screen shows when what it was asked for is not there (a deleted profile).
pub fn set_home(home: fn() -> AnyView) {
    let _ = HOME.set(home);
}

/// The facilitator's home, for a screen whose profile or item is gone (nothing on a page
/// that set none: the first page has no facilitator's screens).
pub fn home() -> AnyView {
    match HOME.get() {
        Some(home) => home(),
        None => ().into_any(),
    }
}

/// A message of a section: an alert when it is a problem, else a polite status.
pub fn said_view(message: String, problem: bool) -> impl IntoView {
    let (class, role) = if problem {
        ("pk-message pk-message--error", "alert")
    } else {
        ("pk-message pk-message--info", "status")
    };
    view! { <p class=class role=role>{message}</p> }
}

/// The frame of every facilitator screen: the banner that says where you are, then the page.
#[component]
pub fn FacilitatorFrame(
    /// The page's heading.
    #[prop(into)]
    title: Signal<String>,
    /// The page.
    children: Children,
) -> impl IntoView {
    let router = use_router();
    let i18n = use_i18n();
    let route = router.route;
    view! {
        <div class="pk-facilitator">
            <header class="pk-fac-banner">
                <p class="pk-fac-banner__mode">
                    <svg class="pk-icon" viewBox="0 0 24 24" aria-hidden="true">
                        <path d="M4 20h4l10-10-4-4L4 16zM14 6l4 4"></path>
                    </svg>
                    {move || i18n.t("facilitator-banner")}
                </p>
                <nav class="pk-fac-banner__nav" aria-label=move || i18n.t("facilitator-banner")>
                    {[
                        (Route::Facilitator, "fac-profiles-title"),
                        (Route::Device, "facilitator-device"),
                        (Route::About, "facilitator-about"),
                    ]
                        .into_iter()
                        .map(|(target, message)| {
                            let here = target.clone();
                            view! {
                                <button
                                    type="button"
                                    class="pk-button pk-button--quiet"
                                    aria-current=move || (route.get() == here).then_some("page")
                                    on:click=move |_| router.go(target.clone())
                                >
                                    {move || i18n.t(message)}
                                </button>
                            }
                        })
                        .collect_view()}
                    <button type="button" class="pk-button pk-button--quiet" on:click=move |_| router.go(Route::Start)>
                        {move || i18n.t("facilitator-exit")}
                    </button>
                </nav>
            </header>
            <main class="pk-fac-main">
                <h1 class="pk-fac-title">{move || title.get()}</h1>
                {children()}
            </main>
        </div>
    }
}

/// Locks this device for a person from the facilitator's screens ("Lock this device for
/// Laia"): their home, until the facilitator unlocks and comes back to this screen.
pub fn try_as_person(state: AppState, router: Router, id: String) {
    try_as_person_at(state, router, Route::Person(id));
}

/// Locks the device into person mode at a route of a person ("Answer in person mode");
/// unlocking returns to the facilitator's screen this was done from.
pub fn try_as_person_at(state: AppState, router: Router, route: Route) {
    let Some(id) = route.person().map(str::to_owned) else {
        return;
    };
    let from = router.route.get_untracked();
    enter_fullscreen();
    state.update_device(|d| {
        d.locked_profile = Some(id);
        d.locked_from = (from.person().is_none() && from != Route::Start).then(|| from.to_hash());
    });
    router.go(route);
}

/// A profile's settings in one line: language, grid and theme.
pub fn summary(i18n: I18n, settings: &ProfileDraft) -> String {
    i18n.ta(
        "fac-summary",
        &[
            ("language", settings.language.endonym()),
            ("grid", &settings.grid.items().to_string()),
            (
                "theme",
                &i18n.t(crate::looks::theme_message(settings.theme)),
            ),
        ],
    )
}

/// What a facilitator's screen about one person reads first: the app's contexts and the
/// person's profile.
#[derive(Clone, Copy)]
pub struct ForPerson {
    /// The app's state.
    pub state: AppState,
    /// Where the facilitator is.
    pub router: Router,
    /// The facilitator's language.
    pub i18n: I18n,
    /// The person.
    pub profile: Signal<pictokit_domain::profile::Profile>,
}

impl ForPerson {
    /// Reads the contexts while the screen is built; `None` when the profile is gone (the
    /// screen then shows [`home`]).
    pub fn of(profile_id: &str) -> Option<ForPerson> {
        let state = crate::state::use_state();
        Some(ForPerson {
            state,
            router: use_router(),
            i18n: use_i18n(),
            profile: state.profile_signal(profile_id)?,
        })
    }

    /// The state, the router, the language and the person, to name at once.
    pub fn parts(
        self,
    ) -> (
        AppState,
        Router,
        I18n,
        Signal<pictokit_domain::profile::Profile>,
    ) {
        (self.state, self.router, self.i18n, self.profile)
    }

    /// The person's name, following edits.
    pub fn name(self) -> impl Fn() -> String + Copy + 'static {
        let profile = self.profile;
        move || profile.with(|p| p.settings.name.clone())
    }
}
