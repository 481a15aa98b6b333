//! The visual schedule: a person's activities, weekly recurring ones with exceptions for
//! single dates, one-off days and appointments, routines of steps, first–then boards,
//! and what is *now*, *next* and *later* at any instant.
//!
//! Everything is in the person's civil time (dates, wall-clock times) in one time zone
//! ([`zone`]); instants and durations go through `jiff`, so a day across a
//! daylight-saving change has the right length and a timer never jumps an hour.
//!
//! Pure: the app stores a [`Schedule`] per profile and draws what these functions return.

pub mod ics;
pub mod zone;

use crate::picto::PictoRef;
use crate::reminder_plan;
use crate::Language;
use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Span, Timestamp};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// The most activities (recurring and one-off) a schedule keeps.
pub const MAX_ENTRIES: usize = 1000;
/// The most steps in a routine.
pub const MAX_STEPS: usize = 30;
/// The most routines.
pub const MAX_ROUTINES: usize = 100;
/// The longest activity, in minutes (a whole day).
pub const MAX_MINUTES: u32 = 24 * 60;
/// The longest name, in characters.
pub const MAX_NAME_CHARS: usize = 60;
/// The most minutes of warning before an activity.
pub const MAX_LEAD_MINUTES: u32 = 120;
/// Days of progress (done marks, routine steps) kept before they are forgotten.
pub const KEEP_PROGRESS_DAYS: i32 = 14;

/// A name in each language the facilitator wrote it in.
pub type Names = BTreeMap<Language, String>;

/// A picture with words: a place, a person who helps, a thing to bring, a routine step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    /// Its picture.
    pub picto: PictoRef,
    /// Its words.
    #[serde(default)]
    pub names: Names,
}

/// What kind of thing happens.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// Something the person does (breakfast, day centre, swimming).
    #[default]
    Activity,
    /// An appointment (doctor on Tuesday at 10:00), with things to bring.
    Appointment,
}

/// One activity as the facilitator built it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Activity {
    /// Unique within the schedule.
    pub id: String,
    /// Its picture and name.
    pub picto: PictoRef,
    /// Its name per language.
    #[serde(default)]
    pub names: Names,
    /// Activity or appointment.
    #[serde(default)]
    pub kind: Kind,
    /// When it starts (wall-clock time), if it has a time.
    #[serde(default)]
    pub start: Option<Time>,
    /// How long it lasts, in minutes (1 to [`MAX_MINUTES`]), if known.
    #[serde(default)]
    pub minutes: Option<u32>,
    /// Where it happens.
    #[serde(default)]
    pub place: Option<Label>,
    /// Who helps.
    #[serde(default)]
    pub helper: Option<Label>,
    /// The routine played step by step during it, by routine id.
    #[serde(default)]
    pub routine: Option<String>,
    /// What to bring (appointments).
    #[serde(default)]
    pub bring: Vec<Label>,
}

/// When an activity happens.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Repeat {
    /// Once, on this date.
    Once {
        /// The date.
        date: Date,
    },
    /// Every week on these days, from a date (inclusive), until a date (inclusive) if given.
    Weekly {
        /// The days of the week (1 = Monday … 7 = Sunday).
        days: BTreeSet<u8>,
        /// The first date it can happen.
        from: Date,
        /// The last date it can happen.
        #[serde(default)]
        until: Option<Date>,
    },
}

/// A change to one occurrence of an entry on one date: a change of plan the person sees.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
// Few exceptions exist, and most replace the activity: boxing it would gain nothing.
#[allow(clippy::large_enum_variant)]
pub enum Exception {
    /// Not today.
    Cancelled,
    /// Something else instead ("today no swimming: library instead").
    Replaced {
        /// What happens instead.
        with: Activity,
    },
}

/// An activity and when it happens.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The activity.
    pub activity: Activity,
    /// When.
    pub repeat: Repeat,
    /// Changes of plan on single dates.
    #[serde(default)]
    pub exceptions: BTreeMap<Date, Exception>,
    /// Where an untimed activity sits in the day: the minute of the day (0 to 1439) of the
    /// slot the facilitator put it in, e.g. 481 for right after breakfast at 08:00 (see
    /// [`Schedule::day`]). Lower first among untimed activities; ignored for timed ones.
    #[serde(default)]
    pub position: i32,
}

/// A step-by-step sequence (task analysis): "brush teeth" in 6 steps.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Routine {
    /// Unique within the schedule.
    pub id: String,
    /// Its picture and name.
    pub label: Label,
    /// The steps in order (at most [`MAX_STEPS`]).
    pub steps: Vec<Label>,
}

/// "First homework, then tablet".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FirstThen {
    /// Unique within the schedule.
    pub id: String,
    /// What comes first.
    pub first: Label,
    /// What comes then.
    pub then: Label,
}

/// How the person sees the day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DayView {
    /// Now large, next smaller, the rest as a strip.
    #[default]
    NowNext,
    /// The whole day as a list in the profile's grid.
    List,
}

/// How the schedule behaves for this person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// Now/next or list.
    #[serde(default)]
    pub view: DayView,
    /// Show the clock time beside the picture of the part of the day.
    #[serde(default)]
    pub show_clock: bool,
    /// Minutes of warning before an activity or appointment (0 = no reminders).
    #[serde(default = "default_lead")]
    pub lead_minutes: u32,
    /// Also a system notification, where the browser allows.
    #[serde(default)]
    pub notifications: bool,
    /// A gentle sound when a timer ends and when something is done.
    #[serde(default)]
    pub sounds: bool,
    /// IANA name of the person's time zone (one of [`zone::known`]).
    #[serde(default = "default_zone")]
    pub zone: String,
}

fn default_lead() -> u32 {
    10
}

fn default_zone() -> String {
    zone::DEFAULT.to_owned()
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            view: DayView::default(),
            show_clock: false,
            lead_minutes: default_lead(),
            notifications: false,
            sounds: false,
            zone: default_zone(),
        }
    }
}

/// Which occurrence: an entry on a date. Progress and reminders are keyed by it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct OccurrenceKey {
    /// The entry's activity id.
    pub entry: String,
    /// The date it belongs to (the date it starts).
    pub date: Date,
}

/// What the person has done: activities marked done, routine steps ticked, rewards chosen.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// Occurrences marked done, in the order they were marked (the last one is undone first).
    #[serde(default)]
    pub done: Vec<OccurrenceKey>,
    /// Steps ticked in a routine, per occurrence: how many from the start.
    #[serde(default)]
    pub steps: BTreeMap<String, usize>,
    /// The reward chosen per date, by label index in [`Schedule::rewards`].
    #[serde(default)]
    pub rewards: BTreeMap<Date, usize>,
    /// Reminders already shown (so a reload does not repeat them).
    #[serde(default)]
    pub reminded: BTreeSet<OccurrenceKey>,
    /// First–then boards whose "first" is done, per date (the key's entry is the board id).
    #[serde(default)]
    pub first_done: BTreeSet<OccurrenceKey>,
}

/// Version of a profile's schedule record.
pub const SCHEDULE_SCHEMA: u64 = 1;

/// A person's whole schedule.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    /// Every activity and when it happens.
    #[serde(default)]
    pub entries: Vec<Entry>,
    /// Routines, reusable across days.
    #[serde(default)]
    pub routines: Vec<Routine>,
    /// First–then boards.
    #[serde(default)]
    pub first_then: Vec<FirstThen>,
    /// Rewards the person can choose from after the day's tasks.
    #[serde(default)]
    pub rewards: Vec<Label>,
    /// How it behaves.
    #[serde(default)]
    pub settings: Settings,
    /// What has been done.
    #[serde(default)]
    pub progress: Progress,
}

