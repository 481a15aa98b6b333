//! Team sync's WebCrypto in a real browser: Chromium, Firefox ESR and WebKitGTK
//! (scripts/test runs it in each).
//!
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver cargo test -p pictokit-team --target wasm32-unknown-unknown`
//!
//! Besides round trips, each format is checked against bytes made by another
//! implementation (Python's `hmac`, `hashlib` and `cryptography`, the script in the
//! comment at the end), so the browser side cannot drift from its description without a
//! test failing.

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use js_sys::{Array, Reflect, Uint8Array};
use pictokit_domain::sync::clock::Version;
use pictokit_domain::sync::merge::Stamp;
use pictokit_team::crypto::{
    comparison_code, doc_id, is_p256_point, open, random_bytes, random_id, seal, unwrap, wrap_for,
    DeviceKeys, Error, TeamKey, KEY_BYTES, MIN_WRAPPED_BYTES, PUBLIC_KEY_BYTES,
};
use pictokit_transfer::team::{self, Inner, Sealed, NONCE_BYTES, TAG_BYTES};
use serde_json::json;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{CryptoKey, SubtleCrypto};

wasm_bindgen_test_configure!(run_in_browser);

fn unhex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
        .collect()
}

fn subtle() -> SubtleCrypto {
    let crypto: web_sys::Crypto = Reflect::get(&js_sys::global(), &"crypto".into())
        .unwrap()
        .dyn_into()
        .unwrap();
    crypto.subtle()
}

fn not_ours<T: std::fmt::Debug>(result: Result<T, Error>) -> bool {
    matches!(result, Err(Error::NotOurs))
}

fn bad_key<T: std::fmt::Debug>(result: Result<T, Error>) -> bool {
    matches!(result, Err(Error::BadKey))
}

async fn a_doc_id(store: &str, key: &str) -> String {
    doc_id(&[9; KEY_BYTES], store, key).await.unwrap()
}

#[wasm_bindgen_test]
fn random_bytes_and_ids() {
    let a = random_bytes(32).unwrap();
    let b = random_bytes(32).unwrap();
    assert_eq!(a.len(), 32);
    assert_ne!(a, b);
    assert!(random_bytes(0).unwrap().is_empty());
    // More than getRandomValues fills at once: the tail is filled too.
    let large = random_bytes(100_000).unwrap();
    assert_eq!(large.len(), 100_000);
    assert!(large[65_536..].iter().any(|&b| b != 0));
    assert!(large[99_000..].iter().any(|&b| b != 0));

    let id = random_id().unwrap();
    assert_eq!(id.len(), 16);
    assert!(id
        .bytes()
        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
    assert_ne!(id, random_id().unwrap());

    let key = TeamKey::generate().unwrap();
    assert_eq!(key.raw.len(), KEY_BYTES);
    assert_ne!(key, TeamKey::generate().unwrap());
    // Debug never shows the key.
    let shown = format!("{key:?}");
    assert!(
        shown.contains(&key.id) && shown.contains("[32 bytes]"),
        "{shown}"
    );
}

#[wasm_bindgen_test]
async fn a_sealed_record_opens_with_its_key_and_goes_through_the_servers_format() {
    let key = TeamKey::generate().unwrap();
    let id = a_doc_id("schedule", "p-laia").await;
    let inner = Inner {
        store: "schedule".into(),
        key: "p-laia".into(),
        version: Version::default().bumped("tablet"),
        stamp: Stamp {
            ms: 1_795_000_000_000,
            device: "tablet".into(),
        },
        value: Some(json!({"entries": [{"activity": "Bus to the centre"}]})),
    };
    let plain = inner.to_bytes();
    let sealed = seal(&key, &id, &plain).await.unwrap();
    assert_eq!(sealed.id, id);
    assert_eq!(sealed.key, key.id);
    assert_eq!(sealed.nonce.len(), NONCE_BYTES);
    assert_eq!(sealed.data.len(), plain.len() + TAG_BYTES);
    assert!(!sealed.data.windows(9).any(|w| w == b"Bus to th"));

    // As the server stores it and hands it back: the key id is a valid `k`.
    let text = team::write(&sealed).to_string();
    let read = team::read(&text, &id).unwrap();
    assert_eq!(read, sealed);
    let opened = open(&key, &read).await.unwrap();
    assert_eq!(Inner::read(&opened), Ok(inner));

    // A fresh nonce each time: the same record never seals to the same bytes.
    let again = seal(&key, &id, &plain).await.unwrap();
    assert_ne!(again.nonce, sealed.nonce);
    assert_ne!(again.data, sealed.data);

    // Empty plaintext is still a document.
    let empty = seal(&key, &id, b"").await.unwrap();
    assert_eq!(empty.data.len(), TAG_BYTES);
    assert_eq!(open(&key, &empty).await.unwrap(), b"");
}

#[wasm_bindgen_test]
async fn a_document_not_sealed_by_the_key_for_that_id_is_not_ours() {
    let key = TeamKey::generate().unwrap();
    let id = a_doc_id("profiles", "p-laia").await;
    let sealed = seal(&key, &id, b"{\"name\":\"Laia\"}").await.unwrap();

    // Another key, under another id or (a forged label) under the same id.
    let other = TeamKey::generate().unwrap();
    assert!(not_ours(open(&other, &sealed).await));
    let same_id = TeamKey {
        id: key.id.clone(),
        raw: other.raw.clone(),
    };
    assert!(not_ours(open(&same_id, &sealed).await));

    // Moved by the server to another record's id: the additional data differs.
    let moved = Sealed {
        id: a_doc_id("profiles", "p-marc").await,
        ..sealed.clone()
    };
    assert!(not_ours(open(&key, &moved).await));

    // Relabelled with another key id: refused by the label for this key; and the key
    // really named by the new label (same bytes, as if the team had two ids for it)
    // fails the tag, which bound the old id.
    let relabelled = Sealed {
        key: "0000000000000000".into(),
        ..sealed.clone()
    };
    assert!(not_ours(open(&key, &relabelled).await));
    let named = TeamKey {
        id: relabelled.key.clone(),
        raw: key.raw.clone(),
    };
    assert!(not_ours(open(&named, &relabelled).await));

    // Any changed byte: ciphertext, tag, nonce.
    for i in [0, sealed.data.len() - 1] {
        let mut changed = sealed.clone();
        changed.data[i] ^= 1;
        assert!(not_ours(open(&key, &changed).await), "byte {i}");
    }
    let mut changed = sealed.clone();
    changed.nonce[5] ^= 0x80;
    assert!(not_ours(open(&key, &changed).await));
    // Shapes team::read refuses, if one were built by hand.
    let short = Sealed {
        data: sealed.data[..TAG_BYTES - 1].to_vec(),
        ..sealed.clone()
    };
    assert!(not_ours(open(&key, &short).await));
    let odd_nonce = Sealed {
        nonce: vec![0; 8],
        ..sealed.clone()
    };
    assert!(not_ours(open(&key, &odd_nonce).await));

    // The untouched document still opens: each refusal above was the change.
    assert!(open(&key, &sealed).await.is_ok());
}

#[wasm_bindgen_test]
async fn a_key_that_is_not_one_is_refused() {
    let short = TeamKey {
        id: "k1".into(),
        raw: vec![1; 16],
    };
    assert!(bad_key(
        seal(&short, &a_doc_id("pictos", "x").await, b"x").await
    ));
    assert!(bad_key(doc_id(&[], "pictos", "x").await));
    assert!(bad_key(doc_id(&[1; 31], "pictos", "x").await));

    // What public/team-sync.js will see of a refusal: an Error it can show.
    for error in [Error::NotOurs, Error::BadKey] {
        let thrown = wasm_bindgen::JsValue::from(error);
        let message = thrown.dyn_ref::<js_sys::Error>().unwrap().message();
        assert!(String::from(message).starts_with("pictokit-team: "));
    }
}

#[wasm_bindgen_test]
async fn documents_sealed_elsewhere_open_here() {
    // AES-256-GCM by Python's `cryptography` with team::aad as additional data.
    let key = TeamKey {
        id: "0123456789abcdef".into(),
        raw: (32..64).collect(),
    };
    let sealed = Sealed {
        id: format!("r-{}", "ab".repeat(32)),
        key: key.id.clone(),
        nonce: (0..12).collect(),
        data: unhex("343731cb2519cb98d998a41d1f3f3db8ebe3fa5a8ff35cf7d052a2"),
    };
    assert_eq!(open(&key, &sealed).await.unwrap(), b"hello, team");
}

#[wasm_bindgen_test]
async fn document_ids_are_the_same_for_a_record_and_tell_nothing() {
    let id_key: Vec<u8> = (0..32).collect();
    let id = doc_id(&id_key, "profiles", "p-laia").await.unwrap();
    // HMAC-SHA256 of "profiles/p-laia", as Python's hmac makes it.
    assert_eq!(
        id,
        "r-b6654165e30e73a1cb62f0d20e3cd09717b80683ab34acab622b4f745afedb14"
    );
    assert!(team::is_doc_id(&id));
    assert_eq!(doc_id(&id_key, "profiles", "p-laia").await.unwrap(), id);

    let others = [
        doc_id(&id_key, "schedule", "p-laia").await.unwrap(),
        doc_id(&id_key, "profiles", "p-marc").await.unwrap(),
        doc_id(&[7; 32], "profiles", "p-laia").await.unwrap(),
        // Where the store ends is part of the text.
        doc_id(&id_key, "profile", "s/p-laia").await.unwrap(),
    ];
    for other in &others {
        assert!(team::is_doc_id(other));
        assert_ne!(other, &id);
    }
    assert!(!id.contains("laia") && !id.contains("profiles"));
}

#[wasm_bindgen_test]
async fn a_device_key_pair_keeps_its_private_key() {
    let device = DeviceKeys::generate().await.unwrap();
    assert_eq!(device.public.len(), PUBLIC_KEY_BYTES);
    assert_eq!(device.public[0], 4);
    assert_ne!(device.public, DeviceKeys::generate().await.unwrap().public);

    let private: &CryptoKey = &device.private;
    assert_eq!(private.type_(), "private");
    assert!(!private.extractable());
    assert_eq!(
        private.usages().to_vec(),
        vec![wasm_bindgen::JsValue::from_str("deriveBits")]
    );
    for format in ["pkcs8", "jwk"] {
        let exported = match subtle().export_key(format, private) {
            Ok(promise) => JsFuture::from(promise).await,
            Err(error) => Err(error),
        };
        assert!(exported.is_err(), "{format} export of the private key");
    }
}

#[wasm_bindgen_test]
async fn a_secret_wrapped_for_a_device_opens_there_only_for_its_context() {
    let device = DeviceKeys::generate().await.unwrap();
    let secret = TeamKey::generate().unwrap().raw;
    let wrapped = wrap_for(&device.public, &secret, "team-key").await.unwrap();
    assert_eq!(wrapped.len(), MIN_WRAPPED_BYTES + secret.len());
    assert_eq!(
        unwrap(&device.private, &wrapped, "team-key").await.unwrap(),
        secret
    );
    // A new ephemeral key each time.
    let again = wrap_for(&device.public, &secret, "team-key").await.unwrap();
    assert_ne!(again[..PUBLIC_KEY_BYTES], wrapped[..PUBLIC_KEY_BYTES]);
    assert_ne!(again, wrapped);

    // Another device, another context.
    let stranger = DeviceKeys::generate().await.unwrap();
    assert!(not_ours(
        unwrap(&stranger.private, &wrapped, "team-key").await
    ));
    assert!(not_ours(
        unwrap(&device.private, &wrapped, "health-key").await
    ));

    // Short or garbled: the ephemeral key, the nonce, the ciphertext, the tag.
    assert!(not_ours(unwrap(&device.private, &[], "team-key").await));
    assert!(not_ours(
        unwrap(
            &device.private,
            &wrapped[..MIN_WRAPPED_BYTES - 1],
            "team-key"
        )
        .await
    ));
    assert!(not_ours(
        unwrap(&device.private, &wrapped[..wrapped.len() - 1], "team-key").await
    ));
    for i in [
        1,
        64,
        PUBLIC_KEY_BYTES + 3,
        MIN_WRAPPED_BYTES,
        wrapped.len() - 1,
    ] {
        let mut changed = wrapped.clone();
        changed[i] ^= 1;
        assert!(
            not_ours(unwrap(&device.private, &changed, "team-key").await),
            "byte {i}"
        );
    }
    let mut compressed = wrapped.clone();
    compressed[0] = 2;
    assert!(not_ours(
        unwrap(&device.private, &compressed, "team-key").await
    ));

    // A public key that is not a point of P-256 (a hostile join document).
    assert!(bad_key(
        wrap_for(&device.public[..64], &secret, "team-key").await
    ));
    let mut off_curve = device.public.clone();
    off_curve[64] ^= 1;
    assert!(bad_key(wrap_for(&off_curve, &secret, "team-key").await));
    assert!(bad_key(wrap_for(&[4; 65], &secret, "team-key").await));
}

#[wasm_bindgen_test]
async fn only_points_of_the_curve_are_public_keys() {
    // P-256's generator, and its negation (p − y).
    let gx = "6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296";
    let gy = "4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5";
    let minus_gy = "b01cbd1c01e58065711814b583f061e9d431cca994cea1313449bf97c840ae0a";
    let point = |x: &str, y: &str| unhex(&format!("04{x}{y}"));
    assert!(is_p256_point(&point(gx, gy)));
    assert!(is_p256_point(&point(gx, minus_gy)));
    for _ in 0..20 {
        assert!(is_p256_point(&DeviceKeys::generate().await.unwrap().public));
    }

    let p = "ffffffff00000001000000000000000000000000ffffffffffffffffffffffff";
    let mut g = point(gx, gy);
    g[64] ^= 1;
    for not_one in [
        g,
        point(gx, gx),
        point(p, gy),
        point(gx, p),
        point(&"ff".repeat(32), gy),
        vec![4; 65],
        [&[4][..], &[0; 64]].concat(),
        point(gx, gy)[..64].to_vec(),
        [&[2][..], &point(gx, gy)[1..]].concat(),
        vec![],
    ] {
        assert!(!is_p256_point(&not_one), "{not_one:02x?}");
    }
}

#[wasm_bindgen_test]
async fn a_secret_wrapped_elsewhere_opens_here() {
    // Python's `cryptography`: ECDH P-256 with a fixed ephemeral key, HKDF-SHA256 (salt the
    // ephemeral public key, info "pictokit-team/1/team-key"), AES-256-GCM.
    let pkcs8 = unhex(
        "308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b02010104201234567890abcdef\
         1234567890abcdef1234567890abcdef1234567890abcdefa14403420004471c3e758c4904285bba7e5311\
         8ed0f524adeb0757d25bd2f8e7b0d76dfa714cdd520f7aca8a8b917acc37f51de8f0c9bbe3ad858382e702\
         dc25a12d09f7a858",
    );
    let wrapped = unhex(
        "0458893cc65cc5c0da46a14c5a42878d877003623cdceec62cb9a9069fa2c02ea40265ab8ca5eec646d3f4\
         cdebdb55f31ceee66e947cff69ef3a22746be8b394d46465666768696a6b6c6d6e6f23e946155fe41649f0\
         ac38b7972b60890e0582eaf327beefba91d821a628bf62775385f2c26b532452054f82514d217f",
    );
    let algorithm = js_sys::Object::new();
    Reflect::set(&algorithm, &"name".into(), &"ECDH".into()).unwrap();
    Reflect::set(&algorithm, &"namedCurve".into(), &"P-256".into()).unwrap();
    let usages = Array::of1(&"deriveBits".into());
    let promise = subtle()
        .import_key_with_object(
            "pkcs8",
            &Uint8Array::from(&pkcs8[..]),
            &algorithm,
            false,
            &usages,
        )
        .unwrap();
    let private: CryptoKey = JsFuture::from(promise).await.unwrap().dyn_into().unwrap();
    let secret: Vec<u8> = (200..232).collect();
    assert_eq!(
        unwrap(&private, &wrapped, "team-key").await.unwrap(),
        secret
    );
    assert!(not_ours(unwrap(&private, &wrapped, "id-key").await));
}

#[wasm_bindgen_test]
async fn comparison_codes_are_four_digits_that_change_with_the_key() {
    let public: Vec<u8> = std::iter::once(4).chain(1..65).collect();
    let other: Vec<u8> = std::iter::once(4).chain(2..66).collect();
    // As Python's hashlib makes them.
    let code = comparison_code("join-a", &public).await.unwrap();
    assert_eq!(code, "1227");
    assert_eq!(comparison_code("join-a", &public).await.unwrap(), code);
    assert_eq!(comparison_code("join-a", &other).await.unwrap(), "9755");
    assert_eq!(comparison_code("join-b", &public).await.unwrap(), "5936");
    // Leading zeros kept.
    assert_eq!(comparison_code("join-24", &public).await.unwrap(), "0431");

    // Both devices' view of a real key pair.
    let device = DeviceKeys::generate().await.unwrap();
    let shown = comparison_code("join-a", &device.public).await.unwrap();
    assert_eq!(shown.len(), 4);
    assert!(shown.bytes().all(|b| b.is_ascii_digit()));
    assert_eq!(
        comparison_code("join-a", &device.public.clone())
            .await
            .unwrap(),
        shown
    );

    assert!(bad_key(comparison_code("join-a", &public[..64]).await));
}

// The reference bytes above, made with Python 3 and `cryptography`:
//
// import hmac, hashlib
// from cryptography.hazmat.primitives.asymmetric import ec
// from cryptography.hazmat.primitives.kdf.hkdf import HKDF
// from cryptography.hazmat.primitives import hashes, serialization
// from cryptography.hazmat.primitives.ciphers.aead import AESGCM
// print(hmac.new(bytes(range(32)), b"profiles/p-laia", hashlib.sha256).hexdigest())
// pub = bytes([4]) + bytes(range(1, 65))
// d = hashlib.sha256(b"pictokit-team/1/join\njoin-a\n" + pub).digest()
// print("%04d" % (int.from_bytes(d[:4], "big") % 10000))
// priv = ec.derive_private_key(0x1234567890abcdef * 4 …, ec.SECP256R1())  # the hex above
// eph = ec.derive_private_key(0xfedcba0987654321 * 4 …, ec.SECP256R1())
// ephpub = eph.public_key().public_bytes(serialization.Encoding.X962,
//                                        serialization.PublicFormat.UncompressedPoint)
// k = HKDF(hashes.SHA256(), 32, ephpub, b"pictokit-team/1/team-key") \
//     .derive(eph.exchange(ec.ECDH(), priv.public_key()))
// nonce = bytes(range(100, 112))
// wrapped = ephpub + nonce + AESGCM(k).encrypt(nonce, bytes(range(200, 232)), None)
// doc, kid = "r-" + "ab" * 32, "0123456789abcdef"
// aad = f"pictokit-team/1\n{len(doc)}:{doc}\n{len(kid)}:{kid}".encode()
// AESGCM(bytes(range(32, 64))).encrypt(bytes(range(12)), b"hello, team", aad)
