//! Pictokit's pure domain model: no IO, no browser, no UI framework.
//!
//! The crate is built and tested natively; the web app (`app/`) and the
//! components (`components/`) are thin layers over it.

pub mod choice;
pub mod history;
pub mod language;
mod lenient;
pub mod money;
pub mod payment;
pub mod picto;
pub mod pin;
pub mod practice;
pub mod price_entry;
pub mod profile;
pub mod questionnaire;
pub mod reminder_plan;
pub mod route;
pub mod scanning;
pub mod schedule;
pub mod schema;
pub mod shopping;
pub mod sorting;
pub mod sync;
pub mod unlock;
mod workshop_common;

pub use language::Language;
