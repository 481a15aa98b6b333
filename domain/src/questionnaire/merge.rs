//! Answers brought from another device: an informant answers on their own phone, exports
//! an answers file, and the facilitator merges it into the assessment.
//!
//! Merging is two steps, so nothing is ever overwritten without asking: a preview
//! ([`Assessment::preview_merge`]) says whose answers these are, what is new, what is the
//! same and where the file and this device disagree; then [`Assessment::apply_merge`] adds
//! what is new and settles only the conflicts the facilitator resolved.

use super::answers::{check_informant, Answer, Assessment, Informant, Responses, Role};
use super::instrument::{file_json, quoted, Instrument, MAX_DOMAINS, MAX_ITEMS};
use super::is_id;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// The value of the `format` field of every answers file.
pub const ANSWERS_FORMAT: &str = "pictokit-answers";
/// The newest `format_version` of answers files this build reads (and the one it writes).
pub const ANSWERS_FORMAT_VERSION: u64 = 1;
/// The largest answers file read, in bytes (1 MB).
pub const MAX_ANSWERS_FILE_BYTES: usize = 1024 * 1024;

/// Which instrument, in which version, the answers are to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstrumentRef {
    /// The instrument's id.
    pub id: String,
    /// Its version.
    pub version: String,
}

/// One informant's answers, exported from one device to be merged on another.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswersFile {
    /// The id of the assessment they belong to.
    pub assessment: String,
    /// The instrument answered.
    pub instrument: InstrumentRef,
    /// Who answered.
    pub informant: Informant,
    /// What they answered.
    pub responses: Responses,
    /// When the file was made, in UTC; written as RFC 3339 ("2026-11-24T10:30:00Z").
    pub exported: Timestamp,
}

/// Why an answers file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileProblem {
    /// The file is larger than [`MAX_ANSWERS_FILE_BYTES`].
    TooBig {
        /// Its size in bytes.
        bytes: usize,
        /// The largest size read.
        limit: usize,
    },
    /// The file is empty (or only spaces).
    Empty,
    /// The text is not JSON.
    NotJson {
        /// The line of the error, from 1.
        line: usize,
        /// The column of the error, from 1.
        column: usize,
    },
    /// The JSON is not an object.
    NotAnObject,
    /// The `format` is not [`ANSWERS_FORMAT`]: it is another kind of file.
    WrongFormat {
        /// The format found (empty when missing).
        found: String,
    },
    /// The file was written by a newer Pictokit.
    NewerVersion {
        /// The version found.
        found: u64,
        /// The newest version read.
        supported: u64,
    },
    /// The `format_version` is missing or not a version number.
    BadVersion {
        /// The value found (empty when missing).
        found: String,
    },
    /// A field is missing or has the wrong type.
    WrongTypes {
        /// What the JSON reader said, for the curious.
        detail: String,
    },
    /// A field has an impossible value: an invalid id, an empty or long name, too many
    /// answers or marks.
    Invalid {
        /// Which field: `assessment`, `informant`, `answers` or `important`.
        field: &'static str,
    },
}

