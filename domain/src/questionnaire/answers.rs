//! Who answers (the person and the team around them), what each of them answered, and the
//! assessment that keeps it all together with the support plan.
//!
//! The stored form of an [`Assessment`] is its serde serialisation; it loads back with the
//! lenient [`Assessment::from_record`], which drops what it cannot read and counts it.

use super::instrument::{Instrument, Item, Version, MAX_DOMAINS, MAX_ITEMS};
use super::plan::SupportPlan;
use super::{is_id, trimmed_and_cut};
use crate::lenient::array;
use jiff::civil::Date;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// The most informants in a team (the person included).
pub const MAX_TEAM: usize = 20;
/// The longest informant name, in characters.
pub const MAX_NAME_CHARS: usize = 60;

/// Who an informant is to the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The person themself; answers the self-report version.
    Person,
    /// A relative; answers the others version.
    Family,
    /// A professional who supports the person; answers the others version.
    Professional,
    /// Someone else who knows the person well (a friend, a neighbour); answers the others
    /// version.
    Other,
}

impl Role {
    /// Every role, in the order they are offered.
    pub const ALL: [Role; 4] = [Role::Person, Role::Family, Role::Professional, Role::Other];

    /// The version of the items this role answers: [`Version::SelfReport`] for the person,
    /// [`Version::Others`] for everyone else.
    pub fn version(self) -> Version {
        match self {
            Role::Person => Version::SelfReport,
            Role::Family | Role::Professional | Role::Other => Version::Others,
        }
    }

    /// Its name in records (`person`, `family`, `professional`, `other`), also the end of
    /// its Fluent message id (`questionnaire-role-family`).
    pub fn tag(self) -> &'static str {
        match self {
            Role::Person => "person",
            Role::Family => "family",
            Role::Professional => "professional",
            Role::Other => "other",
        }
    }
}

/// Someone who answers the questionnaire.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Informant {
    /// Unique within the assessment (see [`super::is_id`]).
    pub id: String,
    /// Their name, as the team calls them.
    pub name: String,
    /// Who they are to the person.
    pub role: Role,
}

impl Informant {
    /// The version of the items they answer (see [`Role::version`]).
    pub fn version(&self) -> Version {
        self.role.version()
    }

    /// Whether they are the person themself.
    pub fn is_person(&self) -> bool {
        self.role == Role::Person
    }
}

/// One answer to one item.
///
/// Stored as the scale value (a number), `"dont-know"` or `"skipped"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    /// A value of the instrument's scale.
    Value(i32),
    /// "I don't know": answered, but not scored.
    DontKnow,
    /// Passed over without an answer: not scored.
    Skipped,
}

impl Answer {
    /// The scale value, for [`Answer::Value`].
    pub fn value(self) -> Option<i32> {
        match self {
            Answer::Value(value) => Some(value),
            Answer::DontKnow | Answer::Skipped => None,
        }
    }
}

/// The stored form of an [`Answer`].
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum StoredAnswer {
    Value(i32),
    Kind(AnswerKind),
}

/// The answers that are not a value, as stored.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum AnswerKind {
    DontKnow,
    Skipped,
}

impl Serialize for Answer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match *self {
            Answer::Value(value) => StoredAnswer::Value(value),
            Answer::DontKnow => StoredAnswer::Kind(AnswerKind::DontKnow),
            Answer::Skipped => StoredAnswer::Kind(AnswerKind::Skipped),
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match StoredAnswer::deserialize(deserializer)? {
            StoredAnswer::Value(value) => Answer::Value(value),
            StoredAnswer::Kind(AnswerKind::DontKnow) => Answer::DontKnow,
            StoredAnswer::Kind(AnswerKind::Skipped) => Answer::Skipped,
        })
    }
}

/// Why an answer or a mark was not taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerProblem {
    /// The instrument has no item with that id.
    UnknownItem,
    /// The value is not on the instrument's scale.
    NotOnScale,
    /// The instrument has no domain with that id.
    UnknownDomain,
}

impl AnswerProblem {
    /// The Fluent message id that explains the problem.
    pub fn message_id(self) -> &'static str {
        match self {
            AnswerProblem::UnknownItem => "answer-unknown-item",
            AnswerProblem::NotOnScale => "answer-not-on-scale",
            AnswerProblem::UnknownDomain => "answer-unknown-domain",
        }
    }
}

