//! The router: follows the URL's hash and goes where a screen asks. The addresses themselves
//! (`Route` and the places inside it) are pure, in `pictokit_domain::route`, where plain
//! `cargo test` checks that each one reads back what it writes.

use leptos::prelude::*;
pub use pictokit_domain::route::{DayPlace, Route, ShopPlace};
use wasm_bindgen::JsCast;

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