/// Part of the day, shown as a picture for people who don't read clocks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DayPart {
    /// From 05:00 to 12:00.
    Morning,
    /// From 12:00 to 20:00.
    Afternoon,
    /// From 20:00 to 05:00.
    Evening,
}

/// How a change of plan shows on an occurrence.
#[derive(Clone, Debug, PartialEq, Eq)]
// Built for the occurrences of a few days at a time: boxing the activity would gain nothing.
#[allow(clippy::large_enum_variant)]
pub enum Change {
    /// It was planned and is not happening today.
    Cancelled,
    /// It replaces what was planned (the planned activity, for "X instead of Y").
    Instead {
        /// What was planned.
        planned: Activity,
    },
}

/// One activity on one date, resolved: times as instants in the schedule's zone.
#[derive(Clone, Debug, PartialEq)]
pub struct Occurrence {
    /// Which one.
    pub key: OccurrenceKey,
    /// What happens (the replacement, if the plan changed).
    pub activity: Activity,
    /// When it starts, if timed (a start inside a DST gap moves forward, as in RFC 5545).
    pub start: Option<Timestamp>,
    /// When it ends, if timed and with a duration (may be on the next date).
    pub end: Option<Timestamp>,
    /// Its part of the day (from its start; untimed ones from the preceding timed one, else morning).
    pub part: DayPart,
    /// A change of plan, if any. Cancelled occurrences are listed too, so the person sees them.
    pub change: Option<Change>,
    /// Marked done.
    pub done: bool,
}

/// What the person sees at an instant.
#[derive(Clone, Debug, PartialEq)]
pub struct NowNext {
    /// The date shown (the civil date at the instant).
    pub date: Date,
    /// What is happening now, if anything (may belong to the previous date, across midnight).
    pub now: Option<Occurrence>,
    /// What comes next.
    pub next: Option<Occurrence>,
    /// The rest of the day after next, in order.
    pub later: Vec<Occurrence>,
    /// Done, cancelled and past occurrences of the day, in order.
    pub past: Vec<Occurrence>,
}

/// A reminder to show before an occurrence starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Reminder {
    /// Which occurrence.
    pub occurrence: Occurrence,
    /// When to show it (start minus the lead time).
    pub at: Timestamp,
}

/// A visual timer: a shrinking disc.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timer {
    /// When it started.
    pub start: Timestamp,
    /// When it ends.
    pub end: Timestamp,
}

/// What a loaded schedule record had wrong (dropped or clamped), for a message.
pub type Dropped = usize;

/// Something wrong with an activity, routine or board the facilitator made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// No name in any language.
    NameEmpty,
    /// A name longer than [`MAX_NAME_CHARS`].
    NameTooLong,
    /// A duration of 0 or more than [`MAX_MINUTES`].
    BadDuration,
    /// A weekly activity without any day.
    NoDays,
    /// A weekly activity that ends before it starts.
    UntilBeforeFrom,
    /// A routine that is not in the schedule.
    UnknownRoutine,
    /// More activities, routines or steps than allowed.
    TooMany,
    /// A time that is not a time ("25:00").
    BadTime,
}

impl Problem {
    /// The Fluent message id that explains the problem.
    pub fn message_id(self) -> &'static str {
        match self {
            Problem::NameEmpty => "schedule-error-name-empty",
            Problem::NameTooLong => "schedule-error-name-too-long",
            Problem::BadDuration => "schedule-error-duration",
            Problem::NoDays => "schedule-error-no-days",
            Problem::UntilBeforeFrom => "schedule-error-until",
            Problem::UnknownRoutine => "schedule-error-routine",
            Problem::TooMany => "schedule-error-too-many",
            Problem::BadTime => "schedule-error-time",
        }
    }
}

/// The name in `lang`; else in English, Spanish, Catalan, then the other languages (the
/// first written); else "".
///
/// A name of only spaces counts as not written; the name comes back trimmed.
pub fn name_in(names: &Names, lang: Language) -> &str {
    let written = |lang: Language| {
        names
            .get(&lang)
            .map(|name| name.trim())
            .filter(|name| !name.is_empty())
    };
    written(lang)
        .or_else(|| FALLBACK_LANGUAGES.into_iter().find_map(written))
        .unwrap_or("")
}

/// The languages a name falls back to, in order.
const FALLBACK_LANGUAGES: [Language; 7] = [
    Language::En,
    Language::Es,
    Language::Ca,
    Language::Gl,
    Language::Eu,
    Language::Pt,
    Language::Fr,
];

/// Reads a wall-clock time typed as "9:30", "09:30" or "9.30"; `None` if it is not one.
///
/// Also "9h30" and "9h" (09:00), as written in Spanish and Catalan. Spaces around it are
/// ignored; hours go from 0 to 23 and minutes, always two digits, from 00 to 59.
pub fn parse_time(text: &str) -> Option<Time> {
    let text = text.trim();
    let (hours, minutes) = text.split_once([':', '.', 'h', 'H'])?;
    let is_number = |digits: &str, max_len: usize| {
        (1..=max_len).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
    };
    let minutes = match minutes {
        "" if text.ends_with(['h', 'H']) => "00",
        minutes => minutes,
    };
    if !is_number(hours, 2) || minutes.len() != 2 || !is_number(minutes, 2) {
        return None;
    }
    let hour: i8 = hours.parse().ok()?;
    let minute: i8 = minutes.parse().ok()?;
    if hour > 23 || minute > 59 {
        return None;
    }
    Time::new(hour, minute, 0, 0).ok()
}

/// A wall-clock time as "09:30".
pub fn format_time(time: Time) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// The day of the week as stored in [`Repeat::Weekly`]: 1 = Monday … 7 = Sunday.
pub fn weekday_number(date: Date) -> u8 {
    date.weekday().to_monday_one_offset().unsigned_abs()
}

impl Activity {
    /// Its name in `lang` (see [`name_in`]).
    pub fn name(&self, lang: Language) -> &str {
        name_in(&self.names, lang)
    }

    /// Checks names, duration and routine against the schedule.
    ///
    /// - [`Problem::NameEmpty`]: no name in any language (spaces do not count);
    /// - [`Problem::NameTooLong`]: a name of the activity, its place, helper or a thing to
    ///   bring longer than [`MAX_NAME_CHARS`] (spaces around it do not count);
    /// - [`Problem::BadDuration`]: a duration of 0 or more than [`MAX_MINUTES`];
    /// - [`Problem::UnknownRoutine`]: a routine id that is not in `schedule`;
    /// - [`Problem::TooMany`]: more than [`MAX_STEPS`] things to bring.
    ///
    /// Each problem is listed once, in that order.
    pub fn problems(&self, schedule: &Schedule) -> Vec<Problem> {
        let mut problems = Vec::new();
        if self.names.values().all(|name| name.trim().is_empty()) {
            problems.push(Problem::NameEmpty);
        }
        let mut labels = self.place.iter().chain(&self.helper).chain(&self.bring);
        if has_long_name(&self.names) || labels.any(|label| has_long_name(&label.names)) {
            problems.push(Problem::NameTooLong);
        }
        if self
            .minutes
            .is_some_and(|minutes| !(1..=MAX_MINUTES).contains(&minutes))
        {
            problems.push(Problem::BadDuration);
        }
        if self
            .routine
            .as_deref()
            .is_some_and(|id| schedule.routine(id).is_none())
        {
            problems.push(Problem::UnknownRoutine);
        }
        if self.bring.len() > MAX_STEPS {
            problems.push(Problem::TooMany);
        }
        problems
    }
}

