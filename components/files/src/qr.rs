//! A person's settings as a QR code, in "Move profiles between devices": one tablet shows
//! the code of a profile's settings; the person's own tablet reads it with its camera,
//! shows whose settings they are and what they say, and adds them as a new profile or, for
//! a profile of the same name already there, uses them for it (confirmed once more).
//! The code's text, its checks and its drawing are `pictokit_transfer::qr`; the camera
//! frame is read in grey by `media.js`.

use leptos::prelude::*;
use pictokit_domain::profile::{Avatar, ProfileDraft};
use pictokit_kit::ConfirmDialog;
use pictokit_shell::frame::summary;
use pictokit_shell::i18n::{use_i18n, I18n};
use pictokit_shell::looks::avatar_src;
use pictokit_shell::media::scanner::QrScanner;
use pictokit_shell::picker::media_error_message;
use pictokit_shell::state::{new_id, now_ms, use_state, AppState, Toast};
use pictokit_transfer::{qr, sniff};

/// What the scanner has found.
#[derive(Clone, Debug, PartialEq)]
enum Found {
    /// Settings, read and checked.
    Settings(Box<ProfileDraft>),
    /// A code that is not usable settings: the message id that says why.
    Refused(&'static str),
}

/// The profile already here that scanned settings would be used for: the same name.
fn same_name(state: AppState, draft: &ProfileDraft) -> Option<(String, String)> {
    let name = draft.name.trim().to_lowercase();
    state.profiles.with_untracked(|profiles| {
        profiles
            .iter()
            .find(|p| p.settings.name.trim().to_lowercase() == name)
            .map(|p| (p.id.clone(), p.settings.name.clone()))
    })
}

/// Adds the settings as a new profile, or uses them for the profile `id`; its name.
fn apply(state: AppState, draft: ProfileDraft, id: Option<String>) -> Option<String> {
    let now = now_ms();
    let profile = match id.and_then(|id| state.profile(&id)) {
        Some(mut here) => {
            // A code never holds a photo avatar (it is left out, too large): a photo
            // chosen on this tablet stays.
            let keep_photo = matches!(here.settings.avatar, Avatar::Photo(_))
                && draft.avatar == Avatar::default();
            let avatar = here.settings.avatar.clone();
            here.settings = draft;
            if keep_photo {
                here.settings.avatar = avatar;
            }
            here.updated_ms = now;
            here
        }
        None => draft.validate(&new_id("p"), now).ok()?,
    };
    let name = profile.settings.name.clone();
    state.save_profile(profile);
    Some(name)
}

/// The code of a profile's settings, drawn, with what to do on the other tablet; or why
/// it cannot be a code.
fn code_view(i18n: I18n, draft: &ProfileDraft) -> AnyView {
    let name = draft.name.clone();
    match qr::fits(draft) {
        Ok(text) => {
            let src = qr::svg(&text)
                .map(|svg| sniff::data_url("image/svg+xml", svg.as_bytes()))
                .unwrap_or_default();
            let alt = i18n.ta("qr-code-alt", &[("name", &name)]);
            let photo = qr::leaves_out_photo(draft).then(|| {
                view! { <p class="pk-message pk-message--info">{i18n.t("qr-photo-left-out")}</p> }
            });
            view! {
                <figure class="pk-qr">
                    <img class="pk-qr__code" src=src alt=alt />
                    <figcaption class="pk-fac-hint">{i18n.t("qr-code-how")}</figcaption>
                </figure>
                {photo}
            }
            .into_any()
        }
        Err(too) => view! {
            <p class="pk-message pk-message--warning" role="status">
                {i18n.ta(too.message_id(), &[("name", &name)])}
            </p>
        }
        .into_any(),
    }
}

/// "Show … settings as a QR code" per profile, and "Scan a settings QR code".
#[component]
pub fn SettingsQr() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let shown = RwSignal::new(None::<String>);
    let found = RwSignal::new(None::<Found>);
    let camera_problem = RwSignal::new(None::<&'static str>);
    let confirm = RwSignal::new(false);
    let scanner = QrScanner::new();
    let scanning = scanner.scanning;
    let video = scanner.video;
    let stop = move || scanner.stop();
    // Made with the screen (a callback made in a click handler would have no owner).
    let read = Callback::new(move |text: String| {
        found.set(Some(match qr::decode(&text) {
            Ok(draft) => Found::Settings(Box::new(draft)),
            Err(error) => Found::Refused(error.message_id()),
        }));
    });
    let refused = Callback::new(move |error| camera_problem.set(Some(media_error_message(error))));
    let start = move |_| {
        shown.set(None);
        found.set(None);
        camera_problem.set(None);
        scanner.start(read, refused);
    };
    let finish = move |replace: bool| {
        let Some(Found::Settings(draft)) = found.get_untracked() else {
            return;
        };
        let target = if replace {
            same_name(state, &draft).map(|(id, _)| id)
        } else {
            None
        };
        if let Some(name) = apply(state, *draft, target) {
            found.set(None);
            state.toast.set(Some(Toast {
                message: i18n.ta("qr-applied", &[("name", &name)]),
                undo_restore: None,
            }));
        }
    };
    let here_name = move || match found.get() {
        Some(Found::Settings(draft)) => same_name(state, &draft).map(|(_, name)| name),
        _ => None,
    };

    let found_view = move |found_now: Found| match found_now {
        Found::Refused(id) => view! {
            <p class="pk-message pk-message--error" role="alert">{i18n.t(id)}</p>
        }
        .into_any(),
        Found::Settings(draft) => {
            let name = draft.name.clone();
            let about = summary(i18n, &draft);
            let add = i18n.ta("qr-add", &[("name", &name)]);
            let existing = same_name(state, &draft).map(|(_, here)| here);
            view! {
                <section class="pk-transfer-preview" aria-labelledby="pk-qr-found-title">
                    <h3 id="pk-qr-found-title" class="pk-transfer-preview__title">{i18n.t("qr-found-title")}</h3>
                    <div class="pk-transfer-preview__who">
                        <img class="pk-profile-row__avatar" src=avatar_src(&draft.avatar) alt="" />
                        <p class="pk-profile-row__name">{name.clone()}</p>
                    </div>
                    <p>{about}</p>
                    <div class="pk-fac-actions">
                        {existing.map(|here| view! {
                            <button type="button" class="pk-button pk-button--danger" on:click=move |_| confirm.set(true)>
                                {i18n.ta("qr-use-for", &[("name", &here)])}
                            </button>
                        })}
                        <button type="button" class="pk-button pk-button--primary" on:click=move |_| finish(false)>
                            {add}
                        </button>
                        <button type="button" class="pk-button" on:click=move |_| found.set(None)>
                            {i18n.t("transfer-import-cancel")}
                        </button>
                    </div>
                </section>
            }
            .into_any()
        }
    };

    view! {
        <div class="pk-qr-section">
            <h3 class="pk-fac-subtitle">{move || i18n.t("qr-title")}</h3>
            <p class="pk-fac-hint">{move || i18n.t("qr-hint")}</p>
            <div class="pk-fac-actions">
                <For each=move || state.profiles.get() key=|profile| (profile.id.clone(), profile.updated_ms) let:profile>
                    {
                        let id = StoredValue::new(profile.id.clone());
                        let name = profile.settings.name.clone();
                        let is_shown = move || {
                            id.with_value(|id| shown.with(|s| s.as_deref() == Some(id.as_str())))
                        };
                        view! {
                            <button
                                type="button"
                                class="pk-button"
                                aria-pressed=move || is_shown().to_string()
                                on:click=move |_| {
                                    stop();
                                    found.set(None);
                                    shown.set(if is_shown() { None } else { Some(id.get_value()) });
                                }
                            >
                                {move || i18n.ta("qr-show", &[("name", &name)])}
                            </button>
                        }
                    }
                </For>
                <Show
                    when=move || scanning.get()
                    fallback=move || view! {
                        <button type="button" class="pk-button pk-button--primary" on:click=start>
                            {move || i18n.t("qr-scan")}
                        </button>
                    }
                >
                    <button type="button" class="pk-button" on:click=move |_| stop()>
                        {move || i18n.t("qr-scan-stop")}
                    </button>
                </Show>
            </div>
            {move || shown.get().and_then(|id| state.profile(&id)).map(|profile| code_view(i18n, &profile.settings))}
            <Show when=move || scanning.get()>
                <div class="pk-qr-scanner">
                    <video
                        node_ref=video
                        class="pk-qr-scanner__video"
                        muted=true
                        playsinline=true
                        aria-label=move || i18n.t("qr-camera")
                    ></video>
                    <p class="pk-fac-hint" role="status">{move || i18n.t("qr-scan-hint")}</p>
                </div>
            </Show>
            {move || camera_problem.get().map(|id| view! {
                <p class="pk-message pk-message--error" role="alert">{move || i18n.t(id)}</p>
            })}
            {move || found.get().map(found_view)}
            <ConfirmDialog
                open=Signal::derive(move || confirm.get())
                title=Signal::derive(move || i18n.ta("qr-use-title", &[("name", &here_name().unwrap_or_default())]))
                body=Signal::derive(move || i18n.t("qr-use-body"))
                confirm_label=Signal::derive(move || i18n.t("qr-use-yes"))
                cancel_label=Signal::derive(move || i18n.t("transfer-replace-no"))
                on_confirm=Callback::new(move |()| {
                    confirm.set(false);
                    finish(true);
                })
                on_cancel=Callback::new(move |()| confirm.set(false))
            />
        </div>
    }
}
