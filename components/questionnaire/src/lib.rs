//! The quality-of-life questionnaire (in the style of iCalidad).
//!
//! - [`facilitator`]: a person's assessments, the team of informants, the informants'
//!   form, answers files sent away and back.
//! - [`report`]: the report, its easy-read version, the support plan (its goals link to
//!   schedule activities through the shell's `records`).
//! - [`person`]: the person answers, one question at a time, with "I don't know" and "Skip".
//! - [`sealed`]: assessments and answers files locked with a passphrase.
//! - [`records`]: decoding and writing the stored assessments, instruments and answers files.
//!
//! The model is `pictokit_domain::questionnaire` and the item bank in
//! `domain/instruments/`; styles `style.css`; messages `locales/` (parts `quality` and
//! `questionnaire`); specs `e2e/specs/questionnaire.spec.js`.

pub mod facilitator;
pub mod person;
pub mod records;
pub mod report;
pub mod sealed;
