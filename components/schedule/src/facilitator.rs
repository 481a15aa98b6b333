//! The schedule, facilitator side: a person's day (activities and appointments, one-off or
//! every week, with a change of plan for one date), routines of steps, how the person sees
//! the day and is reminded, and the export to the family's calendar (.ics).

use jiff::civil::Date;
use jiff::ToSpan;
use leptos::prelude::*;
use pictokit_domain::picto::PictoRef;
use pictokit_domain::schedule::{
    format_time, ics, parse_time, weekday_number, zone, Activity, DayView, Entry, Exception, Kind,
    Label, Names, Occurrence, Problem, Repeat, Routine, Schedule, MAX_LEAD_MINUTES, MAX_MINUTES,
    MAX_NAME_CHARS,
};
use pictokit_domain::Language;
use pictokit_kit::ConfirmDialog;
use pictokit_pictograms::ui;
use pictokit_shell::frame::{home, try_as_person, FacilitatorFrame, ForPerson};
use pictokit_shell::i18n::{use_i18n, I18n};
use pictokit_shell::library::{show, use_pictograms, Pictograms};
use pictokit_shell::picker::PictoPicker;
use pictokit_shell::print::Sheet;
use pictokit_shell::routes::Route;
use pictokit_shell::state::{new_id, use_state, AppState, Toast};
use std::collections::BTreeSet;
use {
    pictokit_shell::device::{self, date_words, download_text, now, weekday_words},
    pictokit_shell::records::{schedule_memo, update_schedule},
};

/// The name of a pictogram in every language, from the library (or a photo's own names).
pub fn names_of(pictograms: Pictograms, state: &AppState, picto: &PictoRef) -> Names {
    let library = pictograms.library();
    Language::ALL
        .into_iter()
        .filter_map(|lang| {
            show(library.as_deref(), state, picto, lang, false)
                .map(|shown| (lang, shown.label))
                .filter(|(_, label)| !label.trim().is_empty())
        })
        .collect()
}

/// The activity being made or changed in the form.
#[derive(Clone, Debug, PartialEq)]
struct Form {
    id: String,
    picto: Option<PictoRef>,
    names: Names,
    name: String,
    appointment: bool,
    start: String,
    minutes: String,
    weekly: bool,
    days: BTreeSet<u8>,
    from: Date,
    place: Option<Label>,
    helper: Option<Label>,
    routine: Option<String>,
    bring: Vec<Label>,
    position: i32,
    exceptions: std::collections::BTreeMap<Date, Exception>,
}

impl Form {
    fn new(date: Date, position: i32) -> Form {
        Form {
            id: new_id("a"),
            picto: None,
            names: Names::new(),
            name: String::new(),
            appointment: false,
            start: String::new(),
            minutes: String::new(),
            weekly: false,
            days: BTreeSet::from([weekday_number(date)]),
            from: date,
            place: None,
            helper: None,
            routine: None,
            bring: Vec::new(),
            position,
            exceptions: Default::default(),
        }
    }

    fn of(entry: &Entry, date: Date, lang: Language) -> Form {
        let activity = &entry.activity;
        let (weekly, days, from) = match &entry.repeat {
            Repeat::Once { date } => (false, BTreeSet::from([weekday_number(*date)]), *date),
            Repeat::Weekly { days, from, .. } => (true, days.clone(), *from),
        };
        Form {
            id: activity.id.clone(),
            picto: Some(activity.picto.clone()),
            names: activity.names.clone(),
            name: activity.name(lang).to_owned(),
            appointment: activity.kind == Kind::Appointment,
            start: activity.start.map(format_time).unwrap_or_default(),
            minutes: activity.minutes.map(|m| m.to_string()).unwrap_or_default(),
            weekly,
            days,
            from: if weekly { from } else { date },
            place: activity.place.clone(),
            helper: activity.helper.clone(),
            routine: activity.routine.clone(),
            bring: activity.bring.clone(),
            position: entry.position,
            exceptions: entry.exceptions.clone(),
        }
    }

    /// The entry, or the problems that keep it from being one.
    fn entry(&self, lang: Language, until: Option<Date>) -> Result<Entry, Vec<Problem>> {
        let mut problems = Vec::new();
        let start = match self.start.trim() {
            "" => None,
            text => {
                let time = parse_time(text);
                if time.is_none() {
                    problems.push(Problem::BadTime);
                }
                time
            }
        };
        let minutes = match self.minutes.trim() {
            "" => None,
            text => match text.parse::<u32>() {
                Ok(minutes) if (1..=MAX_MINUTES).contains(&minutes) => Some(minutes),
                _ => {
                    problems.push(Problem::BadDuration);
                    None
                }
            },
        };
        let Some(picto) = self.picto.clone() else {
            problems.push(Problem::NameEmpty);
            return Err(problems);
        };
        let mut names = self.names.clone();
        names.insert(lang, self.name.clone());
        for name in names.values_mut() {
            *name = name.trim().to_owned();
        }
        names.retain(|_, name| !name.is_empty());
        if !problems.is_empty() {
            return Err(problems);
        }
        let repeat = if self.weekly {
            Repeat::Weekly {
                days: self.days.clone(),
                from: self.from,
                until,
            }
        } else {
            Repeat::Once { date: self.from }
        };
        let position = start.map_or(self.position, |t: jiff::civil::Time| {
            i32::from(t.hour()) * 60 + i32::from(t.minute())
        });
        Ok(Entry {
            activity: Activity {
                id: self.id.clone(),
                picto,
                names,
                kind: if self.appointment {
                    Kind::Appointment
                } else {
                    Kind::Activity
                },
                start,
                minutes,
                place: self.place.clone(),
                helper: self.helper.clone(),
                routine: self.routine.clone(),
                bring: if self.appointment {
                    self.bring.clone()
                } else {
                    Vec::new()
                },
            },
            repeat,
            exceptions: self.exceptions.clone(),
            position,
        })
    }
}

/// What the pickers of the screen are choosing for.
#[derive(Clone, Debug, PartialEq)]
enum Picking {
    Activity,
    Place,
    Helper,
    Bring,
    Instead(String),
    Steps(String),
    BoardFirst,
    BoardThen,
    Rewards,
}

/// Where an occurrence comes from, in words ("Every Monday", "Only this day").
fn repeat_words(i18n: I18n, lang: Language, entry: Option<&Entry>) -> String {
    match entry.map(|e| &e.repeat) {
        Some(Repeat::Weekly { days, .. }) if days.len() == 7 => i18n.t("sched-every-day"),
        Some(Repeat::Weekly { days, .. }) => {
            let names: Vec<String> = days
                .iter()
                .map(|d| weekday_words(lang, *d, false))
                .collect();
            i18n.ta("sched-every", &[("days", &names.join(", "))])
        }
        _ => i18n.t("sched-only-this-day"),
    }
}