/// How far one informant got in one domain, for a progress drawn as pictures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainProgress {
    /// The domain's id.
    pub domain: String,
    /// How many items the domain has.
    pub total: usize,
    /// How many of them have an answer of any kind (a value on the scale, "I don't know"
    /// or skipped).
    pub answered: usize,
    /// How many of them have a value on the scale (the ones that are scored).
    pub valued: usize,
}

/// Everything one informant answered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Responses {
    /// Item id → answer.
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    /// The ids of the domains this informant marked as important to the person.
    #[serde(default)]
    pub important: BTreeSet<String>,
    /// The place in [`Instrument::items`] of the next item to show, so answering goes on
    /// exactly where it stopped; the number of items when all have been gone through.
    #[serde(default)]
    pub position: usize,
    /// Whether the informant said they are done.
    #[serde(default)]
    pub finished: bool,
    /// The instant of the last change (an answer, a mark, finishing), in UTC; stored as
    /// RFC 3339 ("2026-11-24T10:30:00Z"). `None` until the first change.
    #[serde(default)]
    pub updated: Option<Timestamp>,
}

impl Responses {
    /// Answers an item and moves on to the item after it.
    ///
    /// A value must be on the instrument's scale. Answering again replaces the answer.
    pub fn answer(
        &mut self,
        instrument: &Instrument,
        item_id: &str,
        answer: Answer,
        now: Timestamp,
    ) -> Result<(), AnswerProblem> {
        let index = instrument
            .item_index(item_id)
            .ok_or(AnswerProblem::UnknownItem)?;
        if let Answer::Value(value) = answer {
            if !instrument.scale.contains(value) {
                return Err(AnswerProblem::NotOnScale);
            }
        }
        self.answers.insert(item_id.to_owned(), answer);
        self.position = index + 1;
        self.updated = Some(now);
        Ok(())
    }

    /// Goes back one item (its answer stays, to be changed or kept). Nothing before the
    /// first item.
    pub fn go_back(&mut self, instrument: &Instrument) {
        self.position = self.position.min(instrument.items.len()).saturating_sub(1);
    }

    /// Goes to an item by its place in [`Instrument::items`] (at most one past the last).
    pub fn go_to(&mut self, instrument: &Instrument, position: usize) {
        self.position = position.min(instrument.items.len());
    }

    /// The item to show now; `None` when all have been gone through.
    pub fn current_item<'a>(&self, instrument: &'a Instrument) -> Option<&'a Item> {
        instrument.items.get(self.position)
    }

    /// Marks a domain as important to the person, or unmarks it.
    pub fn set_important(
        &mut self,
        instrument: &Instrument,
        domain: &str,
        important: bool,
        now: Timestamp,
    ) -> Result<(), AnswerProblem> {
        if instrument.domain(domain).is_none() {
            return Err(AnswerProblem::UnknownDomain);
        }
        let changed = if important {
            self.important.insert(domain.to_owned())
        } else {
            self.important.remove(domain)
        };
        if changed {
            self.updated = Some(now);
        }
        Ok(())
    }

    /// Whether this informant marked a domain as important.
    pub fn is_important(&self, domain: &str) -> bool {
        self.important.contains(domain)
    }

    /// Says the informant is done (they may still change answers later).
    pub fn finish(&mut self, now: Timestamp) {
        self.finished = true;
        self.updated = Some(now);
    }

    /// How far this informant got in each domain, in the instrument's domain order.
    pub fn progress(&self, instrument: &Instrument) -> Vec<DomainProgress> {
        instrument
            .domains
            .iter()
            .map(|domain| self.domain_progress(instrument, &domain.id))
            .collect()
    }

    /// How far this informant got in one domain. A value that is no longer on the scale
    /// counts as not answered.
    pub fn domain_progress(&self, instrument: &Instrument, domain: &str) -> DomainProgress {
        let mut progress = DomainProgress {
            domain: domain.to_owned(),
            total: 0,
            answered: 0,
            valued: 0,
        };
        for item in instrument.items_of(domain) {
            progress.total += 1;
            match self.answers.get(&item.id) {
                Some(Answer::Value(value)) if instrument.scale.contains(*value) => {
                    progress.answered += 1;
                    progress.valued += 1;
                }
                Some(Answer::DontKnow | Answer::Skipped) => progress.answered += 1,
                Some(Answer::Value(_)) | None => {}
            }
        }
        progress
    }

    /// The items with no answer of any kind yet (a value no longer on the scale counts as
    /// none), in the order they are asked: what "I have finished" names before it is said.
    pub fn unanswered<'a>(&self, instrument: &'a Instrument) -> Vec<&'a Item> {
        instrument
            .items
            .iter()
            .filter(|item| match self.answers.get(&item.id) {
                Some(Answer::Value(value)) => !instrument.scale.contains(*value),
                Some(Answer::DontKnow | Answer::Skipped) => false,
                None => true,
            })
            .collect()
    }

    /// Whether every item of the instrument has an answer of some kind.
    pub fn is_complete(&self, instrument: &Instrument) -> bool {
        self.progress(instrument)
            .iter()
            .all(|progress| progress.answered == progress.total)
    }
}

