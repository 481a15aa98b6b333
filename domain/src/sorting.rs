//! The sorting mat: a set of topic cards (pictograms) that the person sorts, one at a
//! time, onto a scale of three or five places ("like", "not sure", "don't like"…) by
//! tapping a place; no dragging. The result is a picture the facilitator can save, print
//! and compare with a later session.
//!
//! Pure: the app keeps one [`SortingRecord`] per profile, draws the mat and the result,
//! and calls [`Session::place`] when a place is tapped.

use crate::lenient::{array, id_of, load_unique, millis, optional, schema, text, workshop};
use crate::picto::PictoRef;
use crate::questionnaire::is_id;
use crate::schema::LoadProblem;
use crate::workshop_common::{check_set, check_things};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The fewest cards on a mat.
pub const MIN_CARDS: usize = 2;
/// The most cards on a mat.
pub const MAX_CARDS: usize = 24;
/// The longest label of a card, in characters.
pub const MAX_LABEL_CHARS: usize = 60;
/// The longest topic (title) of a mat, in characters.
pub const MAX_TOPIC_CHARS: usize = 60;
/// The most mats a person keeps.
pub const MAX_MATS: usize = 50;
/// The most sessions kept per mat (the oldest are forgotten first).
pub const MAX_SESSIONS: usize = 100;
/// Version of a profile's sorting record.
pub const SORTING_SCHEMA: u64 = 1;
/// The Fluent message id shown when the sorting record was written by a newer Pictokit
/// (see [`SortingRecord::too_new`]; the general `storage-record-too-new` speaks of a profile).
pub const TOO_NEW_MESSAGE_ID: &str = "sorting-record-too-new";

/// A place on the scale, where the person puts a card.
///
/// Stored by its key (`love`, `like`, `unsure`, `dislike`, `hate`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Place {
    /// "I love it" (five places only).
    Love,
    /// "I like it".
    Like,
    /// "I am not sure".
    Unsure,
    /// "I don't like it".
    Dislike,
    /// "I hate it" (five places only).
    Hate,
}

impl Place {
    /// Every place, warmest first.
    pub const ALL: [Place; 5] = [
        Place::Love,
        Place::Like,
        Place::Unsure,
        Place::Dislike,
        Place::Hate,
    ];

    /// Its stable key, as stored and used in test ids and CSS classes.
    pub fn key(self) -> &'static str {
        match self {
            Place::Love => "love",
            Place::Like => "like",
            Place::Unsure => "unsure",
            Place::Dislike => "dislike",
            Place::Hate => "hate",
        }
    }

    /// The place with this key.
    pub fn parse(key: &str) -> Option<Place> {
        Place::ALL.into_iter().find(|place| place.key() == key)
    }

    /// How warm it is: 2 for "love", 1 for "like", 0 for "not sure", -1 for "don't like",
    /// -2 for "hate". The same on both scales, so "like" means the same on both.
    pub fn warmth(self) -> i8 {
        match self {
            Place::Love => 2,
            Place::Like => 1,
            Place::Unsure => 0,
            Place::Dislike => -1,
            Place::Hate => -2,
        }
    }

    /// The Fluent message id of its name (shown under its pictogram and spoken).
    pub fn message_id(self) -> &'static str {
        match self {
            Place::Love => "sorting-place-love",
            Place::Like => "sorting-place-like",
            Place::Unsure => "sorting-place-unsure",
            Place::Dislike => "sorting-place-dislike",
            Place::Hate => "sorting-place-hate",
        }
    }
}

/// How many places the mat has.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scale {
    /// Like, not sure, don't like.
    #[default]
    Three,
    /// Love, like, not sure, don't like, hate.
    Five,
}

impl Scale {
    /// Its places in order, warmest first (as shown, left to right or top to bottom).
    pub fn places(self) -> &'static [Place] {
        match self {
            Scale::Three => &[Place::Like, Place::Unsure, Place::Dislike],
            Scale::Five => &Place::ALL,
        }
    }

    /// Where a place is on this scale (0 is the warmest), if it is on it.
    pub fn order(self, place: Place) -> Option<usize> {
        self.places().iter().position(|p| *p == place)
    }

    /// Whether a place is on this scale.
    pub fn has(self, place: Place) -> bool {
        self.order(place).is_some()
    }

    /// Stored name, also for test ids.
    pub fn as_str(self) -> &'static str {
        match self {
            Scale::Three => "three",
            Scale::Five => "five",
        }
    }

    /// The Fluent message id of its name, for the facilitator.
    pub fn message_id(self) -> &'static str {
        match self {
            Scale::Three => "sorting-scale-three",
            Scale::Five => "sorting-scale-five",
        }
    }
}

/// A topic card: one thing to sort.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    /// Unique on its mat.
    pub id: String,
    /// Its picture.
    pub picto: PictoRef,
    /// Its words, shown and spoken (1 to [`MAX_LABEL_CHARS`] characters).
    pub label: String,
}

/// A sorting mat: a topic, its cards and its scale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mat {
    /// Unique among the person's mats.
    pub id: String,
    /// Its title ("The app", "My week", "Where I live").
    pub topic: String,
    /// The cards, in the order they are shown to the person.
    pub cards: Vec<Card>,
    /// How many places.
    pub scale: Scale,
    /// When it was made, in ms since the epoch.
    #[serde(default)]
    pub created_ms: u64,
}

