//! How to pay at the till from what is in the wallet: which coins and notes to hand
//! over with each paying strategy people practise, and what change comes back.
//!
//! # The algorithm
//!
//! Choosing what to hand over is *bounded* coin change: the wallet holds a limited
//! number of each piece, so the greedy rule (take the largest piece that fits) is wrong.
//! With 3 × 20c and 1 × 50c, to pay 60c greedy takes the 50c and then cannot go on; the
//! answer is 3 × 20c.
//!
//! [`Payer::new`] therefore runs a dynamic programme over amounts, one denomination at a
//! time, keeping for every amount the fewest pieces that make it exactly and, per
//! denomination, how many of it that best way uses, so the pieces can be rebuilt. Each
//! denomination with `n` pieces of value `v` is added in time linear in the amounts
//! (a sliding-window minimum along each class of amounts that differ by multiples of `v`),
//! not `n` times that.
//!
//! Coins and notes get a table each. Every note is a multiple of €5, so the notes'
//! table counts in steps of €5; an amount splits into a coin part and a note part, and
//! the coin part is the amount modulo €5 plus some multiple of €5, so making an amount
//! tries each such split. This bounds work and memory by the wallet, not by the price:
//! even 99 of every piece makes tables of 38,413 and 7,624 amounts, under 200 KB in
//! all, and a realistic wallet needs a few kilobytes.
//!
//! Only amounts up to `total + €200` are ever searched: if a set of pieces covers the
//! total and no piece can be taken away without falling short, it pays less than the
//! total plus its smallest piece, and no piece is worth more than €200. The same bound
//! holds for the smallest whole-euro amount (see `Payer::next_euro`).
//!
//! The change comes back with unlimited supply, so there the greedy rule is right: the
//! euro values (1, 2, 5 in every power of ten) form a canonical coin system, which a
//! test checks against a dynamic programme for every amount up to €200.

use crate::money::{Cents, Denomination, Pieces, MAX_PIECES_EACH};
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;

/// A way of paying that people practise in money training.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Strategy {
    /// Hand over exactly the total, with the fewest pieces. When the wallet cannot make
    /// it, hand over the smallest amount above it that the wallet can make (with the
    /// fewest pieces) and get change.
    #[default]
    Exact,
    /// "Next euro up": hand over the smallest whole-euro amount at or above the total
    /// that the wallet can make (€3.40 → €4, else €5 …), with the fewest pieces. When
    /// no whole-euro amount can be made, pay as [`Strategy::Exact`] does, as a fallback.
    NextEuro,
    /// "One note that covers it": the smallest note in the wallet worth at least the
    /// total. When there is none, pay as [`Strategy::Exact`] does, as a fallback.
    OneNote,
}

impl Strategy {
    /// Every strategy, in the order they are offered.
    pub const ALL: [Strategy; 3] = [Strategy::Exact, Strategy::NextEuro, Strategy::OneNote];

    /// The stable id used in stored records and class names (`exact`, `next-euro`, `one-note`).
    pub fn as_str(self) -> &'static str {
        match self {
            Strategy::Exact => "exact",
            Strategy::NextEuro => "next-euro",
            Strategy::OneNote => "one-note",
        }
    }

    /// The strategy with this id.
    pub fn parse(id: &str) -> Option<Strategy> {
        Strategy::ALL
            .into_iter()
            .find(|strategy| strategy.as_str() == id)
    }
}

/// What the person can do at the till.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PaymentPlan {
    /// Pay like this.
    Pay(Payment),
    /// The wallet holds less than the total.
    NotEnough {
        /// How much more money would be needed.
        missing: Cents,
    },
}

/// One way to pay: what to hand over and what comes back.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Payment {
    /// The coins and notes to take out of the wallet and give.
    pub hand_over: Pieces,
    /// What they are worth.
    pub paid: Cents,
    /// What the shop gives back: `paid − total`.
    pub change: Cents,
    /// The change in the fewest coins and notes, as a till gives it.
    pub change_pieces: Pieces,
    /// Whether the chosen strategy could not be followed with this wallet, so the
    /// payment follows [`Strategy::Exact`] instead.
    pub fallback: bool,
}

/// How to pay `total` from `wallet` with `strategy`. See [`Payer`] to plan many totals
/// for the same wallet.
pub fn plan_payment(wallet: &Pieces, total: Cents, strategy: Strategy) -> PaymentPlan {
    Payer::new(wallet).plan(total, strategy)
}

