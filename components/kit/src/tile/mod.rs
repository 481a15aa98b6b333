//! A pictogram tile: a large rounded button with a picture and its word.

use leptos::prelude::*;

/// A large pictogram button. Its accessible name is always the label, shown or not.
#[component]
pub fn Tile(
    /// The word for the pictogram, in the person's language; also what speech says.
    #[prop(into)]
    label: Signal<String>,
    /// URL of the picture, relative to the site root or a `data:` URL.
    #[prop(into)]
    image: Signal<String>,
    /// Whether the word is shown under the picture (it stays readable by screen readers).
    #[prop(into, default = Signal::stored(true))]
    show_label: Signal<bool>,
    /// A short note such as "Coming soon", shown on the tile and part of its name.
    #[prop(into, default = Signal::stored(None))]
    badge: Signal<Option<String>>,
    /// Called on every activation (tap, click, Enter or Space).
    on_activate: Callback<()>,
    /// Its picture is (one of) the screen's main picture (`data-main-picture`).
    #[prop(optional)]
    main_picture: bool,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="pk-tile"
            on:click=move |_| on_activate.run(())
        >
            <img
                class="pk-tile__image"
                src=move || image.get()
                alt=""
                draggable="false"
                data-main-picture=main_picture.then_some("")
            />
            <span class=move || {
                if show_label.get() { "pk-tile__label" } else { "pk-visually-hidden" }
            }>{move || label.get()}</span>
            {move || badge.get().map(|text| view! { <span class="pk-tile__badge">{text}</span> })}
        </button>
    }
}