/// Something wrong with a mat, or a tap that cannot be taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SortingProblem {
    /// The mat's id is not a valid id.
    BadId,
    /// The mat has no topic.
    NoTopic,
    /// The topic is longer than [`MAX_TOPIC_CHARS`].
    TopicTooLong,
    /// Fewer than [`MIN_CARDS`] cards.
    TooFewCards,
    /// More than [`MAX_CARDS`] cards.
    TooManyCards,
    /// A card's id is not a valid id.
    BadCardId(String),
    /// Two cards have this id.
    DuplicateCard(String),
    /// The card with this id has no label.
    NoLabel(String),
    /// The label of the card with this id is longer than [`MAX_LABEL_CHARS`].
    LabelTooLong(String),
    /// The place is not on this mat's scale.
    NotOnScale,
    /// Every card is already sorted.
    AllSorted,
    /// The session belongs to another mat.
    OtherMat,
    /// There is no mat with this id.
    UnknownMat,
    /// There is no session with this id.
    UnknownSession,
    /// A mat or session with this id already exists.
    IdTaken,
    /// The person already has [`MAX_MATS`] mats.
    TooManyMats,
}

impl SortingProblem {
    /// The Fluent message id that explains it.
    pub fn message_id(&self) -> &'static str {
        match self {
            SortingProblem::BadId | SortingProblem::BadCardId(_) => "sorting-problem-id",
            SortingProblem::NoTopic => "sorting-problem-no-topic",
            SortingProblem::TopicTooLong => "sorting-problem-topic-too-long",
            SortingProblem::TooFewCards => "sorting-problem-too-few-cards",
            SortingProblem::TooManyCards => "sorting-problem-too-many-cards",
            SortingProblem::DuplicateCard(_) => "sorting-problem-duplicate-card",
            SortingProblem::NoLabel(_) => "sorting-problem-no-label",
            SortingProblem::LabelTooLong(_) => "sorting-problem-label-too-long",
            SortingProblem::NotOnScale => "sorting-problem-not-on-scale",
            SortingProblem::AllSorted => "sorting-problem-all-sorted",
            SortingProblem::OtherMat => "sorting-problem-other-mat",
            SortingProblem::UnknownMat | SortingProblem::UnknownSession => {
                "sorting-problem-not-found"
            }
            SortingProblem::IdTaken => "sorting-problem-id-taken",
            SortingProblem::TooManyMats => "sorting-problem-too-many-mats",
        }
    }
}

impl Mat {
    /// A new mat, checked: the topic and labels are trimmed (not cut); every problem found
    /// is returned.
    pub fn new(
        id: &str,
        topic: &str,
        scale: Scale,
        cards: Vec<Card>,
        created_ms: u64,
    ) -> Result<Mat, Vec<SortingProblem>> {
        let mat = Mat {
            id: id.to_owned(),
            topic: topic.trim().to_owned(),
            cards: cards
                .into_iter()
                .map(|card| Card {
                    label: card.label.trim().to_owned(),
                    ..card
                })
                .collect(),
            scale,
            created_ms,
        };
        let problems = mat.validate();
        if problems.is_empty() {
            Ok(mat)
        } else {
            Err(problems)
        }
    }

    /// Every problem of the mat, in the order of its fields; empty when it is fine.
    pub fn validate(&self) -> Vec<SortingProblem> {
        let mut problems = check_set(
            &self.id,
            &self.topic,
            MAX_TOPIC_CHARS,
            self.cards.len(),
            MIN_CARDS..=MAX_CARDS,
            [
                SortingProblem::BadId,
                SortingProblem::NoTopic,
                SortingProblem::TopicTooLong,
                SortingProblem::TooFewCards,
                SortingProblem::TooManyCards,
            ],
        );
        let card_problems = [
            SortingProblem::BadCardId,
            SortingProblem::DuplicateCard,
            SortingProblem::NoLabel,
            SortingProblem::LabelTooLong,
        ];
        problems.extend(check_things(
            &self.cards,
            |card| (&card.id, &card.label),
            MAX_LABEL_CHARS,
            card_problems,
            |_| None,
        ));
        problems
    }

    /// The card with this id.
    pub fn card(&self, id: &str) -> Option<&Card> {
        self.cards.iter().find(|card| card.id == id)
    }
}

/// One card put on one place.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placement {
    /// The card's id.
    pub card_id: String,
    /// Where the person put it.
    pub place: Place,
}

/// One sitting in which the person sorts a mat's cards.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// Unique among the person's sessions.
    pub id: String,
    /// The mat sorted.
    pub mat_id: String,
    /// When it began, in ms since the epoch.
    pub started_ms: u64,
    /// When the last card was placed; `None` while cards are left.
    #[serde(default)]
    pub finished_ms: Option<u64>,
    /// The id of the workshop session it happened in (a [`crate::history::Workshop`]), if any.
    #[serde(default)]
    pub workshop: Option<String>,
    /// The cards placed, in the order the person placed them.
    #[serde(default)]
    pub placed: Vec<Placement>,
}

impl Session {
    /// A new, empty session of a mat.
    pub fn new(id: &str, mat: &Mat, workshop: Option<String>, now_ms: u64) -> Session {
        Session {
            id: id.to_owned(),
            mat_id: mat.id.clone(),
            started_ms: now_ms,
            finished_ms: None,
            workshop,
            placed: Vec::new(),
        }
    }

    /// Where the card with this id was put, if it was.
    pub fn place_of(&self, card_id: &str) -> Option<Place> {
        self.placed
            .iter()
            .find(|placement| placement.card_id == card_id)
            .map(|placement| placement.place)
    }

