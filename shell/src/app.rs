//! The root component: contexts, the first load, the route guard and the screens.

use crate::i18n::{browser_language, ready, request, use_i18n, I18n};
use crate::library::Pictograms;
use crate::routes::{use_router, Route, Router};
use crate::speech::Speech;
use crate::state::{use_state, AppState};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Which page of the app is running.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// `index.html`: the start screen and person mode (the first screen, kept small).
    Person,
    /// `facilitator.html`: the facilitator's screens, and person mode for "Try as".
    Facilitator,
}

impl Page {
    /// Whether this page shows a route; other routes load the other page.
    pub fn serves(self, route: &Route) -> bool {
        match self {
            Page::Person => matches!(route, Route::Start | Route::Person(_)),
            Page::Facilitator => !matches!(route, Route::Start),
        }
    }

    /// The other page's address, relative to the site root.
    fn other_url(self) -> &'static str {
        match self {
            Page::Person => "facilitator.html",
            Page::Facilitator => "./",
        }
    }
}

/// The whole app, on one of its pages: `screens` draws the routes this page serves.
#[component]
pub fn App(
    page: Page,
    screens: fn(Route) -> AnyView,
    /// Runs once the stored data is read, before the first screen (see [`AppState::load`]).
    #[prop(optional)]
    decode: Option<fn(AppState)>,
) -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    let router = Router::install();
    provide_context(router);
    provide_context(Speech::install());
    provide_context(Pictograms::new());
    let browser_lang = browser_language();
    let ui_lang =
        Signal::derive(move || state.device.with(|d| d.ui_language).unwrap_or(browser_lang));
    provide_context(I18n { lang: ui_lang });

    spawn_local(state.load(decode));
    // Team sync (issue #24, public/team-sync.js) stored records that arrived from the
    // person's team: the screens read storage again — one reading at a time, and one more
    // after it when more arrived meanwhile (a team settling sends many in a row; each
    // reading decodes the whole of storage).
    let reading = std::rc::Rc::new(std::cell::Cell::new(0u8));
    let _ = window_event_listener_untyped("pictokit-team-arrived", move |_| {
        // 0: idle; 1: reading; 2: reading, and more arrived since it began.
        if reading.replace(if reading.get() == 0 { 1 } else { 2 }) != 0 {
            return;
        }
        let reading = reading.clone();
        spawn_local(async move {
            loop {
                state.reload().await;
                let left = reading.get().saturating_sub(1);
                reading.set(left);
                if left == 0 {
                    break;
                }
            }
        });
    });

    // Once storage is read: the device's language and those of the people on this device
    // (the start screen names each person in their own language; from the service worker's
    // cache). Nothing is drawn before they are here, so no text is ever an empty string;
    // once drawn, the app stays (a person given a new language later gets it reactively).
    let words_ready = move || {
        ready(ui_lang.get())
            && state.profiles.with(|profiles| {
                profiles
                    .iter()
                    .all(|profile| ready(profile.settings.language))
            })
    };
    let shown = Memo::new(move |was: Option<&bool>| {
        was.copied().unwrap_or(false) || (state.loaded.get() && words_ready())
    });
    // A person added or given another language later: their words are fetched at once,
    // before a screen names them outside a reactive text (a choice board's words, say).
    Effect::new(move |_| {
        state.profiles.with(|profiles| {
            for profile in profiles {
                request(profile.settings.language);
            }
        });
    });

    // The page's language follows the facilitator's; person mode marks its own subtree.
    Effect::new(move |_| {
        let tag = ui_lang.get().tag();
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", tag);
        }
    });

    // A message belongs to the screen it was said on.
    Effect::new(move |previous: Option<Route>| {
        let route = router.route.get();
        if previous.is_some_and(|previous| previous != route) && route != Route::Facilitator {
            state.toast.set(None);
        }
        route
    });

    // A locked device always shows the locked person's screen, whatever the URL says.
    Effect::new(move |_| {
        if !state.loaded.get() {
            return;
        }
        let locked = state.device.with(|d| d.locked_profile.clone());
        let route = router.route.get();
        if let Some(id) = locked {
            if route.person() != Some(id.as_str()) {
                router.replace(Route::Person(id));
            }
        } else if route.person().is_some() {
            // Person mode is entered by a tap (which locks it), never by an address.
            router.replace(Route::Start);
        }
    });

    view! {
        <Show when=move || shown.get() fallback=Loading>
            <Screens page=page screens=screens />
        </Show>
        <StorageBanner />
        <ToastRegion />
    }
}

