//! The profile editor's section on how the person reaches the screen (issue #25): touch,
//! one or two switches, directional keys or dwell, the scanning pattern and timings, the
//! tremor filters, the keys of the person's switches (the facilitator presses "Change",
//! then the key), and a "Try it" area where the settings being edited run on four tiles
//! exactly as they will in person mode (the same layer, `public/scan-layer.js`).

use crate::editor::{message, position, Choices};
use leptos::ev;
use leptos::prelude::*;
use pictokit_domain::profile::ProfileDraft;
use pictokit_domain::scanning::{
    switch_key, Access, KeyAssignment, Method, Pattern, StoredAccess, Switch, DWELL_MS,
    MAX_FIRST_STEP_MS, MAX_HOLD_MS, MAX_IGNORE_REPEAT_MS, ROUNDS, SCAN_MS,
};
use pictokit_kit::Tile;
use pictokit_pictograms::AVATARS;
use pictokit_shell::i18n::{use_i18n, I18n};

const METHODS: [(Method, &str); 5] = [
    (Method::Touch, "access-method-touch"),
    (Method::AutoScan, "access-method-auto-scan"),
    (Method::StepScan, "access-method-step-scan"),
    (Method::Keys, "access-method-keys"),
    (Method::Dwell, "access-method-dwell"),
];

const PATTERNS: [(Pattern, &str); 3] = [
    (Pattern::RowColumn, "access-pattern-row-column"),
    (Pattern::Items, "access-pattern-items"),
    (Pattern::Groups, "access-pattern-groups"),
];

/// The keys that have a word of their own in the messages; any other key is written as
/// it is, a single character in capitals, as on the key.
const KEY_WORDS: [(&str, &str); 6] = [
    (" ", "access-key-space"),
    ("Enter", "access-key-enter"),
    ("ArrowUp", "access-key-up"),
    ("ArrowDown", "access-key-down"),
    ("ArrowLeft", "access-key-left"),
    ("ArrowRight", "access-key-right"),
];

/// A key as a person reads it: "Space", "Enter", "A", "1", "PageDown".
fn key_name(i18n: I18n, key: &str) -> String {
    match KEY_WORDS.iter().find(|(word_key, _)| *word_key == key) {
        Some((_, id)) => i18n.t(id),
        None if key.chars().count() == 1 => key.to_uppercase(),
        None => key.to_owned(),
    }
}

/// A switch's keys as a person reads them: "Space, 1".
fn key_names(i18n: I18n, keys: &[String]) -> String {
    let names: Vec<String> = keys.iter().map(|key| key_name(i18n, key)).collect();
    names.join(", ")
}

/// A switch whose keys the facilitator sets in the section.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum SwitchRow {
    /// Switch 1 of step scanning: it moves the light.
    Moves,
    /// Switch 2 of step scanning: it chooses.
    Chooses,
    /// The one switch of automatic scanning: switch 1's keys, and switch 2's choose too.
    Only,
    /// The key that chooses with the arrow keys: switch 1's, and switch 2's choose too.
    ArrowsChoose,
}

