//! Files between devices.
//!
//! - [`profile_files`]: a person's profile, with everything it uses, as one file out and
//!   in (checked before anything is stored); moving every profile.
//! - [`qr`]: a profile's settings by QR code, shown and scanned with the camera.
//!
//! The formats are `pictokit_transfer`; styles `style.css`; messages `locales/` (part
//! `transfer`); specs `e2e/specs/{transfer,qr,memory}.spec.js`.

pub mod profile_files;
pub mod qr;
