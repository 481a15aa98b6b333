//! The quality-of-life questionnaire on the page that shows it (`facilitator.html`):
//! decoding the stored records, the questionnaires known here (the built-in one and any
//! imported), reading files, and where in the questionnaire the facilitator is.
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
use pictokit_domain::questionnaire::{self, AnswersFile, Assessment, Instrument, Problem};
use pictokit_domain::schema;
use pictokit_shell::state::AppState;
use serde_json::{json, Value};
use std::sync::{Arc, OnceLock};

/// Version of the quality records.
pub const QUALITY_SCHEMA: u64 = 1;
/// Key prefix of imported questionnaires.
pub const INSTRUMENT_PREFIX: &str = "instrument:";
/// Key prefix of answers to another device's file.
pub const AWAY_PREFIX: &str = "away:";
/// The most assessments a person has (older ones stay; a new one is refused beyond it).
pub const MAX_ASSESSMENTS: usize = 50;

/// Where the facilitator is in a person's assessments (the rest of a
/// [`Route::Quality`](pictokit_shell::routes::Route) path).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// The person's assessments, and new ones.
    List,
    /// One assessment: its team, who has answered, files, and the way on.
    Team(String),
    /// An informant answering in the form: (assessment, informant).
    Form(String, String),
    /// The integrated report for the team.
    Report(String),
    /// The report in easy-read, for the person.
    EasyReport(String),
    /// The support plan.
    Plan(String),
    /// The support plan in easy-read, for the person.
    EasyPlan(String),
}

impl Place {
    /// Reads the rest of a path; anything unknown is the list.
    pub fn parse(rest: &str) -> Place {
        let parts: Vec<&str> = rest.split('/').filter(|p| !p.is_empty()).collect();
        let owned = |s: &str| s.to_owned();
        match parts.as_slice() {
            [id] => Place::Team(owned(id)),
            [id, "answer", who] => Place::Form(owned(id), owned(who)),
            [id, "report"] => Place::Report(owned(id)),
            [id, "easy-report"] => Place::EasyReport(owned(id)),
            [id, "plan"] => Place::Plan(owned(id)),
            [id, "easy-plan"] => Place::EasyPlan(owned(id)),
            _ => Place::List,
        }
    }

    /// The rest of the path for it.
    pub fn path(&self) -> String {
        match self {
            Place::List => String::new(),
            Place::Team(id) => id.clone(),
            Place::Form(id, who) => format!("{id}/answer/{who}"),
            Place::Report(id) => format!("{id}/report"),
            Place::EasyReport(id) => format!("{id}/easy-report"),
            Place::Plan(id) => format!("{id}/plan"),
            Place::EasyPlan(id) => format!("{id}/easy-plan"),
        }
    }
}

/// A person's assessments as read from storage.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Decoded {
    /// Oldest first.
    pub assessments: Vec<Assessment>,
    /// Something could not be read and was left out.
    pub dropped: bool,
    /// Written by a newer Pictokit: shown empty and never overwritten.
    pub newer: bool,
}

impl Decoded {
    /// The assessment with this id.
    pub fn get(&self, id: &str) -> Option<&Assessment> {
        self.assessments.iter().find(|a| a.id == id)
    }

    /// The assessment before this one (by date), to compare with.
    pub fn previous(&self, id: &str) -> Option<&Assessment> {
        let this = self.get(id)?;
        self.assessments
            .iter()
            .filter(|a| a.id != id && a.instrument_id == this.instrument_id)
            .filter(|a| (a.created, &a.id) < (this.created, &this.id))
            .max_by(|a, b| (a.created, &a.id).cmp(&(b.created, &b.id)))
    }
}

/// Decodes a person's stored record.
pub fn decode(record: Option<&Value>) -> Decoded {
    let Some(record) = record else {
        return Decoded::default();
    };
    if record.get(schema::SCHEMA_KEY).and_then(Value::as_u64) > Some(QUALITY_SCHEMA) {
        return Decoded {
            newer: true,
            ..Decoded::default()
        };
    }
    let mut decoded = Decoded::default();
    match record.get("assessments").and_then(Value::as_array) {
        Some(list) => {
            for item in list.iter().take(MAX_ASSESSMENTS) {
                let (assessment, dropped) = Assessment::from_record(item);
                decoded.dropped |= dropped > 0;
                if questionnaire::is_id(&assessment.id) && decoded.get(&assessment.id).is_none() {
                    decoded.assessments.push(assessment);
                } else {
                    decoded.dropped = true;
                }
            }
            decoded.dropped |= list.len() > MAX_ASSESSMENTS;
        }
        None => decoded.dropped = true,
    }
    decoded
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::Date;

    #[test]
    fn places_round_trip() {
        for place in [
            Place::List,
            Place::Team("q-1".into()),
            Place::Form("q-1".into(), "i-2".into()),
            Place::Report("q-1".into()),
            Place::EasyReport("q-1".into()),
            Place::Plan("q-1".into()),
            Place::EasyPlan("q-1".into()),
        ] {
            assert_eq!(Place::parse(&place.path()), place);
        }
        assert_eq!(Place::parse("q-1/nowhere"), Place::List);
    }

    #[test]
    fn records_decode_leniently() {
        assert_eq!(decode(None), Decoded::default());
        let newer = json!({ "schema": 99, "assessments": [] });
        assert!(decode(Some(&newer)).newer);
        let broken = json!({ "schema": 1, "assessments": "no" });
        assert!(decode(Some(&broken)).dropped);
        let builtin = builtin().expect("the built-in questionnaire loads");
        let date = Date::new(2026, 11, 24).expect("a date");
        let good = Assessment::new("q-1", &builtin, date);
        let record = json!({ "schema": 1, "assessments": [good, good, 7] });
        let decoded = decode(Some(&record));
        assert_eq!(decoded.assessments.len(), 1);
        assert!(decoded.dropped);
    }

    #[test]
    fn the_previous_assessment_is_the_one_before_by_date() {
        let builtin = builtin().expect("the built-in questionnaire loads");
        let at = |d| Date::new(2026, 1, d).expect("a date");
        let decoded = Decoded {
            assessments: vec![
                Assessment::new("q-3", &builtin, at(20)),
                Assessment::new("q-1", &builtin, at(1)),
                Assessment::new("q-2", &builtin, at(10)),
            ],
            ..Decoded::default()
        };
        assert_eq!(decoded.previous("q-3").map(|a| a.id.as_str()), Some("q-2"));
        assert_eq!(decoded.previous("q-2").map(|a| a.id.as_str()), Some("q-1"));
        assert!(decoded.previous("q-1").is_none());
    }
}
