//! iCalendar (RFC 5545) export of a schedule, so the family's own calendar reminds them.
//!
//! Each entry is one VEVENT whose UID is its activity id, so importing the file again
//! updates the events instead of doubling them. A weekly entry is one recurring event:
//! a cancelled date is an EXDATE, a replaced date an overriding VEVENT with the same UID
//! and a RECURRENCE-ID. Times are the person's wall-clock times with a TZID and a
//! VTIMEZONE built from [`zone`]'s rules, so the calendar resolves daylight saving
//! itself (a time inside the spring-forward gap included, as RFC 5545 §3.3.5 says).
//!
//! The text is language-neutral: only the facilitator's own names go in, never words
//! of ours ("Place:"), since the file is read in whatever language the calendar app uses.

use super::zone::{self, Zone};
use super::{Activity, Entry, Exception, Kind, Label, Repeat, Schedule};
use crate::Language;
use jiff::civil::{Date, DateTime, Time, Weekday};
use jiff::tz::{Offset, TimeZone};
use jiff::Timestamp;
use std::collections::BTreeSet;

/// The whole schedule as an iCalendar file (CRLF lines, folded at 75 octets, UTF-8).
///
/// `now` is the DTSTAMP; `calendar_name` is X-WR-CALNAME (e.g. "Anna's day").
pub fn write(schedule: &Schedule, lang: Language, now: Timestamp, calendar_name: &str) -> String {
    let zone = zone::find(&schedule.settings.zone).or_else(|| zone::find(zone::DEFAULT));
    let mut writer = Writer {
        lines: Vec::new(),
        clock: Clock::new(zone),
        lang,
        stamp: format!("{}Z", format_date_time(TimeZone::UTC.to_datetime(now))),
        lead_minutes: schedule.settings.lead_minutes,
    };
    writer.push("BEGIN:VCALENDAR");
    writer.push("VERSION:2.0");
    writer.push("PRODID:-//Pictokit//Schedule//EN");
    writer.push("CALSCALE:GREGORIAN");
    writer.push("METHOD:PUBLISH");
    writer.push(format!("X-WR-CALNAME:{}", escape_text(calendar_name)));
    writer.push(format!("X-WR-TIMEZONE:{}", writer.clock.name()));
    if let Clock::Zoned { zone, .. } = &writer.clock {
        let lines = vtimezone(zone);
        writer.lines.extend(lines);
    }
    for entry in &schedule.entries {
        writer.entry(entry);
    }
    writer.push("END:VCALENDAR");
    let mut out = String::new();
    for line in &writer.lines {
        fold_into(line, &mut out);
    }
    out
}

/// The longest content line, in octets, without its CRLF (RFC 5545 §3.1).
const MAX_LINE_OCTETS: usize = 75;

/// Collects the unfolded content lines of the file.
struct Writer {
    /// Content lines as `NAME;PARAM=…:value`, not yet folded.
    lines: Vec<String>,
    /// How times are written.
    clock: Clock,
    /// The language of the names.
    lang: Language,
    /// DTSTAMP, in UTC.
    stamp: String,
    /// Minutes of warning before timed events (0 = no VALARM).
    lead_minutes: u32,
}

/// When an occurrence starts: a whole day, or a wall-clock time on a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Start {
    /// All day.
    Day(Date),
    /// At a wall-clock time.
    At(DateTime),
}

impl Start {
    fn of(activity: &Activity, date: Date) -> Start {
        match activity.start {
            Some(time) => Start::At(DateTime::from_parts(date, time)),
            None => Start::Day(date),
        }
    }
}

/// How date-times are written: in UTC with `Z`, or as wall time with the zone's TZID.
enum Clock {
    /// UTC: no VTIMEZONE, times end in `Z`.
    Utc,
    /// A zone with its VTIMEZONE; `rules` turn a local UNTIL into UTC.
    Zoned {
        /// The zone.
        zone: Zone,
        /// Its rules.
        rules: TimeZone,
    },
}

impl Clock {
    fn new(zone: Option<Zone>) -> Clock {
        match zone {
            Some(zone) if zone.summer.is_some() || zone.standard.1 != 0 => {
                let rules = zone::time_zone(zone.name).unwrap_or_else(|| {
                    TimeZone::fixed(
                        Offset::from_seconds(zone.standard.1 * 60).unwrap_or(Offset::UTC),
                    )
                });
                Clock::Zoned { zone, rules }
            }
            _ => Clock::Utc,
        }
    }

