//! The time zones a schedule can be in, as POSIX rules (today's rules of each zone).
//!
//! A whole time-zone database would add about 100 KB to the web app for zones nobody
//! here uses; the rules of the zones Pictokit's users live in are a few bytes each. The
//! tests check every rule against the IANA database, year by year, so a rule that
//! drifts from reality fails the build.

use jiff::tz::TimeZone;

/// The zone used when none is set and the device's zone is not known.
pub const DEFAULT: &str = "Europe/Madrid";

/// A known zone: its IANA name, its POSIX rule, and what iCalendar's VTIMEZONE needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Zone {
    /// IANA name, as written in .ics files and settings.
    pub name: &'static str,
    /// The POSIX TZ rule (today's rules).
    pub posix: &'static str,
    /// Standard time: abbreviation and offset in minutes east of UTC.
    pub standard: (&'static str, i32),
    /// Summer time, if any: abbreviation, offset in minutes, and the RFC 5545 rules of
    /// its start and end (`FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU`) with their local times.
    pub summer: Option<Summer>,
}

/// The summer-time part of a zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Summer {
    /// Abbreviation (`CEST`).
    pub abbreviation: &'static str,
    /// Offset in minutes east of UTC.
    pub offset: i32,
    /// Month, and local wall time `(hour, minute)` in standard time, when summer time starts
    /// (always the last Sunday of the month in the zones listed).
    pub starts: (i8, (i8, i8)),
    /// Month, and local wall time `(hour, minute)` in summer time, when it ends (last Sunday).
    pub ends: (i8, (i8, i8)),
}

/// Summer time as in the European Union: from the last Sunday of March to the last
/// Sunday of October, at the given local times.
const fn eu_summer(
    abbreviation: &'static str,
    offset: i32,
    start: (i8, i8),
    end: (i8, i8),
) -> Summer {
    Summer {
        abbreviation,
        offset,
        starts: (3, start),
        ends: (10, end),
    }
}

/// The zones Pictokit knows, by IANA name.
pub fn known() -> [Zone; 7] {
    [
        Zone {
            name: "Europe/Madrid",
            posix: "CET-1CEST,M3.5.0,M10.5.0/3",
            standard: ("CET", 60),
            summer: Some(eu_summer("CEST", 120, (2, 0), (3, 0))),
        },
        Zone {
            name: "Atlantic/Canary",
            posix: "WET0WEST,M3.5.0/1,M10.5.0",
            standard: ("WET", 0),
            summer: Some(eu_summer("WEST", 60, (1, 0), (2, 0))),
        },
        Zone {
            name: "Europe/Andorra",
            posix: "CET-1CEST,M3.5.0,M10.5.0/3",
            standard: ("CET", 60),
            summer: Some(eu_summer("CEST", 120, (2, 0), (3, 0))),
        },
        Zone {
            name: "Europe/Paris",
            posix: "CET-1CEST,M3.5.0,M10.5.0/3",
            standard: ("CET", 60),
            summer: Some(eu_summer("CEST", 120, (2, 0), (3, 0))),
        },
        Zone {
            name: "Europe/Lisbon",
            posix: "WET0WEST,M3.5.0/1,M10.5.0",
            standard: ("WET", 0),
            summer: Some(eu_summer("WEST", 60, (1, 0), (2, 0))),
        },
        Zone {
            name: "Europe/Dublin",
            posix: "GMT0IST,M3.5.0/1,M10.5.0",
            standard: ("GMT", 0),
            summer: Some(eu_summer("IST", 60, (1, 0), (2, 0))),
        },
        Zone {
            name: "UTC",
            posix: "UTC0",
            standard: ("UTC", 0),
            summer: None,
        },
    ]
}

/// The known zone of this name.
pub fn find(name: &str) -> Option<Zone> {
    known().into_iter().find(|zone| zone.name == name)
}

/// The rules of a known zone; `None` for any other name.
pub fn time_zone(name: &str) -> Option<TimeZone> {
    find(name).and_then(|zone| TimeZone::posix(zone.posix).ok())
}

