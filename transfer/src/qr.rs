//! A person's settings as a QR code: a facilitator sets up a profile in a workshop, shows
//! the code on one tablet, and the person's own tablet reads it with its camera.
//!
//! The code holds one text, `PKS1:` followed by the settings ([`ProfileDraft`]) as JSON,
//! deflated after a fixed dictionary of what settings usually hold (so that they take a
//! few dozen bytes) and written in unpadded base64url: [`encode`] writes it, [`fits`] says
//! whether it is small enough for a code that a camera reads well ([`MAX_QR_TEXT`]), and
//! [`svg`] draws it. [`scan_rgba`] and [`scan_luma`] find a code in a camera frame, and
//! [`decode`] refuses anything it cannot fully trust, limits first: a text longer than
//! any settings can be, another prefix, a newer version, damaged base64 or deflate, more
//! than [`MAX_SETTINGS_BYTES`] once inflated (a deflate bomb stops there), JSON that is
//! not settings, and settings the profile editor would not save
//! ([`ProfileDraft::problems`]).
//!
//! Only settings travel: no pictograms, lists or schedule (they travel in a profile file,
//! [`crate::bundle`]). A photo avatar is far too large for a code, so [`encode`] writes
//! the default pictogram avatar in its place ([`leaves_out_photo`] says when) and the
//! person's tablet keeps that until someone picks a photo there. A code with a photo in
//! it was therefore not written by Pictokit, and [`decode`] refuses it.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use flate2::bufread::DeflateDecoder;
use flate2::write::DeflateEncoder;
use flate2::Compression;
use pictokit_domain::profile::{Avatar, ProfileDraft, ProfileProblem};
use qrcode::bits::Bits;
use qrcode::{Color, EcLevel, QrCode, Version};
use std::fmt::Write as _;
use std::io::{Read, Write};

/// What every settings code starts with, before its version number and a colon.
pub const PREFIX: &str = "PKS";
/// The newest version of settings code this build writes and reads.
pub const VERSION: u64 = 1;
/// The most JSON that a code's settings may inflate to. Real settings take about 300
/// bytes; anything that inflates further is refused before more is allocated.
pub const MAX_SETTINGS_BYTES: usize = 16 * 1024;
/// The longest text [`decode`] reads: the longest that [`encode`] can write for settings
/// of at most [`MAX_SETTINGS_BYTES`] (deflate grows incompressible data by 5 bytes per
/// 64 KiB block; 64 bytes of headroom), so whatever [`decode`] accepts can be written
/// again and read back. Longer texts are refused before they are looked at.
pub const MAX_TEXT: usize = 8 + (MAX_SETTINGS_BYTES + 64).div_ceil(3) * 4;
/// The longest settings code that [`fits`] puts in a QR code, in bytes: all that a QR
/// code of version 9 (53 × 53 modules) holds at error correction level M.
///
/// Why version 9: held about 20 cm from a tablet camera filming at 1280 × 720, a code on
/// another tablet's screen shows some 240–360 pixels wide. Drawn that size, a little
/// blurred and with grey noise as a camera sees it, `rqrr` alone read codes of version 7
/// in 9 cases of 10 at 240 pixels, version 9 in 2 of 3, version 10 in 1 of 3 and
/// version 15 in none; at 360 pixels, version 9 every time, version 15 in 1 of 7 (it
/// places the grid by one alignment pattern, and larger versions have smaller modules).
/// With the second and third looks of [`scan_luma`], version 9 at 240 pixels read in
/// 29 cases of 30. Level M restores 15 % of the code, for glare and moiré on a screen.
/// Usual settings take 45 to 120 bytes (version 7 or less); a long voice name with a
/// long name, or a name in another script (which does not compress), may not fit, and
/// travels in a file instead.
pub const MAX_QR_TEXT: usize = 180;
/// The widest and tallest camera frame [`scan_luma`] and [`scan_rgba`] look at, in
/// pixels (16 MB of grey). Larger sizes are refused, as hostile or mistaken.
pub const MAX_SCAN_SIDE: usize = 4096;
/// What deflate may refer back to before the settings of a version 1 code: their JSON
/// with other values, then the default settings. Usual settings then deflate to a few
/// dozen bytes instead of about 200, for a smaller code that a camera reads more easily.
/// Part of the format: changing it makes a new version.
const DICTIONARY: &str = concat!(
    "Microsoft Google Apple Online (Natural) - Spanish (Spain) Catalan (Spain) ",
    "English (United Kingdom) English (United States) Español (España) Català (Espanya) ",
    r#""avatar-sun""avatar-star""avatar-flower""avatar-cat""avatar-tree""#,
    r#"{"name":"","avatar":{"kind":"pictogram","value":"avatar-"},"language":"ca","#,
    r#""speech":{"enabled":false,"voice":"","rate_percent":150},"#,
    r#""text_size":"extra-large","grid":12,"show_labels":false,"theme":"high-contrast","#,
    r#""reduced_motion":true,"components":["schedule"]}"#,
    r#","grid":1,"grid":2,"grid":6,"grid":9,"language":"es","text_size":"large","#,
    r#""theme":"dark","theme":"calm","rate_percent":50,"rate_percent":75,"#,
    r#"{"name":"","avatar":{"kind":"pictogram","value":"avatar-smile"},"language":"en","#,
    r#""speech":{"enabled":true,"voice":null,"rate_percent":100},"text_size":"normal","#,
    r#""grid":4,"show_labels":true,"theme":"default","reduced_motion":false,"#,
    r#""components":["shopping","questionnaire","schedule"]}"#,
);
/// Modules of blank margin around a drawn code, as the QR standard asks.
pub const QUIET_ZONE: usize = 4;
/// Screen pixels per module of the drawn code's natural size (CSS may scale it).
const PIXELS_PER_MODULE: usize = 8;

