//! The visual schedule (the day).
//!
//! - [`facilitator`]: the week's activities, exceptions, routines and first–then boards,
//!   reminders' settings, .ics import and export.
//! - [`person`]: now, next and later; the timer; a routine step by step; first–then; the week.
//! - [`reminders`]: the reminder that shows on every person screen, on both pages.
//! - [`print`]: a day, a week or a routine on paper.
//!
//! The model is `pictokit_domain::schedule`; the record's typed access is the shell's
//! `records` (the questionnaire's plan, profile files and the change history read it too);
//! styles `style.css`; messages `locales/`; specs `e2e/specs/schedule.spec.js`.

pub mod facilitator;
pub mod person;
pub mod print;
pub mod reminders;
