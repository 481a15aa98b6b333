//! Pictures: a person's own pictograms.
//!
//! - [`board`]: "My pictograms", the person's board, edited by the facilitator.
//! - [`obf`]: boards from other apps (Open Board Format, .obf/.obz) in and out.
//! - [`print`]: the person's pictograms on paper, to cut out.
//!
//! The picker every editor opens is the shell's `picker`; the library is
//! `pictokit_pictograms`; specs `e2e/specs/{pictograms,arasaac,obf,print}.spec.js`.

pub mod board;
pub mod obf;
pub mod print;