/// Why an informant was not added to the team.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TeamProblem {
    /// The id is not a valid id (see [`super::is_id`]).
    BadId,
    /// Another informant has that id.
    DuplicateId,
    /// The name is empty.
    NameEmpty,
    /// The name is longer than [`MAX_NAME_CHARS`].
    NameTooLong,
    /// The team already has the person; there is only one.
    SecondPerson,
    /// The team already has [`MAX_TEAM`] informants.
    TooMany,
}

impl TeamProblem {
    /// The Fluent message id that explains the problem.
    pub fn message_id(self) -> &'static str {
        match self {
            TeamProblem::BadId => "team-bad-id",
            TeamProblem::DuplicateId => "team-duplicate-id",
            TeamProblem::NameEmpty => "team-name-empty",
            TeamProblem::NameTooLong => "team-name-too-long",
            TeamProblem::SecondPerson => "team-second-person",
            TeamProblem::TooMany => "team-too-many",
        }
    }
}

/// One quality-of-life assessment of a person: who answers, their answers, and the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    /// Unique on this device; answers files name it.
    pub id: String,
    /// The id of the instrument it is answered with.
    pub instrument_id: String,
    /// The version of that instrument.
    pub instrument_version: String,
    /// The date it was started.
    pub created: Date,
    /// The informants, in the order they were added; at most one is the person.
    pub team: Vec<Informant>,
    /// Informant id → their answers. Only team members have responses.
    pub responses: BTreeMap<String, Responses>,
    /// The support plan agreed from it.
    pub plan: SupportPlan,
}

impl Assessment {
    /// A new assessment with an instrument, with nobody in the team yet.
    pub fn new(id: &str, instrument: &Instrument, created: Date) -> Assessment {
        Assessment {
            id: id.to_owned(),
            instrument_id: instrument.id.clone(),
            instrument_version: instrument.version.clone(),
            created,
            ..Assessment::default()
        }
    }

    /// Adds an informant to the team. The name is trimmed. Refused: an invalid or taken
    /// id, an empty or long name, a second person, a full team.
    pub fn add_informant(&mut self, informant: Informant) -> Result<(), TeamProblem> {
        let informant = check_informant(informant)?;
        if self.team.iter().any(|member| member.id == informant.id) {
            return Err(TeamProblem::DuplicateId);
        }
        if informant.is_person() && self.person().is_some() {
            return Err(TeamProblem::SecondPerson);
        }
        if self.team.len() >= MAX_TEAM {
            return Err(TeamProblem::TooMany);
        }
        self.team.push(informant);
        Ok(())
    }

    /// Takes an informant off the team, forgetting their answers; they are also taken off
    /// those who agreed the plan, and if nobody who agreed is left, the plan is no longer
    /// agreed. Gives back the informant, if they were on the team.
    pub fn remove_informant(&mut self, id: &str) -> Option<Informant> {
        let index = self.team.iter().position(|member| member.id == id)?;
        self.responses.remove(id);
        self.plan.forget_informant(id);
        Some(self.team.remove(index))
    }

    /// A free informant id: `i-1`, `i-2`…
    pub fn new_informant_id(&self) -> String {
        (1..)
            .map(|n| format!("i-{n}"))
            .find(|id| self.informant(id).is_none() && !self.responses.contains_key(id))
            .unwrap_or_default()
    }

    /// The person themself, if they are on the team.
    pub fn person(&self) -> Option<&Informant> {
        self.team.iter().find(|member| member.is_person())
    }

    /// The informant with this id.
    pub fn informant(&self, id: &str) -> Option<&Informant> {
        self.team.iter().find(|member| member.id == id)
    }

    /// An informant's answers (`None` if they have not answered anything yet).
    pub fn responses_of(&self, id: &str) -> Option<&Responses> {
        self.responses.get(id)
    }

