//! Locale completeness: every language has the same messages with the same placeholders.

use super::*;
use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// Message id → (attribute names, variable names).
type Shape = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

/// The shape of every part of a language together; an id defined twice, even in two
/// parts, fails.
fn shape(lang: Language) -> Shape {
    let mut shape = Shape::new();
    for part in ALL_PARTS {
        part_shape(lang, part, &mut shape);
    }
    shape
}

fn part_shape(lang: Language, part: Part, shape: &mut Shape) {
    let resource = match FluentResource::try_new(read(part, lang)) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{} has syntax errors: {errors:?}", lang.tag()),
    };
    for entry in resource.entries() {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let mut variables = BTreeSet::new();
        if let Some(value) = &message.value {
            pattern_variables(value, &mut variables);
        }
        let mut attributes = BTreeSet::new();
        for attribute in &message.attributes {
            attributes.insert(attribute.id.name.to_owned());
            pattern_variables(&attribute.value, &mut variables);
        }
        let id = message.id.name.to_owned();
        assert!(
            shape.insert(id.clone(), (attributes, variables)).is_none(),
            "{}: message {id} is defined twice",
            lang.tag()
        );
    }
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_locale_parses_and_matches_english() {
    let english = shape(Language::En);
    assert!(
        english.len() > 50,
        "English has only {} messages",
        english.len()
    );
    for lang in Language::ALL {
        let other = shape(lang);
        let missing: Vec<_> = english
            .keys()
            .filter(|id| !other.contains_key(*id))
            .collect();
        let extra: Vec<_> = other
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.tag());
        assert!(extra.is_empty(), "{} has unknown {extra:?}", lang.tag());
        for (id, (attributes, variables)) in &english {
            let (other_attributes, other_variables) = &other[id];
            assert_eq!(
                attributes,
                other_attributes,
                "{}: attributes of {id}",
                lang.tag()
            );
            assert_eq!(
                variables,
                other_variables,
                "{}: placeholders of {id}",
                lang.tag()
            );
        }
    }
}

/// Messages that are the same words in a language as in English, reviewed one by one:
/// names, international words and symbols. Anything else identical to English is a message
/// left untranslated.
fn same_as_english(lang: Language) -> &'static [&'static str] {
    match lang {
        // The same words in French: "Questionnaire", "Routines", "Budget".
        Language::Fr => &["ql-questionnaire", "sched-routines", "shop-budget"],
        // The key is labelled "Enter" on Portuguese keyboards.
        Language::Pt => &["access-key-enter"],
        _ => &[],
    }
}

#[test]
fn no_message_is_left_untranslated_by_accident() {
    // Messages that are the same word in several languages are listed here on purpose.
    let same_everywhere = [
        "app-name",
        "rate-value",
        "grid-option",
        "pin-dots",
        "pin-field",
        "text-size-normal",
        "editor-section-components",
        "picker-categories",
        "picto-category-transport",
        "arasaac-badge",
        "picker-kept-arasaac",
        "arasaac-progress-count",
        "arasaac-color",
        "arasaac-hair-gray",
        "about-licence-title",
        "questionnaire-role-professional",
    ];
    let english = shape(Language::En);
    let en = Localizer::with_parts(Language::En, &ALL_PARTS);
    for lang in Language::ALL
        .into_iter()
        .filter(|lang| *lang != Language::En)
    {
        let localizer = Localizer::with_parts(lang, &ALL_PARTS);
        let reviewed = same_as_english(lang);
        let identical: Vec<_> = english
            .keys()
            .filter(|id| !same_everywhere.contains(&id.as_str()))
            .filter(|id| !reviewed.contains(&id.as_str()))
            .filter(|id| english[*id].1.is_empty())
            .filter(|id| localizer.tr(id) == en.tr(id))
            .collect();
        assert!(
            identical.is_empty(),
            "{} looks untranslated: {identical:?}",
            lang.tag()
        );
        // A reviewed word that is translated after all leaves the list.
        for id in reviewed {
            assert_eq!(
                localizer.tr(id),
                en.tr(id),
                "{}: {id} is no longer the same",
                lang.tag()
            );
        }
    }
}

