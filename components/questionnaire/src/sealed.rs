//! Assessments moved to another device, encrypted: they are health data. The facilitator
//! types a passphrase; "Save the assessments, encrypted" writes a `pictokit-sealed` file
//! (`pictokit_transfer::sealed`, WebCrypto in `pictokit_shell::crypto`); "Open an encrypted file"
//! checks the envelope, then opens it with the passphrase. A wrong passphrase fails as a
//! whole (AES-GCM), is said plainly, and changes nothing. Opened assessments whose id is
//! already here stay as they are; the others are added.
//!
//! Answers files (one informant's answers, sent to another device and back) are health
//! data too: they travel in the same envelope, content `answers`
//! ([`seal_answers`], [`read_answers`], [`open_answers`]). Files from an older Pictokit,
//! not locked, are still read; every file written is locked.

use crate::facilitator::said;
use crate::facilitator::QCtx;
use crate::records::{decode, update_assessments};
use crate::report::csv_headers;
use leptos::prelude::*;
use leptos::task::spawn_local;
use pictokit_domain::questionnaire::{is_answers_table, AnswersFile};
use pictokit_domain::Language;
use pictokit_shell::crypto;
use pictokit_shell::device::download_bytes;
use pictokit_shell::device::file_name;
use pictokit_shell::frame::said_view;
use pictokit_shell::i18n::I18n;
use pictokit_shell::reader;
use pictokit_shell::state::now_ms;
use pictokit_transfer::check::{self, Control};
use pictokit_transfer::sealed;
use serde_json::Value;
use std::cell::RefCell;
use std::collections::BTreeMap;

/// What an encrypted file holds, in its envelope.
const CONTENT: &str = check::ASSESSMENTS;

/// What an answers file holds, in its envelope.
pub const ANSWERS: &str = check::ANSWERS;

/// A chosen answers file: not locked (made by an older Pictokit), or locked.
pub use pictokit_transfer::check::Answers as AnswersChosen;

/// Reads a chosen answers file (in a worker, `pictokit_shell::reader`): locked or not, checked; a
/// problem in the facilitator's language.
pub async fn read_answers(i18n: I18n, file: &web_sys::File) -> Result<AnswersChosen, String> {
    reader::checked(Control::Answers, file, check::answers)
        .await
        .map_err(|refusal| reader::words(i18n, &refusal))
}

/// Opens a locked answers file with its passphrase.
pub async fn open_answers(
    i18n: I18n,
    passphrase: &str,
    parts: &sealed::Parts,
) -> Result<AnswersFile, String> {
    let plain = crypto::open(passphrase, parts)
        .await
        .ok_or_else(|| i18n.t("sealed-wrong"))?;
    AnswersFile::load(&String::from_utf8_lossy(&plain))
        .map_err(|problem| said(i18n, problem.message_id(), problem.args()))
}

/// Locks an answers file with a passphrase: the envelope's text.
pub async fn seal_answers(passphrase: &str, file: &AnswersFile) -> Option<String> {
    seal_text(passphrase, ANSWERS, &file.to_json()).await
}

/// Locks a text with a passphrase in an envelope that says what it holds (`content`):
/// the envelope's text, or `None` when WebCrypto failed.
async fn seal_text(passphrase: &str, content: &str, plain: &str) -> Option<String> {
    let parts = crypto::seal(passphrase, plain.as_bytes()).await.ok()?;
    Some(sealed::envelope(content, &parts))
}

thread_local! {
    /// Passphrases of answers files opened on this device, by their key, for this visit
    /// only (never stored): the answers go back locked with the same one.
    static REMEMBERED: RefCell<BTreeMap<String, String>> = const { RefCell::new(BTreeMap::new()) };
}

/// Remembers, for this visit, the passphrase an answers file was opened with.
pub fn remember(key: &str, passphrase: &str) {
    REMEMBERED.with(|all| {
        all.borrow_mut()
            .insert(key.to_owned(), passphrase.to_owned())
    });
}

