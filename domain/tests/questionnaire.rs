//! The quality-of-life questionnaire, natively: data-driven cases in
//! `tests/questionnaire_cases/` (a small test instrument, broken variants of it and the
//! problems they must report, answer sets with their expected scores, flags and
//! priorities, merges, answers files and stored records), table tests of answering and of
//! the support plan, and property tests (loading never panics, scores stay in 0–100, the
//! integrated score lies between the person and the others, merging never loses a local
//! answer that was not explicitly replaced).
//!
//! Broken instruments are written as changes to `instrument.json`: `set` maps JSON pointers
//! to new values, `remove` lists JSON pointers to take out.

use jiff::civil::{date, Date};
use jiff::Timestamp;
use pictokit_domain::picto::PictoRef;
use pictokit_domain::questionnaire::answers::{DomainProgress, MAX_TEAM};
use pictokit_domain::questionnaire::instrument::{
    text_in, Domain, Item, Scale, ScaleOption, Texts, MAX_DOMAINS, MAX_FILE_BYTES, MAX_INDICATORS,
    MAX_ITEMS, MAX_LANGUAGES, MAX_TEXT_CHARS,
};
use pictokit_domain::questionnaire::merge::{MergeTarget, ANSWERS_FORMAT, MAX_ANSWERS_FILE_BYTES};
use pictokit_domain::questionnaire::plan::{MAX_GOALS, MAX_PLAN_TEXT_CHARS};
use pictokit_domain::questionnaire::scoring::{
    domain_score, integrated_score, item_points, mean_score, DOMAIN_THRESHOLD,
    ITEM_THRESHOLD_STEPS, LOW_SCORE,
};
use pictokit_domain::questionnaire::{
    merge, Answer, AnswerProblem, AnswersFile, Assessment, Choice, DomainScore, FileProblem, Goal,
    Informant, Instrument, MergePreview, PlanProblem, Problem, Report, Responses, Role, Version,
};
use pictokit_domain::Language;
use proptest::prelude::*;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

// ---------------------------------------------------------------------------------------
// Helpers shared by the data-driven cases.

fn cases_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/questionnaire_cases")
}

fn read_json<T: DeserializeOwned>(name: &str) -> T {
    let text = std::fs::read_to_string(cases_dir().join(name)).expect("a case file");
    serde_json::from_str(&text).expect("a case file in the expected shape")
}

/// The test instrument's file, as JSON.
fn base_document() -> Value {
    read_json("instrument.json")
}

/// The test instrument, which must load without a problem.
fn base_instrument() -> Instrument {
    let loaded = Instrument::from_value(&base_document());
    assert_eq!(loaded.problems, Vec::<Problem>::new());
    loaded.instrument.expect("the test instrument loads")
}

/// A case: something to say what it shows.
trait About {
    fn about(&self) -> &str;
}

/// Runs every case of a file and fails with every mismatch found, each with its `about`.
fn check<C: DeserializeOwned + About>(name: &str, run: impl Fn(&C) -> Result<(), String>) {
    let cases: Vec<C> = read_json(name);
    check_cases(name, &cases, run);
}

fn check_cases<C: About>(name: &str, cases: &[C], run: impl Fn(&C) -> Result<(), String>) {
    assert!(!cases.is_empty(), "{name} has no cases");
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            run(case)
                .err()
                .map(|error| format!("{name}: {}: {error}", case.about()))
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

/// The reference tokens of a JSON pointer, unescaped.
fn pointer_tokens(pointer: &str) -> Vec<String> {
    pointer
        .split('/')
        .skip(1)
        .map(|token| token.replace("~1", "/").replace("~0", "~"))
        .collect()
}

/// The parent of the place a pointer names, and the last token.
fn parent_of<'a>(
    document: &'a mut Value,
    pointer: &str,
) -> Result<(&'a mut Value, String), String> {
    let tokens = pointer_tokens(pointer);
    let (last, parents) = tokens
        .split_last()
        .ok_or_else(|| format!("{pointer}: not a pointer to a part"))?;
    let mut parent = document;
    for token in parents {
        parent = match parent {
            Value::Object(map) => map.get_mut(token),
            Value::Array(list) => token.parse::<usize>().ok().and_then(|i| list.get_mut(i)),
            _ => None,
        }
        .ok_or_else(|| format!("{pointer}: no {token}"))?;
    }
    Ok((parent, last.clone()))
}

/// Changes a document: each `set` pointer gets its value (an object's field is added if
/// missing; `-` appends to a list), then each `remove` pointer is taken out.
fn patch(
    document: &mut Value,
    set: &BTreeMap<String, Value>,
    remove: &[String],
) -> Result<(), String> {
    for (pointer, value) in set {
        match parent_of(document, pointer)? {
            (Value::Object(map), last) => {
                map.insert(last, value.clone());
            }
            (Value::Array(list), last) if last == "-" => list.push(value.clone()),
            (Value::Array(list), last) => {
                let slot = last
                    .parse::<usize>()
                    .ok()
                    .and_then(|index| list.get_mut(index))
                    .ok_or_else(|| format!("{pointer}: no such place"))?;
                *slot = value.clone();
            }
            _ => return Err(format!("{pointer}: the parent is not a container")),
        }
    }
    for pointer in remove {
        let removed = match parent_of(document, pointer)? {
            (Value::Object(map), last) => map.remove(&last).is_some(),
            (Value::Array(list), last) => match last.parse::<usize>() {
                Ok(index) if index < list.len() => {
                    list.remove(index);
                    true
                }
                _ => false,
            },
            _ => false,
        };
        if !removed {
            return Err(format!("{pointer}: nothing to remove"));
        }
    }
    Ok(())
}

/// Whether `actual` has what `expected` says: every field given must match (`null`
/// matches a missing field), lists must have the same length and match item by item.
fn matches(actual: &Value, expected: &Value, path: &str) -> Result<(), String> {
    match (actual, expected) {
        (Value::Object(actual), Value::Object(expected)) => {
            for (key, expected) in expected {
                let actual = actual.get(key).unwrap_or(&Value::Null);
                matches(actual, expected, &format!("{path}.{key}"))?;
            }
            Ok(())
        }
        (Value::Array(actual), Value::Array(expected)) => {
            if actual.len() != expected.len() {
                return Err(format!(
                    "{path}: {} items, expected {}\n  got {}",
                    actual.len(),
                    expected.len(),
                    Value::Array(actual.clone())
                ));
            }
            for (index, (actual, expected)) in actual.iter().zip(expected).enumerate() {
                matches(actual, expected, &format!("{path}[{index}]"))?;
            }
            Ok(())
        }
        _ if actual == expected => Ok(()),
        _ => Err(format!("{path}: got {actual}, expected {expected}")),
    }
}

/// A problem, refusal or file problem as the cases write it: `message-id(name=value, …)`.
fn described(message_id: &str, args: Vec<(&'static str, String)>) -> String {
    let args: Vec<String> = args
        .into_iter()
        .map(|(name, value)| format!("{name}={value}"))
        .collect();
    format!("{message_id}({})", args.join(", "))
}

// ---------------------------------------------------------------------------------------
// Loading instruments: `loading.json`.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LoadingCase {
    about: String,
    /// A raw text to load instead of the changed test instrument.
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    set: BTreeMap<String, Value>,
    #[serde(default)]
    remove: Vec<String>,
    /// Whether an instrument comes out.
    loads: bool,
    /// Every problem, in order, as `message-id(args)`.
    problems: Vec<String>,
    /// The ids of the items kept, in order.
    #[serde(default)]
    item_ids: Option<Vec<String>>,
    /// Part of the loaded instrument, serialised.
    #[serde(default)]
    expect: Option<Value>,
}

impl About for LoadingCase {
    fn about(&self) -> &str {
        &self.about
    }
}

