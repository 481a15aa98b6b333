//! Settings of this device: the facilitator's language, the optional PIN, and what the
//! browser can do here (recording, camera, keeping the screen on, notifications, keeping
//! the data, speech), each with what happens instead when it cannot.

use leptos::prelude::*;
use leptos::task::spawn_local;
use pictokit_domain::picto::MediaKind;
use pictokit_domain::{pin, Language};
use pictokit_pictograms::arasaac::{Hair, Skin};
use pictokit_shell::crypto::hash_new_pin;
use pictokit_shell::device;
use pictokit_shell::frame::FacilitatorFrame;
use pictokit_shell::i18n::use_i18n;
use pictokit_shell::media;
use pictokit_shell::speech::{use_speech, SpeechStatus};
use pictokit_shell::state::use_state;

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

            <ArasaacSection />

            <crate::team::TeamSection />

            <Abilities />

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

/// What this browser can do, each in words with what happens instead when it cannot:
/// recording sound, the camera, keeping the screen on, notifications, keeping the data.
#[component]
fn Abilities() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let camera = RwSignal::new(None::<Option<bool>>);
    spawn_local(async move { camera.set(Some(media::has_camera().await)) });
    let record = media::recording_format();
    let awake = device::wake_lock_supported();
    let notify = device::notification_state();
    // Each line: whether it can (shown by a mark beside the words), and its words.
    let line = move |can: bool, words: Signal<String>| {
        view! {
            <li class="pk-ability" class:pk-ability--no=!can>
                <span class="pk-ability__mark" aria-hidden="true">{if can { "✓" } else { "!" }}</span>
                <span>{move || words.get()}</span>
            </li>
        }
    };
    let record_line = match record {
        Some(format) => line(
            true,
            Signal::derive(move || i18n.ta("device-record-yes", &[("format", &format)])),
        ),
        None => line(false, Signal::derive(move || i18n.t("device-record-no"))),
    };
    let notify_line = match notify.as_str() {
        "unsupported" => line(false, Signal::derive(move || i18n.t("device-notify-no"))),
        "denied" => line(
            false,
            Signal::derive(move || i18n.t("device-notify-denied")),
        ),
        "granted" => line(
            true,
            Signal::derive(move || i18n.t("device-notify-granted")),
        ),
        _ => line(true, Signal::derive(move || i18n.t("device-notify-yes"))),
    };
    view! {
        <section class="pk-editor__section" aria-labelledby="pk-dev-abilities">
            <h2 id="pk-dev-abilities" class="pk-section-title">{move || i18n.t("device-abilities-title")}</h2>
            <p>{move || i18n.t("device-abilities-hint")}</p>
            <ul class="pk-abilities" role="list">
                {record_line}
                {move || match camera.get() {
                    None => line(true, Signal::derive(move || i18n.t("device-camera-checking"))),
                    Some(Some(true)) => line(true, Signal::derive(move || i18n.t("device-camera-yes"))),
                    Some(_) => line(false, Signal::derive(move || i18n.t("device-camera-no"))),
                }}
                {if awake {
                    line(true, Signal::derive(move || i18n.t("device-awake-yes")))
                } else {
                    line(false, Signal::derive(move || i18n.t("device-awake-no")))
                }}
                {notify_line}
                {move || if state.persisted.get() {
                    line(true, Signal::derive(move || i18n.t("device-keep-yes")))
                } else {
                    line(false, Signal::derive(move || i18n.t("device-keep-no")))
                }}
            </ul>
        </section>
    }
}

/// Turning ARASAAC on and off, with its licence, and how its pictures look.
#[component]
fn ArasaacSection() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let settings = move || state.device.with(|d| d.arasaac);
    let kept = move || {
        state.media.with(|all| {
            all.values()
                .filter(|m| m.kind == MediaKind::Arasaac)
                .count()
        })
    };
    view! {
        <section class="pk-editor__section" aria-labelledby="pk-dev-arasaac">
            <h2 id="pk-dev-arasaac" class="pk-section-title">{move || i18n.t("arasaac-title")}</h2>
            <p>{move || i18n.t("arasaac-explain")}</p>
            <p class="pk-field__note">{move || i18n.t("arasaac-licence")}</p>
            <label class="pk-check">
                <input
                    type="checkbox"
                    prop:checked=move || settings().enabled
                    on:change=move |event| {
                        let on = event_target_checked(&event);
                        state.update_device(|d| d.arasaac.enabled = on);
                    }
                />
                <span>{move || i18n.t("arasaac-enable")}</span>
            </label>
            <Show when=move || settings().enabled>
                <fieldset class="pk-field">
                    <legend class="pk-field__label">{move || i18n.t("arasaac-look")}</legend>
                    <label class="pk-check">
                        <input
                            type="checkbox"
                            prop:checked=move || settings().options.color
                            on:change=move |event| {
                                let on = event_target_checked(&event);
                                state.update_device(|d| d.arasaac.options.color = on);
                            }
                        />
                        <span>{move || i18n.t("arasaac-color")}</span>
                    </label>
                    <ArasaacColour
                        name="skin"
                        keys=Skin::ALL.map(Skin::key).to_vec()
                        chosen=Signal::derive(move || settings().options.skin.map(Skin::key))
                        on_choose=Callback::new(move |key: Option<&'static str>| {
                            let skin = Skin::ALL.into_iter().find(|s| Some(s.key()) == key);
                            state.update_device(|d| d.arasaac.options.skin = skin);
                        })
                    />
                    <ArasaacColour
                        name="hair"
                        keys=Hair::ALL.map(Hair::key).to_vec()
                        chosen=Signal::derive(move || settings().options.hair.map(Hair::key))
                        on_choose=Callback::new(move |key: Option<&'static str>| {
                            let hair = Hair::ALL.into_iter().find(|h| Some(h.key()) == key);
                            state.update_device(|d| d.arasaac.options.hair = hair);
                        })
                    />
                </fieldset>
            </Show>
            <p class="pk-status">{move || i18n.ta("arasaac-kept", &[("count", &kept().to_string())])}</p>
        </section>
    }
}

/// A choice of skin or hair colour for ARASAAC pictures: ARASAAC's own, or one of `keys`.
/// Its label is the message `arasaac-{name}`, each option `arasaac-{name}-{key}`.
#[component]
fn ArasaacColour(
    /// `skin` or `hair`.
    name: &'static str,
    /// The API values offered, in order.
    keys: Vec<&'static str>,
    /// The value chosen, `None` for ARASAAC's own.
    chosen: Signal<Option<&'static str>>,
    /// Called with the new choice.
    on_choose: Callback<Option<&'static str>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = format!("pk-arasaac-{name}");
    let label = format!("arasaac-{name}");
    view! {
        <div class="pk-field">
            <label class="pk-field__label" for=id.clone()>{move || i18n.t(&label)}</label>
            <select
                id=id
                class="pk-input"
                on:change=move |event| {
                    let value = event_target_value(&event);
                    on_choose.run(keys.iter().copied().find(|key| *key == value));
                }
            >
                <option value="" selected=move || chosen.get().is_none()>
                    {move || i18n.t("arasaac-own")}
                </option>
                {keys
                    .iter()
                    .copied()
                    .map(|key| {
                        let message = format!("arasaac-{name}-{key}");
                        view! {
                            <option value=key selected=move || chosen.get() == Some(key)>
                                {move || i18n.t(&message)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
