//! The shopping helper.
//!
//! - [`facilitator`]: the person's shopping lists, a list's products with prices and
//!   budget, the wallet (own photos of coins and notes).
//! - [`person`]: the lists, one product at a time, the basket, the till ("I paid") with the
//!   person's money, and practice.
//! - [`print`]: a list on paper.
//!
//! The model is `pictokit_domain::{shopping, money, payment, practice}`; styles
//! `style.css`; messages `locales/`; specs `e2e/specs/shopping.spec.js`. Depends on the
//! shell, the kit and the pure crates only.

pub mod facilitator;
pub mod person;
pub mod print;
