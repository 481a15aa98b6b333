//! The shopping helper's data: a person's lists, their catalogue of usual products with
//! the last price, the wallet, and how they like to pay; plus the running total and the
//! budget's state. Pure: the app stores it and draws it.

use crate::money::{Cents, Denomination, Pieces, MAX_PRICE};
use crate::payment::Strategy;
use crate::picto::{is_media_id, PictoRef};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// The most of one product on a list.
pub const MAX_QUANTITY: u32 = 99;
/// The most items on one list.
pub const MAX_ITEMS: usize = 200;
/// The most lists a person keeps.
pub const MAX_LISTS: usize = 50;
/// The most products remembered in the catalogue (the least used are forgotten first).
pub const MAX_CATALOGUE: usize = 300;
/// The longest name of a list or product, in characters.
pub const MAX_NAME_CHARS: usize = 60;
/// Below this share of the budget left (in percent), the budget is running low.
pub const LOW_BUDGET_PERCENT: u64 = 25;

/// Where an item is on the trip.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemState {
    /// Still to find.
    #[default]
    ToBuy,
    /// In the basket.
    InBasket,
    /// Not there today (skipped).
    Skipped,
}

/// One product on a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShoppingItem {
    /// Unique within the list.
    pub id: String,
    /// Its picture.
    pub picto: PictoRef,
    /// Its word, in the person's language (shown and spoken).
    pub name: String,
    /// How many (1 to [`MAX_QUANTITY`]).
    pub quantity: u32,
    /// The price of one, when known.
    #[serde(default)]
    pub price: Option<Cents>,
    /// Where it is on the trip.
    #[serde(default)]
    pub state: ItemState,
}

impl ShoppingItem {
    /// The price of all of them (`None` when the price is not known).
    pub fn cost(&self) -> Option<Cents> {
        self.price.map(|price| price.times(self.quantity))
    }
}

/// A shopping list: the weekly shop, the bakery, the pharmacy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShoppingList {
    /// Unique among the person's lists.
    pub id: String,
    /// Its name, as the facilitator and person wrote it.
    pub name: String,
    /// The products, in the order of the trip.
    #[serde(default)]
    pub items: Vec<ShoppingItem>,
    /// How much the person takes for this trip.
    #[serde(default)]
    pub budget: Option<Cents>,
    /// When it was made, in ms since the epoch.
    #[serde(default)]
    pub created_ms: u64,
    /// What the till asked for on this trip, when it differs from the basket (a price
    /// nobody corrected, an offer, a bag): the person pays this instead. Cleared for
    /// the next trip.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub till_total: Option<Cents>,
}

impl ShoppingList {
    /// What to pay at the till: what the till said, if it was typed, else the basket.
    pub fn to_pay(&self) -> Cents {
        self.till_total.unwrap_or_else(|| self.basket_total())
    }

    /// What is in the basket so far.
    pub fn basket_total(&self) -> Cents {
        self.items
            .iter()
            .filter(|item| item.state == ItemState::InBasket)
            .filter_map(ShoppingItem::cost)
            .fold(Cents::ZERO, Cents::plus)
    }

    /// What the whole list costs, skipped items left out.
    pub fn planned_total(&self) -> Cents {
        self.items
            .iter()
            .filter(|item| item.state != ItemState::Skipped)
            .filter_map(ShoppingItem::cost)
            .fold(Cents::ZERO, Cents::plus)
    }

    /// How many items in the basket have no price (the total leaves them out).
    pub fn n_unpriced_in_basket(&self) -> usize {
        self.items
            .iter()
            .filter(|item| item.state == ItemState::InBasket && item.price.is_none())
            .count()
    }

    /// The first item still to buy, in list order.
    pub fn next_to_buy(&self) -> Option<&ShoppingItem> {
        self.items
            .iter()
            .find(|item| item.state == ItemState::ToBuy)
    }

    /// Whether every item is in the basket or skipped.
    pub fn is_done(&self) -> bool {
        !self.items.is_empty() && self.next_to_buy().is_none()
    }

