//! The person answers the quality-of-life questionnaire in person mode: one question per
//! screen with its picture, read aloud on arrival and on a tap; the answers as large
//! pictures, with "I don't know" and "Skip"; progress as pictures. Every answer is kept at
//! once, so the person can stop at any time and go on later from the same question.
//! Nothing is timed.

use crate::records::{assessments_memo, instrument_of, instruments_memo, update_assessment};
use leptos::prelude::*;
use pictokit_domain::profile::Profile;
use pictokit_domain::questionnaire::{Answer, Assessment, Instrument, Responses};
use pictokit_pictograms::ui::{self, UiPicture};
use pictokit_shell::library::use_pictograms;
use pictokit_shell::person::PersonCtx;
use pictokit_shell::routes::Route;
use pictokit_shell::state::{now_ms, use_state};
use std::sync::Arc;

/// Taps on an answer this soon after the last one are taken as the same hard tap.
const REPEAT_TAP_MS: u64 = 700;

/// The person-mode screens of the questionnaire on this page.
pub fn quiz_screens(route: Route, profile: Signal<Profile>) -> Option<AnyView> {
    let Route::Quiz(_, id) = route else {
        return None;
    };
    Some(view! { <Quiz profile=profile id=id /> }.into_any())
}

/// What every screen of the questionnaire in person mode needs.
type Ctx = PersonCtx;

/// The questionnaire's questions to the person's context.
trait Quiz {
    fn text(
        &self,
        instrument: &Instrument,
        texts: &pictokit_domain::questionnaire::Texts,
    ) -> String;
    fn home(&self);
}

impl Quiz for PersonCtx {
    fn text(
        &self,
        instrument: &Instrument,
        texts: &pictokit_domain::questionnaire::Texts,
    ) -> String {
        instrument
            .text_in(texts, self.lang())
            .unwrap_or_default()
            .to_owned()
    }

    fn home(&self) {
        self.router.replace(Route::Person(self.id()));
    }
}

/// The assessment waiting for the person: the newest with the person on its team and not
/// finished by them.
fn waiting(assessments: &[Assessment]) -> Option<&Assessment> {
    assessments
        .iter()
        .filter(|a| {
            a.person()
                .is_some_and(|p| !a.responses_of(&p.id).is_some_and(|r| r.finished))
        })
        .max_by(|a, b| (a.created, &a.id).cmp(&(b.created, &b.id)))
}

/// Where the person is.
#[derive(Clone, Debug, PartialEq)]
enum Step {
    /// Nothing to answer.
    Nothing,
    /// A question, by its place in the questionnaire.
    Question(usize),
    /// Which parts of life are important to me?
    Important,
    /// Finished: thank you.
    Thanks,
}