impl SwitchRow {
    /// The rows of a method (none for touch and dwell).
    fn of(method: Method) -> &'static [SwitchRow] {
        match method {
            Method::StepScan => &[SwitchRow::Moves, SwitchRow::Chooses],
            Method::AutoScan => &[SwitchRow::Only],
            Method::Keys => &[SwitchRow::ArrowsChoose],
            Method::Touch | Method::Dwell => &[],
        }
    }

    /// Its name, and what it does, in the messages.
    fn names(self) -> (&'static str, &'static str) {
        match self {
            SwitchRow::Moves => ("access-switch-1", "access-switch-1-does"),
            SwitchRow::Chooses => ("access-switch-2", "access-switch-2-does"),
            SwitchRow::Only => ("access-switch-only", "access-switch-only-does"),
            SwitchRow::ArrowsChoose => ("access-switch-choose", "access-switch-choose-does"),
        }
    }

    /// What the live region says while it waits for the key.
    fn listening(self) -> &'static str {
        match self {
            SwitchRow::Moves => "access-key-listening-1",
            SwitchRow::Chooses => "access-key-listening-2",
            SwitchRow::Only => "access-key-listening-only",
            SwitchRow::ArrowsChoose => "access-key-listening-choose",
        }
    }

    /// The switch of the settings whose keys it sets.
    fn switch(self) -> Switch {
        match self {
            SwitchRow::Chooses => Switch::Select,
            SwitchRow::Moves | SwitchRow::Only | SwitchRow::ArrowsChoose => Switch::Move,
        }
    }

    /// What the live region says when the key pressed is the other switch's.
    fn taken(self) -> &'static str {
        match self {
            SwitchRow::Chooses => "access-key-taken-1",
            _ => "access-key-taken-2",
        }
    }

    /// A stem for the ids of its elements.
    fn id(self) -> &'static str {
        match self {
            SwitchRow::Moves => "pk-switch-1",
            SwitchRow::Chooses => "pk-switch-2",
            SwitchRow::Only => "pk-switch-only",
            SwitchRow::ArrowsChoose => "pk-switch-choose",
        }
    }

    /// The keys it shows: its own, and for a switch that stands for both, switch 2's too.
    fn keys(self, access: &Access) -> Vec<String> {
        match self {
            SwitchRow::Moves => access.switch_1_keys.clone(),
            SwitchRow::Chooses => access.switch_2_keys.clone(),
            SwitchRow::Only | SwitchRow::ArrowsChoose => access
                .switch_1_keys
                .iter()
                .chain(&access.switch_2_keys)
                .cloned()
                .collect(),
        }
    }
}

/// The keys of the person's switches, each with a "Change" button that waits for the next
/// key press (Escape cancels, Tab leaves as usual).
#[component]
fn SwitchKeys(
    /// The settings being edited.
    access: Signal<Access>,
    /// Called with the settings with a switch's new key.
    on_change: Callback<Access>,
    /// The switch waiting for its key, if one is: the section pauses "Try it" meanwhile.
    listening: RwSignal<Option<SwitchRow>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let said = RwSignal::new(String::new());
    // The last key taken here: its release must not press the focused button either.
    let taken = StoredValue::new(None::<String>);
    let keydown = window_event_listener(ev::keydown, move |event| {
        let Some(row) = listening.get_untracked() else {
            return;
        };
        if event.repeat() || event.ctrl_key() || event.alt_key() || event.meta_key() {
            return;
        }
        let pressed = event.key();
        if pressed == "Tab" {
            // Tab moves on, as everywhere: no key is trapped here.
            listening.set(None);
            said.set(i18n.t("access-key-cancelled"));
            return;
        }
        event.prevent_default();
        event.stop_propagation();
        taken.set_value(Some(pressed.clone()));
        let current = access.get_untracked();
        if pressed == "Escape" || pressed == "Esc" || !SwitchRow::of(current.method).contains(&row)
        {
            listening.set(None);
            said.set(i18n.t("access-key-cancelled"));
            return;
        }
        let named = key_name(
            i18n,
            &switch_key(&pressed).unwrap_or_else(|| pressed.clone()),
        );
        match current.assign_key(row.switch(), &pressed) {
            KeyAssignment::Refused => said.set(i18n.ta("access-key-refused", &[("key", &named)])),
            KeyAssignment::Taken => said.set(i18n.ta(row.taken(), &[("key", &named)])),
            KeyAssignment::Set(changed) => {
                listening.set(None);
                said.set(set_message(i18n, row, &row.keys(&changed)));
                on_change.run(changed);
            }
            KeyAssignment::Already => {
                listening.set(None);
                said.set(set_message(i18n, row, &row.keys(&current)));
            }
        }
    });
    let keyup = window_event_listener(ev::keyup, move |event| {
        if taken.with_value(|key| key.as_deref() == Some(event.key().as_str())) {
            taken.set_value(None);
            event.prevent_default();
            event.stop_propagation();
        }
    });
    on_cleanup(move || {
        keydown.remove();
        keyup.remove();
        listening.set(None);
    });
    let rows = move || SwitchRow::of(access.get().method).to_vec();
    view! {
        <div class="pk-switch-keys" role="group" aria-labelledby="pk-switch-keys-title">
            <h3 id="pk-switch-keys-title" class="pk-field__label">{move || i18n.t("access-keys-title")}</h3>
            <For each=rows key=|row: &SwitchRow| *row let:row>
                <SwitchKeyRow row=row access=access listening=listening said=said />
            </For>
            <p class="pk-switch-keys__said" role="status">{move || said.get()}</p>
        </div>
    }
}

