//! The schedule model, natively: data-driven cases in `tests/schedule_cases/*.json`
//! (a stored schedule, instants, and what the person should see), plus table tests of
//! the editing functions and a property test of now/next/later.
//!
//! Instants in the cases are RFC 3339 with an offset ("2026-10-25T02:40+01:00", needed
//! for the hour that happens twice) or civil times in the schedule's zone
//! ("2026-03-29T01:45"). Expected times are written the same way, with their offset.

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use pictokit_domain::picto::PictoRef;
use pictokit_domain::schedule::{
    self, format_time, name_in, parse_time, weekday_number, Activity, Change, DayPart, Entry,
    Exception, FirstThen, Kind, Label, Names, Occurrence, OccurrenceKey, Problem, Repeat, Routine,
    Schedule, Settings, Timer, MAX_ENTRIES, MAX_NAME_CHARS, MAX_STEPS,
};
use pictokit_domain::Language;
use proptest::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

// ---------------------------------------------------------------------------------------
// The data-driven cases.

/// One case of a file: a schedule and checks run in order on it, or a record to load.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    /// What it shows.
    about: String,
    /// A stored schedule (loaded with `from_record`, which must drop nothing).
    #[serde(default)]
    schedule: Option<Value>,
    /// What to look at and what to do, in order.
    #[serde(default)]
    checks: Vec<Check>,
    /// A stored record to load leniently.
    #[serde(default)]
    record: Option<Value>,
    /// How many things loading `record` drops.
    #[serde(default)]
    dropped: Option<usize>,
    /// Part of the loaded schedule, as stored: every field given must match.
    #[serde(default)]
    expect: Option<Value>,
}

/// One check or action. Exactly one of `at`, `day`, `reminders_due`, `next_reminder`,
/// `timer`, `mark_done`, `mark_reminded` is given.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Check {
    /// What it shows, if it needs saying.
    #[serde(default)]
    about: Option<String>,
    /// `Schedule::at`: the instant; `now`, `next`, `later`, `past` are expected
    /// (null or empty when absent). An occurrence is its entry id, with `@date` when it
    /// belongs to another date and `=activity` when it was replaced.
    #[serde(default)]
    at: Option<String>,
    #[serde(default)]
    now: Option<String>,
    #[serde(default)]
    next: Option<String>,
    #[serde(default)]
    later: Vec<String>,
    #[serde(default)]
    past: Vec<String>,
    /// `Schedule::day`: the date; `order` is expected.
    #[serde(default)]
    day: Option<Date>,
    #[serde(default)]
    order: Vec<OccurrenceView>,
    /// `Schedule::reminders_due(since, now)`; `reminders` is expected.
    #[serde(default)]
    reminders_due: Option<(String, String)>,
    #[serde(default)]
    reminders: Vec<ReminderView>,
    /// `Schedule::next_reminder(now)`; `reminder` is expected (none when absent).
    #[serde(default)]
    next_reminder: Option<String>,
    #[serde(default)]
    reminder: Option<ReminderView>,
    /// `Timer::minutes(start, minutes)`, its `end`, and values at instants.
    #[serde(default)]
    timer: Option<TimerStart>,
    #[serde(default)]
    end: Option<String>,
    #[serde(default)]
    samples: Vec<TimerSample>,
    /// Marks an occurrence (`id@date`) done.
    #[serde(default)]
    mark_done: Option<String>,
    /// Remembers that an occurrence's (`id@date`) reminder was shown.
    #[serde(default)]
    mark_reminded: Option<String>,
}

/// An occurrence as a case writes it.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct OccurrenceView {
    /// The entry's id.
    id: String,
    /// The activity's id, when it is not the entry's (a replacement).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    activity: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    start: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    end: Option<String>,
    part: DayPart,
    /// "cancelled" or "instead".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    change: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    done: bool,
}

/// A reminder as a case writes it.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReminderView {
    /// `id@date`.
    occurrence: String,
    at: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TimerStart {
    start: String,
    minutes: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TimerSample {
    at: String,
    seconds_left: i64,
    minutes_left: i64,
    #[serde(default)]
    fraction_left: Option<f64>,
    over: bool,
}

fn cases_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/schedule_cases")
}