/// The passphrase an answers file was opened with during this visit.
pub fn remembered(key: &str) -> Option<String> {
    REMEMBERED.with(|all| all.borrow().get(key).cloned())
}

/// A passphrase field: a label that says the rule, and the value in `value`.
#[component]
pub fn PassphraseField(
    /// The element id.
    id: &'static str,
    /// Its message id for the label.
    label: &'static str,
    /// What is typed.
    value: RwSignal<String>,
    /// The language.
    i18n: I18n,
) -> impl IntoView {
    view! {
        <div class="pk-field">
            <label class="pk-field__label" for=id>{move || i18n.t(label)}</label>
            <input
                id=id
                class="pk-input"
                type="password"
                autocomplete="off"
                prop:value=move || value.get()
                on:input=move |event| value.set(event_target_value(&event))
            />
        </div>
    }
}

/// What the section says now: (message, whether it is a problem).
type Said = Option<(String, bool)>;

/// Reads a chosen file's envelope (in a worker, `pictokit_shell::reader`), which must be what
/// `control` opens; a refusal in the facilitator's language.
async fn read_envelope(
    i18n: I18n,
    file: &web_sys::File,
    control: Control,
) -> Result<sealed::Parts, String> {
    reader::checked(control, file, |bytes| check::sealed(control, bytes))
        .await
        .map_err(|refusal| reader::words(i18n, &refusal))
}

/// The section on a person's assessments screen.
#[component]
pub fn SealedAssessments(ctx: QCtx) -> impl IntoView {
    let i18n = ctx.i18n;
    let passphrase = RwSignal::new(String::new());
    let said = RwSignal::new(None::<(String, bool)> as Said);
    let busy = RwSignal::new(false);
    let chosen = RwSignal::new(None::<sealed::Parts>);
    let say = move |message: String, problem: bool| said.set(Some((message, problem)));

    let save = move |_| {
        let words = passphrase.get_untracked();
        if !sealed::passphrase_ok(&words) {
            say(i18n.t("sealed-too-short"), true);
            return;
        }
        let record = ctx
            .state
            .quality_records
            .with_untracked(|all| all.get(&ctx.id()).cloned());
        let has_any = record
            .as_ref()
            .is_some_and(|r| !decode(Some(r)).assessments.is_empty());
        let Some(record) = record.filter(|_| has_any) else {
            say(i18n.ta("sealed-nothing", &[("name", &ctx.name())]), true);
            return;
        };
        busy.set(true);
        said.set(Some((i18n.t("sealed-working"), false)));
        spawn_local(async move {
            let plain = record.to_string();
            match seal_text(&words, CONTENT, &plain).await {
                Some(envelope) => {
                    let name = ctx.name();
                    let file = file_name("assessments", &name, now_ms(), "json");
                    download_bytes(&file, "application/json", envelope.as_bytes());
                    say(
                        i18n.ta("sealed-saved", &[("name", &name), ("file", &file)]),
                        false,
                    );
                }
                None => say(i18n.t("sealed-failed"), true),
            }
            busy.set(false);
        });
    };

    let on_file = move |event: web_sys::Event| {
        let Some(file) = pictokit_shell::photo::take_chosen_file(&event) else {
            return;
        };
        chosen.set(None);
        spawn_local(async move {
            match read_envelope(i18n, &file, Control::Assessments).await {
                Ok(parts) => {
                    chosen.set(Some(parts));
                    say(i18n.t("sealed-ready"), false);
                }
                Err(message) => say(message, true),
            }
        });
    };

    let open = move |_| {
        let Some(parts) = chosen.get_untracked() else {
            return;
        };
        let words = passphrase.get_untracked();
        busy.set(true);
        said.set(Some((i18n.t("sealed-working"), false)));
        spawn_local(async move {
            let opened = crypto::open(&words, &parts).await;
            busy.set(false);
            let Some(plain) = opened else {
                say(i18n.t("sealed-wrong"), true);
                return;
            };
            let record: Value = serde_json::from_slice(&plain).unwrap_or(Value::Null);
            let decoded = decode(Some(&record));
            if decoded.newer {
                say(i18n.t("sealed-error-newer"), true);
                return;
            }
            if !record.is_object() {
                say(i18n.t("sealed-error-damaged"), true);
                return;
            }
            let (mut added, mut kept) = (0usize, 0usize);
            update_assessments(ctx.state, &ctx.id(), |all| {
                for assessment in decoded.assessments {
                    if all.iter().any(|here| here.id == assessment.id) {
                        kept += 1;
                    } else {
                        all.push(assessment);
                        added += 1;
                    }
                }
            });
            chosen.set(None);
            let mut message = i18n.ta("sealed-opened", &[("added", &added.to_string())]);
            if kept > 0 {
                message.push(' ');
                message.push_str(&i18n.ta("sealed-kept", &[("kept", &kept.to_string())]));
            }
            say(message, false);
        });
    };

    view! {
        <section class="pk-fac-section" aria-labelledby="pk-sealed-title">
            <h2 id="pk-sealed-title" class="pk-fac-section__title">{move || i18n.t("sealed-title")}</h2>
            <p class="pk-fac-hint">{move || i18n.t("sealed-hint")}</p>
            <PassphraseField id="pk-sealed-passphrase" label="sealed-passphrase" value=passphrase i18n=i18n />
            <div class="pk-fac-actions">
                <button type="button" class="pk-button pk-button--primary" disabled=move || busy.get() on:click=save>
                    {move || i18n.t("sealed-save")}
                </button>
                <label class="pk-button pk-file-button">
                    <input class="pk-visually-hidden" type="file" accept=".json,application/json" on:change=on_file />
                    {move || i18n.t("sealed-open")}
                </label>
                <Show when=move || chosen.with(Option::is_some)>
                    <button type="button" class="pk-button pk-button--primary" disabled=move || busy.get() on:click=open>
                        {move || i18n.t("sealed-open-with")}
                    </button>
                </Show>
            </div>
            {move || said.get().map(|(message, problem)| said_view(message, problem))}
        </section>
    }
}

