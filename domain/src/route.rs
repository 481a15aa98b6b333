//! Where every screen is: the app's addresses, kept in the URL's hash so the app works from
//! any static host and offline.
//!
//! Pure, like the rest of the domain: the shell's router (`pictokit_shell::routes`) reads and
//! writes these, and a component reads the rest of its own path ([`quality::Place`],
//! [`workshop::Place`], [`workshop::Turn`], [`print::Sheet`]); plain `cargo test` checks
//! that every address reads back as what wrote it. Components never navigate by string.

use jiff::civil::Date;

/// A screen of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// Who is using Pictokit? (or the first-run welcome)
    Start,
    /// The facilitator's list of profiles.
    Facilitator,
    /// A new profile.
    NewProfile,
    /// Editing a profile.
    EditProfile(String),
    /// A person's own pictograms.
    Board(String),
    /// The person's screen, previewed by the facilitator.
    Preview(String),
    /// Settings of this device.
    Device,
    /// What Pictokit is, and the credits of what it ships.
    About,
    /// The person's own screen, locked.
    Person(String),
    /// A person's shopping lists and wallet, for the facilitator.
    ShoppingLists(String),
    /// One shopping list of a person, for the facilitator: (profile, list).
    ShoppingList(String, String),
    /// A person's wallet and how they pay, for the facilitator.
    Wallet(String),
    /// The shopping helper in person mode: (profile, where).
    Shop(String, ShopPlace),
    /// A person's schedule, for the facilitator.
    Schedule(String),
    /// The schedule in person mode: (profile, where).
    Day(String, DayPlace),
    /// A person's quality-of-life assessments, for the facilitator: (profile, the rest of
    /// the path, read by `pictokit_questionnaire::records::Place`, so the first page does not carry it).
    Quality(String, String),
    /// The person answering the questionnaire in person mode: (profile, assessment id;
    /// empty for the one waiting for them).
    Quiz(String, String),
    /// Answers to a file from another device, answered on this one (empty: open a file).
    Away(String),
    /// A sheet to print of a person: (profile, the rest of the path, read by
    /// `crate::print::Sheet`).
    Print(String, String),
    /// A person's co-design workshop, for the facilitator: (profile, the rest of the path,
    /// read by `pictokit_workshop::records::Place`: the workshop's home, a choice board, a sorting
    /// mat, the changes).
    Workshop(String, String),
    /// The person choosing or sorting in a workshop, in person mode: (profile, the rest of
    /// the path, read by `pictokit_workshop::records::Turn`).
    Choosing(String, String),
}

/// Where the person is in their schedule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DayPlace {
    /// Today: now, next and later (or the day as a list).
    Today,
    /// The week, a picture per day.
    Week,
    /// A routine played step by step: (activity id, date as `YYYY-MM-DD`).
    Routine(String, String),
    /// A first–then board, by its id.
    FirstThen(String),
}

/// Where the person is in the shopping helper.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShopPlace {
    /// Their lists, to choose one (and practice).
    Lists,
    /// In the shop with a list.
    List(String),
    /// At the till with a list.
    Till(String),
    /// Practising with money.
    Practice,
}