/// The wallet after paying: without what was handed over, with the change.
pub fn after_payment(wallet: &Pieces, payment: &Payment) -> Pieces {
    let mut after = wallet.clone();
    for (denomination, n) in payment.hand_over.iter() {
        after.remove(denomination, n);
    }
    after.add_all(&payment.change_pieces);
    after
}

/// Plans payments from one wallet. Building it does the expensive part once (a table
/// of the fewest pieces for every amount the wallet can make); each plan is then a
/// short search.
///
/// A wallet holds at most [`MAX_PIECES_EACH`] of each piece, as [`Pieces::set`] keeps
/// it; pieces beyond that, which only a hand-made record could carry, are not used.
#[derive(Clone, Debug)]
pub struct Payer {
    /// The wallet, with at most [`MAX_PIECES_EACH`] of each piece.
    wallet: Pieces,
    /// What the wallet is worth.
    wallet_total: Cents,
    /// The coins, counted in cents.
    coins: Stock,
    /// The notes, counted in steps of €5.
    notes: Stock,
}

/// No piece is worth more than this (€200): it bounds the amounts worth searching.
const LARGEST_PIECE: Cents = Cents(20_000);

/// Every note is a whole number of these (€5).
const NOTE_STEP: u64 = 500;

impl Payer {
    /// Prepares to plan payments from `wallet`.
    pub fn new(wallet: &Pieces) -> Payer {
        // Collecting again caps each count at `MAX_PIECES_EACH`.
        let wallet: Pieces = wallet.iter().collect();
        let (notes, coins): (Vec<Denomination>, Vec<Denomination>) = Denomination::ALL
            .into_iter()
            .partition(|denomination| denomination.is_note());
        Payer {
            wallet_total: wallet.total(),
            coins: Stock::new(&wallet, &coins, 1),
            notes: Stock::new(&wallet, &notes, NOTE_STEP),
            wallet,
        }
    }

    /// How to pay `total` with `strategy`.
    pub fn plan(&self, total: Cents, strategy: Strategy) -> PaymentPlan {
        if total == Cents::ZERO {
            return PaymentPlan::Pay(Payment::default());
        }
        if self.wallet_total < total {
            return PaymentPlan::NotEnough {
                missing: total.minus(self.wallet_total),
            };
        }
        let chosen = match strategy {
            Strategy::Exact => None,
            Strategy::NextEuro => self.next_euro(total),
            Strategy::OneNote => self.one_note(total),
        };
        let (hand_over, fallback) = match chosen {
            Some(hand_over) => (hand_over, false),
            None => (self.exact(total), strategy != Strategy::Exact),
        };
        let paid = hand_over.total();
        let change = paid.minus(total);
        PaymentPlan::Pay(Payment {
            hand_over,
            paid,
            change,
            change_pieces: change_for(change),
            fallback,
        })
    }

    /// The fewest pieces from the wallet that make exactly `amount`, if it can be made.
    pub fn fewest_pieces_for(&self, amount: Cents) -> Option<Pieces> {
        let (_, coin_part) = self.fewest_split(amount)?;
        let mut pieces = self.coins.pieces(coin_part.0);
        pieces.add_all(&self.notes.pieces(amount.minus(coin_part).0 / NOTE_STEP));
        Some(pieces)
    }

    /// The smallest amount at or above `total` that the wallet can make, in the fewest
    /// pieces. The caller has checked that the wallet is worth at least `total`.
    fn exact(&self, total: Cents) -> Pieces {
        // The smallest such amount is below `total + LARGEST_PIECE` (see the module
        // docs), and the whole wallet is one such amount: the search always succeeds.
        let last = self.wallet_total.min(total.plus(LARGEST_PIECE)).0;
        (total.0..=last)
            .find_map(|amount| self.fewest_pieces_for(Cents(amount)))
            .unwrap_or_else(|| self.wallet.clone())
    }

    /// The smallest whole-euro amount at or above `total` that the wallet can make, in
    /// the fewest pieces.
    fn next_euro(&self, total: Cents) -> Option<Pieces> {
        // If any whole-euro amount at or above the total can be made, the smallest one
        // is below `total + LARGEST_PIECE`: take a set of pieces making it; if it had a
        // piece of whole euros, that piece is at most €200, so without it the set would
        // still make a whole-euro amount at or above the total. So it only has cent
        // coins, and 99 of each cent coin make only €87.12.
        let first = total.0.div_ceil(100).saturating_mul(100);
        let last = self.wallet_total.min(total.plus(LARGEST_PIECE)).0;
        (first..=last)
            .step_by(100)
            .find_map(|amount| self.fewest_pieces_for(Cents(amount)))
    }

