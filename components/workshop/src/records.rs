//! Co-design workshops (issue #7), on `facilitator.html` only: the stored records of a
//! person's change history, sorting mats and choice boards, and the change history's
//! recording and undo. Where the facilitator and the person are inside a workshop
//! (`Place`, `Turn`) and the diff of two stored values are pure, in `pictokit_domain`
//! (`route::workshop`, `history::diff`), re-exported or used here.
//!
//! Records live in the store `workshop` under `history:<profile>`, `sorting:<profile>` and
//! `choices:<profile>`, kept as stored JSON in `AppState::workshop_records` and decoded here,
//! so the first page carries none of this.
//!
//! Recording: [`install`] asks `AppState` to tell [`recorded`] of every write of a profile,
//! shopping, schedule, questionnaire or pictograms record. A write made on a facilitator
//! screen becomes one or more history entries (the keys that changed, before and after);
//! a write made in person mode (the person ticking a product, marking an activity done,
//! answering) is the person's own doing and is not recorded.

use leptos::prelude::*;
use pictokit_domain::choice::ChoiceRecord;
use pictokit_domain::history::diff::{deep_parts, is_empty_part, parts};
use pictokit_domain::history::{Edit, History, Subject, Undo, UndoRefusal};
use pictokit_domain::picto::ProfilePictos;
pub use pictokit_domain::route::workshop::{Place, Turn};
use pictokit_domain::schema;
use pictokit_domain::shopping::ShoppingList;
use pictokit_domain::sorting::SortingRecord;
use pictokit_shell::routes::Route;
use pictokit_shell::state::{now_ms, unwatched, watch_writes, AppState, Watcher, Written};
use pictokit_shell::storage::Store;
use serde_json::Value;

/// The key of a profile's change history.
pub fn history_key(profile_id: &str) -> String {
    format!("history:{profile_id}")
}

/// The key of a profile's sorting mats and sessions.
pub fn sorting_key(profile_id: &str) -> String {
    format!("sorting:{profile_id}")
}

/// The key of a profile's choice boards and choices.
pub fn choices_key(profile_id: &str) -> String {
    format!("choices:{profile_id}")
}

/// A workshop record, kept as stored JSON under a key of its profile, read leniently and
/// never written back when it comes from a newer Pictokit.
trait Kept: Default {
    fn read(record: &Value) -> Self;
    fn stored(&self) -> Option<Value>;
    fn frozen(&self) -> bool;
}

macro_rules! kept {
    ($($record:ty),*) => {$(
        impl Kept for $record {
            fn read(record: &Value) -> Self {
                <$record>::from_record(record).0
            }
            fn stored(&self) -> Option<Value> {
                self.to_record()
            }
            fn frozen(&self) -> bool {
                self.too_new().is_some()
            }
        }
    )*};
}
kept!(History, SortingRecord, ChoiceRecord);

/// The record under `key` as stored (empty when there is none; read tracked), and whether
/// it comes from a newer Pictokit (then it is shown but never written).
fn kept<R: Kept>(state: &AppState, key: &str) -> (R, bool) {
    let record: R = state
        .workshop_records
        .with(|all| all.get(key).map(R::read))
        .unwrap_or_default();
    let frozen = record.frozen();
    (record, frozen)
}

/// Changes the record under `key` and writes it; `None`, and nothing changed, when it
/// comes from a newer Pictokit.
fn update_kept<R: Kept, T>(
    state: AppState,
    key: &str,
    change: impl FnOnce(&mut R) -> T,
) -> Option<T> {
    let mut record: R = state
        .workshop_records
        .with_untracked(|all| all.get(key).map(R::read))
        .unwrap_or_default();
    if record.frozen() {
        return None;
    }
    let out = change(&mut record);
    if let Some(value) = record.stored() {
        state.put_workshop_record(key, Some(value));
    }
    Some(out)
}

/// A profile's change history as stored (empty when there is none), and whether it comes
/// from a newer Pictokit (then it is shown but never written).
pub fn history_of(state: &AppState, profile_id: &str) -> (History, bool) {
    kept(state, &history_key(profile_id))
}

