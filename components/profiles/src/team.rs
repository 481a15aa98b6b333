//! Team sync on this device (issue #24), for the facilitator: share a person with their
//! team's server, see per person whether everything went, add a device to a team, join
//! this device to one. The person never sees any of it.
//!
//! The work is `public/team-sync.js` (loaded through `team.js` only when this section is
//! opened or the device already shares someone); this screen shows its state. Joining
//! shows four digits on both screens: the facilitator checks they are the same before the
//! new device is given the team's keys, so a photo of the code is of no use.

use js_sys::{Array, Promise, Reflect};
use leptos::prelude::*;
use leptos::task::spawn_local;
use pictokit_shell::i18n::use_i18n;
use pictokit_shell::media::scanner::QrScanner;
use pictokit_shell::picker::media_error_message;
use pictokit_shell::state::use_state;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/team.js")]
extern "C" {
    fn teams() -> Promise;
    fn shares() -> bool;
    fn watch(changed: &Closure<dyn FnMut()>);
    fn start(person: &str, code: &str, device_name: &str) -> Promise;
    #[wasm_bindgen(js_name = syncNow)]
    fn sync_now(person: &str) -> Promise;
    fn invite(person: &str, name: &str, health: bool) -> Promise;
    #[wasm_bindgen(js_name = inviteArrived)]
    fn invite_arrived() -> Promise;
    #[wasm_bindgen(js_name = inviteAdmit)]
    fn invite_admit() -> Promise;
    #[wasm_bindgen(js_name = inviteCancel)]
    fn invite_cancel() -> Promise;
    fn join(code: &str, device_name: &str) -> Promise;
    #[wasm_bindgen(js_name = joinAdmitted)]
    fn join_admitted() -> Promise;
    fn devices(person: &str) -> Promise;
    fn remove(person: &str, user: &str) -> Promise;
}

/// The camera reading the code another device shows ("Join a team"): calls `read` with
/// the first code to join a team it sees, and stops.
#[component]
fn CodeCamera(read: Callback<String>) -> impl IntoView {
    let i18n = use_i18n();
    let problem = RwSignal::new(None::<&'static str>);
    let scanner = QrScanner::new();
    let scanning = scanner.scanning;
    let video = scanner.video;
    let stop = move || scanner.stop();
    // Made with the screen (a callback made in a click handler would have no owner).
    let seen = Callback::new(move |text: String| {
        if text.starts_with("pictokit-join:") {
            problem.set(None);
            read.run(text);
        } else {
            problem.set(Some("team-join-code-wrong"));
        }
    });
    let refused = Callback::new(move |error| problem.set(Some(media_error_message(error))));
    let start = move |_| {
        problem.set(None);
        scanner.start(seen, refused);
    };
    view! {
        <div class="pk-team__camera">
            <Show
                when=move || scanning.get()
                fallback=move || {
                    view! {
                        <button type="button" class="pk-button" on:click=start>
                            {move || i18n.t("team-scan-code")}
                        </button>
                    }
                }
            >
                <video
                    node_ref=video
                    class="pk-team__video"
                    muted=true
                    playsinline=true
                    aria-label=move || i18n.t("team-camera")
                ></video>
                <button type="button" class="pk-button" on:click=move |_| stop()>
                    {move || i18n.t("team-camera-stop")}
                </button>
            </Show>
            {move || problem.get().map(|id| view! { <p class="pk-text-error" role="alert">{move || i18n.t(id)}</p> })}
        </div>
    }
}

/// A device of a team, as the device that added it knows it.
#[derive(Clone, Debug, PartialEq)]
struct Device {
    user: String,
    name: String,
    this: bool,
}

fn devices_of(value: &JsValue) -> Vec<Device> {
    Array::from(value)
        .iter()
        .map(|item| {
            let text = |key: &str| {
                Reflect::get(&item, &key.into())
                    .ok()
                    .and_then(|v| v.as_string())
                    .unwrap_or_default()
            };
            Device {
                user: text("user"),
                name: text("name"),
                this: Reflect::get(&item, &"self".into())
                    .ok()
                    .and_then(|v| v.as_bool())
                    .unwrap_or(false),
            }
        })
        .collect()
}

/// A refusal's message id (the layer throws an Error whose message is one), or a general
/// one when it threw something else.
fn message_of(error: &JsValue) -> &'static str {
    let text = Reflect::get(error, &"message".into())
        .ok()
        .and_then(|message| message.as_string())
        .unwrap_or_default();
    const KNOWN: [&str; 9] = [
        "team-setup-code-wrong",
        "team-setup-refused",
        "team-server-unreachable",
        "team-join-code-wrong",
        "team-join-used",
        "team-join-expired",
        "team-join-cancelled",
        "team-invite-not-here",
        "team-crypto-failed",
    ];
    KNOWN
        .into_iter()
        .find(|id| *id == text)
        .unwrap_or("team-something-failed")
}

