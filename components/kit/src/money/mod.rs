//! Euro coins and notes drawn at their true relative size: one piece, counted groups of
//! pieces (a payment, change) and an editor for counting what is in a wallet.
//!
//! The pictures are `money/{id}.svg`, simplified drawings (see this folder's README).

use leptos::prelude::*;
pub use pictokit_domain::money::size_mm;
use pictokit_domain::money::{widest_mm, widest_of_kind_mm, Denomination, Pieces, MAX_PIECES_EACH};
use std::collections::BTreeMap;

/// Pixels per real millimetre when nothing else is asked: a €2 coin is about 82 px wide,
/// a €200 note about 490 px.
pub const DEFAULT_PX_PER_MM: f64 = 3.2;

/// Pixels per millimetre of the [`WalletEditor`]: 14 rows must fit, so a little smaller
/// (a €2 coin about 62 px, a €200 note about 367 px).
pub const WALLET_PX_PER_MM: f64 = 2.4;

/// At most this many pictures of one coin or note in a group; the count says the rest.
pub const MAX_PICTURES_PER_GROUP: u32 = 5;

/// Space kept free beside the widest note when the screen is narrow, in CSS pixels.
const NARROW_SCREEN_MARGIN_PX: u32 = 32;

/// The picture of a coin or note, relative to the site root.
pub fn image_url(denomination: Denomination) -> String {
    format!("money/{}.svg", denomination.id())
}

/// Photos of a person's own coins and notes (picture URLs, usually `data:` URLs), shown
/// instead of the drawings where there is one. Provide it as a context around the money
/// components; without it, or for a coin or note without a photo, the drawing is shown.
#[derive(Clone, Copy, Debug)]
pub struct OwnMoney(pub Signal<BTreeMap<Denomination, String>>);

impl OwnMoney {
    /// The picture to show for a coin or note: its photo, else its drawing. Reactive.
    pub fn src(&self, denomination: Denomination) -> String {
        self.0
            .with(|photos| photos.get(&denomination).cloned())
            .unwrap_or_else(|| image_url(denomination))
    }

    /// Whether the person's own photo is shown for this coin or note. Reactive.
    pub fn has_photo(&self, denomination: Denomination) -> bool {
        self.0.with(|photos| photos.contains_key(&denomination))
    }
}

/// The picture of a coin or note where `OwnMoney` is provided (the person's photo if
/// there is one), else its drawing. Reactive: call it inside a closure.
pub fn money_src(denomination: Denomination) -> String {
    match use_context::<OwnMoney>() {
        Some(own) => own.src(denomination),
        None => image_url(denomination),
    }
}

/// One real millimetre as a CSS length: `px_per_mm` pixels, or less on a screen too
/// narrow for the widest note, so that every piece keeps its relative size.
fn millimetre_css(px_per_mm: f64) -> String {
    format!(
        "min({px_per_mm}px, (100vw - {NARROW_SCREEN_MARGIN_PX}px) / {})",
        widest_mm()
    )
}

/// `mm` real millimetres (negative for a pull-back margin) as a CSS length.
fn length_css(mm: f64, px_per_mm: f64) -> String {
    format!("calc({mm} * {})", millimetre_css(px_per_mm))
}

/// One coin or note at its true relative size: `scale` pixels for each real millimetre
/// (smaller on narrow screens, where the widest note must still fit).
#[component]
pub fn MoneyPiece(
    /// Which coin or note.
    #[prop(into)]
    denomination: Signal<Denomination>,
    /// Its name for screen readers, in the person's language ("50 cent coin"); empty when
    /// the picture is decoration beside words that already say it.
    #[prop(into)]
    label: Signal<String>,
    /// Pixels per real millimetre.
    #[prop(into, default = Signal::stored(DEFAULT_PX_PER_MM))]
    scale: Signal<f64>,
) -> impl IntoView {
    let own = use_context::<OwnMoney>();
    let is_photo = move || own.is_some_and(|own| own.has_photo(denomination.get()));
    let class = move || {
        let kind = if denomination.get().is_note() {
            "pk-money pk-money--note"
        } else {
            "pk-money pk-money--coin"
        };
        if is_photo() {
            format!("{kind} pk-money--photo")
        } else {
            kind.to_owned()
        }
    };
    // The attributes give the shape before the picture loads; the style gives the size.
    let width_px = move || (size_mm(denomination.get()).0 * scale.get()).round();
    let height_px = move || (size_mm(denomination.get()).1 * scale.get()).round();
    view! {
        <img
            class=class
            src=move || match own {
                Some(own) => own.src(denomination.get()),
                None => image_url(denomination.get()),
            }
            alt=move || label.get()
            width=width_px
            height=height_px
            draggable="false"
            style:width=move || length_css(size_mm(denomination.get()).0, scale.get())
            // The real shape, whatever the picture's own (a photo may be square).
            style:aspect-ratio=move || {
                let (width, height) = size_mm(denomination.get());
                format!("{width} / {height}")
            }
        />
    }
}