/// The parts are exactly the Fluent folders of the tree, each with a file per language,
/// so the build (scripts/gather-locales) and the tests see the same messages.
#[test]
fn the_parts_are_every_fluent_folder_of_the_tree() {
    fn walk(dir: &std::path::Path, root: &std::path::Path, out: &mut BTreeSet<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name();
            if path.is_dir() && name != "node_modules" && name != "target" {
                walk(&path, root, out);
            } else if name == "en.ftl" {
                let folder = path.parent().and_then(|p| p.strip_prefix(root).ok());
                out.insert(
                    folder
                        .map(|f| f.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                );
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut found = BTreeSet::new();
    for top in ["i18n", "shell", "components"] {
        walk(&root.join(top), &root, &mut found);
    }
    let parts: BTreeSet<String> = ALL_PARTS.iter().map(|part| part.to_string()).collect();
    assert_eq!(parts, found);
    for part in ALL_PARTS {
        for lang in Language::ALL {
            assert!(!read(part, lang).is_empty(), "{part}/{}.ftl", lang.tag());
        }
    }
    assert_eq!(Bundle::First.parts(), &[FIRST]);
    assert_eq!(
        Bundle::Facilitator.url(Language::Eu),
        "locales/facilitator/eu.ftl"
    );
}

/// Where English says "1 thing" and "5 things" differently, every language does too, and
/// shows the number it was given (a language that needs plural forms has them).
#[test]
fn plural_forms_exist_where_the_language_needs_them() {
    let english = shape(Language::En);
    let en = Localizer::with_parts(Language::En, &ALL_PARTS);
    const NUMBERS: [&str; 4] = ["count", "n", "minutes", "number"];
    let counted: Vec<(&String, &String)> = english
        .iter()
        .filter_map(|(id, (_, variables))| {
            let variable = variables.iter().find(|v| NUMBERS.contains(&v.as_str()))?;
            Some((id, variable))
        })
        .collect();
    assert!(
        counted.len() > 20,
        "only {} counted messages",
        counted.len()
    );
    for lang in Language::ALL {
        let localizer = Localizer::with_parts(lang, &ALL_PARTS);
        for (id, variable) in &counted {
            let args = |n: &'static str| -> Vec<(&str, &str)> {
                english[*id]
                    .1
                    .iter()
                    .map(|name| (name.as_str(), if name == *variable { n } else { "x" }))
                    .collect()
            };
            let one = localizer.tr_args(id, &args("1"));
            let five = localizer.tr_args(id, &args("5"));
            let en_differs = en.tr_args(id, &args("1")).replace('1', "")
                != en.tr_args(id, &args("5")).replace('5', "");
            if en_differs {
                assert_ne!(
                    one.replace('1', ""),
                    five.replace('5', ""),
                    "{}: {id} says the same for 1 and 5",
                    lang.tag()
                );
            }
            assert!(
                !five.contains("{")
                    && (five.contains('5') || !en.tr_args(id, &args("5")).contains('5')),
                "{}: {id} with 5 gives {five:?}",
                lang.tag()
            );
        }
    }
}

#[test]
fn whole_number_arguments_select_plural_forms_and_others_stay_text() {
    let en = Localizer::with_parts(Language::En, &[FACILITATOR]);
    assert_eq!(
        en.tr_args("picker-selected", &[("count", "0")]),
        "Nothing chosen yet."
    );
    assert_eq!(
        en.tr_args("picker-selected", &[("count", "1")]),
        "One chosen."
    );
    assert_eq!(
        en.tr_args("picker-selected", &[("count", "12")]),
        "12 chosen."
    );
    let ca = Localizer::with_parts(Language::Ca, &[FACILITATOR]);
    assert_eq!(
        ca.tr_args("arasaac-found", &[("count", "1")]),
        "ARASAAC: un pictograma més."
    );
    // Not canonical numbers: shown exactly as given.
    assert_eq!(
        en.tr_args("person-greeting", &[("name", "007")]),
        "Hello, 007"
    );
}

#[test]
fn formatting_fills_arguments_without_isolation_marks() {
    let cases = [
        (Language::Ca, "Hola, Pau"),
        (Language::Es, "Hola, Pau"),
        (Language::En, "Hello, Pau"),
    ];
    for (lang, expected) in cases {
        assert_eq!(
            Localizer::new(lang).tr_args("person-greeting", &[("name", "Pau")]),
            expected
        );
    }
}

#[test]
fn unknown_ids_come_back_as_themselves() {
    assert_eq!(
        Localizer::new(Language::Ca).tr("no-such-message"),
        "no-such-message"
    );
}

#[test]
fn domain_message_ids_exist() {
    use pictokit_domain::money::PriceProblem;
    use pictokit_domain::{pin::PinProblem, profile::ProfileProblem, schema::LoadProblem};
    let ids = [
        ProfileProblem::NameEmpty.message_id(),
        ProfileProblem::NameTooLong.message_id(),
        ProfileProblem::PhotoNotImage.message_id(),
        ProfileProblem::PhotoTooLarge.message_id(),
        ProfileProblem::RateOutOfRange.message_id(),
        PinProblem::NotDigits.message_id(),
        PinProblem::WrongLength.message_id(),
        LoadProblem::NotAnObject.message_id(),
        LoadProblem::TooNew {
            found: 2,
            supported: 1,
        }
        .message_id(),
        LoadProblem::FieldReset(String::new()).message_id(),
        PriceProblem::Empty.message_id(),
        PriceProblem::Invalid.message_id(),
        PriceProblem::TooBig.message_id(),
    ];
    for lang in Language::ALL {
        let localizer = Localizer::with_parts(lang, &ALL_PARTS);
        for id in ids {
            assert!(localizer.has(id), "{} lacks {id}", lang.tag());
        }
    }
}

#[test]
fn every_refused_profile_file_has_its_message() {
    use pictokit_transfer::bundle::BundleError;
    let mut ids = vec![
        BundleError::NotZip,
        BundleError::Damaged,
        BundleError::Unsupported,
        BundleError::TooLarge,
        BundleError::TooMany,
        BundleError::UnsafeName(String::new()),
        BundleError::EntryTooLarge(String::new()),
        BundleError::NotPictokit,
        BundleError::Newer(2),
        BundleError::BadManifest,
        BundleError::Missing(String::new()),
        BundleError::BadProfile,
        BundleError::BadRecord(String::new()),
        BundleError::BadMedia(String::new()),
        BundleError::CannotWrite,
    ]
    .iter()
    .map(|error| error.message_id().to_owned())
    .collect::<Vec<_>>();
    // The browser test reads the expected message of each hostile file from here.
    let index: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(include_str!("../../e2e/fixtures/hostile/index.json"))
            .unwrap_or_default();
    assert!(index.len() >= 20);
    ids.extend(index.values().filter_map(|v| v.as_str().map(str::to_owned)));
    for lang in Language::ALL {
        let localizer = Localizer::with_parts(lang, &ALL_PARTS);
        for id in &ids {
            assert!(localizer.has(id), "{} lacks {id}", lang.tag());
        }
    }
}

#[test]
fn every_refused_settings_code_has_its_message() {
    use pictokit_transfer::qr::{QrError, TooLarge};
    let ids = [
        QrError::NotPictokit.message_id(),
        QrError::Newer(2).message_id(),
        QrError::Damaged.message_id(),
        QrError::TooBig.message_id(),
        QrError::Settings(Vec::new()).message_id(),
        TooLarge { len: 0 }.message_id(),
        "qr-photo-left-out",
    ];
    for lang in Language::ALL {
        let localizer = Localizer::with_parts(lang, &ALL_PARTS);
        for id in ids {
            assert!(localizer.has(id), "{} lacks {id}", lang.tag());
        }
    }
}

#[test]
fn every_refused_board_file_has_its_message() {
    use pictokit_transfer::obf::ObfError;
    let mut ids: Vec<String> = [
        ObfError::NotBoard,
        ObfError::Damaged,
        ObfError::Unsupported,
        ObfError::Newer(String::new()),
        ObfError::TooBig,
        ObfError::TooMany,
        ObfError::NoRoot,
        ObfError::UnsafePath(String::new()),
    ]
    .iter()
    .map(|error| error.message_id().to_owned())
    .collect();
    // The browser test reads the expected message of each hostile board from here.
    let index: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(include_str!("../../e2e/fixtures/obf/hostile/index.json"))
            .unwrap_or_default();
    assert!(index.len() >= 20);
    ids.extend(
        index
            .values()
            .filter_map(|v| v.get("expect").and_then(|e| e.as_str()))
            .filter(|id| *id != "ok")
            .map(str::to_owned),
    );
    for lang in Language::ALL {
        let localizer = Localizer::with_parts(lang, &ALL_PARTS);
        for id in &ids {
            assert!(localizer.has(id), "{} lacks {id}", lang.tag());
        }
    }
}

#[test]
fn every_workshop_model_message_exists() {
    use pictokit_domain::history::{Subject, UndoRefusal};
    use pictokit_domain::sorting::{ChangeKind, Place, Scale};
    let mut ids: Vec<&str> = Place::ALL.iter().map(|p| p.message_id()).collect();
    ids.extend([Scale::Three.message_id(), Scale::Five.message_id()]);
    ids.extend(
        [
            ChangeKind::Same,
            ChangeKind::Warmer,
            ChangeKind::Cooler,
            ChangeKind::New,
            ChangeKind::Missing,
        ]
        .map(ChangeKind::message_id),
    );
    let id = String::from("x");
    ids.extend(
        [
            Subject::Profile(id.clone()),
            Subject::List(id.clone()),
            Subject::Schedule(id.clone()),
            Subject::Questionnaire(id.clone()),
            Subject::Board(id.clone()),
            Subject::Mat(id),
        ]
        .iter()
        .map(Subject::message_id),
    );
    ids.extend(
        [
            UndoRefusal::NothingToUndo,
            UndoRefusal::NotFound,
            UndoRefusal::AlreadyUndone,
            UndoRefusal::LaterFirst { later_id: 1 },
            UndoRefusal::ChangedSince,
        ]
        .map(UndoRefusal::message_id),
    );
    for lang in Language::ALL {
        let localizer = Localizer::with_parts(lang, &ALL_PARTS);
        for id in &ids {
            assert!(localizer.has(id), "{} lacks {id}", lang.tag());
        }
    }
}

/// A broken instrument file that still loads, with most of the problems that do not stop it.
const BROKEN_INSTRUMENT: &str = r#"{
  "format": "pictokit-instrument",
  "format_version": 1,
  "id": "broken",
  "version": "LONG_VERSION",
  "languages": ["ca", "ca", "es", "not a tag", 5],
  "title": {"ca": "Títol", "es": "LONG_TEXT", "x y": "?"},
  "description": "not translations",
  "licence": 7,
  "versions": ["self", "self", "others", "them", "x", "x", "x", "x", "x"],
  "scale": {"options": [
    {"value": 2, "label": {"ca": "b", "es": "b"}},
    {"value": 1, "label": {"ca": "a", "es": "a"}},
    {"value": 1, "label": {"ca": "c", "es": "c"}},
    {"value": 1.5, "label": {"ca": "d", "es": "d"}},
    {"value": "x", "label": {"ca": "e", "es": "e"}},
    {"label": {"ca": "f", "es": "f"}},
    {"value": 3, "picto": "no picture", "label": {"ca": "g"}}
  ]},
  "domains": [
    {"id": "d1", "name": {"ca": "D1", "es": "D1"},
     "indicators": [{"id": "i1", "name": {"ca": "I", "es": "I"}}, {"id": "i1", "name": {"ca": "I", "es": "I"}}]},
    {"id": "d1", "name": {"ca": "D1", "es": "D1"}},
    {"id": "bad id", "name": {"ca": "D", "es": "D"}},
    {"id": "d2", "name": {"ca": "D2", "es": "D2"}, "indicators": "none"},
    "not an object"
  ],
  "items": [
    {"id": "q1", "domain": "d1", "indicator": "nope", "reverse": "yes",
     "text": {"self": {"ca": "Q", "es": "Q"}, "others": {"ca": "Q", "es": "Q"}}},
    {"id": "q1", "domain": "d1", "text": {"self": {"ca": "Q", "es": "Q"}, "others": {"ca": "Q", "es": "Q"}}},
    {"id": "q2", "domain": "nowhere", "text": {"self": {"ca": "Q", "es": "Q"}, "others": {"ca": "Q", "es": "Q"}}},
    {"id": "q3", "domain": "d1", "text": {"self": {"ca": "Q", "es": "Q"}}}
  ]
}"#;

/// An answers file; the words in capitals are replaced.
const ANSWERS_FILE: &str = r#"{
  "format": "pictokit-answers", "format_version": 1, "assessment": "ASSESSMENT",
  "instrument": {"id": "INSTRUMENT_ID", "version": "INSTRUMENT_VERSION"},
  "informant": {"id": "INFORMANT", "name": "NAME", "role": "ROLE"},
  "responses": {"answers": ANSWERS, "important": IMPORTANT, "position": 0, "finished": false},
  "exported": "2026-11-05T09:30:00Z"
}"#;

