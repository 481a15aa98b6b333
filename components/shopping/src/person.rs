//! The shopping helper in person mode: choose a list, shop one item at a time (or from
//! the grid) with a calm budget bar, pay at the till with the coins and notes the wallet
//! really has, and practise with money. Every word is spoken on tap; nothing is blocked.

use crate::facilitator::{
    denomination_name, pieces_label, provide_own_money, set_item_price, PriceDialog,
};
use leptos::prelude::*;
use pictokit_domain::money::{format_euros, Cents, Denomination, Pieces};
use pictokit_domain::payment::{after_payment, plan_payment, Payment, PaymentPlan};
use pictokit_domain::practice::{CheckChange, Dice, MakeAmount, Recognise, Step};
use pictokit_domain::profile::{Component, Profile};
use pictokit_domain::shopping::{BudgetStatus, ItemState, ShopView, Shopping, ShoppingList};
use pictokit_domain::Language;
use pictokit_kit::{money_src, MoneyPieces, PictoGrid, TileSpec};
use pictokit_pictograms::component_symbol;
use pictokit_pictograms::ui::{self, UiPicture};
use pictokit_shell::i18n::{use_i18n, I18n};
use pictokit_shell::library::{show, use_pictograms};
use pictokit_shell::person::PersonCtx;
use pictokit_shell::person::{grid_labels, BigButton};
use pictokit_shell::routes::{use_router, Route, ShopPlace};
use pictokit_shell::state::{now_ms, use_state};

/// The shopping screens of person mode, for [`pictokit_shell::person::ComponentScreens`].
pub fn shop_screens(route: Route, profile: Signal<Profile>) -> Option<AnyView> {
    let Route::Shop(profile_id, place) = route else {
        return None;
    };
    // The person's own coins and notes, where there are photos of them.
    provide_own_money(profile_id);
    let screen = match place {
        ShopPlace::Lists => view! { <ShopLists profile=profile /> }.into_any(),
        ShopPlace::List(list_id) => {
            view! { <ShopList profile=profile list_id=list_id /> }.into_any()
        }
        ShopPlace::Till(list_id) => view! { <Till profile=profile list_id=list_id /> }.into_any(),
        ShopPlace::Practice => view! { <Practice profile=profile /> }.into_any(),
    };
    // Each screen starts at its top (the total, the question), whatever was scrolled before.
    let shop_ref = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(element) = shop_ref.get() {
            element.set_scroll_top(0);
        }
    });
    Some(view! { <div class="pk-shop" node_ref=shop_ref>{screen}</div> }.into_any())
}

/// What every person screen of the shopping helper needs: the person's context, and what
/// only the shop asks of it.
type Ctx = PersonCtx;

/// The shop's questions to the person's context.
trait Shop {
    fn money(&self, amount: Cents) -> String;
    fn go(&self, place: ShopPlace);
    fn shopping(&self) -> Shopping;
}

impl Shop for PersonCtx {
    fn money(&self, amount: Cents) -> String {
        format_euros(amount, self.lang())
    }

    fn go(&self, place: ShopPlace) {
        self.router.replace(Route::Shop(self.id(), place));
    }

    fn shopping(&self) -> Shopping {
        self.state.shopping_of(&self.id())
    }
}

/// The person's lists, and practice, as tiles in their grid.
#[component]
fn ShopLists(profile: Signal<Profile>) -> impl IntoView {
    let ctx = Ctx::new(profile);
    let i18n = ctx.i18n;
    let state = use_state();
    let pictograms = use_pictograms();
    pictograms.ensure_loaded();
    let lists = Memo::new(move |_| {
        let id = profile.with(|p| p.id.clone());
        state
            .shopping
            .with(|all| all.get(&id).map(|s| s.lists.clone()).unwrap_or_default())
    });
    let tiles = Signal::derive(move || {
        let library = pictograms.library();
        let mut tiles: Vec<TileSpec> = lists.with(|lists| {
            lists
                .iter()
                .map(|list| TileSpec {
                    key: list.id.clone(),
                    label: list.name.clone(),
                    image: list
                        .items
                        .first()
                        .and_then(|item| {
                            show(
                                library.as_deref(),
                                &state,
                                &item.picto,
                                ctx.lang(),
                                ctx.black(),
                            )
                        })
                        .map(|shown| shown.src)
                        .unwrap_or_else(|| component_symbol(Component::Shopping).path.to_owned()),
                    badge: None,
                })
                .collect()
        });
        tiles.push(TileSpec {
            key: "practice".to_owned(),
            label: i18n.t("practice-title"),
            image: ctx.symbol(ui::PRACTICE),
            badge: None,
        });
        tiles
    });
    let on_tile = Callback::new(move |key: String| {
        if let Some(tile) = tiles.with_untracked(|t| t.iter().find(|t| t.key == key).cloned()) {
            ctx.say(&tile.label);
        }
        if key == "practice" {
            ctx.go(ShopPlace::Practice);
        } else {
            ctx.go(ShopPlace::List(key));
        }
    });
    view! {
        <h2 class="pk-shop-title">{move || i18n.t("shop-person-title")}</h2>
        <Show when=move || lists.with(Vec::is_empty)>
            <p class="pk-empty">{move || i18n.t("shop-person-no-lists")}</p>
        </Show>
        <PersonGrid profile=profile tiles=tiles on_tile=on_tile />
    }
}

/// The way back to another screen of the shopping helper (the lists, the list), with
/// that screen's own picture: the house is only ever the person's home.
#[component]
fn BackButton(
    /// The picture of where it goes.
    picture: String,
    /// Its word.
    label_id: &'static str,
    on_press: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <button type="button" class="pk-back-button" on:click=move |_| on_press.run(())>
            <img src=picture alt="" />
            <span>{move || i18n.t(label_id)}</span>
        </button>
    }
}

