//! The change history: every change a facilitator makes to a person's profile, list,
//! schedule, questionnaire, board or sorting mat is kept (what, when, in which workshop
//! session), so the person can see it and reject it, and it can be undone step by step.
//!
//! Storage-agnostic: each entry holds the value of the thing changed (or of the part of it
//! that changed) before and after. Undoing writes `before` back, and only when the thing
//! is still as the change left it, so an undo never silently overwrites something changed
//! elsewhere. The app keeps one [`History`] per profile.
//!
//! Values may be parts: when `before` and `after` are JSON objects, only their keys are
//! compared with the current value and written back; every other key of the current
//! value is left alone. So a change to a list's name can be undone after the person has
//! ticked items on it. A `null` value means the thing did not exist (created or deleted).

use crate::lenient::{array, id_of, load_unique, millis, optional, schema, text, workshop};
use crate::questionnaire::{is_id, trimmed_and_cut};
use crate::schema::LoadProblem;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// The most entries kept (the oldest are forgotten first).
pub const MAX_ENTRIES: usize = 200;
/// Changes of the same thing with the same summary, this close together (in ms), become
/// one entry: typing a name is one change, not one per letter.
pub const MERGE_WINDOW_MS: u64 = 5_000;
/// The largest stored history, in bytes of JSON; beyond it the oldest entries are
/// forgotten.
pub const MAX_RECORD_BYTES: usize = 2 * 1024 * 1024;
/// The most workshop sessions kept (the oldest are forgotten first).
pub const MAX_WORKSHOPS: usize = 100;
/// The longest name of a workshop session, in characters.
pub const MAX_WORKSHOP_NAME_CHARS: usize = 60;
/// The most arguments of an entry's message.
pub const MAX_ARGS: usize = 8;
/// The longest argument of an entry's message, in characters.
pub const MAX_ARG_CHARS: usize = 120;
/// The longest Fluent message id, in characters.
pub const MAX_MESSAGE_ID_CHARS: usize = 64;
/// Version of a profile's history record.
pub const HISTORY_SCHEMA: u64 = 1;
/// The Fluent message id shown when the history was written by a newer Pictokit (see
/// [`History::too_new`]; the general `storage-record-too-new` speaks of a profile).
pub const TOO_NEW_MESSAGE_ID: &str = "history-record-too-new";

/// The thing a change is about, with its id.
///
/// Stored as `{"kind": "list", "id": "l-1"}`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "lowercase")]
pub enum Subject {
    /// A profile's settings, by profile id.
    Profile(String),
    /// A shopping list, by list id.
    List(String),
    /// A person's schedule, by profile id.
    Schedule(String),
    /// A questionnaire (assessment or support plan), by its id.
    Questionnaire(String),
    /// A pictogram board, by its id.
    Board(String),
    /// A sorting mat, by mat id.
    Mat(String),
}

impl Subject {
    /// Its kind, as stored (`profile`, `list`, `schedule`, `questionnaire`, `board`, `mat`).
    pub fn kind(&self) -> &'static str {
        match self {
            Subject::Profile(_) => "profile",
            Subject::List(_) => "list",
            Subject::Schedule(_) => "schedule",
            Subject::Questionnaire(_) => "questionnaire",
            Subject::Board(_) => "board",
            Subject::Mat(_) => "mat",
        }
    }

    /// The id of the thing.
    pub fn id(&self) -> &str {
        match self {
            Subject::Profile(id)
            | Subject::List(id)
            | Subject::Schedule(id)
            | Subject::Questionnaire(id)
            | Subject::Board(id)
            | Subject::Mat(id) => id,
        }
    }

    /// The Fluent message id of its kind ("the profile", "the list"…).
    pub fn message_id(&self) -> &'static str {
        match self {
            Subject::Profile(_) => "history-subject-profile",
            Subject::List(_) => "history-subject-list",
            Subject::Schedule(_) => "history-subject-schedule",
            Subject::Questionnaire(_) => "history-subject-questionnaire",
            Subject::Board(_) => "history-subject-board",
            Subject::Mat(_) => "history-subject-mat",
        }
    }
}

/// A change about to be recorded (see [`History::record`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    /// What was changed.
    pub what: Subject,
    /// The Fluent message id that describes the change (`history-profile-theme`).
    pub summary_id: String,
    /// The arguments of that message.
    pub args: BTreeMap<String, String>,
    /// The value (or the changed part) before.
    pub before: Value,
    /// The value (or the changed part) after.
    pub after: Value,
}

impl Edit {
    /// A change with no message arguments.
    pub fn new(what: Subject, summary_id: &str, before: Value, after: Value) -> Edit {
        Edit {
            what,
            summary_id: summary_id.to_owned(),
            args: BTreeMap::new(),
            before,
            after,
        }
    }

    /// The same change with one more message argument.
    pub fn arg(mut self, key: &str, value: &str) -> Edit {
        self.args.insert(key.to_owned(), value.to_owned());
        self
    }
}

/// One recorded change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Unique in the history; later changes have larger ids. Made from the time (see
    /// [`unique_from`]), so that two devices of a team adding changes apart give them
    /// different ids, and their histories merge entry by entry (`sync::merge`).
    pub id: u64,
    /// When it was made (the last keystroke, for merged changes), in ms since the epoch.
    pub at_ms: u64,
    /// The workshop session it was made in, if any.
    pub workshop: Option<String>,
    /// What was changed.
    pub what: Subject,
    /// The Fluent message id that describes the change.
    pub summary_id: String,
    /// The arguments of that message.
    pub args: BTreeMap<String, String>,
    /// The value (or the changed part) before; undoing writes it back.
    pub before: Value,
    /// The value (or the changed part) after.
    pub after: Value,
    /// Whether it was undone.
    pub undone: bool,
}

impl Entry {
    /// Whether the thing is still as this change left it: `current` (the thing's whole
    /// value now) has this entry's `after`, and no key that the change removed.
    pub fn matches_current(&self, current: &Value) -> bool {
        still_after(Some(&self.before), &self.after, current)
    }

    /// The value to write back to undo this change: `current` with `before` put back
    /// (keys the change added are removed; other keys are kept).
    pub fn restored(&self, current: &Value) -> Value {
        restored(&self.before, &self.after, current)
    }
}

/// A workshop session: a sitting of the person and the facilitator, which groups the
/// changes made in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workshop {
    /// Unique in the history.
    pub id: String,
    /// Its name ("Shopping, 3rd session").
    pub name: String,
    /// When it began, in ms since the epoch.
    pub started_ms: u64,
    /// When it ended; `None` while it goes on.
    pub ended_ms: Option<u64>,
}

/// Why an undo was not done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UndoRefusal {
    /// There is no change left to undo.
    NothingToUndo,
    /// There is no change with this id (it may have been forgotten).
    NotFound,
    /// The change was already undone.
    AlreadyUndone,
    /// A later change of the same thing must be undone first.
    LaterFirst {
        /// That later change.
        later_id: u64,
    },
    /// The thing was changed since, somewhere else; undoing would overwrite that.
    ChangedSince,
}

impl UndoRefusal {
    /// The Fluent message id that explains it.
    pub fn message_id(self) -> &'static str {
        match self {
            UndoRefusal::NothingToUndo => "history-nothing-to-undo",
            UndoRefusal::NotFound => "history-undo-not-found",
            UndoRefusal::AlreadyUndone => "history-undo-already-undone",
            UndoRefusal::LaterFirst { .. } => "history-undo-later-first",
            UndoRefusal::ChangedSince => "history-changed-since",
        }
    }
}