/// Changes a profile's history and writes it (not when it comes from a newer Pictokit).
pub fn update_history<T>(
    state: AppState,
    profile_id: &str,
    change: impl FnOnce(&mut History) -> T,
) -> Option<T> {
    update_kept(state, &history_key(profile_id), change)
}

/// A profile's sorting mats and sessions as stored, and whether they come from a newer
/// Pictokit (then they are shown but never written).
pub fn sorting_of(state: &AppState, profile_id: &str) -> (SortingRecord, bool) {
    kept(state, &sorting_key(profile_id))
}

/// Changes a profile's sorting mats and writes them (not when they come from a newer
/// Pictokit: then `None`).
pub fn update_sorting<T>(
    state: AppState,
    profile_id: &str,
    change: impl FnOnce(&mut SortingRecord) -> T,
) -> Option<T> {
    update_kept(state, &sorting_key(profile_id), change)
}

/// A profile's choice boards and choices as stored, and whether they come from a newer
/// Pictokit (then they are shown but never written).
pub fn choices_of(state: &AppState, profile_id: &str) -> (ChoiceRecord, bool) {
    kept(state, &choices_key(profile_id))
}

/// Changes a profile's choice boards and writes them (not when they come from a newer
/// Pictokit: then `None`).
pub fn update_choices<T>(
    state: AppState,
    profile_id: &str,
    change: impl FnOnce(&mut ChoiceRecord) -> T,
) -> Option<T> {
    update_kept(state, &choices_key(profile_id), change)
}

/// Starts recording facilitator changes into each person's history.
pub fn install() {
    watch_writes(Watcher {
        wants: facilitator_screen,
        told: recorded,
    });
}

/// Whether the screen now is a facilitator's: what the person does in person mode is
/// theirs and is not recorded.
fn facilitator_screen() -> bool {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Route::parse(&hash).person().is_none()
}

/// The message of a change of one profile setting (`name`, `theme`…).
fn profile_summary(key: &str) -> &'static str {
    match key {
        "name" => "history-profile-name",
        "avatar" => "history-profile-avatar",
        "language" => "history-profile-language",
        "speech" => "history-profile-speech",
        "text_size" => "history-profile-text-size",
        "grid" => "history-profile-grid",
        "show_labels" => "history-profile-labels",
        "theme" => "history-profile-theme",
        "reduced_motion" => "history-profile-motion",
        "components" => "history-profile-components",
        _ => "history-profile-several",
    }
}

