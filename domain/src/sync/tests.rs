use super::merge::{merge, Merged, Note, Stamp, Step};
use super::{incoming, outgoing, travels, Key};
use serde_json::{json, Value};

fn stamp(ms: u64, device: &str) -> Stamp {
    Stamp {
        ms,
        device: device.to_string(),
    }
}

/// Merges with the tablet (earlier) as ours and the laptop (later) as theirs, and checks
/// the other way round gives the same value: every device keeps the same record.
fn both_ways(base: Option<&Value>, tablet: &Value, laptop: &Value) -> Merged {
    let t = stamp(1_000, "tablet");
    let l = stamp(2_000, "laptop");
    let one = merge(base, (tablet, &t), (laptop, &l));
    let other = merge(base, (laptop, &l), (tablet, &t));
    assert_eq!(one.value, other.value, "the same record on both devices");
    one
}

fn schedule() -> Value {
    json!({
        "schema": 1,
        "entries": [
            {"id": "breakfast", "name": "Breakfast", "start": "08:00"},
            {"id": "bus", "name": "Bus", "start": "09:00"}
        ],
        "progress": {"done": ["breakfast"]},
        "settings": {"view": "now-next", "lead_minutes": 10}
    })
}

#[test]
fn different_things_changed_on_two_devices_are_both_kept() {
    let base = schedule();
    // The facilitator adds an activity; the person's tablet marks the bus done.
    let mut laptop = base.clone();
    laptop["entries"]
        .as_array_mut()
        .expect("in the test")
        .push(json!({"id": "swim", "name": "Swimming", "start": "17:00"}));
    let mut tablet = base.clone();
    tablet["progress"]["done"] = json!(["breakfast", "bus"]);
    let merged = both_ways(Some(&base), &tablet, &laptop);
    assert_eq!(merged.notes, vec![]);
    assert_eq!(merged.value["entries"][2]["id"], "swim");
    assert_eq!(
        merged.value["progress"]["done"],
        json!(["breakfast", "bus"])
    );
}

#[test]
fn two_devices_adding_to_one_list_keep_both_additions_in_a_stable_order() {
    let base = schedule();
    let mut laptop = base.clone();
    laptop["entries"]
        .as_array_mut()
        .expect("in the test")
        .insert(1, json!({"id": "walk", "name": "Walk"}));
    let mut tablet = base.clone();
    tablet["entries"]
        .as_array_mut()
        .expect("in the test")
        .push(json!({"id": "tv", "name": "TV"}));
    let merged = both_ways(Some(&base), &tablet, &laptop);
    let ids: Vec<&str> = merged.value["entries"]
        .as_array()
        .expect("in the test")
        .iter()
        .map(|e| e["id"].as_str().expect("in the test"))
        .collect();
    // The later device's order, with the other's addition after what it followed.
    assert_eq!(ids, ["breakfast", "walk", "bus", "tv"]);
    assert!(merged.notes.is_empty());
}

#[test]
fn the_same_value_changed_on_both_keeps_one_the_same_everywhere_and_says_what_it_replaced() {
    let base = schedule();
    let mut tablet = base.clone();
    tablet["entries"][1]["name"] = json!("School bus");
    let mut laptop = base.clone();
    laptop["entries"][1]["name"] = json!("Bus to the centre");
    let merged = both_ways(Some(&base), &tablet, &laptop);
    // The same value on every device whatever the order the versions met in (one fixed
    // order of values: not the later edit, which a merge's stamp cannot tell).
    assert_eq!(merged.value["entries"][1]["name"], "School bus");
    assert_eq!(
        merged.notes,
        vec![Note::Replaced {
            at: vec![
                Step::Key("entries".into()),
                Step::Id("bus".into()),
                Step::Key("name".into())
            ],
            kept: json!("School bus"),
            lost: json!("Bus to the centre"),
            lost_by: "laptop".into(),
        }]
    );
}

