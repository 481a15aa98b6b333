//! Scoring an assessment: each item's points, each informant's score per domain (0–100),
//! the integrated score where the person's own view weighs as much as everyone else's,
//! where the person and the others see things differently, and the priorities for the
//! plan, brought together in a [`Report`] ready to draw as a table and a bar chart.
//!
//! The rules (also in `docs/questionnaire/FORMAT.md`):
//!
//! 1. **Item points.** A value on the scale is worth itself; for a `reverse` item it is
//!    worth `min + max − value`. "I don't know", skipped, and values no longer on the scale
//!    are worth nothing and do not count as answered.
//! 2. **Domain score of one informant.** Only when at least half of the domain's items
//!    (rounded up) are answered: the mean of the answered items' points mapped to 0–100 as
//!    `(mean − min) / (max − min) × 100`, rounded to the nearest whole number, halves away
//!    from zero. Otherwise the domain has "not enough answers".
//! 3. **Integrated score.** With the person's score and the scores of k ≥ 1 others:
//!    `½ × person + ½ × mean(others)`, rounded the same way; with only one side, that side
//!    (the others' mean rounded); with none, none. The rounded domain scores are used, as
//!    shown in the table.
//! 4. **Domains seen differently.** When the person and at least one other have a score:
//!    the others' mean is rounded, and the domain is flagged when it differs from the
//!    person's score by more than [`DOMAIN_THRESHOLD`] points.
//! 5. **Items seen differently.** An item is flagged when the person's value and another
//!    informant's value (both on the scale) are at least [`ITEM_THRESHOLD_STEPS`] places
//!    apart on the scale, whatever its size.
//! 6. **Priorities.** A domain is a priority when the person marked it important (when
//!    the team has no person, when anyone marked it), or when its integrated score is
//!    below [`LOW_SCORE`].
//!
//! Only team members' responses count; the person is the team member whose role is
//! [`Role::Person`].

use super::answers::{Answer, Assessment, Informant, Responses, Role};
use super::instrument::{Instrument, Item, Scale};

/// A domain is seen differently when the person's score and the others' mean differ by
/// more than this many points (of 100).
pub const DOMAIN_THRESHOLD: u8 = 25;
/// An item is seen differently when the person's answer and another's are at least this
/// many places apart on the scale.
pub const ITEM_THRESHOLD_STEPS: usize = 2;
/// A domain whose integrated score is below this is a priority.
pub const LOW_SCORE: u8 = 50;

/// The points an answer to an item is worth: its value, reversed (`min + max − value`) for
/// a reverse item; `None` for "I don't know", skipped, and values not on the scale.
pub fn item_points(scale: &Scale, item: &Item, answer: Answer) -> Option<i32> {
    let value = answer.value().filter(|value| scale.contains(*value))?;
    Some(if item.reverse {
        scale.min() + scale.max() - value
    } else {
        value
    })
}

/// One informant's score in one domain, or why there is none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DomainScore {
    /// The score, 0 (worst) to 100 (best).
    Score(u8),
    /// Fewer than half of the domain's items (rounded up) have a value.
    NotEnoughAnswers {
        /// How many items have a value on the scale.
        answered: usize,
        /// How many are needed.
        needed: usize,
        /// How many items the domain has.
        total: usize,
    },
    /// The domain has no items.
    NoItems,
}

impl DomainScore {
    /// The score, if there is one.
    pub fn value(self) -> Option<u8> {
        match self {
            DomainScore::Score(score) => Some(score),
            DomainScore::NotEnoughAnswers { .. } | DomainScore::NoItems => None,
        }
    }

    /// The Fluent message id that says why there is no score (`None` when there is one).
    /// Its arguments are `answered`, `needed` and `total`.
    pub fn reason_message_id(self) -> Option<&'static str> {
        match self {
            DomainScore::Score(_) => None,
            DomainScore::NotEnoughAnswers { .. } => Some("score-not-enough-answers"),
            DomainScore::NoItems => Some("score-no-items"),
        }
    }
}

