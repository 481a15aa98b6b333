//! The start screen: the people on this device as big cards, and a separate way in for
//! the facilitator. With no profile yet, a welcome that leads to the first one.

use leptos::prelude::*;
use pictokit_shell::i18n::{use_i18n, I18n};
use pictokit_shell::lock::enter_fullscreen;
use pictokit_shell::looks::avatar_src;
use pictokit_shell::routes::{use_router, Route};
use pictokit_shell::state::use_state;

/// Who is using Pictokit?
#[component]
pub fn StartScreen() -> impl IntoView {
    let state = use_state();
    let router = use_router();
    let i18n = use_i18n();
    let has_profiles = move || state.profiles.with(|p| !p.is_empty());
    // The people choose here, so the question is in their language when they share one
    // (each card is always in its person's language); the device's language otherwise.
    let people_lang = Memo::new(move |_| {
        state.profiles.with(|profiles| {
            let first = profiles.first()?.settings.language;
            profiles
                .iter()
                .all(|p| p.settings.language == first)
                .then_some(first)
        })
    });
    let title_lang = move || people_lang.get().unwrap_or_else(|| i18n.lang.get());
    let open_person = move |id: String| {
        enter_fullscreen();
        state.update_device(|d| {
            d.locked_profile = Some(id.clone());
            d.locked_from = None;
        });
        router.go(Route::Person(id));
    };
    view! {
        <div class="pk-start">
            <header class="pk-start__header">
                <img class="pk-start__logo" src="icon.svg" alt="" />
                <span class="pk-start__brand">{move || i18n.t("app-name")}</span>
                <button
                    type="button"
                    class="pk-button pk-button--facilitator"
                    on:click=move |_| router.go(Route::Facilitator)
                >
                    <svg class="pk-icon" viewBox="0 0 24 24" aria-hidden="true">
                        <path d="M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zm9 4-2.1-.7-.5-1.3 1-2-1.4-1.4-2 1-1.3-.5L14 3h-4l-.7 2.1-1.3.5-2-1-1.4 1.4 1 2-.5 1.3L3 10v4l2.1.7.5 1.3-1 2 1.4 1.4 2-1 1.3.5L10 21h4l.7-2.1 1.3-.5 2 1 1.4-1.4-1-2 .5-1.3L21 14z"></path>
                    </svg>
                    <span class="pk-button__text">
                        <span>{move || i18n.t("start-facilitator")}</span>
                        <span class="pk-button__hint">{move || i18n.t("start-facilitator-hint")}</span>
                    </span>
                </button>
            </header>
            <main class="pk-start__main">
                <Show
                    when=has_profiles
                    fallback=move || {
                        // After a reset (a crash, a storage reset) this is not a new
                        // tablet: the same welcome says so and leads to the facilitator,
                        // who can bring the data back.
                        let reset = move || state.safety.with(Option::is_some);
                        view! {
                            <section class="pk-welcome" aria-labelledby="pk-welcome-title">
                                <img class="pk-welcome__art" src="icon.svg" alt="" />
                                <h1 id="pk-welcome-title">
                                    {move || i18n.t(if reset() { "safekeeping-start-title" } else { "firstrun-title" })}
                                </h1>
                                <p class="pk-welcome__body">
                                    {move || i18n.t(if reset() { "safekeeping-start-body" } else { "firstrun-body" })}
                                </p>
                                <button
                                    type="button"
                                    class="pk-button pk-button--primary pk-button--large"
                                    on:click=move |_| {
                                        router.go(if reset() { Route::Facilitator } else { Route::NewProfile })
                                    }
                                >
                                    {move || i18n.t(if reset() { "start-facilitator" } else { "firstrun-create" })}
                                </button>
                            </section>
                        }
                    }
                >
                    <h1 class="pk-start__title" lang=move || title_lang().tag()>
                        {move || I18n::ta_in(title_lang(), "start-title", &[])}
                    </h1>
                    <ul class="pk-people" role="list">
                        <For
                            each=move || state.profiles.get()
                            key=|profile| (profile.id.clone(), profile.updated_ms)
                            let:profile
                        >
                            {
                                let id = profile.id.clone();
                                let name = profile.settings.name.clone();
                                let lang = profile.settings.language;
                                let aria = I18n::ta_in(lang, "start-open-profile", &[("name", &name)]);
                                view! {
                                    <li>
                                        <button
                                            type="button"
                                            class="pk-person-card"
                                            lang=lang.tag()
                                            aria-label=aria
                                            on:click=move |_| open_person(id.clone())
                                        >
                                            <img
                                                class="pk-person-card__avatar"
                                                src=avatar_src(&profile.settings.avatar)
                                                alt=""
                                                draggable="false"
                                            />
                                            <span class="pk-person-card__name">{name}</span>
                                        </button>
                                    </li>
                                }
                            }
                        </For>
                    </ul>
                </Show>
            </main>
        </div>
    }
}