async fn settle(promise: Promise) -> Result<JsValue, &'static str> {
    JsFuture::from(promise)
        .await
        .map_err(|error| message_of(&error))
}

/// One person this device shares, as the layer says.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    person: String,
    device: String,
    facilitator: bool,
    state: String,
    waiting: u32,
    status: u32,
}

fn rows_of(value: &JsValue) -> Vec<Row> {
    let text = |item: &JsValue, key: &str| {
        Reflect::get(item, &key.into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    let number = |item: &JsValue, key: &str| {
        Reflect::get(item, &key.into())
            .ok()
            .and_then(|v| v.as_f64())
            .filter(|n| n.is_finite() && *n >= 0.0)
            .map(|n| n.min(u32::MAX as f64) as u32)
            .unwrap_or(0)
    };
    Array::from(value)
        .iter()
        .map(|item| Row {
            person: text(&item, "person"),
            device: text(&item, "device"),
            facilitator: Reflect::get(&item, &"facilitator".into())
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false),
            state: text(&item, "state"),
            waiting: number(&item, "waiting"),
            status: number(&item, "status"),
        })
        .collect()
}

/// What the facilitator reads about a person's sync, and what to do.
fn status_id(row: &Row) -> &'static str {
    match (row.state.as_str(), row.status) {
        ("up-to-date", _) => "team-status-up-to-date",
        ("waiting", 0) => "team-status-sending",
        ("waiting", _) => "team-status-waiting",
        ("offline", _) => "team-status-offline",
        ("refused", 401 | 403) => "team-status-removed",
        ("refused", 413) => "team-status-too-large",
        _ => "team-status-refused",
    }
}

/// What is open below the list.
#[derive(Clone, Debug, PartialEq)]
enum Panel {
    None,
    Share,
    Join,
    Invite(String),
    /// The devices of a person's team, to remove one.
    Devices(String),
}

/// Where an invitation or a join is.
#[derive(Clone, Debug, PartialEq)]
enum Step {
    Form,
    /// The code is shown; waiting for the new device.
    Code(String),
    /// Both screens show these digits.
    Compare(String),
    Done,
}

