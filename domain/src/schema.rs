//! Versioned stored records and the ladder of migrations that upgrades them.
//!
//! Every record the app stores carries a `schema` number. Loading a record:
//! 1. refuses records written by a newer Pictokit (they are left untouched in storage),
//! 2. runs each migration from the record's version up to the current one,
//! 3. decodes leniently: a field of the wrong type falls back to its default and is
//!    reported, so one bad field never loses a whole profile.
//!
//! Loading never panics: it returns the value (if any) and a list of problems.

use crate::profile::{Profile, ProfileDraft};
use serde_json::{Map, Value};

/// The key of the version number inside every stored record.
pub const SCHEMA_KEY: &str = "schema";
/// The version of profile records this build writes.
pub const PROFILE_SCHEMA: u64 = 1;

/// One step up the ladder: turns a record of version `n` into version `n + 1`.
pub type Migration = fn(&mut Map<String, Value>);

/// The migrations of profile records; entry `i` upgrades version `i + 1` to `i + 2`.
/// Empty while version 1 is the only one ever written.
pub const PROFILE_MIGRATIONS: &[Migration] = &[];

/// The stored form of a record that carries its own version (`found`); `None` when it
/// was written by a newer Pictokit than `supported`, so it is left in storage as it is.
pub fn versioned_record<T: serde::Serialize>(
    record: &T,
    found: u64,
    supported: u64,
) -> Option<Value> {
    if found > supported {
        return None;
    }
    serde_json::to_value(record).ok()
}

/// A problem found while loading a stored record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadProblem {
    /// The record is not a JSON object.
    NotAnObject,
    /// The record was written by a newer version; it is left as it is.
    TooNew {
        /// The version found.
        found: u64,
        /// The newest version this build reads.
        supported: u64,
    },
    /// The record has no usable id and cannot be kept apart from others.
    MissingId,
    /// A field had the wrong type or value and was reset to its default.
    FieldReset(String),
}

impl LoadProblem {
    /// [`LoadProblem::TooNew`] when a record of version `found` is newer than the
    /// `supported` one this build reads.
    pub fn too_new(found: u64, supported: u64) -> Option<LoadProblem> {
        (found > supported).then_some(LoadProblem::TooNew { found, supported })
    }

    /// The Fluent message id that explains the problem.
    pub fn message_id(&self) -> &'static str {
        match self {
            LoadProblem::NotAnObject | LoadProblem::MissingId => "storage-record-unreadable",
            LoadProblem::TooNew { .. } => "storage-record-too-new",
            LoadProblem::FieldReset(_) => "storage-field-reset",
        }
    }
}

/// A loaded value and everything that was not quite right about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded<T> {
    /// The value, unless the record could not be used at all.
    pub value: Option<T>,
    /// Problems, in the order found.
    pub problems: Vec<LoadProblem>,
}

/// Runs the migration ladder on a record, up to `current`.
///
/// A record without a version number is taken as version 1, the first one written.
pub fn migrate(
    record: Value,
    current: u64,
    migrations: &[Migration],
) -> Result<Map<String, Value>, LoadProblem> {
    let Value::Object(mut map) = record else {
        return Err(LoadProblem::NotAnObject);
    };
    let mut version = map.get(SCHEMA_KEY).and_then(Value::as_u64).unwrap_or(1);
    if let Some(problem) = LoadProblem::too_new(version, current) {
        return Err(problem);
    }
    while version < current {
        let step_idx = usize::try_from(version - 1).unwrap_or(usize::MAX);
        let Some(step) = migrations.get(step_idx) else {
            break;
        };
        step(&mut map);
        version += 1;
    }
    map.insert(SCHEMA_KEY.to_owned(), Value::from(current));
    Ok(map)
}

/// The stored form of a profile, with its schema version.
pub fn store_profile(profile: &Profile) -> Value {
    let mut value = serde_json::to_value(profile).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut value {
        map.insert(SCHEMA_KEY.to_owned(), Value::from(PROFILE_SCHEMA));
    }
    value
}

/// Loads a stored profile record: migrates it, then decodes it field by field.
pub fn load_profile(record: Value) -> Loaded<Profile> {
    load_profile_with(record, PROFILE_SCHEMA, PROFILE_MIGRATIONS)
}

