//! About Pictokit: what it is, and the credits and licences of everything it ships or
//! can fetch — OpenMoji with every author, the CLDR names, the font, ARASAAC.

use leptos::prelude::*;
use pictokit_shell::frame::FacilitatorFrame;
use pictokit_shell::i18n::use_i18n;
use pictokit_shell::library::{use_pictograms, LibraryState};

/// The About screen.
#[component]
pub fn AboutScreen() -> impl IntoView {
    let i18n = use_i18n();
    let pictograms = use_pictograms();
    pictograms.ensure_loaded();

    let openmoji = move || match pictograms.state.get() {
        LibraryState::Ready(library) => {
            let set = library.set_info();
            let authors = library
                .author_counts()
                .into_iter()
                .map(|(name, count)| {
                    let line = i18n.ta(
                        "about-author",
                        &[("name", name), ("count", &count.to_string())],
                    );
                    view! { <li>{line}</li> }
                })
                .collect_view();
            view! {
                <p>{i18n.ta("about-openmoji", &[("version", &set.version)])}</p>
                <ul class="pk-credits">{authors}</ul>
            }
            .into_any()
        }
        LibraryState::Failed(id) => view! { <p>{i18n.t(id)}</p> }.into_any(),
        _ => view! { <p>{i18n.t("about-openmoji-loading")}</p> }.into_any(),
    };
    let cldr_version = move || match pictograms.state.get() {
        LibraryState::Ready(library) => library.names_info().version.clone(),
        _ => String::new(),
    };

    view! {
        <FacilitatorFrame title=Signal::derive(move || i18n.t("about-title"))>
            <section class="pk-editor__section">
                <p>{move || i18n.t("about-intro")}</p>
            </section>
            <section class="pk-editor__section" aria-labelledby="pk-about-openmoji">
                <h2 id="pk-about-openmoji" class="pk-section-title">{move || i18n.t("about-openmoji-title")}</h2>
                {openmoji}
            </section>
            <section class="pk-editor__section" aria-labelledby="pk-about-cldr">
                <h2 id="pk-about-cldr" class="pk-section-title">{move || i18n.t("about-cldr-title")}</h2>
                <p>{move || i18n.ta("about-cldr", &[("version", &cldr_version())])}</p>
            </section>
            <section class="pk-editor__section" aria-labelledby="pk-about-arasaac">
                <h2 id="pk-about-arasaac" class="pk-section-title">{move || i18n.t("about-arasaac-title")}</h2>
                <p>{move || i18n.t("about-arasaac")}</p>
            </section>
            <section class="pk-editor__section" aria-labelledby="pk-about-font">
                <h2 id="pk-about-font" class="pk-section-title">{move || i18n.t("about-font-title")}</h2>
                <p>{move || i18n.t("about-font")}</p>
            </section>
            <section class="pk-editor__section" aria-labelledby="pk-about-licence">
                <h2 id="pk-about-licence" class="pk-section-title">{move || i18n.t("about-licence-title")}</h2>
                <p>{move || i18n.t("about-licence")}</p>
            </section>
        </FacilitatorFrame>
    }
}