/// The team section of this device's screen.
/// The Team section: on This device for every person, or on a person's profile
/// (`person`) for that person only — "Share with Laia's team" there, without a choice of
/// person, and no joining (a device joins, not a person).
#[component]
pub fn TeamSection(#[prop(optional, into)] person: Option<String>) -> impl IntoView {
    let only = StoredValue::new(person);
    let state = use_state();
    let i18n = use_i18n();
    let rows = RwSignal::new(Vec::<Row>::new());
    let panel = RwSignal::new(Panel::None);
    let step = RwSignal::new(Step::Form);
    let problem = RwSignal::new(None::<&'static str>);
    let busy = RwSignal::new(false);
    let device_name = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let chosen = RwSignal::new(only.get_value().unwrap_or_default());
    let health = RwSignal::new(true);
    let team_devices = RwSignal::new(Vec::<Device>::new());
    // The device about to be removed (asked once more), and the one just removed.
    let removing = RwSignal::new(None::<Device>);
    let removed = RwSignal::new(None::<String>);

    let refresh = move || {
        spawn_local(async move {
            // The section may be gone (the listener below outlives it: then it does nothing).
            let Some(only) = only.try_get_value() else {
                return;
            };
            if let Ok(value) = settle(teams()).await {
                let mut all = rows_of(&value);
                if let Some(person) = only {
                    all.retain(|row| row.person == person);
                }
                rows.try_set(all);
            }
        });
    };
    // The layer is loaded on this screen only when the device shares someone already.
    if shares() {
        refresh();
    }
    // Records that arrive are read again by the shell (its `pictokit-team-arrived`).
    let changed = Closure::<dyn FnMut()>::new(refresh);
    watch(&changed);
    changed.forget();

    let open = move |which: Panel| {
        if matches!(panel.get_untracked(), Panel::Invite(_)) {
            spawn_local(async move {
                let _ = settle(invite_cancel()).await;
            });
        }
        problem.set(None);
        step.set(Step::Form);
        code.set(String::new());
        removing.set(None);
        removed.set(None);
        if let Panel::Devices(person) = &which {
            let person = person.clone();
            spawn_local(async move {
                if let Ok(value) = settle(devices(&person)).await {
                    team_devices.set(devices_of(&value));
                }
            });
        }
        panel.set(which);
    };

    let remove_device = move |person: String, device: Device| {
        busy.set(true);
        spawn_local(async move {
            match settle(remove(&person, &device.user)).await {
                Ok(_) => {
                    problem.set(None);
                    removing.set(None);
                    removed.set(Some(device.name.clone()));
                    team_devices.update(|list| list.retain(|d| d.user != device.user));
                }
                Err(id) => problem.set(Some(id)),
            }
            busy.set(false);
            refresh();
        });
    };

    let name_of = move |person: &str| {
        state
            .profile(person)
            .map(|p| p.settings.name)
            .unwrap_or_else(|| person.to_owned())
    };

    let share = move || {
        let person = chosen.get_untracked();
        let setup = code.get_untracked();
        let name = device_name.get_untracked();
        if person.is_empty() || setup.trim().is_empty() || name.trim().is_empty() {
            problem.set(Some("team-fill-all"));
            return;
        }
        busy.set(true);
        spawn_local(async move {
            match settle(start(&person, &setup, name.trim())).await {
                Ok(_) => {
                    problem.set(None);
                    panel.set(Panel::None);
                    refresh();
                }
                Err(id) => problem.set(Some(id)),
            }
            busy.set(false);
        });
    };

    let make_invite = move |person: String| {
        let name = device_name.get_untracked();
        if name.trim().is_empty() {
            problem.set(Some("team-fill-all"));
            return;
        }
        busy.set(true);
        let with_health = health.get_untracked();
        spawn_local(async move {
            match settle(invite(&person, name.trim(), with_health)).await {
                Ok(value) => {
                    problem.set(None);
                    step.set(Step::Code(value.as_string().unwrap_or_default()));
                    busy.set(false);
                    match settle(invite_arrived()).await {
                        Ok(digits) => {
                            step.set(Step::Compare(digits.as_string().unwrap_or_default()))
                        }
                        Err(id) if id != "team-join-cancelled" => problem.set(Some(id)),
                        Err(_) => {}
                    }
                }
                Err(id) => {
                    problem.set(Some(id));
                    busy.set(false);
                }
            }
        });
    };

    let admit = move || {
        busy.set(true);
        spawn_local(async move {
            match settle(invite_admit()).await {
                Ok(_) => step.set(Step::Done),
                Err(id) => problem.set(Some(id)),
            }
            busy.set(false);
            refresh();
        });
    };

    let start_join = move || {
        let given = code.get_untracked();
        let name = device_name.get_untracked();
        if given.trim().is_empty() || name.trim().is_empty() {
            problem.set(Some("team-fill-all"));
            return;
        }
        busy.set(true);
        spawn_local(async move {
            match settle(join(given.trim(), name.trim())).await {
                Ok(digits) => {
                    problem.set(None);
                    step.set(Step::Compare(digits.as_string().unwrap_or_default()));
                    busy.set(false);
                    match settle(join_admitted()).await {
                        Ok(person) => {
                            state.reload().await;
                            chosen.set(person.as_string().unwrap_or_default());
                            step.set(Step::Done);
                            refresh();
                        }
                        Err(id) => problem.set(Some(id)),
                    }
                }
                Err(id) => {
                    problem.set(Some(id));
                    busy.set(false);
                }
            }
        });
    };

    let device_field = move || {
        view! {
            <div class="pk-field">
                <label class="pk-field__label" for="pk-team-device">{move || i18n.t("team-device-name")}</label>
                <input
                    id="pk-team-device"
                    class="pk-input"
                    type="text"
                    maxlength="60"
                    autocomplete="off"
                    prop:value=move || device_name.get()
                    on:input=move |event| device_name.set(event_target_value(&event))
                />
                <p class="pk-field__note">{move || i18n.t("team-device-name-note")}</p>
            </div>
        }
    };

    let code_field = move |label: &'static str| {
        view! {
            <div class="pk-field">
                <label class="pk-field__label" for="pk-team-code">{move || i18n.t(label)}</label>
                <textarea
                    id="pk-team-code"
                    class="pk-input pk-team__code"
                    rows="3"
                    spellcheck="false"
                    autocomplete="off"
                    prop:value=move || code.get()
                    on:input=move |event| code.set(event_target_value(&event))
                ></textarea>
            </div>
        }
    };

    let problem_view = move || {
        problem.get().map(|id| {
            view! { <p class="pk-text-error" role="alert">{move || i18n.t(id)}</p> }
        })
    };

    view! {
        <section class="pk-editor__section pk-team" aria-labelledby="pk-dev-team">
            <h2 id="pk-dev-team" class="pk-section-title">{move || i18n.t("team-title")}</h2>
            <p>{move || i18n.t("team-explain")}</p>
            <ul class="pk-team__list">
                <For each=move || rows.get() key=|row| (row.person.clone(), row.state.clone(), row.waiting, row.status) let:row>
                    {
                        let person = row.person.clone();
                        let person_for_invite = row.person.clone();
                        let person_for_send = row.person.clone();
                        let status = status_id(&row);
                        let waiting = row.waiting;
                        let label = {
                            let person = person.clone();
                            move || i18n.ta("team-shares", &[("name", &name_of(&person))])
                        };
                        view! {
                            <li class="pk-team__row">
                                <div class="pk-team__who">
                                    <strong>{label}</strong>
                                    <span class="pk-field__note">
                                        {move || i18n.ta("team-this-device", &[("device", &row.device)])}
                                    </span>
                                </div>
                                <p class="pk-status" role="status" data-team-state=row.state.clone()>
                                    {move || i18n.ta(status, &[("count", &waiting.to_string())])}
                                </p>
                                <div class="pk-team__actions">
                                    <button
                                        type="button"
                                        class="pk-button"
                                        on:click=move |_| {
                                            let person = person_for_send.clone();
                                            spawn_local(async move {
                                                let _ = settle(sync_now(&person)).await;
                                                refresh();
                                            });
                                        }
                                    >
                                        {move || i18n.t("team-send-now")}
                                    </button>
                                    <Show when=move || row.facilitator>
                                        {
                                            let person = person_for_invite.clone();
                                            let person_devices = person_for_invite.clone();
                                            view! {
                                                <button
                                                    type="button"
                                                    class="pk-button"
                                                    on:click=move |_| open(Panel::Invite(person.clone()))
                                                >
                                                    {move || i18n.t("team-add-device")}
                                                </button>
                                                <button
                                                    type="button"
                                                    class="pk-button"
                                                    on:click=move |_| open(Panel::Devices(person_devices.clone()))
                                                >
                                                    {move || i18n.t("team-devices")}
                                                </button>
                                            }
                                        }
                                    </Show>
                                </div>
                            </li>
                        }
                    }
                </For>
            </ul>
            {move || match only.get_value() {
                None => view! {
                    <div class="pk-team__actions">
                        <button type="button" class="pk-button pk-button--primary" on:click=move |_| open(Panel::Share)>
                            {move || i18n.t("team-share")}
                        </button>
                        <button type="button" class="pk-button" on:click=move |_| open(Panel::Join)>
                            {move || i18n.t("team-join")}
                        </button>
                    </div>
                }
                    .into_any(),
                // On the person's profile: to share them, until they are.
                Some(person) => view! {
                    <Show when=move || rows.with(Vec::is_empty)>
                        {
                            let person = person.clone();
                            view! {
                                <div class="pk-team__actions">
                                    <button type="button" class="pk-button pk-button--primary" on:click=move |_| open(Panel::Share)>
                                        {move || i18n.ta("team-share-person", &[("name", &name_of(&person))])}
                                    </button>
                                </div>
                            }
                        }
                    </Show>
                }
                    .into_any(),
            }}

            {move || match panel.get() {
                Panel::None => ().into_any(),
                Panel::Share => {
                    let shared: Vec<String> = rows.get_untracked().into_iter().map(|r| r.person).collect();
                    let title = move || match only.get_value() {
                        Some(person) => i18n.ta("team-share-person", &[("name", &name_of(&person))]),
                        None => i18n.t("team-share"),
                    };
                    view! {
                        <form
                            class="pk-team__panel"
                            aria-labelledby="pk-team-share-title"
                            on:submit=move |event| {
                                event.prevent_default();
                                share();
                            }
                        >
                            <h3 id="pk-team-share-title">{title}</h3>
                            <Show when=move || only.with_value(Option::is_none)>
                                <fieldset class="pk-fieldset">
                                    <legend>{move || i18n.t("team-which-person")}</legend>
                                    <div class="pk-choices">
                                        {state
                                            .profiles
                                            .get_untracked()
                                            .into_iter()
                                            .filter(|p| !shared.contains(&p.id))
                                            .map(|p| {
                                                let id = p.id.clone();
                                                let id_checked = p.id.clone();
                                                view! {
                                                    <label class="pk-choice">
                                                        <input
                                                            type="radio"
                                                            name="team-person"
                                                            prop:checked=move || chosen.get() == id_checked
                                                            on:change=move |_| chosen.set(id.clone())
                                                        />
                                                        <span>{p.settings.name.clone()}</span>
                                                    </label>
                                                }
                                            })
                                            .collect_view()}
                                    </div>
                                </fieldset>
                            </Show>
                            {code_field("team-setup-code")}
                            <p class="pk-field__note">{move || i18n.t("team-setup-code-note")}</p>
                            {device_field()}
                            {problem_view}
                            <button type="submit" class="pk-button pk-button--primary" disabled=move || busy.get()>
                                {move || i18n.t("team-share-start")}
                            </button>
                        </form>
                    }
                        .into_any()
                }
                Panel::Invite(person) => {
                    let who = name_of(&person);
                    let who_title = who.clone();
                    view! {
                        <div class="pk-team__panel" role="group" aria-labelledby="pk-team-invite-title">
                            <h3 id="pk-team-invite-title">
                                {move || i18n.ta("team-add-device-to", &[("name", &who_title)])}
                            </h3>
                            {move || match step.get() {
                                Step::Form => {
                                    let person = person.clone();
                                    view! {
                                        <form on:submit=move |event| {
                                            event.prevent_default();
                                            make_invite(person.clone());
                                        }>
                                            {device_field()}
                                            <label class="pk-check">
                                                <input
                                                    type="checkbox"
                                                    prop:checked=move || health.get()
                                                    on:change=move |event| health.set(event_target_checked(&event))
                                                />
                                                <span>{move || i18n.t("team-with-assessments")}</span>
                                            </label>
                                            <p class="pk-field__note">{move || i18n.t("team-with-assessments-note")}</p>
                                            {problem_view}
                                            <button type="submit" class="pk-button pk-button--primary" disabled=move || busy.get()>
                                                {move || i18n.t("team-make-code")}
                                            </button>
                                        </form>
                                    }
                                        .into_any()
                                }
                                Step::Code(text) => {
                                    let svg = pictokit_transfer::qr::svg(&text).unwrap_or_default();
                                    let src = format!("data:image/svg+xml;charset=utf-8,{}", js_sys::encode_uri_component(&svg));
                                    view! {
                                        <p>{move || i18n.t("team-code-explain")}</p>
                                        <img class="pk-team__qr" src=src alt=move || i18n.t("team-code-qr") />
                                        <div class="pk-field">
                                            <label class="pk-field__label" for="pk-team-code-out">{move || i18n.t("team-code-text")}</label>
                                            <textarea id="pk-team-code-out" class="pk-input pk-team__code" rows="3" readonly=true>{text.clone()}</textarea>
                                        </div>
                                        <p class="pk-status" role="status">{move || i18n.t("team-waiting-for-device")}</p>
                                        {problem_view}
                                        <button type="button" class="pk-button" on:click=move |_| open(Panel::None)>
                                            {move || i18n.t("team-cancel")}
                                        </button>
                                    }
                                        .into_any()
                                }
                                Step::Compare(digits) => view! {
                                    <p>{move || i18n.t("team-compare-question")}</p>
                                    <p class="pk-team__digits" aria-label=move || i18n.ta("team-digits", &[("digits", &digits)])>
                                        {digits.clone()}
                                    </p>
                                    {problem_view}
                                    <div class="pk-team__actions">
                                        <button type="button" class="pk-button pk-button--primary" disabled=move || busy.get() on:click=move |_| admit()>
                                            {move || i18n.t("team-compare-same")}
                                        </button>
                                        <button type="button" class="pk-button" on:click=move |_| open(Panel::None)>
                                            {move || i18n.t("team-compare-different")}
                                        </button>
                                    </div>
                                }
                                    .into_any(),
                                Step::Done => view! {
                                    <p class="pk-text-ok" role="status">{move || i18n.t("team-device-added")}</p>
                                    <button type="button" class="pk-button" on:click=move |_| open(Panel::None)>
                                        {move || i18n.t("team-close")}
                                    </button>
                                }
                                    .into_any(),
                            }}
                        </div>
                    }
                        .into_any()
                }
                Panel::Devices(person) => {
                    let who = name_of(&person);
                    view! {
                        <div class="pk-team__panel" role="group" aria-labelledby="pk-team-devices-title">
                            <h3 id="pk-team-devices-title">{move || i18n.ta("team-devices-of", &[("name", &who)])}</h3>
                            <ul class="pk-team__devices">
                                <For each=move || team_devices.get() key=|device| device.user.clone() let:device>
                                    {
                                        let asked = device.clone();
                                        let name = device.name.clone();
                                        view! {
                                            <li class="pk-team__device">
                                                <span>
                                                    {if device.this {
                                                        i18n.ta("team-device-this", &[("device", &device.name)])
                                                    } else {
                                                        device.name.clone()
                                                    }}
                                                </span>
                                                <Show when=move || !device.this>
                                                    {
                                                        let asked = asked.clone();
                                                        let name = name.clone();
                                                        view! {
                                                            <button
                                                                type="button"
                                                                class="pk-button pk-button--danger"
                                                                on:click=move |_| removing.set(Some(asked.clone()))
                                                            >
                                                                {move || i18n.ta("team-remove-named", &[("device", &name)])}
                                                            </button>
                                                        }
                                                    }
                                                </Show>
                                            </li>
                                        }
                                    }
                                </For>
                            </ul>
                            {move || {
                                removing
                                    .get()
                                    .map(|device| {
                                        let person = person.clone();
                                        let name = device.name.clone();
                                        view! {
                                            <div class="pk-team__confirm" role="alertdialog" aria-labelledby="pk-team-remove-q">
                                                <p id="pk-team-remove-q">{move || i18n.ta("team-remove-confirm", &[("device", &name)])}</p>
                                                <div class="pk-team__actions">
                                                    <button
                                                        type="button"
                                                        class="pk-button pk-button--danger"
                                                        disabled=move || busy.get()
                                                        on:click=move |_| remove_device(person.clone(), device.clone())
                                                    >
                                                        {move || i18n.t("team-remove")}
                                                    </button>
                                                    <button type="button" class="pk-button" on:click=move |_| removing.set(None)>
                                                        {move || i18n.t("team-cancel")}
                                                    </button>
                                                </div>
                                            </div>
                                        }
                                    })
                            }}
                            {move || {
                                removed
                                    .get()
                                    .map(|name| {
                                        view! {
                                            <p class="pk-text-ok" role="status">{move || i18n.ta("team-removed", &[("device", &name)])}</p>
                                        }
                                    })
                            }}
                            {problem_view}
                            <button type="button" class="pk-button" on:click=move |_| open(Panel::None)>
                                {move || i18n.t("team-close")}
                            </button>
                        </div>
                    }
                        .into_any()
                }
                Panel::Join => view! {
                    <div class="pk-team__panel" role="group" aria-labelledby="pk-team-join-title">
                        <h3 id="pk-team-join-title">{move || i18n.t("team-join")}</h3>
                        {move || match step.get() {
                            Step::Form | Step::Code(_) => view! {
                                <form on:submit=move |event| {
                                    event.prevent_default();
                                    start_join();
                                }>
                                    {device_field()}
                                    <CodeCamera read=Callback::new(move |text: String| {
                                        code.set(text);
                                        // With this device's name given, the code read is enough.
                                        if !device_name.get_untracked().trim().is_empty() {
                                            start_join();
                                        }
                                    }) />
                                    {code_field("team-join-code")}
                                    {problem_view}
                                    <button type="submit" class="pk-button pk-button--primary" disabled=move || busy.get()>
                                        {move || i18n.t("team-join-start")}
                                    </button>
                                </form>
                            }
                                .into_any(),
                            Step::Compare(digits) => view! {
                                <p>{move || i18n.t("team-compare-tell")}</p>
                                <p class="pk-team__digits" aria-label=move || i18n.ta("team-digits", &[("digits", &digits)])>
                                    {digits.clone()}
                                </p>
                                <p class="pk-status" role="status">{move || i18n.t("team-waiting-for-keys")}</p>
                                {problem_view}
                            }
                                .into_any(),
                            Step::Done => view! {
                                <p class="pk-text-ok" role="status">
                                    {move || i18n.ta("team-joined", &[("name", &name_of(&chosen.get()))])}
                                </p>
                                <button type="button" class="pk-button" on:click=move |_| open(Panel::None)>
                                    {move || i18n.t("team-close")}
                                </button>
                            }
                                .into_any(),
                        }}
                    </div>
                }
                    .into_any(),
            }}
        </section>
    }
}