#[component]
fn Quiz(profile: Signal<Profile>, id: String) -> impl IntoView {
    let state = use_state();
    let pictograms = use_pictograms();
    pictograms.ensure_loaded();
    let ctx = PersonCtx::new(profile);
    let decoded = assessments_memo(state, ctx.id());
    let known = instruments_memo(state);
    if id.is_empty() {
        // The one waiting, by its id, so that finishing it shows the thanks, not "nothing".
        if let Some(waiting) =
            decoded.with_untracked(|d| waiting(&d.assessments).map(|a| a.id.clone()))
        {
            ctx.router.replace(Route::Quiz(ctx.id(), waiting));
            return ().into_any();
        }
    }
    let asked = StoredValue::new(id);
    // The assessment answered here, and its questionnaire.
    let current = Memo::new(move |_| {
        decoded.with(|d| {
            let assessment = asked.with_value(|id| d.get(id))?;
            let person = assessment.person()?.id.clone();
            let instrument = known.with(|k| instrument_of(k, assessment))?;
            let responses = assessment
                .responses_of(&person)
                .cloned()
                .unwrap_or_default();
            Some((assessment.id.clone(), person, instrument, responses))
        })
    });
    // Going on to the important parts is the person's own step, not stored.
    let step = Memo::new(move |_| {
        current.with(|c| match c {
            None => Step::Nothing,
            Some((_, _, _, r)) if r.finished => Step::Thanks,
            Some((_, _, inst, r)) if r.position >= inst.items.len() => Step::Important,
            Some((_, _, _, r)) => Step::Question(r.position),
        })
    });
    let change = move |f: &dyn Fn(&mut Responses, &Instrument)| {
        let Some((aid, person, inst, _)) = current.get_untracked() else {
            return;
        };
        update_assessment(state, &ctx.id(), &aid, |a| {
            if let Some(r) = a.responses_mut(&person) {
                f(r, &inst);
            }
        });
    };
    view! {
        <div class="pk-quiz">
            {move || match step.get() {
                Step::Nothing => view! { <End ctx=ctx picture=ui::DONE message="quiz-nothing" /> }.into_any(),
                Step::Thanks => view! { <End ctx=ctx picture=ui::WELL_DONE message="quiz-thanks" /> }.into_any(),
                Step::Important => {
                    let Some((_, _, inst, responses)) = current.get_untracked() else {
                        return ().into_any();
                    };
                    view! { <Important ctx=ctx instrument=inst responses=responses change=change /> }.into_any()
                }
                Step::Question(position) => {
                    let Some((_, _, inst, responses)) = current.get_untracked() else {
                        return ().into_any();
                    };
                    view! { <Question ctx=ctx instrument=inst responses=responses position=position change=change /> }.into_any()
                }
            }}
        </div>
    }
    .into_any()
}

/// The progress as pictures: a picture per part of life (done ones with a check), and a
/// dot per question of this part.
#[component]
fn Progress(
    ctx: Ctx,
    instrument: Arc<Instrument>,
    responses: Responses,
    position: usize,
) -> impl IntoView {
    let i18n = ctx.i18n;
    let here = instrument
        .items
        .get(position)
        .map(|item| item.domain.clone());
    let progress = responses.progress(&instrument);
    let parts = instrument
        .domains
        .iter()
        .enumerate()
        .map(|(index, domain)| {
            let done = progress
                .iter()
                .find(|p| p.domain == domain.id)
                .is_some_and(|p| p.total > 0 && p.answered == p.total);
            let now = here.as_deref() == Some(domain.id.as_str());
            let name = ctx.text(&instrument, &domain.name);
            let state_words = if now {
                i18n.t("quiz-part-now")
            } else if done {
                i18n.t("quiz-part-done")
            } else {
                i18n.t("quiz-part-later")
            };
            view! {
                <li class="pk-quiz-part"
                    class:pk-quiz-part--done=done
                    class:pk-quiz-part--now=now
                    aria-current=now.then_some("step")>
                    <img src=domain.picto.as_ref().map(|picto| ctx.picture(picto)).unwrap_or_default() alt="" />
                    {done.then(|| view! { <img class="pk-quiz-part__check" src=ctx.symbol(ui::DONE) alt="" /> })}
                    <span class="pk-visually-hidden">
                        {i18n.ta("quiz-part", &[("number", &(index + 1).to_string()), ("name", &name), ("state", &state_words)])}
                    </span>
                </li>
            }
        })
        .collect_view();
    let dots = here.map(|domain| {
        let items: Vec<_> = instrument.items_of(&domain).map(|item| item.id.clone()).collect();
        let total = items.len();
        let at = instrument
            .items
            .get(position)
            .and_then(|item| items.iter().position(|id| id == &item.id))
            .unwrap_or(0);
        let dots = items
            .iter()
            .enumerate()
            .map(|(index, item)| {
                let answered = responses.answers.contains_key(item);
                view! {
                    <span class="pk-quiz-dot"
                        class:pk-quiz-dot--answered=answered
                        class:pk-quiz-dot--now=index == at></span>
                }
            })
            .collect_view();
        view! {
            <p class="pk-quiz-dots">
                {dots}
                <span class="pk-visually-hidden">
                    {i18n.ta("quiz-question-of", &[("number", &(at + 1).to_string()), ("total", &total.to_string())])}
                </span>
            </p>
        }
    });
    view! {
        <nav class="pk-quiz-progress" aria-label=i18n.t("quiz-progress")>
            <ol class="pk-quiz-parts" role="list">{parts}</ol>
            {dots}
        </nav>
    }
}

