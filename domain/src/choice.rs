//! The choice board: the facilitator puts 2 to 6 options in front of the person (pictures,
//! or the person's own screen configured in different ways), the person chooses one by
//! tapping it, and the choice is kept with its date. A choice of a configuration can be
//! applied to the profile afterwards.
//!
//! Pure: the app keeps one [`ChoiceRecord`] per profile, draws the board and calls
//! [`ChoiceRecord::choose`] when an option is tapped.

use crate::lenient::{array, id_of, load_unique, millis, optional, schema, text, workshop};
use crate::picto::PictoRef;
use crate::profile::{GridDensity, ProfileDraft, TextSize, Theme};
use crate::questionnaire::{is_id, trimmed_and_cut};
use crate::schema::LoadProblem;
use crate::workshop_common::{check_set, check_things};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The fewest options on a board.
pub const MIN_OPTIONS: usize = 2;
/// The most options on a board.
pub const MAX_OPTIONS: usize = 6;
/// The longest question of a board, in characters.
pub const MAX_QUESTION_CHARS: usize = 60;
/// The longest label of an option, in characters.
pub const MAX_LABEL_CHARS: usize = 60;
/// The longest voice name kept, in characters.
pub const MAX_VOICE_CHARS: usize = 200;
/// The most boards a person keeps.
pub const MAX_BOARDS: usize = 50;
/// The most choices kept for a person (the oldest are forgotten first).
pub const MAX_CHOICES: usize = 500;
/// Version of a profile's choice record.
pub const CHOICE_SCHEMA: u64 = 1;
/// The Fluent message id shown when the record was written by a newer Pictokit.
pub const TOO_NEW_MESSAGE_ID: &str = "choice-record-too-new";

/// A change of some of a profile's settings: only the settings it changes are kept.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsChange {
    /// Pictograms per screen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grid: Option<GridDensity>,
    /// Size of text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_size: Option<TextSize>,
    /// Colour scheme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<Theme>,
    /// Words under pictograms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_labels: Option<bool>,
    /// The voice's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voice: Option<String>,
}

impl SettingsChange {
    /// Whether it changes no setting at all.
    pub fn is_empty(&self) -> bool {
        self == &SettingsChange::default()
    }

    /// Applies it to a profile's settings; whether anything changed.
    pub fn apply_to(&self, draft: &mut ProfileDraft) -> bool {
        let before = draft.clone();
        if let Some(grid) = self.grid {
            draft.grid = grid;
        }
        if let Some(text_size) = self.text_size {
            draft.text_size = text_size;
        }
        if let Some(theme) = self.theme {
            draft.theme = theme;
        }
        if let Some(show_labels) = self.show_labels {
            draft.show_labels = show_labels;
        }
        if let Some(voice) = &self.voice {
            draft.speech.voice = Some(voice.clone());
        }
        *draft != before
    }

    /// Whether applying it to these settings would change anything.
    pub fn would_change(&self, draft: &ProfileDraft) -> bool {
        self.apply_to(&mut draft.clone())
    }

    /// The settings as they would be with it applied.
    pub fn applied(&self, draft: &ProfileDraft) -> ProfileDraft {
        let mut out = draft.clone();
        self.apply_to(&mut out);
        out
    }

    /// This change and `more` together; where both set one setting, `more`'s value wins.
    pub fn combined_with(&self, more: &SettingsChange) -> SettingsChange {
        SettingsChange {
            grid: more.grid.or(self.grid),
            text_size: more.text_size.or(self.text_size),
            theme: more.theme.or(self.theme),
            show_labels: more.show_labels.or(self.show_labels),
            voice: more.voice.clone().or_else(|| self.voice.clone()),
        }
    }
}

/// Adds a pair of ways of seeing the screen ("4 or 9 pictures", "warm or dark") *into* the
/// two options already there, so that one option can be "9 pictures, dark colours": the
/// first change goes into the first option, the second into the second, and their words
/// are joined with `joiner` (", " in the person's language), cut to [`MAX_LABEL_CHARS`].
/// Only where there are exactly two options and both are ways of seeing the screen;
/// otherwise nothing changes and `false` is returned.
pub fn combine_pair(
    options: &mut [ChoiceOption],
    pair: [(String, SettingsChange); 2],
    joiner: &str,
) -> bool {
    let both_settings = options.len() == 2 && options.iter().all(|o| o.change().is_some());
    if !both_settings {
        return false;
    }
    for (option, (label, more)) in options.iter_mut().zip(pair) {
        if let What::Setting { change } = &mut option.what {
            *change = change.combined_with(&more);
        }
        let joined = format!("{}{joiner}{label}", option.label);
        option.label = joined.chars().take(MAX_LABEL_CHARS).collect();
    }
    true
}

