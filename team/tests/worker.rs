//! Team sync's WebCrypto in a dedicated worker, where there is no `window`: `crypto` comes
//! from the global scope (scripts/test runs it in Chromium, Firefox ESR and WebKitGTK).
//!
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver cargo test -p pictokit-team --target wasm32-unknown-unknown --test worker`

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use pictokit_team::crypto::{
    comparison_code, doc_id, open, random_id, seal, unwrap, wrap_for, DeviceKeys, TeamKey,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_dedicated_worker);

#[wasm_bindgen_test]
async fn every_operation_runs_in_a_worker() {
    assert!(js_sys::Reflect::get(&js_sys::global(), &"window".into())
        .unwrap()
        .is_undefined());
    let key = TeamKey::generate().unwrap();
    let id = doc_id(&[3; 32], "shopping", "p-laia").await.unwrap();
    let sealed = seal(&key, &id, b"milk").await.unwrap();
    assert_eq!(open(&key, &sealed).await.unwrap(), b"milk");

    let device = DeviceKeys::generate().await.unwrap();
    let wrapped = wrap_for(&device.public, &key.raw, "team-key")
        .await
        .unwrap();
    assert_eq!(
        unwrap(&device.private, &wrapped, "team-key").await.unwrap(),
        key.raw
    );
    assert_eq!(random_id().unwrap().len(), 16);
    assert_eq!(
        comparison_code("join-a", &device.public)
            .await
            .unwrap()
            .len(),
        4
    );
}