    /// The smallest note in the wallet worth at least `total`.
    fn one_note(&self, total: Cents) -> Option<Pieces> {
        Denomination::ALL
            .into_iter()
            .find(|note| note.is_note() && note.value() >= total && self.wallet.count(*note) > 0)
            .map(|note| [(note, 1)].into_iter().collect())
    }

    /// The fewest pieces making exactly `amount` and how many cents of it are coins.
    ///
    /// The coins make the cents modulo €5, so the coin part is one of `amount mod €5`,
    /// that plus €5, and so on up to what the coins are worth. On a tie the part with
    /// fewer coins (more in notes) wins.
    fn fewest_split(&self, amount: Cents) -> Option<(u32, Cents)> {
        let most_in_coins = self.coins.largest_amount().min(amount.0);
        let mut best: Option<(u32, Cents)> = None;
        let mut coin_part = amount.0 % NOTE_STEP;
        while coin_part <= most_in_coins {
            let note_steps = (amount.0 - coin_part) / NOTE_STEP;
            if let (Some(n_coins), Some(n_notes)) =
                (self.coins.fewest(coin_part), self.notes.fewest(note_steps))
            {
                let n_pieces = n_coins + n_notes;
                if best.is_none_or(|(best_n_pieces, _)| n_pieces < best_n_pieces) {
                    best = Some((n_pieces, Cents(coin_part)));
                }
            }
            coin_part += NOTE_STEP;
        }
        best
    }
}

/// The fewest pieces making each amount from a limited stock of some denominations,
/// counted in steps of `step` cents, with what is needed to rebuild those pieces.
#[derive(Clone, Debug)]
struct Stock {
    /// Every denomination here is a whole number of these cents.
    step: u64,
    /// For each amount (in steps) up to what the stock is worth, the fewest pieces that
    /// make it, or [`Stock::CANNOT`].
    fewest: Vec<u16>,
    /// The denominations in the stock, smallest first, each with its choices.
    rows: Vec<StockRow>,
}

/// One denomination of a [`Stock`] and how many of it the best ways use.
#[derive(Clone, Debug)]
struct StockRow {
    /// The coin or note.
    denomination: Denomination,
    /// Its value in the stock's steps.
    value_steps: usize,
    /// For each amount, how many of this denomination the fewest-pieces way to make it
    /// from this and the smaller denominations uses.
    n_used: Vec<u8>,
}

impl Stock {
    /// Marks an amount that the stock cannot make.
    const CANNOT: u16 = u16::MAX;

    /// The table for these denominations of `wallet`, counted in steps of `step` cents.
    fn new(wallet: &Pieces, denominations: &[Denomination], step: u64) -> Stock {
        // With no pieces only zero can be made.
        let mut fewest = vec![0u16];
        let mut rows = Vec::new();
        let mut window: VecDeque<(usize, i64)> = VecDeque::new();
        for &denomination in denominations {
            let count = wallet.count(denomination).min(MAX_PIECES_EACH) as usize;
            if count == 0 {
                continue;
            }
            // Values are at most €200 and counts at most 99, so these are small numbers.
            let value_steps = (denomination.value().0 / step) as usize;
            let n_amounts = fewest.len() + value_steps * count;
            let mut next_fewest = vec![Stock::CANNOT; n_amounts];
            let mut n_used = vec![0u8; n_amounts];
            // Amounts that differ by multiples of the value form a class; along one,
            // with positions 0, 1, 2 …, using `k` pieces to reach position `j` starts
            // from position `j − k`: the best is the minimum of `fewest[i] + j − i` over
            // the last `count + 1` positions, kept in a sliding window of `fewest[i] − i`.
            for first_amount in 0..value_steps.min(n_amounts) {
                window.clear();
                let amounts = (first_amount..n_amounts).step_by(value_steps);
                for (position, amount) in amounts.enumerate() {
                    if let Some(&before) = fewest.get(amount) {
                        if before != Stock::CANNOT {
                            let key = i64::from(before) - position as i64;
                            // On a tie the older position stays first: more of this
                            // denomination, fewer of the smaller ones.
                            while window.back().is_some_and(|&(_, back_key)| back_key > key) {
                                window.pop_back();
                            }
                            window.push_back((position, key));
                        }
                    }
                    while window
                        .front()
                        .is_some_and(|&(start, _)| start + count < position)
                    {
                        window.pop_front();
                    }
                    if let Some(&(start, key)) = window.front() {
                        if let (Some(slot), Some(used)) =
                            (next_fewest.get_mut(amount), n_used.get_mut(amount))
                        {
                            *slot = u16::try_from(key + position as i64).unwrap_or(Stock::CANNOT);
                            *used = u8::try_from(position - start).unwrap_or(0);
                        }
                    }
                }
            }
            fewest = next_fewest;
            rows.push(StockRow {
                denomination,
                value_steps,
                n_used,
            });
        }
        Stock { step, fewest, rows }
    }