    /// A fresh copy for another trip: new id and name, every item back to "to buy".
    pub fn reuse(&self, id: String, name: String, now_ms: u64) -> ShoppingList {
        ShoppingList {
            id,
            name,
            items: self
                .items
                .iter()
                .map(|item| ShoppingItem {
                    state: ItemState::ToBuy,
                    ..item.clone()
                })
                .collect(),
            budget: self.budget,
            created_ms: now_ms,
            till_total: None,
        }
    }

    /// Starts this list again: every item back to "to buy".
    pub fn restart(&mut self) {
        for item in &mut self.items {
            item.state = ItemState::ToBuy;
        }
        self.till_total = None;
    }

    /// The budget's state with `next` (an item's cost) still to come.
    pub fn budget_status(&self, next: Option<Cents>) -> BudgetStatus {
        budget_status(self.budget, self.basket_total(), next)
    }
}

/// How the money is doing against the budget. Shown in words, a pictogram, a colour and
/// a shape, never colour alone. Nothing is ever blocked: the person decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BudgetStatus {
    /// No budget was set.
    NoBudget,
    /// Room left.
    Plenty,
    /// Less than [`LOW_BUDGET_PERCENT`] % of the budget left.
    Low,
    /// The next item costs more than what is left.
    NextDoesNotFit,
    /// More in the basket than the budget.
    Over,
}

impl BudgetStatus {
    /// Name used for CSS state classes and test ids.
    pub fn as_str(self) -> &'static str {
        match self {
            BudgetStatus::NoBudget => "none",
            BudgetStatus::Plenty => "plenty",
            BudgetStatus::Low => "low",
            BudgetStatus::NextDoesNotFit => "next-does-not-fit",
            BudgetStatus::Over => "over",
        }
    }
}

/// The budget's state when `spent` is in the basket and `next` would come next.
///
/// Over the budget beats "the next does not fit", which beats "running low".
pub fn budget_status(budget: Option<Cents>, spent: Cents, next: Option<Cents>) -> BudgetStatus {
    let Some(budget) = budget else {
        return BudgetStatus::NoBudget;
    };
    if spent > budget {
        return BudgetStatus::Over;
    }
    let left = budget.minus(spent);
    if next.is_some_and(|next| next > left) {
        return BudgetStatus::NextDoesNotFit;
    }
    // left / budget < 25 %, in whole numbers: left × 100 < budget × 25.
    if u128::from(left.0) * 100 < u128::from(budget.0) * u128::from(LOW_BUDGET_PERCENT) {
        return BudgetStatus::Low;
    }
    BudgetStatus::Plenty
}

/// A product the person buys often, with its last price.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogueEntry {
    /// Its picture (the key: one entry per picture).
    pub picto: PictoRef,
    /// Its word.
    pub name: String,
    /// The last price paid or written.
    #[serde(default)]
    pub price: Option<Cents>,
    /// How many times it was put on a list.
    #[serde(default)]
    pub uses: u32,
    /// When it was last put on a list or priced.
    #[serde(default)]
    pub last_ms: u64,
}

/// How the person sees the list in the shop.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ShopView {
    /// One item at a time, big.
    #[default]
    OneByOne,
    /// The whole list in the person's grid.
    Grid,
}

impl ShopView {
    /// Stored name, also for test ids.
    pub fn as_str(self) -> &'static str {
        match self {
            ShopView::OneByOne => "one-by-one",
            ShopView::Grid => "grid",
        }
    }
}

/// Version of a profile's shopping record.
pub const SHOPPING_SCHEMA: u64 = 1;

/// Everything the shopping helper keeps for one person.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Shopping {
    /// Their lists, newest last.
    pub lists: Vec<ShoppingList>,
    /// Their usual products.
    pub catalogue: Vec<CatalogueEntry>,
    /// What is in their wallet now.
    pub wallet: Pieces,
    /// How they pay at the till.
    pub strategy: Strategy,
    /// How they see the list in the shop.
    pub view: ShopView,
    /// Photos of the person's own coins and notes (media ids), shown instead of the
    /// drawings where there is one.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub money_photos: BTreeMap<Denomination, String>,
}