/// What an option is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum What {
    /// A picture (a pictogram or a photo).
    Picture {
        /// The picture.
        picto: PictoRef,
    },
    /// The person's screen configured another way.
    Setting {
        /// What it changes.
        change: SettingsChange,
    },
}

/// One option of a board.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChoiceOption {
    /// Unique on its board.
    pub id: String,
    /// Its words, shown and spoken (1 to [`MAX_LABEL_CHARS`] characters).
    pub label: String,
    /// A picture or a configuration.
    #[serde(flatten)]
    pub what: What,
}

impl ChoiceOption {
    /// A picture option.
    pub fn picture(id: &str, label: &str, picto: PictoRef) -> ChoiceOption {
        ChoiceOption {
            id: id.to_owned(),
            label: label.to_owned(),
            what: What::Picture { picto },
        }
    }

    /// A configuration option.
    pub fn setting(id: &str, label: &str, change: SettingsChange) -> ChoiceOption {
        ChoiceOption {
            id: id.to_owned(),
            label: label.to_owned(),
            what: What::Setting { change },
        }
    }

    /// Its configuration, when it is one.
    pub fn change(&self) -> Option<&SettingsChange> {
        match &self.what {
            What::Setting { change } => Some(change),
            What::Picture { .. } => None,
        }
    }

    /// Its picture, when it is one.
    pub fn picto(&self) -> Option<&PictoRef> {
        match &self.what {
            What::Picture { picto } => Some(picto),
            What::Setting { .. } => None,
        }
    }
}

/// A choice board: a question and its options.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Board {
    /// Unique among the person's boards.
    pub id: String,
    /// What the person is asked ("How many pictures do you want to see?").
    pub question: String,
    /// The options, in the order shown.
    pub options: Vec<ChoiceOption>,
    /// When it was made, in ms since the epoch.
    #[serde(default)]
    pub created_ms: u64,
}

/// Something wrong with a board, or a choice that cannot be taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChoiceProblem {
    /// The board's or the choice's id is not a valid id.
    BadId,
    /// The board has no question.
    NoQuestion,
    /// The question is longer than [`MAX_QUESTION_CHARS`].
    QuestionTooLong,
    /// Fewer than [`MIN_OPTIONS`] options.
    TooFewOptions,
    /// More than [`MAX_OPTIONS`] options.
    TooManyOptions,
    /// An option's id is not a valid id.
    BadOptionId(String),
    /// Two options have this id.
    DuplicateOption(String),
    /// The option with this id has no label.
    NoLabel(String),
    /// The label of the option with this id is longer than [`MAX_LABEL_CHARS`].
    LabelTooLong(String),
    /// The configuration option with this id changes nothing.
    NoChange(String),
    /// There is no board with this id.
    UnknownBoard,
    /// The board has no option with this id.
    UnknownOption,
    /// There is no choice with this id.
    UnknownChoice,
    /// A board or choice with this id already exists.
    IdTaken,
    /// The person already has [`MAX_BOARDS`] boards.
    TooManyBoards,
    /// The option chosen is a picture: there is nothing to apply.
    NotASetting,
}

impl ChoiceProblem {
    /// The Fluent message id that explains it.
    pub fn message_id(&self) -> &'static str {
        match self {
            ChoiceProblem::BadId | ChoiceProblem::BadOptionId(_) => "choice-problem-id",
            ChoiceProblem::NoQuestion => "choice-problem-no-question",
            ChoiceProblem::QuestionTooLong => "choice-problem-question-too-long",
            ChoiceProblem::TooFewOptions => "choice-problem-too-few-options",
            ChoiceProblem::TooManyOptions => "choice-problem-too-many-options",
            ChoiceProblem::DuplicateOption(_) => "choice-problem-duplicate-option",
            ChoiceProblem::NoLabel(_) => "choice-problem-no-label",
            ChoiceProblem::LabelTooLong(_) => "choice-problem-label-too-long",
            ChoiceProblem::NoChange(_) => "choice-problem-no-change",
            ChoiceProblem::UnknownBoard
            | ChoiceProblem::UnknownOption
            | ChoiceProblem::UnknownChoice => "choice-problem-not-found",
            ChoiceProblem::IdTaken => "choice-problem-id-taken",
            ChoiceProblem::TooManyBoards => "choice-problem-too-many-boards",
            ChoiceProblem::NotASetting => "choice-problem-not-a-setting",
        }
    }
}