#[test]
fn questionnaire_message_ids_exist() {
    use pictokit_domain::questionnaire::instrument::MAX_FILE_BYTES;
    use pictokit_domain::questionnaire::merge::MAX_ANSWERS_FILE_BYTES;
    use pictokit_domain::questionnaire::scoring::domain_score;
    use pictokit_domain::questionnaire::{
        Answer, AnswersFile, Assessment, DomainScore, Goal, Informant, Instrument, MergeTarget,
        Role, SupportPlan, BUILTIN,
    };
    use std::collections::BTreeMap;

    type Message = (&'static str, Vec<(&'static str, String)>);
    let mut messages: Vec<Message> = Vec::new();

    // Instrument files, through the real loader.
    let broken = BROKEN_INSTRUMENT
        .replace("LONG_VERSION", &"v".repeat(40))
        .replace("LONG_TEXT", &"x".repeat(1001));
    let loaded = Instrument::load(&broken);
    let broken_instrument = loaded
        .instrument
        .expect("the broken instrument still loads");
    let mut instrument_problems = loaded.problems;
    for text in [
        "{\"format\": ".to_owned(),
        "[1, 2]".to_owned(),
        "{}".to_owned(),
        " ".repeat(MAX_FILE_BYTES + 1),
        r#"{"format": "pictokit-answers"}"#.to_owned(),
        r#"{"format": "pictokit-instrument", "format_version": 2}"#.to_owned(),
        r#"{"format": "pictokit-instrument", "format_version": 0}"#.to_owned(),
        r#"{"format": "pictokit-instrument"}"#.to_owned(),
        r#"{"format": "pictokit-instrument", "format_version": 1, "id": "bad id"}"#.to_owned(),
    ] {
        let loaded = Instrument::load(&text);
        assert!(loaded.instrument.is_none(), "{:?}", loaded.problems);
        instrument_problems.extend(loaded.problems);
    }
    let mut expected_kinds = BTreeSet::new();
    for problem in &instrument_problems {
        let args = problem.args();
        if problem.message_id() == "instrument-wrong-type" {
            expected_kinds.extend(
                args.iter()
                    .filter(|(name, _)| *name == "expected")
                    .map(|(_, value)| value.clone()),
            );
        }
        messages.push((problem.message_id(), args));
    }
    let every_kind = [
        "text",
        "list",
        "object",
        "whole-number",
        "true-or-false",
        "translations",
    ];
    assert_eq!(
        expected_kinds,
        every_kind.iter().map(|kind| (*kind).to_owned()).collect(),
        "every kind of instrument-wrong-type is exercised"
    );

    // Answers files, through the real loader.
    let instrument = Instrument::load(BUILTIN)
        .instrument
        .expect("the built-in instrument loads");
    let answers_file = |replacements: &[(&str, &str)]| {
        let defaults = [
            ("ASSESSMENT", "a-1"),
            ("INSTRUMENT_ID", instrument.id.as_str()),
            ("INSTRUMENT_VERSION", instrument.version.as_str()),
            ("INFORMANT", "i-7"),
            ("NAME", "Jordi"),
            ("ROLE", "professional"),
            ("ANSWERS", "{}"),
            ("IMPORTANT", "[]"),
        ];
        let mut text = ANSWERS_FILE.to_owned();
        for (word, default) in defaults {
            let value = replacements
                .iter()
                .find(|(replaced, _)| *replaced == word)
                .map_or(default, |(_, value)| *value);
            text = text.replace(word, value);
        }
        text
    };
    for text in [
        " ".repeat(MAX_ANSWERS_FILE_BYTES + 1),
        String::new(),
        "not json".to_owned(),
        "[]".to_owned(),
        "{}".to_owned(),
        r#"{"format": "pictokit-instrument"}"#.to_owned(),
        r#"{"format": "pictokit-answers", "format_version": 9}"#.to_owned(),
        r#"{"format": "pictokit-answers"}"#.to_owned(),
        r#"{"format": "pictokit-answers", "format_version": 1}"#.to_owned(),
        answers_file(&[("ASSESSMENT", "bad id")]),
        answers_file(&[("NAME", " ")]),
        answers_file(&[("ANSWERS", r#"{"bad id": 1}"#)]),
        answers_file(&[("IMPORTANT", r#"["bad id"]"#)]),
    ] {
        match AnswersFile::load(&text) {
            Ok(_) => panic!("an answers file with a problem loaded"),
            Err(problem) => messages.push((problem.message_id(), problem.args())),
        }
    }

    // Merging, team, answering and plan, through the real model.
    let load_answers = |replacements: &[(&str, &str)]| {
        AnswersFile::load(&answers_file(replacements)).expect("a good answers file")
    };
    let informant = |id: &str, role| Informant {
        id: id.to_owned(),
        name: format!("Name {id}"),
        role,
    };
    let mut assessment = Assessment {
        id: "a-1".to_owned(),
        instrument_id: instrument.id.clone(),
        instrument_version: instrument.version.clone(),
        ..Assessment::default()
    };
    for member in [
        informant("p", Role::Person),
        informant("i-7", Role::Professional),
    ] {
        assert_eq!(assessment.add_informant(member), Ok(()));
    }
    let mut refusals = Vec::new();
    for (file, target) in [
        (load_answers(&[("ASSESSMENT", "a-2")]), MergeTarget::Auto),
        (
            load_answers(&[("INSTRUMENT_VERSION", "9.9.9")]),
            MergeTarget::Auto,
        ),
        (
            load_answers(&[("INFORMANT", "p"), ("ROLE", "family")]),
            MergeTarget::Auto,
        ),
        (
            load_answers(&[("INFORMANT", "p2"), ("ROLE", "person")]),
            MergeTarget::AsNew,
        ),
        (load_answers(&[]), MergeTarget::AsNew),
        (load_answers(&[]), MergeTarget::Into("nobody".to_owned())),
    ] {
        refusals.extend(
            assessment
                .preview_merge_as(&file, &instrument, &target)
                .refusal,
        );
    }
    let mut full = assessment.clone();
    for n in 0..18 {
        assert_eq!(
            full.add_informant(informant(&format!("f-{n}"), Role::Family)),
            Ok(())
        );
    }
    let newcomer = load_answers(&[("INFORMANT", "i-8")]);
    refusals.extend(full.preview_merge(&newcomer, &instrument).refusal);
    let preview = assessment.preview_merge(&load_answers(&[]), &instrument);
    assert_eq!(preview.refusal, None);
    let mut other = assessment.clone();
    other.id = "a-2".to_owned();
    refusals.extend(other.apply_merge(&preview, &BTreeMap::new()).err());
    assert_eq!(refusals.len(), 8, "{refusals:?}");
    for refusal in &refusals {
        messages.push((refusal.message_id(), refusal.args()));
    }

    let mut team_problems = Vec::new();
    for member in [
        informant("bad id", Role::Family),
        Informant {
            name: " ".to_owned(),
            ..informant("x", Role::Family)
        },
        Informant {
            name: "n".repeat(61),
            ..informant("x", Role::Family)
        },
        informant("i-7", Role::Family),
        informant("p2", Role::Person),
    ] {
        team_problems.extend(assessment.add_informant(member).err());
    }
    team_problems.extend(full.add_informant(informant("x", Role::Other)).err());
    assert_eq!(team_problems.len(), 6, "{team_problems:?}");
    messages.extend(
        team_problems
            .iter()
            .map(|problem| (problem.message_id(), Vec::new())),
    );

    let now = load_answers(&[]).exported;
    let mut responses = assessment.responses_of("p").cloned().unwrap_or_default();
    let first_item = instrument.items[0].id.clone();
    let answer_problems = [
        responses.answer(&instrument, "nothing", Answer::DontKnow, now),
        responses.answer(&instrument, &first_item, Answer::Value(999), now),
        responses.set_important(&instrument, "nowhere", true, now),
    ];
    for problem in answer_problems {
        let problem = problem.expect_err("an answer problem");
        messages.push((problem.message_id(), Vec::new()));
    }

    let goal = |id: &str| Goal {
        id: id.to_owned(),
        words: "I want to go swimming".to_owned(),
        domain: instrument.domains[0].id.clone(),
        picto: None,
        supports: String::new(),
        who_helps: String::new(),
        review: None,
        schedule_entries: Vec::new(),
    };
    let date = Assessment::default().created;
    let team = assessment.team.clone();
    let mut plan = SupportPlan::default();
    let mut plan_problems = vec![plan.agree(&team, &["p".to_owned()], date)];
    for _ in 0..30 {
        let id = plan.new_goal_id();
        assert_eq!(plan.add_goal(&instrument, goal(&id)), Ok(()));
    }
    plan_problems.extend([
        plan.add_goal(&instrument, goal("bad id")),
        plan.add_goal(&instrument, goal("goal-1")),
        plan.add_goal(&instrument, goal("goal-31")),
        plan.add_goal(
            &instrument,
            Goal {
                words: String::new(),
                ..goal("g")
            },
        ),
        plan.add_goal(
            &instrument,
            Goal {
                words: "w".repeat(501),
                ..goal("g")
            },
        ),
        plan.add_goal(
            &instrument,
            Goal {
                domain: "nowhere".to_owned(),
                ..goal("g")
            },
        ),
        plan.add_goal(
            &instrument,
            Goal {
                schedule_entries: vec!["bad id".to_owned()],
                ..goal("g")
            },
        ),
        plan.update_goal(&instrument, goal("nothing")).map(|_| ()),
        plan.agree(&team, &[], date),
        plan.agree(&team, &["nobody".to_owned()], date),
        plan.agree(&team, &["i-7".to_owned()], date),
    ]);
    for problem in plan_problems {
        let problem = problem.expect_err("a plan problem");
        messages.push((problem.message_id(), Vec::new()));
    }

    // Scores: why a domain has none (its arguments are the fields of the score).
    for score in [
        domain_score(&instrument, &responses, &instrument.domains[0].id),
        domain_score(&broken_instrument, &responses, "d2"),
    ] {
        let id = score.reason_message_id().expect("no score");
        let args = match score {
            DomainScore::NotEnoughAnswers {
                answered,
                needed,
                total,
            } => vec![
                ("answered", answered.to_string()),
                ("needed", needed.to_string()),
                ("total", total.to_string()),
            ],
            _ => Vec::new(),
        };
        messages.push((id, args));
    }

    // Names the app puts together from the model.
    for role in Role::ALL {
        let id = format!("questionnaire-role-{}", role.tag());
        messages.push((id.leak(), Vec::new()));
    }
    messages.push(("questionnaire-answer-dont-know", Vec::new()));
    messages.push(("questionnaire-answer-skip", Vec::new()));

    // Every message of the part is one the model gives, and the model gives no other.
    let produced: BTreeSet<&str> = messages.iter().map(|(id, _)| *id).collect();
    let mut written = Shape::new();
    part_shape(Language::En, QUESTIONNAIRE, &mut written);
    let written: BTreeSet<&str> = written.keys().map(String::as_str).collect();
    assert_eq!(produced, written, "the questionnaire part and the model");

    let english = Localizer::with_parts(Language::En, &[QUESTIONNAIRE]);
    assert!(
        english.tr("instrument-missing-field").contains("{$"),
        "a missing argument shows as {{$…}}, so the check below means something"
    );
    for lang in Language::ALL {
        let localizer = Localizer::with_parts(lang, &[QUESTIONNAIRE]);
        for (id, args) in &messages {
            assert!(localizer.has(id), "{} lacks {id}", lang.tag());
            let args: Vec<(&str, &str)> = args
                .iter()
                .map(|(name, value)| (*name, value.as_str()))
                .collect();
            let text = localizer.tr_args(id, &args);
            // No unfilled placeholder, no stray line break from a selector, and no gap
            // or empty quotes left by an argument that can be empty.
            let flaws = ["{$", "\n", "  ", "«»", "“”"];
            assert!(
                !text.is_empty() && !flaws.iter().any(|flaw| text.contains(flaw)),
                "{}: {id} {args:?} gives {text:?}",
                lang.tag()
            );
        }
        // Each kind of value an instrument field expects has its own words.
        let wrong_type = |expected: &str| {
            localizer.tr_args(
                "instrument-wrong-type",
                &[("path", "title"), ("expected", expected)],
            )
        };
        let unknown = wrong_type("something-new");
        let kinds: BTreeSet<String> = every_kind.iter().map(|kind| wrong_type(kind)).collect();
        assert_eq!(kinds.len(), every_kind.len(), "{}", lang.tag());
        assert!(!kinds.contains(&unknown), "{}", lang.tag());
    }
}

#[test]
fn the_shopping_part_adds_to_the_core_and_falls_back_to_english() {
    let ca = Localizer::with_parts(Language::Ca, &[SHOPPING]);
    assert_eq!(ca.tr("till-paid"), "He pagat");
    assert_eq!(
        ca.tr_args("person-greeting", &[("name", "Pau")]),
        "Hola, Pau"
    );
    // The first page has no shopping messages.
    assert_eq!(Localizer::new(Language::Ca).tr("till-paid"), "till-paid");
    assert_eq!(
        ca.tr_args("money-euro-coin", &[("value", "1")]),
        "moneda d'1 euro"
    );
    assert_eq!(
        ca.tr_args("money-euro-coin", &[("value", "2")]),
        "moneda de 2 euros"
    );
}

// Issue #22: the answers file's refusals were the only ones that did not say that
// nothing was changed.
#[test]
fn every_refusal_of_an_answers_file_says_nothing_was_changed() {
    for (lang, tail) in [
        (Language::En, "Nothing was changed."),
        (Language::Es, "No se ha cambiado nada."),
        (Language::Ca, "No s'ha canviat res."),
    ] {
        let mut inside = false;
        let mut seen = 0;
        for line in read(QUESTIONNAIRE, lang).lines() {
            if let Some((id, value)) = line.split_once(" = ") {
                inside = id.starts_with("answers-file-") || id.starts_with("merge-");
                if inside && !value.ends_with("->") {
                    assert!(value.ends_with(tail), "{lang:?} {id}");
                    seen += 1;
                }
            } else if inside && line.trim_start().starts_with(['[', '*']) {
                assert!(line.ends_with(tail), "{lang:?} {line}");
                seen += 1;
            } else if !line.starts_with(' ') {
                inside = false;
            }
        }
        assert!(seen >= 22, "{lang:?}: {seen}");
    }
}

/// Dates a browser cannot write in a language (Debian's Chromium has no Basque or
/// Galician data) are written from the language's own words, which the first page carries.
#[test]
fn every_language_can_write_a_date_itself() {
    for lang in Language::ALL {
        let core = Localizer::new(lang);
        let mut months = BTreeSet::new();
        for month in 1..=12 {
            let id = format!("date-month-{month}");
            assert!(core.has(&id), "{}: {id}", lang.tag());
            months.insert(core.tr(&id));
        }
        assert_eq!(months.len(), 12, "{}: twelve different months", lang.tag());
        let mut days = BTreeSet::new();
        for day in 1..=7 {
            for id in [
                format!("date-weekday-{day}"),
                format!("date-weekday-short-{day}"),
            ] {
                assert!(core.has(&id), "{}: {id}", lang.tag());
            }
            days.insert(core.tr(&format!("date-weekday-{day}")));
        }
        assert_eq!(days.len(), 7, "{}: seven different days", lang.tag());
        let long = core.tr_args(
            "date-long",
            &[("weekday", "W"), ("day", "24"), ("month", "M")],
        );
        assert!(
            long.contains('W') && long.contains("24") && long.contains('M'),
            "{long}"
        );
        let year = core.tr_args(
            "date-long-year",
            &[("day", "24"), ("month", "M"), ("year", "2026")],
        );
        assert!(year.contains("2026") && year.contains("24"), "{year}");
    }
    let eu = Localizer::new(Language::Eu);
    let tuesday = eu.tr_args(
        "date-long",
        &[
            ("weekday", &eu.tr("date-weekday-2")),
            ("day", "24"),
            ("month", &eu.tr("date-month-11")),
        ],
    );
    assert_eq!(tuesday, "azaroa 24(a), asteartea");
}
