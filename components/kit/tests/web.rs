//! Component tests in a real browser (headless Chromium through chromedriver).
//!
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver cargo test -p pictokit-kit --target wasm32-unknown-unknown`

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use leptos::prelude::*;
use pictokit_domain::profile::GridDensity;
use pictokit_kit::{GridLabels, LockCorner, LockLabels, PictoGrid, Tile, TileSpec};
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

/// Waits until `done` holds, for up to 2 s (then the test's own assertion says what is
/// wrong). A browser in a window nobody sees (WebKit under Xvfb) may give animation
/// frames seldom, so what waits for one cannot count on a fixed delay.
async fn until(done: impl Fn() -> bool) {
    for _ in 0..40 {
        if done() {
            return;
        }
        sleep(50).await;
    }
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

#[wasm_bindgen_test]
async fn a_tile_whose_badge_changes_keeps_its_button_and_focus() {
    let root = container();
    let tiles = RwSignal::new(vec![TileSpec {
        key: "milk".into(),
        label: "Milk".into(),
        image: String::new(),
        badge: None,
    }]);
    let _handle = mount_to(root.clone(), move || {
        view! {
            <PictoGrid
                density=GridDensity::Four
                tiles=tiles
                show_labels=true
                labels=GridLabels::default()
                on_activate=Callback::new(move |_: String| {
                    tiles.update(|all| all[0].badge = Some("In the basket".into()))
                })
            />
        }
    });
    let button = find(&root, ".pk-tile");
    button.focus().unwrap();
    button.click();
    leptos::task::tick().await;
    let after = find(&root, ".pk-tile");
    assert!(after.is_same_node(Some(&button)), "the same button");
    assert_eq!(
        find(&root, ".pk-tile__badge").text_content().as_deref(),
        Some("In the basket")
    );
    let focused = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    assert!(focused.is_some_and(|f| f.is_same_node(Some(&button))));
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
    until(|| unlocked.load(Ordering::SeqCst) > 0).await;
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
    until(|| unlocked.load(Ordering::SeqCst) > 0).await;
    assert_eq!(unlocked.load(Ordering::SeqCst), 1);
}

// ---------- PriceKeypad ----------

fn keypad_labels() -> pictokit_kit::KeypadLabels {
    pictokit_kit::KeypadLabels {
        display: "Price".into(),
        delete: "Delete the last digit".into(),
        clear: "Clear".into(),
        decimal_key: "comma".into(),
    }
}

/// Mounts a keypad with a "," separator and the currency after the digits.
fn mount_keypad(
    root: &HtmlElement,
    value: RwSignal<String>,
    problem: RwSignal<Option<String>>,
) -> impl Drop {
    mount_to(root.clone(), move || {
        view! {
            <pictokit_kit::PriceKeypad
                value=value
                decimal=",".to_owned()
                labels=keypad_labels()
                problem=problem
                currency="€".to_owned()
                currency_first=false
            />
        }
    })
}

/// The keypad's button whose accessible name (its `aria-label`, or else its text) is `name`.
fn keypad_key(root: &Element, name: &str) -> HtmlElement {
    let buttons = root.query_selector_all(".pk-keypad button").unwrap();
    (0..buttons.length())
        .filter_map(|idx| buttons.item(idx))
        .map(|node| node.unchecked_into::<HtmlElement>())
        .find(|button| {
            let accessible_name = button
                .get_attribute("aria-label")
                .or_else(|| button.text_content())
                .unwrap_or_default();
            accessible_name.trim() == name
        })
        .unwrap_or_else(|| panic!("no key named {name:?}"))
}

async fn press_keys(root: &Element, names: &[&str]) {
    for name in names {
        keypad_key(root, name).click();
        leptos::task::tick().await;
    }
}

#[wasm_bindgen_test]
async fn keypad_types_a_price_and_ignores_what_would_break_it() {
    let root = container();
    let value = RwSignal::new(String::new());
    let _handle = mount_keypad(&root, value, RwSignal::new(None));
    let input: web_sys::HtmlInputElement = find(&root, ".pk-keypad input").unchecked_into();
    assert_eq!(input.get_attribute("inputmode").as_deref(), Some("decimal"));

    press_keys(&root, &["1", ", comma", "2", "5"]).await;
    assert_eq!(value.get_untracked(), "1,25");
    assert_eq!(input.value(), "1,25");

    // A second separator and a third decimal are ignored, quietly.
    press_keys(&root, &[", comma", "9"]).await;
    assert_eq!(value.get_untracked(), "1,25");

    // Delete removes the last character; Clear empties.
    press_keys(&root, &["Delete the last digit"]).await;
    assert_eq!(value.get_untracked(), "1,2");
    press_keys(&root, &["Clear"]).await;
    assert_eq!(value.get_untracked(), "");
    assert_eq!(input.value(), "");

    // No more than seven characters.
    press_keys(&root, &["9", "8", "7", "6", "5", "4", "3", "2"]).await;
    assert_eq!(value.get_untracked(), "9876543");
}

#[wasm_bindgen_test]
async fn keypad_keys_keep_the_focus() {
    let root = container();
    let value = RwSignal::new(String::new());
    let _handle = mount_keypad(&root, value, RwSignal::new(None));
    let five = keypad_key(&root, "5");
    five.focus().unwrap();
    five.click();
    leptos::task::tick().await;
    five.click();
    leptos::task::tick().await;
    assert_eq!(value.get_untracked(), "55");
    let focused = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .unwrap();
    assert_eq!(&focused, five.unchecked_ref::<Element>());
}

#[wasm_bindgen_test]
async fn keypad_display_is_named_and_cleans_typing() {
    let root = container();
    let value = RwSignal::new(String::new());
    let _handle = mount_keypad(&root, value, RwSignal::new(None));
    let input: web_sys::HtmlInputElement = find(&root, ".pk-keypad input").unchecked_into();
    let label = find(&root, ".pk-keypad label");
    assert_eq!(label.text_content().as_deref(), Some("Price"));
    assert_eq!(label.get_attribute("for"), Some(input.id()));

    input.set_value("2.5x");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    leptos::task::tick().await;
    assert_eq!(value.get_untracked(), "2,5");
    assert_eq!(input.value(), "2,5");

    // The caller may set the value too.
    value.set("4".into());
    leptos::task::tick().await;
    assert_eq!(input.value(), "4");
}

#[wasm_bindgen_test]
async fn keypad_keys_are_at_least_64_px() {
    let root = container();
    let document = web_sys::window().unwrap().document().unwrap();
    let style = document.create_element("style").unwrap();
    style.set_text_content(Some(include_str!("../src/keypad/keypad.css")));
    root.append_child(&style).unwrap();
    let _handle = mount_keypad(&root, RwSignal::new(String::new()), RwSignal::new(None));
    let keys = root.query_selector_all(".pk-keypad button").unwrap();
    assert_eq!(keys.length(), 13, "ten digits, separator, delete, clear");
    for idx in 0..keys.length() {
        let key: HtmlElement = keys.item(idx).unwrap().unchecked_into();
        assert_eq!(key.get_attribute("type").as_deref(), Some("button"));
        let (width, height) = (key.offset_width(), key.offset_height());
        assert!(
            width >= 64 && height >= 64,
            "key {:?} is {width}×{height}",
            key.text_content()
        );
    }
}

#[wasm_bindgen_test]
async fn keypad_shows_the_problem_in_an_alert() {
    let root = container();
    let problem = RwSignal::new(None::<String>);
    let _handle = mount_keypad(&root, RwSignal::new("1,2,".into()), problem);
    let input = find(&root, ".pk-keypad input");
    assert_eq!(input.get_attribute("aria-invalid"), None);

    problem.set(Some("Type a price like 1,25".into()));
    leptos::task::tick().await;
    let alert = find(&root, ".pk-keypad [role=alert]");
    assert_eq!(
        alert.text_content().as_deref(),
        Some("Type a price like 1,25")
    );
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(input.get_attribute("aria-describedby"), Some(alert.id()));

    problem.set(None);
    leptos::task::tick().await;
    assert_eq!(input.get_attribute("aria-invalid"), None);
    assert_eq!(alert.text_content().as_deref(), Some(""));
}

/// Money: coins and notes at true relative size, piles of them, the wallet editor.
mod money {
    use super::{container, count, find, sleep};
    use leptos::prelude::*;
    use pictokit_domain::money::{Denomination, Pieces, MAX_PIECES_EACH};
    use pictokit_kit::{MoneyPiece, MoneyPieces, OwnMoney, WalletEditor, WalletLabels};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::*;
    use web_sys::{Element, HtmlElement};

    /// The component's own stylesheet, as the app loads it (button sizes come from it).
    fn load_money_css() {
        let document = web_sys::window().unwrap().document().unwrap();
        if document.get_element_by_id("money-css").is_some() {
            return;
        }
        let style = document.create_element("style").unwrap();
        style.set_id("money-css");
        style.set_text_content(Some(include_str!("../src/money/money.css")));
        document.head().unwrap().append_child(&style).unwrap();
    }

    /// The rendered (width, height) in CSS px, fractions included. Through `Reflect`
    /// because the crate's web-sys features do not include `DomRect`.
    fn size(element: &Element) -> (f64, f64) {
        let function: js_sys::Function =
            js_sys::Reflect::get(element, &"getBoundingClientRect".into())
                .unwrap()
                .unchecked_into();
        let rect = function.call0(element).unwrap();
        let read = |key: &str| {
            js_sys::Reflect::get(&rect, &key.into())
                .unwrap()
                .as_f64()
                .unwrap()
        };
        (read("width"), read("height"))
    }

    fn width(element: &Element) -> f64 {
        size(element).0
    }

    fn all(root: &Element, selector: &str) -> Vec<HtmlElement> {
        let list = root.query_selector_all(selector).unwrap();
        (0..list.length())
            .map(|idx| list.item(idx).unwrap().unchecked_into())
            .collect()
    }

    #[wasm_bindgen_test]
    async fn money_pieces_are_drawn_at_their_true_relative_size() {
        load_money_css();
        let root = container();
        let shown = [
            Denomination::C2,
            Denomination::E1,
            Denomination::E2,
            Denomination::N5,
            Denomination::N200,
        ];
        let _handle = mount_to(root.clone(), move || {
            shown
                .into_iter()
                .map(|denomination| {
                    view! {
                        <div class=format!("piece-{}", denomination.id())>
                            <MoneyPiece denomination=denomination label=denomination.id() />
                        </div>
                    }
                })
                .collect_view()
        });
        leptos::task::tick().await;
        let piece =
            |denomination: Denomination| find(&root, &format!(".piece-{} img", denomination.id()));
        let e2 = piece(Denomination::E2);
        assert_eq!(e2.get_attribute("src").as_deref(), Some("money/e2.svg"));
        assert_eq!(e2.get_attribute("alt").as_deref(), Some("e2"));
        assert!(e2.class_list().contains("pk-money--coin"));
        assert!(piece(Denomination::N5)
            .class_list()
            .contains("pk-money--note"));

        let (c2, e1, e2, n5, n200) = (
            width(&piece(Denomination::C2)),
            width(&piece(Denomination::E1)),
            width(&e2),
            width(&piece(Denomination::N5)),
            width(&piece(Denomination::N200)),
        );
        assert!(e2 > e1 && e1 > c2, "coins by size: {e2} > {e1} > {c2}");
        assert!(n200 > n5, "notes by size: {n200} > {n5}");
        // Every ratio of widths is the ratio of the real sizes (ECB), within 2 %.
        let real = [
            (c2, 18.75),
            (e1, 23.25),
            (e2, 25.75),
            (n5, 120.0),
            (n200, 153.0),
        ];
        for (width_a, mm_a) in real {
            for (width_b, mm_b) in real {
                let drawn = width_a / width_b;
                let expected = mm_a / mm_b;
                assert!(
                    (drawn / expected - 1.0).abs() < 0.02,
                    "{mm_a} mm vs {mm_b} mm drawn as {width_a} px vs {width_b} px"
                );
            }
        }
        // The default scale: 3.2 px per mm when the screen is wide enough.
        let viewport = web_sys::window()
            .unwrap()
            .inner_width()
            .unwrap()
            .as_f64()
            .unwrap();
        if viewport >= 153.0 * 3.2 + 32.0 {
            assert!((e2 - 25.75 * 3.2).abs() < 1.0, "€2 coin is {e2} px");
        }
    }

    #[wasm_bindgen_test]
    async fn money_pieces_show_one_named_group_per_coin_or_note() {
        load_money_css();
        let root = container();
        let pieces = RwSignal::new(
            [
                (Denomination::C50, 3),
                (Denomination::N10, 1),
                (Denomination::E1, 7),
            ]
            .into_iter()
            .collect::<Pieces>(),
        );
        let _handle = mount_to(root.clone(), move || {
            view! {
                <MoneyPieces
                    pieces=pieces
                    label=Callback::new(|(denomination, n): (Denomination, u32)| {
                        format!("{n} × {}", denomination.id())
                    })
                />
            }
        });
        leptos::task::tick().await;
        assert_eq!(count(&root, "ul.pk-money-pieces > li"), 3);
        let names: Vec<String> = all(&root, "li [role=img]")
            .iter()
            .map(|figure| figure.get_attribute("aria-label").unwrap_or_default())
            .collect();
        // Largest first, the order to hand them over.
        assert_eq!(names, ["1 × n10", "7 × e1", "3 × c50"]);
        let counts: Vec<String> = all(&root, ".pk-money-pieces__count")
            .iter()
            .map(|text| text.text_content().unwrap_or_default())
            .collect();
        assert_eq!(counts, ["× 1", "× 7", "× 3"]);
        // At most five pictures in a pile; the count tells the rest.
        let groups = all(&root, "ul.pk-money-pieces > li");
        assert_eq!(count(&groups[1], "img"), 5);
        assert_eq!(count(&groups[2], "img"), 3);
        // The pictures are decoration inside the named group.
        assert!(all(&root, "img")
            .iter()
            .all(|img| img.get_attribute("alt").as_deref() == Some("")));

        pieces.set([(Denomination::C1, 2)].into_iter().collect());
        sleep(20).await;
        assert_eq!(count(&root, "ul.pk-money-pieces > li"), 1);
        assert_eq!(
            find(&root, "li [role=img]")
                .get_attribute("aria-label")
                .as_deref(),
            Some("2 × c1")
        );
    }

    #[wasm_bindgen_test]
    async fn wallet_editor_counts_with_large_buttons() {
        load_money_css();
        let root = container();
        let pieces = RwSignal::new(Pieces::new());
        let changes = Arc::new(AtomicUsize::new(0));
        let counter = changes.clone();
        let _handle = mount_to(root.clone(), move || {
            let counter = counter.clone();
            view! {
                <WalletEditor
                    pieces=pieces
                    on_change=Callback::new(move |next: Pieces| {
                        counter.fetch_add(1, Ordering::SeqCst);
                        pieces.set(next);
                    })
                    labels=WalletLabels { coins: "Coins".into(), notes: "Notes".into() }
                    name=Callback::new(|denomination: Denomination| {
                        format!("name {}", denomination.id())
                    })
                    add_label=Callback::new(|denomination: Denomination| {
                        format!("One more {}", denomination.id())
                    })
                    remove_label=Callback::new(|denomination: Denomination| {
                        format!("One fewer {}", denomination.id())
                    })
                />
            }
        });
        leptos::task::tick().await;
        let headings: Vec<String> = all(&root, "h2")
            .iter()
            .map(|heading| heading.text_content().unwrap_or_default())
            .collect();
        assert_eq!(headings, ["Coins", "Notes"]);
        assert_eq!(count(&root, ".pk-wallet__section--coins [role=group]"), 8);
        assert_eq!(count(&root, ".pk-wallet__section--notes [role=group]"), 6);
        assert_eq!(
            count(
                &root,
                "[role=group][aria-label='name c50'] img[src='money/c50.svg']"
            ),
            1
        );

        // Every button is a large target (at least 64 × 64 CSS px).
        let buttons = all(&root, "button");
        assert_eq!(buttons.len(), 28);
        for button in &buttons {
            let (button_width, button_height) = size(button);
            assert!(
                button_width >= 64.0 && button_height >= 64.0,
                "{:?} is {button_width} × {button_height}",
                button.get_attribute("aria-label"),
            );
        }

        let add = find(&root, "button[aria-label='One more c50']");
        let remove = find(&root, "button[aria-label='One fewer c50']");
        let shown = || {
            find(
                &root,
                "[role=group][aria-label='name c50'] .pk-wallet__count",
            )
            .text_content()
            .unwrap_or_default()
        };
        // At zero, − does nothing and says so.
        assert_eq!(shown(), "0");
        assert_eq!(
            remove.get_attribute("aria-disabled").as_deref(),
            Some("true")
        );
        remove.click();
        assert_eq!(changes.load(Ordering::SeqCst), 0);

        add.click();
        add.click();
        leptos::task::tick().await;
        assert_eq!(changes.load(Ordering::SeqCst), 2);
        assert_eq!(pieces.get_untracked().count(Denomination::C50), 2);
        assert_eq!(shown(), "2");
        assert_eq!(
            remove.get_attribute("aria-disabled").as_deref(),
            Some("false")
        );
        // The count is announced politely when it changes.
        let live = find(
            &root,
            "[role=group][aria-label='name c50'] [aria-live=polite]",
        );
        assert_eq!(live.text_content().as_deref(), Some("2"));

        remove.click();
        leptos::task::tick().await;
        assert_eq!(pieces.get_untracked().count(Denomination::C50), 1);
        assert_eq!(pieces.get_untracked().n_pieces(), 1);

        // At the most a wallet can hold, + does nothing.
        pieces.set([(Denomination::N20, MAX_PIECES_EACH)].into_iter().collect());
        leptos::task::tick().await;
        let add_note = find(&root, "button[aria-label='One more n20']");
        assert_eq!(
            add_note.get_attribute("aria-disabled").as_deref(),
            Some("true")
        );
        let before = changes.load(Ordering::SeqCst);
        add_note.click();
        assert_eq!(changes.load(Ordering::SeqCst), before);
    }

    #[wasm_bindgen_test]
    async fn own_photos_replace_the_drawings_at_the_real_shape() {
        load_money_css();
        let root = container();
        let photos = RwSignal::new(std::collections::BTreeMap::from([(
            Denomination::N5,
            "data:image/jpeg;base64,AAAA".to_owned(),
        )]));
        let _handle = mount_to(root.clone(), move || {
            provide_context(OwnMoney(photos.into()));
            view! {
                <MoneyPiece denomination=Denomination::N5 label="5 euro note" />
                <MoneyPiece denomination=Denomination::E1 label="1 euro coin" />
            }
        });
        let note = find(&root, ".pk-money--note");
        assert_eq!(
            note.get_attribute("src").as_deref(),
            Some("data:image/jpeg;base64,AAAA")
        );
        assert!(note.class_list().contains("pk-money--photo"));
        assert_eq!(
            note.style()
                .get_property_value("aspect-ratio")
                .ok()
                .as_deref(),
            Some("120 / 62")
        );
        let coin = find(&root, ".pk-money--coin");
        assert_eq!(coin.get_attribute("src").as_deref(), Some("money/e1.svg"));
        assert!(!coin.class_list().contains("pk-money--photo"));

        // Back to the drawing when the photo is removed.
        photos.set(Default::default());
        leptos::task::tick().await;
        assert_eq!(note.get_attribute("src").as_deref(), Some("money/n5.svg"));
        assert!(!note.class_list().contains("pk-money--photo"));
    }
}

/// A grey frame (two bytes of width, then the pixels) on which the QR reader `rqrr` 0.11
/// panics (found by `scripts/fuzz 300 scan`).
const PANIC_FRAME: &[u8] = include_bytes!("../../../e2e/fixtures/qr/rqrr-panic.frame");

fn scan(frame: &[u8]) -> Option<Option<String>> {
    let width = usize::from(u16::from_le_bytes([frame[0], frame[1]]) % 512).max(1);
    let pixels = frame[2..].to_vec();
    let height = pixels.len() / width;
    pixels_scan(width, height, pixels)
}

fn pixels_scan(width: usize, height: usize, mut pixels: Vec<u8>) -> Option<Option<String>> {
    pixels.truncate(width * height);
    pictokit_kit::guarded(move || pictokit_transfer::qr::scan_luma(width, height, &pixels))
}

#[wasm_bindgen_test]
fn a_panic_in_a_guarded_call_stops_only_that_call() {
    assert_eq!(pictokit_kit::guarded(|| 6 * 7), Some(42));
    // The reader panics on this frame: the guarded call gives nothing, and the page goes on.
    assert_eq!(scan(PANIC_FRAME), None);
    assert_eq!(pictokit_kit::guarded(|| 6 * 7), Some(42));
    // A real code is still read after it, many times.
    let text = "PKS1:abc";
    let (side, modules) = pictokit_transfer::qr::matrix(text).unwrap();
    let scale = 4;
    let width = (side + 8) * scale;
    let mut pixels = vec![255u8; width * width];
    for y in 0..side {
        for x in 0..side {
            if modules[y * side + x] {
                for dy in 0..scale {
                    let row = ((y + 4) * scale + dy) * width;
                    pixels[row + (x + 4) * scale..row + (x + 5) * scale].fill(0);
                }
            }
        }
    }
    for _ in 0..3 {
        assert_eq!(scan(PANIC_FRAME), None);
        assert_eq!(
            pixels_scan(width, width, pixels.clone()),
            Some(Some(text.to_owned()))
        );
    }
    // Components still render.
    let root = container();
    let _handle = mount_to(root.clone(), || view! { <p class="after">"still here"</p> });
    assert_eq!(find(&root, ".after").text_content().unwrap(), "still here");
}

/// The money pictures are named by the coin's or note's id.
#[wasm_bindgen_test]
fn money_pictures_are_named_by_id() {
    use pictokit_domain::money::Denomination;
    use pictokit_kit::money::image_url;
    assert_eq!(image_url(Denomination::C50), "money/c50.svg");
    assert_eq!(image_url(Denomination::N100), "money/n100.svg");
}