impl Shopping {
    /// Reads a stored record leniently: a list, item or product that cannot be read is
    /// dropped (and counted), numbers out of range are brought into range, unknown
    /// settings fall back to their defaults. Never panics.
    pub fn from_record(record: &Value) -> (Shopping, usize) {
        let mut n_dropped = 0;
        let mut shopping = Shopping::default();
        if !record.is_object() {
            return (shopping, usize::from(!record.is_null()));
        }
        if let Some(lists) = record.get("lists").and_then(Value::as_array) {
            for value in lists.iter().take(MAX_LISTS) {
                match load_list(value, &mut n_dropped) {
                    Some(list) if !shopping.lists.iter().any(|l| l.id == list.id) => {
                        shopping.lists.push(list)
                    }
                    _ => n_dropped += 1,
                }
            }
            n_dropped += lists.len().saturating_sub(MAX_LISTS);
        }
        if let Some(entries) = record.get("catalogue").and_then(Value::as_array) {
            for value in entries {
                match serde_json::from_value::<CatalogueEntry>(value.clone()) {
                    Ok(mut entry) if !shopping.catalogue.iter().any(|e| e.picto == entry.picto) => {
                        entry.name = clean_name(&entry.name);
                        entry.price = entry.price.filter(|p| *p <= MAX_PRICE);
                        shopping.catalogue.push(entry);
                    }
                    _ => n_dropped += 1,
                }
            }
            shopping.catalogue.truncate(MAX_CATALOGUE);
        }
        if let Some(wallet) = record.get("wallet") {
            let (wallet, n_problems) = Pieces::from_value(wallet);
            shopping.wallet = wallet;
            n_dropped += n_problems;
        }
        shopping.strategy = record
            .get("strategy")
            .and_then(|v| serde_json::from_value(v.clone()).ok())
            .unwrap_or_default();
        shopping.view = record
            .get("view")
            .and_then(|v| serde_json::from_value(v.clone()).ok())
            .unwrap_or_default();
        if let Some(photos) = record.get("money_photos").and_then(Value::as_object) {
            for (denomination, media_id) in photos {
                match (Denomination::parse(denomination), media_id.as_str()) {
                    (Some(denomination), Some(media_id)) if is_media_id(media_id) => {
                        shopping
                            .money_photos
                            .insert(denomination, media_id.to_owned());
                    }
                    _ => n_dropped += 1,
                }
            }
        }
        (shopping, n_dropped)
    }

    /// The list with this id.
    pub fn list(&self, id: &str) -> Option<&ShoppingList> {
        self.lists.iter().find(|list| list.id == id)
    }

    /// The list with this id, to change.
    pub fn list_mut(&mut self, id: &str) -> Option<&mut ShoppingList> {
        self.lists.iter_mut().find(|list| list.id == id)
    }

    /// Remembers a product put on a list or priced: its name and last price, one more use.
    pub fn remember(&mut self, picto: &PictoRef, name: &str, price: Option<Cents>, now_ms: u64) {
        match self.catalogue.iter_mut().find(|e| &e.picto == picto) {
            Some(entry) => {
                entry.name = clean_name(name);
                if price.is_some() {
                    entry.price = price;
                }
                entry.uses = entry.uses.saturating_add(1);
                entry.last_ms = now_ms;
            }
            None => {
                self.catalogue.push(CatalogueEntry {
                    picto: picto.clone(),
                    name: clean_name(name),
                    price,
                    uses: 1,
                    last_ms: now_ms,
                });
                if self.catalogue.len() > MAX_CATALOGUE {
                    // Forget the least used (and, among those, the oldest).
                    if let Some(idx) = self
                        .catalogue
                        .iter()
                        .enumerate()
                        .min_by_key(|(_, e)| (e.uses, e.last_ms))
                        .map(|(idx, _)| idx)
                    {
                        self.catalogue.remove(idx);
                    }
                }
            }
        }
    }

