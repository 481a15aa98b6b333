//! Paper: a shopping list, a day strip, a week of strips, a routine's steps and the
//! person's own pictograms, laid out to print and cut out. Each sheet is its own screen
//! (`Route::Print`, what follows `print/` in the address): `list/<list id>`,
//! `day/<YYYY-MM-DD>`, `week/<YYYY-MM-DD>` (the week of that date), `routine/<id>`, `board`. The
//! screen shows the sheet as it will print, with "Print" and "Back" above it, which the
//! print style hides. Pictograms print at the size the person knows from the screen (4 cm
//! on a strip), in colour, each card kept whole on one page, with dashed lines to cut.

use crate::i18n::{use_i18n, I18n};
use crate::library::{show, use_pictograms};
use crate::routes::{use_router, Route};
use crate::schedule::{date_words, schedule_memo, weekday_words};
use crate::state::use_state;
use crate::views::facilitator::{FacilitatorFrame, FacilitatorHome};
use crate::views::schedule::time_words;
use jiff::civil::Date;
use jiff::ToSpan;
use leptos::prelude::*;
use pictokit_domain::money::format_euros;
use pictokit_domain::picto::PictoRef;
use pictokit_domain::schedule::{name_in, Change, Occurrence};
use pictokit_domain::Language;

/// What a print screen shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sheet {
    /// A shopping list, by id.
    List(String),
    /// One day.
    Day(Date),
    /// The week (Monday to Sunday) of a date.
    Week(Date),
    /// A routine's steps, by routine id.
    Routine(String),
    /// The person's own pictograms ("My pictograms").
    Board,
    /// The results picture of a sorting mat's session: mat id, session id.
    Sorting(String, String),
}

impl Sheet {
    /// Reads the part of the address after `print/`.
    pub fn parse(rest: &str) -> Option<Sheet> {
        match rest.split('/').collect::<Vec<_>>().as_slice() {
            ["list", id] if !id.is_empty() => Some(Sheet::List((*id).to_owned())),
            ["day", date] => date.parse().ok().map(Sheet::Day),
            ["week", date] => date.parse().ok().map(Sheet::Week),
            ["routine", id] if !id.is_empty() => Some(Sheet::Routine((*id).to_owned())),
            ["board"] => Some(Sheet::Board),
            ["sorting", mat, session] if !mat.is_empty() && !session.is_empty() => {
                Some(Sheet::Sorting((*mat).to_owned(), (*session).to_owned()))
            }
            _ => None,
        }
    }

    /// The part of the address after `print/`.
    pub fn path(&self) -> String {
        match self {
            Sheet::List(id) => format!("list/{id}"),
            Sheet::Day(date) => format!("day/{date}"),
            Sheet::Week(date) => format!("week/{date}"),
            Sheet::Routine(id) => format!("routine/{id}"),
            Sheet::Board => "board".to_owned(),
            Sheet::Sorting(mat, session) => format!("sorting/{mat}/{session}"),
        }
    }
}

/// Prints the page (the print stylesheets leave the screen's controls out).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// A card: the picture over its name, and a line of detail.
fn card(src: String, name: String, detail: Option<String>, cancelled: bool) -> impl IntoView {
    view! {
        <li class="pk-print-card" class:pk-print-card--cancelled=cancelled>
            <img class="pk-print-card__img" src=src alt="" />
            <span class="pk-print-card__name">{name}</span>
            {detail.map(|detail| view! { <span class="pk-print-card__detail">{detail}</span> })}
        </li>
    }
}

