//! Switch access: what is highlighted on a person's screen and what is chosen, for people
//! who reach the screen with one or two switches, directional keys or dwell (a head
//! pointer, eye gaze) instead of a finger.
//!
//! Pure and driven by timestamps in milliseconds, like [`crate::unlock`]: the browser side
//! gives a [`Scanner`] the screen's items in reading order with the visual row of each,
//! the presses of the person's switches, the item the pointer rests on and the time; the
//! scanner says what to highlight ([`Scanner::highlight`]) and which item an event chose.
//! Every pattern, timing and filter is tested natively, without timers.
//!
//! - **Automatic scanning** (one switch): the highlight moves by itself every
//!   [`Access::scan_ms`] (longer on the first step of a round); a press chooses. After
//!   [`Access::rounds`] rounds without a choice, a row or group goes back to the level
//!   above, and at the top scanning stops until the next press.
//! - **Step scanning** (two switches): [`Switch::Move`] moves the highlight, [`Switch::Select`]
//!   chooses.
//! - **Patterns**: a row at a time then the items of the chosen row, one item after the
//!   other, or halves of the screen (groups) until one item is left.
//! - **Keys**: up, down, left and right move over the screen's rows; select chooses.
//! - **Dwell**: what the pointer rests on for [`Access::dwell_ms`] is chosen once; to choose
//!   it again the pointer leaves it and comes back.
//! - **Switches**: the keys of each switch are the facilitator's to assign
//!   ([`Access::switch_1_keys`], [`Access::switch_2_keys`]); the browser side turns a key
//!   press into a [`Switch`] with them ([`switch_key`] says how a key is written).
//! - **Tremor**: a press counts only once held for [`Access::hold_ms`], and presses within
//!   [`Access::ignore_repeat_ms`] of a counted one are ignored; a key's auto-repeat never
//!   counts.
//!
//! What a choice takes in step scanning, in presses of both switches, on average over every
//! item of the screen and at worst ([`effort`]; in automatic scanning the moves are waits of
//! a step each). Row-column suits the person's grids, groups the long one-column screens:
//!
//! | screen | row-column | items | groups |
//! | --- | --- | --- | --- |
//! | 2×2 grid (4 per screen) | 3.0 · 4 | 2.5 · 4 | 3.0 · 4 |
//! | 3×3 grid (9 per screen) | 4.0 · 6 | 5.0 · 9 | 4.7 · 6 |
//! | 4×4 grid (16 per screen) | 5.0 · 8 | 8.5 · 16 | 6.0 · 8 |
//! | a list of 20, one per row | 10.5 · 20 | 10.5 · 20 | 6.4 · 8 |
//!
//! (`the_figures_of_the_doc_hold` keeps this table true.)

use serde::{Deserialize, Serialize};

/// The fastest and the slowest scanning step, in ms.
pub const SCAN_MS: (u32, u32) = (500, 10_000);
/// The longest first step, in ms.
pub const MAX_FIRST_STEP_MS: u32 = 20_000;
/// The fewest and the most rounds before scanning stops or goes back up.
pub const ROUNDS: (u8, u8) = (1, 10);
/// The longest time a switch must be held before a press counts, in ms.
pub const MAX_HOLD_MS: u32 = 2_000;
/// The longest time during which a repeated press is ignored, in ms.
pub const MAX_IGNORE_REPEAT_MS: u32 = 3_000;
/// The shortest and the longest dwell, in ms.
pub const DWELL_MS: (u32, u32) = (500, 5_000);
/// The most keys one switch can have.
pub const MAX_SWITCH_KEYS: usize = 4;
/// The longest key, in characters (`KeyboardEvent.key` values are short: "Enter", "a",
/// "PageDown", "MediaPlayPause").
pub const MAX_KEY_CHARS: usize = 20;
/// Keys that are never a switch: the modifiers (held with other keys, never alone by a
/// switch interface), Escape and Tab, which belong to the facilitator and the browser, and
/// the values a browser gives when it cannot name the key.
pub const REFUSED_KEYS: [&str; 14] = [
    "Shift",
    "Control",
    "Alt",
    "AltGraph",
    "Meta",
    "OS",
    "Fn",
    "CapsLock",
    "Tab",
    "Escape",
    "Esc",
    "Dead",
    "Unidentified",
    "Process",
];
/// The keys of switch 1 of a profile that never chose: Space, or 1 on a switch interface.
pub const SWITCH_1_KEYS: [&str; 2] = [" ", "1"];
/// The keys of switch 2 of a profile that never chose: Enter, or 2 on a switch interface.
pub const SWITCH_2_KEYS: [&str; 2] = ["Enter", "2"];

/// How the person reaches their screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    /// Touch, a mouse or a screen reader: no scanning.
    #[default]
    Touch,
    /// One switch: the highlight moves by itself and a press chooses.
    AutoScan,
    /// Two switches: one moves the highlight, the other chooses.
    StepScan,
    /// Directional keys: up, down, left and right move, a fifth key chooses.
    Keys,
    /// Point and hold still: what the pointer rests on for the dwell time is chosen.
    Dwell,
}

impl Method {
    /// Every method, in the order the facilitator is offered them.
    pub const ALL: [Method; 5] = [
        Method::Touch,
        Method::AutoScan,
        Method::StepScan,
        Method::Keys,
        Method::Dwell,
    ];

    /// Whether the person's switches move a highlight (the scanning methods).
    pub fn scans(self) -> bool {
        matches!(self, Method::AutoScan | Method::StepScan)
    }
}

/// How scanning walks a screen's items.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Pattern {
    /// A row at a time, then the items of the chosen row.
    #[default]
    RowColumn,
    /// One item after the other, in reading order.
    Items,
    /// The first half of the items or the second, then halves of that, until one is left.
    Groups,
}

impl Pattern {
    /// Every pattern, in the order the facilitator is offered them.
    pub const ALL: [Pattern; 3] = [Pattern::RowColumn, Pattern::Items, Pattern::Groups];
}

/// A person's access settings, kept in their profile. Read leniently: a stored value out
/// of range is brought within it ([`Access::clamped`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Access {
    /// How they reach the screen.
    pub method: Method,
    /// How scanning walks the items.
    pub pattern: Pattern,
    /// How long the highlight stays on a step, in ms.
    pub scan_ms: u32,
    /// How long it stays on the first step of a round, in ms (never shorter than a step).
    pub first_step_ms: u32,
    /// Rounds without a choice before a row or group goes back up, or scanning stops.
    pub rounds: u8,
    /// Automatic scanning waits for a press to start (else it starts with the screen).
    pub start_by_press: bool,
    /// After a choice, scanning starts again from the first row or item (else it goes on
    /// from the row or group that held the choice).
    pub restart_after_choice: bool,
    /// How long a switch must be held before the press counts, in ms (0: at once).
    pub hold_ms: u32,
    /// After a press that counted, presses during this long are ignored, in ms.
    pub ignore_repeat_ms: u32,
    /// How long the pointer must rest on an item to choose it, in ms.
    pub dwell_ms: u32,
    /// Each highlighted item is said with the person's voice (auditory scanning).
    pub speak_items: bool,
    /// A short sound at each step.
    pub step_sound: bool,
    /// The keys of switch 1, as `KeyboardEvent.key` values written by [`switch_key`]: in
    /// step scanning it moves the light; in automatic scanning and with the arrow keys it
    /// chooses, like switch 2.
    #[serde(deserialize_with = "strings_of")]
    pub switch_1_keys: Vec<String>,
    /// The keys of switch 2, which chooses. No key is both switch 1's and switch 2's.
    #[serde(deserialize_with = "strings_of")]
    pub switch_2_keys: Vec<String>,
}

