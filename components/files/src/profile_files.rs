//! "Move profiles between devices", on the facilitator's home: a button per profile that
//! saves it to a file, and "Open a profile file", which reads a file, shows what it holds
//! and changes nothing until the facilitator chooses (a replacement is confirmed once
//! more). The file's format and checks are `pictokit_transfer::bundle`.

use crate::qr::SettingsQr;
use leptos::prelude::*;
use leptos::task::spawn_local;
use pictokit_domain::picto::Media;
use pictokit_domain::schedule::zone;
use pictokit_kit::ConfirmDialog;
use pictokit_shell::device::file_name;
use pictokit_shell::device::{date_words_year, device_zone, download_bytes};
use pictokit_shell::i18n::{use_i18n, I18n};
use pictokit_shell::looks::avatar_src;
use pictokit_shell::reader;
use pictokit_shell::state::{new_id, now_ms, use_state, AppState, Toast};
use pictokit_transfer::bundle::{self, Bundle, Parts, Summary};
use pictokit_transfer::check::{self, Control, Refusal};
use serde_json::Value;

/// What made a bundle, written in its manifest.
const APP: &str = concat!("Pictokit ", env!("CARGO_PKG_VERSION"));

/// Packs a profile with everything it uses and offers the file; says so in a toast.
pub fn export_profile(state: AppState, i18n: I18n, id: &str) {
    let Some(profile) = state.profile(id) else {
        return;
    };
    let pictograms = state.pictos.with_untracked(|all| all.get(id).cloned());
    let shopping = state.shopping.with_untracked(|all| all.get(id).cloned());
    let schedule = state
        .schedule_records
        .with_untracked(|all| {
            all.get(id)
                .map(|record| pictokit_shell::records::decode(Some(record)))
        })
        .filter(|decoded| !decoded.newer)
        .map(|decoded| decoded.schedule);
    let records: Vec<Value> = [
        pictograms
            .as_ref()
            .and_then(|p| serde_json::to_value(p).ok()),
        shopping.as_ref().and_then(|s| serde_json::to_value(s).ok()),
        schedule.as_ref().and_then(|s| serde_json::to_value(s).ok()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let media: Vec<Media> = state.media.with_untracked(|all| {
        bundle::media_used(&records.iter().collect::<Vec<_>>(), |id| {
            all.contains_key(id)
        })
        .into_iter()
        .filter_map(|id| all.get(&id).cloned())
        .collect()
    });
    let created = now_ms();
    let parts = Parts {
        profile: &profile,
        pictograms: pictograms.as_ref(),
        shopping: shopping.as_ref(),
        schedule: schedule.as_ref(),
        media: media.iter().collect(),
    };
    let name = profile.settings.name.clone();
    let message = match bundle::write(&parts, created, APP) {
        Ok(bytes) => {
            let file = file_name("", &name, created, "zip");
            download_bytes(&file, "application/zip", &bytes);
            i18n.ta("transfer-export-done", &[("name", &name), ("file", &file)])
        }
        Err(error) => i18n.t(error.message_id()),
    };
    state.toast.set(Some(Toast {
        message,
        undo_restore: None,
    }));
}

/// Where the import is.
#[derive(Clone, Debug, PartialEq)]
enum Import {
    /// Nothing chosen.
    Idle,
    /// Reading the chosen file.
    Reading,
    /// The file was refused: why.
    Refused(Refusal),
    /// Read and checked: waiting for the facilitator's choice.
    Ready(Box<Bundle>),
}

/// Writes an accepted bundle: media this device lacks, then the records, then the
/// profile. Media already here (same id) stay as they are.
fn apply(state: AppState, bundle: Bundle) -> String {
    let id = bundle.profile.id.clone();
    for media in bundle.media {
        if !state
            .media
            .with_untracked(|all| all.contains_key(&media.id))
        {
            // Checked when the file was read; a refusal here would only skip the picture.
            let _ = state.save_media(media);
        }
    }
    if let Some(pictograms) = bundle.pictograms {
        state.update_pictos(&id, |p| *p = pictograms);
    }
    if let Some(shopping) = bundle.shopping {
        state.update_shopping(&id, |s| *s = shopping);
    }
    if let Some(schedule) = bundle.schedule {
        pictokit_shell::records::update_schedule(state, &id, |s| *s = schedule);
    }
    let mut profile = bundle.profile;
    profile.updated_ms = now_ms();
    let name = profile.settings.name.clone();
    state.save_profile(profile);
    name
}

fn summary_lines(i18n: I18n, summary: &Summary) -> Vec<String> {
    [
        ("transfer-preview-board", summary.board),
        ("transfer-preview-lists", summary.lists),
        ("transfer-preview-activities", summary.activities),
        ("transfer-preview-routines", summary.routines),
        ("transfer-preview-photos", summary.photos),
        ("transfer-preview-recordings", summary.recordings),
        ("transfer-preview-downloaded", summary.downloaded),
    ]
    .into_iter()
    .filter(|(_, count)| *count > 0)
    .map(|(message, count)| i18n.ta(message, &[("count", &count.to_string())]))
    .chain((summary.wallet.0 > 0).then(|| {
        let amount =
            pictokit_domain::money::format_euros(summary.wallet, i18n.lang.get_untracked());
        i18n.ta("transfer-preview-wallet", &[("amount", &amount)])
    }))
    .collect()
}

fn saved_on(i18n: I18n, created_ms: u64) -> Option<String> {
    let stamp = jiff::Timestamp::from_millisecond(i64::try_from(created_ms).ok()?).ok()?;
    let zone = zone::time_zone(device_zone())?;
    let date = zone.to_datetime(stamp).date();
    Some(i18n.ta(
        "transfer-preview-made",
        &[("date", &date_words_year(i18n.lang.get_untracked(), date))],
    ))
}

/// "Move profiles between devices": a button per profile that saves it to a file; "Open a
/// profile file", which shows what the file holds, then adds it, replaces the profile it
/// matches (confirmed once more) or keeps both.
#[component]
pub fn MoveProfiles() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let import = RwSignal::new(Import::Idle);
    let confirm_replace = RwSignal::new(false);

    let on_file = move |event: web_sys::Event| {
        let Some(file) = pictokit_shell::photo::take_chosen_file(&event) else {
            return;
        };
        import.set(Import::Reading);
        spawn_local(async move {
            let read = reader::checked(Control::Profile, &file, check::profile).await;
            import.set(match read {
                Ok(bundle) => Import::Ready(Box::new(bundle)),
                Err(refusal) => Import::Refused(refusal),
            });
        });
    };
    let finish = move |as_copy: bool| {
        let Import::Ready(bundle) = import.get_untracked() else {
            return;
        };
        let bundle = if as_copy {
            bundle.as_copy(&new_id("p"), now_ms())
        } else {
            *bundle
        };
        let name = apply(state, bundle);
        import.set(Import::Idle);
        // All of it is stored in one go, or none of it (a full device): only then is
        // it said to be here; otherwise the banner says nothing was saved.
        spawn_local(async move {
            if state.saved().await.is_ok() {
                state.toast.set(Some(Toast {
                    message: i18n.ta("transfer-imported", &[("name", &name)]),
                    undo_restore: None,
                }));
            }
        });
    };
    let replaces = move || match import.get() {
        Import::Ready(bundle) => state
            .profile(&bundle.profile.id)
            .map(|profile| profile.settings.name),
        _ => None,
    };

    let preview = move |bundle: Box<Bundle>| {
        let summary = state.profiles.with_untracked(|profiles| {
            state
                .media
                .with_untracked(|media| bundle.summary(profiles, |id| media.contains_key(id)))
        });
        let name = summary.name.clone();
        let lines = summary_lines(i18n, &summary);
        let made = saved_on(i18n, bundle.manifest.created_ms);
        let (name_add, name_replace) = (name.clone(), summary.replaces.clone().unwrap_or_default());
        view! {
            <section class="pk-transfer-preview" aria-labelledby="pk-transfer-preview-title">
                <h3 id="pk-transfer-preview-title" class="pk-transfer-preview__title">
                    {move || i18n.t("transfer-preview-title")}
                </h3>
                <div class="pk-transfer-preview__who">
                    <img class="pk-profile-row__avatar" src=avatar_src(&bundle.profile.settings.avatar) alt="" />
                    <p class="pk-profile-row__name">{name.clone()}</p>
                </div>
                {made.map(|made| view! { <p class="pk-fac-hint">{made}</p> })}
                <ul class="pk-transfer-preview__list">
                    {lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                </ul>
                {(summary.already_here > 0).then(|| {
                    let count = summary.already_here.to_string();
                    view! { <p>{i18n.ta("transfer-preview-already", &[("count", &count)])}</p> }
                })}
                {(summary.repaired > 0).then(|| {
                    let count = summary.repaired.to_string();
                    view! {
                        <p class="pk-message pk-message--warning">
                            {i18n.ta("transfer-preview-repaired", &[("count", &count)])}
                        </p>
                    }
                })}
                {{
                    let cancel = move || view! {
                        <button type="button" class="pk-button" on:click=move |_| import.set(Import::Idle)>
                            {move || i18n.t("transfer-import-cancel")}
                        </button>
                    };
                    match summary.replaces.clone() {
                    None => view! {
                        <p>{i18n.ta("transfer-preview-new", &[("name", &name)])}</p>
                        <div class="pk-fac-actions">
                            <button type="button" class="pk-button pk-button--primary" on:click=move |_| finish(false)>
                                {i18n.ta("transfer-import-add", &[("name", &name_add)])}
                            </button>
                            {cancel()}
                        </div>
                    }
                    .into_any(),
                    Some(existing) => view! {
                        <p>{i18n.ta("transfer-preview-replaces", &[("name", &existing)])}</p>
                        <div class="pk-fac-actions">
                            <button type="button" class="pk-button pk-button--danger" on:click=move |_| confirm_replace.set(true)>
                                {i18n.ta("transfer-import-replace", &[("name", &name_replace)])}
                            </button>
                            <button type="button" class="pk-button pk-button--primary" on:click=move |_| finish(true)>
                                {move || i18n.t("transfer-import-keep-both")}
                            </button>
                            {cancel()}
                        </div>
                    }
                    .into_any(),
                }}}
            </section>
        }
    };

    view! {
        <section class="pk-fac-section" aria-labelledby="pk-transfer-title">
            <h2 id="pk-transfer-title" class="pk-section-title">{move || i18n.t("transfer-import-title")}</h2>
            <p class="pk-fac-hint">{move || i18n.t("transfer-import-hint")}</p>
            <div class="pk-fac-actions pk-transfer-exports">
                <For each=move || state.profiles.get() key=|profile| (profile.id.clone(), profile.updated_ms) let:profile>
                    {
                        let (id, name) = (profile.id.clone(), profile.settings.name.clone());
                        view! {
                            <button type="button" class="pk-button" on:click=move |_| export_profile(state, i18n, &id)>
                                {move || i18n.ta("transfer-export-name", &[("name", &name)])}
                            </button>
                        }
                    }
                </For>
            </div>
            <label class="pk-button pk-file-button">
                <input
                    class="pk-visually-hidden"
                    type="file"
                    accept=".zip,application/zip"
                    on:change=on_file
                />
                {move || i18n.t("transfer-import-open")}
            </label>
            <SettingsQr />
            {move || match import.get() {
                Import::Idle => ().into_any(),
                Import::Reading => view! {
                    <p role="status">{move || i18n.t("transfer-import-reading")}</p>
                }
                .into_any(),
                Import::Refused(refusal) => view! {
                    <p class="pk-message pk-message--error" role="alert">{move || reader::words(i18n, &refusal)}</p>
                }
                .into_any(),
                Import::Ready(bundle) => preview(bundle).into_any(),
            }}
            <ConfirmDialog
                open=Signal::derive(move || confirm_replace.get())
                title=Signal::derive(move || {
                    i18n.ta("transfer-replace-title", &[("name", &replaces().unwrap_or_default())])
                })
                body=Signal::derive(move || i18n.t("transfer-replace-body"))
                confirm_label=Signal::derive(move || i18n.t("transfer-replace-yes"))
                cancel_label=Signal::derive(move || i18n.t("transfer-replace-no"))
                on_confirm=Callback::new(move |()| {
                    confirm_replace.set(false);
                    finish(false);
                })
                on_cancel=Callback::new(move |()| confirm_replace.set(false))
            />
        </section>
    }
}