/// `numerator / denominator` rounded to the nearest whole number, halves up (away from
/// zero, as both are never negative); 0 when the denominator is 0.
fn rounded_ratio(numerator: i64, denominator: i64) -> i64 {
    if denominator <= 0 {
        return 0;
    }
    (2 * numerator + denominator).div_euclid(2 * denominator)
}

/// A score in 0–100 as a `u8`.
fn to_score(value: i64) -> u8 {
    u8::try_from(value.clamp(0, 100)).unwrap_or(0)
}

/// One informant's score in a domain (rule 2 of the [module](self)).
pub fn domain_score(instrument: &Instrument, responses: &Responses, domain: &str) -> DomainScore {
    let scale = &instrument.scale;
    let mut total: usize = 0;
    let mut points: Vec<i64> = Vec::new();
    for item in instrument.items_of(domain) {
        total += 1;
        if let Some(answer) = responses.answers.get(&item.id) {
            points.extend(item_points(scale, item, *answer).map(i64::from));
        }
    }
    if total == 0 {
        return DomainScore::NoItems;
    }
    let needed = total.div_ceil(2);
    if points.len() < needed {
        return DomainScore::NotEnoughAnswers {
            answered: points.len(),
            needed,
            total,
        };
    }
    let count = i64::try_from(points.len()).unwrap_or(i64::MAX);
    let above_min: i64 = points
        .iter()
        .map(|points| points - i64::from(scale.min()))
        .sum();
    let range = i64::from(scale.max()) - i64::from(scale.min());
    DomainScore::Score(to_score(rounded_ratio(100 * above_min, count * range)))
}

/// The mean of some scores, rounded (halves up); `None` for none.
pub fn mean_score(scores: &[u8]) -> Option<u8> {
    if scores.is_empty() {
        return None;
    }
    let sum: i64 = scores.iter().map(|score| i64::from(*score)).sum();
    let count = i64::try_from(scores.len()).unwrap_or(i64::MAX);
    Some(to_score(rounded_ratio(sum, count)))
}

/// The integrated score (rule 3 of the [module](self)): half the person's score and half
/// the others' mean, rounded once at the end (halves up); one side alone if only it exists.
pub fn integrated_score(person: Option<u8>, others: &[u8]) -> Option<u8> {
    match person {
        None => mean_score(others),
        Some(person) if others.is_empty() => Some(person),
        Some(person) => {
            let count = i64::try_from(others.len()).unwrap_or(i64::MAX);
            let sum: i64 = others.iter().map(|score| i64::from(*score)).sum();
            // (person + sum / count) / 2 = (count × person + sum) / (2 × count)
            Some(to_score(rounded_ratio(
                count * i64::from(person) + sum,
                2 * count,
            )))
        }
    }
}

/// One informant's score in one domain, as a cell of the report's table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InformantScore {
    /// The informant's id.
    pub informant: String,
    /// Their role.
    pub role: Role,
    /// Their score, or why there is none.
    pub score: DomainScore,
}

/// A domain the person and the others see differently (rule 4 of the [module](self)).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DomainDisagreement {
    /// The person's score.
    pub person: u8,
    /// The others' mean, rounded.
    pub others_mean: u8,
    /// How far apart they are, more than [`DOMAIN_THRESHOLD`].
    pub difference: u8,
}

/// One domain of the report: a row of the table, a group of bars of the chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainReport {
    /// The domain's id.
    pub domain: String,
    /// Each informant's score, in the order of [`Report::informants`].
    pub scores: Vec<InformantScore>,
    /// The person's score.
    pub person: Option<u8>,
    /// How many others have a score.
    pub others_count: usize,
    /// The others' mean, rounded.
    pub others_mean: Option<u8>,
    /// The integrated score.
    pub integrated: Option<u8>,
    /// Set when the person and the others see it differently.
    pub disagreement: Option<DomainDisagreement>,
    /// The ids of the informants who marked it important, in the order of
    /// [`Report::informants`].
    pub important_to: Vec<String>,
    /// Whether it is important to the person (rule 6 of the [module](self)).
    pub important: bool,
    /// Whether its integrated score is below [`LOW_SCORE`].
    pub low: bool,
}

