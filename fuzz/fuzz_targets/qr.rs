//! Any text given to the settings code reader (as a scanned QR code gives it): refused
//! or accepted, never a panic, and settings it accepts pass the profile's checks and,
//! written again, read back the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pictokit_transfer::qr;

/// Unpadded base64url, as codes are written: the fuzzer's bytes then reach the inflater
/// and the checks after it, which random text seldom does.
fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut text = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let bits = chunk.iter().enumerate().fold(0u32, |bits, (i, &byte)| {
            bits | u32::from(byte) << (16 - 8 * i)
        });
        for i in 0..=chunk.len() {
            text.push(char::from(ALPHABET[(bits >> (18 - 6 * i) & 63) as usize]));
        }
    }
    text
}

fn check(text: &str) {
    if let Ok(settings) = qr::decode(text) {
        assert!(settings.problems().is_empty());
        assert!(!qr::leaves_out_photo(&settings));
        let again = qr::encode(&settings);
        assert!(again.len() <= qr::MAX_TEXT, "{} bytes", again.len());
        assert_eq!(qr::decode(&again), Ok(settings));
    }
}

fuzz_target!(|data: &[u8]| {
    check(&String::from_utf8_lossy(data));
    check(&format!(
        "{}{}:{}",
        qr::PREFIX,
        qr::VERSION,
        base64url(data)
    ));
});
