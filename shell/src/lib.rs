//! The shell: what every Pictokit screen uses from the browser, and nothing of any one
//! component.
//!
//! - [`state`] and [`storage`]: the app's state, loaded from IndexedDB and written back in
//!   one transaction per action; the safekeeping copies outside IndexedDB.
//! - [`routes`]: the router over the app's addresses (`pictokit_domain::route`).
//! - [`i18n`]: the runtime of the messages (the Fluent files live with their components).
//! - [`speech`], [`lock`], [`media`], [`photo`], [`crypto`], [`reader`], [`library`],
//!   [`arasaac`]: the browser's voices, fullscreen and the PIN, pictures and sounds, the
//!   camera, WebCrypto, the file worker, the pictogram library and ARASAAC.
//! - [`device`]: the clock, dates in words, downloads, notifications, wake lock, chime.
//! - [`records`]: the schedule record, which several components read.
//! - [`frame`], [`person`]: the frames of the facilitator's and the person's screens; the
//!   person-screen context every component uses; the person's home and lock.
//! - [`picker`], [`print`], [`looks`]: the pictogram picker every editor opens, the paper
//!   sheet's frame (each component draws its sheets), how a profile looks in lists.
//! - [`app`]: the root component, which mounts the screens a page passes it.
//!
//! Not here: any screen of a component (they live in `components/<name>`), the widgets
//! (`components/kit`), or logic that needs no browser (`domain`, `transfer`, `pictograms`).

pub mod app;
pub mod arasaac;
pub mod crypto;
pub mod device;
pub mod frame;
pub mod i18n;
pub mod library;
pub mod lock;
pub mod looks;
pub mod media;
pub mod person;
pub mod photo;
pub mod picker;
pub mod print;
pub mod reader;
pub mod records;
pub mod routes;
pub mod speech;
pub mod state;
pub mod storage;
