//! Files the facilitator opens are read and checked in a Web Worker of their own
//! (`reader.js` starts `public/reader-worker.js`, which runs the `pictokit-reader` crate),
//! never in this page's WebAssembly: its memory only grows and never shrinks, and a
//! hostile file (a zip of 50,000 entries, a 60 MB JSON, a board of 280,000 buttons) would
//! keep what it took until the tab closed. The worker is ended after each file.
//!
//! Only the bytes of a file the worker accepted come here; they are read again with the
//! same function of `pictokit_transfer::check` (bounded by its limits) into today's types.

use crate::i18n::I18n;
use js_sys::{Array, ArrayBuffer, Reflect, Uint8Array};
use pictokit_transfer::check::{self, Control, Refusal};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/reader.js")]
extern "C" {
    #[wasm_bindgen(js_name = checkFile)]
    fn check_file_js(control: &str, file: &web_sys::File) -> js_sys::Promise;
}

/// A string property of the worker's answer.
fn text_of(answer: &JsValue, key: &str) -> Option<String> {
    Reflect::get(answer, &JsValue::from_str(key))
        .ok()?
        .as_string()
}

/// The refusal in the worker's answer, if it is one.
fn refusal_of(answer: &JsValue) -> Option<Refusal> {
    let id = text_of(answer, "refused")?;
    let list = |key: &str| {
        Reflect::get(answer, &JsValue::from_str(key))
            .ok()
            .filter(Array::is_array)
            .map(|list| Array::from(&list))
            .unwrap_or_default()
    };
    let args = list("args")
        .iter()
        .filter_map(|pair| {
            let pair = Array::from(&pair);
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect();
    let problems = list("problems")
        .iter()
        .filter_map(|problem| refusal_of(&problem))
        .collect();
    Some(Refusal { id, args, problems })
}

/// Has the chosen `file` read and checked in a worker for `control`; if it is accepted,
/// reads its bytes with `read` (the function of `check` for that control).
pub async fn checked<T>(
    control: Control,
    file: &web_sys::File,
    read: impl FnOnce(&[u8]) -> Result<T, Refusal>,
) -> Result<T, Refusal> {
    let Ok(answer) = JsFuture::from(check_file_js(control.name(), file)).await else {
        return Err(check::unreadable(control));
    };
    if let Some(refusal) = refusal_of(&answer) {
        return Err(refusal);
    }
    let accepted = Reflect::get(&answer, &JsValue::from_str("accepted"))
        .ok()
        .and_then(|buffer| buffer.dyn_into::<ArrayBuffer>().ok());
    match accepted {
        Some(buffer) => read(&Uint8Array::new(&buffer).to_vec()),
        None => Err(check::unreadable(control)),
    }
}

/// A refusal in the facilitator's language.
pub fn words(i18n: I18n, refusal: &Refusal) -> String {
    if refusal.args.is_empty() {
        i18n.t(&refusal.id)
    } else {
        i18n.ta(&refusal.id, &refusal.args())
    }
}
