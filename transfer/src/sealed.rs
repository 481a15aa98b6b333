//! An encrypted file (`pictokit-sealed`): health data — quality-of-life assessments and
//! support plans — never leaves the device in the clear.
//!
//! The envelope is JSON that names how it was made; the encryption itself is WebCrypto's
//! (the app's `crypto.rs`): a key from the passphrase by PBKDF2-SHA256 with a random
//! 16-byte salt and [`ITERATIONS`] iterations, then AES-256-GCM with a random 12-byte
//! nonce. GCM's tag makes a wrong passphrase (or a changed byte) fail as a whole, so a
//! reader never shows garbage.
//!
//! This module checks an envelope before any key is derived: a hostile file cannot ask for
//! a billion iterations, a huge salt or a ciphertext of gigabytes.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The envelope's `format`.
pub const FORMAT: &str = "pictokit-sealed";
/// The newest envelope version.
pub const VERSION: u64 = 1;
/// PBKDF2 iterations of a new file (OWASP's advice for PBKDF2-HMAC-SHA256 in 2023).
pub const ITERATIONS: u32 = 600_000;
/// The most iterations a file may ask for (a reader's time stays in seconds).
pub const MAX_ITERATIONS: u32 = 5_000_000;
/// The largest envelope read, in bytes.
pub const MAX_FILE_BYTES: usize = 32 * 1024 * 1024;
/// The shortest passphrase accepted when sealing, in characters.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// A sealed file, checked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Envelope {
    /// Always [`FORMAT`].
    pub format: String,
    /// The envelope's version.
    pub version: u64,
    /// What is inside (`assessments`), so a reader can say what it opens.
    pub content: String,
    /// How the key was derived.
    pub kdf: Kdf,
    /// How it was encrypted.
    pub cipher: Cipher,
    /// The ciphertext with GCM's tag, base64.
    pub data: String,
}

/// The key derivation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kdf {
    /// Always `PBKDF2`.
    pub name: String,
    /// Always `SHA-256`.
    pub hash: String,
    /// Iterations, [`ITERATIONS`] to [`MAX_ITERATIONS`].
    pub iterations: u32,
    /// The random salt, base64 (16 to 64 bytes).
    pub salt: String,
}

/// The encryption.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cipher {
    /// Always `AES-GCM`.
    pub name: String,
    /// The 12-byte nonce, base64.
    pub iv: String,
}

/// Why a sealed file cannot be opened (before trying the passphrase).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SealedError {
    /// Not JSON, or not this format.
    NotSealed,
    /// Made by a newer Pictokit.
    Newer,
    /// A field is missing, of the wrong type, or outside its limits.
    Damaged,
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge,
    /// Holds something else than what this screen opens.
    OtherContent,
}

impl SealedError {
    /// The Fluent message id that explains it.
    pub fn message_id(self) -> &'static str {
        match self {
            SealedError::NotSealed => "sealed-error-not-sealed",
            SealedError::Newer => "sealed-error-newer",
            SealedError::Damaged => "sealed-error-damaged",
            SealedError::TooLarge => "sealed-error-too-large",
            SealedError::OtherContent => "sealed-error-other-content",
        }
    }
}

/// The parts a sealed file is made from, decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parts {
    /// PBKDF2 iterations.
    pub iterations: u32,
    /// The salt.
    pub salt: Vec<u8>,
    /// The nonce.
    pub iv: Vec<u8>,
    /// Ciphertext and tag.
    pub data: Vec<u8>,
}

/// Writes the envelope of a sealed `content`.
pub fn envelope(content: &str, parts: &Parts) -> String {
    let envelope = Envelope {
        format: FORMAT.to_owned(),
        version: VERSION,
        content: content.to_owned(),
        kdf: Kdf {
            name: "PBKDF2".to_owned(),
            hash: "SHA-256".to_owned(),
            iterations: parts.iterations,
            salt: STANDARD.encode(&parts.salt),
        },
        cipher: Cipher {
            name: "AES-GCM".to_owned(),
            iv: STANDARD.encode(&parts.iv),
        },
        data: STANDARD.encode(&parts.data),
    };
    serde_json::to_string_pretty(&envelope).unwrap_or_default()
}