/// An undo that was done: what the app must now write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Undo {
    /// The entry undone (now marked undone).
    pub entry_id: u64,
    /// The thing to write.
    pub what: Subject,
    /// Its new whole value (`null`: the thing should not exist).
    pub write: Value,
}

/// A person's change history and workshop sessions.
///
/// The smallest id a change made at `now_ms` may take: the time in microseconds, its last
/// three digits from the change itself. A history shared by a team's devices (issue #24)
/// is merged entry by entry by id: with counters alone, two devices would each give their
/// next change the same id, and one would replace the other. Ids stay below 2^53 (a
/// JavaScript number) until the year 287,000.
pub fn unique_from(now_ms: u64, edit: &Edit) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    edit.what.id().hash(&mut hasher);
    edit.summary_id.hash(&mut hasher);
    edit.after.to_string().hash(&mut hasher);
    now_ms
        .saturating_mul(1000)
        .saturating_add(hasher.finish() % 1000)
}

/// Stored, with [`History::to_record`], as `{schema, entries, workshops}`. (`next_id`
/// is not stored: read back, it is one past the newest entry's — and a team's devices,
/// each with its own, would clash on it at every merge. Records that have one are read.)
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct History {
    schema: u64,
    #[serde(skip_serializing)]
    next_id: u64,
    entries: Vec<Entry>,
    workshops: Vec<Workshop>,
}

impl Default for History {
    fn default() -> Self {
        History {
            schema: HISTORY_SCHEMA,
            next_id: 1,
            entries: Vec::new(),
            workshops: Vec::new(),
        }
    }
}

impl History {
    /// An empty history.
    pub fn new() -> History {
        History::default()
    }

    /// Every entry, oldest first.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Every entry, newest first.
    pub fn newest_first(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().rev()
    }

    /// The entry with this id.
    pub fn entry(&self, id: u64) -> Option<&Entry> {
        self.entries.iter().find(|entry| entry.id == id)
    }

    /// The entries of a workshop session, newest first.
    pub fn of_workshop(&self, workshop_id: &str) -> Vec<&Entry> {
        self.newest_first()
            .filter(|entry| entry.workshop.as_deref() == Some(workshop_id))
            .collect()
    }

    /// The entries about one thing, newest first.
    pub fn of_subject(&self, subject: &Subject) -> Vec<&Entry> {
        self.newest_first()
            .filter(|entry| &entry.what == subject)
            .collect()
    }

    /// Records a change, in the current workshop session if one is going on.
    ///
    /// - A change that changes nothing is not recorded.
    /// - A change whose subject id or message id is not valid is not recorded.
    /// - When the newest entry is about the same thing, with the same summary, in the same
    ///   workshop, not undone, at most [`MERGE_WINDOW_MS`] earlier, and left the value as
    ///   this change found it, the change is merged into it: it keeps its first `before`
    ///   and takes this `after`, these arguments and this time. If that leaves nothing
    ///   changed (a name typed and then typed back), the entry is removed.
    /// - Beyond [`MAX_ENTRIES`] entries or [`MAX_RECORD_BYTES`], the oldest are forgotten.
    ///
    /// Returns the id of the entry that holds the change, or `None` when none does.
    pub fn record(&mut self, edit: Edit, now_ms: u64) -> Option<u64> {
        if !is_id(edit.what.id()) || !is_message_id(&edit.summary_id) {
            return None;
        }
        let lowest_id = unique_from(now_ms, &edit);
        let args = clean_args(edit.args, &mut 0);
        let workshop = self.current_workshop().map(|w| w.id.clone());
        if let Some(last) = self.entries.last_mut() {
            let mergeable = !last.undone
                && last.what == edit.what
                && last.summary_id == edit.summary_id
                && last.workshop == workshop
                && now_ms.saturating_sub(last.at_ms) <= MERGE_WINDOW_MS
                && last.after == edit.before;
            if mergeable {
                last.after = edit.after;
                last.args = args;
                last.at_ms = now_ms.max(last.at_ms);
                let id = last.id;
                if last.before == last.after {
                    self.entries.pop();
                    return None;
                }
                self.trim_to_size();
                return self.entry(id).map(|entry| entry.id);
            }
        }
        if edit.before == edit.after {
            return None;
        }
        let id = self.next_id.max(lowest_id);
        self.next_id = id.saturating_add(1);
        self.entries.push(Entry {
            id,
            at_ms: now_ms,
            workshop,
            what: edit.what,
            summary_id: edit.summary_id,
            args,
            before: edit.before,
            after: edit.after,
            undone: false,
        });
        let n_extra = self.entries.len().saturating_sub(MAX_ENTRIES);
        self.entries.drain(..n_extra);
        self.trim_to_size();
        self.entry(id).map(|entry| entry.id)
    }

    /// The change an undo would take back now: the newest not undone (about `filter`'s
    /// thing, when given).
    pub fn last_undoable(&self, filter: Option<&Subject>) -> Option<&Entry> {
        self.newest_first()
            .filter(|entry| !entry.undone)
            .find(|entry| filter.is_none_or(|subject| &entry.what == subject))
    }

    /// Whether there is a change to undo (about `filter`'s thing, when given).
    pub fn can_undo(&self, filter: Option<&Subject>) -> bool {
        self.last_undoable(filter).is_some()
    }

    /// Undoes the newest change not undone (about `filter`'s thing, when given).
    /// `current` gives the whole value of the thing now; see [`History::undo`].
    pub fn undo_last(
        &mut self,
        filter: Option<&Subject>,
        current: impl FnOnce(&Subject) -> Value,
    ) -> Result<Undo, UndoRefusal> {
        let entry = self
            .last_undoable(filter)
            .ok_or(UndoRefusal::NothingToUndo)?;
        let (id, value) = (entry.id, current(&entry.what));
        self.undo(id, &value)
    }

    /// Undoes one change, given the whole value of its thing now (`current`).
    ///
    /// Step by step: only the newest change of a thing not yet undone can be undone
    /// ([`UndoRefusal::LaterFirst`] otherwise). Later changes of the thing are then all
    /// undone, and undoing them put back what this change left; so when `current` no
    /// longer matches this change's `after` (see [`Entry::matches_current`]), it was
    /// changed elsewhere and the undo is refused ([`UndoRefusal::ChangedSince`]) rather
    /// than overwriting that. Refused undos change nothing.
    ///
    /// When done, the entry is marked undone and the value to write is returned.
    pub fn undo(&mut self, id: u64, current: &Value) -> Result<Undo, UndoRefusal> {
        let entry_idx = self
            .entries
            .iter()
            .position(|entry| entry.id == id)
            .ok_or(UndoRefusal::NotFound)?;
        let entry = &self.entries[entry_idx];
        if entry.undone {
            return Err(UndoRefusal::AlreadyUndone);
        }
        if let Some(later) = self.entries[entry_idx + 1..]
            .iter()
            .rev()
            .find(|later| !later.undone && later.what == entry.what)
        {
            return Err(UndoRefusal::LaterFirst { later_id: later.id });
        }
        if !entry.matches_current(current) {
            return Err(UndoRefusal::ChangedSince);
        }
        let undo = Undo {
            entry_id: entry.id,
            what: entry.what.clone(),
            write: entry.restored(current),
        };
        self.entries[entry_idx].undone = true;
        Ok(undo)
    }

