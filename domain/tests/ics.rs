//! The iCalendar export read back by an independent parser (`icalendar`) and expanded by
//! an independent RRULE engine (`rrule`, through `icalendar`): what a calendar app sees.

#![allow(clippy::unwrap_used)]

use icalendar::parser::{read_calendar, unfold, Component, Property};
use icalendar::{CalendarDateTime, Component as _, DatePerhapsTime};
use jiff::civil::{date, time, Date, Time};
use jiff::tz::TimeZone;
use jiff::Timestamp;
use pictokit_domain::picto::PictoRef;
use pictokit_domain::schedule::{
    ics, Activity, Entry, Exception, Kind, Label, Names, Repeat, Schedule, Settings,
};
use pictokit_domain::Language;
use std::collections::{BTreeMap, BTreeSet};

// --- Building schedules -------------------------------------------------------------

fn names(pairs: &[(Language, &str)]) -> Names {
    pairs
        .iter()
        .map(|&(lang, name)| (lang, name.to_owned()))
        .collect()
}

fn label(name: &str) -> Label {
    Label {
        picto: PictoRef::Symbol("1F3E0".to_owned()),
        names: names(&[(Language::Ca, name)]),
    }
}

fn activity(id: &str, name: &str, start: Option<Time>, minutes: Option<u32>) -> Activity {
    Activity {
        id: id.to_owned(),
        picto: PictoRef::Symbol("1F3CA".to_owned()),
        names: names(&[(Language::Ca, name)]),
        kind: Kind::Activity,
        start,
        minutes,
        place: None,
        helper: None,
        routine: None,
        bring: Vec::new(),
    }
}

fn once(activity: Activity, on: Date) -> Entry {
    Entry {
        activity,
        repeat: Repeat::Once { date: on },
        exceptions: BTreeMap::new(),
        position: 0,
    }
}

fn weekly(activity: Activity, days: &[u8], from: Date, until: Option<Date>) -> Entry {
    Entry {
        activity,
        repeat: Repeat::Weekly {
            days: days.iter().copied().collect::<BTreeSet<u8>>(),
            from,
            until,
        },
        exceptions: BTreeMap::new(),
        position: 0,
    }
}

fn schedule(entries: Vec<Entry>) -> Schedule {
    Schedule {
        entries,
        ..Schedule::default()
    }
}

fn in_zone(mut schedule: Schedule, zone: &str) -> Schedule {
    schedule.settings.zone = zone.to_owned();
    schedule
}

fn now() -> Timestamp {
    "2026-03-01T08:15:30Z".parse().unwrap()
}

fn write(schedule: &Schedule) -> String {
    ics::write(schedule, Language::Ca, now(), "Anna's day")
}

// --- Reading them back ----------------------------------------------------------------

/// Parses with the independent parser (unfolding first, as RFC 5545 §3.1 says).
fn parse(text: &str) -> Component<'static> {
    let unfolded: &'static str = Box::leak(unfold(text).into_boxed_str());
    let calendar = read_calendar(unfolded).unwrap();
    Component {
        name: "VCALENDAR".into(),
        properties: calendar.properties,
        components: calendar.components,
    }
}

/// The typed view of the same text, for dates and recurrences.
fn typed(text: &str) -> icalendar::Calendar {
    text.parse().unwrap()
}

fn children<'a>(component: &'a Component<'static>, name: &str) -> Vec<&'a Component<'static>> {
    component
        .components
        .iter()
        .filter(|child| child.name == name)
        .collect()
}

fn events<'a>(calendar: &'a Component<'static>) -> Vec<&'a Component<'static>> {
    children(calendar, "VEVENT")
}

fn props<'a>(component: &'a Component<'static>, name: &str) -> Vec<&'a Property<'static>> {
    component
        .properties
        .iter()
        .filter(|property| property.name == name)
        .collect()
}

fn value(component: &Component<'static>, name: &str) -> Option<String> {
    match props(component, name).as_slice() {
        [] => None,
        [property] => Some(property.val.as_str().to_owned()),
        many => panic!("{} {name} properties", many.len()),
    }
}