    /// The card to sort now: the first one not placed yet, in the mat's order. `None`
    /// when the session is done or belongs to another mat.
    pub fn current_card<'m>(&self, mat: &'m Mat) -> Option<&'m Card> {
        if self.is_done() || self.mat_id != mat.id {
            return None;
        }
        mat.cards
            .iter()
            .find(|card| self.place_of(&card.id).is_none())
    }

    /// Puts the current card on a place. When it was the last card, the session is
    /// finished at `now_ms`. Returns the card placed.
    pub fn place<'m>(
        &mut self,
        mat: &'m Mat,
        place: Place,
        now_ms: u64,
    ) -> Result<&'m Card, SortingProblem> {
        if self.mat_id != mat.id {
            return Err(SortingProblem::OtherMat);
        }
        if !mat.scale.has(place) {
            return Err(SortingProblem::NotOnScale);
        }
        let Some(card) = self.current_card(mat) else {
            return Err(SortingProblem::AllSorted);
        };
        self.placed.push(Placement {
            card_id: card.id.clone(),
            place,
        });
        if self.current_card(mat).is_none() {
            self.finished_ms = Some(now_ms);
        }
        Ok(card)
    }

    /// Takes back the last card placed (a tap by accident): it becomes the current card
    /// again and the session is no longer finished. `None` when nothing was placed.
    pub fn undo_last(&mut self) -> Option<Placement> {
        let placement = self.placed.pop()?;
        self.finished_ms = None;
        Some(placement)
    }

    /// Whether every card was placed.
    pub fn is_done(&self) -> bool {
        self.finished_ms.is_some()
    }

    /// The picture of the result: each place of the mat's scale, in scale order, with
    /// the cards put there, in the mat's order. Places with no card are included (empty).
    pub fn result<'m>(&self, mat: &'m Mat) -> Vec<(Place, Vec<&'m Card>)> {
        mat.scale
            .places()
            .iter()
            .map(|place| {
                let cards = mat
                    .cards
                    .iter()
                    .filter(|card| self.place_of(&card.id) == Some(*place))
                    .collect();
                (*place, cards)
            })
            .collect()
    }

    /// The mat's cards not placed in this session, in the mat's order.
    pub fn unsorted<'m>(&self, mat: &'m Mat) -> Vec<&'m Card> {
        mat.cards
            .iter()
            .filter(|card| self.place_of(&card.id).is_none())
            .collect()
    }
}

/// How one card moved between two sessions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The card's id.
    pub card_id: String,
    /// Where it was put in the earlier session (`None`: not sorted then, or not on the mat).
    pub before: Option<Place>,
    /// Where it was put in the later session (`None`: not sorted this time).
    pub after: Option<Place>,
    /// How many steps it moved: positive towards "like", negative towards "don't like",
    /// 0 when it stayed or when either side is missing.
    pub moved: i8,
}

/// What kind of change a [`Change`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChangeKind {
    /// On the same place both times.
    Same,
    /// Moved towards "like".
    Warmer,
    /// Moved towards "don't like".
    Cooler,
    /// Sorted only in the later session (for example, added to the mat since).
    New,
    /// Sorted only in the earlier session.
    Missing,
}

impl ChangeKind {
    /// The Fluent message id of its name.
    pub fn message_id(self) -> &'static str {
        match self {
            ChangeKind::Same => "sorting-change-same",
            ChangeKind::Warmer => "sorting-change-warmer",
            ChangeKind::Cooler => "sorting-change-cooler",
            ChangeKind::New => "sorting-change-new",
            ChangeKind::Missing => "sorting-change-missing",
        }
    }
}

impl Change {
    /// What kind of change it is.
    pub fn kind(&self) -> ChangeKind {
        match (self.before, self.after) {
            (None, _) => ChangeKind::New,
            (Some(_), None) => ChangeKind::Missing,
            (Some(_), Some(_)) if self.moved > 0 => ChangeKind::Warmer,
            (Some(_), Some(_)) if self.moved < 0 => ChangeKind::Cooler,
            (Some(_), Some(_)) => ChangeKind::Same,
        }
    }
}

/// How many cards of each kind of change.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// On the same place both times.
    pub same: usize,
    /// Moved towards "like".
    pub warmer: usize,
    /// Moved towards "don't like".
    pub cooler: usize,
    /// Sorted only in the later session.
    pub new: usize,
    /// Sorted only in the earlier session.
    pub missing: usize,
}

impl Summary {
    /// Counts the changes by kind.
    pub fn of(changes: &[Change]) -> Summary {
        let mut summary = Summary::default();
        for change in changes {
            let count = match change.kind() {
                ChangeKind::Same => &mut summary.same,
                ChangeKind::Warmer => &mut summary.warmer,
                ChangeKind::Cooler => &mut summary.cooler,
                ChangeKind::New => &mut summary.new,
                ChangeKind::Missing => &mut summary.missing,
            };
            *count += 1;
        }
        summary
    }
}

/// Compares two sessions of a mat, card by card in the mat's order.
///
/// A card sorted in neither session is left out; a card sorted only later (added to the
/// mat after the earlier session, or not reached then) is new; a card sorted only earlier
/// is missing. Sessions of another mat compare as nothing (an empty list).
pub fn compare(mat: &Mat, earlier: &Session, later: &Session) -> Vec<Change> {
    if earlier.mat_id != mat.id || later.mat_id != mat.id {
        return Vec::new();
    }
    mat.cards
        .iter()
        .filter_map(|card| {
            let before = earlier.place_of(&card.id);
            let after = later.place_of(&card.id);
            if before.is_none() && after.is_none() {
                return None;
            }
            let moved = match (before, after) {
                (Some(before), Some(after)) => after.warmth() - before.warmth(),
                _ => 0,
            };
            Some(Change {
                card_id: card.id.clone(),
                before,
                after,
                moved,
            })
        })
        .collect()
}

/// Everything the sorting mat keeps for one person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SortingRecord {
    /// The version of the record; above [`SORTING_SCHEMA`] when it was written by a newer
    /// Pictokit, and then it is never written back (see [`SortingRecord::to_record`]).
    pub schema: u64,
    /// The mats, in the order made.
    pub mats: Vec<Mat>,
    /// The sessions of every mat, oldest first.
    pub sessions: Vec<Session>,
}

impl Default for SortingRecord {
    fn default() -> Self {
        SortingRecord {
            schema: SORTING_SCHEMA,
            mats: Vec::new(),
            sessions: Vec::new(),
        }
    }
}

