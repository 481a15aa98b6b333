//! Money in euros: amounts as whole cents (never floats), the euro coins and notes with
//! the facts needed to draw them, a wallet that counts them, and prices as people type
//! and read them.

use crate::Language;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// An amount of money in euro cents. Never a float: 0.1 + 0.2 is exactly 30 cents here.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Cents(pub u64);

impl Cents {
    /// Zero euros.
    pub const ZERO: Cents = Cents(0);

    /// The whole euros, without the cents.
    pub fn euros(self) -> u64 {
        self.0 / 100
    }

    /// The cents after the whole euros (0–99).
    pub fn cents_part(self) -> u64 {
        self.0 % 100
    }

    /// `self + other`, saturating (stored amounts are bounded, so it never saturates).
    pub fn plus(self, other: Cents) -> Cents {
        Cents(self.0.saturating_add(other.0))
    }

    /// `self - other`, or zero when `other` is larger.
    pub fn minus(self, other: Cents) -> Cents {
        Cents(self.0.saturating_sub(other.0))
    }

    /// `self × n`, saturating.
    pub fn times(self, n: u32) -> Cents {
        Cents(self.0.saturating_mul(u64::from(n)))
    }
}

/// The euro coins and notes in circulation (the €500 note is no longer issued).
///
/// Sizes are the real ones (ECB): the app draws simplified pictures at their true
/// relative size, never photographic copies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Denomination {
    /// 1 cent coin.
    #[serde(rename = "c1")]
    C1,
    /// 2 cent coin.
    #[serde(rename = "c2")]
    C2,
    /// 5 cent coin.
    #[serde(rename = "c5")]
    C5,
    /// 10 cent coin.
    #[serde(rename = "c10")]
    C10,
    /// 20 cent coin.
    #[serde(rename = "c20")]
    C20,
    /// 50 cent coin.
    #[serde(rename = "c50")]
    C50,
    /// 1 euro coin.
    #[serde(rename = "e1")]
    E1,
    /// 2 euro coin.
    #[serde(rename = "e2")]
    E2,
    /// 5 euro note.
    #[serde(rename = "n5")]
    N5,
    /// 10 euro note.
    #[serde(rename = "n10")]
    N10,
    /// 20 euro note.
    #[serde(rename = "n20")]
    N20,
    /// 50 euro note.
    #[serde(rename = "n50")]
    N50,
    /// 100 euro note.
    #[serde(rename = "n100")]
    N100,
    /// 200 euro note.
    #[serde(rename = "n200")]
    N200,
}

impl Denomination {
    /// Every coin and note, smallest first.
    pub const ALL: [Denomination; 14] = [
        Denomination::C1,
        Denomination::C2,
        Denomination::C5,
        Denomination::C10,
        Denomination::C20,
        Denomination::C50,
        Denomination::E1,
        Denomination::E2,
        Denomination::N5,
        Denomination::N10,
        Denomination::N20,
        Denomination::N50,
        Denomination::N100,
        Denomination::N200,
    ];

    /// Its value.
    pub fn value(self) -> Cents {
        Cents(match self {
            Denomination::C1 => 1,
            Denomination::C2 => 2,
            Denomination::C5 => 5,
            Denomination::C10 => 10,
            Denomination::C20 => 20,
            Denomination::C50 => 50,
            Denomination::E1 => 100,
            Denomination::E2 => 200,
            Denomination::N5 => 500,
            Denomination::N10 => 1_000,
            Denomination::N20 => 2_000,
            Denomination::N50 => 5_000,
            Denomination::N100 => 10_000,
            Denomination::N200 => 20_000,
        })
    }