/// What the live region says when a switch has its keys: "Switch 1: A".
fn set_message(i18n: I18n, row: SwitchRow, keys: &[String]) -> String {
    i18n.ta(
        "access-key-set",
        &[
            ("switch", &i18n.t(row.names().0)),
            ("keys", &key_names(i18n, keys)),
        ],
    )
}

/// One switch: its name, what it does, its keys and "Change".
#[component]
fn SwitchKeyRow(
    /// The switch.
    row: SwitchRow,
    /// The settings being edited.
    access: Signal<Access>,
    /// The switch waiting for its key, if one is.
    listening: RwSignal<Option<SwitchRow>>,
    /// What the section's live region says.
    said: RwSignal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (name, does) = row.names();
    let id = row.id();
    let waiting = move || listening.get() == Some(row);
    let keys = move || key_names(i18n, &row.keys(&access.get()));
    view! {
        <div class="pk-switch-keys__row" class:pk-switch-keys__row--waiting=waiting>
            <div class="pk-switch-keys__text">
                <span id=format!("{id}-name") class="pk-field__label">{move || i18n.t(name)}</span>
                <span class="pk-fac-hint">{move || i18n.t(does)}</span>
                <span id=format!("{id}-keys") class="pk-switch-keys__keys">{keys}</span>
            </div>
            <button
                type="button"
                id=format!("{id}-change")
                class="pk-button"
                aria-labelledby=format!("{id}-change {id}-name")
                aria-describedby=format!("{id}-keys")
                on:click=move |_| {
                    if waiting() {
                        listening.set(None);
                        said.set(i18n.t("access-key-cancelled"));
                    } else {
                        listening.set(Some(row));
                        said.set(i18n.t(row.listening()));
                    }
                }
            >
                {move || i18n.t("access-key-change")}
            </button>
        </div>
    }
}

/// A time setting in seconds (kept in ms), from `min` to `max` ms in steps of half a second.
#[component]
fn Seconds(
    id: &'static str,
    label: &'static str,
    min: u32,
    max: u32,
    value: Signal<u32>,
    on_change: Callback<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    let seconds = |ms: u32| format!("{}", f64::from(ms) / 1000.0);
    view! {
        <div class="pk-field pk-field--number">
            <label class="pk-field__label" for=id>{move || i18n.t(label)}</label>
            <input
                id=id
                class="pk-input pk-input--number"
                type="number"
                inputmode="decimal"
                min=seconds(min)
                max=seconds(max)
                step="0.5"
                prop:value=move || seconds(value.get())
                on:change=move |event| {
                    let text = event_target_value(&event).replace(',', ".");
                    if let Ok(secs) = text.trim().parse::<f64>() {
                        if secs.is_finite() {
                            let ms = (secs * 1000.0).round().clamp(f64::from(min), f64::from(max));
                            on_change.run(ms as u32);
                        }
                    }
                }
            />
        </div>
    }
}

/// A yes-or-no setting.
#[component]
fn Check(label: &'static str, value: Signal<bool>, on_change: Callback<bool>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <label class="pk-check">
            <input
                type="checkbox"
                prop:checked=move || value.get()
                on:change=move |event| on_change.run(event_target_checked(&event))
            />
            <span>{move || i18n.t(label)}</span>
        </label>
    }
}

