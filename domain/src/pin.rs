//! The optional facilitator PIN of a device, kept only as a salted PBKDF2-SHA256 hash.
//!
//! The derivation itself runs in the browser through WebCrypto (`app/src/crypto.rs`);
//! this module checks new PINs and reads and writes the stored form, natively tested.

/// The fewest digits a PIN may have.
pub const MIN_DIGITS: usize = 4;
/// The most digits a PIN may have.
pub const MAX_DIGITS: usize = 8;
/// PBKDF2-SHA256 iterations for new PINs (OWASP's figure for PBKDF2-HMAC-SHA256).
pub const ITERATIONS: u32 = 600_000;
/// Length of the random salt, in bytes.
pub const SALT_BYTES: usize = 16;
/// Length of the derived hash, in bytes.
pub const HASH_BYTES: usize = 32;

/// Why a PIN cannot be set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinProblem {
    /// Something other than the digits 0–9.
    NotDigits,
    /// Fewer than [`MIN_DIGITS`] or more than [`MAX_DIGITS`] digits.
    WrongLength,
}

impl PinProblem {
    /// The Fluent message id that explains the problem.
    pub fn message_id(self) -> &'static str {
        match self {
            PinProblem::NotDigits => "pin-error-digits",
            PinProblem::WrongLength => "pin-error-length",
        }
    }
}

/// Checks a new PIN.
pub fn check(pin: &str) -> Result<(), PinProblem> {
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(PinProblem::NotDigits);
    }
    if !(MIN_DIGITS..=MAX_DIGITS).contains(&pin.len()) {
        return Err(PinProblem::WrongLength);
    }
    Ok(())
}

/// A stored PIN: `pbkdf2-sha256:<iterations>:<salt hex>:<hash hex>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredPin {
    /// PBKDF2 iterations used.
    pub iterations: u32,
    /// The random salt.
    pub salt: Vec<u8>,
    /// The derived hash.
    pub hash: Vec<u8>,
}

impl StoredPin {
    /// Reads the stored form; `None` for anything malformed (which then never matches).
    pub fn parse(stored: &str) -> Option<StoredPin> {
        let mut parts = stored.split(':');
        let (Some("pbkdf2-sha256"), Some(iterations), Some(salt), Some(hash), None) = (
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
        ) else {
            return None;
        };
        let iterations: u32 = iterations.parse().ok().filter(|n| *n > 0)?;
        let (salt, hash) = (unhex(salt)?, unhex(hash)?);
        if salt.is_empty() || hash.len() != HASH_BYTES {
            return None;
        }
        Some(StoredPin {
            iterations,
            salt,
            hash,
        })
    }

    /// The stored form.
    pub fn to_stored(&self) -> String {
        format!(
            "pbkdf2-sha256:{}:{}:{}",
            self.iterations,
            hex(&self.salt),
            hex(&self.hash)
        )
    }

    /// Whether a hash derived from an entered PIN (same salt and iterations) is this one.
    /// Compares every byte, so the time taken does not tell how much matched.
    pub fn matches(&self, derived: &[u8]) -> bool {
        derived.len() == self.hash.len()
            && derived
                .iter()
                .zip(&self.hash)
                .fold(0u8, |diff, (a, b)| diff | (a ^ b))
                == 0
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_are_four_to_eight_digits() {
        let cases = [
            ("1234", Ok(())),
            ("12345678", Ok(())),
            ("123", Err(PinProblem::WrongLength)),
            ("123456789", Err(PinProblem::WrongLength)),
            ("12a4", Err(PinProblem::NotDigits)),
            ("١٢٣٤", Err(PinProblem::NotDigits)),
        ];
        for (pin, expected) in cases {
            assert_eq!(check(pin), expected, "{pin}");
        }
    }

    #[test]
    fn stored_pins_round_trip_and_match_only_their_hash() {
        let pin = StoredPin {
            iterations: ITERATIONS,
            salt: vec![1, 2, 3, 250],
            hash: (0..32).collect(),
        };
        let stored = pin.to_stored();
        assert!(stored.starts_with("pbkdf2-sha256:600000:010203fa:000102"));
        let back = StoredPin::parse(&stored).expect("parses");
        assert_eq!(back, pin);
        assert!(back.matches(&(0..32).collect::<Vec<u8>>()));
        assert!(!back.matches(&(1..33).collect::<Vec<u8>>()));
        assert!(!back.matches(&[0, 1, 2]));
    }

    #[test]
    fn malformed_stored_values_are_refused() {
        let good_hash = "00".repeat(HASH_BYTES);
        let cases = [
            String::new(),
            "pbkdf2-sha256".to_owned(),
            format!("sha256:10:00:{good_hash}"),
            format!("pbkdf2-sha256:0:00:{good_hash}"),
            format!("pbkdf2-sha256:x:00:{good_hash}"),
            format!("pbkdf2-sha256:10::{good_hash}"),
            format!("pbkdf2-sha256:10:zz:{good_hash}"),
            "pbkdf2-sha256:10:00:0011".to_owned(),
            format!("pbkdf2-sha256:10:00:{good_hash}:extra"),
        ];
        for stored in cases {
            assert_eq!(StoredPin::parse(&stored), None, "{stored}");
        }
    }
}