/// A list of keys as stored: the strings of a list, whatever else it holds (a number is
/// skipped, not the whole list); anything but a list cannot be read.
fn strings_of<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    match serde_json::Value::deserialize(deserializer)? {
        serde_json::Value::Array(values) => Ok(values
            .into_iter()
            .filter_map(|value| match value {
                serde_json::Value::String(key) => Some(key),
                _ => None,
            })
            .collect()),
        _ => Err(serde::de::Error::custom("a list of keys")),
    }
}

/// How a key is kept as a switch's, from a `KeyboardEvent.key` value: a single character
/// in lower case (so that Shift or Caps Lock make no difference), the old "Spacebar" as
/// " "; `None` for a key that cannot be a switch (one of [`REFUSED_KEYS`], empty, longer
/// than [`MAX_KEY_CHARS`], or with a control character).
pub fn switch_key(key: &str) -> Option<String> {
    let n_chars = key.chars().count();
    if n_chars == 0
        || n_chars > MAX_KEY_CHARS
        || key.chars().any(char::is_control)
        || REFUSED_KEYS.contains(&key)
    {
        return None;
    }
    Some(match key {
        "Spacebar" => " ".to_owned(),
        _ if n_chars == 1 => key.to_lowercase(),
        _ => key.to_owned(),
    })
}

/// A switch's keys written by [`switch_key`], without repeats, at most [`MAX_SWITCH_KEYS`].
fn clean_keys(keys: &[String]) -> Vec<String> {
    let mut kept: Vec<String> = Vec::new();
    for key in keys {
        if kept.len() == MAX_SWITCH_KEYS {
            break;
        }
        if let Some(key) = switch_key(key) {
            if !kept.contains(&key) {
                kept.push(key);
            }
        }
    }
    kept
}

fn owned(keys: &[&str]) -> Vec<String> {
    keys.iter().map(|&key| key.to_owned()).collect()
}

/// Both switches' keys made usable: each cleaned ([`clean_keys`]); a key of both is switch
/// 2's only; a switch left with no key gets its usual keys (those the other does not have),
/// and when that is still none, both get their usual keys.
fn clamp_keys(switch_1: &[String], switch_2: &[String]) -> (Vec<String>, Vec<String>) {
    let mut two = clean_keys(switch_2);
    if two.is_empty() {
        two = owned(&SWITCH_2_KEYS);
    }
    let not_two = |keys: Vec<String>| -> Vec<String> {
        keys.into_iter().filter(|key| !two.contains(key)).collect()
    };
    let mut one = not_two(clean_keys(switch_1));
    if one.is_empty() {
        one = not_two(owned(&SWITCH_1_KEYS));
    }
    if one.is_empty() {
        return (owned(&SWITCH_1_KEYS), owned(&SWITCH_2_KEYS));
    }
    (one, two)
}

impl Default for Access {
    fn default() -> Self {
        Access {
            method: Method::Touch,
            pattern: Pattern::RowColumn,
            scan_ms: 2_000,
            first_step_ms: 3_000,
            rounds: 3,
            start_by_press: true,
            restart_after_choice: true,
            hold_ms: 0,
            ignore_repeat_ms: 300,
            dwell_ms: 1_500,
            speak_items: true,
            step_sound: false,
            switch_1_keys: owned(&SWITCH_1_KEYS),
            switch_2_keys: owned(&SWITCH_2_KEYS),
        }
    }
}

impl Access {
    /// Touch with every setting as it comes: what a profile that never chose has.
    pub fn is_usual(&self) -> bool {
        *self == Access::default()
    }

    /// The settings with every number brought within its range, and the switches' keys
    /// made usable (see [`switch_key`]; a key of both switches is switch 2's only, a switch
    /// with no key left has its usual ones).
    pub fn clamped(self) -> Access {
        let scan_ms = self.scan_ms.clamp(SCAN_MS.0, SCAN_MS.1);
        let (switch_1_keys, switch_2_keys) = clamp_keys(&self.switch_1_keys, &self.switch_2_keys);
        Access {
            switch_1_keys,
            switch_2_keys,
            scan_ms,
            first_step_ms: self
                .first_step_ms
                .clamp(scan_ms, MAX_FIRST_STEP_MS.max(scan_ms)),
            rounds: self.rounds.clamp(ROUNDS.0, ROUNDS.1),
            hold_ms: self.hold_ms.min(MAX_HOLD_MS),
            ignore_repeat_ms: self.ignore_repeat_ms.min(MAX_IGNORE_REPEAT_MS),
            dwell_ms: self.dwell_ms.clamp(DWELL_MS.0, DWELL_MS.1),
            ..self
        }
    }
}

/// What a key the facilitator pressed for a switch does ([`Access::assign_key`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyAssignment {
    /// The switch has this key now, its only one: these are the settings.
    Set(Access),
    /// This key cannot be a switch ([`switch_key`]), or, with the arrow keys, it moves.
    Refused,
    /// In step scanning, this key is the other switch's: nothing changed.
    Taken,
    /// Every switch chooses with this method and this key is already one: nothing changed.
    Already,
}

impl Access {
    /// Gives `switch` (switch 1 moves, switch 2 selects) the key `pressed`, a
    /// `KeyboardEvent.key` value, in place of its keys.
    pub fn assign_key(&self, switch: Switch, pressed: &str) -> KeyAssignment {
        let arrow_moves = self.method == Method::Keys && pressed.starts_with("Arrow");
        let Some(key) = switch_key(pressed).filter(|_| !arrow_moves) else {
            return KeyAssignment::Refused;
        };
        let (own, other) = match switch {
            Switch::Move => (&self.switch_1_keys, &self.switch_2_keys),
            Switch::Select => (&self.switch_2_keys, &self.switch_1_keys),
        };
        if other.contains(&key) {
            return if self.method == Method::StepScan {
                KeyAssignment::Taken
            } else {
                KeyAssignment::Already
            };
        }
        if own.len() == 1 && own[0] == key {
            return KeyAssignment::Already;
        }
        let mut access = self.clone();
        match switch {
            Switch::Move => access.switch_1_keys = vec![key],
            Switch::Select => access.switch_2_keys = vec![key],
        }
        KeyAssignment::Set(access.clamped())
    }
}

/// A profile's access settings as stored: the JSON as it came, read only where they are
/// used (the profile editor, the scanner's own module), so the first screen, which only
/// asks whether the person scans, carries none of [`Access`]'s reading.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StoredAccess(serde_json::Value);

impl StoredAccess {
    /// Whether this is touch with the usual settings (nothing stored).
    pub fn is_usual(&self) -> bool {
        self.0.is_null()
    }

    /// Whether the person reaches the screen otherwise than by touch: any stored method
    /// but `touch` (one this version does not know is given to the scanner, which reads it
    /// as touch, rather than lost).
    pub fn scans(&self) -> bool {
        self.0
            .get("method")
            .and_then(serde_json::Value::as_str)
            .is_some_and(|method| method != "touch")
    }

    /// The settings, read field by field: a field that cannot be read (a number too large
    /// for it, a method from a newer version) is left at its usual value and the others are
    /// kept, so a person who scans is never put back to touch by one bad field; numbers
    /// out of range are brought within it.
    pub fn read(&self) -> Access {
        let serde_json::Value::Object(fields) = &self.0 else {
            return Access::default();
        };
        let readable = |key: &String, value: &serde_json::Value| {
            let mut one = serde_json::Map::new();
            one.insert(key.clone(), value.clone());
            serde_json::from_value::<Access>(serde_json::Value::Object(one)).is_ok()
        };
        let kept: serde_json::Map<String, serde_json::Value> = fields
            .iter()
            .filter(|(key, value)| readable(key, value))
            .map(|(key, value)| (key.clone(), value.clone()))
            .collect();
        serde_json::from_value::<Access>(serde_json::Value::Object(kept))
            .unwrap_or_default()
            .clamped()
    }

    /// The stored form as JSON text, for the scanner's module.
    pub fn json(&self) -> String {
        self.0.to_string()
    }
}