/// Coins and notes grouped by kind, largest first: each group shows the picture up to
/// [`MAX_PICTURES_PER_GROUP`] times, overlapping like a small pile, and the count as
/// text ("× 3"). Each group is one list item with its own accessible name.
#[component]
pub fn MoneyPieces(
    /// The coins and notes to show.
    #[prop(into)]
    pieces: Signal<Pieces>,
    /// The accessible name of a group, in the person's language, from its coin or note
    /// and how many there are ("3 × 50 cent coins").
    label: Callback<(Denomination, u32), String>,
    /// Pixels per real millimetre.
    #[prop(into, default = Signal::stored(DEFAULT_PX_PER_MM))]
    scale: Signal<f64>,
) -> impl IntoView {
    let groups = move || pieces.with(|pieces| pieces.iter().collect::<Vec<_>>());
    view! {
        <ul class="pk-money-pieces">
            <For each=groups key=|group| *group let:group>
                <MoneyGroup denomination=group.0 count=group.1 label=label scale=scale />
            </For>
        </ul>
    }
}

/// One group of [`MoneyPieces`]: the pile of pictures and the count.
#[component]
fn MoneyGroup(
    /// Which coin or note.
    denomination: Denomination,
    /// How many.
    count: u32,
    /// Names the group (see [`MoneyPieces`]).
    label: Callback<(Denomination, u32), String>,
    /// Pixels per real millimetre.
    scale: Signal<f64>,
) -> impl IntoView {
    let (width_mm, _) = size_mm(denomination);
    let n_pictures = count.min(MAX_PICTURES_PER_GROUP);
    let kind = if denomination.is_note() {
        "note"
    } else {
        "coin"
    };
    let pictures = (0..n_pictures)
        .map(|picture_idx| {
            // Coins lie in a row, each over 40 % of the last; notes fan out down and right.
            let margin_left = move || {
                if picture_idx == 0 {
                    "0px".to_owned()
                } else if denomination.is_note() {
                    format!("calc({} + 16px)", length_css(-width_mm, scale.get()))
                } else {
                    length_css(-width_mm * 0.4, scale.get())
                }
            };
            let margin_top = if denomination.is_note() {
                format!("{}px", picture_idx * 10)
            } else {
                "0px".to_owned()
            };
            view! {
                <span
                    class="pk-money-pieces__picture"
                    style:margin-left=margin_left
                    style:margin-top=margin_top
                >
                    <MoneyPiece denomination=denomination label=String::new() scale=scale />
                </span>
            }
        })
        .collect_view();
    view! {
        <li class=format!("pk-money-pieces__group pk-money-pieces__group--{kind}")>
            <div
                class="pk-money-pieces__figure"
                role="img"
                aria-label=move || label.run((denomination, count))
            >
                <span class="pk-money-pieces__pile">{pictures}</span>
                <span class="pk-money-pieces__count">{format!("× {count}")}</span>
            </div>
        </li>
    }
}

/// The words of the [`WalletEditor`]'s sections, in the language of whoever counts.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct WalletLabels {
    /// Heading over the coins ("Coins").
    pub coins: String,
    /// Heading over the notes ("Notes").
    pub notes: String,
}