    /// The zone's IANA name, for X-WR-TIMEZONE.
    fn name(&self) -> &'static str {
        match self {
            Clock::Utc => "UTC",
            Clock::Zoned { zone, .. } => zone.name,
        }
    }

    /// A date or date-time property (DTSTART, EXDATE, RECURRENCE-ID) with its parameters.
    fn property(&self, name: &str, start: Start) -> String {
        match (start, self) {
            (Start::Day(date), _) => format!("{name};VALUE=DATE:{}", format_date(date)),
            (Start::At(at), Clock::Utc) => format!("{name}:{}Z", format_date_time(at)),
            (Start::At(at), Clock::Zoned { zone, .. }) => {
                format!("{name};TZID={}:{}", zone.name, format_date_time(at))
            }
        }
    }

    /// The RRULE's UNTIL for the last date: the same value type as DTSTART, and in UTC
    /// for a date-time (RFC 5545 §3.3.10); the end of that day, so its occurrence counts.
    fn until(&self, date: Date, timed: bool) -> String {
        if !timed {
            return format_date(date);
        }
        let end_of_day = DateTime::from_parts(date, Time::constant(23, 59, 59, 0));
        let utc = match self {
            Clock::Utc => end_of_day,
            Clock::Zoned { rules, .. } => {
                match rules.to_ambiguous_timestamp(end_of_day).compatible() {
                    Ok(instant) => TimeZone::UTC.to_datetime(instant),
                    // Only at the very end of the representable range: a day late is harmless.
                    Err(_) => end_of_day,
                }
            }
        };
        format!("{}Z", format_date_time(utc))
    }
}

impl Writer {
    fn push(&mut self, line: impl Into<String>) {
        self.lines.push(line.into());
    }

    /// The events of one entry (none if it never happens).
    fn entry(&mut self, entry: &Entry) {
        let uid = format!(
            "UID:{}",
            escape_text(&format!("{}@pictokit", entry.activity.id))
        );
        match &entry.repeat {
            Repeat::Once { date } => {
                let date = *date;
                match entry.exceptions.get(&date) {
                    None => self.event(&uid, &entry.activity, date, &[], false),
                    Some(Exception::Cancelled) => {
                        self.event(&uid, &entry.activity, date, &[], true)
                    }
                    Some(Exception::Replaced { with }) => self.event(&uid, with, date, &[], false),
                }
            }
            Repeat::Weekly { days, from, until } => {
                let days: BTreeSet<i8> = days
                    .iter()
                    .filter_map(|&day| i8::try_from(day).ok())
                    .filter(|day| (1..=7).contains(day))
                    .collect();
                let Some(first) = first_on_or_after(*from, &days) else {
                    return;
                };
                if until.is_some_and(|until| first > until) {
                    return;
                }
                let happens = |date: Date| {
                    date >= first
                        && until.is_none_or(|until| date <= until)
                        && days.contains(&date.weekday().to_monday_one_offset())
                };
                let by_day: Vec<&str> = days.iter().map(|&day| day_code(day)).collect();
                let mut rule = format!("RRULE:FREQ=WEEKLY;BYDAY={}", by_day.join(","));
                if let Some(until) = until {
                    let timed = entry.activity.start.is_some();
                    rule.push_str(&format!(";UNTIL={}", self.clock.until(*until, timed)));
                }
                let mut recurrence = vec![rule];
                let mut replaced = Vec::new();
                for (&date, exception) in &entry.exceptions {
                    if !happens(date) {
                        continue;
                    }
                    let planned = Start::of(&entry.activity, date);
                    match exception {
                        Exception::Cancelled => {
                            recurrence.push(self.clock.property("EXDATE", planned))
                        }
                        Exception::Replaced { with } => replaced.push((date, planned, with)),
                    }
                }
                self.event(&uid, &entry.activity, first, &recurrence, false);
                for (date, planned, with) in replaced {
                    let recurrence_id = self.clock.property("RECURRENCE-ID", planned);
                    self.event(&uid, with, date, &[recurrence_id], false);
                }
            }
        }
    }

