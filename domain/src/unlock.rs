//! The deliberate gesture that lets a facilitator leave person mode.
//!
//! Person mode is locked so that a person cannot reach settings by accident. The
//! facilitator unlocks it in two deliberate steps that need no memory test:
//! press and hold a small corner control for [`HOLD_MS`] while a ring fills, then
//! confirm in a dialog (which closes by itself after [`CONFIRM_TIMEOUT_MS`]). A
//! device may add a PIN as a third step. Stray taps, short presses and a second
//! finger do nothing.
//!
//! The machine is driven by timestamps in milliseconds, so it is tested natively
//! without timers.

/// How long the corner control must be held.
pub const HOLD_MS: u64 = 3_000;
/// How long the confirmation stays open before the lock quietly stays closed.
pub const CONFIRM_TIMEOUT_MS: u64 = 10_000;

/// Where the gesture is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnlockState {
    /// Nothing happening; the person's screen is fully usable.
    Idle,
    /// The control is being held since `since_ms`.
    Holding {
        /// When the press began.
        since_ms: u64,
    },
    /// The hold completed; the confirmation dialog is open since `since_ms`.
    Confirming {
        /// When the dialog opened.
        since_ms: u64,
    },
    /// Confirmed; the device PIN is being asked for.
    AskingPin {
        /// When the PIN dialog opened.
        since_ms: u64,
        /// Whether a wrong PIN was just entered.
        wrong: bool,
    },
    /// Unlocked: the app leaves person mode.
    Unlocked,
}

/// The gesture's state machine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnlockGesture {
    state: UnlockState,
    hold_ms: u64,
    pin_required: bool,
}

impl UnlockGesture {
    /// A gesture with the standard hold time.
    pub fn new(pin_required: bool) -> UnlockGesture {
        UnlockGesture::with_hold(HOLD_MS, pin_required)
    }

    /// A gesture with a custom hold time (used by tests and by facilitators who need longer).
    pub fn with_hold(hold_ms: u64, pin_required: bool) -> UnlockGesture {
        UnlockGesture {
            state: UnlockState::Idle,
            hold_ms,
            pin_required,
        }
    }

    /// Where the gesture is now.
    pub fn state(&self) -> UnlockState {
        self.state
    }

    /// The control was pressed. Only a press from rest starts a hold.
    pub fn press(&mut self, now_ms: u64) {
        if self.state == UnlockState::Idle {
            self.state = UnlockState::Holding { since_ms: now_ms };
        }
    }

    /// The control was released, or the pointer left it, or a second finger came.
    /// A hold that had not completed starts again from zero.
    pub fn release(&mut self, now_ms: u64) {
        self.tick(now_ms);
        if let UnlockState::Holding { .. } = self.state {
            self.state = UnlockState::Idle;
        }
    }

    /// Time passes: completes a hold, or closes a confirmation or PIN dialog left open.
    pub fn tick(&mut self, now_ms: u64) {
        match self.state {
            UnlockState::Holding { since_ms }
                if now_ms.saturating_sub(since_ms) >= self.hold_ms =>
            {
                self.state = UnlockState::Confirming { since_ms: now_ms };
            }
            UnlockState::Confirming { since_ms } | UnlockState::AskingPin { since_ms, .. }
                if now_ms.saturating_sub(since_ms) >= CONFIRM_TIMEOUT_MS =>
            {
                self.state = UnlockState::Idle;
            }
            _ => {}
        }
    }

    /// How full the ring is, from 0.0 to 1.0.
    pub fn progress(&self, now_ms: u64) -> f64 {
        match self.state {
            UnlockState::Idle => 0.0,
            UnlockState::Holding { since_ms } => {
                (now_ms.saturating_sub(since_ms) as f64 / self.hold_ms.max(1) as f64).min(1.0)
            }
            _ => 1.0,
        }
    }

    /// The facilitator confirmed in the dialog.
    pub fn confirm(&mut self, now_ms: u64) {
        self.tick(now_ms);
        if let UnlockState::Confirming { .. } = self.state {
            self.state = if self.pin_required {
                UnlockState::AskingPin {
                    since_ms: now_ms,
                    wrong: false,
                }
            } else {
                UnlockState::Unlocked
            };
        }
    }

    /// The facilitator entered a PIN; `matches` says whether it was the device's.
    pub fn submit_pin(&mut self, matches: bool, now_ms: u64) {
        self.tick(now_ms);
        if let UnlockState::AskingPin { .. } = self.state {
            self.state = if matches {
                UnlockState::Unlocked
            } else {
                UnlockState::AskingPin {
                    since_ms: now_ms,
                    wrong: true,
                }
            };
        }
    }

    /// "Stay locked" in a dialog, or anything that should abandon the gesture.
    pub fn cancel(&mut self) {
        if self.state != UnlockState::Unlocked {
            self.state = UnlockState::Idle;
        }
    }

    /// Back to rest, for example after the app has left person mode.
    pub fn reset(&mut self) {
        self.state = UnlockState::Idle;
    }
}

