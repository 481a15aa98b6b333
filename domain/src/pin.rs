//! The optional facilitator PIN of a device, kept only as a salted hash.

use sha2::{Digest, Sha256};

/// The fewest digits a PIN may have.
pub const MIN_DIGITS: usize = 4;
/// The most digits a PIN may have.
pub const MAX_DIGITS: usize = 8;

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

/// The stored form of a PIN: `sha256:<salt hex>:<digest hex>`.
pub fn hash(pin: &str, salt: &[u8]) -> String {
    format!("sha256:{}:{}", hex(salt), hex(&digest(salt, pin)))
}

/// Whether `pin` matches a stored hash; a malformed stored value never matches.
pub fn verify(pin: &str, stored: &str) -> bool {
    let mut parts = stored.split(':');
    let (Some("sha256"), Some(salt_hex), Some(digest_hex), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let Some(salt) = unhex(salt_hex) else {
        return false;
    };
    hex(&digest(&salt, pin)) == digest_hex
}

fn digest(salt: &[u8], pin: &str) -> Vec<u8> {
    let mut hasher = Sha256::new();
    hasher.update(salt);
    hasher.update(pin.as_bytes());
    hasher.finalize().to_vec()
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
    fn hashes_verify_only_the_same_pin() {
        let stored = hash("2468", &[1, 2, 3, 250]);
        assert!(stored.starts_with("sha256:010203fa:"));
        assert!(verify("2468", &stored));
        assert!(!verify("2469", &stored));
        assert_ne!(stored, hash("2468", &[9, 9, 9, 9]), "the salt matters");
    }

    #[test]
    fn malformed_stored_values_never_match() {
        for stored in [
            "",
            "sha256",
            "md5:00:00",
            "sha256:zz:00",
            "sha256:0:00",
            "sha256:00:00:00",
        ] {
            assert!(!verify("1234", stored), "{stored}");
        }
    }
}
