//! The CSV of all answers of an assessment (`questionnaire::answers_csv`), read back with
//! the `csv` crate's reader: rows and their order, columns, reversed points, quoting, the
//! guard against spreadsheet formulas, and the language of the texts.

use jiff::civil::date;
use pictokit_domain::questionnaire::{
    answers_csv, is_answers_table, Answer, Assessment, CsvHeaders, Informant, Instrument,
    Responses, Role, BUILTIN,
};
use pictokit_domain::Language;
use serde_json::{json, Value};

/// The name of the person: a comma and quotes, so the cell must be quoted.
const PERSON: &str = "Pere \"Peret\", el gran";
/// The name of the family member: starts like a formula.
const FAMILY: &str = "=HYPERLINK(\"http://x\",\"y\")";

fn builtin() -> Instrument {
    Instrument::load(BUILTIN)
        .instrument
        .expect("the built-in instrument loads")
}

fn headers() -> CsvHeaders {
    CsvHeaders {
        informant: "Informant".into(),
        role: "Role".into(),
        domain: "Domain".into(),
        item: "Item".into(),
        question: "Question".into(),
        answer: "Answer".into(),
        value: "Value".into(),
        points: "Points, reversed".into(),
        dont_know: "Don't know".into(),
        skipped: "Skipped".into(),
        roles: [
            "The person".into(),
            "Family".into(),
            "Professional".into(),
            "Other".into(),
        ],
    }
}

fn informant(id: &str, name: &str, role: Role) -> Informant {
    Informant {
        id: id.into(),
        name: name.into(),
        role,
    }
}

/// The answers, put in directly (an unknown item and a value off the scale included).
fn responses(answers: &[(&str, Answer)]) -> Responses {
    Responses {
        answers: answers
            .iter()
            .map(|(item, answer)| ((*item).to_owned(), *answer))
            .collect(),
        ..Responses::default()
    }
}

/// The person (id `i-2`) and a family member (id `i-1`, so the ids' order is not the
/// team's), a professional who answered nothing, and answers of someone not on the team.
fn assessment(instrument: &Instrument) -> Assessment {
    let mut assessment = Assessment::new("a-1", instrument, date(2026, 11, 2));
    for member in [
        informant("i-2", PERSON, Role::Person),
        informant("i-1", FAMILY, Role::Family),
        informant("i-3", "Laia", Role::Professional),
    ] {
        assessment.add_informant(member).expect("joins the team");
    }
    assessment.responses.insert(
        "i-2".into(),
        responses(&[
            ("ew-1", Answer::Value(4)),
            ("ew-2", Answer::Skipped),
            ("ew-3", Answer::Value(4)),
            ("ew-4", Answer::Value(9)),
            ("ir-1", Answer::DontKnow),
            // Asked in the instrument's order: self-determination before rights.
            ("ri-2", Answer::Value(2)),
            ("sd-1", Answer::Value(3)),
            ("zz-9", Answer::Value(2)),
        ]),
    );
    assessment.responses.insert(
        "i-1".into(),
        responses(&[("ew-3", Answer::Value(1)), ("ew-5", Answer::Value(2))]),
    );
    assessment
        .responses
        .insert("ghost".into(), responses(&[("ew-1", Answer::Value(1))]));
    assessment
}

/// Reads a CSV back: every record, the header row included.
fn read(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|record| {
            record
                .expect("a well-formed record")
                .iter()
                .map(str::to_owned)
                .collect()
        })
        .collect()
}

fn rows(expected: &[[&str; 8]]) -> Vec<Vec<String>> {
    expected
        .iter()
        .map(|row| row.iter().map(|cell| (*cell).to_owned()).collect())
        .collect()
}

const HEADER: [&str; 8] = [
    "Informant",
    "Role",
    "Domain",
    "Item",
    "Question",
    "Answer",
    "Value",
    "Points, reversed",
];

#[test]
fn every_answer_is_a_row_in_team_and_instrument_order() {
    let instrument = builtin();
    let text = answers_csv(
        &assessment(&instrument),
        &instrument,
        Language::En,
        &headers(),
    );
    let guarded = "'=HYPERLINK(\"http://x\",\"y\")";
    let expected = rows(&[
        HEADER,
        [
            PERSON,
            "The person",
            "emotional-wellbeing",
            "ew-1",
            "I feel good.",
            "Always",
            "4",
            "4",
        ],
        [
            PERSON,
            "The person",
            "emotional-wellbeing",
            "ew-2",
            "I have a good time.",
            "Skipped",
            "",
            "",
        ],
        // A reverse item: 4 is worth 1 + 4 − 4.
        [
            PERSON,
            "The person",
            "emotional-wellbeing",
            "ew-3",
            "I feel worried.",
            "Always",
            "4",
            "1",
        ],
        // A value off the scale: no words, no points.
        [
            PERSON,
            "The person",
            "emotional-wellbeing",
            "ew-4",
            "I calm down when I get angry.",
            "",
            "9",
            "",
        ],
        [
            PERSON,
            "The person",
            "interpersonal-relations",
            "ir-1",
            "I spend time with my family.",
            "Don't know",
            "",
            "",
        ],
        [
            PERSON,
            "The person",
            "self-determination",
            "sd-1",
            "I choose my clothes.",
            "Often",
            "3",
            "3",
        ],
        [
            PERSON,
            "The person",
            "rights",
            "ri-2",
            "People laugh at me.",
            "Sometimes",
            "2",
            "3",
        ],
        [
            guarded,
            "Family",
            "emotional-wellbeing",
            "ew-3",
            "The person feels worried.",
            "Never",
            "1",
            "4",
        ],
        [
            guarded,
            "Family",
            "emotional-wellbeing",
            "ew-5",
            "The person likes themselves the way they are.",
            "Sometimes",
            "2",
            "2",
        ],
    ]);
    assert_eq!(read(&text), expected);
}

