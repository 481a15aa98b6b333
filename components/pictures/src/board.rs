//! A person's own pictograms ("My pictograms"): the facilitator adds several at once with
//! the picker, orders them, and records a familiar voice for any of them. In person mode
//! they form a board in the profile's grid; a tap plays the recording, or speaks the name.

use leptos::prelude::*;
use leptos::task::spawn_local;
use pictokit_domain::picto::{Media, MediaKind, PictoRef};
use pictokit_domain::profile::Theme;
use pictokit_shell::frame::{home, FacilitatorFrame, ForPerson};
use pictokit_shell::i18n::use_i18n;
use pictokit_shell::library::{show, use_pictograms};
use pictokit_shell::media;
use pictokit_shell::picker::{media_error_message, PictoPicker};
use pictokit_shell::print::Sheet;
use pictokit_shell::routes::Route;
use pictokit_shell::state::{new_id, now_ms, use_state};
use std::collections::BTreeMap;

/// The facilitator's screen for a person's own pictograms.
#[component]
pub fn BoardEditor(
    /// Whose pictograms.
    profile_id: String,
) -> impl IntoView {
    let Some(person) = ForPerson::of(&profile_id) else {
        return home();
    };
    let (state, router, i18n, profile) = person.parts();
    let pictograms = use_pictograms();
    pictograms.ensure_loaded();
    let name = move || profile.with(|p| p.settings.name.clone());
    let picker_open = RwSignal::new(false);
    let id = profile_id.clone();
    let on_pick = Callback::new(move |chosen: Vec<PictoRef>| {
        let mut added = 0;
        state.update_pictos(&id, |p| added = p.add_to_board(&chosen));
        state.toast.set(Some(pictokit_shell::state::Toast {
            message: i18n.ta("board-added", &[("count", &added.to_string())]),
            undo_restore: None,
        }));
    });
    let id = profile_id.clone();
    let shown = Memo::new(move |_| {
        let library = pictograms.library();
        let (lang, black) =
            profile.with(|p| (p.settings.language, p.settings.theme == Theme::HighContrast));
        state
            .pictos_of(&id)
            .board
            .iter()
            .map(|r| {
                show(library.as_deref(), &state, r, lang, black).unwrap_or(
                    pictokit_shell::library::Shown {
                        picto: r.clone(),
                        src: String::new(),
                        label: String::new(),
                    },
                )
            })
            .collect::<Vec<_>>()
    });
    let id_preview = profile_id.clone();
    let id_print = profile_id.clone();
    let id_rows = profile_id.clone();

    view! {
        <FacilitatorFrame title=Signal::derive(move || i18n.ta("board-title", &[("name", &name())]))>
            <p class="pk-fac-hint">{move || i18n.ta("board-hint", &[("name", &name())])}</p>
            <div class="pk-fac-actions">
                <button type="button" class="pk-button pk-button--primary" on:click=move |_| picker_open.set(true)>
                    <span aria-hidden="true">"+ "</span>
                    {move || i18n.t("board-add")}
                </button>
                <button
                    type="button"
                    class="pk-button"
                    on:click=move |_| router.go(Route::Preview(id_preview.clone()))
                >
                    {move || i18n.t("fac-preview")}
                </button>
                <button
                    type="button"
                    class="pk-button"
                    on:click=move |_| router.go(Route::Print(id_print.clone(), Sheet::Board.path()))
                >
                    {move || i18n.t("print-board")}
                </button>
            </div>
            <Show when=move || shown.with(Vec::is_empty)>
                <p class="pk-empty">{move || i18n.t("board-empty")}</p>
            </Show>
            <ul class="pk-board-list" role="list">
                {move || {
                    let count = shown.with(Vec::len);
                    shown
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(index, item)| {
                            let pid = id_rows.clone();
                            let label = if item.label.is_empty() { i18n.t("board-unnamed") } else { item.label.clone() };
                            let (up, down, remove) = (item.picto.clone(), item.picto.clone(), item.picto.clone());
                            let (pid_up, pid_down, pid_remove) = (pid.clone(), pid.clone(), pid.clone());
                            let named = move |message: &'static str, label: &str| i18n.ta(message, &[("name", label)]);
                            view! {
                                <li class="pk-board-row">
                                    <img class="pk-board-row__img" src=item.src.clone() alt="" />
                                    <p class="pk-board-row__name">{label.clone()}</p>
                                    <VoiceRecorder profile_id=pid.clone() picto=item.picto.clone() label=label.clone() />
                                    <div class="pk-board-row__order">
                                        <button
                                            type="button"
                                            class="pk-button pk-button--icon"
                                            disabled=index == 0
                                            aria-label=named("board-move-up", &label)
                                            on:click=move |_| state.update_pictos(&pid_up, |p| p.move_on_board(&up, -1))
                                        >
                                            <span aria-hidden="true">"↑"</span>
                                        </button>
                                        <button
                                            type="button"
                                            class="pk-button pk-button--icon"
                                            disabled=index + 1 == count
                                            aria-label=named("board-move-down", &label)
                                            on:click=move |_| state.update_pictos(&pid_down, |p| p.move_on_board(&down, 1))
                                        >
                                            <span aria-hidden="true">"↓"</span>
                                        </button>
                                        <button
                                            type="button"
                                            class="pk-button pk-button--danger"
                                            aria-label=named("board-remove-name", &label)
                                            on:click=move |_| state.update_pictos(&pid_remove, |p| p.remove_from_board(&remove))
                                        >
                                            {i18n.t("board-remove")}
                                        </button>
                                    </div>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <crate::obf::BoardFiles profile_id=profile_id.clone() />
            <PictoPicker open=picker_open profile_id=profile_id.clone() multiple=true on_pick=on_pick />
        </FacilitatorFrame>
    }
    .into_any()
}

/// Where a recording is.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Take {
    Idle,
    Recording,
    Recorded(String),
}

/// Records a familiar voice for one pictogram: record, listen, keep or redo.
#[component]
fn VoiceRecorder(profile_id: String, picto: PictoRef, label: String) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let take = RwSignal::new(Take::Idle);
    let problem = RwSignal::new(None::<String>);
    let (pid, key) = (profile_id.clone(), picto.clone());
    let saved = Memo::new(move |_| {
        state
            .pictos
            .with(|all| all.get(&pid).and_then(|p| p.voice(&key).map(str::to_owned)))
            .and_then(|id| state.media.with(|m| m.get(&id).map(|m| m.data_url.clone())))
    });
    let named = move |message: &'static str| i18n.ta(message, &[("name", &label)]);
    let named = StoredValue::new(named);
    let start = move || {
        if !media::can_record() {
            problem.set(Some(i18n.t("voice-unsupported")));
            return;
        }
        problem.set(None);
        take.set(Take::Recording);
        spawn_local(async move {
            if let Err(error) = media::start_recording().await {
                take.set(Take::Idle);
                problem.set(Some(i18n.t(media_error_message(error))));
            }
        });
    };
    let stop = move || {
        spawn_local(async move {
            match media::stop_recording().await {
                Ok(url) => take.set(Take::Recorded(url)),
                Err(error) => {
                    take.set(Take::Idle);
                    problem.set(Some(i18n.t(media_error_message(error))));
                }
            }
        });
    };
    on_cleanup(media::cancel_recording);
    let (pid, key) = (profile_id.clone(), picto.clone());
    let keep = Callback::new(move |()| {
        let Take::Recorded(url) = take.get_untracked() else {
            return;
        };
        let old = state.pictos_of(&pid).voice(&key).map(str::to_owned);
        let id = new_id("m");
        let media = Media::own(id.clone(), MediaKind::Voice, url, BTreeMap::new(), now_ms());
        match state.save_media(media) {
            Ok(()) => {
                state.update_pictos(&pid, |p| {
                    p.voices.insert(key.to_string(), id);
                });
                if let Some(old) = old {
                    state.remove_media(&old);
                }
                take.set(Take::Idle);
            }
            Err(error) => problem.set(Some(i18n.t(error.message_id()))),
        }
    });
    let (pid, key) = (profile_id, picto);
    let forget = Callback::new(move |()| {
        if let Some(old) = state.pictos_of(&pid).voice(&key).map(str::to_owned) {
            state.update_pictos(&pid, |p| {
                p.voices.remove(&key.to_string());
            });
            state.remove_media(&old);
        }
    });
    view! {
        <div class="pk-voice">
            {move || match take.get() {
                Take::Idle => view! {
                    <button type="button" class="pk-button" aria-label=named.with_value(|n| n("voice-record-name")) on:click=move |_| start()>
                        {i18n.t("voice-record")}
                    </button>
                    {move || saved.get().map(|url| view! {
                        <button type="button" class="pk-button" aria-label=named.with_value(|n| n("voice-play-name")) on:click=move |_| media::play_sound(&url)>
                            <span aria-hidden="true">"▶ "</span>
                            {i18n.t("voice-play")}
                        </button>
                        <button type="button" class="pk-button pk-button--quiet" aria-label=named.with_value(|n| n("voice-forget-name")) on:click=move |_| forget.run(())>
                            {i18n.t("voice-forget")}
                        </button>
                    })}
                }.into_any(),
                Take::Recording => view! {
                    <button type="button" class="pk-button pk-button--danger" on:click=move |_| stop()>
                        <span aria-hidden="true">"■ "</span>
                        {i18n.t("voice-stop")}
                    </button>
                    <span class="pk-voice__live" role="status">{i18n.t("voice-recording")}</span>
                }.into_any(),
                Take::Recorded(url) => view! {
                    <button type="button" class="pk-button" on:click=move |_| media::play_sound(&url)>
                        <span aria-hidden="true">"▶ "</span>
                        {i18n.t("voice-listen-take")}
                    </button>
                    <button type="button" class="pk-button pk-button--primary" on:click=move |_| keep.run(())>
                        {i18n.t("voice-keep")}
                    </button>
                    <button type="button" class="pk-button" on:click=move |_| start()>
                        {i18n.t("voice-redo")}
                    </button>
                }.into_any(),
            }}
            <p class="pk-field__error" role="alert">{move || problem.get()}</p>
        </div>
    }
}
