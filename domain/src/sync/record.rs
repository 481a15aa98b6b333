//! One record's life between this device and its team (issue #24): when a change here is
//! sent, and what a version that arrives does here.
//!
//! Each device keeps, per traveling record, what it last exchanged with the team
//! ([`Kept`]: that version, its value as it travels, its stamp, and the last value it had
//! in common with the team — the base of a merge). A record whose value here differs from
//! the kept one was changed here since: [`departing`] says what to send.
//! A version that arrives is compared with the kept one ([`arrive`]): one this device
//! already has (a replay, an echo of its own) changes nothing; a newer one is taken when
//! nothing changed here, and merged with the change here otherwise; one changed apart is
//! merged. A deletion travels as a record without value (`None`), and an edit of the same
//! record made apart is kept over it.
//!
//! Values are records as they travel (`super::outgoing`): the browser side puts back what
//! belongs to the device (`super::incoming`) when it writes one.

use super::clock::{Order, Version};
use super::merge::{merge, Note, Stamp};
use serde_json::Value;

/// What this device last exchanged with the team for one record.
#[derive(Clone, Debug, PartialEq)]
pub struct Kept {
    /// Its version.
    pub version: Version,
    /// Its value as it travels; `None` once deleted.
    pub value: Option<Value>,
    /// Who wrote that version, and when.
    pub stamp: Stamp,
    /// The last value this device had in common with the team: the value it last took
    /// from the team, or the first it sent. A merge starts from it; it is not the last
    /// value sent, which another device may never have had.
    pub base: Option<Value>,
    /// The last versions this device held of the record (sent, taken or merged), newest
    /// last, at most [`PAST`]: a version that arrives is merged from the newest of them it
    /// has seen itself — the last common ancestor this device knows. Without it (a record
    /// kept by an older Pictokit), `base`.
    pub past: Vec<(Version, Option<Value>)>,
}

/// How many past versions a device keeps per record: the first it had, and the newest.
pub const PAST: usize = 8;

impl Kept {
    /// `self` with `(version, value)` added to its past.
    fn remembering(mut self, version: &Version, value: Option<&Value>) -> Kept {
        if self.past.last().map(|(v, _)| v) != Some(version) {
            self.past.push((version.clone(), value.cloned()));
        }
        // The first is kept: the version this device first had, which every later version
        // of the team descends from — the base when the newer ones are all too new.
        let extra = self.past.len().saturating_sub(PAST);
        self.past.drain(1..1 + extra);
        self
    }

    /// The base to merge `theirs` from: what this device held that `theirs` has seen too
    /// — of its past versions that `theirs` has seen, the newest (one no other of them
    /// comes after). Devices that took each other's versions crosswise can leave several
    /// such, none after the others: then their own merge, from what they have in common
    /// (a virtual base, as git's recursive merge makes one). The one added last instead
    /// merged a rename made after another against the value before both, and the older
    /// rename won (found by `any_history_of_three_devices_…`).
    fn base_for(&self, theirs: &Version) -> Option<Value> {
        if self.past.is_empty() {
            return self.base.clone();
        }
        let seen: Vec<&(Version, Option<Value>)> = self
            .past
            .iter()
            .filter(|(version, _)| matches!(version.order(theirs), Order::Before | Order::Same))
            .collect();
        common_base(&seen)
    }
}

/// The value of the newest of `candidates` (versions with their values, all seen by both
/// sides of a merge): see [`Kept::base_for`].
fn common_base(candidates: &[&(Version, Option<Value>)]) -> Option<Value> {
    let newest: Vec<&(Version, Option<Value>)> = candidates
        .iter()
        .copied()
        .filter(|(version, _)| {
            !candidates
                .iter()
                .any(|(other, _)| version.order(other) == Order::Before)
        })
        .collect();
    let (first, rest) = newest.split_first()?;
    if rest.iter().all(|(_, value)| *value == first.1) {
        return first.1.clone();
    }
    // Several, none after the others, with different values: merged in turn, each pair
    // from the newest of what both have seen (fewer candidates each time: it ends).
    let stamp = Stamp {
        ms: 0,
        device: String::new(),
    };
    let (mut version, mut value) = (first.0.clone(), first.1.clone());
    for (next_version, next_value) in rest {
        let below: Vec<&(Version, Option<Value>)> = candidates
            .iter()
            .copied()
            .filter(|(v, _)| {
                matches!(v.order(&version), Order::Before | Order::Same)
                    && matches!(v.order(next_version), Order::Before | Order::Same)
            })
            .collect();
        let base = common_base(&below);
        value = match (value, next_value.as_ref()) {
            (Some(a), Some(b)) => Some(merge(base.as_ref(), (&a, &stamp), (b, &stamp)).value),
            (None, None) => None,
            // One deleted it: deleted when the other left it as it was in the base.
            (Some(kept), None) if base.as_ref() == Some(&kept) => None,
            (None, Some(kept)) if base.as_ref() == Some(kept) => None,
            (Some(kept), None) => Some(kept),
            (None, Some(kept)) => Some(kept.clone()),
        };
        version = version.joined(next_version);
    }
    value
}