impl FileProblem {
    /// The Fluent message id that explains the problem; its arguments are
    /// [`FileProblem::args`].
    pub fn message_id(&self) -> &'static str {
        match self {
            FileProblem::TooBig { .. } => "answers-file-too-big",
            FileProblem::Empty => "answers-file-empty",
            FileProblem::NotJson { .. } => "answers-file-not-json",
            FileProblem::NotAnObject => "answers-file-not-object",
            FileProblem::WrongFormat { .. } => "answers-file-wrong-format",
            FileProblem::NewerVersion { .. } => "answers-file-newer-version",
            FileProblem::BadVersion { .. } => "answers-file-bad-version",
            FileProblem::WrongTypes { .. } => "answers-file-wrong-types",
            FileProblem::Invalid { .. } => "answers-file-invalid",
        }
    }

    /// The Fluent arguments of its message, by name.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            FileProblem::TooBig { bytes, limit } => {
                vec![
                    ("bytes", bytes.to_string()),
                    ("limit", limit.to_string()),
                    // Whole megabytes for people: "the most is 2 MB".
                    ("limit-mb", (limit / (1024 * 1024)).max(1).to_string()),
                ]
            }
            FileProblem::NotJson { line, column } => {
                vec![("line", line.to_string()), ("column", column.to_string())]
            }
            FileProblem::NotAnObject | FileProblem::Empty => Vec::new(),
            FileProblem::WrongFormat { found } | FileProblem::BadVersion { found } => {
                vec![("found", found.clone())]
            }
            FileProblem::NewerVersion { found, supported } => vec![
                ("found", found.to_string()),
                ("supported", supported.to_string()),
            ],
            FileProblem::WrongTypes { detail } => vec![("detail", detail.clone())],
            FileProblem::Invalid { field } => vec![("field", (*field).to_owned())],
        }
    }
}

impl AnswersFile {
    /// The answers file of one informant of an assessment, if they are on its team.
    pub fn export(
        assessment: &Assessment,
        informant_id: &str,
        exported: Timestamp,
    ) -> Option<AnswersFile> {
        let informant = assessment.informant(informant_id)?.clone();
        Some(AnswersFile {
            assessment: assessment.id.clone(),
            instrument: InstrumentRef {
                id: assessment.instrument_id.clone(),
                version: assessment.instrument_version.clone(),
            },
            informant,
            responses: assessment
                .responses_of(informant_id)
                .cloned()
                .unwrap_or_default(),
            exported,
        })
    }

    /// A name for the file: `pictokit-answers-<assessment>-<informant>.json`.
    pub fn file_name(&self) -> String {
        format!(
            "{ANSWERS_FORMAT}-{}-{}.json",
            self.assessment, self.informant.id
        )
    }

    /// The file's text (pretty JSON with `format` and `format_version`), which
    /// [`AnswersFile::load`] reads back. Serialising these types cannot fail; if it ever
    /// did, the text is empty.
    pub fn to_json(&self) -> String {
        file_json(ANSWERS_FORMAT, ANSWERS_FORMAT_VERSION, self)
    }

    /// Reads an answers file. Strict (it was written by Pictokit): anything missing or of
    /// the wrong type refuses the whole file, with the first problem found. Unknown fields
    /// are ignored; the informant's name is trimmed. Never panics.
    pub fn load(text: &str) -> Result<AnswersFile, FileProblem> {
        if text.len() > MAX_ANSWERS_FILE_BYTES {
            return Err(FileProblem::TooBig {
                bytes: text.len(),
                limit: MAX_ANSWERS_FILE_BYTES,
            });
        }
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim().is_empty() {
            return Err(FileProblem::Empty);
        }
        let value: Value = serde_json::from_str(text).map_err(|error| FileProblem::NotJson {
            line: error.line(),
            column: error.column(),
        })?;
        let Some(object) = value.as_object() else {
            return Err(FileProblem::NotAnObject);
        };
        match object.get("format") {
            Some(Value::String(format)) if format == ANSWERS_FORMAT => {}
            other => {
                return Err(FileProblem::WrongFormat {
                    found: other.map(quoted).unwrap_or_default(),
                })
            }
        }
        match object.get("format_version") {
            Some(version) => match version.as_u64() {
                Some(ANSWERS_FORMAT_VERSION) => {}
                Some(found) if found > ANSWERS_FORMAT_VERSION => {
                    return Err(FileProblem::NewerVersion {
                        found,
                        supported: ANSWERS_FORMAT_VERSION,
                    })
                }
                _ => {
                    return Err(FileProblem::BadVersion {
                        found: quoted(version),
                    })
                }
            },
            None => {
                return Err(FileProblem::BadVersion {
                    found: String::new(),
                })
            }
        }
        let mut file =
            AnswersFile::deserialize(&value).map_err(|error| FileProblem::WrongTypes {
                detail: error.to_string(),
            })?;
        if !is_id(&file.assessment) {
            return Err(FileProblem::Invalid {
                field: "assessment",
            });
        }
        file.informant = check_informant(file.informant)
            .map_err(|_| FileProblem::Invalid { field: "informant" })?;
        if file.responses.answers.len() > MAX_ITEMS
            || file.responses.answers.keys().any(|item| !is_id(item))
        {
            return Err(FileProblem::Invalid { field: "answers" });
        }
        if file.responses.important.len() > MAX_DOMAINS
            || file.responses.important.iter().any(|domain| !is_id(domain))
        {
            return Err(FileProblem::Invalid { field: "important" });
        }
        Ok(file)
    }
}