/// Reads and checks an envelope of `content`; the parts to decrypt.
pub fn read(bytes: &[u8], content: &str) -> Result<Parts, SealedError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(SealedError::TooLarge);
    }
    let value: Value = serde_json::from_slice(bytes).map_err(|_| SealedError::NotSealed)?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(SealedError::NotSealed);
    }
    match value.get("version").and_then(Value::as_u64) {
        Some(version) if version > VERSION => return Err(SealedError::Newer),
        Some(1..) => {}
        _ => return Err(SealedError::Damaged),
    }
    let envelope: Envelope = serde_json::from_value(value).map_err(|_| SealedError::Damaged)?;
    if envelope.content != content {
        return Err(SealedError::OtherContent);
    }
    let kdf = &envelope.kdf;
    if kdf.name != "PBKDF2"
        || kdf.hash != "SHA-256"
        || envelope.cipher.name != "AES-GCM"
        || !(ITERATIONS..=MAX_ITERATIONS).contains(&kdf.iterations)
    {
        return Err(SealedError::Damaged);
    }
    let decode = |text: &str| {
        STANDARD
            .decode(text.trim())
            .map_err(|_| SealedError::Damaged)
    };
    let parts = Parts {
        iterations: kdf.iterations,
        salt: decode(&kdf.salt)?,
        iv: decode(&envelope.cipher.iv)?,
        data: decode(&envelope.data)?,
    };
    // 16 bytes of GCM tag at least.
    if !(16..=64).contains(&parts.salt.len()) || parts.iv.len() != 12 || parts.data.len() < 16 {
        return Err(SealedError::Damaged);
    }
    Ok(parts)
}

/// Whether a passphrase is long enough to seal with.
pub fn passphrase_ok(passphrase: &str) -> bool {
    passphrase.chars().count() >= MIN_PASSPHRASE_CHARS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts() -> Parts {
        Parts {
            iterations: ITERATIONS,
            salt: vec![7; 16],
            iv: vec![9; 12],
            data: vec![1; 40],
        }
    }

    #[test]
    fn an_envelope_round_trips() {
        let text = envelope("assessments", &parts());
        assert_eq!(read(text.as_bytes(), "assessments"), Ok(parts()));
        let value: Value = serde_json::from_str(&text).unwrap_or_default();
        assert_eq!(value["kdf"]["iterations"], 600_000);
        assert_eq!(value["cipher"]["name"], "AES-GCM");
        assert_eq!(
            read(text.as_bytes(), "profile"),
            Err(SealedError::OtherContent)
        );
    }

    #[test]
    fn hostile_envelopes_are_refused_before_any_work() {
        let good: Value =
            serde_json::from_str(&envelope("assessments", &parts())).unwrap_or_default();
        let with = |path: &[&str], value: Value| {
            let mut changed = good.clone();
            let mut at = &mut changed;
            for key in &path[..path.len() - 1] {
                at = &mut at[*key];
            }
            at[path[path.len() - 1]] = value;
            serde_json::to_vec(&changed).unwrap_or_default()
        };
        let cases: Vec<(Vec<u8>, SealedError)> = vec![
            (b"not json".to_vec(), SealedError::NotSealed),
            (b"{}".to_vec(), SealedError::NotSealed),
            (
                with(&["format"], "pictokit-profile".into()),
                SealedError::NotSealed,
            ),
            (with(&["version"], 2.into()), SealedError::Newer),
            (with(&["version"], "1".into()), SealedError::Damaged),
            (
                with(&["kdf", "iterations"], 1000.into()),
                SealedError::Damaged,
            ),
            (
                with(&["kdf", "iterations"], 4_000_000_000u64.into()),
                SealedError::Damaged,
            ),
            (with(&["kdf", "hash"], "SHA-1".into()), SealedError::Damaged),
            (with(&["kdf", "salt"], "AA==".into()), SealedError::Damaged),
            (with(&["kdf", "salt"], "!!!".into()), SealedError::Damaged),
            (
                with(&["cipher", "iv"], STANDARD.encode([0u8; 16]).into()),
                SealedError::Damaged,
            ),
            (
                with(&["cipher", "name"], "AES-CBC".into()),
                SealedError::Damaged,
            ),
            (with(&["data"], "AAAA".into()), SealedError::Damaged),
            (with(&["data"], 7.into()), SealedError::Damaged),
            (vec![b' '; MAX_FILE_BYTES + 1], SealedError::TooLarge),
        ];
        for (bytes, expected) in cases {
            assert_eq!(
                read(&bytes, "assessments"),
                Err(expected),
                "{}",
                String::from_utf8_lossy(&bytes[..bytes.len().min(80)])
            );
        }
    }

    #[test]
    fn short_passphrases_are_refused() {
        assert!(!passphrase_ok("short"));
        assert!(!passphrase_ok("1234567"));
        assert!(passphrase_ok("correct horse"));
        assert!(passphrase_ok("àèìòùçñü"));
    }
}
