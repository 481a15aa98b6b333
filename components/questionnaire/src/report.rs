//! The results of an assessment and the support plan: the integrated report for the team
//! (table, chart, views that differ, priorities, change since the last assessment, print
//! and CSV), its easy-read version for the person, the plan agreed by consensus, and the
//! plan in easy-read.

use crate::facilitator::{answer_words, role_name, QCtx};
use crate::records;
use crate::sealed::LockedTableSave;
use jiff::civil::Date;
use leptos::prelude::*;
use pictokit_domain::picto::PictoRef;
use pictokit_domain::questionnaire::scoring::{DOMAIN_THRESHOLD, LOW_SCORE};
use pictokit_domain::questionnaire::{
    answers_csv, Answer, Assessment, CsvHeaders, DomainReport, DomainScore, Goal, Instrument,
    Report, Role,
};
use pictokit_domain::Language;
use pictokit_shell::device::today;
use pictokit_shell::frame::FacilitatorFrame;
use pictokit_shell::i18n::I18n;
use pictokit_shell::library::{show, use_pictograms};
use pictokit_shell::picker::PictoPicker;
use pictokit_shell::print::print;
use std::sync::Arc;
use {pictokit_shell::device::date_words_year, pictokit_shell::records::schedule_memo};

/// An assessment, its questionnaire and report, following changes.
type Loaded = Option<(Assessment, Arc<Instrument>, Report)>;

fn loaded(ctx: QCtx, id: StoredValue<String>) -> Memo<Loaded> {
    Memo::new(move |_| {
        let a = id.with_value(|id| ctx.assessment(id))?;
        let inst = ctx.instrument(&a)?;
        let report = a.report(&inst);
        Some((a, inst, report))
    })
}

/// A score as shown: "72", or "—" with why in words.
fn score_cell(i18n: I18n, score: Option<DomainScore>) -> (String, Option<String>) {
    match score {
        Some(DomainScore::Score(value)) => (value.to_string(), None),
        Some(other) => {
            let reason = other.reason_message_id().map(|id| match other {
                DomainScore::NotEnoughAnswers {
                    answered,
                    needed,
                    total,
                } => i18n.ta(
                    id,
                    &[
                        ("answered", &answered.to_string()),
                        ("needed", &needed.to_string()),
                        ("total", &total.to_string()),
                    ],
                ),
                _ => i18n.t(id),
            });
            ("—".to_owned(), reason)
        }
        None => ("—".to_owned(), None),
    }
}

/// Why a cell has no score, short enough to print in the cell ("0 of 5 answered, 3
/// needed"); the table's legend says the rule once.
fn short_reason(i18n: I18n, score: Option<DomainScore>) -> Option<String> {
    match score? {
        DomainScore::Score(_) => None,
        DomainScore::NotEnoughAnswers {
            answered,
            needed,
            total,
        } => Some(i18n.ta(
            "ql-why-short",
            &[
                ("answered", &answered.to_string()),
                ("needed", &needed.to_string()),
                ("total", &total.to_string()),
            ],
        )),
        DomainScore::NoItems => Some(i18n.t("ql-why-short-no-items")),
    }
}

fn optional_score(score: Option<u8>) -> String {
    score.map_or_else(|| "—".to_owned(), |s| s.to_string())
}

/// The report's title and what is not a screen control, then the way back.
#[component]
fn ReportActions(ctx: QCtx, id: StoredValue<String>, children: Children) -> impl IntoView {
    let i18n = ctx.i18n;
    view! {
        <div class="pk-fac-actions pk-no-print">
            {children()}
            <button type="button" class="pk-button" on:click=move |_| print()>{move || i18n.t("ql-print")}</button>
            <button type="button" class="pk-button" on:click=move |_| ctx.go(records::Place::Team(id.get_value()))>
                {move || i18n.t("ql-back-to-assessment")}
            </button>
        </div>
    }
}

/// The words of the answers' CSV in a language (`i18n`'s, read without tracking it).
pub fn csv_headers(i18n: I18n) -> CsvHeaders {
    let t = |key: &str| {
        i18n.lang
            .with_untracked(|lang| I18n::ta_in(*lang, key, &[]))
    };
    CsvHeaders {
        informant: t("ql-csv-informant"),
        role: t("ql-csv-role"),
        domain: t("ql-csv-domain"),
        item: t("ql-csv-item"),
        question: t("ql-csv-question"),
        answer: t("ql-csv-answer"),
        value: t("ql-csv-value"),
        points: t("ql-csv-points"),
        dont_know: t("questionnaire-answer-dont-know"),
        skipped: t("questionnaire-answer-skip"),
        roles: Role::ALL.map(|role| t(&format!("questionnaire-role-{}", role.tag()))),
    }
}

