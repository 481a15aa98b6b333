//! Every file the facilitator opens, checked the same way wherever it is read: what the
//! file must be for each control ([`Control`]), what is refused from its size and first
//! bytes alone, before it is read whole ([`before_reading`]), and the checks of the whole
//! file with the message each refusal shows ([`profile`], [`board`], [`sealed`],
//! [`answers`], [`instrument`]).
//!
//! The app reads a chosen file in a Web Worker that runs [`before_reading`] and
//! [`check`], and is ended after each file, so a hostile file's memory goes with it; the
//! page then reads an accepted file's bytes again with the same function of its control.
//! A refusal is a Fluent message id with its arguments ([`Refusal`]), exactly what the
//! page showed when it read files itself.

use crate::bundle::{self, Bundle};
use crate::obf::{self, Board, Report};
use crate::sealed::{self, Parts, SealedError};
use pictokit_domain::questionnaire::instrument::{self, Instrument, Problem};
use pictokit_domain::questionnaire::merge::{FileProblem, MAX_ANSWERS_FILE_BYTES};
use pictokit_domain::questionnaire::AnswersFile;

/// The control a file was chosen at, which says what it must be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    /// "Open a profile file": a profile bundle (a zip).
    Profile,
    /// "Open a board file": an `.obf` (JSON) or `.obz` (a zip).
    Board,
    /// "Open an encrypted file" of assessments: a sealed envelope of `assessments`.
    Assessments,
    /// Opening a locked table of answers: a sealed envelope of `table`.
    Table,
    /// An answers file: a sealed envelope of `answers`, or an older file not locked.
    Answers,
    /// "Import a questionnaire file": an instrument (JSON text).
    Instrument,
}

/// What a sealed assessments file holds, in its envelope.
pub const ASSESSMENTS: &str = "assessments";
/// What a locked table of answers holds, in its envelope.
pub const TABLE: &str = "table";
/// What a locked answers file holds, in its envelope.
pub const ANSWERS: &str = "answers";

/// The largest questionnaire file read at all; its loader explains the limit (2 MB) of
/// what it reads.
pub const INSTRUMENT_READ_BYTES: usize = 4 * 1024 * 1024;

/// How many first bytes [`before_reading`] looks at.
pub const HEAD_BYTES: usize = 16;

impl Control {
    /// Every control.
    pub const ALL: [Control; 6] = [
        Control::Profile,
        Control::Board,
        Control::Assessments,
        Control::Table,
        Control::Answers,
        Control::Instrument,
    ];

    /// Its name between the page and the worker.
    pub fn name(self) -> &'static str {
        match self {
            Control::Profile => "profile",
            Control::Board => "board",
            Control::Assessments => "assessments",
            Control::Table => "table",
            Control::Answers => "answers",
            Control::Instrument => "instrument",
        }
    }

    /// The control of a name.
    pub fn from_name(name: &str) -> Option<Control> {
        Control::ALL
            .into_iter()
            .find(|control| control.name() == name)
    }

    /// The largest file this control reads at all; anything larger is refused by its
    /// size before a byte of it is read.
    pub fn most_bytes(self) -> usize {
        match self {
            Control::Profile => bundle::LIMITS.file_bytes,
            Control::Board => obf::LIMITS.file_bytes,
            Control::Assessments | Control::Table => sealed::MAX_FILE_BYTES,
            // Locked, a file grows by a third (base64) and a small envelope.
            Control::Answers => MAX_ANSWERS_FILE_BYTES * 2,
            Control::Instrument => INSTRUMENT_READ_BYTES,
        }
    }
}

/// Why a file was refused: the Fluent message id that says so and its arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    /// The message id.
    pub id: String,
    /// The message's arguments, by name.
    pub args: Vec<(String, String)>,
    /// Every problem found, for a file whose refusal lists them (a questionnaire file).
    pub problems: Vec<Refusal>,
}

impl Refusal {
    /// A refusal by a message without arguments.
    pub fn of(id: &str) -> Refusal {
        Refusal {
            id: id.to_owned(),
            args: Vec::new(),
            problems: Vec::new(),
        }
    }