fn load_profile_with(record: Value, current: u64, migrations: &[Migration]) -> Loaded<Profile> {
    let mut problems = Vec::new();
    let map = match migrate(record, current, migrations) {
        Ok(map) => map,
        Err(problem) => {
            return Loaded {
                value: None,
                problems: vec![problem],
            }
        }
    };
    let id = match map.get("id").and_then(Value::as_str) {
        Some(id) if !id.trim().is_empty() => id.to_owned(),
        _ => {
            return Loaded {
                value: None,
                problems: vec![LoadProblem::MissingId],
            }
        }
    };
    let defaults = Profile {
        id,
        settings: ProfileDraft::default(),
        created_ms: 0,
        updated_ms: 0,
    };
    let Value::Object(mut merged) = serde_json::to_value(&defaults).unwrap_or(Value::Null) else {
        return Loaded {
            value: Some(defaults),
            problems,
        };
    };
    for (key, field) in map {
        if key == SCHEMA_KEY || key == "id" || !merged.contains_key(&key) {
            continue;
        }
        let mut candidate = merged.clone();
        candidate.insert(key.clone(), field);
        if serde_json::from_value::<Profile>(Value::Object(candidate.clone())).is_ok() {
            merged = candidate;
        } else {
            problems.push(LoadProblem::FieldReset(key));
        }
    }
    let value = serde_json::from_value::<Profile>(Value::Object(merged)).ok();
    Loaded { value, problems }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{GridDensity, Theme};
    use serde_json::json;

    fn stored(name: &str) -> Value {
        let profile = ProfileDraft {
            name: name.to_owned(),
            ..ProfileDraft::default()
        }
        .validate("p-1", 10)
        .expect("valid");
        store_profile(&profile)
    }

    #[test]
    fn current_records_round_trip() {
        let record = stored("Jordi");
        assert_eq!(record[SCHEMA_KEY], PROFILE_SCHEMA);
        let loaded = load_profile(record);
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        let profile = loaded.value.expect("loads");
        assert_eq!(profile.settings.name, "Jordi");
    }

    #[test]
    fn records_from_a_newer_version_are_refused_untouched() {
        let mut record = stored("Jordi");
        record[SCHEMA_KEY] = json!(PROFILE_SCHEMA + 1);
        let loaded = load_profile(record);
        assert_eq!(loaded.value, None);
        assert_eq!(
            loaded.problems,
            vec![LoadProblem::TooNew {
                found: PROFILE_SCHEMA + 1,
                supported: PROFILE_SCHEMA
            }]
        );
    }

    #[test]
    fn wrong_types_fall_back_to_defaults_and_are_reported() {
        let mut record = stored("Jordi");
        record["grid"] = json!(5);
        record["theme"] = json!(["dark"]);
        record["show_labels"] = json!("yes");
        let loaded = load_profile(record);
        let profile = loaded.value.expect("still loads");
        assert_eq!(profile.settings.name, "Jordi");
        assert_eq!(profile.settings.grid, GridDensity::Four);
        assert_eq!(profile.settings.theme, Theme::Default);
        assert!(profile.settings.show_labels);
        let mut reset: Vec<_> = loaded.problems.iter().map(|p| format!("{p:?}")).collect();
        reset.sort();
        assert_eq!(
            reset,
            [
                "FieldReset(\"grid\")",
                "FieldReset(\"show_labels\")",
                "FieldReset(\"theme\")"
            ]
        );
    }

    #[test]
    fn missing_fields_take_defaults_silently() {
        let loaded = load_profile(json!({"schema": 1, "id": "p-3", "name": "Ona"}));
        let profile = loaded.value.expect("loads");
        assert!(loaded.problems.is_empty());
        assert_eq!(profile.settings.name, "Ona");
        assert_eq!(profile.settings.grid, GridDensity::Four);
    }

    #[test]
    fn unusable_records_are_reported() {
        let cases = [
            (json!("a string"), LoadProblem::NotAnObject),
            (json!(null), LoadProblem::NotAnObject),
            (json!({"name": "No id"}), LoadProblem::MissingId),
            (
                json!({"id": "  ", "name": "Blank id"}),
                LoadProblem::MissingId,
            ),
            (json!({"id": 7}), LoadProblem::MissingId),
        ];
        for (record, expected) in cases {
            let loaded = load_profile(record.clone());
            assert_eq!(loaded.value, None, "{record}");
            assert_eq!(loaded.problems, vec![expected], "{record}");
        }
    }

    #[test]
    fn the_ladder_runs_every_step_in_order() {
        fn one_to_two(map: &mut Map<String, Value>) {
            // Version 1 of this test format kept the name under "nickname".
            if let Some(nickname) = map.remove("nickname") {
                map.insert("name".to_owned(), nickname);
            }
        }
        fn two_to_three(map: &mut Map<String, Value>) {
            // Version 2 stored a boolean "big_text"; version 3 has three text sizes.
            if map.remove("big_text") == Some(Value::Bool(true)) {
                map.insert("text_size".to_owned(), json!("large"));
            }
        }
        let steps: &[Migration] = &[one_to_two, two_to_three];
        let from_one = json!({"schema": 1, "id": "p-1", "nickname": "Biel", "big_text": true});
        let loaded = load_profile_with(from_one, 3, steps);
        let profile = loaded.value.expect("migrates");
        assert_eq!(profile.settings.name, "Biel");
        assert_eq!(profile.settings.text_size, crate::profile::TextSize::Large);

        let from_two = json!({"schema": 2, "id": "p-1", "nickname": "stays", "name": "Aina"});
        let profile = load_profile_with(from_two, 3, steps)
            .value
            .expect("migrates");
        assert_eq!(profile.settings.name, "Aina", "step 1→2 must not run on v2");

        let map = migrate(json!({"id": "x"}), 3, steps).expect("unversioned is v1");
        assert_eq!(map[SCHEMA_KEY], 3);
    }

    #[test]
    fn every_problem_has_a_message_id() {
        let problems = [
            LoadProblem::NotAnObject,
            LoadProblem::MissingId,
            LoadProblem::TooNew {
                found: 2,
                supported: 1,
            },
            LoadProblem::FieldReset("grid".into()),
        ];
        for problem in problems {
            assert!(problem.message_id().starts_with("storage-"));
        }
    }
}
