//! Settings of this device: the facilitator's language, the optional PIN, and what the
//! browser can do here (storage, speech).

use crate::crypto::hash_new_pin;
use crate::i18n::use_i18n;
use crate::speech::{use_speech, SpeechStatus};
use crate::state::use_state;
use crate::views::facilitator::FacilitatorFrame;
use leptos::prelude::*;
use leptos::task::spawn_local;
use pictokit_domain::{pin, Language};

/// This device.
#[component]
pub fn DeviceScreen() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let speech = use_speech();
    let new_pin = RwSignal::new(String::new());
    let pin_message = RwSignal::new(None::<(&'static str, bool)>);
    let has_pin = move || state.device.with(|d| d.pin_hash.is_some());

    let save_pin = move || {
        let entered = new_pin.get_untracked();
        match pin::check(&entered) {
            Ok(()) => {
                spawn_local(async move {
                    match hash_new_pin(&entered).await {
                        Ok(hash) => {
                            state.update_device(|d| d.pin_hash = Some(hash));
                            new_pin.set(String::new());
                            pin_message.set(Some(("device-pin-saved", false)));
                        }
                        Err(_) => pin_message.set(Some(("device-pin-unavailable", true))),
                    }
                });
            }
            Err(problem) => pin_message.set(Some((problem.message_id(), true))),
        }
    };

    view! {
        <FacilitatorFrame title=Signal::derive(move || i18n.t("device-title"))>
            <section class="pk-editor__section" aria-labelledby="pk-dev-lang">
                <h2 id="pk-dev-lang" class="pk-section-title">{move || i18n.t("device-language")}</h2>
                <div class="pk-choices" role="radiogroup" aria-labelledby="pk-dev-lang">
                    {Language::ALL
                        .into_iter()
                        .map(|lang| {
                            view! {
                                <label class="pk-choice" lang=lang.tag()>
                                    <input
                                        type="radio"
                                        name="device-language"
                                        prop:checked=move || i18n.lang.get() == lang
                                        on:change=move |_| state.update_device(|d| d.ui_language = Some(lang))
                                    />
                                    <span>{lang.endonym()}</span>
                                </label>
                            }
                        })
                        .collect_view()}
                </div>
            </section>

            <section class="pk-editor__section" aria-labelledby="pk-dev-pin">
                <h2 id="pk-dev-pin" class="pk-section-title">{move || i18n.t("device-pin-title")}</h2>
                <p>{move || i18n.t("device-pin-explain")}</p>
                <p class="pk-status">
                    {move || if has_pin() { i18n.t("device-pin-is-set") } else { i18n.t("device-pin-none") }}
                </p>
                <form
                    class="pk-inline-form"
                    on:submit=move |event| {
                        event.prevent_default();
                        save_pin();
                    }
                >
                    <div class="pk-field">
                        <label class="pk-field__label" for="pk-new-pin">{move || i18n.t("device-pin-new")}</label>
                        <input
                            id="pk-new-pin"
                            class="pk-input pk-input--pin"
                            type="password"
                            inputmode="numeric"
                            autocomplete="new-password"
                            maxlength="8"
                            prop:value=move || new_pin.get()
                            on:input=move |event| new_pin.set(event_target_value(&event))
                        />
                    </div>
                    <button type="submit" class="pk-button pk-button--primary">{move || i18n.t("device-pin-set")}</button>
                    <Show when=has_pin>
                        <button
                            type="button"
                            class="pk-button pk-button--danger"
                            on:click=move |_| {
                                state.update_device(|d| d.pin_hash = None);
                                pin_message.set(Some(("device-pin-removed", false)));
                            }
                        >
                            {move || i18n.t("device-pin-remove")}
                        </button>
                    </Show>
                </form>
                <p class="pk-field__note" role="status">
                    {move || {
                        pin_message
                            .get()
                            .map(|(id, is_error)| {
                                view! {
                                    <span class=if is_error { "pk-text-error" } else { "pk-text-ok" }>{move || i18n.t(id)}</span>
                                }
                            })
                    }}
                </p>
            </section>

            <section class="pk-editor__section" aria-labelledby="pk-dev-storage">
                <h2 id="pk-dev-storage" class="pk-section-title">{move || i18n.t("device-storage-title")}</h2>
                <p class="pk-status">
                    {move || {
                        if state.persisted.get() {
                            i18n.t("device-storage-persisted")
                        } else {
                            i18n.t("device-storage-not-persisted")
                        }
                    }}
                </p>
            </section>

            <section class="pk-editor__section" aria-labelledby="pk-dev-speech">
                <h2 id="pk-dev-speech" class="pk-section-title">{move || i18n.t("device-speech-title")}</h2>
                <ul class="pk-speech-list">
                    {Language::ALL
                        .into_iter()
                        .map(|lang| {
                            view! {
                                <li>
                                    <strong lang=lang.tag()>{lang.endonym()}</strong>
                                    " — "
                                    {move || match speech.status(lang) {
                                        SpeechStatus::Ready => speech
                                            .voices_for(lang)
                                            .into_iter()
                                            .map(|v| v.name)
                                            .collect::<Vec<_>>()
                                            .join(", "),
                                        SpeechStatus::Unsupported => i18n.t("speech-unsupported"),
                                        SpeechStatus::NoVoice => {
                                            i18n.ta("speech-no-voices", &[("language", lang.endonym())])
                                        }
                                    }}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        </FacilitatorFrame>
    }
}
