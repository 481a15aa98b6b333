//! The shopping helper, facilitator side: a person's lists (make, open, copy for next
//! time, delete), one list (products from the picker or the usual ones, quantity, price
//! on a keypad, the budget), the wallet counted with drawn coins and notes, and how the
//! person sees the list and pays.

use leptos::prelude::*;
use leptos::task::spawn_local;
use pictokit_domain::money::{format_euros, parse_euros, Cents, Denomination, Pieces};
use pictokit_domain::payment::Strategy;
use pictokit_domain::picto::PictoRef;
use pictokit_domain::picto::{Media, MediaKind};
use pictokit_domain::profile::{Profile, Theme};
use pictokit_domain::shopping::{
    clean_name, ShopView, ShoppingItem, ShoppingList, MAX_ITEMS, MAX_LISTS, MAX_QUANTITY,
};
use pictokit_domain::Language;
use pictokit_kit::{ConfirmDialog, KeypadLabels, MoneyPiece, OwnMoney, PriceKeypad, WalletEditor};
use pictokit_shell::frame::{home, try_as_person, FacilitatorFrame, ForPerson};
use pictokit_shell::i18n::{use_i18n, I18n};
use pictokit_shell::library::{show, use_pictograms};
use pictokit_shell::photo::{fitted_from_file, take_chosen_file};
use pictokit_shell::picker::PictoPicker;
use pictokit_shell::routes::Route;
use pictokit_shell::state::{new_id, now_ms, use_state, Toast};
use std::collections::BTreeMap;

/// The message id of a paying strategy's name.
pub fn strategy_message(strategy: Strategy) -> &'static str {
    match strategy {
        Strategy::Exact => "pay-strategy-exact",
        Strategy::NextEuro => "pay-strategy-next-euro",
        Strategy::OneNote => "pay-strategy-one-note",
    }
}

/// The message id of a coin's or note's name ("50 cent coin", "20 euro note").
pub fn denomination_message(denomination: Denomination) -> &'static str {
    if denomination.is_note() {
        "money-note"
    } else if denomination.value().0 < 100 {
        "money-cent-coin"
    } else {
        "money-euro-coin"
    }
}

/// A coin's or note's name in a language.
pub fn denomination_name(lang: Language, denomination: Denomination) -> String {
    let value = denomination.value();
    let amount = if value.0 < 100 {
        value.0
    } else {
        value.euros()
    };
    I18n::ta_in(
        lang,
        denomination_message(denomination),
        &[("value", &amount.to_string())],
    )
}

/// "3 × 50 cent coin", for a group of pieces.
pub fn pieces_label(lang: Language, denomination: Denomination, count: u32) -> String {
    I18n::ta_in(
        lang,
        "money-pieces",
        &[
            ("count", &count.to_string()),
            ("name", &denomination_name(lang, denomination)),
        ],
    )
}

/// The words of the price keypad in a language.
pub fn keypad_labels(lang: Language, display: String) -> KeypadLabels {
    KeypadLabels {
        display,
        delete: I18n::ta_in(lang, "keypad-delete", &[]),
        clear: I18n::ta_in(lang, "keypad-clear", &[]),
        decimal_key: I18n::ta_in(lang, "keypad-decimal", &[]),
    }
}

/// The decimal separator people write in a language.
pub fn decimal_separator(lang: Language) -> &'static str {
    if lang == Language::En {
        "."
    } else {
        ","
    }
}

/// A price typed as text again, for the keypad ("1,25").
fn price_text(lang: Language, price: Option<Cents>) -> String {
    price
        .map(|price| {
            format!(
                "{}{}{:02}",
                price.euros(),
                decimal_separator(lang),
                price.cents_part()
            )
        })
        .unwrap_or_default()
}

