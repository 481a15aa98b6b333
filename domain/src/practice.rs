//! Calm money practice with errorless learning: recognise a coin or note, make an amount,
//! check the change. A wrong choice is gently undone and the question asked again; there
//! are no scores.
//!
//! Exercises come from a seed (the app passes the clock), so the same seed gives the same
//! exercise and tests are reproducible.

use crate::money::{Cents, Denomination, Pieces};

/// A tiny deterministic generator (SplitMix64): good enough to vary exercises, no crate needed.
#[derive(Clone, Debug)]
pub struct Dice(u64);

impl Dice {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Dice {
        Dice(seed)
    }

    /// The next number below `n` (`n` > 0; 0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        if n == 0 {
            0
        } else {
            (z % n as u64) as usize
        }
    }
}

/// The coins and notes used in practice: up to €50 (people rarely carry €100 and €200).
pub const PRACTICE_PIECES: &[Denomination] = Denomination::ALL.split_at(12).0;

/// "Show me the 2 euro coin": the piece asked for among three different ones.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recognise {
    /// The piece asked for.
    pub target: Denomination,
    /// Three different pieces, the target among them.
    pub choices: Vec<Denomination>,
}

impl Recognise {
    /// A new question.
    pub fn new(dice: &mut Dice) -> Recognise {
        let mut pool: Vec<Denomination> = PRACTICE_PIECES.to_vec();
        let mut choices = Vec::new();
        for _ in 0..3 {
            let idx = dice.below(pool.len());
            choices.push(pool.remove(idx));
        }
        let target = choices[dice.below(choices.len())];
        Recognise { target, choices }
    }
}

/// What happened when a piece was put on the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Added; more is needed.
    Added,
    /// Too much: the piece was taken back (the table is as before).
    TooMuch,
    /// Exactly the amount.
    Done,
}

/// "Make 3,50 €": put pieces on the table until they make the amount.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MakeAmount {
    /// The amount to make.
    pub target: Cents,
    /// What is on the table.
    pub table: Pieces,
}

impl MakeAmount {
    /// A new amount: whole euros or with 10, 20 or 50 cents, from 50 cents to €20.
    pub fn new(dice: &mut Dice) -> MakeAmount {
        let euros = dice.below(20) as u64;
        let cents = [0, 10, 20, 50][dice.below(4)];
        let target = Cents((euros * 100 + cents).max(50));
        MakeAmount {
            target,
            table: Pieces::new(),
        }
    }

    /// Puts a piece on the table; too much is gently undone.
    pub fn put(&mut self, piece: Denomination) -> Step {
        let after = self.table.total().plus(piece.value());
        if after > self.target {
            return Step::TooMuch;
        }
        self.table.add(piece, 1);
        if after == self.target {
            Step::Done
        } else {
            Step::Added
        }
    }

    /// Takes a piece back from the table.
    pub fn take_back(&mut self, piece: Denomination) {
        self.table.remove(piece, 1);
    }

    /// What is still missing.
    pub fn missing(&self) -> Cents {
        self.target.minus(self.table.total())
    }
}

/// "You pay €5 for €3.40; is this the right change?": the change shown may be right or
/// short by one piece.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckChange {
    /// The price.
    pub price: Cents,
    /// What was handed over (one note).
    pub paid: Denomination,
    /// The change shown.
    pub shown: Pieces,
    /// Whether the change shown is right.
    pub right: bool,
}

impl CheckChange {
    /// A new question.
    pub fn new(dice: &mut Dice) -> CheckChange {
        let paid = [Denomination::N5, Denomination::N10, Denomination::N20][dice.below(3)];
        // A price below the note, in 10-cent steps, leaving at least 10 cents of change.
        let steps = (paid.value().0 / 10).saturating_sub(1).max(1) as usize;
        let price = Cents(10 * (1 + dice.below(steps)) as u64).min(paid.value().minus(Cents(10)));
        let mut shown = crate::payment::change_for(paid.value().minus(price));
        let right = dice.below(2) == 0;
        if !right {
            // Take the smallest piece away: short change, the usual mistake.
            if let Some((smallest, _)) = shown.iter().last() {
                shown.remove(smallest, 1);
            }
        }
        CheckChange {
            price,
            paid,
            shown,
            right,
        }
    }

    /// The change that should come back.
    pub fn expected(&self) -> Cents {
        self.paid.value().minus(self.price)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn practice_uses_every_piece_up_to_50_euros() {
        assert_eq!(PRACTICE_PIECES.first(), Some(&Denomination::C1));
        assert_eq!(PRACTICE_PIECES.last(), Some(&Denomination::N50));
        assert_eq!(PRACTICE_PIECES.len(), 12);
    }

    #[test]
    fn recognise_offers_three_different_pieces_with_the_target() {
        for seed in 0..500 {
            let question = Recognise::new(&mut Dice::new(seed));
            assert_eq!(question.choices.len(), 3);
            assert!(question.choices.contains(&question.target));
            let mut unique = question.choices.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), 3, "seed {seed}");
        }
    }

    #[test]
    fn making_an_amount_undoes_too_much_and_ends_exactly() {
        let mut exercise = MakeAmount {
            target: Cents(350),
            table: Pieces::new(),
        };
        assert_eq!(exercise.put(Denomination::E2), Step::Added);
        assert_eq!(exercise.put(Denomination::E2), Step::TooMuch);
        assert_eq!(exercise.table.total(), Cents(200));
        assert_eq!(exercise.put(Denomination::E1), Step::Added);
        assert_eq!(exercise.missing(), Cents(50));
        exercise.take_back(Denomination::E1);
        assert_eq!(exercise.missing(), Cents(150));
        assert_eq!(exercise.put(Denomination::E1), Step::Added);
        assert_eq!(exercise.put(Denomination::C50), Step::Done);
    }

    #[test]
    fn amounts_to_make_are_between_50_cents_and_20_euros() {
        for seed in 0..500 {
            let exercise = MakeAmount::new(&mut Dice::new(seed));
            assert!(exercise.target >= Cents(50) && exercise.target < Cents(2_000));
            assert!([0, 10, 20, 50].contains(&exercise.target.cents_part()));
        }
    }

    #[test]
    fn change_to_check_is_right_or_short_by_one_piece() {
        for seed in 0..500 {
            let question = CheckChange::new(&mut Dice::new(seed));
            assert!(question.price < question.paid.value());
            let expected = question.expected();
            if question.right {
                assert_eq!(question.shown.total(), expected);
            } else {
                assert!(question.shown.total() < expected, "seed {seed}");
            }
        }
    }
}