    /// The stable id used in stored records and file names (`c1` … `e2`, `n5` … `n200`).
    pub fn id(self) -> &'static str {
        match self {
            Denomination::C1 => "c1",
            Denomination::C2 => "c2",
            Denomination::C5 => "c5",
            Denomination::C10 => "c10",
            Denomination::C20 => "c20",
            Denomination::C50 => "c50",
            Denomination::E1 => "e1",
            Denomination::E2 => "e2",
            Denomination::N5 => "n5",
            Denomination::N10 => "n10",
            Denomination::N20 => "n20",
            Denomination::N50 => "n50",
            Denomination::N100 => "n100",
            Denomination::N200 => "n200",
        }
    }

    /// The denomination with this id.
    pub fn parse(id: &str) -> Option<Denomination> {
        Denomination::ALL.into_iter().find(|d| d.id() == id)
    }

    /// Whether it is a note (else a coin).
    pub fn is_note(self) -> bool {
        self.value().0 >= 500
    }

    /// Its real size in hundredths of a millimetre: (width, height); a coin's diameter twice.
    pub fn size_hundredth_mm(self) -> (u32, u32) {
        let coin = |d| (d, d);
        match self {
            Denomination::C1 => coin(1625),
            Denomination::C2 => coin(1875),
            Denomination::C5 => coin(2125),
            Denomination::C10 => coin(1975),
            Denomination::C20 => coin(2225),
            Denomination::C50 => coin(2425),
            Denomination::E1 => coin(2325),
            Denomination::E2 => coin(2575),
            Denomination::N5 => (12_000, 6_200),
            Denomination::N10 => (12_700, 6_700),
            Denomination::N20 => (13_300, 7_200),
            Denomination::N50 => (14_000, 7_700),
            Denomination::N100 => (14_700, 7_700),
            Denomination::N200 => (15_300, 7_700),
        }
    }
}

/// Some coins and notes with how many of each: a wallet, a payment or change.
///
/// Stored as `{"c50": 2, "n10": 1}`; unknown ids and counts that are not whole numbers
/// are dropped by [`Pieces::from_value`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Pieces(BTreeMap<Denomination, u32>);

/// The most of one coin or note a wallet can hold (a typing slip must not make a
/// wallet of millions).
pub const MAX_PIECES_EACH: u32 = 99;

impl Pieces {
    /// No money.
    pub fn new() -> Pieces {
        Pieces::default()
    }

    /// Reads stored pieces leniently: unknown ids, negative or fractional counts are
    /// dropped, counts above [`MAX_PIECES_EACH`] are lowered to it. Returns how many
    /// entries were dropped or changed.
    pub fn from_value(value: &serde_json::Value) -> (Pieces, usize) {
        let mut pieces = Pieces::new();
        let mut n_problems = 0;
        let Some(map) = value.as_object() else {
            return (pieces, usize::from(!value.is_null()));
        };
        for (id, count) in map {
            match (Denomination::parse(id), count.as_u64()) {
                (Some(denomination), Some(count)) => {
                    let kept = count.min(u64::from(MAX_PIECES_EACH)) as u32;
                    if u64::from(kept) != count {
                        n_problems += 1;
                    }
                    pieces.set(denomination, kept);
                }
                _ => n_problems += 1,
            }
        }
        (pieces, n_problems)
    }

    /// How many of this coin or note.
    pub fn count(&self, denomination: Denomination) -> u32 {
        self.0.get(&denomination).copied().unwrap_or(0)
    }

    /// Sets how many of this coin or note (at most [`MAX_PIECES_EACH`]).
    pub fn set(&mut self, denomination: Denomination, count: u32) {
        let count = count.min(MAX_PIECES_EACH);
        if count == 0 {
            self.0.remove(&denomination);
        } else {
            self.0.insert(denomination, count);
        }
    }

    /// Adds `n` of this coin or note (up to [`MAX_PIECES_EACH`]).
    pub fn add(&mut self, denomination: Denomination, n: u32) {
        self.set(denomination, self.count(denomination).saturating_add(n));
    }

    /// Takes away up to `n` of this coin or note.
    pub fn remove(&mut self, denomination: Denomination, n: u32) {
        self.set(denomination, self.count(denomination).saturating_sub(n));
    }