impl Route {
    /// Parses a location hash such as `#/person/p-12`. Unknown hashes are the start.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_matches('/');
        let parts: Vec<&str> = path.split('/').collect();
        match parts.as_slice() {
            ["facilitator"] => Route::Facilitator,
            ["facilitator", "new"] => Route::NewProfile,
            ["facilitator", "device"] => Route::Device,
            ["facilitator", "about"] => Route::About,
            ["facilitator", "profile", id] if !id.is_empty() => {
                Route::EditProfile((*id).to_owned())
            }
            ["facilitator", "profile", id, "pictograms"] if !id.is_empty() => {
                Route::Board((*id).to_owned())
            }
            ["facilitator", "preview", id] if !id.is_empty() => Route::Preview((*id).to_owned()),
            ["facilitator", "profile", id, "shopping"] if !id.is_empty() => {
                Route::ShoppingLists((*id).to_owned())
            }
            ["facilitator", "profile", id, "shopping", list]
                if !id.is_empty() && !list.is_empty() =>
            {
                Route::ShoppingList((*id).to_owned(), (*list).to_owned())
            }
            ["facilitator", "profile", id, "wallet"] if !id.is_empty() => {
                Route::Wallet((*id).to_owned())
            }
            ["person", id] if !id.is_empty() => Route::Person((*id).to_owned()),
            ["facilitator", "profile", id, "schedule"] if !id.is_empty() => {
                Route::Schedule((*id).to_owned())
            }
            ["person", id, "day"] if !id.is_empty() => {
                Route::Day((*id).to_owned(), DayPlace::Today)
            }
            ["person", id, "day", "week"] if !id.is_empty() => {
                Route::Day((*id).to_owned(), DayPlace::Week)
            }
            ["person", id, "day", "first-then", board] if !id.is_empty() && !board.is_empty() => {
                Route::Day((*id).to_owned(), DayPlace::FirstThen((*board).to_owned()))
            }
            ["person", id, "day", "routine", entry, date]
                if !id.is_empty() && !entry.is_empty() && !date.is_empty() =>
            {
                Route::Day(
                    (*id).to_owned(),
                    DayPlace::Routine((*entry).to_owned(), (*date).to_owned()),
                )
            }
            ["facilitator", "profile", id, "quality", rest @ ..] if !id.is_empty() => {
                Route::Quality((*id).to_owned(), rest.join("/"))
            }
            ["person", id, "quality", rest @ ..] if !id.is_empty() && rest.len() < 2 => {
                Route::Quiz((*id).to_owned(), rest.join(""))
            }
            ["facilitator", "answers", rest @ ..] if rest.len() < 2 => Route::Away(rest.join("")),
            ["facilitator", "profile", id, "print", rest @ ..] if !id.is_empty() => {
                Route::Print((*id).to_owned(), rest.join("/"))
            }
            ["facilitator", "profile", id, "workshop", rest @ ..] if !id.is_empty() => {
                Route::Workshop((*id).to_owned(), rest.join("/"))
            }
            ["person", id, "workshop", rest @ ..] if !id.is_empty() && !rest.is_empty() => {
                Route::Choosing((*id).to_owned(), rest.join("/"))
            }
            ["person", id, "shop"] if !id.is_empty() => {
                Route::Shop((*id).to_owned(), ShopPlace::Lists)
            }
            ["person", id, "shop", "practice"] if !id.is_empty() => {
                Route::Shop((*id).to_owned(), ShopPlace::Practice)
            }
            ["person", id, "shop", list] if !id.is_empty() && !list.is_empty() => {
                Route::Shop((*id).to_owned(), ShopPlace::List((*list).to_owned()))
            }
            ["person", id, "shop", list, "till"] if !id.is_empty() && !list.is_empty() => {
                Route::Shop((*id).to_owned(), ShopPlace::Till((*list).to_owned()))
            }
            _ => Route::Start,
        }
    }

    /// The hash of the route.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Start => "#/".to_owned(),
            Route::Facilitator => "#/facilitator".to_owned(),
            Route::NewProfile => "#/facilitator/new".to_owned(),
            Route::Device => "#/facilitator/device".to_owned(),
            Route::About => "#/facilitator/about".to_owned(),
            Route::EditProfile(id) => format!("#/facilitator/profile/{id}"),
            Route::Board(id) => format!("#/facilitator/profile/{id}/pictograms"),
            Route::Preview(id) => format!("#/facilitator/preview/{id}"),
            Route::Person(id) => format!("#/person/{id}"),
            Route::ShoppingLists(id) => format!("#/facilitator/profile/{id}/shopping"),
            Route::ShoppingList(id, list) => {
                format!("#/facilitator/profile/{id}/shopping/{list}")
            }
            Route::Wallet(id) => format!("#/facilitator/profile/{id}/wallet"),
            Route::Shop(id, ShopPlace::Lists) => format!("#/person/{id}/shop"),
            Route::Shop(id, ShopPlace::Practice) => format!("#/person/{id}/shop/practice"),
            Route::Shop(id, ShopPlace::List(list)) => format!("#/person/{id}/shop/{list}"),
            Route::Shop(id, ShopPlace::Till(list)) => format!("#/person/{id}/shop/{list}/till"),
            Route::Schedule(id) => format!("#/facilitator/profile/{id}/schedule"),
            Route::Day(id, DayPlace::Today) => format!("#/person/{id}/day"),
            Route::Day(id, DayPlace::Week) => format!("#/person/{id}/day/week"),
            Route::Day(id, DayPlace::Routine(entry, date)) => {
                format!("#/person/{id}/day/routine/{entry}/{date}")
            }
            Route::Day(id, DayPlace::FirstThen(board)) => {
                format!("#/person/{id}/day/first-then/{board}")
            }
            Route::Quality(id, rest) => {
                slashed(format!("#/facilitator/profile/{id}/quality"), rest)
            }
            Route::Quiz(id, rest) => slashed(format!("#/person/{id}/quality"), rest),
            Route::Away(rest) => slashed("#/facilitator/answers".to_owned(), rest),
            Route::Print(id, rest) => slashed(format!("#/facilitator/profile/{id}/print"), rest),
            Route::Workshop(id, rest) => {
                slashed(format!("#/facilitator/profile/{id}/workshop"), rest)
            }
            Route::Choosing(id, rest) => slashed(format!("#/person/{id}/workshop"), rest),
        }
    }

    /// The person whose person mode this route belongs to, if it is one.
    pub fn person(&self) -> Option<&str> {
        match self {
            Route::Person(id)
            | Route::Shop(id, _)
            | Route::Day(id, _)
            | Route::Quiz(id, _)
            | Route::Choosing(id, _) => Some(id),
            _ => None,
        }
    }

    /// Routes with the same key are one screen that follows the route itself (person mode
    /// keeps its lock and header while the person moves inside it).
    pub fn screen_key(&self) -> String {
        match self.person() {
            Some(id) => format!("person:{id}"),
            None => self.to_hash(),
        }
    }
}