/// The zone to use for a device that reports `device_zone` (from
/// `Intl.DateTimeFormat().resolvedOptions().timeZone`): itself if known, else [`DEFAULT`].
pub fn for_device(device_zone: &str) -> &'static str {
    find(device_zone).map_or(DEFAULT, |zone| zone.name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{Date, DateTime, Time, Weekday};
    use jiff::tz::Offset;
    use jiff::{SignedDuration, Timestamp};

    const FIRST_YEAR: i16 = 2024;
    const LAST_YEAR: i16 = 2040;

    fn instant(year: i16) -> Timestamp {
        Date::new(year, 1, 1)
            .and_then(|date| date.to_zoned_datetime(TimeZone::UTC))
            .map(|zoned| zoned.timestamp())
            .expect("a valid year")
    }

    fn offset(minutes: i32) -> Offset {
        Offset::from_seconds(minutes * 60).expect("a valid offset")
    }

    /// Every transition of `tz` in `[from, until)`: instant, offset and abbreviation.
    fn transitions(
        tz: &TimeZone,
        from: Timestamp,
        until: Timestamp,
    ) -> Vec<(Timestamp, Offset, String)> {
        tz.following(from)
            .take_while(|transition| transition.timestamp() < until)
            .map(|t| (t.timestamp(), t.offset(), t.abbreviation().to_owned()))
            .collect()
    }

    #[test]
    fn every_known_zone_has_a_rule_and_a_unique_name() {
        let zones = known();
        for (idx, zone) in zones.iter().enumerate() {
            assert!(time_zone(zone.name).is_some(), "{} has no rule", zone.name);
            assert!(
                zones[..idx].iter().all(|other| other.name != zone.name),
                "{} listed twice",
                zone.name
            );
        }
        assert!(time_zone(DEFAULT).is_some());
        assert!(time_zone("Mars/Olympus_Mons").is_none());
        assert_eq!(for_device("Europe/Paris"), "Europe/Paris");
        assert_eq!(for_device("America/New_York"), DEFAULT);
        assert_eq!(for_device(""), DEFAULT);
    }

    #[test]
    fn the_rules_agree_with_the_iana_database_from_2024_to_2040() {
        let (from, until) = (instant(FIRST_YEAR), instant(LAST_YEAR + 1));
        for zone in known() {
            let rule = time_zone(zone.name).expect("a rule");
            let iana = TimeZone::get(zone.name).expect("in the IANA database");
            // The same transitions at the same instants, to the same offsets and names.
            let expected = transitions(&iana, from, until);
            assert_eq!(transitions(&rule, from, until), expected, "{}", zone.name);
            // The same offset every six hours, and a second either side of each change.
            let mut samples: Vec<Timestamp> = Vec::new();
            let mut sample = from;
            while sample < until {
                samples.push(sample);
                sample = sample
                    .checked_add(SignedDuration::from_hours(6))
                    .expect("in range");
            }
            for (at, _, _) in &expected {
                for seconds in [-1, 0, 1] {
                    samples.push(
                        at.checked_add(SignedDuration::from_secs(seconds))
                            .expect("in range"),
                    );
                }
            }
            for at in samples {
                assert_eq!(
                    rule.to_offset(at),
                    iana.to_offset(at),
                    "{} at {at}",
                    zone.name
                );
            }
        }
    }

    #[test]
    fn the_summer_data_says_what_the_posix_rule_does() {
        for zone in known() {
            let rule = time_zone(zone.name).expect("a rule");
            let standard = offset(zone.standard.1);
            for year in FIRST_YEAR..=LAST_YEAR {
                let winter = instant(year);
                let info = rule.to_offset_info(winter);
                assert_eq!(info.offset(), standard, "{} {year}", zone.name);
                assert_eq!(info.abbreviation(), zone.standard.0, "{} {year}", zone.name);
                let found = transitions(&rule, winter, instant(year + 1));
                let Some(summer) = zone.summer else {
                    assert!(found.is_empty(), "{} changes its clocks", zone.name);
                    continue;
                };
                // Last Sunday of the month at the local time, in the time then in force.
                let change = |(month, (hour, minute)): (i8, (i8, i8)), in_force: Offset| {
                    let date = Date::new(year, month, 1)
                        .and_then(|first| first.nth_weekday_of_month(-1, Weekday::Sunday))
                        .expect("a last Sunday");
                    let time = Time::new(hour, minute, 0, 0).expect("a time");
                    in_force
                        .to_timestamp(DateTime::from_parts(date, time))
                        .expect("in range")
                };
                let summer_offset = offset(summer.offset);
                let expected = vec![
                    (
                        change(summer.starts, standard),
                        summer_offset,
                        summer.abbreviation.to_owned(),
                    ),
                    (
                        change(summer.ends, summer_offset),
                        standard,
                        zone.standard.0.to_owned(),
                    ),
                ];
                assert_eq!(found, expected, "{} {year}", zone.name);
            }
        }
    }
}
