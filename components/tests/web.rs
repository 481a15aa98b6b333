//! Component tests in a real browser (headless Chromium through chromedriver).
//!
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver cargo test -p pictokit-components --target wasm32-unknown-unknown`

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use leptos::prelude::*;
use pictokit_components::{GridLabels, LockCorner, LockLabels, PictoGrid, Tile, TileSpec};
use pictokit_domain::profile::GridDensity;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh container in the page, so each test starts from nothing.
fn container() -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let element: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&element).unwrap();
    element
}

fn find(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into()
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn pointer(target: &HtmlElement, kind: &str, pointer_id: i32) {
    let init = web_sys::PointerEventInit::new();
    init.set_bubbles(true);
    init.set_pointer_id(pointer_id);
    let event = web_sys::PointerEvent::new_with_event_init_dict(kind, &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn tile_is_a_named_button_and_reports_taps() {
    let root = container();
    let taps = Arc::new(AtomicUsize::new(0));
    let counter = taps.clone();
    let show = RwSignal::new(true);
    let _handle = mount_to(root.clone(), move || {
        view! {
            <Tile
                label="Poma"
                image="pictograms/ui/avatar-sun.svg"
                show_label=show
                on_activate=Callback::new(move |()| {
                    counter.fetch_add(1, Ordering::SeqCst);
                })
            />
        }
    });
    let button = find(&root, "button.pk-tile");
    assert_eq!(button.get_attribute("type").as_deref(), Some("button"));
    assert_eq!(button.text_content().unwrap().trim(), "Poma");
    // The picture is decoration: the word names the button.
    assert_eq!(find(&root, "img").get_attribute("alt").as_deref(), Some(""));
    button.click();
    button.click();
    assert_eq!(taps.load(Ordering::SeqCst), 2);

    // Hiding the word keeps it for screen readers.
    show.set(false);
    leptos::task::tick().await;
    assert_eq!(count(&root, ".pk-tile__label"), 0);
    assert_eq!(
        find(&root, ".pk-visually-hidden").text_content().as_deref(),
        Some("Poma")
    );
}

#[wasm_bindgen_test]
async fn grid_pages_by_density() {
    let root = container();
    let tapped = RwSignal::new(String::new());
    let density = RwSignal::new(GridDensity::Two);
    let tiles: Vec<TileSpec> = ["a", "b", "c"]
        .into_iter()
        .map(|key| TileSpec {
            key: key.to_owned(),
            label: key.to_uppercase(),
            image: String::new(),
            badge: None,
        })
        .collect();
    let labels = GridLabels {
        next: "More".into(),
        previous: "Back".into(),
        pages: vec!["Page 1 of 2".into(), "Page 2 of 2".into()],
    };
    let _handle = mount_to(root.clone(), move || {
        view! {
            <PictoGrid
                density=density
                tiles=tiles.clone()
                show_labels=true
                labels=labels.clone()
                on_activate=Callback::new(move |key: String| tapped.set(key))
            />
        }
    });
    assert_eq!(count(&root, ".pk-tile"), 2);
    let next = find(&root, ".pk-pager__button:last-of-type");
    assert_eq!(next.text_content().as_deref(), Some("More▶"));
    next.click();
    sleep(50).await;
    assert_eq!(count(&root, ".pk-tile"), 1);
    find(&root, ".pk-tile").click();
    assert_eq!(tapped.get_untracked(), "c");

    // A denser grid shows everything on one page and drops the pager.
    density.set(GridDensity::Four);
    leptos::task::tick().await;
    assert_eq!(count(&root, ".pk-tile"), 3);
    assert_eq!(count(&root, ".pk-pager"), 0);
}

fn labels() -> LockLabels {
    LockLabels {
        hold: "Hold to unlock".into(),
        confirm_title: "Leave?".into(),
        confirm_body: "Only the facilitator.".into(),
        confirm_yes: "Unlock".into(),
        confirm_no: "Stay here".into(),
        pin_title: "PIN".into(),
        pin_field: "PIN".into(),
        pin_submit: "Unlock".into(),
        pin_wrong: "Wrong".into(),
    }
}

fn mount_lock(root: &HtmlElement, unlocked: Arc<AtomicUsize>, pin: bool) -> impl Drop {
    mount_to(root.clone(), move || {
        let unlocked = unlocked.clone();
        view! {
            <LockCorner
                labels=labels()
                pin_required=pin
                verify_pin=Callback::new(|(entered, answer): (String, Callback<bool>)| {
                    answer.run(entered == "2468")
                })
                on_unlock=Callback::new(move |()| {
                    unlocked.fetch_add(1, Ordering::SeqCst);
                })
                hold_ms=300
            />
        }
    })
}

#[wasm_bindgen_test]
async fn lock_ignores_short_presses() {
    let root = container();
    let unlocked = Arc::new(AtomicUsize::new(0));
    let _handle = mount_lock(&root, unlocked.clone(), false);
    let corner = find(&root, "button.pk-lock");
    assert_eq!(
        corner.get_attribute("aria-label").as_deref(),
        Some("Hold to unlock")
    );
    for _ in 0..3 {
        pointer(&corner, "pointerdown", 1);
        sleep(60).await;
        pointer(&corner, "pointerup", 1);
    }
    corner.click();
    sleep(400).await;
    let dialog: web_sys::HtmlDialogElement = find(&root, "dialog").unchecked_into();
    assert!(!dialog.open(), "a short press must not open the dialog");
    assert_eq!(unlocked.load(Ordering::SeqCst), 0);
}

#[wasm_bindgen_test]
async fn lock_opens_after_hold_and_confirmation() {
    let root = container();
    let unlocked = Arc::new(AtomicUsize::new(0));
    let _handle = mount_lock(&root, unlocked.clone(), false);
    let corner = find(&root, "button.pk-lock");
    pointer(&corner, "pointerdown", 1);
    sleep(450).await;
    pointer(&corner, "pointerup", 1);
    leptos::task::tick().await;
    let dialog: web_sys::HtmlDialogElement = find(&root, "dialog").unchecked_into();
    assert!(dialog.open(), "holding opens the confirmation");

    // "Stay here" keeps the lock.
    find(&root, "dialog .pk-button--primary").click();
    leptos::task::tick().await;
    assert!(!dialog.open());
    assert_eq!(unlocked.load(Ordering::SeqCst), 0);

    // Again, and confirm.
    pointer(&corner, "pointerdown", 1);
    sleep(450).await;
    pointer(&corner, "pointerup", 1);
    leptos::task::tick().await;
    find(&root, "dialog .pk-button:not(.pk-button--primary)").click();
    // The unlock is reported on the next animation frame, after the gesture's effect.
    sleep(100).await;
    assert_eq!(unlocked.load(Ordering::SeqCst), 1);
}

#[wasm_bindgen_test]
async fn a_second_finger_cancels_the_hold() {
    let root = container();
    let unlocked = Arc::new(AtomicUsize::new(0));
    let _handle = mount_lock(&root, unlocked.clone(), false);
    let corner = find(&root, "button.pk-lock");
    pointer(&corner, "pointerdown", 1);
    sleep(100).await;
    pointer(&corner, "pointerdown", 2);
    sleep(400).await;
    let dialog: web_sys::HtmlDialogElement = find(&root, "dialog").unchecked_into();
    assert!(!dialog.open());
}

#[wasm_bindgen_test]
async fn lock_asks_for_the_pin_when_the_device_has_one() {
    let root = container();
    let unlocked = Arc::new(AtomicUsize::new(0));
    let _handle = mount_lock(&root, unlocked.clone(), true);
    let corner = find(&root, "button.pk-lock");
    pointer(&corner, "pointerdown", 1);
    sleep(450).await;
    pointer(&corner, "pointerup", 1);
    leptos::task::tick().await;
    find(&root, "dialog .pk-button:not(.pk-button--primary)").click();
    leptos::task::tick().await;
    let input: web_sys::HtmlInputElement = find(&root, "dialog input").unchecked_into();
    let form: web_sys::HtmlFormElement = find(&root, "dialog form").unchecked_into();

    input.set_value("1111");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    form.request_submit().unwrap();
    leptos::task::tick().await;
    assert_eq!(unlocked.load(Ordering::SeqCst), 0);
    assert_eq!(
        find(&root, "[role=alert]").text_content().as_deref(),
        Some("Wrong")
    );

    input.set_value("2468");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    form.request_submit().unwrap();
    sleep(100).await;
    assert_eq!(unlocked.load(Ordering::SeqCst), 1);
}