fn param(property: &Property<'static>, key: &str) -> Option<String> {
    property
        .params
        .iter()
        .find(|parameter| parameter.key == key)
        .map(|parameter| {
            parameter
                .val
                .as_ref()
                .map_or(String::new(), |val| val.as_str().to_owned())
        })
}

/// The property as written: `;PARAM=…` list and value, e.g. `;TZID=Europe/Madrid:2026…`.
fn written(component: &Component<'static>, name: &str) -> Vec<String> {
    props(component, name)
        .iter()
        .map(|property| {
            let params: String = property
                .params
                .iter()
                .map(|parameter| {
                    let val = parameter.val.as_ref().map_or("", |val| val.as_str());
                    format!(";{}={val}", parameter.key.as_str())
                })
                .collect();
            format!("{params}:{}", property.val.as_str())
        })
        .collect()
}

fn event_by_summary<'a>(calendar: &'a Component<'static>, summary: &str) -> &'a Component<'static> {
    events(calendar)
        .into_iter()
        .find(|event| value(event, "SUMMARY").as_deref() == Some(summary))
        .unwrap_or_else(|| panic!("no event {summary:?}"))
}

/// Occurrences of the first event with this summary, as expanded by the `rrule` crate:
/// local times in the zone of DTSTART, with their offsets.
fn occurrences(text: &str, summary: &str) -> Vec<String> {
    let calendar = typed(text);
    let event = calendar
        .calendar_events()
        .find(|event| event.get_summary() == Some(summary))
        .unwrap();
    event
        .get_recurrence()
        .unwrap()
        .all(100)
        .dates
        .iter()
        .map(|at| at.format("%Y-%m-%d %H:%M %:z").to_string())
        .collect()
}

// --- The file as a whole --------------------------------------------------------------

#[test]
fn calendar_header() {
    let text = write(&schedule(vec![]));
    let calendar = parse(&text);
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(value(&calendar, "VERSION").unwrap(), "2.0");
    assert_eq!(
        value(&calendar, "PRODID").unwrap(),
        "-//Pictokit//Schedule//EN"
    );
    assert_eq!(value(&calendar, "CALSCALE").unwrap(), "GREGORIAN");
    assert_eq!(value(&calendar, "METHOD").unwrap(), "PUBLISH");
    assert_eq!(value(&calendar, "X-WR-CALNAME").unwrap(), "Anna's day");
    assert_eq!(value(&calendar, "X-WR-TIMEZONE").unwrap(), "Europe/Madrid");
    assert!(events(&calendar).is_empty());
}

/// A name far longer than a line, with escapes and two-octet characters to fold around.
fn long_name() -> String {
    format!(
        "{}fi",
        "Sortida a la biblioteca amb l'àvia, la Núria; després, berenar ".repeat(4)
    )
}

/// A schedule with a bit of everything, for the checks on the file's lines.
fn everything() -> Schedule {
    let long_name = long_name();
    let mut swim = weekly(
        activity("swim", "Piscina", Some(time(17, 0, 0, 0)), Some(60)),
        &[1, 3],
        date(2026, 3, 3),
        Some(date(2026, 3, 30)),
    );
    swim.exceptions
        .insert(date(2026, 3, 11), Exception::Cancelled);
    swim.exceptions.insert(
        date(2026, 3, 16),
        Exception::Replaced {
            with: activity("library", &long_name, Some(time(17, 30, 0, 0)), Some(45)),
        },
    );
    let mut doctor = activity(
        "doctor",
        "Metgessa: revisió, anàlisi",
        Some(time(10, 0, 0, 0)),
        Some(30),
    );
    doctor.kind = Kind::Appointment;
    doctor.place = Some(label("CAP Sagrada Família"));
    doctor.bring = vec![label("Targeta sanitària"), label("Informe")];
    schedule(vec![
        swim,
        once(doctor, date(2026, 3, 10)),
        once(
            activity("party", "Festa d'aniversari 🎂", None, None),
            date(2026, 3, 14),
        ),
    ])
}

