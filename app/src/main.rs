//! Entry point placeholder while the app is written.
fn main() {}
