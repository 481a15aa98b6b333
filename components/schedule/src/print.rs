//! The day on paper: a day strip (`print/day/<date>`), a week of strips
//! (`print/week/<date>`) and a routine's steps (`print/routine/<id>`).

use crate::facilitator::time_words;
use jiff::ToSpan;
use leptos::prelude::*;
use pictokit_domain::picto::PictoRef;
use pictokit_domain::schedule::{name_in, Change, Occurrence};
use pictokit_domain::Language;
use pictokit_shell::device::{date_words, weekday_words};
use pictokit_shell::i18n::I18n;
use pictokit_shell::print::{card, Printed, Sheet, SheetCtx};
use pictokit_shell::records::schedule_memo;
use pictokit_shell::routes::Route;

/// A day, a week or a routine of the person's schedule.
pub fn print_sheet(ctx: &SheetCtx, sheet: &Sheet) -> Option<Printed> {
    let (state, lang, i18n) = (ctx.state, ctx.lang, ctx.i18n);
    let (name, profile_id) = (ctx.name.clone(), ctx.profile_id.clone());
    let picture = ctx.picture();
    match sheet.clone() {
        Sheet::Day(date) => {
            let decoded = schedule_memo(state, profile_id.clone());
            let title = i18n.ta(
                "print-day-title",
                &[("name", &name), ("date", &date_words(lang, date))],
            );
            let body = move || {
                let day = decoded.with(|d| d.schedule.day(date));
                view! { <ul class="pk-print-cards pk-print-cards--strip">{strip(i18n, lang, &day, picture)}</ul> }
            };
            Some(Printed {
                title,
                class: "pk-print pk-print--day",
                body: body.into_any(),
                back: Route::Schedule(profile_id.clone()),
            })
        }
        Sheet::Week(date) => {
            let decoded = schedule_memo(state, profile_id.clone());
            let monday =
                date.saturating_sub((i64::from(date.weekday().to_monday_one_offset()) - 1).days());
            let title = i18n.ta(
                "print-week-title",
                &[("name", &name), ("date", &date_words(lang, monday))],
            );
            let body = move || {
                (0..7)
                    .map(|offset| {
                        let day_date = monday.saturating_add(offset.days());
                        let day = decoded.with(|d| d.schedule.day(day_date));
                        let weekday = weekday_words(lang, (offset + 1) as u8, false);
                        view! {
                            <section class="pk-print-week__day">
                                <h3 class="pk-print-week__name">{weekday}</h3>
                                <ul class="pk-print-cards pk-print-cards--column">{strip(i18n, lang, &day, picture)}</ul>
                            </section>
                        }
                    })
                    .collect_view()
            };
            Some(Printed {
                title,
                class: "pk-print pk-print--week",
                body: view! { <div class="pk-print-week">{body}</div> }.into_any(),
                back: Route::Schedule(profile_id.clone()),
            })
        }
        Sheet::Routine(routine_id) => {
            let decoded = schedule_memo(state, profile_id.clone());
            let routine = decoded.with_untracked(|d| d.schedule.routine(&routine_id).cloned())?;
            let title = i18n.ta(
                "print-routine-title",
                &[("name", &name), ("routine", routine.label.name(lang))],
            );
            let body = move || {
                let steps = routine
                    .steps
                    .iter()
                    .enumerate()
                    .map(|(index, step)| {
                        let (src, label) = picture(&step.picto);
                        let step_name = match step.name(lang) {
                            "" => label,
                            named => named.to_owned(),
                        };
                        let number = i18n.ta("print-step", &[("n", &(index + 1).to_string())]);
                        card(src, step_name, Some(number), false)
                    })
                    .collect_view();
                view! { <ol class="pk-print-cards pk-print-cards--strip">{steps}</ol> }
            };
            Some(Printed {
                title,
                class: "pk-print pk-print--routine",
                body: body.into_any(),
                back: Route::Schedule(profile_id.clone()),
            })
        }
        _ => None,
    }
}

/// The cards of a day's activities, in order; a cancelled one says so in words.
fn strip(
    i18n: I18n,
    lang: Language,
    day: &[Occurrence],
    picture: impl Fn(&PictoRef) -> (String, String) + Copy,
) -> impl IntoView {
    if day.is_empty() {
        return view! { <li class="pk-print-empty">{i18n.t("print-nothing")}</li> }.into_any();
    }
    day.iter()
        .map(|occurrence| {
            let (src, label) = picture(&occurrence.activity.picto);
            let activity_name = name_in(&occurrence.activity.names, lang).to_owned();
            let name = if activity_name.is_empty() {
                label
            } else {
                activity_name
            };
            let cancelled = matches!(occurrence.change, Some(Change::Cancelled));
            let mut detail = time_words(i18n, occurrence);
            if cancelled {
                detail = i18n.ta("print-cancelled", &[("time", &detail)]);
            }
            card(src, name, Some(detail), cancelled)
        })
        .collect_view()
        .into_any()
}