    /// A refusal by a message with arguments.
    pub fn with(id: &str, args: Vec<(&'static str, String)>) -> Refusal {
        Refusal {
            id: id.to_owned(),
            args: args
                .into_iter()
                .map(|(name, value)| (name.to_owned(), value))
                .collect(),
            problems: Vec::new(),
        }
    }

    /// The arguments as the localizer takes them.
    pub fn args(&self) -> Vec<(&str, &str)> {
        self.args
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
            .collect()
    }
}

/// An answers file, checked.
#[derive(Clone, Debug)]
pub enum Answers {
    /// Not locked (made by an older Pictokit): read as it is.
    Open(AnswersFile),
    /// Locked: it needs its passphrase.
    Locked(Parts),
}

/// An answers file too large to be one (its size in bytes).
fn answers_too_big(bytes: usize) -> Refusal {
    let problem = FileProblem::TooBig {
        bytes,
        limit: MAX_ANSWERS_FILE_BYTES,
    };
    Refusal::with(problem.message_id(), problem.args())
}

/// The refusal of a questionnaire file: its problems.
fn instrument_refused(problems: &[Problem]) -> Refusal {
    Refusal {
        problems: problems
            .iter()
            .map(|problem| Refusal::with(problem.message_id(), problem.args()))
            .collect(),
        ..Refusal::of("ql-import-refused")
    }
}

/// A questionnaire file too large to be read (its size in bytes).
fn instrument_too_big(bytes: usize) -> Refusal {
    instrument_refused(&[Problem::TooBig {
        bytes,
        limit: instrument::MAX_FILE_BYTES,
    }])
}

/// The first byte that is not JSON's white space.
fn first_json_byte(head: &[u8]) -> Option<u8> {
    head.iter()
        .copied()
        .find(|byte| !matches!(byte, b' ' | b'\t' | b'\n' | b'\r'))
}

/// What the file is refused for from its size (`size` bytes) and its first bytes
/// (`head`, at most [`HEAD_BYTES`]) alone, before it is read whole: the same refusal the
/// checks of the whole file would give. `None`: it must be read to know.
///
/// A board that is not a zip is one JSON board, refused above
/// [`obf::MAX_BOARD_BYTES`] (8 MB), not at the 64 MB a zip may have.
pub fn before_reading(control: Control, head: &[u8], size: usize) -> Option<Refusal> {
    let zip = head.starts_with(b"PK");
    match control {
        Control::Profile if size > bundle::LIMITS.file_bytes => {
            Some(Refusal::of(bundle::BundleError::TooLarge.message_id()))
        }
        Control::Profile if !zip => Some(Refusal::of(bundle::BundleError::NotZip.message_id())),
        Control::Board
            if size > obf::LIMITS.file_bytes || (!zip && size > obf::MAX_BOARD_BYTES) =>
        {
            Some(Refusal::of(obf::ObfError::TooBig.message_id()))
        }
        Control::Assessments if size > sealed::MAX_FILE_BYTES => {
            Some(Refusal::of(SealedError::TooLarge.message_id()))
        }
        Control::Table if size > sealed::MAX_FILE_BYTES => {
            Some(Refusal::of("table-error-too-large"))
        }
        // An envelope is a JSON object: anything else is not one.
        Control::Assessments | Control::Table
            if first_json_byte(head).is_some_and(|byte| byte != b'{') =>
        {
            Some(Refusal::of(SealedError::NotSealed.message_id()))
        }
        Control::Answers if size > Control::Answers.most_bytes() => Some(answers_too_big(size)),
        Control::Instrument if size > INSTRUMENT_READ_BYTES => Some(instrument_too_big(size)),
        _ => None,
    }
}

/// The refusal of a file that could not be read (the browser failed, or the reader
/// stopped).
pub fn unreadable(control: Control) -> Refusal {
    if control == Control::Instrument {
        // As when the page read it: a file it could not read is said to be too big.
        return instrument_too_big(0);
    }
    Refusal::of(match control {
        Control::Profile => bundle::BundleError::Damaged.message_id(),
        Control::Board => obf::ObfError::Damaged.message_id(),
        Control::Assessments | Control::Table | Control::Answers | Control::Instrument => {
            SealedError::Damaged.message_id()
        }
    })
}

/// A profile file, checked.
pub fn profile(bytes: &[u8]) -> Result<Bundle, Refusal> {
    bundle::read(bytes).map_err(|error| Refusal::of(error.message_id()))
}

/// A board file, checked: its boards, the index of the root board and what was changed.
pub fn board(bytes: &[u8]) -> Result<(Vec<Board>, usize, Report), Refusal> {
    obf::read(bytes).map_err(|error| Refusal::of(error.message_id()))
}

/// A sealed file of assessments ([`Control::Assessments`]) or a locked table
/// ([`Control::Table`]), its envelope checked; any other control is refused as not
/// sealed.
pub fn sealed(control: Control, bytes: &[u8]) -> Result<Parts, Refusal> {
    let content = match control {
        Control::Assessments => ASSESSMENTS,
        Control::Table => TABLE,
        _ => return Err(Refusal::of(SealedError::NotSealed.message_id())),
    };
    sealed::read(bytes, content).map_err(|error| match (control, error) {
        (Control::Table, SealedError::OtherContent) => Refusal::of("sealed-error-not-table"),
        (Control::Table, SealedError::TooLarge) => Refusal::of("table-error-too-large"),
        (_, error) => Refusal::of(error.message_id()),
    })
}

/// An answers file, locked or not, checked.
pub fn answers(bytes: &[u8]) -> Result<Answers, Refusal> {
    if bytes.len() > Control::Answers.most_bytes() {
        return Err(answers_too_big(bytes.len()));
    }
    match sealed::read(bytes, ANSWERS) {
        Ok(parts) => Ok(Answers::Locked(parts)),
        Err(SealedError::NotSealed) => AnswersFile::load(&String::from_utf8_lossy(bytes))
            .map(Answers::Open)
            .map_err(|problem| Refusal::with(problem.message_id(), problem.args())),
        Err(SealedError::OtherContent) => Err(Refusal::of("sealed-error-not-answers")),
        Err(SealedError::TooLarge) => Err(answers_too_big(bytes.len())),
        Err(error) => Err(Refusal::of(error.message_id())),
    }
}

/// The text of a file as the browser's `File.text()` gives it: UTF-8, a byte order mark
/// left out, anything that is not UTF-8 replaced by U+FFFD.
pub fn text(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    String::from_utf8_lossy(bytes).into_owned()
}

/// A questionnaire file, checked: its text, when its loader keeps an instrument from it
/// (the page loads it again to keep it, with the problems that did not stop it).
pub fn instrument(bytes: &[u8]) -> Result<String, Refusal> {
    if bytes.len() > INSTRUMENT_READ_BYTES {
        return Err(instrument_too_big(bytes.len()));
    }
    let text = text(bytes);
    let loaded = Instrument::load(&text);
    match loaded.instrument {
        Some(_) => Ok(text),
        None => Err(instrument_refused(&loaded.problems)),
    }
}

/// Checks a whole file for its control, as the function of that control does.
pub fn check(control: Control, bytes: &[u8]) -> Result<(), Refusal> {
    match control {
        Control::Profile => profile(bytes).map(drop),
        Control::Board => board(bytes).map(drop),
        Control::Assessments | Control::Table => sealed(control, bytes).map(drop),
        Control::Answers => answers(bytes).map(drop),
        Control::Instrument => instrument(bytes).map(drop),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The refusal before reading, and that the whole file's checks agree with it.
    fn check_refused(control: Control, bytes: &[u8], expected: Option<&str>) {
        let head = &bytes[..bytes.len().min(HEAD_BYTES)];
        let early = before_reading(control, head, bytes.len());
        assert_eq!(
            early.as_ref().map(|r| r.id.as_str()),
            expected,
            "{control:?}"
        );
        if let Some(early) = early {
            assert_eq!(check(control, bytes), Err(early), "{control:?} agrees");
        }
    }

    #[test]
    fn names_round_trip() {
        for control in Control::ALL {
            assert_eq!(Control::from_name(control.name()), Some(control));
        }
        assert_eq!(Control::from_name("photo"), None);
    }

    // Issue #22: a 60 MB JSON chosen as a board was read whole (the tab's memory grew by
    // 70 MB) before its size refused it.
    #[test]
    fn a_big_json_board_is_refused_by_its_size_and_kind() {
        let size = 60 * 1024 * 1024;
        let refused = before_reading(Control::Board, b"{\"format\":\"open-", size);
        assert_eq!(refused, Some(Refusal::of("obf-error-too-big")));
        // The same size as a zip may be read: a .obz holds pictures.
        assert_eq!(before_reading(Control::Board, b"PK\x03\x04", size), None);
        assert_eq!(
            before_reading(Control::Board, b"PK\x03\x04", 65 * 1024 * 1024),
            Some(Refusal::of("obf-error-too-big"))
        );
        // Just at the limit a JSON board is read.
        assert_eq!(
            before_reading(Control::Board, b"{", obf::MAX_BOARD_BYTES),
            None
        );
    }

    #[test]
    fn what_is_known_before_reading_agrees_with_the_whole_checks() {
        let big_json = {
            let mut bytes = b"{\"buttons\":[".to_vec();
            bytes.resize(obf::MAX_BOARD_BYTES + 1, b' ');
            bytes
        };
        let big_text = vec![b'a'; sealed::MAX_FILE_BYTES + 1];
        let answers_big = vec![b' '; MAX_ANSWERS_FILE_BYTES * 2 + 1];
        let instrument_big = vec![b' '; INSTRUMENT_READ_BYTES + 1];
        let cases: &[(Control, &[u8], Option<&str>)] = &[
            (Control::Board, &big_json, Some("obf-error-too-big")),
            (Control::Board, b"{}", None),
            (Control::Board, b"", None),
            (Control::Profile, b"{\"a\":1}", Some("bundle-error-not-zip")),
            (Control::Profile, b"", Some("bundle-error-not-zip")),
            (Control::Profile, b"P", Some("bundle-error-not-zip")),
            (Control::Profile, b"PK\x05\x06", None),
            (
                Control::Assessments,
                b"hello",
                Some("sealed-error-not-sealed"),
            ),
            (
                Control::Assessments,
                b"\xef\xbb\xbf{}",
                Some("sealed-error-not-sealed"),
            ),
            (Control::Assessments, b" \n{}", None),
            (Control::Assessments, b"", None),
            (
                Control::Assessments,
                &big_text,
                Some("sealed-error-too-large"),
            ),
            (Control::Table, &big_text, Some("table-error-too-large")),
            (Control::Table, b"[1]", Some("sealed-error-not-sealed")),
            (Control::Answers, b"hello", None),
            (Control::Answers, &answers_big, Some("answers-file-too-big")),
            (Control::Instrument, &answers_big, None),
            (
                Control::Instrument,
                &instrument_big,
                Some("ql-import-refused"),
            ),
        ];
        for (control, bytes, expected) in cases {
            check_refused(*control, bytes, *expected);
        }
    }

    #[test]
    fn every_committed_hostile_file_agrees() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../e2e/fixtures");
        for (dir, control) in [
            ("hostile", Control::Profile),
            ("obf/hostile", Control::Board),
        ] {
            let mut seen = 0;
            for entry in std::fs::read_dir(root.join(dir)).expect("the corpus") {
                let path = entry.expect("an entry").path();
                if path.extension().is_some_and(|ext| ext == "json") {
                    continue;
                }
                let bytes = std::fs::read(&path).expect("a file");
                let head = &bytes[..bytes.len().min(HEAD_BYTES)];
                if let Some(early) = before_reading(control, head, bytes.len()) {
                    assert_eq!(check(control, &bytes), Err(early), "{}", path.display());
                }
                seen += 1;
            }
            assert!(seen > 20, "{dir}");
        }
    }

    #[test]
    fn refusals_say_what_the_page_said() {
        assert_eq!(
            sealed(Control::Table, &sealed_of("assessments")),
            Err(Refusal::of("sealed-error-not-table"))
        );
        assert_eq!(
            sealed(Control::Assessments, &sealed_of("table")),
            Err(Refusal::of("sealed-error-other-content"))
        );
        assert!(sealed(Control::Table, &sealed_of("table")).is_ok());
        assert!(matches!(
            answers(&sealed_of("answers")),
            Ok(Answers::Locked(_))
        ));
        assert_eq!(
            answers(&sealed_of("table")).err(),
            Some(Refusal::of("sealed-error-not-answers"))
        );
        let empty = answers(b"  ").expect_err("an empty file");
        assert_eq!(empty.id, "answers-file-empty");
        let big = answers_too_big(3 * 1024 * 1024);
        assert_eq!(big.id, "answers-file-too-big");
        assert!(big.args().contains(&("limit-mb", "1")));
        assert_eq!(unreadable(Control::Board), Refusal::of("obf-error-damaged"));
        assert_eq!(
            unreadable(Control::Profile),
            Refusal::of("bundle-error-damaged")
        );
    }

    #[test]
    fn a_questionnaire_file_is_refused_with_every_problem() {
        let refused = instrument(br#"{"format": "something-else"}"#).expect_err("not one");
        assert_eq!(refused.id, "ql-import-refused");
        assert_eq!(refused.problems[0].id, "instrument-wrong-format");
        let big = before_reading(Control::Instrument, b"[", 5 * 1024 * 1024).expect("too big");
        assert_eq!(big.problems[0].id, "instrument-too-big");
        assert!(big.problems[0].args().contains(&("bytes", "5242880")));
        // As the browser reads text: no byte order mark, invalid bytes replaced.
        assert_eq!(text(b"\xEF\xBB\xBF{}"), "{}");
        assert_eq!(text(b"a\xFFb"), "a\u{FFFD}b");
        let builtin = include_str!("../../domain/instruments/pictokit-qol.json");
        assert_eq!(
            instrument(builtin.as_bytes()).map(|t| t.len()),
            Ok(builtin.len())
        );
    }

    /// An envelope of `content`.
    fn sealed_of(content: &str) -> Vec<u8> {
        let parts = Parts {
            iterations: sealed::ITERATIONS,
            salt: vec![1; 16],
            iv: vec![2; 12],
            data: vec![3; 32],
        };
        sealed::envelope(content, &parts).into_bytes()
    }
}
