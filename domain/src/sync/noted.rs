//! What a merge replaced, as entries of the person's change history (issue #24, point 6):
//! when two devices changed the same thing apart, one value is kept on every device and
//! the other is written into the history as a change the facilitator can undo — undoing it
//! brings the replaced value back.
//!
//! Only what the history can undo is written: a profile's settings, a schedule, a shopping
//! list (the things `crate::history::Subject` names). A merge elsewhere keeps its value
//! without an entry.

use super::merge::{thing_id, Note, Step};
use crate::history::{Edit, Subject};
use serde_json::Value;

/// The history entries of the `notes` of a merge of the record `key` of `store`, whose
/// merged value is `merged`; `name` is the person's name (the entries' messages say it).
pub fn edits(store: &str, key: &str, merged: &Value, notes: &[Note], name: &str) -> Vec<Edit> {
    notes
        .iter()
        .filter_map(|note| match note {
            Note::Replaced { at, lost, .. } => edit(store, key, merged, at, lost, name),
            Note::KeptOverDeletion { .. } => None,
        })
        .collect()
}

fn edit(
    store: &str,
    key: &str,
    merged: &Value,
    at: &[Step],
    lost: &Value,
    name: &str,
) -> Option<Edit> {
    // The thing the history knows, and the path inside it.
    let (what, thing, inside) = match (store, at) {
        ("profiles", [Step::Key(_), ..]) => (Subject::Profile(key.to_owned()), merged, at),
        ("schedule", [Step::Key(_), ..]) => (Subject::Schedule(key.to_owned()), merged, at),
        ("shopping", [Step::Key(lists), Step::Id(list), rest @ ..])
            if lists == "lists" && !rest.is_empty() =>
        {
            let value = find(merged, &at[..2])?;
            (Subject::List(list.clone()), value, rest)
        }
        _ => return None,
    };
    // Parts, as the history keeps them: the top key of the thing that changed, before
    // (with the replaced value) and after (as kept).
    let Step::Key(top) = inside.first()? else {
        return None;
    };
    let kept = thing.get(top)?;
    let mut before = kept.clone();
    put(&mut before, &inside[1..], lost.clone())?;
    let summary = "history-team-replaced";
    Some(
        Edit::new(
            what,
            summary,
            serde_json::json!({ top.as_str(): before }),
            serde_json::json!({ top.as_str(): kept }),
        )
        .arg("name", name),
    )
}

fn find<'a>(value: &'a Value, at: &[Step]) -> Option<&'a Value> {
    at.iter().try_fold(value, |value, step| match step {
        Step::Key(key) => value.get(key),
        Step::Id(id) => value
            .as_array()?
            .iter()
            .find(|item| thing_id(item).as_deref() == Some(id.as_str())),
    })
}

fn put(value: &mut Value, at: &[Step], new: Value) -> Option<()> {
    let Some((step, rest)) = at.split_first() else {
        *value = new;
        return Some(());
    };
    let next = match step {
        Step::Key(key) => value.as_object_mut()?.get_mut(key)?,
        Step::Id(id) => value
            .as_array_mut()?
            .iter_mut()
            .find(|item| thing_id(item).as_deref() == Some(id.as_str()))?,
    };
    put(next, rest, new)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::History;
    use serde_json::json;

    fn replaced(at: Vec<Step>, kept: Value, lost: Value) -> Note {
        Note::Replaced {
            at,
            kept,
            lost,
            lost_by: "d-laptop".into(),
        }
    }

    #[test]
    fn a_replaced_name_of_an_activity_is_an_entry_whose_undo_brings_it_back() {
        let merged = json!({"activities": [{"id": "a1", "name": "The bus"}, {"id": "a2", "name": "Lunch"}], "progress": {}});
        let note = replaced(
            vec![
                Step::Key("activities".into()),
                Step::Id("a1".into()),
                Step::Key("name".into()),
            ],
            json!("The bus"),
            json!("Bus to the centre"),
        );
        let edits = edits("schedule", "p-1", &merged, &[note], "Laia");
        assert_eq!(edits.len(), 1);
        let mut history = History::new();
        let id = history.record(edits[0].clone(), 1_000).expect("recorded");
        let entry = history.entry(id).expect("entry");
        assert_eq!(entry.what, Subject::Schedule("p-1".into()));
        assert_eq!(entry.args.get("name").map(String::as_str), Some("Laia"));
        // Undo writes back the replaced value, and leaves the rest as it is.
        assert!(entry.matches_current(&merged));
        let restored = entry.restored(&merged);
        assert_eq!(
            restored["activities"][0]["name"],
            json!("Bus to the centre")
        );
        assert_eq!(restored["activities"][1]["name"], json!("Lunch"));
        assert_eq!(restored["progress"], json!({}));
    }

    #[test]
    fn profiles_and_lists_are_noted_and_other_stores_are_not() {
        let profile = json!({"id": "p-1", "name": "Laia", "theme": "dark"});
        let note = replaced(
            vec![Step::Key("theme".into())],
            json!("dark"),
            json!("warm"),
        );
        let edits_of_profile = edits(
            "profiles",
            "p-1",
            &profile,
            std::slice::from_ref(&note),
            "Laia",
        );
        assert_eq!(edits_of_profile[0].what, Subject::Profile("p-1".into()));
        assert_eq!(edits_of_profile[0].before, json!({"theme": "warm"}));

        let shopping = json!({"lists": [{"id": "l-1", "name": "Market", "items": []}]});
        let note = replaced(
            vec![
                Step::Key("lists".into()),
                Step::Id("l-1".into()),
                Step::Key("name".into()),
            ],
            json!("Market"),
            json!("The market"),
        );
        let edits_of_list = edits("shopping", "p-1", &shopping, &[note], "Laia");
        assert_eq!(edits_of_list[0].what, Subject::List("l-1".into()));
        assert_eq!(edits_of_list[0].before, json!({"name": "The market"}));

        let pictos = json!({"board": ["om:1F34E"]});
        let note = replaced(
            vec![Step::Key("board".into())],
            json!(["om:1F34E"]),
            json!([]),
        );
        assert!(edits("pictos", "p-1", &pictos, &[note], "Laia").is_empty());
        let kept = Note::KeptOverDeletion {
            at: vec![],
            deleted_by: "d-1".into(),
        };
        assert!(edits("profiles", "p-1", &profile, &[kept], "Laia").is_empty());
    }
}