/// What a locked table of answers (the report's CSV) holds, in its envelope.
pub const TABLE: &str = check::TABLE;

/// Saves a table of answers (CSV text) locked with a passphrase; says what happened.
#[component]
pub fn LockedTableSave(
    /// The CSV, made when asked.
    csv: Callback<(), Option<String>>,
    /// Whose answers (for the file's name).
    name: Signal<String>,
    /// The language.
    i18n: I18n,
) -> impl IntoView {
    let passphrase = RwSignal::new(String::new());
    let said = RwSignal::new(None::<(String, bool)> as Said);
    let busy = RwSignal::new(false);
    let save = move |_| {
        let words = passphrase.get_untracked();
        if !sealed::passphrase_ok(&words) {
            said.set(Some((i18n.t("sealed-too-short"), true)));
            return;
        }
        let Some(text) = csv.run(()) else {
            return;
        };
        busy.set(true);
        said.set(Some((i18n.t("sealed-working"), false)));
        spawn_local(async move {
            match seal_text(&words, TABLE, &text).await {
                Some(envelope) => {
                    let file = file_name("table", &name.get_untracked(), now_ms(), "json");
                    download_bytes(&file, "application/json", envelope.as_bytes());
                    said.set(Some((i18n.ta("table-saved", &[("file", &file)]), false)));
                }
                None => said.set(Some((i18n.t("sealed-failed"), true))),
            }
            busy.set(false);
        });
    };
    view! {
        <section class="pk-fac-section" aria-labelledby="pk-table-title">
            <h2 id="pk-table-title" class="pk-fac-section__title">{move || i18n.t("table-title")}</h2>
            <p class="pk-fac-hint">{move || i18n.t("table-hint")}</p>
            <PassphraseField id="pk-table-passphrase" label="table-passphrase" value=passphrase i18n=i18n />
            <div class="pk-fac-actions">
                <button type="button" class="pk-button" disabled=move || busy.get() on:click=save>
                    {move || i18n.t("table-save")}
                </button>
            </div>
            {move || said.get().map(|(message, problem)| said_view(message, problem))}
        </section>
    }
}