/// The integrated report for the team.
#[component]
pub fn ReportView(ctx: QCtx, id: String) -> impl IntoView {
    let i18n = ctx.i18n;
    let id = StoredValue::new(id);
    let data = loaded(ctx, id);
    let previous = Memo::new(move |_| {
        let (_, inst, _) = data.get()?;
        let before = id.with_value(|id| ctx.decoded.with(|d| d.previous(id).cloned()))?;
        Some((before.created, before.report(&inst)))
    });
    let csv = Callback::new(move |()| {
        let (a, inst, _) = data.get_untracked()?;
        let headers = csv_headers(i18n);
        Some(answers_csv(&a, &inst, i18n.lang.get_untracked(), &headers))
    });
    let table_open = RwSignal::new(false);
    let title = move || {
        data.with(|d| {
            d.as_ref()
                .map(|(a, _, _)| {
                    i18n.ta(
                        "ql-report-title",
                        &[
                            ("name", &ctx.name()),
                            ("date", &date_words_year(i18n.lang.get(), a.created)),
                        ],
                    )
                })
                .unwrap_or_default()
        })
    };
    view! {
        <FacilitatorFrame title=Signal::derive(title)>
            <ReportActions ctx=ctx id=id>
                <button type="button" class="pk-button pk-button--primary" on:click=move |_| ctx.go(records::Place::EasyReport(id.get_value()))>
                    {move || i18n.t("ql-easy-report")}
                </button>
                <button
                    type="button"
                    class="pk-button"
                    aria-expanded=move || table_open.get().to_string()
                    on:click=move |_| table_open.update(|open| *open = !*open)
                >
                    {move || i18n.t("ql-csv")}
                </button>
                <button type="button" class="pk-button" on:click=move |_| ctx.go(records::Place::Plan(id.get_value()))>{move || i18n.t("ql-plan")}</button>
            </ReportActions>
            <Show when=move || table_open.get()>
                <LockedTableSave csv=csv name=Signal::derive(move || ctx.name()) i18n=i18n />
            </Show>
            {move || data.get().map(|(a, inst, report)| {
                let lang = i18n.lang.get();
                let instrument_title = ctx.text(&inst, &inst.title);
                let person = report.informants.iter().find(|m| m.is_person()).map(|m| m.name.clone()).unwrap_or_else(|| ctx.name());
                view! {
                    <p class="pk-fac-hint">{instrument_title}" · "{inst.version.clone()}" · "{date_words_year(lang, a.created)}</p>
                    <p class="pk-fac-hint">{i18n.ta("ql-report-rules", &[("threshold", &DOMAIN_THRESHOLD.to_string())])}</p>
                    <ScoreTable ctx=ctx inst=inst.clone() report=report.clone() />
                    <ScoreChart ctx=ctx inst=inst.clone() report=report.clone() person=person.clone() />
                    <Differences ctx=ctx inst=inst.clone() report=report.clone() person=person.clone() />
                    <Priorities ctx=ctx inst=inst.clone() report=report.clone() person=person />
                    {move || previous.get().map(|(date, before)| view! {
                        <Change ctx=ctx inst=inst.clone() report=report.clone() before=before date=date />
                    })}
                }
            })}
        </FacilitatorFrame>
    }
}

