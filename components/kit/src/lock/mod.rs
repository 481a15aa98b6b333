//! The corner control that unlocks person mode: press and hold while a ring fills, then confirm.
//!
//! The gesture logic is [`pictokit_domain::unlock::UnlockGesture`]; this component only
//! feeds it pointer, keyboard and clock events and draws its state.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use pictokit_domain::unlock::{UnlockGesture, UnlockState, HOLD_MS};
use std::time::Duration;

use crate::now_ms;

/// How often the ring is redrawn and the clock fed to the gesture while it runs.
const TICK: Duration = Duration::from_millis(50);
/// Length of the ring's circle (2πr, r = 26), in whole units: the dash needs no fractions.
const RING_LENGTH: u32 = 164;

/// The words of the lock, in the language of whoever is in front of the screen.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct LockLabels {
    /// Accessible name of the corner control ("hold for 3 seconds to unlock").
    pub hold: String,
    /// Title of the confirmation.
    pub confirm_title: String,
    /// One sentence under the title.
    pub confirm_body: String,
    /// The button that unlocks.
    pub confirm_yes: String,
    /// The button that keeps the lock.
    pub confirm_no: String,
    /// Title of the PIN step.
    pub pin_title: String,
    /// Label of the PIN field.
    pub pin_field: String,
    /// The button that checks the PIN.
    pub pin_submit: String,
    /// Said when the PIN was wrong.
    pub pin_wrong: String,
}