/// Why a scanned text cannot be used. Nothing is changed on the device when decoding fails.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QrError {
    /// Not a Pictokit settings code: empty, another prefix, or something Pictokit never
    /// writes in one (a photo avatar).
    NotPictokit,
    /// Written by a newer Pictokit, with this version.
    Newer(u64),
    /// A settings code, but damaged: not base64, not deflate, or not settings once inflated.
    Damaged,
    /// Longer than [`MAX_TEXT`], or inflates to more than [`MAX_SETTINGS_BYTES`].
    TooBig,
    /// Settings the profile editor would not save (an empty or too long name, a speech
    /// rate out of range).
    Settings(Vec<ProfileProblem>),
}

impl QrError {
    /// The Fluent message id that explains it.
    pub fn message_id(&self) -> &'static str {
        match self {
            QrError::NotPictokit => "qr-error-not-pictokit",
            QrError::Newer(_) => "qr-error-newer",
            QrError::Damaged => "qr-error-damaged",
            QrError::TooBig => "qr-error-too-big",
            QrError::Settings(_) => "qr-error-settings",
        }
    }
}

/// Settings whose code is longer than [`MAX_QR_TEXT`]: they travel in a profile file instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooLarge {
    /// The length of their code, in bytes.
    pub len: usize,
}

impl TooLarge {
    /// The Fluent message id that explains it.
    pub fn message_id(&self) -> &'static str {
        "qr-settings-too-big"
    }
}

/// Whether [`encode`] leaves out the avatar of these settings (a photo), writing the
/// default pictogram avatar instead. The app says so with `qr-photo-left-out`.
pub fn leaves_out_photo(settings: &ProfileDraft) -> bool {
    matches!(settings.avatar, Avatar::Photo(_))
}

fn settings_json(settings: &ProfileDraft) -> Vec<u8> {
    // Plain structs, enums and strings: serialising them cannot fail.
    serde_json::to_vec(settings).unwrap_or_default()
}

/// The settings code of a profile's settings, whatever its length (see [`fits`]). A photo
/// avatar is replaced by the default pictogram avatar ([`leaves_out_photo`]).
pub fn encode(settings: &ProfileDraft) -> String {
    let json = if leaves_out_photo(settings) {
        settings_json(&ProfileDraft {
            avatar: Avatar::default(),
            ..settings.clone()
        })
    } else {
        settings_json(settings)
    };
    // The dictionary goes first, then a sync flush ends its part on a byte boundary, so
    // that the settings' part stands alone while it still refers back to the dictionary.
    // Writing into memory cannot fail.
    let mut encoder = DeflateEncoder::new(Vec::new(), Compression::best());
    let deflated = encoder
        .write_all(DICTIONARY.as_bytes())
        .and_then(|()| encoder.flush())
        .map(|()| encoder.get_ref().len())
        .and_then(|skip| {
            encoder.write_all(&json)?;
            let mut stream = encoder.finish()?;
            Ok(stream.split_off(skip.min(stream.len())))
        })
        .unwrap_or_default();
    format!("{PREFIX}{VERSION}:{}", URL_SAFE_NO_PAD.encode(deflated))
}

