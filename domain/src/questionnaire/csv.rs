//! The answers of an assessment as a CSV table, to open in a spreadsheet or hand to
//! someone who analyses them elsewhere.
//!
//! The columns are described in `docs/questionnaire/FORMAT.md` ("CSV of all answers").
//! Quoting is left to the `csv` crate; cells that a spreadsheet would take for a formula
//! are defused (see [`answers_csv`]).

use super::answers::{Answer, Assessment, Informant, Role};
use super::instrument::{Instrument, Item};
use super::scoring::item_points;
use crate::Language;

/// The words of the CSV that are not data: the header row, the names of the roles and the
/// words for the answers that are not a value. The app fills them from its translations.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CsvHeaders {
    /// Header of the informant's name column.
    pub informant: String,
    /// Header of the informant's role column.
    pub role: String,
    /// Header of the domain id column.
    pub domain: String,
    /// Header of the item id column.
    pub item: String,
    /// Header of the question text column.
    pub question: String,
    /// Header of the answer words column.
    pub answer: String,
    /// Header of the answer value column.
    pub value: String,
    /// Header of the points column.
    pub points: String,
    /// The answer words for "I don't know".
    pub dont_know: String,
    /// The answer words for a skipped item.
    pub skipped: String,
    /// The names of the roles, in the order of [`Role::ALL`].
    pub roles: [String; 4],
}

impl CsvHeaders {
    /// The name of a role.
    fn role(&self, role: Role) -> &str {
        Role::ALL
            .iter()
            .position(|candidate| *candidate == role)
            .and_then(|index| self.roles.get(index))
            .map_or(role.tag(), String::as_str)
    }
}

/// The characters that make a spreadsheet read a cell as a formula (or that some of them
/// drop before doing so).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell of outside data made safe for spreadsheets: with an apostrophe in front when it
/// starts like a formula.
fn defused(cell: &str) -> String {
    if cell.starts_with(FORMULA_STARTS) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// The cells of one answer.
fn row(
    instrument: &Instrument,
    language: Language,
    headers: &CsvHeaders,
    informant: &Informant,
    item: &Item,
    answer: Answer,
) -> [String; 8] {
    let question = instrument
        .item_text(item, informant.version(), language)
        .unwrap_or_default();
    let words = match answer {
        Answer::Value(value) => defused(
            instrument
                .scale
                .option(value)
                .and_then(|option| instrument.text_in(&option.label, language))
                .unwrap_or_default(),
        ),
        Answer::DontKnow => headers.dont_know.clone(),
        Answer::Skipped => headers.skipped.clone(),
    };
    [
        defused(&informant.name),
        headers.role(informant.role).to_owned(),
        defused(&item.domain),
        defused(&item.id),
        defused(question),
        words,
        answer
            .value()
            .map(|value| value.to_string())
            .unwrap_or_default(),
        item_points(&instrument.scale, item, answer)
            .map(|points| points.to_string())
            .unwrap_or_default(),
    ]
}

/// The header row, then a row per answer.
fn write_rows(
    writer: &mut ::csv::Writer<Vec<u8>>,
    assessment: &Assessment,
    instrument: &Instrument,
    language: Language,
    headers: &CsvHeaders,
) -> ::csv::Result<()> {
    writer.write_record(header_row(headers))?;
    for informant in &assessment.team {
        let Some(responses) = assessment.responses_of(&informant.id) else {
            continue;
        };
        for item in &instrument.items {
            if let Some(answer) = responses.answers.get(&item.id) {
                writer
                    .write_record(row(instrument, language, headers, informant, item, *answer))?;
            }
        }
    }
    Ok(())
}

/// One row per answer of every informant (in team order, items in instrument order).
///
/// The first row is the header row from `headers`. Then, for every informant of the team
/// and every item of `instrument` they answered, the columns are:
///
/// 1. the informant's name;
/// 2. their role's name (from [`CsvHeaders::roles`]);
/// 3. the item's domain id;
/// 4. the item's id;
/// 5. the question, the item's text in the version the informant answers
///    ([`Informant::version`]) in `language`, falling back as [`Instrument::item_text`] does;
/// 6. the answer in words: the scale option's label in `language`, or
///    [`CsvHeaders::dont_know`] / [`CsvHeaders::skipped`] (empty for a value no longer on the
///    scale);
/// 7. the value answered (empty for "I don't know" and skipped);
/// 8. the points it is worth ([`item_points`]: reversed for a reverse item; empty when it
///    is worth none).
///
/// Unanswered items have no row, nor do answers to items the instrument does not have or
/// informants who are not on the team.
///
/// **Spreadsheet safety.** A cell of outside data (the informant's name, and the ids and
/// texts that come from the instrument file) that starts with `=`, `+`, `-`, `@`, a tab or
/// a carriage return gets an apostrophe `'` in front, so a spreadsheet shows it as text
/// instead of running it as a formula. The numbers (value and points, which may be
/// negative) and the words from `headers` are written as they are.
///
/// Quoting is done by the `csv` crate (a cell is quoted when it holds a comma, a quote or
/// a line break); records end with `\r\n` (RFC 4180). Never panics: should writing fail,
/// what was written so far is returned.
pub fn answers_csv(
    assessment: &Assessment,
    instrument: &Instrument,
    language: Language,
    headers: &CsvHeaders,
) -> String {
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // A failed write stops the writing; what was written so far is kept below.
    let _ = write_rows(&mut writer, assessment, instrument, language, headers);
    let bytes = match writer.into_inner() {
        Ok(bytes) => bytes,
        Err(error) => error.into_inner().get_ref().clone(),
    };
    String::from_utf8(bytes)
        .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned())
}