#[test]
fn instruments_load_and_report_every_problem() {
    check("loading.json", |case: &LoadingCase| {
        let text = match &case.text {
            Some(text) => text.clone(),
            None => {
                let mut document = base_document();
                patch(&mut document, &case.set, &case.remove)?;
                document.to_string()
            }
        };
        let loaded = Instrument::load(&text);
        let problems: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
        if problems != case.problems {
            return Err(format!(
                "problems\n  got      {problems:#?}\n  expected {:#?}",
                case.problems
            ));
        }
        for problem in &loaded.problems {
            let again = described(problem.message_id(), problem.args());
            if again != problem.to_string() {
                return Err(format!("{problem} has args {again}"));
            }
        }
        if loaded.instrument.is_some() != case.loads {
            return Err(format!("loads: {}", loaded.instrument.is_some()));
        }
        if loaded.problems.iter().any(Problem::is_fatal) == case.loads {
            return Err("a fatal problem should mean nothing loads".to_owned());
        }
        let Some(instrument) = &loaded.instrument else {
            return Ok(());
        };
        check_invariants(instrument)?;
        if let Some(expected) = &case.item_ids {
            let ids: Vec<&str> = instrument
                .items
                .iter()
                .map(|item| item.id.as_str())
                .collect();
            if ids != *expected {
                return Err(format!("items {ids:?}, expected {expected:?}"));
            }
        }
        if let Some(expected) = &case.expect {
            let actual = serde_json::to_value(instrument).map_err(|e| e.to_string())?;
            matches(&actual, expected, "$")?;
        }
        Ok(())
    });
}

/// What every loaded instrument guarantees, whatever the file.
fn check_invariants(instrument: &Instrument) -> Result<(), String> {
    let options = &instrument.scale.options;
    if !(2..=7).contains(&options.len()) || options.windows(2).any(|p| p[0].value >= p[1].value) {
        return Err(format!("a bad scale: {:?}", instrument.scale));
    }
    if instrument.id.is_empty() || instrument.versions.is_empty() {
        return Err("no id or no versions".to_owned());
    }
    let domain_ids: BTreeSet<&str> = instrument.domains.iter().map(|d| d.id.as_str()).collect();
    if domain_ids.len() != instrument.domains.len() || domain_ids.is_empty() {
        return Err("domain ids are not unique".to_owned());
    }
    let item_ids: BTreeSet<&str> = instrument.items.iter().map(|i| i.id.as_str()).collect();
    if item_ids.len() != instrument.items.len() || item_ids.is_empty() {
        return Err("item ids are not unique".to_owned());
    }
    let mut last_domain = 0;
    for item in &instrument.items {
        let Some(domain_index) = instrument.domains.iter().position(|d| d.id == item.domain) else {
            return Err(format!("{} has an unknown domain", item.id));
        };
        if domain_index < last_domain {
            return Err(format!("{} is out of domain order", item.id));
        }
        last_domain = domain_index;
        if let Some(indicator) = &item.indicator {
            if instrument.domains[domain_index]
                .indicator(indicator)
                .is_none()
            {
                return Err(format!("{} has an unknown indicator", item.id));
            }
        }
        for version in &instrument.versions {
            if item.text.get(version).is_none_or(Texts::is_empty) {
                return Err(format!("{} has no {} text", item.id, version.tag()));
            }
        }
    }
    Ok(())
}

#[test]
fn an_instrument_written_out_loads_back_the_same() {
    let instrument = base_instrument();
    let loaded = Instrument::load(&instrument.to_json());
    assert!(loaded.is_clean(), "{:?}", loaded.problems);
    assert_eq!(loaded.instrument, Some(instrument));
}

#[test]
fn limits_are_reported_and_applied() {
    let mut document = base_document();
    let domain = document["domains"][2].clone();
    let item = document["items"][8].clone();
    let domains = document["domains"].as_array_mut().expect("domains");
    for n in 0..MAX_DOMAINS {
        let mut extra = domain.clone();
        extra["id"] = json!(format!("extra-{n}"));
        domains.push(extra);
    }
    let items = document["items"].as_array_mut().expect("items");
    for n in 0..MAX_ITEMS {
        let mut extra = item.clone();
        extra["id"] = json!(format!("extra-{n}"));
        items.push(extra);
    }
    let indicators = document["domains"][0]["indicators"]
        .as_array_mut()
        .expect("indicators");
    for n in 0..MAX_INDICATORS {
        indicators.push(json!({"id": format!("i-{n}"), "name": {"ca": "i", "es": "i", "en": "i"}}));
    }
    document["items"][0]["text"]["self"]["en"] = json!("x".repeat(MAX_TEXT_CHARS + 5));
    let languages = document["languages"].as_array_mut().expect("languages");
    for n in 0..MAX_LANGUAGES {
        languages.push(json!(format!("x{n:02}")));
    }
    let loaded = Instrument::from_value(&document);
    let instrument = loaded.instrument.expect("still usable");
    assert_eq!(instrument.domains.len(), MAX_DOMAINS);
    assert_eq!(instrument.items.len(), MAX_ITEMS);
    assert_eq!(instrument.domains[0].indicators.len(), MAX_INDICATORS);
    assert_eq!(instrument.languages.len(), MAX_LANGUAGES);
    let english = &instrument.items[0].text[&Version::SelfReport]["en"];
    assert_eq!(english.chars().count(), MAX_TEXT_CHARS);
    let ids: BTreeSet<&str> = loaded.problems.iter().map(Problem::message_id).collect();
    for expected in ["instrument-too-many", "instrument-text-too-long"] {
        assert!(ids.contains(expected), "{expected} in {ids:?}");
    }
    let too_many: Vec<String> = loaded
        .problems
        .iter()
        .filter(|problem| problem.message_id() == "instrument-too-many")
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        too_many,
        [
            format!("instrument-too-many(path=languages, count={}, limit={MAX_LANGUAGES})", MAX_LANGUAGES + 3),
            format!("instrument-too-many(path=domains, count={}, limit={MAX_DOMAINS})", MAX_DOMAINS + 3),
            format!(
                "instrument-too-many(path=domains/emotional-wellbeing/indicators, count={}, limit={MAX_INDICATORS})",
                MAX_INDICATORS + 2
            ),
            format!("instrument-too-many(path=items, count={}, limit={MAX_ITEMS})", MAX_ITEMS + 9),
        ]
    );
    assert!(loaded.problems.contains(&Problem::TextTooLong {
        path: "items/ew-1/text/self".into(),
        language: "en".into(),
        limit: MAX_TEXT_CHARS,
    }));

    let huge = format!("{{\"padding\": \"{}\"}}", " ".repeat(MAX_FILE_BYTES));
    let loaded = Instrument::load(&huge);
    assert_eq!(loaded.instrument, None);
    assert_eq!(
        loaded.problems,
        vec![Problem::TooBig {
            bytes: huge.len(),
            limit: MAX_FILE_BYTES
        }]
    );
}

#[test]
fn texts_are_found_in_the_asked_language_or_a_fallback() {
    let mut document = base_document();
    patch(
        &mut document,
        &BTreeMap::from([("/languages".to_owned(), json!(["es", "ca", "en"]))]),
        &["/items/0/text/self/en".to_owned()],
    )
    .expect("patch");
    let loaded = Instrument::from_value(&document);
    let instrument = loaded.instrument.expect("loads");
    let item = &instrument.items[0];
    let text = |version, language| instrument.item_text(item, version, language);
    assert_eq!(
        text(Version::SelfReport, Language::Ca),
        Some("Em sento tranquil·la.")
    );
    assert_eq!(
        text(Version::SelfReport, Language::En),
        Some("Me siento tranquila.")
    );
    assert_eq!(text(Version::Others, Language::En), Some("She feels calm."));
    assert_eq!(
        instrument.text_in(&instrument.title, Language::Es),
        Some("Cuestionario de prueba")
    );
    let basque_only = Texts::from([("eu".to_owned(), "Inoiz ez".to_owned())]);
    assert_eq!(text_in(&basque_only, Language::Ca, &[]), Some("Inoiz ez"));
}

// ---------------------------------------------------------------------------------------
// Scoring: `scoring.json`.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScoringCase {
    about: String,
    /// Changes to the test instrument.
    #[serde(default)]
    instrument_set: BTreeMap<String, Value>,
    team: Vec<Informant>,
    /// Informant id → item id → answer.
    answers: BTreeMap<String, BTreeMap<String, Answer>>,
    /// Informant id → the domains they marked important.
    #[serde(default)]
    important: BTreeMap<String, Vec<String>>,
    expect: ScoringExpect,
}

impl About for ScoringCase {
    fn about(&self) -> &str {
        &self.about
    }
}