impl Board {
    /// A new board, checked: the question and labels are trimmed (not cut); every problem
    /// found is returned.
    pub fn new(
        id: &str,
        question: &str,
        options: Vec<ChoiceOption>,
        created_ms: u64,
    ) -> Result<Board, Vec<ChoiceProblem>> {
        let board = Board {
            id: id.to_owned(),
            question: question.trim().to_owned(),
            options: options
                .into_iter()
                .map(|option| ChoiceOption {
                    label: option.label.trim().to_owned(),
                    ..option
                })
                .collect(),
            created_ms,
        };
        let problems = board.validate();
        if problems.is_empty() {
            Ok(board)
        } else {
            Err(problems)
        }
    }

    /// Every problem of the board, in the order of its fields; empty when it is fine.
    pub fn validate(&self) -> Vec<ChoiceProblem> {
        let mut problems = check_set(
            &self.id,
            &self.question,
            MAX_QUESTION_CHARS,
            self.options.len(),
            MIN_OPTIONS..=MAX_OPTIONS,
            [
                ChoiceProblem::BadId,
                ChoiceProblem::NoQuestion,
                ChoiceProblem::QuestionTooLong,
                ChoiceProblem::TooFewOptions,
                ChoiceProblem::TooManyOptions,
            ],
        );
        let option_problems = [
            ChoiceProblem::BadOptionId,
            ChoiceProblem::DuplicateOption,
            ChoiceProblem::NoLabel,
            ChoiceProblem::LabelTooLong,
        ];
        // A configuration option must change something.
        let no_change = |option: &ChoiceOption| {
            let empty = option.change().is_some_and(SettingsChange::is_empty);
            empty.then(|| ChoiceProblem::NoChange(option.id.clone()))
        };
        problems.extend(check_things(
            &self.options,
            |option| (&option.id, &option.label),
            MAX_LABEL_CHARS,
            option_problems,
            no_change,
        ));
        problems
    }

    /// The option with this id.
    pub fn option(&self, id: &str) -> Option<&ChoiceOption> {
        self.options.iter().find(|option| option.id == id)
    }
}

/// One choice the person made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    /// Unique among the person's choices.
    pub id: String,
    /// The board chosen on.
    pub board_id: String,
    /// The option chosen.
    pub option_id: String,
    /// When, in ms since the epoch.
    pub at_ms: u64,
    /// The id of the workshop session it happened in (a [`crate::history::Workshop`]), if any.
    #[serde(default)]
    pub workshop: Option<String>,
    /// When it was applied to the profile, if it was.
    #[serde(default)]
    pub applied_ms: Option<u64>,
}

/// Everything the choice boards keep for one person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ChoiceRecord {
    /// The version of the record; above [`CHOICE_SCHEMA`] when it was written by a newer
    /// Pictokit, and then it is never written back (see [`ChoiceRecord::to_record`]).
    pub schema: u64,
    /// The boards, in the order made.
    pub boards: Vec<Board>,
    /// The choices on every board, oldest first.
    pub choices: Vec<Choice>,
}

impl Default for ChoiceRecord {
    fn default() -> Self {
        ChoiceRecord {
            schema: CHOICE_SCHEMA,
            boards: Vec::new(),
            choices: Vec::new(),
        }
    }
}

impl ChoiceRecord {
    /// Reads a stored record leniently; also says how many things were dropped or reset.
    ///
    /// - not an object: an empty record (counted once, unless it is `null`);
    /// - a `schema` above [`CHOICE_SCHEMA`] is kept (see [`ChoiceRecord::too_new`]) and
    ///   what can be read is read; a `schema` that is not a number counts as 1 (counted);
    /// - a board that cannot be read, has an invalid or repeated id, or has no readable
    ///   option is dropped and counted; beyond [`MAX_BOARDS`], the rest is dropped and counted;
    /// - an option that cannot be read, has an invalid or repeated id, or is beyond
    ///   [`MAX_OPTIONS`] is dropped and counted; questions and labels are trimmed and cut;
    /// - a choice that cannot be read, has an invalid or repeated id, or names no board or
    ///   option is dropped and counted; beyond [`MAX_CHOICES`], the oldest are dropped and
    ///   counted;
    /// - a field of the wrong type takes its default (counted).
    pub fn from_record(record: &Value) -> (ChoiceRecord, usize) {
        let mut loaded = ChoiceRecord::default();
        let mut n_dropped = 0;
        let Some(object) = record.as_object() else {
            return (loaded, usize::from(!record.is_null()));
        };
        loaded.schema = schema(object, CHOICE_SCHEMA, &mut n_dropped);
        let boards = array(object.get("boards"), &mut n_dropped);
        loaded.boards = load_unique(
            boards,
            MAX_BOARDS,
            &mut n_dropped,
            |board: &Board| &board.id,
            load_board,
        );
        let choices = array(object.get("choices"), &mut n_dropped);
        // The newest are kept: they are at the end.
        let skip = choices.len().saturating_sub(MAX_CHOICES);
        n_dropped += skip;
        let boards = &loaded.boards;
        loaded.choices = load_unique(
            &choices[skip..],
            MAX_CHOICES,
            &mut n_dropped,
            |choice: &Choice| &choice.id,
            |value, n_dropped| load_choice(value, boards, n_dropped),
        );
        (loaded, n_dropped)
    }