/// The time of an occurrence in words: "09:30–10:00", "09:30", or the part of the day.
pub fn time_words(i18n: I18n, occurrence: &Occurrence) -> String {
    match occurrence.activity.start {
        Some(start) => match occurrence.activity.minutes {
            Some(minutes) => {
                let end = start.wrapping_add(i64::from(minutes).minutes());
                format!("{}–{}", format_time(start), format_time(end))
            }
            None => format_time(start),
        },
        None => i18n.t(&format!("day-part-{}", occurrence.part.as_str())),
    }
}

/// A person's schedule, for the facilitator.
#[component]
pub fn ScheduleScreen(
    /// The profile.
    profile_id: String,
) -> impl IntoView {
    let Some(person) = ForPerson::of(&profile_id) else {
        return home();
    };
    let (state, router, i18n, profile) = person.parts();
    let pictograms = use_pictograms();
    pictograms.ensure_loaded();
    let decoded = schedule_memo(state, profile_id.clone());
    let sched = Memo::new(move |_| decoded.with(|d| d.schedule.clone()));
    let lang = Signal::derive(move || profile.with(|p| p.settings.language));
    let name = move || profile.with(|p| p.settings.name.clone());
    let today = sched.with_untracked(|s| s.date_at(now()));
    let date = RwSignal::new(today);
    let day = Memo::new(move |_| sched.with(|s| s.day(date.get())));
    let pid = StoredValue::new(profile_id.clone());
    let change = move |f: Box<dyn FnOnce(&mut Schedule)>| {
        update_schedule(state, &pid.get_value(), f);
    };

    let form = RwSignal::new(None::<Form>);
    // The first–then board being made: (first, then).
    let new_board = RwSignal::new((None::<Label>, None::<Label>));
    let board_problem = RwSignal::new(false);
    let rewards_problem = RwSignal::new(None::<&'static str>);
    let problems = RwSignal::new(Vec::<Problem>::new());
    let picking = RwSignal::new(None::<Picking>);
    let picker_one = RwSignal::new(false);
    let picker_many = RwSignal::new(false);
    let pending_remove = RwSignal::new(None::<(String, String)>);
    let changing = RwSignal::new(None::<String>);
    let instead_name = RwSignal::new(String::new());
    let form_ref = NodeRef::<leptos::html::Section>::new();

    let open_form = move |f: Form| {
        problems.set(Vec::new());
        form.set(Some(f));
        request_animation_frame(move || {
            if let Some(section) = form_ref.get_untracked() {
                section.scroll_into_view();
                if let Ok(Some(heading)) = section.query_selector("h2") {
                    if let Ok(heading) =
                        wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading)
                    {
                        let _ = heading.focus();
                    }
                }
            }
        });
    };
    let new_activity = move || {
        let position = day.with(|d| {
            d.iter()
                .map(|o| sched.with(|s| s.entry(&o.key.entry).map_or(0, |e| e.position)))
                .max()
                .map_or(0, |p| p + 1)
        });
        open_form(Form::new(date.get_untracked(), position));
        picking.set(Some(Picking::Activity));
        picker_one.set(true);
    };
    let edit_form = move |f: Box<dyn FnOnce(&mut Form)>| {
        form.update(|form| {
            if let Some(form) = form {
                f(form)
            }
        })
    };
    let label_of = move |picto: PictoRef| Label {
        names: names_of(pictograms, &state, &picto),
        picto,
    };

    let on_pick = Callback::new(move |picked: Vec<PictoRef>| {
        let Some(first) = picked.first().cloned() else {
            return;
        };
        match picking.get_untracked() {
            Some(Picking::Activity) => {
                let names = names_of(pictograms, &state, &first);
                let lang = lang.get_untracked();
                edit_form(Box::new(move |f| {
                    f.name = pictokit_domain::schedule::name_in(&names, lang).to_owned();
                    f.names = names;
                    f.picto = Some(first);
                }));
            }
            Some(Picking::Place) => {
                let label = label_of(first);
                edit_form(Box::new(move |f| f.place = Some(label)));
            }
            Some(Picking::Helper) => {
                let label = label_of(first);
                edit_form(Box::new(move |f| f.helper = Some(label)));
            }
            Some(Picking::Bring) => {
                let labels: Vec<Label> = picked.into_iter().map(label_of).collect();
                edit_form(Box::new(move |f| {
                    for label in labels {
                        if !f.bring.iter().any(|b| b.picto == label.picto) {
                            f.bring.push(label);
                        }
                    }
                }));
            }
            Some(Picking::Instead(entry_id)) => {
                let day_date = date.get_untracked();
                let mut label = label_of(first);
                // The name the facilitator wrote ("library") rather than the picture's ("books").
                let written = instead_name.get_untracked().trim().to_owned();
                if !written.is_empty() {
                    label.names = Names::from([(lang.get_untracked(), written)]);
                }
                instead_name.set(String::new());
                change(Box::new(move |s| {
                    let Some(planned) = s.entry(&entry_id).map(|e| e.activity.clone()) else {
                        return;
                    };
                    let with = Activity {
                        id: format!("{}-{}", planned.id, day_date),
                        picto: label.picto,
                        names: label.names,
                        kind: planned.kind,
                        start: planned.start,
                        minutes: planned.minutes,
                        place: None,
                        helper: None,
                        routine: None,
                        bring: Vec::new(),
                    };
                    s.change_plan(&entry_id, day_date, Exception::Replaced { with });
                }));
                changing.set(None);
            }
            Some(Picking::Steps(routine_id)) => {
                let steps: Vec<Label> = picked.into_iter().map(label_of).collect();
                change(Box::new(move |s| {
                    if let Some(mut routine) = s.routine(&routine_id).cloned() {
                        routine.steps.extend(steps);
                        routine.steps.truncate(pictokit_domain::schedule::MAX_STEPS);
                        let _ = s.put_routine(routine);
                    }
                }));
            }
            Some(Picking::BoardFirst) => {
                let label = label_of(first);
                new_board.update(|b| b.0 = Some(label));
                board_problem.set(false);
            }
            Some(Picking::BoardThen) => {
                let label = label_of(first);
                new_board.update(|b| b.1 = Some(label));
                board_problem.set(false);
            }
            Some(Picking::Rewards) => {
                let labels: Vec<Label> = picked.into_iter().map(label_of).collect();
                let mut result = Ok(0);
                update_schedule(state, &pid.get_value(), |s| result = s.add_rewards(labels));
                rewards_problem.set(result.err().map(|p| p.message_id()));
            }
            None => {}
        }
    });
    let pick_one = move |what: Picking| {
        picking.set(Some(what));
        picker_one.set(true);
    };
    let pick_many = move |what: Picking| {
        picking.set(Some(what));
        picker_many.set(true);
    };

    let save = move || {
        let Some(f) = form.get_untracked() else {
            return;
        };
        let until = sched.with_untracked(|s| {
            s.entry(&f.id).and_then(|e| match &e.repeat {
                Repeat::Weekly { until, .. } => *until,
                Repeat::Once { .. } => None,
            })
        });
        match f.entry(lang.get_untracked(), until) {
            Ok(entry) => {
                let mut result = Ok(());
                update_schedule(state, &pid.get_value(), |s| result = s.put_entry(entry));
                match result {
                    Ok(()) => {
                        form.set(None);
                        problems.set(Vec::new());
                        state.toast.set(Some(Toast {
                            message: i18n.t("sched-saved"),
                            undo_restore: None,
                        }));
                    }
                    Err(found) => problems.set(found),
                }
            }
            Err(found) => problems.set(found),
        }
    };

    let export = move || {
        let s = sched.get_untracked();
        let lang = lang.get_untracked();
        let calendar = i18n.ta("sched-calendar-name", &[("name", &name())]);
        let text = ics::write(&s, lang, now(), &calendar);
        let file = format!("{}.ics", file_stem(&calendar));
        download_text(&file, "text/calendar;charset=utf-8", &text);
    };

    let routines = Memo::new(move |_| sched.with(|s| s.routines.clone()));
    let new_routine_name = RwSignal::new(String::new());
    let routine_problem = RwSignal::new(None::<&'static str>);
    let notify_state = RwSignal::new(device::notification_state());

    let pid_try = profile_id.clone();
    view! {
        <FacilitatorFrame title=Signal::derive(move || i18n.ta("sched-title", &[("name", &name())]))>
            <p class="pk-fac-hint">{move || i18n.ta("sched-hint", &[("name", &name())])}</p>
            <div class="pk-fac-actions">
                <button
                    type="button"
                    class="pk-button"
                    on:click=move |_| try_as_person(state, router, pid_try.clone())
                >
                    {move || i18n.ta("fac-try-name", &[("name", &name())])}
                </button>
            </div>
            <Show when=move || decoded.with(|d| d.dropped)>
                <p class="pk-field__error" role="alert">{move || i18n.ta("storage-schedule-dropped", &[("name", &name())])}</p>
            </Show>
            <Show when=move || decoded.with(|d| d.newer)>
                <p class="pk-field__error" role="alert">{move || i18n.ta("storage-schedule-newer", &[("name", &name())])}</p>
            </Show>

            <section class="pk-fac-section" aria-labelledby="sched-day-heading">
                <h2 id="sched-day-heading" class="pk-fac-section__title">
                    {move || date_words(i18n.lang.get(), date.get())}
                </h2>
                <div class="pk-fac-actions pk-sched-days">
                    <button type="button" class="pk-button" on:click=move |_| date.update(|d| *d = d.yesterday().unwrap_or(*d))>
                        <span aria-hidden="true">"← "</span>{move || i18n.t("sched-previous-day")}
                    </button>
                    <button type="button" class="pk-button" disabled=move || date.get() == today on:click=move |_| date.set(today)>
                        {move || i18n.t("sched-today")}
                    </button>
                    <button type="button" class="pk-button" on:click=move |_| date.update(|d| *d = d.tomorrow().unwrap_or(*d))>
                        {move || i18n.t("sched-next-day")}<span aria-hidden="true">" →"</span>
                    </button>
                    <label class="pk-field pk-field--inline">
                        <span class="pk-field__label">{move || i18n.t("sched-go-to-day")}</span>
                        <input
                            class="pk-input"
                            type="date"
                            prop:value=move || date.get().to_string()
                            on:change=move |event| {
                                if let Ok(picked) = event_target_value(&event).parse::<Date>() {
                                    date.set(picked);
                                }
                            }
                        />
                    </label>
                </div>
                <Show when=move || day.with(Vec::is_empty)>
                    <p class="pk-empty">{move || i18n.t("sched-day-empty")}</p>
                </Show>
                <ul class="pk-sched-rows" role="list">
                    {move || {
                        let library = pictograms.library();
                        let lang = lang.get();
                        day.get().into_iter().map(|occ| {
                            let entry = sched.with(|s| s.entry(&occ.key.entry).cloned());
                            let activity_name = occ.activity.name(lang).to_owned();
                            let src = show(library.as_deref(), &state, &occ.activity.picto, lang, false)
                                .map(|shown| shown.src)
                                .unwrap_or_default();
                            let named = {
                                let n = activity_name.clone();
                                move |id: &'static str| i18n.ta(id, &[("name", &n)])
                            };
                            let change_words = match &occ.change {
                                Some(pictokit_domain::schedule::Change::Cancelled) => Some(i18n.t("sched-change-cancelled")),
                                Some(pictokit_domain::schedule::Change::Instead { planned }) => Some(i18n.ta("sched-change-instead", &[("planned", planned.name(lang))])),
                                None => None,
                            };
                            let changed = occ.change.is_some();
                            let key = occ.key.clone();
                            let (k_edit, k_change, k_restore, k_remove) = (key.clone(), key.clone(), key.clone(), key.clone());
                            let entry_for_edit = entry.clone();
                            let remove_name = activity_name.clone();
                            let is_changing = {
                                let id = StoredValue::new(key.entry.clone());
                                move || id.with_value(|id| changing.get().as_deref() == Some(id.as_str()))
                            };
                            let is_appointment = occ.activity.kind == Kind::Appointment;
                            let untimed = occ.start.is_none();
                            let move_button = {
                                let id = key.entry.clone();
                                let named = named.clone();
                                move |earlier: bool| {
                                    let id = id.clone();
                                    let dom_id = format!("sched-move-{}-{}", id, if earlier { "earlier" } else { "later" });
                                    view! {
                                        <button type="button" class="pk-button" id=dom_id.clone()
                                            aria-label=named(if earlier { "sched-move-earlier-name" } else { "sched-move-later-name" })
                                            on:click=move |_| {
                                                let id = id.clone();
                                                let day_date = date.get_untracked();
                                                change(Box::new(move |s| { s.move_in_day(day_date, &id, earlier); }));
                                                // The list is drawn anew: keep the focus on the button pressed.
                                                let dom_id = dom_id.clone();
                                                request_animation_frame(move || {
                                                    if let Some(button) = document().get_element_by_id(&dom_id) {
                                                        if let Ok(button) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(button) {
                                                            let _ = button.focus();
                                                        }
                                                    }
                                                });
                                            }
                                        >
                                            <span aria-hidden="true">{if earlier { "↑ " } else { "↓ " }}</span>
                                            {i18n.t(if earlier { "sched-move-earlier" } else { "sched-move-later" })}
                                        </button>
                                    }
                                }
                            };
                            view! {
                                <li class="pk-sched-row" class:pk-sched-row--changed=changed>
                                    <span class="pk-sched-row__time">{time_words(i18n, &occ)}</span>
                                    <img class="pk-sched-row__img" src=src alt="" />
                                    <div class="pk-sched-row__text">
                                        <p class="pk-sched-row__name">{activity_name.clone()}</p>
                                        <p class="pk-sched-row__meta">
                                            {repeat_words(i18n, lang, entry.as_ref())}
                                            {is_appointment.then(|| format!(" · {}", i18n.t("sched-appointment")))}
                                        </p>
                                        {change_words.map(|words| view! { <p class="pk-sched-row__change"><strong>{i18n.t("sched-change")}": "</strong>{words}</p> })}
                                    </div>
                                    <div class="pk-fac-actions pk-sched-row__actions">
                                        {untimed.then(|| view! { {move_button(true)} {move_button(false)} })}
                                        <button type="button" class="pk-button" aria-label=named("sched-edit-name")
                                            on:click=move |_| {
                                                if let Some(entry) = entry_for_edit.as_ref() {
                                                    open_form(Form::of(entry, k_edit.date, lang));
                                                }
                                            }
                                        >
                                            {i18n.t("sched-edit")}
                                        </button>
                                        {if changed {
                                            view! {
                                                <button type="button" class="pk-button" aria-label=named("sched-restore-name")
                                                    on:click=move |_| {
                                                        let k = k_restore.clone();
                                                        change(Box::new(move |s| s.restore_plan(&k.entry, k.date)));
                                                    }
                                                >
                                                    {i18n.t("sched-restore")}
                                                </button>
                                            }.into_any()
                                        } else {
                                            view! {
                                                <button type="button" class="pk-button" aria-label=named("sched-change-plan-name")
                                                    aria-expanded=move || is_changing().to_string()
                                                    on:click=move |_| {
                                                        let id = k_change.entry.clone();
                                                        changing.update(|c| *c = if c.as_deref() == Some(id.as_str()) { None } else { Some(id) });
                                                    }
                                                >
                                                    {i18n.t("sched-change-plan")}
                                                </button>
                                            }.into_any()
                                        }}
                                        <button type="button" class="pk-button pk-button--danger" aria-label=named("sched-remove-name")
                                            on:click=move |_| pending_remove.set(Some((k_remove.entry.clone(), remove_name.clone())))
                                        >
                                            {i18n.t("sched-remove")}
                                        </button>
                                    </div>
                                    <Show when=is_changing>
                                        {
                                            let (k_cancel, k_instead) = (key.clone(), key.clone());
                                            view! {
                                                <div class="pk-sched-row__plan" role="group" aria-label=i18n.ta("sched-change-plan-name", &[("name", &activity_name)])>
                                                    <p>{i18n.t("sched-change-plan-hint")}</p>
                                                    <label class="pk-field">
                                                        <span class="pk-field__label">{i18n.t("sched-instead-name")}</span>
                                                        <input class="pk-input" type="text" maxlength=MAX_NAME_CHARS.to_string()
                                                            prop:value=move || instead_name.get()
                                                            on:input=move |e| instead_name.set(event_target_value(&e))
                                                        />
                                                    </label>
                                                    <div class="pk-fac-actions">
                                                        <button type="button" class="pk-button"
                                                            on:click=move |_| {
                                                                let k = k_cancel.clone();
                                                                change(Box::new(move |s| s.change_plan(&k.entry, k.date, Exception::Cancelled)));
                                                                changing.set(None);
                                                            }
                                                        >
                                                            {i18n.t("sched-cancel-today")}
                                                        </button>
                                                        <button type="button" class="pk-button"
                                                            on:click=move |_| pick_one(Picking::Instead(k_instead.entry.clone()))
                                                        >
                                                            {i18n.t("sched-instead")}
                                                        </button>
                                                    </div>
                                                </div>
                                            }
                                        }
                                    </Show>
                                </li>
                            }
                        }).collect_view()
                    }}
                </ul>
                <div class="pk-fac-actions">
                    <button type="button" class="pk-button pk-button--primary" on:click=move |_| new_activity()>
                        <span aria-hidden="true">"+ "</span>{move || i18n.t("sched-add")}
                    </button>
                </div>
                <div class="pk-fac-actions">
                    <button type="button" class="pk-button"
                        on:click=move |_| router.go(Route::Print(pid.get_value(), Sheet::Day(date.get_untracked()).path()))>
                        {move || i18n.t("print-day")}
                    </button>
                    <button type="button" class="pk-button"
                        on:click=move |_| router.go(Route::Print(pid.get_value(), Sheet::Week(date.get_untracked()).path()))>
                        {move || i18n.t("print-week")}
                    </button>
                </div>
                <CopyDay date=date on_copy=Callback::new(move |to: Date| {
                    let from = date.get_untracked();
                    let mut copied = 0;
                    update_schedule(state, &pid.get_value(), |s| {
                        copied = s.copy_day(from, to, &mut || new_id("a"));
                    });
                    state.toast.set(Some(Toast {
                        message: i18n.ta("sched-copied", &[("count", &copied.to_string()), ("day", &date_words(i18n.lang.get_untracked(), to))]),
                        undo_restore: None,
                    }));
                }) />
            </section>

            <Show when=move || form.with(Option::is_some)>
                <section class="pk-fac-section pk-sched-form" node_ref=form_ref aria-labelledby="sched-form-heading">
                    <h2 id="sched-form-heading" class="pk-fac-section__title" tabindex="-1">
                        {move || i18n.t("sched-form-title")}
                    </h2>
                    <ActivityFields form=form lang=lang routines=routines
                        on_pick_picture=Callback::new(move |()| pick_one(Picking::Activity))
                        on_pick_place=Callback::new(move |()| pick_one(Picking::Place))
                        on_pick_helper=Callback::new(move |()| pick_one(Picking::Helper))
                        on_pick_bring=Callback::new(move |()| pick_many(Picking::Bring))
                    />
                    <Show when=move || !problems.with(Vec::is_empty)>
                        <ul class="pk-field__error" role="alert">
                            {move || problems.get().into_iter().map(|p| view! { <li>{i18n.t(p.message_id())}</li> }).collect_view()}
                        </ul>
                    </Show>
                    <div class="pk-fac-actions">
                        <button type="button" class="pk-button" on:click=move |_| { form.set(None); problems.set(Vec::new()); }>
                            {move || i18n.t("sched-form-cancel")}
                        </button>
                        <button type="button" class="pk-button pk-button--primary" on:click=move |_| save()>
                            {move || i18n.t("sched-form-save")}
                        </button>
                    </div>
                </section>
            </Show>

            <section class="pk-fac-section" aria-labelledby="sched-routines-heading">
                <h2 id="sched-routines-heading" class="pk-fac-section__title">{move || i18n.t("sched-routines")}</h2>
                <p class="pk-fac-hint">{move || i18n.t("sched-routines-hint")}</p>
                <ul class="pk-sched-routines" role="list">
                    {move || {
                        let library = pictograms.library();
                        let lang = lang.get();
                        routines.get().into_iter().map(|routine| {
                            let routine_name = routine.label.name(lang).to_owned();
                            let (r_steps, r_remove, r_print) = (routine.id.clone(), routine.id.clone(), routine.id.clone());
                            let named = {
                                let n = routine_name.clone();
                                move |id: &'static str| i18n.ta(id, &[("name", &n)])
                            };
                            let n_steps = routine.steps.len();
                            let steps = routine.steps.iter().enumerate().map(|(index, step)| {
                                let src = show(library.as_deref(), &state, &step.picto, lang, false).map(|s| s.src).unwrap_or_default();
                                let step_name = step.name(lang).to_owned();
                                let rid = routine.id.clone();
                                let (rid_words, rid_up, rid_down) = (rid.clone(), rid.clone(), rid.clone());
                                let number = (index + 1).to_string();
                                let (is_first, is_last) = (index == 0, index + 1 >= n_steps);
                                // Moves the step one place; the list is drawn again in its new order.
                                let move_step = move |rid: String, earlier: bool| {
                                    change(Box::new(move |s| {
                                        if let Some(mut r) = s.routine(&rid).cloned() {
                                            if r.move_step(index, earlier) {
                                                let _ = s.put_routine(r);
                                            }
                                        }
                                    }));
                                };
                                view! {
                                    <li class="pk-sched-step">
                                        <img src=src alt="" />
                                        <span class="pk-sched-step__number" aria-hidden="true">{format!("{number}.")}</span>
                                        // The step's own words, kept when the field is left (not
                                        // on each letter: that would draw the list again).
                                        <label class="pk-sched-step__words">
                                            <span class="pk-visually-hidden">{i18n.ta("sched-step-words", &[("n", &number)])}</span>
                                            <input
                                                class="pk-input"
                                                type="text"
                                                maxlength="60"
                                                prop:value=step_name.clone()
                                                on:change=move |ev| {
                                                    let words = event_target_value(&ev);
                                                    let rid = rid_words.clone();
                                                    change(Box::new(move |s| {
                                                        if let Some(mut r) = s.routine(&rid).cloned() {
                                                            if r.rename_step(index, lang, &words) {
                                                                let _ = s.put_routine(r);
                                                            }
                                                        }
                                                    }));
                                                }
                                            />
                                        </label>
                                        <button type="button" class="pk-button pk-button--icon"
                                            aria-label=i18n.ta("sched-step-earlier", &[("name", &step_name)])
                                            disabled=is_first
                                            on:click=move |_| move_step(rid_up.clone(), true)
                                        >
                                            <span aria-hidden="true">"↑"</span>
                                        </button>
                                        <button type="button" class="pk-button pk-button--icon"
                                            aria-label=i18n.ta("sched-step-later", &[("name", &step_name)])
                                            disabled=is_last
                                            on:click=move |_| move_step(rid_down.clone(), false)
                                        >
                                            <span aria-hidden="true">"↓"</span>
                                        </button>
                                        <button type="button" class="pk-button pk-button--icon"
                                            aria-label=i18n.ta("sched-step-remove", &[("name", &step_name)])
                                            on:click=move |_| {
                                                let rid = rid.clone();
                                                change(Box::new(move |s| {
                                                    if let Some(mut r) = s.routine(&rid).cloned() {
                                                        if index < r.steps.len() {
                                                            r.steps.remove(index);
                                                        }
                                                        let _ = s.put_routine(r);
                                                    }
                                                }));
                                            }
                                        >
                                            <span aria-hidden="true">"×"</span>
                                        </button>
                                    </li>
                                }
                            }).collect_view();
                            view! {
                                <li class="pk-sched-routine">
                                    <h3 class="pk-sched-routine__name">{routine_name.clone()}</h3>
                                    <ol class="pk-sched-steps" role="list">{steps}</ol>
                                    <div class="pk-fac-actions">
                                        <button type="button" class="pk-button" aria-label=named("sched-add-steps-name")
                                            on:click=move |_| pick_many(Picking::Steps(r_steps.clone()))
                                        >
                                            <span aria-hidden="true">"+ "</span>{i18n.t("sched-add-steps")}
                                        </button>
                                        <button type="button" class="pk-button" aria-label=named("print-routine-name")
                                            on:click=move |_| router.go(Route::Print(pid.get_value(), Sheet::Routine(r_print.clone()).path()))
                                        >
                                            {i18n.t("print-routine")}
                                        </button>
                                        <button type="button" class="pk-button pk-button--danger" aria-label=named("sched-remove-routine-name")
                                            on:click=move |_| {
                                                let id = r_remove.clone();
                                                change(Box::new(move |s| s.remove_routine(&id)));
                                            }
                                        >
                                            {i18n.t("sched-remove")}
                                        </button>
                                    </div>
                                </li>
                            }
                        }).collect_view()
                    }}
                </ul>
                <div class="pk-fac-actions">
                    <label class="pk-field pk-field--inline">
                        <span class="pk-field__label">{move || i18n.t("sched-routine-name")}</span>
                        <input class="pk-input" type="text" maxlength=MAX_NAME_CHARS.to_string()
                            prop:value=move || new_routine_name.get()
                            on:input=move |e| new_routine_name.set(event_target_value(&e))
                        />
                    </label>
                    <button type="button" class="pk-button" on:click=move |_| {
                        let text = new_routine_name.get_untracked().trim().to_owned();
                        if text.is_empty() {
                            routine_problem.set(Some("sched-routine-name-empty"));
                            return;
                        }
                        routine_problem.set(None);
                        let id = new_id("r");
                        let routine = Routine {
                            id: id.clone(),
                            label: Label {
                                picto: PictoRef::Symbol(ui::STEPS.code().unwrap_or_default().to_owned()),
                                names: Names::from([(lang.get_untracked(), text)]),
                            },
                            steps: Vec::new(),
                        };
                        let mut result = Ok(());
                        update_schedule(state, &pid.get_value(), |s| result = s.put_routine(routine));
                        match result {
                            Ok(()) => {
                                new_routine_name.set(String::new());
                                pick_many(Picking::Steps(id));
                            }
                            Err(found) => routine_problem.set(found.first().map(|p| p.message_id())),
                        }
                    }>
                        <span aria-hidden="true">"+ "</span>{move || i18n.t("sched-new-routine")}
                    </button>
                </div>
                {move || routine_problem.get().map(|id| view! { <p class="pk-field__error" role="alert">{i18n.t(id)}</p> })}
            </section>

            <section class="pk-fac-section" aria-labelledby="sched-first-then-heading">
                <h2 id="sched-first-then-heading" class="pk-fac-section__title">{move || i18n.t("sched-first-then")}</h2>
                <p class="pk-fac-hint">{move || i18n.ta("sched-first-then-hint", &[("name", &name())])}</p>
                <ul class="pk-sched-routines" role="list">
                    {move || {
                        let library = pictograms.library();
                        let lang = lang.get();
                        sched.get().first_then.into_iter().map(|board| {
                            let picture = |label: &Label| show(library.as_deref(), &state, &label.picto, lang, false).map(|s| s.src).unwrap_or_default();
                            let (first, then) = (board.first.name(lang).to_owned(), board.then.name(lang).to_owned());
                            let id = board.id.clone();
                            view! {
                                <li class="pk-sched-routine pk-sched-board">
                                    <span class="pk-sched-board__side">
                                        <span class="pk-sched-board__word">{i18n.t("sched-first")}</span>
                                        <img src=picture(&board.first) alt="" />
                                        <span>{first.clone()}</span>
                                    </span>
                                    <span class="pk-sched-board__arrow" aria-hidden="true">"→"</span>
                                    <span class="pk-sched-board__side">
                                        <span class="pk-sched-board__word">{i18n.t("sched-then")}</span>
                                        <img src=picture(&board.then) alt="" />
                                        <span>{then.clone()}</span>
                                    </span>
                                    <button type="button" class="pk-button pk-button--danger"
                                        aria-label=i18n.ta("sched-board-remove-name", &[("first", &first), ("then", &then)])
                                        on:click=move |_| { let id = id.clone(); change(Box::new(move |s| s.remove_first_then(&id))); }
                                    >
                                        {i18n.t("sched-remove")}
                                    </button>
                                </li>
                            }
                        }).collect_view()
                    }}
                </ul>
                <div class="pk-sched-board pk-sched-board--new">
                    {[(true, "sched-first"), (false, "sched-then")].into_iter().map(|(is_first, word)| {
                        let side = move || new_board.with(|b| if is_first { b.0.clone() } else { b.1.clone() });
                        view! {
                            <span class="pk-sched-board__side">
                                <span class="pk-sched-board__word">{move || i18n.t(word)}</span>
                                {move || side().map(|label| {
                                    let src = show(pictograms.library().as_deref(), &state, &label.picto, lang.get(), false).map(|s| s.src).unwrap_or_default();
                                    view! { <img src=src alt="" /><span>{label.name(lang.get()).to_owned()}</span> }
                                })}
                                <button type="button" class="pk-button"
                                    aria-label=move || format!("{}: {}", i18n.t(word), i18n.t(if side().is_some() { "sched-change-picture" } else { "sched-choose-picture" }))
                                    on:click=move |_| pick_one(if is_first { Picking::BoardFirst } else { Picking::BoardThen })
                                >
                                    {move || i18n.t(if side().is_some() { "sched-change-picture" } else { "sched-choose-picture" })}
                                </button>
                            </span>
                        }
                    }).collect_view()}
                </div>
                <div class="pk-fac-actions">
                    <button type="button" class="pk-button" on:click=move |_| {
                        let (Some(first), Some(then)) = new_board.get_untracked() else {
                            board_problem.set(true);
                            return;
                        };
                        let board = pictokit_domain::schedule::FirstThen { id: new_id("ft"), first, then };
                        let mut result = Ok(());
                        update_schedule(state, &pid.get_value(), |s| result = s.put_first_then(board));
                        match result {
                            Ok(()) => {
                                new_board.set((None, None));
                                board_problem.set(false);
                            }
                            Err(_) => board_problem.set(true),
                        }
                    }>
                        <span aria-hidden="true">"+ "</span>{move || i18n.t("sched-board-add")}
                    </button>
                </div>
                <Show when=move || board_problem.get()>
                    <p class="pk-field__error" role="alert">{move || i18n.t("sched-board-incomplete")}</p>
                </Show>
            </section>

            <section class="pk-fac-section" aria-labelledby="sched-rewards-heading">
                <h2 id="sched-rewards-heading" class="pk-fac-section__title">{move || i18n.t("sched-rewards")}</h2>
                <p class="pk-fac-hint">{move || i18n.ta("sched-rewards-hint", &[("name", &name())])}</p>
                <ul class="pk-sched-bring" role="list">
                    {move || {
                        let library = pictograms.library();
                        let lang = lang.get();
                        let rewards = sched.with(|s| s.rewards.clone());
                        if rewards.is_empty() {
                            return view! { <li class="pk-sched-empty">{i18n.t("sched-rewards-none")}</li> }.into_any();
                        }
                        rewards.into_iter().enumerate().map(|(index, label)| {
                            let src = show(library.as_deref(), &state, &label.picto, lang, false).map(|s| s.src).unwrap_or_default();
                            let n = label.name(lang).to_owned();
                            view! {
                                <li>
                                    <img src=src alt="" />
                                    <span>{n.clone()}</span>
                                    <button type="button" class="pk-button pk-button--icon" aria-label=i18n.ta("sched-reward-remove", &[("name", &n)])
                                        on:click=move |_| change(Box::new(move |s| s.remove_reward(index)))
                                    >
                                        <span aria-hidden="true">"×"</span>
                                    </button>
                                </li>
                            }
                        }).collect_view().into_any()
                    }}
                </ul>
                <div class="pk-fac-actions">
                    <button type="button" class="pk-button" on:click=move |_| pick_many(Picking::Rewards)>
                        <span aria-hidden="true">"+ "</span>{move || i18n.t("sched-rewards-add")}
                    </button>
                </div>
                {move || rewards_problem.get().map(|id| view! { <p class="pk-field__error" role="alert">{i18n.t(id)}</p> })}
            </section>

            <section class="pk-fac-section" aria-labelledby="sched-settings-heading">
                <h2 id="sched-settings-heading" class="pk-fac-section__title">{move || i18n.t("sched-settings")}</h2>
                <fieldset class="pk-fieldset">
                    <legend>{move || i18n.ta("sched-view-question", &[("name", &name())])}</legend>
                    {[(DayView::NowNext, "sched-view-now-next"), (DayView::List, "sched-view-list")].into_iter().map(|(view_kind, id)| view! {
                        <label class="pk-choice">
                            <input type="radio" name="sched-view"
                                prop:checked=move || sched.with(|s| s.settings.view == view_kind)
                                on:change=move |_| change(Box::new(move |s| s.settings.view = view_kind))
                            />
                            <span>{move || i18n.t(id)}</span>
                        </label>
                    }).collect_view()}
                </fieldset>
                <label class="pk-choice">
                    <input type="checkbox"
                        prop:checked=move || sched.with(|s| s.settings.show_clock)
                        on:change=move |e| { let on = event_target_checked(&e); change(Box::new(move |s| s.settings.show_clock = on)) }
                    />
                    <span>{move || i18n.t("sched-show-clock")}</span>
                </label>
                <label class="pk-choice">
                    <input type="checkbox"
                        prop:checked=move || sched.with(|s| s.settings.sounds)
                        on:change=move |e| { let on = event_target_checked(&e); change(Box::new(move |s| s.settings.sounds = on)) }
                    />
                    <span>{move || i18n.t("sched-sounds")}</span>
                </label>
                <label class="pk-field">
                    <span class="pk-field__label">{move || i18n.t("sched-lead")}</span>
                    <input class="pk-input pk-input--short" type="number" min="0" max=MAX_LEAD_MINUTES.to_string() inputmode="numeric"
                        prop:value=move || sched.with(|s| s.settings.lead_minutes.to_string())
                        on:change=move |e| {
                            let minutes = event_target_value(&e).trim().parse::<u32>().unwrap_or(0).min(MAX_LEAD_MINUTES);
                            change(Box::new(move |s| s.settings.lead_minutes = minutes));
                        }
                    />
                </label>
                <p class="pk-fac-hint">{move || i18n.t("sched-reminders-honest")}</p>
                <label class="pk-choice">
                    <input type="checkbox"
                        prop:checked=move || sched.with(|s| s.settings.notifications)
                        disabled=move || notify_state.get() == "unsupported"
                        on:change=move |e| {
                            let on = event_target_checked(&e);
                            change(Box::new(move |s| s.settings.notifications = on));
                            if on {
                                leptos::task::spawn_local(async move {
                                    notify_state.set(device::ask_notifications().await);
                                });
                            }
                        }
                    />
                    <span>{move || i18n.t("sched-notifications")}</span>
                </label>
                <p class="pk-fac-hint" aria-live="polite">
                    {move || match notify_state.get().as_str() {
                        "unsupported" => i18n.t("sched-notifications-unsupported"),
                        "denied" => i18n.t("sched-notifications-denied"),
                        "granted" => i18n.t("sched-notifications-granted"),
                        _ => String::new(),
                    }}
                </p>
                <Show when=move || !device::wake_lock_supported()>
                    <p class="pk-fac-hint">{move || i18n.t("sched-wake-lock-unsupported")}</p>
                </Show>
                <label class="pk-field">
                    <span class="pk-field__label">{move || i18n.t("sched-zone")}</span>
                    <select class="pk-input"
                        on:change=move |e| { let z = event_target_value(&e); change(Box::new(move |s| s.settings.zone = z)) }
                    >
                        {zone::known().into_iter().map(|z| view! {
                            <option value=z.name selected=move || sched.with(|s| s.settings.zone == z.name)>{z.name}</option>
                        }).collect_view()}
                    </select>
                </label>
            </section>

            <section class="pk-fac-section" aria-labelledby="sched-export-heading">
                <h2 id="sched-export-heading" class="pk-fac-section__title">{move || i18n.t("sched-export")}</h2>
                <p class="pk-fac-hint">{move || i18n.t("sched-export-hint")}</p>
                <div class="pk-fac-actions">
                    <button type="button" class="pk-button" on:click=move |_| export()>
                        {move || i18n.t("sched-export-ics")}
                    </button>
                </div>
            </section>

            <PictoPicker open=picker_one profile_id=profile_id.clone() on_pick=on_pick />
            <PictoPicker open=picker_many profile_id=profile_id.clone() multiple=true on_pick=on_pick />
            <ConfirmDialog
                open=Signal::derive(move || pending_remove.with(Option::is_some))
                title=Signal::derive(move || {
                    let n = pending_remove.with(|p| p.as_ref().map(|(_, n)| n.clone()).unwrap_or_default());
                    i18n.ta("sched-remove-title", &[("name", &n)])
                })
                body=Signal::derive(move || i18n.t("sched-remove-body"))
                confirm_label=Signal::derive(move || i18n.t("sched-remove"))
                cancel_label=Signal::derive(move || i18n.t("delete-confirm-no"))
                on_confirm=Callback::new(move |()| {
                    if let Some((id, _)) = pending_remove.get_untracked() {
                        change(Box::new(move |s| s.remove_entry(&id)));
                    }
                    pending_remove.set(None);
                })
                on_cancel=Callback::new(move |()| pending_remove.set(None))
            />
        </FacilitatorFrame>
    }
    .into_any()
}

/// A file name from a calendar's name: letters, digits and dashes.
fn file_stem(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let stem = stem.trim_matches('-').to_owned();
    if stem.is_empty() {
        "schedule".to_owned()
    } else {
        stem
    }
}

/// "Copy this day to…": a date and a button.
#[component]
fn CopyDay(date: RwSignal<Date>, on_copy: Callback<Date>) -> impl IntoView {
    let i18n = use_i18n();
    let target = RwSignal::new(None::<Date>);
    view! {
        <div class="pk-fac-actions pk-sched-copy">
            <label class="pk-field pk-field--inline">
                <span class="pk-field__label">{move || i18n.t("sched-copy-to")}</span>
                <input class="pk-input" type="date"
                    prop:value=move || target.get().map(|d| d.to_string()).unwrap_or_default()
                    on:change=move |e| target.set(event_target_value(&e).parse::<Date>().ok())
                />
            </label>
            <button type="button" class="pk-button"
                disabled=move || target.get().is_none_or(|t| t == date.get())
                on:click=move |_| {
                    if let Some(to) = target.get_untracked() {
                        on_copy.run(to);
                    }
                }
            >
                {move || i18n.t("sched-copy")}
            </button>
        </div>
    }
}

/// The fields of the activity form.
#[component]
fn ActivityFields(
    form: RwSignal<Option<Form>>,
    lang: Signal<Language>,
    routines: Memo<Vec<Routine>>,
    on_pick_picture: Callback<()>,
    on_pick_place: Callback<()>,
    on_pick_helper: Callback<()>,
    on_pick_bring: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let pictograms = use_pictograms();
    let get =
        move |f: fn(&Form) -> String| form.with(|form| form.as_ref().map(f).unwrap_or_default());
    let set = move |f: Box<dyn FnOnce(&mut Form)>| {
        form.update(|form| {
            if let Some(form) = form {
                f(form)
            }
        })
    };
    let src_of = move |picto: Option<PictoRef>| {
        picto
            .and_then(|p| {
                show(
                    pictograms.library().as_deref(),
                    &state,
                    &p,
                    lang.get(),
                    false,
                )
            })
            .map(|shown| shown.src)
    };
    let names_open = RwSignal::new(false);
    let label_view = move |which: &'static str,
                           label: Option<Label>,
                           on_pick: Callback<()>,
                           clear: fn(&mut Form)| {
        let lang = lang.get();
        view! {
            <div class="pk-sched-label">
                <span class="pk-field__label">{i18n.t(which)}</span>
                {label.clone().map(|l| {
                    let src = src_of(Some(l.picto.clone())).unwrap_or_default();
                    view! { <img class="pk-sched-label__img" src=src alt="" /><span>{l.name(lang).to_owned()}</span> }
                })}
                <button type="button" class="pk-button" on:click=move |_| on_pick.run(())>
                    {i18n.t(if label.is_some() { "sched-change-picture" } else { "sched-choose-picture" })}
                    <span class="pk-visually-hidden">{format!(" ({})", i18n.t(which))}</span>
                </button>
                {label.is_some().then(|| view! {
                    <button type="button" class="pk-button" on:click=move |_| set(Box::new(clear))>
                        {i18n.t("sched-clear")}<span class="pk-visually-hidden">{format!(" ({})", i18n.t(which))}</span>
                    </button>
                })}
            </div>
        }
    };
    view! {
        <div class="pk-sched-picture">
            {move || src_of(form.with(|f| f.as_ref().and_then(|f| f.picto.clone()))).map(|src| view! { <img class="pk-sched-picture__img" src=src alt="" /> })}
            <button type="button" class="pk-button" on:click=move |_| on_pick_picture.run(())>
                {move || i18n.t("sched-activity-picture")}
            </button>
        </div>
        <label class="pk-field">
            <span class="pk-field__label">{move || i18n.t("sched-activity-name")}</span>
            <input class="pk-input" type="text" maxlength=MAX_NAME_CHARS.to_string()
                prop:value=move || get(|f| f.name.clone())
                on:input=move |e| { let v = event_target_value(&e); set(Box::new(move |f| f.name = v)) }
            />
        </label>
        // The name in the profile's other languages: what a family member sees in the
        // exported calendar, and what the person sees if their language changes.
        <div class="pk-sched-names">
            // A button that says it opens (a bare summary line read as an empty heading).
            <button type="button" class="pk-chip pk-sched-names__toggle" aria-expanded=move || names_open.get().to_string()
                on:click=move |_| names_open.update(|open| *open = !*open)
            >
                {move || i18n.t("sched-other-names")}
            </button>
            {move || names_open.get().then(|| Language::ALL.into_iter().filter(|other| *other != lang.get()).map(|other| view! {
                <label class="pk-field">
                    <span class="pk-field__label">{i18n.ta("sched-name-in", &[("language", other.endonym())])}</span>
                    <input class="pk-input" type="text" lang=other.tag() maxlength=MAX_NAME_CHARS.to_string()
                        prop:value=move || form.with(|f| f.as_ref().and_then(|f| f.names.get(&other).cloned()).unwrap_or_default())
                        on:input=move |e| {
                            let v = event_target_value(&e);
                            set(Box::new(move |f| { f.names.insert(other, v); }))
                        }
                    />
                </label>
            }).collect_view())}
        </div>
        <div class="pk-sched-times">
            <label class="pk-field">
                <span class="pk-field__label">{move || i18n.t("sched-start")}</span>
                <input class="pk-input" type="time"
                    prop:value=move || get(|f| f.start.clone())
                    on:input=move |e| { let v = event_target_value(&e); set(Box::new(move |f| f.start = v)) }
                />
            </label>
            <label class="pk-field">
                <span class="pk-field__label">{move || i18n.t("sched-minutes")}</span>
                <input class="pk-input pk-input--short" type="number" min="1" max=MAX_MINUTES.to_string() inputmode="numeric"
                    prop:value=move || get(|f| f.minutes.clone())
                    on:input=move |e| { let v = event_target_value(&e); set(Box::new(move |f| f.minutes = v)) }
                />
            </label>
        </div>
        <fieldset class="pk-fieldset">
            <legend>{move || i18n.t("sched-when")}</legend>
            <label class="pk-choice">
                <input type="radio" name="sched-when"
                    prop:checked=move || form.with(|f| f.as_ref().is_some_and(|f| !f.weekly))
                    on:change=move |_| set(Box::new(|f| f.weekly = false))
                />
                <span>{move || i18n.ta("sched-once-on", &[("day", &form.with(|f| f.as_ref().map(|f| date_words(i18n.lang.get(), f.from)).unwrap_or_default()))])}</span>
            </label>
            <label class="pk-choice">
                <input type="radio" name="sched-when"
                    prop:checked=move || form.with(|f| f.as_ref().is_some_and(|f| f.weekly))
                    on:change=move |_| set(Box::new(|f| f.weekly = true))
                />
                <span>{move || i18n.t("sched-every-week")}</span>
            </label>
            <Show when=move || form.with(|f| f.as_ref().is_some_and(|f| f.weekly))>
                <div class="pk-sched-weekdays" role="group" aria-label=move || i18n.t("sched-weekdays")>
                    {(1u8..=7).map(|n| view! {
                        <label class="pk-choice pk-choice--day">
                            <input type="checkbox"
                                prop:checked=move || form.with(|f| f.as_ref().is_some_and(|f| f.days.contains(&n)))
                                on:change=move |e| {
                                    let on = event_target_checked(&e);
                                    set(Box::new(move |f| { if on { f.days.insert(n); } else { f.days.remove(&n); } }))
                                }
                            />
                            <span>{move || weekday_words(i18n.lang.get(), n, false)}</span>
                        </label>
                    }).collect_view()}
                </div>
            </Show>
        </fieldset>
        <label class="pk-choice">
            <input type="checkbox"
                prop:checked=move || form.with(|f| f.as_ref().is_some_and(|f| f.appointment))
                on:change=move |e| { let on = event_target_checked(&e); set(Box::new(move |f| f.appointment = on)) }
            />
            <span>{move || i18n.t("sched-is-appointment")}</span>
        </label>
        {move || label_view("sched-place", form.with(|f| f.as_ref().and_then(|f| f.place.clone())), on_pick_place, |f| f.place = None)}
        {move || label_view("sched-helper", form.with(|f| f.as_ref().and_then(|f| f.helper.clone())), on_pick_helper, |f| f.helper = None)}
        <Show when=move || form.with(|f| f.as_ref().is_some_and(|f| f.appointment))>
            <div class="pk-sched-label">
                <span class="pk-field__label">{move || i18n.t("sched-bring")}</span>
                <ul class="pk-sched-bring" role="list">
                    {move || {
                        let lang = lang.get();
                        form.with(|f| f.as_ref().map(|f| f.bring.clone()).unwrap_or_default()).into_iter().enumerate().map(|(index, label)| {
                            let src = src_of(Some(label.picto.clone())).unwrap_or_default();
                            let n = label.name(lang).to_owned();
                            view! {
                                <li>
                                    <img src=src alt="" /><span>{n.clone()}</span>
                                    <button type="button" class="pk-button pk-button--icon" aria-label=i18n.ta("sched-bring-remove", &[("name", &n)])
                                        on:click=move |_| set(Box::new(move |f| { if index < f.bring.len() { f.bring.remove(index); } }))
                                    ><span aria-hidden="true">"×"</span></button>
                                </li>
                            }
                        }).collect_view()
                    }}
                </ul>
                <button type="button" class="pk-button" on:click=move |_| on_pick_bring.run(())>
                    <span aria-hidden="true">"+ "</span>{move || i18n.t("sched-bring-add")}
                </button>
            </div>
        </Show>
        <label class="pk-field">
            <span class="pk-field__label">{move || i18n.t("sched-routine")}</span>
            <select class="pk-input"
                on:change=move |e| { let v = event_target_value(&e); set(Box::new(move |f| f.routine = (!v.is_empty()).then_some(v))) }
            >
                <option value="" selected=move || form.with(|f| f.as_ref().is_some_and(|f| f.routine.is_none()))>{move || i18n.t("sched-routine-none")}</option>
                {move || {
                    let lang = lang.get();
                    routines.get().into_iter().map(|r| {
                        let id = r.id.clone();
                        let selected = form.with(|f| f.as_ref().is_some_and(|f| f.routine.as_deref() == Some(id.as_str())));
                        view! { <option value=r.id.clone() selected=selected>{r.label.name(lang).to_owned()}</option> }
                    }).collect_view()
                }}
            </select>
        </label>
    }
}
