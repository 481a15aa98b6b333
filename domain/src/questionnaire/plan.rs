//! The support plan that comes out of an assessment: goals in the person's own words, the
//! supports and who helps, when to look at them again, the activities of the person's
//! visual schedule that work towards them, and who agreed the plan and when.
//!
//! Agreement is about the plan as it is: changing, adding or removing a goal after the
//! plan was agreed clears the agreement, so it has to be agreed again.

use super::answers::{read_field, Informant};
use super::instrument::Instrument;
use super::{is_id, trimmed_and_cut};
use crate::lenient::array;
use crate::picto::PictoRef;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The most goals a plan has.
pub const MAX_GOALS: usize = 30;
/// The longest text of a goal (its words, supports, who helps), in characters.
pub const MAX_PLAN_TEXT_CHARS: usize = 500;
/// The most schedule activities a goal links to.
pub const MAX_SCHEDULE_LINKS: usize = 20;

/// Something the person wants, and how they will be helped to get it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    /// Unique within the plan (see [`super::is_id`]).
    pub id: String,
    /// The goal in the person's own words ("I want to go swimming with my friends").
    pub words: String,
    /// The id of the quality-of-life domain it belongs to.
    pub domain: String,
    /// A picture for it.
    #[serde(default)]
    pub picto: Option<PictoRef>,
    /// The supports that will help (may be empty).
    #[serde(default)]
    pub supports: String,
    /// Who helps (may be empty).
    #[serde(default)]
    pub who_helps: String,
    /// When to look at it again.
    #[serde(default)]
    pub review: Option<Date>,
    /// The ids of the entries of the person's visual schedule that work towards it.
    #[serde(default)]
    pub schedule_entries: Vec<String>,
}

/// The plan: its goals, and who agreed it and when.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportPlan {
    /// The goals, in the order they were added.
    #[serde(default)]
    pub goals: Vec<Goal>,
    /// The ids of the informants who agreed the plan as it is; empty when not agreed.
    #[serde(default)]
    pub agreed_by: Vec<String>,
    /// When it was agreed; `None` when not agreed.
    #[serde(default)]
    pub agreed_on: Option<Date>,
}

/// Why a goal or an agreement was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanProblem {
    /// The goal id is not a valid id.
    BadId,
    /// Another goal has that id.
    DuplicateId,
    /// No goal has that id.
    UnknownGoal,
    /// The goal has neither words nor a picture.
    EmptyGoal,
    /// A text is longer than [`MAX_PLAN_TEXT_CHARS`].
    TextTooLong,
    /// The domain is not one of the instrument's.
    UnknownDomain,
    /// The plan already has [`MAX_GOALS`] goals.
    TooManyGoals,
    /// A goal links more than [`MAX_SCHEDULE_LINKS`] schedule activities, or one whose id
    /// is not a valid id.
    BadScheduleLink,
    /// A plan without goals cannot be agreed.
    NoGoals,
    /// Nobody was named as agreeing.
    NobodyAgrees,
    /// Someone named as agreeing is not on the team.
    UnknownInformant,
    /// The team has the person, and the person is not among those who agree.
    PersonMustAgree,
}

impl PlanProblem {
    /// The Fluent message id that explains the problem.
    pub fn message_id(self) -> &'static str {
        match self {
            PlanProblem::BadId => "plan-bad-id",
            PlanProblem::DuplicateId => "plan-duplicate-id",
            PlanProblem::UnknownGoal => "plan-unknown-goal",
            PlanProblem::EmptyGoal => "plan-empty-goal",
            PlanProblem::TextTooLong => "plan-text-too-long",
            PlanProblem::UnknownDomain => "plan-unknown-domain",
            PlanProblem::TooManyGoals => "plan-too-many-goals",
            PlanProblem::BadScheduleLink => "plan-bad-schedule-link",
            PlanProblem::NoGoals => "plan-no-goals",
            PlanProblem::NobodyAgrees => "plan-nobody-agrees",
            PlanProblem::UnknownInformant => "plan-unknown-informant",
            PlanProblem::PersonMustAgree => "plan-person-must-agree",
        }
    }
}