/// Counting a wallet: every coin, then every note, each with its picture, its name and
/// large − and + buttons around the count. Every change is one step and the other
/// button undoes it, so a stray tap does no harm.
#[component]
pub fn WalletEditor(
    /// What is in the wallet now.
    #[prop(into)]
    pieces: Signal<Pieces>,
    /// Called with the whole wallet after each tap on − or +.
    on_change: Callback<Pieces>,
    /// The section headings.
    #[prop(into)]
    labels: Signal<WalletLabels>,
    /// The name shown beside each coin or note ("50 cent").
    name: Callback<Denomination, String>,
    /// The accessible name of + for a coin or note ("One more 50 cent coin").
    add_label: Callback<Denomination, String>,
    /// The accessible name of − for a coin or note ("One fewer 50 cent coin").
    remove_label: Callback<Denomination, String>,
    /// Pixels per real millimetre of the pictures.
    #[prop(into, default = Signal::stored(WALLET_PX_PER_MM))]
    scale: Signal<f64>,
) -> impl IntoView {
    let section = move |notes: bool| {
        let rows = Denomination::ALL
            .into_iter()
            .filter(|denomination| denomination.is_note() == notes)
            .map(|denomination| {
                view! {
                    <WalletRow
                        denomination=denomination
                        pieces=pieces
                        on_change=on_change
                        name=name
                        add_label=add_label
                        remove_label=remove_label
                        scale=scale
                    />
                }
            })
            .collect_view();
        let heading = move || {
            labels.with(|labels| {
                if notes {
                    labels.notes.clone()
                } else {
                    labels.coins.clone()
                }
            })
        };
        let kind = if notes { "notes" } else { "coins" };
        view! {
            <section class=format!("pk-wallet__section pk-wallet__section--{kind}")>
                <h2 class="pk-wallet__heading">{heading}</h2>
                <ul class="pk-wallet__list">{rows}</ul>
            </section>
        }
    };
    view! { <div class="pk-wallet">{section(false)} {section(true)}</div> }
}

/// One coin or note of the [`WalletEditor`].
#[component]
fn WalletRow(
    /// Which coin or note this row counts.
    denomination: Denomination,
    /// The whole wallet.
    pieces: Signal<Pieces>,
    /// Called with the whole wallet after a change.
    on_change: Callback<Pieces>,
    /// The visible name (see [`WalletEditor`]).
    name: Callback<Denomination, String>,
    /// The name of + (see [`WalletEditor`]).
    add_label: Callback<Denomination, String>,
    /// The name of − (see [`WalletEditor`]).
    remove_label: Callback<Denomination, String>,
    /// Pixels per real millimetre.
    scale: Signal<f64>,
) -> impl IntoView {
    let count = move || pieces.with(|pieces| pieces.count(denomination));
    let change = move |more: bool| {
        let mut next = pieces.get_untracked();
        let before = next.count(denomination);
        if more {
            next.add(denomination, 1);
        } else {
            next.remove(denomination, 1);
        }
        if next.count(denomination) != before {
            on_change.run(next);
        }
    };
    // aria-disabled rather than disabled: a button that vanishes from the tab order
    // under the finger would drop the keyboard focus to the page.
    let at_least_one = move || count() == 0;
    let at_most = move || count() >= MAX_PIECES_EACH;
    let bool_text = |flag: bool| if flag { "true" } else { "false" };
    let picture_box_mm = widest_of_kind_mm(denomination.is_note());
    // Called inside closures, so names follow a change of language.
    let row_name = move || name.run(denomination);
    // − takes one away, + adds one.
    let step_button = move |more: bool| {
        let (kind, symbol, label) = if more {
            ("add", "+", add_label)
        } else {
            ("remove", "−", remove_label)
        };
        let disabled = move || if more { at_most() } else { at_least_one() };
        view! {
            <button
                type="button"
                class=format!("pk-wallet__button pk-wallet__button--{kind}")
                aria-label=move || label.run(denomination)
                aria-disabled=move || bool_text(disabled())
                on:click=move |_| change(more)
            >
                <span aria-hidden="true">{symbol}</span>
            </button>
        }
    };
    view! {
        <li class="pk-wallet__row">
            <div class="pk-wallet__item" role="group" aria-label=row_name>
                // As wide as the widest of its kind, so names and buttons line up.
                <span
                    class="pk-wallet__picture"
                    style:width=move || length_css(picture_box_mm, scale.get())
                >
                    <MoneyPiece denomination=denomination label=String::new() scale=scale />
                </span>
                <span class="pk-wallet__name" aria-hidden="true">
                    {row_name}
                </span>
                <span class="pk-wallet__controls">
                    {step_button(false)}
                    <span class="pk-wallet__count" aria-live="polite" aria-atomic="true">
                        {count}
                    </span>
                    {step_button(true)}
                </span>
            </div>
        </li>
    }
}
