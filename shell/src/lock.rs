//! Keeps a person inside person mode: no back navigation, no shortcuts, no long-press
//! menus, no text selection, fullscreen where the browser allows.
//!
//! The guards are window listeners that live while person mode is on screen.

use leptos::ev;
use leptos::prelude::*;
pub use pictokit_domain::unlock::is_blocked_key;
use wasm_bindgen::JsValue;

/// Installs the guards for as long as the owner it is called under lives. `current_hash`
/// gives the person's route on screen, re-entered whenever the browser tries to go back
/// while `locked`.
///
/// Call it under an owner of its own (inside a `Provider`, say): a component alone has
/// none, and the guards would then outlive person mode.
pub fn guard_person_mode(current_hash: impl Fn() -> String + 'static, locked: Signal<bool>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    // An extra history entry, so that "back" pops into the app and never out of it.
    if let Ok(history) = window.history() {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&current_hash()));
    }
    let popstate = window_event_listener(ev::popstate, move |_| {
        if !locked.get_untracked() {
            return;
        }
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&current_hash()));
        }
    });
    let keydown = window_event_listener(ev::keydown, move |event| {
        if locked.get_untracked()
            && is_blocked_key(
                &event.key(),
                event.ctrl_key(),
                event.alt_key(),
                event.meta_key(),
            )
        {
            event.prevent_default();
        }
    });
    let contextmenu = window_event_listener(ev::contextmenu, |event| event.prevent_default());
    let selectstart = window_event_listener(ev::selectstart, |event| event.prevent_default());
    let dragstart = window_event_listener(ev::dragstart, |event| event.prevent_default());
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let _ = root.class_list().add_1("pk-locked");
    }
    on_cleanup(move || {
        popstate.remove();
        keydown.remove();
        contextmenu.remove();
        selectstart.remove();
        dragstart.remove();
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.class_list().remove_1("pk-locked");
        }
    });
}

/// Asks for fullscreen; must be called from a user gesture. Silently does nothing where refused.
pub fn enter_fullscreen() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.request_fullscreen();
    }
}

/// Asks for fullscreen again at the first tap on this page, if it is not on by then.
///
/// A browser ends fullscreen when the page changes, and asks for a tap before it
/// gives it back; a person who moved to another page of the app (the shopping helper
/// lives on `facilitator.html`) gets it back with their next tap.
pub fn fullscreen_at_first_tap() {
    let asked = std::rc::Rc::new(std::cell::Cell::new(false));
    let handle = window_event_listener(ev::click, move |_| {
        if asked.replace(true) {
            return;
        }
        let in_fullscreen = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.fullscreen_element().is_some());
        if !in_fullscreen {
            enter_fullscreen();
        }
    });
    // It lives as long as the page; after the first tap it does nothing.
    std::mem::forget(handle);
}

/// Leaves fullscreen if in it.
pub fn leave_fullscreen() {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if document.fullscreen_element().is_some() {
            document.exit_fullscreen();
        }
    }
}

/// Where unlocking leads: the facilitator's screen the lock was turned on from, or the
/// list of profiles.
pub fn unlocked_route(state: crate::state::AppState) -> crate::routes::Route {
    state
        .device
        .with_untracked(|d| d.locked_from.as_deref().map(crate::routes::Route::parse))
        .filter(|route| route.person().is_none() && *route != crate::routes::Route::Start)
        .unwrap_or(crate::routes::Route::Facilitator)
}
