//! The sorting mat (issue #7): the facilitator's mats and their sessions' results, and the
//! person sorting one card at a time in person mode.

use crate::i18n::use_i18n;
use leptos::prelude::*;
use pictokit_domain::profile::Profile;

/// The sorting mats of a person, on the workshop's home.
#[component]
pub fn SortingSection(profile_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let _ = profile_id;
    view! {
        <section class="pk-fac-section" aria-labelledby="pk-ws-mats-title">
            <h2 id="pk-ws-mats-title" class="pk-section-title">{move || i18n.t("sorting-title")}</h2>
        </section>
    }
}

/// A sorting mat's screens for the facilitator (`rest`: `new`, `<mat>`, …).
#[component]
pub fn MatScreen(profile_id: String, rest: String) -> impl IntoView {
    let _ = (profile_id, rest);
}

/// The person sorting a mat's cards, in person mode (`rest`: `<mat>/<session>`).
#[component]
pub fn SortTurn(profile: Signal<Profile>, rest: String) -> impl IntoView {
    let _ = (profile, rest);
}
