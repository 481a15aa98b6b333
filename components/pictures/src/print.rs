//! The person's own pictograms on paper (`print/board`), to cut out.

use leptos::prelude::*;
use pictokit_shell::print::{card, Printed, Sheet, SheetCtx};
use pictokit_shell::routes::Route;

/// The person's own pictograms, as cards to cut out.
pub fn print_sheet(ctx: &SheetCtx, sheet: &Sheet) -> Option<Printed> {
    let (state, _lang, i18n) = (ctx.state, ctx.lang, ctx.i18n);
    let (name, profile_id) = (ctx.name.clone(), ctx.profile_id.clone());
    let picture = ctx.picture();
    match sheet.clone() {
        Sheet::Board => {
            let title = i18n.ta("print-board-title", &[("name", &name)]);
            let id = profile_id.clone();
            let body = move || {
                let cards = state
                    .pictos_of(&id)
                    .board
                    .iter()
                    .map(|picto| {
                        let (src, label) = picture(picto);
                        card(src, label, None, false)
                    })
                    .collect_view();
                view! { <ul class="pk-print-cards pk-print-cards--board">{cards}</ul> }
            };
            Some(Printed {
                title,
                class: "pk-print pk-print--board",
                body: body.into_any(),
                back: Route::Board(profile_id.clone()),
            })
        }
        _ => None,
    }
}
