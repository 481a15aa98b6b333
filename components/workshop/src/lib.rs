//! Co-design workshops.
//!
//! - [`facilitator`]: a person's workshop: sessions, latest changes, the mats and boards.
//! - [`sorting`]: the sorting mat (cards into like / not sure / don't like); [`choice`]: the
//!   choice board (pairs, a favourite); both for the facilitator and in person mode.
//! - [`history`]: every change to a person's things, by session, each undone step by step.
//! - [`records`]: the stored history, mats and boards; the recorder of changes.
//! - [`print`]: a sorting's results on paper.
//!
//! The model is `pictokit_domain::{history, sorting, choice, workshop_common}`; styles
//! `style.css`; messages `locales/`; specs `e2e/specs/{sorting,choice,history}.spec.js`.

pub mod choice;
pub mod facilitator;
pub mod history;
pub mod print;
pub mod records;
pub mod sorting;
