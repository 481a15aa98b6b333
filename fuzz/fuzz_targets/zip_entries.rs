//! Any bytes opened as a zip and every entry read through its limit: names that pass are
//! safe, reads never exceed the limit, nothing panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pictokit_transfer::zipped::{is_safe_name, Limits, Zip};

const LIMITS: Limits = Limits {
    file_bytes: 1 << 20,
    entries: 64,
    total_bytes: 1 << 22,
};

fuzz_target!(|data: &[u8]| {
    if let Ok(mut zip) = Zip::open(data, LIMITS) {
        for name in zip.names() {
            assert!(is_safe_name(&name));
            if let Ok(bytes) = zip.read(&name, 1 << 16) {
                assert!(bytes.len() <= 1 << 16);
            }
        }
    }
});
