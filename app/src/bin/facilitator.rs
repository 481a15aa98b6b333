//! The facilitator's page (`facilitator.html`): profiles, editor, pictograms, device
//! settings, preview, and person mode for "Try as".

use leptos::prelude::*;
use pictokit_app::app::{App, Page};
use pictokit_app::routes::Route;
use pictokit_app::views::{
    about::AboutScreen,
    board::BoardEditor,
    device::DeviceScreen,
    editor::EditorScreen,
    facilitator::FacilitatorHome,
    person::{PersonMode, PreviewScreen},
};

fn screens(route: Route) -> AnyView {
    match route {
        Route::NewProfile => view! { <EditorScreen profile_id=None /> }.into_any(),
        Route::EditProfile(id) => view! { <EditorScreen profile_id=Some(id) /> }.into_any(),
        Route::Preview(id) => view! { <PreviewScreen profile_id=id /> }.into_any(),
        Route::Board(id) => view! { <BoardEditor profile_id=id /> }.into_any(),
        Route::Device => view! { <DeviceScreen /> }.into_any(),
        Route::About => view! { <AboutScreen /> }.into_any(),
        Route::Person(id) => view! { <PersonMode profile_id=id /> }.into_any(),
        _ => view! { <FacilitatorHome /> }.into_any(),
    }
}

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(|| view! { <App page=Page::Facilitator screens=screens /> });
}
