//! The file reader of `facilitator.html`, run in a Web Worker (`public/reader-worker.js`
//! loads it): it is given one chosen file and the control it was chosen at, refuses it
//! from its size and first bytes when it can (`check::before_reading`), else reads it
//! whole and runs the same checks the page runs (`check::check`), and answers
//! `{accepted: ArrayBuffer}` (the bytes it checked) or `{refused: id, args: [[name,
//! value], …]}`. The page ends the worker after each file: WebAssembly memory never
//! shrinks, and this way whatever a hostile file made it grow to is given back.
//!
//! No Leptos, no storage, no snippets: only `pictokit-transfer` and the browser's `File`.

use js_sys::{Array, ArrayBuffer, Object, Reflect, Uint8Array};
use pictokit_transfer::check::{self, Control, Refusal, HEAD_BYTES};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, File};

fn main() {}

/// The bytes of a blob, as an `ArrayBuffer`, or `None` when the browser cannot read it.
async fn buffer_of(blob: &Blob) -> Option<ArrayBuffer> {
    JsFuture::from(blob.array_buffer())
        .await
        .ok()
        .and_then(|buffer| buffer.dyn_into::<ArrayBuffer>().ok())
}

/// Sets `key` of `object`.
fn set(object: &Object, key: &str, value: &JsValue) {
    // Setting a property of a plain new object cannot fail.
    let _ = Reflect::set(object, &JsValue::from_str(key), value);
}

/// The answer for a refusal: `{refused: id, args: [[name, value], …], problems: [{refused,
/// args, problems}, …]}`.
fn refused(refusal: &Refusal) -> JsValue {
    let answer = Object::new();
    set(&answer, "refused", &JsValue::from_str(&refusal.id));
    let args = Array::new();
    for (name, value) in &refusal.args {
        args.push(&Array::of2(
            &JsValue::from_str(name),
            &JsValue::from_str(value),
        ));
    }
    set(&answer, "args", &args);
    let problems: Array = refusal.problems.iter().map(refused).collect();
    set(&answer, "problems", &problems);
    answer.into()
}

/// Checks a chosen `file` for the control named `control`: `{accepted: ArrayBuffer}` or
/// `{refused: id, args}`.
#[wasm_bindgen(js_name = checkFile)]
pub async fn check_file(control: String, file: File) -> JsValue {
    let Some(control) = Control::from_name(&control) else {
        return refused(&Refusal::of("sealed-error-damaged"));
    };
    // A size beyond what a usize holds saturates, and is refused as too large.
    let size = file.size() as usize;
    let head_blob = file.slice_with_f64_and_f64(0.0, HEAD_BYTES as f64);
    let head = match head_blob {
        Ok(blob) => buffer_of(&blob).await.map(|b| Uint8Array::new(&b).to_vec()),
        Err(_) => None,
    };
    let Some(head) = head else {
        return refused(&check::unreadable(control));
    };
    if let Some(refusal) = check::before_reading(control, &head, size) {
        return refused(&refusal);
    }
    let Some(buffer) = buffer_of(&file).await else {
        return refused(&check::unreadable(control));
    };
    let bytes = Uint8Array::new(&buffer).to_vec();
    match check::check(control, &bytes) {
        Ok(()) => {
            let answer = Object::new();
            set(&answer, "accepted", &buffer);
            answer.into()
        }
        Err(refusal) => refused(&refusal),
    }
}
