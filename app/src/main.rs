//! The first page (`index.html`): the start screen and person mode.

use leptos::prelude::*;
use pictokit_app::app::{App, Page};
use pictokit_app::routes::Route;
use pictokit_app::views::{person::PersonMode, reminders::planned_reminders, start::StartScreen};

fn screens(route: Route) -> AnyView {
    match route {
        Route::Person(id) => {
            view! { <PersonMode profile_id=id always=planned_reminders /> }.into_any()
        }
        _ => view! { <StartScreen /> }.into_any(),
    }
}

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(|| view! { <App page=Page::Person screens=screens /> });
}
