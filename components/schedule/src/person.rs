//! The schedule in person mode: what happens now (large, with its timer), what comes
//! next, the rest of the day as a strip; done activities move aside and can be undone;
//! routines play one step at a time; a week with pictures per day; reminders that show
//! and speak before an activity. A change of plan is always shown as a change.

use crate::facilitator::time_words;
use crate::reminders::{ReminderDialog, Shown};
use jiff::civil::Date;
use jiff::Timestamp;
use leptos::prelude::*;
use pictokit_domain::profile::{Component, Profile};
use pictokit_domain::schedule::{
    format_time, Change, DayPart, DayView, Kind, NowNext, Occurrence, OccurrenceKey, Timer,
};
use pictokit_kit::{PictoGrid, TileSpec};
use pictokit_pictograms::component_symbol;
use pictokit_pictograms::ui::{self, UiPicture};
use pictokit_shell::person::BigButton;
use pictokit_shell::person::PersonCtx;
use pictokit_shell::routes::{DayPlace, Route};
use {
    pictokit_shell::device::{
        self, chime, date_words, keep_awake, now, ticking_clock, weekday_words,
    },
    pictokit_shell::records::{schedule_memo, update_schedule, Decoded},
};

fn part_symbol(part: DayPart) -> UiPicture {
    match part {
        DayPart::Morning => ui::MORNING,
        DayPart::Afternoon => ui::AFTERNOON,
        DayPart::Evening => ui::EVENING,
    }
}

/// The schedule screens of person mode, for [`pictokit_shell::person::ComponentScreens`].
pub fn day_screens(route: Route, profile: Signal<Profile>) -> Option<AnyView> {
    let Route::Day(_, place) = route else {
        return None;
    };
    Some(match place {
        DayPlace::Today => view! { <Today profile=profile /> }.into_any(),
        DayPlace::Week => view! { <Week profile=profile /> }.into_any(),
        DayPlace::Routine(entry, date) => {
            view! { <RoutinePlayer profile=profile entry=entry date=date /> }.into_any()
        }
        DayPlace::FirstThen(board) => {
            view! { <FirstThenBoard profile=profile board=board /> }.into_any()
        }
    })
}

/// What every person screen of the schedule needs: the person's context, and their
/// schedule.
#[derive(Clone, Copy)]
struct Ctx {
    person: PersonCtx,
    decoded: Memo<Decoded>,
}

impl std::ops::Deref for Ctx {
    type Target = PersonCtx;

    fn deref(&self) -> &PersonCtx {
        &self.person
    }
}

impl Ctx {
    fn new(profile: Signal<Profile>) -> Ctx {
        let person = PersonCtx::new(profile);
        person.pictograms.ensure_loaded();
        Ctx {
            person,
            decoded: schedule_memo(person.state, person.id()),
        }
    }

    fn go(&self, place: DayPlace) {
        self.router.replace(Route::Day(self.id(), place));
    }

    fn sounds(&self) -> bool {
        self.decoded.with_untracked(|d| d.schedule.settings.sounds)
    }

    fn change(&self, f: impl FnOnce(&mut pictokit_domain::schedule::Schedule)) {
        update_schedule(self.state, &self.id(), f);
    }
}

/// How an occurrence is said: "Swimming, 10:00 to 11:00, at the pool".
fn spoken(ctx: Ctx, occ: &Occurrence) -> String {
    let lang = ctx.lang();
    // Starts with the words on screen ("Swimming 10:00–11:00"), so the name a screen
    // reader or voice control hears matches what is seen.
    let mut words = vec![format!(
        "{} {}",
        occ.activity.name(lang),
        time_words(ctx.i18n, occ)
    )];
    if let Some(place) = &occ.activity.place {
        words.push(ctx.i18n.ta("day-at-place", &[("place", place.name(lang))]));
    }
    if let Some(helper) = &occ.activity.helper {
        words.push(
            ctx.i18n
                .ta("day-with-helper", &[("name", helper.name(lang))]),
        );
    }
    words.join(", ")
}

/// The words of a change of plan: "Today no swimming: library instead".
fn change_words(ctx: Ctx, occ: &Occurrence) -> Option<String> {
    let lang = ctx.lang();
    match &occ.change {
        Some(Change::Cancelled) => Some(
            ctx.i18n
                .ta("day-change-cancelled", &[("name", occ.activity.name(lang))]),
        ),
        Some(Change::Instead { planned }) => Some(ctx.i18n.ta(
            "day-change-instead",
            &[
                ("planned", planned.name(lang)),
                ("name", occ.activity.name(lang)),
            ],
        )),
        None => None,
    }
}

/// The top of every schedule screen: the day and its part in pictures, and the way back.
#[component]
fn DayHeader(ctx: Ctx, clock: ReadSignal<Timestamp>, title: &'static str) -> impl IntoView {
    let i18n = ctx.i18n;
    let when = Memo::new(move |_| {
        let now = clock.get();
        ctx.decoded.with(|d| {
            let date = d.schedule.date_at(now);
            let zoned = now.to_zoned_datetime(d.schedule.time_zone());
            (
                date,
                DayPart::of(zoned.time()),
                zoned.time(),
                d.schedule.settings.show_clock,
            )
        })
    });
    view! {
        <header class="pk-day-header">
            <img class="pk-day-header__part" src=move || ctx.symbol(part_symbol(when.get().1)) alt="" />
            <div class="pk-day-header__text">
                <h2 class="pk-day-header__title">{move || i18n.t(title)}</h2>
                <p class="pk-day-header__when">
                    {move || {
                        let (date, part, time, show_clock) = when.get();
                        let mut text = format!("{} · {}", date_words(ctx.lang(), date), i18n.t(&format!("day-part-{}", part.as_str())));
                        if show_clock {
                            text.push_str(&format!(" · {}", format_time(time)));
                        }
                        text
                    }}
                </p>
            </div>
        </header>
    }
}

