//! Money in euros: amounts as whole cents (never floats), the euro coins and notes with
//! the facts needed to draw them, and a wallet that counts them.

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

    /// Its real size in tenths of a millimetre: (width, height); a coin's diameter twice.
    pub fn size_tenth_mm(self) -> (u32, u32) {
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
            Denomination::N5 => (1200, 620),
            Denomination::N10 => (1270, 670),
            Denomination::N20 => (1330, 720),
            Denomination::N50 => (1400, 770),
            Denomination::N100 => (1470, 770),
            Denomination::N200 => (1530, 770),
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
}