    /// One VEVENT: `activity` on `date`, with `extra` lines (RRULE, EXDATE, RECURRENCE-ID).
    fn event(
        &mut self,
        uid: &str,
        activity: &Activity,
        date: Date,
        extra: &[String],
        cancelled: bool,
    ) {
        let lang = self.lang;
        let summary = activity.name(lang);
        let start = Start::of(activity, date);
        self.push("BEGIN:VEVENT");
        self.push(uid);
        self.push(format!("DTSTAMP:{}", self.stamp));
        self.push(self.clock.property("DTSTART", start));
        match start {
            Start::Day(date) => {
                // Without DTEND an all-day event lasts one day anyway (RFC 5545 §3.6.1).
                if let Ok(next) = date.tomorrow() {
                    self.push(format!("DTEND;VALUE=DATE:{}", format_date(next)));
                }
            }
            Start::At(_) => {
                if let Some(minutes) = activity.minutes.filter(|&minutes| minutes > 0) {
                    self.push(format!("DURATION:{}", format_duration(minutes)));
                }
            }
        }
        for line in extra {
            self.push(line.as_str());
        }
        self.push(format!("SUMMARY:{}", escape_text(summary)));
        let place = activity
            .place
            .as_ref()
            .map(|place| place.name(lang))
            .unwrap_or("");
        let helper = activity
            .helper
            .as_ref()
            .map(|helper| helper.name(lang))
            .unwrap_or("");
        let bring = names_joined(&activity.bring, lang);
        let description: Vec<&str> = [place, helper, bring.as_str()]
            .into_iter()
            .filter(|line| !line.is_empty())
            .collect();
        if !description.is_empty() {
            self.push(format!(
                "DESCRIPTION:{}",
                escape_text(&description.join("\n"))
            ));
        }
        if !place.is_empty() {
            self.push(format!("LOCATION:{}", escape_text(place)));
        }
        if activity.kind == Kind::Appointment {
            self.push("CATEGORIES:APPOINTMENT");
        }
        if cancelled {
            self.push("STATUS:CANCELLED");
        }
        if self.lead_minutes > 0 && !cancelled && matches!(start, Start::At(_)) {
            self.push("BEGIN:VALARM");
            self.push("ACTION:DISPLAY");
            self.push(format!("DESCRIPTION:{}", escape_text(summary)));
            self.push(format!("TRIGGER:-PT{}M", self.lead_minutes));
            self.push("END:VALARM");
        }
        self.push("END:VEVENT");
    }
}

/// The VTIMEZONE of a zone: its standard and summer observances as yearly rules from 1970.
fn vtimezone(zone: &Zone) -> Vec<String> {
    let (standard_name, standard_offset) = zone.standard;
    let mut lines = vec![
        "BEGIN:VTIMEZONE".to_owned(),
        format!("TZID:{}", zone.name),
        format!("X-LIC-LOCATION:{}", zone.name),
    ];
    let mut observance =
        |kind: &str, onset: String, from: i32, to: i32, name: &str, month: Option<i8>| {
            lines.push(format!("BEGIN:{kind}"));
            lines.push(format!("DTSTART:{onset}"));
            lines.push(format!("TZOFFSETFROM:{}", format_offset(from)));
            lines.push(format!("TZOFFSETTO:{}", format_offset(to)));
            lines.push(format!("TZNAME:{}", escape_text(name)));
            if let Some(month) = month {
                lines.push(format!("RRULE:FREQ=YEARLY;BYMONTH={month};BYDAY=-1SU"));
            }
            lines.push(format!("END:{kind}"));
        };
    match zone.summer {
        None => observance(
            "STANDARD",
            "19700101T000000".to_owned(),
            standard_offset,
            standard_offset,
            standard_name,
            None,
        ),
        Some(summer) => {
            let (start_month, start_time) = summer.starts;
            let (end_month, end_time) = summer.ends;
            observance(
                "STANDARD",
                first_onset(end_month, end_time),
                summer.offset,
                standard_offset,
                standard_name,
                Some(end_month),
            );
            observance(
                "DAYLIGHT",
                first_onset(start_month, start_time),
                standard_offset,
                summer.offset,
                summer.abbreviation,
                Some(start_month),
            );
        }
    }
    lines.push("END:VTIMEZONE".to_owned());
    lines
}

/// The first onset of a transition on the last Sunday of `month`: in 1970, at the local
/// wall time before the change, so DTSTART is the rule's own first occurrence.
fn first_onset(month: i8, (hour, minute): (i8, i8)) -> String {
    let day = Date::new(1970, month, 1)
        .and_then(|first| first.nth_weekday_of_month(-1, Weekday::Sunday))
        .unwrap_or(Date::constant(1970, 1, 1));
    let time = Time::new(hour, minute, 0, 0).unwrap_or(Time::midnight());
    format_date_time(DateTime::from_parts(day, time))
}

/// The first date on or after `from` on one of `days` (1 = Monday … 7 = Sunday).
fn first_on_or_after(from: Date, days: &BTreeSet<i8>) -> Option<Date> {
    let mut date = from;
    for _ in 0..7 {
        if days.contains(&date.weekday().to_monday_one_offset()) {
            return Some(date);
        }
        date = date.tomorrow().ok()?;
    }
    None
}

/// RFC 5545's code of a weekday, 1 = Monday … 7 = Sunday.
fn day_code(day: i8) -> &'static str {
    match day {
        1 => "MO",
        2 => "TU",
        3 => "WE",
        4 => "TH",
        5 => "FR",
        6 => "SA",
        _ => "SU",
    }
}