/// Why a merge is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The file belongs to another assessment.
    WrongAssessment {
        /// This assessment's id.
        expected: String,
        /// The file's.
        found: String,
    },
    /// The file answers another instrument, or another version of it (or the instrument
    /// given is not this assessment's).
    WrongInstrument {
        /// This assessment's instrument, as `id version`.
        expected: String,
        /// The file's (or the one given), as `id version`.
        found: String,
    },
    /// The file's informant answers a version other than the local informant it would be
    /// merged into (the person and someone else).
    RoleMismatch {
        /// The local informant's id.
        informant: String,
    },
    /// The file's informant is the person, and the team already has another person.
    SecondPerson {
        /// The local person's id.
        person: String,
    },
    /// Another local informant already has the file's informant id.
    IdTaken {
        /// The id.
        id: String,
    },
    /// The team is full.
    TeamFull,
    /// The local informant chosen to merge into is not on the team.
    UnknownInformant {
        /// The id chosen.
        id: String,
    },
    /// The preview was made for another assessment.
    StalePreview,
}

impl Refusal {
    /// The Fluent message id that explains the refusal; its arguments are
    /// [`Refusal::args`].
    pub fn message_id(&self) -> &'static str {
        match self {
            Refusal::WrongAssessment { .. } => "merge-wrong-assessment",
            Refusal::WrongInstrument { .. } => "merge-wrong-instrument",
            Refusal::RoleMismatch { .. } => "merge-role-mismatch",
            Refusal::SecondPerson { .. } => "merge-second-person",
            Refusal::IdTaken { .. } => "merge-id-taken",
            Refusal::TeamFull => "merge-team-full",
            Refusal::UnknownInformant { .. } => "merge-unknown-informant",
            Refusal::StalePreview => "merge-stale-preview",
        }
    }

    /// The Fluent arguments of its message, by name.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Refusal::WrongAssessment { expected, found }
            | Refusal::WrongInstrument { expected, found } => {
                vec![("expected", expected.clone()), ("found", found.clone())]
            }
            Refusal::RoleMismatch { informant } => vec![("informant", informant.clone())],
            Refusal::SecondPerson { person } => vec![("person", person.clone())],
            Refusal::IdTaken { id } | Refusal::UnknownInformant { id } => {
                vec![("id", id.clone())]
            }
            Refusal::TeamFull | Refusal::StalePreview => Vec::new(),
        }
    }
}

/// Whose answers the file holds, as far as this device can tell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InformantMatch {
    /// Nobody on the team: they join it.
    New,
    /// The team member with the same id.
    SameId,
    /// Probably a team member with another id: the same name and role, or the person
    /// (there is only one). The answers are compared with theirs; the app should ask, and
    /// preview again with [`MergeTarget::AsNew`] if it is someone else.
    ProbablySame {
        /// The local informant's id.
        local: String,
    },
    /// The team member the facilitator chose ([`MergeTarget::Into`]).
    Chosen {
        /// The local informant's id.
        local: String,
    },
}

/// Whom the file's answers go to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MergeTarget {
    /// The same id if on the team; else someone probably the same; else a new informant.
    Auto,
    /// A new informant with the file's id (refused if the id is taken or it would be a
    /// second person).
    AsNew,
    /// This team member (refused if they answer another version).
    Into(String),
}