/// Opens a locked table of answers with its passphrase and saves it here as a CSV file
/// for a spreadsheet, once it is checked to be the table of answers Pictokit writes
/// (`is_answers_table`); nothing is kept in Pictokit. A file larger than a locked table
/// can be is refused by its size, before it is read.
#[component]
pub fn LockedTableOpen(
    /// The language.
    i18n: I18n,
) -> impl IntoView {
    let passphrase = RwSignal::new(String::new());
    let said = RwSignal::new(None::<(String, bool)> as Said);
    let busy = RwSignal::new(false);
    let chosen = RwSignal::new(None::<(sealed::Parts, String)>);
    let on_file = move |event: web_sys::Event| {
        let Some(file) = pictokit_shell::photo::take_chosen_file(&event) else {
            return;
        };
        chosen.set(None);
        spawn_local(async move {
            // Known by its size before anything is read (`check::before_reading`).
            match read_envelope(i18n, &file, Control::Table).await {
                Ok(parts) => {
                    let csv_name = match file.name().strip_suffix(".json") {
                        Some(stem) => format!("{stem}.csv"),
                        None => format!("{}.csv", file.name()),
                    };
                    chosen.set(Some((parts, csv_name)));
                    said.set(Some((i18n.t("table-ready"), false)));
                }
                Err(message) => said.set(Some((message, true))),
            }
        });
    };
    let open = move |_| {
        let Some((parts, csv_name)) = chosen.get_untracked() else {
            return;
        };
        let words = passphrase.get_untracked();
        busy.set(true);
        said.set(Some((i18n.t("sealed-working"), false)));
        spawn_local(async move {
            let opened = crypto::open(&words, &parts).await;
            busy.set(false);
            // Only the table of answers Pictokit writes, in any of its languages, is
            // saved as a CSV: any other text locked as a table never reaches a spreadsheet.
            let known = Language::ALL.map(|lang| {
                csv_headers(I18n {
                    lang: Signal::stored(lang),
                })
            });
            match opened {
                Some(plain) if !is_answers_table(&plain, &known) => {
                    said.set(Some((i18n.t("table-error-not-csv"), true)));
                }
                Some(plain) => {
                    download_bytes(&csv_name, "text/csv", &plain);
                    said.set(Some((
                        i18n.ta("table-opened", &[("file", &csv_name)]),
                        false,
                    )));
                }
                None => said.set(Some((i18n.t("sealed-wrong"), true))),
            }
        });
    };
    view! {
        <section class="pk-fac-section" aria-labelledby="pk-table-open-title">
            <h2 id="pk-table-open-title" class="pk-section-title">{move || i18n.t("table-open-title")}</h2>
            <p class="pk-fac-hint">{move || i18n.t("table-open-hint")}</p>
            <div class="pk-fac-actions">
                <label class="pk-button pk-file-button">
                    <input class="pk-visually-hidden" type="file" accept=".json,application/json" on:change=on_file />
                    {move || i18n.t("table-choose")}
                </label>
            </div>
            <Show when=move || chosen.with(Option::is_some)>
                <PassphraseField id="pk-table-open-passphrase" label="table-passphrase" value=passphrase i18n=i18n />
                <div class="pk-fac-actions">
                    <button type="button" class="pk-button pk-button--primary" disabled=move || busy.get() on:click=open>
                        {move || i18n.t("table-open")}
                    </button>
                </div>
            </Show>
            {move || said.get().map(|(message, problem)| said_view(message, problem))}
        </section>
    }
}
