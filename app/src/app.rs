//! The root component: contexts, the first load, the route guard and the screens.

use crate::i18n::{browser_language, use_i18n, I18n};
use crate::routes::{use_router, Route, Router};
use crate::speech::Speech;
use crate::state::{use_state, AppState};
use crate::views::{
    device::DeviceScreen,
    editor::EditorScreen,
    facilitator::FacilitatorHome,
    person::{PersonMode, PreviewScreen},
    start::StartScreen,
};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    let router = Router::install();
    provide_context(router);
    provide_context(Speech::install());
    let browser_lang = browser_language();
    let ui_lang =
        Signal::derive(move || state.device.with(|d| d.ui_language).unwrap_or(browser_lang));
    provide_context(I18n { lang: ui_lang });

    spawn_local(state.load());

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
            if route != Route::Person(id.clone()) {
                router.replace(Route::Person(id));
            }
        } else if let Route::Person(_) = route {
            // Person mode is entered by a tap (which locks it), never by an address.
            router.replace(Route::Start);
        }
    });

    view! {
        <Show when=move || state.loaded.get() fallback=Loading>
            <Screens />
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
fn Screens() -> impl IntoView {
    let router = use_router();
    move || match router.route.get() {
        Route::Start => view! { <StartScreen /> }.into_any(),
        Route::Facilitator => view! { <FacilitatorHome /> }.into_any(),
        Route::NewProfile => view! { <EditorScreen profile_id=None /> }.into_any(),
        Route::EditProfile(id) => view! { <EditorScreen profile_id=Some(id) /> }.into_any(),
        Route::Preview(id) => view! { <PreviewScreen profile_id=id /> }.into_any(),
        Route::Device => view! { <DeviceScreen /> }.into_any(),
        Route::Person(id) => view! { <PersonMode profile_id=id /> }.into_any(),
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

/// A polite message at the bottom of the screen, with Undo where it applies.
#[component]
fn ToastRegion() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
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
