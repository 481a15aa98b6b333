//! Merging two devices' versions of one record (issue #24): a three-way merge of JSON
//! against the version both started from, so two devices that changed different things of
//! the same person while offline both keep their change.
//!
//! The rules, in order:
//!
//! 1. **Objects** merge key by key, each key against its own base. A key one side added is
//!    kept; a key one side removed and the other left as it was is removed.
//! 2. **A deletion and an edit of the same thing keep the edit** (a key removed on one side
//!    and changed on the other, or an element of an id list): nothing anyone wrote is lost,
//!    and the merge says so ([`Note::KeptOverDeletion`]) for the change history.
//! 3. **Lists of things with ids** (`[{"id": …}, …]`, or a schedule's entries by their
//!    activity's id: activities, list items, answers,
//!    goals) merge thing by thing like objects; the order is the winning side's, with what
//!    only the other side has put after the thing it followed there.
//! 4. **Lists of distinct plain values** (ticked ids, weekdays) merge as sets: what either
//!    side added is in, what either side took out is out.
//! 5. **Anything else changed differently on both sides** — a name, a price, a whole list
//!    without ids — takes one deterministic value, the same on every device: the greater
//!    in one fixed order of JSON values (then the later [`Stamp`]). Not the later edit: a
//!    merged version's stamp says when the merge was made, so "later" would differ with
//!    the way versions met, and a team of five would never settle. The other value is not thrown away: it
//!    is returned as [`Note::Replaced`] with where it was, so the facilitator finds it in
//!    the change history and can bring it back.
//!
//! Without a base (two devices created the same record apart, or the base is lost) every
//! difference counts as a change on both sides: objects and id lists still join, and only
//! values that differ go through rule 5.
//!
//! Answers of different informants never meet: they sit under different keys (rule 1).
//! Pure and total: any JSON in, a JSON out; nothing panics.

use serde_json::{Map, Value};
use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::{BTreeSet, HashMap, HashSet};

/// When and where a version was written: the later one wins a real conflict. Ordered by
/// time, then by device id, so every device picks the same winner.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Stamp {
    /// When the version was written, in ms since the epoch (the device's clock).
    pub ms: u64,
    /// The device that wrote it (its id in the team).
    pub device: String,
}

/// One step of the way to a value inside a record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// An object's key.
    Key(String),
    /// A thing of an id list, by its id.
    Id(String),
}

/// What the merge did that someone may want to know, for the change history.
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    /// Both sides changed the value at `at`; `kept` won and `lost` (written by `lost_by`)
    /// was replaced.
    Replaced {
        /// Where.
        at: Vec<Step>,
        /// The value kept.
        kept: Value,
        /// The value replaced.
        lost: Value,
        /// The device whose value was replaced.
        lost_by: String,
    },
    /// One side deleted the thing at `at`, the other changed it: it is kept, changed.
    KeptOverDeletion {
        /// Where.
        at: Vec<Step>,
        /// The device that deleted it.
        deleted_by: String,
    },
}

/// A merged record and what the merge had to decide.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    /// The record both devices keep.
    pub value: Value,
    /// The decisions, in the order met.
    pub notes: Vec<Note>,
}

/// Merges `ours` and `theirs`, two versions of one record, against `base`, the version
/// both started from (`None` when unknown).
pub fn merge(base: Option<&Value>, ours: (&Value, &Stamp), theirs: (&Value, &Stamp)) -> Merged {
    let mut merger = Merger {
        ours: ours.1,
        theirs: theirs.1,
        notes: Vec::new(),
        at: Vec::new(),
    };
    let value = merger
        .value(base, Some(ours.0), Some(theirs.0))
        .unwrap_or(Value::Null);
    Merged {
        value,
        notes: merger.notes,
    }
}

struct Merger<'a> {
    ours: &'a Stamp,
    theirs: &'a Stamp,
    notes: Vec<Note>,
    at: Vec<Step>,
}

/// Which side wins a real conflict.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Ours,
    Theirs,
}