/// Runs every case of one file and fails with every mismatch found.
fn check_file(name: &str) {
    let path = cases_dir().join(name);
    let text = std::fs::read_to_string(&path).expect("a case file");
    let cases: Vec<Case> = serde_json::from_str(&text).expect("cases in the expected shape");
    assert!(!cases.is_empty(), "{name} has no cases");
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            run_case(case)
                .err()
                .map(|error| format!("{name}: {}: {error}", case.about))
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

fn run_case(case: &Case) -> Result<(), String> {
    if let Some(record) = &case.record {
        let (schedule, dropped) = Schedule::from_record(record);
        if let Some(expected) = case.dropped {
            if dropped != expected {
                return Err(format!("dropped {dropped}, expected {expected}"));
            }
        }
        if let Some(expected) = &case.expect {
            let actual = serde_json::to_value(&schedule).map_err(|e| e.to_string())?;
            matches(&actual, expected, "$")?;
        }
    }
    let Some(stored) = &case.schedule else {
        return Ok(());
    };
    let (mut schedule, dropped) = Schedule::from_record(stored);
    if dropped != 0 {
        return Err(format!(
            "the case's schedule loses {dropped} things on loading"
        ));
    }
    for (idx, check) in case.checks.iter().enumerate() {
        run_check(&mut schedule, check).map_err(|error| {
            let about = check.about.as_deref().unwrap_or_default();
            format!("check {idx} {about}: {error}")
        })?;
    }
    Ok(())
}

fn run_check(schedule: &mut Schedule, check: &Check) -> Result<(), String> {
    let tz = schedule.time_zone();
    if let Some(at) = &check.at {
        let now = instant(&tz, at)?;
        let seen = schedule.at(now);
        let day = seen.date;
        let describe = |o: &Occurrence| describe(o, day);
        let actual = (
            seen.now.as_ref().map(describe),
            seen.next.as_ref().map(describe),
            seen.later.iter().map(describe).collect::<Vec<_>>(),
            seen.past.iter().map(describe).collect::<Vec<_>>(),
        );
        let expected = (
            check.now.clone(),
            check.next.clone(),
            check.later.clone(),
            check.past.clone(),
        );
        if actual != expected {
            return Err(format!(
                "at {at}: (now, next, later, past)\n  got      {actual:?}\n  expected {expected:?}"
            ));
        }
    } else if let Some(date) = check.day {
        let actual: Vec<OccurrenceView> = schedule
            .day(date)
            .iter()
            .map(|occurrence| view(&tz, occurrence))
            .collect();
        if actual != check.order {
            return Err(format!(
                "day {date}\n  got      {}\n  expected {}",
                json!(actual),
                json!(check.order)
            ));
        }
    } else if let Some((since, now)) = &check.reminders_due {
        let actual: Vec<ReminderView> = schedule
            .reminders_due(instant(&tz, since)?, instant(&tz, now)?)
            .iter()
            .map(|reminder| ReminderView {
                occurrence: key_text(&reminder.occurrence.key),
                at: wall(&tz, reminder.at),
            })
            .collect();
        if actual != check.reminders {
            return Err(format!(
                "reminders due in ({since}, {now}]\n  got      {}\n  expected {}",
                json!(actual),
                json!(check.reminders)
            ));
        }
    } else if let Some(now) = &check.next_reminder {
        let actual = schedule
            .next_reminder(instant(&tz, now)?)
            .map(|reminder| ReminderView {
                occurrence: key_text(&reminder.occurrence.key),
                at: wall(&tz, reminder.at),
            });
        if actual != check.reminder {
            return Err(format!(
                "next reminder after {now}\n  got      {}\n  expected {}",
                json!(actual),
                json!(check.reminder)
            ));
        }
    } else if let Some(start) = &check.timer {
        let timer = Timer::minutes(instant(&tz, &start.start)?, start.minutes);
        let end = wall(&tz, timer.end);
        if check.end.as_ref() != Some(&end) {
            return Err(format!("timer ends {end}, expected {:?}", check.end));
        }
        for sample in &check.samples {
            let now = instant(&tz, &sample.at)?;
            let actual = (
                timer.seconds_left(now),
                timer.minutes_left(now),
                timer.is_over(now),
            );
            let expected = (sample.seconds_left, sample.minutes_left, sample.over);
            if actual != expected {
                return Err(format!(
                    "timer at {}: (seconds, minutes, over) {actual:?}, expected {expected:?}",
                    sample.at
                ));
            }
            let fraction = timer.fraction_left(now);
            if let Some(expected) = sample.fraction_left {
                if (fraction - expected).abs() > 1e-9 {
                    return Err(format!(
                        "timer at {}: fraction {fraction}, expected {expected}",
                        sample.at
                    ));
                }
            }
            if !(0.0..=1.0).contains(&fraction) {
                return Err(format!("timer at {}: fraction {fraction}", sample.at));
            }
        }
    } else if let Some(key) = &check.mark_done {
        schedule.mark_done(&parse_key(key)?);
    } else if let Some(key) = &check.mark_reminded {
        schedule.mark_reminded(&parse_key(key)?);
    } else {
        return Err("a check that checks nothing".to_owned());
    }
    Ok(())
}

/// An instant written with an offset, or as a civil time in the schedule's zone.
fn instant(tz: &TimeZone, text: &str) -> Result<Timestamp, String> {
    if let Ok(timestamp) = text.parse::<Timestamp>() {
        return Ok(timestamp);
    }
    let civil: DateTime = text.parse().map_err(|e| format!("{text}: {e}"))?;
    tz.to_timestamp(civil).map_err(|e| format!("{text}: {e}"))
}

/// An instant as the wall-clock time in the zone, with its offset.
fn wall(tz: &TimeZone, timestamp: Timestamp) -> String {
    timestamp
        .to_zoned_datetime(tz.clone())
        .strftime("%Y-%m-%dT%H:%M%:z")
        .to_string()
}

fn key_text(key: &OccurrenceKey) -> String {
    format!("{}@{}", key.entry, key.date)
}

fn parse_key(text: &str) -> Result<OccurrenceKey, String> {
    let (entry, date) = text
        .rsplit_once('@')
        .ok_or_else(|| format!("{text}: not id@date"))?;
    Ok(OccurrenceKey {
        entry: entry.to_owned(),
        date: date.parse().map_err(|e| format!("{text}: {e}"))?,
    })
}

fn describe(occurrence: &Occurrence, day: Date) -> String {
    let mut text = occurrence.key.entry.clone();
    if occurrence.key.date != day {
        text.push_str(&format!("@{}", occurrence.key.date));
    }
    if occurrence.activity.id != occurrence.key.entry {
        text.push_str(&format!("={}", occurrence.activity.id));
    }
    text
}

fn view(tz: &TimeZone, occurrence: &Occurrence) -> OccurrenceView {
    OccurrenceView {
        id: occurrence.key.entry.clone(),
        activity: Some(occurrence.activity.id.clone()).filter(|id| *id != occurrence.key.entry),
        start: occurrence.start.map(|start| wall(tz, start)),
        end: occurrence.end.map(|end| wall(tz, end)),
        part: occurrence.part,
        change: occurrence.change.as_ref().map(|change| match change {
            Change::Cancelled => "cancelled".to_owned(),
            Change::Instead { .. } => "instead".to_owned(),
        }),
        done: occurrence.done,
    }
}

/// Whether `actual` has everything `expected` has: objects may have more fields, arrays
/// must have as many items, anything else must be equal.
fn matches(actual: &Value, expected: &Value, path: &str) -> Result<(), String> {
    match (actual, expected) {
        (Value::Object(actual), Value::Object(expected)) => {
            for (name, expected) in expected {
                let actual = actual
                    .get(name)
                    .ok_or_else(|| format!("{path}.{name}: missing"))?;
                matches(actual, expected, &format!("{path}.{name}"))?;
            }
            Ok(())
        }
        (Value::Array(actual), Value::Array(expected)) => {
            if actual.len() != expected.len() {
                return Err(format!(
                    "{path}: {} items, expected {}",
                    actual.len(),
                    expected.len()
                ));
            }
            for (idx, (actual, expected)) in actual.iter().zip(expected).enumerate() {
                matches(actual, expected, &format!("{path}[{idx}]"))?;
            }
            Ok(())
        }
        _ if actual == expected => Ok(()),
        _ => Err(format!("{path}: {actual}, expected {expected}")),
    }
}

#[test]
fn days_are_in_order() {
    check_file("days.json");
}

#[test]
fn now_next_and_later() {
    check_file("now_next.json");
}

#[test]
fn daylight_saving_changes() {
    check_file("dst.json");
}

#[test]
fn reminders() {
    check_file("reminders.json");
}

#[test]
fn loading_broken_records() {
    check_file("loading.json");
}

#[test]
fn every_case_file_is_run() {
    let run = [
        "days.json",
        "now_next.json",
        "dst.json",
        "reminders.json",
        "loading.json",
    ];
    let entries = std::fs::read_dir(cases_dir()).expect("the cases folder");
    for entry in entries {
        let name = entry.expect("a file").file_name();
        let name = name.to_string_lossy();
        assert!(
            run.contains(&name.as_ref()),
            "{name} is not run by any test"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Helpers to build schedules in code.

fn date(text: &str) -> Date {
    text.parse().expect("a date")
}

fn time(text: &str) -> Time {
    parse_time(text).expect("a time")
}

fn picto() -> PictoRef {
    PictoRef::parse("om:1F34E").expect("a picto")
}

fn names(name: &str) -> Names {
    BTreeMap::from([(Language::En, name.to_owned())])
}

fn label(name: &str) -> Label {
    Label {
        picto: picto(),
        names: names(name),
    }
}

fn activity(id: &str, start: Option<&str>, minutes: Option<u32>) -> Activity {
    Activity {
        id: id.to_owned(),
        picto: picto(),
        names: names(id),
        kind: Kind::Activity,
        start: start.map(time),
        minutes,
        place: None,
        helper: None,
        routine: None,
        bring: Vec::new(),
    }
}

fn once(activity: Activity, on: &str) -> Entry {
    Entry {
        activity,
        repeat: Repeat::Once { date: date(on) },
        exceptions: BTreeMap::new(),
        position: 0,
    }
}

fn weekly(activity: Activity, days: &[u8], from: &str, until: Option<&str>) -> Entry {
    Entry {
        activity,
        repeat: Repeat::Weekly {
            days: days.iter().copied().collect(),
            from: date(from),
            until: until.map(date),
        },
        exceptions: BTreeMap::new(),
        position: 0,
    }
}

fn key(entry: &str, on: &str) -> OccurrenceKey {
    OccurrenceKey {
        entry: entry.to_owned(),
        date: date(on),
    }
}

fn ids(occurrences: &[Occurrence]) -> Vec<String> {
    occurrences
        .iter()
        .map(|occurrence| occurrence.activity.id.clone())
        .collect()
}

// ---------------------------------------------------------------------------------------
// Small functions.

#[test]
fn names_fall_back_to_english_then_spanish_then_catalan() {
    type Written = &'static [(Language, &'static str)];
    let cases: [(Written, Language, &str); 6] = [
        (
            &[(Language::Ca, "Esmorzar"), (Language::En, "Breakfast")],
            Language::Ca,
            "Esmorzar",
        ),
        (
            &[(Language::Ca, "Esmorzar"), (Language::En, "Breakfast")],
            Language::Es,
            "Breakfast",
        ),
        (
            &[(Language::Ca, "Esmorzar"), (Language::Es, "Desayuno")],
            Language::En,
            "Desayuno",
        ),
        (
            &[(Language::Ca, "Esmorzar"), (Language::En, "  ")],
            Language::Es,
            "Esmorzar",
        ),
        (&[(Language::Es, " Desayuno ")], Language::Es, "Desayuno"),
        (&[], Language::En, ""),
    ];
    for (written, lang, expected) in cases {
        let names: Names = written
            .iter()
            .map(|(lang, name)| (*lang, (*name).to_owned()))
            .collect();
        assert_eq!(name_in(&names, lang), expected, "{written:?} in {lang:?}");
    }
}

#[test]
fn times_are_read_as_people_type_them() {
    let cases = [
        ("9:30", Some("09:30")),
        ("09:30", Some("09:30")),
        ("9.30", Some("09:30")),
        ("9h30", Some("09:30")),
        ("9h", Some("09:00")),
        (" 23:59 ", Some("23:59")),
        ("0:00", Some("00:00")),
        ("24:00", None),
        ("12:60", None),
        ("9:5", None),
        ("930", None),
        ("9:30:00", None),
        ("-1:30", None),
        ("+9:30", None),
        ("", None),
        ("h", None),
        ("nine", None),
    ];
    for (text, expected) in cases {
        assert_eq!(
            parse_time(text).map(format_time).as_deref(),
            expected,
            "{text:?}"
        );
    }
}

#[test]
fn weekdays_are_numbered_from_monday() {
    let cases = [
        ("2026-11-23", 1),
        ("2026-11-24", 2),
        ("2026-11-28", 6),
        ("2026-11-29", 7),
        ("2026-03-29", 7),
    ];
    for (text, expected) in cases {
        assert_eq!(weekday_number(date(text)), expected, "{text}");
    }
}

#[test]
fn parts_of_the_day_change_at_five_twelve_and_twenty() {
    let cases = [
        ("0:00", DayPart::Evening),
        ("4:59", DayPart::Evening),
        ("5:00", DayPart::Morning),
        ("11:59", DayPart::Morning),
        ("12:00", DayPart::Afternoon),
        ("19:59", DayPart::Afternoon),
        ("20:00", DayPart::Evening),
        ("23:59", DayPart::Evening),
    ];
    for (text, expected) in cases {
        assert_eq!(DayPart::of(time(text)), expected, "{text}");
    }
}

#[test]
fn a_timer_of_no_length_is_over_at_once() {
    let start = Timestamp::from_second(1_800_000_000).expect("an instant");
    let timer = Timer::minutes(start, 0);
    assert!(timer.is_over(start));
    assert_eq!(timer.seconds_left(start), 0);
    assert_eq!(timer.minutes_left(start), 0);
    assert_eq!(timer.fraction_left(start), 0.0);
    // Half a second before the end still says one second.
    let timer = Timer::minutes(start, 1);
    let almost = timer.end - SignedDuration::from_millis(500);
    assert_eq!(timer.seconds_left(almost), 1);
    assert_eq!(timer.minutes_left(almost), 1);
    assert!(!timer.is_over(almost));
}

// ---------------------------------------------------------------------------------------
// Checking and editing.

#[test]
fn activities_are_checked() {
    let schedule = Schedule::default();
    let long = "x".repeat(MAX_NAME_CHARS + 1);
    let fits = format!("  {}  ", "x".repeat(MAX_NAME_CHARS));
    type Edit<'a> = Box<dyn Fn(&mut Activity) + 'a>;
    let cases: Vec<(&str, Edit, Vec<Problem>)> = vec![
        ("fine", Box::new(|_| {}), vec![]),
        (
            "no name",
            Box::new(|a| a.names = names("  ")),
            vec![Problem::NameEmpty],
        ),
        (
            "no names at all",
            Box::new(|a| a.names.clear()),
            vec![Problem::NameEmpty],
        ),
        (
            "long name",
            Box::new(|a| a.names = names(&long)),
            vec![Problem::NameTooLong],
        ),
        (
            "spaces do not count",
            Box::new(|a| a.names = names(&fits)),
            vec![],
        ),
        (
            "long place",
            Box::new(|a| a.place = Some(label(&long))),
            vec![Problem::NameTooLong],
        ),
        (
            "long helper",
            Box::new(|a| a.helper = Some(label(&long))),
            vec![Problem::NameTooLong],
        ),
        (
            "long thing to bring",
            Box::new(|a| a.bring = vec![label(&long)]),
            vec![Problem::NameTooLong],
        ),
        (
            "0 minutes",
            Box::new(|a| a.minutes = Some(0)),
            vec![Problem::BadDuration],
        ),
        ("a day", Box::new(|a| a.minutes = Some(1440)), vec![]),
        (
            "over a day",
            Box::new(|a| a.minutes = Some(1441)),
            vec![Problem::BadDuration],
        ),
        (
            "no routine",
            Box::new(|a| a.routine = Some("ghost".into())),
            vec![Problem::UnknownRoutine],
        ),
        (
            "too much to bring",
            Box::new(|a| a.bring = vec![label("x"); MAX_STEPS + 1]),
            vec![Problem::TooMany],
        ),
        (
            "everything",
            Box::new(|a| {
                a.names = names("");
                a.place = Some(label(&long));
                a.minutes = Some(0);
                a.routine = Some("ghost".into());
            }),
            vec![
                Problem::NameEmpty,
                Problem::NameTooLong,
                Problem::BadDuration,
                Problem::UnknownRoutine,
            ],
        ),
    ];
    for (about, change, expected) in cases {
        let mut checked = activity("a", Some("10:00"), Some(30));
        change(&mut checked);
        assert_eq!(checked.problems(&schedule), expected, "{about}");
    }
}

#[test]
fn entries_are_checked_before_they_are_put() {
    let fine = weekly(
        activity("swim", Some("17:00"), Some(60)),
        &[1, 3],
        "2026-05-04",
        None,
    );
    let cases: Vec<(&str, Entry, Vec<Problem>)> = vec![
        ("fine", fine.clone(), vec![]),
        (
            "no days",
            weekly(activity("swim", None, None), &[], "2026-05-04", None),
            vec![Problem::NoDays],
        ),
        (
            "day 8",
            weekly(activity("swim", None, None), &[1, 8], "2026-05-04", None),
            vec![Problem::NoDays],
        ),
        (
            "day 0",
            weekly(activity("swim", None, None), &[0], "2026-05-04", None),
            vec![Problem::NoDays],
        ),
        (
            "until before from",
            weekly(
                activity("swim", None, None),
                &[1],
                "2026-05-04",
                Some("2026-05-03"),
            ),
            vec![Problem::UntilBeforeFrom],
        ),
        (
            "until on from",
            weekly(
                activity("swim", None, None),
                &[1],
                "2026-05-04",
                Some("2026-05-04"),
            ),
            vec![],
        ),
        (
            "bad duration",
            once(activity("dentist", Some("9:00"), Some(0)), "2026-05-04"),
            vec![Problem::BadDuration],
        ),
        (
            "bad replacement",
            Entry {
                exceptions: BTreeMap::from([(
                    date("2026-05-06"),
                    Exception::Replaced {
                        with: activity("x", None, Some(5000)),
                    },
                )]),
                ..fine.clone()
            },
            vec![Problem::BadDuration],
        ),
    ];
    for (about, entry, expected) in cases {
        let mut schedule = Schedule::default();
        let result = schedule.put_entry(entry);
        if expected.is_empty() {
            assert_eq!(result, Ok(()), "{about}");
            assert_eq!(schedule.entries.len(), 1, "{about}");
        } else {
            assert_eq!(result, Err(expected), "{about}");
            assert!(schedule.entries.is_empty(), "{about}");
        }
    }
}

#[test]
fn an_entry_with_a_blank_replacement_name_is_refused() {
    let mut replacement = activity("library", None, None);
    replacement.names = names(" ");
    let mut entry = once(activity("swim", None, None), "2026-05-04");
    entry.exceptions.insert(
        date("2026-05-04"),
        Exception::Replaced { with: replacement },
    );
    let mut schedule = Schedule::default();
    assert_eq!(schedule.put_entry(entry), Err(vec![Problem::NameEmpty]));
}

#[test]
fn putting_an_entry_again_replaces_it_in_place() {
    let mut schedule = Schedule::default();
    for id in ["a", "b", "c"] {
        assert_eq!(
            schedule.put_entry(once(activity(id, None, None), "2026-05-04")),
            Ok(())
        );
    }
    let changed = once(activity("b", Some("10:00"), Some(15)), "2026-05-05");
    assert_eq!(schedule.put_entry(changed.clone()), Ok(()));
    let order: Vec<&str> = schedule
        .entries
        .iter()
        .map(|e| e.activity.id.as_str())
        .collect();
    assert_eq!(order, ["a", "b", "c"]);
    assert_eq!(schedule.entry("b"), Some(&changed));
}

#[test]
fn a_full_schedule_takes_no_new_entry_but_still_changes_one() {
    let mut schedule = Schedule::default();
    for idx in 0..MAX_ENTRIES {
        let id = format!("e{idx}");
        assert_eq!(
            schedule.put_entry(once(activity(&id, None, None), "2026-05-04")),
            Ok(())
        );
    }
    let one_more = once(activity("one-more", None, None), "2026-05-04");
    assert_eq!(schedule.put_entry(one_more), Err(vec![Problem::TooMany]));
    assert_eq!(
        schedule.put_entry(once(activity("e7", None, None), "2026-05-05")),
        Ok(())
    );
    assert_eq!(schedule.entries.len(), MAX_ENTRIES);
}

#[test]
fn an_activity_may_only_name_a_routine_of_the_schedule() {
    let mut schedule = Schedule::default();
    let mut teeth = activity("teeth", None, None);
    teeth.routine = Some("r-teeth".into());
    let entry = weekly(teeth, &[1, 2, 3, 4, 5, 6, 7], "2026-01-01", None);
    assert_eq!(
        schedule.put_entry(entry.clone()),
        Err(vec![Problem::UnknownRoutine])
    );
    let routine = Routine {
        id: "r-teeth".into(),
        label: label("Brush teeth"),
        steps: vec![label("Paste"), label("Brush"), label("Rinse")],
    };
    assert_eq!(schedule.put_routine(routine), Ok(()));
    assert_eq!(schedule.put_entry(entry.clone()), Ok(()));
    // Replacing it with something that also uses it.
    let mut replacement = activity("teeth-fun", None, None);
    replacement.routine = Some("r-teeth".into());
    schedule.change_plan(
        "teeth",
        date("2026-05-05"),
        Exception::Replaced { with: replacement },
    );
    schedule.remove_routine("r-teeth");
    assert!(schedule.routines.is_empty());
    let entry = schedule.entry("teeth").expect("still there");
    assert_eq!(entry.activity.routine, None);
    match entry.exceptions.get(&date("2026-05-05")) {
        Some(Exception::Replaced { with }) => assert_eq!(with.routine, None),
        other => panic!("the change of plan is gone: {other:?}"),
    }
}

#[test]
fn routines_are_checked() {
    let routine = |name: &str, n_steps: usize| Routine {
        id: "r".into(),
        label: label(name),
        steps: vec![label("step"); n_steps],
    };
    let long = "x".repeat(MAX_NAME_CHARS + 1);
    let cases = [
        ("fine", routine("Teeth", 6), vec![]),
        ("no steps yet", routine("Teeth", 0), vec![]),
        ("most steps", routine("Teeth", MAX_STEPS), vec![]),
        (
            "too many steps",
            routine("Teeth", MAX_STEPS + 1),
            vec![Problem::TooMany],
        ),
        ("no name", routine(" ", 3), vec![Problem::NameEmpty]),
        ("long name", routine(&long, 3), vec![Problem::NameTooLong]),
        (
            "long step",
            Routine {
                steps: vec![label(&long)],
                ..routine("Teeth", 0)
            },
            vec![Problem::NameTooLong],
        ),
    ];
    for (about, routine, expected) in cases {
        let mut schedule = Schedule::default();
        let result = schedule.put_routine(routine);
        assert_eq!(
            result,
            if expected.is_empty() {
                Ok(())
            } else {
                Err(expected)
            },
            "{about}"
        );
    }
}

#[test]
fn changes_of_plan_only_apply_where_the_entry_happens() {
    let mut schedule = Schedule::default();
    let swim = weekly(
        activity("swim", Some("17:00"), Some(60)),
        &[1, 3],
        "2026-05-04",
        None,
    );
    assert_eq!(schedule.put_entry(swim), Ok(()));
    // Tuesday: no swimming to cancel.
    schedule.change_plan("swim", date("2026-05-05"), Exception::Cancelled);
    schedule.change_plan("nobody", date("2026-05-04"), Exception::Cancelled);
    assert!(schedule.entries[0].exceptions.is_empty());
    schedule.change_plan("swim", date("2026-05-06"), Exception::Cancelled);
    let library = activity("library", Some("17:30"), Some(45));
    schedule.change_plan(
        "swim",
        date("2026-05-11"),
        Exception::Replaced { with: library },
    );
    let day = schedule.day(date("2026-05-06"));
    assert_eq!(day.len(), 1);
    assert_eq!(day[0].change, Some(Change::Cancelled));
    let day = schedule.day(date("2026-05-11"));
    assert_eq!(ids(&day), ["library"]);
    assert!(matches!(&day[0].change, Some(Change::Instead { planned }) if planned.id == "swim"));
    schedule.restore_plan("swim", date("2026-05-06"));
    assert_eq!(schedule.day(date("2026-05-06"))[0].change, None);
    assert_eq!(schedule.entries[0].exceptions.len(), 1);
}

#[test]
fn removing_an_entry_forgets_its_progress() {
    let mut schedule = Schedule::default();
    for id in ["teeth", "teeth@home"] {
        assert_eq!(
            schedule.put_entry(once(activity(id, None, None), "2026-05-04")),
            Ok(())
        );
        schedule.mark_done(&key(id, "2026-05-04"));
        schedule.mark_reminded(&key(id, "2026-05-04"));
        schedule.tick_step(&key(id, "2026-05-04"), 3);
    }
    schedule.remove_entry("teeth");
    assert_eq!(schedule.entries.len(), 1);
    assert_eq!(schedule.progress.done, [key("teeth@home", "2026-05-04")]);
    assert_eq!(schedule.progress.reminded.len(), 1);
    assert_eq!(schedule.progress.steps.len(), 1);
    assert_eq!(schedule.steps_done(&key("teeth@home", "2026-05-04")), 1);
}

#[test]
fn copying_a_day_copies_what_does_not_already_happen_there() {
    let mut schedule = Schedule::default();
    let mut entries = vec![
        weekly(
            activity("breakfast", Some("8:00"), Some(30)),
            &[1, 2, 3, 4, 5, 6, 7],
            "2026-01-01",
            None,
        ),
        weekly(
            activity("swim", Some("17:00"), Some(60)),
            &[1],
            "2026-01-01",
            None,
        ),
        weekly(
            activity("music", Some("18:30"), Some(30)),
            &[1],
            "2026-01-01",
            None,
        ),
        once(activity("dentist", Some("10:00"), Some(30)), "2026-05-04"),
        once(activity("cake", None, None), "2026-05-04"),
    ];
    entries[4].position = 900;
    entries[1].exceptions.insert(
        date("2026-05-04"),
        Exception::Replaced {
            with: activity("library", Some("17:30"), Some(45)),
        },
    );
    entries[2]
        .exceptions
        .insert(date("2026-05-04"), Exception::Cancelled);
    for entry in entries {
        assert_eq!(schedule.put_entry(entry), Ok(()));
    }
    let mut n_ids = 0;
    let mut new_id = || {
        n_ids += 1;
        format!("copy-{n_ids}")
    };
    // Monday to Saturday: breakfast happens on Saturday already; music was cancelled.
    let n_copied = schedule.copy_day(date("2026-05-04"), date("2026-05-09"), &mut new_id);
    assert_eq!(n_copied, 3);
    let saturday = schedule.day(date("2026-05-09"));
    assert_eq!(ids(&saturday), ["breakfast", "copy-1", "copy-2", "copy-3"]);
    let names: Vec<&str> = saturday
        .iter()
        .map(|o| o.activity.name(Language::En))
        .collect();
    assert_eq!(names, ["breakfast", "dentist", "cake", "library"]);
    assert_eq!(schedule.entry("copy-2").map(|e| e.position), Some(900));
    assert_eq!(
        schedule.entry("copy-3").map(|e| e.repeat.clone()),
        Some(Repeat::Once {
            date: date("2026-05-09")
        })
    );
    // A day onto itself copies nothing.
    assert_eq!(
        schedule.copy_day(date("2026-05-04"), date("2026-05-04"), &mut || "x".into()),
        0
    );
}

#[test]
fn done_marks_and_steps_are_kept_per_occurrence() {
    let mut schedule = Schedule::default();
    let (a, b, c) = (
        key("a", "2026-05-04"),
        key("b", "2026-05-04"),
        key("c", "2026-05-05"),
    );
    schedule.mark_done(&a);
    schedule.mark_done(&c);
    schedule.mark_done(&b);
    schedule.mark_done(&a);
    assert_eq!(schedule.progress.done, [a.clone(), c.clone(), b.clone()]);
    assert!(schedule.is_done(&a));
    assert_eq!(schedule.undo_done(date("2026-05-04")), Some(b.clone()));
    assert_eq!(schedule.undo_done(date("2026-05-04")), Some(a.clone()));
    assert_eq!(schedule.undo_done(date("2026-05-04")), None);
    assert_eq!(schedule.progress.done, std::slice::from_ref(&c));

    for _ in 0..5 {
        schedule.tick_step(&a, 3);
    }
    assert_eq!(schedule.steps_done(&a), 3);
    assert_eq!(schedule.steps_done(&b), 0);
    schedule.untick_step(&a);
    assert_eq!(schedule.steps_done(&a), 2);
    // The routine lost steps: ticking brings it back within them.
    schedule.tick_step(&a, 1);
    assert_eq!(schedule.steps_done(&a), 1);
    schedule.untick_step(&a);
    schedule.untick_step(&a);
    assert_eq!(schedule.steps_done(&a), 0);
    assert!(schedule.progress.steps.is_empty());
    schedule.tick_step(&b, 0);
    assert!(schedule.progress.steps.is_empty());
}

#[test]
fn old_progress_is_forgotten() {
    let mut schedule = Schedule::default();
    let (old, kept) = (key("a", "2026-05-03"), key("a", "2026-05-04"));
    for key in [&old, &kept] {
        schedule.mark_done(key);
        schedule.mark_reminded(key);
        schedule.tick_step(key, 4);
        schedule.progress.rewards.insert(key.date, 0);
    }
    schedule.progress.steps.insert("garbage".into(), 2);
    // 2026-05-18 minus 14 days is 2026-05-04.
    schedule.prune_progress(date("2026-05-18"));
    assert_eq!(schedule.progress.done, std::slice::from_ref(&kept));
    assert_eq!(schedule.progress.reminded, BTreeSet::from([kept.clone()]));
    assert_eq!(schedule.progress.rewards, BTreeMap::from([(kept.date, 0)]));
    assert_eq!(
        schedule.progress.steps,
        BTreeMap::from([("a@2026-05-04".to_owned(), 1)])
    );
}

#[test]
fn a_week_is_seven_days_across_the_clock_change() {
    let mut schedule = Schedule::default();
    let entry = weekly(
        activity("walk", Some("2:30"), Some(30)),
        &[1, 2, 3, 4, 5, 6, 7],
        "2026-01-01",
        None,
    );
    assert_eq!(schedule.put_entry(entry), Ok(()));
    let week = schedule.week(date("2026-03-26"));
    let dates: Vec<String> = week.iter().map(|(date, _)| date.to_string()).collect();
    assert_eq!(
        dates,
        [
            "2026-03-26",
            "2026-03-27",
            "2026-03-28",
            "2026-03-29",
            "2026-03-30",
            "2026-03-31",
            "2026-04-01"
        ]
    );
    let tz = schedule.time_zone();
    let starts: Vec<String> = week
        .iter()
        .map(|(_, day)| {
            day[0]
                .start
                .map(|start| wall(&tz, start))
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(starts[2], "2026-03-28T02:30+01:00");
    assert_eq!(starts[3], "2026-03-29T03:30+02:00");
    assert_eq!(starts[4], "2026-03-30T02:30+02:00");
}

#[test]
fn a_zone_nobody_knows_falls_back_to_the_default() {
    let mut schedule = Schedule::default();
    schedule.settings.zone = "Mars/Olympus_Mons".into();
    let tz = schedule.time_zone();
    let at = Timestamp::from_second(1_800_000_000).expect("an instant");
    let madrid = TimeZone::get(schedule::zone::DEFAULT).expect("in the database");
    assert_eq!(tz.to_offset(at), madrid.to_offset(at));
    // Just before midnight in UTC is already the next day in Madrid.
    schedule.settings.zone = "Europe/Madrid".into();
    let late: Timestamp = "2026-05-04T22:30Z".parse().expect("an instant");
    assert_eq!(schedule.date_at(late), date("2026-05-05"));
    schedule.settings.zone = "UTC".into();
    assert_eq!(schedule.date_at(late), date("2026-05-04"));
}

#[test]
fn first_then_boards_are_checked_and_removed_with_their_progress() {
    let mut schedule = Schedule::default();
    let board = FirstThen {
        id: "ft".to_owned(),
        first: label("homework"),
        then: label("tablet"),
    };
    assert_eq!(schedule.put_first_then(board.clone()), Ok(()));
    let mut long = board.clone();
    long.then = label(&"x".repeat(MAX_NAME_CHARS + 1));
    assert_eq!(
        schedule.put_first_then(long),
        Err(vec![Problem::NameTooLong])
    );
    let mut renamed = board.clone();
    renamed.then = label("park");
    assert_eq!(schedule.put_first_then(renamed), Ok(()));
    assert_eq!(schedule.first_then.len(), 1, "same id replaces");
    assert_eq!(schedule.first_then[0].then.name(Language::En), "park");

    let day = date("2026-05-04");
    assert!(!schedule.first_done("ft", day));
    schedule.mark_first_done("ft", day);
    schedule.mark_first_done("ft", day);
    assert!(schedule.first_done("ft", day));
    assert!(
        !schedule.first_done("ft", date("2026-05-05")),
        "only that day"
    );
    schedule.undo_first_done("ft", day);
    assert!(!schedule.first_done("ft", day));
    schedule.mark_first_done("ft", day);
    schedule.mark_first_done("nothing", day);
    assert!(!schedule.first_done("nothing", day), "an unknown board");
    schedule.remove_first_then("ft");
    assert!(schedule.first_then.is_empty());
    assert!(schedule.progress.first_done.is_empty());
}

#[test]
fn a_full_schedule_takes_no_new_first_then_board() {
    let mut schedule = Schedule::default();
    for n in 0..schedule::MAX_ROUTINES {
        let board = FirstThen {
            id: format!("ft{n}"),
            first: label("a"),
            then: label("b"),
        };
        assert_eq!(schedule.put_first_then(board), Ok(()));
    }
    let one_more = FirstThen {
        id: "more".to_owned(),
        first: label("a"),
        then: label("b"),
    };
    assert_eq!(
        schedule.put_first_then(one_more),
        Err(vec![Problem::TooMany])
    );
}

#[test]
fn a_day_is_complete_when_everything_not_cancelled_is_done() {
    let mut schedule = Schedule::default();
    let day = date("2026-05-04");
    assert!(
        !schedule.day_complete(day),
        "an empty day has no tasks to finish"
    );
    for entry in [
        once(activity("breakfast", Some("08:00"), Some(30)), "2026-05-04"),
        once(activity("swimming", Some("10:00"), Some(60)), "2026-05-04"),
        once(activity("tomorrow", Some("10:00"), None), "2026-05-05"),
    ] {
        assert_eq!(schedule.put_entry(entry), Ok(()));
    }
    schedule.mark_done(&key("breakfast", "2026-05-04"));
    assert!(!schedule.day_complete(day));
    schedule.change_plan("swimming", day, Exception::Cancelled);
    assert!(
        schedule.day_complete(day),
        "a cancelled activity is not a task"
    );
    schedule.restore_plan("swimming", day);
    schedule.mark_done(&key("swimming", "2026-05-04"));
    assert!(schedule.day_complete(day));
    assert!(!schedule.day_complete(date("2026-05-05")));
}

#[test]
fn rewards_are_added_once_chosen_per_day_and_removed_without_shifting_choices() {
    let mut schedule = Schedule::default();
    let reward = |name: &str, code: &str| Label {
        picto: PictoRef::parse(&format!("om:{code}")).expect("a picto"),
        names: names(name),
    };
    let (tablet, park, music) = (
        reward("tablet", "1F4F1"),
        reward("park", "1F333"),
        reward("music", "1F3B5"),
    );
    assert_eq!(
        schedule.add_rewards(vec![tablet.clone(), park.clone(), tablet.clone()]),
        Ok(2)
    );
    assert_eq!(schedule.add_rewards(vec![music.clone()]), Ok(1));
    assert_eq!(
        schedule.rewards,
        vec![tablet.clone(), park.clone(), music.clone()]
    );

    let (monday, tuesday) = (date("2026-05-04"), date("2026-05-05"));
    schedule.choose_reward(monday, 2);
    schedule.choose_reward(tuesday, 0);
    schedule.choose_reward(tuesday, 9);
    assert_eq!(schedule.reward_on(monday), Some(&music));
    assert_eq!(
        schedule.reward_on(tuesday),
        Some(&tablet),
        "an unknown choice is ignored"
    );

    schedule.remove_reward(1);
    assert_eq!(schedule.rewards, vec![tablet.clone(), music.clone()]);
    assert_eq!(
        schedule.reward_on(monday),
        Some(&music),
        "later choices follow their reward"
    );
    schedule.remove_reward(0);
    assert_eq!(
        schedule.reward_on(tuesday),
        None,
        "the chosen reward is gone"
    );
    assert_eq!(schedule.reward_on(monday), Some(&music));
    schedule.unchoose_reward(monday);
    assert_eq!(schedule.reward_on(monday), None);

    let many: Vec<Label> = (0..MAX_STEPS + 5)
        .map(|n| reward(&format!("r{n}"), &format!("1F{:03X}", 0x600 + n)))
        .collect();
    assert_eq!(schedule.add_rewards(many), Err(Problem::TooMany));
    assert_eq!(schedule.rewards.len(), MAX_STEPS, "as many as fit are kept");
}

#[test]
fn the_reminder_plan_holds_plain_instants_across_a_clock_change() {
    let mut schedule = Schedule::default();
    // Sundays at 10:00, from before to after the end of summer time (25 October 2026).
    let entry = weekly(
        activity("church", Some("10:00"), Some(60)),
        &[7],
        "2026-10-01",
        None,
    );
    assert_eq!(schedule.put_entry(entry), Ok(()));
    let tz = schedule.time_zone();
    let now = instant(&tz, "2026-10-17T12:00").expect("an instant");
    let plan = schedule.reminder_plan(now);
    assert_eq!(plan.made_ms, now.as_millisecond());
    let first: Vec<(String, i64, String)> = plan
        .reminders
        .iter()
        .take(2)
        .map(|r| (r.date.clone(), r.at_ms, r.time.clone()))
        .collect();
    let at = |text: &str| instant(&tz, text).expect("an instant").as_millisecond();
    assert_eq!(
        first,
        vec![
            (
                "2026-10-18".to_owned(),
                at("2026-10-18T09:50+02:00"),
                "10:00".to_owned()
            ),
            (
                "2026-10-25".to_owned(),
                at("2026-10-25T09:50+01:00"),
                "10:00".to_owned()
            ),
        ]
    );
    // Five weeks ahead, no more.
    assert_eq!(plan.reminders.len(), 5);
    assert!(plan
        .reminders
        .iter()
        .all(|r| r.start_ms - r.at_ms == 10 * 60_000));

    // The first page reads it back from the stored record, without the model.
    let mut record = serde_json::to_value(&schedule).expect("a record");
    record[pictokit_domain::reminder_plan::PLAN_KEY] = serde_json::to_value(&plan).expect("a plan");
    let read = pictokit_domain::reminder_plan::Plan::of_record(&record);
    assert_eq!(read, plan);
    assert_eq!(read.due(&record, at("2026-10-18T09:49+02:00")), None);
    let due = read.due(&record, at("2026-10-18T09:55+02:00")).cloned();
    assert_eq!(due.as_ref().map(|r| r.date.as_str()), Some("2026-10-18"));
    assert_eq!(
        read.due(&record, at("2026-10-18T10:00+02:00")),
        None,
        "started"
    );
    // Shown once (by the other page, through the model): the mark in the record's
    // progress is read by the plan too.
    let (mut loaded, dropped) = Schedule::from_record(&record);
    assert_eq!(dropped, 0, "the plan is not a problem for the model");
    loaded.mark_reminded(&key("church", "2026-10-18"));
    let mut record = serde_json::to_value(&loaded).expect("a record");
    record[pictokit_domain::reminder_plan::PLAN_KEY] =
        serde_json::to_value(loaded.reminder_plan(now)).expect("a plan");
    assert_eq!(read.due(&record, at("2026-10-18T09:55+02:00")), None);
    assert_eq!(loaded.reminder_plan(now).reminders.len(), 4);
    loaded.mark_done(&key("church", "2026-10-25"));
    let done = serde_json::to_value(&loaded).expect("a record");
    assert_eq!(
        read.due(&done, at("2026-10-25T09:55+01:00")),
        None,
        "done already"
    );
    // A broken plan is no plan.
    record[pictokit_domain::reminder_plan::PLAN_KEY] = json!({"reminders": 3});
    assert_eq!(
        pictokit_domain::reminder_plan::Plan::of_record(&record),
        Default::default()
    );
}

#[test]
fn untimed_activities_move_one_place_at_a_time_past_timed_and_untimed_ones() {
    let mut schedule = Schedule::default();
    let day = "2026-05-04";
    let untimed = |id: &str, position: i32| {
        let mut entry = once(activity(id, None, None), day);
        entry.position = position;
        entry
    };
    for entry in [
        untimed("wake", 0),
        once(activity("breakfast", Some("08:00"), Some(30)), day),
        untimed("teeth", 481),
        untimed("dress", 482),
        once(activity("bus", Some("09:00"), None), day),
    ] {
        assert_eq!(schedule.put_entry(entry), Ok(()));
    }
    let order = |schedule: &Schedule| ids(&schedule.day(date(day)));
    assert_eq!(
        order(&schedule),
        ["wake", "breakfast", "teeth", "dress", "bus"]
    );

    assert!(schedule.move_in_day(date(day), "dress", true));
    assert_eq!(
        order(&schedule),
        ["wake", "breakfast", "dress", "teeth", "bus"]
    );
    assert!(
        schedule.move_in_day(date(day), "dress", true),
        "past a timed one"
    );
    assert_eq!(
        order(&schedule),
        ["wake", "dress", "breakfast", "teeth", "bus"]
    );
    assert!(schedule.move_in_day(date(day), "dress", true));
    assert_eq!(
        order(&schedule),
        ["dress", "wake", "breakfast", "teeth", "bus"]
    );
    assert!(
        !schedule.move_in_day(date(day), "dress", true),
        "already first"
    );
    assert!(
        schedule.move_in_day(date(day), "teeth", false),
        "later, past the bus"
    );
    assert_eq!(
        order(&schedule),
        ["dress", "wake", "breakfast", "bus", "teeth"]
    );
    assert!(
        !schedule.move_in_day(date(day), "teeth", false),
        "already last"
    );
    assert!(
        !schedule.move_in_day(date(day), "bus", true),
        "a timed one keeps its time"
    );
    assert!(!schedule.move_in_day(date(day), "nothing", true));
    assert!(
        !schedule.move_in_day(date("2026-05-05"), "dress", true),
        "not on that day"
    );
    // The parts of the day follow: after the bus at 09:00 is still the morning.
    assert_eq!(
        schedule.day(date(day)).last().map(|o| o.part),
        Some(DayPart::Morning)
    );
}

// ---------------------------------------------------------------------------------------
// Loading.

/// A schedule with every field used.
fn full_schedule() -> Schedule {
    let mut doctor = activity("doctor", Some("10:00"), Some(30));
    doctor.kind = Kind::Appointment;
    doctor.names.insert(Language::Ca, "Metge".into());
    doctor.place = Some(label("Health centre"));
    doctor.helper = Some(label("Dad"));
    doctor.bring = vec![label("Health card"), label("Glasses")];
    let mut teeth = activity("teeth", None, None);
    teeth.routine = Some("r-teeth".into());
    let mut swim = weekly(
        activity("swim", Some("17:00"), Some(60)),
        &[1, 3],
        "2026-05-04",
        Some("2026-06-30"),
    );
    swim.exceptions
        .insert(date("2026-05-06"), Exception::Cancelled);
    swim.exceptions.insert(
        date("2026-05-11"),
        Exception::Replaced {
            with: activity("library", Some("17:30"), Some(45)),
        },
    );
    let mut teeth = weekly(teeth, &[1, 2, 3, 4, 5, 6, 7], "2026-01-01", None);
    teeth.position = 481;
    let mut progress = schedule::Progress::default();
    progress.done.push(key("swim", "2026-05-04"));
    progress.steps.insert("teeth@2026-05-04".into(), 2);
    progress.rewards.insert(date("2026-05-04"), 1);
    progress.reminded.insert(key("doctor", "2026-05-05"));
    Schedule {
        entries: vec![once(doctor, "2026-05-05"), swim, teeth],
        routines: vec![Routine {
            id: "r-teeth".into(),
            label: label("Brush teeth"),
            steps: vec![label("Paste"), label("Brush"), label("Rinse")],
        }],
        first_then: vec![FirstThen {
            id: "ft-1".into(),
            first: label("Homework"),
            then: label("Tablet"),
        }],
        rewards: vec![label("Park"), label("Music")],
        settings: Settings {
            view: schedule::DayView::List,
            show_clock: true,
            lead_minutes: 15,
            notifications: true,
            sounds: true,
            zone: "Atlantic/Canary".into(),
        },
        progress,
    }
}

#[test]
fn a_stored_schedule_loads_as_it_was() {
    let schedule = full_schedule();
    let record = serde_json::to_value(&schedule).expect("serialises");
    assert_eq!(Schedule::from_record(&record), (schedule.clone(), 0));
    let text = serde_json::to_string(&schedule).expect("serialises");
    let back: Schedule = serde_json::from_str(&text).expect("deserialises");
    assert_eq!(back, schedule);
    assert_eq!(
        Schedule::from_record(&Value::Null),
        (Schedule::default(), 0)
    );
    assert_eq!(Schedule::from_record(&json!({})), (Schedule::default(), 0));
}

#[test]
fn huge_lists_are_cut_to_the_limits() {
    let entry = |idx: usize| {
        json!({
            "activity": {"id": format!("e{idx}"), "picto": "om:1F34E", "names": {"en": "x"}},
            "repeat": {"type": "once", "date": "2026-05-04"},
        })
    };
    let mut entries: Vec<Value> = (0..MAX_ENTRIES + 500).map(entry).collect();
    entries.insert(3, entry(1));
    let steps: Vec<Value> = (0..MAX_STEPS + 7)
        .map(|_| json!({"picto": "om:1F34E"}))
        .collect();
    let routines: Vec<Value> = (0..schedule::MAX_ROUTINES + 2)
        .map(|idx| json!({"id": format!("r{idx}"), "label": {"picto": "om:1F34E"}, "steps": steps}))
        .collect();
    let record = json!({"entries": entries, "routines": routines});
    let (schedule, dropped) = Schedule::from_record(&record);
    assert_eq!(schedule.entries.len(), MAX_ENTRIES);
    assert_eq!(schedule.entries[3].activity.id, "e3");
    assert_eq!(schedule.routines.len(), schedule::MAX_ROUTINES);
    assert!(schedule.routines.iter().all(|r| r.steps.len() == MAX_STEPS));
    // 1 repeated entry, 500 entries and 2 routines too many, 7 steps too many per routine.
    assert_eq!(dropped, 1 + 500 + 2 + 7 * schedule::MAX_ROUTINES);
}

// ---------------------------------------------------------------------------------------
// Properties.

fn any_time() -> impl Strategy<Value = Option<Time>> {
    prop_oneof![
        1 => Just(None),
        4 => (0i8..24, 0i8..60).prop_map(|(hour, minute)| Time::new(hour, minute, 0, 0).ok()),
    ]
}

fn any_entry(idx: usize) -> impl Strategy<Value = Entry> {
    // Around the spring change in Madrid, 2026-03-25 to 2026-04-03.
    let day = || (0i64..10).prop_map(|n_days| date("2026-03-25") + jiff::Span::new().days(n_days));
    (
        any_time(),
        prop::option::of(1u32..=1440),
        prop::bool::ANY,
        prop::collection::btree_set(1u8..=7, 0..4),
        day(),
        prop::option::of(day()),
        -50i32..1500,
        prop::collection::btree_map(day(), prop::bool::ANY, 0..3),
    )
        .prop_map(
            move |(start, minutes, is_once, days, on, until, position, changes)| {
                let mut activity = activity(&format!("e{idx}"), None, minutes);
                activity.start = start;
                Entry {
                    repeat: if is_once {
                        Repeat::Once { date: on }
                    } else {
                        Repeat::Weekly {
                            days,
                            from: on,
                            until,
                        }
                    },
                    exceptions: changes
                        .into_iter()
                        .map(|(date, cancelled)| {
                            let exception = if cancelled {
                                Exception::Cancelled
                            } else {
                                let mut with = activity.clone();
                                with.id = format!("{}-instead", activity.id);
                                Exception::Replaced { with }
                            };
                            (date, exception)
                        })
                        .collect(),
                    activity,
                    position,
                }
            },
        )
}

fn any_schedule() -> impl Strategy<Value = Schedule> {
    (0usize..8)
        .prop_flat_map(|n| (0..n).map(any_entry).collect::<Vec<_>>())
        .prop_map(|entries| Schedule {
            entries,
            ..Schedule::default()
        })
}

proptest! {
    /// Where there is room between timed activities, moving an untimed one swaps it with
    /// its neighbour and leaves the rest of the day in order.
    #[test]
    fn moving_an_untimed_activity_swaps_it_with_its_neighbour(
        kinds in prop::collection::vec(prop::option::of(0u32..20), 1..10),
        pick in 0usize..10,
        earlier in any::<bool>(),
    ) {
        let day = "2026-05-04";
        let mut schedule = Schedule::default();
        let mut hours = BTreeSet::new();
        for (n, hour) in kinds.iter().enumerate() {
            let id = format!("a{n}");
            let entry = match hour {
                Some(hour) if hours.insert(*hour) => {
                    once(activity(&id, Some(&format!("{:02}:00", hour + 3)), None), day)
                }
                _ => {
                    let mut entry = once(activity(&id, None, None), day);
                    entry.position = i32::try_from(n).unwrap_or(0) * 97;
                    entry
                }
            };
            prop_assert_eq!(schedule.put_entry(entry), Ok(()));
        }
        let before = ids(&schedule.day(date(day)));
        let id = before[pick % before.len()].clone();
        let moved = schedule.move_in_day(date(day), &id, earlier);
        let after = ids(&schedule.day(date(day)));
        if moved {
            let idx = before.iter().position(|x| x == &id).unwrap_or(0);
            let other = if earlier { idx - 1 } else { idx + 1 };
            let mut expected = before.clone();
            expected.swap(idx, other);
            prop_assert_eq!(after, expected);
        } else {
            prop_assert_eq!(after, before);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// `at` splits the day's occurrences, plus the day before's running ones, into
    /// now, next, later and past, each exactly once, and keeps the day's order.
    #[test]
    fn now_next_later_and_past_split_the_day(
        mut schedule in any_schedule(),
        seconds in 1_774_400_000i64..1_775_300_000,
        n_done in 0usize..3,
    ) {
        let now = Timestamp::from_second(seconds).expect("an instant");
        let today = schedule.date_at(now);
        for occurrence in schedule.day(today).into_iter().take(n_done) {
            schedule.mark_done(&occurrence.key);
        }
        let seen = schedule.at(now);
        prop_assert_eq!(seen.date, today);
        let yesterday = today.yesterday().expect("a date");
        let running: Vec<OccurrenceKey> = schedule
            .day(yesterday)
            .into_iter()
            .filter(|o| !o.done && o.change != Some(Change::Cancelled) && o.end.is_some_and(|end| end > now))
            .map(|o| o.key)
            .collect();
        let day: Vec<OccurrenceKey> = schedule.day(today).into_iter().map(|o| o.key).collect();
        let mut expected: Vec<OccurrenceKey> = running.iter().chain(&day).cloned().collect();
        let shown: Vec<&Occurrence> = seen.now.iter().chain(&seen.next).chain(&seen.later).collect();
        let mut all: Vec<OccurrenceKey> = shown.iter().map(|o| o.key.clone()).chain(seen.past.iter().map(|o| o.key.clone())).collect();
        all.sort();
        expected.sort();
        prop_assert_eq!(all, expected);
        // Nothing shown as coming is cancelled, done or over.
        for occurrence in &shown {
            prop_assert!(occurrence.change != Some(Change::Cancelled));
            prop_assert!(!occurrence.done);
            prop_assert!(occurrence.end.is_none_or(|end| end > now));
        }
        // Past ones are of the day.
        prop_assert!(seen.past.iter().all(|o| o.key.date == today));
        // Something not started yet is never now, and next is only empty when later is.
        prop_assert!(seen.now.as_ref().is_none_or(|o| o.start.is_none_or(|start| start <= now)));
        prop_assert!(seen.next.is_some() || seen.later.is_empty());
        // The day's order is kept within what is shown and within the past.
        let position = |key: &OccurrenceKey| day.iter().position(|k| k == key);
        let shown_today: Vec<usize> = shown.iter().filter_map(|o| position(&o.key)).collect();
        prop_assert!(shown_today.windows(2).all(|w| w[0] < w[1]));
        let past: Vec<usize> = seen.past.iter().filter_map(|o| position(&o.key)).collect();
        prop_assert!(past.windows(2).all(|w| w[0] < w[1]));
        // Reminders never panic and only come for what has not started.
        let since = now - SignedDuration::from_hours(1);
        for reminder in schedule.reminders_due(since, now) {
            prop_assert!(reminder.occurrence.start.is_some_and(|start| start > now));
        }
        if let Some(reminder) = schedule.next_reminder(now) {
            prop_assert!(reminder.at > now);
        }
    }

    /// Loading whatever JSON never panics, and loading what it gives back drops nothing.
    #[test]
    fn loading_anything_never_panics(value in any_json()) {
        let (schedule, _) = Schedule::from_record(&value);
        let record = serde_json::to_value(&schedule).expect("serialises");
        prop_assert_eq!(Schedule::from_record(&record), (schedule, 0));
    }
}

/// JSON shaped a little like a schedule, to reach past the first checks.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (0u32..2000).prop_map(Value::from),
        prop::sample::select(vec![
            "om:1F34E",
            "10:00",
            "2026-05-04",
            "once",
            "weekly",
            "cancelled",
            "Europe/Paris",
            "x",
            "",
        ])
        .prop_map(Value::from),
    ];
    let keys = prop::sample::select(vec![
        "entries",
        "activity",
        "repeat",
        "type",
        "date",
        "days",
        "from",
        "until",
        "id",
        "picto",
        "names",
        "en",
        "start",
        "minutes",
        "routine",
        "routines",
        "steps",
        "label",
        "settings",
        "zone",
        "lead_minutes",
        "progress",
        "done",
        "entry",
        "exceptions",
        "2026-05-04",
        "with",
        "rewards",
        "first_then",
        "first",
        "then",
        "bring",
        "position",
    ]);
    leaf.prop_recursive(5, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::btree_map(keys.clone(), inner, 0..6).prop_map(|map| Value::Object(
                map.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
            )),
        ]
    })
}

// ---------------------------------------------------------------------------------------
// A routine's steps with their own words, in the order the facilitator wants (issue #21).

fn step(code: &str, name: &str) -> Label {
    Label {
        picto: PictoRef::Symbol(code.to_owned()),
        names: Names::from([(Language::En, name.to_owned())]),
    }
}

#[test]
fn a_routine_step_gets_its_own_words_and_moves() {
    let mut routine = Routine {
        id: "r-1".into(),
        label: step("1FAA5", "Brush teeth"),
        steps: vec![
            step("1FAA5", "toothbrush"),
            step("1F4A7", "droplet"),
            step("1F9FB", "roll of paper"),
        ],
    };
    // Own words, per language; the pictogram's name stays for the others.
    assert!(routine.rename_step(0, Language::Ca, "  Posa pasta al raspall  "));
    assert_eq!(routine.steps[0].name(Language::Ca), "Posa pasta al raspall");
    assert!(routine.rename_step(0, Language::En, "Put toothpaste on the brush"));
    assert_eq!(
        routine.steps[0].name(Language::En),
        "Put toothpaste on the brush"
    );
    // Too long words are cut; empty words take that language's words away.
    assert!(routine.rename_step(1, Language::En, &"w".repeat(MAX_NAME_CHARS + 20)));
    assert_eq!(
        routine.steps[1].name(Language::En).chars().count(),
        MAX_NAME_CHARS
    );
    assert!(routine.rename_step(2, Language::En, "   "));
    assert!(!routine.steps[2].names.contains_key(&Language::En));
    assert!(!routine.rename_step(3, Language::En, "no such step"));

    // Moving: one place at a time, never past the ends.
    assert!(routine.move_step(2, true));
    let order = |r: &Routine| {
        r.steps
            .iter()
            .map(|s| match &s.picto {
                PictoRef::Symbol(code) => code.clone(),
                other => other.to_string(),
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(order(&routine), ["1FAA5", "1F9FB", "1F4A7"]);
    assert!(routine.move_step(0, false));
    assert_eq!(order(&routine), ["1F9FB", "1FAA5", "1F4A7"]);
    assert!(!routine.move_step(0, true));
    assert!(!routine.move_step(2, false));
    assert!(!routine.move_step(7, true));
    assert_eq!(order(&routine), ["1F9FB", "1FAA5", "1F4A7"]);

    // The schedule keeps what was changed.
    let mut schedule = Schedule::default();
    assert_eq!(schedule.put_routine(routine.clone()), Ok(()));
    assert_eq!(schedule.routine("r-1"), Some(&routine));
}
