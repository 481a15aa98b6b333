//! A large numeric keypad for typing a price in euros, with a display that also takes typing.
//!
//! The component only edits text: it keeps the value short and well formed (digits, one
//! decimal separator, at most two decimals) and leaves parsing to the caller, which uses
//! `pictokit_domain::money::parse_euros`.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use std::sync::atomic::{AtomicUsize, Ordering};

use pictokit_domain::price_entry::{apply_key, clean, Key};
pub use pictokit_domain::price_entry::{MAX_CHARS, MAX_DECIMALS};

/// The words of the keypad, in the language of whoever is in front of the screen.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct KeypadLabels {
    /// Name of the display, shown above it ("Price").
    pub display: String,
    /// Accessible name of the key that removes the last character ("Delete the last digit").
    pub delete: String,
    /// Text of the key that empties the display ("Clear").
    pub clear: String,
    /// The name of the decimal separator, read after the symbol on its key ("comma").
    pub decimal_key: String,
}

/// A price display above a 4×3 grid of large keys (7 8 9 / 4 5 6 / 1 2 3 / separator 0
/// delete) and a wide "Clear" key.
///
/// Keys edit `value` and keep the focus, so a switch or keyboard user can press again.
/// Presses that would break the price (a second separator, a third decimal, an eighth
/// character) are ignored quietly. The display is a text field, so a facilitator can also
/// type; what is typed is cleaned by the same rules. Digits, "," and "." and
/// Backspace/Delete pressed on a physical keyboard while a key has the focus work too, but
/// nothing depends on Backspace: person mode swallows it, hence the on-screen delete key.
#[component]
pub fn PriceKeypad(
    /// The text typed so far, such as "1,25". The caller parses it and may also set it.
    value: RwSignal<String>,
    /// The decimal separator shown on its key and added by it: "," (ca, es) or "." (en).
    /// Either separator already in the value counts as the one separator.
    #[prop(into)]
    decimal: Signal<String>,
    /// The words of the display and of the keys without digits.
    #[prop(into)]
    labels: Signal<KeypadLabels>,
    /// What is wrong with the value, shown under the display in `role="alert"`; the display
    /// is then marked `aria-invalid`.
    #[prop(into, default = Signal::stored(None))]
    problem: Signal<Option<String>>,
    /// The currency sign shown beside the digits.
    #[prop(into, default = Signal::stored("€".to_owned()))]
    currency: Signal<String>,
    /// Whether the sign goes before the digits ("€1.25", English) or after ("1,25 €").
    #[prop(into, default = Signal::stored(false))]
    currency_first: Signal<bool>,
    /// Whether the display accepts typing. Turn it off in person mode, so that touching the
    /// display does not open the device's own keyboard over the keypad; the keys still work.
    #[prop(into, default = Signal::stored(true))]
    typing: Signal<bool>,
) -> impl IntoView {
    static NEXT_ID: AtomicUsize = AtomicUsize::new(0);
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let label_id = format!("pk-keypad-{id}-label");
    let input_id = format!("pk-keypad-{id}-input");
    let problem_id = format!("pk-keypad-{id}-problem");
    let group_labelled_by = label_id.clone();
    let label_for = input_id.clone();
    let described_by = problem_id.clone();

    let separator = move || decimal.with_untracked(|d| d.chars().next().unwrap_or(','));
    // Said by screen readers after a key press, since the focus stays on the key.
    let spoken = RwSignal::new(String::new());
    let with_currency = move |text: &str| {
        if text.is_empty() {
            return String::new();
        }
        let sign = currency.get_untracked();
        if currency_first.get_untracked() {
            format!("{sign}{text}")
        } else {
            format!("{text}\u{a0}{sign}")
        }
    };
    let press = move |key: Key| {
        let next = value.with_untracked(|current| apply_key(current, key, separator()));
        if let Some(next) = next {
            spoken.set(with_currency(&next));
            value.set(next);
        }
    };
    let physical_key = move |event: leptos::ev::KeyboardEvent| {
        // The display handles its own typing.
        let from_input = event
            .target()
            .is_some_and(|target| target.has_type::<leptos::web_sys::HtmlInputElement>());
        if from_input || event.ctrl_key() || event.meta_key() || event.alt_key() {
            return;
        }
        let key = match event.key().as_str() {
            "Backspace" | "Delete" => Key::Delete,
            "," | "." | "Decimal" => Key::Separator,
            other => match other.parse::<u8>() {
                Ok(digit) if digit <= 9 => Key::Digit(digit),
                _ => return,
            },
        };
        event.prevent_default();
        press(key);
    };
    let on_typing = move |event: leptos::ev::Event| {
        let Some(input) = event
            .target()
            .and_then(|t| t.dyn_into::<leptos::web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let typed = input.value();
        let cleaned = clean(&typed, separator());
        if cleaned != typed {
            input.set_value(&cleaned);
        }
        value.set(cleaned);
    };

    let digit_key = move |digit: u8| {
        view! {
            <button
                type="button"
                class="pk-keypad__key pk-keypad__key--digit"
                on:click=move |_| press(Key::Digit(digit))
            >
                {digit.to_string()}
            </button>
        }
    };
    let currency_sign = move || {
        view! { <span class="pk-keypad__currency">{move || currency.get()}</span> }
    };
    let has_problem = move || problem.with(Option::is_some);

    view! {
        <div
            class="pk-keypad"
            role="group"
            aria-labelledby=group_labelled_by
            on:keydown=physical_key
        >
            <label id=label_id class="pk-keypad__label" for=label_for>
                {move || labels.with(|l| l.display.clone())}
            </label>
            <div class="pk-keypad__display" class:pk-keypad__display--invalid=has_problem>
                <Show when=move || currency_first.get()>{currency_sign}</Show>
                <input
                    id=input_id
                    class="pk-keypad__input"
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    maxlength=MAX_CHARS.to_string()
                    size=MAX_CHARS.to_string()
                    readonly=move || !typing.get()
                    aria-invalid=move || has_problem().then_some("true")
                    aria-describedby=move || has_problem().then(|| described_by.clone())
                    prop:value=move || value.get()
                    on:input=on_typing
                />
                <Show when=move || !currency_first.get()>{currency_sign}</Show>
            </div>
            <p id=problem_id class="pk-keypad__problem" role="alert">
                {move || problem.get().unwrap_or_default()}
            </p>
            <span class="pk-visually-hidden" aria-live="polite">{move || spoken.get()}</span>
            <div class="pk-keypad__keys">
                {[7, 8, 9, 4, 5, 6, 1, 2, 3].map(digit_key)}
                <button
                    type="button"
                    class="pk-keypad__key pk-keypad__key--decimal"
                    aria-label=move || {
                        let symbol = decimal.get();
                        let name = labels.with(|l| l.decimal_key.clone());
                        if name.is_empty() { symbol } else { format!("{symbol} {name}") }
                    }
                    on:click=move |_| press(Key::Separator)
                >
                    {move || decimal.get()}
                </button>
                {digit_key(0)}
                <button
                    type="button"
                    class="pk-keypad__key pk-keypad__key--delete"
                    aria-label=move || labels.with(|l| l.delete.clone())
                    on:click=move |_| press(Key::Delete)
                >
                    <svg class="pk-keypad__icon" viewBox="0 0 32 24" aria-hidden="true">
                        <path d="M10 3h19v18H10L2 12z"></path>
                        <path d="M15 8l8 8M23 8l-8 8"></path>
                    </svg>
                </button>
                <button
                    type="button"
                    class="pk-keypad__key pk-keypad__key--clear"
                    on:click=move |_| press(Key::Clear)
                >
                    {move || labels.with(|l| l.clear.clone())}
                </button>
            </div>
        </div>
    }
}