/// One question: its picture and words (read aloud on arrival, and again on a tap), the
/// answers as large pictures, "I don't know", "Skip" and the question before.
#[component]
fn Question(
    ctx: Ctx,
    instrument: Arc<Instrument>,
    responses: Responses,
    position: usize,
    change: impl Fn(&dyn Fn(&mut Responses, &Instrument)) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = ctx.i18n;
    let Some(item) = instrument.items.get(position).cloned() else {
        return ().into_any();
    };
    let words = instrument
        .item_text(
            &item,
            pictokit_domain::questionnaire::Version::SelfReport,
            ctx.lang(),
        )
        .unwrap_or_default()
        .to_owned();
    ctx.say(&words);
    // Each question starts at the top of the screen.
    pictokit_shell::routes::to_top();
    let given = responses.answers.get(&item.id).copied();
    let last_tap = StoredValue::new(0u64);
    let item_id = StoredValue::new(item.id.clone());
    let answer = move |answer: Answer| {
        let now = now_ms();
        if now.saturating_sub(last_tap.get_value()) < REPEAT_TAP_MS {
            return;
        }
        last_tap.set_value(now);
        let id = item_id.get_value();
        change(&move |r, inst| {
            let _ = r.answer(inst, &id, answer, pictokit_shell::device::now());
        });
    };
    let back = move || change(&|r, inst| r.go_back(inst));
    let scale = instrument
        .scale
        .options
        .iter()
        .map(|option| {
            let label = ctx.text(&instrument, &option.label);
            let value = option.value;
            let chosen = given == Some(Answer::Value(value));
            view! {
                <button type="button" class="pk-quiz-answer"
                    class:pk-quiz-answer--chosen=chosen
                    aria-pressed=chosen.to_string()
                    on:click=move |_| answer(Answer::Value(value))>
                    <img src=option.picto.as_ref().map(|picto| ctx.picture(picto)).unwrap_or_default() alt="" />
                    <span>{label}</span>
                    {chosen.then(|| view! { <img class="pk-quiz-check" src=ctx.symbol(ui::DONE) alt="" /> })}
                </button>
            }
        })
        .collect_view();
    let other = [
        (Answer::DontKnow, ui::DONT_KNOW, "questionnaire-answer-dont-know"),
        (Answer::Skipped, ui::SKIP, "questionnaire-answer-skip"),
    ]
    .into_iter()
    .map(|(kind, code, message)| {
        let chosen = given == Some(kind);
        view! {
            <button type="button" class="pk-quiz-other"
                class:pk-quiz-answer--chosen=chosen
                aria-pressed=chosen.to_string()
                on:click=move |_| answer(kind)>
                <img src=ctx.symbol(code) alt="" />
                <span>{i18n.t(message)}</span>
                {chosen.then(|| view! { <img class="pk-quiz-check" src=ctx.symbol(ui::DONE) alt="" /> })}
            </button>
        }
    })
    .collect_view();
    let say_again = words.clone();
    view! {
        <Progress ctx=ctx instrument=instrument.clone() responses=responses position=position />
        <h2 class="pk-visually-hidden">{i18n.t("quiz-title")}</h2>
        // The question is a button: a tap reads it again.
        <button type="button" class="pk-quiz-question" data-step=position.to_string() on:click=move |_| ctx.say(&say_again)>
            <img class="pk-quiz-question__img" src=item.picto.as_ref().map(|picto| ctx.picture(picto)).unwrap_or_default() alt="" data-main-picture="" />
            <span class="pk-quiz-question__words">{words}</span>
        </button>
        <div class="pk-quiz-scale" role="group" aria-label=i18n.t("quiz-answers") data-main-action="">{scale}</div>
        <div class="pk-quiz-more">
            {other}
            // Always there, so the buttons never move; there is nothing before the first.
            <button type="button" class="pk-quiz-other" disabled=position == 0 on:click=move |_| back()>
                <img src=ctx.symbol(ui::PREVIOUS) alt="" />
                <span>{i18n.t("quiz-back")}</span>
            </button>
        </div>
    }
    .into_any()
}