/// The settings code of a profile's settings if it is short enough for a QR code that a
/// tablet's camera reads well ([`MAX_QR_TEXT`]); else the app offers a profile file.
pub fn fits(settings: &ProfileDraft) -> Result<String, TooLarge> {
    let text = encode(settings);
    if text.len() <= MAX_QR_TEXT {
        Ok(text)
    } else {
        Err(TooLarge { len: text.len() })
    }
}

/// Inflates the settings' part of a code after the dictionary, at most
/// [`MAX_SETTINGS_BYTES`] of it; the whole part must be one deflate stream.
fn inflate(deflated: &[u8]) -> Result<Vec<u8>, QrError> {
    // The dictionary as a stored block, not the last one: the decoder's window then holds it.
    let dictionary = DICTIONARY.as_bytes();
    let len = u16::try_from(dictionary.len())
        .unwrap_or(u16::MAX)
        .to_le_bytes();
    let mut stream = vec![0, len[0], len[1], !len[0], !len[1]];
    stream.extend_from_slice(dictionary);
    stream.extend_from_slice(deflated);
    let mut decoder = DeflateDecoder::new(stream.as_slice());
    let mut out = Vec::new();
    let limit = dictionary.len() + MAX_SETTINGS_BYTES;
    let cap = u64::try_from(limit).unwrap_or(u64::MAX);
    match (&mut decoder).take(cap + 1).read_to_end(&mut out) {
        Err(_) => return Err(QrError::Damaged),
        Ok(read) if read > limit => return Err(QrError::TooBig),
        Ok(_) => {}
    }
    // Bytes after the end of the stream: not what Pictokit writes.
    if usize::try_from(decoder.total_in()).ok() != Some(stream.len()) {
        return Err(QrError::Damaged);
    }
    match out.get(..dictionary.len()) {
        Some(start) if start == dictionary => Ok(out.split_off(dictionary.len())),
        _ => Err(QrError::Damaged),
    }
}

/// Reads a settings code, checking everything (see the module's documentation). What it
/// returns passes [`ProfileDraft::problems`]; the app makes a profile of it with
/// [`ProfileDraft::validate`] after the facilitator has seen it.
pub fn decode(text: &str) -> Result<ProfileDraft, QrError> {
    if text.len() > MAX_TEXT {
        return Err(QrError::TooBig);
    }
    let text = text.trim();
    let (version, payload) = text
        .strip_prefix(PREFIX)
        .and_then(|rest| rest.split_once(':'))
        .ok_or(QrError::NotPictokit)?;
    if version.is_empty() || version.len() > 4 || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(QrError::NotPictokit);
    }
    match version.parse::<u64>() {
        Ok(VERSION) => {}
        Ok(newer) if newer > VERSION => return Err(QrError::Newer(newer)),
        _ => return Err(QrError::NotPictokit),
    }
    let deflated = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| QrError::Damaged)?;
    let json = inflate(&deflated)?;
    let settings: ProfileDraft = serde_json::from_slice(&json).map_err(|_| QrError::Damaged)?;
    if leaves_out_photo(&settings) {
        return Err(QrError::NotPictokit);
    }
    let problems = settings.problems();
    if !problems.is_empty() {
        return Err(QrError::Settings(problems));
    }
    // The JSON as `encode` writes it (a missing `voice` becomes `null`) must fit too, so
    // that the settings can be written again and read back.
    if settings_json(&settings).len() > MAX_SETTINGS_BYTES {
        return Err(QrError::TooBig);
    }
    Ok(settings)
}

/// The QR code of `text` at error correction level M, of the smallest version found.
fn qr_code(text: &str) -> Option<QrCode> {
    let data = text.as_bytes();
    let mixed = QrCode::with_error_correction_level(data, EcLevel::M).ok()?;
    // The choice of modes (digits, capitals, bytes) is a heuristic that sometimes takes
    // a version more than bytes alone would, near a version's capacity.
    let Version::Normal(mixed_version) = mixed.version() else {
        return Some(mixed);
    };
    let bytes_only = (1..mixed_version).find_map(|version| {
        let mut bits = Bits::new(Version::Normal(version));
        bits.push_byte_data(data).ok()?;
        bits.push_terminator(EcLevel::M).ok()?;
        QrCode::with_bits(bits, EcLevel::M).ok()
    });
    Some(bytes_only.unwrap_or(mixed))
}

