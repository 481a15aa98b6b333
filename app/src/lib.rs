//! Pictokit's web app, built as two pages that share this library:
//!
//! - `index.html` (binary `pictokit`): the start screen and person mode — the first
//!   screen, kept small;
//! - `facilitator.html` (binary `pictokit-facilitator`): the facilitator's screens (profiles,
//!   editor, pictograms and picker, device settings), and person mode for "Try as".
//!
//! Each binary passes the screens it serves to [`app::App`]; a route the page does not serve
//! loads the other page (see [`app::Page`]).

pub mod app;
pub mod arasaac;
pub mod crypto;
pub mod i18n;
pub mod library;
pub mod lock;
pub mod media;
pub mod photo;
pub mod quality;
pub mod reader;
pub mod routes;
pub mod schedule;
pub mod speech;
pub mod state;
pub mod storage;
pub mod views;
pub mod workshop;