impl From<Access> for StoredAccess {
    fn from(access: Access) -> StoredAccess {
        let access = access.clamped();
        if access.is_usual() {
            StoredAccess::default()
        } else {
            StoredAccess(serde_json::to_value(access).unwrap_or_default())
        }
    }
}

/// One of the person's switches. In automatic scanning every switch chooses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Switch {
    /// Chooses what is highlighted (in automatic scanning, also starts scanning).
    Select,
    /// Moves the highlight to the next step (step scanning).
    Move,
}

impl Switch {
    fn slot(self) -> usize {
        match self {
            Switch::Select => 0,
            Switch::Move => 1,
        }
    }
}

/// A directional key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// The row above.
    Up,
    /// The row below.
    Down,
    /// The item before, in reading order.
    Left,
    /// The item after, in reading order.
    Right,
}

/// Consecutive items in reading order: `start..end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// The first item.
    pub start: usize,
    /// One past the last item.
    pub end: usize,
}

impl Span {
    fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// How many items it holds.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether it holds no item.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// Whether it holds this item.
    pub fn contains(self, item: usize) -> bool {
        (self.start..self.end).contains(&item)
    }
}

/// What the screen shows as highlighted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Highlight {
    /// Nothing (touch, scanning stopped or not started, no pointer over an item).
    Nothing,
    /// These items: a row, a group or one item.
    Items(Span),
}

/// One level of scanning: the items it walks, split into steps.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Level {
    steps: Vec<Span>,
    at: usize,
    /// When the highlight came to `at`.
    since_ms: u64,
    rounds_done: u8,
}

/// A switch being held.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Held {
    since_ms: u64,
    /// Already counted, or ignored: releasing it is all that is left.
    settled: bool,
}

/// The switch-access machine of one person screen. See the module's doc.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scanner {
    access: Access,
    rows: Vec<u32>,
    /// Scanning levels, the top first; empty when scanning is stopped or not started.
    levels: Vec<Level>,
    held: [Option<Held>; 2],
    last_counted_ms: Option<u64>,
    /// The item of the directional keys.
    cursor: Option<usize>,
    /// The item the pointer rests on, and since when.
    dwell: Option<(usize, u64)>,
    /// The dwell item was chosen: the pointer must leave it first.
    dwell_chosen: bool,
}

impl Scanner {
    /// A scanner for a screen whose items are in reading order, `rows[i]` the visual row
    /// of item `i` (items of one row are consecutive). Automatic scanning that does not
    /// wait for a press starts now.
    pub fn new(access: Access, rows: &[u32], now_ms: u64) -> Scanner {
        let mut scanner = Scanner {
            access: access.clamped(),
            rows: rows.to_vec(),
            levels: Vec::new(),
            held: [None, None],
            last_counted_ms: None,
            cursor: None,
            dwell: None,
            dwell_chosen: false,
        };
        if scanner.access.method == Method::AutoScan && !scanner.access.start_by_press {
            scanner.start(now_ms);
        }
        scanner
    }

    /// The settings in use (clamped).
    pub fn access(&self) -> &Access {
        &self.access
    }

    /// The screen's items changed (another screen, a new page of the grid). Items the same
    /// as before keep the place; others start again from the top, scanning on if it was.
    pub fn set_items(&mut self, rows: &[u32], now_ms: u64) {
        if rows == self.rows.as_slice() {
            return;
        }
        self.rows = rows.to_vec();
        let scanning = !self.levels.is_empty();
        self.levels.clear();
        self.cursor = self.cursor.filter(|&item| item < rows.len());
        self.dwell = None;
        self.dwell_chosen = false;
        if scanning || (self.access.method == Method::AutoScan && !self.access.start_by_press) {
            self.start(now_ms);
        }
    }

    /// What to highlight now.
    pub fn highlight(&self) -> Highlight {
        match self.access.method {
            Method::Touch => Highlight::Nothing,
            Method::AutoScan | Method::StepScan => match self.levels.last() {
                Some(level) => level
                    .steps
                    .get(level.at)
                    .map_or(Highlight::Nothing, |span| Highlight::Items(*span)),
                None => Highlight::Nothing,
            },
            Method::Keys => self.cursor.map_or(Highlight::Nothing, |item| {
                Highlight::Items(Span::new(item, item + 1))
            }),
            Method::Dwell => match self.dwell {
                Some((item, _)) if !self.dwell_chosen => {
                    Highlight::Items(Span::new(item, item + 1))
                }
                _ => Highlight::Nothing,
            },
        }
    }

    /// The row or group being scanned inside, when scanning went into one.
    pub fn scope(&self) -> Option<Span> {
        if self.levels.len() < 2 {
            return None;
        }
        let level = self.levels.last()?;
        Some(Span::new(
            level.steps.first()?.start,
            level.steps.last()?.end,
        ))
    }

    /// Whether automatic scanning is stopped, waiting for a press.
    pub fn waiting(&self) -> bool {
        self.access.method == Method::AutoScan && self.levels.is_empty()
    }

    /// How far the dwell ring is filled, from 0.0 to 1.0.
    pub fn dwell_progress(&self, now_ms: u64) -> f64 {
        match self.dwell {
            Some((_, since)) if self.access.method == Method::Dwell && !self.dwell_chosen => {
                (now_ms.saturating_sub(since) as f64 / f64::from(self.access.dwell_ms)).min(1.0)
            }
            _ => 0.0,
        }
    }

    /// When something will happen by itself (a step, a held press counting, a dwell
    /// choosing): the browser ticks the scanner then. `None`: only an input can change it.
    pub fn next_change_ms(&self) -> Option<u64> {
        let held = self
            .held
            .iter()
            .flatten()
            .filter(|held| !held.settled)
            .map(|held| held.since_ms + u64::from(self.access.hold_ms));
        let step = match (self.access.method, self.levels.last()) {
            // Scanning stands still while a press is being held.
            (Method::AutoScan, Some(level)) if self.frozen_at().is_none() => {
                Some(level.since_ms + self.step_ms(level))
            }
            _ => None,
        };
        let dwell = match self.dwell {
            Some((_, since)) if self.access.method == Method::Dwell && !self.dwell_chosen => {
                Some(since + u64::from(self.access.dwell_ms))
            }
            _ => None,
        };
        held.chain(step).chain(dwell).min()
    }

    /// A switch went down. Returns the item chosen, if this chose one.
    pub fn press(&mut self, switch: Switch, now_ms: u64) -> Option<usize> {
        let chosen = self.tick(now_ms);
        let slot = &mut self.held[switch.slot()];
        if slot.is_some() {
            // The key's auto-repeat, or a second "down" without an "up".
            return chosen;
        }
        *slot = Some(Held {
            since_ms: now_ms,
            settled: false,
        });
        chosen.or_else(|| self.settle_held(now_ms))
    }

    /// A switch came up. A press released before it was held long enough does nothing.
    pub fn release(&mut self, switch: Switch, now_ms: u64) -> Option<usize> {
        let chosen = self.tick(now_ms);
        if let Some(held) = self.held[switch.slot()].take() {
            if !held.settled && self.frozen_at().is_none() {
                // Too short: scanning goes on as if the time held had not passed.
                self.resume(held, now_ms);
            }
        }
        chosen
    }

    /// Time passes: held presses count, automatic scanning steps on, a dwell completes.
    pub fn tick(&mut self, now_ms: u64) -> Option<usize> {
        let chosen = self.settle_held(now_ms);
        if self.access.method == Method::AutoScan {
            self.step_on(self.frozen_at().unwrap_or(now_ms).min(now_ms));
        }
        if chosen.is_some() {
            return chosen;
        }
        if self.access.method == Method::Dwell && !self.dwell_chosen {
            if let Some((item, since)) = self.dwell {
                if now_ms.saturating_sub(since) >= u64::from(self.access.dwell_ms) {
                    self.dwell_chosen = true;
                    return Some(item);
                }
            }
        }
        None
    }