/// A path with more after it, if there is more.
fn slashed(mut path: String, rest: &str) -> String {
    if !rest.is_empty() {
        path.push('/');
        path.push_str(rest);
    }
    path
}

/// The places inside a person's assessments.
pub mod quality {
    /// Where the facilitator is in a person's assessments (the rest of a
    /// [`Route::Quality`](super::Route) path).
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Place {
        /// The person's assessments, and new ones.
        List,
        /// One assessment: its team, who has answered, files, and the way on.
        Team(String),
        /// An informant answering in the form: (assessment, informant).
        Form(String, String),
        /// The integrated report for the team.
        Report(String),
        /// The report in easy-read, for the person.
        EasyReport(String),
        /// The support plan.
        Plan(String),
        /// The support plan in easy-read, for the person.
        EasyPlan(String),
    }

    impl Place {
        /// Reads the rest of a path; anything unknown is the list.
        pub fn parse(rest: &str) -> Place {
            let parts: Vec<&str> = rest.split('/').filter(|p| !p.is_empty()).collect();
            let owned = |s: &str| s.to_owned();
            match parts.as_slice() {
                [id] => Place::Team(owned(id)),
                [id, "answer", who] => Place::Form(owned(id), owned(who)),
                [id, "report"] => Place::Report(owned(id)),
                [id, "easy-report"] => Place::EasyReport(owned(id)),
                [id, "plan"] => Place::Plan(owned(id)),
                [id, "easy-plan"] => Place::EasyPlan(owned(id)),
                _ => Place::List,
            }
        }

        /// The rest of the path for it.
        pub fn path(&self) -> String {
            match self {
                Place::List => String::new(),
                Place::Team(id) => id.clone(),
                Place::Form(id, who) => format!("{id}/answer/{who}"),
                Place::Report(id) => format!("{id}/report"),
                Place::EasyReport(id) => format!("{id}/easy-report"),
                Place::Plan(id) => format!("{id}/plan"),
                Place::EasyPlan(id) => format!("{id}/easy-plan"),
            }
        }
    }
}

/// The places inside a person's co-design workshop.
pub mod workshop {
    use super::Route;

