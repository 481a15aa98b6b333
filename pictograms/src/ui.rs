//! The interface's own pictures: one picture for one meaning, listed once.
//!
//! Every picture that person mode shows for something the interface means (home, done,
//! undo, the next product, a change of plan …) comes from this table, never from a code
//! written in a screen. A person who cannot read learns a picture once, so the same
//! picture must never mean two things: the tests below refuse two meanings that share a
//! picture, and any OpenMoji code written elsewhere in the workspace's screens. The
//! build precaches every OpenMoji picture named here (`scripts/finish_build.py` reads
//! this file), so they show offline from the first visit.

use pictokit_domain::history::ChangeKind;
use pictokit_domain::profile::Component;

/// Where a picture of the interface comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// An OpenMoji symbol by its code (`2705`): a colour picture and a black outline one
    /// for high contrast.
    OpenMoji(&'static str),
    /// A drawing of ours under `public/pictograms/ui/` (one picture for every theme).
    Drawn(&'static str),
}

/// A picture of the interface and the one thing it means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UiPicture {
    /// What it means, in a few words (the table in `pictograms/README.md`).
    pub meaning: &'static str,
    /// The picture.
    pub source: Source,
}

impl UiPicture {
    /// Its path relative to the site root; `black` asks for the outline set of high
    /// contrast where there is one.
    pub fn path(&self, black: bool) -> String {
        match self.source {
            Source::OpenMoji(code) => crate::library::image_path(code, black),
            Source::Drawn(path) => path.to_owned(),
        }
    }

    /// The OpenMoji code, for pictures that are one (a stored reference such as
    /// `om:1F4CB`).
    pub fn code(&self) -> Option<&'static str> {
        match self.source {
            Source::OpenMoji(code) => Some(code),
            Source::Drawn(_) => None,
        }
    }
}

const fn om(meaning: &'static str, code: &'static str) -> UiPicture {
    UiPicture {
        meaning,
        source: Source::OpenMoji(code),
    }
}

const fn drawn(meaning: &'static str, path: &'static str) -> UiPicture {
    UiPicture {
        meaning,
        source: Source::Drawn(path),
    }
}

// ---- Everywhere in person mode ----

/// The person's home (the way home in the header of every person screen).
pub const HOME: UiPicture = drawn("the person's home", "pictograms/ui/home.svg");
/// The person's own pictograms (the home tile "My pictograms").
pub const MY_PICTOGRAMS: UiPicture = drawn("my own pictograms", "pictograms/ui/my-pictograms.svg");
/// Done, finished, right, in the basket, paid.
pub const DONE: UiPicture = om("done, finished, right", "2705");
/// No, not right (the answer to "is the change right?").
pub const WRONG: UiPicture = om("no, not right", "274E");
/// Undo: take back what was just done (a product out of the basket, an activity marked
/// done, a payment, an amount typed at the till).
pub const UNDO: UiPicture = om("undo, take back", "21A9");
/// Again: choose or try once more.
pub const AGAIN: UiPicture = om("again, once more", "1F501");
/// The one before (product, question, step).
pub const PREVIOUS: UiPicture = om("the one before", "2B05");
/// The one after; "then" on a first–then board.
pub const NEXT: UiPicture = om("the one after, then", "27A1");
/// Skip it: not there in the shop, a question left out.
pub const SKIP: UiPicture = om("skip, not there", "23ED");
/// Well done, thank you: the end of a task.
pub const WELL_DONE: UiPicture = om("well done, thank you", "1F389");
/// A reminder of what comes.
pub const REMINDER: UiPicture = om("a reminder", "1F514");

// ---- The shopping helper ----

/// A shopping list (back to the list from the till).
pub const LIST: UiPicture = om("the shopping list", "1F5D2");
/// Put it in the basket.
pub const BASKET: UiPicture = om("in the basket", "1F9FA");
/// The price changed: a new price.
pub const PRICE: UiPicture = om("a price", "1F3F7");
/// Money is running low.
pub const LOW: UiPicture = om("money running low", "26A0");
/// It does not fit in the money, or the wallet is not enough.
pub const STOP: UiPicture = om("does not fit, not enough", "1F6D1");
/// Go and pay at the till.
pub const PAY: UiPicture = om("pay at the till", "1F4B6");
/// Practise with money.
pub const PRACTICE: UiPicture = om("practise with money", "1FA99");

// ---- The day ----