/// What the report should say; every domain is listed in `scores`, `others_mean` and
/// `integrated`; only the flagged, marked and priority ones in the rest.
#[derive(Debug, PartialEq, serde::Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScoringExpect {
    /// Domain → informant → score, or `not-enough(answered=…, needed=…, total=…)`.
    scores: BTreeMap<String, BTreeMap<String, Value>>,
    others_mean: BTreeMap<String, Option<u8>>,
    integrated: BTreeMap<String, Option<u8>>,
    /// Domain → difference.
    flagged_domains: BTreeMap<String, u8>,
    /// Item → informant → steps from the person.
    flagged_items: BTreeMap<String, BTreeMap<String, usize>>,
    important_to: BTreeMap<String, Vec<String>>,
    /// Domain → reasons (`important`, `low`).
    priorities: BTreeMap<String, Vec<String>>,
}

fn score_view(score: DomainScore) -> Value {
    match score {
        DomainScore::Score(score) => json!(score),
        DomainScore::NotEnoughAnswers {
            answered,
            needed,
            total,
        } => json!(format!(
            "not-enough(answered={answered}, needed={needed}, total={total})"
        )),
        DomainScore::NoItems => json!("no-items"),
    }
}

fn report_view(report: &Report) -> ScoringExpect {
    let mut view = ScoringExpect {
        scores: BTreeMap::new(),
        others_mean: BTreeMap::new(),
        integrated: BTreeMap::new(),
        flagged_domains: BTreeMap::new(),
        flagged_items: BTreeMap::new(),
        important_to: BTreeMap::new(),
        priorities: BTreeMap::new(),
    };
    for domain in &report.domains {
        let id = domain.domain.clone();
        view.scores.insert(
            id.clone(),
            domain
                .scores
                .iter()
                .map(|cell| (cell.informant.clone(), score_view(cell.score)))
                .collect(),
        );
        view.others_mean.insert(id.clone(), domain.others_mean);
        view.integrated.insert(id.clone(), domain.integrated);
        if let Some(disagreement) = domain.disagreement {
            view.flagged_domains
                .insert(id.clone(), disagreement.difference);
        }
        if !domain.important_to.is_empty() {
            view.important_to.insert(id, domain.important_to.clone());
        }
    }
    for item in &report.items {
        view.flagged_items.insert(
            item.item.clone(),
            item.others
                .iter()
                .map(|other| (other.informant.clone(), other.steps))
                .collect(),
        );
    }
    for priority in &report.priorities {
        let mut reasons = Vec::new();
        if priority.important {
            reasons.push("important".to_owned());
        }
        if priority.low {
            reasons.push("low".to_owned());
        }
        view.priorities.insert(priority.domain.clone(), reasons);
    }
    view
}

/// An assessment with a team and answers put in directly (values off the scale included).
fn assessment_with(
    instrument: &Instrument,
    team: &[Informant],
    answers: &BTreeMap<String, BTreeMap<String, Answer>>,
    important: &BTreeMap<String, Vec<String>>,
) -> Result<Assessment, String> {
    let mut assessment = Assessment::new("a-1", instrument, date(2026, 11, 2));
    for informant in team {
        assessment
            .add_informant(informant.clone())
            .map_err(|problem| format!("{}: {}", informant.id, problem.message_id()))?;
    }
    for (informant, answers) in answers {
        let responses = assessment
            .responses_mut(informant)
            .ok_or_else(|| format!("{informant} is not on the team"))?;
        responses.answers.extend(answers.clone());
    }
    for (informant, domains) in important {
        let responses = assessment
            .responses_mut(informant)
            .ok_or_else(|| format!("{informant} is not on the team"))?;
        responses.important.extend(domains.iter().cloned());
    }
    Ok(assessment)
}

#[test]
fn answers_score_as_the_rules_say() {
    check("scoring.json", |case: &ScoringCase| {
        let mut document = base_document();
        patch(&mut document, &case.instrument_set, &[])?;
        let loaded = Instrument::from_value(&document);
        let instrument = loaded
            .instrument
            .ok_or_else(|| format!("the instrument does not load: {:?}", loaded.problems))?;
        let assessment = assessment_with(&instrument, &case.team, &case.answers, &case.important)?;
        let report = assessment.report(&instrument);
        let domain_order: Vec<&str> = report.domains.iter().map(|d| d.domain.as_str()).collect();
        let instrument_order: Vec<&str> =
            instrument.domains.iter().map(|d| d.id.as_str()).collect();
        if domain_order != instrument_order {
            return Err(format!("domains in order {domain_order:?}"));
        }
        if report.informants.len() != case.team.len()
            || (assessment.person().is_some() && !report.informants[0].is_person())
        {
            return Err("the informants are not the team, the person first".to_owned());
        }
        let actual = report_view(&report);
        if actual != case.expect {
            return Err(format!(
                "\n  got      {}\n  expected {}",
                json!(actual),
                json!(case.expect)
            ));
        }
        Ok(())
    });
}

#[test]
fn item_points_reverse_and_ignore_what_is_not_a_value() {
    let instrument = base_instrument();
    let scale = &instrument.scale;
    let item = |id: &str| instrument.item(id).expect("item").clone();
    assert_eq!(item_points(scale, &item("ew-1"), Answer::Value(4)), Some(4));
    assert_eq!(item_points(scale, &item("ew-3"), Answer::Value(4)), Some(1));
    assert_eq!(item_points(scale, &item("ew-3"), Answer::Value(2)), Some(3));
    assert_eq!(item_points(scale, &item("ew-1"), Answer::DontKnow), None);
    assert_eq!(item_points(scale, &item("ew-1"), Answer::Skipped), None);
    assert_eq!(item_points(scale, &item("ew-1"), Answer::Value(5)), None);
    assert_eq!(
        DomainScore::NoItems.reason_message_id(),
        Some("score-no-items")
    );
    assert_eq!(DomainScore::Score(3).reason_message_id(), None);
    assert_eq!(
        (DOMAIN_THRESHOLD, ITEM_THRESHOLD_STEPS, LOW_SCORE),
        (25, 2, 50)
    );
}

// ---------------------------------------------------------------------------------------
// Answering.

#[test]
fn answering_moves_on_and_going_back_keeps_the_answer() {
    let instrument = base_instrument();
    let now: Timestamp = "2026-11-24T10:00:00Z".parse().expect("instant");
    let mut responses = Responses::default();
    assert_eq!(
        responses.current_item(&instrument).map(|i| i.id.as_str()),
        Some("ew-1")
    );
    assert_eq!(
        responses.answer(&instrument, "ew-1", Answer::Value(3), now),
        Ok(())
    );
    assert_eq!(responses.position, 1);
    assert_eq!(responses.updated, Some(now));
    responses
        .answer(&instrument, "ew-2", Answer::DontKnow, now)
        .expect("answers");
    assert_eq!(
        responses.current_item(&instrument).map(|i| i.id.as_str()),
        Some("ew-3")
    );
    responses.go_back(&instrument);
    assert_eq!(
        responses.current_item(&instrument).map(|i| i.id.as_str()),
        Some("ew-2")
    );
    assert_eq!(responses.answers.get("ew-2"), Some(&Answer::DontKnow));
    assert_eq!(
        responses.answer(&instrument, "ew-2", Answer::Value(9), now),
        Err(AnswerProblem::NotOnScale)
    );
    assert_eq!(
        responses.answer(&instrument, "nope", Answer::Skipped, now),
        Err(AnswerProblem::UnknownItem)
    );
    assert_eq!(
        AnswerProblem::NotOnScale.message_id(),
        "answer-not-on-scale"
    );
    responses.go_to(&instrument, 0);
    responses.go_back(&instrument);
    assert_eq!(responses.position, 0);
    responses
        .answer(&instrument, "sd-2", Answer::Skipped, now)
        .expect("answers");
    assert_eq!(responses.position, instrument.items.len());
    assert_eq!(responses.current_item(&instrument), None);
    responses.go_to(&instrument, 99);
    assert_eq!(responses.position, instrument.items.len());

    assert_eq!(
        responses.set_important(&instrument, "relationships", true, now),
        Ok(())
    );
    assert!(responses.is_important("relationships"));
    assert_eq!(
        responses.set_important(&instrument, "leisure", true, now),
        Err(AnswerProblem::UnknownDomain)
    );
    responses
        .set_important(&instrument, "relationships", false, now)
        .expect("unmarks");
    assert!(responses.important.is_empty());

    responses.answers.insert("ew-3".into(), Answer::Value(7));
    let progress = responses.progress(&instrument);
    let expected = [
        ("emotional-wellbeing", 4, 2, 1),
        ("relationships", 3, 0, 0),
        ("self-determination", 2, 1, 0),
    ]
    .map(|(domain, total, answered, valued)| DomainProgress {
        domain: domain.into(),
        total,
        answered,
        valued,
    });
    assert_eq!(progress, expected);
    assert!(!responses.is_complete(&instrument));
    for item in &instrument.items {
        responses
            .answer(&instrument, &item.id, Answer::Skipped, now)
            .expect("answers");
    }
    assert!(responses.is_complete(&instrument));
    assert!(!responses.finished);
    responses.finish(now);
    assert!(responses.finished);
}

