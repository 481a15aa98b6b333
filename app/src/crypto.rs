//! The facilitator PIN through WebCrypto: PBKDF2-SHA256 with a random salt.
//!
//! The stored form and the comparison are `pictokit_domain::pin`; this module only asks
//! the browser to derive the bits.

use js_sys::{Array, ArrayBuffer, Object, Reflect, Uint8Array};
use pictokit_domain::pin::{StoredPin, HASH_BYTES, ITERATIONS, SALT_BYTES};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::CryptoKey;

/// Derives the PBKDF2-SHA256 hash of `pin`.
async fn derive(pin: &str, salt: &[u8], iterations: u32) -> Result<Vec<u8>, JsValue> {
    let crypto = web_sys::window()
        .ok_or_else(|| JsValue::from_str("no window"))?
        .crypto()?;
    let subtle = crypto.subtle();
    let usages = Array::of1(&JsValue::from_str("deriveBits"));
    let key_data = Uint8Array::from(pin.as_bytes());
    let key: CryptoKey =
        JsFuture::from(subtle.import_key_with_str("raw", &key_data, "PBKDF2", false, &usages)?)
            .await?
            .dyn_into()?;
    let params = Object::new();
    Reflect::set(&params, &"name".into(), &"PBKDF2".into())?;
    Reflect::set(&params, &"hash".into(), &"SHA-256".into())?;
    Reflect::set(&params, &"iterations".into(), &JsValue::from(iterations))?;
    Reflect::set(&params, &"salt".into(), &Uint8Array::from(salt))?;
    let bits: ArrayBuffer =
        JsFuture::from(subtle.derive_bits_with_object(&params, &key, (HASH_BYTES * 8) as u32)?)
            .await?
            .dyn_into()?;
    Ok(Uint8Array::new(&bits).to_vec())
}

/// The stored form of a new PIN, with a fresh random salt.
pub async fn hash_new_pin(pin: &str) -> Result<String, JsValue> {
    let mut salt = [0u8; SALT_BYTES];
    web_sys::window()
        .ok_or_else(|| JsValue::from_str("no window"))?
        .crypto()?
        .get_random_values_with_u8_array(&mut salt)?;
    let hash = derive(pin, &salt, ITERATIONS).await?;
    Ok(StoredPin {
        iterations: ITERATIONS,
        salt: salt.to_vec(),
        hash,
    }
    .to_stored())
}

/// Whether `pin` is the one stored; anything malformed or failing never matches.
pub async fn verify_pin(pin: &str, stored: &str) -> bool {
    let Some(stored) = StoredPin::parse(stored) else {
        return false;
    };
    match derive(pin, &stored.salt, stored.iterations).await {
        Ok(derived) => stored.matches(&derived),
        Err(_) => false,
    }
}