    /// The stored form, with its schema version; `None` when the record was written by a
    /// newer Pictokit, so it is left in storage as it is.
    pub fn to_record(&self) -> Option<Value> {
        crate::schema::versioned_record(self, self.schema, CHOICE_SCHEMA)
    }

    /// [`LoadProblem::TooNew`] when the record was written by a newer Pictokit.
    pub fn too_new(&self) -> Option<LoadProblem> {
        LoadProblem::too_new(self.schema, CHOICE_SCHEMA)
    }

    /// The board with this id.
    pub fn board(&self, id: &str) -> Option<&Board> {
        self.boards.iter().find(|board| board.id == id)
    }

    /// Adds a new board, checked.
    pub fn add_board(&mut self, board: Board) -> Result<(), Vec<ChoiceProblem>> {
        let mut problems = board.validate();
        if self.board(&board.id).is_some() {
            problems.push(ChoiceProblem::IdTaken);
        }
        if self.boards.len() >= MAX_BOARDS {
            problems.push(ChoiceProblem::TooManyBoards);
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        self.boards.push(board);
        Ok(())
    }

    /// Replaces a board by a changed one with the same id, checked. Choices of options
    /// taken off the board are forgotten.
    pub fn replace_board(&mut self, board: Board) -> Result<(), Vec<ChoiceProblem>> {
        let problems = board.validate();
        if !problems.is_empty() {
            return Err(problems);
        }
        let Some(old) = self.boards.iter_mut().find(|old| old.id == board.id) else {
            return Err(vec![ChoiceProblem::UnknownBoard]);
        };
        *old = board;
        let board = old.clone();
        self.choices
            .retain(|c| c.board_id != board.id || board.option(&c.option_id).is_some());
        Ok(())
    }

    /// Removes a board and all its choices; whether it was there.
    pub fn remove_board(&mut self, id: &str) -> bool {
        let n_boards = self.boards.len();
        self.boards.retain(|board| board.id != id);
        self.choices.retain(|choice| choice.board_id != id);
        self.boards.len() != n_boards
    }

    /// Records that the person chose an option. Beyond [`MAX_CHOICES`], the oldest choice
    /// is forgotten.
    pub fn choose(
        &mut self,
        id: &str,
        board_id: &str,
        option_id: &str,
        workshop: Option<String>,
        now_ms: u64,
    ) -> Result<&Choice, ChoiceProblem> {
        if !is_id(id) {
            return Err(ChoiceProblem::BadId);
        }
        if self.choice(id).is_some() {
            return Err(ChoiceProblem::IdTaken);
        }
        let board = self.board(board_id).ok_or(ChoiceProblem::UnknownBoard)?;
        if board.option(option_id).is_none() {
            return Err(ChoiceProblem::UnknownOption);
        }
        self.choices.push(Choice {
            id: id.to_owned(),
            board_id: board_id.to_owned(),
            option_id: option_id.to_owned(),
            at_ms: now_ms,
            workshop,
            applied_ms: None,
        });
        let extra = self.choices.len().saturating_sub(MAX_CHOICES);
        self.choices.drain(..extra);
        self.choice(id).ok_or(ChoiceProblem::UnknownChoice)
    }

    /// The choice with this id.
    pub fn choice(&self, id: &str) -> Option<&Choice> {
        self.choices.iter().find(|choice| choice.id == id)
    }

    /// The choices made on a board, newest first.
    pub fn choices_of(&self, board_id: &str) -> Vec<&Choice> {
        let mut out: Vec<&Choice> = self
            .choices
            .iter()
            .filter(|choice| choice.board_id == board_id)
            .collect();
        out.reverse();
        out
    }

    /// The last choice made on a board.
    pub fn last_choice(&self, board_id: &str) -> Option<&Choice> {
        self.choices
            .iter()
            .rev()
            .find(|choice| choice.board_id == board_id)
    }

    /// The option a choice chose.
    pub fn option_of(&self, choice: &Choice) -> Option<&ChoiceOption> {
        self.board(&choice.board_id)?.option(&choice.option_id)
    }

    /// The change a choice would make to a profile: the option's configuration.
    pub fn change_of(&self, choice_id: &str) -> Result<SettingsChange, ChoiceProblem> {
        let choice = self.choice(choice_id).ok_or(ChoiceProblem::UnknownChoice)?;
        let option = self.option_of(choice).ok_or(ChoiceProblem::UnknownOption)?;
        option.change().cloned().ok_or(ChoiceProblem::NotASetting)
    }

    /// Marks a configuration choice as applied to the profile at `now_ms`.
    pub fn mark_applied(&mut self, choice_id: &str, now_ms: u64) -> Result<(), ChoiceProblem> {
        self.change_of(choice_id)?;
        let choice = self
            .choices
            .iter_mut()
            .find(|choice| choice.id == choice_id)
            .ok_or(ChoiceProblem::UnknownChoice)?;
        choice.applied_ms = Some(now_ms);
        Ok(())
    }
}

fn load_change(value: &Value, n_dropped: &mut usize) -> Option<SettingsChange> {
    let object = value.as_object()?;
    let voice = optional::<String>(object, "voice", n_dropped)
        .map(|voice| trimmed_and_cut(&voice, MAX_VOICE_CHARS).0)
        .filter(|voice| !voice.is_empty());
    let change = SettingsChange {
        grid: optional(object, "grid", n_dropped),
        text_size: optional(object, "text_size", n_dropped),
        theme: optional(object, "theme", n_dropped),
        show_labels: optional(object, "show_labels", n_dropped),
        voice,
    };
    (!change.is_empty()).then_some(change)
}

fn load_option(value: &Value, n_dropped: &mut usize) -> Option<ChoiceOption> {
    let object = value.as_object()?;
    let id = id_of(object, "id")?;
    let what = match object.get("kind").and_then(Value::as_str)? {
        "picture" => What::Picture {
            picto: object
                .get("picto")
                .and_then(Value::as_str)
                .and_then(PictoRef::parse)?,
        },
        "setting" => What::Setting {
            change: load_change(object.get("change")?, n_dropped)?,
        },
        _ => return None,
    };
    let label = text(object, "label", MAX_LABEL_CHARS, n_dropped);
    if label.is_empty() {
        return None;
    }
    Some(ChoiceOption { id, label, what })
}

fn load_board(value: &Value, n_dropped: &mut usize) -> Option<Board> {
    let object = value.as_object()?;
    let id = id_of(object, "id")?;
    let values = array(object.get("options"), n_dropped);
    let options = load_unique(
        values,
        MAX_OPTIONS,
        n_dropped,
        |option: &ChoiceOption| &option.id,
        load_option,
    );
    if options.is_empty() {
        return None;
    }
    Some(Board {
        id,
        question: text(object, "question", MAX_QUESTION_CHARS, n_dropped),
        options,
        created_ms: millis(object, "created_ms", n_dropped),
    })
}

fn load_choice(value: &Value, boards: &[Board], n_dropped: &mut usize) -> Option<Choice> {
    let object = value.as_object()?;
    let id = id_of(object, "id")?;
    let board_id = object.get("board_id").and_then(Value::as_str)?;
    let board = boards.iter().find(|board| board.id == board_id)?;
    let option_id = object.get("option_id").and_then(Value::as_str)?;
    let option = board.option(option_id)?;
    let workshop = workshop(object, n_dropped);
    Some(Choice {
        id,
        board_id: board.id.clone(),
        option_id: option.id.clone(),
        at_ms: millis(object, "at_ms", n_dropped),
        workshop,
        applied_ms: optional(object, "applied_ms", n_dropped),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn grid(items: u8) -> SettingsChange {
        SettingsChange {
            grid: GridDensity::from_items(items),
            ..SettingsChange::default()
        }
    }

    fn board() -> Board {
        Board::new(
            "b-1",
            " How many pictures? ",
            vec![
                ChoiceOption::setting("four", "4 pictures", grid(4)),
                ChoiceOption::setting("nine", "9 pictures", grid(9)),
            ],
            10,
        )
        .expect("valid board")
    }

    fn record() -> ChoiceRecord {
        let mut record = ChoiceRecord::default();
        record.add_board(board()).expect("added");
        record
    }

    #[test]
    fn a_board_is_checked() {
        assert_eq!(board().question, "How many pictures?");
        let problems = Board::new(
            "bad id",
            "  ",
            vec![ChoiceOption::picture(
                "a",
                "A",
                PictoRef::Symbol("1F34E".into()),
            )],
            0,
        )
        .expect_err("refused");
        assert_eq!(
            problems,
            [
                ChoiceProblem::BadId,
                ChoiceProblem::NoQuestion,
                ChoiceProblem::TooFewOptions
            ]
        );
        let apple = || PictoRef::Symbol("1F34E".into());
        let problems = Board::new(
            "b-1",
            &"q".repeat(MAX_QUESTION_CHARS + 1),
            vec![
                ChoiceOption::picture("a", &"x".repeat(MAX_LABEL_CHARS + 1), apple()),
                ChoiceOption::picture("a", "A", apple()),
                ChoiceOption::picture("b", " ", apple()),
                ChoiceOption::setting("c", "C", SettingsChange::default()),
                ChoiceOption::picture("d/e", "D", apple()),
            ],
            0,
        )
        .expect_err("refused");
        assert_eq!(
            problems,
            [
                ChoiceProblem::QuestionTooLong,
                ChoiceProblem::LabelTooLong("a".into()),
                ChoiceProblem::DuplicateOption("a".into()),
                ChoiceProblem::NoLabel("b".into()),
                ChoiceProblem::NoChange("c".into()),
                ChoiceProblem::BadOptionId("d/e".into()),
            ]
        );
        let seven = (0..7)
            .map(|n| ChoiceOption::picture(&format!("o{n}"), "O", apple()))
            .collect();
        assert_eq!(
            Board::new("b-1", "Q", seven, 0).expect_err("refused"),
            [ChoiceProblem::TooManyOptions]
        );
        for problem in problems {
            assert!(problem.message_id().starts_with("choice-problem-"));
        }
    }

    #[test]
    fn two_pairs_combine_into_two_options() {
        let theme = |theme: Theme| SettingsChange {
            theme: Some(theme),
            ..SettingsChange::default()
        };
        let mut options = vec![
            ChoiceOption::setting("o1", "4 pictures", grid(4)),
            ChoiceOption::setting("o2", "9 pictures", grid(9)),
        ];
        let pair = [
            ("warm".to_owned(), theme(Theme::Default)),
            ("dark".to_owned(), theme(Theme::Dark)),
        ];
        assert!(combine_pair(&mut options, pair.clone(), ", "));
        assert_eq!(options[0].label, "4 pictures, warm");
        assert_eq!(options[1].label, "9 pictures, dark");
        let second = options[1].change().cloned().unwrap_or_default();
        assert_eq!(second.grid, Some(GridDensity::Nine));
        assert_eq!(second.theme, Some(Theme::Dark));
        // A later pair wins where both set the same thing.
        let changed = grid(9).combined_with(&grid(4));
        assert_eq!(changed.grid, Some(GridDensity::Four));

        // Pictures, or any other number of options, are left as they are.
        let mut pictures = vec![
            ChoiceOption::picture("p1", "apple", PictoRef::Symbol("1F34E".into())),
            ChoiceOption::setting("o2", "9 pictures", grid(9)),
        ];
        let before = pictures.clone();
        assert!(!combine_pair(&mut pictures, pair.clone(), ", "));
        assert_eq!(pictures, before);
        let mut three = vec![
            ChoiceOption::setting("o1", "4", grid(4)),
            ChoiceOption::setting("o2", "9", grid(9)),
            ChoiceOption::setting("o3", "12", grid(12)),
        ];
        assert!(!combine_pair(&mut three, pair, ", "));

        // Long words are cut to the limit.
        let mut long = vec![
            ChoiceOption::setting("o1", &"a".repeat(MAX_LABEL_CHARS), grid(4)),
            ChoiceOption::setting("o2", "9", grid(9)),
        ];
        let pair = [
            ("warm".to_owned(), theme(Theme::Default)),
            ("dark".to_owned(), theme(Theme::Dark)),
        ];
        assert!(combine_pair(&mut long, pair, ", "));
        assert_eq!(long[0].label.chars().count(), MAX_LABEL_CHARS);
    }

    #[test]
    fn a_change_applies_only_what_it_holds() {
        let mut draft = ProfileDraft::default();
        let before = draft.clone();
        assert!(!grid(4).would_change(&draft), "the default grid is 4");
        assert!(grid(9).would_change(&draft));
        assert_eq!(draft, before, "would_change leaves it as it is");
        let change = SettingsChange {
            grid: Some(GridDensity::Nine),
            theme: Some(Theme::Dark),
            voice: Some("Montserrat".into()),
            ..SettingsChange::default()
        };
        assert!(change.apply_to(&mut draft));
        assert_eq!(draft.grid, GridDensity::Nine);
        assert_eq!(draft.theme, Theme::Dark);
        assert_eq!(draft.speech.voice.as_deref(), Some("Montserrat"));
        assert_eq!(draft.text_size, before.text_size);
        assert_eq!(draft.show_labels, before.show_labels);
        assert!(
            !change.apply_to(&mut draft),
            "a second time changes nothing"
        );
        assert_eq!(
            serde_json::to_value(&change).expect("serialises"),
            json!({"grid": 9, "theme": "dark", "voice": "Montserrat"})
        );
    }

    #[test]
    fn choices_are_recorded_newest_first_and_applied() {
        let mut record = record();
        record
            .choose("c-1", "b-1", "four", Some("w-1".into()), 100)
            .expect("chosen");
        record
            .choose("c-2", "b-1", "nine", None, 200)
            .expect("chosen");
        assert_eq!(
            record.choose("c-3", "b-1", "twelve", None, 300),
            Err(ChoiceProblem::UnknownOption)
        );
        assert_eq!(
            record.choose("c-3", "b-9", "four", None, 300),
            Err(ChoiceProblem::UnknownBoard)
        );
        assert_eq!(
            record.choose("c-1", "b-1", "four", None, 300),
            Err(ChoiceProblem::IdTaken)
        );
        let ids: Vec<&str> = record
            .choices_of("b-1")
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(ids, ["c-2", "c-1"]);
        assert_eq!(
            record.last_choice("b-1").map(|c| c.option_id.as_str()),
            Some("nine")
        );
        assert_eq!(record.change_of("c-2"), Ok(grid(9)));
        record.mark_applied("c-2", 250).expect("applied");
        assert_eq!(record.choice("c-2").and_then(|c| c.applied_ms), Some(250));
        assert_eq!(
            record.mark_applied("c-9", 1),
            Err(ChoiceProblem::UnknownChoice)
        );
    }

    #[test]
    fn a_picture_choice_cannot_be_applied() {
        let apple = PictoRef::Symbol("1F34E".into());
        let mut record = ChoiceRecord::default();
        let board = Board::new(
            "b-2",
            "Snack?",
            vec![
                ChoiceOption::picture("apple", "Apple", apple.clone()),
                ChoiceOption::picture("pear", "Pear", apple),
            ],
            0,
        )
        .expect("valid");
        record.add_board(board).expect("added");
        record
            .choose("c-1", "b-2", "apple", None, 5)
            .expect("chosen");
        assert_eq!(
            record.mark_applied("c-1", 6),
            Err(ChoiceProblem::NotASetting)
        );
    }

    #[test]
    fn limits_forget_the_oldest_choices_and_refuse_boards() {
        let mut record = record();
        for n in 0..MAX_CHOICES + 3 {
            record
                .choose(&format!("c-{n}"), "b-1", "four", None, n as u64)
                .expect("chosen");
        }
        assert_eq!(record.choices.len(), MAX_CHOICES);
        assert!(record.choice("c-0").is_none());
        assert!(record.choice(&format!("c-{}", MAX_CHOICES + 2)).is_some());
        for n in 1..MAX_BOARDS {
            let mut b = board();
            b.id = format!("b-{}", n + 1);
            record.add_board(b).expect("added");
        }
        let mut b = board();
        b.id = "b-extra".into();
        assert_eq!(record.add_board(b), Err(vec![ChoiceProblem::TooManyBoards]));
        assert_eq!(
            record.add_board(board()),
            Err(vec![ChoiceProblem::IdTaken, ChoiceProblem::TooManyBoards])
        );
    }

    #[test]
    fn replacing_and_removing_a_board_keeps_choices_tidy() {
        let mut record = record();
        record
            .choose("c-1", "b-1", "four", None, 1)
            .expect("chosen");
        record
            .choose("c-2", "b-1", "nine", None, 2)
            .expect("chosen");
        let mut changed = board();
        changed.options[1] = ChoiceOption::setting("twelve", "12 pictures", grid(12));
        record.replace_board(changed).expect("replaced");
        assert!(record.choice("c-2").is_none(), "its option is gone");
        assert!(record.choice("c-1").is_some());
        let mut unknown = board();
        unknown.id = "b-7".into();
        assert_eq!(
            record.replace_board(unknown),
            Err(vec![ChoiceProblem::UnknownBoard])
        );
        assert!(record.remove_board("b-1"));
        assert!(record.choices.is_empty());
        assert!(!record.remove_board("b-1"));
    }

    #[test]
    fn a_record_round_trips() {
        let mut record = record();
        record
            .choose("c-1", "b-1", "nine", Some("w-1".into()), 7)
            .expect("chosen");
        let stored = record.to_record().expect("stored");
        assert_eq!(stored["schema"], 1);
        assert_eq!(stored["boards"][0]["options"][1]["kind"], "setting");
        assert_eq!(
            stored["boards"][0]["options"][1]["change"],
            json!({"grid": 9})
        );
        assert_eq!(ChoiceRecord::from_record(&stored), (record, 0));
    }

    #[test]
    fn broken_records_load_what_they_can() {
        assert_eq!(
            ChoiceRecord::from_record(&Value::Null),
            (ChoiceRecord::default(), 0)
        );
        assert_eq!(
            ChoiceRecord::from_record(&json!("x")),
            (ChoiceRecord::default(), 1)
        );
        let stored = json!({
            "schema": "one",
            "boards": [
                {"id": "b-1", "question": 5, "created_ms": "soon", "options": [
                    {"id": "a", "label": "  Apple  ", "kind": "picture", "picto": "om:1F34E"},
                    {"id": "a", "label": "Again", "kind": "picture", "picto": "om:1F34E"},
                    {"id": "b", "label": "Big", "kind": "setting", "change": {"grid": 9, "theme": "purple", "show_labels": "yes"}},
                    {"id": "c", "label": "Nothing", "kind": "setting", "change": {"grid": 5}},
                    {"id": "d", "label": "Odd", "kind": "smell"},
                    {"id": "e", "label": "", "kind": "picture", "picto": "om:1F34E"},
                    "not an option"
                ]},
                {"id": "b-1", "question": "Again", "options": [
                    {"id": "a", "label": "A", "kind": "picture", "picto": "om:1F34E"}
                ]},
                {"id": "b-2", "question": "Empty", "options": []},
                {"id": "bad id", "question": "Bad", "options": []},
                7
            ],
            "choices": [
                {"id": "c-1", "board_id": "b-1", "option_id": "b", "at_ms": 5, "workshop": 3, "applied_ms": "x"},
                {"id": "c-1", "board_id": "b-1", "option_id": "a", "at_ms": 6},
                {"id": "c-2", "board_id": "b-9", "option_id": "a", "at_ms": 6},
                {"id": "c-3", "board_id": "b-1", "option_id": "zz", "at_ms": 6},
                {"id": "c-4", "board_id": "b-1", "option_id": "a", "at_ms": 8, "applied_ms": 9}
            ]
        });
        let (record, n_dropped) = ChoiceRecord::from_record(&stored);
        assert_eq!(record.schema, CHOICE_SCHEMA);
        assert_eq!(record.boards.len(), 1);
        let board = &record.boards[0];
        assert_eq!(board.question, "");
        assert_eq!(board.created_ms, 0);
        let labels: Vec<&str> = board.options.iter().map(|o| o.label.as_str()).collect();
        assert_eq!(labels, ["Apple", "Big"]);
        assert_eq!(board.options[1].change(), Some(&grid(9)));
        let ids: Vec<&str> = record.choices.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["c-1", "c-4"]);
        assert_eq!(record.choices[0].workshop, None);
        assert_eq!(record.choices[0].applied_ms, None);
        assert_eq!(record.choices[1].applied_ms, Some(9));
        // schema, question, created_ms; a repeated option, theme, show_labels, grid 5 and
        // its option, the smell, the empty label, the string; the repeated board, the empty
        // one, the bad id, the 7; workshop, applied_ms, the repeated choice, the unknown
        // board, the unknown option.
        assert_eq!(n_dropped, 3 + 8 + 4 + 5);
    }

    #[test]
    fn huge_records_are_cut_to_the_limits() {
        let option = |id: &str| json!({"id": id, "label": "x".repeat(500), "kind": "picture", "picto": "om:1F34E"});
        let options: Vec<Value> = (0..10).map(|n| option(&format!("o{n}"))).collect();
        let boards: Vec<Value> = (0..MAX_BOARDS + 5)
            .map(|n| json!({"id": format!("b-{n}"), "question": "q".repeat(500), "options": options}))
            .collect();
        let choices: Vec<Value> = (0..MAX_CHOICES + 10)
            .map(|n| json!({"id": format!("c-{n}"), "board_id": "b-0", "option_id": "o0", "at_ms": n}))
            .collect();
        let (record, n_dropped) =
            ChoiceRecord::from_record(&json!({"boards": boards, "choices": choices}));
        assert_eq!(record.boards.len(), MAX_BOARDS);
        assert!(record.boards.iter().all(|b| b.options.len() == MAX_OPTIONS));
        assert_eq!(
            record.boards[0].question.chars().count(),
            MAX_QUESTION_CHARS
        );
        assert_eq!(
            record.boards[0].options[0].label.chars().count(),
            MAX_LABEL_CHARS
        );
        assert_eq!(record.choices.len(), MAX_CHOICES);
        assert_eq!(record.choices[0].id, "c-10", "the oldest are forgotten");
        assert_eq!(n_dropped, 5 + MAX_BOARDS * 4 + 10);
    }

    #[test]
    fn newer_records_are_read_but_never_written() {
        let (newer, _) = ChoiceRecord::from_record(&json!({"schema": 2, "boards": []}));
        assert_eq!(
            newer.too_new(),
            Some(LoadProblem::TooNew {
                found: 2,
                supported: CHOICE_SCHEMA
            })
        );
        assert_eq!(newer.to_record(), None);
        assert_eq!(record().too_new(), None);
    }
}