    /// Where the facilitator is in a person's workshop (`Route::Workshop`'s path).
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Place {
        /// The workshop's home: the session, choice boards, sorting mats and the changes.
        Home,
        /// The change history.
        Changes,
        /// A sorting mat's screens; the rest of the path (`new`, `<mat>`, `<mat>/…`).
        Mat(String),
        /// A choice board's screens; the rest of the path (`new`, `<board>`, `<board>/…`).
        Choice(String),
    }

    impl Place {
        /// Reads the rest of a `Route::Workshop` path; anything unknown is the home.
        pub fn parse(rest: &str) -> Place {
            match rest.split_once('/') {
                Some(("mat", more)) if !more.is_empty() => Place::Mat(more.to_owned()),
                Some(("choice", more)) if !more.is_empty() => Place::Choice(more.to_owned()),
                _ if rest == "changes" => Place::Changes,
                _ => Place::Home,
            }
        }

        /// The path after `…/workshop`.
        pub fn path(&self) -> String {
            match self {
                Place::Home => String::new(),
                Place::Changes => "changes".to_owned(),
                Place::Mat(rest) => format!("mat/{rest}"),
                Place::Choice(rest) => format!("choice/{rest}"),
            }
        }

        /// The route of this place for a profile.
        pub fn route(&self, profile_id: &str) -> Route {
            Route::Workshop(profile_id.to_owned(), self.path())
        }
    }

    /// What the person is doing in a workshop, in person mode (`Route::Choosing`'s path).
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Turn {
        /// Sorting the cards of a mat; the rest of the path (`<mat>/<session>`).
        Mat(String),
        /// Choosing on a choice board; the rest of the path (`<board>`…).
        Choice(String),
    }

    impl Turn {
        /// Reads the rest of a `Route::Choosing` path.
        pub fn parse(rest: &str) -> Option<Turn> {
            match rest.split_once('/') {
                Some(("mat", more)) if !more.is_empty() => Some(Turn::Mat(more.to_owned())),
                Some(("choice", more)) if !more.is_empty() => Some(Turn::Choice(more.to_owned())),
                _ => None,
            }
        }

        /// The route of this turn for a profile.
        pub fn route(&self, profile_id: &str) -> Route {
            let rest = match self {
                Turn::Mat(rest) => format!("mat/{rest}"),
                Turn::Choice(rest) => format!("choice/{rest}"),
            };
            Route::Choosing(profile_id.to_owned(), rest)
        }
    }
}

/// The sheets a facilitator prints.
pub mod print {
    use super::Date;

