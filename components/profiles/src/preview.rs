//! The facilitator's preview of a person's home, with edit and "try as the person".

use leptos::context::Provider;
use leptos::prelude::*;
use pictokit_domain::profile::Profile;
use pictokit_shell::frame::{home, try_as_person, FacilitatorFrame, ForPerson};
use pictokit_shell::i18n::I18n;
use pictokit_shell::person::{PersonFrame, PersonHome};
use pictokit_shell::routes::Route;

/// The facilitator's preview of a person's home, with edit and "try as the person".
#[component]
pub fn PreviewScreen(
    /// The profile shown.
    profile_id: String,
) -> impl IntoView {
    let Some(person) = ForPerson::of(&profile_id) else {
        return home();
    };
    let (state, router, i18n, profile) = person.parts();
    let name = person.name();
    let (id_edit, id_try) = (profile_id.clone(), profile_id.clone());
    view! {
        <FacilitatorFrame title=Signal::derive(move || i18n.ta("preview-title", &[("name", &name())]))>
            <p class="pk-fac-hint">{move || i18n.ta("preview-hint", &[("name", &name())])}</p>
            <div class="pk-fac-actions">
                <button
                    type="button"
                    class="pk-button pk-button--primary"
                    on:click=move |_| try_as_person(state, router, id_try.clone())
                >
                    {move || i18n.ta("fac-try-name", &[("name", &name())])}
                </button>
                <button
                    type="button"
                    class="pk-button"
                    on:click=move |_| router.go(Route::EditProfile(id_edit.clone()))
                >
                    {move || i18n.t("preview-edit")}
                </button>
            </div>
            <div class="pk-preview-frame">
                <ScopedPersonHome profile=profile />
            </div>
        </FacilitatorFrame>
    }
    .into_any()
}

/// The person's home under its own language context (for the preview).
#[component]
fn ScopedPersonHome(profile: Signal<Profile>) -> impl IntoView {
    let i18n = I18n {
        lang: Signal::derive(move || profile.with(|p| p.settings.language)),
    };
    view! {
        <Provider value=i18n>
            <PersonFrame profile=profile>
                <PersonHome profile=profile preview=true on_board=RwSignal::new(false) />
            </PersonFrame>
        </Provider>
    }
}