/// The screen of a sheet of a person.
#[component]
pub fn PrintScreen(
    /// Whose.
    profile_id: String,
    /// Which sheet (see [`Sheet::parse`]).
    what: String,
) -> impl IntoView {
    let state = use_state();
    let router = use_router();
    let i18n = use_i18n();
    let pictograms = use_pictograms();
    pictograms.ensure_loaded();
    let (Some(profile), Some(sheet)) = (state.profile(&profile_id), Sheet::parse(&what)) else {
        return view! { <FacilitatorHome /> }.into_any();
    };
    let lang = profile.settings.language;
    let name = profile.settings.name.clone();
    // The controls speak the facilitator's language; the sheet, the person's.
    let controls = i18n;
    let i18n = I18n {
        lang: Signal::derive(move || lang),
    };
    let picture = move |picto: &PictoRef| {
        show(pictograms.library().as_deref(), &state, picto, lang, false)
            .map(|shown| (shown.src, shown.label))
            .unwrap_or_default()
    };
    let back = {
        let id = profile_id.clone();
        let sheet = sheet.clone();
        move |_| match &sheet {
            Sheet::List(list) => router.go(Route::ShoppingList(id.clone(), list.clone())),
            Sheet::Board => router.go(Route::Board(id.clone())),
            Sheet::Sorting(mat, _) => {
                router.go(crate::workshop::Place::Mat(mat.clone()).route(&id))
            }
            _ => router.go(Route::Schedule(id.clone())),
        }
    };

    let (title, class, body) = match sheet {
        Sheet::List(list_id) => {
            let Some(list) = state
                .shopping
                .with_untracked(|all| all.get(&profile_id).and_then(|s| s.list(&list_id).cloned()))
            else {
                return view! { <FacilitatorHome /> }.into_any();
            };
            let title = i18n.ta("print-list-title", &[("name", &name), ("list", &list.name)]);
            let budget = list
                .budget
                .map(|budget| i18n.ta("print-budget", &[("amount", &format_euros(budget, lang))]));
            let body = move || {
                let cards = list
                    .items
                    .iter()
                    .map(|item| {
                        let (src, _) = picture(&item.picto);
                        let mut detail = vec![
                            i18n.ta("print-quantity", &[("count", &item.quantity.to_string())])
                        ];
                        if let Some(price) = item.price {
                            detail.push(format_euros(price, lang));
                        }
                        card(src, item.name.clone(), Some(detail.join(" · ")), false)
                    })
                    .collect_view();
                view! {
                    {budget.clone().map(|budget| view! { <p class="pk-print-note">{budget}</p> })}
                    <ul class="pk-print-cards pk-print-cards--list">{cards}</ul>
                }
            };
            (title, "pk-print pk-print--list", body.into_any())
        }
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
            (title, "pk-print pk-print--day", body.into_any())
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
            (
                title,
                "pk-print pk-print--week",
                view! { <div class="pk-print-week">{body}</div> }.into_any(),
            )
        }
        Sheet::Routine(routine_id) => {
            let decoded = schedule_memo(state, profile_id.clone());
            let Some(routine) =
                decoded.with_untracked(|d| d.schedule.routine(&routine_id).cloned())
            else {
                return view! { <FacilitatorHome /> }.into_any();
            };
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
            (title, "pk-print pk-print--routine", body.into_any())
        }
        Sheet::Board => {
            let title = i18n.ta("print-board-title", &[("name", &name)]);
            let id = profile_id.clone();
            let body = move || {
                let cards = state
                    .pictos_of(&id)
                    .board
                    .iter()
                    .map(|picto| {
                        let (src, label) = picture(picto);
                        card(src, label, None, false)
                    })
                    .collect_view();
                view! { <ul class="pk-print-cards pk-print-cards--board">{cards}</ul> }
            };
            (title, "pk-print pk-print--board", body.into_any())
        }
        Sheet::Sorting(mat_id, session_id) => {
            let (record, _) = crate::workshop::sorting_of(&state, &profile_id);
            let (Some(mat), Some(session)) = (
                record.mat(&mat_id).cloned(),
                record.session(&session_id).cloned(),
            ) else {
                return view! { <FacilitatorHome /> }.into_any();
            };
            let when = crate::views::history::when_words(lang, session.started_ms);
            let title = i18n.ta(
                "sorting-print-title",
                &[("name", &name), ("topic", &mat.topic), ("when", &when)],
            );
            let body = move || {
                session
                    .result(&mat)
                    .into_iter()
                    .map(|(place, cards)| {
                        let cards = if cards.is_empty() {
                            view! { <li class="pk-print-empty">{i18n.t("sorting-result-none")}</li> }
                                .into_any()
                        } else {
                            cards
                                .into_iter()
                                .map(|item| {
                                    let (src, _) = picture(&item.picto);
                                    card(src, item.label.clone(), None, false)
                                })
                                .collect_view()
                                .into_any()
                        };
                        view! {
                            <section class="pk-print-sorting__place">
                                <h3 class="pk-print-sorting__heading">
                                    <img src=crate::views::sorting::place_picture(place, false) alt="" />
                                    <span>{i18n.t(place.message_id())}</span>
                                </h3>
                                <ul class="pk-print-cards pk-print-cards--sorting">{cards}</ul>
                            </section>
                        }
                    })
                    .collect_view()
            };
            (
                title,
                "pk-print pk-print--sorting",
                view! { <div class="pk-print-sorting">{body}</div> }.into_any(),
            )
        }
    };

    view! {
        <FacilitatorFrame title=Signal::derive(move || title.clone())>
            <div class=class>
                <div class="pk-print__controls">
                    <button type="button" class="pk-button" on:click=back>
                        <span aria-hidden="true">"← "</span>
                        {move || controls.t("print-back")}
                    </button>
                    <button type="button" class="pk-button pk-button--primary" on:click=move |_| print()>
                        {move || controls.t("print-now")}
                    </button>
                    <p class="pk-fac-hint">{move || controls.t("print-hint")}</p>
                </div>
                <div class="pk-print__sheet" lang=lang.tag()>{body}</div>
            </div>
        </FacilitatorFrame>
    }
    .into_any()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheets_round_trip_and_bad_ones_are_none() {
        for sheet in [
            Sheet::List("l-1".into()),
            Sheet::Day("2026-11-24".parse().unwrap_or_default()),
            Sheet::Week("2026-11-24".parse().unwrap_or_default()),
            Sheet::Routine("r-1".into()),
            Sheet::Board,
            Sheet::Sorting("m-1".into(), "s-1".into()),
        ] {
            assert_eq!(Sheet::parse(&sheet.path()), Some(sheet));
        }
        for bad in [
            "",
            "list/",
            "day/2026-13-40",
            "week/tomorrow",
            "poster/1",
            "routine/",
            "board/1",
            "sorting/m-1",
            "sorting//s-1",
        ] {
            assert_eq!(Sheet::parse(bad), None, "{bad}");
        }
    }
}
