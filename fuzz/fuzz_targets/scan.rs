//! Finding a QR code in a camera frame (`qr::scan_luma`): arbitrary grey pictures, of a
//! width taken from the first two bytes, must never panic. Whatever text is found goes
//! through `qr::decode` too.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pictokit_transfer::qr;

fuzz_target!(|data: &[u8]| {
    let Some((size, pixels)) = data.split_first_chunk::<2>() else {
        return;
    };
    let width = usize::from(u16::from_le_bytes(*size) % 512).max(1);
    let height = pixels.len() / width;
    if height == 0 {
        return;
    }
    let luma = &pixels[..width * height];
    if let Some(text) = qr::scan_luma(width, height, luma) {
        let _ = qr::decode(&text);
    }
});