/// A small control in a corner of person mode. Holding it for `hold_ms` opens a
/// confirmation; confirming (and, where the device has one, entering the PIN) calls
/// `on_unlock`. Short presses, stray taps and a second finger do nothing.
#[component]
pub fn LockCorner(
    /// The words of the control and its dialogs.
    #[prop(into)]
    labels: Signal<LockLabels>,
    /// Whether the device asks for a PIN after the confirmation.
    #[prop(into, default = Signal::stored(false))]
    pin_required: Signal<bool>,
    /// Checks a PIN, possibly asynchronously: called with the PIN entered and a callback
    /// to answer whether it matches. Only called when `pin_required`.
    #[prop(optional)]
    verify_pin: Option<Callback<(String, Callback<bool>)>>,
    /// Called once the gesture is complete.
    on_unlock: Callback<()>,
    /// How long to hold, in milliseconds.
    #[prop(default = HOLD_MS)]
    hold_ms: u64,
) -> impl IntoView {
    let gesture = RwSignal::new(UnlockGesture::with_hold(
        hold_ms,
        pin_required.get_untracked(),
    ));
    let clock = RwSignal::new(now_ms());
    let active_pointer = StoredValue::new(None::<i32>);
    let interval = StoredValue::new(None::<IntervalHandle>);
    let dialog_ref = NodeRef::<leptos::html::Dialog>::new();
    let pin_value = RwSignal::new(String::new());

    let stop_clock = move || {
        if let Some(handle) = interval.get_value() {
            handle.clear();
            interval.set_value(None);
        }
    };
    let start_clock = move || {
        if interval.get_value().is_none() {
            let handle = set_interval_with_handle(
                move || {
                    let now = now_ms();
                    clock.set(now);
                    gesture.update(|g| g.tick(now));
                },
                TICK,
            )
            .ok();
            interval.set_value(handle);
        }
    };
    on_cleanup(stop_clock);

    // React to the gesture's state: run the clock while something is under way,
    // open the dialog when asked, report the unlock once.
    Effect::new(move |_| {
        let state = gesture.with(UnlockGesture::state);
        match state {
            UnlockState::Idle => stop_clock(),
            UnlockState::Unlocked => {
                stop_clock();
                gesture.update(UnlockGesture::reset);
                pin_value.set(String::new());
                // Leaving person mode disposes this component: do it after this effect.
                request_animation_frame(move || on_unlock.run(()));
                return;
            }
            _ => start_clock(),
        }
        if let Some(dialog) = dialog_ref.get() {
            let wants_open = matches!(
                state,
                UnlockState::Confirming { .. } | UnlockState::AskingPin { .. }
            );
            if wants_open && !dialog.open() {
                let _ = dialog.show_modal();
            } else if !wants_open && dialog.open() {
                dialog.close();
            }
        }
    });

    let press = move |pointer: Option<i32>| {
        if let (Some(held), Some(new)) = (active_pointer.get_value(), pointer) {
            if held != new {
                // A second finger: abandon the hold.
                active_pointer.set_value(None);
                gesture.update(|g| g.release(now_ms()));
                return;
            }
        }
        active_pointer.set_value(pointer);
        let now = now_ms();
        clock.set(now);
        gesture.update(|g| {
            // A gesture from rest picks up the device's current PIN setting.
            if g.state() == UnlockState::Idle {
                *g = UnlockGesture::with_hold(hold_ms, pin_required.get_untracked());
            }
            g.press(now)
        });
    };
    let release = move || {
        active_pointer.set_value(None);
        let now = now_ms();
        gesture.update(|g| g.release(now));
    };

    let progress = move || gesture.with(|g| g.progress(clock.get()));
    let holding = move || {
        matches!(
            gesture.with(UnlockGesture::state),
            UnlockState::Holding { .. }
        )
    };
    let asking_pin = move || {
        matches!(
            gesture.with(UnlockGesture::state),
            UnlockState::AskingPin { .. }
        )
    };
    let pin_wrong = move || {
        matches!(
            gesture.with(UnlockGesture::state),
            UnlockState::AskingPin { wrong: true, .. }
        )
    };
    let submit_pin = move || {
        let entered = pin_value.get_untracked();
        pin_value.set(String::new());
        let answer = Callback::new(move |matches: bool| {
            gesture.try_update(|g| g.submit_pin(matches, now_ms()));
        });
        match verify_pin {
            Some(verify) => verify.run((entered, answer)),
            None => answer.run(false),
        }
    };

    view! {
        <button
            type="button"
            class="pk-lock"
            class:pk-lock--holding=holding
            aria-label=move || labels.with(|l| l.hold.clone())
            on:pointerdown=move |event| {
                event.prevent_default();
                press(Some(event.pointer_id()));
            }
            on:pointerup=move |_| release()
            on:pointercancel=move |_| release()
            on:pointerleave=move |_| release()
            on:contextmenu=move |event| event.prevent_default()
            on:keydown=move |event| {
                let key = event.key();
                if key == "Enter" || key == " " {
                    event.prevent_default();
                    if !event.repeat() {
                        press(None);
                    }
                }
            }
            on:keyup=move |event| {
                let key = event.key();
                if key == "Enter" || key == " " {
                    event.prevent_default();
                    release();
                }
            }
        >
            <svg class="pk-lock__ring" viewBox="0 0 64 64" aria-hidden="true">
                <circle class="pk-lock__track" cx="32" cy="32" r="26"></circle>
                <circle
                    class="pk-lock__fill"
                    cx="32"
                    cy="32"
                    r="26"
                    stroke-dasharray=RING_LENGTH.to_string()
                    stroke-dashoffset=move || {
                        let left = (f64::from(RING_LENGTH) * (1.0 - progress())).round() as u32;
                        left.to_string()
                    }
                ></circle>
                <path
                    class="pk-lock__icon"
                    d="M24 30v-4a8 8 0 0 1 16 0v4M22 30h20v14H22z"
                ></path>
            </svg>
        </button>
        <dialog
            node_ref=dialog_ref
            class="pk-dialog pk-unlock-dialog"
            // What the browser tests check a person sees does not apply: only a
            // facilitator gets here, after holding the corner on purpose.
            data-screen-exception="picture: the unlock question is the facilitator's, not the person's | action: the facilitator answers it | spoken: it is for the facilitator, not said to the person"
            aria-labelledby="pk-unlock-title"
            on:cancel=move |event: leptos::ev::Event| {
                event.prevent_default();
                gesture.update(UnlockGesture::cancel);
            }
        >
            <h2 id="pk-unlock-title" class="pk-dialog__title">
                {move || {
                    labels.with(|l| if asking_pin() { l.pin_title.clone() } else { l.confirm_title.clone() })
                }}
            </h2>
            <Show
                when=asking_pin
                fallback=move || {
                    view! {
                        <p class="pk-dialog__body">{move || labels.with(|l| l.confirm_body.clone())}</p>
                        <div class="pk-dialog__actions">
                            <button
                                type="button"
                                class="pk-button pk-button--primary"
                                autofocus
                                on:click=move |_| gesture.update(UnlockGesture::cancel)
                            >
                                {move || labels.with(|l| l.confirm_no.clone())}
                            </button>
                            <button
                                type="button"
                                class="pk-button"
                                on:click=move |_| gesture.update(|g| g.confirm(now_ms()))
                            >
                                {move || labels.with(|l| l.confirm_yes.clone())}
                            </button>
                        </div>
                    }
                }
            >
                <form
                    class="pk-pin-form"
                    on:submit=move |event| {
                        event.prevent_default();
                        submit_pin();
                    }
                >
                    <label class="pk-field">
                        <span class="pk-field__label">{move || labels.with(|l| l.pin_field.clone())}</span>
                        <input
                            class="pk-input pk-input--pin"
                            type="password"
                            inputmode="numeric"
                            autocomplete="off"
                            maxlength="8"
                            prop:value=move || pin_value.get()
                            on:input=move |event| {
                                if let Some(input) = event
                                    .target()
                                    .and_then(|t| t.dyn_into::<leptos::web_sys::HtmlInputElement>().ok())
                                {
                                    pin_value.set(input.value());
                                }
                            }
                        />
                    </label>
                    <Show when=pin_wrong>
                        <p class="pk-message pk-message--error" role="alert">
                            {move || labels.with(|l| l.pin_wrong.clone())}
                        </p>
                    </Show>
                    <div class="pk-dialog__actions">
                        <button
                            type="button"
                            class="pk-button pk-button--primary"
                            on:click=move |_| gesture.update(UnlockGesture::cancel)
                        >
                            {move || labels.with(|l| l.confirm_no.clone())}
                        </button>
                        <button type="submit" class="pk-button">
                            {move || labels.with(|l| l.pin_submit.clone())}
                        </button>
                    </div>
                </form>
            </Show>
        </dialog>
    }
}