#[test]
fn at_the_same_instant_the_device_id_decides_alike_everywhere() {
    let base = json!({"name": "Laia"});
    let a = json!({"name": "Laia M."});
    let b = json!({"name": "Laia Puig"});
    let sa = stamp(5, "a-phone");
    let sb = stamp(5, "b-tablet");
    let one = merge(Some(&base), (&a, &sa), (&b, &sb));
    let two = merge(Some(&base), (&b, &sb), (&a, &sa));
    assert_eq!(one.value, json!({"name": "Laia Puig"}));
    assert_eq!(two.value, one.value);
}

#[test]
fn a_deletion_and_an_edit_of_the_same_thing_keep_the_edit_and_say_so() {
    let base = schedule();
    let mut tablet = base.clone();
    tablet["entries"]
        .as_array_mut()
        .expect("in the test")
        .remove(1);
    let mut laptop = base.clone();
    laptop["entries"][1]["start"] = json!("09:15");
    let merged = both_ways(Some(&base), &tablet, &laptop);
    assert_eq!(merged.value["entries"][1]["start"], "09:15");
    assert_eq!(
        merged.notes,
        vec![Note::KeptOverDeletion {
            at: vec![Step::Key("entries".into()), Step::Id("bus".into())],
            deleted_by: "tablet".into(),
        }]
    );
    // A deletion of what the other side left alone is a deletion.
    let merged = both_ways(Some(&base), &tablet, &base);
    assert_eq!(
        merged.value["entries"]
            .as_array()
            .expect("in the test")
            .len(),
        1
    );
    assert!(merged.notes.is_empty());
}

#[test]
fn answers_of_different_informants_never_conflict() {
    let base = json!({"answers": {}});
    let family = json!({"answers": {"mother": {"q1": 3, "q2": 2}}});
    let person = json!({"answers": {"self": {"q1": 4}}});
    let merged = both_ways(Some(&base), &family, &person);
    assert_eq!(
        merged.value["answers"],
        json!({"mother": {"q1": 3, "q2": 2}, "self": {"q1": 4}})
    );
    assert!(merged.notes.is_empty());
}

#[test]
fn ticks_on_a_shopping_list_merge_as_sets() {
    let base = json!({"ticked": ["bread"], "days": [1, 2, 3]});
    let tablet = json!({"ticked": ["bread", "milk"], "days": [1, 2, 3]});
    let phone = json!({"ticked": ["apples"], "days": [1, 2, 3, 4]});
    let merged = both_ways(Some(&base), &tablet, &phone);
    // The phone unticked the bread and ticked apples; the tablet ticked milk.
    let mut ticked: Vec<&str> = merged.value["ticked"]
        .as_array()
        .expect("in the test")
        .iter()
        .map(|v| v.as_str().expect("in the test"))
        .collect();
    ticked.sort_unstable();
    assert_eq!(ticked, ["apples", "milk"]);
    assert_eq!(merged.value["days"], json!([1, 2, 3, 4]));
}

#[test]
fn a_list_without_ids_changed_on_both_is_one_value_and_the_other_is_kept_aside() {
    let base = json!({"steps": [["a", 1], ["b", 2]]});
    let tablet = json!({"steps": [["a", 1]]});
    let laptop = json!({"steps": [["b", 2], ["a", 1]]});
    let merged = both_ways(Some(&base), &tablet, &laptop);
    assert_eq!(merged.value["steps"], laptop["steps"]);
    assert!(matches!(&merged.notes[..], [Note::Replaced { lost, .. }] if *lost == tablet["steps"]));
}

#[test]
fn without_a_base_two_records_made_apart_join() {
    let tablet = json!({"entries": [{"id": "a", "n": 1}], "name": "Laia"});
    let laptop = json!({"entries": [{"id": "b", "n": 2}], "name": "Laia", "zone": "Europe/Madrid"});
    let merged = both_ways(None, &tablet, &laptop);
    assert_eq!(
        merged.value["entries"]
            .as_array()
            .expect("in the test")
            .len(),
        2
    );
    assert_eq!(merged.value["zone"], "Europe/Madrid");
    assert!(merged.notes.is_empty());
}

