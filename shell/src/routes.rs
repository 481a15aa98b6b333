//! Routes live in the URL's hash so the app works from any static host and offline.
//!
//! Only the app knows routes; components never navigate.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

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

/// The current route, as a context.
#[derive(Clone, Copy)]
pub struct Router {
    /// The route on screen.
    pub route: ReadSignal<Route>,
    set_route: WriteSignal<Route>,
}

impl Router {
    /// Reads the hash now and follows every later change of it.
    pub fn install() -> Router {
        let (route, set_route) = signal(current());
        let handle = window_event_listener_untyped("hashchange", move |_| {
            let now = current();
            if route.get_untracked() != now {
                to_top();
                set_route.set(now);
            }
        });
        on_cleanup(move || handle.remove());
        Router { route, set_route }
    }

    /// Goes to a route, adding a history entry.
    pub fn go(&self, route: Route) {
        if let Some(window) = web_sys::window() {
            let _ = window.location().set_hash(&route.to_hash());
        }
        to_top();
        self.set_route.set(route);
    }

    /// Goes to a route, replacing the current history entry.
    pub fn replace(&self, route: Route) {
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&route.to_hash()),
            );
        }
        to_top();
        self.set_route.set(route);
    }
}

/// Every screen opens at its top: the heading and the main action, never where the
/// previous screen was scrolled to.
/// Also used when a flow shows its next step (the next product, question or routine step).
pub fn to_top() {
    let Some(window) = web_sys::window() else {
        return;
    };
    window.scroll_to_with_x_and_y(0.0, 0.0);
    // Screens that scroll inside themselves (the shop, the day) start at their top too.
    let Some(scrollers) = window
        .document()
        .and_then(|document| document.query_selector_all("main, main *").ok())
    else {
        return;
    };
    for idx in 0..scrollers.length() {
        if let Some(element) = scrollers
            .item(idx)
            .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
        {
            if element.scroll_top() != 0 {
                element.set_scroll_top(0);
            }
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

fn current() -> Route {
    let hash = web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default();
    Route::parse(&hash)
}

/// The router of the app.
pub fn use_router() -> Router {
    expect_context::<Router>()
}

#[cfg(test)]
mod tests {
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
}