/// Tiles in the person's grid, paged, with spoken paging.
#[component]
fn PersonGrid(
    profile: Signal<Profile>,
    tiles: Signal<Vec<TileSpec>>,
    on_tile: Callback<String>,
) -> impl IntoView {
    let ctx = Ctx::new(profile);
    let i18n = ctx.i18n;
    let grid_labels = grid_labels(i18n, profile, tiles);
    view! {
        <PictoGrid
                main=true
            density=Signal::derive(move || profile.with(|p| p.settings.grid))
            tiles=tiles
            show_labels=Signal::derive(move || profile.with(|p| p.settings.show_labels))
            labels=grid_labels
            on_activate=on_tile
            on_page=Callback::new(move |label: String| ctx.say(&label))
        />
    }
}

/// The money against the budget: words, a bar whose colour *and* pattern change, and a
/// pictogram when it runs low or the next item does not fit.
#[component]
fn BudgetBar(
    profile: Signal<Profile>,
    list: Memo<Option<ShoppingList>>,
    next: Signal<Option<(String, Option<Cents>)>>,
) -> impl IntoView {
    let ctx = Ctx::new(profile);
    let i18n = ctx.i18n;
    let status = Memo::new(move |_| {
        list.with(|l| {
            l.as_ref()
                .map(|l| l.budget_status(next.with(|n| n.as_ref().and_then(|(_, cost)| *cost))))
                .unwrap_or(BudgetStatus::NoBudget)
        })
    });
    let spent = move || {
        list.with(|l| {
            l.as_ref()
                .map(ShoppingList::basket_total)
                .unwrap_or_default()
        })
    };
    let budget = move || list.with(|l| l.as_ref().and_then(|l| l.budget));
    let words = move || {
        let spent = ctx.money(spent());
        match budget() {
            Some(budget) => i18n.ta(
                "shop-spent-of",
                &[("spent", &spent), ("budget", &ctx.money(budget))],
            ),
            None => i18n.ta("shop-spent", &[("spent", &spent)]),
        }
    };
    let left = move || budget().map(|b| b.minus(spent()));
    let message = move || {
        let left = ctx.money(left().unwrap_or_default());
        match status.get() {
            BudgetStatus::NoBudget => None,
            BudgetStatus::Plenty => Some((None, i18n.ta("budget-plenty", &[("left", &left)]))),
            BudgetStatus::Low => Some((Some(ui::LOW), i18n.ta("budget-low", &[("left", &left)]))),
            BudgetStatus::NextDoesNotFit => {
                let name =
                    next.with(|n| n.as_ref().map(|(name, _)| name.clone()).unwrap_or_default());
                Some((
                    Some(ui::STOP),
                    i18n.ta(
                        "budget-next-does-not-fit",
                        &[("name", &name), ("left", &left)],
                    ),
                ))
            }
            BudgetStatus::Over => {
                let over = ctx.money(spent().minus(budget().unwrap_or_default()));
                Some((Some(ui::STOP), i18n.ta("budget-over", &[("over", &over)])))
            }
        }
    };
    // What the status line says is also said, when it first shows and when it changes.
    Effect::new(move |previous: Option<Option<String>>| {
        let now = message().map(|(_, words)| words);
        if previous.as_ref() != Some(&now) {
            if let Some(words) = &now {
                ctx.say_next(words);
            }
        }
        now
    });
    // Percent of the budget spent, for the bar's width.
    let percent = move || match budget() {
        Some(budget) if budget.0 > 0 => (spent().0.saturating_mul(100) / budget.0).min(100),
        Some(_) => 100,
        None => 0,
    };
    view! {
        <section
            class="pk-budget"
            data-status=move || status.get().as_str()
            aria-label=move || i18n.t("shop-budget")
        >
            <p class="pk-budget__words">{words}</p>
            <Show when=move || budget().is_some()>
                <div class="pk-budget__bar" aria-hidden="true">
                    <div class="pk-budget__fill" style:width=move || format!("{}%", percent())></div>
                </div>
            </Show>
            <div class="pk-budget__status" role="status" aria-live="polite">
                {move || message().map(|(picture, words)| {
                    let spoken = words.clone();
                    view! {
                        <button type="button" class="pk-budget__say" on:click=move |_| ctx.say(&spoken)>
                            {picture.map(|picture: UiPicture| view! { <img src=ctx.symbol(picture) alt="" /> })}
                            <span>{words}</span>
                        </button>
                    }
                })}
            </div>
        </section>
    }
}

/// The name and quantity, as spoken: "Milk, 2".
fn item_words(i18n: I18n, name: &str, quantity: u32) -> String {
    i18n.ta(
        "shop-item-words",
        &[("name", name), ("count", &quantity.to_string())],
    )
}

