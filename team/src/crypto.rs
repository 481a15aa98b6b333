//! WebCrypto for team sync (issue #24): the team's keys, sealing and opening the server's
//! documents, the documents' ids, the device key pairs and the keys wrapped for them, and
//! the code two devices show when one joins.
//!
//! Everything goes through the browser's `crypto.subtle`: its AES-GCM, HMAC, ECDH and HKDF
//! are checked implementations in every engine, and a device's private key can be made
//! there so that no script (ours included) can ever read it. The envelope around the
//! bytes — what the server stores, what is bound into the tag — is
//! `pictokit_transfer::team`, tested natively; this module only asks the browser for the
//! cryptography and says why something was refused.
//!
//! `crypto` is taken from `js_sys::global()`, not from `window`, so the same code runs in
//! a page and in a worker.
//!
//! Formats (version 1, `pictokit-team/1/`):
//! - a sealed document: AES-256-GCM, a random 12-byte nonce, additional data
//!   `team::aad(document id, key id)`;
//! - a document id: `r-` + hex(HMAC-SHA256(id key, store + "/" + record key));
//! - a wrapped secret: ephemeral public key (65) ‖ nonce (12) ‖ ciphertext and tag, the
//!   AES-256-GCM key being HKDF-SHA256(ECDH(ephemeral, recipient), salt = the ephemeral
//!   public key, info = `pictokit-team/1/` + context);
//! - a comparison code: the first 4 bytes of SHA-256(`pictokit-team/1/join\n` + join id +
//!   `\n` + public key), big-endian, modulo 10 000, as 4 digits.

use js_sys::{Array, ArrayBuffer, Object, Reflect, Uint8Array};
use pictokit_transfer::team::{self, Sealed, NONCE_BYTES, TAG_BYTES};
use std::fmt;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

/// The length of a team's secret keys (team key, health key, id key), in bytes.
pub const KEY_BYTES: usize = 32;
/// A P-256 public key, raw and uncompressed (`04` ‖ x ‖ y), in bytes.
pub const PUBLIC_KEY_BYTES: usize = 65;
/// The shortest wrapped secret: an empty one (ephemeral key, nonce and tag).
pub const MIN_WRAPPED_BYTES: usize = PUBLIC_KEY_BYTES + NONCE_BYTES + TAG_BYTES;
/// What every HKDF `info` and hashed label starts with: a later format gets other keys
/// and other codes, never the same bytes meaning two things.
const LABEL: &str = "pictokit-team/1/";
/// `getRandomValues` fills at most this many bytes per call.
const RANDOM_CHUNK: usize = 65_536;

/// Why an operation gave nothing.
#[derive(Clone, Debug)]
pub enum Error {
    /// The browser's WebCrypto is missing (not a secure context) or failed for a reason
    /// that is not the input: what the browser said.
    Unavailable(JsValue),
    /// Not sealed or wrapped for this key: another key id, a tag that fails (another
    /// key, another document id or context, a changed byte) or bytes too short or garbled
    /// to be one. Nothing of it is used.
    NotOurs,
    /// A key given is not one: a team key or id key of the wrong length, a public key that
    /// is not a P-256 point.
    BadKey,
}

impl From<JsValue> for Error {
    fn from(error: JsValue) -> Error {
        Error::Unavailable(error)
    }
}

/// For the wasm-bindgen functions that `public/team-sync.js` will call: a rejected promise
/// with the browser's own error, or a plain `Error` naming ours.
impl From<Error> for JsValue {
    fn from(error: Error) -> JsValue {
        match error {
            Error::Unavailable(error) => error,
            Error::NotOurs => js_sys::Error::new("pictokit-team: not ours").into(),
            Error::BadKey => js_sys::Error::new("pictokit-team: not a key").into(),
        }
    }
}

/// The global scope's `crypto`, in a page or a worker.
fn crypto() -> Result<web_sys::Crypto, Error> {
    Reflect::get(&js_sys::global(), &"crypto".into())?
        .dyn_into()
        .map_err(|_| Error::Unavailable("no crypto in this global scope".into()))
}

/// `crypto.subtle`, which browsers give only to a secure context (https, localhost).
fn subtle() -> Result<SubtleCrypto, Error> {
    let subtle = crypto()?.subtle();
    if subtle.is_undefined() {
        return Err(Error::Unavailable(
            "no crypto.subtle: not a secure context".into(),
        ));
    }
    Ok(subtle)
}

/// Awaits a WebCrypto promise, or the exception its call threw.
async fn call(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(promise?).await
}