#[test]
fn every_line_ends_in_crlf_and_fits_75_octets() {
    let text = write(&everything());
    assert!(text.ends_with("\r\n"));
    let lines: Vec<&str> = text.split_terminator("\r\n").collect();
    assert!(lines.len() > 40);
    for line in &lines {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(!line.contains('\r') && !line.contains('\n'), "{line:?}");
    }
    // The long name was folded, and unfolds back to itself.
    assert!(lines.iter().any(|line| line.starts_with(' ')));
    let calendar = parse(&text);
    event_by_summary(&calendar, &long_name());
}

#[test]
fn text_with_accents_punctuation_and_newlines_round_trips() {
    let tricky = [
        "Logopèdia amb la Júlia",
        "Natación: niños, niñas; padres",
        "Back\\slash, comma; semicolon",
        "Primera línia\nsegona línia",
        "Pa amb tomàquet 🍅 i l·lí",
    ];
    let long = format!("{}Fi", "Llegir un conte a l'àvia ".repeat(8));
    assert!(long.chars().count() >= 200);
    let mut entries: Vec<Entry> = tricky
        .iter()
        .chain([&long.as_str()])
        .enumerate()
        .map(|(index, name)| {
            once(
                activity(&format!("a{index}"), name, Some(time(9, 0, 0, 0)), None),
                date(2026, 3, 2),
            )
        })
        .collect();
    let mut dentist = activity("dentist", "Dentista", Some(time(12, 0, 0, 0)), None);
    dentist.place = Some(label("Clínica Dental, c/ Mallorca; 2n"));
    dentist.helper = Some(label("Mamà"));
    dentist.bring = vec![label("Raspall, de dents"), label("Targeta")];
    entries.push(once(dentist, date(2026, 3, 3)));

    let text = write(&schedule(entries));
    let calendar = parse(&text);
    for name in tricky.iter().chain([&long.as_str()]) {
        event_by_summary(&calendar, name);
    }
    // The folded long line, read back by the typed API too.
    let calendar_typed = typed(&text);
    assert!(calendar_typed
        .events()
        .any(|event| event.get_summary() == Some(long.as_str())));

    let dentist = event_by_summary(&calendar, "Dentista");
    assert_eq!(
        value(dentist, "LOCATION").unwrap(),
        "Clínica Dental, c/ Mallorca; 2n"
    );
    assert_eq!(
        value(dentist, "DESCRIPTION").unwrap(),
        "Clínica Dental, c/ Mallorca; 2n\nMamà\nRaspall, de dents, Targeta"
    );
}

#[test]
fn names_are_in_the_language_asked_with_the_same_fallback_as_the_app() {
    let mut entry = once(
        activity("swim", "Piscina", Some(time(9, 0, 0, 0)), None),
        date(2026, 3, 2),
    );
    entry.activity.names = names(&[
        (Language::Ca, "Piscina"),
        (Language::Es, "Piscina (es)"),
        (Language::En, ""),
    ]);
    let schedule = schedule(vec![entry]);
    let summary = |lang| {
        let text = ics::write(&schedule, lang, now(), "x");
        value(events(&parse(&text))[0], "SUMMARY").unwrap()
    };
    assert_eq!(summary(Language::Ca), "Piscina");
    assert_eq!(summary(Language::Es), "Piscina (es)");
    // No English name: Spanish comes first among the others.
    assert_eq!(summary(Language::En), "Piscina (es)");
}

#[test]
fn uid_is_the_activity_id_whatever_the_time_of_export() {
    let schedule = everything();
    let uids = |now: Timestamp| {
        let text = ics::write(&schedule, Language::Ca, now, "x");
        let calendar = parse(&text);
        let uids: Vec<String> = events(&calendar)
            .iter()
            .map(|event| value(event, "UID").unwrap())
            .collect();
        let stamps: BTreeSet<String> = events(&calendar)
            .iter()
            .map(|event| value(event, "DTSTAMP").unwrap())
            .collect();
        (uids, stamps)
    };
    let (first, first_stamps) = uids(now());
    let (again, again_stamps) = uids("2026-06-30T23:59:59Z".parse().unwrap());
    assert_eq!(first, again);
    assert_eq!(
        first,
        [
            "swim@pictokit",
            "swim@pictokit",
            "doctor@pictokit",
            "party@pictokit"
        ]
    );
    assert_eq!(
        first_stamps.into_iter().collect::<Vec<_>>(),
        ["20260301T081530Z"]
    );
    assert_eq!(
        again_stamps.into_iter().collect::<Vec<_>>(),
        ["20260630T235959Z"]
    );
}