impl Kept {
    /// As stored on the device: `{"version", "value", "stamp"}`.
    pub fn to_json(&self) -> Value {
        serde_json::json!({
            "version": self.version,
            "value": self.value,
            "stamp": {"ms": self.stamp.ms, "device": self.stamp.device},
            "base": self.base,
            "past": self.past.iter().map(|(version, value)| serde_json::json!([version, value])).collect::<Vec<_>>(),
        })
    }

    /// Read back from [`Kept::to_json`]; `None` when it is not one (then the record counts
    /// as never exchanged, and the next version that arrives is merged without a base).
    pub fn read(value: &Value) -> Option<Kept> {
        let version = Version::read(value.get("version")?)?;
        let stamp = value.get("stamp")?;
        Some(Kept {
            version,
            value: value.get("value").filter(|value| !value.is_null()).cloned(),
            stamp: Stamp {
                ms: stamp.get("ms")?.as_u64()?,
                device: stamp.get("device")?.as_str()?.to_owned(),
            },
            base: value.get("base").filter(|value| !value.is_null()).cloned(),
            past: value
                .get("past")
                .and_then(Value::as_array)
                .map(|past| {
                    past.iter()
                        .filter_map(|entry| {
                            let version = Version::read(entry.get(0)?)?;
                            let value = entry.get(1).filter(|value| !value.is_null()).cloned();
                            Some((version, value))
                        })
                        .take(PAST)
                        .collect()
                })
                .unwrap_or_default(),
        })
    }
}

/// The version to send for a record whose value here is `here` (`None`: not on this
/// device, or deleted), or `None` when there is nothing new to send. `device` is this
/// device's id in the team; `now_ms` its clock. The caller sends it and keeps it.
pub fn departing(
    kept: Option<&Kept>,
    here: Option<&Value>,
    device: &str,
    now_ms: u64,
) -> Option<Kept> {
    let (version, base, past) = match kept {
        // Never exchanged and not here: nothing to say.
        None if here.is_none() => return None,
        // The first version the team hears of: every device starts from it.
        None => (Version::default(), here.cloned(), Vec::new()),
        Some(kept) if kept.value.as_ref() == here => return None,
        Some(kept) => (kept.version.clone(), kept.base.clone(), kept.past.clone()),
    };
    let version = version.bumped(device);
    Some(
        Kept {
            version: version.clone(),
            value: here.cloned(),
            stamp: Stamp {
                ms: now_ms,
                device: device.to_owned(),
            },
            base,
            past,
        }
        .remembering(&version, here),
    )
}

/// What a version that arrived does on this device.
#[derive(Clone, Debug, PartialEq)]
pub enum Arrival {
    /// Nothing: this device already has it (the same version, an older one, its own echo).
    Ignore,
    /// Write `value` here (`None`: delete the record) and keep `kept`; nothing to send:
    /// the team has this value already. `notes` go to the change history (a value of this
    /// device that the one arriving replaced).
    Take {
        /// The record to write.
        value: Option<Value>,
        /// What to keep as exchanged.
        kept: Kept,
        /// What the merge had to decide (empty when the version was simply newer).
        notes: Vec<Note>,
    },
    /// Both changed the record: write the merge, keep `kept` and send it back to the team
    /// (it holds both changes, so it comes after both versions); `notes` go to the change
    /// history.
    Merge {
        /// The merged record to write (`None`: both deleted it).
        value: Option<Value>,
        /// What to keep as exchanged, and to send.
        kept: Kept,
        /// What the merge had to decide.
        notes: Vec<Note>,
    },
}