#[component]
fn Loading() -> impl IntoView {
    let i18n = use_i18n();
    view! { <p class="pk-loading" role="status">{move || i18n.t("app-loading")}</p> }
}

#[component]
fn Screens(page: Page, screens: fn(Route) -> AnyView) -> impl IntoView {
    let router = use_router();
    let state = use_state();
    // Redrawn only when the screen changes: person mode follows its own routes inside.
    let key = Memo::new(move |_| {
        let route = router.route.get();
        if page.serves(&route) {
            route.screen_key()
        } else {
            format!("elsewhere:{}", route.to_hash())
        }
    });
    move || {
        let _screen = key.get();
        let route = router.route.get_untracked();
        if page.serves(&route) {
            return screens(route);
        }
        let locked = state.device.with_untracked(|d| d.locked_profile.clone());
        // A locked device never leaves person mode: the route guard brings it back. Its
        // person may go on to a component that the other page has.
        let allowed = match &locked {
            None => true,
            Some(id) => route.person() == Some(id.as_str()),
        };
        if allowed {
            let url = format!("{}{}", page.other_url(), route.to_hash());
            spawn_local(async move {
                // Every write started on this page is done before the other page reads,
                // and the word of the tile just tapped is said to its end (a new page
                // would cut it off).
                crate::storage::flush().await;
                crate::speech::Speech::finished(3_000).await;
                if let Some(window) = web_sys::window() {
                    // In person mode, "back" must not return to the page left behind.
                    let _ = if locked.is_some() {
                        window.location().replace(&url)
                    } else {
                        window.location().assign(&url)
                    };
                }
            });
        }
        view! { <Loading /> }.into_any()
    }
}

/// Says, in the user's language, that storage failed; the app keeps working in memory.
#[component]
fn StorageBanner() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    move || {
        state.storage_error.get().map(|error| {
            view! {
                <div class="pk-banner pk-banner--error" role="alert">
                    <div>
                        <p class="pk-banner__title">{move || i18n.t("storage-error-title")}</p>
                        <p>{move || i18n.t(error.message_id())}</p>
                    </div>
                    <button type="button" class="pk-button" on:click=move |_| state.storage_error.set(None)>
                        {move || i18n.t("dismiss")}
                    </button>
                </div>
            }
        })
    }
}

/// How long a message without Undo stays on screen.
const TOAST_MS: std::time::Duration = std::time::Duration::from_secs(10);

/// A polite message at the bottom of the screen, with Undo where it applies.
#[component]
fn ToastRegion() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    // A message with nothing to undo goes away by itself after a while, so it never keeps
    // covering the bottom of a small screen; one with Undo stays until it is closed, so
    // the time to undo is not limited. A newer message is never cleared by an older timer.
    let said = StoredValue::new(0u64);
    Effect::new(move |_| {
        let Some(toast) = state.toast.get() else {
            return;
        };
        said.update_value(|n| *n += 1);
        if toast.undo_restore.is_some() {
            return;
        }
        let this = said.get_value();
        set_timeout(
            move || {
                if said.get_value() == this {
                    state.toast.set(None);
                }
            },
            TOAST_MS,
        );
    });
    view! {
        <div class="pk-toast-region" role="status" aria-live="polite">
            {move || {
                state.toast.get().map(|toast| {
                    let undo = toast.undo_restore.clone();
                    view! {
                        <div class="pk-toast">
                            <p>{toast.message.clone()}</p>
                            {undo.map(|id| {
                                view! {
                                    <button
                                        type="button"
                                        class="pk-button pk-button--primary"
                                        on:click=move |_| {
                                            state.restore_profile(&id);
                                            state.toast.set(None);
                                        }
                                    >
                                        {move || i18n.t("undo")}
                                    </button>
                                }
                            })}
                            <button type="button" class="pk-button" on:click=move |_| state.toast.set(None)>
                                {move || i18n.t("dismiss")}
                            </button>
                        </div>
                    }
                })
            }}
        </div>
    }
}