impl Goal {
    /// The goal with its texts trimmed and repeated schedule links dropped, if it is valid:
    /// a valid id, words or a picture, texts of at most [`MAX_PLAN_TEXT_CHARS`], a domain
    /// of the instrument, at most [`MAX_SCHEDULE_LINKS`] links with valid ids.
    pub fn checked(mut self, instrument: &Instrument) -> Result<Goal, PlanProblem> {
        if !is_id(&self.id) {
            return Err(PlanProblem::BadId);
        }
        for text in [&mut self.words, &mut self.supports, &mut self.who_helps] {
            *text = text.trim().to_owned();
            if text.chars().count() > MAX_PLAN_TEXT_CHARS {
                return Err(PlanProblem::TextTooLong);
            }
        }
        if self.words.is_empty() && self.picto.is_none() {
            return Err(PlanProblem::EmptyGoal);
        }
        if instrument.domain(&self.domain).is_none() {
            return Err(PlanProblem::UnknownDomain);
        }
        let mut links: Vec<String> = Vec::new();
        for link in &self.schedule_entries {
            if !is_id(link) {
                return Err(PlanProblem::BadScheduleLink);
            }
            if !links.contains(link) {
                links.push(link.clone());
            }
        }
        if links.len() > MAX_SCHEDULE_LINKS {
            return Err(PlanProblem::BadScheduleLink);
        }
        self.schedule_entries = links;
        Ok(self)
    }
}

impl SupportPlan {
    /// Whether the plan is agreed as it is.
    pub fn is_agreed(&self) -> bool {
        self.agreed_on.is_some() && !self.agreed_by.is_empty()
    }

    /// Forgets the agreement: the plan has to be agreed again.
    pub fn clear_agreement(&mut self) {
        self.agreed_by.clear();
        self.agreed_on = None;
    }

    /// The goal with this id.
    pub fn goal(&self, id: &str) -> Option<&Goal> {
        self.goals.iter().find(|goal| goal.id == id)
    }

    /// A free goal id: `goal-1`, `goal-2`…
    pub fn new_goal_id(&self) -> String {
        (1..)
            .map(|n| format!("goal-{n}"))
            .find(|id| self.goal(id).is_none())
            .unwrap_or_default()
    }

    /// Adds a goal at the end (checked, see [`Goal::checked`]); the plan is no longer agreed.
    pub fn add_goal(&mut self, instrument: &Instrument, goal: Goal) -> Result<(), PlanProblem> {
        let goal = goal.checked(instrument)?;
        if self.goal(&goal.id).is_some() {
            return Err(PlanProblem::DuplicateId);
        }
        if self.goals.len() >= MAX_GOALS {
            return Err(PlanProblem::TooManyGoals);
        }
        self.goals.push(goal);
        self.clear_agreement();
        Ok(())
    }

    /// Replaces the goal with the same id (checked, see [`Goal::checked`]). When it really
    /// changes, the plan is no longer agreed; whether it changed.
    pub fn update_goal(
        &mut self,
        instrument: &Instrument,
        goal: Goal,
    ) -> Result<bool, PlanProblem> {
        let goal = goal.checked(instrument)?;
        let Some(slot) = self.goals.iter_mut().find(|old| old.id == goal.id) else {
            return Err(PlanProblem::UnknownGoal);
        };
        if *slot == goal {
            return Ok(false);
        }
        *slot = goal;
        self.clear_agreement();
        Ok(true)
    }

    /// Removes a goal; the plan is no longer agreed. Gives it back, if there was one.
    pub fn remove_goal(&mut self, id: &str) -> Option<Goal> {
        let index = self.goals.iter().position(|goal| goal.id == id)?;
        self.clear_agreement();
        Some(self.goals.remove(index))
    }

    /// Agrees the plan as it is, on `date`, by the informants named (kept in team order,
    /// each once).
    ///
    /// Refused: a plan without goals; nobody named; someone named who is not on `team`; a
    /// team with the person where the person is not among those named (the plan is the
    /// person's: when they are on the team, it is never agreed without them).
    pub fn agree(
        &mut self,
        team: &[Informant],
        informant_ids: &[String],
        date: Date,
    ) -> Result<(), PlanProblem> {
        if self.goals.is_empty() {
            return Err(PlanProblem::NoGoals);
        }
        if informant_ids.is_empty() {
            return Err(PlanProblem::NobodyAgrees);
        }
        if informant_ids
            .iter()
            .any(|id| !team.iter().any(|member| member.id == *id))
        {
            return Err(PlanProblem::UnknownInformant);
        }
        if let Some(person) = team.iter().find(|member| member.is_person()) {
            if !informant_ids.contains(&person.id) {
                return Err(PlanProblem::PersonMustAgree);
            }
        }
        self.agreed_by = team
            .iter()
            .filter(|member| informant_ids.contains(&member.id))
            .map(|member| member.id.clone())
            .collect();
        self.agreed_on = Some(date);
        Ok(())
    }

