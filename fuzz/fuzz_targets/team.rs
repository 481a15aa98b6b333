//! Any bytes a team's server sends as a document, and any bytes a document opens to: refused
//! or accepted within their limits, never a panic; what is accepted writes back the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pictokit_transfer::team;

const ID: &str = "r-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(sealed) = team::read(text, ID) {
            assert_eq!(sealed.nonce.len(), team::NONCE_BYTES);
            assert!(sealed.data.len() >= team::TAG_BYTES);
            let again = team::write(&sealed).to_string();
            assert_eq!(team::read(&again, ID), Ok(sealed));
        }
    }
    if let Ok(inner) = team::Inner::read(data) {
        assert_eq!(team::Inner::read(&inner.to_bytes()), Ok(inner));
    }
});
