//! Running code that may panic without stopping the page.
//!
//! In wasm32 a panic aborts: the instance traps. A trap inside a call that JavaScript
//! made (here `Function.prototype.call` on a closure) ends only that call, and the caller
//! sees a JS exception, so the rest of the app goes on. [`guarded`] uses this to contain a
//! third-party reader that can panic on rare input (the QR reader `rqrr`, issue
//! WanzenBug/rqrr#54, on some camera frames). The call must be pure computation: what it
//! allocated is leaked when it traps, and it must not hold any of the app's state.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Runs `f` in a call of its own: its value, or `None` when it panicked.
pub fn guarded<T: 'static>(f: impl FnOnce() -> T + 'static) -> Option<T> {
    let out = Rc::new(RefCell::new(None));
    let slot = Rc::clone(&out);
    let mut f = Some(f);
    let closure = Closure::<dyn FnMut()>::new(move || {
        if let Some(f) = f.take() {
            let value = f();
            *slot.borrow_mut() = Some(value);
        }
    });
    let function: &js_sys::Function = closure.as_ref().unchecked_ref();
    let called = function.call0(&JsValue::NULL);
    drop(closure);
    called.ok()?;
    let value = out.borrow_mut().take();
    value
}
