//! The schedule's reminders planned ahead as plain instants, for the first page
//! (`index.html`), which keeps the schedule as stored JSON and links no date or time-zone
//! code: the page that has the schedule model writes the plan into the stored record each
//! time it writes the record, and the first page only compares numbers.

use crate::picto::PictoRef;
use crate::schedule::Names;
use crate::Language;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The field of a stored schedule record that holds the plan.
pub const PLAN_KEY: &str = "reminder_plan";

/// How many days ahead the plan reaches from when it was made.
pub const PLAN_DAYS: i64 = 35;

/// A reminder planned ahead.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedReminder {
    /// The activity's entry id (with `date`, the occurrence it reminds of).
    pub entry: String,
    /// The date the occurrence belongs to, `YYYY-MM-DD`.
    pub date: String,
    /// When to show it, in milliseconds since the Unix epoch.
    pub at_ms: i64,
    /// When the activity starts, in milliseconds since the Unix epoch.
    pub start_ms: i64,
    /// The start as shown on a clock in the schedule's zone, `HH:MM`.
    pub time: String,
    /// The activity's picture.
    pub picto: PictoRef,
    /// The activity's names.
    #[serde(default)]
    pub names: Names,
}

impl PlannedReminder {
    fn read(value: &Value) -> Option<PlannedReminder> {
        let text = |field: &str| value.get(field)?.as_str().map(str::to_owned);
        let number = |field: &str| value.get(field)?.as_i64();
        let names = match value.get("names") {
            Some(Value::Object(names)) => names
                .iter()
                .filter_map(|(tag, name)| {
                    Some((Language::from_tag(tag)?, name.as_str()?.to_owned()))
                })
                .collect(),
            _ => Names::new(),
        };
        Some(PlannedReminder {
            entry: text("entry")?,
            date: text("date")?,
            at_ms: number("at_ms")?,
            start_ms: number("start_ms")?,
            time: text("time")?,
            picto: PictoRef::parse(value.get("picto")?.as_str()?)?,
            names,
        })
    }
}

/// The plan as stored: when it was made and the reminders in order of time.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// When it was made, in milliseconds since the Unix epoch.
    pub made_ms: i64,
    /// The reminders, in order of `at_ms`.
    pub reminders: Vec<PlannedReminder>,
}

impl Plan {
    /// Reads the plan of a stored schedule record; anything unreadable is an empty plan
    /// (the page that writes it makes a new one with the next change).
    ///
    /// Read by hand from the JSON value rather than through `Deserialize`: the first page
    /// has a size budget, and this costs it less.
    pub fn of_record(record: &Value) -> Plan {
        Plan::read(record.get(PLAN_KEY)).unwrap_or_default()
    }

    fn read(plan: Option<&Value>) -> Option<Plan> {
        let plan = plan?;
        let reminders = plan
            .get("reminders")?
            .as_array()?
            .iter()
            .map(PlannedReminder::read)
            .collect::<Option<Vec<_>>>()?;
        Some(Plan {
            made_ms: plan.get("made_ms")?.as_i64()?,
            reminders,
        })
    }

    /// The reminder to show at `now_ms`: the earliest whose time has come and whose
    /// activity has not started yet, that is not marked done or reminded in the record's
    /// progress (the same marks the schedule model keeps).
    pub fn due<'a>(&'a self, record: &Value, now_ms: i64) -> Option<&'a PlannedReminder> {
        let marked = |field: &str, reminder: &PlannedReminder| {
            record
                .pointer(&format!("/progress/{field}"))
                .and_then(Value::as_array)
                .is_some_and(|keys| {
                    keys.iter().any(|key| {
                        key.get("entry").and_then(Value::as_str) == Some(reminder.entry.as_str())
                            && key.get("date").and_then(Value::as_str)
                                == Some(reminder.date.as_str())
                    })
                })
        };
        self.reminders.iter().find(|reminder| {
            reminder.at_ms <= now_ms
                && now_ms < reminder.start_ms
                && !marked("done", reminder)
                && !marked("reminded", reminder)
        })
    }
}