    /// Every workshop session, oldest first.
    pub fn workshops(&self) -> &[Workshop] {
        &self.workshops
    }

    /// The workshop session going on, if any: the newest, when it has not ended.
    pub fn current_workshop(&self) -> Option<&Workshop> {
        self.workshops.last().filter(|w| w.ended_ms.is_none())
    }

    /// Starts a workshop session (ending the one going on, if any). Its id is made from
    /// the time (`w-<ms>`); its name is trimmed and cut to [`MAX_WORKSHOP_NAME_CHARS`].
    /// Beyond [`MAX_WORKSHOPS`], the oldest session is forgotten (its entries stay).
    pub fn start_workshop(&mut self, name: &str, now_ms: u64) -> &Workshop {
        self.end_workshop(now_ms);
        let mut id = format!("w-{now_ms}");
        let mut n = 1;
        while self.workshops.iter().any(|w| w.id == id) {
            n += 1;
            id = format!("w-{now_ms}-{n}");
        }
        self.workshops.push(Workshop {
            id,
            name: trimmed_and_cut(name, MAX_WORKSHOP_NAME_CHARS).0,
            started_ms: now_ms,
            ended_ms: None,
        });
        let n_extra = self.workshops.len().saturating_sub(MAX_WORKSHOPS);
        self.workshops.drain(..n_extra);
        // Just pushed, and at least one is kept: the index is in range.
        &self.workshops[self.workshops.len() - 1]
    }

    /// Ends the workshop session going on; the one ended, if there was one.
    pub fn end_workshop(&mut self, now_ms: u64) -> Option<&Workshop> {
        let workshop = self.workshops.last_mut().filter(|w| w.ended_ms.is_none())?;
        workshop.ended_ms = Some(now_ms.max(workshop.started_ms));
        Some(workshop)
    }

    /// Reads a stored record leniently; never panics. Returns it and how much was dropped.
    ///
    /// - not an object: an empty history (counted once, unless it is `null`);
    /// - a `schema` above [`HISTORY_SCHEMA`] is kept (see [`History::too_new`]) and what
    ///   can be read is read; a `schema` that is not a number counts as 1 (counted);
    /// - only the newest [`MAX_ENTRIES`] readable entries are read (the rest counted); an
    ///   entry without a whole-number id, a known subject with a valid id, or a valid
    ///   message id, or with the id of a newer entry, is dropped and counted; entries are
    ///   put in the order of their ids;
    /// - an argument that is not a text, has an invalid name or is beyond [`MAX_ARGS`] is
    ///   dropped and counted (texts are cut to [`MAX_ARG_CHARS`], not counted);
    /// - only the newest [`MAX_WORKSHOPS`] workshop sessions are read (the rest counted);
    ///   one without a valid id or with a repeated id is dropped and counted;
    /// - a field of the wrong type takes its default (counted);
    /// - beyond [`MAX_RECORD_BYTES`], the oldest entries are dropped and counted.
    pub fn from_record(record: &Value) -> (History, usize) {
        let mut history = History::default();
        let mut n_dropped = 0;
        let Some(object) = record.as_object() else {
            return (history, usize::from(!record.is_null()));
        };
        history.schema = schema(object, HISTORY_SCHEMA, &mut n_dropped);
        let stored_next_id = match object.get("next_id") {
            None | Some(Value::Null) => 1,
            Some(value) => value.as_u64().unwrap_or_else(|| {
                n_dropped += 1;
                1
            }),
        };
        let values = array(object.get("entries"), &mut n_dropped);
        let mut ids = BTreeSet::new();
        let mut n_scanned = 0;
        for value in values.iter().rev() {
            if history.entries.len() >= MAX_ENTRIES {
                break;
            }
            n_scanned += 1;
            match load_entry(value, &mut n_dropped) {
                Some(entry) if ids.insert(entry.id) => history.entries.push(entry),
                _ => n_dropped += 1,
            }
        }
        n_dropped += values.len() - n_scanned;
        history.entries.sort_by_key(|entry| entry.id);
        let max_id = history.entries.last().map_or(0, |entry| entry.id);
        history.next_id = stored_next_id.max(max_id.saturating_add(1));

        let values = array(object.get("workshops"), &mut n_dropped);
        let n_skipped = values.len().saturating_sub(MAX_WORKSHOPS);
        n_dropped += n_skipped;
        history.workshops = load_unique(
            &values[n_skipped..],
            MAX_WORKSHOPS,
            &mut n_dropped,
            |workshop: &Workshop| &workshop.id,
            load_workshop,
        );
        n_dropped += history.trim_to_size();
        (history, n_dropped)
    }

    /// The stored form, with its schema version; `None` when the record was written by a
    /// newer Pictokit, so it is left in storage as it is.
    pub fn to_record(&self) -> Option<Value> {
        crate::schema::versioned_record(self, self.schema, HISTORY_SCHEMA)
    }

    /// [`LoadProblem::TooNew`] when the record was written by a newer Pictokit.
    pub fn too_new(&self) -> Option<LoadProblem> {
        LoadProblem::too_new(self.schema, HISTORY_SCHEMA)
    }

    /// Forgets the oldest entries while the stored form is larger than
    /// [`MAX_RECORD_BYTES`]; how many.
    fn trim_to_size(&mut self) -> usize {
        // The record's frame, the workshops, and each entry with its comma.
        let mut n_bytes = 64 + json_len(&self.workshops);
        let sizes: Vec<usize> = self
            .entries
            .iter()
            .map(|entry| json_len(entry) + 1)
            .collect();
        n_bytes += sizes.iter().sum::<usize>();
        let mut n_forgotten = 0;
        for size in sizes {
            if n_bytes <= MAX_RECORD_BYTES {
                break;
            }
            n_bytes -= size;
            n_forgotten += 1;
        }
        self.entries.drain(..n_forgotten);
        n_forgotten
    }
}

/// Whether a text can be a Fluent message id: an ASCII letter, then ASCII letters,
/// digits, `-` or `_`, at most [`MAX_MESSAGE_ID_CHARS`].
pub fn is_message_id(text: &str) -> bool {
    text.len() <= MAX_MESSAGE_ID_CHARS
        && text.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// See [`Entry::matches_current`].
fn still_after(before: Option<&Value>, after: &Value, current: &Value) -> bool {
    match (after, current) {
        (Value::Object(after), Value::Object(current)) => {
            let before = before.and_then(Value::as_object);
            let kept = after.iter().all(|(key, value)| {
                current
                    .get(key)
                    .is_some_and(|now| still_after(before.and_then(|b| b.get(key)), value, now))
            });
            let removed_still_gone = before.is_none_or(|before| {
                before
                    .keys()
                    .all(|key| after.contains_key(key) || !current.contains_key(key))
            });
            kept && removed_still_gone
        }
        _ => after == current,
    }
}

/// See [`Entry::restored`].
fn restored(before: &Value, after: &Value, current: &Value) -> Value {
    match (before, after, current) {
        (Value::Object(before), Value::Object(after), Value::Object(current)) => {
            let mut out = current.clone();
            for key in after.keys() {
                if !before.contains_key(key) {
                    out.remove(key);
                }
            }
            for (key, value) in before {
                let value = match (after.get(key), current.get(key)) {
                    (Some(after), Some(now)) => restored(value, after, now),
                    _ => value.clone(),
                };
                out.insert(key.clone(), value);
            }
            Value::Object(out)
        }
        _ => before.clone(),
    }
}

/// Message arguments with valid names, texts cut, at most [`MAX_ARGS`]; the rest counted.
fn clean_args(args: BTreeMap<String, String>, n_dropped: &mut usize) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (key, value) in args {
        if is_message_id(&key) && out.len() < MAX_ARGS {
            out.insert(key, trimmed_and_cut(&value, MAX_ARG_CHARS).0);
        } else {
            *n_dropped += 1;
        }
    }
    out
}

