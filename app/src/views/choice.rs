//! The choice board (issue #7): the facilitator puts 2–6 options in front of the person
//! (pictograms, photos, or a screen configured two ways), the person chooses by tapping,
//! the choice is spoken, kept with its date and can be applied to the profile.

use crate::i18n::use_i18n;
use leptos::prelude::*;
use pictokit_domain::profile::Profile;

/// The choice boards of a person, on the workshop's home.
#[component]
pub fn ChoiceSection(profile_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let _ = profile_id;
    view! {
        <section class="pk-fac-section" aria-labelledby="pk-ws-choices-title">
            <h2 id="pk-ws-choices-title" class="pk-section-title">{move || i18n.t("choice-title")}</h2>
        </section>
    }
}

/// A choice board's screens for the facilitator (`rest`: `new`, `<board>`, …).
#[component]
pub fn ChoiceScreen(profile_id: String, rest: String) -> impl IntoView {
    let _ = (profile_id, rest);
}

/// The person choosing on a board, in person mode (`rest`: `<board>`…).
#[component]
pub fn ChoiceTurn(profile: Signal<Profile>, rest: String) -> impl IntoView {
    let _ = (profile, rest);
}