    /// What a print screen shows.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Sheet {
        /// A shopping list, by id.
        List(String),
        /// One day.
        Day(Date),
        /// The week (Monday to Sunday) of a date.
        Week(Date),
        /// A routine's steps, by routine id.
        Routine(String),
        /// The person's own pictograms ("My pictograms").
        Board,
        /// The results picture of a sorting mat's session: mat id, session id.
        Sorting(String, String),
    }

    impl Sheet {
        /// Reads the part of the address after `print/`.
        pub fn parse(rest: &str) -> Option<Sheet> {
            match rest.split('/').collect::<Vec<_>>().as_slice() {
                ["list", id] if !id.is_empty() => Some(Sheet::List((*id).to_owned())),
                ["day", date] => date.parse().ok().map(Sheet::Day),
                ["week", date] => date.parse().ok().map(Sheet::Week),
                ["routine", id] if !id.is_empty() => Some(Sheet::Routine((*id).to_owned())),
                ["board"] => Some(Sheet::Board),
                ["sorting", mat, session] if !mat.is_empty() && !session.is_empty() => {
                    Some(Sheet::Sorting((*mat).to_owned(), (*session).to_owned()))
                }
                _ => None,
            }
        }

        /// The part of the address after `print/`.
        pub fn path(&self) -> String {
            match self {
                Sheet::List(id) => format!("list/{id}"),
                Sheet::Day(date) => format!("day/{date}"),
                Sheet::Week(date) => format!("week/{date}"),
                Sheet::Routine(id) => format!("routine/{id}"),
                Sheet::Board => "board".to_owned(),
                Sheet::Sorting(mat, session) => format!("sorting/{mat}/{session}"),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::print::Sheet;
    use super::*;

    #[test]
    fn every_route_round_trips() {
        let routes = [
            Route::Start,
            Route::Facilitator,
            Route::NewProfile,
            Route::Device,
            Route::About,
            Route::EditProfile("p-1".into()),
            Route::Preview("p-2".into()),
            Route::Board("p-4".into()),
            Route::Person("p-3".into()),
            Route::ShoppingLists("p-5".into()),
            Route::ShoppingList("p-5".into(), "l-1".into()),
            Route::Schedule("p-5".into()),
            Route::Day("p-5".into(), DayPlace::Today),
            Route::Day("p-5".into(), DayPlace::Week),
            Route::Day(
                "p-5".into(),
                DayPlace::Routine("a-1".into(), "2026-11-23".into()),
            ),
            Route::Day("p-5".into(), DayPlace::FirstThen("ft-1".into())),
            Route::Wallet("p-5".into()),
            Route::Shop("p-5".into(), ShopPlace::Lists),
            Route::Shop("p-5".into(), ShopPlace::List("l-1".into())),
            Route::Shop("p-5".into(), ShopPlace::Till("l-1".into())),
            Route::Shop("p-5".into(), ShopPlace::Practice),
            Route::Quality("p-5".into(), String::new()),
            Route::Quality("p-5".into(), "q-1/answer/i-2".into()),
            Route::Quiz("p-5".into(), String::new()),
            Route::Quiz("p-5".into(), "q-1".into()),
            Route::Away(String::new()),
            Route::Away("away-q-1-i-2".into()),
            Route::Print("p-5".into(), "day/2026-11-24".into()),
            Route::Print("p-5".into(), "list/l-1".into()),
            Route::Workshop("p-5".into(), String::new()),
            Route::Workshop("p-5".into(), "mat/m-1".into()),
            Route::Choosing("p-5".into(), "mat/m-1".into()),
        ];
        for route in routes {
            assert_eq!(Route::parse(&route.to_hash()), route);
        }
    }

    #[test]
    fn unknown_hashes_are_the_start() {
        for hash in [
            "",
            "#",
            "#/",
            "#/nowhere",
            "#/person/",
            "#/facilitator/profile/",
        ] {
            assert_eq!(Route::parse(hash), Route::Start, "{hash}");
        }
    }

    #[test]
    fn sheets_round_trip_and_bad_ones_are_none() {
        for sheet in [
            Sheet::List("l-1".into()),
            Sheet::Day("2026-11-24".parse().unwrap_or_default()),
            Sheet::Week("2026-11-24".parse().unwrap_or_default()),
            Sheet::Routine("r-1".into()),
            Sheet::Board,
            Sheet::Sorting("m-1".into(), "s-1".into()),
        ] {
            assert_eq!(Sheet::parse(&sheet.path()), Some(sheet));
        }
        for bad in [
            "",
            "list/",
            "day/2026-13-40",
            "week/tomorrow",
            "poster/1",
            "routine/",
            "board/1",
            "sorting/m-1",
            "sorting//s-1",
        ] {
            assert_eq!(Sheet::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn quality_places_round_trip() {
        for place in [
            quality::Place::List,
            quality::Place::Team("q-1".into()),
            quality::Place::Form("q-1".into(), "i-2".into()),
            quality::Place::Report("q-1".into()),
            quality::Place::EasyReport("q-1".into()),
            quality::Place::Plan("q-1".into()),
            quality::Place::EasyPlan("q-1".into()),
        ] {
            assert_eq!(quality::Place::parse(&place.path()), place);
        }
        assert_eq!(quality::Place::parse("q-1/nowhere"), quality::Place::List);
    }

    #[test]
    fn workshop_places_round_trip() {
        for place in [
            workshop::Place::Home,
            workshop::Place::Changes,
            workshop::Place::Mat("new".into()),
            workshop::Place::Mat("m-1/s-2".into()),
            workshop::Place::Choice("c-1".into()),
        ] {
            assert_eq!(workshop::Place::parse(&place.path()), place);
        }
        assert_eq!(
            workshop::Turn::parse("mat/m-1/s-1"),
            Some(workshop::Turn::Mat("m-1/s-1".into()))
        );
        assert_eq!(workshop::Turn::parse("nowhere"), None);
    }
}