/// The bytes of a promise's `ArrayBuffer`.
fn bytes(buffer: JsValue) -> Result<Vec<u8>, Error> {
    let buffer: ArrayBuffer = buffer.dyn_into()?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// An algorithm's parameters.
fn object(entries: &[(&str, &JsValue)]) -> Result<Object, Error> {
    let object = Object::new();
    for (name, value) in entries {
        Reflect::set(&object, &(*name).into(), value)?;
    }
    Ok(object)
}

fn usages(names: &[&str]) -> Array {
    names.iter().map(|name| JsValue::from_str(name)).collect()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Random bytes from the browser's cryptographic generator.
pub fn random_bytes(n: usize) -> Result<Vec<u8>, Error> {
    let crypto = crypto()?;
    let mut bytes = vec![0; n];
    for chunk in bytes.chunks_mut(RANDOM_CHUNK) {
        crypto.get_random_values_with_u8_array(chunk)?;
    }
    Ok(bytes)
}

/// A random id: 16 lowercase hex digits (64 bits), for a key id (a valid `k` of
/// `transfer::team`), a join or a device. Not a secret; random so that ids made on two
/// devices that never met do not collide.
pub fn random_id() -> Result<String, Error> {
    Ok(hex(&random_bytes(8)?))
}

/// One of a team's AES-256-GCM keys (the team key or the health key) with its id.
///
/// Kept as raw bytes, not as a `CryptoKey`: it is wrapped for each device
/// ([`wrap_for`]) and stored on this one, and imported (not extractable) for each use.
/// `Debug` shows the id only.
#[derive(Clone, PartialEq, Eq)]
pub struct TeamKey {
    /// Names the key in every document it seals (`k`), so a device knows which key to use
    /// and refuses documents of a key it does not have (or no longer trusts).
    pub id: String,
    /// The key, [`KEY_BYTES`] long.
    pub raw: Vec<u8>,
}

impl fmt::Debug for TeamKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TeamKey")
            .field("id", &self.id)
            .field("raw", &format_args!("[{} bytes]", self.raw.len()))
            .finish()
    }
}

impl TeamKey {
    /// A new key with a new id: when a team starts, and at each rotation.
    pub fn generate() -> Result<TeamKey, Error> {
        Ok(TeamKey {
            id: random_id()?,
            raw: random_bytes(KEY_BYTES)?,
        })
    }
}

/// A team key as WebCrypto's, for one use (`encrypt` or `decrypt`), not extractable.
async fn aes_key(raw: &[u8], usage: &str) -> Result<CryptoKey, Error> {
    if raw.len() != KEY_BYTES {
        return Err(Error::BadKey);
    }
    let promise = subtle()?.import_key_with_str(
        "raw",
        &Uint8Array::from(raw),
        "AES-GCM",
        false,
        &usages(&[usage]),
    );
    Ok(call(promise).await?.dyn_into()?)
}

/// AES-GCM's parameters: the nonce and, for a document, the additional data.
fn gcm(nonce: &[u8], aad: Option<&[u8]>) -> Result<Object, Error> {
    let params = object(&[
        ("name", &"AES-GCM".into()),
        ("iv", &Uint8Array::from(nonce)),
    ])?;
    if let Some(aad) = aad {
        Reflect::set(&params, &"additionalData".into(), &Uint8Array::from(aad))?;
    }
    Ok(params)
}

/// Seals a record's plaintext (`team::Inner::to_bytes`) as the document `doc_id` (made by
/// [`doc_id`]) under `key`, with a fresh random nonce. The tag covers `team::aad`, so the
/// server cannot move the ciphertext to another document or relabel its key.
pub async fn seal(key: &TeamKey, doc_id: &str, plain: &[u8]) -> Result<Sealed, Error> {
    let aes = aes_key(&key.raw, "encrypt").await?;
    let nonce = random_bytes(NONCE_BYTES)?;
    let aad = team::aad(doc_id, &key.id);
    let promise =
        subtle()?.encrypt_with_object_and_u8_array(&gcm(&nonce, Some(&aad))?, &aes, plain);
    Ok(Sealed {
        id: doc_id.to_string(),
        key: key.id.clone(),
        nonce,
        data: bytes(call(promise).await?)?,
    })
}

