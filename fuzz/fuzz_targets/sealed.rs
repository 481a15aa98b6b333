//! Any bytes given to the encrypted file's envelope reader: refused or accepted within its
//! limits, never a panic, and never a key derivation beyond MAX_ITERATIONS.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pictokit_transfer::sealed;

fuzz_target!(|data: &[u8]| {
    if let Ok(parts) = sealed::read(data, "assessments") {
        assert!((sealed::ITERATIONS..=sealed::MAX_ITERATIONS).contains(&parts.iterations));
        assert_eq!(parts.iv.len(), 12);
        assert!(parts.data.len() >= 16);
        let again = sealed::envelope("assessments", &parts);
        assert_eq!(sealed::read(again.as_bytes(), "assessments"), Ok(parts));
    }
});