/// The morning.
pub const MORNING: UiPicture = om("the morning", "1F305");
/// The afternoon.
pub const AFTERNOON: UiPicture = om("the afternoon", "2600");
/// The evening.
pub const EVENING: UiPicture = om("the evening", "1F319");
/// A change of plan.
pub const CHANGE: UiPicture = om("a change of plan", "1F504");
/// Not today: cancelled.
pub const CANCELLED: UiPicture = om("not today", "1F6AB");
/// The week.
pub const WEEK: UiPicture = om("the week", "1F4C5");
/// The steps of a routine.
pub const STEPS: UiPicture = om("the steps", "1F4CB");
/// Free time.
pub const FREE: UiPicture = om("free time", "1F6CB");
/// Nothing more today.
pub const DAY_OVER: UiPicture = om("nothing more today", "1F6CF");
/// Things to bring.
pub const BRING: UiPicture = om("things to bring", "1F392");
/// A reward.
pub const REWARD: UiPicture = om("a reward", "1F381");

// ---- The questionnaire ----

/// I don't know.
pub const DONT_KNOW: UiPicture = om("I don't know", "2753");
/// Important to me.
pub const IMPORTANT: UiPicture = om("important to me", "2B50");

// ---- The sorting mat's places ----

/// I love it.
pub const LOVE: UiPicture = om("I love it", "1F60D");
/// I like it.
pub const LIKE: UiPicture = om("I like it", "1F642");
/// I am not sure.
pub const UNSURE: UiPicture = om("not sure", "1F610");
/// I don't like it.
pub const DISLIKE: UiPicture = om("I don't like it", "1F641");
/// I really don't like it.
pub const HATE: UiPicture = om("I really don't like it", "1F616");

// ---- The change history, read with the person ----

/// How the person's screen looks and speaks (a change of its settings).
pub const SETTINGS: UiPicture = om("how my screen looks and speaks", "2699");
/// A sorting mat (a change of one).
pub const MAT: UiPicture = om("a sorting mat", "1F5C2");

/// Every picture of the interface, each with its one meaning.
pub const ALL: [UiPicture; 38] = [
    HOME,
    DONE,
    WRONG,
    UNDO,
    AGAIN,
    PREVIOUS,
    NEXT,
    SKIP,
    WELL_DONE,
    REMINDER,
    LIST,
    BASKET,
    PRICE,
    LOW,
    STOP,
    PAY,
    PRACTICE,
    MORNING,
    AFTERNOON,
    EVENING,
    CHANGE,
    CANCELLED,
    WEEK,
    STEPS,
    FREE,
    DAY_OVER,
    BRING,
    REWARD,
    DONT_KNOW,
    IMPORTANT,
    LOVE,
    LIKE,
    UNSURE,
    DISLIKE,
    HATE,
    MY_PICTOGRAMS,
    SETTINGS,
    MAT,
];