    /// The most cents the stock can make (all of it).
    fn largest_amount(&self) -> u64 {
        (self.fewest.len() as u64 - 1) * self.step
    }

    /// The fewest pieces making `steps` steps, if the stock can make it.
    fn fewest(&self, steps: u64) -> Option<u32> {
        let amount = usize::try_from(steps).ok()?;
        self.fewest
            .get(amount)
            .filter(|&&n_pieces| n_pieces != Stock::CANNOT)
            .map(|&n_pieces| u32::from(n_pieces))
    }

    /// The pieces of the fewest-pieces way to make `steps` steps; only called for an
    /// amount the stock can make.
    fn pieces(&self, steps: u64) -> Pieces {
        let mut pieces = Pieces::new();
        let Ok(mut amount) = usize::try_from(steps) else {
            return pieces;
        };
        // The largest denomination was added last: undo the additions in reverse.
        for row in self.rows.iter().rev() {
            let n_used = row.n_used.get(amount).copied().unwrap_or(0);
            pieces.add(row.denomination, u32::from(n_used));
            amount = amount.saturating_sub(usize::from(n_used) * row.value_steps);
        }
        pieces
    }
}

/// The change a till gives for `amount`, also used to show what money is missing: the
/// fewest coins and notes when there are as many of each as needed. The till takes the
/// largest piece that fits, again and again; for the euro values this greedy rule is
/// optimal (tested against a dynamic programme up to €200).
///
/// At most [`MAX_PIECES_EACH`] of each piece: amounts of €19,800 and more are not made in
/// full. Change from a [`Payment`] is always less than €200.
pub fn change_for(amount: Cents) -> Pieces {
    let mut pieces = Pieces::new();
    let mut left = amount.0;
    for denomination in Denomination::ALL.into_iter().rev() {
        let value = denomination.value().0;
        let n = (left / value).min(u64::from(MAX_PIECES_EACH));
        if n > 0 {
            pieces.add(denomination, n as u32);
            left -= n * value;
        }
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::Strategy as _;
    use Denomination::*;

    // ---- Named examples, as documentation. ----

    /// A wallet with these pieces.
    fn wallet(pieces: &[(Denomination, u32)]) -> Pieces {
        pieces.iter().copied().collect()
    }

    /// The wallet of someone going shopping with a little of everything.
    fn realistic_wallet() -> Pieces {
        wallet(&[
            (N20, 2),
            (N10, 1),
            (N5, 1),
            (E2, 3),
            (E1, 2),
            (C50, 2),
            (C20, 3),
            (C10, 1),
            (C5, 2),
            (C2, 3),
            (C1, 2),
        ])
    }

    /// Checks that paying `total` from `wallet` hands over `hand_over` and gets
    /// `change_pieces` back.
    fn check_pay(
        wallet: &Pieces,
        total: u64,
        strategy: Strategy,
        hand_over: &[(Denomination, u32)],
        change_pieces: &[(Denomination, u32)],
        fallback: bool,
    ) {
        let hand_over: Pieces = hand_over.iter().copied().collect();
        let change_pieces: Pieces = change_pieces.iter().copied().collect();
        let expected = PaymentPlan::Pay(Payment {
            paid: hand_over.total(),
            change: change_pieces.total(),
            hand_over,
            change_pieces,
            fallback,
        });
        let plan = plan_payment(wallet, Cents(total), strategy);
        assert_eq!(plan, expected, "{total} cents, {strategy:?}");
        check_invariants(wallet, Cents(total), strategy, &plan);
    }

    #[test]
    fn next_euro_up_rounds_3_40_to_4_euros() {
        check_pay(
            &realistic_wallet(),
            340,
            Strategy::NextEuro,
            &[(E2, 2)],
            &[(C50, 1), (C10, 1)],
            false,
        );
    }

    #[test]
    fn one_note_pays_12_30_with_20_euros() {
        check_pay(
            &wallet(&[(N10, 1), (N20, 1), (N50, 1)]),
            1_230,
            Strategy::OneNote,
            &[(N20, 1)],
            &[(N5, 1), (E2, 1), (C50, 1), (C20, 1)],
            false,
        );
    }

    #[test]
    fn exact_is_not_greedy_when_the_wallet_is_limited() {
        // Greedy would take the 50c and then find no 10c.
        check_pay(
            &wallet(&[(C20, 3), (C50, 1)]),
            60,
            Strategy::Exact,
            &[(C20, 3)],
            &[],
            false,
        );
    }

    #[test]
    fn on_a_tie_the_larger_pieces_go() {
        // 3 × 20c and 50c + 2 × 5c are both three pieces.
        check_pay(
            &wallet(&[(C20, 3), (C50, 1), (C5, 2)]),
            60,
            Strategy::Exact,
            &[(C50, 1), (C5, 2)],
            &[],
            false,
        );
    }

    #[test]
    fn exact_pays_a_little_more_when_it_cannot_pay_exactly() {
        check_pay(
            &wallet(&[(N5, 1), (E2, 2), (C50, 1)]),
            340,
            Strategy::Exact,
            &[(E2, 2)],
            &[(C50, 1), (C10, 1)],
            false,
        );
    }

    #[test]
    fn strategies_fall_back_to_exact_when_the_wallet_cannot_follow_them() {
        let cents_only = wallet(&[(C50, 1), (C20, 2)]);
        check_pay(
            &cents_only,
            30,
            Strategy::NextEuro,
            &[(C20, 2)],
            &[(C10, 1)],
            true,
        );
        check_pay(
            &cents_only,
            30,
            Strategy::OneNote,
            &[(C20, 2)],
            &[(C10, 1)],
            true,
        );
    }

    #[test]
    fn not_enough_says_how_much_is_missing() {
        let plan = plan_payment(&wallet(&[(N5, 1)]), Cents(725), Strategy::Exact);
        assert_eq!(
            plan,
            PaymentPlan::NotEnough {
                missing: Cents(225)
            }
        );
    }

    #[test]
    fn nothing_to_pay_hands_over_nothing() {
        for strategy in Strategy::ALL {
            let plan = plan_payment(&Pieces::new(), Cents::ZERO, strategy);
            assert_eq!(plan, PaymentPlan::Pay(Payment::default()));
        }
    }

    #[test]
    fn the_wallet_after_paying_has_the_change() {
        let before = wallet(&[(N10, 1), (N20, 1), (N50, 1), (C1, 1)]);
        let plan = plan_payment(&before, Cents(1_230), Strategy::OneNote);
        let PaymentPlan::Pay(payment) = plan else {
            panic!("a €20 note covers €12.30");
        };
        let after = after_payment(&before, &payment);
        assert_eq!(
            after,
            wallet(&[
                (N10, 1),
                (N50, 1),
                (N5, 1),
                (E2, 1),
                (C50, 1),
                (C20, 1),
                (C1, 1)
            ])
        );
        assert_eq!(after.total(), before.total().minus(Cents(1_230)));
    }

    #[test]
    fn strategies_have_stable_ids() {
        for strategy in Strategy::ALL {
            assert_eq!(Strategy::parse(strategy.as_str()), Some(strategy));
            let stored = serde_json::to_string(&strategy).unwrap_or_default();
            assert_eq!(stored, format!("\"{}\"", strategy.as_str()));
        }
        assert_eq!(Strategy::parse("one-note"), Some(Strategy::OneNote));
        assert_eq!(Strategy::parse("greedy"), None);
        assert_eq!(Strategy::default(), Strategy::Exact);
    }

    #[test]
    fn a_hand_made_wallet_with_too_many_pieces_is_capped() {
        let stored: Pieces = serde_json::from_str(r#"{"c1": 4000000000}"#).unwrap_or_default();
        assert_eq!(stored.count(C1), 4_000_000_000);
        let plan = plan_payment(&stored, Cents(150), Strategy::Exact);
        assert_eq!(plan, PaymentPlan::NotEnough { missing: Cents(51) });
    }

    // ---- Change: greedy is optimal for the euro values. ----

    #[test]
    fn greedy_change_is_the_fewest_pieces_up_to_200_euros() {
        let largest = 20_000;
        let mut fewest = vec![u32::MAX; largest + 1];
        fewest[0] = 0;
        for amount in 1..=largest {
            for denomination in Denomination::ALL {
                let value = denomination.value().0 as usize;
                if value <= amount && fewest[amount - value] != u32::MAX {
                    fewest[amount] = fewest[amount].min(fewest[amount - value] + 1);
                }
            }
        }
        for (amount, &n_pieces) in fewest.iter().enumerate() {
            let change = change_for(Cents(amount as u64));
            assert_eq!(change.total(), Cents(amount as u64));
            assert_eq!(change.n_pieces(), n_pieces, "{amount} cents");
        }
    }

    // ---- The invariants every plan keeps, and independent references. ----

    /// What every plan must satisfy, whatever the wallet and the total.
    fn check_invariants(wallet: &Pieces, total: Cents, strategy: Strategy, plan: &PaymentPlan) {
        let context = || format!("{total:?} {strategy:?} from {wallet:?}: {plan:?}");
        let payment = match plan {
            PaymentPlan::NotEnough { missing } => {
                assert!(wallet.total() < total, "{}", context());
                assert_eq!(*missing, total.minus(wallet.total()), "{}", context());
                return;
            }
            PaymentPlan::Pay(payment) => payment,
        };
        assert!(wallet.total() >= total, "{}", context());
        assert!(wallet.contains(&payment.hand_over), "{}", context());
        assert_eq!(payment.paid, payment.hand_over.total(), "{}", context());
        assert!(payment.paid >= total, "{}", context());
        assert_eq!(payment.change, payment.paid.minus(total), "{}", context());
        assert_eq!(
            payment.change_pieces.total(),
            payment.change,
            "{}",
            context()
        );
        if total == Cents::ZERO {
            assert!(
                payment.hand_over.is_empty() && !payment.fallback,
                "{}",
                context()
            );
            return;
        }
        let covers_without =
            |denomination: Denomination| payment.paid.minus(denomination.value()) >= total;
        match (strategy, payment.fallback) {
            (Strategy::Exact, true) => panic!("Exact never falls back: {}", context()),
            (Strategy::Exact, false) | (_, true) => {
                // Never more pieces than needed.
                for (denomination, _) in payment.hand_over.iter() {
                    assert!(!covers_without(denomination), "{}", context());
                }
            }
            (Strategy::NextEuro, false) => {
                assert_eq!(payment.paid.cents_part(), 0, "{}", context());
                // A whole-euro piece taken away would leave a smaller whole-euro amount.
                for (denomination, _) in payment.hand_over.iter() {
                    let whole_euros = denomination.value().cents_part() == 0;
                    assert!(
                        !(whole_euros && covers_without(denomination)),
                        "{}",
                        context()
                    );
                }
            }
            (Strategy::OneNote, false) => {
                assert_eq!(payment.hand_over.n_pieces(), 1, "{}", context());
                let note = payment.hand_over.iter().map(|(d, _)| d).next();
                assert_eq!(note, smallest_note_covering(wallet, total), "{}", context());
            }
        }
        // One note falls back only when no note covers the total; when next euro up
        // falls back, the reference checks that no whole-euro amount could be made.
        if payment.fallback && strategy == Strategy::OneNote {
            assert_eq!(smallest_note_covering(wallet, total), None, "{}", context());
        }
    }

    /// The smallest note in the wallet worth at least `total`, found by hand.
    fn smallest_note_covering(wallet: &Pieces, total: Cents) -> Option<Denomination> {
        [N5, N10, N20, N50, N100, N200]
            .into_iter()
            .find(|note| wallet.count(*note) > 0 && note.value() >= total)
    }

    /// Every sub-wallet, by brute force: for each amount, the fewest pieces making it.
    fn brute_force_fewest(wallet: &Pieces) -> Vec<Option<u32>> {
        fn visit(stock: &[(u64, u32)], amount: u64, n_pieces: u32, fewest: &mut Vec<Option<u32>>) {
            let Some((&(value, count), rest)) = stock.split_first() else {
                let slot = &mut fewest[amount as usize];
                *slot = Some(slot.map_or(n_pieces, |best| best.min(n_pieces)));
                return;
            };
            for k in 0..=count {
                visit(rest, amount + value * u64::from(k), n_pieces + k, fewest);
            }
        }
        let stock: Vec<(u64, u32)> = wallet.iter().map(|(d, n)| (d.value().0, n)).collect();
        let mut fewest = vec![None; wallet.total().0 as usize + 1];
        visit(&stock, 0, 0, &mut fewest);
        fewest
    }

    /// Every amount the wallet can make, by a plain subset-sum over single pieces: a
    /// bit set of amounts, shifted by each piece's value and merged.
    fn reachable_amounts(wallet: &Pieces) -> impl Fn(u64) -> bool {
        let n_words = wallet.total().0 as usize / 64 + 1;
        let mut reachable = vec![0u64; n_words];
        reachable[0] = 1;
        for (denomination, count) in wallet.iter() {
            let value = denomination.value().0 as usize;
            let (word_shift, bit_shift) = (value / 64, value % 64);
            for _ in 0..count {
                for word_idx in (word_shift..n_words).rev() {
                    let mut shifted = reachable[word_idx - word_shift] << bit_shift;
                    if bit_shift > 0 && word_idx > word_shift {
                        shifted |= reachable[word_idx - word_shift - 1] >> (64 - bit_shift);
                    }
                    reachable[word_idx] |= shifted;
                }
            }
        }
        move |amount: u64| {
            let amount = amount as usize;
            reachable
                .get(amount / 64)
                .is_some_and(|word| word >> (amount % 64) & 1 == 1)
        }
    }

    /// What the reference says should be paid, and whether as a fallback.
    fn reference_paid(
        wallet: &Pieces,
        reachable: impl Fn(u64) -> bool,
        total: Cents,
        strategy: Strategy,
    ) -> (Cents, bool) {
        let smallest_from = |step: u64| {
            (total.0..=wallet.total().0)
                .filter(|amount| amount % step == 0)
                .find(|&amount| reachable(amount))
        };
        let exact = || (Cents(smallest_from(1).unwrap_or(u64::MAX)), false);
        let fallback = || (exact().0, true);
        match strategy {
            Strategy::Exact => exact(),
            Strategy::NextEuro => {
                smallest_from(100).map_or_else(fallback, |paid| (Cents(paid), false))
            }
            Strategy::OneNote => smallest_note_covering(wallet, total)
                .map_or_else(fallback, |note| (note.value(), false)),
        }
    }

    /// Checks a plan against the brute-force reference: the amount, and that no way of
    /// making that amount uses fewer pieces.
    fn check_against_brute_force(
        wallet: &Pieces,
        fewest: &[Option<u32>],
        total: Cents,
        strategy: Strategy,
        plan: &PaymentPlan,
    ) {
        let PaymentPlan::Pay(payment) = plan else {
            return;
        };
        let reachable = |amount: u64| fewest.get(amount as usize).is_some_and(Option::is_some);
        let expected = if total == Cents::ZERO {
            (Cents::ZERO, false)
        } else {
            reference_paid(wallet, reachable, total, strategy)
        };
        let context = || format!("{total:?} {strategy:?} from {wallet:?}: {plan:?}");
        assert_eq!((payment.paid, payment.fallback), expected, "{}", context());
        // A single note is also the fewest pieces for its value.
        let fewest_for_paid = fewest.get(payment.paid.0 as usize).copied().flatten();
        assert_eq!(
            Some(payment.hand_over.n_pieces()),
            fewest_for_paid,
            "{}",
            context()
        );
    }

    // ---- Exhaustive: every total up to €200 against a few wallets. ----

    fn wallets_to_test() -> Vec<(&'static str, Pieces)> {
        vec![
            ("realistic", realistic_wallet()),
            (
                "coins only",
                wallet(&[
                    (E2, 3),
                    (E1, 3),
                    (C50, 3),
                    (C20, 3),
                    (C10, 3),
                    (C5, 3),
                    (C2, 3),
                    (C1, 3),
                ]),
            ),
            (
                "notes only",
                wallet(&[(N5, 1), (N10, 1), (N20, 1), (N50, 1)]),
            ),
            ("bounded", wallet(&[(C20, 3), (C50, 1), (E2, 4), (N5, 1)])),
            ("empty", Pieces::new()),
        ]
    }

    #[test]
    fn every_total_up_to_200_euros_is_paid_as_the_reference_says() {
        for (name, wallet) in wallets_to_test() {
            let payer = Payer::new(&wallet);
            let fewest = brute_force_fewest(&wallet);
            for total in (0..=20_000).map(Cents) {
                for strategy in Strategy::ALL {
                    let plan = payer.plan(total, strategy);
                    check_invariants(&wallet, total, strategy, &plan);
                    check_against_brute_force(&wallet, &fewest, total, strategy, &plan);
                }
            }
            // The one-call wrapper gives the same plans.
            for total in [1, 340, 1_230, 6_488, 20_000].map(Cents) {
                assert_eq!(
                    plan_payment(&wallet, total, Strategy::NextEuro),
                    payer.plan(total, Strategy::NextEuro),
                    "{name}"
                );
            }
        }
    }

    // ---- Property tests: random wallets, totals and strategies. ----

    /// A wallet with 0–5 of each piece.
    fn any_wallet() -> impl proptest::strategy::Strategy<Value = Pieces> {
        proptest::collection::vec(0u32..=5, Denomination::ALL.len())
            .prop_map(|counts| Denomination::ALL.into_iter().zip(counts).collect())
    }

    /// A wallet of at most 8 pieces, small enough to try every sub-wallet.
    fn any_small_wallet() -> impl proptest::strategy::Strategy<Value = Pieces> {
        proptest::collection::vec(proptest::sample::select(Denomination::ALL.to_vec()), 0..=8)
            .prop_map(|pieces| pieces.into_iter().map(|d| (d, 1)).collect())
    }

    fn any_strategy() -> impl proptest::strategy::Strategy<Value = Strategy> {
        proptest::sample::select(Strategy::ALL.to_vec())
    }

    proptest::proptest! {
        #[test]
        fn random_wallets_keep_the_invariants(
            wallet in any_wallet(),
            total in 0u64..=30_000,
            strategy in any_strategy(),
        ) {
            let total = Cents(total);
            let plan = plan_payment(&wallet, total, strategy);
            check_invariants(&wallet, total, strategy, &plan);
            if let PaymentPlan::Pay(payment) = &plan {
                if total > Cents::ZERO {
                    let expected = reference_paid(&wallet, reachable_amounts(&wallet), total, strategy);
                    proptest::prop_assert_eq!((payment.paid, payment.fallback), expected);
                }
                let after = after_payment(&wallet, payment);
                proptest::prop_assert_eq!(after.total(), wallet.total().minus(total));
            }
        }

        #[test]
        fn small_wallets_pay_with_the_fewest_pieces(
            wallet in any_small_wallet(),
            total in 0u64..=30_000,
            strategy in any_strategy(),
        ) {
            let total = Cents(total);
            let plan = plan_payment(&wallet, total, strategy);
            check_invariants(&wallet, total, strategy, &plan);
            check_against_brute_force(&wallet, &brute_force_fewest(&wallet), total, strategy, &plan);
        }

        #[test]
        fn small_wallets_make_each_amount_with_the_fewest_pieces(
            wallet in any_small_wallet(),
        ) {
            let payer = Payer::new(&wallet);
            let reachable = reachable_amounts(&wallet);
            for (amount, fewest) in brute_force_fewest(&wallet).into_iter().enumerate() {
                // The two references agree with each other.
                proptest::prop_assert_eq!(reachable(amount as u64), fewest.is_some());
                let made = payer.fewest_pieces_for(Cents(amount as u64));
                proptest::prop_assert_eq!(made.as_ref().map(Pieces::n_pieces), fewest);
                if let Some(made) = made {
                    proptest::prop_assert_eq!(made.total(), Cents(amount as u64));
                    proptest::prop_assert!(wallet.contains(&made));
                }
            }
        }
    }

    // ---- Timing, for the record: `cargo test --release -p pictokit-domain -- --ignored --nocapture`. ----

    #[test]
    #[ignore = "prints timings; run in release"]
    fn time_one_plan() {
        let forty_pieces = wallet(&[
            (N50, 1),
            (N20, 3),
            (N10, 2),
            (N5, 3),
            (E2, 4),
            (E1, 5),
            (C50, 4),
            (C20, 4),
            (C10, 4),
            (C5, 3),
            (C2, 3),
            (C1, 4),
        ]);
        let full: Pieces = Denomination::ALL
            .into_iter()
            .map(|d| (d, MAX_PIECES_EACH))
            .collect();
        for (name, wallet, total) in [
            ("40 pieces", forty_pieces, Cents(13_737)),
            ("99 of each", full.clone(), Cents(8_763)),
            ("99 of each", full, Cents(29_999)),
        ] {
            let n_runs = 1_000u32;
            for strategy in Strategy::ALL {
                let start = std::time::Instant::now();
                for _ in 0..n_runs {
                    std::hint::black_box(plan_payment(
                        std::hint::black_box(&wallet),
                        std::hint::black_box(total),
                        strategy,
                    ));
                }
                let each = start.elapsed() / n_runs;
                println!(
                    "{name} ({} pieces), {total:?}, {strategy:?}: {each:?} per plan",
                    wallet.n_pieces()
                );
            }
        }
    }
}