impl Label {
    /// Its name in `lang` (see [`name_in`]).
    pub fn name(&self, lang: Language) -> &str {
        name_in(&self.names, lang)
    }
}

impl Routine {
    /// Gives step `index` its own words in `lang` ("Put toothpaste on the brush" instead of
    /// the pictogram's "toothbrush"): trimmed and cut to [`MAX_NAME_CHARS`]; empty words
    /// take that language's words away (the step then says its other names, or none).
    /// `false` when there is no such step.
    pub fn rename_step(&mut self, index: usize, lang: Language, words: &str) -> bool {
        let Some(step) = self.steps.get_mut(index) else {
            return false;
        };
        let words: String = words.trim().chars().take(MAX_NAME_CHARS).collect();
        if words.is_empty() {
            step.names.remove(&lang);
        } else {
            step.names.insert(lang, words);
        }
        true
    }

    /// Moves step `index` one place earlier (`earlier`) or later; `false` when it is
    /// already first (or last), or there is no such step.
    pub fn move_step(&mut self, index: usize, earlier: bool) -> bool {
        let other = if earlier {
            index.checked_sub(1)
        } else {
            index.checked_add(1)
        };
        match other {
            Some(other) if index < self.steps.len() && other < self.steps.len() => {
                self.steps.swap(index, other);
                true
            }
            _ => false,
        }
    }
}

impl Entry {
    /// Whether it happens on `date` (cancelled or replaced there or not): a one-off entry on
    /// its date, a weekly one on its days of the week from `from` until `until` (inclusive).
    pub fn occurs_on(&self, date: Date) -> bool {
        match &self.repeat {
            Repeat::Once { date: once } => *once == date,
            Repeat::Weekly { days, from, until } => {
                days.contains(&weekday_number(date))
                    && *from <= date
                    && until.is_none_or(|until| date <= until)
            }
        }
    }
}

impl DayPart {
    /// Every part, in the order of the day.
    pub const ALL: [DayPart; 3] = [DayPart::Morning, DayPart::Afternoon, DayPart::Evening];

    /// The part of the day a wall-clock time is in: morning from 05:00 (inclusive) to
    /// 12:00, afternoon from 12:00 to 20:00, evening from 20:00 to 05:00.
    pub fn of(time: Time) -> DayPart {
        match time.hour() {
            5..=11 => DayPart::Morning,
            12..=19 => DayPart::Afternoon,
            _ => DayPart::Evening,
        }
    }

    /// Its stored name, also used in message ids.
    pub fn as_str(self) -> &'static str {
        match self {
            DayPart::Morning => "morning",
            DayPart::Afternoon => "afternoon",
            DayPart::Evening => "evening",
        }
    }
}

impl Timer {
    /// A timer of `minutes` from `start`: absolute minutes, so a timer across a
    /// daylight-saving change lasts exactly as long as it says.
    pub fn minutes(start: Timestamp, minutes: u32) -> Timer {
        let end = start
            .checked_add(SignedDuration::from_mins(i64::from(minutes)))
            .unwrap_or(Timestamp::MAX);
        Timer { start, end }
    }

    /// Whole seconds left at `now` (0 once over; the full length before it starts).
    ///
    /// Parts of a second count as a whole one, so it only says 0 once it is over.
    pub fn seconds_left(&self, now: Timestamp) -> i64 {
        let total = ceil_seconds(self.end.duration_since(self.start)).max(0);
        ceil_seconds(self.end.duration_since(now)).clamp(0, total)
    }

    /// Minutes left at `now`, rounded up (what is spoken: "3 minutes left").
    pub fn minutes_left(&self, now: Timestamp) -> i64 {
        (self.seconds_left(now) + 59) / 60
    }

    /// The share of the disc still coloured at `now`, from 1.0 (start) to 0.0 (over).
    ///
    /// 1.0 before it starts; 0.0 for a timer of no length.
    pub fn fraction_left(&self, now: Timestamp) -> f64 {
        let total = self.end.duration_since(self.start).as_nanos();
        if total <= 0 {
            return 0.0;
        }
        let left = self.end.duration_since(now).as_nanos().clamp(0, total);
        // Both fit an f64 well enough for a disc: at most a day in nanoseconds.
        (left as f64 / total as f64).clamp(0.0, 1.0)
    }

    /// Whether it has ended at `now`.
    pub fn is_over(&self, now: Timestamp) -> bool {
        now >= self.end
    }
}

/// Seconds of a duration, parts of a second rounded up.
fn ceil_seconds(duration: SignedDuration) -> i64 {
    let seconds = duration.as_secs();
    if duration.subsec_nanos() > 0 {
        seconds.saturating_add(1)
    } else {
        seconds
    }
}

impl Schedule {
    /// Loads a stored record leniently: anything unreadable is dropped and counted,
    /// limits are applied; never fails.
    ///
    /// - not an object: the empty schedule (counted once, unless it is `null`);
    /// - each entry, exception, routine, first–then board, reward and progress mark is read
    ///   on its own: one that cannot be read, has an empty id or repeats an earlier id is
    ///   dropped and counted;
    /// - beyond [`MAX_ENTRIES`] entries, [`MAX_ROUTINES`] routines (and as many first–then
    ///   boards), [`MAX_STEPS`] steps per routine, things to bring and rewards, the rest is
    ///   dropped and counted;
    /// - names are trimmed and cut to [`MAX_NAME_CHARS`] (not counted);
    /// - a duration outside 1 to [`MAX_MINUTES`] is forgotten, days of the week outside 1 to
    ///   7 are dropped, a routine id that names no routine is unlinked, a lead time above
    ///   [`MAX_LEAD_MINUTES`] is lowered to it, an unknown zone becomes [`zone::DEFAULT`],
    ///   and a setting that cannot be read takes its default (each counted);
    /// - a chosen reward that is not in the list is forgotten (counted).
    pub fn from_record(record: &serde_json::Value) -> (Schedule, Dropped) {
        let mut loader = Loader::default();
        let mut schedule = Schedule::default();
        let Some(object) = record.as_object() else {
            return (schedule, usize::from(!record.is_null()));
        };
        if let Some(value) = object.get("settings") {
            schedule.settings = loader.settings(value);
        }
        schedule.routines = loader.routines(object.get("routines"));
        schedule.first_then = loader.first_then(object.get("first_then"));
        schedule.rewards = loader.rewards(object.get("rewards"));
        let routine_ids: BTreeSet<&str> = schedule
            .routines
            .iter()
            .map(|routine| routine.id.as_str())
            .collect();
        schedule.entries = loader.entries(object.get("entries"), &routine_ids);
        if let Some(value) = object.get("progress") {
            schedule.progress = loader.progress(value, schedule.rewards.len());
        }
        (schedule, loader.n_dropped)
    }

    /// The schedule's time zone ([`Settings::zone`], else [`zone::DEFAULT`]; UTC if even
    /// that could not be read, which the tests rule out).
    pub fn time_zone(&self) -> TimeZone {
        zone::time_zone(&self.settings.zone)
            .or_else(|| zone::time_zone(zone::DEFAULT))
            .unwrap_or(TimeZone::UTC)
    }

