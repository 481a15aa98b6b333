//! The facilitator's page (`facilitator.html`): which screens of which component it
//! serves, the sheets they print, the sections of the facilitator's home, and person mode
//! for "Try as" with every component's person screens.

use leptos::prelude::*;
use pictokit_domain::profile::Profile;
use pictokit_files::profile_files::MoveProfiles;
use pictokit_profiles::{
    about::AboutScreen, device::DeviceScreen, editor::EditorScreen, home::FacilitatorHome,
    preview::PreviewScreen, safekeeping::repair_media_references,
};
use pictokit_questionnaire::facilitator::{AwayEntry, AwayScreen, QualityScreen};
use pictokit_questionnaire::sealed::LockedTableOpen;
use pictokit_shell::app::{App, Page};
use pictokit_shell::i18n::use_i18n;
use pictokit_shell::person::PersonMode;
use pictokit_shell::print::{PrintScreen, Printed, Sheet, SheetCtx};
use pictokit_shell::routes::Route;
use pictokit_shell::state::AppState;
use pictokit_shopping::facilitator::{ShoppingListScreen, ShoppingListsScreen, WalletScreen};
use pictokit_workshop::facilitator::WorkshopScreen;

fn screens(route: Route) -> AnyView {
    match route {
        Route::NewProfile => view! { <EditorScreen profile_id=None /> }.into_any(),
        Route::EditProfile(id) => view! { <EditorScreen profile_id=Some(id) /> }.into_any(),
        Route::Preview(id) => view! { <PreviewScreen profile_id=id /> }.into_any(),
        Route::Board(id) => {
            view! { <pictokit_pictures::board::BoardEditor profile_id=id /> }.into_any()
        }
        Route::Device => view! { <DeviceScreen /> }.into_any(),
        Route::About => view! { <AboutScreen /> }.into_any(),
        Route::ShoppingLists(id) => view! { <ShoppingListsScreen profile_id=id /> }.into_any(),
        Route::ShoppingList(id, list) => {
            view! { <ShoppingListScreen profile_id=id list_id=list /> }.into_any()
        }
        Route::Wallet(id) => view! { <WalletScreen profile_id=id /> }.into_any(),
        Route::Schedule(id) => {
            view! { <pictokit_schedule::facilitator::ScheduleScreen profile_id=id /> }.into_any()
        }
        Route::Away(key) => view! { <AwayScreen key=key /> }.into_any(),
        Route::Print(id, what) => {
            view! { <PrintScreen profile_id=id what=what sheets=sheets /> }.into_any()
        }
        Route::Quality(id, rest) => view! { <QualityScreen profile_id=id rest=rest /> }.into_any(),
        Route::Workshop(id, rest) => {
            view! { <WorkshopScreen profile_id=id rest=rest /> }.into_any()
        }
        Route::Person(id)
        | Route::Shop(id, _)
        | Route::Day(id, _)
        | Route::Quiz(id, _)
        | Route::Choosing(id, _) => view! {
            <PersonMode
                profile_id=id
                components=person_screens
                always=pictokit_schedule::person::reminders
            />
        }
        .into_any(),
        _ => home(),
    }
}

/// The facilitator's home: the profiles, then what the other components add below them.
fn home() -> AnyView {
    view! { <FacilitatorHome tools=home_tools /> }.into_any()
}

fn home_tools() -> AnyView {
    let i18n = use_i18n();
    view! {
        <MoveProfiles />
        <AwayEntry />
        <LockedTableOpen i18n=i18n />
    }
    .into_any()
}

/// The component screens of person mode on this page.
fn person_screens(route: Route, profile: Signal<Profile>) -> Option<AnyView> {
    pictokit_shopping::person::shop_screens(route.clone(), profile)
        .or_else(|| pictokit_schedule::person::day_screens(route.clone(), profile))
        .or_else(|| pictokit_questionnaire::person::quiz_screens(route.clone(), profile))
        .or_else(|| pictokit_workshop::facilitator::workshop_screens(route, profile))
}

/// The sheets the components print.
fn sheets(ctx: &SheetCtx, sheet: &Sheet) -> Option<Printed> {
    pictokit_shopping::print::print_sheet(ctx, sheet)
        .or_else(|| pictokit_schedule::print::print_sheet(ctx, sheet))
        .or_else(|| pictokit_pictures::print::print_sheet(ctx, sheet))
        .or_else(|| pictokit_workshop::print::print_sheet(ctx, sheet))
}

/// What only this page decodes and checks once the stored data is read.
fn decode(state: AppState) {
    state.decode_shopping();
    repair_media_references(state);
}

fn main() {
    console_error_panic_hook::set_once();
    pictokit_shell::i18n::use_bundle(pictokit_i18n::Bundle::Facilitator);
    pictokit_shell::frame::set_home(home);
    pictokit_workshop::records::install();
    // Arriving locked from the first page (the browser ended fullscreen on the way).
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    if Route::parse(&hash).person().is_some() {
        pictokit_shell::lock::fullscreen_at_first_tap();
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