    /// An informant's answers to change, made empty the first time; `None` if they are not
    /// on the team.
    pub fn responses_mut(&mut self, id: &str) -> Option<&mut Responses> {
        self.informant(id)?;
        Some(self.responses.entry(id.to_owned()).or_default())
    }

    /// Agrees the support plan: see [`SupportPlan::agree`].
    pub fn agree_plan(
        &mut self,
        informant_ids: &[String],
        date: Date,
    ) -> Result<(), super::PlanProblem> {
        self.plan.agree(&self.team, informant_ids, date)
    }

    /// Loads a stored record leniently: what cannot be read is dropped and counted; never
    /// fails.
    ///
    /// - not an object: an empty assessment (counted once, unless it is `null`);
    /// - `id`, `instrument_id`, `instrument_version` or `created` that cannot be read: empty
    ///   (the date 0000-01-01), counted;
    /// - a team member that cannot be read, has an invalid or repeated id, is a second
    ///   person or is beyond [`MAX_TEAM`]: dropped, counted; names are trimmed and cut to
    ///   [`MAX_NAME_CHARS`] (not counted);
    /// - the responses of someone not on the team: dropped, counted once per informant;
    /// - an answer that cannot be read or whose item id is invalid, an importance mark that
    ///   is not an id, answers beyond [`MAX_ITEMS`] and marks beyond [`MAX_DOMAINS`]:
    ///   dropped, counted; a `position`, `finished` or `updated` that cannot be read takes
    ///   its default, counted;
    /// - the plan: see [`SupportPlan::from_record`].
    ///
    /// The instrument is not known here: values that are not on its scale and ids of items
    /// or domains it does not have are kept. Scoring ignores them ([`super::scoring`]), and
    /// merging never brings them in.
    pub fn from_record(record: &Value) -> (Assessment, usize) {
        let mut assessment = Assessment::default();
        let mut dropped = 0;
        let Some(object) = record.as_object() else {
            return (assessment, usize::from(!record.is_null()));
        };
        let mut text = |field: &str| match object.get(field) {
            Some(Value::String(text)) => text.clone(),
            _ => {
                dropped += 1;
                String::new()
            }
        };
        assessment.id = text("id");
        assessment.instrument_id = text("instrument_id");
        assessment.instrument_version = text("instrument_version");
        match object.get("created").map(Date::deserialize) {
            Some(Ok(date)) => assessment.created = date,
            _ => dropped += 1,
        }
        for value in array(object.get("team"), &mut dropped) {
            let informant = Informant::deserialize(value)
                .ok()
                .map(|mut informant| {
                    informant.name = trimmed_and_cut(&informant.name, MAX_NAME_CHARS).0;
                    informant
                })
                .filter(|informant| {
                    is_id(&informant.id)
                        && assessment.informant(&informant.id).is_none()
                        && !(informant.is_person() && assessment.person().is_some())
                        && assessment.team.len() < MAX_TEAM
                });
            match informant {
                Some(informant) => assessment.team.push(informant),
                None => dropped += 1,
            }
        }
        match object.get("responses") {
            Some(Value::Object(responses)) => {
                for (informant, value) in responses {
                    if assessment.informant(informant).is_none() {
                        dropped += 1;
                        continue;
                    }
                    let read = responses_from_record(value, &mut dropped);
                    assessment.responses.insert(informant.clone(), read);
                }
            }
            None | Some(Value::Null) => {}
            Some(_) => dropped += 1,
        }
        if let Some(value) = object.get("plan") {
            let (plan, plan_dropped) = SupportPlan::from_record(value, &assessment.team);
            assessment.plan = plan;
            dropped += plan_dropped;
        }
        (assessment, dropped)
    }
}

/// An informant with its name trimmed, checked before it joins a team.
pub(crate) fn check_informant(mut informant: Informant) -> Result<Informant, TeamProblem> {
    if !is_id(&informant.id) {
        return Err(TeamProblem::BadId);
    }
    informant.name = informant.name.trim().to_owned();
    if informant.name.is_empty() {
        return Err(TeamProblem::NameEmpty);
    }
    if informant.name.chars().count() > MAX_NAME_CHARS {
        return Err(TeamProblem::NameTooLong);
    }
    Ok(informant)
}