impl DomainReport {
    /// Whether it is a priority: important to the person, or low.
    pub fn is_priority(&self) -> bool {
        self.important || self.low
    }

    /// Who marked it important when that does not make it a priority: the others, when
    /// the team has a person and the person did not mark it (rule 6 of the
    /// [module](self): only the person's own choice counts). Empty otherwise.
    pub fn marked_only_by_others(&self) -> &[String] {
        if self.important {
            &[]
        } else {
            &self.important_to
        }
    }

    /// An informant's score in it.
    pub fn score_of(&self, informant: &str) -> Option<DomainScore> {
        self.scores
            .iter()
            .find(|cell| cell.informant == informant)
            .map(|cell| cell.score)
    }
}

/// Another informant's answer to an item the person sees differently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OtherAnswer {
    /// The informant's id.
    pub informant: String,
    /// Their value.
    pub value: i32,
    /// How many places on the scale it is from the person's.
    pub steps: usize,
}

/// An item the person and someone else see differently (rule 5 of the [module](self)).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemDisagreement {
    /// The item's id.
    pub item: String,
    /// Its domain's id.
    pub domain: String,
    /// The person's informant id.
    pub person: String,
    /// The person's value.
    pub person_value: i32,
    /// The others whose value is at least [`ITEM_THRESHOLD_STEPS`] places away, in the
    /// order of [`Report::informants`].
    pub others: Vec<OtherAnswer>,
}

/// A domain to work on in the plan, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Priority {
    /// The domain's id.
    pub domain: String,
    /// Because it is important to the person.
    pub important: bool,
    /// Because its integrated score is below [`LOW_SCORE`].
    pub low: bool,
}

/// Everything the assessment says, in the instrument's domain order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The team, the person first, then in team order: the columns of the table.
    pub informants: Vec<Informant>,
    /// One per domain of the instrument, in its order.
    pub domains: Vec<DomainReport>,
    /// The items seen differently, in the order they are asked.
    pub items: Vec<ItemDisagreement>,
    /// The priorities, in domain order.
    pub priorities: Vec<Priority>,
}

impl Report {
    /// Scores an assessment with its instrument (see the rules of the [module](self)).
    pub fn new(assessment: &Assessment, instrument: &Instrument) -> Report {
        let mut informants: Vec<Informant> = assessment.person().cloned().into_iter().collect();
        informants.extend(
            assessment
                .team
                .iter()
                .filter(|member| !member.is_person())
                .cloned(),
        );
        let no_answers = Responses::default();
        let responses_of = |informant: &Informant| {
            assessment
                .responses_of(&informant.id)
                .unwrap_or(&no_answers)
        };
        let person = assessment.person();
        let domains: Vec<DomainReport> = instrument
            .domains
            .iter()
            .map(|domain| {
                let scores: Vec<InformantScore> = informants
                    .iter()
                    .map(|informant| InformantScore {
                        informant: informant.id.clone(),
                        role: informant.role,
                        score: domain_score(instrument, responses_of(informant), &domain.id),
                    })
                    .collect();
                let person_score = scores
                    .iter()
                    .find(|cell| cell.role == Role::Person)
                    .and_then(|cell| cell.score.value());
                let others: Vec<u8> = scores
                    .iter()
                    .filter(|cell| cell.role != Role::Person)
                    .filter_map(|cell| cell.score.value())
                    .collect();
                let others_mean = mean_score(&others);
                let integrated = integrated_score(person_score, &others);
                let disagreement = person_score.zip(others_mean).and_then(|(person, mean)| {
                    let difference = person.abs_diff(mean);
                    (difference > DOMAIN_THRESHOLD).then_some(DomainDisagreement {
                        person,
                        others_mean: mean,
                        difference,
                    })
                });
                let important_to: Vec<String> = informants
                    .iter()
                    .filter(|informant| responses_of(informant).is_important(&domain.id))
                    .map(|informant| informant.id.clone())
                    .collect();
                let important = match person {
                    Some(person) => important_to.contains(&person.id),
                    None => !important_to.is_empty(),
                };
                DomainReport {
                    domain: domain.id.clone(),
                    scores,
                    person: person_score,
                    others_count: others.len(),
                    others_mean,
                    integrated,
                    disagreement,
                    important_to,
                    important,
                    low: integrated.is_some_and(|score| score < LOW_SCORE),
                }
            })
            .collect();
        let items = match person {
            Some(person) => item_disagreements(
                instrument,
                person,
                responses_of(person),
                informants
                    .iter()
                    .filter(|informant| !informant.is_person())
                    .map(|informant| (informant, responses_of(informant))),
            ),
            None => Vec::new(),
        };
        let priorities = domains
            .iter()
            .filter(|domain| domain.is_priority())
            .map(|domain| Priority {
                domain: domain.domain.clone(),
                important: domain.important,
                low: domain.low,
            })
            .collect();
        Report {
            informants,
            domains,
            items,
            priorities,
        }
    }