/// An item answered differently here and in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// The item's id.
    pub item: String,
    /// The answer on this device.
    pub local: Answer,
    /// The answer in the file.
    pub incoming: Answer,
}

/// How the facilitator settled a conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// Keep this device's answer.
    KeepLocal,
    /// Take the file's answer.
    TakeIncoming,
}

/// What merging an answers file would do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MergePreview {
    /// Why it cannot be merged; `None` when it can.
    pub refusal: Option<Refusal>,
    /// The id of the assessment it was made for.
    pub assessment: String,
    /// The file's informant.
    pub incoming: Informant,
    /// Whose answers they are taken to be.
    pub matched: InformantMatch,
    /// The id of the local informant the answers go to (the file's id for a new one).
    pub target: String,
    /// Item id → answer, for items not answered on this device.
    pub additions: BTreeMap<String, Answer>,
    /// How many items have the same answer here and in the file (nothing to do).
    pub duplicates: usize,
    /// The items answered differently, in item id order.
    pub conflicts: Vec<Conflict>,
    /// How many answers are to items the instrument does not have (ignored).
    pub unknown_items: usize,
    /// How many answers are values not on the scale (ignored).
    pub off_scale: usize,
    /// The domains the file marks important that are not marked here (they will be).
    pub new_important: BTreeSet<String>,
    /// Where the file's informant stopped ([`Responses::position`]).
    pub incoming_position: usize,
    /// Whether the file's informant had finished.
    pub incoming_finished: bool,
    /// When the file's answers last changed.
    pub incoming_updated: Option<Timestamp>,
}

impl MergePreview {
    /// Whether merging would change nothing.
    pub fn changes_nothing(&self) -> bool {
        self.refusal.is_none()
            && !matches!(self.matched, InformantMatch::New)
            && self.additions.is_empty()
            && self.conflicts.is_empty()
            && self.new_important.is_empty()
    }
}

/// What a merge did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeOutcome {
    /// The local informant the answers went to.
    pub informant: String,
    /// Whether they joined the team.
    pub joined: bool,
    /// How many answers were added.
    pub added: usize,
    /// How many conflicts took the file's answer.
    pub taken: usize,
    /// How many conflicts kept this device's answer by choice.
    pub kept: usize,
    /// The conflicts left unresolved (this device's answer stays), including any that
    /// appeared since the preview.
    pub unresolved: Vec<Conflict>,
    /// How many importance marks were added.
    pub marked: usize,
}

