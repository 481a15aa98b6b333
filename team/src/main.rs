//! Team sync in the browser (issue #24), for a device that shares a person with a team:
//! what `public/team-sync.js` cannot decide itself — sealing and opening the server's
//! documents with WebCrypto under the team's keys, and which version of a record wins —
//! as a small WebAssembly module with no-modules glue, loaded only on such a device.
//!
//! The modules live in the library (`src/lib.rs`), where the browser tests reach them;
//! this binary is what trunk builds.

// Links the library, and with it every `#[wasm_bindgen]` export its modules define.
use pictokit_team as _;

fn main() {}