// Issue #21: "I have finished" was taken at 5 of 40 answers without a word; the form now
// names what has no answer before it finishes.
#[test]
fn the_unanswered_items_are_named_in_order() {
    let instrument = base_instrument();
    let now: Timestamp = "2026-11-24T10:00:00Z".parse().expect("instant");
    let mut responses = Responses::default();
    let ids = |responses: &Responses| -> Vec<String> {
        responses
            .unanswered(&instrument)
            .iter()
            .map(|item| item.id.clone())
            .collect()
    };
    assert_eq!(ids(&responses).len(), instrument.items.len());
    responses
        .answer(&instrument, "ew-1", Answer::Value(3), now)
        .expect("answers");
    responses
        .answer(&instrument, "ew-2", Answer::DontKnow, now)
        .expect("answers");
    responses
        .answer(&instrument, "ew-4", Answer::Skipped, now)
        .expect("answers");
    // A value no longer on the scale is no answer.
    responses.answers.insert("ew-3".into(), Answer::Value(7));
    let left = ids(&responses);
    assert_eq!(left.first().map(String::as_str), Some("ew-3"));
    assert_eq!(left.len(), instrument.items.len() - 3);
    for item in &instrument.items {
        responses
            .answer(&instrument, &item.id, Answer::Value(2), now)
            .expect("answers");
    }
    assert!(ids(&responses).is_empty());
    assert!(responses.is_complete(&instrument));
}

// Issue #21: a professional ticked "This is important to Laia" and Priorities stayed
// empty with no word: only the person's own choice makes a priority, and the report
// names who else marked it.
#[test]
fn what_others_mark_important_is_named_but_is_no_priority() {
    let instrument = base_instrument();
    let member = |id: &str, name: &str, role| Informant {
        id: id.into(),
        name: name.into(),
        role,
    };
    let team = [
        member("i-1", "Laia", Role::Person),
        member("i-2", "Jordi", Role::Professional),
    ];
    let important = BTreeMap::from([("i-2".to_owned(), vec!["relationships".to_owned()])]);
    let assessment =
        assessment_with(&instrument, &team, &BTreeMap::new(), &important).expect("team");
    let report = assessment.report(&instrument);
    let relationships = report.domain("relationships").expect("domain");
    assert!(!relationships.important);
    assert_eq!(relationships.marked_only_by_others(), ["i-2".to_owned()]);
    assert!(report.priorities.is_empty());
    // Once Laia marks it too, it is a priority and no longer "only by others".
    let both = BTreeMap::from([
        ("i-1".to_owned(), vec!["relationships".to_owned()]),
        ("i-2".to_owned(), vec!["relationships".to_owned()]),
    ]);
    let assessment = assessment_with(&instrument, &team, &BTreeMap::new(), &both).expect("team");
    let report = assessment.report(&instrument);
    assert!(report
        .domain("relationships")
        .expect("domain")
        .marked_only_by_others()
        .is_empty());
    assert_eq!(report.priorities.len(), 1);
    // With no person on the team, anyone's mark counts.
    let alone = [member("i-2", "Jordi", Role::Professional)];
    let assessment =
        assessment_with(&instrument, &alone, &BTreeMap::new(), &important).expect("team");
    let report = assessment.report(&instrument);
    assert!(report
        .domain("relationships")
        .expect("domain")
        .marked_only_by_others()
        .is_empty());
    assert_eq!(report.priorities.len(), 1);
}

// ---------------------------------------------------------------------------------------
// Stored assessments: `records.json`.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RecordCase {
    about: String,
    record: Value,
    dropped: usize,
    #[serde(default)]
    expect: Option<Value>,
    /// Whether storing the loaded assessment and loading it again gives it back.
    #[serde(default)]
    round_trip: bool,
}

impl About for RecordCase {
    fn about(&self) -> &str {
        &self.about
    }
}

#[test]
fn stored_assessments_load_leniently() {
    check("records.json", |case: &RecordCase| {
        let (assessment, dropped) = Assessment::from_record(&case.record);
        if dropped != case.dropped {
            return Err(format!("dropped {dropped}, expected {}", case.dropped));
        }
        let stored = serde_json::to_value(&assessment).map_err(|e| e.to_string())?;
        if let Some(expected) = &case.expect {
            matches(&stored, expected, "$")?;
        }
        if case.round_trip {
            if stored != case.record {
                return Err(format!("stored as {stored}"));
            }
            let (again, dropped) = Assessment::from_record(&stored);
            if (&again, dropped) != (&assessment, 0) {
                return Err("does not load back the same".to_owned());
            }
        }
        Ok(())
    });
}

// ---------------------------------------------------------------------------------------
// Answers files: `answers_files.json`.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswersFileCases {
    file: Value,
    cases: Vec<AnswersFileCase>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswersFileCase {
    about: String,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    set: BTreeMap<String, Value>,
    #[serde(default)]
    remove: Vec<String>,
    /// The problem as `message-id(args)`, or only its message id; `null` when it loads.
    problem: Option<String>,
    /// The informant's name as loaded.
    #[serde(default)]
    name: Option<String>,
}

impl About for AnswersFileCase {
    fn about(&self) -> &str {
        &self.about
    }
}

#[test]
fn answers_files_load_or_say_why_not() {
    let cases: AnswersFileCases = read_json("answers_files.json");
    check_cases("answers_files.json", &cases.cases, |case| {
        let text = match &case.text {
            Some(text) => text.clone(),
            None => {
                let mut document = cases.file.clone();
                patch(&mut document, &case.set, &case.remove)?;
                document.to_string()
            }
        };
        match (AnswersFile::load(&text), &case.problem) {
            (Ok(file), None) => {
                if let Some(name) = &case.name {
                    if file.informant.name != *name {
                        return Err(format!("name {:?}", file.informant.name));
                    }
                }
                let again = AnswersFile::load(&file.to_json()).map_err(|p| p.message_id())?;
                if again != file {
                    return Err("does not load back the same".to_owned());
                }
                Ok(())
            }
            (Ok(_), Some(expected)) => Err(format!("loads, expected {expected}")),
            (Err(problem), expected) => {
                let actual = if expected.as_deref().is_some_and(|e| !e.contains('(')) {
                    problem.message_id().to_owned()
                } else {
                    described(problem.message_id(), problem.args())
                };
                if Some(&actual) == expected.as_ref() {
                    Ok(())
                } else {
                    Err(format!("{actual}, expected {expected:?}"))
                }
            }
        }
    });
}