/// What the version `theirs` that arrived does, given what this device kept of the record
/// and its value here (`None`: not here, or deleted here).
pub fn arrive(
    kept: Option<&Kept>,
    here: Option<&Value>,
    theirs: &Kept,
    device: &str,
    now_ms: u64,
) -> Arrival {
    let changed_here = match kept {
        Some(kept) => kept.value.as_ref() != here,
        None => here.is_some(),
    };
    if let Some(kept) = kept {
        match theirs.version.order(&kept.version) {
            Order::Before | Order::Same => return Arrival::Ignore,
            Order::After if !changed_here => return take(Some(kept), theirs),
            Order::After | Order::Apart => {}
        }
    } else if !changed_here || here == theirs.value.as_ref() {
        return take(None, theirs);
    }

    let base = kept.and_then(|kept| kept.base_for(&theirs.version));
    // The stamp of the version here: now for a change not sent yet, else the one it was
    // sent or taken with — so two devices merging the same two versions reach one value.
    let ours_stamp = if changed_here {
        Stamp {
            ms: now_ms,
            device: device.to_owned(),
        }
    } else {
        kept.map(|kept| kept.stamp.clone())
            .unwrap_or_else(|| theirs.stamp.clone())
    };
    let mut notes = Vec::new();
    let value = match (here, theirs.value.as_ref()) {
        (Some(ours), Some(their)) => {
            let merged = merge(base.as_ref(), (ours, &ours_stamp), (their, &theirs.stamp));
            notes = merged.notes;
            Some(merged.value)
        }
        // Deleted here: the deletion stands if they did not change the record, else their
        // edit is kept over it.
        (None, Some(their)) => {
            if base.as_ref() != Some(their) {
                notes.push(Note::KeptOverDeletion {
                    at: Vec::new(),
                    deleted_by: device.to_owned(),
                });
                Some(their.clone())
            } else {
                None
            }
        }
        // Deleted there: the same, the other way round.
        (Some(ours), None) => {
            if base.as_ref() != Some(ours) {
                notes.push(Note::KeptOverDeletion {
                    at: Vec::new(),
                    deleted_by: theirs.stamp.device.clone(),
                });
                Some(ours.clone())
            } else {
                None
            }
        }
        (None, None) => None,
    };
    let joined = match kept {
        Some(kept) => theirs.version.joined(&kept.version),
        None => theirs.version.clone(),
    };
    let past = kept.map(|kept| kept.past.clone()).unwrap_or_default();
    let remembered = Kept {
        version: theirs.version.clone(),
        value: theirs.value.clone(),
        stamp: theirs.stamp.clone(),
        base: theirs.value.clone(),
        past,
    }
    .remembering(&theirs.version, theirs.value.as_ref());
    if value == theirs.value && (here == theirs.value.as_ref() || joined == theirs.version) {
        // The merge is what they sent, and either this device held that value already
        // (both sent the one value: their join stands for it) or their version holds every
        // change this device sent (a change made here and not sent yet, replaced: in
        // `notes`, for the change history, which travels on its own): nothing new to tell
        // the team.
        return Arrival::Take {
            value,
            kept: Kept {
                version: joined.clone(),
                ..remembered
            }
            .remembering(&joined, theirs.value.as_ref()),
            notes,
        };
    }
    // A merge holds something the version that arrived lacks, or replaced a value this
    // device sent: it comes after both versions, and goes to the team. (Taking either in
    // under the joined version, which no device sent, let two devices hold two values
    // under one version, never merged again: the bench found it for the first, the
    // random histories of `any_history_of_three_devices_…` for the second — a list's
    // order, an item deleted on one, a rename.)
    let version = joined.bumped(device);
    Arrival::Merge {
        kept: Kept {
            version: version.clone(),
            value: value.clone(),
            stamp: Stamp {
                ms: now_ms.max(theirs.stamp.ms),
                device: device.to_owned(),
            },
            ..remembered
        }
        .remembering(&version, value.as_ref()),
        value,
        notes,
    }
}