    /// Learns a product's new price (from the shelf or the facilitator), if it is in the
    /// catalogue; it is not one more use.
    pub fn note_price(&mut self, picto: &PictoRef, price: Cents, now_ms: u64) {
        if let Some(entry) = self.catalogue.iter_mut().find(|e| &e.picto == picto) {
            entry.price = Some(price);
            entry.last_ms = now_ms;
        }
    }

    /// The last known price of a product.
    pub fn last_price(&self, picto: &PictoRef) -> Option<Cents> {
        self.catalogue
            .iter()
            .find(|e| &e.picto == picto)
            .and_then(|e| e.price)
    }

    /// The usual products, most used first (then most recent).
    pub fn frequent(&self) -> Vec<&CatalogueEntry> {
        let mut entries: Vec<&CatalogueEntry> = self.catalogue.iter().collect();
        entries.sort_by_key(|e| std::cmp::Reverse((e.uses, e.last_ms)));
        entries
    }
}

/// A name trimmed and cut to [`MAX_NAME_CHARS`].
pub fn clean_name(name: &str) -> String {
    name.trim().chars().take(MAX_NAME_CHARS).collect()
}

fn load_list(value: &Value, n_dropped: &mut usize) -> Option<ShoppingList> {
    let id = value.get("id")?.as_str()?.to_owned();
    if id.is_empty() {
        return None;
    }
    let name = clean_name(
        value
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or_default(),
    );
    let mut items: Vec<ShoppingItem> = Vec::new();
    if let Some(values) = value.get("items").and_then(Value::as_array) {
        for item in values.iter().take(MAX_ITEMS) {
            match serde_json::from_value::<ShoppingItem>(item.clone()) {
                Ok(mut item) if !items.iter().any(|i| i.id == item.id) => {
                    item.quantity = item.quantity.clamp(1, MAX_QUANTITY);
                    item.name = clean_name(&item.name);
                    if item.price.is_some_and(|p| p > MAX_PRICE) {
                        item.price = None;
                        *n_dropped += 1;
                    }
                    items.push(item);
                }
                _ => *n_dropped += 1,
            }
        }
        *n_dropped += values.len().saturating_sub(MAX_ITEMS);
    }
    let budget = value
        .get("budget")
        .and_then(|v| serde_json::from_value::<Option<Cents>>(v.clone()).ok())
        .flatten()
        .filter(|b| *b <= MAX_BUDGET);
    let till_total = value
        .get("till_total")
        .and_then(|v| serde_json::from_value::<Option<Cents>>(v.clone()).ok())
        .flatten()
        .filter(|t| *t <= MAX_BUDGET);
    Some(ShoppingList {
        id,
        name,
        items,
        budget,
        created_ms: value.get("created_ms").and_then(Value::as_u64).unwrap_or(0),
        till_total,
    })
}