    /// Takes an informant off those who agreed; if nobody is left, the plan is no longer
    /// agreed.
    pub fn forget_informant(&mut self, id: &str) {
        self.agreed_by.retain(|agreed| agreed != id);
        if self.agreed_by.is_empty() {
            self.clear_agreement();
        }
    }

    /// The goals an activity of the schedule works towards.
    pub fn goals_for_entry<'a>(&'a self, entry: &'a str) -> impl Iterator<Item = &'a Goal> + 'a {
        self.goals
            .iter()
            .filter(move |goal| goal.schedule_entries.iter().any(|link| link == entry))
    }

    /// Unlinks an activity removed from the schedule from every goal; how many links went.
    /// The agreement stays: the goals themselves did not change.
    pub fn unlink_schedule_entry(&mut self, entry: &str) -> usize {
        let mut removed = 0;
        for goal in &mut self.goals {
            let before = goal.schedule_entries.len();
            goal.schedule_entries.retain(|link| link != entry);
            removed += before - goal.schedule_entries.len();
        }
        removed
    }

    /// Loads a stored plan leniently: what cannot be read is dropped and counted.
    ///
    /// - not an object: an empty plan (counted once, unless it is `null`);
    /// - a goal that cannot be read, has an invalid or repeated id, or is beyond
    ///   [`MAX_GOALS`]: dropped, counted; its texts are trimmed and cut to
    ///   [`MAX_PLAN_TEXT_CHARS`], invalid or repeated schedule links dropped and the rest
    ///   cut to [`MAX_SCHEDULE_LINKS`] (not counted). Its domain is not checked here (the
    ///   instrument is not known);
    /// - someone who agreed but is not on `team`: dropped, counted; an agreement left with
    ///   nobody or without a date is cleared.
    pub fn from_record(record: &Value, team: &[Informant]) -> (SupportPlan, usize) {
        let mut plan = SupportPlan::default();
        let mut dropped = 0;
        let Some(object) = record.as_object() else {
            return (plan, usize::from(!record.is_null()));
        };
        for value in array(object.get("goals"), &mut dropped) {
            let value = without_unreadable(value, &mut dropped);
            match Goal::deserialize(&value) {
                Ok(mut goal)
                    if is_id(&goal.id)
                        && plan.goal(&goal.id).is_none()
                        && plan.goals.len() < MAX_GOALS =>
                {
                    for text in [&mut goal.words, &mut goal.supports, &mut goal.who_helps] {
                        *text = trimmed_and_cut(text, MAX_PLAN_TEXT_CHARS).0;
                    }
                    let mut links: Vec<String> = Vec::new();
                    for link in goal.schedule_entries {
                        if is_id(&link) && !links.contains(&link) {
                            links.push(link);
                        }
                    }
                    links.truncate(MAX_SCHEDULE_LINKS);
                    goal.schedule_entries = links;
                    plan.goals.push(goal);
                }
                _ => dropped += 1,
            }
        }
        for value in array(object.get("agreed_by"), &mut dropped) {
            match value.as_str() {
                Some(id)
                    if team.iter().any(|member| member.id == id)
                        && !plan.agreed_by.iter().any(|agreed| agreed == id) =>
                {
                    plan.agreed_by.push(id.to_owned());
                }
                _ => dropped += 1,
            }
        }
        read_field(object, "agreed_on", &mut plan.agreed_on, &mut dropped);
        if !plan.is_agreed() {
            plan.clear_agreement();
        }
        (plan, dropped)
    }
}

/// A stored goal with a picture or review date that cannot be read taken out (counted),
/// so the person's words are not lost for it.
fn without_unreadable(value: &Value, dropped: &mut usize) -> Value {
    let mut value = value.clone();
    if let Some(object) = value.as_object_mut() {
        let picto_unreadable = object
            .get("picto")
            .is_some_and(|picto| !picto.is_null() && PictoRef::deserialize(picto).is_err());
        let review_unreadable = object
            .get("review")
            .is_some_and(|review| !review.is_null() && Date::deserialize(review).is_err());
        for (field, unreadable) in [("picto", picto_unreadable), ("review", review_unreadable)] {
            if unreadable {
                object.remove(field);
                *dropped += 1;
            }
        }
    }
    value
}