#[test]
fn merging_is_total_on_odd_json() {
    let odd = [
        json!(null),
        json!(1),
        json!("x"),
        json!([1, 1, 2]),
        json!([{"id": 1}]),
        json!([{"id": "a"}, {"id": "a"}]),
        json!({"a": [null]}),
        json!({"id": "a"}),
    ];
    for base in odd.iter() {
        for ours in odd.iter() {
            for theirs in odd.iter() {
                let one = both_ways(Some(base), ours, theirs);
                if ours == theirs {
                    assert_eq!(&one.value, ours);
                }
                let _ = both_ways(None, ours, theirs);
            }
        }
    }
}

#[test]
fn merging_the_same_change_twice_changes_nothing() {
    let base = schedule();
    let mut laptop = base.clone();
    laptop["settings"]["lead_minutes"] = json!(5);
    let merged = both_ways(Some(&base), &laptop, &laptop);
    assert_eq!(merged.value, laptop);
    assert!(merged.notes.is_empty());
    // And once merged, merging again against the merged base is a no-op.
    let again = both_ways(Some(&laptop), &laptop, &base);
    assert_eq!(again.value, base);
}

#[test]
fn health_data_travels_under_its_own_key_and_device_settings_stay() {
    assert_eq!(travels("quality"), Some(Key::Health));
    for store in [
        "profiles", "pictos", "media", "shopping", "schedule", "workshop", "history",
    ] {
        assert_eq!(travels(store), Some(Key::Team), "{store}");
    }
    assert_eq!(travels("device"), None);
    assert_eq!(travels("trash"), None);
    assert_eq!(travels("anything"), None);
}

#[test]
fn the_chosen_voice_stays_on_its_device() {
    let here = json!({"id": "p1", "settings": {"name": "Laia", "speech": {"enabled": true, "voice": "eSpeak Catalan", "rate_percent": 90}}});
    let out = outgoing("profiles", &here);
    assert_eq!(
        out["settings"]["speech"],
        json!({"enabled": true, "rate_percent": 90})
    );
    assert_eq!(out["settings"]["name"], "Laia");
    // Another device's profile arrives: its voice (one of that device's) is not taken; this
    // device's own stays.
    let mut arrived = out.clone();
    arrived["settings"]["speech"]["voice"] = json!("Microsoft Helena");
    arrived["settings"]["speech"]["rate_percent"] = json!(110);
    let kept = incoming("profiles", &arrived, Some(&here));
    assert_eq!(kept["settings"]["speech"]["voice"], "eSpeak Catalan");
    assert_eq!(kept["settings"]["speech"]["rate_percent"], 110);
    // On a device that never had this profile: no voice chosen yet.
    let fresh = incoming("profiles", &arrived, None);
    assert!(fresh["settings"]["speech"].get("voice").is_none());
    // Other stores travel whole.
    assert_eq!(outgoing("schedule", &schedule()), schedule());
}

mod properties {
    use super::super::merge::{merge, Stamp};
    use proptest::prelude::*;
    use serde_json::{json, Value};