/// The section of the profile editor.
#[component]
pub fn AccessSection(draft: RwSignal<ProfileDraft>) -> impl IntoView {
    let i18n = use_i18n();
    let access = Signal::derive(move || draft.with(|d| d.access.read()));
    let edit = move |change: &dyn Fn(&mut Access)| {
        draft.update(|d| {
            let mut access = d.access.read();
            change(&mut access);
            d.access = StoredAccess::from(access);
        });
    };
    let set = move |change: fn(&mut Access, u32), value: u32| edit(&|a| change(a, value));
    let method = move || access.get().method;
    let scans = move || method().scans();
    let name = move || draft.with(|d| d.name.trim().to_owned());
    let number = move |get: fn(&Access) -> u32| Signal::derive(move || get(&access.get()));
    let flag = move |get: fn(&Access) -> bool| Signal::derive(move || get(&access.get()));
    let listening = RwSignal::new(None::<SwitchRow>);
    view! {
        <section class="pk-editor__section" aria-labelledby="pk-sec-access">
            <h2 id="pk-sec-access" class="pk-section-title">{move || i18n.t("editor-section-access")}</h2>
            <Choices
                name="access-method"
                legend=Signal::derive(move || i18n.ta("access-method", &[("name", &name())]))
                options=METHODS.into_iter().map(|(_, id)| message(i18n, id)).collect()
                chosen=Signal::derive(move || position(&METHODS.map(|(m, _)| m), &method()))
                on_choose=Callback::new(move |idx: usize| edit(&|a| a.method = METHODS[idx].0))
            />
            <Show when=move || !SwitchRow::of(method()).is_empty()>
                <p class="pk-fac-hint">{move || i18n.t("access-switches-hint")}</p>
                <SwitchKeys
                    access=access
                    on_change=Callback::new(move |changed: Access| edit(&|a| *a = changed.clone()))
                    listening=listening
                />
            </Show>
            <Show when=scans>
                <Choices
                    name="access-pattern"
                    legend=message(i18n, "access-pattern")
                    options=PATTERNS.into_iter().map(|(_, id)| message(i18n, id)).collect()
                    chosen=Signal::derive(move || position(&PATTERNS.map(|(p, _)| p), &access.get().pattern))
                    on_choose=Callback::new(move |idx: usize| edit(&|a| a.pattern = PATTERNS[idx].0))
                />
            </Show>
            <Show when=move || method() == Method::AutoScan>
                <div class="pk-fields-row">
                    <Seconds id="pk-access-scan" label="access-scan-seconds" min=SCAN_MS.0 max=SCAN_MS.1
                        value=number(|a| a.scan_ms)
                        on_change=Callback::new(move |ms| set(|a, v| a.scan_ms = v, ms)) />
                    <Seconds id="pk-access-first" label="access-first-step-seconds" min=SCAN_MS.0 max=MAX_FIRST_STEP_MS
                        value=number(|a| a.first_step_ms)
                        on_change=Callback::new(move |ms| set(|a, v| a.first_step_ms = v, ms)) />
                    <div class="pk-field pk-field--number">
                        <label class="pk-field__label" for="pk-access-rounds">{move || i18n.t("access-rounds")}</label>
                        <input id="pk-access-rounds" class="pk-input pk-input--number" type="number" inputmode="numeric"
                            min=ROUNDS.0.to_string() max=ROUNDS.1.to_string() step="1"
                            prop:value=move || access.get().rounds.to_string()
                            on:change=move |event| {
                                if let Ok(rounds) = event_target_value(&event).trim().parse::<u8>() {
                                    edit(&|a| a.rounds = rounds);
                                }
                            } />
                    </div>
                </div>
                <Check label="access-start-by-press" value=flag(|a| a.start_by_press)
                    on_change=Callback::new(move |on| edit(&|a| a.start_by_press = on)) />
            </Show>
            <Show when=scans>
                <Check label="access-restart" value=flag(|a| a.restart_after_choice)
                    on_change=Callback::new(move |on| edit(&|a| a.restart_after_choice = on)) />
                <Check label="access-speak" value=flag(|a| a.speak_items)
                    on_change=Callback::new(move |on| edit(&|a| a.speak_items = on)) />
                <Check label="access-step-sound" value=flag(|a| a.step_sound)
                    on_change=Callback::new(move |on| edit(&|a| a.step_sound = on)) />
            </Show>
            <Show when=move || matches!(method(), Method::AutoScan | Method::StepScan | Method::Keys)>
                <div class="pk-fields-row">
                    <Seconds id="pk-access-hold" label="access-hold-seconds" min=0 max=MAX_HOLD_MS
                        value=number(|a| a.hold_ms)
                        on_change=Callback::new(move |ms| set(|a, v| a.hold_ms = v, ms)) />
                    <Seconds id="pk-access-ignore" label="access-ignore-seconds" min=0 max=MAX_IGNORE_REPEAT_MS
                        value=number(|a| a.ignore_repeat_ms)
                        on_change=Callback::new(move |ms| set(|a, v| a.ignore_repeat_ms = v, ms)) />
                </div>
            </Show>
            <Show when=move || method() == Method::Dwell>
                <Seconds id="pk-access-dwell" label="access-dwell-seconds" min=DWELL_MS.0 max=DWELL_MS.1
                    value=number(|a| a.dwell_ms)
                    on_change=Callback::new(move |ms| set(|a, v| a.dwell_ms = v, ms)) />
            </Show>
            <Show when=move || method() != Method::Touch>
                <TryIt draft=draft paused=Signal::derive(move || listening.get().is_some()) />
            </Show>
        </section>
    }
}