// --- Times, zones and recurrences ---------------------------------------------------

#[test]
fn the_time_zone_is_described_with_its_real_offsets() {
    let text = write(&everything());
    let calendar = parse(&text);
    let zones = children(&calendar, "VTIMEZONE");
    assert_eq!(zones.len(), 1);
    let zone = zones[0];
    assert_eq!(value(zone, "TZID").unwrap(), "Europe/Madrid");

    let standard = children(zone, "STANDARD");
    let daylight = children(zone, "DAYLIGHT");
    assert_eq!((standard.len(), daylight.len()), (1, 1));
    let (standard, daylight) = (standard[0], daylight[0]);
    assert_eq!(value(standard, "DTSTART").unwrap(), "19701025T030000");
    assert_eq!(value(standard, "TZOFFSETFROM").unwrap(), "+0200");
    assert_eq!(value(standard, "TZOFFSETTO").unwrap(), "+0100");
    assert_eq!(value(standard, "TZNAME").unwrap(), "CET");
    assert_eq!(
        value(standard, "RRULE").unwrap(),
        "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"
    );
    assert_eq!(value(daylight, "DTSTART").unwrap(), "19700329T020000");
    assert_eq!(value(daylight, "TZOFFSETFROM").unwrap(), "+0100");
    assert_eq!(value(daylight, "TZOFFSETTO").unwrap(), "+0200");
    assert_eq!(value(daylight, "TZNAME").unwrap(), "CEST");
    assert_eq!(
        value(daylight, "RRULE").unwrap(),
        "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"
    );
}

/// The offsets written for every known zone agree with the IANA database in winter and
/// summer 2026.
#[test]
fn every_known_zone_matches_the_iana_database() {
    for known in pictokit_domain::schedule::zone::known() {
        let text = write(&in_zone(schedule(vec![]), known.name));
        let calendar = parse(&text);
        assert_eq!(value(&calendar, "X-WR-TIMEZONE").unwrap(), known.name);
        let zones = children(&calendar, "VTIMEZONE");
        let iana = TimeZone::get(known.name).unwrap();
        let offset_at = |at: &str| {
            let seconds = iana.to_offset(at.parse().unwrap()).seconds();
            let sign = if seconds < 0 { '-' } else { '+' };
            let minutes = seconds.abs() / 60;
            format!("{sign}{:02}{:02}", minutes / 60, minutes % 60)
        };
        let (winter, summer) = (
            offset_at("2026-01-15T12:00:00Z"),
            offset_at("2026-07-15T12:00:00Z"),
        );
        if known.name == "UTC" {
            assert!(zones.is_empty());
            continue;
        }
        assert_eq!(zones.len(), 1, "{}", known.name);
        let standard = children(zones[0], "STANDARD")[0];
        let daylight = children(zones[0], "DAYLIGHT")[0];
        // Ireland's law calls winter time the negative one; the offsets are what matter.
        assert_eq!(
            value(standard, "TZOFFSETTO").unwrap(),
            winter,
            "{}",
            known.name
        );
        assert_eq!(
            value(daylight, "TZOFFSETTO").unwrap(),
            summer,
            "{}",
            known.name
        );
    }
}

#[test]
fn an_unknown_zone_falls_back_to_the_default() {
    let text = write(&in_zone(
        schedule(vec![once(
            activity("a", "A", Some(time(9, 0, 0, 0)), None),
            date(2026, 3, 2),
        )]),
        "Mars/Olympus",
    ));
    let calendar = parse(&text);
    assert_eq!(value(&calendar, "X-WR-TIMEZONE").unwrap(), "Europe/Madrid");
    assert_eq!(
        written(events(&calendar)[0], "DTSTART"),
        [";TZID=Europe/Madrid:20260302T090000"]
    );
}