/// In the shop with a list: one item at a time, or the list in the grid.
#[component]
fn ShopList(profile: Signal<Profile>, list_id: String) -> impl IntoView {
    let ctx = Ctx::new(profile);
    let i18n = ctx.i18n;
    let state = use_state();
    let pictograms = use_pictograms();
    pictograms.ensure_loaded();
    let lid = list_id.clone();
    let list = Memo::new(move |_| {
        let id = profile.with(|p| p.id.clone());
        state
            .shopping
            .with(|all| all.get(&id).and_then(|s| s.list(&lid).cloned()))
    });
    let view_mode = Memo::new(move |_| {
        let id = profile.with(|p| p.id.clone());
        state
            .shopping
            .with(|all| all.get(&id).map(|s| s.view).unwrap_or_default())
    });
    // The item on the card; in the grid view, `None` shows the grid.
    let start = list.with_untracked(|l| {
        l.as_ref()
            .and_then(|l| l.next_to_buy().map(|i| i.id.clone()))
    });
    let current = RwSignal::new(if view_mode.get_untracked() == ShopView::OneByOne {
        start.or_else(|| {
            list.with_untracked(|l| {
                l.as_ref()
                    .and_then(|l| l.items.first().map(|i| i.id.clone()))
            })
        })
    } else {
        None
    });
    // In the grid view: the product tapped last.
    let chosen = RwSignal::new(None::<String>);
    // A product of the list by id (tracked).
    let item_with = move |id: &str| {
        list.with(|l| {
            l.as_ref()
                .and_then(|l| l.items.iter().find(|i| i.id == id).cloned())
        })
    };
    let item = Memo::new(move |_| item_with(&current.get()?));
    let chosen_item = Memo::new(move |_| item_with(&chosen.get()?));
    // The next item for the budget: the one on the card while it is still to buy, else
    // the first still to buy.
    let next = Signal::derive(move || {
        item.get()
            .filter(|i| i.state == ItemState::ToBuy)
            .or_else(|| list.with(|l| l.as_ref().and_then(|l| l.next_to_buy().cloned())))
            .map(|i| (i.name.clone(), i.cost()))
    });
    let lid = list_id.clone();
    let edit = StoredValue::new(move |f: Box<dyn FnOnce(&mut ShoppingList)>| {
        let id = profile.with_untracked(|p| p.id.clone());
        state.update_shopping(&id, |s| {
            if let Some(list) = s.list_mut(&lid) {
                f(list);
            }
        });
    });
    let set_state = move |item_id: String, to: ItemState| {
        edit.with_value(|edit| {
            edit(Box::new(move |list| {
                if let Some(item) = list.items.iter_mut().find(|i| i.id == item_id) {
                    item.state = to;
                }
            }))
        })
    };
    // After marking, the card moves on to the next item still to buy (one at a time), or
    // back to the grid.
    let move_on = move || {
        if view_mode.get_untracked() == ShopView::Grid {
            current.set(None);
            return;
        }
        let next = list.with_untracked(|l| {
            l.as_ref()
                .and_then(|l| l.next_to_buy().map(|i| i.id.clone()))
        });
        if let Some(next) = next {
            current.set(Some(next));
        }
    };
    // In the basket or not there: a tap sets it and moves on; a second tap undoes it.
    let toggle = move |item_id: String, now: ItemState, to: ItemState| {
        let (message, undone) = match to {
            ItemState::Skipped => ("shop-skipped", "shop-unskipped"),
            _ => ("shop-in-basket", "shop-taken-out"),
        };
        if now == to {
            set_state(item_id, ItemState::ToBuy);
            ctx.say(&i18n.t(undone));
        } else {
            set_state(item_id, to);
            ctx.say(&i18n.t(message));
            move_on();
        }
    };
    let step = move |by: isize| {
        let ids: Vec<String> = list.with_untracked(|l| {
            l.as_ref()
                .map(|l| l.items.iter().map(|i| i.id.clone()).collect())
                .unwrap_or_default()
        });
        let at = current
            .get_untracked()
            .and_then(|c| ids.iter().position(|i| *i == c))
            .unwrap_or(0) as isize;
        let to = (at + by).clamp(0, ids.len().saturating_sub(1) as isize) as usize;
        if let Some(id) = ids.get(to) {
            current.set(Some(id.clone()));
        }
    };
    let src_of = move |picto: &pictokit_domain::picto::PictoRef| {
        show(
            pictograms.library().as_deref(),
            &state,
            picto,
            ctx.lang(),
            ctx.black(),
        )
        .map(|shown| shown.src)
        .unwrap_or_default()
    };

    // The product is said when it comes on the card (after what the last tap said), with
    // where it is when it is not still to buy; a new card starts at the top of the screen.
    Effect::new(move |previous: Option<Option<String>>| {
        let shown = current.get();
        if previous.as_ref() != Some(&shown) {
            if previous.is_some() {
                pictokit_shell::routes::to_top();
            }
            if let Some(item) = item.get_untracked() {
                let mut words = item_words(i18n, &item.name, item.quantity);
                match item.state {
                    ItemState::ToBuy => {}
                    ItemState::InBasket => words = format!("{words}. {}", i18n.t("shop-in-basket")),
                    ItemState::Skipped => words = format!("{words}. {}", i18n.t("shop-skipped")),
                }
                ctx.say_next(&words);
            }
        }
        shown
    });

    let price_open = RwSignal::new(false);
    let lid = list_id.clone();
    // The product whose price is being corrected: the one on the card, or in the grid
    // the one tapped last.
    let priced = Memo::new(move |_| item.get().or_else(|| chosen_item.get()));
    let on_price = Callback::new(move |amount: Option<Cents>| {
        let item_id = priced.with_untracked(|i| i.as_ref().map(|i| i.id.clone()));
        if let (Some(item_id), Some(amount)) = (item_id, amount) {
            let id = ctx.id();
            let now = now_ms();
            state.update_shopping(&id, |s| {
                set_item_price(s, &lid, &item_id, Some(amount), now)
            });
            ctx.say(&i18n.ta("shop-price-now", &[("price", &ctx.money(amount))]));
        }
    });
    let grid_tiles = Signal::derive(move || {
        let library = pictograms.library();
        list.with(|l| {
            l.as_ref()
                .map(|l| {
                    l.items
                        .iter()
                        .map(|item| TileSpec {
                            key: item.id.clone(),
                            label: item_words(i18n, &item.name, item.quantity),
                            image: show(
                                library.as_deref(),
                                &state,
                                &item.picto,
                                ctx.lang(),
                                ctx.black(),
                            )
                            .map(|s| s.src)
                            .unwrap_or_default(),
                            badge: match item.state {
                                ItemState::ToBuy => None,
                                ItemState::InBasket => {
                                    Some(format!("✓ {}", i18n.t("shop-in-basket")))
                                }
                                ItemState::Skipped => Some(i18n.t("shop-skipped")),
                            },
                        })
                        .collect()
                })
                .unwrap_or_default()
        })
    });
    // In the grid a tap puts the product in the basket and a second tap takes it out;
    // the product last tapped gets "Not there" and "New price" under the grid.
    let on_grid_tile = Callback::new(move |key: String| {
        let Some(tapped) = untrack(|| item_with(&key)) else {
            return;
        };
        let (to, words) = if tapped.state == ItemState::InBasket {
            (ItemState::ToBuy, "shop-taken-out")
        } else {
            (ItemState::InBasket, "shop-in-basket")
        };
        set_state(key.clone(), to);
        chosen.set(Some(key));
        ctx.say(&format!(
            "{}. {}",
            item_words(i18n, &tapped.name, tapped.quantity),
            i18n.t(words)
        ));
    });
    let lid_till = list_id.clone();
    let lid_card = list_id.clone();
    let n_items = move || list.with(|l| l.as_ref().map(|l| l.items.len()).unwrap_or(0));
    // Only whether there is anything: the grid is not drawn again when a mark changes.
    let has_items = Memo::new(move |_| n_items() > 0);
    // Nothing is left to buy (every product is in the basket or not there).
    let all_bought = Memo::new(move |_| {
        list.with(|l| {
            l.as_ref()
                .is_some_and(|l| !l.items.is_empty() && l.next_to_buy().is_none())
        })
    });
    let position = move || {
        let id = current.get()?;
        list.with(|l| {
            l.as_ref()
                .and_then(|l| l.items.iter().position(|i| i.id == id))
        })
    };

    view! {
        <div class="pk-shop-top">
            <BackButton
                picture=component_symbol(Component::Shopping).path.to_owned()
                label_id="shop-my-lists"
                on_press=Callback::new(move |()| ctx.go(ShopPlace::Lists))
            />
            <h2 class="pk-shop-title">{move || list.with(|l| l.as_ref().map(|l| l.name.clone()).unwrap_or_default())}</h2>
        </div>
        <BudgetBar profile=profile list=list next=next />
        <Show when=move || n_items() == 0>
            <p class="pk-empty">{move || i18n.t("shop-person-empty-list")}</p>
        </Show>
        {move || match item.get() {
            None => has_items.get().then(|| view! {
                <p class="pk-shop-hint">{move || i18n.t("shop-grid-hint")}</p>
                <PersonGrid profile=profile tiles=grid_tiles on_tile=on_grid_tile />
                {move || chosen_item.get().map(|chosen| {
                    let words = item_words(i18n, &chosen.name, chosen.quantity);
                    let skipped = chosen.state == ItemState::Skipped;
                    let (id_skip, chosen_state) = (chosen.id.clone(), chosen.state);
                    view! {
                        <section class="pk-shop-chosen" aria-labelledby="shop-chosen-name">
                            <img class="pk-shop-chosen__img" src=src_of(&chosen.picto) alt="" />
                            <h3 id="shop-chosen-name" class="pk-shop-chosen__name">{words}</h3>
                            <div class="pk-shop-card__actions">
                                <BigButton
                                    image=ctx.symbol(ui::SKIP)
                                    label=i18n.t(if skipped { "shop-unskip" } else { "shop-skip" })
                                    on_press=Callback::new(move |()| toggle(id_skip.clone(), chosen_state, ItemState::Skipped))
                                />
                                <BigButton
                                    image=ctx.symbol(ui::PRICE)
                                    label=i18n.t("shop-price-changed")
                                    on_press=Callback::new(move |()| price_open.set(true))
                                />
                            </div>
                        </section>
                    }
                })}
            }.into_any()),
            Some(item) => {
                let words = item_words(i18n, &item.name, item.quantity);
                let spoken = words.clone();
                let (id_basket, id_skip) = (item.id.clone(), item.id.clone());
                let item_state = item.state;
                let in_basket = item_state == ItemState::InBasket;
                // The price of this line: "3 × €0.80 = €2.40", or "€0.80" for one.
                let price_words = item.price.map(|price| {
                    let total = price.times(item.quantity);
                    if item.quantity > 1 {
                        i18n.ta("shop-line-total", &[
                            ("count", &item.quantity.to_string()),
                            ("price", &ctx.money(price)),
                            ("total", &ctx.money(total)),
                        ])
                    } else {
                        ctx.money(price)
                    }
                });
                let lid_pay = lid_card.clone();
                Some(view! {
                    <article class="pk-shop-card" data-step=item.id.clone() data-state=match item_state {
                        ItemState::ToBuy => "to-buy",
                        ItemState::InBasket => "in-basket",
                        ItemState::Skipped => "skipped",
                    }>
                        <div class="pk-shop-card__look">
                            <p class="pk-shop-card__position">
                                {move || position().map(|p| i18n.ta("shop-position", &[("n", &(p + 1).to_string()), ("total", &n_items().to_string())]))}
                            </p>
                            <button type="button" class="pk-shop-card__picture" on:click=move |_| ctx.say(&spoken)>
                                <img src=src_of(&item.picto) alt="" data-main-picture="" />
                                <span class="pk-shop-card__name">{words.clone()}</span>
                                {price_words.map(|words| view! {
                                    <span class="pk-shop-card__price">{words}</span>
                                })}
                            </button>
                            <p class="pk-shop-card__state" role="status">
                                {match item_state {
                                    ItemState::ToBuy => None,
                                    ItemState::InBasket => Some(view! {
                                        <img src=ctx.symbol(ui::DONE) alt="" />
                                        <span>{i18n.t("shop-in-basket")}</span>
                                    }.into_any()),
                                    ItemState::Skipped => Some(view! {
                                        <img src=ctx.symbol(ui::SKIP) alt="" />
                                        <span>{i18n.t("shop-skipped")}</span>
                                    }.into_any()),
                                }}
                            </p>
                        </div>
                        <div class="pk-shop-card__do">
                            // With everything bought, going to the till is the next thing to do.
                            {move || all_bought.get().then(|| {
                                let lid = lid_pay.clone();
                                view! {
                                    <BigButton
                                        class="pk-big-button--primary"
                                        main=true
                                        image=ctx.symbol(ui::PAY)
                                        label=Signal::derive(move || i18n.t("shop-to-till"))
                                        on_press=Callback::new(move |()| {
                                            ctx.say(&i18n.t("shop-to-till"));
                                            ctx.go(ShopPlace::Till(lid.clone()));
                                        })
                                    />
                                }
                            })}
                            {if in_basket {
                                // Taking it out undoes "in the basket": not the main action.
                                view! {
                                    <BigButton
                                        image=ctx.symbol(ui::UNDO)
                                        label=i18n.t("shop-take-out")
                                        on_press=Callback::new(move |()| toggle(id_basket.clone(), item_state, ItemState::InBasket))
                                    />
                                }.into_any()
                            } else {
                                view! {
                                    <BigButton
                                        class="pk-big-button--primary"
                                        main=true
                                        image=ctx.symbol(ui::BASKET)
                                        label=i18n.t("shop-put-in")
                                        on_press=Callback::new(move |()| toggle(id_basket.clone(), item_state, ItemState::InBasket))
                                    />
                                }.into_any()
                            }}
                            <BigButton
                                image=ctx.symbol(ui::SKIP)
                                label=i18n.t(if item_state == ItemState::Skipped { "shop-unskip" } else { "shop-skip" })
                                on_press=Callback::new(move |()| toggle(id_skip.clone(), item_state, ItemState::Skipped))
                            />
                            <BigButton
                                image=ctx.symbol(ui::PRICE)
                                label=i18n.t("shop-price-changed")
                                on_press=Callback::new(move |()| price_open.set(true))
                            />
                        </div>
                        {move || (view_mode.get() == ShopView::OneByOne).then(|| view! {
                            <div class="pk-shop-card__nav">
                                <button
                                    type="button"
                                    class="pk-big-button"
                                    disabled=move || position() == Some(0)
                                    on:click=move |_| step(-1)
                                >
                                    <img src=ctx.symbol(ui::PREVIOUS) alt="" />
                                    <span>{i18n.t("shop-previous")}</span>
                                </button>
                                <button
                                    type="button"
                                    class="pk-big-button"
                                    disabled=move || position().is_some_and(|p| p + 1 >= n_items())
                                    on:click=move |_| step(1)
                                >
                                    <img src=ctx.symbol(ui::NEXT) alt="" />
                                    <span>{i18n.t("shop-next")}</span>
                                </button>
                            </div>
                        })}
                    </article>
                }.into_any())
            }
        }}
        <Show when=move || { n_items() > 0 && !(all_bought.get() && item.with(Option::is_some)) }>
            <div class="pk-shop-pay">
                <BigButton
                    class=""
                    image=ctx.symbol(ui::PAY)
                    label=Signal::derive(move || i18n.t("shop-to-till"))
                    on_press=Callback::new({
                        let lid = lid_till.clone();
                        move |()| {
                            ctx.say(&i18n.t("shop-to-till"));
                            ctx.go(ShopPlace::Till(lid.clone()));
                        }
                    })
                />
            </div>
        </Show>
        <PriceDialog
            open=price_open
            title=Signal::derive(move || i18n.ta("shop-price-of", &[("name", &priced.with(|i| i.as_ref().map(|i| i.name.clone()).unwrap_or_default()))]))
            lang=Signal::derive(move || ctx.lang())
            initial=Signal::derive(move || priced.with(|i| i.as_ref().and_then(|i| i.price)))
            on_done=on_price
        />
    }
}