/// Four tiles in the person's theme and language where the settings being edited run as
/// they will in person mode.
#[component]
fn TryIt(
    draft: RwSignal<ProfileDraft>,
    /// A switch is waiting for its key: the keys pressed are not the person's.
    paused: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let area = NodeRef::<leptos::html::Div>::new();
    let trying = RwSignal::new(false);
    let chosen = RwSignal::new(None::<String>);
    let lang = Signal::derive(move || draft.with(|d| d.language));
    let person = I18n { lang };
    Effect::new(move |_| {
        let on = trying.get() && !paused.get();
        let settings = draft.with(|d| (d.access.json(), d.language, d.speech.clone()));
        pictokit_shell::device::stop_scanning();
        if let (true, Some(root)) = (on, area.get()) {
            pictokit_shell::device::start_scanning(&root, &settings.0, settings.1, &settings.2);
        }
    });
    on_cleanup(pictokit_shell::device::stop_scanning);
    let theme = move || draft.with(|d| d.theme.as_str());
    view! {
        <div class="pk-access-try" role="group" aria-labelledby="pk-access-try-title">
            <h3 id="pk-access-try-title" class="pk-field__label">{move || i18n.t("access-try-title")}</h3>
            <button
                type="button"
                class="pk-button"
                aria-pressed=move || trying.get().to_string()
                on:click=move |_| {
                    chosen.set(None);
                    trying.update(|on| *on = !*on);
                }
            >
                {move || if trying.get() { i18n.t("access-try-stop") } else { i18n.t("access-try") }}
            </button>
            <div
                node_ref=area
                // A sample of a person screen, not one: the screen rules of the tests skip it.
                data-preview=""
                class="pk-person pk-access-try__screen"
                lang=move || lang.get().tag()
                data-theme=theme
                data-motion=move || if draft.with(|d| d.reduced_motion) { "reduced" } else { "full" }
            >
                <div class="pk-access-try__tiles">
                    {AVATARS[1..5].iter().map(|symbol| {
                        let id = symbol.name_id;
                        view! {
                            <Tile
                                label=Signal::derive(move || person.t(id))
                                image=symbol.path
                                on_activate=Callback::new(move |()| chosen.set(Some(person.t(id))))
                            />
                        }
                    }).collect_view()}
                </div>
            </div>
            <p role="status" class="pk-access-try__chosen">
                {move || chosen.get().map(|name| i18n.ta("access-try-chosen", &[("name", &name)]))}
            </p>
        </div>
    }
}