#[test]
fn utc_schedules_have_no_vtimezone_and_utc_times() {
    let mut swim = weekly(
        activity("swim", "Piscina", Some(time(17, 0, 0, 0)), Some(90)),
        &[2],
        date(2026, 3, 1),
        Some(date(2026, 3, 31)),
    );
    swim.exceptions
        .insert(date(2026, 3, 10), Exception::Cancelled);
    let text = write(&in_zone(schedule(vec![swim]), "UTC"));
    let calendar = parse(&text);
    assert!(children(&calendar, "VTIMEZONE").is_empty());
    assert_eq!(value(&calendar, "X-WR-TIMEZONE").unwrap(), "UTC");
    let event = events(&calendar)[0];
    assert_eq!(written(event, "DTSTART"), [":20260303T170000Z"]);
    assert_eq!(written(event, "EXDATE"), [":20260310T170000Z"]);
    assert_eq!(
        value(event, "RRULE").unwrap(),
        "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260331T235959Z"
    );
    assert_eq!(value(event, "DURATION").unwrap(), "PT1H30M");
    assert_eq!(
        occurrences(&text, "Piscina"),
        [
            "2026-03-03 17:00 +00:00",
            "2026-03-17 17:00 +00:00",
            "2026-03-24 17:00 +00:00",
            "2026-03-31 17:00 +00:00",
        ]
    );
}

#[test]
fn a_weekly_activity_is_one_recurring_event_until_its_last_day() {
    let swim = weekly(
        activity("swim", "Piscina", Some(time(17, 0, 0, 0)), Some(60)),
        &[3, 1],
        // A Tuesday: the first occurrence is Wednesday the 4th.
        date(2026, 3, 3),
        // A Monday, which counts; and summer time starts on the 29th.
        Some(date(2026, 3, 30)),
    );
    let text = write(&schedule(vec![swim]));
    let calendar = parse(&text);
    assert_eq!(events(&calendar).len(), 1);
    let event = events(&calendar)[0];
    assert_eq!(
        written(event, "DTSTART"),
        [";TZID=Europe/Madrid:20260304T170000"]
    );
    assert_eq!(value(event, "DURATION").unwrap(), "PT1H");
    // UNTIL is in UTC (RFC 5545 §3.3.10): the 30th at 23:59:59 in summer time.
    assert_eq!(
        value(event, "RRULE").unwrap(),
        "FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20260330T215959Z"
    );
    // 17:00 local on both sides of the change to summer time, the last day included.
    assert_eq!(
        occurrences(&text, "Piscina"),
        [
            "2026-03-04 17:00 +01:00",
            "2026-03-09 17:00 +01:00",
            "2026-03-11 17:00 +01:00",
            "2026-03-16 17:00 +01:00",
            "2026-03-18 17:00 +01:00",
            "2026-03-23 17:00 +01:00",
            "2026-03-25 17:00 +01:00",
            "2026-03-30 17:00 +02:00",
        ]
    );
}

#[test]
fn a_weekly_activity_without_end_has_no_until() {
    let text = write(&schedule(vec![weekly(
        activity("swim", "Piscina", Some(time(17, 0, 0, 0)), None),
        &[7],
        date(2026, 3, 2),
        None,
    )]));
    let event = events(&parse(&text))[0].clone();
    assert_eq!(value(&event, "RRULE").unwrap(), "FREQ=WEEKLY;BYDAY=SU");
    assert_eq!(
        written(&event, "DTSTART"),
        [";TZID=Europe/Madrid:20260308T170000"]
    );
    assert_eq!(value(&event, "DURATION"), None);
}