/// Every domain's scores side by side: a row per domain, a column per informant, the
/// others' mean and the integrated score; different views and priorities said in words.
#[component]
fn ScoreTable(ctx: QCtx, inst: Arc<Instrument>, report: Report) -> impl IntoView {
    let i18n = ctx.i18n;
    let heads = report
        .informants
        .iter()
        .map(|m| {
            view! {
                <th scope="col">{m.name.clone()}<span class="pk-ql-table__role">{role_name(i18n, m.role)}</span></th>
            }
        })
        .collect_view();
    let rows = report
        .domains
        .iter()
        .map(|d| {
            let name = inst.domain(&d.domain).map(|dom| ctx.text(&inst, &dom.name)).unwrap_or_default();
            let cells = report
                .informants
                .iter()
                .map(|m| {
                    let (shown, why) = score_cell(i18n, d.score_of(&m.id));
                    let short = short_reason(i18n, d.score_of(&m.id));
                    let title = why.clone();
                    view! {
                        <td title=title>
                            {shown}
                            {why.map(|w| view! { <span class="pk-visually-hidden">" ("{w}")"</span> })}
                            {short.map(|w| view! { <span class="pk-ql-why" aria-hidden="true">{w}</span> })}
                        </td>
                    }
                })
                .collect_view();
            let notes = row_notes(i18n, d);
            let flagged = d.disagreement.is_some();
            view! {
                <tr class:pk-ql-table__row--flag=flagged>
                    <th scope="row">{name}</th>
                    {cells}
                    <td>{optional_score(d.others_mean)}</td>
                    <td class="pk-ql-table__together">{optional_score(d.integrated)}</td>
                    <td class="pk-ql-table__notes">{notes}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="pk-fac-section pk-ql-block" aria-labelledby="ql-table-heading">
            <h2 id="ql-table-heading" class="pk-fac-section__title">{i18n.t("ql-scores")}</h2>
            <div class="pk-ql-table-wrap" tabindex="0" role="region" aria-labelledby="ql-table-heading" data-scrolls-sideways="">
                <table class="pk-ql-table">
                    <thead>
                        <tr>
                            <th scope="col">{i18n.t("ql-domain")}</th>
                            {heads}
                            <th scope="col">{i18n.t("ql-others-mean")}</th>
                            <th scope="col">{i18n.t("ql-together")}</th>
                            <th scope="col">{i18n.t("ql-notes")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="pk-ql-print-legend">{i18n.t("ql-print-legend")}</p>
        </section>
    }
}

/// The notes of a row, in words (never colour alone): different views, important, low.
fn row_notes(i18n: I18n, d: &DomainReport) -> Vec<AnyView> {
    let mut notes = Vec::new();
    if let Some(dis) = d.disagreement {
        notes.push(
            view! {
                <span class="pk-ql-flag">
                    <span aria-hidden="true">"⚑ "</span>
                    {i18n.ta("ql-flag-domain", &[("difference", &dis.difference.to_string())])}
                </span>
            }
            .into_any(),
        );
    }
    if d.important {
        notes.push(view! { <span class="pk-ql-note"><span aria-hidden="true">"★ "</span>{i18n.t("ql-note-important")}</span> }.into_any());
    }
    if d.low {
        notes.push(view! { <span class="pk-ql-note"><span aria-hidden="true">"▼ "</span>{i18n.t("ql-note-low")}</span> }.into_any());
    }
    notes
}

/// The chart: for each domain, the person's score and the others' mean as bars, told
/// apart by fill and pattern (not colour alone); the table above says the same in text.
#[component]
fn ScoreChart(ctx: QCtx, inst: Arc<Instrument>, report: Report, person: String) -> impl IntoView {
    let i18n = ctx.i18n;
    const LABEL_W: f64 = 260.0;
    const BAR_W: f64 = 480.0;
    const ROW_H: f64 = 64.0;
    const TOP: f64 = 40.0;
    let height = TOP + ROW_H * report.domains.len() as f64 + 30.0;
    let width = LABEL_W + BAR_W + 60.0;
    let rows = report
        .domains
        .iter()
        .enumerate()
        .map(|(index, d)| {
            let y = TOP + ROW_H * index as f64;
            let name = inst.domain(&d.domain).map(|dom| ctx.text(&inst, &dom.name)).unwrap_or_default();
            let bar = |value: Option<u8>, dy: f64, class: &'static str| {
                value.map(|v| {
                    let w = BAR_W * f64::from(v) / 100.0;
                    view! {
                        <rect class=class x=LABEL_W y=y + dy width=w.max(2.0) height="20" />
                        <text class="pk-chart__value" x=LABEL_W + w + 6.0 y=y + dy + 15.0>{v.to_string()}</text>
                    }
                })
            };
            let flag = d.disagreement.map(|_| {
                view! { <text class="pk-chart__flag" x="4" y=y + 46.0>{format!("⚑ {}", i18n.t("ql-flag-short"))}</text> }
            });
            view! {
                <g>
                    <text class="pk-chart__label" x="4" y=y + 24.0>{name}</text>
                    {flag}
                    {bar(d.person, 6.0, "pk-chart__bar pk-chart__bar--person")}
                    {bar(d.others_mean, 30.0, "pk-chart__bar pk-chart__bar--others")}
                </g>
            }
        })
        .collect_view();
    let ticks = [0u8, 25, 50, 75, 100]
        .into_iter()
        .map(|t| {
            let x = LABEL_W + BAR_W * f64::from(t) / 100.0;
            view! {
                <line class="pk-chart__grid" x1=x x2=x y1=TOP - 8.0 y2=height - 24.0 />
                <text class="pk-chart__tick" x=x y=height - 6.0 text-anchor="middle">{t.to_string()}</text>
            }
        })
        .collect_view();
    let others = i18n.t("ql-others-mean");
    view! {
        <section class="pk-fac-section pk-ql-block pk-ql-chart" aria-labelledby="ql-chart-heading">
            <h2 id="ql-chart-heading" class="pk-fac-section__title">{i18n.t("ql-chart")}</h2>
            <p class="pk-ql-legend">
                <span class="pk-ql-legend__key pk-ql-legend__key--person" aria-hidden="true"></span>{person.clone()}
                <span class="pk-ql-legend__key pk-ql-legend__key--others" aria-hidden="true"></span>{others}
            </p>
            <svg class="pk-chart" viewBox=format!("0 0 {width} {height}") role="img" aria-labelledby="ql-chart-title ql-chart-desc" preserveAspectRatio="xMinYMin meet">
                <title id="ql-chart-title">{i18n.t("ql-chart")}</title>
                <desc id="ql-chart-desc">{i18n.ta("ql-chart-desc", &[("person", &person)])}</desc>
                <defs>
                    <pattern id="pk-hatch" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
                        <rect class="pk-chart__hatch-bg" width="8" height="8" />
                        <line class="pk-chart__hatch" x1="0" y1="0" x2="0" y2="8" />
                    </pattern>
                </defs>
                {ticks}
                {rows}
            </svg>
        </section>
    }
}

/// The questions the person and someone else answered far apart.
#[component]
fn Differences(ctx: QCtx, inst: Arc<Instrument>, report: Report, person: String) -> impl IntoView {
    let i18n = ctx.i18n;
    let lang = i18n.lang.get_untracked();
    let name_of = |id: &str| {
        report
            .informants
            .iter()
            .find(|m| m.id == id)
            .map(|m| m.name.clone())
            .unwrap_or_default()
    };
    let items = report
        .items
        .iter()
        .map(|d| {
            let question = inst
                .item(&d.item)
                .and_then(|item| inst.item_text(item, pictokit_domain::questionnaire::Version::Others, lang))
                .unwrap_or_default()
                .to_owned();
            let mine = answer_words(ctx, &inst, Answer::Value(d.person_value));
            let others = d
                .others
                .iter()
                .map(|o| format!("{}: {}", name_of(&o.informant), answer_words(ctx, &inst, Answer::Value(o.value))))
                .collect::<Vec<_>>()
                .join("; ");
            view! {
                <li>
                    <p class="pk-ql-diff__question"><span aria-hidden="true">"⚑ "</span>{question}</p>
                    <p>{format!("{person}: {mine} · {others}")}</p>
                </li>
            }
        })
        .collect_view();
    let none = report.items.is_empty();
    view! {
        <section class="pk-fac-section pk-ql-block" aria-labelledby="ql-diff-heading">
            <h2 id="ql-diff-heading" class="pk-fac-section__title">{i18n.t("ql-differences")}</h2>
            <p class="pk-fac-hint">{i18n.t("ql-differences-hint")}</p>
            {none.then(|| view! { <p class="pk-empty">{i18n.t("ql-differences-none")}</p> })}
            <ul class="pk-ql-diff" role="list">{items}</ul>
        </section>
    }
}

/// What puts a part of life into the priorities, in plain words.
fn priority_rule(i18n: I18n, report: &Report, person: &str) -> String {
    let low = LOW_SCORE.to_string();
    if report.informants.iter().any(|m| m.is_person()) {
        i18n.ta("ql-priorities-rule", &[("person", person), ("low", &low)])
    } else {
        i18n.ta("ql-priorities-rule-team", &[("low", &low)])
    }
}

/// The parts of life others marked important to the person that are no priority (only the
/// person's own choice makes one): who marked each, so the team can ask the person.
fn marked_by_others(ctx: QCtx, inst: &Instrument, report: &Report, person: &str) -> Vec<String> {
    report
        .domains
        .iter()
        .filter(|d| !d.marked_only_by_others().is_empty())
        .map(|d| {
            let domain = inst
                .domain(&d.domain)
                .map(|dom| ctx.text(inst, &dom.name))
                .unwrap_or_default();
            let names: Vec<String> = d
                .marked_only_by_others()
                .iter()
                .filter_map(|id| report.informants.iter().find(|m| &m.id == id))
                .map(|m| m.name.clone())
                .collect();
            ctx.i18n.ta(
                "ql-priority-others",
                &[
                    ("domain", &domain),
                    ("names", &names.join(", ")),
                    ("person", person),
                ],
            )
        })
        .collect()
}

/// The domains to start the plan from, what makes a priority, and what others marked
/// important that is not one.
#[component]
fn Priorities(ctx: QCtx, inst: Arc<Instrument>, report: Report, person: String) -> impl IntoView {
    let i18n = ctx.i18n;
    let items = report
        .priorities
        .iter()
        .map(|p| {
            let name = inst
                .domain(&p.domain)
                .map(|dom| ctx.text(&inst, &dom.name))
                .unwrap_or_default();
            let why = match (p.important, p.low) {
                (true, true) => i18n.ta("ql-priority-both", &[("person", &person)]),
                (true, false) => i18n.ta("ql-priority-important", &[("person", &person)]),
                _ => i18n.t("ql-priority-low"),
            };
            view! { <li><strong>{name}</strong>": "{why}</li> }
        })
        .collect_view();
    let none = report.priorities.is_empty();
    let rule = priority_rule(i18n, &report, &person);
    let others = marked_by_others(ctx, &inst, &report, &person);
    view! {
        <section class="pk-fac-section pk-ql-block" aria-labelledby="ql-prio-heading">
            <h2 id="ql-prio-heading" class="pk-fac-section__title">{i18n.t("ql-priorities")}</h2>
            <p class="pk-fac-hint">{rule}</p>
            {none.then(|| view! { <p class="pk-empty">{i18n.t("ql-priorities-none")}</p> })}
            <ul class="pk-ql-priorities">{items}</ul>
            {(!others.is_empty()).then(|| view! {
                <ul class="pk-ql-priorities pk-ql-priorities--others">
                    {others.into_iter().map(|words| view! { <li><span aria-hidden="true">"☆ "</span>{words}</li> }).collect_view()}
                </ul>
            })}
        </section>
    }
}

/// The change per domain since the assessment before.
#[component]
fn Change(
    ctx: QCtx,
    inst: Arc<Instrument>,
    report: Report,
    before: Report,
    date: Date,
) -> impl IntoView {
    let i18n = ctx.i18n;
    let when = date_words_year(i18n.lang.get_untracked(), date);
    let rows = report
        .domains
        .iter()
        .map(|d| {
            let name = inst
                .domain(&d.domain)
                .map(|dom| ctx.text(&inst, &dom.name))
                .unwrap_or_default();
            let then = before.domain(&d.domain).and_then(|b| b.integrated);
            let change = match (then, d.integrated) {
                (Some(a), Some(b)) => {
                    let diff = i32::from(b) - i32::from(a);
                    match diff {
                        0 => i18n.t("ql-change-same"),
                        d if d > 0 => i18n.ta("ql-change-up", &[("points", &d.to_string())]),
                        d => i18n.ta("ql-change-down", &[("points", &(-d).to_string())]),
                    }
                }
                _ => "—".to_owned(),
            };
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    <td>{optional_score(then)}</td>
                    <td>{optional_score(d.integrated)}</td>
                    <td>{change}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="pk-fac-section pk-ql-block" aria-labelledby="ql-change-heading">
            <h2 id="ql-change-heading" class="pk-fac-section__title">{i18n.ta("ql-change", &[("date", &when)])}</h2>
            <div class="pk-ql-table-wrap" tabindex="0" role="region" aria-labelledby="ql-change-heading" data-scrolls-sideways="">
                <table class="pk-ql-table">
                    <thead>
                        <tr>
                            <th scope="col">{i18n.t("ql-domain")}</th>
                            <th scope="col">{when.clone()}</th>
                            <th scope="col">{i18n.t("ql-now")}</th>
                            <th scope="col">{i18n.t("ql-change-col")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

/// The person's language, for the easy-read versions they read.
fn person_i18n(ctx: QCtx) -> I18n {
    let profile = ctx.profile;
    I18n {
        lang: Signal::derive(move || profile.with(|p| p.settings.language)),
    }
}

fn picture(ctx: QCtx, picto: Option<&PictoRef>, lang: Language) -> String {
    let pictograms = use_pictograms();
    pictograms.ensure_loaded();
    picto
        .and_then(|p| show(pictograms.library().as_deref(), &ctx.state, p, lang, false))
        .map(|s| s.src)
        .unwrap_or_default()
}

/// How a score is said in easy-read.
fn band(score: Option<u8>) -> &'static str {
    match score {
        Some(s) if s >= 75 => "easy-band-good",
        Some(s) if s >= 50 => "easy-band-ok",
        Some(_) => "easy-band-better",
        None => "easy-band-none",
    }
}

/// The report for the person: a picture and short sentences per part of life.
#[component]
pub fn EasyReport(ctx: QCtx, id: String) -> impl IntoView {
    let id = StoredValue::new(id);
    let data = loaded(ctx, id);
    let i18n = ctx.i18n;
    let easy = person_i18n(ctx);
    view! {
        <FacilitatorFrame title=Signal::derive(move || easy.ta("easy-report-title", &[("name", &ctx.name())]))>
            <ReportActions ctx=ctx id=id>
                <button type="button" class="pk-button" on:click=move |_| ctx.go(records::Place::Report(id.get_value()))>{move || i18n.t("ql-report")}</button>
            </ReportActions>
            {move || data.get().map(|(_, inst, report)| {
                let lang = easy.lang.get();
                let text = |texts| inst.text_in(texts, lang).unwrap_or_default().to_owned();
                let rows = report.domains.iter().map(|d| {
                    let domain = inst.domain(&d.domain);
                    let name = domain.map(|dom| text(&dom.name)).unwrap_or_default();
                    let src = picture(ctx, domain.and_then(|dom| dom.picto.as_ref()), lang);
                    let mine = easy.t(band(d.person));
                    let others = easy.t(band(d.others_mean));
                    view! {
                        <li class="pk-easy-row">
                            <img class="pk-easy-row__img" src=src alt="" />
                            <div>
                                <h2 class="pk-easy-row__name">{name}</h2>
                                <p>{easy.ta("easy-you-said", &[("band", &mine)])}</p>
                                {(d.others_count > 0).then(|| view! { <p>{easy.ta("easy-others-said", &[("band", &others)])}</p> })}
                                {d.important.then(|| view! { <p><span aria-hidden="true">"★ "</span>{easy.t("easy-important")}</p> })}
                                {d.disagreement.map(|_| view! { <p><span aria-hidden="true">"⚑ "</span>{easy.t("easy-differ")}</p> })}
                            </div>
                        </li>
                    }
                }).collect_view();
                view! {
                    <div class="pk-easy" lang=lang.tag()>
                        <p class="pk-easy__intro">{easy.t("easy-report-intro")}</p>
                        <ul class="pk-easy-list" role="list">{rows}</ul>
                    </div>
                }
            })}
        </FacilitatorFrame>
    }
}

/// The schedule's entries as the person's day shows them: id, the activity's own words in
/// the profile's language ("Rentar les dents", not the pictogram's "toothbrush"), and its
/// picture.
fn activity_words(ctx: QCtx) -> Memo<Vec<(String, String, PictoRef)>> {
    let schedule = schedule_memo(ctx.state, ctx.id());
    let profile = ctx.profile;
    Memo::new(move |_| {
        let lang = profile.with(|p| p.settings.language);
        schedule.with(|d| {
            d.schedule
                .entries
                .iter()
                .map(|e| {
                    (
                        e.activity.id.clone(),
                        e.activity.name(lang).to_owned(),
                        e.activity.picto.clone(),
                    )
                })
                .collect::<Vec<_>>()
        })
    })
}

/// The goal being written or changed.
#[derive(Clone, Debug, Default, PartialEq)]
struct GoalForm {
    id: Option<String>,
    words: String,
    domain: String,
    picto: Option<PictoRef>,
    supports: String,
    who_helps: String,
    review: String,
    entries: Vec<String>,
}

/// The support plan: goals agreed by consensus, each in the person's own words, and who
/// agreed.
#[component]
pub fn PlanView(ctx: QCtx, id: String) -> impl IntoView {
    let i18n = ctx.i18n;
    let id = StoredValue::new(id);
    let data = loaded(ctx, id);
    let form = RwSignal::new(None::<GoalForm>);
    let problem = RwSignal::new(None::<&'static str>);
    let agree_problem = RwSignal::new(None::<&'static str>);
    let agreeing = RwSignal::new(Vec::<String>::new());
    let picker = RwSignal::new(false);
    let entries = activity_words(ctx);
    let new_goal = move |domain: String| {
        problem.set(None);
        form.set(Some(GoalForm {
            domain,
            ..GoalForm::default()
        }));
    };
    let save = move || {
        let Some(f) = form.get_untracked() else {
            return;
        };
        let Some((_, inst, _)) = data.get_untracked() else {
            return;
        };
        let review = match f.review.trim() {
            "" => None,
            text => match text.parse::<Date>() {
                Ok(date) => Some(date),
                Err(_) => {
                    problem.set(Some("ql-goal-bad-date"));
                    return;
                }
            },
        };
        let result = id.with_value(|aid| {
            ctx.change(aid, |a| {
                let goal = Goal {
                    id: f.id.clone().unwrap_or_else(|| a.plan.new_goal_id()),
                    words: f.words.clone(),
                    domain: f.domain.clone(),
                    picto: f.picto.clone(),
                    supports: f.supports.clone(),
                    who_helps: f.who_helps.clone(),
                    review,
                    schedule_entries: f.entries.clone(),
                };
                match &f.id {
                    Some(_) => a.plan.update_goal(&inst, goal).map(|_| ()),
                    None => a.plan.add_goal(&inst, goal),
                }
            })
        });
        match result {
            Some(Err(p)) => problem.set(Some(p.message_id())),
            _ => {
                problem.set(None);
                form.set(None);
            }
        }
    };
    let agree = move || {
        let who = agreeing.get_untracked();
        let result = id.with_value(|aid| ctx.change(aid, |a| a.agree_plan(&who, today())));
        match result {
            Some(Err(p)) => agree_problem.set(Some(p.message_id())),
            _ => agree_problem.set(None),
        }
    };
    let form_open = Memo::new(move |_| form.with(Option::is_some));
    let title = move || i18n.ta("ql-plan-title", &[("name", &ctx.name())]);
    view! {
        <FacilitatorFrame title=Signal::derive(title)>
            <ReportActions ctx=ctx id=id>
                <button type="button" class="pk-button pk-button--primary" on:click=move |_| ctx.go(records::Place::EasyPlan(id.get_value()))>
                    {move || i18n.t("ql-easy-plan")}
                </button>
                <button type="button" class="pk-button" on:click=move |_| ctx.go(records::Place::Report(id.get_value()))>{move || i18n.t("ql-report")}</button>
            </ReportActions>
            {move || data.get().map(|(a, inst, report)| {
                let lang = i18n.lang.get();
                let domain_name = |d: &str| inst.domain(d).map(|dom| ctx.text(&inst, &dom.name)).unwrap_or_default();
                let person = a.person().map(|p| p.name.clone()).unwrap_or_else(|| ctx.name());
                let priorities = report.priorities.iter().map(|p| {
                    let name = domain_name(&p.domain);
                    let domain = p.domain.clone();
                    let add_name = i18n.ta("ql-goal-for-name", &[("domain", &name)]);
                    view! {
                        <li class="pk-ql-row">
                            <span class="pk-ql-row__text">{name}</span>
                            <button type="button" class="pk-button" aria-label=add_name on:click=move |_| new_goal(domain.clone())>
                                {i18n.t("ql-goal-for")}
                            </button>
                        </li>
                    }
                }).collect_view();
                let goals = a.plan.goals.iter().map(|goal| {
                    let g = goal.clone();
                    let words = goal.words.clone();
                    let edit_name = i18n.ta("ql-goal-edit-name", &[("words", &words)]);
                    let remove_name = i18n.ta("ql-goal-remove-name", &[("words", &words)]);
                    let gid = goal.id.clone();
                    let linked: Vec<String> = entries.get().into_iter().filter(|(id, _, _)| goal.schedule_entries.contains(id)).map(|(_, n, _)| n).collect();
                    let picto = goal.picto.clone().or_else(|| inst.domain(&goal.domain).and_then(|d| d.picto.clone()));
                    let src = picture(ctx, picto.as_ref(), lang);
                    let fact = |key: &'static str, value: String| {
                        (!value.trim().is_empty()).then(|| view! { <dt>{i18n.t(key)}</dt><dd>{value}</dd> })
                    };
                    view! {
                        <li class="pk-ql-goal">
                            {(!src.is_empty()).then(|| view! { <img class="pk-ql-goal__img" src=src alt="" /> })}
                            <div class="pk-ql-goal__text">
                                <h3 class="pk-ql-goal__words">{format!("“{}”", goal.words)}</h3>
                                <dl class="pk-ql-goal__facts">
                                    {fact("ql-goal-domain", domain_name(&goal.domain))}
                                    {fact("ql-goal-supports", goal.supports.clone())}
                                    {fact("ql-goal-who", goal.who_helps.clone())}
                                    {fact("ql-goal-review", goal.review.map(|d| date_words_year(lang, d)).unwrap_or_default())}
                                    {(!linked.is_empty()).then(|| view! { <dt>{i18n.t("ql-goal-schedule")}</dt><dd>{linked.join(", ")}</dd> })}
                                </dl>
                            </div>
                            <div class="pk-ql-row__actions pk-no-print">
                                <button type="button" class="pk-button" aria-label=edit_name on:click=move |_| {
                                    problem.set(None);
                                    form.set(Some(GoalForm {
                                        id: Some(g.id.clone()), words: g.words.clone(), domain: g.domain.clone(), picto: g.picto.clone(),
                                        supports: g.supports.clone(), who_helps: g.who_helps.clone(),
                                        review: g.review.map(|d| d.to_string()).unwrap_or_default(), entries: g.schedule_entries.clone(),
                                    }));
                                }>{i18n.t("ql-goal-edit")}</button>
                                <button type="button" class="pk-button pk-button--danger" aria-label=remove_name on:click=move |_| {
                                    id.with_value(|aid| ctx.change(aid, |a| a.plan.remove_goal(&gid)));
                                }>{i18n.t("ql-goal-remove")}</button>
                            </div>
                        </li>
                    }
                }).collect_view();
                let agreed = a.plan.agreed_on.map(|date| {
                    let names: Vec<String> = a.plan.agreed_by.iter().filter_map(|w| a.informant(w)).map(|m| m.name.clone()).collect();
                    i18n.ta("ql-plan-agreed", &[("date", &date_words_year(lang, date)), ("names", &names.join(", "))])
                });
                let team = a.team.clone();
                let no_goals = a.plan.goals.is_empty();
                view! {
                    <section class="pk-fac-section pk-ql-block pk-no-print" aria-labelledby="ql-start-heading">
                        <h2 id="ql-start-heading" class="pk-fac-section__title">{i18n.t("ql-plan-start")}</h2>
                        <p class="pk-fac-hint">{i18n.ta("ql-plan-hint", &[("person", &person)])}</p>
                        <p class="pk-fac-hint">{priority_rule(i18n, &report, &person)}</p>
                        {report.priorities.is_empty().then(|| view! { <p class="pk-empty">{i18n.t("ql-priorities-none")}</p> })}
                        <ul class="pk-ql-list" role="list">{priorities}</ul>
                        {marked_by_others(ctx, &inst, &report, &person).into_iter().map(|words| view! { <p class="pk-fac-hint"><span aria-hidden="true">"☆ "</span>{words}</p> }).collect_view()}
                        <button type="button" class="pk-button pk-button--primary" on:click=move |_| new_goal(String::new())>
                            {i18n.t("ql-goal-new")}
                        </button>
                    </section>
                    <section class="pk-fac-section pk-ql-block" aria-labelledby="ql-goals-heading">
                        <h2 id="ql-goals-heading" class="pk-fac-section__title">{i18n.t("ql-goals")}</h2>
                        {no_goals.then(|| view! { <p class="pk-empty">{i18n.t("ql-goals-none")}</p> })}
                        <ul class="pk-ql-goals" role="list">{goals}</ul>
                    </section>
                    <section class="pk-fac-section pk-ql-block" aria-labelledby="ql-agree-heading">
                        <h2 id="ql-agree-heading" class="pk-fac-section__title">{i18n.t("ql-agree")}</h2>
                        {agreed.clone().map(|words| view! { <p class="pk-message pk-message--info" role="status">{words}</p> })}
                        <fieldset class="pk-fieldset pk-no-print">
                            <legend class="pk-field__label">{i18n.t("ql-agree-who")}</legend>
                            <div class="pk-choices">
                                {team.into_iter().map(|m| {
                                    let w = m.id.clone();
                                    let w2 = m.id.clone();
                                    view! {
                                        <label class="pk-check">
                                            <input type="checkbox"
                                                prop:checked=move || agreeing.with(|a| a.contains(&w))
                                                on:change=move |ev| {
                                                    let on = event_target_checked(&ev);
                                                    agreeing.update(|a| { a.retain(|x| x != &w2); if on { a.push(w2.clone()); } });
                                                } />
                                            <span>{format!("{} ({})", m.name, role_name(i18n, m.role))}</span>
                                        </label>
                                    }
                                }).collect_view()}
                            </div>
                        </fieldset>
                        <p class="pk-field__error" role="alert">{move || agree_problem.get().map(|p| i18n.t(p))}</p>
                        <button type="button" class="pk-button pk-button--primary pk-no-print" on:click=move |_| agree()>{i18n.t("ql-agree-button")}</button>
                    </section>
                }
            })}
            // Drawn when the form opens or closes, not at each key: focus stays in the field.
            {move || form_open.get().then(|| {
                let domains = data.with(|d| d.as_ref().map(|(_, inst, _)| inst.domains.iter().map(|dom| (dom.id.clone(), ctx.text(inst, &dom.name), dom.picto.clone())).collect::<Vec<_>>())).unwrap_or_default();
                let field = move |get: fn(&GoalForm) -> String, set: fn(&mut GoalForm, String)| {
                    (
                        move || form.with(|f| f.as_ref().map(get).unwrap_or_default()),
                        move |ev| { let v = event_target_value(&ev); form.update(|f| if let Some(f) = f { set(f, v) }); },
                    )
                };
                let (words, set_words) = field(|f| f.words.clone(), |f, v| f.words = v);
                let (supports, set_supports) = field(|f| f.supports.clone(), |f, v| f.supports = v);
                let (who, set_who) = field(|f| f.who_helps.clone(), |f, v| f.who_helps = v);
                let (review, set_review) = field(|f| f.review.clone(), |f, v| f.review = v);
                let domain_pictos = domains.clone();
                let current_picture = move || {
                    form.with(|f| {
                        let f = f.as_ref()?;
                        let picto = f.picto.clone().or_else(|| domain_pictos.iter().find(|(id, _, _)| id == &f.domain).and_then(|(_, _, p)| p.clone()))?;
                        Some(picture(ctx, Some(&picto), i18n.lang.get()))
                    })
                };
                view! {
                    <section class="pk-fac-section pk-ql-block pk-ql-goal-form pk-no-print" aria-labelledby="ql-form-heading">
                        <h2 id="ql-form-heading" class="pk-fac-section__title">{move || i18n.t("ql-goal-form")}</h2>
                        <div class="pk-field">
                            <label class="pk-field__label" for="ql-goal-words">{move || i18n.t("ql-goal-words")}</label>
                            <p class="pk-fac-hint" id="ql-goal-words-hint">{move || i18n.t("ql-goal-words-hint")}</p>
                            <textarea id="ql-goal-words" class="pk-input" rows="2" maxlength="500" aria-describedby="ql-goal-words-hint"
                                prop:value=words on:input=set_words></textarea>
                        </div>
                        <div class="pk-field">
                            <label class="pk-field__label" for="ql-goal-domain">{move || i18n.t("ql-goal-domain")}</label>
                            <select id="ql-goal-domain" class="pk-input"
                                on:change=move |ev| { let v = event_target_value(&ev); form.update(|f| if let Some(f) = f { f.domain = v }); }>
                                <option value="" selected=move || form.with(|f| f.as_ref().is_some_and(|f| f.domain.is_empty()))>{move || i18n.t("ql-goal-domain-choose")}</option>
                                {domains.into_iter().map(|(did, name, _)| {
                                    let d2 = did.clone();
                                    view! { <option value=did selected=move || form.with(|f| f.as_ref().is_some_and(|f| f.domain == d2))>{name}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                        <div class="pk-field">
                            <span class="pk-field__label">{move || i18n.t("ql-goal-picture")}</span>
                            <div class="pk-ql-goal-picture">
                                {move || current_picture().map(|src| view! { <img src=src alt="" /> })}
                                <button type="button" class="pk-button" on:click=move |_| picker.set(true)>{move || i18n.t("ql-goal-choose-picture")}</button>
                            </div>
                        </div>
                        <div class="pk-field">
                            <label class="pk-field__label" for="ql-goal-supports">{move || i18n.t("ql-goal-supports")}</label>
                            <textarea id="ql-goal-supports" class="pk-input" rows="2" maxlength="500" prop:value=supports on:input=set_supports></textarea>
                        </div>
                        <div class="pk-field">
                            <label class="pk-field__label" for="ql-goal-who">{move || i18n.t("ql-goal-who")}</label>
                            <input id="ql-goal-who" class="pk-input" type="text" maxlength="500" prop:value=who on:input=set_who />
                        </div>
                        <div class="pk-field">
                            <label class="pk-field__label" for="ql-goal-review">{move || i18n.t("ql-goal-review")}</label>
                            <input id="ql-goal-review" class="pk-input pk-input--short" type="date" prop:value=review on:input=set_review />
                        </div>
                        <Show when=move || entries.with(|e| !e.is_empty())>
                            <fieldset class="pk-fieldset">
                                <legend class="pk-field__label">{move || i18n.t("ql-goal-schedule")}</legend>
                                <div class="pk-choices">
                                    {move || entries.get().into_iter().map(|(eid, name, _)| {
                                        let (e1, e2) = (eid.clone(), eid.clone());
                                        view! {
                                            <label class="pk-check">
                                                <input type="checkbox"
                                                    prop:checked=move || form.with(|f| f.as_ref().is_some_and(|f| f.entries.contains(&e1)))
                                                    on:change=move |ev| {
                                                        let on = event_target_checked(&ev);
                                                        form.update(|f| if let Some(f) = f { f.entries.retain(|x| x != &e2); if on { f.entries.push(e2.clone()); } });
                                                    } />
                                                <span>{name}</span>
                                            </label>
                                        }
                                    }).collect_view()}
                                </div>
                            </fieldset>
                        </Show>
                        <p class="pk-field__error" role="alert">{move || problem.get().map(|p| i18n.t(p))}</p>
                        <div class="pk-fac-actions">
                            <button type="button" class="pk-button pk-button--primary" on:click=move |_| save()>{move || i18n.t("ql-goal-save")}</button>
                            <button type="button" class="pk-button" on:click=move |_| form.set(None)>{move || i18n.t("ql-goal-cancel")}</button>
                        </div>
                    </section>
                }
            })}
            <PictoPicker open=picker profile_id=ctx.id() on_pick=Callback::new(move |picked: Vec<PictoRef>| {
                if let Some(p) = picked.into_iter().next() {
                    form.update(|f| if let Some(f) = f { f.picto = Some(p) });
                }
            }) />
        </FacilitatorFrame>
    }
}

/// The plan for the person: each goal as a picture and their own words, who helps, and when
/// it is looked at again.
#[component]
pub fn EasyPlan(ctx: QCtx, id: String) -> impl IntoView {
    let id = StoredValue::new(id);
    let data = loaded(ctx, id);
    let i18n = ctx.i18n;
    let easy = person_i18n(ctx);
    let entries = activity_words(ctx);
    view! {
        <FacilitatorFrame title=Signal::derive(move || easy.ta("easy-plan-title", &[("name", &ctx.name())]))>
            <ReportActions ctx=ctx id=id>
                <button type="button" class="pk-button" on:click=move |_| ctx.go(records::Place::Plan(id.get_value()))>{move || i18n.t("ql-plan")}</button>
            </ReportActions>
            {move || data.get().map(|(a, inst, _)| {
                let lang = easy.lang.get();
                let goals = a.plan.goals.iter().map(|goal| {
                    let domain = inst.domain(&goal.domain);
                    let picto = goal.picto.clone().or_else(|| domain.and_then(|d| d.picto.clone()));
                    view! {
                        <li class="pk-easy-row">
                            {let src = picture(ctx, picto.as_ref(), lang); (!src.is_empty()).then(|| view! { <img class="pk-easy-row__img" src=src alt="" /> })}
                            <div>
                                <h2 class="pk-easy-row__name">{goal.words.clone()}</h2>
                                {(!goal.who_helps.trim().is_empty()).then(|| view! { <p>{easy.ta("easy-who-helps", &[("who", &goal.who_helps)])}</p> })}
                                {(!goal.supports.trim().is_empty()).then(|| view! { <p>{easy.ta("easy-supports", &[("supports", &goal.supports)])}</p> })}
                                {goal.review.map(|d| view! { <p>{easy.ta("easy-review", &[("date", &date_words_year(lang, d))])}</p> })}
                                {entries.get().into_iter().filter(|(id, _, _)| goal.schedule_entries.contains(id)).map(|(_, words, picto)| {
                                    let src = picture(ctx, Some(&picto), lang);
                                    view! {
                                        <p class="pk-easy-day">
                                            {(!src.is_empty()).then(|| view! { <img class="pk-easy-day__img" src=src alt="" /> })}
                                            <span>{easy.ta("easy-in-my-day", &[("activity", &words)])}</span>
                                        </p>
                                    }
                                }).collect_view()}
                            </div>
                        </li>
                    }
                }).collect_view();
                let agreed = a.plan.agreed_on.map(|date| {
                    let names: Vec<String> = a.plan.agreed_by.iter().filter_map(|w| a.informant(w)).map(|m| m.name.clone()).collect();
                    easy.ta("easy-agreed", &[("date", &date_words_year(lang, date)), ("names", &names.join(", "))])
                });
                view! {
                    <div class="pk-easy" lang=lang.tag()>
                        <p class="pk-easy__intro">{easy.t("easy-plan-intro")}</p>
                        <ul class="pk-easy-list" role="list">{goals}</ul>
                        {agreed.map(|words| view! { <p class="pk-easy__agreed">{words}</p> })}
                    </div>
                }
            })}
        </FacilitatorFrame>
    }
}