#[test]
fn answers_files_are_exported_and_refused_when_too_big() {
    let instrument = base_instrument();
    let mut assessment = Assessment::new("a-1", &instrument, date(2026, 11, 2));
    let marta = Informant {
        id: "i-2".into(),
        name: "Marta".into(),
        role: Role::Family,
    };
    assessment.add_informant(marta.clone()).expect("joins");
    let now: Timestamp = "2026-11-24T10:00:00Z".parse().expect("instant");
    assessment
        .responses_mut("i-2")
        .expect("on the team")
        .answer(&instrument, "rel-2", Answer::Value(1), now)
        .expect("answers");
    let file = AnswersFile::export(&assessment, "i-2", now).expect("exports");
    assert_eq!(file.informant, marta);
    assert_eq!(file.file_name(), "pictokit-answers-a-1-i-2.json");
    let text = file.to_json();
    assert!(text.contains(&format!("\"format\": \"{ANSWERS_FORMAT}\"")));
    assert!(text.contains("\"exported\": \"2026-11-24T10:00:00Z\""));
    assert_eq!(AnswersFile::load(&text), Ok(file));
    assert_eq!(AnswersFile::export(&assessment, "nobody", now), None);

    let huge = " ".repeat(MAX_ANSWERS_FILE_BYTES + 1);
    assert_eq!(
        AnswersFile::load(&huge),
        Err(FileProblem::TooBig {
            bytes: MAX_ANSWERS_FILE_BYTES + 1,
            limit: MAX_ANSWERS_FILE_BYTES
        })
    );
    // Issue #22: an empty file was "an error at line 1, column 0".
    for empty in ["", "  \n", "\u{feff}", "\u{feff} \r\n"] {
        assert_eq!(
            AnswersFile::load(empty),
            Err(FileProblem::Empty),
            "{empty:?}"
        );
    }
    assert_eq!(FileProblem::Empty.message_id(), "answers-file-empty");
    assert!(matches!(
        AnswersFile::load("{"),
        Err(FileProblem::NotJson { line: 1, .. })
    ));
}

// ---------------------------------------------------------------------------------------
// Merging: `merge.json`.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MergeCases {
    /// The stored assessment every case starts from.
    assessment: Value,
    cases: Vec<MergeCase>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MergeCase {
    about: String,
    /// The answers file, without `format` and `format_version`.
    file: Value,
    /// `auto` (the default), `new`, or `{"into": id}`.
    #[serde(default)]
    target: Option<Value>,
    /// The preview: `refusal` only, or everything it says.
    preview: Value,
    /// Item → `keep-local` or `take-incoming`.
    #[serde(default)]
    resolutions: BTreeMap<String, String>,
    /// What applying did, or `{"refused": …}`.
    #[serde(default)]
    outcome: Option<Value>,
    /// The team's ids afterwards.
    #[serde(default)]
    team_after: Option<Vec<String>>,
    /// Part of the responses afterwards, by informant.
    #[serde(default)]
    after: Option<Value>,
    /// Whether to merge the same file again (with the same resolutions), which must
    /// change nothing.
    #[serde(default)]
    again: bool,
}

impl About for MergeCase {
    fn about(&self) -> &str {
        &self.about
    }
}

fn preview_view(preview: &MergePreview) -> Value {
    if let Some(refusal) = &preview.refusal {
        return json!({"refusal": described(refusal.message_id(), refusal.args())});
    }
    let matched = match &preview.matched {
        merge::InformantMatch::New => "new".to_owned(),
        merge::InformantMatch::SameId => "same-id".to_owned(),
        merge::InformantMatch::ProbablySame { local } => format!("probably-same:{local}"),
        merge::InformantMatch::Chosen { local } => format!("chosen:{local}"),
    };
    let conflicts: Vec<Value> = preview
        .conflicts
        .iter()
        .map(|c| json!({"item": c.item, "local": c.local, "incoming": c.incoming}))
        .collect();
    json!({
        "refusal": null,
        "matched": matched,
        "target": preview.target,
        "additions": preview.additions,
        "duplicates": preview.duplicates,
        "conflicts": conflicts,
        "unknown_items": preview.unknown_items,
        "off_scale": preview.off_scale,
        "new_important": preview.new_important,
    })
}

fn merge_target(target: Option<&Value>) -> Result<MergeTarget, String> {
    match target {
        None => Ok(MergeTarget::Auto),
        Some(Value::String(text)) if text == "auto" => Ok(MergeTarget::Auto),
        Some(Value::String(text)) if text == "new" => Ok(MergeTarget::AsNew),
        Some(value) => value
            .get("into")
            .and_then(Value::as_str)
            .map(|id| MergeTarget::Into(id.to_owned()))
            .ok_or_else(|| format!("not a target: {value}")),
    }
}

fn resolutions(case: &MergeCase) -> Result<BTreeMap<String, Choice>, String> {
    case.resolutions
        .iter()
        .map(|(item, choice)| match choice.as_str() {
            "keep-local" => Ok((item.clone(), Choice::KeepLocal)),
            "take-incoming" => Ok((item.clone(), Choice::TakeIncoming)),
            other => Err(format!("not a choice: {other}")),
        })
        .collect()
}

#[test]
fn answers_files_merge_without_overwriting_anything_unasked() {
    let instrument = base_instrument();
    let cases: MergeCases = read_json("merge.json");
    let (start, dropped) = Assessment::from_record(&cases.assessment);
    assert_eq!(dropped, 0);
    check_cases("merge.json", &cases.cases, |case| {
        let mut document = case.file.clone();
        document["format"] = json!(ANSWERS_FORMAT);
        document["format_version"] = json!(1);
        let file = AnswersFile::load(&document.to_string())
            .map_err(|problem| format!("the file does not load: {problem:?}"))?;
        let target = merge_target(case.target.as_ref())?;
        let resolutions = resolutions(case)?;
        let mut assessment = start.clone();
        let preview = assessment.preview_merge_as(&file, &instrument, &target);
        matches(&preview_view(&preview), &case.preview, "preview")?;
        let Some(expected_outcome) = &case.outcome else {
            return Ok(());
        };
        let outcome = match assessment.apply_merge(&preview, &resolutions) {
            Ok(outcome) => json!({
                "joined": outcome.joined,
                "added": outcome.added,
                "taken": outcome.taken,
                "kept": outcome.kept,
                "unresolved": outcome.unresolved.iter().map(|c| c.item.clone()).collect::<Vec<_>>(),
                "marked": outcome.marked,
            }),
            Err(refusal) => {
                if assessment != start {
                    return Err("a refused merge changed the assessment".to_owned());
                }
                json!({"refused": described(refusal.message_id(), refusal.args())})
            }
        };
        matches(&outcome, expected_outcome, "outcome")?;
        if let Some(team) = &case.team_after {
            let ids: Vec<&str> = assessment.team.iter().map(|m| m.id.as_str()).collect();
            if ids != *team {
                return Err(format!("team {ids:?}"));
            }
        }
        if let Some(after) = &case.after {
            let responses =
                serde_json::to_value(&assessment.responses).map_err(|e| e.to_string())?;
            matches(&responses, after, "responses")?;
        }
        no_local_answer_lost(&start, &assessment, &preview.target, &resolutions)?;
        if case.again {
            // The second time, a file that joined as new matches its own id.
            let target = match target {
                MergeTarget::AsNew => MergeTarget::Auto,
                other => other,
            };
            let before = assessment.clone();
            let preview = assessment.preview_merge_as(&file, &instrument, &target);
            assessment
                .apply_merge(&preview, &resolutions)
                .map_err(|refusal| format!("again: {}", refusal.message_id()))?;
            if assessment != before {
                return Err("merging again changed the assessment".to_owned());
            }
        }
        Ok(())
    });
}

/// Every answer there was before a merge is still there, unless a `TakeIncoming`
/// resolution names its item; other informants' answers are untouched.
fn no_local_answer_lost(
    before: &Assessment,
    after: &Assessment,
    target: &str,
    resolutions: &BTreeMap<String, Choice>,
) -> Result<(), String> {
    for (informant, responses) in &before.responses {
        let now = after
            .responses_of(informant)
            .ok_or_else(|| format!("{informant}'s answers are gone"))?;
        for (item, answer) in &responses.answers {
            let replaceable =
                informant == target && resolutions.get(item) == Some(&Choice::TakeIncoming);
            if now.answers.get(item) != Some(answer) && !replaceable {
                return Err(format!("{informant}'s answer to {item} was lost"));
            }
        }
        if !responses.important.is_subset(&now.important) {
            return Err(format!("{informant}'s marks were lost"));
        }
    }
    Ok(())
}