#[test]
fn cells_are_quoted_by_the_writer_and_records_end_in_crlf() {
    let instrument = builtin();
    let text = answers_csv(
        &assessment(&instrument),
        &instrument,
        Language::En,
        &headers(),
    );
    // The comma and the quotes: quoted, quotes doubled, so the name is one cell.
    assert!(
        text.contains("\"Pere \"\"Peret\"\", el gran\",The person,"),
        "{text}"
    );
    assert!(text.contains(",\"Points, reversed\"\r\n"), "{text}");
    assert!(text.contains(",Don't know,,\r\n"), "{text}");
    assert!(text.ends_with("\r\n"));
    assert_eq!(text.matches("\r\n").count(), 10);
    // No bare line feed: every one is part of a CRLF.
    assert_eq!(text.matches('\n').count(), 10);
}

#[test]
fn cells_that_start_like_a_formula_get_an_apostrophe() {
    let instrument = builtin();
    let mut assessment = Assessment::new("a-1", &instrument, date(2026, 11, 2));
    let names = [
        "=1+2",
        "+34 600 000 000",
        "-Anna",
        "@Anna",
        "\tAnna",
        "\rAnna",
    ];
    for (index, name) in names.iter().enumerate() {
        let id = format!("i-{index}");
        // Put in directly: adding trims the name (and so the tab and the carriage return).
        assessment.team.push(informant(&id, name, Role::Other));
        assessment
            .responses
            .insert(id, responses(&[("ew-1", Answer::Value(1))]));
    }
    for name in ["Anna = Pere", " =1+2", "'Anna"] {
        let id = format!("j-{}", assessment.team.len());
        assessment.team.push(informant(&id, name, Role::Other));
        assessment
            .responses
            .insert(id, responses(&[("ew-1", Answer::Value(1))]));
    }
    let text = answers_csv(&assessment, &instrument, Language::En, &headers());
    let read_names: Vec<String> = read(&text)
        .into_iter()
        .skip(1)
        .map(|row| row[0].clone())
        .collect();
    let expected: Vec<String> = names
        .iter()
        .map(|name| format!("'{name}"))
        .chain(["Anna = Pere", " =1+2", "'Anna"].map(str::to_owned))
        .collect();
    assert_eq!(read_names, expected);
    // No line of the file starts with a formula character.
    for line in text.split("\r\n") {
        assert!(!line.starts_with(['=', '+', '-', '@']), "{line:?}");
    }
}

#[test]
fn questions_and_answers_are_in_the_language_asked() {
    let instrument = builtin();
    let text = answers_csv(
        &assessment(&instrument),
        &instrument,
        Language::Ca,
        &headers(),
    );
    let table = read(&text);
    let cells = |item: &str, role: &str| -> (String, String) {
        let row = table
            .iter()
            .find(|row| row[3] == item && row[1] == role)
            .expect("a row");
        (row[4].clone(), row[5].clone())
    };
    assert_eq!(
        cells("ew-1", "The person"),
        ("Em sento bé.".to_owned(), "Sempre".to_owned())
    );
    assert_eq!(
        cells("ew-3", "Family"),
        ("La persona es preocupa.".to_owned(), "Mai".to_owned())
    );
    // The words from the headers are the caller's, whatever the language.
    assert_eq!(cells("ir-1", "The person").1, "Don't know");
    assert_eq!(table[0], rows(&[HEADER])[0]);
    // Same answers, same rows, whatever the language: only the texts change.
    let english = read(&answers_csv(
        &assessment(&instrument),
        &instrument,
        Language::En,
        &headers(),
    ));
    assert_eq!(table.len(), english.len());
    for (ca, en) in table.iter().zip(&english) {
        for column in [0, 1, 2, 3, 6, 7] {
            assert_eq!(ca[column], en[column]);
        }
    }
    assert_ne!(table[1][4], english[1][4]);
}

/// The built-in instrument changed: `changes` maps JSON pointers to new values.
fn changed_builtin(changes: &[(&str, Value)]) -> Instrument {
    let mut document: Value = serde_json::from_str(BUILTIN).expect("JSON");
    for (pointer, value) in changes {
        *document.pointer_mut(pointer).expect("the pointer exists") = value.clone();
    }
    Instrument::from_value(&document)
        .instrument
        .expect("the changed instrument loads")
}

