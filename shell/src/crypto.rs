//! WebCrypto: the facilitator PIN (PBKDF2-SHA256 with a random salt), and sealing health
//! data with a passphrase (PBKDF2-SHA256 → AES-256-GCM; the envelope is
//! `pictokit_transfer::sealed`).
//!
//! The stored form and the comparison are `pictokit_domain::pin`; this module only asks
//! the browser to derive the bits.

use js_sys::{Array, ArrayBuffer, Object, Reflect, Uint8Array};
use pictokit_domain::pin::{StoredPin, HASH_BYTES, ITERATIONS, SALT_BYTES};
use pictokit_transfer::sealed;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::CryptoKey;

/// The browser's WebCrypto.
fn subtle() -> Result<web_sys::SubtleCrypto, JsValue> {
    Ok(web_sys::window()
        .ok_or_else(|| JsValue::from_str("no window"))?
        .crypto()?
        .subtle())
}

/// A secret's bytes as a PBKDF2 base key, for `usage` (`deriveBits`, `deriveKey`).
async fn pbkdf2_key(secret: &str, usage: &str) -> Result<CryptoKey, JsValue> {
    let usages = Array::of1(&JsValue::from_str(usage));
    let key_data = Uint8Array::from(secret.as_bytes());
    JsFuture::from(subtle()?.import_key_with_str("raw", &key_data, "PBKDF2", false, &usages)?)
        .await?
        .dyn_into()
}

/// PBKDF2-SHA256 with a salt and a number of iterations.
fn pbkdf2_params(salt: &[u8], iterations: u32) -> Result<Object, JsValue> {
    let params = Object::new();
    Reflect::set(&params, &"name".into(), &"PBKDF2".into())?;
    Reflect::set(&params, &"hash".into(), &"SHA-256".into())?;
    Reflect::set(&params, &"iterations".into(), &JsValue::from(iterations))?;
    Reflect::set(&params, &"salt".into(), &Uint8Array::from(salt))?;
    Ok(params)
}

/// Derives the PBKDF2-SHA256 hash of `pin`.
async fn derive(pin: &str, salt: &[u8], iterations: u32) -> Result<Vec<u8>, JsValue> {
    let key = pbkdf2_key(pin, "deriveBits").await?;
    let params = pbkdf2_params(salt, iterations)?;
    let bits: ArrayBuffer = JsFuture::from(subtle()?.derive_bits_with_object(
        &params,
        &key,
        (HASH_BYTES * 8) as u32,
    )?)
    .await?
    .dyn_into()?;
    Ok(Uint8Array::new(&bits).to_vec())
}

/// The stored form of a new PIN, with a fresh random salt.
pub async fn hash_new_pin(pin: &str) -> Result<String, JsValue> {
    let salt = random::<SALT_BYTES>()?;
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

/// Random bytes from the browser's cryptographic generator.
fn random<const N: usize>() -> Result<[u8; N], JsValue> {
    let mut bytes = [0u8; N];
    web_sys::window()
        .ok_or_else(|| JsValue::from_str("no window"))?
        .crypto()?
        .get_random_values_with_u8_array(&mut bytes)?;
    Ok(bytes)
}

/// The AES-256-GCM key of a passphrase: PBKDF2-SHA256 over its UTF-8 bytes.
async fn aes_key(passphrase: &str, salt: &[u8], iterations: u32) -> Result<CryptoKey, JsValue> {
    let base = pbkdf2_key(passphrase, "deriveKey").await?;
    let params = pbkdf2_params(salt, iterations)?;
    let aes = Object::new();
    Reflect::set(&aes, &"name".into(), &"AES-GCM".into())?;
    Reflect::set(&aes, &"length".into(), &JsValue::from(256))?;
    let usages = Array::of2(&JsValue::from_str("encrypt"), &JsValue::from_str("decrypt"));
    JsFuture::from(
        subtle()?.derive_key_with_object_and_object(&params, &base, &aes, false, &usages)?,
    )
    .await?
    .dyn_into()
}

fn gcm(iv: &[u8]) -> Result<Object, JsValue> {
    let params = Object::new();
    Reflect::set(&params, &"name".into(), &"AES-GCM".into())?;
    Reflect::set(&params, &"iv".into(), &Uint8Array::from(iv))?;
    Ok(params)
}

/// Encrypts `plain` with a passphrase: the envelope's parts (fresh salt and nonce).
pub async fn seal(passphrase: &str, plain: &[u8]) -> Result<sealed::Parts, JsValue> {
    let salt = random::<16>()?;
    let iv = random::<12>()?;
    let key = aes_key(passphrase, &salt, sealed::ITERATIONS).await?;
    let subtle = web_sys::window()
        .ok_or_else(|| JsValue::from_str("no window"))?
        .crypto()?
        .subtle();
    let data: ArrayBuffer =
        JsFuture::from(subtle.encrypt_with_object_and_u8_array(&gcm(&iv)?, &key, plain)?)
            .await?
            .dyn_into()?;
    Ok(sealed::Parts {
        iterations: sealed::ITERATIONS,
        salt: salt.to_vec(),
        iv: iv.to_vec(),
        data: Uint8Array::new(&data).to_vec(),
    })
}

/// Decrypts sealed parts; `None` when the passphrase is wrong or a byte was changed (GCM's
/// tag fails as a whole, so nothing half-decrypted ever comes back).
pub async fn open(passphrase: &str, parts: &sealed::Parts) -> Option<Vec<u8>> {
    let key = aes_key(passphrase, &parts.salt, parts.iterations)
        .await
        .ok()?;
    let promise = subtle()
        .ok()?
        .decrypt_with_object_and_u8_array(&gcm(&parts.iv).ok()?, &key, &parts.data)
        .ok()?;
    let plain: ArrayBuffer = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
    Some(Uint8Array::new(&plain).to_vec())
}