fn load_entry(value: &Value, n_dropped: &mut usize) -> Option<Entry> {
    let object = value.as_object()?;
    let id = object.get("id").and_then(Value::as_u64)?;
    let what = object
        .get("what")
        .and_then(|what| Subject::deserialize(what).ok())
        .filter(|what| is_id(what.id()))?;
    let summary_id = object
        .get("summary_id")
        .and_then(Value::as_str)
        .filter(|summary_id| is_message_id(summary_id))?
        .to_owned();
    let workshop = workshop(object, n_dropped);
    let mut args = BTreeMap::new();
    match object.get("args") {
        None | Some(Value::Null) => {}
        Some(Value::Object(values)) => {
            for (key, value) in values {
                match value.as_str() {
                    Some(text) => {
                        args.insert(key.clone(), text.to_owned());
                    }
                    None => *n_dropped += 1,
                }
            }
        }
        Some(_) => *n_dropped += 1,
    }
    let undone = match object.get("undone") {
        None | Some(Value::Null) => false,
        Some(value) => value.as_bool().unwrap_or_else(|| {
            *n_dropped += 1;
            false
        }),
    };
    Some(Entry {
        id,
        at_ms: millis(object, "at_ms", n_dropped),
        workshop,
        what,
        summary_id,
        args: clean_args(args, n_dropped),
        before: object.get("before").cloned().unwrap_or(Value::Null),
        after: object.get("after").cloned().unwrap_or(Value::Null),
        undone,
    })
}

fn load_workshop(value: &Value, n_dropped: &mut usize) -> Option<Workshop> {
    let object = value.as_object()?;
    let id = id_of(object, "id")?;
    let name = text(object, "name", MAX_WORKSHOP_NAME_CHARS, n_dropped);
    Some(Workshop {
        id,
        name,
        started_ms: millis(object, "started_ms", n_dropped),
        ended_ms: optional(object, "ended_ms", n_dropped),
    })
}

/// Counts the bytes written to it.
struct ByteCount(usize);

impl std::io::Write for ByteCount {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The length of a value's JSON, without keeping it.
fn json_len<T: Serialize>(value: &T) -> usize {
    let mut count = ByteCount(0);
    match serde_json::to_writer(&mut count, value) {
        Ok(()) => count.0,
        Err(_) => 0,
    }
}

/// The kind of thing a change is about, as the person sees it: each kind has its own
/// picture (`pictokit_pictograms::ui::change_kind_picture`) and its own words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChangeKind {
    /// The settings of the person's screen (colours, size, speech, name …).
    Settings,
    /// The person's own picture (the avatar).
    Avatar,
    /// A shopping list.
    List,
    /// The schedule.
    Schedule,
    /// The questionnaire or the support plan.
    Questionnaire,
    /// The person's own pictograms.
    Board,
    /// A sorting mat.
    Mat,
}

impl ChangeKind {
    /// Every kind, once.
    pub const ALL: [ChangeKind; 7] = [
        ChangeKind::Settings,
        ChangeKind::Avatar,
        ChangeKind::List,
        ChangeKind::Schedule,
        ChangeKind::Questionnaire,
        ChangeKind::Board,
        ChangeKind::Mat,
    ];

    /// The Fluent message id of the kind in the person's words ("My screen", "My day" …).
    pub fn message_id(self) -> &'static str {
        match self {
            ChangeKind::Settings => "history-kind-settings",
            ChangeKind::Avatar => "history-kind-avatar",
            ChangeKind::List => "history-kind-list",
            ChangeKind::Schedule => "history-kind-schedule",
            ChangeKind::Questionnaire => "history-kind-questionnaire",
            ChangeKind::Board => "history-kind-board",
            ChangeKind::Mat => "history-kind-mat",
        }
    }
}

/// How a change is shown to the person: the kind of thing, and the thing's own picture
/// when it has one (the activity added, the pictogram taken away, the new avatar).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    /// What kind of thing changed.
    pub kind: ChangeKind,
    /// The picture of the thing itself, when the change names one: shown instead of the
    /// kind's picture.
    pub picto: Option<crate::picto::PictoRef>,
    /// The new avatar's id, for a change of the avatar to a bundled one.
    pub avatar: Option<String>,
}

/// What picture and what kind a change is shown with (see [`Shown`]).
///
/// The thing's own picture is the first pictogram in what the change added (in `after`
/// and not in `before`: an activity's `picto`, a pictogram on the board); when it only
/// took things away, the first pictogram it took away. A change with no pictogram of its
/// own is shown with its kind's picture.
pub fn shown(entry: &Entry) -> Shown {
    let kind = match &entry.what {
        Subject::Profile(_) if entry.summary_id == "history-profile-avatar" => ChangeKind::Avatar,
        Subject::Profile(_) => ChangeKind::Settings,
        Subject::List(_) => ChangeKind::List,
        Subject::Schedule(_) => ChangeKind::Schedule,
        Subject::Questionnaire(_) => ChangeKind::Questionnaire,
        Subject::Board(_) => ChangeKind::Board,
        Subject::Mat(_) => ChangeKind::Mat,
    };
    let avatar = match kind {
        ChangeKind::Avatar => entry
            .after
            .get("avatar")
            .filter(|avatar| avatar.get("kind").and_then(Value::as_str) == Some("pictogram"))
            .and_then(|avatar| avatar.get("value"))
            .and_then(Value::as_str)
            .map(str::to_owned),
        _ => None,
    };
    let picto = match kind {
        ChangeKind::Settings | ChangeKind::Avatar => None,
        _ => new_picto(&entry.after, &entry.before, 0)
            .or_else(|| new_picto(&entry.before, &entry.after, 0)),
    };
    Shown {
        kind,
        picto,
        avatar,
    }
}

/// How deep [`new_picto`] looks into a value.
const MAX_PICTO_DEPTH: usize = 8;