/// The visual timer: a coloured disc that shrinks; tap to hear the time left.
#[component]
fn TimerDisc(ctx: Ctx, timer: Timer, clock: ReadSignal<Timestamp>) -> impl IntoView {
    let i18n = ctx.i18n;
    let left = Memo::new(move |_| timer.minutes_left(clock.get()));
    let over = Memo::new(move |_| timer.is_over(clock.get()));
    let words = Signal::derive(move || {
        if over.get() {
            i18n.t("day-timer-over")
        } else {
            i18n.ta("day-timer-left", &[("minutes", &left.get().to_string())])
        }
    });
    // Keep the screen awake while the timer runs, where the browser allows it.
    Effect::new(move |_| {
        let running = !over.get();
        leptos::task::spawn_local(async move {
            keep_awake(running).await;
        });
    });
    on_cleanup(|| {
        leptos::task::spawn_local(async {
            keep_awake(false).await;
        })
    });
    let path = move || {
        let fraction = timer.fraction_left(clock.get());
        sector_path(fraction)
    };
    view! {
        <button type="button" class="pk-timer" class:pk-timer--over=move || over.get()
            aria-label=move || words.get()
            on:click=move |_| ctx.say(&words.get_untracked())
        >
            <svg class="pk-timer__disc" viewBox="0 0 200 200" aria-hidden="true" focusable="false">
                <circle class="pk-timer__face" cx="100" cy="100" r="96" />
                <path class="pk-timer__left" d=path />
                <circle class="pk-timer__hub" cx="100" cy="100" r="8" />
            </svg>
            <span class="pk-timer__words" aria-hidden="true">{move || words.get()}</span>
        </button>
    }
}

/// The SVG path of the part of the disc still coloured: a sector from 12 o'clock,
/// clockwise, shrinking towards 12 as time passes (like a Time Timer).
fn sector_path(fraction: f64) -> String {
    let fraction = fraction.clamp(0.0, 1.0);
    if fraction >= 0.9999 {
        return "M100,100 m-92,0 a92,92 0 1,0 184,0 a92,92 0 1,0 -184,0".to_owned();
    }
    if fraction <= 0.0001 {
        return String::new();
    }
    let angle = fraction * std::f64::consts::TAU;
    // Ends at 12 o'clock; starts `angle` before it (counter-clockwise from the top).
    let (x, y) = (100.0 - 92.0 * angle.sin(), 100.0 - 92.0 * angle.cos());
    let large = if fraction > 0.5 { 1 } else { 0 };
    format!("M100,100 L{x:.2},{y:.2} A92,92 0 {large},1 100,8 Z")
}