#[test]
fn a_missing_translation_falls_back_as_item_text_does() {
    // ew-1 (the first item) has no Catalan self text: Spanish is the next language.
    let instrument = changed_builtin(&[(
        "/items/0/text/self",
        json!({"es": "Me siento bien.", "en": "I feel good."}),
    )]);
    let assessment = assessment(&instrument);
    let table = read(&answers_csv(
        &assessment,
        &instrument,
        Language::Ca,
        &headers(),
    ));
    assert_eq!(table[1][3], "ew-1");
    assert_eq!(table[1][4], "Me siento bien.");
}

#[test]
fn negative_values_stay_numbers_and_texts_from_the_instrument_are_guarded() {
    let options: Vec<Value> = [-1, 0, 1, 2]
        .iter()
        .map(|value| json!({"value": value, "label": {"ca": format!("{value} punts"), "en": format!("{value} points")}}))
        .collect();
    let instrument = changed_builtin(&[("/scale/options", Value::Array(options))]);
    let mut assessment = Assessment::new("a-1", &instrument, date(2026, 11, 2));
    assessment
        .add_informant(informant("i-1", "Anna", Role::Person))
        .expect("joins");
    assessment.responses.insert(
        "i-1".into(),
        responses(&[("ew-1", Answer::Value(-1)), ("ew-3", Answer::Value(-1))]),
    );
    let table = read(&answers_csv(
        &assessment,
        &instrument,
        Language::En,
        &headers(),
    ));
    // The label comes from the instrument file: guarded; the numbers are not.
    assert_eq!(table[1][5..], ["'-1 points", "-1", "-1"]);
    // Reversed: −1 + 2 − (−1).
    assert_eq!(table[2][5..], ["'-1 points", "-1", "2"]);
}

#[test]
fn without_answers_there_is_only_the_header_row() {
    let instrument = builtin();
    let mut assessment = Assessment::new("a-1", &instrument, date(2026, 11, 2));
    assessment
        .add_informant(informant("i-1", "Anna", Role::Person))
        .expect("joins");
    let text = answers_csv(&assessment, &instrument, Language::En, &headers());
    assert_eq!(read(&text), rows(&[HEADER]));
}

/// The headers of a second language, as the app gives every language's.
fn other_headers() -> CsvHeaders {
    CsvHeaders {
        informant: "Qui ha respost".into(),
        roles: [
            "La persona".into(),
            "Família".into(),
            "Professional".into(),
            "Altres".into(),
        ],
        ..headers()
    }
}

// Issue #22: the locked-table control saved any unlocked text as a CSV without checking
// it was one.
#[test]
fn only_a_table_of_answers_is_taken_for_one() {
    let instrument = builtin();
    let known = [other_headers(), headers()];
    let text = answers_csv(
        &assessment(&instrument),
        &instrument,
        Language::En,
        &headers(),
    );
    assert!(is_answers_table(text.as_bytes(), &known));
    // In another of the known languages too, and with no answers yet.
    let catalan = answers_csv(
        &assessment(&instrument),
        &instrument,
        Language::Ca,
        &other_headers(),
    );
    assert!(is_answers_table(catalan.as_bytes(), &known));
    let empty = Assessment::new("a-2", &instrument, date(2026, 11, 2));
    let header_only = answers_csv(&empty, &instrument, Language::En, &headers());
    assert!(is_answers_table(header_only.as_bytes(), &known));
    // Not with headers it does not know.
    assert!(!is_answers_table(text.as_bytes(), &known[..1]));

    let first_row = text.split("\r\n").next().unwrap_or_default().to_owned();
    let not_tables: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        ("a word", b"hello".to_vec()),
        (
            "an assessment record",
            br#"{"schema":1,"assessments":[]}"#.to_vec(),
        ),
        ("not UTF-8", b"Informant,Role\xff\r\n".to_vec()),
        ("another CSV", b"name,amount\r\nAnna,12\r\n".to_vec()),
        (
            "a row with a cell missing",
            format!("{first_row}\r\nAnna,The person,ew,ew-1,Q,Yes,4\r\n").into_bytes(),
        ),
        (
            "a role that is not one",
            format!("{first_row}\r\nAnna,Boss,ew,ew-1,Q,Yes,4,4\r\n").into_bytes(),
        ),
        (
            "a value that is not a number",
            format!("{first_row}\r\nAnna,The person,ew,ew-1,Q,Yes,four,4\r\n").into_bytes(),
        ),
        (
            "a formula",
            format!(
                "{first_row}\r\n\"=HYPERLINK(\"\"http://x\"\")\",The person,ew,ew-1,Q,Yes,4,4\r\n"
            )
            .into_bytes(),
        ),
    ];
    for (what, bytes) in not_tables {
        assert!(!is_answers_table(&bytes, &known), "{what}");
    }
}