/// Opens a document read by `team::read` with `key`: its plaintext, or [`Error::NotOurs`]
/// when it names another key or its tag fails (another key under the same id, another
/// document's id, any changed byte). GCM checks the tag before anything is decrypted, so
/// nothing half-opened ever comes back.
pub async fn open(key: &TeamKey, sealed: &Sealed) -> Result<Vec<u8>, Error> {
    if sealed.key != key.id || sealed.nonce.len() != NONCE_BYTES || sealed.data.len() < TAG_BYTES {
        return Err(Error::NotOurs);
    }
    let aes = aes_key(&key.raw, "decrypt").await?;
    let aad = team::aad(&sealed.id, &key.id);
    let promise = subtle()?.decrypt_with_object_and_u8_array(
        &gcm(&sealed.nonce, Some(&aad))?,
        &aes,
        &sealed.data,
    )?;
    // Every input is checked above: a rejection is the tag failing.
    let plain = JsFuture::from(promise).await.map_err(|_| Error::NotOurs)?;
    bytes(plain)
}

/// The id of a record's document: `r-` and the 64 hex digits of HMAC-SHA256 under the
/// team's id key ([`KEY_BYTES`] long) of `store/record_key`. The same record has the same
/// id on every device of the team (so their versions meet in one CouchDB document), while
/// the server, without the id key, cannot tell whose record or which store it is. Store
/// names hold no `/`, so no two records share the hashed text.
pub async fn doc_id(id_key: &[u8], store: &str, record_key: &str) -> Result<String, Error> {
    if id_key.len() != KEY_BYTES {
        return Err(Error::BadKey);
    }
    let subtle = subtle()?;
    let algorithm = object(&[("name", &"HMAC".into()), ("hash", &"SHA-256".into())])?;
    let promise = subtle.import_key_with_object(
        "raw",
        &Uint8Array::from(id_key),
        &algorithm,
        false,
        &usages(&["sign"]),
    );
    let key: CryptoKey = call(promise).await?.dyn_into()?;
    let text = format!("{store}/{record_key}");
    let mac = bytes(call(subtle.sign_with_str_and_u8_array("HMAC", &key, text.as_bytes())).await?)?;
    Ok(format!("r-{}", hex(&mac)))
}

/// P-256 for ECDH.
fn p256() -> Result<Object, Error> {
    object(&[("name", &"ECDH".into()), ("namedCurve", &"P-256".into())])
}

/// A new ECDH P-256 key pair whose private key cannot be exported, with its public key
/// raw.
async fn ecdh_pair() -> Result<(CryptoKey, Vec<u8>), Error> {
    let subtle = subtle()?;
    let promise = subtle.generate_key_with_object(&p256()?, false, &usages(&["deriveBits"]));
    let pair = call(promise).await?;
    let private: CryptoKey = Reflect::get(&pair, &"privateKey".into())?.dyn_into()?;
    let public: CryptoKey = Reflect::get(&pair, &"publicKey".into())?.dyn_into()?;
    // A public key is always extractable, whatever `generateKey` was told.
    let public = bytes(call(subtle.export_key("raw", &public)).await?)?;
    if public.len() != PUBLIC_KEY_BYTES {
        return Err(Error::Unavailable("a public key not 65 bytes".into()));
    }
    Ok((private, public))
}

/// A 256-bit number, least significant limb first.
type U256 = [u64; 4];

/// P-256's prime field modulus.
const P: U256 = [
    0xffff_ffff_ffff_ffff,
    0x0000_0000_ffff_ffff,
    0x0000_0000_0000_0000,
    0xffff_ffff_0000_0001,
];
/// P-256's `b` (y² = x³ − 3x + b).
const B: U256 = [
    0x3bce_3c3e_27d2_604b,
    0x651d_06b0_cc53_b0f6,
    0xb3eb_bd55_7698_86bc,
    0x5ac6_35d8_aa3a_93e7,
];

fn u256(big_endian: &[u8]) -> Option<U256> {
    let mut limbs = [0; 4];
    for (i, limb) in limbs.iter_mut().enumerate() {
        let start = big_endian.len().checked_sub(8 * (i + 1))?;
        *limb = u64::from_be_bytes(big_endian.get(start..start + 8)?.try_into().ok()?);
    }
    Some(limbs)
}

fn below_p(a: &U256) -> bool {
    a.iter().rev().cmp(P.iter().rev()).is_lt()
}

/// `a + b` modulo 2²⁵⁶, and whether it carried.
fn add(a: &U256, b: &U256) -> (U256, bool) {
    let mut sum = [0; 4];
    let mut carry = false;
    for i in 0..4 {
        let (s, c1) = a[i].overflowing_add(b[i]);
        let (s, c2) = s.overflowing_add(u64::from(carry));
        sum[i] = s;
        carry = c1 || c2;
    }
    (sum, carry)
}

