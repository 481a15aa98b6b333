//! Pictokit's presentational components: props in, callbacks out.
//!
//! Components never read storage, routes or global state. Every text they show comes
//! in as a prop (already translated by the app), and every action goes out through a
//! callback. ARIA roles and names are set inside each component.

pub mod dialog;
pub mod grid;
pub mod guard;
pub mod keypad;
pub mod lock;
pub mod money;
pub mod tile;

pub use dialog::ConfirmDialog;
pub use grid::{GridLabels, PictoGrid, TileSpec};
pub use guard::guarded;
pub use keypad::{KeypadLabels, PriceKeypad};
pub use lock::{LockCorner, LockLabels};
pub use money::{money_src, MoneyPiece, MoneyPieces, OwnMoney, WalletEditor, WalletLabels};
pub use tile::Tile;

/// Milliseconds since the Unix epoch, from the browser's clock (controllable in tests).
pub fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}