/// The picture of a kind of change in the history (its path; `black` for high
/// contrast): the picture that already means that thing on the person's screens (the
/// shopping list, the schedule's and the questionnaire's tiles, my own pictograms), or one
/// of the history's own. `None` for a new avatar, shown with the avatar itself.
pub fn change_kind_picture(kind: ChangeKind, black: bool) -> Option<String> {
    Some(match kind {
        ChangeKind::Settings => SETTINGS.path(black),
        ChangeKind::List => LIST.path(black),
        ChangeKind::Schedule => crate::component_symbol(Component::Schedule).path.to_owned(),
        ChangeKind::Questionnaire => crate::component_symbol(Component::Questionnaire)
            .path
            .to_owned(),
        ChangeKind::Board => MY_PICTOGRAMS.path(black),
        ChangeKind::Mat => MAT.path(black),
        ChangeKind::Avatar => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::Library;
    use std::collections::BTreeMap;
    use std::path::{Path, PathBuf};

    /// Every picture person mode shows with a meaning: the table, the components' tiles
    /// and the avatars (an avatar is the person, which is a meaning too).
    fn every_picture() -> Vec<(String, String)> {
        let mut all: Vec<(String, String)> = ALL
            .iter()
            .map(|p| (p.meaning.to_owned(), p.path(false)))
            .collect();
        for component in Component::ALL {
            let symbol = crate::component_symbol(component);
            all.push((
                format!("the {} tile", component.as_str()),
                symbol.path.to_owned(),
            ));
        }
        for avatar in crate::AVATARS {
            all.push((format!("the avatar {}", avatar.id), avatar.path.to_owned()));
        }
        all
    }

    #[test]
    fn no_two_meanings_share_a_picture() {
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        for (meaning, path) in every_picture() {
            if let Some(other) = seen.insert(path.clone(), meaning.clone()) {
                panic!("{path} means both \"{other}\" and \"{meaning}\"");
            }
        }
    }

    #[test]
    fn every_kind_of_change_has_its_own_picture() {
        let mut paths: Vec<String> = ChangeKind::ALL
            .into_iter()
            .filter_map(|kind| change_kind_picture(kind, false))
            .collect();
        let all = every_picture();
        for path in &paths {
            assert!(
                all.iter().any(|(_, p)| p == path),
                "{path} is not a picture with a meaning"
            );
        }
        let n_paths = paths.len();
        paths.sort_unstable();
        paths.dedup();
        assert_eq!(paths.len(), n_paths, "two kinds of change share a picture");
        assert_eq!(
            n_paths,
            ChangeKind::ALL.len() - 1,
            "only a new avatar is shown with itself"
        );
    }

    #[test]
    fn no_meaning_is_listed_twice() {
        let mut meanings: Vec<&str> = ALL.iter().map(|p| p.meaning).collect();
        meanings.sort_unstable();
        let n_meanings = meanings.len();
        meanings.dedup();
        assert_eq!(meanings.len(), n_meanings, "a meaning is listed twice");
    }

    #[test]
    fn the_table_lists_every_picture_once() {
        let listed: Vec<UiPicture> = ALL.to_vec();
        let source =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui.rs"))
                .expect("ui.rs is readable");
        let table = source.split("#[cfg(test)]").next().unwrap_or_default();
        let defined = table.matches(": UiPicture").count();
        assert_eq!(
            defined,
            listed.len(),
            "every picture defined here is in ALL"
        );
    }

    #[test]
    fn every_picture_exists() {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/index.json");
        let text = std::fs::read_to_string(&data).expect("the index is readable");
        let library = Library::from_json(&text).expect("the index parses");
        let public = Path::new(env!("CARGO_MANIFEST_DIR")).join("../public");
        for picture in ALL {
            match picture.source {
                Source::OpenMoji(code) => assert!(
                    library.get(code).is_some(),
                    "{code} ({}) is not in the bundled library",
                    picture.meaning
                ),
                Source::Drawn(path) => assert!(
                    public.join(path).is_file(),
                    "{path} ({}) is not drawn",
                    picture.meaning
                ),
            }
        }
    }

    /// The screens' source files of the workspace (outside this crate, tests and fixtures).
    fn screen_sources() -> Vec<PathBuf> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut found = Vec::new();
        let mut folders = vec![root.join("app/src"), root.join("components")];
        while let Some(folder) = folders.pop() {
            let Ok(entries) = std::fs::read_dir(&folder) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    if !path.ends_with("tests") && !path.ends_with("target") {
                        folders.push(path);
                    }
                } else if path.extension().is_some_and(|e| e == "rs") {
                    found.push(path);
                }
            }
        }
        found
    }

    /// A quoted OpenMoji code (`"1F6D2"`, `"2705"`) in a line of source.
    fn quoted_code(line: &str) -> Option<String> {
        let bytes: Vec<char> = line.chars().collect();
        let mut idx = 0;
        while idx < bytes.len() {
            if bytes[idx] == '"' {
                let rest: String = bytes[idx + 1..].iter().take_while(|c| **c != '"').collect();
                let is_code = (4..=5).contains(&rest.len())
                    && rest
                        .chars()
                        .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_lowercase())
                    && rest.chars().any(|c| c.is_ascii_digit());
                if is_code {
                    return Some(rest);
                }
                idx += rest.chars().count() + 2;
            } else {
                idx += 1;
            }
        }
        None
    }

    #[test]
    fn screens_take_their_pictures_from_this_table() {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/index.json");
        let text = std::fs::read_to_string(&data).expect("the index is readable");
        let library = Library::from_json(&text).expect("the index parses");
        let mut found = Vec::new();
        for path in screen_sources() {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            // Unit tests inside a file may quote codes as data.
            let code_part = text.split("#[cfg(test)]").next().unwrap_or_default();
            for (number, line) in code_part.lines().enumerate() {
                if line.trim_start().starts_with("//") {
                    continue;
                }
                if let Some(code) = quoted_code(line).filter(|c| library.get(c).is_some()) {
                    found.push(format!("{}:{}: \"{code}\"", path.display(), number + 1));
                }
            }
        }
        assert!(
            found.is_empty(),
            "interface pictures belong in pictograms/src/ui.rs:\n{}",
            found.join("\n")
        );
    }

    #[test]
    fn a_quoted_code_is_found() {
        assert_eq!(
            quoted_code(r#"    const X: &str = "1F504";"#),
            Some("1F504".into())
        );
        assert_eq!(
            quoted_code(r#"image_path("2705", black)"#),
            Some("2705".into())
        );
        assert_eq!(
            quoted_code(r#"let s = "face"; let t = "2B50";"#),
            Some("2B50".into())
        );
        assert_eq!(quoted_code(r#"let s = "BEEF";"#), None);
        assert_eq!(quoted_code(r#"let s = "2026";"#), Some("2026".into()));
    }
}