/// The screen with a person's lists, their way of shopping and paying, and the wallet.
#[component]
pub fn ShoppingListsScreen(
    /// Whose shopping.
    profile_id: String,
) -> impl IntoView {
    let Some(person) = ForPerson::of(&profile_id) else {
        return home();
    };
    let (state, router, i18n, profile) = person.parts();
    let name = person.name();
    let id = profile_id.clone();
    let shopping = Memo::new(move |_| state.shopping_of(&id));
    let new_name = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<&'static str>);
    let pending_delete = RwSignal::new(None::<(String, String)>);

    let id = profile_id.clone();
    let create = move || {
        let list_name = clean_name(&new_name.get_untracked());
        if list_name.is_empty() {
            problem.set(Some("shop-list-name-empty"));
            return;
        }
        if shopping.with_untracked(|s| s.lists.len()) >= MAX_LISTS {
            problem.set(Some("shop-lists-full"));
            return;
        }
        problem.set(None);
        let list_id = new_id("l");
        let list = ShoppingList {
            id: list_id.clone(),
            name: list_name,
            items: Vec::new(),
            budget: None,
            created_ms: now_ms(),
            till_total: None,
        };
        state.update_shopping(&id, |s| s.lists.push(list));
        new_name.set(String::new());
        router.go(Route::ShoppingList(id.clone(), list_id));
    };
    let id = profile_id.clone();
    let copy = StoredValue::new(move |list_id: String| {
        let Some(list) = shopping.with_untracked(|s| s.list(&list_id).cloned()) else {
            return;
        };
        if shopping.with_untracked(|s| s.lists.len()) >= MAX_LISTS {
            problem.set(Some("shop-lists-full"));
            return;
        }
        let copy_name = clean_name(&i18n.ta("shop-copy-name", &[("name", &list.name)]));
        let copy = list.reuse(new_id("l"), copy_name.clone(), now_ms());
        state.update_shopping(&id, |s| s.lists.push(copy));
        state.toast.set(Some(Toast {
            message: i18n.ta("shop-copied", &[("name", &copy_name)]),
            undo_restore: None,
        }));
    });
    let id = profile_id.clone();
    let confirm_delete = move |()| {
        if let Some((list_id, _)) = pending_delete.get_untracked() {
            state.update_shopping(&id, |s| s.lists.retain(|l| l.id != list_id));
        }
        pending_delete.set(None);
    };
    let id = profile_id.clone();
    let set_view =
        StoredValue::new(move |view: ShopView| state.update_shopping(&id, |s| s.view = view));
    let id = profile_id.clone();
    let set_strategy = StoredValue::new(move |strategy: Strategy| {
        state.update_shopping(&id, |s| s.strategy = strategy)
    });
    let (id_wallet, id_try, id_rows) = (profile_id.clone(), profile_id.clone(), profile_id.clone());
    let lang = move || i18n.lang.get();

    view! {
        <FacilitatorFrame title=Signal::derive(move || i18n.ta("shop-title", &[("name", &name())]))>
            <p class="pk-fac-hint">{move || i18n.ta("shop-hint", &[("name", &name())])}</p>
            <div class="pk-fac-actions">
                <button
                    type="button"
                    class="pk-button pk-button--primary"
                    on:click=move |_| try_as_person(state, router, id_try.clone())
                >
                    {move || i18n.ta("fac-try-name", &[("name", &name())])}
                </button>
            </div>

            <section class="pk-fac-section" aria-labelledby="shop-lists-heading">
                <h2 id="shop-lists-heading" class="pk-fac-section__title">{move || i18n.t("shop-lists")}</h2>
                <Show when=move || shopping.with(|s| s.lists.is_empty())>
                    <p class="pk-empty">{move || i18n.t("shop-lists-empty")}</p>
                </Show>
                <ul class="pk-shop-lists" role="list">
                    <For
                        each=move || shopping.with(|s| s.lists.clone())
                        key=|list| (list.id.clone(), list.name.clone(), list.items.len(), list.planned_total(), list.budget)
                        let:list
                    >
                        {
                            let list_name = list.name.clone();
                            let named = {
                                let list_name = list_name.clone();
                                move |message: &'static str| {
                                    let list_name = list_name.clone();
                                    move || i18n.ta(message, &[("name", &list_name)])
                                }
                            };
                            let n_items = list.items.len();
                            let total = list.planned_total();
                            let budget = list.budget;
                            let (open_id, copy_id, delete_id) = (list.id.clone(), list.id.clone(), list.id.clone());
                            let pid = id_rows.clone();
                            let first = list.items.first().map(|item| item.picto.clone());
                            view! {
                                <li class="pk-shop-list-row">
                                    <ListPicture profile=profile picto=first />
                                    <div class="pk-shop-list-row__text">
                                        <h3 class="pk-shop-list-row__name">{list_name.clone()}</h3>
                                        <p>
                                            {move || i18n.ta("shop-list-summary", &[
                                                ("count", &n_items.to_string()),
                                                ("total", &format_euros(total, lang())),
                                            ])}
                                            {move || budget.map(|budget| format!(" · {}", i18n.ta("shop-budget-is", &[("amount", &format_euros(budget, lang()))])))}
                                        </p>
                                    </div>
                                    <div class="pk-shop-list-row__actions">
                                        <button
                                            type="button"
                                            class="pk-button pk-button--primary"
                                            on:click=move |_| router.go(Route::ShoppingList(pid.clone(), open_id.clone()))
                                        >
                                            {named("shop-open-list")}
                                        </button>
                                        <button type="button" class="pk-button" on:click=move |_| copy.with_value(|copy| copy(copy_id.clone()))>
                                            {named("shop-copy-list")}
                                        </button>
                                        <button
                                            type="button"
                                            class="pk-button pk-button--danger"
                                            on:click=move |_| pending_delete.set(Some((delete_id.clone(), list_name.clone())))
                                        >
                                            {named("shop-delete-list")}
                                        </button>
                                    </div>
                                </li>
                            }
                        }
                    </For>
                </ul>
                <form
                    class="pk-shop-new"
                    on:submit=move |event| {
                        event.prevent_default();
                        create();
                    }
                >
                    <label class="pk-field">
                        <span class="pk-field__label">{move || i18n.t("shop-new-list-name")}</span>
                        <input
                            class="pk-input"
                            type="text"
                            maxlength="60"
                            prop:value=move || new_name.get()
                            on:input=move |event| new_name.set(event_target_value(&event))
                            aria-invalid=move || problem.with(Option::is_some).then_some("true")
                        />
                    </label>
                    <button type="submit" class="pk-button pk-button--primary">{move || i18n.t("shop-new-list")}</button>
                    {move || problem.get().map(|id| view! { <p class="pk-field__error" role="alert">{i18n.t(id)}</p> })}
                </form>
            </section>

            <section class="pk-fac-section" aria-labelledby="shop-wallet-heading">
                <h2 id="shop-wallet-heading" class="pk-fac-section__title">{move || i18n.t("shop-wallet")}</h2>
                <p>{move || i18n.ta("wallet-total", &[("amount", &format_euros(shopping.with(|s| s.wallet.total()), lang()))])}</p>
                <button
                    type="button"
                    class="pk-button"
                    on:click=move |_| router.go(Route::Wallet(id_wallet.clone()))
                >
                    {move || i18n.t("shop-count-wallet")}
                </button>
            </section>

            <fieldset class="pk-fieldset">
                <legend class="pk-field__label">{move || i18n.ta("shop-view-question", &[("name", &name())])}</legend>
                <div class="pk-choices">
                    {[(ShopView::OneByOne, "shop-view-one-by-one"), (ShopView::Grid, "shop-view-grid")]
                        .into_iter()
                        .map(|(view, message)| {
                            view! {
                                <label class="pk-choice">
                                    <input
                                        type="radio"
                                        name="shop-view"
                                        prop:checked=move || shopping.with(|s| s.view == view)
                                        on:change=move |_| set_view.with_value(|f| f(view))
                                    />
                                    <span>{move || i18n.t(message)}</span>
                                </label>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>

            <fieldset class="pk-fieldset">
                <legend class="pk-field__label">{move || i18n.ta("pay-strategy-question", &[("name", &name())])}</legend>
                <div class="pk-choices pk-choices--stacked">
                    {Strategy::ALL
                        .into_iter()
                        .map(|strategy| {
                            let message = strategy_message(strategy);
                            view! {
                                <label class="pk-choice">
                                    <input
                                        type="radio"
                                        name="pay-strategy"
                                        prop:checked=move || shopping.with(|s| s.strategy == strategy)
                                        on:change=move |_| set_strategy.with_value(|f| f(strategy))
                                    />
                                    <span>
                                        <strong>{move || i18n.t(message)}</strong>
                                        " "
                                        <span class="pk-choice__hint">{move || i18n.t(&format!("{message}-hint"))}</span>
                                    </span>
                                </label>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>

            <ConfirmDialog
                open=Signal::derive(move || pending_delete.with(Option::is_some))
                title=Signal::derive(move || {
                    let list_name = pending_delete.with(|p| p.as_ref().map(|(_, n)| n.clone()).unwrap_or_default());
                    i18n.ta("shop-delete-confirm-title", &[("name", &list_name)])
                })
                body=Signal::derive(move || i18n.t("shop-delete-confirm-body"))
                confirm_label=Signal::derive(move || i18n.t("delete-confirm-yes"))
                cancel_label=Signal::derive(move || i18n.t("delete-confirm-no"))
                on_confirm=Callback::new(confirm_delete)
                on_cancel=Callback::new(move |()| pending_delete.set(None))
            />
        </FacilitatorFrame>
    }
    .into_any()
}

/// A list's picture: its first product, or the shopping symbol.
#[component]
fn ListPicture(profile: Signal<Profile>, picto: Option<PictoRef>) -> impl IntoView {
    let state = use_state();
    let pictograms = use_pictograms();
    pictograms.ensure_loaded();
    let src = move || {
        let fallback =
            pictokit_pictograms::component_symbol(pictokit_domain::profile::Component::Shopping)
                .path
                .to_owned();
        let (lang, black) =
            profile.with(|p| (p.settings.language, p.settings.theme == Theme::HighContrast));
        picto
            .as_ref()
            .and_then(|picto| show(pictograms.library().as_deref(), &state, picto, lang, black))
            .map(|shown| shown.src)
            .unwrap_or(fallback)
    };
    view! { <img class="pk-shop-list-row__img" src=src alt="" /> }
}

/// A dialog with the price keypad: `on_done` gets the amount, or `None` for "no price".
#[component]
pub fn PriceDialog(
    /// Whether it is open.
    open: RwSignal<bool>,
    /// Its heading (what is priced).
    #[prop(into)]
    title: Signal<String>,
    /// The language of its words and of the number.
    #[prop(into)]
    lang: Signal<Language>,
    /// The amount it starts with.
    #[prop(into)]
    initial: Signal<Option<Cents>>,
    /// Whether "no price" is offered.
    #[prop(optional)]
    allow_none: bool,
    /// Whether the amount is a budget rather than a price (its words: "Budget", "No
    /// budget", "This is not an amount").
    #[prop(into, default = Signal::stored(false))]
    budget: Signal<bool>,
    /// Gets the amount when the person or facilitator confirms.
    on_done: Callback<Option<Cents>>,
) -> impl IntoView {
    let dialog_ref = NodeRef::<leptos::html::Dialog>::new();
    let value = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let wants_open = open.get();
        if let Some(dialog) = dialog_ref.get() {
            if wants_open && !dialog.open() {
                value.set(price_text(lang.get_untracked(), initial.get_untracked()));
                problem.set(None);
                let _ = dialog.show_modal();
            } else if !wants_open && dialog.open() {
                dialog.close();
            }
        }
    });
    let t = move |id: &str| I18n::ta_in(lang.get(), id, &[]);
    // A budget is not a price: its own words where the keypad's would say "price".
    let word = move |price: &'static str, for_budget: &'static str| {
        if budget.get() {
            for_budget
        } else {
            price
        }
    };
    let confirm = move || match parse_euros(&value.get_untracked()) {
        Ok(amount) => {
            open.set(false);
            on_done.run(Some(amount));
        }
        Err(error) => {
            use pictokit_domain::money::PriceProblem;
            let id = match (budget.get_untracked(), error) {
                (true, PriceProblem::Empty) => "budget-empty",
                (true, PriceProblem::Invalid) => "budget-invalid",
                (true, PriceProblem::TooBig) => "budget-too-big",
                (false, error) => error.message_id(),
            };
            problem.set(Some(I18n::ta_in(lang.get_untracked(), id, &[])))
        }
    };
    view! {
        <dialog
            node_ref=dialog_ref
            class="pk-dialog pk-price-dialog"
            aria-labelledby="pk-price-title"
            on:cancel=move |event: leptos::ev::Event| {
                event.prevent_default();
                open.set(false);
            }
        >
            <h2 id="pk-price-title" class="pk-dialog__title">{move || title.get()}</h2>
            <PriceKeypad
                value=value
                decimal=Signal::derive(move || decimal_separator(lang.get()).to_owned())
                labels=Signal::derive(move || keypad_labels(lang.get(), t(word("keypad-price", "shop-budget"))))
                problem=Signal::derive(move || problem.get())
                currency=Signal::derive(|| "€".to_owned())
                currency_first=Signal::derive(move || lang.get() == Language::En)
            />
            <div class="pk-dialog__actions">
                <button type="button" class="pk-button" on:click=move |_| open.set(false)>
                    {move || t("price-cancel")}
                </button>
                {allow_none.then(|| view! {
                    <button
                        type="button"
                        class="pk-button"
                        on:click=move |_| {
                            open.set(false);
                            on_done.run(None);
                        }
                    >
                        {move || t(word("price-none", "shop-no-budget"))}
                    </button>
                })}
                <button type="button" class="pk-button pk-button--primary" on:click=move |_| confirm()>
                    {move || t("price-ok")}
                </button>
            </div>
        </dialog>
    }
}

/// What the price dialog of the list screen is pricing.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Pricing {
    /// An item, by id.
    Item(String),
    /// The list's budget.
    Budget,
}

/// One list: its products with quantity and price, its budget, the usual products.
#[component]
pub fn ShoppingListScreen(
    /// Whose list.
    profile_id: String,
    /// Which list.
    list_id: String,
) -> impl IntoView {
    let Some(person) = ForPerson::of(&profile_id) else {
        return home();
    };
    let (state, router, i18n, profile) = person.parts();
    let pictograms = use_pictograms();
    pictograms.ensure_loaded();
    let (pid, lid) = (profile_id.clone(), list_id.clone());
    let list = Memo::new(move |_| {
        state
            .shopping
            .with(|all| all.get(&pid).and_then(|s| s.list(&lid).cloned()))
    });
    if list.get_untracked().is_none() {
        return view! { <ShoppingListsScreen profile_id=profile_id /> }.into_any();
    }
    let pid = profile_id.clone();
    let catalogue = Memo::new(move |_| {
        state.shopping.with(|all| {
            all.get(&pid)
                .map(|s| s.frequent().into_iter().cloned().collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let pid = profile_id.clone();
    let wallet_total = Memo::new(move |_| {
        state
            .shopping
            .with(|all| all.get(&pid).map(|s| s.wallet.total()).unwrap_or_default())
    });
    let lang = Signal::derive(move || i18n.lang.get());
    let person_lang = move || profile.with(|p| p.settings.language);
    let black = move || profile.with(|p| p.settings.theme == Theme::HighContrast);

    let (pid, lid) = (profile_id.clone(), list_id.clone());
    let change = StoredValue::new(move |f: Box<dyn FnOnce(&mut ShoppingList)>| {
        state.update_shopping(&pid, |s| {
            if let Some(list) = s.list_mut(&lid) {
                f(list);
            }
        });
    });
    let edit = move |f: Box<dyn FnOnce(&mut ShoppingList)>| change.with_value(|change| change(f));

    let picker_open = RwSignal::new(false);
    let full = RwSignal::new(false);
    let (pid, lid) = (profile_id.clone(), list_id.clone());
    let add = StoredValue::new(move |picto: PictoRef, name: String, price: Option<Cents>| {
        let mut added = false;
        let now = now_ms();
        state.update_shopping(&pid, |s| {
            let remembered = price.or_else(|| s.last_price(&picto));
            let name = clean_name(&name);
            if let Some(list) = s.list_mut(&lid).filter(|list| list.items.len() < MAX_ITEMS) {
                list.items.push(ShoppingItem {
                    id: new_id("i"),
                    picto: picto.clone(),
                    name: name.clone(),
                    quantity: 1,
                    price: remembered,
                    state: Default::default(),
                });
                added = true;
            }
            if added {
                s.remember(&picto, &name, remembered, now);
            }
        });
        full.set(!added);
    });
    let add_picked = move |chosen: Vec<PictoRef>| {
        let library = pictograms.library();
        for picto in chosen {
            let name = show(library.as_deref(), &state, &picto, person_lang(), false)
                .map(|shown| shown.label)
                .unwrap_or_default();
            add.with_value(|add| add(picto, name, None));
        }
    };

    let pricing = RwSignal::new(None::<Pricing>);
    let price_open = RwSignal::new(false);
    Effect::new(move |_| {
        if !price_open.get() {
            pricing.set(None);
        }
    });
    let (pid, lid) = (profile_id.clone(), list_id.clone());
    let on_price = Callback::new(move |amount: Option<Cents>| match pricing.get_untracked() {
        Some(Pricing::Item(item_id)) => {
            let now = now_ms();
            state.update_shopping(&pid, |s| set_item_price(s, &lid, &item_id, amount, now));
        }
        Some(Pricing::Budget) => edit(Box::new(move |list| list.budget = amount)),
        None => {}
    });
    let price_title = Signal::derive(move || match pricing.get() {
        Some(Pricing::Item(item_id)) => {
            let name = list.with(|l| {
                l.as_ref()
                    .and_then(|l| {
                        l.items
                            .iter()
                            .find(|i| i.id == item_id)
                            .map(|i| i.name.clone())
                    })
                    .unwrap_or_default()
            });
            i18n.ta("shop-price-of", &[("name", &name)])
        }
        _ => i18n.t("shop-budget"),
    });
    let price_initial = Signal::derive(move || match pricing.get() {
        Some(Pricing::Item(item_id)) => list.with(|l| {
            l.as_ref().and_then(|l| {
                l.items
                    .iter()
                    .find(|i| i.id == item_id)
                    .and_then(|i| i.price)
            })
        }),
        _ => list.with(|l| l.as_ref().and_then(|l| l.budget)),
    });
    let ask_price = move |what: Pricing| {
        pricing.set(Some(what));
        price_open.set(true);
    };

    let list_name = move || list.with(|l| l.as_ref().map(|l| l.name.clone()).unwrap_or_default());
    let rename = RwSignal::new(list_name());
    let (pid_back, pid_try, pid_print) =
        (profile_id.clone(), profile_id.clone(), profile_id.clone());
    let lid_print = list_id.clone();

    view! {
        <FacilitatorFrame title=Signal::derive(list_name)>
            <div class="pk-fac-actions">
                <button type="button" class="pk-button" on:click=move |_| router.go(Route::ShoppingLists(pid_back.clone()))>
                    <span aria-hidden="true">"← "</span>
                    {move || i18n.t("shop-back-to-lists")}
                </button>
                <button
                    type="button"
                    class="pk-button"
                    on:click=move |_| try_as_person(state, router, pid_try.clone())
                >
                    {move || i18n.ta("fac-try-name", &[("name", &profile.with(|p| p.settings.name.clone()))])}
                </button>
                <button
                    type="button"
                    class="pk-button"
                    on:click=move |_| router.go(Route::Print(pid_print.clone(), pictokit_shell::print::Sheet::List(lid_print.clone()).path()))
                >
                    {move || i18n.t("print-list")}
                </button>
            </div>
            <label class="pk-field">
                <span class="pk-field__label">{move || i18n.t("shop-list-name")}</span>
                <input
                    class="pk-input"
                    type="text"
                    maxlength="60"
                    prop:value=move || rename.get()
                    on:input=move |event| rename.set(event_target_value(&event))
                    on:change=move |_| {
                        let name = clean_name(&rename.get_untracked());
                        if !name.is_empty() {
                            edit(Box::new(move |list| list.name = name));
                        }
                    }
                />
            </label>

            <section class="pk-fac-section pk-shop-budget-edit" aria-labelledby="shop-budget-heading">
                <h2 id="shop-budget-heading" class="pk-fac-section__title">{move || i18n.t("shop-budget")}</h2>
                <p class="pk-shop-total" aria-live="polite">
                    {move || list.with(|l| l.as_ref().map(|l| {
                        let total = format_euros(l.planned_total(), lang.get());
                        match l.budget {
                            Some(budget) => i18n.ta("shop-total-of-budget", &[("total", &total), ("budget", &format_euros(budget, lang.get()))]),
                            None => i18n.ta("shop-total", &[("total", &total)]),
                        }
                    }).unwrap_or_default())}
                </p>
                <div class="pk-fac-actions">
                    <button type="button" class="pk-button" on:click=move |_| ask_price(Pricing::Budget)>
                        {move || i18n.t("shop-set-budget")}
                    </button>
                    <button
                        type="button"
                        class="pk-button"
                        disabled=move || wallet_total.get() == Cents::ZERO
                        on:click=move |_| {
                            let total = wallet_total.get_untracked();
                            edit(Box::new(move |list| list.budget = Some(total)));
                        }
                    >
                        {move || i18n.ta("shop-budget-from-wallet", &[("amount", &format_euros(wallet_total.get(), lang.get()))])}
                    </button>
                    <button
                        type="button"
                        class="pk-button"
                        disabled=move || list.with(|l| l.as_ref().is_none_or(|l| l.budget.is_none()))
                        on:click=move |_| edit(Box::new(|list| list.budget = None))
                    >
                        {move || i18n.t("shop-no-budget")}
                    </button>
                </div>
            </section>

            <section class="pk-fac-section" aria-labelledby="shop-items-heading">
                <h2 id="shop-items-heading" class="pk-fac-section__title">{move || i18n.t("shop-items")}</h2>
                <div class="pk-fac-actions">
                    <button type="button" class="pk-button pk-button--primary" on:click=move |_| picker_open.set(true)>
                        <span aria-hidden="true">"+ "</span>
                        {move || i18n.t("shop-add-products")}
                    </button>
                </div>
                <Show when=move || full.get()>
                    <p class="pk-field__error" role="alert">{move || i18n.t("shop-list-full")}</p>
                </Show>
                <Show when=move || list.with(|l| l.as_ref().is_some_and(|l| l.items.is_empty()))>
                    <p class="pk-empty">{move || i18n.t("shop-items-empty")}</p>
                </Show>
                <ul class="pk-shop-items" role="list">
                    {move || {
                        let items = list.with(|l| l.as_ref().map(|l| l.items.clone()).unwrap_or_default());
                        let count = items.len();
                        let library = pictograms.library();
                        items
                            .into_iter()
                            .enumerate()
                            .map(|(index, item)| {
                                let src = show(library.as_deref(), &state, &item.picto, person_lang(), black())
                                    .map(|shown| shown.src)
                                    .unwrap_or_default();
                                let name = item.name.clone();
                                let named = {
                                    let name = name.clone();
                                    move |message: &'static str| i18n.ta(message, &[("name", &name)])
                                };
                                let item_id = item.id.clone();
                                let (id_less, id_more, id_price, id_up, id_down, id_remove) = (
                                    item_id.clone(), item_id.clone(), item_id.clone(), item_id.clone(), item_id.clone(), item_id.clone(),
                                );
                                let quantity = item.quantity;
                                let price_words = match item.price {
                                    Some(price) => i18n.ta("shop-price-each", &[("price", &format_euros(price, lang.get_untracked()))]),
                                    None => i18n.t("shop-price-unknown"),
                                };
                                view! {
                                    <li class="pk-shop-item-row">
                                        <img class="pk-shop-item-row__img" src=src alt="" />
                                        <p class="pk-shop-item-row__name">{name.clone()}</p>
                                        <div class="pk-stepper" role="group" aria-label=named("shop-quantity-of")>
                                            <button
                                                type="button"
                                                class="pk-button pk-button--icon"
                                                aria-label=named("shop-quantity-less")
                                                disabled={quantity <= 1}
                                                on:click=move |_| {
                                                    let id = id_less.clone();
                                                    edit(Box::new(move |list| {
                                                        if let Some(item) = list.items.iter_mut().find(|i| i.id == id) {
                                                            item.quantity = item.quantity.saturating_sub(1).max(1);
                                                        }
                                                    }))
                                                }
                                            >
                                                <span aria-hidden="true">"−"</span>
                                            </button>
                                            <span class="pk-stepper__value" aria-hidden="true">{quantity}</span>
                                            <span class="pk-visually-hidden">{named("shop-quantity-of")}": "{quantity}</span>
                                            <button
                                                type="button"
                                                class="pk-button pk-button--icon"
                                                aria-label=named("shop-quantity-more")
                                                disabled={quantity >= MAX_QUANTITY}
                                                on:click=move |_| {
                                                    let id = id_more.clone();
                                                    edit(Box::new(move |list| {
                                                        if let Some(item) = list.items.iter_mut().find(|i| i.id == id) {
                                                            item.quantity = (item.quantity + 1).min(MAX_QUANTITY);
                                                        }
                                                    }))
                                                }
                                            >
                                                <span aria-hidden="true">"+"</span>
                                            </button>
                                        </div>
                                        <button
                                            type="button"
                                            class="pk-button pk-shop-item-row__price"
                                            aria-label=format!("{}: {}", named("shop-price-of"), price_words)
                                            on:click=move |_| ask_price(Pricing::Item(id_price.clone()))
                                        >
                                            {price_words.clone()}
                                        </button>
                                        <div class="pk-board-row__order">
                                            <button
                                                type="button"
                                                class="pk-button pk-button--icon"
                                                disabled=index == 0
                                                aria-label=named("board-move-up")
                                                on:click=move |_| {
                                                    let id = id_up.clone();
                                                    edit(Box::new(move |list| move_item(list, &id, -1)))
                                                }
                                            >
                                                <span aria-hidden="true">"↑"</span>
                                            </button>
                                            <button
                                                type="button"
                                                class="pk-button pk-button--icon"
                                                disabled=index + 1 == count
                                                aria-label=named("board-move-down")
                                                on:click=move |_| {
                                                    let id = id_down.clone();
                                                    edit(Box::new(move |list| move_item(list, &id, 1)))
                                                }
                                            >
                                                <span aria-hidden="true">"↓"</span>
                                            </button>
                                        </div>
                                        <button
                                            type="button"
                                            class="pk-button pk-button--danger"
                                            aria-label=named("shop-remove-item")
                                            on:click=move |_| {
                                                let id = id_remove.clone();
                                                edit(Box::new(move |list| list.items.retain(|i| i.id != id)))
                                            }
                                        >
                                            {move || i18n.t("board-remove")}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </section>

            <section class="pk-fac-section" aria-labelledby="shop-usual-heading">
                <h2 id="shop-usual-heading" class="pk-fac-section__title">{move || i18n.t("shop-usual")}</h2>
                <Show
                    when=move || !catalogue.with(Vec::is_empty)
                    fallback=move || view! { <p class="pk-fac-hint">{move || i18n.t("shop-usual-empty")}</p> }
                >
                    <ul class="pk-shop-usual" role="list">
                        {move || {
                            let library = pictograms.library();
                            catalogue
                                .get()
                                .into_iter()
                                .map(|entry| {
                                    let src = show(library.as_deref(), &state, &entry.picto, person_lang(), black())
                                        .map(|shown| shown.src)
                                        .unwrap_or_default();
                                    let words = match entry.price {
                                        Some(price) => i18n.ta("shop-usual-add-priced", &[("name", &entry.name), ("price", &format_euros(price, lang.get_untracked()))]),
                                        None => i18n.ta("shop-usual-add", &[("name", &entry.name)]),
                                    };
                                    let (picto, name, price) = (entry.picto.clone(), entry.name.clone(), entry.price);
                                    view! {
                                        <li>
                                            <button
                                                type="button"
                                                class="pk-button pk-shop-usual__button"
                                                on:click=move |_| add.with_value(|add| add(picto.clone(), name.clone(), price))
                                            >
                                                <img src=src alt="" />
                                                <span>{words}</span>
                                            </button>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ul>
                </Show>
            </section>

            <PictoPicker open=picker_open profile_id=profile_id.clone() multiple=true on_pick=Callback::new(add_picked) />
            <PriceDialog
                open=price_open
                title=price_title
                lang=lang
                initial=price_initial
                allow_none=true
                budget=Signal::derive(move || pricing.get() == Some(Pricing::Budget))
                on_done=on_price
            />
        </FacilitatorFrame>
    }
    .into_any()
}

/// Sets an item's price; the catalogue learns it as the product's last price.
pub fn set_item_price(
    shopping: &mut pictokit_domain::shopping::Shopping,
    list_id: &str,
    item_id: &str,
    price: Option<Cents>,
    now_ms: u64,
) {
    let Some(item) = shopping
        .list_mut(list_id)
        .and_then(|list| list.items.iter_mut().find(|i| i.id == item_id))
    else {
        return;
    };
    item.price = price;
    let picto = item.picto.clone();
    if let Some(price) = price {
        shopping.note_price(&picto, price, now_ms);
    }
}

/// Moves an item one place up (`-1`) or down (`1`).
fn move_item(list: &mut ShoppingList, item_id: &str, step: isize) {
    let Some(from) = list.items.iter().position(|i| i.id == item_id) else {
        return;
    };
    let to = from as isize + step;
    if to >= 0 && (to as usize) < list.items.len() {
        list.items.swap(from, to as usize);
    }
}

/// The person's wallet, counted with drawn coins and notes.
#[component]
pub fn WalletScreen(
    /// Whose wallet.
    profile_id: String,
) -> impl IntoView {
    let Some(person) = ForPerson::of(&profile_id) else {
        return home();
    };
    let (state, router, i18n, _) = person.parts();
    let name = person.name();
    let pid = profile_id.clone();
    let wallet = Signal::derive(move || {
        state
            .shopping
            .with(|all| all.get(&pid).map(|s| s.wallet.clone()).unwrap_or_default())
    });
    let pid = profile_id.clone();
    let on_change =
        Callback::new(move |pieces: Pieces| state.update_shopping(&pid, |s| s.wallet = pieces));
    let lang = move || i18n.lang.get();
    let pid_back = profile_id.clone();
    provide_own_money(profile_id.clone());
    view! {
        <FacilitatorFrame title=Signal::derive(move || i18n.ta("wallet-title", &[("name", &name())]))>
            <div class="pk-fac-actions">
                <button type="button" class="pk-button" on:click=move |_| router.go(Route::ShoppingLists(pid_back.clone()))>
                    <span aria-hidden="true">"← "</span>
                    {move || i18n.t("shop-back-to-lists")}
                </button>
            </div>
            <p class="pk-fac-hint">{move || i18n.ta("wallet-hint", &[("name", &name())])}</p>
            <p class="pk-wallet-total" aria-live="polite">
                {move || i18n.ta("wallet-total", &[("amount", &format_euros(wallet.with(Pieces::total), lang()))])}
            </p>
            <WalletEditor
                pieces=wallet
                on_change=on_change
                labels=Signal::derive(move || wallet_labels(lang()))
                name=Callback::new(move |d: Denomination| denomination_name(i18n.lang.get_untracked(), d))
                add_label=Callback::new(move |d: Denomination| {
                    let lang = i18n.lang.get_untracked();
                    I18n::ta_in(lang, "wallet-add", &[("name", &denomination_name(lang, d))])
                })
                remove_label=Callback::new(move |d: Denomination| {
                    let lang = i18n.lang.get_untracked();
                    I18n::ta_in(lang, "wallet-remove", &[("name", &denomination_name(lang, d))])
                })
            />
            <OwnMoneyPhotos profile_id=profile_id.clone() />
        </FacilitatorFrame>
    }
    .into_any()
}

/// Makes the photos of a person's own coins and notes (see [`OwnMoney`]) available to
/// every money picture built after this call, under the current owner.
pub fn provide_own_money(profile_id: String) {
    let state = use_state();
    let photos = Memo::new(move |_| {
        let ids = state.shopping.with(|all| {
            all.get(&profile_id)
                .map(|s| s.money_photos.clone())
                .unwrap_or_default()
        });
        state.media.with(|media| {
            ids.into_iter()
                .filter_map(|(denomination, id)| {
                    media.get(&id).map(|m| (denomination, m.data_url.clone()))
                })
                .collect::<BTreeMap<_, _>>()
        })
    });
    provide_context(OwnMoney(photos.into()));
}

/// The size of a stored photo of a coin or note in pixels: 400 across a coin, 600 across
/// a note, in the real shape.
fn money_photo_size(denomination: Denomination) -> (u32, u32) {
    let (width, height) = denomination.size_hundredth_mm();
    let across = if denomination.is_note() { 600 } else { 400 };
    let down = (u64::from(across) * u64::from(height) / u64::from(width.max(1))) as u32;
    (across, down.max(1))
}

/// Photos of the person's own coins and notes: each one taken (or chosen) here replaces
/// its drawing everywhere the person sees money; "Use the drawing" puts it back.
#[component]
fn OwnMoneyPhotos(profile_id: String) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let lang = move || i18n.lang.get();
    let own = expect_context::<OwnMoney>();
    // What happened last, in words: a photo kept or a problem.
    let said = RwSignal::new(None::<(bool, String)>);
    let pid = StoredValue::new(profile_id);
    let keep = move |denomination: Denomination, data_url: String| {
        let lang = i18n.lang.get_untracked();
        let id = new_id("money");
        let names = Language::ALL
            .into_iter()
            .map(|l| (l.tag().to_owned(), denomination_name(l, denomination)))
            .collect();
        let media = Media::own(id.clone(), MediaKind::Money, data_url, names, now_ms());
        if let Err(problem) = state.save_media(media) {
            said.set(Some((false, i18n.t(problem.message_id()))));
            return;
        }
        let mut before = None;
        state.update_shopping(&pid.get_value(), |s| {
            before = s.money_photos.insert(denomination, id);
        });
        if let Some(old) = before {
            state.remove_media(&old);
        }
        said.set(Some((
            true,
            I18n::ta_in(
                lang,
                "wallet-photo-kept",
                &[("name", &denomination_name(lang, denomination))],
            ),
        )));
    };
    let drop_photo = move |denomination: Denomination| {
        let mut before = None;
        state.update_shopping(&pid.get_value(), |s| {
            before = s.money_photos.remove(&denomination);
        });
        if let Some(old) = before {
            state.remove_media(&old);
        }
        said.set(None);
    };
    let rows = Denomination::ALL
        .into_iter()
        .map(|denomination| {
            let name = move || denomination_name(lang(), denomination);
            let on_file = move |event: leptos::ev::Event| {
                let Some(file) = take_chosen_file(&event) else {
                    return;
                };
                let (width, height) = money_photo_size(denomination);
                spawn_local(async move {
                    match fitted_from_file(&file, width, height).await {
                        Ok(url) => keep(denomination, url),
                        Err(problem) => said.set(Some((false, i18n.t(problem.message_id())))),
                    }
                });
            };
            view! {
                <li class="pk-own-money__row">
                    <span class="pk-own-money__picture">
                        <MoneyPiece denomination=denomination label="" scale=1.2 />
                    </span>
                    <span class="pk-own-money__name">{name}</span>
                    <span class="pk-own-money__actions">
                        <label class="pk-button pk-file-button">
                            <input
                                class="pk-visually-hidden"
                                type="file"
                                accept="image/*"
                                capture="environment"
                                on:change=on_file
                            />
                            {move || i18n.ta("wallet-photo-take", &[("name", &name())])}
                        </label>
                        <Show when=move || own.has_photo(denomination)>
                            <button type="button" class="pk-button" on:click=move |_| drop_photo(denomination)>
                                {move || i18n.ta("wallet-photo-remove", &[("name", &name())])}
                            </button>
                        </Show>
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="pk-fac-section pk-own-money" aria-labelledby="own-money-heading">
            <h2 id="own-money-heading" class="pk-fac-section__title">{move || i18n.t("wallet-photos-title")}</h2>
            <p class="pk-fac-hint">{move || i18n.t("wallet-photos-hint")}</p>
            <p class="pk-own-money__said" role="status">
                {move || said.get().filter(|(kept, _)| *kept).map(|(_, words)| words)}
            </p>
            <p class="pk-own-money__problem" role="alert">
                {move || said.get().filter(|(kept, _)| !*kept).map(|(_, words)| words)}
            </p>
            <ul class="pk-own-money__list">{rows}</ul>
        </section>
    }
}

/// The words of the wallet editor's headings in a language.
pub fn wallet_labels(lang: Language) -> pictokit_kit::WalletLabels {
    pictokit_kit::WalletLabels {
        coins: I18n::ta_in(lang, "wallet-coins", &[]),
        notes: I18n::ta_in(lang, "wallet-notes", &[]),
    }
}
