//! The quality-of-life assessment, facilitator side: a person's assessments and the
//! questionnaires known here, an assessment's team and who has answered, the informants'
//! form, and answers brought from another device (exported, answered there, merged back).
//!
//! The report and the support plan are in [`super::quality_report`]; the person answers in
//! person mode ([`super::quiz`]).

use crate::records::{
    self, assessments_memo, instrument_of, instruments_memo, update_assessment, update_assessments,
    Decoded, Known, Place, MAX_ASSESSMENTS,
};
use crate::report::{EasyPlan, EasyReport, PlanView, ReportView};
use crate::sealed::{
    open_answers, read_answers, remember, remembered, seal_answers, AnswersChosen, PassphraseField,
};
use leptos::prelude::*;
use leptos::task::spawn_local;
use pictokit_domain::profile::Profile;
use pictokit_domain::questionnaire::{
    Answer, AnswersFile, Assessment, Choice, Informant, InformantMatch, Instrument, MergePreview,
    MergeTarget, Problem, Responses, Role, Texts,
};
use pictokit_kit::ConfirmDialog;
use pictokit_shell::device::today;
use pictokit_shell::device::{date_words_year, download_text};
use pictokit_shell::frame::{home, try_as_person_at, FacilitatorFrame, ForPerson};
use pictokit_shell::i18n::{use_i18n, I18n};
use pictokit_shell::reader;
use pictokit_shell::routes::{use_router, Route, Router};
use pictokit_shell::state::{new_id, use_state, AppState, Toast};
use pictokit_transfer::check::{self, Control};
use pictokit_transfer::sealed;
use std::collections::BTreeMap;
use std::sync::Arc;

/// What every facilitator screen of the questionnaire needs.
#[derive(Clone, Copy)]
pub struct QCtx {
    /// The app's state.
    pub state: AppState,
    /// The router.
    pub router: Router,
    /// The facilitator's language.
    pub i18n: I18n,
    /// Whose assessments.
    pub profile: Signal<Profile>,
    /// Their assessments.
    pub decoded: Memo<Decoded>,
    /// The questionnaires known here.
    pub known: Memo<Vec<Known>>,
}

impl QCtx {
    fn new(profile: Signal<Profile>) -> QCtx {
        let state = use_state();
        let id = profile.with_untracked(|p| p.id.clone());
        QCtx {
            state,
            router: use_router(),
            i18n: use_i18n(),
            profile,
            decoded: assessments_memo(state, id),
            known: instruments_memo(state),
        }
    }

    /// The profile's id.
    pub fn id(&self) -> String {
        self.profile.with_untracked(|p| p.id.clone())
    }

    /// The person's name.
    pub fn name(&self) -> String {
        self.profile.with(|p| p.settings.name.clone())
    }

    /// Goes to a place of the questionnaire.
    pub fn go(&self, place: Place) {
        self.router.go(Route::Quality(self.id(), place.path()));
    }

    /// An assessment, following its changes.
    pub fn assessment(&self, id: &str) -> Option<Assessment> {
        self.decoded.with(|d| d.get(id).cloned())
    }

    /// The questionnaire of an assessment, if known here.
    pub fn instrument(&self, assessment: &Assessment) -> Option<Arc<Instrument>> {
        self.known.with(|known| instrument_of(known, assessment))
    }

    /// Changes an assessment and writes it.
    pub fn change<T>(&self, id: &str, f: impl FnOnce(&mut Assessment) -> T) -> Option<T> {
        update_assessment(self.state, &self.id(), id, f)
    }

    /// A text of a questionnaire in the facilitator's language.
    pub fn text(&self, instrument: &Instrument, texts: &Texts) -> String {
        instrument
            .text_in(texts, self.i18n.lang.get())
            .unwrap_or_default()
            .to_owned()
    }

    /// Shows a short message.
    pub fn toast(&self, message: String) {
        self.state.toast.set(Some(Toast {
            message,
            undo_restore: None,
        }));
    }
}

/// The name of a role.
pub fn role_name(i18n: I18n, role: Role) -> String {
    i18n.t(&format!("questionnaire-role-{}", role.tag()))
}