    /// The civil date at an instant, in the schedule's zone.
    pub fn date_at(&self, now: Timestamp) -> Date {
        self.time_zone().to_datetime(now).date()
    }

    /// The entry whose activity has this id.
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|entry| entry.activity.id == id)
    }

    /// The routine with this id.
    pub fn routine(&self, id: &str) -> Option<&Routine> {
        self.routines.iter().find(|routine| routine.id == id)
    }

    /// Every occurrence on `date`, cancelled ones included, in order.
    ///
    /// An entry occurs on `date` as [`Entry::occurs_on`] says. A cancelled occurrence keeps
    /// the planned activity and is marked [`Change::Cancelled`]; a replaced one shows the
    /// replacement, marked [`Change::Instead`] with what was planned.
    ///
    /// Times: the start is `date` at the activity's wall-clock time in the schedule's zone.
    /// A time that does not exist (skipped when clocks go forward) moves forward by the
    /// jump (02:30 becomes 03:30); a time that happens twice (when clocks go back) is the
    /// first one, as RFC 5545 says. The end is the start plus the duration in real minutes,
    /// so 01:30 for 120 minutes on the day clocks go forward ends at 04:30; it may be on
    /// the next date.
    ///
    /// Order: each occurrence has a minute of the day. A timed one has the wall-clock
    /// minute it really starts at (03:30 for a skipped 02:30); an untimed one has its
    /// [`Entry::position`] (below 0 counts as 0, above 1439 as 1439). The app sets the
    /// position of an untimed activity to the minute of the day of the slot where the
    /// facilitator put it: after breakfast at 08:00, 481; first thing in the morning, 0.
    /// Occurrences go by that minute; at the same minute timed ones come first (by start),
    /// then untimed ones by position, then in the order the entries were added. So a day
    /// of only untimed activities is in position order.
    ///
    /// The part of the day is that of the start for timed occurrences, and that of the
    /// nearest timed occurrence before it in this order for untimed ones (morning if none).
    pub fn day(&self, date: Date) -> Vec<Occurrence> {
        let tz = self.time_zone();
        let mut sorted: Vec<(DayOrder, Occurrence)> = Vec::new();
        for (entry_idx, entry) in self.entries.iter().enumerate() {
            if !entry.occurs_on(date) {
                continue;
            }
            let (activity, change) = match entry.exceptions.get(&date) {
                None => (entry.activity.clone(), None),
                Some(Exception::Cancelled) => (entry.activity.clone(), Some(Change::Cancelled)),
                Some(Exception::Replaced { with }) => (
                    with.clone(),
                    Some(Change::Instead {
                        planned: entry.activity.clone(),
                    }),
                ),
            };
            let start = activity
                .start
                .and_then(|time| tz.to_timestamp(DateTime::from_parts(date, time)).ok());
            let end = start
                .zip(activity.minutes.filter(|minutes| *minutes > 0))
                .and_then(|(start, minutes)| {
                    start
                        .checked_add(SignedDuration::from_mins(i64::from(minutes)))
                        .ok()
                });
            let minute = match start {
                Some(start) => minute_of_day(&tz, date, start),
                None => i64::from(entry.position.clamp(0, MINUTES_PER_DAY - 1)),
            };
            let key = OccurrenceKey {
                entry: entry.activity.id.clone(),
                date,
            };
            let order = DayOrder {
                minute,
                untimed: start.is_none(),
                start,
                position: entry.position,
                entry_idx,
            };
            let occurrence = Occurrence {
                done: self.is_done(&key),
                key,
                activity,
                start,
                end,
                part: DayPart::Morning,
                change,
            };
            sorted.push((order, occurrence));
        }
        sorted.sort_by_key(|(order, _)| *order);
        let mut part = DayPart::Morning;
        sorted
            .into_iter()
            .map(|(_, mut occurrence)| {
                if let Some(start) = occurrence.start {
                    part = DayPart::of(tz.to_datetime(start).time());
                }
                occurrence.part = part;
                occurrence
            })
            .collect()
    }

    /// Moves an untimed activity one place earlier or later in `date`'s order, past the
    /// activity next to it (timed or not); returns whether it moved (not for a timed one,
    /// one not on that date, or one already first or last).
    ///
    /// Untimed activities keep their order through their [`Entry::position`], a minute of
    /// the day, so the untimed ones of that date are numbered anew in the order wanted:
    /// right after a timed one they take its minute (timed ones come first at the same
    /// minute), one after another they count up, and they stay below the next timed one's
    /// minute where there is room. A position belongs to the entry, so a weekly activity
    /// moves on its other days too.
    pub fn move_in_day(&mut self, date: Date, id: &str, earlier: bool) -> bool {
        let tz = self.time_zone();
        let mut order: Vec<(String, Option<i64>)> = self
            .day(date)
            .into_iter()
            .map(|occurrence| {
                let minute = occurrence
                    .start
                    .map(|start| minute_of_day(&tz, date, start));
                (occurrence.key.entry, minute)
            })
            .collect();
        let Some(idx) = order.iter().position(|(entry, _)| entry == id) else {
            return false;
        };
        if order[idx].1.is_some() {
            return false;
        }
        let other = if earlier {
            idx.checked_sub(1)
        } else {
            Some(idx + 1).filter(|other| *other < order.len())
        };
        let Some(other) = other else {
            return false;
        };
        order.swap(idx, other);
        let mut previous: Option<(i64, bool)> = None;
        for (item_idx, (entry_id, minute)) in order.iter().enumerate() {
            if let Some(minute) = minute {
                previous = Some((*minute, true));
                continue;
            }
            let next_timed = order[item_idx + 1..]
                .iter()
                .find_map(|(_, minute)| *minute)
                .unwrap_or(i64::from(MINUTES_PER_DAY));
            let wanted = match previous {
                None => 0,
                Some((minute, true)) => minute,
                Some((minute, false)) => minute + 1,
            };
            let position = wanted
                .min(next_timed - 1)
                .clamp(0, i64::from(MINUTES_PER_DAY - 1));
            previous = Some((position, false));
            if let Some(entry) = self.entries.iter_mut().find(|e| &e.activity.id == entry_id) {
                entry.position = i32::try_from(position).unwrap_or(0);
            }
        }
        true
    }

    /// Seven days from `first`, each with its occurrences.
    pub fn week(&self, first: Date) -> Vec<(Date, Vec<Occurrence>)> {
        (0..7)
            .filter_map(|n_days| add_days(first, n_days))
            .map(|date| (date, self.day(date)))
            .collect()
    }

    /// Now, next and later at an instant.
    ///
    /// The day is the civil date at `now`. Besides its occurrences, an occurrence of the
    /// day before that is still running (it ends after `now`, across midnight) comes
    /// first, unless it was cancelled or done.
    ///
    /// An occurrence of the day is *past* when it is cancelled, done, ended (its end is not
    /// after `now`), or when it has no end (untimed, or timed without a duration) and a
    /// timed occurrence after it in the day's order has already started. The others remain,
    /// in the day's order: the first is *now* if it is untimed or has started; if it has
    /// not started yet, nothing is happening (free time) and it is *next*. After *now*,
    /// the following one is *next* and the rest are *later*. So of two overlapping
    /// activities, the one that started first stays *now* until it ends.
    ///
    /// `past` holds the past occurrences of the day (not of the day before), in order.
    /// Together, `now`, `next`, `later` and `past` hold every occurrence of the day and
    /// the running ones of the day before, each once.
    pub fn at(&self, now: Timestamp) -> NowNext {
        let date = self.date_at(now);
        let mut remaining: Vec<Occurrence> = date
            .yesterday()
            .map(|yesterday| self.day(yesterday))
            .unwrap_or_default()
            .into_iter()
            .filter(|occurrence| {
                !occurrence.done
                    && !is_cancelled(occurrence)
                    && occurrence.end.is_some_and(|end| end > now)
            })
            .collect();
        let today = self.day(date);
        // Whether a timed occurrence after each one has started, walking back.
        let mut is_past = vec![false; today.len()];
        let mut later_started = false;
        for (idx, occurrence) in today.iter().enumerate().rev() {
            is_past[idx] = occurrence.done
                || is_cancelled(occurrence)
                || match occurrence.end {
                    Some(end) => end <= now,
                    None => later_started,
                };
            if !is_cancelled(occurrence) && occurrence.start.is_some_and(|start| start <= now) {
                later_started = true;
            }
        }
        let mut past = Vec::new();
        for (occurrence, is_past) in today.into_iter().zip(is_past) {
            if is_past {
                past.push(occurrence);
            } else {
                remaining.push(occurrence);
            }
        }
        let mut remaining = remaining.into_iter();
        let (current, next) = match remaining.next() {
            None => (None, None),
            Some(first) if first.start.is_none_or(|start| start <= now) => {
                (Some(first), remaining.next())
            }
            Some(first) => (None, Some(first)),
        };
        NowNext {
            date,
            now: current,
            next,
            later: remaining.collect(),
            past,
        }
    }

    /// The timer of an occurrence that has a start and an end.
    pub fn timer_for(&self, occurrence: &Occurrence) -> Option<Timer> {
        occurrence
            .start
            .zip(occurrence.end)
            .map(|(start, end)| Timer { start, end })
    }

    /// Reminders whose time falls in `(since, now]`, for occurrences that have not started,
    /// are not cancelled or done, and have not been reminded yet.
    ///
    /// A reminder is at the start minus [`Settings::lead_minutes`] (at most
    /// [`MAX_LEAD_MINUTES`]); a lead of 0 means no reminders, and untimed activities have
    /// none. In order of time.
    pub fn reminders_due(&self, since: Timestamp, now: Timestamp) -> Vec<Reminder> {
        let today = self.date_at(now);
        let mut reminders: Vec<Reminder> = (-1..=1)
            .filter_map(|n_days| add_days(today, n_days))
            .flat_map(|date| self.reminders_on(date))
            .filter(|reminder| {
                since < reminder.at
                    && reminder.at <= now
                    && reminder.occurrence.start.is_some_and(|start| start > now)
            })
            .collect();
        reminders.sort_by_key(|reminder| reminder.at);
        reminders
    }

    /// The next reminder after `now` (for a timer that wakes the page), looking up to eight
    /// days ahead.
    pub fn next_reminder(&self, now: Timestamp) -> Option<Reminder> {
        let today = self.date_at(now);
        (-1..=8)
            .filter_map(|n_days| add_days(today, n_days))
            .flat_map(|date| self.reminders_on(date))
            .filter(|reminder| reminder.at > now)
            .min_by_key(|reminder| reminder.at)
    }

    /// The reminders of the next [`reminder_plan::PLAN_DAYS`] days as plain instants, for
    /// the page that does not link this model (see [`reminder_plan`]): those that are not
    /// done, reminded or cancelled and whose activity starts after `now`, in order of time.
    pub fn reminder_plan(&self, now: Timestamp) -> reminder_plan::Plan {
        let today = self.date_at(now);
        let zone = self.time_zone();
        let mut reminders: Vec<Reminder> = (-1..=reminder_plan::PLAN_DAYS)
            .filter_map(|n_days| add_days(today, n_days))
            .flat_map(|date| self.reminders_on(date))
            .filter(|reminder| reminder.occurrence.start.is_some_and(|start| start > now))
            .collect();
        reminders.sort_by_key(|reminder| reminder.at);
        reminder_plan::Plan {
            made_ms: now.as_millisecond(),
            reminders: reminders
                .into_iter()
                .filter_map(|reminder| {
                    let occurrence = reminder.occurrence;
                    let start = occurrence.start?;
                    Some(reminder_plan::PlannedReminder {
                        entry: occurrence.key.entry,
                        date: occurrence.key.date.to_string(),
                        at_ms: reminder.at.as_millisecond(),
                        start_ms: start.as_millisecond(),
                        time: format_time(zone.to_datetime(start).time()),
                        picto: occurrence.activity.picto,
                        names: occurrence.activity.names,
                    })
                })
                .collect(),
        }
    }

    /// Remembers that a reminder was shown.
    pub fn mark_reminded(&mut self, key: &OccurrenceKey) {
        self.progress.reminded.insert(key.clone());
    }

    /// Whether an occurrence is marked done.
    pub fn is_done(&self, key: &OccurrenceKey) -> bool {
        self.progress.done.contains(key)
    }

    /// Marks an occurrence done (again marking it does nothing).
    pub fn mark_done(&mut self, key: &OccurrenceKey) {
        if !self.is_done(key) {
            self.progress.done.push(key.clone());
        }
    }

    /// Takes back the last done mark on `date`; returns which.
    pub fn undo_done(&mut self, date: Date) -> Option<OccurrenceKey> {
        let idx = self
            .progress
            .done
            .iter()
            .rposition(|key| key.date == date)?;
        Some(self.progress.done.remove(idx))
    }

    /// How many steps of the occurrence's routine are ticked.
    pub fn steps_done(&self, key: &OccurrenceKey) -> usize {
        self.progress
            .steps
            .get(&steps_key(key))
            .copied()
            .unwrap_or(0)
    }

    /// Ticks the next step (up to `n_steps`).
    pub fn tick_step(&mut self, key: &OccurrenceKey, n_steps: usize) {
        let n_done = (self.steps_done(key) + 1).min(n_steps);
        self.set_steps(key, n_done);
    }

    /// Unticks the last ticked step.
    pub fn untick_step(&mut self, key: &OccurrenceKey) {
        let n_done = self.steps_done(key).saturating_sub(1);
        self.set_steps(key, n_done);
    }

    /// Forgets progress older than [`KEEP_PROGRESS_DAYS`] before `today`: done marks, ticked
    /// steps, chosen rewards, done "firsts" of first–then boards and shown reminders of dates before `today` minus that many
    /// days (ticked steps whose key cannot be read go too).
    pub fn prune_progress(&mut self, today: Date) {
        let Some(oldest) = add_days(today, -i64::from(KEEP_PROGRESS_DAYS)) else {
            return;
        };
        let progress = &mut self.progress;
        progress.done.retain(|key| key.date >= oldest);
        progress.reminded.retain(|key| key.date >= oldest);
        progress.rewards.retain(|date, _| *date >= oldest);
        progress.first_done.retain(|key| key.date >= oldest);
        progress
            .steps
            .retain(|key, _| parse_steps_key(key).is_some_and(|(_, date)| date >= oldest));
    }

    /// Adds an entry, or replaces the one with the same activity id; checks it first.
    ///
    /// Besides [`Activity::problems`] (of the activity and of each replacement in its
    /// changes of plan): [`Problem::NoDays`] for a weekly entry without days or with a day
    /// outside 1 to 7, [`Problem::UntilBeforeFrom`] for one that ends before it starts, and
    /// [`Problem::TooMany`] for a new entry beyond [`MAX_ENTRIES`]. A replaced entry keeps
    /// its place in the list; a new one goes last.
    pub fn put_entry(&mut self, entry: Entry) -> Result<(), Vec<Problem>> {
        let mut problems = entry.activity.problems(self);
        for exception in entry.exceptions.values() {
            if let Exception::Replaced { with } = exception {
                problems.extend(with.problems(self));
            }
        }
        if let Repeat::Weekly { days, from, until } = &entry.repeat {
            if days.is_empty() || days.iter().any(|day| !(1..=7).contains(day)) {
                problems.push(Problem::NoDays);
            }
            if until.is_some_and(|until| until < *from) {
                problems.push(Problem::UntilBeforeFrom);
            }
        }
        let existing = self
            .entries
            .iter()
            .position(|old| old.activity.id == entry.activity.id);
        if existing.is_none() && self.entries.len() >= MAX_ENTRIES {
            problems.push(Problem::TooMany);
        }
        if !problems.is_empty() {
            return Err(without_repeats(problems));
        }
        match existing {
            Some(idx) => self.entries[idx] = entry,
            None => self.entries.push(entry),
        }
        Ok(())
    }

    /// Removes an entry and its progress.
    pub fn remove_entry(&mut self, id: &str) {
        self.entries.retain(|entry| entry.activity.id != id);
        let progress = &mut self.progress;
        progress.done.retain(|key| key.entry != id);
        progress.reminded.retain(|key| key.entry != id);
        progress
            .steps
            .retain(|key, _| parse_steps_key(key).is_none_or(|(entry, _)| entry != id));
    }

    /// A change of plan for one date: cancel the entry there, or put something else instead.
    /// For a one-off entry too (it stays, marked as changed).
    ///
    /// Nothing happens if the entry does not occur on `date`.
    pub fn change_plan(&mut self, id: &str, date: Date, exception: Exception) {
        if let Some(entry) = self
            .entries
            .iter_mut()
            .find(|entry| entry.activity.id == id && entry.occurs_on(date))
        {
            entry.exceptions.insert(date, exception);
        }
    }

    /// Takes back a change of plan.
    pub fn restore_plan(&mut self, id: &str, date: Date) {
        if let Some(entry) = self
            .entries
            .iter_mut()
            .find(|entry| entry.activity.id == id)
        {
            entry.exceptions.remove(&date);
        }
    }

    /// Copies the activities of `from` to `to` as one-off activities (with new ids from
    /// `new_id`), skipping the weekly ones that already happen on `to`. Returns how many.
    ///
    /// Cancelled occurrences are not copied; a replaced one is copied as its replacement.
    /// Copies keep their position and stop at [`MAX_ENTRIES`].
    pub fn copy_day(&mut self, from: Date, to: Date, new_id: &mut dyn FnMut() -> String) -> usize {
        let mut copies = Vec::new();
        for occurrence in self.day(from) {
            if is_cancelled(&occurrence) {
                continue;
            }
            let Some(entry) = self.entry(&occurrence.key.entry) else {
                continue;
            };
            if entry.occurs_on(to) {
                continue;
            }
            if self.entries.len() + copies.len() >= MAX_ENTRIES {
                break;
            }
            let mut activity = occurrence.activity;
            activity.id = new_id();
            copies.push(Entry {
                activity,
                repeat: Repeat::Once { date: to },
                exceptions: BTreeMap::new(),
                position: entry.position,
            });
        }
        let n_copied = copies.len();
        self.entries.extend(copies);
        n_copied
    }

    /// Adds or replaces a routine; checks it first.
    ///
    /// [`Problem::NameEmpty`] when the routine has no name; [`Problem::NameTooLong`] when
    /// its name or a step's is longer than [`MAX_NAME_CHARS`]; [`Problem::TooMany`] for
    /// more than [`MAX_STEPS`] steps or a new routine beyond [`MAX_ROUTINES`]. Steps may be
    /// pictures without words, and a routine may have no steps yet.
    pub fn put_routine(&mut self, routine: Routine) -> Result<(), Vec<Problem>> {
        let mut problems = Vec::new();
        if routine
            .label
            .names
            .values()
            .all(|name| name.trim().is_empty())
        {
            problems.push(Problem::NameEmpty);
        }
        if has_long_name(&routine.label.names)
            || routine.steps.iter().any(|step| has_long_name(&step.names))
        {
            problems.push(Problem::NameTooLong);
        }
        let existing = self.routines.iter().position(|old| old.id == routine.id);
        if routine.steps.len() > MAX_STEPS
            || (existing.is_none() && self.routines.len() >= MAX_ROUTINES)
        {
            problems.push(Problem::TooMany);
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        match existing {
            Some(idx) => self.routines[idx] = routine,
            None => self.routines.push(routine),
        }
        Ok(())
    }

    /// Removes a routine and unlinks it from activities (and from their replacements).
    pub fn remove_routine(&mut self, id: &str) {
        self.routines.retain(|routine| routine.id != id);
        let unlink = |activity: &mut Activity| {
            if activity.routine.as_deref() == Some(id) {
                activity.routine = None;
            }
        };
        for entry in &mut self.entries {
            unlink(&mut entry.activity);
            for exception in entry.exceptions.values_mut() {
                if let Exception::Replaced { with } = exception {
                    unlink(with);
                }
            }
        }
    }

    /// Adds a first–then board, or replaces the one with the same id; checks it first.
    ///
    /// [`Problem::NameTooLong`] when a name is longer than [`MAX_NAME_CHARS`];
    /// [`Problem::TooMany`] for a new board beyond [`MAX_ROUTINES`]. Both sides may be
    /// pictures without words.
    pub fn put_first_then(&mut self, board: FirstThen) -> Result<(), Vec<Problem>> {
        let mut problems = Vec::new();
        if has_long_name(&board.first.names) || has_long_name(&board.then.names) {
            problems.push(Problem::NameTooLong);
        }
        let existing = self.first_then.iter().position(|old| old.id == board.id);
        if existing.is_none() && self.first_then.len() >= MAX_ROUTINES {
            problems.push(Problem::TooMany);
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        match existing {
            Some(idx) => self.first_then[idx] = board,
            None => self.first_then.push(board),
        }
        Ok(())
    }

    /// Removes a first–then board and what was done on it.
    pub fn remove_first_then(&mut self, id: &str) {
        self.first_then.retain(|board| board.id != id);
        self.progress.first_done.retain(|key| key.entry != id);
    }

    /// Whether the "first" of a board is done on `date`.
    pub fn first_done(&self, board: &str, date: Date) -> bool {
        self.progress.first_done.contains(&OccurrenceKey {
            entry: board.to_owned(),
            date,
        })
    }

    /// Marks the "first" of a board done on `date` (nothing for an unknown board).
    pub fn mark_first_done(&mut self, board: &str, date: Date) {
        if self.first_then.iter().any(|b| b.id == board) {
            self.progress.first_done.insert(OccurrenceKey {
                entry: board.to_owned(),
                date,
            });
        }
    }

    /// Takes back the done mark of a board's "first" on `date`.
    pub fn undo_first_done(&mut self, board: &str, date: Date) {
        self.progress.first_done.remove(&OccurrenceKey {
            entry: board.to_owned(),
            date,
        });
    }

    /// Whether the day's tasks are all done: the date has at least one occurrence that is
    /// not cancelled, and every such occurrence is marked done. Then the person may choose
    /// a reward.
    pub fn day_complete(&self, date: Date) -> bool {
        let mut tasks = self
            .day(date)
            .into_iter()
            .filter(|occurrence| !matches!(occurrence.change, Some(Change::Cancelled)))
            .peekable();
        tasks.peek().is_some() && tasks.all(|occurrence| occurrence.done)
    }

    /// Adds rewards to choose from, skipping pictures already in the list; returns how many
    /// were added. [`Problem::TooMany`] when not all fit in [`MAX_STEPS`]: those that fit
    /// are kept.
    pub fn add_rewards(&mut self, labels: Vec<Label>) -> Result<usize, Problem> {
        let mut n_added = 0;
        for mut label in labels {
            if self.rewards.iter().any(|old| old.picto == label.picto) {
                continue;
            }
            if self.rewards.len() >= MAX_STEPS {
                return Err(Problem::TooMany);
            }
            clean_label(&mut label);
            self.rewards.push(label);
            n_added += 1;
        }
        Ok(n_added)
    }

    /// Removes the reward at `index`; a day that chose it forgets the choice, and the
    /// choices of rewards after it follow them.
    pub fn remove_reward(&mut self, index: usize) {
        if index >= self.rewards.len() {
            return;
        }
        self.rewards.remove(index);
        self.progress.rewards.retain(|_, chosen| *chosen != index);
        for chosen in self.progress.rewards.values_mut() {
            if *chosen > index {
                *chosen -= 1;
            }
        }
    }

    /// Records the reward the person chose on `date` (nothing for an index not in the list).
    pub fn choose_reward(&mut self, date: Date, index: usize) {
        if index < self.rewards.len() {
            self.progress.rewards.insert(date, index);
        }
    }

    /// Takes back the reward chosen on `date`.
    pub fn unchoose_reward(&mut self, date: Date) {
        self.progress.rewards.remove(&date);
    }

    /// The reward chosen on `date`.
    pub fn reward_on(&self, date: Date) -> Option<&Label> {
        self.progress
            .rewards
            .get(&date)
            .and_then(|index| self.rewards.get(*index))
    }

    /// The reminders of `date`'s occurrences that can still be reminded (timed, not
    /// cancelled, done or reminded); none when the lead time is 0.
    fn reminders_on(&self, date: Date) -> Vec<Reminder> {
        let lead_minutes = self.settings.lead_minutes.min(MAX_LEAD_MINUTES);
        if lead_minutes == 0 {
            return Vec::new();
        }
        let lead = SignedDuration::from_mins(i64::from(lead_minutes));
        self.day(date)
            .into_iter()
            .filter(|occurrence| {
                !occurrence.done
                    && !is_cancelled(occurrence)
                    && !self.progress.reminded.contains(&occurrence.key)
            })
            .filter_map(|occurrence| {
                let at = occurrence.start?.checked_sub(lead).ok()?;
                Some(Reminder { occurrence, at })
            })
            .collect()
    }

    /// Sets how many steps are ticked (0 forgets the occurrence's entry).
    fn set_steps(&mut self, key: &OccurrenceKey, n_done: usize) {
        if n_done == 0 {
            self.progress.steps.remove(&steps_key(key));
        } else {
            self.progress.steps.insert(steps_key(key), n_done);
        }
    }
}

/// Minutes in a day without a clock change.
const MINUTES_PER_DAY: i32 = 24 * 60;

/// The sort key of an occurrence within its day (see [`Schedule::day`]).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct DayOrder {
    /// The minute of the day it sits at.
    minute: i64,
    /// Untimed ones after timed ones at the same minute.
    untimed: bool,
    /// Its start, if timed.
    start: Option<Timestamp>,
    /// Its entry's position.
    position: i32,
    /// Its entry's index in the schedule.
    entry_idx: usize,
}