    /// While a switch is held and has not yet counted, automatic scanning stands still
    /// where it was when the press began: the press is meant for what was highlighted.
    fn frozen_at(&self) -> Option<u64> {
        self.held
            .iter()
            .flatten()
            .filter(|held| !held.settled)
            .map(|held| held.since_ms)
            .min()
    }

    /// A directional key (with [`Method::Keys`]; the repeat filter applies).
    pub fn direction(&mut self, direction: Direction, now_ms: u64) {
        if self.access.method != Method::Keys || self.rows.is_empty() || !self.accept(now_ms) {
            return;
        }
        let Some(item) = self.cursor else {
            self.cursor = Some(0);
            return;
        };
        let last = self.rows.len() - 1;
        self.cursor = Some(match direction {
            Direction::Left => item.saturating_sub(1),
            Direction::Right => (item + 1).min(last),
            Direction::Up | Direction::Down => {
                let rows = row_spans(&self.rows);
                let Some(here) = rows.iter().position(|row| row.contains(item)) else {
                    return;
                };
                let there = match direction {
                    Direction::Up => here.checked_sub(1),
                    _ => (here + 1 < rows.len()).then_some(here + 1),
                };
                match there {
                    Some(there) => {
                        let column = item - rows[here].start;
                        rows[there].start + column.min(rows[there].len() - 1)
                    }
                    None => item,
                }
            }
        });
    }

    /// The pointer rests on an item, or on none (with [`Method::Dwell`]).
    pub fn point(&mut self, item: Option<usize>, now_ms: u64) -> Option<usize> {
        let chosen = self.tick(now_ms);
        let item = item.filter(|&item| item < self.rows.len());
        if item != self.dwell.map(|(current, _)| current) {
            self.dwell = item.map(|item| (item, now_ms));
            self.dwell_chosen = false;
        }
        chosen
    }

    /// Counts held presses that were held long enough, and acts on them.
    fn settle_held(&mut self, now_ms: u64) -> Option<usize> {
        let hold = u64::from(self.access.hold_ms);
        let mut chosen = None;
        for switch in [Switch::Select, Switch::Move] {
            let Some(held) = self.held[switch.slot()] else {
                continue;
            };
            if held.settled || now_ms.saturating_sub(held.since_ms) < hold {
                continue;
            }
            let at = held.since_ms + hold;
            self.held[switch.slot()] = Some(Held {
                settled: true,
                ..held
            });
            // Two presses counting at once make one choice at most.
            if chosen.is_some() || !self.accept(at) {
                continue;
            }
            // Scanning stood still while the switch was held: the press chooses what was
            // highlighted when it began, and scanning goes on from when it counted.
            self.resume(held, at);
            chosen = self.act(switch, at);
        }
        chosen
    }

    /// Scanning stood still from when `held` began until `at_ms`: the current step does
    /// not count that time.
    fn resume(&mut self, held: Held, at_ms: u64) {
        if let Some(level) = self.levels.last_mut() {
            level.since_ms += at_ms.saturating_sub(held.since_ms.max(level.since_ms));
        }
    }

    /// The repeat filter: whether a press at `at_ms` counts.
    fn accept(&mut self, at_ms: u64) -> bool {
        if let Some(last) = self.last_counted_ms {
            if at_ms.saturating_sub(last) < u64::from(self.access.ignore_repeat_ms) {
                return false;
            }
        }
        self.last_counted_ms = Some(at_ms);
        true
    }

    /// A press that counts.
    fn act(&mut self, switch: Switch, at_ms: u64) -> Option<usize> {
        match self.access.method {
            Method::Touch | Method::Dwell => None,
            Method::Keys => match switch {
                Switch::Select => match self.cursor {
                    Some(item) => Some(item),
                    None => {
                        self.cursor = (!self.rows.is_empty()).then_some(0);
                        None
                    }
                },
                Switch::Move => None,
            },
            Method::AutoScan => {
                if self.levels.is_empty() {
                    self.start(at_ms);
                    None
                } else {
                    self.choose(at_ms)
                }
            }
            Method::StepScan => match (switch, self.levels.is_empty()) {
                (_, true) => {
                    self.start(at_ms);
                    None
                }
                (Switch::Move, false) => {
                    self.advance(at_ms);
                    None
                }
                (Switch::Select, false) => self.choose(at_ms),
            },
        }
    }

    /// Scanning starts at the first step of the top level.
    fn start(&mut self, now_ms: u64) {
        let all = Span::new(0, self.rows.len());
        self.levels.clear();
        if all.is_empty() {
            return;
        }
        self.levels.push(Level {
            steps: self.steps_of(all, 0),
            at: 0,
            since_ms: now_ms,
            rounds_done: 0,
        });
    }

    /// The steps that walk a span at a depth, by the pattern.
    fn steps_of(&self, span: Span, depth: usize) -> Vec<Span> {
        let items = || {
            (span.start..span.end)
                .map(|i| Span::new(i, i + 1))
                .collect()
        };
        match self.access.pattern {
            Pattern::Items => items(),
            Pattern::RowColumn => {
                let rows: Vec<Span> = row_spans(&self.rows[span.start..span.end])
                    .into_iter()
                    .map(|row| Span::new(row.start + span.start, row.end + span.start))
                    .collect();
                if depth == 0 && rows.len() > 1 {
                    rows
                } else {
                    items()
                }
            }
            Pattern::Groups => {
                if span.len() <= 2 {
                    items()
                } else {
                    let middle = span.start + span.len().div_ceil(2);
                    vec![Span::new(span.start, middle), Span::new(middle, span.end)]
                }
            }
        }
    }

    /// How long the highlight stays on the level's current step.
    fn step_ms(&self, level: &Level) -> u64 {
        u64::from(if level.at == 0 {
            self.access.first_step_ms
        } else {
            self.access.scan_ms
        })
    }

    /// Automatic scanning follows the clock up to `now_ms`.
    fn step_on(&mut self, now_ms: u64) {
        while let Some(level) = self.levels.last() {
            let ends = level.since_ms + self.step_ms(level);
            if now_ms < ends {
                return;
            }
            self.advance(ends);
        }
    }

    /// The highlight moves to the next step; after the last, a round is done.
    fn advance(&mut self, at_ms: u64) {
        let rounds = self.access.rounds;
        let depth = self.levels.len();
        let Some(level) = self.levels.last_mut() else {
            return;
        };
        level.at += 1;
        level.since_ms = at_ms;
        if level.at < level.steps.len() {
            return;
        }
        level.at = 0;
        level.rounds_done += 1;
        if level.rounds_done < rounds {
            return;
        }
        if depth > 1 {
            // Back to the level above, on the row or group it went into.
            self.levels.pop();
            if let Some(parent) = self.levels.last_mut() {
                parent.since_ms = at_ms;
                parent.rounds_done = 0;
            }
        } else if self.access.method == Method::AutoScan {
            self.levels.clear();
        } else {
            level.rounds_done = 0;
        }
    }

    /// The highlighted step is chosen: one item is the choice, more go one level in.
    fn choose(&mut self, at_ms: u64) -> Option<usize> {
        let depth = self.levels.len();
        let level = self.levels.last()?;
        let span = *level.steps.get(level.at)?;
        if span.len() > 1 {
            let steps = self.steps_of(span, depth);
            self.levels.push(Level {
                steps,
                at: 0,
                since_ms: at_ms,
                rounds_done: 0,
            });
            return None;
        }
        if self.access.restart_after_choice {
            self.start(at_ms);
        } else {
            self.levels.truncate(1);
            if let Some(top) = self.levels.first_mut() {
                top.since_ms = at_ms;
                top.rounds_done = 0;
            }
        }
        Some(span.start)
    }
}