/// One informant's stored responses, read leniently (see [`Assessment::from_record`]).
fn responses_from_record(value: &Value, dropped: &mut usize) -> Responses {
    let mut responses = Responses::default();
    let Some(object) = value.as_object() else {
        *dropped += usize::from(!value.is_null());
        return responses;
    };
    match object.get("answers") {
        Some(Value::Object(answers)) => {
            for (item, answer) in answers {
                match Answer::deserialize(answer) {
                    Ok(answer) if is_id(item) && responses.answers.len() < MAX_ITEMS => {
                        responses.answers.insert(item.clone(), answer);
                    }
                    _ => *dropped += 1,
                }
            }
        }
        None | Some(Value::Null) => {}
        Some(_) => *dropped += 1,
    }
    for mark in array(object.get("important"), dropped) {
        match mark.as_str() {
            Some(domain) if is_id(domain) && responses.important.len() < MAX_DOMAINS => {
                responses.important.insert(domain.to_owned());
            }
            _ => *dropped += 1,
        }
    }
    read_field(object, "position", &mut responses.position, dropped);
    read_field(object, "finished", &mut responses.finished, dropped);
    read_field(object, "updated", &mut responses.updated, dropped);
    responses
}

/// Reads one field into `target` if it is there; counts it and leaves `target` as it is
/// if it cannot be read.
pub(crate) fn read_field<T: serde::de::DeserializeOwned>(
    object: &Map<String, Value>,
    field: &str,
    target: &mut T,
    dropped: &mut usize,
) {
    if let Some(value) = object.get(field) {
        match T::deserialize(value) {
            Ok(read) => *target = read,
            Err(_) => *dropped += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn answers_are_stored_as_values_or_kinds() {
        let answers = [Answer::Value(3), Answer::DontKnow, Answer::Skipped];
        let stored = serde_json::to_value(answers).expect("serialises");
        assert_eq!(stored, json!([3, "dont-know", "skipped"]));
        let back: Vec<Answer> = serde_json::from_value(stored).expect("loads");
        assert_eq!(back, answers);
        assert!(serde_json::from_value::<Answer>(json!("maybe")).is_err());
        assert!(serde_json::from_value::<Answer>(json!(2.5)).is_err());
    }

    #[test]
    fn roles_answer_their_version() {
        assert_eq!(Role::Person.version(), Version::SelfReport);
        for role in [Role::Family, Role::Professional, Role::Other] {
            assert_eq!(role.version(), Version::Others);
        }
        for role in Role::ALL {
            let stored = serde_json::to_value(role).expect("serialises");
            assert_eq!(stored, json!(role.tag()));
        }
    }

    #[test]
    fn the_team_has_at_most_one_person_and_valid_members() {
        let mut assessment = Assessment::default();
        let informant = |id: &str, name: &str, role| Informant {
            id: id.into(),
            name: name.into(),
            role,
        };
        assert_eq!(
            assessment.add_informant(informant("i-1", " Pau ", Role::Person)),
            Ok(())
        );
        assert_eq!(assessment.team[0].name, "Pau");
        assert_eq!(
            assessment.add_informant(informant("i-2", "Pau", Role::Person)),
            Err(TeamProblem::SecondPerson)
        );
        assert_eq!(
            assessment.add_informant(informant("i-1", "Marta", Role::Family)),
            Err(TeamProblem::DuplicateId)
        );
        assert_eq!(
            assessment.add_informant(informant("i 2", "Marta", Role::Family)),
            Err(TeamProblem::BadId)
        );
        assert_eq!(
            assessment.add_informant(informant("i-2", "  ", Role::Family)),
            Err(TeamProblem::NameEmpty)
        );
        assert_eq!(
            assessment.add_informant(informant("i-2", &"M".repeat(61), Role::Family)),
            Err(TeamProblem::NameTooLong)
        );
        assert_eq!(assessment.new_informant_id(), "i-2");
        for n in 2..=MAX_TEAM {
            let id = format!("i-{n}");
            assert_eq!(
                assessment.add_informant(informant(&id, "Marta", Role::Family)),
                Ok(())
            );
        }
        assert_eq!(
            assessment.add_informant(informant("i-99", "Joan", Role::Other)),
            Err(TeamProblem::TooMany)
        );
        assert!(assessment.responses_mut("i-2").is_some());
        assert!(assessment.responses_mut("nobody").is_none());
        assert_eq!(
            assessment.remove_informant("i-2").map(|i| i.id),
            Some("i-2".into())
        );
        assert!(assessment.responses_of("i-2").is_none());
        assert_eq!(assessment.remove_informant("i-2"), None);
    }
}