    /// Adds all of `other`.
    pub fn add_all(&mut self, other: &Pieces) {
        for (denomination, n) in other.iter() {
            self.add(denomination, n);
        }
    }

    /// Whether every piece of `other` is here too.
    pub fn contains(&self, other: &Pieces) -> bool {
        other.iter().all(|(d, n)| self.count(d) >= n)
    }

    /// The total value.
    pub fn total(&self) -> Cents {
        self.iter()
            .fold(Cents::ZERO, |sum, (d, n)| sum.plus(d.value().times(n)))
    }

    /// How many coins and notes in all.
    pub fn n_pieces(&self) -> u32 {
        self.0.values().sum()
    }

    /// Whether there is no money.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Each coin or note present with its count, largest first (the order to hand over).
    pub fn iter(&self) -> impl Iterator<Item = (Denomination, u32)> + '_ {
        self.0.iter().rev().map(|(d, n)| (*d, *n))
    }
}

impl FromIterator<(Denomination, u32)> for Pieces {
    fn from_iter<T: IntoIterator<Item = (Denomination, u32)>>(iter: T) -> Pieces {
        let mut pieces = Pieces::new();
        for (denomination, n) in iter {
            pieces.add(denomination, n);
        }
        pieces
    }
}

/// The highest price a person can type: €9,999.99. Anything above is surely a typing slip.
pub const MAX_PRICE: Cents = Cents(999_999);

/// Why a typed price was not accepted. Each has a Fluent message, see [`PriceProblem::message_id`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PriceProblem {
    /// Nothing was typed (or only the € sign).
    Empty,
    /// It is not an amount: letters, a minus sign, two separators or more than two decimals.
    Invalid,
    /// It is more than [`MAX_PRICE`].
    TooBig,
}

impl PriceProblem {
    /// The Fluent id of the message that explains the problem to the person.
    pub fn message_id(&self) -> &'static str {
        match self {
            PriceProblem::Empty => "price-empty",
            PriceProblem::Invalid => "price-invalid",
            PriceProblem::TooBig => "price-too-big",
        }
    }
}

/// Reads a price as a person types it on a numeric keypad: `1,25`, `1.25`, `1`, `,5`,
/// `1,`, with or without a € sign before or after and spaces around.
///
/// Either a comma or a point separates the cents, with at most two digits after it;
/// thousands separators are not accepted (`1.234,50` has two separators). Never panics.
pub fn parse_euros(text: &str) -> Result<Cents, PriceProblem> {
    let text = text.trim();
    let number = if let Some(rest) = text.strip_prefix('€') {
        rest.trim_start()
    } else if let Some(rest) = text.strip_suffix('€') {
        rest.trim_end()
    } else {
        text
    };
    if number.is_empty() {
        return Err(PriceProblem::Empty);
    }
    let (whole_text, cents_text) = match number.split_once([',', '.']) {
        Some((whole_text, cents_text)) => (whole_text, cents_text),
        None => (number, ""),
    };
    let all_digits = |part: &str| part.bytes().all(|byte| byte.is_ascii_digit());
    let has_digits = !whole_text.is_empty() || !cents_text.is_empty();
    if !has_digits || !all_digits(whole_text) || !all_digits(cents_text) || cents_text.len() > 2 {
        return Err(PriceProblem::Invalid);
    }
    // Saturating: a long row of digits becomes huge, never an overflow.
    let digits_value = |part: &str| {
        part.bytes().fold(0u64, |value, byte| {
            value
                .saturating_mul(10)
                .saturating_add(u64::from(byte - b'0'))
        })
    };
    let cents_part = match cents_text.len() {
        1 => digits_value(cents_text) * 10,
        _ => digits_value(cents_text),
    };
    let amount = Cents(digits_value(whole_text).saturating_mul(100)).plus(Cents(cents_part));
    if amount > MAX_PRICE {
        return Err(PriceProblem::TooBig);
    }
    Ok(amount)
}