/// The rows of a screen, as spans of consecutive items with the same row.
fn row_spans(rows: &[u32]) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    for (item, row) in rows.iter().enumerate() {
        match spans.last_mut() {
            Some(span) if rows[span.start] == *row => span.end = item + 1,
            _ => spans.push(Span::new(item, item + 1)),
        }
    }
    spans
}

/// Where an item of the screen is, in CSS pixels (from the browser's bounding boxes).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Place {
    /// Its left edge.
    pub left: f64,
    /// Its top edge.
    pub top: f64,
    /// Its width.
    pub width: f64,
    /// Its height.
    pub height: f64,
}

/// The order in which scanning walks a screen's items, and the visual row of each, from
/// where the items are: rows top to bottom, left to right inside a row (reading order in
/// the languages Pictokit speaks). An item whose vertical middle falls within the height
/// of a row's first item belongs to that row, so tiles of a grid whose labels wrap to
/// different heights stay in one row. Returns (item index, row) pairs in scanning order.
pub fn reading_order(places: &[Place]) -> Vec<(usize, u32)> {
    let mut order: Vec<usize> = (0..places.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (places[a], places[b]);
        (a.top, a.left)
            .partial_cmp(&(b.top, b.left))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let mut rows: Vec<(f64, f64, Vec<usize>)> = Vec::new();
    for item in order {
        let place = places[item];
        let middle = place.top + place.height / 2.0;
        match rows.last_mut() {
            Some((top, bottom, members)) if middle >= *top && middle <= *bottom => {
                members.push(item);
            }
            _ => rows.push((place.top, place.top + place.height, vec![item])),
        }
    }
    rows.into_iter()
        .enumerate()
        .flat_map(|(row, (_, _, mut members))| {
            members.sort_by(|&a, &b| {
                places[a]
                    .left
                    .partial_cmp(&places[b].left)
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
            members.into_iter().map(move |item| (item, row as u32))
        })
        .collect()
}

/// What choosing one item takes from the start of scanning: the steps the highlight moves
/// (presses of the move switch in step scanning, waits in automatic scanning) and the
/// presses that choose (a row or group, then the item).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Effort {
    /// Steps of the highlight.
    pub moves: u32,
    /// Presses that choose.
    pub selects: u32,
}

impl Effort {
    /// Presses in step scanning (both switches).
    pub fn presses(self) -> u32 {
        self.moves + self.selects
    }
}

/// What choosing `item` takes with `pattern` on a screen of these rows, from the start.
pub fn effort(pattern: Pattern, rows: &[u32], item: usize) -> Effort {
    let access = Access {
        method: Method::StepScan,
        pattern,
        ignore_repeat_ms: 0,
        hold_ms: 0,
        rounds: ROUNDS.1,
        ..Access::default()
    };
    let mut scanner = Scanner::new(access, rows, 0);
    let mut effort = Effort::default();
    let mut now = 0;
    let mut press = |scanner: &mut Scanner, switch| {
        now += 1;
        let chosen = scanner.press(switch, now);
        scanner.release(switch, now);
        chosen
    };
    press(&mut scanner, Switch::Move); // starts scanning: the first step is highlighted
    for _ in 0..rows.len() * 4 + 4 {
        match scanner.highlight() {
            Highlight::Items(span) if span.contains(item) => {
                effort.selects += 1;
                if press(&mut scanner, Switch::Select).is_some() {
                    return effort;
                }
            }
            _ => {
                effort.moves += 1;
                press(&mut scanner, Switch::Move);
            }
        }
    }
    effort
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A grid of `columns` items a row.
    fn grid(items: usize, columns: usize) -> Vec<u32> {
        (0..items).map(|i| (i / columns) as u32).collect()
    }

    fn auto(pattern: Pattern) -> Access {
        Access {
            method: Method::AutoScan,
            pattern,
            scan_ms: 1_000,
            first_step_ms: 1_000,
            rounds: 2,
            start_by_press: false,
            ignore_repeat_ms: 0,
            ..Access::default()
        }
    }

    fn lit(scanner: &Scanner) -> Option<(usize, usize)> {
        match scanner.highlight() {
            Highlight::Items(span) => Some((span.start, span.end)),
            Highlight::Nothing => None,
        }
    }

    /// Presses and releases a switch at once.
    fn tap(scanner: &mut Scanner, switch: Switch, at: u64) -> Option<usize> {
        let chosen = scanner.press(switch, at);
        chosen.or(scanner.release(switch, at + 1))
    }

    fn at(left: f64, top: f64, width: f64, height: f64) -> Place {
        Place {
            left,
            top,
            width,
            height,
        }
    }

    #[test]
    fn items_are_read_row_by_row_left_to_right() {
        // A 2×2 grid whose first tile is taller (its label wraps), given out of order, and
        // a wide button under it.
        let places = [
            at(300.0, 100.0, 200.0, 180.0),
            at(0.0, 300.0, 200.0, 180.0),
            at(0.0, 100.0, 200.0, 220.0),
            at(300.0, 300.0, 200.0, 180.0),
            at(0.0, 560.0, 500.0, 80.0),
        ];
        assert_eq!(
            reading_order(&places),
            vec![(2, 0), (0, 0), (1, 1), (3, 1), (4, 2)]
        );
        assert_eq!(reading_order(&[]), vec![]);
        // Not a number (a box the browser could not measure) does not panic.
        assert_eq!(reading_order(&[at(f64::NAN, 0.0, 1.0, 1.0)]).len(), 1);
    }

    #[test]
    fn row_column_scanning_walks_rows_then_the_items_of_the_chosen_row() {
        // 2 rows of 3.
        let mut s = Scanner::new(auto(Pattern::RowColumn), &grid(6, 3), 0);
        assert_eq!(lit(&s), Some((0, 3)));
        s.tick(999);
        assert_eq!(lit(&s), Some((0, 3)));
        s.tick(1_000);
        assert_eq!(lit(&s), Some((3, 6)));
        assert_eq!(tap(&mut s, Switch::Select, 1_500), None);
        assert_eq!(s.scope(), Some(Span::new(3, 6)));
        assert_eq!(lit(&s), Some((3, 4)));
        s.tick(2_500);
        assert_eq!(lit(&s), Some((4, 5)));
        assert_eq!(tap(&mut s, Switch::Select, 2_600), Some(4));
        // A choice starts again from the first row.
        assert_eq!(lit(&s), Some((0, 3)));
        assert_eq!(s.scope(), None);
    }

    #[test]
    fn item_scanning_walks_every_item_and_the_first_step_is_longer() {
        let access = Access {
            first_step_ms: 2_500,
            ..auto(Pattern::Items)
        };
        let mut s = Scanner::new(access, &grid(3, 3), 0);
        s.tick(2_499);
        assert_eq!(lit(&s), Some((0, 1)));
        s.tick(2_500);
        assert_eq!(lit(&s), Some((1, 2)));
        s.tick(3_500);
        assert_eq!(lit(&s), Some((2, 3)));
        s.tick(4_500);
        assert_eq!(
            lit(&s),
            Some((0, 1)),
            "a new round starts at the first item"
        );
        assert_eq!(s.next_change_ms(), Some(7_000));
    }

    #[test]
    fn group_scanning_halves_until_one_item_is_left() {
        let mut s = Scanner::new(auto(Pattern::Groups), &grid(7, 7), 0);
        assert_eq!(lit(&s), Some((0, 4)));
        s.tick(1_000);
        assert_eq!(lit(&s), Some((4, 7)));
        tap(&mut s, Switch::Select, 1_100);
        assert_eq!(lit(&s), Some((4, 6)));
        tap(&mut s, Switch::Select, 1_200);
        assert_eq!(lit(&s), Some((4, 5)));
        s.tick(2_200);
        assert_eq!(lit(&s), Some((5, 6)));
        assert_eq!(tap(&mut s, Switch::Select, 2_300), Some(5));
    }

    #[test]
    fn rounds_without_a_choice_go_back_up_then_stop_until_a_press() {
        let mut s = Scanner::new(auto(Pattern::RowColumn), &grid(4, 2), 0);
        tap(&mut s, Switch::Select, 10); // into the first row
        assert_eq!(lit(&s), Some((0, 1)));
        // Two rounds of two items: back to the rows, on the row it went into.
        s.tick(4_010);
        assert_eq!(s.scope(), None);
        assert_eq!(lit(&s), Some((0, 2)));
        // Two rounds of the two rows: scanning stops.
        s.tick(8_010);
        assert!(s.waiting());
        assert_eq!(lit(&s), None);
        assert_eq!(s.next_change_ms(), None);
        // A press starts it again; it does not choose.
        assert_eq!(tap(&mut s, Switch::Select, 20_000), None);
        assert_eq!(lit(&s), Some((0, 2)));
    }

    #[test]
    fn scanning_can_wait_for_a_first_press() {
        let access = Access {
            start_by_press: true,
            ..auto(Pattern::Items)
        };
        let mut s = Scanner::new(access, &grid(3, 3), 0);
        s.tick(10_000);
        assert!(s.waiting());
        assert_eq!(tap(&mut s, Switch::Select, 10_000), None);
        assert_eq!(lit(&s), Some((0, 1)));
    }

    #[test]
    fn after_a_choice_scanning_can_go_on_from_where_it_was() {
        let access = Access {
            restart_after_choice: false,
            ..auto(Pattern::RowColumn)
        };
        let mut s = Scanner::new(access, &grid(6, 3), 0);
        s.tick(1_000);
        tap(&mut s, Switch::Select, 1_100);
        assert_eq!(tap(&mut s, Switch::Select, 1_200), Some(3));
        assert_eq!(lit(&s), Some((3, 6)), "the row that held the choice");
    }

    #[test]
    fn step_scanning_moves_with_one_switch_and_chooses_with_the_other() {
        let access = Access {
            method: Method::StepScan,
            pattern: Pattern::Items,
            ignore_repeat_ms: 0,
            ..Access::default()
        };
        let mut s = Scanner::new(access, &grid(3, 3), 0);
        assert_eq!(lit(&s), None);
        s.tick(60_000);
        assert_eq!(lit(&s), None, "nothing moves by itself");
        tap(&mut s, Switch::Move, 60_000);
        assert_eq!(lit(&s), Some((0, 1)));
        tap(&mut s, Switch::Move, 60_100);
        tap(&mut s, Switch::Move, 60_200);
        assert_eq!(lit(&s), Some((2, 3)));
        s.tick(600_000);
        assert_eq!(lit(&s), Some((2, 3)));
        tap(&mut s, Switch::Move, 600_100);
        assert_eq!(lit(&s), Some((0, 1)), "after the last, the first again");
        assert_eq!(tap(&mut s, Switch::Select, 600_200), Some(0));
    }

    #[test]
    fn a_press_counts_only_when_held_long_enough() {
        let access = Access {
            hold_ms: 300,
            ..auto(Pattern::Items)
        };
        let mut s = Scanner::new(access, &grid(3, 3), 0);
        // Too short: nothing.
        assert_eq!(s.press(Switch::Select, 100), None);
        assert_eq!(s.next_change_ms(), Some(400));
        assert_eq!(s.release(Switch::Select, 250), None);
        // Held: scanning stands still, and the press counts when the hold time is reached,
        // for the item lit when it began.
        assert_eq!(s.press(Switch::Select, 900), None);
        assert_eq!(s.tick(1_100), None);
        assert_eq!(
            lit(&s),
            Some((0, 1)),
            "scanning stands still while the switch is held"
        );
        assert_eq!(s.tick(1_200), Some(0));
        assert_eq!(s.release(Switch::Select, 1_500), None);
        // A short press keeps the step's time: the time held does not count.
        s.tick(1_800);
        s.press(Switch::Select, 1_800);
        s.release(Switch::Select, 2_000);
        assert_eq!(lit(&s), Some((0, 1)));
        assert_eq!(s.next_change_ms(), Some(2_400));
    }

    #[test]
    fn presses_right_after_a_counted_one_and_key_repeats_are_ignored() {
        let access = Access {
            ignore_repeat_ms: 500,
            ..auto(Pattern::Items)
        };
        let mut s = Scanner::new(access, &grid(4, 4), 0);
        s.tick(1_000);
        assert_eq!(tap(&mut s, Switch::Select, 1_000), Some(1));
        // A bounce of the same hand.
        assert_eq!(tap(&mut s, Switch::Select, 1_200), None);
        // The key's auto-repeat: downs without an up.
        assert_eq!(s.press(Switch::Select, 1_900), Some(0));
        assert_eq!(s.press(Switch::Select, 2_600), None);
        assert_eq!(s.press(Switch::Select, 3_200), None);
        s.release(Switch::Select, 3_300);
        assert_eq!(tap(&mut s, Switch::Select, 3_400), Some(1));
    }

    #[test]
    fn two_switches_counting_at_once_make_one_choice() {
        let access = Access {
            hold_ms: 500,
            ..auto(Pattern::Items)
        };
        let mut s = Scanner::new(access, &grid(3, 3), 0);
        s.press(Switch::Select, 100);
        s.press(Switch::Move, 100);
        assert_eq!(s.tick(600), Some(0));
        assert_eq!(lit(&s), Some((0, 1)));
        assert_eq!(s.next_change_ms(), Some(1_600));
        assert_eq!(s.tick(5_000), None);
    }

    #[test]
    fn directional_keys_move_over_rows_and_columns() {
        let access = Access {
            method: Method::Keys,
            ignore_repeat_ms: 0,
            ..Access::default()
        };
        // Rows of 3, 3 and 1.
        let mut s = Scanner::new(access, &grid(7, 3), 0);
        assert_eq!(lit(&s), None);
        s.direction(Direction::Right, 1);
        assert_eq!(lit(&s), Some((0, 1)), "the first key shows where one is");
        s.direction(Direction::Right, 2);
        s.direction(Direction::Right, 3);
        s.direction(Direction::Down, 4);
        assert_eq!(lit(&s), Some((5, 6)));
        s.direction(Direction::Down, 5);
        assert_eq!(lit(&s), Some((6, 7)), "the short last row");
        s.direction(Direction::Down, 6);
        assert_eq!(lit(&s), Some((6, 7)));
        s.direction(Direction::Up, 7);
        assert_eq!(lit(&s), Some((3, 4)));
        s.direction(Direction::Left, 8);
        assert_eq!(lit(&s), Some((2, 3)), "left goes back in reading order");
        assert_eq!(tap(&mut s, Switch::Select, 9), Some(2));
    }

    #[test]
    fn dwell_chooses_after_the_time_and_not_before_and_only_once() {
        let access = Access {
            method: Method::Dwell,
            dwell_ms: 1_000,
            ..Access::default()
        };
        let mut s = Scanner::new(access, &grid(4, 2), 0);
        assert_eq!(s.point(Some(2), 100), None);
        assert_eq!(lit(&s), Some((2, 3)));
        assert_eq!(s.tick(1_099), None);
        assert!((s.dwell_progress(600) - 0.5).abs() < 1e-9);
        assert_eq!(s.next_change_ms(), Some(1_100));
        assert_eq!(s.tick(1_100), Some(2));
        assert_eq!(
            s.tick(5_000),
            None,
            "resting on it longer chooses nothing more"
        );
        assert_eq!(lit(&s), None);
        // Moving to another item starts again.
        s.point(Some(3), 5_000);
        s.point(None, 5_500);
        assert_eq!(s.tick(7_000), None, "off every item");
        s.point(Some(2), 7_000);
        assert_eq!(s.tick(8_000), Some(2));
    }

    #[test]
    fn a_new_screen_starts_from_the_top_and_the_same_one_keeps_the_place() {
        let mut s = Scanner::new(auto(Pattern::Items), &grid(3, 3), 0);
        s.tick(1_000);
        s.set_items(&grid(3, 3), 1_500);
        assert_eq!(lit(&s), Some((1, 2)));
        s.set_items(&grid(5, 5), 1_600);
        assert_eq!(lit(&s), Some((0, 1)));
        assert_eq!(s.next_change_ms(), Some(2_600));
        s.set_items(&[], 1_700);
        assert_eq!(lit(&s), None);
    }

    #[test]
    fn touch_highlights_nothing_and_switches_do_nothing() {
        let mut s = Scanner::new(Access::default(), &grid(4, 2), 0);
        assert_eq!(tap(&mut s, Switch::Select, 10), None);
        s.direction(Direction::Down, 20);
        assert_eq!(s.point(Some(1), 30), None);
        assert_eq!(s.tick(100_000), None);
        assert_eq!(s.highlight(), Highlight::Nothing);
    }

    #[test]
    fn stored_settings_are_read_leniently_and_brought_within_range() {
        let access: Access = serde_json::from_value(serde_json::json!({
            "method": "auto-scan",
            "scan_ms": 20,
            "first_step_ms": 10,
            "rounds": 0,
            "hold_ms": 99_999,
            "dwell_ms": 1,
        }))
        .expect("reads");
        let access = access.clamped();
        assert_eq!(access.method, Method::AutoScan);
        assert_eq!(access.pattern, Pattern::RowColumn);
        assert_eq!(access.scan_ms, SCAN_MS.0);
        assert_eq!(access.first_step_ms, SCAN_MS.0);
        assert_eq!(access.rounds, ROUNDS.0);
        assert_eq!(access.hold_ms, MAX_HOLD_MS);
        assert_eq!(access.dwell_ms, DWELL_MS.0);
        assert_eq!(Access::default().clamped(), Access::default());
    }

    /// Reads stored access settings as the profile editor and the scanner do.
    fn stored(json: serde_json::Value) -> Access {
        StoredAccess(json).read()
    }

    #[test]
    fn the_usual_switch_keys_are_space_or_1_and_enter_or_2() {
        let access = Access::default();
        assert_eq!(access.switch_1_keys, owned(&[" ", "1"]));
        assert_eq!(access.switch_2_keys, owned(&["Enter", "2"]));
        assert_eq!(access.clone().clamped(), access);
        assert!(access.is_usual());
        assert!(StoredAccess::from(access).is_usual(), "nothing is written");
    }

    /// Issue #25: a profile stored before the keys could be assigned reads as the usual
    /// keys, with its other settings kept.
    #[test]
    fn a_profile_stored_without_keys_has_the_usual_ones() {
        let access = stored(serde_json::json!({ "method": "step-scan", "pattern": "items" }));
        assert_eq!(access.method, Method::StepScan);
        assert_eq!(access.pattern, Pattern::Items);
        assert_eq!(access.switch_1_keys, owned(&SWITCH_1_KEYS));
        assert_eq!(access.switch_2_keys, owned(&SWITCH_2_KEYS));
        // Nothing stored at all: touch, as it comes.
        assert!(stored(serde_json::Value::Null).is_usual());
    }

    #[test]
    fn assigned_keys_are_kept_and_come_back_the_same() {
        let access = Access {
            method: Method::StepScan,
            switch_1_keys: owned(&["a"]),
            switch_2_keys: owned(&["b", "PageDown"]),
            ..Access::default()
        };
        let kept = StoredAccess::from(access.clone());
        assert_eq!(kept.read(), access);
        let json: serde_json::Value = serde_json::from_str(&kept.json()).expect("json");
        assert_eq!(json["switch_1_keys"], serde_json::json!(["a"]));
        // Touch with other keys is not the usual: it is written, so that the keys are
        // there when the facilitator turns scanning on.
        let touch = Access {
            switch_1_keys: owned(&["a"]),
            ..Access::default()
        };
        assert!(!touch.is_usual());
        assert_eq!(StoredAccess::from(touch.clone()).read(), touch);
    }

    #[test]
    fn a_key_is_written_one_way() {
        assert_eq!(switch_key("A").as_deref(), Some("a"), "Shift or Caps Lock");
        assert_eq!(switch_key("a").as_deref(), Some("a"));
        assert_eq!(switch_key(" ").as_deref(), Some(" "));
        assert_eq!(
            switch_key("Spacebar").as_deref(),
            Some(" "),
            "an old browser"
        );
        assert_eq!(switch_key("Enter").as_deref(), Some("Enter"));
        assert_eq!(switch_key("ArrowUp").as_deref(), Some("ArrowUp"));
        assert_eq!(switch_key("Ñ").as_deref(), Some("ñ"));
        for refused in [
            "Shift", "Control", "Alt", "Meta", "Tab", "Escape", "", "\n", "\u{7}",
        ] {
            assert_eq!(switch_key(refused), None, "{refused:?}");
        }
        assert_eq!(
            switch_key(&"x".repeat(MAX_KEY_CHARS)).map(|k| k.len()),
            Some(MAX_KEY_CHARS)
        );
        assert_eq!(switch_key(&"x".repeat(MAX_KEY_CHARS + 1)), None);
        // Characters, not bytes: twenty accented letters are a (strange) key.
        assert!(switch_key(&"é".repeat(MAX_KEY_CHARS)).is_some());
    }

    #[test]
    fn switch_keys_are_brought_within_bounds() {
        let clamp = |one: &[&str], two: &[&str]| {
            let access = Access {
                switch_1_keys: owned(one),
                switch_2_keys: owned(two),
                ..Access::default()
            }
            .clamped();
            (access.switch_1_keys, access.switch_2_keys)
        };
        // At most four keys each, repeats and refused keys left out first.
        assert_eq!(
            clamp(&["a", "A", "Shift", "b", "c", "d", "e"], &["Enter"]),
            (owned(&["a", "b", "c", "d"]), owned(&["Enter"]))
        );
        // A key of both switches is switch 2's.
        assert_eq!(
            clamp(&["a", "Enter"], &["Enter"]),
            (owned(&["a"]), owned(&["Enter"]))
        );
        // A switch with no key left has its usual keys, but never one of the other's.
        assert_eq!(
            clamp(&["Enter"], &["Enter"]),
            (owned(&[" ", "1"]), owned(&["Enter"]))
        );
        assert_eq!(clamp(&["a"], &[]), (owned(&["a"]), owned(&["Enter", "2"])));
        assert_eq!(clamp(&["Shift"], &["1"]), (owned(&[" "]), owned(&["1"])));
        // Switch 2 holds all of switch 1's usual keys: both go back to the usual.
        assert_eq!(
            clamp(&[" "], &[" ", "1"]),
            (owned(&SWITCH_1_KEYS), owned(&SWITCH_2_KEYS))
        );
    }

    #[test]
    fn the_facilitator_gives_a_switch_its_key() {
        let step = Access {
            method: Method::StepScan,
            ..Access::default()
        };
        let set = |access: &Access, switch, key| match access.assign_key(switch, key) {
            KeyAssignment::Set(access) => (access.switch_1_keys, access.switch_2_keys),
            other => panic!("{key:?}: {other:?}"),
        };
        assert_eq!(
            set(&step, Switch::Move, "a"),
            (owned(&["a"]), owned(&["Enter", "2"]))
        );
        assert_eq!(
            set(&step, Switch::Select, "B"),
            (owned(&[" ", "1"]), owned(&["b"]))
        );
        assert_eq!(
            set(&step, Switch::Move, "1"),
            (owned(&["1"]), owned(&["Enter", "2"]))
        );
        // The other switch's key, in step scanning: refused, so that neither loses it.
        assert_eq!(step.assign_key(Switch::Move, "Enter"), KeyAssignment::Taken);
        assert_eq!(step.assign_key(Switch::Select, " "), KeyAssignment::Taken);
        for refused in ["Escape", "Tab", "Shift", "Control", "Meta", "Alt"] {
            assert_eq!(
                step.assign_key(Switch::Move, refused),
                KeyAssignment::Refused
            );
        }
        // One switch: switch 2's keys choose as well, so they are already the switch's.
        let auto = Access {
            method: Method::AutoScan,
            ..Access::default()
        };
        assert_eq!(
            auto.assign_key(Switch::Move, "Enter"),
            KeyAssignment::Already
        );
        assert_eq!(
            set(&auto, Switch::Move, "x"),
            (owned(&["x"]), owned(&["Enter", "2"]))
        );
        // The arrow keys move with that method: none of them can choose.
        let arrows = Access {
            method: Method::Keys,
            ..Access::default()
        };
        assert_eq!(
            arrows.assign_key(Switch::Move, "ArrowUp"),
            KeyAssignment::Refused
        );
        assert_eq!(set(&step, Switch::Move, "ArrowUp").0, owned(&["ArrowUp"]));
        // The key it has already, alone.
        let mine = match step.assign_key(Switch::Move, "a") {
            KeyAssignment::Set(access) => access,
            other => panic!("{other:?}"),
        };
        assert_eq!(mine.assign_key(Switch::Move, "A"), KeyAssignment::Already);
    }

    #[test]
    fn hostile_stored_keys_never_cost_the_other_settings() {
        let huge: Vec<String> = (0..100_000).map(|n| n.to_string()).collect();
        let access = stored(serde_json::json!({
            "method": "auto-scan",
            "scan_ms": 4_000,
            "switch_1_keys": huge,
            "switch_2_keys": ["x".repeat(10_000), "Escape", "Tab", "b"],
        }));
        assert_eq!(access.method, Method::AutoScan, "never back to touch");
        assert_eq!(access.scan_ms, 4_000);
        assert_eq!(access.switch_1_keys, owned(&["0", "1", "2", "3"]));
        assert_eq!(access.switch_2_keys, owned(&["b"]));

        // Numbers among the keys are skipped; the strings are kept.
        let access = stored(serde_json::json!({
            "method": "step-scan",
            "switch_1_keys": [1, "a", null, {"key": "b"}, ["c"]],
            "switch_2_keys": [2, 3],
        }));
        assert_eq!(access.method, Method::StepScan);
        assert_eq!(access.switch_1_keys, owned(&["a"]));
        assert_eq!(access.switch_2_keys, owned(&SWITCH_2_KEYS));

        // Not a list at all: that field only is the usual.
        let access = stored(serde_json::json!({
            "method": "step-scan",
            "hold_ms": 500,
            "switch_1_keys": "a",
            "switch_2_keys": 7,
        }));
        assert_eq!(access.method, Method::StepScan);
        assert_eq!(access.hold_ms, 500);
        assert_eq!(access.switch_1_keys, owned(&SWITCH_1_KEYS));
        assert_eq!(access.switch_2_keys, owned(&SWITCH_2_KEYS));
        let access = stored(serde_json::json!({ "method": "keys", "switch_2_keys": {"0": "b"} }));
        assert_eq!(access.method, Method::Keys);
        assert_eq!(access.switch_2_keys, owned(&SWITCH_2_KEYS));
    }

    #[test]
    fn a_long_silence_costs_no_more_than_the_rounds() {
        let mut s = Scanner::new(auto(Pattern::Items), &grid(12, 4), 0);
        s.tick(u64::MAX / 2);
        assert!(s.waiting());
    }

    /// The table of the module's doc: presses a choice takes in step scanning, on average
    /// over every item of the screen and at worst, by pattern.
    fn presses(pattern: Pattern, rows: &[u32]) -> (f64, u32) {
        let all: Vec<u32> = (0..rows.len())
            .map(|item| effort(pattern, rows, item).presses())
            .collect();
        let mean = f64::from(all.iter().sum::<u32>()) / all.len() as f64;
        (
            (mean * 10.0).round() / 10.0,
            all.into_iter().max().unwrap_or(0),
        )
    }

    #[test]
    fn the_figures_of_the_doc_hold() {
        let screens = [
            (grid(4, 2), [(3.0, 4), (2.5, 4), (3.0, 4)]),
            (grid(9, 3), [(4.0, 6), (5.0, 9), (4.7, 6)]),
            (grid(16, 4), [(5.0, 8), (8.5, 16), (6.0, 8)]),
            (grid(20, 1), [(10.5, 20), (10.5, 20), (6.4, 8)]),
        ];
        for (rows, expected) in screens {
            let found: Vec<(f64, u32)> = Pattern::ALL.iter().map(|&p| presses(p, &rows)).collect();
            assert_eq!(found, expected, "{} items", rows.len());
        }
    }

    #[test]
    fn the_effort_of_a_choice_by_pattern() {
        // A 3×4 grid: the last item.
        let rows = grid(12, 4);
        assert_eq!(
            effort(Pattern::Items, &rows, 11),
            Effort {
                moves: 11,
                selects: 1
            }
        );
        assert_eq!(
            effort(Pattern::RowColumn, &rows, 11),
            Effort {
                moves: 5,
                selects: 2
            }
        );
        // 12 → 6+6 → 3+3 → 2+1: item 11 is in the second half each time.
        assert_eq!(
            effort(Pattern::Groups, &rows, 11),
            Effort {
                moves: 3,
                selects: 3
            }
        );
        assert_eq!(effort(Pattern::Items, &rows, 0).presses(), 1);
    }

    proptest::proptest! {
        /// Whatever the settings, the screen and the events, the highlight and every choice
        /// stay on the screen's items, and nothing panics.
        #[test]
        fn highlights_and_choices_stay_on_the_screen(
            method in 0usize..5,
            pattern in 0usize..3,
            scan_ms in 0u32..12_000,
            rounds in 0u8..12,
            hold_ms in 0u32..3_000,
            ignore_repeat_ms in 0u32..4_000,
            start_by_press: bool,
            restart_after_choice: bool,
            row_lengths in proptest::collection::vec(1usize..6, 0..6),
            events in proptest::collection::vec((0u8..7, 0u64..5_000, 0usize..40), 0..80),
        ) {
            let access = Access {
                method: Method::ALL[method],
                pattern: Pattern::ALL[pattern],
                scan_ms,
                first_step_ms: scan_ms,
                rounds,
                hold_ms,
                ignore_repeat_ms,
                start_by_press,
                restart_after_choice,
                ..Access::default()
            };
            let rows: Vec<u32> = row_lengths
                .iter()
                .enumerate()
                .flat_map(|(row, &n)| std::iter::repeat_n(row as u32, n))
                .collect();
            let mut s = Scanner::new(access, &rows, 0);
            let mut now = 0;
            for (kind, gap, n) in events {
                now += gap;
                let switch = if n % 2 == 0 { Switch::Select } else { Switch::Move };
                let chosen = match kind {
                    0 => s.press(switch, now),
                    1 => s.release(switch, now),
                    2 => s.tick(now),
                    3 => s.point((n < rows.len() + 2).then_some(n), now),
                    4 => {
                        s.direction([Direction::Up, Direction::Down, Direction::Left, Direction::Right][n % 4], now);
                        None
                    }
                    5 => {
                        s.set_items(&rows[..n.min(rows.len())], now);
                        None
                    }
                    _ => {
                        let chosen = s.tick(now);
                        if let Some(at) = s.next_change_ms() {
                            proptest::prop_assert!(at > now, "{at} after a tick at {now}");
                        }
                        chosen
                    }
                };
                let len = s.rows.len();
                if let Some(item) = chosen {
                    proptest::prop_assert!(item < len);
                }
                if let Highlight::Items(span) = s.highlight() {
                    proptest::prop_assert!(!span.is_empty() && span.end <= len);
                }
            }
        }
    }
}