/// Today: now, next and later.
#[component]
fn Today(profile: Signal<Profile>) -> impl IntoView {
    let ctx = Ctx::new(profile);
    let i18n = ctx.i18n;
    let clock = ticking_clock();
    let at = Memo::new(move |_| {
        let now = clock.get();
        ctx.decoded.with(|d| d.schedule.at(now))
    });
    let view_kind = Memo::new(move |_| ctx.decoded.with(|d| d.schedule.settings.view));
    let confirmation = RwSignal::new(None::<String>);
    let done = move |key: OccurrenceKey, name: String| {
        ctx.change(|s| s.mark_done(&key));
        let words = i18n.ta("day-done-confirm", &[("name", &name)]);
        ctx.say(&words);
        if ctx.sounds() {
            chime();
        }
        confirmation.set(Some(words));
    };
    let undo = move || {
        let date = at.with_untracked(|a| a.date);
        let mut undone = None;
        ctx.change(|s| undone = s.undo_done(date));
        if undone.is_some() {
            let words = i18n.t("day-undone");
            ctx.say(&words);
            confirmation.set(Some(words));
        }
    };
    let any_done = Memo::new(move |_| at.with(|a| a.past.iter().any(|o| o.done)));
    let day_complete = Memo::new(move |_| {
        let date = at.with(|a| a.date);
        ctx.decoded.with(|d| d.schedule.day_complete(date))
    });
    // The first–then boards: (id, first's name, then's name, then's picture).
    let boards = Memo::new(move |_| {
        let lang = ctx.lang();
        ctx.decoded.with(|d| {
            d.schedule
                .first_then
                .iter()
                .map(|board| {
                    (
                        board.id.clone(),
                        board.first.name(lang).to_owned(),
                        board.then.name(lang).to_owned(),
                        ctx.picture(&board.then.picto),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    // When the current activity's time runs out, a gentle signal and words, once.
    Effect::new(
        move |previous: Option<Option<(OccurrenceKey, Option<Timestamp>, String)>>| {
            let current = at.with(|a| {
                a.now
                    .as_ref()
                    .map(|o| (o.key.clone(), o.end, o.activity.name(ctx.lang()).to_owned()))
            });
            if let Some(Some((key, Some(end), name))) = previous {
                let moved_on = current.as_ref().map(|c| &c.0) != Some(&key);
                let is_done = ctx.decoded.with_untracked(|d| d.schedule.is_done(&key));
                if moved_on && !is_done && clock.get_untracked() >= end {
                    if ctx.sounds() {
                        chime();
                    }
                    let words = i18n.ta("day-time-up", &[("name", &name)]);
                    ctx.say(&words);
                    confirmation.set(Some(words));
                }
            }
            current
        },
    );
    view! {
        <div class="pk-day" class:pk-day--calm=ctx.reduced_motion()>
            <DayHeader ctx=ctx clock=clock title="day-today" />
            <Changes ctx=ctx at=at />
            // Once everything is done, choosing the reward is the main thing on the screen.
            {move || day_complete.get().then(|| view! { <Rewards ctx=ctx at=at complete=day_complete /> })}
            // What was just done, and its undo, stay right under the activity.
            {move || {
                let confirm = view! {
                    <div class="pk-day-confirm-row">
                        <p class="pk-day-confirm" role="status">
                            {move || confirmation.get().map(|words| view! {
                                <img src=ctx.symbol(ui::WELL_DONE) alt="" />
                                <span>{words}</span>
                            })}
                        </p>
                        <Show when=move || any_done.get()>
                            <BigButton image=ctx.symbol(ui::UNDO) label=Signal::derive(move || i18n.t("day-undo")) on_press=Callback::new(move |()| undo()) />
                        </Show>
                    </div>
                };
                match view_kind.get() {
                    DayView::NowNext => view! {
                        <NowSection ctx=ctx at=at clock=clock on_done=Callback::new(move |(k, n)| done(k, n)) />
                        {confirm}
                        <NextLater ctx=ctx at=at />
                    }.into_any(),
                    DayView::List => view! {
                        <DayList ctx=ctx at=at on_done=Callback::new(move |(k, n)| done(k, n)) />
                        {confirm}
                    }.into_any(),
                }
            }}
            {move || (!day_complete.get()).then(|| view! { <Rewards ctx=ctx at=at complete=day_complete /> })}
            <DoneStrip ctx=ctx at=at />
            <div class="pk-day-actions">
                {move || boards.get().into_iter().map(|(id, first, then, picture)| view! {
                    <BigButton image=picture
                        label=Signal::derive(move || i18n.ta("day-first-then-open", &[("first", &first), ("then", &then)]))
                        on_press=Callback::new(move |()| ctx.go(DayPlace::FirstThen(id.clone()))) />
                }).collect_view()}
                <BigButton image=ctx.symbol(ui::WEEK) label=Signal::derive(move || i18n.t("day-week")) on_press=Callback::new(move |()| ctx.go(DayPlace::Week)) />
            </div>
        </div>
    }
}

/// Today's changes of plan, each in words and with a picture, at the top.
#[component]
fn Changes(ctx: Ctx, at: Memo<NowNext>) -> impl IntoView {
    let changes = Memo::new(move |_| {
        at.with(|a| {
            a.now
                .iter()
                .chain(a.next.iter())
                .chain(a.later.iter())
                .chain(a.past.iter())
                .filter(|o| o.change.is_some())
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || !changes.with(Vec::is_empty)>
            <section class="pk-day-changes" aria-labelledby="day-changes-heading">
                <h2 id="day-changes-heading" class="pk-visually-hidden">{move || ctx.i18n.t("day-changes")}</h2>
                <ul role="list">
                    {move || changes.get().into_iter().map(|occ| {
                        let words = change_words(ctx, &occ).unwrap_or_default();
                        let cancelled = matches!(occ.change, Some(Change::Cancelled));
                        let icon = if cancelled { ui::CANCELLED } else { ui::CHANGE };
                        let speak = words.clone();
                        view! {
                            <li>
                                <button type="button" class="pk-day-change" on:click=move |_| ctx.say(&speak)>
                                    <img class="pk-day-change__icon" src=ctx.symbol(icon) alt="" />
                                    <img class="pk-day-change__img" src=ctx.picture(&occ.activity.picto) alt="" />
                                    <span><strong>{ctx.i18n.t("day-change")}": "</strong>{words}</span>
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}

/// What happens now, large.
#[component]
fn NowSection(
    ctx: Ctx,
    at: Memo<NowNext>,
    clock: ReadSignal<Timestamp>,
    on_done: Callback<(OccurrenceKey, String)>,
) -> impl IntoView {
    let i18n = ctx.i18n;
    let now_occ = Memo::new(move |_| at.with(|a| a.now.clone()));
    let nothing_left = Memo::new(move |_| at.with(|a| a.now.is_none() && a.next.is_none()));
    view! {
        <section class="pk-day-now" aria-labelledby="day-now-heading">
            <h2 id="day-now-heading" class="pk-day-label">{move || i18n.t("day-now")}</h2>
            {move || match now_occ.get() {
                Some(occ) => view! { <NowCard ctx=ctx occ=occ clock=clock on_done=on_done /> }.into_any(),
                None if nothing_left.get() => view! {
                    <div class="pk-day-card pk-day-card--now pk-day-card--rest"
                        data-screen-exception="action: nothing more today, so there is nothing to do; the way home is in the header">
                        <img class="pk-day-card__img" src=ctx.symbol(ui::DAY_OVER) alt="" data-main-picture="" />
                        <p class="pk-day-card__name">{i18n.t("day-nothing-more")}</p>
                    </div>
                }.into_any(),
                None => view! {
                    <div class="pk-day-card pk-day-card--now pk-day-card--rest"
                        data-screen-exception="action: free time, so there is nothing to do now; what comes next is shown under it">
                        <img class="pk-day-card__img" src=ctx.symbol(ui::FREE) alt="" data-main-picture="" />
                        <p class="pk-day-card__name">{i18n.t("day-free-time")}</p>
                    </div>
                }.into_any(),
            }}
        </section>
    }
}

/// What comes next, smaller, and later as a strip.
#[component]
fn NextLater(ctx: Ctx, at: Memo<NowNext>) -> impl IntoView {
    let i18n = ctx.i18n;
    let next_occ = Memo::new(move |_| at.with(|a| a.next.clone()));
    let later = Memo::new(move |_| at.with(|a| a.later.clone()));
    view! {
        {move || next_occ.get().map(|occ| {
            let words = spoken(ctx, &occ);
            let say = words.clone();
            view! {
                <section class="pk-day-next" aria-labelledby="day-next-heading">
                    <h2 id="day-next-heading" class="pk-day-label">{i18n.t("day-next")}</h2>
                    <button type="button" class="pk-day-card pk-day-card--next" aria-label=words on:click=move |_| ctx.say(&say)>
                        <img class="pk-day-card__img" src=ctx.picture(&occ.activity.picto) alt="" />
                        <span class="pk-day-card__name">{occ.activity.name(ctx.lang()).to_owned()}</span>" "
                        <span class="pk-day-card__time">{time_words(i18n, &occ)}</span>
                    </button>
                </section>
            }
        })}
        <Show when=move || !later.with(Vec::is_empty)>
            <section class="pk-day-later" aria-labelledby="day-later-heading">
                <h2 id="day-later-heading" class="pk-day-label">{move || i18n.t("day-later")}</h2>
                <ul class="pk-day-strip" role="list">
                    {move || later.get().into_iter().map(|occ| {
                        let say = spoken(ctx, &occ);
                        view! {
                            <li>
                                <button type="button" class="pk-day-chip" aria-label=say.clone() on:click=move |_| ctx.say(&say)>
                                    <img src=ctx.picture(&occ.activity.picto) alt="" />
                                    <span aria-hidden="true">{occ.activity.name(ctx.lang()).to_owned()}</span>
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}

/// The current activity, large, with its timer, things to bring, Done and the steps.
#[component]
fn NowCard(
    ctx: Ctx,
    occ: Occurrence,
    clock: ReadSignal<Timestamp>,
    on_done: Callback<(OccurrenceKey, String)>,
) -> impl IntoView {
    let i18n = ctx.i18n;
    let lang = ctx.lang();
    let name = occ.activity.name(lang).to_owned();
    let words = spoken(ctx, &occ);
    let timer = ctx.decoded.with_untracked(|d| d.schedule.timer_for(&occ));
    let key = occ.key.clone();
    let routine = occ.activity.routine.clone().filter(|id| {
        ctx.decoded
            .with_untracked(|d| d.schedule.routine(id).is_some_and(|r| !r.steps.is_empty()))
    });
    let bring = occ.activity.bring.clone();
    let is_appointment = occ.activity.kind == Kind::Appointment;
    let (say, name_done) = (words.clone(), name.clone());
    let key_steps = key.clone();
    // Said once when it becomes the current activity.
    ctx.say(&words);
    view! {
        <div class="pk-day-card pk-day-card--now" class:pk-day-card--changed=occ.change.is_some()>
            <button type="button" class="pk-day-card__main" aria-label=words.clone() on:click=move |_| ctx.say(&say)>
                <img class="pk-day-card__img" src=ctx.picture(&occ.activity.picto) alt="" data-main-picture="" />
                <span class="pk-day-card__text">
                    <span class="pk-day-card__name">{name.clone()}</span>" "
                    <span class="pk-day-card__time">{time_words(i18n, &occ)}</span>
                </span>
            </button>
            {timer.map(|timer| view! { <TimerDisc ctx=ctx timer=timer clock=clock /> })}
            {(is_appointment && !bring.is_empty()).then(|| view! {
                <div class="pk-day-bring">
                    <p class="pk-day-bring__title">
                        <img src=ctx.symbol(ui::BRING) alt="" />
                        <span>{i18n.t("day-bring")}</span>
                    </p>
                    <ul class="pk-day-strip" role="list">
                        {bring.iter().map(|label| {
                            let n = label.name(lang).to_owned();
                            let say = n.clone();
                            view! {
                                <li>
                                    <button type="button" class="pk-day-chip" on:click=move |_| ctx.say(&say)>
                                        <img src=ctx.picture(&label.picto) alt="" />
                                        <span>{n}</span>
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </div>
            })}
            <div class="pk-day-actions">
                {routine.map(|_| {
                    let k = key_steps.clone();
                    view! {
                        <BigButton image=ctx.symbol(ui::STEPS) label=Signal::derive(move || i18n.t("day-steps"))
                            on_press=Callback::new(move |()| ctx.go(DayPlace::Routine(k.entry.clone(), k.date.to_string()))) />
                    }
                })}
                <BigButton image=ctx.symbol(ui::DONE) class="pk-big-button--primary" main=true
                    label=Signal::derive(move || i18n.t("day-done"))
                    on_press=Callback::new(move |()| on_done.run((key.clone(), name_done.clone()))) />
            </div>
        </div>
    }
}

/// The day as a list of tiles in the person's grid; a tap marks one done, a tap on a
/// done one takes it back.
#[component]
fn DayList(
    ctx: Ctx,
    at: Memo<NowNext>,
    on_done: Callback<(OccurrenceKey, String)>,
) -> impl IntoView {
    // Done and past ones first (they came earlier in the day), then now, next and later.
    let items = Memo::new(move |_| {
        at.with(|a| {
            a.past
                .iter()
                .filter(|o| !matches!(o.change, Some(Change::Cancelled)))
                .chain(a.now.iter())
                .chain(a.next.iter())
                .chain(a.later.iter())
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    // The done mark is part of the key, so a tile is drawn anew when it changes.
    let tile_key = |occ: &Occurrence| format!("{}@{}@{}", occ.key.entry, occ.key.date, occ.done);
    let tiles = Signal::derive(move || {
        items.with(|items| {
            items
                .iter()
                .map(|occ| TileSpec {
                    key: tile_key(occ),
                    label: format!(
                        "{} · {}",
                        occ.activity.name(ctx.lang()),
                        time_words(ctx.i18n, occ)
                    ),
                    image: ctx.picture(&occ.activity.picto),
                    badge: occ.done.then(|| ctx.i18n.t("day-done")),
                })
                .collect::<Vec<_>>()
        })
    });
    let labels = pictokit_shell::person::grid_labels(ctx.i18n, ctx.profile, tiles);
    view! {
        <section class="pk-day-list" aria-labelledby="day-list-heading">
            <h2 id="day-list-heading" class="pk-day-label">{move || ctx.i18n.t("day-list")}</h2>
            <p class="pk-day-hint">{move || ctx.i18n.t("day-list-hint")}</p>
            // Drawn anew when a mark changes: the grid alone did not show a changed badge
            // (cause not found; see the note on issue #6).
            {move || {
                items.track();
                view! {
                    <PictoGrid
                main=true
                        tiles=tiles
                        density=Signal::derive(move || ctx.profile.with(|p| p.settings.grid))
                        show_labels=Signal::derive(|| true)
                        labels=labels
                        on_activate=Callback::new(move |key: String| {
                            let Some(occ) = items.with_untracked(|items| items.iter().find(|o| tile_key(o) == key).cloned()) else {
                                return;
                            };
                            if occ.done {
                                let k = occ.key.clone();
                                ctx.change(|s| s.progress.done.retain(|done| done != &k));
                                ctx.say(&ctx.i18n.t("day-undone"));
                            } else {
                                on_done.run((occ.key.clone(), occ.activity.name(ctx.lang()).to_owned()));
                            }
                        })
                    />
                }
            }}
        </section>
    }
}

/// The rewards: shown small while the day goes on ("after everything is done, you
/// choose"), to choose from once everything is done, and the chosen one with a way to
/// choose again.
#[component]
fn Rewards(ctx: Ctx, at: Memo<NowNext>, complete: Memo<bool>) -> impl IntoView {
    let i18n = ctx.i18n;
    let date = Memo::new(move |_| at.with(|a| a.date));
    let rewards = Memo::new(move |_| ctx.decoded.with(|d| d.schedule.rewards.clone()));
    // The chosen reward's name and picture.
    let chosen = Memo::new(move |_| {
        let date = date.get();
        ctx.decoded.with(|d| {
            d.schedule
                .reward_on(date)
                .map(|label| (label.name(ctx.lang()).to_owned(), ctx.picture(&label.picto)))
        })
    });
    // When the choice opens, it is brought into view (the Done pressed last may be far below).
    let section_ref = NodeRef::<leptos::html::Section>::new();
    Effect::new(move |_| {
        if complete.get() && chosen.with(Option::is_none) {
            // The section may be gone by the next frame (it moves to the top when the day is
            // done): `try_` rather than a panic on a disposed node reference.
            request_animation_frame(move || {
                if let Some(section) = section_ref.try_get_untracked().flatten() {
                    section.scroll_into_view();
                }
            });
        }
    });
    let choose = move |index: usize, name: String| {
        let date = date.get_untracked();
        ctx.change(|s| s.choose_reward(date, index));
        ctx.say(&i18n.ta("day-reward-chosen", &[("name", &name)]));
        if ctx.sounds() {
            chime();
        }
    };
    view! {
        <Show when=move || !rewards.with(Vec::is_empty)>
            <section class="pk-day-rewards" aria-labelledby="day-rewards-heading" node_ref=section_ref>
                {move || match (complete.get(), chosen.get()) {
                    (false, _) => view! {
                        <h2 id="day-rewards-heading" class="pk-day-label">
                            <img src=ctx.symbol(ui::REWARD) alt="" />
                            {i18n.t("day-reward-later")}
                        </h2>
                        <ul class="pk-day-strip" role="list">
                            {rewards.get().into_iter().map(|label| view! {
                                <li class="pk-day-chip pk-day-chip--still">
                                    <img src=ctx.picture(&label.picto) alt="" />
                                    <span>{label.name(ctx.lang()).to_owned()}</span>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    (true, None) => view! {
                        <h2 id="day-rewards-heading" class="pk-day-label">
                            <img src=ctx.symbol(ui::REWARD) alt="" />
                            {i18n.t("day-reward-choose")}
                        </h2>
                        <ul class="pk-day-reward-choices" role="list" data-main-action="">
                            {rewards.get().into_iter().enumerate().map(|(index, label)| {
                                let name = label.name(ctx.lang()).to_owned();
                                let said = name.clone();
                                view! {
                                    <li>
                                        <button type="button" class="pk-day-reward" on:click=move |_| choose(index, said.clone())>
                                            <img src=ctx.picture(&label.picto) alt="" data-main-picture="" />
                                            <span>{name}</span>
                                        </button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    (true, Some((name, picture))) => {
                        let words = i18n.ta("day-reward-chosen", &[("name", &name)]);
                        let say = words.clone();
                        view! {
                            <h2 id="day-rewards-heading" class="pk-visually-hidden">{i18n.t("day-reward-choose")}</h2>
                            <div class="pk-day-card pk-day-card--reward">
                                <button type="button" class="pk-day-card__main" on:click=move |_| ctx.say(&say)>
                                    <img class="pk-day-card__img" src=picture alt="" />
                                    <span class="pk-day-card__name">{words}</span>
                                </button>
                                <div class="pk-day-actions">
                                    <BigButton image=ctx.symbol(ui::AGAIN) label=Signal::derive(move || i18n.t("day-reward-again"))
                                        on_press=Callback::new(move |()| {
                                            let date = date.get_untracked();
                                            ctx.change(|s| s.unchoose_reward(date));
                                        }) />
                                </div>
                            </div>
                        }.into_any()
                    }
                }}
            </section>
        </Show>
    }
}

/// A first–then board: "first" large with Done; when it is done, "then" is what comes now.
#[component]
fn FirstThenBoard(profile: Signal<Profile>, board: String) -> impl IntoView {
    let ctx = Ctx::new(profile);
    let i18n = ctx.i18n;
    let clock = ticking_clock();
    let today = Memo::new(move |_| {
        let now = clock.get();
        ctx.decoded.with(|d| d.schedule.date_at(now))
    });
    let id = StoredValue::new(board);
    let found = Memo::new(move |_| {
        ctx.decoded.with(|d| {
            d.schedule
                .first_then
                .iter()
                .find(|b| id.with_value(|id| &b.id == id))
                .cloned()
        })
    });
    let first_done = Memo::new(move |_| {
        let date = today.get();
        ctx.decoded
            .with(|d| id.with_value(|id| d.schedule.first_done(id, date)))
    });
    let names = move || {
        found.with(|b| {
            b.as_ref().map(|b| {
                (
                    b.first.name(ctx.lang()).to_owned(),
                    b.then.name(ctx.lang()).to_owned(),
                )
            })
        })
    };
    if let Some((first, then)) = names() {
        let words = if first_done.get_untracked() {
            i18n.ta("day-first-done", &[("then", &then)])
        } else {
            i18n.ta("day-first-then-open", &[("first", &first), ("then", &then)])
        };
        ctx.say(&words);
    }
    let status = RwSignal::new(String::new());
    let mark = move || {
        let date = today.get_untracked();
        id.with_value(|id| ctx.change(|s| s.mark_first_done(id, date)));
        let then = names().map(|(_, then)| then).unwrap_or_default();
        let words = i18n.ta("day-first-done", &[("then", &then)]);
        ctx.say(&words);
        if ctx.sounds() {
            chime();
        }
        status.set(words);
    };
    let undo = move || {
        let date = today.get_untracked();
        id.with_value(|id| ctx.change(|s| s.undo_first_done(id, date)));
        let words = i18n.t("day-undone");
        ctx.say(&words);
        status.set(words);
    };
    view! {
        <div class="pk-day pk-first-then">
            <DayHeader ctx=ctx clock=clock title="day-first-then" />
            {move || match found.get() {
                None => {
                    ctx.go(DayPlace::Today);
                    ().into_any()
                }
                Some(board) => {
                    let lang = ctx.lang();
                    let (first, then) = (board.first.name(lang).to_owned(), board.then.name(lang).to_owned());
                    let say_first = format!("{}: {}", i18n.t("day-first"), first);
                    let say_then = format!("{}: {}", i18n.t("day-then"), then);
                    view! {
                        <div class="pk-first-then__board">
                            <section class="pk-first-then__side" class:pk-first-then__side--done=move || first_done.get() aria-labelledby="ft-first-heading">
                                <h2 id="ft-first-heading" class="pk-day-label">{i18n.t("day-first")}</h2>
                                // Named by its words ("First: books, Done"), so what is heard matches what is seen.
                                <button type="button" class="pk-day-card pk-day-card--next" on:click=move |_| ctx.say(&say_first)>
                                    <img class="pk-day-card__img" src=ctx.picture(&board.first.picto) alt="" data-main-picture="" />
                                    <span class="pk-visually-hidden">{format!("{}: ", i18n.t("day-first"))}</span>
                                    <span class="pk-day-card__name">{first.clone()}</span>
                                    <Show when=move || first_done.get()>
                                        <span class="pk-first-then__done">
                                            <img src=ctx.symbol(ui::DONE) alt="" />
                                            <span class="pk-visually-hidden">", "</span>
                                            {i18n.t("day-done")}
                                        </span>
                                    </Show>
                                </button>
                            </section>
                            <img class="pk-first-then__arrow" src=ctx.symbol(ui::NEXT) alt="" />
                            <section class="pk-first-then__side" class:pk-first-then__side--now=move || first_done.get() aria-labelledby="ft-then-heading">
                                <h2 id="ft-then-heading" class="pk-day-label">{i18n.t("day-then")}</h2>
                                // Once "first" is done, "then" is what happens now.
                                <button type="button" class="pk-day-card pk-day-card--next"
                                    data-main-action=move || first_done.get().then_some("")
                                    on:click=move |_| ctx.say(&say_then)>
                                    <img class="pk-day-card__img" src=ctx.picture(&board.then.picto) alt="" />
                                    <span class="pk-visually-hidden">{format!("{}: ", i18n.t("day-then"))}</span>
                                    <span class="pk-day-card__name">{then.clone()}</span>
                                </button>
                            </section>
                        </div>
                    }.into_any()
                }
            }}
            <p class="pk-day-confirm" role="status">{move || status.get()}</p>
            <div class="pk-day-actions">
                <Show when=move || !first_done.get()
                    fallback=move || view! {
                        <BigButton image=ctx.symbol(ui::UNDO) label=Signal::derive(move || i18n.t("day-undo")) on_press=Callback::new(move |()| undo()) />
                    }
                >
                    <BigButton image=ctx.symbol(ui::DONE) class="pk-big-button--primary" main=true
                        label=Signal::derive(move || i18n.t("day-done"))
                        on_press=Callback::new(move |()| mark()) />
                </Show>
                <BigButton image=component_symbol(Component::Schedule).path.to_owned() label=Signal::derive(move || i18n.t("day-back-to-today")) on_press=Callback::new(move |()| ctx.go(DayPlace::Today)) />
            </div>
        </div>
    }
}

/// What is done today, small and aside.
#[component]
fn DoneStrip(ctx: Ctx, at: Memo<NowNext>) -> impl IntoView {
    let done = Memo::new(move |_| {
        at.with(|a| {
            a.past
                .iter()
                .filter(|o| o.done)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || !done.with(Vec::is_empty)>
            <section class="pk-day-done" aria-labelledby="day-done-heading">
                <h2 id="day-done-heading" class="pk-day-label">{move || ctx.i18n.t("day-done-list")}</h2>
                <ul class="pk-day-strip" role="list">
                    {move || done.get().into_iter().map(|occ| {
                        let name = occ.activity.name(ctx.lang()).to_owned();
                        view! {
                            <li class="pk-day-chip pk-day-chip--done">
                                <img src=ctx.picture(&occ.activity.picto) alt="" />
                                <img class="pk-day-chip__check" src=ctx.symbol(ui::DONE) alt="" />
                                <span>{ctx.i18n.ta("day-done-item", &[("name", &name)])}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}

/// The week: a column per day with its pictures; today marked in words and a frame.
#[component]
fn Week(profile: Signal<Profile>) -> impl IntoView {
    let ctx = Ctx::new(profile);
    let i18n = ctx.i18n;
    let clock = ticking_clock();
    let today = Memo::new(move |_| {
        let now = clock.get();
        ctx.decoded.with(|d| d.schedule.date_at(now))
    });
    let monday = Memo::new(move |_| {
        let today = today.get();
        let back = i64::from(pictokit_domain::schedule::weekday_number(today)) - 1;
        today
            .checked_sub(jiff::Span::new().days(back))
            .unwrap_or(today)
    });
    let week = Memo::new(move |_| {
        let first = monday.get();
        ctx.decoded.with(|d| d.schedule.week(first))
    });
    view! {
        <div class="pk-day pk-week">
            <DayHeader ctx=ctx clock=clock title="day-week" />
            <ol class="pk-week__days" role="list" data-main-action="" data-main-picture="">
                {move || week.get().into_iter().map(|(date, occs)| {
                    let is_today = date == today.get_untracked();
                    let day_name = weekday_words(ctx.lang(), pictokit_domain::schedule::weekday_number(date), false);
                    let shown: Vec<Occurrence> = occs.into_iter().filter(|o| !matches!(o.change, Some(Change::Cancelled))).collect();
                    let names: Vec<String> = shown.iter().map(|o| o.activity.name(ctx.lang()).to_owned()).collect();
                    let listed = if names.is_empty() { i18n.t("day-week-empty") } else { names.join(", ") };
                    let say = format!("{day_name}: {listed}");
                    view! {
                        <li class="pk-week__day" class:pk-week__day--today=is_today>
                            // The name comes from the words on the button (day, "today") and the
                            // activities written for screen readers, so it matches what is seen.
                            <button type="button" class="pk-week__button" on:click=move |_| ctx.say(&say)>
                                <span class="pk-week__name">{day_name.clone()}</span>
                                {is_today.then(|| view! { " "<span class="pk-week__today">{i18n.t("day-today")}</span> })}
                                <span class="pk-visually-hidden">{format!(": {listed}")}</span>
                                <span class="pk-week__pictures">
                                    {shown.iter().take(4).map(|o| view! { <img src=ctx.picture(&o.activity.picto) alt="" /> }).collect_view()}
                                </span>
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <div class="pk-day-actions">
                <BigButton image=component_symbol(Component::Schedule).path.to_owned() label=Signal::derive(move || i18n.t("day-back-to-today")) on_press=Callback::new(move |()| ctx.go(DayPlace::Today)) />
            </div>
        </div>
    }
}

/// A routine, one step at a time: the step large and spoken, Done for each, and undo.
#[component]
fn RoutinePlayer(profile: Signal<Profile>, entry: String, date: String) -> impl IntoView {
    let ctx = Ctx::new(profile);
    let i18n = ctx.i18n;
    let clock = ticking_clock();
    let Ok(date) = date.parse::<Date>() else {
        ctx.go(DayPlace::Today);
        return ().into_any();
    };
    let key = OccurrenceKey {
        entry: entry.clone(),
        date,
    };
    let routine = {
        let entry = entry.clone();
        Memo::new(move |_| {
            ctx.decoded.with(|d| {
                let s = &d.schedule;
                s.day(date)
                    .into_iter()
                    .find(|o| o.key.entry == entry)
                    .and_then(|o| o.activity.routine.clone())
                    .and_then(|id| s.routine(&id).cloned())
            })
        })
    };
    let key_count = key.clone();
    let done_steps = Memo::new(move |_| ctx.decoded.with(|d| d.schedule.steps_done(&key_count)));
    let n_steps = Memo::new(move |_| routine.with(|r| r.as_ref().map_or(0, |r| r.steps.len())));
    let current = Memo::new(move |_| {
        routine.with(|r| {
            r.as_ref()
                .and_then(|r| r.steps.get(done_steps.get()).cloned())
        })
    });
    // Each new step is said, and the end of the steps; each starts at the top.
    Effect::new(move |previous: Option<()>| {
        if previous.is_some() {
            pictokit_shell::routes::to_top();
        }
        let Some(step) = current.get() else {
            if n_steps.get_untracked() > 0 {
                ctx.say(&i18n.t("day-steps-finished"));
            }
            return;
        };
        {
            let n = done_steps.get_untracked() + 1;
            ctx.say(&format!(
                "{}. {}",
                i18n.ta(
                    "day-step-of",
                    &[
                        ("n", &n.to_string()),
                        ("total", &n_steps.get_untracked().to_string())
                    ]
                ),
                step.name(ctx.lang())
            ));
        }
    });
    let (k_tick, k_untick, k_finish) = (key.clone(), key.clone(), key.clone());
    view! {
        <div class="pk-day pk-routine">
            <DayHeader ctx=ctx clock=clock title="day-steps" />
            <h2 class="pk-routine__name">{move || routine.with(|r| r.as_ref().map(|r| r.label.name(ctx.lang()).to_owned()).unwrap_or_default())}</h2>
            <ol class="pk-routine__progress" role="list" aria-label=move || i18n.ta("day-step-of", &[("n", &done_steps.get().min(n_steps.get()).to_string()), ("total", &n_steps.get().to_string())])>
                {move || routine.get().map(|r| r.steps.iter().enumerate().map(|(index, step)| {
                    let state = if index < done_steps.get() { "done" } else if index == done_steps.get() { "current" } else { "todo" };
                    view! {
                        <li class=format!("pk-routine__dot pk-routine__dot--{state}")>
                            <img src=ctx.picture(&step.picto) alt="" />
                            {(state == "done").then(|| view! { <img class="pk-routine__check" src=ctx.symbol(ui::DONE) alt="" /> })}
                        </li>
                    }
                }).collect_view())}
            </ol>
            {move || match current.get() {
                Some(step) => {
                    let n = step.name(ctx.lang()).to_owned();
                    let say = n.clone();
                    let k = k_tick.clone();
                    view! {
                        <div class="pk-day-card pk-day-card--now" data-step=done_steps.get_untracked().to_string()>
                            <button type="button" class="pk-day-card__main" on:click=move |_| ctx.say(&say)>
                                <img class="pk-day-card__img" src=ctx.picture(&step.picto) alt="" data-main-picture="" />
                                <span class="pk-day-card__text">
                                    <span class="pk-day-card__name">{n}</span>
                                    <span class="pk-day-card__time">{i18n.ta("day-step-of", &[("n", &(done_steps.get_untracked() + 1).to_string()), ("total", &n_steps.get_untracked().to_string())])}</span>
                                </span>
                            </button>
                            <div class="pk-day-actions">
                                <BigButton image=ctx.symbol(ui::DONE) class="pk-big-button--primary" main=true
                                    label=Signal::derive(move || i18n.t("day-step-done"))
                                    on_press=Callback::new(move |()| {
                                        let k = k.clone();
                                        let total = n_steps.get_untracked();
                                        ctx.change(|s| s.tick_step(&k, total));
                                        if ctx.sounds() { chime(); }
                                    }) />
                            </div>
                        </div>
                    }.into_any()
                }
                None => {
                    let k = k_finish.clone();
                    view! {
                        <div class="pk-day-card pk-day-card--now pk-day-card--rest" data-step="finished">
                            <img class="pk-day-card__img" src=ctx.symbol(ui::WELL_DONE) alt="" data-main-picture="" />
                            <p class="pk-day-card__name" data-spoken="">{i18n.t("day-steps-finished")}</p>
                            <div class="pk-day-actions">
                                <BigButton image=ctx.symbol(ui::DONE) class="pk-big-button--primary" main=true
                                    label=Signal::derive(move || i18n.t("day-steps-finish"))
                                    on_press=Callback::new(move |()| {
                                        let k = k.clone();
                                        ctx.change(|s| s.mark_done(&k));
                                        ctx.say(&i18n.t("day-steps-finished"));
                                        ctx.go(DayPlace::Today);
                                    }) />
                            </div>
                        </div>
                    }.into_any()
                }
            }}
            <div class="pk-day-actions">
                <Show when=move || { done_steps.get() > 0 }>
                    <BigButton image=ctx.symbol(ui::UNDO) label=Signal::derive(move || i18n.t("day-step-undo"))
                        on_press=Callback::new({ let k = k_untick.clone(); move |()| { let k = k.clone(); ctx.change(|s| s.untick_step(&k)); } }) />
                </Show>
                <BigButton image=component_symbol(Component::Schedule).path.to_owned() label=Signal::derive(move || i18n.t("day-back-to-today")) on_press=Callback::new(move |()| ctx.go(DayPlace::Today)) />
            </div>
        </div>
    }
    .into_any()
}

/// The reminders of person mode, on every person screen of this page (the home, the shop,
/// the day): see [`pictokit_shell::person::PersonMode`]'s `always`.
pub fn reminders(profile: Signal<Profile>) -> AnyView {
    let ctx = Ctx::new(profile);
    let clock = ticking_clock();
    // The first page reads the reminders planned ahead: made anew here when older than a
    // day, so they keep reaching weeks ahead while person mode is used.
    let stale = ctx.state.schedule_records.with_untracked(|all| {
        all.get(&ctx.id()).is_some_and(|record| {
            let plan = pictokit_domain::reminder_plan::Plan::of_record(record);
            now().as_millisecond() - plan.made_ms > 24 * 3600 * 1000
        })
    });
    if stale {
        ctx.change(|_| {});
    }
    view! { <ReminderWatcher ctx=ctx clock=clock /> }.into_any()
}

/// Shows (and speaks) a reminder shortly before an activity, while person mode is open;
/// and a system notification where the facilitator turned it on and the browser allows.
#[component]
fn ReminderWatcher(ctx: Ctx, clock: ReadSignal<Timestamp>) -> impl IntoView {
    let i18n = ctx.i18n;
    let shown = RwSignal::new(None::<Shown>);
    let since = StoredValue::new(now());
    Effect::new(move |_| {
        let now = clock.get();
        let from = since.get_value();
        since.set_value(now);
        if shown.with_untracked(Option::is_some) {
            return;
        }
        // Reminders due since the last tick (or missed while the page was closed, within the lead time).
        let from = from.min(now);
        let lead = ctx
            .decoded
            .with_untracked(|d| d.schedule.settings.lead_minutes);
        let window_start = now
            .checked_sub(jiff::SignedDuration::from_mins(i64::from(lead)))
            .unwrap_or(from)
            .min(from);
        let due = ctx
            .decoded
            .with_untracked(|d| d.schedule.reminders_due(window_start, now));
        if let Some(reminder) = due.into_iter().next() {
            let occ = reminder.occurrence;
            let key = occ.key.clone();
            ctx.change(|s| s.mark_reminded(&key));
            let words = reminder_words(ctx, &occ);
            ctx.say(&words);
            if ctx.sounds() {
                chime();
            }
            let picture = ctx.picture(&occ.activity.picto);
            if ctx
                .decoded
                .with_untracked(|d| d.schedule.settings.notifications)
            {
                let title = i18n.t("day-reminder-title");
                let (body, icon) = (words.clone(), picture.clone());
                let tag = format!("{}@{}", key.entry, key.date);
                leptos::task::spawn_local(async move {
                    device::notify(&title, &body, &icon, &tag).await;
                });
            }
            shown.set(Some(Shown { words, picture }));
        }
    });
    view! {
        <ReminderDialog shown=shown i18n=i18n black=Signal::derive(move || ctx.black())
            on_say=Callback::new(move |text: String| ctx.say(&text)) />
    }
}

fn reminder_words(ctx: Ctx, occ: &Occurrence) -> String {
    let time = occ.activity.start.map(format_time).unwrap_or_default();
    ctx.i18n.ta(
        "day-reminder",
        &[("name", occ.activity.name(ctx.lang())), ("time", &time)],
    )
}