impl SortingRecord {
    /// Reads a stored record leniently; never panics. Returns it and how much was dropped.
    ///
    /// - not an object: an empty record (counted once, unless it is `null`);
    /// - a `schema` above [`SORTING_SCHEMA`] is kept (see [`SortingRecord::too_new`]) and
    ///   what can be read is read; a `schema` that is not a number counts as 1 (counted);
    /// - a mat that cannot be read, has an invalid or repeated id, or has no readable card
    ///   is dropped and counted; beyond [`MAX_MATS`], the rest is dropped and counted;
    /// - a card that cannot be read, has an invalid or repeated id, or is beyond
    ///   [`MAX_CARDS`] is dropped and counted; topics and labels are trimmed and cut (not
    ///   counted); an unknown scale becomes three places (counted);
    /// - a session that cannot be read, has an invalid or repeated id, or belongs to no
    ///   mat is dropped and counted; beyond [`MAX_SESSIONS`] for a mat, the oldest are
    ///   dropped and counted;
    /// - a placement of a card not on the mat, on a place not on its scale, of a card
    ///   already placed, or that cannot be read is dropped and counted;
    /// - a field of the wrong type takes its default (counted).
    pub fn from_record(record: &Value) -> (SortingRecord, usize) {
        let mut loaded = SortingRecord::default();
        let mut n_dropped = 0;
        let Some(object) = record.as_object() else {
            return (loaded, usize::from(!record.is_null()));
        };
        loaded.schema = schema(object, SORTING_SCHEMA, &mut n_dropped);
        let mats = array(object.get("mats"), &mut n_dropped);
        loaded.mats = load_unique(
            mats,
            MAX_MATS,
            &mut n_dropped,
            |mat: &Mat| &mat.id,
            load_mat,
        );
        let sessions = array(object.get("sessions"), &mut n_dropped);
        let mats = &loaded.mats;
        loaded.sessions = load_unique(
            sessions,
            MAX_MATS * MAX_SESSIONS,
            &mut n_dropped,
            |session: &Session| &session.id,
            |value, n_dropped| load_session(value, mats, n_dropped),
        );
        for mat_idx in 0..loaded.mats.len() {
            let mat_id = loaded.mats[mat_idx].id.clone();
            n_dropped += loaded.keep_newest_sessions(&mat_id);
        }
        (loaded, n_dropped)
    }

    /// The stored form, with its schema version; `None` when the record was written by a
    /// newer Pictokit, so it is left in storage as it is.
    pub fn to_record(&self) -> Option<Value> {
        crate::schema::versioned_record(self, self.schema, SORTING_SCHEMA)
    }

    /// [`LoadProblem::TooNew`] when the record was written by a newer Pictokit.
    pub fn too_new(&self) -> Option<LoadProblem> {
        LoadProblem::too_new(self.schema, SORTING_SCHEMA)
    }

    /// The mat with this id.
    pub fn mat(&self, id: &str) -> Option<&Mat> {
        self.mats.iter().find(|mat| mat.id == id)
    }

