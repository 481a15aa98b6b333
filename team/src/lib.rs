//! Team sync in the browser (issue #24), for a device that shares a person with a team:
//! what `public/team-sync.js` cannot decide itself — sealing and opening the server's
//! documents with WebCrypto under the team's keys, and which version of a record wins.
//!
//! A library beside the thin binary (`src/main.rs`, what trunk builds) so that the tests in
//! `tests/` reach the modules: a binary's integration tests cannot link to it.

pub mod api;
pub mod crypto;