#[test]
fn a_weekly_activity_that_never_happens_is_left_out() {
    let text = write(&schedule(vec![
        // From Tuesday to Thursday on Mondays only.
        weekly(
            activity("a", "A", None, None),
            &[1],
            date(2026, 3, 3),
            Some(date(2026, 3, 5)),
        ),
        // No days at all.
        weekly(activity("b", "B", None, None), &[], date(2026, 3, 3), None),
    ]));
    assert!(events(&parse(&text)).is_empty());
}

#[test]
fn a_cancelled_date_is_an_exdate() {
    let mut swim = weekly(
        activity("swim", "Piscina", Some(time(17, 0, 0, 0)), Some(60)),
        &[1, 3],
        date(2026, 3, 3),
        Some(date(2026, 3, 30)),
    );
    swim.exceptions
        .insert(date(2026, 3, 11), Exception::Cancelled);
    // A Thursday: not an occurrence, so nothing to exclude.
    swim.exceptions
        .insert(date(2026, 3, 12), Exception::Cancelled);
    let text = write(&schedule(vec![swim]));
    let calendar = parse(&text);
    assert_eq!(events(&calendar).len(), 1);
    assert_eq!(
        written(events(&calendar)[0], "EXDATE"),
        [";TZID=Europe/Madrid:20260311T170000"]
    );
    let dates = occurrences(&text, "Piscina");
    assert_eq!(dates.len(), 7);
    assert!(!dates.iter().any(|at| at.starts_with("2026-03-11")));
}

#[test]
fn a_replaced_date_is_an_override_with_a_recurrence_id() {
    let mut swim = weekly(
        activity("swim", "Piscina", Some(time(17, 0, 0, 0)), Some(60)),
        &[1, 3],
        date(2026, 3, 3),
        Some(date(2026, 3, 30)),
    );
    let mut library = activity("library", "Biblioteca", Some(time(17, 30, 0, 0)), Some(45));
    library.place = Some(label("Biblioteca Jaume Fuster"));
    swim.exceptions
        .insert(date(2026, 3, 16), Exception::Replaced { with: library });
    let text = write(&schedule(vec![swim]));
    let calendar = parse(&text);
    assert_eq!(events(&calendar).len(), 2);

    let master = event_by_summary(&calendar, "Piscina");
    assert!(props(master, "EXDATE").is_empty());
    assert!(props(master, "RECURRENCE-ID").is_empty());
    // The override replaces an occurrence that the rule does produce.
    assert!(occurrences(&text, "Piscina").contains(&"2026-03-16 17:00 +01:00".to_owned()));

    let instead = event_by_summary(&calendar, "Biblioteca");
    assert_eq!(value(instead, "UID").unwrap(), "swim@pictokit");
    assert_eq!(
        written(instead, "RECURRENCE-ID"),
        [";TZID=Europe/Madrid:20260316T170000"]
    );
    assert_eq!(
        written(instead, "DTSTART"),
        [";TZID=Europe/Madrid:20260316T173000"]
    );
    assert_eq!(value(instead, "DURATION").unwrap(), "PT45M");
    assert_eq!(value(instead, "RRULE"), None);
    assert_eq!(
        value(instead, "LOCATION").unwrap(),
        "Biblioteca Jaume Fuster"
    );
    let typed = typed(&text);
    let instead = typed
        .events()
        .find(|event| event.get_summary() == Some("Biblioteca"))
        .unwrap();
    assert_eq!(
        instead.get_recurrence_id(),
        Some(DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone {
            date_time: "2026-03-16T17:00:00".parse().unwrap(),
            tzid: "Europe/Madrid".to_owned(),
        }))
    );
}

