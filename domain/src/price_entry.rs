//! Typing a price: what the price keypad (`pictokit_kit::keypad`) and typing into its display
//! allow. Only text is edited here: digits, one decimal separator, at most two decimals, a
//! short value; parsing it into cents is [`crate::money::parse_euros`].

/// The longest value the keypad builds, counting the separator ("1234,56").
pub const MAX_CHARS: usize = 7;
/// The most digits kept after the decimal separator.
pub const MAX_DECIMALS: usize = 2;

/// One press on the keypad.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// A digit, 0 to 9.
    Digit(u8),
    /// The decimal separator.
    Separator,
    /// Removes the last character.
    Delete,
    /// Empties the value.
    Clear,
}

/// Whether `c` is a decimal separator: both are accepted, whatever the language.
pub fn is_separator(c: char) -> bool {
    c == ',' || c == '.'
}

/// The value after pressing `key`, or `None` when the press is ignored (it would break the
/// price, or there is nothing to delete). A separator on an empty value gives "0,".
pub fn apply_key(current: &str, key: Key, separator: char) -> Option<String> {
    let n_chars = current.chars().count();
    match key {
        Key::Digit(digit) => {
            let n_decimals = current
                .find(is_separator)
                .map(|at| current[at + 1..].chars().count());
            if digit > 9 || n_chars >= MAX_CHARS || n_decimals.is_some_and(|n| n >= MAX_DECIMALS) {
                return None;
            }
            Some(format!("{current}{digit}"))
        }
        Key::Separator => {
            if current.contains(is_separator) {
                return None;
            }
            let whole = if current.is_empty() { "0" } else { current };
            if whole.chars().count() + 1 > MAX_CHARS {
                return None;
            }
            Some(format!("{whole}{separator}"))
        }
        Key::Delete => {
            let mut shorter = current.to_owned();
            shorter.pop().map(|_| shorter)
        }
        Key::Clear => (!current.is_empty()).then(String::new),
    }
}

/// Typed or pasted text, kept to what the keys could have built: other characters are
/// dropped, and either separator becomes `separator`.
pub fn clean(typed: &str, separator: char) -> String {
    typed.chars().fold(String::new(), |built, c| {
        let key = match c.to_digit(10) {
            Some(digit) => Key::Digit(digit as u8),
            None if is_separator(c) => Key::Separator,
            None => return built,
        };
        apply_key(&built, key, separator).unwrap_or(built)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Presses the keys written in `presses` ("0"-"9", "," or ".", "<" delete, "C" clear)
    /// from an empty value, and checks the result.
    fn check(presses: &str, separator: char, expected: &str) {
        let value = presses.chars().fold(String::new(), |value, c| {
            let key = match c {
                '<' => Key::Delete,
                'C' => Key::Clear,
                ',' | '.' => Key::Separator,
                digit => Key::Digit(digit.to_digit(10).expect("a digit") as u8),
            };
            apply_key(&value, key, separator).unwrap_or(value)
        });
        assert_eq!(value, expected, "pressing {presses:?}");
    }

    #[test]
    fn keys_build_a_price() {
        check("1,25", ',', "1,25");
        check("1.25", '.', "1.25");
        check("12", ',', "12");
        check(",5", ',', "0,5");
        check("3,", '.', "3.");
    }

    #[test]
    fn presses_that_would_break_the_price_are_ignored() {
        check("1,2,5", ',', "1,25");
        check("1,259", ',', "1,25");
        check("12345678", ',', "1234567");
        check("1234567,", ',', "1234567");
        check("123456,7", ',', "123456,");
        check("1234,567", ',', "1234,56");
    }

    #[test]
    fn delete_and_clear() {
        check("1,25<", ',', "1,2");
        check("1,<<<", ',', "");
        check("1,<5", ',', "15");
        check("99C", ',', "");
        assert_eq!(apply_key("", Key::Delete, ','), None);
        assert_eq!(apply_key("", Key::Clear, ','), None);
    }

    #[test]
    fn typing_is_cleaned_by_the_same_rules() {
        assert_eq!(clean("1,25", ','), "1,25");
        assert_eq!(clean("1.25", ','), "1,25");
        assert_eq!(clean("€ 3,5", '.'), "3.5");
        assert_eq!(clean("1,2,3", ','), "1,23");
        assert_eq!(clean("0,999", ','), "0,99");
        assert_eq!(clean("abc", ','), "");
        assert_eq!(clean("", ','), "");
    }
}