/// The written names of labels, joined by ", ".
fn names_joined(labels: &[Label], lang: Language) -> String {
    let names: Vec<&str> = labels
        .iter()
        .map(|label| label.name(lang))
        .filter(|name| !name.is_empty())
        .collect();
    names.join(", ")
}

/// `YYYYMMDD` (RFC 5545 §3.3.4).
fn format_date(date: Date) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// `YYYYMMDDTHHMMSS`, without a `Z` (RFC 5545 §3.3.5).
fn format_date_time(at: DateTime) -> String {
    format!(
        "{}T{:02}{:02}{:02}",
        format_date(at.date()),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// A UTC offset in minutes as `+0100` (RFC 5545 §3.3.14).
fn format_offset(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let minutes = minutes.unsigned_abs();
    format!("{sign}{:02}{:02}", minutes / 60, minutes % 60)
}

/// An exact duration as `PT1H30M` (RFC 5545 §3.3.6). Never in days: `P1D` is a nominal
/// day, 23 or 25 hours across a daylight-saving change, while minutes are exact.
fn format_duration(minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, minutes) => format!("PT{minutes}M"),
        (hours, 0) => format!("PT{hours}H"),
        (hours, minutes) => format!("PT{hours}H{minutes}M"),
    }
}

/// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newline escaped;
/// other control characters, which TEXT cannot hold, dropped (a tab stays).
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\t' => out.push('\t'),
            ch if ch.is_ascii_control() => {}
            ch => out.push(ch),
        }
    }
    out
}

/// Appends a content line folded at 75 octets (RFC 5545 §3.1), never inside a UTF-8
/// character: each continuation starts with one space, which counts in its 75.
fn fold_into(line: &str, out: &mut String) {
    let mut rest = line;
    let mut room = MAX_LINE_OCTETS;
    while rest.len() > room {
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        room = MAX_LINE_OCTETS - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(line: &str) -> String {
        let mut out = String::new();
        fold_into(line, &mut out);
        out
    }

    #[test]
    fn short_lines_are_not_folded() {
        assert_eq!(folded("SUMMARY:Esmorzar"), "SUMMARY:Esmorzar\r\n");
        let exactly = "X".repeat(75);
        assert_eq!(folded(&exactly), format!("{exactly}\r\n"));
    }

    #[test]
    fn long_lines_fold_at_75_octets_with_a_leading_space() {
        let line = "A".repeat(200);
        let out = folded(&line);
        let lines: Vec<&str> = out.split_terminator("\r\n").collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0].len(), 75);
        assert_eq!(lines[1].len(), 75);
        assert!(lines[1].starts_with(' '));
        assert_eq!(lines[2], format!(" {}", "A".repeat(200 - 75 - 74)));
        assert_eq!(out.replace("\r\n ", ""), format!("{line}\r\n"));
    }

    #[test]
    fn folding_never_splits_a_character() {
        // "à" is 2 octets, "🏊" 4: every cut point lands somewhere inside one of them.
        for prefix in 0..4 {
            let line = format!("SUMMARY:{}{}", "x".repeat(prefix), "à🏊é".repeat(40));
            let out = folded(&line);
            for physical in out.split_terminator("\r\n") {
                assert!(physical.len() <= 75, "{physical:?}");
            }
            assert_eq!(out.replace("\r\n ", ""), format!("{line}\r\n"));
        }
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape_text(r"a\b;c,d"), r"a\\b\;c\,d");
        assert_eq!(
            escape_text("one\ntwo\r\nthree\rfour"),
            r"one\ntwo\nthree\nfour"
        );
        assert_eq!(escape_text("tab\there\u{7}"), "tab\there");
        assert_eq!(escape_text("Piscina: l'àvia"), "Piscina: l'àvia");
    }

    #[test]
    fn durations_are_exact() {
        assert_eq!(format_duration(45), "PT45M");
        assert_eq!(format_duration(60), "PT1H");
        assert_eq!(format_duration(90), "PT1H30M");
        assert_eq!(format_duration(24 * 60), "PT24H");
    }

    #[test]
    fn offsets() {
        assert_eq!(format_offset(60), "+0100");
        assert_eq!(format_offset(0), "+0000");
        assert_eq!(format_offset(-210), "-0330");
    }

    #[test]
    fn transitions_start_on_the_last_sunday_of_1970() {
        assert_eq!(first_onset(3, (2, 0)), "19700329T020000");
        assert_eq!(first_onset(10, (3, 0)), "19701025T030000");
    }
}