/// Words for a group of pieces, for speech: "1 × 20 euro note, 2 × 1 euro coin".
fn pieces_words(lang: Language, pieces: &Pieces) -> String {
    pieces
        .iter()
        .map(|(denomination, count)| pieces_label(lang, denomination, count))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Pixels per real millimetre at the till: a €5 note is 300 px wide, so what to give
/// and the change fit on a tablet together.
const TILL_PX_PER_MM: f64 = 2.5;

/// Pictures of coins and notes with their words.
#[component]
fn Money(profile: Signal<Profile>, #[prop(into)] pieces: Signal<Pieces>) -> impl IntoView {
    let ctx = Ctx::new(profile);
    view! {
        <MoneyPieces
            pieces=pieces
            scale=TILL_PX_PER_MM
            label=Callback::new(move |(denomination, count): (Denomination, u32)| pieces_label(ctx.lang(), denomination, count))
        />
    }
}

/// At the till: the total, what to hand over from the wallet in the person's way of
/// paying, and the change to expect, all in pictures and words. "I paid" updates the wallet.
#[component]
fn Till(profile: Signal<Profile>, list_id: String) -> impl IntoView {
    let ctx = Ctx::new(profile);
    let i18n = ctx.i18n;
    let state = use_state();
    let router = use_router();
    let lid = list_id.clone();
    let list = Memo::new(move |_| {
        let id = profile.with(|p| p.id.clone());
        state
            .shopping
            .with(|all| all.get(&id).and_then(|s| s.list(&lid).cloned()))
    });
    // What to pay: what the till said, if it was typed, else the basket.
    let total =
        Memo::new(move |_| list.with(|l| l.as_ref().map(ShoppingList::to_pay).unwrap_or_default()));
    let till_said = Memo::new(move |_| {
        list.with(|l| {
            l.as_ref()
                .and_then(|l| l.till_total.map(|t| (t, l.basket_total())))
        })
    });
    // "The till says another amount": typed on the keypad, kept with the list for this trip.
    let other_open = RwSignal::new(false);
    let lid = list_id.clone();
    let set_till_total = StoredValue::new(move |amount: Option<Cents>| {
        let id = ctx.id();
        state.update_shopping(&id, |s| {
            if let Some(list) = s.list_mut(&lid) {
                list.till_total = amount.filter(|a| *a != list.basket_total());
            }
        });
    });
    let on_other_total = Callback::new(move |amount: Option<Cents>| {
        if let Some(amount) = amount {
            set_till_total.with_value(|set| set(Some(amount)));
            ctx.say(&i18n.ta("till-total", &[("amount", &ctx.money(amount))]));
        }
    });
    let shopping = Memo::new(move |_| {
        let id = profile.with(|p| p.id.clone());
        state
            .shopping
            .with(|all| all.get(&id).cloned().unwrap_or_default())
    });
    let plan =
        Memo::new(move |_| shopping.with(|s| plan_payment(&s.wallet, total.get(), s.strategy)));
    // After "I paid": what to put back with Undo.
    let paid = RwSignal::new(None::<(Shopping, Payment)>);
    let lid = list_id.clone();
    let pay = StoredValue::new(move |payment: Payment| {
        let before = ctx.shopping();
        let id = ctx.id();
        let lid = lid.clone();
        state.update_shopping(&id, |s| {
            s.wallet = after_payment(&s.wallet, &payment);
            if let Some(list) = s.list_mut(&lid) {
                // Ready for the next trip: the same list, every item to buy again.
                list.restart();
            }
        });
        paid.set(Some((before, payment)));
        ctx.say(&i18n.t("till-well-done"));
    });
    let undo = move || {
        if let Some((before, _)) = paid.get_untracked() {
            let id = ctx.id();
            state.update_shopping(&id, |s| *s = before);
            paid.set(None);
        }
    };
    let hand_over_words = move |payment: &Payment| {
        i18n.ta(
            "till-give",
            &[("money", &pieces_words(ctx.lang(), &payment.hand_over))],
        )
    };
    let change_words = move |payment: &Payment| {
        if payment.change == Cents::ZERO {
            i18n.t("till-no-change")
        } else {
            i18n.ta("till-change", &[("amount", &ctx.money(payment.change))])
        }
    };
    let lid_back = list_id.clone();
    view! {
        <div class="pk-shop-top">
            <BackButton
                picture=ctx.symbol(ui::LIST)
                label_id="till-back"
                on_press=Callback::new(move |()| ctx.go(ShopPlace::List(lid_back.clone())))
            />
            <h2 class="pk-shop-title">{move || i18n.t("till-title")}</h2>
        </div>
        {move || match paid.get() {
            Some((_, payment)) => view! {
                <section class="pk-till-done" aria-labelledby="till-done-title">
                    <img class="pk-till-done__img" src=ctx.symbol(ui::WELL_DONE) alt="" data-main-picture="" />
                    <p id="till-done-title" class="pk-till__total" data-spoken="">{i18n.t("till-well-done")}</p>
                    // The change still shows, to check what the cashier gives back.
                    {(payment.change != Cents::ZERO).then(|| {
                        let back = change_words(&payment);
                        let spoken_back = back.clone();
                        view! {
                            <div class="pk-till__section pk-till__section--change">
                                <button type="button" class="pk-till__words" on:click=move |_| ctx.say(&spoken_back)>{back}</button>
                                <Money profile=profile pieces=payment.change_pieces.clone() />
                            </div>
                        }
                    })}
                    <p>{move || i18n.ta("wallet-now", &[("amount", &ctx.money(shopping.with(|s| s.wallet.total())))])}</p>
                    <div class="pk-shop-card__actions">
                        <BigButton
                            class="pk-big-button--primary"
                            main=true
                            image=ui::HOME.path(false)
                            label=i18n.t("board-person-home")
                            on_press=Callback::new(move |()| router.replace(Route::Person(ctx.id())))
                        />
                        <BigButton
                            image=ctx.symbol(ui::UNDO)
                            label=i18n.t("till-undo")
                            on_press=Callback::new(move |()| undo())
                        />
                    </div>
                </section>
            }.into_any(),
            None => {
                let total_words = i18n.ta("till-total", &[("amount", &ctx.money(total.get()))]);
                let spoken_total = total_words.clone();
                view! {
                    <div class="pk-till__top">
                    <button type="button" class="pk-till__total" on:click=move |_| ctx.say(&spoken_total)>
                        {total_words}
                    </button>
                    {move || till_said.get().map(|(said, basket)| view! {
                        <p class="pk-till__note pk-till__said">
                            {i18n.ta("till-says", &[("amount", &ctx.money(said)), ("list", &ctx.money(basket))])}
                        </p>
                    })}
                    <div class="pk-till__other">
                        <BigButton
                            image=ctx.symbol(ui::PRICE)
                            label=Signal::derive(move || i18n.t("till-other"))
                            on_press=Callback::new(move |()| other_open.set(true))
                        />
                        <Show when=move || till_said.with(Option::is_some)>
                            <BigButton
                                image=ctx.symbol(ui::UNDO)
                                label=Signal::derive(move || i18n.t("till-use-list"))
                                on_press=Callback::new(move |()| {
                                    set_till_total.with_value(|set| set(None));
                                    ctx.say(&i18n.ta("till-total", &[("amount", &ctx.money(total.get_untracked()))]));
                                })
                            />
                        </Show>
                    </div>
                    </div>
                    {match plan.get() {
                        PaymentPlan::NotEnough { missing } => {
                            let words = i18n.ta("till-not-enough", &[
                                ("have", &ctx.money(shopping.with(|s| s.wallet.total()))),
                                ("missing", &ctx.money(missing)),
                            ]);
                            let spoken = words.clone();
                            view! {
                                <section class="pk-till__section pk-till__section--missing" aria-labelledby="till-missing" data-main-picture=""
                                    data-screen-exception="action: the wallet is not enough, so there is nothing to pay; the screen shows what is missing for someone to help">
                                    <h3 id="till-missing" class="pk-till__heading">
                                        <img src=ctx.symbol(ui::STOP) alt="" />
                                        {i18n.t("till-not-enough-title")}
                                    </h3>
                                    <button type="button" class="pk-till__words" on:click=move |_| ctx.say(&spoken)>{words}</button>
                                    <p>{i18n.t("till-missing-hint")}</p>
                                    <Money profile=profile pieces=pictokit_domain::payment::change_for(missing) />
                                </section>
                            }.into_any()
                        }
                        PaymentPlan::Pay(payment) => {
                            let give = hand_over_words(&payment);
                            let back = change_words(&payment);
                            let (spoken_give, spoken_back) = (give.clone(), back.clone());
                            let fallback = payment.fallback;
                            let hand_over = payment.hand_over.clone();
                            let change_pieces = payment.change_pieces.clone();
                            let has_change = payment.change != Cents::ZERO;
                            view! {
                                <div class="pk-till__sections">
                                <section class="pk-till__section" aria-labelledby="till-give" data-main-picture="">
                                    <h3 id="till-give" class="pk-till__heading">{i18n.t("till-give-title")}</h3>
                                    <button type="button" class="pk-till__words" on:click=move |_| ctx.say(&spoken_give)>{give}</button>
                                    {fallback.then(|| view! { <p class="pk-till__note">{i18n.t("till-fallback")}</p> })}
                                    <Money profile=profile pieces=hand_over />
                                </section>
                                // Give, then "I paid", then the change that comes back: the
                                // order things happen, with "I paid" in sight next to the money.
                                <div class="pk-till__after">
                                    <div class="pk-shop-pay">
                                        <BigButton
                                            class="pk-big-button--primary"
                                            main=true
                                            image=ctx.symbol(ui::DONE)
                                            label=i18n.t("till-paid")
                                            on_press=Callback::new(move |()| pay.with_value(|pay| pay(payment.clone())))
                                        />
                                    </div>
                                    <section class="pk-till__section pk-till__section--change" aria-labelledby="till-back">
                                        <h3 id="till-back" class="pk-till__heading">{i18n.t("till-change-title")}</h3>
                                        <button type="button" class="pk-till__words" on:click=move |_| ctx.say(&spoken_back)>{back}</button>
                                        {has_change.then(|| view! { <Money profile=profile pieces=change_pieces /> })}
                                    </section>
                                </div>
                                </div>
                            }.into_any()
                        }
                    }}
                }.into_any()
            }
        }}
        <PriceDialog
            open=other_open
            title=Signal::derive(move || i18n.t("till-other-title"))
            lang=Signal::derive(move || ctx.lang())
            initial=Signal::derive(move || Some(total.get()))
            on_done=on_other_total
        />
    }
}

/// A coin or note on a practice button: the person's own photo or the drawing, coins at
/// their real size (CSS millimetres), notes as wide as the button allows.
fn practice_money(piece: Denomination) -> impl IntoView {
    let (width_mm, height_mm) = pictokit_kit::money::size_mm(piece);
    let (kind, width) = if piece.is_note() {
        ("note", format!("min({width_mm}mm, 216px)"))
    } else {
        ("coin", format!("{width_mm}mm"))
    };
    view! {
        <img
            class=format!("pk-practice__money pk-practice__money--{kind}")
            src=move || money_src(piece)
            alt=""
            draggable="false"
            style:width=width
            style:aspect-ratio=format!("{width_mm} / {height_mm}")
        />
    }
}

/// Which practice.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Exercise {
    /// Choosing what to practise.
    Menu,
    /// Recognise a coin or note.
    Recognise(Recognise),
    /// Make an amount.
    Make(MakeAmount),
    /// Check the change.
    Change(CheckChange),
}

