//! The facilitator's page (`facilitator.html`): profiles, editor, pictograms, device
//! settings, preview, and person mode for "Try as".

use leptos::prelude::*;
use pictokit_app::app::{App, Page};
use pictokit_app::routes::Route;
use pictokit_app::views::{
    about::AboutScreen,
    board::BoardEditor,
    day::{day_screens, reminders},
    device::DeviceScreen,
    editor::EditorScreen,
    facilitator::FacilitatorHome,
    person::{PersonMode, PreviewScreen},
    print::PrintScreen,
    quality::{AwayScreen, QualityScreen},
    quiz::quiz_screens,
    schedule::ScheduleScreen,
    shop::shop_screens,
    shopping::{ShoppingListScreen, ShoppingListsScreen, WalletScreen},
    workshop::{workshop_screens, WorkshopScreen},
};
use pictokit_domain::profile::Profile;

fn screens(route: Route) -> AnyView {
    match route {
        Route::NewProfile => view! { <EditorScreen profile_id=None /> }.into_any(),
        Route::EditProfile(id) => view! { <EditorScreen profile_id=Some(id) /> }.into_any(),
        Route::Preview(id) => view! { <PreviewScreen profile_id=id /> }.into_any(),
        Route::Board(id) => view! { <BoardEditor profile_id=id /> }.into_any(),
        Route::Device => view! { <DeviceScreen /> }.into_any(),
        Route::About => view! { <AboutScreen /> }.into_any(),
        Route::ShoppingLists(id) => view! { <ShoppingListsScreen profile_id=id /> }.into_any(),
        Route::ShoppingList(id, list) => {
            view! { <ShoppingListScreen profile_id=id list_id=list /> }.into_any()
        }
        Route::Wallet(id) => view! { <WalletScreen profile_id=id /> }.into_any(),
        Route::Schedule(id) => view! { <ScheduleScreen profile_id=id /> }.into_any(),
        Route::Away(key) => view! { <AwayScreen key=key /> }.into_any(),
        Route::Print(id, what) => view! { <PrintScreen profile_id=id what=what /> }.into_any(),
        Route::Quality(id, rest) => view! { <QualityScreen profile_id=id rest=rest /> }.into_any(),
        Route::Workshop(id, rest) => {
            view! { <WorkshopScreen profile_id=id rest=rest /> }.into_any()
        }
        Route::Person(id)
        | Route::Shop(id, _)
        | Route::Day(id, _)
        | Route::Quiz(id, _)
        | Route::Choosing(id, _) => {
            view! { <PersonMode profile_id=id components=person_screens always=reminders /> }
                .into_any()
        }
        _ => view! { <FacilitatorHome /> }.into_any(),
    }
}

/// The component screens of person mode on this page.
fn person_screens(route: Route, profile: Signal<Profile>) -> Option<AnyView> {
    shop_screens(route.clone(), profile)
        .or_else(|| day_screens(route.clone(), profile))
        .or_else(|| quiz_screens(route.clone(), profile))
        .or_else(|| workshop_screens(route, profile))
}

fn main() {
    console_error_panic_hook::set_once();
    pictokit_app::i18n::use_parts(&[
        pictokit_i18n::facilitator,
        pictokit_i18n::shopping,
        pictokit_i18n::schedule,
        pictokit_i18n::questionnaire,
        pictokit_i18n::quality,
        pictokit_i18n::device,
        pictokit_i18n::transfer,
        pictokit_i18n::workshop,
    ]);
    pictokit_app::workshop::install();
    // Arriving locked from the first page (the browser ended fullscreen on the way).
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    if Route::parse(&hash).person().is_some() {
        pictokit_app::lock::fullscreen_at_first_tap();
    }
    /// What only this page decodes and checks once the stored data is read.
    fn decode(state: pictokit_app::state::AppState) {
        state.decode_shopping();
        pictokit_app::views::safekeeping::repair_media_references(state);
    }
    leptos::mount::mount_to_body(|| {
        view! {
            <App
                page=Page::Facilitator
                screens=screens
                decode=decode
            />
        }
    });
}