    /// The report of one domain.
    pub fn domain(&self, id: &str) -> Option<&DomainReport> {
        self.domains.iter().find(|domain| domain.domain == id)
    }

    /// The domains seen differently, in domain order.
    pub fn flagged_domains(&self) -> impl Iterator<Item = &DomainReport> + '_ {
        self.domains
            .iter()
            .filter(|domain| domain.disagreement.is_some())
    }
}

/// The items the person and others see differently (rule 5 of the [module](self)).
fn item_disagreements<'a>(
    instrument: &Instrument,
    person: &Informant,
    person_responses: &Responses,
    others: impl Iterator<Item = (&'a Informant, &'a Responses)> + Clone,
) -> Vec<ItemDisagreement> {
    let scale = &instrument.scale;
    let on_scale = |responses: &Responses, item: &Item| {
        responses
            .answers
            .get(&item.id)
            .and_then(|answer| answer.value())
            .filter(|value| scale.contains(*value))
    };
    let mut flagged = Vec::new();
    for item in &instrument.items {
        let Some(person_value) = on_scale(person_responses, item) else {
            continue;
        };
        let differing: Vec<OtherAnswer> = others
            .clone()
            .filter_map(|(informant, responses)| {
                let value = on_scale(responses, item)?;
                let steps = scale.steps_between(person_value, value)?;
                (steps >= ITEM_THRESHOLD_STEPS).then(|| OtherAnswer {
                    informant: informant.id.clone(),
                    value,
                    steps,
                })
            })
            .collect();
        if !differing.is_empty() {
            flagged.push(ItemDisagreement {
                item: item.id.clone(),
                domain: item.domain.clone(),
                person: person.id.clone(),
                person_value,
                others: differing,
            });
        }
    }
    flagged
}

impl Assessment {
    /// Scores the assessment with its instrument: see [`Report::new`].
    pub fn report(&self, instrument: &Instrument) -> Report {
        Report::new(self, instrument)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_round_halves_up() {
        assert_eq!(rounded_ratio(1, 2), 1);
        assert_eq!(rounded_ratio(5, 2), 3);
        assert_eq!(rounded_ratio(249, 10), 25);
        assert_eq!(rounded_ratio(7, 3), 2);
        assert_eq!(rounded_ratio(8, 3), 3);
        assert_eq!(rounded_ratio(1, 0), 0);
    }

    #[test]
    fn the_person_weighs_as_much_as_all_the_others() {
        assert_eq!(integrated_score(Some(80), &[40, 40, 40]), Some(60));
        assert_eq!(integrated_score(Some(80), &[]), Some(80));
        assert_eq!(integrated_score(None, &[40, 41]), Some(41));
        assert_eq!(integrated_score(None, &[]), None);
        // 0.5 × 33 + 0.5 × 34 = 33.5 → 34 (halves up).
        assert_eq!(integrated_score(Some(33), &[34]), Some(34));
        // 0.5 × 50 + 0.5 × (50 + 51) / 2 = 50.25 → 50 (rounded once, at the end).
        assert_eq!(integrated_score(Some(50), &[50, 51]), Some(50));
    }
}