/// The first pictogram in `value` that `other` (the same place on the other side of the
/// change) does not have: a `picto` field, or a pictogram reference in an array.
fn new_picto(value: &Value, other: &Value, depth: usize) -> Option<crate::picto::PictoRef> {
    use crate::picto::PictoRef;
    if depth > MAX_PICTO_DEPTH || value == other {
        return None;
    }
    match value {
        Value::Object(map) => {
            let own = map
                .get("picto")
                .filter(|picto| other.get("picto") != Some(*picto))
                .and_then(Value::as_str)
                .and_then(PictoRef::parse);
            own.or_else(|| {
                map.iter().find_map(|(key, inner)| {
                    new_picto(inner, other.get(key).unwrap_or(&Value::Null), depth + 1)
                })
            })
        }
        Value::Array(items) => {
            let others: &[Value] = other.as_array().map(Vec::as_slice).unwrap_or_default();
            items
                .iter()
                .filter(|item| !others.contains(item))
                .find_map(|item| match item {
                    Value::String(text) => PictoRef::parse(text),
                    // The same thing (by id) on the other side, changed: look inside it.
                    _ => {
                        let same = item
                            .get("id")
                            .and_then(|id| others.iter().find(|o| o.get("id") == Some(id)));
                        new_picto(item, same.unwrap_or(&Value::Null), depth + 1)
                    }
                })
        }
        _ => None,
    }
}

/// What a write changed, as the parts an entry keeps (see the module's doc): the app's
/// history watcher compares a stored value before and after a write with these.
pub mod diff {
    use serde_json::{Map, Value};

    /// Keys that change on every write without anyone changing anything.
    const NOISE: [&str; 3] = [crate::schema::SCHEMA_KEY, "updated_ms", "reminder_plan"];

    /// The keys of two objects whose values differ, each side holding only those keys (a key
    /// absent on one side stays absent there). Values that are not both objects are whole.
    pub fn parts(before: &Value, after: &Value, ignore: &[&str]) -> (Value, Value) {
        match (before, after) {
            (Value::Object(b), Value::Object(a)) => {
                let mut out_b = Map::new();
                let mut out_a = Map::new();
                for key in b.keys().chain(a.keys()) {
                    if ignore.contains(&key.as_str()) || NOISE.contains(&key.as_str()) {
                        continue;
                    }
                    if b.get(key) != a.get(key) {
                        if let Some(value) = b.get(key) {
                            out_b.insert(key.clone(), value.clone());
                        }
                        if let Some(value) = a.get(key) {
                            out_a.insert(key.clone(), value.clone());
                        }
                    }
                }
                (Value::Object(out_b), Value::Object(out_a))
            }
            _ => (before.clone(), after.clone()),
        }
    }

    /// Whether a part holds nothing (no key changed).
    pub fn is_empty_part(part: &Value) -> bool {
        part.as_object().is_some_and(Map::is_empty)
    }

