//! What travels between devices and apps, as pure Rust, tested with plain `cargo test` and
//! fuzzed (`fuzz/`).
//!
//! - [`check`]: every file the facilitator opens, by the control it was chosen at: what is
//!   refused from its size and first bytes before it is read whole, and the refusal's
//!   message (the app runs it in a Web Worker ended after each file).
//! - [`bundle`]: a whole profile as one zip file with a versioned manifest
//!   (`docs/bundle/FORMAT.md`), written for another device and read back with every
//!   check first.
//! - [`sealed`]: the envelope of an encrypted file (health data), checked before any key
//!   is derived; the encryption is WebCrypto's, in the app.
//! - [`zipped`]: reading a zip that may be hostile (sizes, counts, names, damage).
//! - [`sniff`]: what kind of picture or sound some bytes really are.
//! - [`obf`]: communication boards of other AAC apps (Open Board Format, `.obf`/`.obz`).
//! - [`safekeeping`]: the copy of everything kept outside IndexedDB, checked before it is
//!   brought back.
//! - [`qr`]: a person's settings as a QR code: written, drawn as SVG, found in a camera
//!   frame and read back with every check first.
//! - [`team`]: a team's record as it lies on the team's server (issue #24): the sealed
//!   document, the additional data bound into its tag, and the record inside, each refused
//!   whole when it is not one.
//!
//! Nothing here touches storage: reading a file gives a value and a verdict, and the app
//! decides what to write, after the facilitator has seen a preview.

pub mod bundle;
pub mod check;
pub mod obf;
pub mod qr;
pub mod safekeeping;
pub mod sealed;
pub mod sniff;
pub mod team;
pub mod zipped;

pub use bundle::{Bundle, BundleError};