#[test]
fn a_preview_is_only_applied_to_its_assessment() {
    let instrument = base_instrument();
    let mut first = Assessment::new("a-1", &instrument, date(2026, 11, 2));
    let pau = Informant {
        id: "i-1".into(),
        name: "Pau".into(),
        role: Role::Person,
    };
    first.add_informant(pau).expect("joins");
    let now: Timestamp = "2026-11-24T10:00:00Z".parse().expect("instant");
    let file = AnswersFile::export(&first, "i-1", now).expect("exports");
    let preview = first.preview_merge(&file, &instrument);
    assert!(preview.changes_nothing());
    let mut second = Assessment::new("a-2", &instrument, date(2026, 11, 2));
    assert_eq!(
        second.apply_merge(&preview, &BTreeMap::new()),
        Err(merge::Refusal::StalePreview)
    );
    let mut other_version = instrument.clone();
    other_version.version = "9.9.9".into();
    let preview = first.preview_merge(&file, &other_version);
    assert_eq!(
        preview.refusal.map(|refusal| refusal.message_id()),
        Some("merge-wrong-instrument")
    );
}

#[test]
fn answers_that_changed_since_the_preview_are_not_overwritten() {
    let instrument = base_instrument();
    let (mut assessment, _) =
        Assessment::from_record(&read_json::<MergeCases>("merge.json").assessment);
    let mut file = AnswersFile::export(&assessment, "i-2", Timestamp::UNIX_EPOCH).expect("exports");
    file.responses
        .answers
        .insert("ew-1".into(), Answer::Value(4));
    file.responses
        .answers
        .insert("ew-3".into(), Answer::Value(4));
    let preview = assessment.preview_merge(&file, &instrument);
    assert_eq!(preview.additions.len(), 1);
    assert_eq!(preview.conflicts.len(), 1);
    // Meanwhile, on this device, Marta answers both items.
    let marta = assessment.responses_mut("i-2").expect("on the team");
    marta.answers.insert("ew-1".into(), Answer::Value(3));
    marta.answers.insert("ew-3".into(), Answer::Value(1));
    let resolutions = BTreeMap::from([("ew-1".to_owned(), Choice::TakeIncoming)]);
    let outcome = assessment
        .apply_merge(&preview, &resolutions)
        .expect("merges");
    let unresolved: Vec<&str> = outcome.unresolved.iter().map(|c| c.item.as_str()).collect();
    assert_eq!(unresolved, ["ew-3", "ew-1"]);
    assert_eq!((outcome.added, outcome.taken), (0, 0));
    let marta = assessment.responses_of("i-2").expect("answers");
    assert_eq!(marta.answers["ew-1"], Answer::Value(3));
    assert_eq!(marta.answers["ew-3"], Answer::Value(1));
}

#[test]
fn a_full_team_takes_no_new_informant() {
    let instrument = base_instrument();
    let mut assessment = Assessment::new("a-1", &instrument, date(2026, 11, 2));
    for n in 0..MAX_TEAM {
        let informant = Informant {
            id: format!("i-{n}"),
            name: format!("Name {n}"),
            role: Role::Other,
        };
        assessment.add_informant(informant).expect("joins");
    }
    let mut file = AnswersFile::export(&assessment, "i-0", Timestamp::UNIX_EPOCH).expect("file");
    file.informant = Informant {
        id: "x-1".into(),
        name: "Somebody".into(),
        role: Role::Family,
    };
    let preview = assessment.preview_merge(&file, &instrument);
    assert_eq!(preview.refusal, Some(merge::Refusal::TeamFull));
}

// ---------------------------------------------------------------------------------------
// The support plan.

fn goal(id: &str, words: &str, domain: &str) -> Goal {
    Goal {
        id: id.into(),
        words: words.into(),
        domain: domain.into(),
        picto: None,
        supports: String::new(),
        who_helps: String::new(),
        review: None,
        schedule_entries: Vec::new(),
    }
}

#[test]
fn goals_are_checked() {
    let instrument = base_instrument();
    let check = |goal: Goal| goal.checked(&instrument).map(|goal| goal.words);
    assert_eq!(
        check(goal("goal-1", "  Anar a la piscina  ", "relationships")),
        Ok("Anar a la piscina".to_owned())
    );
    assert_eq!(
        check(goal("goal 1", "x", "relationships")),
        Err(PlanProblem::BadId)
    );
    assert_eq!(
        check(goal("goal-1", "  ", "relationships")),
        Err(PlanProblem::EmptyGoal)
    );
    let with_picture = Goal {
        picto: PictoRef::parse("om:1F3CA"),
        ..goal("goal-1", "", "relationships")
    };
    assert!(check(with_picture).is_ok());
    assert_eq!(
        check(goal("goal-1", "x", "leisure")),
        Err(PlanProblem::UnknownDomain)
    );
    let long = goal(
        "goal-1",
        &"x".repeat(MAX_PLAN_TEXT_CHARS + 1),
        "relationships",
    );
    assert_eq!(check(long), Err(PlanProblem::TextTooLong));
    let long_supports = Goal {
        supports: "y".repeat(MAX_PLAN_TEXT_CHARS + 1),
        ..goal("goal-1", "x", "relationships")
    };
    assert_eq!(check(long_supports), Err(PlanProblem::TextTooLong));
    let links = Goal {
        schedule_entries: vec!["swim".into(), "swim".into(), "cook".into()],
        ..goal("goal-1", "x", "relationships")
    };
    assert_eq!(
        links.checked(&instrument).map(|goal| goal.schedule_entries),
        Ok(vec!["swim".to_owned(), "cook".to_owned()])
    );
    let bad_link = Goal {
        schedule_entries: vec!["../x".into()],
        ..goal("goal-1", "x", "relationships")
    };
    assert_eq!(check(bad_link), Err(PlanProblem::BadScheduleLink));
    assert_eq!(
        PlanProblem::PersonMustAgree.message_id(),
        "plan-person-must-agree"
    );
}

#[test]
fn the_plan_is_agreed_with_the_person_and_changing_it_needs_agreeing_again() {
    let instrument = base_instrument();
    let mut assessment = Assessment::new("a-1", &instrument, date(2026, 11, 2));
    for (id, name, role) in [
        ("i-1", "Pau", Role::Person),
        ("i-2", "Marta", Role::Family),
        ("i-3", "Jordi", Role::Professional),
    ] {
        let informant = Informant {
            id: id.into(),
            name: name.into(),
            role,
        };
        assessment.add_informant(informant).expect("joins");
    }
    let ids = |ids: &[&str]| ids.iter().map(|id| (*id).to_owned()).collect::<Vec<_>>();
    let day: Date = date(2026, 11, 30);
    assert_eq!(
        assessment.agree_plan(&ids(&["i-1"]), day),
        Err(PlanProblem::NoGoals)
    );
    let plan = &mut assessment.plan;
    let swim = Goal {
        schedule_entries: vec!["swim".into()],
        ..goal(
            &plan.new_goal_id(),
            "Anar a la piscina amb la Laia",
            "relationships",
        )
    };
    assert_eq!(swim.id, "goal-1");
    plan.add_goal(&instrument, swim.clone()).expect("adds");
    assert_eq!(plan.new_goal_id(), "goal-2");
    assert_eq!(
        plan.add_goal(&instrument, swim.clone()),
        Err(PlanProblem::DuplicateId)
    );
    assert_eq!(
        assessment.agree_plan(&ids(&["i-2", "i-3"]), day),
        Err(PlanProblem::PersonMustAgree)
    );
    assert_eq!(
        assessment.agree_plan(&[], day),
        Err(PlanProblem::NobodyAgrees)
    );
    assert_eq!(
        assessment.agree_plan(&ids(&["i-1", "i-9"]), day),
        Err(PlanProblem::UnknownInformant)
    );
    assert!(!assessment.plan.is_agreed());
    assessment
        .agree_plan(&ids(&["i-3", "i-1", "i-1"]), day)
        .expect("agrees");
    assert!(assessment.plan.is_agreed());
    assert_eq!(assessment.plan.agreed_by, ids(&["i-1", "i-3"]));
    assert_eq!(assessment.plan.agreed_on, Some(day));

    // The same goal again changes nothing: still agreed.
    assert_eq!(
        assessment.plan.update_goal(&instrument, swim.clone()),
        Ok(false)
    );
    assert!(assessment.plan.is_agreed());
    // A real change clears the agreement.
    let changed = Goal {
        who_helps: "Marta".into(),
        ..swim.clone()
    };
    assert_eq!(assessment.plan.update_goal(&instrument, changed), Ok(true));
    assert!(!assessment.plan.is_agreed());
    assert_eq!(assessment.plan.agreed_on, None);
    assert_eq!(
        assessment
            .plan
            .update_goal(&instrument, goal("goal-9", "x", "relationships")),
        Err(PlanProblem::UnknownGoal)
    );

    // Adding a goal clears it too.
    assessment.agree_plan(&ids(&["i-1"]), day).expect("agrees");
    let cook = goal("goal-2", "Cuinar el sopar", "self-determination");
    assessment.plan.add_goal(&instrument, cook).expect("adds");
    assert!(!assessment.plan.is_agreed());

    // And removing one.
    assessment
        .agree_plan(&ids(&["i-1", "i-2"]), day)
        .expect("agrees");
    assert_eq!(assessment.plan.remove_goal("goal-9"), None);
    assert!(assessment.plan.is_agreed());
    assert!(assessment.plan.remove_goal("goal-2").is_some());
    assert!(!assessment.plan.is_agreed());

    // Unlinking an activity removed from the schedule keeps the agreement.
    assessment
        .agree_plan(&ids(&["i-1", "i-2"]), day)
        .expect("agrees");
    assert_eq!(assessment.plan.goals_for_entry("swim").count(), 1);
    assert_eq!(assessment.plan.unlink_schedule_entry("swim"), 1);
    assert_eq!(assessment.plan.goals_for_entry("swim").count(), 0);
    assert!(assessment.plan.is_agreed());

    // Someone who agreed leaves the team: the others' agreement stays; when nobody who
    // agreed is left, it is gone.
    assessment.remove_informant("i-2");
    assert_eq!(assessment.plan.agreed_by, ids(&["i-1"]));
    assert!(assessment.plan.is_agreed());
    assessment.remove_informant("i-1");
    assert!(!assessment.plan.is_agreed());
    // Without the person on the team, the others can agree.
    assessment.agree_plan(&ids(&["i-3"]), day).expect("agrees");

    for n in assessment.plan.goals.len()..MAX_GOALS {
        let extra = goal(&format!("extra-{n}"), "x", "relationships");
        assessment.plan.add_goal(&instrument, extra).expect("adds");
    }
    assert_eq!(
        assessment
            .plan
            .add_goal(&instrument, goal("one-more", "x", "relationships")),
        Err(PlanProblem::TooManyGoals)
    );
}

