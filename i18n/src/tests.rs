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
    let resource = match FluentResource::try_new(part(lang).to_owned()) {
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
    ];
    let english = shape(Language::En);
    let en = Localizer::with_parts(Language::En, &ALL_PARTS);
    for lang in [Language::Ca, Language::Es] {
        let localizer = Localizer::with_parts(lang, &ALL_PARTS);
        let identical: Vec<_> = english
            .keys()
            .filter(|id| !same_everywhere.contains(&id.as_str()))
            .filter(|id| english[*id].1.is_empty())
            .filter(|id| localizer.tr(id) == en.tr(id))
            .collect();
        assert!(
            identical.is_empty(),
            "{} looks untranslated: {identical:?}",
            lang.tag()
        );
    }
}

#[test]
fn whole_number_arguments_select_plural_forms_and_others_stay_text() {
    let en = Localizer::new(Language::En);
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
    let ca = Localizer::new(Language::Ca);
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
fn the_shopping_part_adds_to_the_core_and_falls_back_to_english() {
    let ca = Localizer::with_parts(Language::Ca, &[shopping]);
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