/// After the last question: the person marks the parts of life that are important to them.
#[component]
fn Important(
    ctx: Ctx,
    instrument: Arc<Instrument>,
    responses: Responses,
    change: impl Fn(&dyn Fn(&mut Responses, &Instrument)) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = ctx.i18n;
    let ask = i18n.t("quiz-important-ask");
    ctx.say(&ask);
    let marked = RwSignal::new(responses.important.clone());
    let tiles = instrument
        .domains
        .iter()
        .map(|domain| {
            let id = domain.id.clone();
            let name = ctx.text(&instrument, &domain.name);
            let said = name.clone();
            let on = {
                let id = id.clone();
                move || marked.with(|m| m.contains(&id))
            };
            let toggle = move |_| {
                let now = !marked.with_untracked(|m| m.contains(&id));
                marked.update(|m| {
                    if now {
                        m.insert(id.clone());
                    } else {
                        m.remove(&id);
                    }
                });
                let id = id.clone();
                change(&move |r, inst| {
                    let _ = r.set_important(inst, &id, now, pictokit_shell::device::now());
                });
                ctx.say(&if now {
                    i18n.ta("quiz-important-on", &[("name", &said)])
                } else {
                    said.clone()
                });
            };
            let on2 = on.clone();
            view! {
                <button type="button" class="pk-quiz-domain"
                    class:pk-quiz-domain--on=on.clone()
                    aria-pressed=move || on2().to_string()
                    on:click=toggle>
                    <img src=domain.picto.as_ref().map(|picto| ctx.picture(picto)).unwrap_or_default() alt="" />
                    <span>{name}</span>
                    <Show when=on.clone()>
                        <span class="pk-quiz-domain__star">
                            <img src=ctx.symbol(ui::IMPORTANT) alt="" />
                            <span class="pk-visually-hidden">{i18n.t("quiz-important")}</span>
                        </span>
                    </Show>
                </button>
            }
        })
        .collect_view();
    let finish = move || change(&|r, _| r.finish(pictokit_shell::device::now()));
    let back = move || change(&|r, inst| r.go_back(inst));
    view! {
        <h2 class="pk-quiz-title">{ask}</h2>
        <div class="pk-quiz-domains" data-main-action="" data-main-picture="">{tiles}</div>
        <div class="pk-quiz-more">
            <button type="button" class="pk-quiz-other pk-quiz-other--primary" on:click=move |_| finish()>
                <img src=ctx.symbol(ui::DONE) alt="" />
                <span>{i18n.t("quiz-finish")}</span>
            </button>
            <button type="button" class="pk-quiz-other" on:click=move |_| back()>
                <img src=ctx.symbol(ui::PREVIOUS) alt="" />
                <span>{i18n.t("quiz-back")}</span>
            </button>
        </div>
    }
}

/// The end of the questions, or nothing to answer: a picture, its words said aloud, and
/// the way home.
#[component]
fn End(ctx: Ctx, picture: UiPicture, message: &'static str) -> impl IntoView {
    let i18n = ctx.i18n;
    let words = i18n.t(message);
    ctx.say(&words);
    view! {
        <div class="pk-quiz-end">
            <img class="pk-quiz-end__img" src=ctx.symbol(picture) alt="" data-main-picture="" />
            <h2 class="pk-quiz-title" data-spoken="">{words}</h2>
            <button type="button" class="pk-quiz-other pk-quiz-other--primary" data-main-action="" on:click=move |_| ctx.home()>
                <img src=ui::HOME.path(false) alt="" />
                <span>{i18n.t("quiz-home")}</span>
            </button>
        </div>
    }
}
