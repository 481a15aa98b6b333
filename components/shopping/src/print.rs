//! The shopping list on paper (`print/list/<id>`).

use leptos::prelude::*;
use pictokit_domain::money::format_euros;
use pictokit_shell::print::{card, Printed, Sheet, SheetCtx};
use pictokit_shell::routes::Route;

/// A shopping list to take to the shop: each product's picture, name, quantity and price.
pub fn print_sheet(ctx: &SheetCtx, sheet: &Sheet) -> Option<Printed> {
    let (state, lang, i18n) = (ctx.state, ctx.lang, ctx.i18n);
    let (name, profile_id) = (ctx.name.clone(), ctx.profile_id.clone());
    let picture = ctx.picture();
    match sheet.clone() {
        Sheet::List(list_id) => {
            let list = state.shopping.with_untracked(|all| {
                all.get(&profile_id).and_then(|s| s.list(&list_id).cloned())
            })?;
            let title = i18n.ta("print-list-title", &[("name", &name), ("list", &list.name)]);
            let budget = list
                .budget
                .map(|budget| i18n.ta("print-budget", &[("amount", &format_euros(budget, lang))]));
            let body = move || {
                let cards = list
                    .items
                    .iter()
                    .map(|item| {
                        let (src, _) = picture(&item.picto);
                        let mut detail = vec![
                            i18n.ta("print-quantity", &[("count", &item.quantity.to_string())])
                        ];
                        if let Some(price) = item.price {
                            detail.push(format_euros(price, lang));
                        }
                        card(src, item.name.clone(), Some(detail.join(" · ")), false)
                    })
                    .collect_view();
                view! {
                    {budget.clone().map(|budget| view! { <p class="pk-print-note">{budget}</p> })}
                    <ul class="pk-print-cards pk-print-cards--list">{cards}</ul>
                }
            };
            Some(Printed {
                title,
                class: "pk-print pk-print--list",
                body: body.into_any(),
                back: Route::ShoppingList(profile_id.clone(), list_id.clone()),
            })
        }
        _ => None,
    }
}