/// The header row of a table written with `headers`.
fn header_row(headers: &CsvHeaders) -> [&str; 8] {
    [
        &headers.informant,
        &headers.role,
        &headers.domain,
        &headers.item,
        &headers.question,
        &headers.answer,
        &headers.value,
        &headers.points,
    ]
}

/// Whether `bytes` are a table of answers as [`answers_csv`] writes it with one of the
/// `known` headers (the app gives those of every language, since the table may come from a
/// device in another): UTF-8 CSV whose first row is one of those header rows, then rows of
/// eight cells, the role one of that language's role names, the value and points empty or
/// whole numbers, and no cell starting like a spreadsheet formula (the writer defuses
/// them). A locked table is checked with it after unlocking and before it is saved as a
/// CSV, so another text locked as a table never reaches a spreadsheet.
pub fn is_answers_table(bytes: &[u8], known: &[CsvHeaders]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(false)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let Some(Ok(first)) = records.next() else {
        return false;
    };
    let Some(headers) = known
        .iter()
        .find(|headers| first.iter().eq(header_row(headers)))
    else {
        return false;
    };
    for record in records {
        let Ok(record) = record else {
            return false;
        };
        if record.len() != 8 || !headers.roles.iter().any(|role| role == &record[1]) {
            return false;
        }
        for (column, cell) in record.iter().enumerate() {
            let fits = match column {
                6 | 7 => cell.is_empty() || cell.parse::<i32>().is_ok(),
                _ => !cell.starts_with(FORMULA_STARTS),
            };
            if !fits {
                return false;
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_formula_starts_are_defused() {
        for risky in ["=1+1", "+34 600", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(defused(risky), format!("'{risky}"), "{risky:?}");
        }
        for plain in ["Anna", "", " =1", "a=b", "'quoted", "Ñ-1"] {
            assert_eq!(defused(plain), plain, "{plain:?}");
        }
    }

    #[test]
    fn roles_are_named_in_role_order() {
        let headers = CsvHeaders {
            roles: ["P".into(), "F".into(), "Pro".into(), "O".into()],
            ..CsvHeaders::default()
        };
        let names: Vec<&str> = Role::ALL.iter().map(|role| headers.role(*role)).collect();
        assert_eq!(names, ["P", "F", "Pro", "O"]);
    }
}
