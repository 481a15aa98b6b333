//! What the facilitator sees when this device's data came back empty or older than it
//! was left (a crash while saving, a storage reset): what happened, in plain words, and
//! the newest copy kept outside IndexedDB, brought back in one tap after the checks of
//! `pictokit_transfer::safekeeping`. The person never sees it (person mode has no such
//! screen; the start screen only sends the facilitator here).

use leptos::prelude::*;
use leptos::task::spawn_local;
use pictokit_domain::picto::ProfilePictos;
use pictokit_shell::device::when_words;
use pictokit_shell::i18n::use_i18n;
use pictokit_shell::state::{use_state, AppState, LoadNotice, Toast};
use pictokit_shell::storage::{self, Store};
use pictokit_transfer::safekeeping;

/// Pictograms that name a picture or recording this device does not have lose that
/// reference (it would show as a broken picture), the repaired record is written and the
/// facilitator is told. `facilitator.html` runs it after loading; the first page shows
/// such a picture as missing until then. (Since writes are one transaction per action, only
/// a database written by an older Pictokit can hold such references.)
pub fn repair_media_references(state: AppState) {
    let unread = state.media_unread();
    let has = |id: &str| {
        state.media.with_untracked(|all| all.contains_key(id)) || unread.iter().any(|u| u == id)
    };
    let broken: Vec<String> = state.pictos.with_untracked(|all| {
        all.iter()
            .filter(|(_, pictos)| ProfilePictos::clone(pictos).drop_missing_media(has) > 0)
            .map(|(key, _)| key.clone())
            .collect()
    });
    for key in broken {
        state.update_pictos(&key, |pictos| _ = pictos.drop_missing_media(has));
        let name = state
            .profile(&key)
            .map(|profile| profile.settings.name)
            .unwrap_or_default();
        state.notices.update(|notices| {
            notices.push(LoadNotice {
                message_id: "storage-media-missing",
                name,
            })
        });
    }
}

/// What bringing a copy back did, or the message id of why it did not.
async fn bring_back(
    state: AppState,
    generation: u64,
) -> Result<safekeeping::Checked, &'static str> {
    let text = storage::copy_text(generation)
        .await
        .ok_or("safekeeping-copy-gone")?;
    let mut checked = safekeeping::check(&text).map_err(|problem| problem.message_id())?;
    drop(text);
    let records = std::mem::take(&mut checked.records)
        .into_iter()
        .filter_map(|(store, key, value)| Some((Store::named(store)?, key, value)))
        .collect();
    state
        .store_records(records)
        .await
        .map_err(|_| "safekeeping-restore-failed")?;
    storage::resolve_reset()
        .await
        .map_err(|_| "safekeeping-restore-failed")?;
    state.safety.set(None);
    state.reload().await;
    Ok(checked)
}

/// The notice at the top of the facilitator's list of people, while a reset is pending.
#[component]
pub fn SafekeepingNotice() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let busy = RwSignal::new(false);
    let failed = RwSignal::new(None::<&'static str>);
    let newest = move || {
        state
            .safety
            .with(|safety| safety.as_ref().and_then(|s| s.copies.first().cloned()))
    };
    let when = move |ms: f64| when_words(i18n.lang.get(), ms.max(0.0) as u64);

    let restore = move |_| {
        let Some(copy) = newest() else {
            return;
        };
        busy.set(true);
        failed.set(None);
        spawn_local(async move {
            match bring_back(state, copy.generation).await {
                Ok(checked) => {
                    let mut message = i18n.ta(
                        "safekeeping-restored",
                        &[
                            ("count", &checked.people.len().to_string()),
                            ("names", &checked.people.join(", ")),
                        ],
                    );
                    if checked.left_out > 0 {
                        message.push(' ');
                        message.push_str(&i18n.ta(
                            "safekeeping-left-out",
                            &[("count", &checked.left_out.to_string())],
                        ));
                    }
                    state.toast.set(Some(Toast {
                        message,
                        undo_restore: None,
                    }));
                }
                Err(message_id) => failed.set(Some(message_id)),
            }
            busy.set(false);
        });
    };
    let go_on = move |_| {
        busy.set(true);
        spawn_local(async move {
            match storage::resolve_reset().await {
                Ok(()) => state.safety.set(None),
                Err(_) => failed.set(Some("safekeeping-restore-failed")),
            }
            busy.set(false);
        });
    };

    move || {
        let safety = state.safety.get()?;
        let lost_at = when(safety.lost_at);
        let copy = safety.copies.first().cloned();
        Some(view! {
            <section class="pk-message pk-message--warning pk-safekeeping" aria-labelledby="pk-safekeeping-title">
                <h2 id="pk-safekeeping-title">{move || i18n.t("safekeeping-title")}</h2>
                <p>{move || i18n.ta("safekeeping-body", &[("when", &lost_at)])}</p>
                {match copy {
                    Some(copy) => {
                        let at = when(copy.at);
                        let people = copy.people.to_string();
                        view! {
                            <p>{move || i18n.ta("safekeeping-copy", &[("count", &people)])}</p>
                            <div class="pk-fac-actions">
                                <button
                                    type="button"
                                    class="pk-button pk-button--primary"
                                    disabled=move || busy.get()
                                    on:click=restore
                                >
                                    {move || i18n.ta("safekeeping-bring-back", &[("when", &at)])}
                                </button>
                                <button type="button" class="pk-button" disabled=move || busy.get() on:click=go_on>
                                    {move || i18n.t("safekeeping-go-on")}
                                </button>
                            </div>
                        }
                        .into_any()
                    }
                    None => view! {
                        <p>{move || i18n.t("safekeeping-no-copy")}</p>
                        <div class="pk-fac-actions">
                            <button type="button" class="pk-button" disabled=move || busy.get() on:click=go_on>
                                {move || i18n.t("safekeeping-go-on")}
                            </button>
                        </div>
                    }
                    .into_any(),
                }}
                {move || failed.get().map(|id| view! { <p role="alert">{move || i18n.t(id)}</p> })}
            </section>
        })
    }
}
