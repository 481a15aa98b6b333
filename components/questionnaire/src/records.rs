//! The quality-of-life questionnaire on the page that shows it (`facilitator.html`):
//! reading and writing the stored records (decoded by `pictokit_domain::questionnaire::stored`,
//! re-exported here), the questionnaires known here (the built-in one and any imported),
//! reading files; where in the questionnaire the facilitator is is
//! `pictokit_domain::route::quality::Place`, re-exported here.
//!
//! Records in the `quality` store, all as stored JSON in
//! [`AppState::quality_records`](pictokit_shell::state::AppState):
//!
//! - by profile id: `{schema, assessments: [Assessment…]}`;
//! - `instrument:<id>@<version>`: `{schema, text}`, an imported questionnaire file as it
//!   was read (loaded again, leniently, each time);
//! - `away:<assessment>:<informant>`: `{schema, file}`, answers to another device's
//!   answers file, answered on this one, to be exported back.

use leptos::prelude::*;
pub use pictokit_domain::questionnaire::stored::{
    decode, Decoded, MAX_ASSESSMENTS, QUALITY_SCHEMA,
};
use pictokit_domain::questionnaire::{self, AnswersFile, Assessment, Instrument, Problem};
pub use pictokit_domain::route::quality::Place;
use pictokit_domain::schema;
use pictokit_shell::state::AppState;
use serde_json::{json, Value};
use std::sync::{Arc, OnceLock};

/// Key prefix of imported questionnaires.
pub const INSTRUMENT_PREFIX: &str = "instrument:";
/// Key prefix of answers to another device's file.
pub const AWAY_PREFIX: &str = "away:";
/// A person's assessments, following their changes.
pub fn assessments_memo(state: AppState, profile_id: String) -> Memo<Decoded> {
    Memo::new(move |_| {
        state
            .quality_records
            .with(|all| decode(all.get(&profile_id)))
    })
}

/// Changes a person's assessments and writes them. Records from a newer Pictokit are
/// left alone.
pub fn update_assessments(
    state: AppState,
    profile_id: &str,
    change: impl FnOnce(&mut Vec<Assessment>),
) {
    let decoded = state
        .quality_records
        .with_untracked(|all| decode(all.get(profile_id)));
    if decoded.newer {
        return;
    }
    let mut assessments = decoded.assessments;
    change(&mut assessments);
    let record = json!({
        schema::SCHEMA_KEY: QUALITY_SCHEMA,
        "assessments": assessments,
    });
    state.put_quality_record(profile_id, Some(record));
}

/// Changes one assessment of a person, if it is there; what `change` gives back.
pub fn update_assessment<T>(
    state: AppState,
    profile_id: &str,
    id: &str,
    change: impl FnOnce(&mut Assessment) -> T,
) -> Option<T> {
    let mut out = None;
    update_assessments(state, profile_id, |all| {
        if let Some(assessment) = all.iter_mut().find(|a| a.id == id) {
            out = Some(change(assessment));
        }
    });
    out
}

/// The built-in questionnaire.
pub fn builtin() -> Option<Arc<Instrument>> {
    static BUILTIN: OnceLock<Option<Arc<Instrument>>> = OnceLock::new();
    BUILTIN
        .get_or_init(|| {
            Instrument::load(questionnaire::BUILTIN)
                .instrument
                .map(Arc::new)
        })
        .clone()
}

/// A questionnaire known on this device, and whether it was imported.
#[derive(Clone, Debug, PartialEq)]
pub struct Known {
    /// The questionnaire.
    pub instrument: Arc<Instrument>,
    /// The key of its record, for an imported one.
    pub key: Option<String>,
    /// How many problems its file has (shown when it was imported).
    pub problems: usize,
}

/// Every questionnaire known here: the built-in one first, then the imported ones.
pub fn instruments(state: AppState) -> Vec<Known> {
    let mut known: Vec<Known> = builtin()
        .map(|instrument| Known {
            instrument,
            key: None,
            problems: 0,
        })
        .into_iter()
        .collect();
    state.quality_records.with(|all| {
        for (key, record) in all.range(INSTRUMENT_PREFIX.to_owned()..) {
            if !key.starts_with(INSTRUMENT_PREFIX) {
                break;
            }
            let Some(text) = record.get("text").and_then(Value::as_str) else {
                continue;
            };
            let loaded = Instrument::load(text);
            if let Some(instrument) = loaded.instrument {
                known.push(Known {
                    instrument: Arc::new(instrument),
                    key: Some(key.clone()),
                    problems: loaded.problems.len(),
                });
            }
        }
    });
    known
}

/// The questionnaires known here, following imports.
pub fn instruments_memo(state: AppState) -> Memo<Vec<Known>> {
    Memo::new(move |_| instruments(state))
}

/// The questionnaire an assessment is answered with, if it is known here.
pub fn instrument_of(known: &[Known], assessment: &Assessment) -> Option<Arc<Instrument>> {
    known
        .iter()
        .find(|k| {
            k.instrument.id == assessment.instrument_id
                && k.instrument.version == assessment.instrument_version
        })
        .map(|k| k.instrument.clone())
}

/// Keeps an imported questionnaire file. Refused (with every problem) when it cannot be
/// used; otherwise kept, with the problems that did not stop it.
pub fn import_instrument(
    state: AppState,
    text: &str,
) -> Result<(Arc<Instrument>, Vec<Problem>), Vec<Problem>> {
    let loaded = Instrument::load(text);
    let Some(instrument) = loaded.instrument else {
        return Err(loaded.problems);
    };
    let key = format!(
        "{INSTRUMENT_PREFIX}{}@{}",
        instrument.id, instrument.version
    );
    state.put_quality_record(
        &key,
        Some(json!({ schema::SCHEMA_KEY: QUALITY_SCHEMA, "text": text })),
    );
    Ok((Arc::new(instrument), loaded.problems))
}

/// The key of answers to another device's file.
pub fn away_key(file: &AnswersFile) -> String {
    format!("{}:{}", file.assessment, file.informant.id)
}

/// Answers to another device's file kept here, by [`away_key`].
pub fn away_files(state: AppState) -> Vec<(String, AnswersFile)> {
    state.quality_records.with(|all| {
        all.range(AWAY_PREFIX.to_owned()..)
            .take_while(|(key, _)| key.starts_with(AWAY_PREFIX))
            .filter_map(|(key, record)| {
                let text = record.get("file")?.to_string();
                let file = AnswersFile::load(&text).ok()?;
                Some((key[AWAY_PREFIX.len()..].to_owned(), file))
            })
            .collect()
    })
}

/// Keeps (or replaces) answers to another device's file.
pub fn put_away_file(state: AppState, file: &AnswersFile) {
    let value = serde_json::from_str::<Value>(&file.to_json()).unwrap_or(Value::Null);
    state.put_quality_record(
        &format!("{AWAY_PREFIX}{}", away_key(file)),
        Some(json!({ schema::SCHEMA_KEY: QUALITY_SCHEMA, "file": value })),
    );
}

/// Forgets answers to another device's file.
pub fn remove_away_file(state: AppState, key: &str) {
    state.put_quality_record(&format!("{AWAY_PREFIX}{key}"), None);
}
