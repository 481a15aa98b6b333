//! Typed access to the one record that several components read: a person's schedule.
//! The schedule edits and shows it; the questionnaire's plan links its goals to
//! activities; a profile file carries it; the change history undoes its changes. The
//! record is stored as JSON in `AppState::schedule_records` (the first page never decodes it).

use crate::device::now;
use crate::state::AppState;
use leptos::prelude::*;
use pictokit_domain::schedule::Schedule;
use pictokit_domain::{reminder_plan, schema};
use serde_json::Value;

pub use pictokit_domain::schedule::SCHEDULE_SCHEMA;

/// What a stored record gives: the schedule, whether anything was left out, and whether
/// it comes from a newer Pictokit (then it is shown empty and never overwritten).
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// The schedule.
    pub schedule: Schedule,
    /// Something could not be read and was left out.
    pub dropped: bool,
    /// Written by a newer Pictokit.
    pub newer: bool,
}

/// Decodes a profile's stored record (a new schedule in the device's zone when none).
pub fn decode(record: Option<&Value>) -> Decoded {
    let Some(record) = record else {
        let mut schedule = Schedule::default();
        schedule.settings.zone = crate::device::device_zone().to_owned();
        return Decoded {
            schedule,
            dropped: false,
            newer: false,
        };
    };
    if record.get(schema::SCHEMA_KEY).and_then(Value::as_u64) > Some(SCHEDULE_SCHEMA) {
        return Decoded {
            schedule: Schedule::default(),
            dropped: false,
            newer: true,
        };
    }
    let (schedule, dropped) = Schedule::from_record(record);
    Decoded {
        schedule,
        dropped: dropped > 0,
        newer: false,
    }
}

/// A profile's schedule, following its changes.
pub fn schedule_memo(state: AppState, profile_id: String) -> Memo<Decoded> {
    Memo::new(move |_| {
        state
            .schedule_records
            .with(|all| decode(all.get(&profile_id)))
    })
}

/// Changes a profile's schedule and writes it. One from a newer Pictokit is left alone.
pub fn update_schedule(state: AppState, profile_id: &str, change: impl FnOnce(&mut Schedule)) {
    let decoded = state
        .schedule_records
        .with_untracked(|all| decode(all.get(profile_id)));
    if decoded.newer {
        return;
    }
    let mut schedule = decoded.schedule;
    change(&mut schedule);
    let mut record = serde_json::to_value(&schedule).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut record {
        map.insert(schema::SCHEMA_KEY.to_owned(), Value::from(SCHEDULE_SCHEMA));
        // The reminders ahead as plain instants, for the first page (index.html).
        if let Ok(plan) = serde_json::to_value(schedule.reminder_plan(now())) {
            map.insert(reminder_plan::PLAN_KEY.to_owned(), plan);
        }
    }
    state.put_schedule_record(profile_id, record);
}
