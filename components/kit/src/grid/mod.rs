//! The person's grid: tiles laid out at the profile's density, a page at a time.

use crate::tile::Tile;
use leptos::prelude::*;
use pictokit_domain::profile::GridDensity;

/// One tile of a grid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TileSpec {
    /// Reported to `on_activate`; unique within the grid.
    pub key: String,
    /// The word, in the person's language.
    pub label: String,
    /// The picture's URL.
    pub image: String,
    /// An optional note on the tile, such as "Coming soon".
    pub badge: Option<String>,
}

/// The words of the grid's own controls, in the person's language.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct GridLabels {
    /// The button to the next page.
    pub next: String,
    /// The button to the previous page.
    pub previous: String,
    /// "Page 1 of 3" for each page count: entry `i` is for the page `i + 1`.
    pub pages: Vec<String>,
}

/// Tiles in the profile's grid, paged: never more than the density's count on one screen,
/// with large "previous" and "more" buttons when there is more than one page.
#[component]
pub fn PictoGrid(
    /// Items per screen.
    #[prop(into)]
    density: Signal<GridDensity>,
    /// The tiles, in order.
    #[prop(into)]
    tiles: Signal<Vec<TileSpec>>,
    /// Whether words show under pictures.
    #[prop(into)]
    show_labels: Signal<bool>,
    /// Words of the paging controls.
    #[prop(into)]
    labels: Signal<GridLabels>,
    /// Called with the key of the tile tapped.
    on_activate: Callback<String>,
    /// Called when a paging button is pressed, with that button's word (for speech).
    #[prop(optional)]
    on_page: Option<Callback<String>>,
    /// The grid is the screen's main thing: its tiles are the main action and their
    /// pictures the screen's picture (`data-main-action`, `data-main-picture`, which the
    /// browser tests check are in view and uncovered).
    #[prop(optional)]
    main: bool,
) -> impl IntoView {
    let page = RwSignal::new(0usize);
    let n_pages = Memo::new(move |_| density.get().n_pages(tiles.with(Vec::len)));
    // Keep the page in range when tiles or density change.
    Effect::new(move |_| {
        let last = n_pages.get().saturating_sub(1);
        if page.get_untracked() > last {
            page.set(last);
        }
    });
    let visible = move || {
        let per_page = usize::from(density.get().items());
        let start = page.get().min(n_pages.get().saturating_sub(1)) * per_page;
        tiles.with(|all| {
            all.iter()
                .skip(start)
                .take(per_page)
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let page_label =
        move || labels.with(|labels| labels.pages.get(page.get()).cloned().unwrap_or_default());
    let turn = move |delta: isize| {
        let last = n_pages.get_untracked().saturating_sub(1);
        let next = page.get_untracked().saturating_add_signed(delta).min(last);
        page.set(next);
        if let Some(on_page) = on_page {
            on_page.run(labels.with_untracked(|l| {
                if delta > 0 {
                    l.next.clone()
                } else {
                    l.previous.clone()
                }
            }));
        }
    };
    view! {
        <div class="pk-grid-area" data-main-action=main.then_some("")>
            <div
                class=move || format!("pk-grid pk-grid--{}", density.get().items())
                role="list"
            >
                // Keyed by `key` alone, so a tile whose badge or word changes keeps its
                // button (and the keyboard focus); what it shows follows `tiles`.
                <For each=visible key=|spec| spec.key.clone() let:spec>
                    <div role="listitem" class="pk-grid__cell">
                        <Tile
                            label=tile_part(tiles, &spec, |t| t.label.clone())
                            image=tile_part(tiles, &spec, |t| t.image.clone())
                            show_label=show_labels
                            badge=tile_part(tiles, &spec, |t| t.badge.clone())
                            main_picture=main
                            on_activate=Callback::new({
                                let key = spec.key.clone();
                                move |_| on_activate.run(key.clone())
                            })
                        />
                    </div>
                </For>
            </div>
            <Show when=move || { n_pages.get() > 1 }>
                <nav class="pk-pager" aria-label=page_label>
                    <button
                        type="button"
                        class="pk-pager__button"
                        disabled=move || page.get() == 0
                        on:click=move |_| turn(-1)
                    >
                        <span aria-hidden="true" class="pk-pager__arrow">"◀"</span>
                        <span>{move || labels.with(|l| l.previous.clone())}</span>
                    </button>
                    <span class="pk-pager__dots" aria-hidden="true">
                        {move || {
                            (0..n_pages.get())
                                .map(|idx| {
                                    let class = if idx == page.get() {
                                        "pk-pager__dot pk-pager__dot--current"
                                    } else {
                                        "pk-pager__dot"
                                    };
                                    view! { <span class=class></span> }
                                })
                                .collect_view()
                        }}
                    </span>
                    <span class="pk-visually-hidden" aria-live="polite">{page_label}</span>
                    <button
                        type="button"
                        class="pk-pager__button"
                        disabled=move || { page.get() + 1 >= n_pages.get() }
                        on:click=move |_| turn(1)
                    >
                        <span>{move || labels.with(|l| l.next.clone())}</span>
                        <span aria-hidden="true" class="pk-pager__arrow">"▶"</span>
                    </button>
                </nav>
            </Show>
        </div>
    }
}

/// One part of a tile as it is now in `tiles` (what `spec` had, if the tile is gone).
fn tile_part<T: Clone + Send + Sync + 'static>(
    tiles: Signal<Vec<TileSpec>>,
    spec: &TileSpec,
    part: fn(&TileSpec) -> T,
) -> Signal<T> {
    let key = spec.key.clone();
    let first = part(spec);
    Signal::derive(move || {
        tiles.with(|all| {
            all.iter()
                .find(|tile| tile.key == key)
                .map(part)
                .unwrap_or_else(|| first.clone())
        })
    })
}