/// Calm money practice: recognise, make an amount, check the change. A wrong answer is
/// gently undone and the question asked again; nothing is counted.
#[component]
fn Practice(profile: Signal<Profile>) -> impl IntoView {
    let ctx = Ctx::new(profile);
    let i18n = ctx.i18n;
    let dice = StoredValue::new(Dice::new(now_ms()));
    let exercise = RwSignal::new(Exercise::Menu);
    // A gentle line under the question: a hint after a wrong try, praise when right.
    let feedback = RwSignal::new(None::<(bool, String)>);
    let tried = RwSignal::new(Vec::<Denomination>::new());
    // A new question (or the menu) draws the screen anew; answering only changes parts
    // of it, so the keyboard focus stays on the button just pressed.
    let round = RwSignal::new(0u32);
    let new_exercise = move |kind: u8| {
        feedback.set(None);
        tried.set(Vec::new());
        let next = dice
            .try_update_value(|dice| match kind {
                0 => Exercise::Recognise(Recognise::new(dice)),
                1 => Exercise::Make(MakeAmount::new(dice)),
                _ => Exercise::Change(CheckChange::new(dice)),
            })
            .unwrap_or(Exercise::Menu);
        let question = match &next {
            Exercise::Recognise(q) => i18n.ta(
                "practice-find",
                &[("name", &denomination_name(ctx.lang(), q.target))],
            ),
            Exercise::Make(q) => i18n.ta("practice-make", &[("amount", &ctx.money(q.target))]),
            Exercise::Change(q) => i18n.ta(
                "practice-change",
                &[
                    ("price", &ctx.money(q.price)),
                    ("paid", &ctx.money(q.paid.value())),
                ],
            ),
            Exercise::Menu => String::new(),
        };
        ctx.say(&question);
        exercise.set(next);
        round.update(|r| *r = r.wrapping_add(1));
    };
    // What is on the table in "make an amount".
    let table = Memo::new(move |_| {
        exercise.with(|e| match e {
            Exercise::Make(q) => q.table.clone(),
            _ => Pieces::default(),
        })
    });
    let say_feedback = move |right: bool, words: String| {
        ctx.say(&words);
        feedback.set(Some((right, words)));
    };
    let shown_exercise = move || {
        round.track();
        exercise.get_untracked()
    };
    let kind_of = move || match exercise.get() {
        Exercise::Recognise(_) => 0,
        Exercise::Make(_) => 1,
        _ => 2,
    };
    view! {
        <div class="pk-shop-top">
            <BackButton
                picture=component_symbol(Component::Shopping).path.to_owned()
                label_id="shop-my-lists"
                on_press=Callback::new(move |()| ctx.go(ShopPlace::Lists))
            />
            <h2 class="pk-shop-title">{move || i18n.t("practice-title")}</h2>
        </div>
        {move || match shown_exercise() {
            Exercise::Menu => view! {
                <div class="pk-shop-card__actions pk-practice-menu" data-main-action="" data-main-picture="">
                    <BigButton image=money_src(Denomination::E2) label=i18n.t("practice-recognise") on_press=Callback::new(move |()| new_exercise(0)) />
                    <BigButton image=money_src(Denomination::C50) label=i18n.t("practice-make-title") on_press=Callback::new(move |()| new_exercise(1)) />
                    <BigButton image=money_src(Denomination::N5) label=i18n.t("practice-change-title") on_press=Callback::new(move |()| new_exercise(2)) />
                </div>
            }.into_any(),
            Exercise::Recognise(question) => {
                let target = question.target;
                let ask = i18n.ta("practice-find", &[("name", &denomination_name(ctx.lang(), target))]);
                let spoken = ask.clone();
                view! {
                    <button type="button" class="pk-till__words pk-practice__question" on:click=move |_| ctx.say(&spoken)>{ask}</button>
                    <ul class="pk-practice__choices" role="list" data-main-action="" data-main-picture="">
                        {question.choices.iter().map(|&choice| {
                            let name = denomination_name(ctx.lang(), choice);
                            view! {
                                <li>
                                    <button
                                        type="button"
                                        class="pk-practice__choice"
                                        aria-label=name.clone()
                                        // Not `disabled`: the focus stays on a choice set aside.
                                        aria-disabled=move || tried.with(|t| t.contains(&choice)).to_string()
                                        on:click=move |_| {
                                            if tried.with_untracked(|t| t.contains(&choice)) {
                                                return;
                                            }
                                            if choice == target {
                                                say_feedback(true, i18n.ta("practice-right", &[("name", &denomination_name(ctx.lang(), choice))]));
                                            } else {
                                                tried.update(|t| t.push(choice));
                                                say_feedback(false, i18n.ta("practice-that-is", &[
                                                    ("name", &denomination_name(ctx.lang(), choice)),
                                                    ("target", &denomination_name(ctx.lang(), target)),
                                                ]));
                                            }
                                        }
                                    >
                                        {practice_money(choice)}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }
            Exercise::Make(question) => {
                let ask = i18n.ta("practice-make", &[("amount", &ctx.money(question.target))]);
                let spoken = ask.clone();
                // The purse right under the question, what is on the table under it: the
                // money to tap stays in sight on a phone.
                view! {
                    <button type="button" class="pk-till__words pk-practice__question" on:click=move |_| ctx.say(&spoken)>{ask}</button>
                    <h3 class="pk-till__heading">{i18n.t("practice-purse")}</h3>
                    <ul class="pk-practice__choices pk-practice__purse" role="list" data-main-action="" data-main-picture="">
                        {pictokit_domain::practice::PRACTICE_PIECES[..11].iter().rev().map(|&piece| {
                            let name = i18n.ta("practice-put", &[("name", &denomination_name(ctx.lang(), piece))]);
                            view! {
                                <li>
                                    <button
                                        type="button"
                                        class="pk-practice__choice"
                                        aria-label=name
                                        on:click=move |_| {
                                            let mut outcome = Step::Added;
                                            exercise.update(|e| if let Exercise::Make(q) = e { outcome = q.put(piece) });
                                            match outcome {
                                                Step::Added => feedback.set(None),
                                                Step::TooMuch => say_feedback(false, i18n.ta("practice-too-much", &[("name", &denomination_name(ctx.lang(), piece))])),
                                                Step::Done => say_feedback(true, i18n.t("practice-made")),
                                            }
                                        }
                                    >
                                        {practice_money(piece)}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <p class="pk-practice__table-words">{move || i18n.ta("practice-on-table", &[("amount", &ctx.money(table.with(Pieces::total)))])}</p>
                    <div class="pk-practice__table">
                        <ul class="pk-practice__choices" role="list" aria-label=i18n.t("practice-table")>
                            <For each=move || table.with(|t| t.iter().map(|(piece, _)| piece).collect::<Vec<_>>()) key=|piece| *piece let:piece>
                                {
                                    let count = move || table.with(|t| t.count(piece));
                                    view! {
                                        <li>
                                            <button
                                                type="button"
                                                class="pk-practice__choice"
                                                aria-label=move || i18n.ta("practice-take-back", &[("name", &pieces_label(ctx.lang(), piece, count()))])
                                                on:click=move |_| {
                                                    exercise.update(|e| if let Exercise::Make(q) = e { q.take_back(piece) });
                                                    feedback.set(None);
                                                }
                                            >
                                                {practice_money(piece)}
                                                <span class="pk-practice__count" aria-hidden="true">{move || format!("× {}", count())}</span>
                                            </button>
                                        </li>
                                    }
                                }
                            </For>
                        </ul>
                    </div>
                }.into_any()
            }
            Exercise::Change(question) => {
                let ask = i18n.ta("practice-change", &[("price", &ctx.money(question.price)), ("paid", &ctx.money(question.paid.value()))]);
                let spoken = ask.clone();
                let right = question.right;
                let expected = question.expected();
                let answer = move |said_right: bool| {
                    if said_right == right {
                        say_feedback(true, i18n.ta("practice-change-yes", &[("amount", &ctx.money(expected))]));
                    } else if right {
                        say_feedback(false, i18n.ta("practice-change-was-right", &[("amount", &ctx.money(expected))]));
                    } else {
                        say_feedback(false, i18n.ta("practice-change-short", &[("amount", &ctx.money(expected))]));
                    }
                };
                view! {
                    <button type="button" class="pk-till__words pk-practice__question" on:click=move |_| ctx.say(&spoken)>{ask}</button>
                    <div class="pk-practice__shown" data-main-picture="">
                        <Money profile=profile pieces=question.shown.clone() />
                    </div>
                    <div class="pk-shop-card__actions" data-main-action="">
                        <BigButton image=ctx.symbol(ui::DONE) label=i18n.t("practice-change-right") on_press=Callback::new(move |()| answer(true)) />
                        <BigButton image=ctx.symbol(ui::WRONG) label=i18n.t("practice-change-wrong") on_press=Callback::new(move |()| answer(false)) />
                    </div>
                }.into_any()
            }
        }}
        {move || feedback.get().map(|(right, words)| view! {
            <p class="pk-practice__feedback" data-right=right.to_string() role="status">
                <img src=ctx.symbol(if right { ui::WELL_DONE } else { ui::AGAIN }) alt="" />
                <span>{words}</span>
            </p>
        })}
        <Show when=move || !matches!(exercise.get(), Exercise::Menu)>
            <div class="pk-shop-card__nav">
                <BigButton
                    image=ctx.symbol(ui::NEXT)
                    label=Signal::derive(move || i18n.t("practice-another"))
                    on_press=Callback::new(move |()| new_exercise(kind_of()))
                />
                <BigButton
                    image=ctx.symbol(ui::PRACTICE)
                    label=Signal::derive(move || i18n.t("practice-choose"))
                    on_press=Callback::new(move |()| {
                        feedback.set(None);
                        exercise.set(Exercise::Menu);
                        round.update(|r| *r = r.wrapping_add(1));
                    })
                />
            </div>
        </Show>
    }
}
