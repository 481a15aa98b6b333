//! A person's assessments as stored on the device (one record per person), read leniently:
//! what cannot be read is left out and said, a record of a newer Pictokit is shown empty and
//! never overwritten.

use super::{is_id, Assessment};
use crate::schema;
use serde_json::Value;

/// Version of the quality records.
pub const QUALITY_SCHEMA: u64 = 1;
/// The most assessments a person has (older ones stay; a new one is refused beyond it).
pub const MAX_ASSESSMENTS: usize = 50;

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
                if is_id(&assessment.id) && decoded.get(&assessment.id).is_none() {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::{Instrument, BUILTIN};
    use jiff::civil::Date;
    use serde_json::json;

    #[test]
    fn records_decode_leniently() {
        assert_eq!(decode(None), Decoded::default());
        let newer = json!({ "schema": 99, "assessments": [] });
        assert!(decode(Some(&newer)).newer);
        let broken = json!({ "schema": 1, "assessments": "no" });
        assert!(decode(Some(&broken)).dropped);
        let builtin = Instrument::load(BUILTIN)
            .instrument
            .expect("the built-in questionnaire loads");
        let date = Date::new(2026, 11, 24).expect("a date");
        let good = Assessment::new("q-1", &builtin, date);
        let record = json!({ "schema": 1, "assessments": [good, good, 7] });
        let decoded = decode(Some(&record));
        assert_eq!(decoded.assessments.len(), 1);
        assert!(decoded.dropped);
    }

    #[test]
    fn the_previous_assessment_is_the_one_before_by_date() {
        let builtin = Instrument::load(BUILTIN)
            .instrument
            .expect("the built-in questionnaire loads");
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