/// Writes an amount as people read it in this language (Unicode CLDR's currency
/// patterns): `1,25 €` in Catalan, Spanish, Basque, Galician, Portuguese and French (a
/// no-break space before the sign), `€1.25` in English.
///
/// Cents are always shown (`20,00 €`) and thousands are grouped: `1.234,50 €` (ca, es, eu,
/// gl), `1 234,50 €` (pt with a no-break space, fr with a narrow one), `€1,234.50` (en).
pub fn format_euros(amount: Cents, lang: Language) -> String {
    let style = NumberStyle::of(lang);
    let number = format!(
        "{}{}{:02}",
        group_thousands(amount.euros(), style.group),
        style.decimal,
        amount.cents_part()
    );
    match lang {
        Language::En => format!("€{number}"),
        _ => format!("{number}\u{a0}€"),
    }
}

/// Writes only the number, without the sign or thousands separators, for the keypad
/// display: `1,25` in every language but English, `1.25` in English. [`parse_euros`] reads it back.
pub fn format_plain(amount: Cents, lang: Language) -> String {
    let style = NumberStyle::of(lang);
    format!(
        "{}{}{:02}",
        amount.euros(),
        style.decimal,
        amount.cents_part()
    )
}

/// The separators a language writes numbers with.
struct NumberStyle {
    /// Between the euros and the cents.
    decimal: char,
    /// Between groups of three digits.
    group: char,
}

impl NumberStyle {
    fn of(lang: Language) -> NumberStyle {
        let decimal = if lang == Language::En { '.' } else { ',' };
        let group = match lang {
            Language::Ca | Language::Es | Language::Eu | Language::Gl => '.',
            Language::Pt => '\u{a0}',
            Language::Fr => '\u{202f}',
            Language::En => ',',
        };
        NumberStyle { decimal, group }
    }
}