#[test]
fn all_day_weekly_activities_use_dates_throughout() {
    let mut school = weekly(
        activity("school", "Escola", None, Some(60)),
        &[1, 2, 3, 4, 5],
        date(2026, 3, 1),
        Some(date(2026, 3, 31)),
    );
    school
        .exceptions
        .insert(date(2026, 3, 19), Exception::Cancelled);
    school.exceptions.insert(
        date(2026, 3, 20),
        Exception::Replaced {
            with: activity("trip", "Excursió", Some(time(9, 0, 0, 0)), Some(300)),
        },
    );
    let text = write(&schedule(vec![school]));
    let calendar = parse(&text);
    let master = event_by_summary(&calendar, "Escola");
    assert_eq!(written(master, "DTSTART"), [";VALUE=DATE:20260302"]);
    assert_eq!(written(master, "DTEND"), [";VALUE=DATE:20260303"]);
    assert_eq!(value(master, "DURATION"), None);
    assert_eq!(
        value(master, "RRULE").unwrap(),
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20260331"
    );
    assert_eq!(written(master, "EXDATE"), [";VALUE=DATE:20260319"]);
    assert!(children(master, "VALARM").is_empty());

    // The replacement has a time of its own; RECURRENCE-ID keeps DTSTART's value type.
    let trip = event_by_summary(&calendar, "Excursió");
    assert_eq!(written(trip, "RECURRENCE-ID"), [";VALUE=DATE:20260320"]);
    assert_eq!(
        written(trip, "DTSTART"),
        [";TZID=Europe/Madrid:20260320T090000"]
    );
    assert_eq!(value(trip, "DURATION").unwrap(), "PT5H");
    assert_eq!(children(trip, "VALARM").len(), 1);

    let typed = typed(&text);
    let school = typed
        .events()
        .find(|event| event.get_summary() == Some("Escola"))
        .unwrap();
    assert!(matches!(school.get_start(), Some(DatePerhapsTime::Date(_))));
}

#[test]
fn timed_and_all_day_one_off_activities() {
    let text = write(&schedule(vec![
        once(
            activity("party", "Festa", None, Some(120)),
            date(2026, 12, 31),
        ),
        once(
            activity("doctor", "Metge", Some(time(10, 15, 0, 0)), Some(20)),
            date(2026, 3, 10),
        ),
    ]));
    let calendar = parse(&text);
    let party = event_by_summary(&calendar, "Festa");
    assert_eq!(written(party, "DTSTART"), [";VALUE=DATE:20261231"]);
    assert_eq!(written(party, "DTEND"), [";VALUE=DATE:20270101"]);
    assert_eq!(value(party, "RRULE"), None);
    assert!(children(party, "VALARM").is_empty());
    let doctor = event_by_summary(&calendar, "Metge");
    assert_eq!(
        written(doctor, "DTSTART"),
        [";TZID=Europe/Madrid:20260310T101500"]
    );
    assert_eq!(value(doctor, "DURATION").unwrap(), "PT20M");
    assert_eq!(value(doctor, "DTEND"), None);

    let typed = typed(&text);
    let starts: Vec<Option<DatePerhapsTime>> =
        typed.events().map(|event| event.get_start()).collect();
    assert_eq!(
        starts,
        [
            Some(DatePerhapsTime::Date("2026-12-31".parse().unwrap())),
            Some(DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone {
                date_time: "2026-03-10T10:15:00".parse().unwrap(),
                tzid: "Europe/Madrid".to_owned(),
            })),
        ]
    );
}

#[test]
fn a_time_in_the_spring_forward_gap_is_written_as_its_wall_time() {
    // 02:30 does not exist in Madrid on 2026-03-29: the calendar resolves it (RFC 5545
    // §3.3.5 says as if before the gap, i.e. 03:30 summer time), as the app does.
    let text = write(&schedule(vec![once(
        activity("early", "Matinada", Some(time(2, 30, 0, 0)), Some(30)),
        date(2026, 3, 29),
    )]));
    let calendar = parse(&text);
    let event = events(&calendar)[0];
    assert_eq!(
        written(event, "DTSTART"),
        [";TZID=Europe/Madrid:20260329T023000"]
    );
    let typed = typed(&text);
    assert_eq!(
        typed.events().next().unwrap().get_start(),
        Some(DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone {
            date_time: "2026-03-29T02:30:00".parse().unwrap(),
            tzid: "Europe/Madrid".to_owned(),
        }))
    );
}

