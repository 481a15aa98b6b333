//! Which version of a record came first (issue #24): a version vector, one counter per
//! device of the team that ever changed the record.
//!
//! A device that changes a record adds one to its own counter. Comparing two versions says
//! whether one already holds everything of the other ([`Order::Before`], [`Order::After`],
//! [`Order::Same`]) or whether they were changed apart ([`Order::Apart`], to be merged).
//! So a version that arrives and is [`Order::Before`] or [`Order::Same`] as what this
//! device has — an old revision a hostile server replays, or one already merged — changes
//! nothing, while an edit made offline long ago, but apart, is merged and kept. Times never
//! decide this (a device's clock may be wrong); they only pick a winner inside a merge.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The most devices a record's version names (a team has a handful; a hostile one is cut).
pub const MAX_DEVICES: usize = 64;
/// The longest device id, in characters.
pub const MAX_DEVICE_CHARS: usize = 40;

/// A record's version: how many changes each device made to it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Version(BTreeMap<String, u64>);

/// How two versions relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// The same changes.
    Same,
    /// This one holds only changes the other has too: the other is newer.
    Before,
    /// This one holds every change of the other, and more.
    After,
    /// Each holds changes the other lacks: changed apart, to be merged.
    Apart,
}

impl Version {
    /// The version after `device` changed a record of this version.
    pub fn bumped(&self, device: &str) -> Version {
        let mut next = self.clone();
        let count = next.0.entry(device.to_string()).or_insert(0);
        *count = count.saturating_add(1);
        next
    }

    /// The version of a merge of `self` and `other`: every change of both.
    pub fn joined(&self, other: &Version) -> Version {
        let mut joined = self.clone();
        for (device, &count) in &other.0 {
            let mine = joined.0.entry(device.clone()).or_insert(0);
            *mine = (*mine).max(count);
        }
        joined
    }

    /// How `self` relates to `other`.
    pub fn order(&self, other: &Version) -> Order {
        let mut less = false;
        let mut more = false;
        for device in self.0.keys().chain(other.0.keys()) {
            let a = self.0.get(device).copied().unwrap_or(0);
            let b = other.0.get(device).copied().unwrap_or(0);
            less |= a < b;
            more |= a > b;
        }
        match (less, more) {
            (false, false) => Order::Same,
            (true, false) => Order::Before,
            (false, true) => Order::After,
            (true, true) => Order::Apart,
        }
    }

    /// A version read from what arrived, or `None` when it is not one: too many devices,
    /// an id that is empty or too long, a count that is not a whole number above 0.
    pub fn read(value: &serde_json::Value) -> Option<Version> {
        let object = value.as_object()?;
        if object.len() > MAX_DEVICES {
            return None;
        }
        let mut version = BTreeMap::new();
        for (device, count) in object {
            let chars = device.chars().count();
            if chars == 0 || chars > MAX_DEVICE_CHARS || device.chars().any(char::is_control) {
                return None;
            }
            version.insert(device.clone(), count.as_u64().filter(|&n| n > 0)?);
        }
        Some(Version(version))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_change_comes_after_what_it_changed_and_a_replay_comes_before() {
        let start = Version::default();
        let tablet = start.bumped("tablet");
        let tablet2 = tablet.bumped("tablet");
        assert_eq!(tablet.order(&start), Order::After);
        assert_eq!(tablet.order(&tablet2), Order::Before);
        assert_eq!(tablet2.order(&tablet2.clone()), Order::Same);
    }

    #[test]
    fn changes_made_apart_are_apart_whatever_the_clocks_said_and_their_join_holds_both() {
        let base = Version::default().bumped("laptop");
        let phone = base.bumped("phone");
        let tablet = base.bumped("tablet").bumped("tablet");
        assert_eq!(phone.order(&tablet), Order::Apart);
        assert_eq!(tablet.order(&phone), Order::Apart);
        let merged = phone.joined(&tablet).bumped("phone");
        assert_eq!(merged.order(&phone), Order::After);
        assert_eq!(merged.order(&tablet), Order::After);
        // The merge, arriving on the tablet, is newer than what it has: taken as it is.
        assert_eq!(tablet.order(&merged), Order::Before);
    }

    #[test]
    fn a_version_is_read_only_when_it_is_one() {
        assert_eq!(
            Version::read(&json!({"tablet": 2, "phone": 1})),
            Some(
                Version::default()
                    .bumped("tablet")
                    .bumped("tablet")
                    .bumped("phone")
            )
        );
        assert_eq!(Version::read(&json!({})), Some(Version::default()));
        for bad in [
            json!([1]),
            json!({"tablet": 0}),
            json!({"tablet": -1}),
            json!({"tablet": 1.5}),
            json!({"tablet": "2"}),
            json!({"": 1}),
            json!({"a\u{0}": 1}),
            json!({"x".repeat(41): 1}),
        ] {
            assert_eq!(Version::read(&bad), None, "{bad}");
        }
        let many: serde_json::Map<String, serde_json::Value> =
            (0..65).map(|n| (format!("d{n}"), json!(1))).collect();
        assert_eq!(Version::read(&serde_json::Value::Object(many)), None);
    }

    #[test]
    fn a_huge_count_does_not_overflow() {
        let version = Version::read(&json!({"tablet": u64::MAX})).expect("in the test");
        assert_eq!(version.bumped("tablet").order(&version), Order::Same);
    }
}