/// The wall-clock minute of the day at which `start` happens, counted from the start of
/// `date` (past 1439 if a skipped time moved it to the next date).
fn minute_of_day(tz: &TimeZone, date: Date, start: Timestamp) -> i64 {
    let wall = tz.to_datetime(start);
    let minute = i64::from(wall.hour()) * 60 + i64::from(wall.minute());
    let day_offset = match wall.date().cmp(&date) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    };
    day_offset * i64::from(MINUTES_PER_DAY) + minute
}

/// `date` moved by `n_days` (negative: back); `None` beyond the calendar's range.
fn add_days(date: Date, n_days: i64) -> Option<Date> {
    date.checked_add(Span::new().try_days(n_days).ok()?).ok()
}

/// Whether an occurrence is cancelled.
fn is_cancelled(occurrence: &Occurrence) -> bool {
    matches!(occurrence.change, Some(Change::Cancelled))
}

/// Whether any name is longer than [`MAX_NAME_CHARS`] (spaces around it left out).
fn has_long_name(names: &Names) -> bool {
    names
        .values()
        .any(|name| name.trim().chars().count() > MAX_NAME_CHARS)
}

/// The problems, each once, in their first order.
fn without_repeats(problems: Vec<Problem>) -> Vec<Problem> {
    let mut unique = Vec::with_capacity(problems.len());
    for problem in problems {
        if !unique.contains(&problem) {
            unique.push(problem);
        }
    }
    unique
}