impl Merger<'_> {
    /// The side whose value wins a clash between `ours` and `theirs`: the greater value in
    /// one fixed order of JSON (its text, keys sorted), then the later stamp. Decided by the
    /// values alone, so every device that meets the same two values — whichever merge
    /// brought them, whenever — keeps the same one, and a team settles: a merge's own stamp
    /// says when it was made, not when the value in it was written.
    fn winner(&self, ours: &Value, theirs: &Value) -> Side {
        let order = ours
            .to_string()
            .cmp(&theirs.to_string())
            .then_with(|| self.ours.cmp(self.theirs));
        match order {
            Ordering::Less => Side::Theirs,
            _ => Side::Ours,
        }
    }

    /// Merges one value; `None` is "not there" (deleted, or never added).
    fn value(
        &mut self,
        base: Option<&Value>,
        ours: Option<&Value>,
        theirs: Option<&Value>,
    ) -> Option<Value> {
        if ours == theirs {
            return ours.cloned();
        }
        if base.is_some() && ours == base {
            return theirs.cloned();
        }
        if base.is_some() && theirs == base {
            return ours.cloned();
        }
        match (ours, theirs) {
            (None, Some(theirs)) => self.deleted_and_changed(base, theirs, Side::Ours),
            (Some(ours), None) => self.deleted_and_changed(base, ours, Side::Theirs),
            (Some(Value::Object(o)), Some(Value::Object(t))) => {
                let base = match base {
                    Some(Value::Object(b)) => Some(b),
                    _ => None,
                };
                Some(Value::Object(self.objects(base, o, t)))
            }
            (Some(ours @ Value::Array(o)), Some(theirs @ Value::Array(t))) => {
                let base = match base {
                    Some(Value::Array(b)) => Some(b.as_slice()),
                    _ => None,
                };
                Some(match self.lists(base, o, t) {
                    Some(merged) => Value::Array(merged),
                    None => self.conflict(ours, theirs),
                })
            }
            (Some(ours), Some(theirs)) => Some(self.conflict(ours, theirs)),
            (None, None) => None,
        }
    }

    /// One side (`deleter`) removed what the other changed (or, without a base, what the
    /// other has): the change is kept, and said.
    fn deleted_and_changed(
        &mut self,
        base: Option<&Value>,
        kept: &Value,
        deleter: Side,
    ) -> Option<Value> {
        if base.is_none() {
            // Added on one side only: nothing was deleted.
            return Some(kept.clone());
        }
        let deleted_by = match deleter {
            Side::Ours => self.ours.device.clone(),
            Side::Theirs => self.theirs.device.clone(),
        };
        self.notes.push(Note::KeptOverDeletion {
            at: self.at.clone(),
            deleted_by,
        });
        Some(kept.clone())
    }

    /// Both sides changed a plain value differently: one wins ([`Merger::winner`]), the
    /// other is noted.
    fn conflict(&mut self, ours: &Value, theirs: &Value) -> Value {
        let (kept, lost, lost_by) = match self.winner(ours, theirs) {
            Side::Ours => (ours, theirs, &self.theirs.device),
            Side::Theirs => (theirs, ours, &self.ours.device),
        };
        self.notes.push(Note::Replaced {
            at: self.at.clone(),
            kept: kept.clone(),
            lost: lost.clone(),
            lost_by: lost_by.clone(),
        });
        kept.clone()
    }

    fn objects(
        &mut self,
        base: Option<&Map<String, Value>>,
        ours: &Map<String, Value>,
        theirs: &Map<String, Value>,
    ) -> Map<String, Value> {
        // Ours' keys in their order, then what only theirs has.
        let keys: Vec<&String> = ours
            .keys()
            .chain(theirs.keys().filter(|k| !ours.contains_key(*k)))
            .collect();
        let mut merged = Map::new();
        for key in keys {
            self.at.push(Step::Key(key.clone()));
            let b = base.and_then(|b| b.get(key));
            // A key absent from a side that had it in the base was deleted there; absent
            // from the base too, it was never there.
            let value = self.value(b, ours.get(key), theirs.get(key));
            self.at.pop();
            if let Some(value) = value {
                merged.insert(key.clone(), value);
            }
        }
        merged
    }

    /// Two lists merged item by item (things with ids) or as sets (distinct plain values);
    /// `None` for any other lists, which are one value each.
    fn lists(
        &mut self,
        base: Option<&[Value]>,
        ours: &[Value],
        theirs: &[Value],
    ) -> Option<Vec<Value>> {
        if let (Some(o), Some(t)) = (with_ids(ours), with_ids(theirs)) {
            let base = base.and_then(with_ids).unwrap_or_default();
            return Some(self.id_lists(base, o, t));
        }
        if distinct_plain(ours) && distinct_plain(theirs) {
            let base = base.filter(|base| distinct_plain(base)).unwrap_or(&[]);
            let side = self.winner(&Value::Array(ours.to_vec()), &Value::Array(theirs.to_vec()));
            return Some(sets(base, ours, theirs, side));
        }
        None
    }

    /// Lists of things with ids: each thing merged on its own, in the winner's order.
    fn id_lists(
        &mut self,
        base: Vec<(Cow<'_, str>, &Value)>,
        ours: Vec<(Cow<'_, str>, &Value)>,
        theirs: Vec<(Cow<'_, str>, &Value)>,
    ) -> Vec<Value> {
        let o_ids: Vec<&str> = ours.iter().map(|(id, _)| id.as_ref()).collect();
        let t_ids: Vec<&str> = theirs.iter().map(|(id, _)| id.as_ref()).collect();
        let o_text = Value::Array(o_ids.iter().map(|id| Value::from(*id)).collect());
        let t_text = Value::Array(t_ids.iter().map(|id| Value::from(*id)).collect());
        let order = match self.winner(&o_text, &t_text) {
            Side::Ours => interleave(&o_ids, &t_ids),
            Side::Theirs => interleave(&t_ids, &o_ids),
        };
        let base: HashMap<&str, &Value> = base.iter().map(|(id, v)| (id.as_ref(), *v)).collect();
        let o: HashMap<&str, &Value> = ours.iter().map(|(id, v)| (id.as_ref(), *v)).collect();
        let t: HashMap<&str, &Value> = theirs.iter().map(|(id, v)| (id.as_ref(), *v)).collect();
        let mut merged = Vec::new();
        for id in order {
            self.at.push(Step::Id(id.to_string()));
            let value = self.value(
                base.get(id).copied(),
                o.get(id).copied(),
                t.get(id).copied(),
            );
            self.at.pop();
            if let Some(value) = value {
                merged.push(value);
            }
        }
        merged
    }
}

/// The id a thing of a list is known by: its own `id` (a string, or a whole number — a
/// change history's entries), or — a schedule's entries, `{"activity": {"id": …},
/// "repeat": …}` — its activity's.
pub fn thing_id(item: &Value) -> Option<Cow<'_, str>> {
    match item
        .get("id")
        .or_else(|| item.get("activity").and_then(|activity| activity.get("id")))?
    {
        Value::String(id) => Some(Cow::Borrowed(id.as_str())),
        Value::Number(id) => id.as_u64().map(|id| Cow::Owned(id.to_string())),
        _ => None,
    }
}

/// A list whose every element is an object with a distinct id ([`thing_id`]), as (id,
/// element).
fn with_ids(items: &[Value]) -> Option<Vec<(Cow<'_, str>, &Value)>> {
    let mut seen = HashSet::new();
    let mut keyed = Vec::with_capacity(items.len());
    for item in items {
        let id = thing_id(item)?;
        if !seen.insert(id.clone()) {
            return None;
        }
        keyed.push((id, item));
    }
    Some(keyed)
}

/// Whether a list holds distinct strings, numbers or booleans only.
fn distinct_plain(items: &[Value]) -> bool {
    let mut seen = BTreeSet::new();
    items.iter().all(|item| {
        matches!(item, Value::String(_) | Value::Number(_) | Value::Bool(_))
            && seen.insert(item.to_string())
    })
}

/// A three-way merge of sets, in the winner's order, then the other's additions.
fn sets(base: &[Value], ours: &[Value], theirs: &[Value], winner: Side) -> Vec<Value> {
    let key = |v: &Value| v.to_string();
    let b: HashSet<String> = base.iter().map(key).collect();
    let o: HashSet<String> = ours.iter().map(key).collect();
    let t: HashSet<String> = theirs.iter().map(key).collect();
    let removed = |v: &Value| {
        let k = key(v);
        b.contains(&k) && (!o.contains(&k) || !t.contains(&k))
    };
    let (first, second) = match winner {
        Side::Ours => (ours, theirs),
        Side::Theirs => (theirs, ours),
    };
    let mut seen = HashSet::new();
    first
        .iter()
        .chain(second)
        .filter(|v| !removed(v) && seen.insert(key(v)))
        .cloned()
        .collect()
}

/// The winner's order, with each id only the other side has put right after the id it
/// followed there (or first, if it led).
fn interleave<'a>(first: &[&'a str], second: &[&'a str]) -> Vec<&'a str> {
    let in_first: HashSet<&str> = first.iter().copied().collect();
    let mut order: Vec<&str> = first.to_vec();
    let mut previous: Option<&str> = None;
    for &id in second {
        if in_first.contains(id) {
            previous = Some(id);
            continue;
        }
        let at = match previous {
            Some(p) => order
                .iter()
                .position(|&x| x == p)
                .map_or(order.len(), |i| i + 1),
            None => 0,
        };
        order.insert(at, id);
        previous = Some(id);
    }
    order
}