/// The modules of the QR code of `text` at error correction level M, without the quiet
/// zone: its width and whether each module is dark, row by row. `None` if the text is
/// longer than any QR code holds.
pub fn matrix(text: &str) -> Option<(usize, Vec<bool>)> {
    let code = qr_code(text)?;
    let dark = code
        .to_colors()
        .into_iter()
        .map(|color| color == Color::Dark)
        .collect();
    Some((code.width(), dark))
}

/// The QR code of `text` as a standalone SVG document, black on white, with a quiet zone
/// of [`QUIET_ZONE`] modules: every dark module in one `<path>`, a `viewBox` of one unit
/// per module, crisp edges, no scripts and no external references (the app shows it as
/// an `<img>` from a `data:` URL). `None` if the text is longer than any QR code holds.
pub fn svg(text: &str) -> Option<String> {
    let (width, dark) = matrix(text)?;
    let side = width + 2 * QUIET_ZONE;
    let mut path = String::new();
    for (y, row) in dark.chunks(width.max(1)).enumerate() {
        let y = y + QUIET_ZONE;
        let mut run_start = None;
        // One rectangle per run of dark modules in a row; the extra light module at the
        // end closes the last run.
        for (x, is_dark) in row.iter().copied().chain([false]).enumerate() {
            match (is_dark, run_start) {
                (true, None) => run_start = Some(x),
                (false, Some(start)) => {
                    let run = x - start;
                    let _ = write!(path, "M{} {y}h{run}v1h-{run}z", start + QUIET_ZONE);
                    run_start = None;
                }
                _ => {}
            }
        }
    }
    let pixels = side * PIXELS_PER_MODULE;
    Some(format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8"?>"#,
            "\n",
            r#"<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{pixels}" height="{pixels}" viewBox="0 0 {side} {side}" shape-rendering="crispEdges">"#,
            r##"<rect width="{side}" height="{side}" fill="#ffffff"/>"##,
            r##"<path fill="#000000" d="{path}"/>"##,
            "</svg>\n"
        ),
        pixels = pixels,
        side = side,
        path = path
    ))
}

/// Pixels in a frame of this size, if it is one that scanning looks at.
fn frame_pixels(width: usize, height: usize) -> Option<usize> {
    if width == 0 || height == 0 || width > MAX_SCAN_SIDE || height > MAX_SCAN_SIDE {
        return None;
    }
    width.checked_mul(height)
}

/// The text of the first QR code found in a grey camera frame (one byte per pixel, 0 is
/// black, row by row). `None` if there is none, or if `luma` is not `width × height`
/// bytes or a side is 0 or larger than [`MAX_SCAN_SIDE`]. The text is not checked: give
/// it to [`decode`].
///
/// A frame is looked at up to three times, each only when the one before found nothing:
/// as the reader (`rqrr`) sees it; in black and white against the light of its
/// neighbourhood, block by block, which reads noisy frames better; and at half size,
/// which reads blurred ones better.
pub fn scan_luma(width: usize, height: usize, luma: &[u8]) -> Option<String> {
    if frame_pixels(width, height)? != luma.len() {
        return None;
    }
    let pixel = |luma: &[u8], width: usize, x: usize, y: usize| {
        luma.get(y * width + x).copied().unwrap_or(u8::MAX)
    };
    // The text of the first grid in an image that decodes.
    let first_text = |mut image: rqrr::PreparedImage<_>| {
        image
            .detect_grids()
            .into_iter()
            .find_map(|grid| grid.decode().ok().map(|(_, text)| text))
    };
    let image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| pixel(luma, width, x, y));
    if let Some(text) = first_text(image) {
        return Some(text);
    }
    let dark = binarize(width, height, luma);
    let image = rqrr::PreparedImage::prepare_from_bitmap(width, height, |x, y| {
        dark.get(y * width + x).copied().unwrap_or(false)
    });
    if let Some(text) = first_text(image) {
        return Some(text);
    }
    let (half_width, half_height) = (width / 2, height / 2);
    if half_width == 0 || half_height == 0 {
        return None;
    }
    let image = rqrr::PreparedImage::prepare_from_greyscale(half_width, half_height, |x, y| {
        let sum: u16 = [(0, 0), (1, 0), (0, 1), (1, 1)]
            .into_iter()
            .map(|(dx, dy)| u16::from(pixel(luma, width, 2 * x + dx, 2 * y + dy)))
            .sum();
        u8::try_from(sum / 4).unwrap_or(u8::MAX)
    });
    first_text(image)
}