/// `1234567` → `1.234.567` with `.` as the separator.
fn group_thousands(number: u64, separator: char) -> String {
    let digits = number.to_string();
    let n_digits = digits.chars().count();
    let mut grouped = String::with_capacity(n_digits + n_digits / 3);
    for (digit_idx, digit) in digits.chars().enumerate() {
        if digit_idx > 0 && (n_digits - digit_idx).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    grouped
}

/// Sizes in millimetres, for drawing coins and notes at their true relative size.
/// The real size of a coin or note in millimetres: (width, height).
///
/// From [`Denomination::size_hundredth_mm`]; the test below pins real sizes.
pub fn size_mm(denomination: Denomination) -> (f64, f64) {
    let (width, height) = denomination.size_hundredth_mm();
    (f64::from(width) / 100.0, f64::from(height) / 100.0)
}

/// The width of the widest piece (the €200 note), in millimetres.
pub fn widest_mm() -> f64 {
    widest_of_kind_mm(true).max(widest_of_kind_mm(false))
}

/// The width of the widest coin, or of the widest note, in millimetres.
pub fn widest_of_kind_mm(notes: bool) -> f64 {
    Denomination::ALL
        .into_iter()
        .filter(|denomination| denomination.is_note() == notes)
        .map(|denomination| size_mm(denomination).0)
        .fold(0.0, f64::max)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn denominations_are_ordered_by_value_and_round_trip() {
        for pair in Denomination::ALL.windows(2) {
            assert!(pair[0].value() < pair[1].value());
            assert!(pair[0] < pair[1]);
        }
        for d in Denomination::ALL {
            assert_eq!(Denomination::parse(d.id()), Some(d));
            let text = serde_json::to_string(&d).unwrap_or_default();
            assert_eq!(text, format!("\"{}\"", d.id()));
        }
    }

    #[test]
    fn pieces_store_as_a_map_and_load_leniently() {
        let pieces: Pieces = [(Denomination::C50, 2), (Denomination::N10, 1)]
            .into_iter()
            .collect();
        assert_eq!(pieces.total(), Cents(1_100));
        let stored = serde_json::to_value(&pieces).unwrap_or_default();
        assert_eq!(stored, json!({"c50": 2, "n10": 1}));
        assert_eq!(Pieces::from_value(&stored), (pieces, 0));

        let (loaded, n_problems) =
            Pieces::from_value(&json!({"c50": 2, "x": 1, "e1": -1, "e2": 1.5, "n5": 1000}));
        assert_eq!(n_problems, 4);
        assert_eq!(loaded.count(Denomination::C50), 2);
        assert_eq!(loaded.count(Denomination::N5), MAX_PIECES_EACH);
        assert_eq!(Pieces::from_value(&json!("wallet")).1, 1);
    }

    #[test]
    fn pieces_hand_over_largest_first() {
        let pieces: Pieces = [(Denomination::C1, 1), (Denomination::N20, 1)]
            .into_iter()
            .collect();
        let order: Vec<_> = pieces.iter().map(|(d, _)| d).collect();
        assert_eq!(order, vec![Denomination::N20, Denomination::C1]);
    }

    /// Checks what [`parse_euros`] makes of a typed price.
    fn check_parse(input: &str, expected: Result<u64, PriceProblem>) {
        assert_eq!(parse_euros(input), expected.map(Cents), "input: {input:?}");
    }

    #[test]
    fn prices_typed_on_a_keypad_parse() {
        let cases = [
            ("1,25", Ok(125)),
            ("1.25", Ok(125)),
            ("1", Ok(100)),
            ("01,5", Ok(150)),
            (",5", Ok(50)),
            (".05", Ok(5)),
            ("1,", Ok(100)),
            (" 2 ", Ok(200)),
            ("€1.25", Ok(125)),
            ("€ 1.25", Ok(125)),
            ("1,25 €", Ok(125)),
            ("1,25\u{a0}€", Ok(125)),
            ("1.25€", Ok(125)),
            ("0", Ok(0)),
            ("0,00", Ok(0)),
            ("9999,99", Ok(999_999)),
            ("0009999.99", Ok(999_999)),
        ];
        for (input, expected) in cases {
            check_parse(input, expected);
        }
    }

    #[test]
    fn prices_that_are_not_amounts_are_refused() {
        let cases = [
            ("", Err(PriceProblem::Empty)),
            ("   ", Err(PriceProblem::Empty)),
            ("€", Err(PriceProblem::Empty)),
            (",", Err(PriceProblem::Invalid)),
            ("1,255", Err(PriceProblem::Invalid)),
            ("1,2,5", Err(PriceProblem::Invalid)),
            ("1.234,50", Err(PriceProblem::Invalid)),
            ("1.2.", Err(PriceProblem::Invalid)),
            ("abc", Err(PriceProblem::Invalid)),
            ("1,2a", Err(PriceProblem::Invalid)),
            ("1e3", Err(PriceProblem::Invalid)),
            ("-1", Err(PriceProblem::Invalid)),
            ("-0,50", Err(PriceProblem::Invalid)),
            ("+1", Err(PriceProblem::Invalid)),
            ("1 000", Err(PriceProblem::Invalid)),
            ("€1€", Err(PriceProblem::Invalid)),
            ("€€1", Err(PriceProblem::Invalid)),
            ("EUR 1", Err(PriceProblem::Invalid)),
            ("١", Err(PriceProblem::Invalid)),
            ("10000", Err(PriceProblem::TooBig)),
            ("9999,991", Err(PriceProblem::Invalid)),
            ("10000,00 €", Err(PriceProblem::TooBig)),
            ("99999999999999999999999999", Err(PriceProblem::TooBig)),
        ];
        for (input, expected) in cases {
            check_parse(input, expected);
        }
    }

    #[test]
    fn price_problems_have_fluent_ids() {
        assert_eq!(PriceProblem::Empty.message_id(), "price-empty");
        assert_eq!(PriceProblem::Invalid.message_id(), "price-invalid");
        assert_eq!(PriceProblem::TooBig.message_id(), "price-too-big");
    }

    /// Checks how [`format_euros`] and [`format_plain`] write an amount.
    fn check_format(cents: u64, lang: Language, expected: &str, expected_plain: &str) {
        assert_eq!(
            format_euros(Cents(cents), lang),
            expected,
            "{cents} in {lang:?}"
        );
        assert_eq!(
            format_plain(Cents(cents), lang),
            expected_plain,
            "{cents} in {lang:?}"
        );
    }

    #[test]
    fn amounts_are_written_as_each_language_reads_them() {
        let cases = [
            (125, Language::Ca, "1,25\u{a0}€", "1,25"),
            (125, Language::Es, "1,25\u{a0}€", "1,25"),
            (125, Language::En, "€1.25", "1.25"),
            (2_000, Language::Es, "20,00\u{a0}€", "20,00"),
            (2_000, Language::En, "€20.00", "20.00"),
            (5, Language::Ca, "0,05\u{a0}€", "0,05"),
            (0, Language::En, "€0.00", "0.00"),
            (99_999, Language::Es, "999,99\u{a0}€", "999,99"),
            (123_450, Language::Ca, "1.234,50\u{a0}€", "1234,50"),
            (123_450, Language::Es, "1.234,50\u{a0}€", "1234,50"),
            (123_450, Language::En, "€1,234.50", "1234.50"),
            (123_456_789, Language::En, "€1,234,567.89", "1234567.89"),
            (125, Language::Eu, "1,25\u{a0}€", "1,25"),
            (123_450, Language::Eu, "1.234,50\u{a0}€", "1234,50"),
            (123_450, Language::Gl, "1.234,50\u{a0}€", "1234,50"),
            (123_450, Language::Pt, "1\u{a0}234,50\u{a0}€", "1234,50"),
            (125, Language::Fr, "1,25\u{a0}€", "1,25"),
            (123_450, Language::Fr, "1\u{202f}234,50\u{a0}€", "1234,50"),
            (
                u64::MAX,
                Language::Ca,
                "184.467.440.737.095.516,15\u{a0}€",
                "184467440737095516,15",
            ),
        ];
        for (cents, lang, expected, expected_plain) in cases {
            check_format(cents, lang, expected, expected_plain);
        }
    }

    proptest::proptest! {
        #[test]
        fn parsing_never_panics(text in proptest::prelude::any::<String>()) {
            let _ = parse_euros(&text);
        }

        #[test]
        fn parsing_keypad_like_text_never_panics(text in "[0-9,.€ a-]{0,12}") {
            if let Ok(amount) = parse_euros(&text) {
                proptest::prop_assert!(amount <= MAX_PRICE);
            }
        }

        #[test]
        fn written_amounts_read_back(cents in 0..=MAX_PRICE.0) {
            for lang in Language::ALL {
                proptest::prop_assert_eq!(parse_euros(&format_plain(Cents(cents), lang)), Ok(Cents(cents)));
                if cents < 100_000 {
                    proptest::prop_assert_eq!(parse_euros(&format_euros(Cents(cents), lang)), Ok(Cents(cents)));
                }
            }
        }
    }

    #[test]
    fn sizes_are_the_real_ones_in_millimetres() {
        assert_eq!(size_mm(Denomination::C1), (16.25, 16.25));
        assert_eq!(size_mm(Denomination::E2), (25.75, 25.75));
        assert_eq!(size_mm(Denomination::N5), (120.0, 62.0));
        assert_eq!(size_mm(Denomination::N200), (153.0, 77.0));
        assert_eq!(widest_mm(), 153.0);
        assert_eq!(widest_of_kind_mm(false), 25.75);
    }
}
