//! What kind of file some bytes are, from their first bytes, never from a name or a
//! declared type. Only kinds that Pictokit shows through `<img>` or plays through
//! `<audio>` are recognised: an SVG (which may carry scripts), HTML or anything else is
//! `None`.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use pictokit_domain::picto::MediaKind;

/// The picture type of these bytes: JPEG, PNG or WebP.
pub fn image_type(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.len() >= 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}

/// The sound type of these bytes: WebM, Ogg, MP4 (what browsers record), MP3 with an ID3
/// header, or WAV.
pub fn audio_type(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(&[0x1A, 0x45, 0xDF, 0xA3]) {
        Some("audio/webm")
    } else if bytes.starts_with(b"OggS") {
        Some("audio/ogg")
    } else if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        Some("audio/mp4")
    } else if bytes.len() >= 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WAVE" {
        Some("audio/wav")
    } else if bytes.starts_with(b"ID3") {
        Some("audio/mpeg")
    } else {
        None
    }
}

/// The type of these bytes if they are what a media record of this kind holds: a sound
/// for a voice recording, a picture for anything else.
pub fn of_kind(kind: MediaKind, bytes: &[u8]) -> Option<&'static str> {
    match kind {
        MediaKind::Voice => audio_type(bytes),
        MediaKind::Photo | MediaKind::Arasaac | MediaKind::Money => image_type(bytes),
    }
}

/// The file name ending for a type this module names.
pub fn extension(media_type: &str) -> &'static str {
    match media_type {
        "image/jpeg" => "jpg",
        "image/png" => "png",
        "image/webp" => "webp",
        "audio/webm" => "webm",
        "audio/ogg" => "ogg",
        "audio/mp4" => "m4a",
        "audio/wav" => "wav",
        "audio/mpeg" => "mp3",
        _ => "bin",
    }
}

/// The bytes of a `data:…;base64,` URL and the type it declares (without parameters);
/// `None` for anything else.
pub fn data_url_bytes(data_url: &str) -> Option<(String, Vec<u8>)> {
    let rest = data_url.strip_prefix("data:")?;
    let (head, payload) = rest.split_once(',')?;
    let mut parts = head.split(';');
    let media_type = parts.next()?.trim().to_ascii_lowercase();
    if !parts.any(|part| part.trim() == "base64") {
        return None;
    }
    let bytes = STANDARD.decode(payload.trim()).ok()?;
    Some((media_type, bytes))
}

/// A `data:` URL for bytes of a type.
pub fn data_url(media_type: &str, bytes: &[u8]) -> String {
    format!("data:{media_type};base64,{}", STANDARD.encode(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pictures_are_known_by_their_first_bytes() {
        assert_eq!(image_type(b"\xFF\xD8\xFF\xE0rest"), Some("image/jpeg"));
        assert_eq!(image_type(b"\x89PNG\r\n\x1a\n...."), Some("image/png"));
        assert_eq!(image_type(b"RIFF\0\0\0\0WEBPVP8 "), Some("image/webp"));
        assert_eq!(
            image_type(b"<svg xmlns='http://www.w3.org/2000/svg'>"),
            None
        );
        assert_eq!(image_type(b"<?xml version='1.0'?><svg>"), None);
        assert_eq!(image_type(b"GIF89a"), None);
        assert_eq!(image_type(b""), None);
        assert_eq!(image_type(b"RIFF\0\0\0\0WAVE"), None);
    }

    #[test]
    fn sounds_are_known_by_their_first_bytes() {
        assert_eq!(audio_type(b"\x1A\x45\xDF\xA3\x01"), Some("audio/webm"));
        assert_eq!(audio_type(b"OggS\0\x02"), Some("audio/ogg"));
        assert_eq!(audio_type(b"\0\0\0\x20ftypM4A "), Some("audio/mp4"));
        assert_eq!(audio_type(b"RIFF\0\0\0\0WAVEfmt "), Some("audio/wav"));
        assert_eq!(audio_type(b"ID3\x04"), Some("audio/mpeg"));
        assert_eq!(audio_type(b"\xFF\xD8\xFF\xE0"), None);
        assert_eq!(audio_type(b"<html>"), None);
        assert_eq!(audio_type(b"\x89PNG\r\n\x1a\n"), None);
    }

    #[test]
    fn data_urls_round_trip() {
        let url = data_url("image/png", b"\x89PNG\r\n\x1a\nabc");
        assert!(url.starts_with("data:image/png;base64,"));
        let (kind, bytes) = data_url_bytes(&url).expect("decodes");
        assert_eq!(kind, "image/png");
        assert_eq!(bytes, b"\x89PNG\r\n\x1a\nabc");
        let (kind, _) =
            data_url_bytes("data:audio/webm;codecs=opus;base64,GkXfow==").expect("decodes");
        assert_eq!(kind, "audio/webm");
        assert_eq!(data_url_bytes("data:image/png,notbase64"), None);
        assert_eq!(data_url_bytes("https://example.org/a.png"), None);
        assert_eq!(data_url_bytes("data:image/png;base64,!!!"), None);
    }
}