/// [`scan_luma`] for a frame in RGBA, four bytes per pixel, as a canvas's `ImageData`
/// holds it; transparent pixels count as white. `None` if `rgba` is not
/// `width × height × 4` bytes or a side is 0 or larger than [`MAX_SCAN_SIDE`].
pub fn scan_rgba(width: usize, height: usize, rgba: &[u8]) -> Option<String> {
    if frame_pixels(width, height)?.checked_mul(4)? != rgba.len() {
        return None;
    }
    let luma: Vec<u8> = rgba
        .chunks_exact(4)
        .map(|pixel| {
            let [r, g, b, a] = [pixel[0], pixel[1], pixel[2], pixel[3]].map(u32::from);
            // Rec. 601 luma, then over a white background.
            let luma = (77 * r + 150 * g + 29 * b) >> 8;
            let over_white = (luma * a + 255 * (255 - a)) / 255;
            u8::try_from(over_white).unwrap_or(u8::MAX)
        })
        .collect();
    scan_luma(width, height, &luma)
}

/// Side of the blocks of [`binarize`], in pixels.
const BLOCK: usize = 8;
/// The least difference between the darkest and lightest pixel of a block for it to
/// have its own level; flatter blocks take their neighbours'.
const MIN_CONTRAST: u32 = 24;

/// The dark pixels of a grey frame, each compared with the mean level of the 5 × 5
/// blocks of 8 × 8 pixels around it, so that uneven light and grey noise on white do not
/// make dark specks (the method of ZXing's `HybridBinarizer`). `luma` is
/// `width × height` bytes.
fn binarize(width: usize, height: usize, luma: &[u8]) -> Vec<bool> {
    let columns = width.div_ceil(BLOCK);
    let rows = height.div_ceil(BLOCK);
    let block_pixels = |column: usize, row: usize| {
        let xs = column * BLOCK..((column + 1) * BLOCK).min(width);
        (row * BLOCK..((row + 1) * BLOCK).min(height))
            .map(move |y| y * width + xs.start..y * width + xs.end)
    };
    let mut levels = vec![0u32; columns * rows];
    for row in 0..rows {
        for column in 0..columns {
            let (mut min, mut max, mut sum, mut count) = (u32::MAX, 0, 0, 0);
            for span in block_pixels(column, row) {
                for &value in luma.get(span).unwrap_or_default() {
                    let value = u32::from(value);
                    min = min.min(value);
                    max = max.max(value);
                    sum += value;
                    count += 1;
                }
            }
            let mut level = sum / count.max(1);
            if max.saturating_sub(min) <= MIN_CONTRAST {
                // A flat block is taken as light background, unless it is darker than
                // the blocks above and to its left: then it is inside something dark.
                level = min / 2;
                if row > 0 && column > 0 {
                    let above = levels[(row - 1) * columns + column];
                    let left = levels[row * columns + column - 1];
                    let corner = levels[(row - 1) * columns + column - 1];
                    let around = (above + 2 * left + corner) / 4;
                    if min < around {
                        level = around;
                    }
                }
            }
            levels[row * columns + column] = level;
        }
    }
    let mut dark = vec![false; luma.len()];
    for row in 0..rows {
        for column in 0..columns {
            let (mut sum, mut count) = (0, 0);
            for near_row in row.saturating_sub(2)..(row + 3).min(rows) {
                for near_column in column.saturating_sub(2)..(column + 3).min(columns) {
                    sum += levels[near_row * columns + near_column];
                    count += 1;
                }
            }
            let threshold = sum / count.max(1);
            for span in block_pixels(column, row) {
                let (Some(values), Some(marks)) = (luma.get(span.clone()), dark.get_mut(span))
                else {
                    continue;
                };
                for (mark, &value) in marks.iter_mut().zip(values) {
                    *mark = u32::from(value) <= threshold;
                }
            }
        }
    }
    dark
}