/// A message of the questionnaire's model (a problem, a refusal) in the facilitator's
/// language, from its id and the arguments it comes with.
pub(crate) fn said(i18n: I18n, id: &str, args: Vec<(&'static str, String)>) -> String {
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    i18n.ta(id, &args)
}

/// A questionnaire problem in the facilitator's language.
pub fn problem_words(i18n: I18n, problem: &Problem) -> String {
    said(i18n, problem.message_id(), problem.args())
}

/// The questionnaire screens of a person, for the facilitator.
#[component]
pub fn QualityScreen(
    /// Whose assessments.
    profile_id: String,
    /// Where (the rest of the route).
    rest: String,
) -> impl IntoView {
    let Some(person) = ForPerson::of(&profile_id) else {
        return home();
    };
    let ctx = QCtx::new(person.profile);
    match Place::parse(&rest) {
        Place::List => view! { <AssessmentList ctx=ctx /> }.into_any(),
        Place::Team(id) => view! { <TeamView ctx=ctx id=id /> }.into_any(),
        Place::Form(id, who) => view! { <AnswerForm ctx=ctx id=id who=who /> }.into_any(),
        Place::Report(id) => view! { <ReportView ctx=ctx id=id /> }.into_any(),
        Place::EasyReport(id) => view! { <EasyReport ctx=ctx id=id /> }.into_any(),
        Place::Plan(id) => view! { <PlanView ctx=ctx id=id /> }.into_any(),
        Place::EasyPlan(id) => view! { <EasyPlan ctx=ctx id=id /> }.into_any(),
    }
}

/// How far an informant is: "12 of 40 answered" ("Finished: …" once they said so).
fn progress_words(i18n: I18n, instrument: &Instrument, responses: Option<&Responses>) -> String {
    let (answered, finished) = responses.map_or((0, false), |r| {
        let answered: usize = r.progress(instrument).iter().map(|p| p.answered).sum();
        (answered, r.finished)
    });
    let key = if finished {
        "ql-progress-finished"
    } else {
        "ql-progress"
    };
    i18n.ta(
        key,
        &[
            ("answered", &answered.to_string()),
            ("total", &instrument.items.len().to_string()),
        ],
    )
}

/// A person's assessments, a new one, and the questionnaires known here.
#[component]
fn AssessmentList(ctx: QCtx) -> impl IntoView {
    let i18n = ctx.i18n;
    let chosen = RwSignal::new(0usize);
    let problem = RwSignal::new(None::<String>);
    let start = move || {
        let Some(known) = ctx
            .known
            .with_untracked(|k| k.get(chosen.get_untracked()).cloned())
        else {
            return;
        };
        if ctx.decoded.with_untracked(|d| d.assessments.len()) >= MAX_ASSESSMENTS {
            problem.set(Some(i18n.t("ql-too-many")));
            return;
        }
        problem.set(None);
        let id = new_id("q");
        let mut assessment = Assessment::new(&id, &known.instrument, today());
        let person = Informant {
            id: assessment.new_informant_id(),
            name: ctx.profile.with_untracked(|p| p.settings.name.clone()),
            role: Role::Person,
        };
        // The person is always asked first: their view counts as much as everyone else's.
        let _ = assessment.add_informant(person);
        update_assessments(ctx.state, &ctx.id(), |all| all.push(assessment));
        ctx.go(Place::Team(id));
    };
    view! {
        <FacilitatorFrame title=Signal::derive(move || i18n.ta("ql-title", &[("name", &ctx.name())]))>
            <p class="pk-fac-hint">{move || i18n.ta("ql-hint", &[("name", &ctx.name())])}</p>
            <DecodeNotice ctx=ctx />
            <section class="pk-fac-section" aria-labelledby="ql-list-heading">
                <h2 id="ql-list-heading" class="pk-fac-section__title">{move || i18n.t("ql-assessments")}</h2>
                <Show when=move || ctx.decoded.with(|d| d.assessments.is_empty())>
                    <p class="pk-empty">{move || i18n.t("ql-assessments-empty")}</p>
                </Show>
                <ul class="pk-ql-list" role="list">
                    {move || {
                        let mut list = ctx.decoded.with(|d| d.assessments.clone());
                        list.sort_by(|a, b| (b.created, &b.id).cmp(&(a.created, &a.id)));
                        list.into_iter().map(|assessment| {
                            let lang = i18n.lang.get();
                            let date = date_words_year(lang, assessment.created);
                            let instrument = ctx.instrument(&assessment);
                            let title = instrument
                                .as_ref()
                                .map(|inst| ctx.text(inst, &inst.title))
                                .unwrap_or_else(|| assessment.instrument_id.clone());
                            let answered = assessment
                                .team
                                .iter()
                                .filter(|m| assessment.responses_of(&m.id).is_some_and(|r| r.finished))
                                .count();
                            let summary = i18n.ta(
                                "ql-assessment-summary",
                                &[
                                    ("finished", &answered.to_string()),
                                    ("team", &assessment.team.len().to_string()),
                                ],
                            );
                            let open_name = i18n.ta("ql-open-name", &[("date", &date)]);
                            let id = assessment.id.clone();
                            view! {
                                <li class="pk-ql-row">
                                    <div class="pk-ql-row__text">
                                        <h3 class="pk-ql-row__name">{date.clone()}</h3>
                                        <p>{title}" · "{summary}</p>
                                    </div>
                                    <button type="button" class="pk-button pk-button--primary" aria-label=open_name
                                        on:click=move |_| ctx.go(Place::Team(id.clone()))>
                                        {i18n.t("ql-open")}
                                    </button>
                                </li>
                            }
                        }).collect_view()
                    }}
                </ul>
            </section>
            <section class="pk-fac-section" aria-labelledby="ql-new-heading">
                <h2 id="ql-new-heading" class="pk-fac-section__title">{move || i18n.t("ql-new")}</h2>
                <fieldset class="pk-fieldset">
                    <legend class="pk-field__label">{move || i18n.t("ql-questionnaire")}</legend>
                    <div class="pk-choices pk-choices--column">
                        {move || ctx.known.get().into_iter().enumerate().map(|(index, known)| {
                            let inst = known.instrument.clone();
                            let title = ctx.text(&inst, &inst.title);
                            let origin = if known.key.is_some() { i18n.t("ql-imported") } else { i18n.t("ql-builtin") };
                            view! {
                                <label class="pk-choice">
                                    <input type="radio" name="ql-instrument"
                                        prop:checked=move || chosen.get() == index
                                        on:change=move |_| chosen.set(index) />
                                    <span>{title}" ("{origin}", "{inst.version.clone()}")"</span>
                                </label>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
                <p class="pk-field__error" role="alert">{move || problem.get()}</p>
                <div class="pk-fac-actions">
                    <button type="button" class="pk-button pk-button--primary" on:click=move |_| start()>
                        {move || i18n.t("ql-start")}
                    </button>
                </div>
            </section>
            <crate::sealed::SealedAssessments ctx=ctx />
            <InstrumentImport ctx=ctx />
        </FacilitatorFrame>
    }
}

/// Says when stored assessments could not all be read.
#[component]
fn DecodeNotice(ctx: QCtx) -> impl IntoView {
    let i18n = ctx.i18n;
    move || {
        let (dropped, newer) = ctx.decoded.with(|d| (d.dropped, d.newer));
        let key = if newer {
            Some("ql-stored-newer")
        } else if dropped {
            Some("ql-stored-dropped")
        } else {
            None
        };
        key.map(|key| view! { <p class="pk-message pk-message--warning" role="status">{i18n.t(key)}</p> })
    }
}

/// Importing a questionnaire file an organisation holds a licence for.
#[component]
fn InstrumentImport(ctx: QCtx) -> impl IntoView {
    let i18n = ctx.i18n;
    // (kept?, title, problems)
    let outcome = RwSignal::new(None::<(bool, String, Vec<String>)>);
    let on_file = move |event: web_sys::Event| {
        let Some(file) = pictokit_shell::photo::take_chosen_file(&event) else {
            return;
        };
        spawn_local(async move {
            // Read and checked in a worker (`pictokit_shell::reader`): a file refused there never
            // comes into this page; one kept is loaded again here to be stored.
            let read = reader::checked(Control::Instrument, &file, check::instrument).await;
            let text = match read {
                Ok(text) => text,
                Err(refusal) => {
                    let mut words: Vec<String> = refusal
                        .problems
                        .iter()
                        .map(|p| reader::words(i18n, p))
                        .collect();
                    if words.is_empty() {
                        words.push(reader::words(i18n, &refusal));
                    }
                    outcome.set(Some((false, String::new(), words)));
                    return;
                }
            };
            match records::import_instrument(ctx.state, &text) {
                Ok((instrument, problems)) => {
                    let title = ctx.text(&instrument, &instrument.title);
                    let words = problems.iter().map(|p| problem_words(i18n, p)).collect();
                    outcome.set(Some((true, title, words)));
                }
                Err(problems) => {
                    let words = problems.iter().map(|p| problem_words(i18n, p)).collect();
                    outcome.set(Some((false, String::new(), words)));
                }
            }
        });
    };
    view! {
        <section class="pk-fac-section" aria-labelledby="ql-import-heading">
            <h2 id="ql-import-heading" class="pk-fac-section__title">{move || i18n.t("ql-import")}</h2>
            <p class="pk-fac-hint">{move || i18n.t("ql-import-hint")}</p>
            <label class="pk-button pk-file-button">
                <input class="pk-visually-hidden" type="file" accept=".json,application/json" on:change=on_file />
                {move || i18n.t("ql-import-choose")}
            </label>
            {move || outcome.get().map(|(kept, title, problems)| {
                let (class, role, head) = if kept {
                    let key = if problems.is_empty() { "ql-import-done" } else { "ql-import-done-problems" };
                    ("pk-message pk-message--info", "status", i18n.ta(key, &[("title", &title), ("count", &problems.len().to_string())]))
                } else {
                    ("pk-message pk-message--error", "alert", i18n.t("ql-import-refused"))
                };
                view! {
                    <div class=class role=role>
                        <p>{head}</p>
                        <ul>{problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                    </div>
                }
            })}
        </section>
    }
}

/// One assessment: who answers and how far they are, adding and removing informants,
/// exporting and merging answers files, and the way to the report and the plan.
#[component]
fn TeamView(ctx: QCtx, id: String) -> impl IntoView {
    let i18n = ctx.i18n;
    let aid = StoredValue::new(id);
    let assessment = Memo::new(move |_| aid.with_value(|id| ctx.assessment(id)));
    let instrument =
        Memo::new(move |_| assessment.with(|a| a.as_ref().and_then(|a| ctx.instrument(a))));
    let new_name = RwSignal::new(String::new());
    let new_role = RwSignal::new(Role::Family);
    let team_problem = RwSignal::new(None::<&'static str>);
    let pending_remove = RwSignal::new(None::<(String, String)>);
    // Answers files are locked with it; kept for this visit only.
    let passphrase = RwSignal::new(String::new());
    let export_problem = RwSignal::new(None::<String>);
    let add = move || {
        let name = new_name.get_untracked();
        let result = aid.with_value(|id| {
            ctx.change(id, |a| {
                let informant = Informant {
                    id: a.new_informant_id(),
                    name,
                    role: new_role.get_untracked(),
                };
                a.add_informant(informant)
            })
        });
        match result {
            Some(Err(problem)) => team_problem.set(Some(problem.message_id())),
            _ => {
                team_problem.set(None);
                new_name.set(String::new());
            }
        }
    };
    let confirm_remove = move |()| {
        if let Some((who, _)) = pending_remove.get_untracked() {
            aid.with_value(|id| ctx.change(id, |a| a.remove_informant(&who)));
        }
        pending_remove.set(None);
    };
    let export = move |who: String| {
        let Some(a) = assessment.get_untracked() else {
            return;
        };
        let words = passphrase.get_untracked();
        if !sealed::passphrase_ok(&words) {
            export_problem.set(Some(i18n.t("ql-passphrase-first")));
            return;
        }
        export_problem.set(None);
        let Some(file) = AnswersFile::export(&a, &who, pictokit_shell::device::now()) else {
            return;
        };
        spawn_local(async move {
            match seal_answers(&words, &file).await {
                Some(text) => {
                    download_text(&file.file_name(), "application/json", &text);
                    ctx.toast(i18n.ta("ql-exported", &[("name", &file.informant.name)]));
                }
                None => export_problem.set(Some(i18n.t("sealed-failed"))),
            }
        });
    };
    let answer_as_person = move || {
        try_as_person_at(
            ctx.state,
            ctx.router,
            Route::Quiz(ctx.id(), aid.get_value()),
        );
    };
    let title = move || {
        assessment
            .get()
            .map(|a| {
                i18n.ta(
                    "ql-assessment-title",
                    &[
                        ("name", &ctx.name()),
                        ("date", &date_words_year(i18n.lang.get(), a.created)),
                    ],
                )
            })
            .unwrap_or_default()
    };
    view! {
        <FacilitatorFrame title=Signal::derive(title)>
            {move || match (assessment.get(), instrument.get()) {
                (None, _) => view! {
                    <p class="pk-message pk-message--warning" role="status">{i18n.t("ql-not-found")}</p>
                    <button type="button" class="pk-button" on:click=move |_| ctx.go(Place::List)>{i18n.t("ql-back-to-list")}</button>
                }.into_any(),
                (Some(a), None) => view! {
                    <p class="pk-message pk-message--warning" role="status">
                        {i18n.ta("ql-instrument-missing", &[("id", &a.instrument_id), ("version", &a.instrument_version)])}
                    </p>
                }.into_any(),
                (Some(a), Some(inst)) => {
                    let title = ctx.text(&inst, &inst.title);
                    view! {
                        <p class="pk-fac-hint">{title}" · "{inst.version.clone()}</p>
                        <div class="pk-fac-actions">
                            <button type="button" class="pk-button pk-button--primary" on:click=move |_| ctx.go(Place::Report(aid.get_value()))>
                                {i18n.t("ql-report")}
                            </button>
                            <button type="button" class="pk-button" on:click=move |_| ctx.go(Place::Plan(aid.get_value()))>
                                {i18n.t("ql-plan")}
                            </button>
                            <button type="button" class="pk-button" on:click=move |_| ctx.go(Place::List)>
                                {i18n.t("ql-back-to-list")}
                            </button>
                        </div>
                        <section class="pk-fac-section" aria-labelledby="ql-team-heading">
                            <h2 id="ql-team-heading" class="pk-fac-section__title">{i18n.t("ql-team")}</h2>
                            <p class="pk-fac-hint">{i18n.t("ql-team-hint")}</p>
                            <PassphraseField id="ql-passphrase" label="ql-passphrase" value=passphrase i18n=i18n />
                            <p class="pk-fac-hint">{i18n.t("ql-passphrase-hint")}</p>
                            <p class="pk-field__error" role="alert">{move || export_problem.get()}</p>
                            <ul class="pk-ql-list" role="list">
                                {a.team.iter().map(|member| {
                                    let who = member.id.clone();
                                    let name = member.name.clone();
                                    let progress = progress_words(i18n, &inst, a.responses_of(&who));
                                    let role = role_name(i18n, member.role);
                                    let is_person = member.is_person();
                                    let (w_form, w_export, w_remove, n_remove) = (who.clone(), who.clone(), who.clone(), name.clone());
                                    let args = [("name", name.as_str())];
                                    let form_name = i18n.ta("ql-answer-here-name", &args);
                                    let export_name = i18n.ta("ql-export-name", &args);
                                    let remove_name = i18n.ta("ql-remove-name", &args);
                                    let person_name = i18n.ta("ql-answer-person-name", &args);
                                    view! {
                                        <li class="pk-ql-row">
                                            <div class="pk-ql-row__text">
                                                <h3 class="pk-ql-row__name">{name.clone()}</h3>
                                                <p>{role}" · "{progress}</p>
                                            </div>
                                            <div class="pk-ql-row__actions">
                                                {is_person.then(|| view! {
                                                    <button type="button" class="pk-button pk-button--primary" on:click=move |_| answer_as_person()>
                                                        {person_name.clone()}
                                                    </button>
                                                })}
                                                <button type="button" class="pk-button" aria-label=form_name
                                                    on:click=move |_| ctx.go(Place::Form(aid.get_value(), w_form.clone()))>
                                                    {i18n.t("ql-answer-here")}
                                                </button>
                                                <button type="button" class="pk-button" aria-label=export_name on:click=move |_| export(w_export.clone())>
                                                    {i18n.t("ql-export")}
                                                </button>
                                                <button type="button" class="pk-button pk-button--danger" aria-label=remove_name
                                                    on:click=move |_| pending_remove.set(Some((w_remove.clone(), n_remove.clone())))>
                                                    {i18n.t("ql-remove")}
                                                </button>
                                            </div>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                            <div class="pk-ql-add">
                                <div class="pk-field">
                                    <label class="pk-field__label" for="ql-new-name">{i18n.t("ql-new-name")}</label>
                                    <input id="ql-new-name" class="pk-input" type="text" maxlength="60" autocomplete="off"
                                        aria-invalid=move || team_problem.get().is_some().to_string()
                                        aria-describedby="ql-new-name-error"
                                        prop:value=move || new_name.get()
                                        on:input=move |ev| new_name.set(event_target_value(&ev)) />
                                    <p id="ql-new-name-error" class="pk-field__error" role="alert">{move || team_problem.get().map(|p| i18n.t(p))}</p>
                                </div>
                                <fieldset class="pk-fieldset">
                                    <legend class="pk-field__label">{i18n.t("ql-new-role")}</legend>
                                    <div class="pk-choices">
                                        {[Role::Family, Role::Professional, Role::Other].into_iter().map(|role| view! {
                                            <label class="pk-choice">
                                                <input type="radio" name="ql-new-role"
                                                    prop:checked=move || new_role.get() == role
                                                    on:change=move |_| new_role.set(role) />
                                                <span>{role_name(i18n, role)}</span>
                                            </label>
                                        }).collect_view()}
                                    </div>
                                </fieldset>
                                <button type="button" class="pk-button pk-button--primary" on:click=move |_| add()>
                                    {i18n.t("ql-add")}
                                </button>
                            </div>
                        </section>
                        <MergeSection ctx=ctx aid=aid passphrase=passphrase />
                    }.into_any()
                }
            }}
            <ConfirmDialog
                open=Signal::derive(move || pending_remove.with(Option::is_some))
                title=Signal::derive(move || {
                    let name = pending_remove.with(|p| p.as_ref().map(|(_, n)| n.clone()).unwrap_or_default());
                    i18n.ta("ql-remove-title", &[("name", &name)])
                })
                body=Signal::derive(move || i18n.t("ql-remove-body"))
                confirm_label=Signal::derive(move || i18n.t("ql-remove"))
                cancel_label=Signal::derive(move || i18n.t("ql-keep"))
                on_confirm=Callback::new(confirm_remove)
                on_cancel=Callback::new(move |()| pending_remove.set(None))
            />
        </FacilitatorFrame>
    }
}

/// An answer in words, in the facilitator's language.
pub fn answer_words(ctx: QCtx, instrument: &Instrument, answer: Answer) -> String {
    match answer {
        Answer::Value(value) => instrument
            .scale
            .option(value)
            .map(|option| ctx.text(instrument, &option.label))
            .unwrap_or_else(|| value.to_string()),
        Answer::DontKnow => ctx.i18n.t("questionnaire-answer-dont-know"),
        Answer::Skipped => ctx.i18n.t("questionnaire-answer-skip"),
    }
}

/// Answers from another device: the file is read and previewed; duplicates are counted,
/// conflicts are shown with a choice each, and nothing changes until "Add the answers".
#[component]
fn MergeSection(
    ctx: QCtx,
    aid: StoredValue<String>,
    /// The passphrase of the answers files, typed in the team section.
    passphrase: RwSignal<String>,
) -> impl IntoView {
    let i18n = ctx.i18n;
    let file = RwSignal::new(None::<AnswersFile>);
    let locked = RwSignal::new(None::<sealed::Parts>);
    let note = RwSignal::new(None::<String>);
    let target = RwSignal::new(MergeTarget::Auto);
    let choices = RwSignal::new(BTreeMap::<String, Choice>::new());
    let problem = RwSignal::new(None::<String>);
    // Opens a locked file; a wrong passphrase keeps it chosen, to try again.
    let unlock = move |words: String, parts: sealed::Parts| async move {
        note.set(Some(i18n.t("sealed-working")));
        let opened = open_answers(i18n, &words, &parts).await;
        note.set(None);
        match opened {
            Ok(opened) => {
                locked.set(None);
                problem.set(None);
                file.set(Some(opened));
            }
            Err(message) => {
                locked.set(Some(parts));
                problem.set(Some(message));
            }
        }
    };
    let preview = Memo::new(move |_| {
        let file = file.get()?;
        let a = aid.with_value(|id| ctx.assessment(id))?;
        let inst = ctx.instrument(&a)?;
        Some((a.preview_merge_as(&file, &inst, &target.get()), inst))
    });
    let on_file = move |event: web_sys::Event| {
        let Some(chosen) = pictokit_shell::photo::take_chosen_file(&event) else {
            return;
        };
        spawn_local(async move {
            let loaded = read_answers(i18n, &chosen).await;
            choices.set(BTreeMap::new());
            target.set(MergeTarget::Auto);
            file.set(None);
            locked.set(None);
            note.set(None);
            problem.set(None);
            match loaded {
                Ok(AnswersChosen::Open(loaded)) => file.set(Some(loaded)),
                Ok(AnswersChosen::Locked(parts)) => {
                    let words = passphrase.get_untracked();
                    if sealed::passphrase_ok(&words) {
                        unlock(words, parts).await;
                    } else {
                        locked.set(Some(parts));
                        note.set(Some(i18n.t("ql-merge-locked")));
                    }
                }
                Err(message) => problem.set(Some(message)),
            }
        });
    };
    let open_locked = move |_| {
        let Some(parts) = locked.get_untracked() else {
            return;
        };
        let words = passphrase.get_untracked();
        spawn_local(async move { unlock(words, parts).await });
    };
    let apply = move || {
        let Some((preview, _)) = preview.get_untracked() else {
            return;
        };
        let chosen = choices.get_untracked();
        let outcome = aid.with_value(|id| ctx.change(id, |a| a.apply_merge(&preview, &chosen)));
        match outcome {
            Some(Ok(outcome)) => {
                let name = preview.incoming.name.clone();
                ctx.toast(i18n.ta(
                    "ql-merged",
                    &[
                        ("name", &name),
                        ("added", &outcome.added.to_string()),
                        ("taken", &outcome.taken.to_string()),
                    ],
                ));
                file.set(None);
            }
            Some(Err(refusal)) => {
                problem.set(Some(said(i18n, refusal.message_id(), refusal.args())));
            }
            None => {}
        }
    };
    view! {
        <section class="pk-fac-section" aria-labelledby="ql-merge-heading">
            <h2 id="ql-merge-heading" class="pk-fac-section__title">{move || i18n.t("ql-merge")}</h2>
            <p class="pk-fac-hint">{move || i18n.t("ql-merge-hint")}</p>
            <label class="pk-button pk-file-button">
                <input class="pk-visually-hidden" type="file" accept=".json,application/json" on:change=on_file />
                {move || i18n.t("ql-merge-choose")}
            </label>
            <p class="pk-field__error" role="alert">{move || problem.get()}</p>
            <p class="pk-fac-hint" role="status">{move || note.get()}</p>
            <Show when=move || locked.with(Option::is_some)>
                <button type="button" class="pk-button pk-button--primary" on:click=open_locked>
                    {move || i18n.t("sealed-open-with")}
                </button>
            </Show>
            {move || preview.get().map(|(preview, inst)| merge_preview(ctx, &preview, &inst, target, choices, apply, move || file.set(None)))}
        </section>
    }
}

fn merge_preview(
    ctx: QCtx,
    preview: &MergePreview,
    inst: &Instrument,
    target: RwSignal<MergeTarget>,
    choices: RwSignal<BTreeMap<String, Choice>>,
    apply: impl Fn() + Copy + Send + Sync + 'static,
    cancel: impl Fn() + Copy + Send + Sync + 'static,
) -> AnyView {
    let i18n = ctx.i18n;
    let a = ctx
        .decoded
        .with_untracked(|d| d.get(&preview.assessment).cloned());
    let local_name = |id: &str| {
        a.as_ref()
            .and_then(|a| a.informant(id))
            .map(|m| m.name.clone())
            .unwrap_or_else(|| id.to_owned())
    };
    let who = format!(
        "{} ({})",
        preview.incoming.name,
        role_name(i18n, preview.incoming.role)
    );
    let matched = match &preview.matched {
        InformantMatch::New => i18n.ta("ql-merge-new", &[("who", &who)]),
        InformantMatch::SameId => i18n.ta("ql-merge-same", &[("who", &who)]),
        InformantMatch::ProbablySame { local } => i18n.ta(
            "ql-merge-probably",
            &[("who", &who), ("local", &local_name(local))],
        ),
        InformantMatch::Chosen { local } => i18n.ta(
            "ql-merge-chosen",
            &[("who", &who), ("local", &local_name(local))],
        ),
    };
    let probably = matches!(preview.matched, InformantMatch::ProbablySame { .. });
    let counts = i18n.ta(
        "ql-merge-counts",
        &[
            ("added", &preview.additions.len().to_string()),
            ("same", &preview.duplicates.to_string()),
            ("different", &preview.conflicts.len().to_string()),
        ],
    );
    let refusal = preview
        .refusal
        .as_ref()
        .map(|refusal| said(i18n, refusal.message_id(), refusal.args()));
    let refused = refusal.is_some();
    let conflicts = preview
        .conflicts
        .iter()
        .map(|conflict| {
            let item = conflict.item.clone();
            let question = inst
                .item(&item)
                .and_then(|it| inst.item_text(it, preview.incoming.version(), ctx.i18n.lang.get_untracked()))
                .unwrap_or_default()
                .to_owned();
            let local = answer_words(ctx, inst, conflict.local);
            let incoming = answer_words(ctx, inst, conflict.incoming);
            let (i1, i2) = (item.clone(), item.clone());
            let group = format!("ql-conflict-{item}");
            view! {
                <fieldset class="pk-fieldset pk-ql-conflict">
                    <legend class="pk-field__label">{question}</legend>
                    <div class="pk-choices">
                        <label class="pk-choice">
                            <input type="radio" name=group.clone()
                                prop:checked=move || choices.with(|c| c.get(&i1) != Some(&Choice::TakeIncoming))
                                on:change={let item = item.clone(); move |_| choices.update(|c| _ = c.insert(item.clone(), Choice::KeepLocal))} />
                            <span>{i18n.ta("ql-keep-local", &[("answer", &local)])}</span>
                        </label>
                        <label class="pk-choice">
                            <input type="radio" name=group
                                prop:checked=move || choices.with(|c| c.get(&i2) == Some(&Choice::TakeIncoming))
                                on:change={let item = item.clone(); move |_| choices.update(|c| _ = c.insert(item.clone(), Choice::TakeIncoming))} />
                            <span>{i18n.ta("ql-take-incoming", &[("answer", &incoming)])}</span>
                        </label>
                    </div>
                </fieldset>
            }
        })
        .collect_view();
    let has_conflicts = !preview.conflicts.is_empty();
    view! {
        <div class="pk-ql-preview" role="group" aria-label=i18n.t("ql-merge-preview")>
            <p><strong>{matched}</strong></p>
            {probably.then(|| view! {
                <div class="pk-fac-actions">
                    <button type="button" class="pk-button" on:click=move |_| target.set(MergeTarget::AsNew)>
                        {i18n.t("ql-merge-someone-else")}
                    </button>
                </div>
            })}
            <p>{counts}</p>
            {refusal.map(|words| view! { <p class="pk-message pk-message--error" role="alert">{words}</p> })}
            {has_conflicts.then(|| view! { <p class="pk-fac-hint">{i18n.t("ql-merge-conflicts-hint")}</p> })}
            {conflicts}
            <div class="pk-fac-actions">
                <button type="button" class="pk-button pk-button--primary" disabled=refused on:click=move |_| apply()>
                    {i18n.t("ql-merge-apply")}
                </button>
                <button type="button" class="pk-button" on:click=move |_| cancel()>
                    {i18n.t("ql-merge-cancel")}
                </button>
            </div>
        </div>
    }
    .into_any()
}

/// An informant answers in a denser form: every question of a domain together, each as a
/// group of radio buttons; every answer is kept at once.
#[component]
fn AnswerForm(ctx: QCtx, id: String, who: String) -> impl IntoView {
    let i18n = ctx.i18n;
    let aid = StoredValue::new(id);
    let who = StoredValue::new(who);
    let assessment = Memo::new(move |_| aid.with_value(|id| ctx.assessment(id)));
    let instrument =
        Memo::new(move |_| assessment.with(|a| a.as_ref().and_then(|a| ctx.instrument(a))));
    let informant = Memo::new(move |_| {
        assessment.with(|a| {
            a.as_ref()
                .and_then(|a| who.with_value(|w| a.informant(w).cloned()))
        })
    });
    let change = move |f: &dyn Fn(&mut Responses, &Instrument)| {
        let Some(inst) = instrument.get_untracked() else {
            return;
        };
        aid.with_value(|id| {
            ctx.change(id, |a| {
                who.with_value(|w| a.responses_mut(w).map(|r| f(r, &inst)))
            })
        });
    };
    // What has no answer yet, per part of life, asked about before finishing (issue #21).
    let unanswered = Memo::new(move |_| {
        let inst = instrument.get()?;
        let left = assessment.with(|a| {
            let a = a.as_ref()?;
            let responses = who
                .with_value(|w| a.responses_of(w).cloned())
                .unwrap_or_default();
            Some(
                responses
                    .unanswered(&inst)
                    .iter()
                    .map(|item| item.domain.clone())
                    .collect::<Vec<_>>(),
            )
        })?;
        let lang = i18n.lang.get();
        let per_domain: Vec<String> = inst
            .domains
            .iter()
            .filter_map(|d| {
                let n = left.iter().filter(|id| *id == &d.id).count();
                (n > 0)
                    .then(|| format!("{} ({n})", inst.text_in(&d.name, lang).unwrap_or_default()))
            })
            .collect();
        Some((left.len(), inst.items.len(), per_domain.join(", ")))
    });
    let confirming = RwSignal::new(false);
    let finish = move || {
        confirming.set(false);
        change(&|r, _| r.finish(pictokit_shell::device::now()));
        let name = informant
            .get_untracked()
            .map(|m| m.name)
            .unwrap_or_default();
        ctx.toast(i18n.ta("ql-form-saved", &[("name", &name)]));
        ctx.go(Place::Team(aid.get_value()));
    };
    let title = move || {
        informant
            .get()
            .map(|m| i18n.ta("ql-form-title", &[("name", &m.name)]))
            .unwrap_or_default()
    };
    let responses = Signal::derive(move || {
        assessment.with(|a| {
            a.as_ref()
                .and_then(|a| who.with_value(|w| a.responses_of(w).cloned()))
                .unwrap_or_default()
        })
    });
    view! {
        <FacilitatorFrame title=Signal::derive(title)>
            // Drawn again only when the questionnaire or the informant changes, not at each
            // answer: the radio buttons keep their own state, and focus stays where it is.
            {move || match (instrument.get(), informant.get()) {
                (Some(inst), Some(member)) => view! {
                    <FormBody i18n=i18n instrument=inst member=member person=ctx.name() responses=responses change=change />
                    <div class="pk-fac-actions">
                        <button type="button" class="pk-button pk-button--primary" on:click=move |_| {
                            match unanswered.get_untracked() {
                                Some((left, _, _)) if left > 0 => confirming.set(true),
                                _ => finish(),
                            }
                        }>
                            {i18n.t("ql-form-finish")}
                        </button>
                        <button type="button" class="pk-button" on:click=move |_| ctx.go(Place::Team(aid.get_value()))>
                            {i18n.t("ql-form-later")}
                        </button>
                    </div>
                }.into_any(),
                _ => view! {
                    <p class="pk-message pk-message--warning" role="status">{i18n.t("ql-not-found")}</p>
                }.into_any(),
            }}
            <ConfirmDialog
                open=confirming
                title=Signal::derive(move || {
                    let (left, total, _) = unanswered.get().unwrap_or_default();
                    i18n.ta("ql-finish-unanswered-title", &[("count", &left.to_string()), ("total", &total.to_string())])
                })
                body=Signal::derive(move || {
                    let (_, _, domains) = unanswered.get().unwrap_or_default();
                    i18n.ta("ql-finish-unanswered-body", &[("domains", &domains)])
                })
                confirm_label=Signal::derive(move || {
                    let (left, _, _) = unanswered.get().unwrap_or_default();
                    i18n.ta("ql-finish-anyway", &[("count", &left.to_string())])
                })
                cancel_label=Signal::derive(move || i18n.t("ql-finish-go-back"))
                on_confirm=Callback::new(move |()| finish())
                on_cancel=Callback::new(move |()| confirming.set(false))
            />
        </FacilitatorFrame>
    }
}

/// The questions of a form, a section per domain, with the answers given so far.
#[component]
fn FormBody(
    i18n: I18n,
    instrument: Arc<Instrument>,
    member: Informant,
    /// The person's name ("Questions about Laia"); empty when not known here.
    person: String,
    responses: Signal<Responses>,
    change: impl Fn(&dyn Fn(&mut Responses, &Instrument)) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let inst = instrument;
    let version = member.version();
    let about = if member.is_person() {
        i18n.t("ql-form-hint-person")
    } else if person.is_empty() {
        i18n.t("ql-form-hint-away")
    } else {
        i18n.ta("ql-form-hint-others", &[("person", &person)])
    };
    let progress_inst = inst.clone();
    let progress = move || responses.with(|r| progress_words(i18n, &progress_inst, Some(r)));
    let given = responses.get_untracked();
    let lang = i18n.lang.get_untracked();
    let text = |texts| inst.text_in(texts, lang).unwrap_or_default().to_owned();
    let domains = inst.domains.iter().map(|domain| {
        let heading_id = format!("ql-d-{}", domain.id);
        let labelled_by = heading_id.clone();
        let items = inst.items_of(&domain.id).map(|item| {
            let question = inst.item_text(item, version, lang).unwrap_or_default().to_owned();
            let current = given.answers.get(&item.id).copied();
            let group = format!("ql-item-{}", item.id);
            let mut options: Vec<(Answer, String)> = inst.scale.options.iter()
                .map(|o| (Answer::Value(o.value), text(&o.label)))
                .collect();
            options.push((Answer::DontKnow, i18n.t("questionnaire-answer-dont-know")));
            options.push((Answer::Skipped, i18n.t("questionnaire-answer-skip")));
            let options = options.into_iter().map(|(answer, words)| {
                let item_id = item.id.clone();
                view! {
                    <label class="pk-choice">
                        <input type="radio" name=group.clone() checked=current == Some(answer)
                            on:change=move |_| {
                                let id = item_id.clone();
                                change(&move |r, inst| { let _ = r.answer(inst, &id, answer, pictokit_shell::device::now()); });
                            } />
                        <span>{words}</span>
                    </label>
                }
            }).collect_view();
            view! {
                <fieldset class="pk-fieldset pk-ql-item">
                    <legend class="pk-ql-item__question">{question}</legend>
                    <div class="pk-choices">{options}</div>
                </fieldset>
            }
        }).collect_view();
        let domain_id = domain.id.clone();
        let important = given.is_important(&domain.id);
        let important_words = if member.is_person() {
            i18n.t("ql-important-person")
        } else if person.is_empty() {
            i18n.t("ql-important-away")
        } else {
            i18n.ta("ql-important-others", &[("person", &person)])
        };
        view! {
            <section class="pk-fac-section pk-ql-domain" aria-labelledby=labelled_by>
                <h2 id=heading_id class="pk-fac-section__title">{text(&domain.name)}</h2>
                {items}
                <label class="pk-check">
                    <input type="checkbox" checked=important
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            let id = domain_id.clone();
                            change(&move |r, inst| { let _ = r.set_important(inst, &id, on, pictokit_shell::device::now()); });
                        } />
                    <span>{important_words}</span>
                </label>
            </section>
        }
    }).collect_view();
    view! {
        <p class="pk-fac-hint">{about}</p>
        <p class="pk-ql-progress" role="status">{progress}</p>
        {domains}
    }
}

/// Answers to another device's answers file, on this device: open a file, answer it in the
/// form, and export it back. The assessment itself stays on the other device.
#[component]
pub fn AwayScreen(
    /// The answers being given (`assessment:informant`); empty for the list.
    key: String,
) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let router = use_router();
    let known = instruments_memo(state);
    let key = StoredValue::new(key);
    let files = Memo::new(move |_| records::away_files(state));
    let file = Memo::new(move |_| {
        key.with_value(|k| {
            files.with(|all| all.iter().find(|(fk, _)| fk == k).map(|(_, f)| f.clone()))
        })
    });
    let problem = RwSignal::new(None::<String>);
    let locked = RwSignal::new(None::<sealed::Parts>);
    let passphrase = RwSignal::new(String::new());
    let opened = move |loaded: AnswersFile, words: Option<String>| {
        problem.set(None);
        locked.set(None);
        let key = records::away_key(&loaded);
        if let Some(words) = words {
            remember(&key, &words);
        }
        records::put_away_file(state, &loaded);
        router.go(Route::Away(key));
    };
    let on_file = move |event: web_sys::Event| {
        let Some(chosen) = pictokit_shell::photo::take_chosen_file(&event) else {
            return;
        };
        spawn_local(async move {
            locked.set(None);
            match read_answers(i18n, &chosen).await {
                Ok(AnswersChosen::Open(loaded)) => opened(loaded, None),
                Ok(AnswersChosen::Locked(parts)) => {
                    problem.set(None);
                    locked.set(Some(parts));
                }
                Err(message) => problem.set(Some(message)),
            }
        });
    };
    let open_locked = move |_| {
        let Some(parts) = locked.get_untracked() else {
            return;
        };
        let words = passphrase.get_untracked();
        spawn_local(async move {
            match open_answers(i18n, &words, &parts).await {
                Ok(loaded) => opened(loaded, Some(words)),
                Err(message) => problem.set(Some(message)),
            }
        });
    };
    let instrument = Memo::new(move |_| {
        let f = file.get()?;
        known.with(|k| {
            k.iter()
                .find(|k| {
                    k.instrument.id == f.instrument.id
                        && k.instrument.version == f.instrument.version
                })
                .map(|k| k.instrument.clone())
        })
    });
    let change = move |f: &dyn Fn(&mut Responses, &Instrument)| {
        let (Some(mut answers), Some(inst)) = (file.get_untracked(), instrument.get_untracked())
        else {
            return;
        };
        f(&mut answers.responses, &inst);
        records::put_away_file(state, &answers);
    };
    // Back the answers go, locked with the passphrase the file was opened with (or, for a
    // file opened on an earlier visit, the one typed here).
    let export = move || {
        let Some(mut answers) = file.get_untracked() else {
            return;
        };
        let words = key
            .with_value(|k| remembered(k))
            .unwrap_or_else(|| passphrase.get_untracked());
        if !sealed::passphrase_ok(&words) {
            problem.set(Some(i18n.t("ql-passphrase-first")));
            return;
        }
        problem.set(None);
        answers.exported = pictokit_shell::device::now();
        records::put_away_file(state, &answers);
        spawn_local(async move {
            match seal_answers(&words, &answers).await {
                Some(text) => {
                    download_text(&answers.file_name(), "application/json", &text);
                    state.toast.set(Some(Toast {
                        message: i18n.t("ql-away-exported"),
                        undo_restore: None,
                    }));
                }
                None => problem.set(Some(i18n.t("sealed-failed"))),
            }
        });
    };
    let responses = Signal::derive(move || {
        file.with(|f| f.as_ref().map(|f| f.responses.clone()).unwrap_or_default())
    });
    let title = move || {
        file.with(|f| match f {
            Some(f) => i18n.ta("ql-form-title", &[("name", &f.informant.name)]),
            None => i18n.t("ql-away-title"),
        })
    };
    view! {
        <FacilitatorFrame title=Signal::derive(title)>
            {move || match (key.with_value(String::is_empty), file.with(Option::is_some), instrument.get()) {
                (true, _, _) | (_, false, _) => view! {
                    <p class="pk-fac-hint">{i18n.t("ql-away-hint")}</p>
                    <label class="pk-button pk-button--primary pk-file-button">
                        <input class="pk-visually-hidden" type="file" accept=".json,application/json" on:change=on_file />
                        {i18n.t("ql-away-open")}
                    </label>
                    <p class="pk-field__error" role="alert">{move || problem.get()}</p>
                    <Show when=move || locked.with(Option::is_some)>
                        <p class="pk-fac-hint" role="status">{i18n.t("ql-away-locked")}</p>
                        <PassphraseField id="ql-away-passphrase" label="ql-away-passphrase" value=passphrase i18n=i18n />
                        <button type="button" class="pk-button pk-button--primary" on:click=open_locked>
                            {i18n.t("sealed-open-with")}
                        </button>
                    </Show>
                    <ul class="pk-ql-list" role="list">
                        {files.get().into_iter().map(|(k, f)| {
                            let (k1, k2) = (k.clone(), k.clone());
                            let name = f.informant.name.clone();
                            let open_name = i18n.ta("ql-away-continue-name", &[("name", &name)]);
                            let remove_name = i18n.ta("ql-remove-name", &[("name", &name)]);
                            view! {
                                <li class="pk-ql-row">
                                    <span class="pk-ql-row__text">{name}</span>
                                    <button type="button" class="pk-button pk-button--primary" aria-label=open_name on:click=move |_| router.go(Route::Away(k1.clone()))>
                                        {i18n.t("ql-away-continue")}
                                    </button>
                                    <button type="button" class="pk-button pk-button--danger" aria-label=remove_name on:click=move |_| records::remove_away_file(state, &k2)>
                                        {i18n.t("ql-remove")}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any(),
                (false, true, None) => view! {
                    <p class="pk-message pk-message--warning" role="status">{i18n.t("ql-away-unknown-instrument")}</p>
                }.into_any(),
                (false, true, Some(inst)) => {
                    let Some(member) = file.with_untracked(|f| f.as_ref().map(|f| f.informant.clone())) else {
                        return ().into_any();
                    };
                    let ask = key.with_value(|k| remembered(k)).is_none();
                    view! {
                        <FormBody i18n=i18n instrument=inst member=member person=String::new() responses=responses change=change />
                        {ask.then(|| view! {
                            <PassphraseField id="ql-away-passphrase" label="ql-away-passphrase" value=passphrase i18n=i18n />
                        })}
                        <p class="pk-field__error" role="alert">{move || problem.get()}</p>
                        <div class="pk-fac-actions">
                            <button type="button" class="pk-button pk-button--primary" on:click=move |_| {
                                change(&|r, _| r.finish(pictokit_shell::device::now()));
                                export();
                            }>
                                {i18n.t("ql-away-export")}
                            </button>
                            <button type="button" class="pk-button" on:click=move |_| router.go(Route::Away(String::new()))>
                                {i18n.t("ql-form-later")}
                            </button>
                        </div>
                    }.into_any()
                }
            }}
        </FacilitatorFrame>
    }
}

/// The facilitator's home section that leads to answers files sent away and back.
#[component]
pub fn AwayEntry() -> impl IntoView {
    let i18n = use_i18n();
    let router = use_router();
    view! {
        <section class="pk-fac-section" aria-labelledby="pk-away-title">
                <h2 id="pk-away-title" class="pk-section-title">{move || i18n.t("ql-away-title")}</h2>
                <p class="pk-fac-hint">{move || i18n.t("ql-away-hint")}</p>
                <button type="button" class="pk-button" on:click=move |_| router.go(Route::Away(String::new()))>
                    {move || i18n.t("ql-away-go")}
                </button>
            </section>
    }
}