/// `a − b` modulo 2²⁵⁶, and whether it borrowed.
fn sub(a: &U256, b: &U256) -> (U256, bool) {
    let mut difference = [0; 4];
    let mut borrow = false;
    for i in 0..4 {
        let (d, b1) = a[i].overflowing_sub(b[i]);
        let (d, b2) = d.overflowing_sub(u64::from(borrow));
        difference[i] = d;
        borrow = b1 || b2;
    }
    (difference, borrow)
}

/// `a + b mod p`, for `a`, `b` below p.
fn add_mod(a: &U256, b: &U256) -> U256 {
    let (sum, carry) = add(a, b);
    if carry || !below_p(&sum) {
        sub(&sum, &P).0
    } else {
        sum
    }
}

/// `a − b mod p`, for `a`, `b` below p.
fn sub_mod(a: &U256, b: &U256) -> U256 {
    let (difference, borrow) = sub(a, b);
    if borrow {
        add(&difference, &P).0
    } else {
        difference
    }
}

/// `a × b mod p`, for `a`, `b` below p: doubling and adding, bit by bit (a few hundred
/// additions; a point is checked once per key read, not per record).
fn mul_mod(a: &U256, b: &U256) -> U256 {
    let mut product = [0; 4];
    for bit in (0..256).rev() {
        product = add_mod(&product, &product);
        if (b[bit / 64] >> (bit % 64)) & 1 == 1 {
            product = add_mod(&product, a);
        }
    }
    product
}

/// Whether `raw` is an uncompressed point of P-256: `04` ‖ x ‖ y with x and y below p and
/// y² = x³ − 3x + b. P-256's cofactor is 1, so such a point is in the group ECDH works in.
///
/// Checked here and not left to the browser: WebKitGTK (2.50, seen in the tests) imports
/// a point that is not on the curve and derives bits with it, the opening for an
/// invalid-curve attack that recovers a device's private key from its answers to
/// forged wrapped keys.
pub fn is_p256_point(raw: &[u8]) -> bool {
    if raw.len() != PUBLIC_KEY_BYTES || raw[0] != 4 {
        return false;
    }
    let (Some(x), Some(y)) = (u256(&raw[1..33]), u256(&raw[33..])) else {
        return false;
    };
    if !below_p(&x) || !below_p(&y) {
        return false;
    }
    let three_x = add_mod(&add_mod(&x, &x), &x);
    let x_cubed = mul_mod(&mul_mod(&x, &x), &x);
    mul_mod(&y, &y) == add_mod(&sub_mod(&x_cubed, &three_x), &B)
}

/// A raw public key as WebCrypto's; [`Error::BadKey`] for anything but an uncompressed
/// P-256 point on the curve ([`is_p256_point`]).
async fn import_public(raw: &[u8]) -> Result<CryptoKey, Error> {
    if !is_p256_point(raw) {
        return Err(Error::BadKey);
    }
    let promise = subtle()?.import_key_with_object(
        "raw",
        &Uint8Array::from(raw),
        &p256()?,
        true,
        &usages(&[]),
    );
    call(promise)
        .await
        .map_err(|_| Error::BadKey)?
        .dyn_into()
        .map_err(|_| Error::BadKey)
}

/// A device's key pair, made when it joins a team: the team's keys are wrapped for its
/// public key ([`wrap_for`]) and only this device can unwrap them.
#[derive(Clone, Debug)]
pub struct DeviceKeys {
    /// ECDH P-256, usable for `deriveBits` only and not extractable: kept as it is in
    /// IndexedDB (a `CryptoKey` is structured-cloneable), never as bytes, so a script
    /// that runs on the page later cannot copy it off the device.
    pub private: CryptoKey,
    /// The public key, raw (uncompressed point, [`PUBLIC_KEY_BYTES`]): what the join
    /// document and the key documents carry.
    pub public: Vec<u8>,
}

impl DeviceKeys {
    /// A new key pair.
    pub async fn generate() -> Result<DeviceKeys, Error> {
        let (private, public) = ecdh_pair().await?;
        Ok(DeviceKeys { private, public })
    }
}