/// The largest budget for one trip (€9,999.99, like a price).
pub const MAX_BUDGET: Cents = MAX_PRICE;

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn item(id: &str, price: Option<u64>, quantity: u32, state: ItemState) -> ShoppingItem {
        ShoppingItem {
            id: id.to_owned(),
            picto: PictoRef::parse("om:1F34E").unwrap_or(PictoRef::Symbol(String::new())),
            name: id.to_owned(),
            quantity,
            price: price.map(Cents),
            state,
        }
    }

    fn list(items: Vec<ShoppingItem>, budget: Option<u64>) -> ShoppingList {
        ShoppingList {
            id: "l-1".into(),
            name: "Weekly".into(),
            items,
            budget: budget.map(Cents),
            created_ms: 1,
            till_total: None,
        }
    }

    #[test]
    fn totals_count_price_times_quantity_and_skip_what_is_skipped() {
        let list = list(
            vec![
                item("milk", Some(95), 2, ItemState::InBasket),
                item("bread", Some(120), 1, ItemState::ToBuy),
                item("jam", Some(300), 1, ItemState::Skipped),
                item("eggs", None, 1, ItemState::InBasket),
            ],
            Some(2_000),
        );
        assert_eq!(list.basket_total(), Cents(190));
        assert_eq!(list.planned_total(), Cents(310));
        assert_eq!(list.n_unpriced_in_basket(), 1);
        assert_eq!(list.next_to_buy().map(|i| i.id.as_str()), Some("bread"));
        assert!(!list.is_done());
    }

    #[test]
    fn budget_status_is_calm_then_low_then_says_the_next_does_not_fit() {
        // (budget, spent, next, expected)
        let cases = [
            (None, 500, None, BudgetStatus::NoBudget),
            (Some(2_000), 0, Some(500), BudgetStatus::Plenty),
            (Some(2_000), 1_500, None, BudgetStatus::Plenty), // exactly 25 % left
            (Some(2_000), 1_501, None, BudgetStatus::Low),
            (Some(2_000), 1_900, Some(100), BudgetStatus::Low), // fits exactly
            (Some(2_000), 1_900, Some(101), BudgetStatus::NextDoesNotFit),
            (Some(2_000), 100, Some(5_000), BudgetStatus::NextDoesNotFit),
            (Some(2_000), 2_000, None, BudgetStatus::Low),
            (Some(2_000), 2_001, Some(1), BudgetStatus::Over),
            (Some(0), 0, None, BudgetStatus::Plenty),
        ];
        for (budget, spent, next, expected) in cases {
            assert_eq!(
                budget_status(budget.map(Cents), Cents(spent), next.map(Cents)),
                expected,
                "budget {budget:?} spent {spent} next {next:?}"
            );
        }
    }

    #[test]
    fn a_reused_list_starts_again_with_the_same_items_and_budget() {
        let old = list(
            vec![
                item("milk", Some(95), 2, ItemState::InBasket),
                item("jam", Some(300), 1, ItemState::Skipped),
            ],
            Some(2_000),
        );
        let copy = old.reuse("l-2".into(), "Next week".into(), 9);
        assert_eq!(copy.id, "l-2");
        assert_eq!(copy.items.len(), 2);
        assert!(copy.items.iter().all(|i| i.state == ItemState::ToBuy));
        assert_eq!(copy.budget, Some(Cents(2_000)));
        assert_eq!(copy.planned_total(), Cents(490));
    }

    #[test]
    fn the_catalogue_remembers_the_last_price_and_orders_by_use() {
        let mut shopping = Shopping::default();
        let apple = PictoRef::parse("om:1F34E").unwrap_or(PictoRef::Symbol(String::new()));
        let bread = PictoRef::parse("om:1F35E").unwrap_or(PictoRef::Symbol(String::new()));
        shopping.remember(&apple, "Apples", Some(Cents(199)), 1);
        shopping.remember(&bread, "Bread", Some(Cents(120)), 2);
        shopping.remember(&apple, "Apples", None, 3);
        shopping.remember(&apple, " Green apples ", Some(Cents(210)), 4);
        assert_eq!(shopping.last_price(&apple), Some(Cents(210)));
        shopping.note_price(&bread, Cents(135), 5);
        assert_eq!(shopping.last_price(&bread), Some(Cents(135)));
        let names: Vec<&str> = shopping
            .frequent()
            .iter()
            .map(|e| e.name.as_str())
            .collect();
        assert_eq!(names, vec!["Green apples", "Bread"]);
    }

    #[test]
    fn loading_round_trips() {
        let mut shopping = Shopping::default();
        shopping.lists.push(list(
            vec![item("milk", Some(95), 2, ItemState::InBasket)],
            Some(2_000),
        ));
        shopping.wallet.add(crate::money::Denomination::N20, 1);
        shopping.strategy = Strategy::OneNote;
        shopping.view = ShopView::Grid;
        let record = serde_json::to_value(&shopping).unwrap_or_default();
        assert_eq!(Shopping::from_record(&record), (shopping, 0));
    }

    #[test]
    fn loading_drops_what_it_cannot_read_and_keeps_the_rest() {
        let record = json!({
            "lists": [
                {"id": "l-1", "name": "Weekly", "budget": 2000, "items": [
                    {"id": "a", "picto": "om:1F34E", "name": "Apples", "quantity": 1000, "price": 199},
                    {"id": "b", "picto": "not a picto", "name": "x", "quantity": 1},
                    {"id": "c", "picto": "om:1F35E", "name": "Bread", "quantity": 1, "price": "cheap"},
                    {"id": "d", "picto": "om:1F35E", "name": "Cake", "quantity": 1, "price": 99999999}
                ]},
                {"name": "no id"},
                "garbage",
                {"id": "l-2", "name": "Bakery", "budget": -5}
            ],
            "catalogue": [{"picto": "om:1F34E", "name": "Apples", "price": 199, "uses": 3}, {"picto": 7}],
            "wallet": {"n20": 1, "zz": 3},
            "strategy": "pay-with-magic",
            "view": "grid"
        });
        let (shopping, n_dropped) = Shopping::from_record(&record);
        assert_eq!(shopping.lists.len(), 2);
        let items = &shopping.lists[0].items;
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].quantity, MAX_QUANTITY);
        assert_eq!(items[1].price, None);
        assert_eq!(shopping.lists[1].budget, None);
        assert_eq!(shopping.catalogue.len(), 1);
        assert_eq!(shopping.wallet.total(), Cents(2_000));
        assert_eq!(shopping.strategy, Strategy::Exact);
        assert_eq!(shopping.view, ShopView::Grid);
        // b, c, d's price, "no id", "garbage", the bad catalogue entry, "zz".
        assert_eq!(n_dropped, 7);
        assert_eq!(Shopping::from_record(&json!([1, 2])).1, 1);
        assert_eq!(
            Shopping::from_record(&Value::Null),
            (Shopping::default(), 0)
        );
    }

    #[test]
    fn what_the_till_says_is_paid_instead_of_the_basket_until_the_next_trip() {
        let mut list = list(
            vec![
                item("milk", Some(95), 2, ItemState::InBasket),
                item("bread", Some(120), 1, ItemState::InBasket),
            ],
            None,
        );
        assert_eq!(list.to_pay(), Cents(310));
        list.till_total = Some(Cents(285));
        assert_eq!(list.to_pay(), Cents(285));
        assert_eq!(list.basket_total(), Cents(310));
        let copy = list.reuse("l-2".into(), "Again".into(), 5);
        assert_eq!(copy.till_total, None);
        list.restart();
        assert_eq!(list.till_total, None);
        assert_eq!(list.to_pay(), Cents::ZERO);
    }

    #[test]
    fn photos_of_own_money_and_the_till_total_survive_a_round_trip_and_bad_ones_are_dropped() {
        let mut shopping = Shopping::default();
        shopping
            .money_photos
            .insert(Denomination::N5, "photo-1".into());
        shopping.lists.push(ShoppingList {
            till_total: Some(Cents(1_234)),
            ..list(vec![], Some(2_000))
        });
        let record = serde_json::to_value(&shopping).expect("serialises");
        assert_eq!(record["money_photos"], json!({"n5": "photo-1"}));
        assert_eq!(Shopping::from_record(&record), (shopping, 0));

        let record = json!({
            "lists": [
                {"id": "a", "name": "A", "till_total": 99_999_999},
                {"id": "b", "name": "B", "till_total": "lots"},
                {"id": "c", "name": "C", "till_total": 450}
            ],
            "money_photos": {"n5": "photo-1", "n7": "photo-2", "e1": "Not An Id", "c50": 3}
        });
        let (loaded, n_dropped) = Shopping::from_record(&record);
        assert_eq!(loaded.lists[0].till_total, None);
        assert_eq!(loaded.lists[1].till_total, None);
        assert_eq!(loaded.lists[2].till_total, Some(Cents(450)));
        assert_eq!(loaded.money_photos.len(), 1);
        assert_eq!(n_dropped, 3);
        // Nothing of it is written while there is nothing.
        let plain = serde_json::to_value(Shopping::default()).expect("serialises");
        assert!(plain.get("money_photos").is_none());
    }
}
