//! A sorting's results on paper (`print/sorting/<mat>/<session>`).

use crate::records::{sorting_of, Place};
use crate::sorting::place_picture;
use leptos::prelude::*;
use pictokit_shell::device::when_words;
use pictokit_shell::print::{card, Printed, Sheet, SheetCtx};

/// The results picture of a sorting mat's session: each place with its cards.
pub fn print_sheet(ctx: &SheetCtx, sheet: &Sheet) -> Option<Printed> {
    let (state, lang, i18n) = (ctx.state, ctx.lang, ctx.i18n);
    let (name, profile_id) = (ctx.name.clone(), ctx.profile_id.clone());
    let picture = ctx.picture();
    match sheet.clone() {
        Sheet::Sorting(mat_id, session_id) => {
            let (record, _) = sorting_of(&state, &profile_id);
            let (Some(mat), Some(session)) = (
                record.mat(&mat_id).cloned(),
                record.session(&session_id).cloned(),
            ) else {
                return None;
            };
            let when = when_words(lang, session.started_ms);
            let title = i18n.ta(
                "sorting-print-title",
                &[("name", &name), ("topic", &mat.topic), ("when", &when)],
            );
            let body = move || {
                session
                    .result(&mat)
                    .into_iter()
                    .map(|(place, cards)| {
                        let cards = if cards.is_empty() {
                            view! { <li class="pk-print-empty">{i18n.t("sorting-result-none")}</li> }
                                .into_any()
                        } else {
                            cards
                                .into_iter()
                                .map(|item| {
                                    let (src, _) = picture(&item.picto);
                                    card(src, item.label.clone(), None, false)
                                })
                                .collect_view()
                                .into_any()
                        };
                        view! {
                            <section class="pk-print-sorting__place">
                                <h3 class="pk-print-sorting__heading">
                                    <img src=place_picture(place, false) alt="" />
                                    <span>{i18n.t(place.message_id())}</span>
                                </h3>
                                <ul class="pk-print-cards pk-print-cards--sorting">{cards}</ul>
                            </section>
                        }
                    })
                    .collect_view()
            };
            Some(Printed {
                title,
                class: "pk-print pk-print--sorting",
                body: view! { <div class="pk-print-sorting">{body}</div> }.into_any(),
                back: Place::Mat(mat_id.clone()).route(&profile_id),
            })
        }
        _ => None,
    }
}
