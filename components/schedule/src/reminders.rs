//! Reminders in person mode: the dialog that shows and speaks what comes soon (drawn by
//! the schedule's watcher in `crate::person`, on `facilitator.html`), and the first page's
//! watcher, which reads the plan of plain instants written into the stored schedule (see
//! `pictokit_domain::reminder_plan`) and so needs no date or time-zone code.

use leptos::prelude::*;
use pictokit_domain::profile::Profile;
use pictokit_domain::reminder_plan::Plan;
use pictokit_pictograms::ui::{self, UiPicture};
use pictokit_shell::i18n::I18n;
use pictokit_shell::state::{now_ms, use_state};

/// A reminder on screen: its words ("Swimming at 10:00") and its picture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    /// What is said and written.
    pub words: String,
    /// The activity's picture.
    pub picture: String,
}

/// The reminder dialog: a bell, the words and the picture (tap to hear them again), and OK.
#[component]
pub fn ReminderDialog(
    /// The reminder shown, if any; `None` closes the dialog.
    shown: RwSignal<Option<Shown>>,
    /// The person's words and voice.
    i18n: I18n,
    /// Whether pictures are drawn in black (high contrast).
    black: Signal<bool>,
    /// Says words in the person's voice.
    on_say: Callback<String>,
) -> impl IntoView {
    let dialog_ref = NodeRef::<leptos::html::Dialog>::new();
    Effect::new(move |_| {
        let open = shown.with(Option::is_some);
        if let Some(dialog) = dialog_ref.get() {
            if open && !dialog.open() {
                let _ = dialog.show_modal();
            } else if !open && dialog.open() {
                dialog.close();
            }
        }
    });
    let symbol = move |picture: UiPicture| picture.path(black.get());
    view! {
        <dialog node_ref=dialog_ref class="pk-dialog pk-reminder" aria-labelledby="pk-reminder-title"
            on:cancel=move |event: leptos::ev::Event| { event.prevent_default(); shown.set(None); }
        >
            <h2 id="pk-reminder-title" class="pk-dialog__title">
                <img class="pk-reminder__bell" src=move || symbol(ui::REMINDER) alt="" />
                {move || i18n.t("day-reminder-title")}
            </h2>
            {move || shown.get().map(|reminder| {
                let say = reminder.words.clone();
                view! {
                    <button type="button" class="pk-reminder__card" on:click=move |_| on_say.run(say.clone())>
                        <img class="pk-reminder__img" src=reminder.picture alt="" data-main-picture="" />
                        <span class="pk-reminder__words">{reminder.words}</span>
                    </button>
                }
            })}
            <div class="pk-dialog__actions">
                <button type="button" class="pk-big-button pk-big-button--primary" data-main-action="" on:click=move |_| shown.set(None)>
                    <img src=move || symbol(ui::DONE) alt="" />
                    <span>{move || i18n.t("day-reminder-ok")}</span>
                </button>
            </div>
        </dialog>
    }
}

/// The first page's reminders for a person: every second, the plan of their stored
/// schedule is checked; when a reminder is due, the person's screen opens on the other
/// page (`facilitator.html`, kept offline like this one), whose watcher shows it, speaks
/// it and marks it shown, since it catches reminders due within the lead time. The first
/// page stays within its size budget that way: it draws no reminder itself.
pub fn planned_reminders(profile: Signal<Profile>) -> AnyView {
    let state = use_state();
    let check = move || {
        let id = profile.with_untracked(|p| p.id.clone());
        let now = i64::try_from(now_ms()).unwrap_or(i64::MAX);
        let due = state.schedule_records.with_untracked(|all| {
            all.get(&id)
                .is_some_and(|record| Plan::of_record(record).due(record, now).is_some())
        });
        if due {
            if let Some(window) = web_sys::window() {
                let _ = window
                    .location()
                    .assign(&format!("facilitator.html#/person/{id}"));
            }
        }
    };
    if let Ok(handle) = set_interval_with_handle(check, std::time::Duration::from_millis(1000)) {
        on_cleanup(move || handle.clear());
    }
    ().into_any()
}