    /// Adds a new mat, checked.
    pub fn add_mat(&mut self, mat: Mat) -> Result<(), Vec<SortingProblem>> {
        let mut problems = mat.validate();
        if self.mat(&mat.id).is_some() {
            problems.push(SortingProblem::IdTaken);
        }
        if self.mats.len() >= MAX_MATS {
            problems.push(SortingProblem::TooManyMats);
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        self.mats.push(mat);
        Ok(())
    }

    /// Replaces a mat by a changed one with the same id, checked. Its sessions are kept:
    /// cards taken off the mat no longer show in their results, cards added show as new
    /// when compared.
    pub fn replace_mat(&mut self, mat: Mat) -> Result<(), Vec<SortingProblem>> {
        let problems = mat.validate();
        if !problems.is_empty() {
            return Err(problems);
        }
        match self.mats.iter_mut().find(|old| old.id == mat.id) {
            Some(old) => {
                *old = mat;
                Ok(())
            }
            None => Err(vec![SortingProblem::UnknownMat]),
        }
    }

    /// Removes a mat and all its sessions; whether it was there.
    pub fn remove_mat(&mut self, id: &str) -> bool {
        let n_mats = self.mats.len();
        self.mats.retain(|mat| mat.id != id);
        self.sessions.retain(|session| session.mat_id != id);
        self.mats.len() != n_mats
    }

    /// Starts a new session of a mat. Beyond [`MAX_SESSIONS`] for that mat, the oldest
    /// session is forgotten.
    pub fn start_session(
        &mut self,
        id: &str,
        mat_id: &str,
        workshop: Option<String>,
        now_ms: u64,
    ) -> Result<&Session, SortingProblem> {
        if !is_id(id) {
            return Err(SortingProblem::BadId);
        }
        if self.session(id).is_some() {
            return Err(SortingProblem::IdTaken);
        }
        let mat = self.mat(mat_id).ok_or(SortingProblem::UnknownMat)?;
        let session = Session::new(id, mat, workshop, now_ms);
        self.sessions.push(session);
        self.keep_newest_sessions(mat_id);
        self.session(id).ok_or(SortingProblem::UnknownSession)
    }

    /// The session with this id.
    pub fn session(&self, id: &str) -> Option<&Session> {
        self.sessions.iter().find(|session| session.id == id)
    }

    /// The sessions of a mat, oldest first.
    pub fn sessions_of(&self, mat_id: &str) -> Vec<&Session> {
        self.sessions
            .iter()
            .filter(|session| session.mat_id == mat_id)
            .collect()
    }

    /// Puts the current card of a session on a place (see [`Session::place`]); returns
    /// the id of the card placed.
    pub fn place(
        &mut self,
        session_id: &str,
        place: Place,
        now_ms: u64,
    ) -> Result<String, SortingProblem> {
        let session = self
            .sessions
            .iter_mut()
            .find(|session| session.id == session_id)
            .ok_or(SortingProblem::UnknownSession)?;
        let mat = self
            .mats
            .iter()
            .find(|mat| mat.id == session.mat_id)
            .ok_or(SortingProblem::UnknownMat)?;
        session
            .place(mat, place, now_ms)
            .map(|card| card.id.clone())
    }

    /// Takes back the last card placed in a session (see [`Session::undo_last`]).
    pub fn undo_last(&mut self, session_id: &str) -> Option<Placement> {
        self.sessions
            .iter_mut()
            .find(|session| session.id == session_id)?
            .undo_last()
    }

    /// Forgets the oldest sessions of a mat beyond [`MAX_SESSIONS`]; how many.
    fn keep_newest_sessions(&mut self, mat_id: &str) -> usize {
        let n_sessions = self.sessions_of(mat_id).len();
        let mut n_extra = n_sessions.saturating_sub(MAX_SESSIONS);
        let n_forgotten = n_extra;
        self.sessions.retain(|session| {
            if n_extra > 0 && session.mat_id == mat_id {
                n_extra -= 1;
                false
            } else {
                true
            }
        });
        n_forgotten
    }
}

fn load_mat(value: &Value, n_dropped: &mut usize) -> Option<Mat> {
    let object = value.as_object()?;
    let id = id_of(object, "id")?;
    let scale = match object.get("scale") {
        None | Some(Value::Null) => Scale::default(),
        Some(value) => Scale::deserialize(value).unwrap_or_else(|_| {
            *n_dropped += 1;
            Scale::default()
        }),
    };
    let values = array(object.get("cards"), n_dropped);
    let cards = load_unique(
        values,
        MAX_CARDS,
        n_dropped,
        |card: &Card| &card.id,
        load_card,
    );
    if cards.is_empty() {
        return None;
    }
    Some(Mat {
        id,
        topic: text(object, "topic", MAX_TOPIC_CHARS, n_dropped),
        cards,
        scale,
        created_ms: millis(object, "created_ms", n_dropped),
    })
}

fn load_card(value: &Value, n_dropped: &mut usize) -> Option<Card> {
    let object = value.as_object()?;
    let id = id_of(object, "id")?;
    let picto = object
        .get("picto")
        .and_then(Value::as_str)
        .and_then(PictoRef::parse)?;
    Some(Card {
        id,
        picto,
        label: text(object, "label", MAX_LABEL_CHARS, n_dropped),
    })
}

fn load_session(value: &Value, mats: &[Mat], n_dropped: &mut usize) -> Option<Session> {
    let object = value.as_object()?;
    let id = id_of(object, "id")?;
    let mat_id = object.get("mat_id").and_then(Value::as_str)?;
    let mat = mats.iter().find(|mat| mat.id == mat_id)?;
    let finished_ms = optional(object, "finished_ms", n_dropped);
    let workshop = workshop(object, n_dropped);
    let mut placed: Vec<Placement> = Vec::new();
    let values = array(object.get("placed"), n_dropped);
    for value in values.iter().take(MAX_CARDS) {
        match Placement::deserialize(value) {
            Ok(placement)
                if mat.card(&placement.card_id).is_some()
                    && mat.scale.has(placement.place)
                    && !placed.iter().any(|p| p.card_id == placement.card_id) =>
            {
                placed.push(placement);
            }
            _ => *n_dropped += 1,
        }
    }
    *n_dropped += values.len().saturating_sub(MAX_CARDS);
    Some(Session {
        id,
        mat_id: mat.id.clone(),
        started_ms: millis(object, "started_ms", n_dropped),
        finished_ms,
        workshop,
        placed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::SCHEMA_KEY;
    use serde_json::json;

    fn card(id: &str, label: &str) -> Card {
        Card {
            id: id.to_owned(),
            picto: PictoRef::Arasaac(2462),
            label: label.to_owned(),
        }
    }

    fn mat(scale: Scale, n_cards: usize) -> Mat {
        let cards = (1..=n_cards)
            .map(|n| card(&format!("c{n}"), &format!("Card {n}")))
            .collect();
        Mat::new("m-1", "The app", scale, cards, 10).expect("valid mat")
    }

    fn sorted(mat: &Mat, places: &[Place]) -> Session {
        let mut session = Session::new("s-1", mat, None, 100);
        for (n, place) in places.iter().enumerate() {
            session.place(mat, *place, 200 + n as u64).expect("placed");
        }
        session
    }

    fn ids(cards: &[&Card]) -> Vec<String> {
        cards.iter().map(|card| card.id.clone()).collect()
    }

    #[test]
    fn places_have_stable_keys_and_order() {
        let keys: Vec<&str> = Scale::Three.places().iter().map(|p| p.key()).collect();
        assert_eq!(keys, ["like", "unsure", "dislike"]);
        let keys: Vec<&str> = Scale::Five.places().iter().map(|p| p.key()).collect();
        assert_eq!(keys, ["love", "like", "unsure", "dislike", "hate"]);
        for place in Place::ALL {
            assert_eq!(Place::parse(place.key()), Some(place));
            assert_eq!(
                serde_json::to_value(place).expect("serialises"),
                json!(place.key())
            );
            assert!(place.message_id().starts_with("sorting-place-"));
        }
        assert_eq!(Scale::Three.order(Place::Dislike), Some(2));
        assert_eq!(Scale::Three.order(Place::Love), None);
        assert_eq!(Scale::Five.order(Place::Hate), Some(4));
        assert_eq!(Place::parse("meh"), None);
    }

    #[test]
    fn a_mat_is_checked() {
        assert!(Mat::new(
            "m-1",
            " My week ",
            Scale::Three,
            vec![card("a", "A"), card("b", "B")],
            0
        )
        .is_ok_and(|mat| mat.topic == "My week"));
        let problems =
            Mat::new("bad id", "  ", Scale::Five, vec![card("a", "A")], 0).expect_err("refused");
        assert_eq!(
            problems,
            [
                SortingProblem::BadId,
                SortingProblem::NoTopic,
                SortingProblem::TooFewCards
            ]
        );
        let long = "x".repeat(MAX_LABEL_CHARS + 1);
        let problems = Mat::new(
            "m-1",
            &"t".repeat(MAX_TOPIC_CHARS + 1),
            Scale::Three,
            vec![
                card("a", &long),
                card("a", "A"),
                card("b", " "),
                card("c/d", "C"),
            ],
            0,
        )
        .expect_err("refused");
        assert_eq!(
            problems,
            [
                SortingProblem::TopicTooLong,
                SortingProblem::LabelTooLong("a".into()),
                SortingProblem::DuplicateCard("a".into()),
                SortingProblem::NoLabel("b".into()),
                SortingProblem::BadCardId("c/d".into()),
            ]
        );
        let many = (0..=MAX_CARDS)
            .map(|n| card(&format!("c{n}"), "x"))
            .collect();
        assert_eq!(
            Mat::new("m-1", "Many", Scale::Three, many, 0).expect_err("refused"),
            [SortingProblem::TooManyCards]
        );
        for problem in problems {
            assert!(problem.message_id().starts_with("sorting-problem-"));
        }
    }

    #[test]
    fn a_full_mat_is_sorted_with_three_places() {
        let mat = mat(Scale::Three, 4);
        let mut session = Session::new("s-1", &mat, Some("w-1".into()), 100);
        assert_eq!(
            session.current_card(&mat).map(|c| c.id.as_str()),
            Some("c1")
        );
        assert_eq!(
            session.place(&mat, Place::Love, 101),
            Err(SortingProblem::NotOnScale)
        );
        for (n, place) in [Place::Like, Place::Dislike, Place::Like]
            .iter()
            .enumerate()
        {
            let placed = session.place(&mat, *place, 110 + n as u64).expect("placed");
            assert_eq!(placed.id, format!("c{}", n + 1));
            assert!(!session.is_done());
        }
        assert_eq!(
            session.current_card(&mat).map(|c| c.id.as_str()),
            Some("c4")
        );
        session.place(&mat, Place::Unsure, 120).expect("placed");
        assert!(session.is_done());
        assert_eq!(session.finished_ms, Some(120));
        assert_eq!(session.current_card(&mat), None);
        assert_eq!(
            session.place(&mat, Place::Like, 121),
            Err(SortingProblem::AllSorted)
        );
        let result = session.result(&mat);
        let places: Vec<Place> = result.iter().map(|(place, _)| *place).collect();
        assert_eq!(places, [Place::Like, Place::Unsure, Place::Dislike]);
        assert_eq!(ids(&result[0].1), ["c1", "c3"]);
        assert_eq!(ids(&result[1].1), ["c4"]);
        assert_eq!(ids(&result[2].1), ["c2"]);
    }

    #[test]
    fn a_full_mat_is_sorted_with_five_places_and_results_follow_the_scale() {
        let mat = mat(Scale::Five, 6);
        let session = sorted(
            &mat,
            &[
                Place::Hate,
                Place::Love,
                Place::Unsure,
                Place::Hate,
                Place::Like,
                Place::Love,
            ],
        );
        assert!(session.is_done());
        let result = session.result(&mat);
        let grouped: Vec<(&str, Vec<String>)> = result
            .iter()
            .map(|(place, cards)| (place.key(), ids(cards)))
            .collect();
        assert_eq!(
            grouped,
            [
                ("love", vec!["c2".to_owned(), "c6".to_owned()]),
                ("like", vec!["c5".to_owned()]),
                ("unsure", vec!["c3".to_owned()]),
                ("dislike", vec![]),
                ("hate", vec!["c1".to_owned(), "c4".to_owned()]),
            ]
        );
    }

    #[test]
    fn undo_takes_back_the_last_card_in_the_middle_at_the_start_and_at_the_end() {
        let mat = mat(Scale::Three, 3);
        let mut session = Session::new("s-1", &mat, None, 100);
        assert_eq!(
            session.undo_last(),
            None,
            "nothing to take back at the start"
        );
        session.place(&mat, Place::Like, 101).expect("placed");
        let undone = session.undo_last().expect("one to take back");
        assert_eq!(undone.card_id, "c1");
        assert_eq!(
            session.current_card(&mat).map(|c| c.id.as_str()),
            Some("c1")
        );
        assert_eq!(session.undo_last(), None);

        session.place(&mat, Place::Like, 102).expect("placed");
        session.place(&mat, Place::Dislike, 103).expect("placed");
        assert_eq!(
            session.undo_last().map(|p| (p.card_id, p.place)),
            Some(("c2".to_owned(), Place::Dislike))
        );
        assert_eq!(
            session.current_card(&mat).map(|c| c.id.as_str()),
            Some("c2")
        );
        session.place(&mat, Place::Unsure, 104).expect("placed");
        session.place(&mat, Place::Like, 105).expect("placed");
        assert!(session.is_done());
        session.undo_last().expect("last one");
        assert!(!session.is_done(), "taking back the last card reopens it");
        assert_eq!(ids(&session.unsorted(&mat)), ["c3"]);
        session.place(&mat, Place::Dislike, 106).expect("placed");
        assert_eq!(session.finished_ms, Some(106));
        let order: Vec<&str> = session.placed.iter().map(|p| p.card_id.as_str()).collect();
        assert_eq!(order, ["c1", "c2", "c3"]);
    }

    #[test]
    fn a_session_refuses_another_mat() {
        let mat = mat(Scale::Three, 2);
        let mut other = mat.clone();
        other.id = "m-2".into();
        let mut session = Session::new("s-1", &mat, None, 1);
        assert_eq!(
            session.place(&other, Place::Like, 2),
            Err(SortingProblem::OtherMat)
        );
        assert_eq!(session.current_card(&other), None);
    }

    #[test]
    fn two_sessions_are_compared_card_by_card() {
        let mut mat = mat(Scale::Five, 4);
        let earlier = sorted(
            &mat,
            &[Place::Like, Place::Hate, Place::Unsure, Place::Love],
        );
        mat.cards.push(card("c5", "Added later"));
        let mut later = Session::new("s-2", &mat, None, 1_000);
        for place in [Place::Love, Place::Dislike, Place::Unsure] {
            later.place(&mat, place, 1_001).expect("placed");
        }
        // c4 is left for later; c5 was added to the mat.
        later.placed.push(Placement {
            card_id: "c5".into(),
            place: Place::Like,
        });
        let changes = compare(&mat, &earlier, &later);
        let seen: Vec<(&str, ChangeKind, i8)> = changes
            .iter()
            .map(|c| (c.card_id.as_str(), c.kind(), c.moved))
            .collect();
        assert_eq!(
            seen,
            [
                ("c1", ChangeKind::Warmer, 1),
                ("c2", ChangeKind::Warmer, 1),
                ("c3", ChangeKind::Same, 0),
                ("c4", ChangeKind::Missing, 0),
                ("c5", ChangeKind::New, 0),
            ]
        );
        assert_eq!(changes[0].before, Some(Place::Like));
        assert_eq!(changes[0].after, Some(Place::Love));
        assert_eq!(
            Summary::of(&changes),
            Summary {
                same: 1,
                warmer: 2,
                cooler: 0,
                new: 1,
                missing: 1
            }
        );
        let back = compare(&mat, &later, &earlier);
        assert_eq!(back[1].moved, -1);
        assert_eq!(back[1].kind(), ChangeKind::Cooler);
        assert_eq!(Summary::of(&back).cooler, 2);
        let mut elsewhere = later.clone();
        elsewhere.mat_id = "m-9".into();
        assert!(compare(&mat, &earlier, &elsewhere).is_empty());
    }

    #[test]
    fn a_record_round_trips() {
        let mut record = SortingRecord::default();
        record.add_mat(mat(Scale::Five, 3)).expect("added");
        record
            .start_session("s-1", "m-1", Some("w-1".into()), 50)
            .expect("started");
        record.place("s-1", Place::Love, 60).expect("placed");
        record.place("s-1", Place::Hate, 61).expect("placed");
        record
            .start_session("s-2", "m-1", None, 70)
            .expect("started");
        let stored = record.to_record().expect("writable");
        assert_eq!(stored[SCHEMA_KEY], json!(SORTING_SCHEMA));
        assert_eq!(
            stored["sessions"][0]["placed"][1],
            json!({"card_id": "c2", "place": "hate"})
        );
        assert_eq!(SortingRecord::from_record(&stored), (record, 0));
    }

    #[test]
    fn the_record_keeps_its_limits() {
        let mut record = SortingRecord::default();
        for n in 0..MAX_MATS {
            let mut mat = mat(Scale::Three, 2);
            mat.id = format!("m-{n}");
            record.add_mat(mat).expect("added");
        }
        let one_more = mat(Scale::Three, 2);
        assert_eq!(
            record.add_mat(one_more),
            Err(vec![SortingProblem::IdTaken, SortingProblem::TooManyMats])
        );
        for n in 0..=MAX_SESSIONS {
            record
                .start_session(&format!("s-{n}"), "m-0", None, n as u64)
                .expect("started");
        }
        assert_eq!(record.sessions_of("m-0").len(), MAX_SESSIONS);
        assert!(record.session("s-0").is_none(), "the oldest is forgotten");
        assert_eq!(
            record.start_session("s-5", "m-0", None, 1).err(),
            Some(SortingProblem::IdTaken)
        );
        assert_eq!(
            record.start_session("s-x", "m-nope", None, 1).err(),
            Some(SortingProblem::UnknownMat)
        );
        assert_eq!(
            record.place("s-nope", Place::Like, 1),
            Err(SortingProblem::UnknownSession)
        );
        assert!(record.remove_mat("m-0"));
        assert!(record.sessions.is_empty());
        assert!(!record.remove_mat("m-0"));
    }

    #[test]
    fn broken_records_load_leniently() {
        let record = json!({
            "schema": 1,
            "mats": [
                {"id": "m-1", "topic": "  My week  ", "scale": "five", "created_ms": "yesterday", "cards": [
                    {"id": "a", "picto": "om:1F34E", "label": "Swimming"},
                    {"id": "a", "picto": "om:1F34E", "label": "Again"},
                    {"id": "b", "picto": "not a picto", "label": "x"},
                    {"id": "c", "picto": "arasaac:2462", "label": 7},
                    "garbage"
                ]},
                {"id": "m-1", "topic": "Same id", "cards": [{"id": "a", "picto": "om:1F34E", "label": "A"}]},
                {"id": "m-2", "topic": "Seven places", "scale": "seven", "cards": [
                    {"id": "x", "picto": "om:1F34E", "label": "X"}
                ]},
                {"id": "m-3", "topic": "No cards", "cards": []},
                {"topic": "No id"},
                42
            ],
            "sessions": [
                {"id": "s-1", "mat_id": "m-1", "started_ms": 5, "finished_ms": "soon", "placed": [
                    {"card_id": "a", "place": "love"},
                    {"card_id": "a", "place": "hate"},
                    {"card_id": "zz", "place": "like"},
                    {"card_id": "c", "place": "meh"},
                    ["c", "like"]
                ]},
                {"id": "s-2", "mat_id": "m-2", "workshop": 12, "placed": [
                    {"card_id": "x", "place": "love"}
                ]},
                {"id": "s-1", "mat_id": "m-1"},
                {"id": "s-3", "mat_id": "m-404"},
                {"mat_id": "m-1"},
                null
            ]
        });
        let (loaded, n_dropped) = SortingRecord::from_record(&record);
        assert_eq!(loaded.schema, SORTING_SCHEMA);
        let mat_ids: Vec<&str> = loaded.mats.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(mat_ids, ["m-1", "m-2"]);
        let first = &loaded.mats[0];
        assert_eq!(first.topic, "My week");
        assert_eq!(first.scale, Scale::Five);
        assert_eq!(first.created_ms, 0);
        assert_eq!(ids(&first.cards.iter().collect::<Vec<_>>()), ["a", "c"]);
        assert_eq!(
            first.cards[1].label, "",
            "a label of the wrong type is emptied"
        );
        assert_eq!(loaded.mats[1].scale, Scale::Three);
        let session_ids: Vec<&str> = loaded.sessions.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(session_ids, ["s-1", "s-2"]);
        let first = &loaded.sessions[0];
        assert_eq!(first.finished_ms, None);
        let placed: Vec<(&str, Place)> = first
            .placed
            .iter()
            .map(|p| (p.card_id.as_str(), p.place))
            .collect();
        // The short form `[card, place]` is read too.
        assert_eq!(placed, [("a", Place::Love), ("c", Place::Like)]);
        // "love" is not on a three-place scale.
        assert!(loaded.sessions[1].placed.is_empty());
        assert_eq!(loaded.sessions[1].workshop, None);
        // Mats: repeated a, b, garbage, c's label, created_ms, the repeated m-1, "seven",
        // m-3 without cards, no id, 42 = 10.
        // Sessions: finished_ms, repeated a, zz, meh = 4; workshop 12, love on three = 2;
        // repeated s-1, m-404, no id, null = 4.
        assert_eq!(n_dropped, 20);
    }

    #[test]
    fn wrong_shapes_and_huge_arrays_are_dropped_and_counted() {
        assert_eq!(
            SortingRecord::from_record(&Value::Null),
            (SortingRecord::default(), 0)
        );
        assert_eq!(SortingRecord::from_record(&json!("text")).1, 1);
        let (loaded, n_dropped) =
            SortingRecord::from_record(&json!({"schema": "one", "mats": {}, "sessions": 3}));
        assert_eq!(loaded, SortingRecord::default());
        assert_eq!(n_dropped, 3);

        let many_cards: Vec<Value> = (0..300)
            .map(|n| json!({"id": format!("c{n}"), "picto": "om:1F34E", "label": "x"}))
            .collect();
        let many_placed: Vec<Value> = (0..300)
            .map(|n| json!({"card_id": format!("c{n}"), "place": "like"}))
            .collect();
        let many_mats: Vec<Value> = (0..120)
            .map(|n| json!({"id": format!("m-{n}"), "topic": "t", "cards": many_cards.clone()}))
            .collect();
        let many_sessions: Vec<Value> = (0..(MAX_SESSIONS + 5))
            .map(
                |n| json!({"id": format!("s-{n}"), "mat_id": "m-0", "placed": many_placed.clone()}),
            )
            .collect();
        let (loaded, n_dropped) =
            SortingRecord::from_record(&json!({"mats": many_mats, "sessions": many_sessions}));
        assert_eq!(loaded.mats.len(), MAX_MATS);
        assert!(loaded.mats.iter().all(|mat| mat.cards.len() == MAX_CARDS));
        assert_eq!(loaded.sessions.len(), MAX_SESSIONS);
        assert_eq!(loaded.sessions[0].id, "s-5", "the oldest sessions go first");
        assert!(loaded.sessions.iter().all(|s| s.placed.len() == MAX_CARDS));
        let expected = (120 - MAX_MATS)
            + MAX_MATS * (300 - MAX_CARDS)
            + (MAX_SESSIONS + 5) * (300 - MAX_CARDS)
            + 5;
        assert_eq!(n_dropped, expected);
    }

    #[test]
    fn a_record_from_a_newer_version_is_read_but_never_written() {
        let record = json!({
            "schema": SORTING_SCHEMA + 1,
            "mats": [{"id": "m-1", "topic": "t", "scale": "three", "cards": [
                {"id": "a", "picto": "om:1F34E", "label": "A"}
            ]}]
        });
        let (loaded, _) = SortingRecord::from_record(&record);
        assert_eq!(loaded.mats.len(), 1);
        assert_eq!(
            loaded.too_new(),
            Some(LoadProblem::TooNew {
                found: SORTING_SCHEMA + 1,
                supported: SORTING_SCHEMA
            })
        );
        assert_eq!(loaded.to_record(), None);
        assert_eq!(SortingRecord::default().too_new(), None);
    }

    #[test]
    fn every_message_id_is_named_for_the_sorting_mat() {
        for kind in [
            ChangeKind::Same,
            ChangeKind::Warmer,
            ChangeKind::Cooler,
            ChangeKind::New,
            ChangeKind::Missing,
        ] {
            assert!(kind.message_id().starts_with("sorting-change-"));
        }
        for scale in [Scale::Three, Scale::Five] {
            assert!(scale.message_id().starts_with("sorting-scale-"));
        }
        for problem in [
            SortingProblem::NotOnScale,
            SortingProblem::AllSorted,
            SortingProblem::OtherMat,
            SortingProblem::UnknownMat,
            SortingProblem::UnknownSession,
            SortingProblem::IdTaken,
            SortingProblem::TooManyMats,
        ] {
            assert!(problem.message_id().starts_with("sorting-problem-"));
        }
    }
}