/// The key of an occurrence in [`Progress::steps`]: `entry@date` ("swim@2026-11-23").
fn steps_key(key: &OccurrenceKey) -> String {
    format!("{}@{}", key.entry, key.date)
}

/// The entry id and date of a [`Progress::steps`] key.
fn parse_steps_key(text: &str) -> Option<(&str, Date)> {
    let (entry, date) = text.rsplit_once('@')?;
    Some((entry, date.parse().ok()?))
}

/// Reads the parts of a stored schedule, counting what it drops.
#[derive(Default)]
struct Loader {
    n_dropped: Dropped,
}

/// An entry as stored, its changes of plan still to be read one by one.
#[derive(Deserialize)]
struct StoredEntry {
    activity: Activity,
    repeat: Repeat,
    #[serde(default)]
    exceptions: Value,
    #[serde(default)]
    position: i32,
}

impl Loader {
    /// The items of a stored list; anything else but a missing value or `null` is counted.
    fn list<'a>(&mut self, value: Option<&'a Value>) -> &'a [Value] {
        match value {
            Some(Value::Array(values)) => values,
            None | Some(Value::Null) => &[],
            Some(_) => {
                self.n_dropped += 1;
                &[]
            }
        }
    }

    /// Reads each item of a stored list on its own, keeps at most `max`, drops unreadable
    /// ones, and those whose id (by `id_of`) is empty or repeats an earlier one.
    fn each<T: DeserializeOwned>(
        &mut self,
        value: Option<&Value>,
        max: usize,
        id_of: fn(&T) -> Option<&str>,
    ) -> Vec<T> {
        let values = self.list(value);
        let mut items: Vec<T> = Vec::new();
        let mut ids: BTreeSet<String> = BTreeSet::new();
        for value in values {
            if items.len() >= max {
                self.n_dropped += 1;
                continue;
            }
            let Ok(item) = T::deserialize(value) else {
                self.n_dropped += 1;
                continue;
            };
            match id_of(&item) {
                Some(id) if id.is_empty() || !ids.insert(id.to_owned()) => {
                    self.n_dropped += 1;
                }
                _ => items.push(item),
            }
        }
        items
    }

    fn settings(&mut self, value: &Value) -> Settings {
        let mut settings = Settings::default();
        let Some(object) = value.as_object() else {
            self.n_dropped += usize::from(!value.is_null());
            return settings;
        };
        self.field(object, "view", &mut settings.view);
        self.field(object, "show_clock", &mut settings.show_clock);
        self.field(object, "lead_minutes", &mut settings.lead_minutes);
        self.field(object, "notifications", &mut settings.notifications);
        self.field(object, "sounds", &mut settings.sounds);
        self.field(object, "zone", &mut settings.zone);
        if settings.lead_minutes > MAX_LEAD_MINUTES {
            settings.lead_minutes = MAX_LEAD_MINUTES;
            self.n_dropped += 1;
        }
        if zone::find(&settings.zone).is_none() {
            settings.zone = default_zone();
            self.n_dropped += 1;
        }
        settings
    }

    /// Reads one field into `target` if it is there; counts it and leaves `target` if it
    /// cannot be read.
    fn field<T: DeserializeOwned>(
        &mut self,
        object: &Map<String, Value>,
        name: &str,
        target: &mut T,
    ) {
        if let Some(value) = object.get(name) {
            match T::deserialize(value) {
                Ok(read) => *target = read,
                Err(_) => self.n_dropped += 1,
            }
        }
    }

    fn routines(&mut self, value: Option<&Value>) -> Vec<Routine> {
        let mut routines: Vec<Routine> =
            self.each(value, MAX_ROUTINES, |routine: &Routine| Some(&routine.id));
        for routine in &mut routines {
            clean_label(&mut routine.label);
            self.cut(&mut routine.steps, MAX_STEPS);
            routine.steps.iter_mut().for_each(clean_label);
        }
        routines
    }

    fn first_then(&mut self, value: Option<&Value>) -> Vec<FirstThen> {
        let mut boards: Vec<FirstThen> =
            self.each(value, MAX_ROUTINES, |board: &FirstThen| Some(&board.id));
        for board in &mut boards {
            clean_label(&mut board.first);
            clean_label(&mut board.then);
        }
        boards
    }

    fn rewards(&mut self, value: Option<&Value>) -> Vec<Label> {
        let mut rewards: Vec<Label> = self.each(value, MAX_STEPS, |_: &Label| None);
        rewards.iter_mut().for_each(clean_label);
        rewards
    }

    fn entries(&mut self, value: Option<&Value>, routine_ids: &BTreeSet<&str>) -> Vec<Entry> {
        let stored: Vec<StoredEntry> = self.each(value, MAX_ENTRIES, |entry: &StoredEntry| {
            Some(&entry.activity.id)
        });
        stored
            .into_iter()
            .map(|stored| self.entry(stored, routine_ids))
            .collect()
    }

    fn entry(&mut self, stored: StoredEntry, routine_ids: &BTreeSet<&str>) -> Entry {
        let mut entry = Entry {
            activity: stored.activity,
            repeat: stored.repeat,
            exceptions: BTreeMap::new(),
            position: stored.position,
        };
        self.activity(&mut entry.activity, routine_ids);
        if let Repeat::Weekly { days, .. } = &mut entry.repeat {
            let n_days = days.len();
            days.retain(|day| (1..=7).contains(day));
            self.n_dropped += n_days - days.len();
        }
        match stored.exceptions {
            Value::Object(exceptions) => {
                for (date, exception) in exceptions {
                    let date = date.parse::<Date>();
                    let exception = Exception::deserialize(&exception);
                    let (Ok(date), Ok(mut exception)) = (date, exception) else {
                        self.n_dropped += 1;
                        continue;
                    };
                    if let Exception::Replaced { with } = &mut exception {
                        self.activity(with, routine_ids);
                    }
                    entry.exceptions.insert(date, exception);
                }
            }
            Value::Null => {}
            _ => self.n_dropped += 1,
        }
        entry
    }

    fn activity(&mut self, activity: &mut Activity, routine_ids: &BTreeSet<&str>) {
        clean_names(&mut activity.names);
        if activity
            .minutes
            .is_some_and(|minutes| !(1..=MAX_MINUTES).contains(&minutes))
        {
            activity.minutes = None;
            self.n_dropped += 1;
        }
        activity.place.iter_mut().for_each(clean_label);
        activity.helper.iter_mut().for_each(clean_label);
        self.cut(&mut activity.bring, MAX_STEPS);
        activity.bring.iter_mut().for_each(clean_label);
        if activity
            .routine
            .as_deref()
            .is_some_and(|id| !routine_ids.contains(id))
        {
            activity.routine = None;
            self.n_dropped += 1;
        }
    }

    fn progress(&mut self, value: &Value, n_rewards: usize) -> Progress {
        let mut progress = Progress::default();
        let Some(object) = value.as_object() else {
            self.n_dropped += usize::from(!value.is_null());
            return progress;
        };
        for value in self.list(object.get("done")) {
            match OccurrenceKey::deserialize(value) {
                Ok(key) if !progress.done.contains(&key) => progress.done.push(key),
                _ => self.n_dropped += 1,
            }
        }
        for value in self.list(object.get("reminded")) {
            match OccurrenceKey::deserialize(value) {
                Ok(key) if progress.reminded.insert(key.clone()) => {}
                _ => self.n_dropped += 1,
            }
        }
        for value in self.list(object.get("first_done")) {
            match OccurrenceKey::deserialize(value) {
                Ok(key) if progress.first_done.insert(key.clone()) => {}
                _ => self.n_dropped += 1,
            }
        }
        for (key, n_done) in self.map(object.get("steps")) {
            match n_done.as_u64() {
                Some(n_done @ 1..) => {
                    let n_done = usize::try_from(n_done).unwrap_or(MAX_STEPS);
                    if n_done > MAX_STEPS {
                        self.n_dropped += 1;
                    }
                    progress.steps.insert(key.clone(), n_done.min(MAX_STEPS));
                }
                _ => self.n_dropped += 1,
            }
        }
        for (date, reward) in self.map(object.get("rewards")) {
            let date = date.parse::<Date>().ok();
            let reward = reward
                .as_u64()
                .and_then(|reward| usize::try_from(reward).ok())
                .filter(|reward| *reward < n_rewards);
            match date.zip(reward) {
                Some((date, reward)) => {
                    progress.rewards.insert(date, reward);
                }
                None => self.n_dropped += 1,
            }
        }
        progress
    }

    /// The fields of a stored map; anything else but a missing value or `null` is counted.
    fn map<'a>(
        &mut self,
        value: Option<&'a Value>,
    ) -> impl Iterator<Item = (&'a String, &'a Value)> {
        let map = match value {
            Some(Value::Object(map)) => Some(map),
            None | Some(Value::Null) => None,
            Some(_) => {
                self.n_dropped += 1;
                None
            }
        };
        map.into_iter().flatten()
    }

    /// Keeps the first `max` items, counting the rest.
    fn cut<T>(&mut self, items: &mut Vec<T>, max: usize) {
        self.n_dropped += items.len().saturating_sub(max);
        items.truncate(max);
    }
}

/// Names trimmed and cut to [`MAX_NAME_CHARS`].
fn clean_names(names: &mut Names) {
    for name in names.values_mut() {
        let trimmed = name.trim();
        if trimmed.len() != name.len() || trimmed.chars().count() > MAX_NAME_CHARS {
            *name = trimmed.chars().take(MAX_NAME_CHARS).collect();
        }
    }
}

/// A label's names trimmed and cut to [`MAX_NAME_CHARS`].
fn clean_label(label: &mut Label) {
    clean_names(&mut label.names);
}