fn take(kept: Option<&Kept>, theirs: &Kept) -> Arrival {
    let past = kept.map(|kept| kept.past.clone()).unwrap_or_default();
    Arrival::Take {
        notes: Vec::new(),
        value: theirs.value.clone(),
        kept: Kept {
            base: theirs.value.clone(),
            past,
            ..theirs.clone()
        }
        .remembering(&theirs.version, theirs.value.as_ref()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sent(from: Option<&Kept>, value: Option<Value>, device: &str, ms: u64) -> Kept {
        departing(from, value.as_ref(), device, ms).expect("a change to send")
    }

    /// Two devices: `a` wrote the first version, `b` took it.
    fn shared(value: Value) -> Kept {
        sent(None, Some(value), "a", 1)
    }

    #[test]
    fn a_record_unchanged_since_it_was_exchanged_is_not_sent_again() {
        let kept = shared(json!({"name": "Laia"}));
        assert_eq!(
            departing(Some(&kept), Some(&json!({"name": "Laia"})), "a", 2),
            None
        );
        assert_eq!(departing(None, None, "a", 2), None);
    }

    #[test]
    fn a_change_here_is_sent_with_this_devices_counter_one_up() {
        let kept = shared(json!({"name": "Laia"}));
        let next = sent(Some(&kept), Some(json!({"name": "Laia M."})), "b", 5);
        assert_eq!(next.version.order(&kept.version), Order::After);
        assert_eq!(next.stamp.device, "b");
        let deleted = sent(Some(&next), None, "b", 6);
        assert_eq!(deleted.value, None);
        assert_eq!(deleted.version.order(&next.version), Order::After);
    }

    #[test]
    fn an_echo_a_replay_or_an_older_version_changes_nothing() {
        let first = shared(json!({"n": 1}));
        let second = sent(Some(&first), Some(json!({"n": 2})), "a", 2);
        // This device has the second; the server replays the first, then echoes the second.
        assert_eq!(
            arrive(Some(&second), Some(&json!({"n": 2})), &first, "a", 3),
            Arrival::Ignore
        );
        assert_eq!(
            arrive(Some(&second), Some(&json!({"n": 2})), &second, "a", 3),
            Arrival::Ignore
        );
        // Even when the record changed here since: nothing of the old one comes back.
        assert_eq!(
            arrive(Some(&second), Some(&json!({"n": 9})), &first, "a", 3),
            Arrival::Ignore
        );
    }

    #[test]
    fn a_newer_version_is_taken_when_nothing_changed_here() {
        let first = shared(json!({"n": 1}));
        let newer = sent(Some(&first), Some(json!({"n": 2})), "a", 2);
        let taken = Kept {
            base: Some(json!({"n": 2})),
            ..newer.clone()
        };
        assert_eq!(
            arrive(Some(&first), Some(&json!({"n": 1})), &newer, "b", 3),
            Arrival::Take {
                value: Some(json!({"n": 2})),
                kept: taken.clone(),
                notes: Vec::new(),
            }
        );
        // A record this device never had arrives whole.
        match arrive(None, None, &newer, "b", 3) {
            Arrival::Take { value, kept, .. } => {
                assert_eq!(value, Some(json!({"n": 2})));
                assert_eq!((kept.version, kept.value), (taken.version, taken.value));
            }
            other => panic!("expected it taken, got {other:?}"),
        }
    }

    #[test]
    fn edits_of_different_things_made_apart_are_both_kept_and_sent_back() {
        let first = shared(json!({"name": "Laia", "colour": "blue"}));
        let theirs = sent(
            Some(&first),
            Some(json!({"name": "Laia M.", "colour": "blue"})),
            "a",
            10,
        );
        let here = json!({"name": "Laia", "colour": "green"});
        match arrive(Some(&first), Some(&here), &theirs, "b", 11) {
            Arrival::Merge { value, kept, notes } => {
                assert_eq!(value, Some(json!({"name": "Laia M.", "colour": "green"})));
                assert!(notes.is_empty());
                // What is sent back comes after both versions: every device takes it.
                assert_eq!(kept.version.order(&theirs.version), Order::After);
                assert_eq!(kept.value, value);
                // Device a, on receiving it, takes it (nothing changed there since).
                assert!(matches!(
                    arrive(Some(&theirs), theirs.value.as_ref(), &kept, "a", 12),
                    Arrival::Take { value: taken, .. } if taken == value
                ));
            }
            other => panic!("expected a merge, got {other:?}"),
        }
    }

    #[test]
    fn the_same_thing_changed_on_both_keeps_one_value_and_notes_the_other() {
        let first = shared(json!({"name": "School bus"}));
        let theirs = sent(
            Some(&first),
            Some(json!({"name": "Bus to the centre"})),
            "a",
            10,
        );
        // Changed here later: this side's stamp (now) is later, so it wins everywhere.
        match arrive(
            Some(&first),
            Some(&json!({"name": "The bus"})),
            &theirs,
            "b",
            20,
        ) {
            Arrival::Merge { value, notes, .. } => {
                assert_eq!(value, Some(json!({"name": "The bus"})));
                assert!(matches!(&notes[..], [Note::Replaced { lost, lost_by, .. }]
                    if lost == &json!("Bus to the centre") && lost_by == "a"));
            }
            other => panic!("expected a merge, got {other:?}"),
        }
    }

    #[test]
    fn a_value_replaced_by_the_one_arriving_is_noted_and_sent_under_a_version_of_its_own() {
        let first = shared(json!({"name": "School bus"}));
        let theirs = sent(Some(&first), Some(json!({"name": "The bus"})), "a", 10);
        let mine = sent(Some(&first), Some(json!({"name": "Bus"})), "b", 11);
        // "The bus" is greater in the fixed order: theirs is the merge, and this device's
        // value goes into its history. The merge goes to the team under a version of its
        // own: the joined version was sent by no device, and another device reaching it
        // another way could hold another value under it (any_history_of_three_devices_…).
        match arrive(Some(&mine), Some(&json!({"name": "Bus"})), &theirs, "b", 20) {
            Arrival::Merge { value, kept, notes } => {
                assert_eq!(value, Some(json!({"name": "The bus"})));
                assert_eq!(
                    kept.version,
                    theirs.version.joined(&mine.version).bumped("b")
                );
                assert!(matches!(&notes[..], [Note::Replaced { lost, lost_by, .. }]
                    if lost == &json!("Bus") && lost_by == "b"));
                assert_eq!(departing(Some(&kept), value.as_ref(), "b", 21), None);
            }
            other => panic!("expected a merge, got {other:?}"),
        }
        // A change not sent yet, replaced by a newer version: that version is taken as it
        // is (nothing of this device's is in the team to answer), the change noted.
        let unsent = json!({"name": "Bus"});
        match arrive(Some(&first), Some(&unsent), &theirs, "b", 20) {
            Arrival::Take { value, kept, notes } => {
                assert_eq!(value, Some(json!({"name": "The bus"})));
                assert_eq!(kept.version, theirs.version);
                assert_eq!(notes.len(), 1);
            }
            other => panic!("expected it taken, got {other:?}"),
        }
    }

    #[test]
    fn a_deletion_and_an_edit_keep_the_edit_and_say_so() {
        let first = shared(json!({"n": 1}));
        // Deleted there, edited here.
        let deleted = sent(Some(&first), None, "a", 10);
        match arrive(Some(&first), Some(&json!({"n": 2})), &deleted, "b", 11) {
            Arrival::Merge { value, notes, .. } => {
                assert_eq!(value, Some(json!({"n": 2})));
                assert_eq!(
                    notes,
                    vec![Note::KeptOverDeletion {
                        at: vec![],
                        deleted_by: "a".into()
                    }]
                );
            }
            other => panic!("expected a merge, got {other:?}"),
        }
        // Edited there, deleted here: their edit comes back (the team has it: nothing to
        // send), and the history says so.
        let edited = sent(Some(&first), Some(json!({"n": 3})), "a", 10);
        assert!(matches!(
            arrive(Some(&first), None, &edited, "b", 11),
            Arrival::Take { value: Some(v), notes, .. } if v == json!({"n": 3}) && notes.len() == 1
        ));
        // Deleted there, unchanged here: the deletion is taken.
        assert!(matches!(
            arrive(Some(&first), Some(&json!({"n": 1})), &deleted, "b", 11),
            Arrival::Take { value: None, .. }
        ));
    }

    #[test]
    fn a_record_made_on_two_devices_before_they_met_is_merged_without_a_base() {
        let theirs = sent(
            None,
            Some(json!({"lists": [{"id": "x", "name": "Market"}]})),
            "a",
            5,
        );
        let here = json!({"lists": [{"id": "y", "name": "Bakery"}]});
        match arrive(None, Some(&here), &theirs, "b", 6) {
            Arrival::Merge {
                value: Some(value), ..
            } => {
                let lists = value["lists"].as_array().expect("lists");
                assert_eq!(lists.len(), 2);
            }
            other => panic!("expected a merge, got {other:?}"),
        }
        // The same record on both: just taken.
        assert!(matches!(
            arrive(None, theirs.value.as_ref(), &theirs, "b", 6),
            Arrival::Take { .. }
        ));
    }

    /// A device of a simulated team: what it has, and what it kept of the one record.
    struct Device {
        id: &'static str,
        here: Option<Value>,
        kept: Option<Kept>,
    }

    impl Device {
        fn send(&mut self, ms: u64) -> Option<Kept> {
            let next = departing(self.kept.as_ref(), self.here.as_ref(), self.id, ms)?;
            self.kept = Some(next.clone());
            Some(next)
        }

        /// Takes a version in; returns what it sends back, if anything.
        fn receive(&mut self, theirs: &Kept, ms: u64) -> Option<Kept> {
            match arrive(self.kept.as_ref(), self.here.as_ref(), theirs, self.id, ms) {
                Arrival::Ignore => None,
                Arrival::Take { value, kept, .. } => {
                    self.here = value;
                    self.kept = Some(kept);
                    None
                }
                Arrival::Merge { value, kept, .. } => {
                    self.here = value;
                    self.kept = Some(kept.clone());
                    Some(kept)
                }
            }
        }
    }

    /// A team of devices `ids` that all had `start` from the first of them.
    fn team(ids: &[&'static str], start: &Value) -> Vec<Device> {
        let first = shared(start.clone());
        ids.iter()
            .map(|id| Device {
                id,
                here: Some(start.clone()),
                kept: Some(first.clone()),
            })
            .collect()
    }

    /// Every device sends what changed on it, before hearing of the others.
    fn send_all(devices: &mut [Device]) -> Vec<(usize, Kept)> {
        (0..devices.len())
            .filter_map(|i| devices[i].send(10 + i as u64).map(|m| (i, m)))
            .collect()
    }

    /// Delivers every message to every other device until nothing more is sent; how many
    /// messages were sent after the first ones.
    fn settle(devices: &mut [Device], mut mail: Vec<(usize, Kept)>) -> usize {
        let mut rounds = 0;
        let mut sent = 0;
        while !mail.is_empty() {
            rounds += 1;
            assert!(rounds < 20, "the devices never stop sending");
            let mut next = Vec::new();
            for (from, message) in mail {
                for (to, device) in devices.iter_mut().enumerate() {
                    if to != from {
                        if let Some(reply) = device.receive(&message, 100 + rounds) {
                            next.push((to, reply));
                        }
                    }
                }
            }
            sent += next.len();
            mail = next;
        }
        sent
    }

    #[test]
    fn a_change_already_sent_is_kept_when_another_made_apart_arrives() {
        let v1 = json!({"name": "Laia", "colour": "blue", "size": 1});
        let mut devices = team(&["a", "b", "c"], &v1);
        // All three change different things offline, and each sends before hearing of
        // the others.
        devices[0].here = Some(json!({"name": "Laia M.", "colour": "blue", "size": 1}));
        devices[1].here = Some(json!({"name": "Laia", "colour": "green", "size": 1}));
        devices[2].here = Some(json!({"name": "Laia", "colour": "blue", "size": 2}));
        let mail = send_all(&mut devices);
        settle(&mut devices, mail);
        let want = Some(json!({"name": "Laia M.", "colour": "green", "size": 2}));
        for device in &devices {
            assert_eq!(device.here, want, "device {}", device.id);
        }
    }

    #[test]
    fn two_devices_changing_the_same_thing_end_with_the_same_value() {
        let v1 = json!({"name": "School bus", "items": [{"id": "1", "n": "milk"}]});
        let mut devices = team(&["a", "b"], &v1);
        devices[0].here = Some(
            json!({"name": "Bus to the centre", "items": [{"id": "1", "n": "milk"}, {"id": "2", "n": "bread"}]}),
        );
        devices[1].here = Some(
            json!({"name": "The bus", "items": [{"id": "3", "n": "eggs"}, {"id": "1", "n": "milk"}]}),
        );
        let mail = send_all(&mut devices);
        settle(&mut devices, mail);
        assert_eq!(devices[0].here, devices[1].here);
        let value = devices[0].here.clone().expect("kept");
        // The later name wins; every item of both is there.
        assert_eq!(value["name"], json!("The bus"));
        assert_eq!(value["items"].as_array().map(Vec::len), Some(3));
    }

    #[test]
    fn a_third_version_is_merged_from_what_it_had_seen_so_nothing_another_added_is_lost() {
        // Found by scripts/bench-sync: a merged from b's version, then c's came, which never
        // had b's list; merged from b's, b's list counted as deleted by c.
        let week = json!({"lists": [{"id": "week", "n": 1}]});
        let mut devices = team(&["a", "b", "c"], &week);
        for (i, id) in ["a", "b", "c"].iter().enumerate() {
            let mut here = devices[i].here.clone().expect("here");
            if let Some(lists) = here["lists"].as_array_mut() {
                lists.push(json!({"id": id, "n": 1}));
            }
            devices[i].here = Some(here);
        }
        let mail = send_all(&mut devices);
        settle(&mut devices, mail);
        for device in &devices {
            let lists = device.here.as_ref().expect("here")["lists"]
                .as_array()
                .expect("lists")
                .len();
            assert_eq!(lists, 4, "device {}: {:?}", device.id, device.here);
        }
        assert_eq!(devices[0].here, devices[1].here);
        assert_eq!(devices[1].here, devices[2].here);
    }

    #[test]
    fn five_devices_renaming_their_own_activities_apart_converge_with_every_rename() {
        let entry = |id: usize, name: &str| json!({"activity": {"id": format!("a{id}"), "name": name}, "repeat": {"days": [1]}});
        let start = json!({"entries": (0..20).map(|i| entry(i, "old")).collect::<Vec<_>>()});
        let ids = ["a", "b", "c", "d", "e"];
        let mut devices = team(&ids, &start);
        for (d, device) in devices.iter_mut().enumerate() {
            let mut here = device.here.clone().expect("here");
            for i in (d * 4)..(d * 4 + 4) {
                here["entries"][i]["activity"]["name"] = json!(format!("by {}", device.id));
            }
            // Every device also renames the same one.
            here["entries"][0]["activity"]["name"] = json!(format!("all {}", device.id));
            device.here = Some(here);
        }
        let mail = send_all(&mut devices);
        let more = settle(&mut devices, mail);
        // Each device merges what it meets and answers it; a merge equal to what arrived
        // is taken without an answer, whatever it replaced here.
        assert!(more <= 80, "{more} messages after the first five");
        let names = |device: &Device| -> Vec<String> {
            device.here.as_ref().expect("here")["entries"]
                .as_array()
                .expect("entries")
                .iter()
                .map(|e| e["activity"]["name"].as_str().unwrap_or("").to_owned())
                .collect()
        };
        let first_names = names(&devices[0]);
        for device in &devices {
            assert_eq!(names(device), first_names, "device {}", device.id);
        }
        for (d, id) in ids.iter().enumerate() {
            for i in (d * 4 + 1)..(d * 4 + 4) {
                assert_eq!(
                    first_names[i],
                    format!("by {id}"),
                    "entry {i}: {first_names:?}"
                );
            }
        }
    }

    /// One step of a random history of a team of three devices.
    #[derive(Clone, Debug)]
    enum Step {
        /// A device adds an item of its own to the shared list.
        Add(usize),
        /// A device renames the record (the same field on every device).
        Rename(usize, u8),
        /// A device takes an item out of the list (the `n`-th, if there is one).
        Remove(usize, usize),
        /// A device's look: what changed on it goes to the team.
        Send(usize),
        /// One version on its way reaches its device (the `n`-th still on its way: any
        /// order, late, after newer ones).
        Deliver(usize),
    }

    fn step() -> impl proptest::strategy::Strategy<Value = Step> {
        use proptest::prelude::*;
        prop_oneof![
            3 => (0..3usize).prop_map(Step::Add),
            1 => (0..3usize, 0..4u8).prop_map(|(d, n)| Step::Rename(d, n)),
            1 => (0..3usize, 0..8usize).prop_map(|(d, n)| Step::Remove(d, n)),
            3 => (0..3usize).prop_map(Step::Send),
            6 => (0..64usize).prop_map(Step::Deliver),
        ]
    }

    /// A team of three running `steps`, then every device sending what is left and every
    /// version delivered (in an order from `seed`) until none is on its way. Returns the
    /// devices, the items added (by id) and the items taken out.
    fn run_history(steps: &[Step], seed: u64) -> (Vec<Device>, Vec<String>, Vec<String>) {
        let ids = ["a", "b", "c"];
        let start = json!({"name": "start", "items": [{"id": "first", "n": 0}]});
        let mut devices = team(&ids, &start);
        let mut on_way: Vec<(usize, Kept)> = Vec::new();
        let mut added = Vec::new();
        let mut removed = Vec::new();
        let mut clock = 1_000u64;
        fn post(on_way: &mut Vec<(usize, Kept)>, from: usize, version: Kept) {
            for to in 0..3 {
                if to != from {
                    on_way.push((to, version.clone()));
                }
            }
        }
        fn deliver(devices: &mut [Device], on_way: &mut Vec<(usize, Kept)>, at: usize, ms: u64) {
            let (to, version) = on_way.remove(at);
            if let Some(reply) = devices[to].receive(&version, ms) {
                post(on_way, to, reply);
            }
        }
        for step in steps {
            clock += 7;
            match step {
                Step::Add(d) => {
                    let id = format!("{}-{}", ids[*d], clock);
                    if let Some(items) = devices[*d]
                        .here
                        .as_mut()
                        .and_then(|here| here["items"].as_array_mut())
                    {
                        items.push(json!({"id": id, "n": clock}));
                        added.push(id);
                    }
                }
                Step::Rename(d, n) => {
                    if let Some(here) = devices[*d].here.as_mut() {
                        here["name"] = json!(format!("{} {}", ids[*d], n));
                    }
                }
                Step::Remove(d, n) => {
                    if let Some(items) = devices[*d]
                        .here
                        .as_mut()
                        .and_then(|here| here["items"].as_array_mut())
                    {
                        if *n < items.len() {
                            let item = items.remove(*n);
                            removed.push(item["id"].as_str().unwrap_or("").to_owned());
                        }
                    }
                }
                Step::Send(d) => {
                    if let Some(version) = devices[*d].send(clock) {
                        post(&mut on_way, *d, version);
                    }
                }
                Step::Deliver(n) => {
                    if !on_way.is_empty() {
                        let at = n % on_way.len();
                        deliver(&mut devices, &mut on_way, at, clock);
                    }
                }
            }
        }
        // Online for good: what is left goes, and everything on its way arrives.
        for (d, device) in devices.iter_mut().enumerate() {
            clock += 7;
            if let Some(version) = device.send(clock) {
                post(&mut on_way, d, version);
            }
        }
        let mut pick = seed | 1;
        let mut delivered = 0;
        while !on_way.is_empty() {
            delivered += 1;
            assert!(
                delivered < 5_000,
                "the devices never stop answering each other"
            );
            pick = pick
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            clock += 1;
            let at = (pick >> 33) as usize % on_way.len();
            deliver(&mut devices, &mut on_way, at, clock);
        }
        (devices, added, removed)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(400))]
        /// Any history of three devices — edits, looks and versions delivered late and out
        /// of order — ends with the same record on all three, every item added and never
        /// taken out still there, and one version never standing for two values.
        #[test]
        fn any_history_of_three_devices_ends_the_same_everywhere_with_nothing_lost(
            steps in proptest::collection::vec(step(), 0..80),
            seed in proptest::prelude::any::<u64>(),
        ) {
            let (devices, added, removed) = run_history(&steps, seed);
            for device in &devices[1..] {
                proptest::prop_assert_eq!(&device.here, &devices[0].here, "device {} against a", device.id);
            }
            let here = devices[0].here.clone().unwrap_or(Value::Null);
            let ids: Vec<&str> = here["items"]
                .as_array()
                .map(|items| items.iter().filter_map(|item| item["id"].as_str()).collect())
                .unwrap_or_default();
            for id in added.iter().filter(|id| !removed.contains(id)) {
                proptest::prop_assert!(ids.contains(&id.as_str()), "{} lost: {:?}", id, here);
            }
            for a in &devices {
                for b in &devices {
                    if let (Some(ka), Some(kb)) = (&a.kept, &b.kept) {
                        if ka.version == kb.version {
                            proptest::prop_assert_eq!(&ka.value, &kb.value, "one version, two values ({} and {})", a.id, b.id);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn kept_records_read_back_and_bad_ones_are_not_read() {
        let kept = sent(None, Some(json!({"a": [1, 2]})), "tablet-1", 77);
        assert_eq!(Kept::read(&kept.to_json()), Some(kept));
        let deleted = Kept {
            value: None,
            ..shared(json!(1))
        };
        assert_eq!(Kept::read(&deleted.to_json()), Some(deleted));
        assert_eq!(
            Kept::read(
                &json!({"version": {"a": 0}, "value": 1, "stamp": {"ms": 1, "device": "a"}})
            ),
            None
        );
        assert_eq!(Kept::read(&json!("kept")), None);
    }
}