// ---------------------------------------------------------------------------------------
// Property tests.

/// Object keys: mostly the format's own field names, so generated documents get deep.
fn json_key() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "format",
            "format_version",
            "id",
            "version",
            "languages",
            "title",
            "description",
            "licence",
            "versions",
            "scale",
            "options",
            "value",
            "picto",
            "label",
            "domains",
            "indicators",
            "name",
            "items",
            "domain",
            "indicator",
            "reverse",
            "text",
            "self",
            "others",
            "ca",
            "es",
            "en",
        ])
        .prop_map(str::to_owned),
        "[a-z_]{1,8}",
    ]
}

fn arbitrary_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        (-10i64..10).prop_map(|n| json!(n)),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| json!(f)),
        prop::sample::select(vec![
            "pictokit-instrument",
            "self",
            "others",
            "om:1F600",
            "arasaac:12",
            "photo:m-1",
            "om:",
            "ca",
            "es",
            "en",
            "emotional-wellbeing",
            "calm",
            "ew-1",
            "",
        ])
        .prop_map(|text| json!(text)),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 96, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(json_key(), inner, 0..8)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

/// Every JSON pointer to a part of a document.
fn pointers(value: &Value, prefix: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let pointer = format!("{prefix}/{}", key.replace('~', "~0").replace('/', "~1"));
                out.push(pointer.clone());
                pointers(child, &pointer, out);
            }
        }
        Value::Array(list) => {
            for (index, child) in list.iter().enumerate() {
                let pointer = format!("{prefix}/{index}");
                out.push(pointer.clone());
                pointers(child, &pointer, out);
            }
        }
        _ => {}
    }
}

proptest! {
    #[test]
    fn loading_any_text_never_panics(text in ".{0,300}") {
        let loaded = Instrument::load(&text);
        prop_assert!(loaded.instrument.is_none());
        prop_assert!(!loaded.problems.is_empty());
        let _ = AnswersFile::load(&text);
    }

    #[test]
    fn loading_any_json_never_panics(value in arbitrary_json()) {
        let loaded = Instrument::from_value(&value);
        if let Some(instrument) = &loaded.instrument {
            prop_assert!(check_invariants(instrument).is_ok());
        }
        let _ = AnswersFile::load(&value.to_string());
        let (assessment, _) = Assessment::from_record(&value);
        let (again, dropped) = Assessment::from_record(
            &serde_json::to_value(&assessment).expect("serialises"),
        );
        prop_assert_eq!(dropped, 0);
        prop_assert_eq!(again, assessment);
    }

    #[test]
    fn a_damaged_instrument_never_panics_and_keeps_its_promises(
        changes in prop::collection::vec(
            (any::<prop::sample::Index>(), arbitrary_json(), any::<bool>()), 1..6)
    ) {
        let mut document = base_document();
        for (index, value, remove) in changes {
            let mut all = Vec::new();
            pointers(&document, "", &mut all);
            if all.is_empty() {
                break;
            }
            let pointer = index.get(&all).clone();
            let removing = if remove { vec![pointer.clone()] } else { Vec::new() };
            let setting = if remove {
                BTreeMap::new()
            } else {
                BTreeMap::from([(pointer, value)])
            };
            patch(&mut document, &setting, &removing).expect("a pointer of the document");
        }
        let loaded = Instrument::load(&document.to_string());
        prop_assert_eq!(
            loaded.instrument.is_some(),
            !loaded.problems.iter().any(Problem::is_fatal)
        );
        if let Some(instrument) = &loaded.instrument {
            if let Err(error) = check_invariants(instrument) {
                return Err(TestCaseError::fail(error));
            }
            let again = Instrument::load(&instrument.to_json());
            prop_assert_eq!(again.instrument.as_ref(), Some(instrument));
        }
    }
}

/// A generated instrument: a scale, and domains of items (some reversed).
fn generated_instrument(values: &BTreeSet<i32>, domain_sizes: &[(usize, usize)]) -> Instrument {
    let texts = || Texts::from([("en".to_owned(), "x".to_owned())]);
    let scale = Scale {
        options: values
            .iter()
            .map(|value| ScaleOption {
                value: *value,
                picto: None,
                label: texts(),
            })
            .collect(),
    };
    let mut domains = Vec::new();
    let mut items = Vec::new();
    for (index, (size, reversed)) in domain_sizes.iter().enumerate() {
        let domain = format!("d-{index}");
        domains.push(Domain {
            id: domain.clone(),
            picto: None,
            name: texts(),
            description: Texts::new(),
            indicators: Vec::new(),
        });
        for n in 0..*size {
            items.push(Item {
                id: format!("{domain}-{n}"),
                domain: domain.clone(),
                indicator: None,
                picto: None,
                reverse: n < *reversed,
                text: Version::ALL.into_iter().map(|v| (v, texts())).collect(),
            });
        }
    }
    Instrument {
        id: "generated".into(),
        version: "1".into(),
        languages: vec!["en".into()],
        title: texts(),
        description: Texts::new(),
        licence: "test".into(),
        versions: Version::ALL.to_vec(),
        scale,
        domains,
        items,
    }
}

/// An answer drawn from a number: a place on the scale, "I don't know", skipped, a value
/// off the scale, or no answer.
fn answer_from(choice: u8, values: &[i32]) -> Option<Answer> {
    let n = values.len();
    match usize::from(choice) % (n + 4) {
        place if place < n => Some(Answer::Value(values[place])),
        place if place == n => Some(Answer::DontKnow),
        place if place == n + 1 => Some(Answer::Skipped),
        place if place == n + 2 => Some(Answer::Value(values[n - 1] + 1)),
        _ => None,
    }
}