#[test]
fn one_off_changes_of_plan() {
    let mut cancelled = once(
        activity("doctor", "Metge", Some(time(10, 0, 0, 0)), Some(30)),
        date(2026, 3, 10),
    );
    cancelled
        .exceptions
        .insert(date(2026, 3, 10), Exception::Cancelled);
    let mut replaced = once(
        activity("swim", "Piscina", Some(time(17, 0, 0, 0)), Some(60)),
        date(2026, 3, 11),
    );
    replaced.exceptions.insert(
        date(2026, 3, 11),
        Exception::Replaced {
            with: activity("park", "Parc", Some(time(18, 0, 0, 0)), Some(30)),
        },
    );
    let text = write(&schedule(vec![cancelled, replaced]));
    let calendar = parse(&text);
    assert_eq!(events(&calendar).len(), 2);

    let doctor = event_by_summary(&calendar, "Metge");
    assert_eq!(value(doctor, "STATUS").unwrap(), "CANCELLED");
    assert!(children(doctor, "VALARM").is_empty());

    let park = event_by_summary(&calendar, "Parc");
    assert_eq!(value(park, "UID").unwrap(), "swim@pictokit");
    assert_eq!(value(park, "STATUS"), None);
    assert_eq!(value(park, "RECURRENCE-ID"), None);
    assert_eq!(
        written(park, "DTSTART"),
        [";TZID=Europe/Madrid:20260311T180000"]
    );
    assert_eq!(value(park, "DURATION").unwrap(), "PT30M");
}

// --- Reminders and the rest of an event ----------------------------------------------

#[test]
fn timed_events_remind_ahead_of_time() {
    let text = write(&everything());
    let calendar = parse(&text);
    for event in events(&calendar) {
        let alarms = children(event, "VALARM");
        let summary = value(event, "SUMMARY").unwrap();
        if value(event, "STATUS").is_some() || props(event, "DTSTART")[0].val.as_str().len() == 8 {
            assert!(alarms.is_empty(), "{summary}");
            continue;
        }
        assert_eq!(alarms.len(), 1, "{summary}");
        let alarm = alarms[0];
        assert_eq!(value(alarm, "ACTION").unwrap(), "DISPLAY");
        assert_eq!(value(alarm, "TRIGGER").unwrap(), "-PT10M");
        assert_eq!(value(alarm, "DESCRIPTION").unwrap(), summary);
    }
    // The override of the 16th has its own reminder.
    let overrides: Vec<_> = events(&calendar)
        .into_iter()
        .filter(|event| value(event, "RECURRENCE-ID").is_some())
        .collect();
    assert_eq!(overrides.len(), 1);
    assert_eq!(children(overrides[0], "VALARM").len(), 1);

    let mut quiet = everything();
    quiet.settings = Settings {
        lead_minutes: 0,
        ..Settings::default()
    };
    let text = write(&quiet);
    assert!(!text.contains("BEGIN:VALARM"));

    let mut early = everything();
    early.settings.lead_minutes = 45;
    let text = write(&early);
    let calendar = parse(&text);
    let alarm = children(event_by_summary(&calendar, "Piscina"), "VALARM")[0];
    assert_eq!(value(alarm, "TRIGGER").unwrap(), "-PT45M");
    assert_eq!(
        param(props(alarm, "TRIGGER")[0], "RELATED"),
        None,
        "relative to the start, the default"
    );
}

#[test]
fn appointments_are_categorised_and_say_what_to_bring() {
    let text = write(&everything());
    let calendar = parse(&text);
    let doctor = event_by_summary(&calendar, "Metgessa: revisió, anàlisi");
    assert_eq!(value(doctor, "CATEGORIES").unwrap(), "APPOINTMENT");
    assert_eq!(value(doctor, "LOCATION").unwrap(), "CAP Sagrada Família");
    assert_eq!(
        value(doctor, "DESCRIPTION").unwrap(),
        "CAP Sagrada Família\nTargeta sanitària, Informe"
    );
    let party = event_by_summary(&calendar, "Festa d'aniversari 🎂");
    assert_eq!(value(party, "CATEGORIES"), None);
    assert_eq!(value(party, "DESCRIPTION"), None);
    assert_eq!(value(party, "LOCATION"), None);
}
