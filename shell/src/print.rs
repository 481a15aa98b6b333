//! Paper: a shopping list, a day strip, a week of strips, a routine's steps, the
//! person's own pictograms and a sorting's results, laid out to print and cut out. Each
//! sheet is its own screen (`Route::Print`, what follows `print/` in the address):
//! `list/<list id>`, `day/<YYYY-MM-DD>`, `week/<YYYY-MM-DD>` (the week of that date),
//! `routine/<id>`, `board`, `sorting/<mat>/<session>`. The shell draws the frame ("Print"
//! and "Back" above the sheet, which the print style hides); each component draws its
//! sheets ([`Sheets`]), with [`card`]. Pictograms print at the size the person knows from
//! the screen (4 cm on a strip), in colour, each card kept whole on one page, with dashed
//! lines to cut.

use crate::frame::{home, FacilitatorFrame};
use crate::i18n::{use_i18n, I18n};
use crate::library::{show, use_pictograms, Pictograms};
use crate::routes::{use_router, Route};
use crate::state::{use_state, AppState};
use leptos::prelude::*;
use pictokit_domain::picto::PictoRef;
pub use pictokit_domain::route::print::Sheet;
use pictokit_domain::Language;

/// Prints the page (the print stylesheets leave the screen's controls out).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// A card: the picture over its name, and a line of detail.
pub fn card(src: String, name: String, detail: Option<String>, cancelled: bool) -> impl IntoView {
    view! {
        <li class="pk-print-card" class:pk-print-card--cancelled=cancelled>
            <img class="pk-print-card__img" src=src alt="" />
            <span class="pk-print-card__name">{name}</span>
            {detail.map(|detail| view! { <span class="pk-print-card__detail">{detail}</span> })}
        </li>
    }
}

/// What a sheet of a person needs: whose, their language, and their pictures.
#[derive(Clone)]
pub struct SheetCtx {
    /// The app's state.
    pub state: AppState,
    /// Whose sheet.
    pub profile_id: String,
    /// Their name.
    pub name: String,
    /// Their language: the sheet speaks it.
    pub lang: Language,
    /// Their language's messages.
    pub i18n: I18n,
    pictograms: Pictograms,
}

impl SheetCtx {
    /// A pictogram of theirs as printed: its picture (in colour) and its name.
    pub fn picture(&self) -> impl Fn(&PictoRef) -> (String, String) + Copy + 'static {
        let (pictograms, state, lang) = (self.pictograms, self.state, self.lang);
        move |picto: &PictoRef| {
            show(pictograms.library().as_deref(), &state, picto, lang, false)
                .map(|shown| (shown.src, shown.label))
                .unwrap_or_default()
        }
    }
}

/// A sheet as a component draws it.
pub struct Printed {
    /// Its heading.
    pub title: String,
    /// Its class (`pk-print pk-print--list`).
    pub class: &'static str,
    /// The sheet.
    pub body: AnyView,
    /// Where "Back" goes: the screen the sheet is printed from.
    pub back: Route,
}

/// The sheets a page's components draw: `None` when the sheet is not theirs or what it
/// shows is gone.
pub type Sheets = fn(&SheetCtx, &Sheet) -> Option<Printed>;

/// The screen of a sheet of a person. The sheet is written once, in the person's language,
/// so it waits for their words (see `crate::i18n`).
#[component]
pub fn PrintScreen(
    /// Whose.
    profile_id: String,
    /// Which sheet (see [`Sheet::parse`]).
    what: String,
    /// The components' sheets.
    sheets: Sheets,
) -> impl IntoView {
    let state = use_state();
    let lang = state.profile(&profile_id).map(|p| p.settings.language);
    let words_here = Memo::new(move |_| lang.is_none_or(crate::i18n::ready));
    let profile_id = StoredValue::new(profile_id);
    let what = StoredValue::new(what);
    move || {
        if !words_here.get() {
            return ().into_any();
        }
        view! { <PrintSheet profile_id=profile_id.get_value() what=what.get_value() sheets=sheets /> }
            .into_any()
    }
}

/// A sheet of a person, its words in their language.
#[component]
fn PrintSheet(profile_id: String, what: String, sheets: Sheets) -> impl IntoView {
    let state = use_state();
    let router = use_router();
    let i18n = use_i18n();
    let pictograms = use_pictograms();
    pictograms.ensure_loaded();
    let (Some(profile), Some(sheet)) = (state.profile(&profile_id), Sheet::parse(&what)) else {
        return home();
    };
    let lang = profile.settings.language;
    let ctx = SheetCtx {
        state,
        profile_id,
        name: profile.settings.name.clone(),
        lang,
        // The controls speak the facilitator's language; the sheet, the person's.
        i18n: I18n {
            lang: Signal::derive(move || lang),
        },
        pictograms,
    };
    let controls = i18n;
    let Some(Printed {
        title,
        class,
        body,
        back,
    }) = sheets(&ctx, &sheet)
    else {
        return home();
    };

    view! {
        <FacilitatorFrame title=Signal::derive(move || title.clone())>
            <div class=class>
                <div class="pk-print__controls">
                    <button type="button" class="pk-button" on:click=move |_| router.go(back.clone())>
                        <span aria-hidden="true">"← "</span>
                        {move || controls.t("print-back")}
                    </button>
                    <button type="button" class="pk-button pk-button--primary" on:click=move |_| print()>
                        {move || controls.t("print-now")}
                    </button>
                    <p class="pk-fac-hint">{move || controls.t("print-hint")}</p>
                </div>
                <div class="pk-print__sheet" lang=lang.tag()>{body}</div>
            </div>
        </FacilitatorFrame>
    }
    .into_any()
}