/// A name as compared to find the same person under another id.
fn comparable_name(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl Assessment {
    /// What merging an answers file would do, matching its informant automatically (see
    /// [`Assessment::preview_merge_as`] with [`MergeTarget::Auto`]).
    pub fn preview_merge(&self, file: &AnswersFile, instrument: &Instrument) -> MergePreview {
        self.preview_merge_as(file, instrument, &MergeTarget::Auto)
    }

    /// What merging an answers file into `target` would do.
    ///
    /// Refused when the file is of another assessment, or of another instrument id or
    /// version (the instrument given must also be this assessment's), or the target cannot
    /// take it ([`Refusal`]). Matching with [`MergeTarget::Auto`]: the team member with the
    /// file's informant id (refused if one is the person and the other is not); else, for
    /// the person, the team's person; else a team member with the same role and name
    /// (ignoring case and spaces): "probably the same", to be confirmed; else a new
    /// informant.
    ///
    /// Each answer of the file is then: ignored if its item is unknown to the instrument or
    /// its value is not on the scale (counted); an addition if the target has not answered
    /// the item; a duplicate if the answer is the same; a conflict otherwise (any different
    /// answer, "I don't know" and skipped included).
    pub fn preview_merge_as(
        &self,
        file: &AnswersFile,
        instrument: &Instrument,
        target: &MergeTarget,
    ) -> MergePreview {
        let mut preview = MergePreview {
            refusal: None,
            assessment: self.id.clone(),
            incoming: file.informant.clone(),
            matched: InformantMatch::New,
            target: file.informant.id.clone(),
            additions: BTreeMap::new(),
            duplicates: 0,
            conflicts: Vec::new(),
            unknown_items: 0,
            off_scale: 0,
            new_important: BTreeSet::new(),
            incoming_position: file.responses.position,
            incoming_finished: file.responses.finished,
            incoming_updated: file.responses.updated,
        };
        let matched = self
            .check_file(file, instrument)
            .and_then(|()| self.match_informant(&file.informant, target));
        match matched {
            Ok((matched, target)) => {
                preview.matched = matched;
                preview.target = target;
            }
            Err(refusal) => {
                preview.refusal = Some(refusal);
                return preview;
            }
        }
        let no_answers = Responses::default();
        let local = self.responses_of(&preview.target).unwrap_or(&no_answers);
        for (item, incoming) in &file.responses.answers {
            if instrument.item(item).is_none() {
                preview.unknown_items += 1;
                continue;
            }
            if let Answer::Value(value) = incoming {
                if !instrument.scale.contains(*value) {
                    preview.off_scale += 1;
                    continue;
                }
            }
            match local.answers.get(item) {
                None => {
                    preview.additions.insert(item.clone(), *incoming);
                }
                Some(answer) if answer == incoming => preview.duplicates += 1,
                Some(answer) => preview.conflicts.push(Conflict {
                    item: item.clone(),
                    local: *answer,
                    incoming: *incoming,
                }),
            }
        }
        preview.new_important = file
            .responses
            .important
            .iter()
            .filter(|domain| instrument.domain(domain).is_some() && !local.is_important(domain))
            .cloned()
            .collect();
        preview
    }

    /// Whether the file is of this assessment and instrument version, and the instrument
    /// given is this assessment's.
    fn check_file(&self, file: &AnswersFile, instrument: &Instrument) -> Result<(), Refusal> {
        if file.assessment != self.id {
            return Err(Refusal::WrongAssessment {
                expected: self.id.clone(),
                found: file.assessment.clone(),
            });
        }
        let expected = format!("{} {}", self.instrument_id, self.instrument_version);
        for (id, version) in [
            (&file.instrument.id, &file.instrument.version),
            (&instrument.id, &instrument.version),
        ] {
            if *id != self.instrument_id || *version != self.instrument_version {
                return Err(Refusal::WrongInstrument {
                    expected,
                    found: format!("{id} {version}"),
                });
            }
        }
        Ok(())
    }

    /// Whom the file's informant is, and the local id the answers go to.
    fn match_informant(
        &self,
        incoming: &Informant,
        target: &MergeTarget,
    ) -> Result<(InformantMatch, String), Refusal> {
        let same_version = |local: &Informant| {
            if local.version() == incoming.version() {
                Ok(())
            } else {
                Err(Refusal::RoleMismatch {
                    informant: local.id.clone(),
                })
            }
        };
        match target {
            MergeTarget::Into(id) => {
                let local = self
                    .informant(id)
                    .ok_or_else(|| Refusal::UnknownInformant { id: id.clone() })?;
                same_version(local)?;
                let matched = if local.id == incoming.id {
                    InformantMatch::SameId
                } else {
                    InformantMatch::Chosen {
                        local: local.id.clone(),
                    }
                };
                Ok((matched, local.id.clone()))
            }
            MergeTarget::AsNew => {
                self.can_join(incoming)?;
                Ok((InformantMatch::New, incoming.id.clone()))
            }
            MergeTarget::Auto => {
                if let Some(local) = self.informant(&incoming.id) {
                    same_version(local)?;
                    return Ok((InformantMatch::SameId, local.id.clone()));
                }
                let probably = if incoming.role == Role::Person {
                    self.person()
                } else {
                    let name = comparable_name(&incoming.name);
                    self.team.iter().find(|local| {
                        local.role == incoming.role && comparable_name(&local.name) == name
                    })
                };
                if let Some(local) = probably {
                    return Ok((
                        InformantMatch::ProbablySame {
                            local: local.id.clone(),
                        },
                        local.id.clone(),
                    ));
                }
                self.can_join(incoming)?;
                Ok((InformantMatch::New, incoming.id.clone()))
            }
        }
    }

    /// Whether the file's informant can join the team.
    fn can_join(&self, incoming: &Informant) -> Result<(), Refusal> {
        if self.informant(&incoming.id).is_some() {
            return Err(Refusal::IdTaken {
                id: incoming.id.clone(),
            });
        }
        if incoming.is_person() {
            if let Some(person) = self.person() {
                return Err(Refusal::SecondPerson {
                    person: person.id.clone(),
                });
            }
        }
        if self.team.len() >= super::answers::MAX_TEAM {
            return Err(Refusal::TeamFull);
        }
        Ok(())
    }

    /// Merges what a preview found: a new informant joins the team; answers to items not
    /// answered here are added; a conflict takes the file's answer only when `resolutions`
    /// says [`Choice::TakeIncoming`] for its item, and keeps this device's otherwise
    /// (unresolved ones are given back); importance marks are added (never removed).
    ///
    /// Nothing is overwritten that the preview did not show: if this device's answer
    /// changed since the preview, it stays and the item is given back as unresolved. The
    /// informant's position becomes the further of the two, `finished` is kept if either
    /// is, and `updated` is the later of the two (a new informant takes the file's).
    ///
    /// Merging the same file again changes nothing.
    pub fn apply_merge(
        &mut self,
        preview: &MergePreview,
        resolutions: &BTreeMap<String, Choice>,
    ) -> Result<MergeOutcome, Refusal> {
        if let Some(refusal) = &preview.refusal {
            return Err(refusal.clone());
        }
        if preview.assessment != self.id {
            return Err(Refusal::StalePreview);
        }
        let mut outcome = MergeOutcome {
            informant: preview.target.clone(),
            ..MergeOutcome::default()
        };
        match self.informant(&preview.target) {
            Some(local) if local.version() != preview.incoming.version() => {
                return Err(Refusal::RoleMismatch {
                    informant: local.id.clone(),
                });
            }
            Some(_) => {}
            None => {
                let mut joining = preview.incoming.clone();
                joining.id = preview.target.clone();
                self.can_join(&joining)?;
                self.team.push(joining);
                outcome.joined = true;
            }
        }
        let responses = self.responses.entry(preview.target.clone()).or_default();
        for (item, incoming) in &preview.additions {
            match responses.answers.get(item) {
                None => {
                    responses.answers.insert(item.clone(), *incoming);
                    outcome.added += 1;
                }
                Some(local) if local == incoming => {}
                Some(local) => outcome.unresolved.push(Conflict {
                    item: item.clone(),
                    local: *local,
                    incoming: *incoming,
                }),
            }
        }
        for conflict in &preview.conflicts {
            let current = responses.answers.get(&conflict.item).copied();
            if current == Some(conflict.incoming) {
                continue;
            }
            match resolutions.get(&conflict.item) {
                Some(Choice::TakeIncoming) if current == Some(conflict.local) => {
                    responses
                        .answers
                        .insert(conflict.item.clone(), conflict.incoming);
                    outcome.taken += 1;
                }
                Some(Choice::KeepLocal) => outcome.kept += 1,
                _ => outcome.unresolved.push(Conflict {
                    item: conflict.item.clone(),
                    local: current.unwrap_or(conflict.local),
                    incoming: conflict.incoming,
                }),
            }
        }
        for domain in &preview.new_important {
            if responses.important.insert(domain.clone()) {
                outcome.marked += 1;
            }
        }
        responses.position = responses.position.max(preview.incoming_position);
        responses.finished |= preview.incoming_finished;
        responses.updated = responses.updated.max(preview.incoming_updated);
        Ok(outcome)
    }
}