/// The objects of an array field of a record (`lists`, `assessments`), by their ids.
fn by_id(record: &Value, field: &str) -> Vec<(String, Value)> {
    record
        .get(field)
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(|item| {
                    let id = item.get("id")?.as_str()?.to_owned();
                    Some((id, item.clone()))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The lists of a shopping record, by id.
fn lists(record: &Value) -> Vec<(String, Value)> {
    by_id(record, "lists")
}

/// The edits a write makes, for the history of `profile`.
fn edits(written: &Written, profile_name: &str) -> Vec<Edit> {
    let (before, after) = (written.before, written.after);
    let key = written.key.to_owned();
    match written.store {
        Store::Profiles => {
            // Stored flat: the settings beside the id and the times.
            let (b, a) = parts(before, after, &["id", "created_ms"]);
            let changed: Vec<String> = a
                .as_object()
                .into_iter()
                .flat_map(|m| m.keys().cloned())
                .chain(b.as_object().into_iter().flat_map(|m| m.keys().cloned()))
                .collect();
            if changed.is_empty() {
                return Vec::new();
            }
            let summary = match changed.iter().all(|k| k == &changed[0]) {
                true => profile_summary(&changed[0]),
                false => "history-profile-several",
            };
            vec![Edit::new(Subject::Profile(key), summary, b, a).arg("name", profile_name)]
        }
        Store::Shopping => {
            let (old, new) = (lists(before), lists(after));
            let mut out = Vec::new();
            let ids = old.iter().chain(new.iter()).map(|(id, _)| id.clone());
            let mut seen = Vec::new();
            for id in ids {
                if seen.contains(&id) {
                    continue;
                }
                seen.push(id.clone());
                let was = old.iter().find(|(i, _)| i == &id).map(|(_, v)| v);
                let is = new.iter().find(|(i, _)| i == &id).map(|(_, v)| v);
                let name = is
                    .or(was)
                    .and_then(|l| l.get("name"))
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned();
                let edit = match (was, is) {
                    (None, Some(list)) => Edit::new(
                        Subject::List(id),
                        "history-list-added",
                        Value::Null,
                        list.clone(),
                    ),
                    (Some(list), None) => Edit::new(
                        Subject::List(id),
                        "history-list-removed",
                        list.clone(),
                        Value::Null,
                    ),
                    (Some(was), Some(is)) if was != is => {
                        let (b, a) = parts(was, is, &[]);
                        if is_empty_part(&b) && is_empty_part(&a) {
                            continue;
                        }
                        Edit::new(Subject::List(id), "history-list-changed", b, a)
                    }
                    _ => continue,
                };
                out.push(edit.arg("list", &name).arg("name", profile_name));
            }
            out
        }
        Store::Schedule => {
            let (b, a) = parts(before, after, &["progress"]);
            if is_empty_part(&b) && is_empty_part(&a) {
                return Vec::new();
            }
            vec![
                Edit::new(Subject::Schedule(key), "history-schedule-changed", b, a)
                    .arg("name", profile_name),
            ]
        }
        Store::Quality => {
            // A person's assessments, each its own thing; a change keeps what changed in
            // it (an answer, not every answer).
            let (old, new) = (by_id(before, "assessments"), by_id(after, "assessments"));
            let mut out = Vec::new();
            let mut seen = Vec::new();
            for (id, _) in old.iter().chain(new.iter()) {
                if seen.contains(id) {
                    continue;
                }
                seen.push(id.clone());
                let was = old.iter().find(|(i, _)| i == id).map(|(_, v)| v);
                let is = new.iter().find(|(i, _)| i == id).map(|(_, v)| v);
                let (b, a) = match (was, is) {
                    (Some(was), Some(is)) => deep_parts(was, is, 3),
                    (was, is) => (
                        was.cloned().unwrap_or(Value::Null),
                        is.cloned().unwrap_or(Value::Null),
                    ),
                };
                if b == a || (is_empty_part(&b) && is_empty_part(&a)) {
                    continue;
                }
                out.push(
                    Edit::new(
                        Subject::Questionnaire(id.clone()),
                        "history-questionnaire-changed",
                        b,
                        a,
                    )
                    .arg("name", profile_name),
                );
            }
            out
        }
        Store::Pictos => {
            // What the person sees and hears; recently used ones are not a change.
            let (b, a) = parts(before, after, &["recent"]);
            if is_empty_part(&b) && is_empty_part(&a) {
                return Vec::new();
            }
            vec![
                Edit::new(Subject::Board(key), "history-board-changed", b, a)
                    .arg("name", profile_name),
            ]
        }
        _ => Vec::new(),
    }
}

/// The profile whose history a write belongs to: the record's own key, except for
/// shopping lists (also by profile id) and questionnaire records of another kind.
fn owner(state: &AppState, written: &Written) -> Option<(String, String)> {
    let id = written.key;
    let name = state.profile(id).map(|p| p.settings.name)?;
    Some((id.to_owned(), name))
}

/// Told of every write (see [`install`]).
fn recorded(state: AppState, written: Written) {
    let Some((profile_id, name)) = owner(&state, &written) else {
        return;
    };
    let edits = edits(&written, &name);
    if edits.is_empty() {
        return;
    }
    let now = now_ms();
    update_history(state, &profile_id, |history| {
        for edit in edits {
            history.record(edit, now);
        }
    });
}

/// The whole value of a thing of a profile now, as the history compares it.
pub fn current(state: &AppState, profile_id: &str, what: &Subject) -> Value {
    match what {
        Subject::Profile(id) => state
            .profile(id)
            .map(|p| schema::store_profile(&p))
            .unwrap_or(Value::Null),
        Subject::List(list_id) => {
            let shopping = serde_json::to_value(state.shopping_of(profile_id)).unwrap_or_default();
            lists(&shopping)
                .into_iter()
                .find(|(id, _)| id == list_id)
                .map(|(_, list)| list)
                .unwrap_or(Value::Null)
        }
        Subject::Schedule(id) => state
            .schedule_records
            .with_untracked(|all| all.get(id).cloned())
            .unwrap_or(Value::Null),
        Subject::Questionnaire(assessment_id) => state
            .quality_records
            .with_untracked(|all| all.get(profile_id).cloned())
            .and_then(|record| {
                by_id(&record, "assessments")
                    .into_iter()
                    .find(|(id, _)| id == assessment_id)
                    .map(|(_, assessment)| assessment)
            })
            .unwrap_or(Value::Null),
        Subject::Board(id) => serde_json::to_value(state.pictos_of(id)).unwrap_or_default(),
        Subject::Mat(_) => Value::Null,
    }
}

/// Writes back what an undo restores; checks it first, so a refusal (a message id)
/// writes nothing.
fn write_back(state: AppState, profile_id: &str, undo: &Undo) -> Result<(), &'static str> {
    unwatched(|| match &undo.what {
        Subject::Profile(_) => {
            let profile = schema::load_profile(undo.write.clone())
                .value
                .ok_or("history-undo-failed")?;
            state.save_profile(profile);
            Ok(())
        }
        Subject::List(list_id) => {
            let list = match &undo.write {
                Value::Null => None,
                value => Some(
                    serde_json::from_value::<ShoppingList>(value.clone())
                        .map_err(|_| "history-undo-failed")?,
                ),
            };
            state.update_shopping(profile_id, |shopping| {
                let at = shopping.lists.iter().position(|l| &l.id == list_id);
                match (at, list) {
                    (Some(at), Some(list)) => shopping.lists[at] = list,
                    (Some(at), None) => _ = shopping.lists.remove(at),
                    (None, Some(list)) => shopping.lists.push(list),
                    (None, None) => {}
                }
            });
            Ok(())
        }
        Subject::Schedule(id) => {
            let decoded = pictokit_shell::records::decode(Some(&undo.write));
            if decoded.newer {
                return Err("history-undo-failed");
            }
            pictokit_shell::records::update_schedule(state, id, |schedule| {
                *schedule = decoded.schedule
            });
            Ok(())
        }
        Subject::Questionnaire(assessment_id) => {
            let mut record = state
                .quality_records
                .with_untracked(|all| all.get(profile_id).cloned())
                .unwrap_or_else(|| serde_json::json!({ "assessments": [] }));
            let assessments = record
                .get_mut("assessments")
                .and_then(Value::as_array_mut)
                .ok_or("history-undo-failed")?;
            let at = assessments
                .iter()
                .position(|a| a.get("id").and_then(Value::as_str) == Some(assessment_id));
            match (at, &undo.write) {
                (Some(at), Value::Null) => _ = assessments.remove(at),
                (Some(at), value) => assessments[at] = value.clone(),
                (None, Value::Null) => {}
                (None, value) => assessments.push(value.clone()),
            }
            state.put_quality_record(profile_id, Some(record));
            Ok(())
        }
        Subject::Board(id) => {
            let (pictos, _) = ProfilePictos::from_record(&undo.write);
            state.update_pictos(id, |now| *now = pictos);
            Ok(())
        }
        Subject::Mat(_) => Err("history-undo-failed"),
    })
}

/// Undoes one change of a profile's history and writes the thing back; the message id of
/// the refusal otherwise. Nothing is written when it is refused.
pub fn undo(state: AppState, profile_id: &str, entry_id: u64) -> Result<(), &'static str> {
    let (mut history, frozen) = history_of(&state, profile_id);
    if frozen {
        return Err(pictokit_domain::history::TOO_NEW_MESSAGE_ID);
    }
    let what = history
        .entry(entry_id)
        .map(|entry| entry.what.clone())
        .ok_or(UndoRefusal::NotFound.message_id())?;
    let now = current(&state, profile_id, &what);
    let undone = history
        .undo(entry_id, &now)
        .map_err(UndoRefusal::message_id)?;
    write_back(state, profile_id, &undone)?;
    if let Some(record) = history.to_record() {
        state.put_workshop_record(&history_key(profile_id), Some(record));
    }
    Ok(())
}
