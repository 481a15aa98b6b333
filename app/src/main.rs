//! The first page (`index.html`): the start screen and person mode. It serves the
//! profiles' start screen and the person's home; of the components, only the schedule's
//! reminders, which show on every person screen. It stays small: the components' screens
//! are on the facilitator's page.

use leptos::prelude::*;
use pictokit_profiles::start::StartScreen;
use pictokit_schedule::reminders::planned_reminders;
use pictokit_shell::app::{App, Page};
use pictokit_shell::person::PersonMode;
use pictokit_shell::routes::Route;

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