/// The AES-256-GCM key two ECDH keys agree on for a context: HKDF-SHA256 over the shared
/// secret, salted with the ephemeral public key (each wrapping has its own key, even for
/// the same recipient), its info naming the format and what is wrapped (a key wrapped as
/// the health key cannot be taken for the team key).
async fn agreed_key(
    private: &CryptoKey,
    public: &CryptoKey,
    ephemeral_public: &[u8],
    context: &str,
    usage: &str,
) -> Result<CryptoKey, Error> {
    let subtle = subtle()?;
    let ecdh = object(&[("name", &"ECDH".into()), ("public", public)])?;
    let shared = call(subtle.derive_bits_with_object(&ecdh, private, 256)).await?;
    let promise = subtle.import_key_with_str(
        "raw",
        &Uint8Array::new(&shared),
        "HKDF",
        false,
        &usages(&["deriveKey"]),
    );
    let base: CryptoKey = call(promise).await?.dyn_into()?;
    let info = format!("{LABEL}{context}");
    let hkdf = object(&[
        ("name", &"HKDF".into()),
        ("hash", &"SHA-256".into()),
        ("salt", &Uint8Array::from(ephemeral_public)),
        ("info", &Uint8Array::from(info.as_bytes())),
    ])?;
    let aes = object(&[("name", &"AES-GCM".into()), ("length", &256.into())])?;
    let promise =
        subtle.derive_key_with_object_and_object(&hkdf, &base, &aes, false, &usages(&[usage]));
    Ok(call(promise).await?.dyn_into()?)
}

/// Wraps `secret` (a team key's raw bytes) for the device whose raw public key is
/// `public`, for `context` (what it is, e.g. `team-key`, `health-key`, `id-key`): ECIES
/// with a fresh ephemeral key pair. Only the device's private key opens it, and only for
/// the same context. [`Error::BadKey`] when `public` is not a P-256 point (a join
/// document from a hostile server).
pub async fn wrap_for(public: &[u8], secret: &[u8], context: &str) -> Result<Vec<u8>, Error> {
    let recipient = import_public(public).await?;
    let (ephemeral, ephemeral_public) = ecdh_pair().await?;
    let aes = agreed_key(
        &ephemeral,
        &recipient,
        &ephemeral_public,
        context,
        "encrypt",
    )
    .await?;
    let nonce = random_bytes(NONCE_BYTES)?;
    let promise = subtle()?.encrypt_with_object_and_u8_array(&gcm(&nonce, None)?, &aes, secret);
    let data = bytes(call(promise).await?)?;
    Ok([ephemeral_public, nonce, data].concat())
}

/// Opens a secret wrapped for this device ([`wrap_for`]) with its private key:
/// [`Error::NotOurs`] when it is too short, its ephemeral key is not a point, or its tag
/// fails (wrapped for another device, for another context, or changed).
pub async fn unwrap(private: &CryptoKey, wrapped: &[u8], context: &str) -> Result<Vec<u8>, Error> {
    if wrapped.len() < MIN_WRAPPED_BYTES {
        return Err(Error::NotOurs);
    }
    let (ephemeral_public, rest) = wrapped.split_at(PUBLIC_KEY_BYTES);
    let (nonce, data) = rest.split_at(NONCE_BYTES);
    let ephemeral = import_public(ephemeral_public)
        .await
        .map_err(|_| Error::NotOurs)?;
    let aes = agreed_key(private, &ephemeral, ephemeral_public, context, "decrypt").await?;
    let promise = subtle()?.decrypt_with_object_and_u8_array(&gcm(nonce, None)?, &aes, data)?;
    let plain = JsFuture::from(promise).await.map_err(|_| Error::NotOurs)?;
    bytes(plain)
}

/// The 4-digit code a joining device and the facilitator's device both show, computed
/// from the join and the public key the joining device made: when they match, the
/// facilitator's device is about to wrap the team's keys for the device in the room and
/// not for a key someone put into the join document on its way (a short authentication
/// string). Leading zeros kept; the modulo's bias (2³² mod 10⁴) is below one in 400 000.
///
/// `join_id` must be something the server never sees (a secret of the QR code): a server
/// that knew every input could make key pairs until one gave the same code (about
/// 10 000 tries, a second's work) and put its own into the join document.
pub async fn comparison_code(join_id: &str, public: &[u8]) -> Result<String, Error> {
    // A fixed length after the id: no other id and key make the same bytes.
    if public.len() != PUBLIC_KEY_BYTES {
        return Err(Error::BadKey);
    }
    let mut input = format!("{LABEL}join\n{join_id}\n").into_bytes();
    input.extend_from_slice(public);
    let digest = bytes(call(subtle()?.digest_with_str_and_u8_array("SHA-256", &input)).await?)?;
    let first: [u8; 4] = digest
        .get(..4)
        .and_then(|first| first.try_into().ok())
        .ok_or_else(|| Error::Unavailable("a short digest".into()))?;
    Ok(format!("{:04}", u32::from_be_bytes(first) % 10_000))
}