proptest! {
    #[test]
    fn scores_stay_in_range_and_follow_the_rules(
        values in prop::collection::btree_set(-20i32..20, 2..=7),
        domain_sizes in prop::collection::vec((1usize..6, 0usize..3), 1..4),
        n_others in 0usize..4,
        has_person in any::<bool>(),
        choices in prop::collection::vec(any::<u8>(), 5 * 6 * 4),
    ) {
        let instrument = generated_instrument(&values, &domain_sizes);
        let value_list: Vec<i32> = values.iter().copied().collect();
        let mut team = Vec::new();
        if has_person {
            team.push(Informant { id: "p".into(), name: "P".into(), role: Role::Person });
        }
        for n in 0..n_others {
            team.push(Informant { id: format!("o-{n}"), name: format!("O {n}"), role: Role::Family });
        }
        let mut answers = BTreeMap::new();
        let mut choice = choices.iter().cycle();
        for informant in &team {
            let mut given = BTreeMap::new();
            for item in &instrument.items {
                if let Some(answer) = answer_from(*choice.next().unwrap_or(&0), &value_list) {
                    given.insert(item.id.clone(), answer);
                }
            }
            answers.insert(informant.id.clone(), given);
        }
        let assessment = assessment_with(&instrument, &team, &answers, &BTreeMap::new())
            .map_err(TestCaseError::fail)?;
        let report = assessment.report(&instrument);
        let (min, max) = (f64::from(instrument.scale.min()), f64::from(instrument.scale.max()));
        for domain in &report.domains {
            for cell in &domain.scores {
                // The score is the exact mapped mean, rounded to the nearest whole number.
                let responses = assessment.responses_of(&cell.informant).expect("answers");
                let points: Vec<f64> = instrument
                    .items_of(&domain.domain)
                    .filter_map(|item| {
                        let answer = responses.answers.get(&item.id)?;
                        item_points(&instrument.scale, item, *answer).map(f64::from)
                    })
                    .collect();
                let total = instrument.items_of(&domain.domain).count();
                prop_assert_eq!(
                    cell.score,
                    domain_score(&instrument, responses, &domain.domain)
                );
                match cell.score {
                    DomainScore::Score(score) => {
                        prop_assert!(score <= 100);
                        prop_assert!(points.len() * 2 >= total);
                        let mean = points.iter().sum::<f64>() / points.len() as f64;
                        let exact = (mean - min) / (max - min) * 100.0;
                        prop_assert!((f64::from(score) - exact).abs() <= 0.5 + 1e-9);
                    }
                    DomainScore::NotEnoughAnswers { answered, needed, .. } => {
                        prop_assert_eq!(answered, points.len());
                        prop_assert!(answered < needed);
                    }
                    DomainScore::NoItems => prop_assert_eq!(total, 0),
                }
            }
            let others: Vec<u8> = domain
                .scores
                .iter()
                .filter(|cell| cell.role != Role::Person)
                .filter_map(|cell| cell.score.value())
                .collect();
            prop_assert_eq!(domain.others_mean, mean_score(&others));
            prop_assert_eq!(domain.integrated, integrated_score(domain.person, &others));
            match (domain.person, domain.others_mean, domain.integrated) {
                (Some(person), Some(mean), Some(integrated)) => {
                    prop_assert!(integrated >= person.min(mean) && integrated <= person.max(mean));
                    let exact = (f64::from(person) + others.iter().map(|s| f64::from(*s)).sum::<f64>() / others.len() as f64) / 2.0;
                    prop_assert!((f64::from(integrated) - exact).abs() <= 0.5 + 1e-9);
                    prop_assert_eq!(domain.disagreement.is_some(), person.abs_diff(mean) > DOMAIN_THRESHOLD);
                }
                (Some(person), None, integrated) => prop_assert_eq!(integrated, Some(person)),
                (None, mean, integrated) => {
                    prop_assert_eq!(integrated, mean);
                    prop_assert!(domain.disagreement.is_none());
                }
                (Some(_), Some(_), None) => prop_assert!(false, "no integrated score"),
            }
            prop_assert_eq!(domain.low, domain.integrated.is_some_and(|score| score < LOW_SCORE));
        }
        for flagged in &report.items {
            for other in &flagged.others {
                prop_assert!(other.steps >= ITEM_THRESHOLD_STEPS);
            }
        }
    }

    #[test]
    fn merging_never_loses_a_local_answer_unless_told_to(
        local in prop::collection::btree_map(0usize..9, 0u8..7, 0..9),
        incoming in prop::collection::btree_map(0usize..11, 0u8..7, 0..11),
        choices in prop::collection::btree_map(0usize..11, any::<bool>(), 0..11),
        new_informant in any::<bool>(),
    ) {
        let instrument = base_instrument();
        let item_id = |index: usize| {
            instrument.items.get(index).map_or_else(|| format!("unknown-{index}"), |item| item.id.clone())
        };
        let answer = |n: u8| match n {
            0 => Answer::DontKnow,
            5 => Answer::Skipped,
            6 => Answer::Value(9),
            n => Answer::Value(i32::from(n)),
        };
        let mut assessment = Assessment::new("a-1", &instrument, date(2026, 11, 2));
        let marta = Informant { id: "i-2".into(), name: "Marta".into(), role: Role::Family };
        assessment.add_informant(marta.clone()).expect("joins");
        let responses = assessment.responses_mut("i-2").expect("on the team");
        for (index, n) in &local {
            responses.answers.insert(item_id(*index), answer(*n));
        }
        let mut file = AnswersFile::export(&assessment, "i-2", Timestamp::UNIX_EPOCH).expect("file");
        file.responses.answers = incoming.iter().map(|(index, n)| (item_id(*index), answer(*n))).collect();
        if new_informant {
            file.informant = Informant { id: "i-3".into(), name: "Jordi".into(), role: Role::Professional };
        }
        let resolutions: BTreeMap<String, Choice> = choices
            .iter()
            .map(|(index, take)| {
                (item_id(*index), if *take { Choice::TakeIncoming } else { Choice::KeepLocal })
            })
            .collect();
        let before = assessment.clone();
        let preview = assessment.preview_merge(&file, &instrument);
        prop_assert!(preview.refusal.is_none());
        let outcome = assessment.apply_merge(&preview, &resolutions).expect("merges");
        if let Err(error) = no_local_answer_lost(&before, &assessment, &preview.target, &resolutions) {
            return Err(TestCaseError::fail(error));
        }
        let merged = assessment.responses_of(&preview.target).expect("answers");
        for (item, answer) in &preview.additions {
            prop_assert_eq!(merged.answers.get(item), Some(answer));
        }
        for conflict in &outcome.unresolved {
            prop_assert_eq!(merged.answers.get(&conflict.item), Some(&conflict.local));
        }
        prop_assert!(merged.answers.keys().all(|item| instrument.item(item).is_some()
            || before.responses_of("i-2").is_some_and(|r| r.answers.contains_key(item))));
        let after_first = assessment.clone();
        let preview = assessment.preview_merge(&file, &instrument);
        assessment.apply_merge(&preview, &resolutions).expect("merges again");
        prop_assert_eq!(assessment, after_first);
    }
}

// ---------------------------------------------------------------------------------------
// The built-in instrument.

#[test]
fn the_built_in_instrument_loads_clean() {
    let loaded = Instrument::load(include_str!("../instruments/pictokit-qol.json"));
    let problems: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    assert_eq!(problems, Vec::<String>::new());
    let instrument = loaded.instrument.expect("loads");
    assert_eq!(instrument.domains.len(), 8);
    for domain in &instrument.domains {
        let n_items = instrument.items_of(&domain.id).count();
        assert!((4..=6).contains(&n_items), "{}: {n_items} items", domain.id);
    }
    assert_eq!(instrument.versions, Version::ALL.to_vec());
    // Every interface language (issue #26): the questionnaire is read to the person in it.
    let languages: Vec<&str> = instrument.languages.iter().map(String::as_str).collect();
    assert_eq!(
        languages,
        pictokit_domain::Language::ALL.map(pictokit_domain::Language::tag)
    );
    for item in &instrument.items {
        for version in Version::ALL {
            let texts = &item.text[&version];
            for tag in pictokit_domain::Language::ALL.map(pictokit_domain::Language::tag) {
                assert!(
                    texts.get(tag).is_some_and(|text| !text.is_empty()),
                    "{} has no {} text in {tag}",
                    item.id,
                    version.tag()
                );
            }
        }
    }
    assert_eq!(
        pictokit_domain::questionnaire::BUILTIN,
        include_str!("../instruments/pictokit-qol.json")
    );
}