    /// Records like the app's: objects of plain values, id lists and lists of plain values.
    fn record() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            (0u8..5).prop_map(Value::from),
            "[a-c]{1,2}".prop_map(Value::from),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                prop::collection::btree_map("[a-d]", inner.clone(), 0..4)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
                prop::collection::btree_map("[p-s]", inner.clone(), 0..4).prop_map(|m| {
                    Value::Array(
                        m.into_iter()
                            .map(|(id, v)| json!({"id": id, "v": v}))
                            .collect(),
                    )
                }),
                prop::collection::btree_set("[w-z]", 0..4)
                    .prop_map(|s| Value::Array(s.into_iter().map(Value::from).collect())),
            ]
        })
    }

    fn stamps() -> (Stamp, Stamp) {
        (
            Stamp {
                ms: 1,
                device: "one".into(),
            },
            Stamp {
                ms: 2,
                device: "two".into(),
            },
        )
    }

    proptest! {
        /// A side that changed nothing takes the other's version whole; equal sides stay.
        #[test]
        fn one_sided_changes_are_taken_whole(base in record(), changed in record()) {
            let (a, b) = stamps();
            let m = merge(Some(&base), (&base, &a), (&changed, &b));
            prop_assert_eq!(&m.value, &changed);
            prop_assert!(m.notes.is_empty());
            let m = merge(Some(&base), (&changed, &a), (&base, &b));
            prop_assert_eq!(&m.value, &changed);
            let m = merge(Some(&base), (&changed, &a), (&changed, &b));
            prop_assert_eq!(&m.value, &changed);
        }

        /// Every device ends with the same record, whichever side it merges from.
        #[test]
        fn both_sides_merge_to_the_same(base in record(), x in record(), y in record()) {
            let (a, b) = stamps();
            let one = merge(Some(&base), (&x, &a), (&y, &b));
            let other = merge(Some(&base), (&y, &b), (&x, &a));
            prop_assert_eq!(one.value, other.value);
            let one = merge(None, (&x, &a), (&y, &b));
            let other = merge(None, (&y, &b), (&x, &a));
            prop_assert_eq!(one.value, other.value);
        }
    }
}

#[test]
fn a_schedules_entries_are_known_by_their_activity_and_additions_on_both_stay() {
    let entry = |id: &str, name: &str| json!({"activity": {"id": id, "name": name}, "repeat": {"days": [1]}});
    let base = json!({"entries": [entry("a1", "Breakfast")]});
    let tablet = json!({"entries": [entry("a1", "Breakfast"), entry("a2", "Bus home")]});
    let laptop = json!({"entries": [entry("a1", "Breakfast"), entry("a3", "Swimming")]});
    let merged = both_ways(Some(&base), &tablet, &laptop);
    let names: Vec<&str> = merged.value["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .filter_map(|e| e["activity"]["name"].as_str())
        .collect();
    assert_eq!(names, ["Breakfast", "Bus home", "Swimming"]);
    assert!(merged.notes.is_empty());
    // Both made a person's first activities before they met: both stay.
    let merged = both_ways(
        None,
        &json!({"entries": [entry("a2", "Bus home")]}),
        &json!({"entries": [entry("a3", "Swimming")]}),
    );
    assert_eq!(merged.value["entries"].as_array().map(Vec::len), Some(2));
}

#[test]
fn change_histories_added_to_apart_keep_every_entry() {
    // Found by scripts/bench-sync: a history's entries had counters for ids, so two devices
    // adding changes apart gave them the same ids, the list was one value, and one device's
    // changes went. Their ids come from the time now, and the list merges entry by entry.
    use crate::history::{Edit, History, Subject};
    let change = |from: &str, to: &str| {
        Edit::new(
            Subject::Profile("p-1".into()),
            "history-profile-theme",
            json!({"theme": from}),
            json!({"theme": to}),
        )
    };
    let mut shared = History::new();
    shared.record(change("calm", "warm"), 1_000_000);
    let base = shared.to_record().expect("writable");
    let mut tablet = History::from_record(&base).0;
    let mut laptop = History::from_record(&base).0;
    tablet.record(change("warm", "dark"), 2_000_000);
    tablet.record(change("dark", "calm"), 2_100_000);
    laptop.record(change("warm", "high-contrast"), 2_000_500);
    let (t, l) = (
        tablet.to_record().expect("writable"),
        laptop.to_record().expect("writable"),
    );
    let merged = both_ways(Some(&base), &t, &l);
    assert!(merged.notes.is_empty(), "{:?}", merged.notes);
    let (history, dropped) = History::from_record(&merged.value);
    assert_eq!(dropped, 0);
    let afters: Vec<String> = history
        .entries()
        .iter()
        .map(|entry| entry.after["theme"].as_str().unwrap_or("").to_owned())
        .collect();
    assert_eq!(afters, ["warm", "dark", "high-contrast", "calm"]);
}