/// Keys the page swallows in person mode. Tab, arrows, Enter and Space stay, so that
/// switch and keyboard users can still use every control.
pub fn is_blocked_key(key: &str, ctrl: bool, alt: bool, meta: bool) -> bool {
    if ctrl || alt || meta {
        return true;
    }
    matches!(
        key,
        "Escape"
            | "Backspace"
            | "BrowserBack"
            | "BrowserForward"
            | "BrowserHome"
            | "F1"
            | "F3"
            | "F5"
            | "F6"
            | "F7"
            | "F10"
            | "F11"
            | "F12"
            | "ContextMenu"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One step of a scripted gesture.
    #[derive(Clone, Copy, Debug)]
    enum Step {
        Press(u64),
        Release(u64),
        Tick(u64),
        Confirm(u64),
        Pin(bool, u64),
        Cancel,
    }
    use Step::*;

    fn check(pin_required: bool, steps: &[Step], expected: UnlockState) {
        let mut gesture = UnlockGesture::new(pin_required);
        for step in steps {
            match *step {
                Press(t) => gesture.press(t),
                Release(t) => gesture.release(t),
                Tick(t) => gesture.tick(t),
                Confirm(t) => gesture.confirm(t),
                Pin(ok, t) => gesture.submit_pin(ok, t),
                Cancel => gesture.cancel(),
            }
        }
        assert_eq!(gesture.state(), expected, "{steps:?}");
    }

    #[test]
    fn a_stray_tap_does_nothing() {
        check(false, &[Press(0), Release(120)], UnlockState::Idle);
        check(
            false,
            &[Press(0), Release(120), Confirm(130)],
            UnlockState::Idle,
        );
    }

    #[test]
    fn a_short_hold_starts_again_from_zero() {
        check(
            false,
            &[Press(0), Release(2_900), Press(3_000), Tick(5_999)],
            UnlockState::Holding { since_ms: 3_000 },
        );
    }

    #[test]
    fn a_full_hold_asks_for_confirmation() {
        check(
            false,
            &[Press(0), Tick(3_000)],
            UnlockState::Confirming { since_ms: 3_000 },
        );
        // Releasing after the ring is full keeps the dialog open.
        check(
            false,
            &[Press(0), Release(3_200)],
            UnlockState::Confirming { since_ms: 3_200 },
        );
    }

    #[test]
    fn confirming_unlocks_without_pin() {
        check(
            false,
            &[Press(0), Tick(3_000), Release(3_100), Confirm(4_000)],
            UnlockState::Unlocked,
        );
    }

    #[test]
    fn stay_locked_and_timeout_return_to_rest() {
        check(false, &[Press(0), Tick(3_000), Cancel], UnlockState::Idle);
        check(
            false,
            &[Press(0), Tick(3_000), Tick(3_000 + CONFIRM_TIMEOUT_MS)],
            UnlockState::Idle,
        );
        check(
            false,
            &[Press(0), Tick(3_000), Confirm(3_000 + CONFIRM_TIMEOUT_MS)],
            UnlockState::Idle,
        );
    }

    #[test]
    fn pin_step_when_the_device_has_one() {
        check(
            true,
            &[Press(0), Tick(3_000), Confirm(3_500)],
            UnlockState::AskingPin {
                since_ms: 3_500,
                wrong: false,
            },
        );
        check(
            true,
            &[Press(0), Tick(3_000), Confirm(3_500), Pin(false, 4_000)],
            UnlockState::AskingPin {
                since_ms: 4_000,
                wrong: true,
            },
        );
        check(
            true,
            &[
                Press(0),
                Tick(3_000),
                Confirm(3_500),
                Pin(false, 4_000),
                Pin(true, 5_000),
            ],
            UnlockState::Unlocked,
        );
    }

    #[test]
    fn a_pin_without_the_hold_is_ignored() {
        check(true, &[Pin(true, 0)], UnlockState::Idle);
        check(true, &[Confirm(0), Pin(true, 1)], UnlockState::Idle);
    }

    #[test]
    fn progress_fills_while_holding() {
        let mut gesture = UnlockGesture::with_hold(1_000, false);
        assert_eq!(gesture.progress(0), 0.0);
        gesture.press(0);
        assert_eq!(gesture.progress(250), 0.25);
        assert_eq!(gesture.progress(5_000), 1.0);
        gesture.release(500);
        assert_eq!(gesture.progress(600), 0.0);
    }

    #[test]
    fn a_second_press_while_holding_does_not_restart_the_clock() {
        check(
            false,
            &[Press(0), Press(2_000), Tick(3_000)],
            UnlockState::Confirming { since_ms: 3_000 },
        );
    }

    #[test]
    fn navigation_keys_are_blocked_and_control_keys_are_not() {
        let cases = [
            ("Escape", false, false, false, true),
            ("Backspace", false, false, false, true),
            ("F5", false, false, false, true),
            ("ArrowLeft", false, true, false, true),
            ("r", true, false, false, true),
            ("l", false, false, true, true),
            ("Tab", false, false, false, false),
            ("Enter", false, false, false, false),
            (" ", false, false, false, false),
            ("ArrowRight", false, false, false, false),
        ];
        for (key, ctrl, alt, meta, blocked) in cases {
            assert_eq!(is_blocked_key(key, ctrl, alt, meta), blocked, "{key}");
        }
    }
}
