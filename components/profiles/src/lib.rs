//! Profiles: who uses this device, and how each person's screens look and sound.
//!
//! - [`start`]: the first page's start screen (welcome, the person's tile, facilitator).
//! - [`home`]: the facilitator's list of profiles (try, preview, edit, duplicate, delete
//!   and undo); [`editor`]: a profile's settings; [`preview`]: a person's home as they see it.
//! - [`device`]: this device's settings (PIN, language, voices, ARASAAC); [`about`].
//! - [`safekeeping`]: the notice that offers back what a storage reset took.
//!
//! The model is `pictokit_domain::profile`; the messages `locales/` (part `device`) and the
//! shared facilitator part; the specs `e2e/specs/{first-run,persistence,lock,language,
//! facilitator-screens,person-screens}.spec.js`. Not here: the person's home and lock (the
//! shell's `person`), any component's screens.

pub mod about;
pub mod access;
pub mod device;
pub mod editor;
pub mod home;
pub mod preview;
pub mod safekeeping;
pub mod start;
pub mod team;