    /// Like [`parts`], going `depth` levels into objects that both sides hold, so a change
    /// of one answer keeps that answer only, not every answer beside it.
    pub fn deep_parts(before: &Value, after: &Value, depth: usize) -> (Value, Value) {
        let (b, a) = parts(before, after, &[]);
        if depth == 0 {
            return (b, a);
        }
        match (b, a) {
            (Value::Object(mut b), Value::Object(mut a)) => {
                let keys: Vec<String> = a.keys().cloned().collect();
                for key in keys {
                    if let (Some(Value::Object(_)), Some(Value::Object(_))) =
                        (b.get(&key), a.get(&key))
                    {
                        let (inner_b, inner_a) = deep_parts(&b[&key], &a[&key], depth - 1);
                        b.insert(key.clone(), inner_b);
                        a.insert(key, inner_a);
                    }
                }
                (Value::Object(b), Value::Object(a))
            }
            (b, a) => (b, a),
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn deep_parts_keep_only_the_answer_that_changed() {
            let before = serde_json::json!({"id": "q", "responses": {"i-1": {"a": 1, "b": 2}}});
            let after = serde_json::json!({"id": "q", "responses": {"i-1": {"a": 1, "b": 3}}});
            let (b, a) = deep_parts(&before, &after, 3);
            assert_eq!(b, serde_json::json!({"responses": {"i-1": {"b": 2}}}));
            assert_eq!(a, serde_json::json!({"responses": {"i-1": {"b": 3}}}));
        }

        #[test]
        fn parts_keep_only_changed_keys() {
            let before = serde_json::json!({"a": 1, "b": 2, "gone": 3, "schema": 1});
            let after = serde_json::json!({"a": 1, "b": 5, "new": 4, "schema": 2});
            let (b, a) = parts(&before, &after, &[]);
            assert_eq!(b, serde_json::json!({"b": 2, "gone": 3}));
            assert_eq!(a, serde_json::json!({"b": 5, "new": 4}));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::SCHEMA_KEY;
    use serde_json::json;

    fn profile() -> Subject {
        Subject::Profile("p-1".into())
    }

    fn list() -> Subject {
        Subject::List("l-1".into())
    }

    /// A theme change of profile p-1.
    fn theme(from: &str, to: &str) -> Edit {
        Edit::new(
            profile(),
            "history-profile-theme",
            json!({"theme": from}),
            json!({"theme": to}),
        )
    }

    /// A name change of list l-1.
    fn rename(from: &str, to: &str) -> Edit {
        Edit::new(
            list(),
            "history-list-name",
            json!({"name": from}),
            json!({"name": to}),
        )
        .arg("name", to)
    }

    #[test]
    fn changes_are_undone_step_by_step_for_two_subjects() {
        let mut history = History::new();
        let mut profile_now = json!({"name": "Ona", "theme": "default"});
        let mut list_now = json!({"name": "Weekly", "items": []});
        let t1 = history
            .record(theme("default", "dark"), 1_000)
            .expect("recorded");
        profile_now["theme"] = json!("dark");
        let l1 = history
            .record(rename("Weekly", "Saturday"), 10_000)
            .expect("recorded");
        list_now["name"] = json!("Saturday");
        let t2 = history
            .record(theme("dark", "high-contrast"), 20_000)
            .expect("recorded");
        profile_now["theme"] = json!("high-contrast");
        assert!(t1 < l1 && l1 < t2);
        assert_eq!(
            history.entry(l1).map(|e| e.args["name"].as_str()),
            Some("Saturday")
        );

        // The first theme change cannot go before the second.
        assert_eq!(
            history.undo(t1, &profile_now),
            Err(UndoRefusal::LaterFirst { later_id: t2 })
        );
        // The newest change overall is the second theme change.
        let undo = history
            .undo_last(None, |subject| {
                assert_eq!(subject, &profile());
                profile_now.clone()
            })
            .expect("undone");
        assert_eq!(undo.entry_id, t2);
        assert_eq!(undo.write, json!({"name": "Ona", "theme": "dark"}));
        profile_now = undo.write;
        assert_eq!(
            history.undo(t2, &profile_now),
            Err(UndoRefusal::AlreadyUndone)
        );
        // Only the list's changes.
        assert_eq!(history.last_undoable(Some(&list())).map(|e| e.id), Some(l1));
        let undo = history.undo(l1, &list_now).expect("undone");
        assert_eq!(undo.write, json!({"name": "Weekly", "items": []}));
        assert!(!history.can_undo(Some(&list())));
        assert_eq!(
            history.undo_last(Some(&list()), |_| list_now.clone()),
            Err(UndoRefusal::NothingToUndo)
        );
        let undo = history.undo(t1, &profile_now).expect("undone");
        assert_eq!(undo.write, json!({"name": "Ona", "theme": "default"}));
        assert!(!history.can_undo(None));
        assert_eq!(history.undo(999, &profile_now), Err(UndoRefusal::NotFound));
        let listed: Vec<(u64, bool)> = history.newest_first().map(|e| (e.id, e.undone)).collect();
        assert_eq!(listed, [(t2, true), (l1, true), (t1, true)]);
        assert_eq!(history.of_subject(&profile()).len(), 2);
    }

    #[test]
    fn typing_within_the_merge_window_is_one_change() {
        let mut history = History::new();
        let first = history.record(rename("Weekly", "W"), 0).expect("recorded");
        assert_eq!(history.record(rename("W", "Wo"), 1_000), Some(first));
        // The window slides with each keystroke.
        assert_eq!(history.record(rename("Wo", "Wor"), 5_500), Some(first));
        assert_eq!(history.record(rename("Wor", "Work"), 10_500), Some(first));
        let entry = history.entry(first).expect("kept");
        assert_eq!(entry.before, json!({"name": "Weekly"}));
        assert_eq!(entry.after, json!({"name": "Work"}));
        assert_eq!(entry.args["name"], "Work");
        assert_eq!(entry.at_ms, 10_500);
        assert_eq!(history.entries().len(), 1);

        // Too late: a new entry.
        let second = history
            .record(rename("Work", "Works"), 15_501)
            .expect("recorded");
        assert_ne!(second, first);
        // Another summary, even of the same thing: a new entry.
        let third = history
            .record(
                Edit::new(
                    list(),
                    "history-list-budget",
                    json!({"budget": null}),
                    json!({"budget": 2000}),
                ),
                15_600,
            )
            .expect("recorded");
        assert_ne!(third, second);
        // A change that does not start from the last one's `after` is not merged.
        let fourth = history
            .record(
                Edit::new(
                    list(),
                    "history-list-budget",
                    json!({"budget": 1500}),
                    json!({"budget": 2500}),
                ),
                15_700,
            )
            .expect("recorded");
        assert_ne!(fourth, third);
        // Typed back to what it was: nothing changed, the entry goes.
        let back = Edit::new(
            list(),
            "history-list-budget",
            json!({"budget": 2500}),
            json!({"budget": 1500}),
        );
        assert_eq!(history.record(back, 15_800), None);
        assert_eq!(history.entries().len(), 3);
        // A change that changes nothing is not recorded.
        assert_eq!(history.record(theme("dark", "dark"), 20_000), None);
        // Not into an undone entry.
        let t = history.record(theme("a", "b"), 30_000).expect("recorded");
        history.undo(t, &json!({"theme": "b"})).expect("undone");
        let again = history.record(theme("a", "c"), 31_000).expect("recorded");
        assert_ne!(again, t);
    }

    #[test]
    fn changes_are_not_merged_across_workshops() {
        let mut history = History::new();
        let first = history.record(theme("a", "b"), 0).expect("recorded");
        history.start_workshop("Session 1", 1_000);
        let second = history.record(theme("b", "c"), 2_000).expect("recorded");
        assert_ne!(first, second);
    }

    #[test]
    fn only_the_newest_entries_are_kept() {
        let mut history = History::new();
        let ids: Vec<u64> = (0..(MAX_ENTRIES as u64 + 50))
            .map(|n| {
                history
                    .record(theme(&n.to_string(), &(n + 1).to_string()), n * 10_000)
                    .expect("recorded")
            })
            .collect();
        assert_eq!(history.entries().len(), MAX_ENTRIES);
        assert_eq!(history.entries()[0].id, ids[50]);
        assert_eq!(
            history.newest_first().next().map(|e| e.id),
            ids.last().copied()
        );
    }

    #[test]
    fn undo_is_refused_when_the_thing_changed_since() {
        let mut history = History::new();
        let id = history
            .record(rename("Weekly", "Saturday"), 0)
            .expect("recorded");
        // Renamed elsewhere (another tab, an import) without being recorded.
        let now = json!({"name": "Sunday", "items": []});
        assert_eq!(history.undo(id, &now), Err(UndoRefusal::ChangedSince));
        assert!(
            !history.entry(id).expect("kept").undone,
            "a refusal changes nothing"
        );
        // Ticking items changes other keys: the name can still be undone, the ticks stay.
        let now = json!({"name": "Saturday", "items": [{"id": "milk", "state": "in-basket"}]});
        let undo = history.undo(id, &now).expect("undone");
        assert_eq!(
            undo.write,
            json!({"name": "Weekly", "items": [{"id": "milk", "state": "in-basket"}]})
        );
    }

    #[test]
    fn keys_added_or_removed_by_a_change_are_taken_back_and_checked() {
        let mut history = History::new();
        let added = history
            .record(
                Edit::new(
                    list(),
                    "history-list-budget",
                    json!({}),
                    json!({"budget": 2000}),
                ),
                0,
            )
            .expect("recorded");
        let undo = history
            .undo(added, &json!({"name": "W", "budget": 2000}))
            .expect("undone");
        assert_eq!(undo.write, json!({"name": "W"}));

        let removed = history
            .record(
                Edit::new(
                    list(),
                    "history-list-budget",
                    json!({"budget": 2000}),
                    json!({}),
                ),
                60_000,
            )
            .expect("recorded");
        // Someone set a budget again elsewhere: putting the old one back would overwrite it.
        assert_eq!(
            history.undo(removed, &json!({"name": "W", "budget": 900})),
            Err(UndoRefusal::ChangedSince)
        );
        let undo = history
            .undo(removed, &json!({"name": "W"}))
            .expect("undone");
        assert_eq!(undo.write, json!({"name": "W", "budget": 2000}));

        // A thing created (before is null) is undone by deleting it.
        let created = history
            .record(
                Edit::new(
                    Subject::Mat("m-1".into()),
                    "history-mat-created",
                    Value::Null,
                    json!({"id": "m-1"}),
                ),
                120_000,
            )
            .expect("recorded");
        let undo = history
            .undo(created, &json!({"id": "m-1"}))
            .expect("undone");
        assert_eq!(undo.write, Value::Null);
    }

    #[test]
    fn changes_are_grouped_by_workshop() {
        let mut history = History::new();
        assert!(history.current_workshop().is_none());
        let w1 = history
            .start_workshop("  Shopping, 1st session  ", 1_000)
            .id
            .clone();
        assert_eq!(history.workshops()[0].name, "Shopping, 1st session");
        let a = history.record(theme("a", "b"), 2_000).expect("recorded");
        let b = history.record(rename("x", "y"), 3_000).expect("recorded");
        let ended = history.end_workshop(4_000).map(|w| w.ended_ms);
        assert_eq!(ended, Some(Some(4_000)));
        assert!(history.end_workshop(4_500).is_none());
        let outside = history.record(theme("b", "c"), 10_000).expect("recorded");
        let w2 = history
            .start_workshop("Shopping, 2nd session", 20_000)
            .id
            .clone();
        let c = history.record(theme("c", "d"), 21_000).expect("recorded");
        // Starting another ends this one.
        let w3 = history.start_workshop("Same time", 20_000).id.clone();
        assert_eq!(history.workshops()[1].ended_ms, Some(20_000));
        assert_ne!(w3, w2);
        assert_eq!(history.current_workshop().map(|w| w.id.clone()), Some(w3));

        let of = |history: &History, id: &str| -> Vec<u64> {
            history.of_workshop(id).iter().map(|e| e.id).collect()
        };
        assert_eq!(of(&history, &w1), [b, a]);
        assert_eq!(of(&history, &w2), [c]);
        assert_eq!(
            history.entry(outside).and_then(|e| e.workshop.clone()),
            None
        );

        for n in 0..MAX_WORKSHOPS {
            history.start_workshop("again", 100_000 + n as u64);
        }
        assert_eq!(history.workshops().len(), MAX_WORKSHOPS);
        assert_eq!(of(&history, &w1), [b, a], "entries keep their workshop id");
    }

    #[test]
    fn a_record_round_trips() {
        let mut history = History::new();
        history.start_workshop("Session", 0);
        history.record(theme("a", "b"), 1_000).expect("recorded");
        let id = history.record(rename("x", "y"), 2_000).expect("recorded");
        history.undo(id, &json!({"name": "y"})).expect("undone");
        let stored = history.to_record().expect("writable");
        assert_eq!(stored[SCHEMA_KEY], json!(HISTORY_SCHEMA));
        assert_eq!(
            stored["entries"][1]["what"],
            json!({"kind": "list", "id": "l-1"})
        );
        assert_eq!(History::from_record(&stored), (history, 0));
    }

    #[test]
    fn broken_records_load_leniently() {
        let record = json!({
            "schema": 1,
            "next_id": "many",
            "entries": [
                {"id": 2, "at_ms": 5, "what": {"kind": "list", "id": "l-1"}, "summary_id": "history-list-name",
                 "args": {"name": "Saturday", "count": 3, "bad key": "x"}, "before": {"name": "A"},
                 "after": {"name": "B"}, "undone": "no", "workshop": 7},
                {"id": 1, "at_ms": "then", "what": {"kind": "profile", "id": "p-1"},
                 "summary_id": "history-profile-theme"},
                {"id": 2, "what": {"kind": "list", "id": "l-1"}, "summary_id": "history-list-name"},
                {"id": 3, "what": {"kind": "spaceship", "id": "s-1"}, "summary_id": "history-x"},
                {"id": 4, "what": {"kind": "list", "id": "../x"}, "summary_id": "history-x"},
                {"id": 5, "what": {"kind": "list", "id": "l-1"}, "summary_id": "not a message id"},
                {"id": -6, "what": {"kind": "list", "id": "l-1"}, "summary_id": "history-x"},
                "garbage"
            ],
            "workshops": [
                {"id": "w-1", "name": "One", "started_ms": 1, "ended_ms": "later"},
                {"id": "w-1", "name": "Again"},
                {"id": "w 2", "name": "Bad id"},
                {"id": "w-3", "name": ["x"], "started_ms": 3}
            ]
        });
        let (history, n_dropped) = History::from_record(&record);
        let ids: Vec<u64> = history.entries().iter().map(|e| e.id).collect();
        assert_eq!(
            ids,
            [1, 2],
            "in the order of their ids; the later copy of 2 is kept"
        );
        let entry = history.entry(2).expect("kept");
        assert_eq!(entry.what, Subject::List("l-1".into()));
        assert!(
            entry.args.is_empty(),
            "the newest copy of entry 2 has no arguments"
        );
        let first = history.entry(1).expect("kept");
        assert_eq!(
            (first.at_ms, &first.before, first.undone),
            (0, &Value::Null, false)
        );
        assert_eq!(history.next_id, 3);
        let workshops: Vec<(&str, &str, Option<u64>)> = history
            .workshops()
            .iter()
            .map(|w| (w.id.as_str(), w.name.as_str(), w.ended_ms))
            .collect();
        assert_eq!(workshops, [("w-1", "One", None), ("w-3", "", None)]);
        assert_eq!(
            history.current_workshop().map(|w| w.id.as_str()),
            Some("w-3")
        );
        // next_id (1); entries read newest first: garbage, -6, bad message id, ../x,
        // spaceship (5), at_ms "then" (1), the older copy of 2, read last: its count, bad
        // key, undone and workshop, then itself (5); workshops: ended_ms, repeated w-1,
        // bad id, name (4).
        assert_eq!(n_dropped, 1 + 5 + 1 + 5 + 4);
    }

    #[test]
    fn wrong_shapes_huge_arrays_and_huge_values_are_dropped_and_counted() {
        assert_eq!(History::from_record(&Value::Null), (History::default(), 0));
        assert_eq!(History::from_record(&json!([1])).1, 1);
        let (history, n_dropped) =
            History::from_record(&json!({"schema": -1, "entries": "x", "workshops": {}}));
        assert_eq!(history, History::default());
        assert_eq!(n_dropped, 3);

        let entry = |id: u64| {
            json!({"id": id, "what": {"kind": "mat", "id": "m-1"}, "summary_id": "history-mat-card",
                   "before": {"n": id}, "after": {"n": id + 1}})
        };
        let entries: Vec<Value> = (1..=3_000).map(entry).collect();
        let workshops: Vec<Value> = (0..1_000)
            .map(|n| json!({"id": format!("w-{n}"), "name": "x", "started_ms": n}))
            .collect();
        let (history, n_dropped) =
            History::from_record(&json!({"entries": entries, "workshops": workshops}));
        assert_eq!(history.entries().len(), MAX_ENTRIES);
        assert_eq!(history.entries()[0].id, 3_000 - MAX_ENTRIES as u64 + 1);
        assert_eq!(history.workshops().len(), MAX_WORKSHOPS);
        assert_eq!(history.workshops()[0].id, "w-900");
        assert_eq!(history.next_id, 3_001);
        assert_eq!(n_dropped, (3_000 - MAX_ENTRIES) + (1_000 - MAX_WORKSHOPS));

        // Big values: the oldest entries go until the record fits.
        let big = "x".repeat(100 * 1024);
        let mut history = History::new();
        let mut newest = 0;
        for n in 0..30_u64 {
            let edit = Edit::new(
                Subject::Board("b-1".into()),
                "history-board-photo",
                json!({"photo": format!("{n}{big}")}),
                json!({"photo": format!("{}{big}", n + 1)}),
            );
            newest = history.record(edit, n * 10_000).expect("recorded");
        }
        let stored = history.to_record().expect("writable");
        let n_bytes = serde_json::to_string(&stored).expect("serialises").len();
        assert!(n_bytes <= MAX_RECORD_BYTES, "{n_bytes}");
        assert!(history.entries().len() < 30);
        assert_eq!(history.newest_first().next().map(|e| e.id), Some(newest));
        let mut stored = stored;
        let extra: Vec<Value> = (newest + 1..newest + 10)
            .map(|id| {
                json!({"id": id, "what": {"kind": "board", "id": "b-1"}, "summary_id": "history-board-photo",
                       "before": big, "after": big})
            })
            .collect();
        if let Some(entries) = stored["entries"].as_array_mut() {
            entries.extend(extra);
        }
        let (loaded, n_dropped) = History::from_record(&stored);
        assert_eq!(n_dropped, 9, "as many old ones forgotten as big ones came");
        assert_eq!(loaded.newest_first().next().map(|e| e.id), Some(newest + 9));
    }

    #[test]
    fn a_record_from_a_newer_version_is_read_but_never_written() {
        let record = json!({"schema": HISTORY_SCHEMA + 1, "entries": [
            {"id": 1, "what": {"kind": "list", "id": "l-1"}, "summary_id": "history-list-name"}
        ]});
        let (history, _) = History::from_record(&record);
        assert_eq!(history.entries().len(), 1);
        assert_eq!(
            history.too_new(),
            Some(LoadProblem::TooNew {
                found: HISTORY_SCHEMA + 1,
                supported: HISTORY_SCHEMA
            })
        );
        assert_eq!(history.to_record(), None);
    }

    #[test]
    fn invalid_edits_are_not_recorded_and_arguments_are_cleaned() {
        let mut history = History::new();
        let bad_subject = Edit::new(
            Subject::List(String::new()),
            "history-x",
            json!(1),
            json!(2),
        );
        assert_eq!(history.record(bad_subject, 0), None);
        let bad_message = Edit::new(list(), "1-bad", json!(1), json!(2));
        assert_eq!(history.record(bad_message, 0), None);
        let mut edit = Edit::new(list(), "history-list-name", json!(1), json!(2))
            .arg("a", &"n".repeat(500))
            .arg("bad key", "x");
        for n in 0..20 {
            edit = edit.arg(&format!("a{n:02}"), "v");
        }
        let id = history.record(edit, 0).expect("recorded");
        let args = &history.entry(id).expect("kept").args;
        assert_eq!(args.len(), MAX_ARGS);
        assert!(!args.contains_key("bad key"));
        assert_eq!(args["a"].chars().count(), MAX_ARG_CHARS);
    }

    #[test]
    fn every_message_id_is_named_for_the_history() {
        let refusals = [
            UndoRefusal::NothingToUndo,
            UndoRefusal::NotFound,
            UndoRefusal::AlreadyUndone,
            UndoRefusal::LaterFirst { later_id: 1 },
            UndoRefusal::ChangedSince,
        ];
        for refusal in refusals {
            assert!(refusal.message_id().starts_with("history-"));
        }
        assert_eq!(
            UndoRefusal::LaterFirst { later_id: 1 }.message_id(),
            "history-undo-later-first"
        );
        assert_eq!(
            UndoRefusal::ChangedSince.message_id(),
            "history-changed-since"
        );
        for subject in [
            profile(),
            list(),
            Subject::Schedule("p-1".into()),
            Subject::Questionnaire("q".into()),
            Subject::Board("b".into()),
            Subject::Mat("m".into()),
        ] {
            assert_eq!(
                subject.message_id(),
                format!("history-subject-{}", subject.kind())
            );
        }
    }
}

#[cfg(test)]
mod shown_tests {
    use super::*;
    use crate::picto::PictoRef;
    use serde_json::json;

    fn entry(what: Subject, summary_id: &str, before: Value, after: Value) -> Entry {
        Entry {
            id: 1,
            at_ms: 0,
            workshop: None,
            what,
            summary_id: summary_id.to_owned(),
            args: BTreeMap::new(),
            before,
            after,
            undone: false,
        }
    }

    /// The kind and the own picture (as stored) of a change.
    fn check(
        what: Subject,
        summary: &str,
        before: Value,
        after: Value,
        kind: ChangeKind,
        picto: Option<&str>,
    ) {
        let shown = shown(&entry(what, summary, before, after));
        assert_eq!(shown.kind, kind);
        assert_eq!(shown.picto, picto.and_then(PictoRef::parse));
    }

    fn activity(id: &str, picto: &str, name: &str) -> Value {
        json!({"activity": {"id": id, "picto": picto, "names": {"ca": name}}, "repeat": {"once": "2026-11-23"}})
    }

    #[test]
    fn a_setting_is_shown_with_the_settings_picture() {
        check(
            Subject::Profile("p-1".into()),
            "history-profile-theme",
            json!({"theme": "default"}),
            json!({"theme": "dark"}),
            ChangeKind::Settings,
            None,
        );
    }

    #[test]
    fn a_new_avatar_is_shown_with_itself() {
        let shown = shown(&entry(
            Subject::Profile("p-1".into()),
            "history-profile-avatar",
            json!({"avatar": {"kind": "pictogram", "value": "avatar-smile"}}),
            json!({"avatar": {"kind": "pictogram", "value": "avatar-cat"}}),
        ));
        assert_eq!(shown.kind, ChangeKind::Avatar);
        assert_eq!(shown.avatar.as_deref(), Some("avatar-cat"));
        // A photo is not a bundled avatar: the kind's picture stands for it.
        let photo = super::shown(&entry(
            Subject::Profile("p-1".into()),
            "history-profile-avatar",
            Value::Null,
            json!({"avatar": {"kind": "photo", "value": "data:image/jpeg;base64,AAAA"}}),
        ));
        assert_eq!(photo.avatar, None);
        assert_eq!(photo.picto, None);
    }

    #[test]
    fn an_added_activity_is_shown_with_its_own_picture() {
        let teeth = activity("a-1", "om:1FAA5", "Rentar les dents");
        let bread = activity("a-2", "om:1F35E", "Esmorzar");
        check(
            Subject::Schedule("p-1".into()),
            "history-schedule-changed",
            json!({"entries": [teeth.clone()]}),
            json!({"entries": [teeth.clone(), bread.clone()]}),
            ChangeKind::Schedule,
            Some("om:1F35E"),
        );
        // Taken away: the picture of what went.
        check(
            Subject::Schedule("p-1".into()),
            "history-schedule-changed",
            json!({"entries": [teeth.clone(), bread.clone()]}),
            json!({"entries": [teeth.clone()]}),
            ChangeKind::Schedule,
            Some("om:1F35E"),
        );
        // Renamed: the same picture, found inside the changed activity.
        let renamed = activity("a-1", "om:1FAA5", "Les dents");
        check(
            Subject::Schedule("p-1".into()),
            "history-schedule-changed",
            json!({"entries": [teeth]}),
            json!({"entries": [renamed]}),
            ChangeKind::Schedule,
            Some("om:1FAA5"),
        );
    }

    #[test]
    fn a_pictogram_added_to_the_board_is_shown_with_itself() {
        check(
            Subject::Board("p-1".into()),
            "history-board-changed",
            json!({"board": ["om:1F34C"]}),
            json!({"board": ["om:1F34C", "photo:m-1"]}),
            ChangeKind::Board,
            Some("photo:m-1"),
        );
    }

    #[test]
    fn a_change_with_no_pictogram_is_shown_with_its_kind() {
        check(
            Subject::List("l-1".into()),
            "history-list-changed",
            json!({"name": "Market"}),
            json!({"name": "Shop"}),
            ChangeKind::List,
            None,
        );
        check(
            Subject::Questionnaire("q-1".into()),
            "history-questionnaire-changed",
            json!({"responses": {"i-1": {"answers": {"ew-1": 2}}}}),
            json!({"responses": {"i-1": {"answers": {"ew-1": 3}}}}),
            ChangeKind::Questionnaire,
            None,
        );
        check(
            Subject::Mat("m-1".into()),
            "history-mat",
            Value::Null,
            json!({"picto": "bad"}),
            ChangeKind::Mat,
            None,
        );
    }

    #[test]
    fn a_new_list_is_shown_with_its_first_product() {
        check(
            Subject::List("l-1".into()),
            "history-list-added",
            Value::Null,
            json!({"id": "l-1", "name": "Market", "items": [{"picto": "om:1F34C", "quantity": 1}]}),
            ChangeKind::List,
            Some("om:1F34C"),
        );
    }

    #[test]
    fn every_kind_has_its_own_words() {
        let mut ids: Vec<&str> = ChangeKind::ALL.iter().map(|k| k.message_id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), ChangeKind::ALL.len());
    }
}
