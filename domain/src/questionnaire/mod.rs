//! Quality-of-life assessment in the style of iCalidad (Schalock & Verdugo's model): the
//! questionnaire (instrument), the answers of each informant, scores, where the person and
//! the others see things differently, priorities, answers brought from another device, and
//! the support plan agreed with the person.
//!
//! Pure: the app stores an [`Assessment`] per profile, keeps instruments as JSON text and
//! draws what these functions return. The file formats and the rules are described in
//! `docs/questionnaire/FORMAT.md`.
//!
//! - [`instrument`]: the instrument file format and its lenient, validating loader;
//! - [`answers`]: informants, their answers, and the assessment that holds them;
//! - [`scoring`]: item points, domain scores, integrated scores, agreement and priorities;
//! - [`merge`]: the answers file an informant brings from another device, and its merge;
//! - [`plan`]: the support plan, with goals in the person's own words.

pub mod answers;
pub mod csv;
pub mod instrument;
pub mod merge;
pub mod plan;
pub mod scoring;
pub mod stored;

pub use answers::{
    Answer, AnswerProblem, Assessment, DomainProgress, Informant, Responses, Role, TeamProblem,
};
pub use csv::{answers_csv, is_answers_table, CsvHeaders};
pub use instrument::{Instrument, LoadedInstrument, Problem, Texts, Version};
pub use merge::{
    AnswersFile, Choice, Conflict, FileProblem, InformantMatch, MergeOutcome, MergePreview,
    MergeTarget, Refusal,
};
pub use plan::{Goal, PlanProblem, SupportPlan};
pub use scoring::{DomainReport, DomainScore, ItemDisagreement, Priority, Report};

/// The built-in instrument, Pictokit's own quality-of-life questionnaire (8 domains,
/// texts in Catalan, Spanish and English, CC BY-SA 4.0), as an instrument file to load
/// with [`Instrument::load`]. Described in `domain/instruments/README.md`.
pub const BUILTIN: &str = include_str!("../../instruments/pictokit-qol.json");

/// The longest id (of an instrument, domain, item, informant, goal…), in characters.
pub const MAX_ID_CHARS: usize = 64;

/// Whether a text is a valid id: 1 to [`MAX_ID_CHARS`] ASCII letters, digits, `-`, `_`
/// or `.` (so it is safe in a file name, a URL and a Fluent argument).
pub fn is_id(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= MAX_ID_CHARS
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// A text with spaces around it removed and cut to `max_chars` characters; whether it was cut.
pub(crate) fn trimmed_and_cut(text: &str, max_chars: usize) -> (String, bool) {
    let trimmed = text.trim();
    if trimmed.chars().count() > max_chars {
        (trimmed.chars().take(max_chars).collect(), true)
    } else {
        (trimmed.to_owned(), false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_short_and_plain() {
        for good in ["ew-1", "pictokit-qol", "a", "i_2.b"] {
            assert!(is_id(good), "{good}");
        }
        for bad in ["", " ew", "é", "a/b", "a b", &"x".repeat(MAX_ID_CHARS + 1)] {
            assert!(!is_id(bad), "{bad}");
        }
    }

    #[test]
    fn texts_are_trimmed_and_cut_by_characters() {
        assert_eq!(trimmed_and_cut("  hola ", 10), ("hola".to_owned(), false));
        assert_eq!(trimmed_and_cut("àèìòù", 3), ("àèì".to_owned(), true));
    }
}
