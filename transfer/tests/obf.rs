//! Open Board Format boards (`e2e/fixtures/obf/`): boards in the style of other AAC apps
//! are read with what Pictokit needs, written back with everything else, and hostile
//! files (`e2e/fixtures/obf/hostile/`, listed in `index.json` with the message each gets)
//! are refused or read with their problems counted, never a panic.
//!
//! Every fixture is made here, from invented data (the pictures are 2×2 PNGs and the
//! sound a few samples of WAV, encoded below). `PICTOKIT_WRITE_CORPUS=1 cargo test -p
//! pictokit-transfer --test obf` writes them again after a change; without it, the test
//! fails when a committed file differs from what this code makes.
#![allow(clippy::unwrap_used)]

mod common;

use common::zip_of;
use pictokit_transfer::obf::{
    self, from_pictures, read, read_obf, read_obz, write_obf, write_obz, Colour, ObfError, Report,
    MAX_BOARD_BYTES, MAX_BUTTONS,
};
use serde_json::{json, Value};
use std::io::Write;
use std::path::PathBuf;

// ---------------------------------------------------------------------------------------
// Pictures and sounds, encoded here.

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A valid PNG of `size`×`size` pixels of one colour.
fn png(size: u32, rgb: [u8; 3]) -> Vec<u8> {
    fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        out.extend_from_slice(&body);
        out.extend_from_slice(&crc32(&body).to_be_bytes());
    }
    // Each row: no filter, then its pixels.
    let row: Vec<u8> = std::iter::once(0)
        .chain(rgb.iter().copied().cycle().take(3 * size as usize))
        .collect();
    let pixels = row.repeat(size as usize);
    let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    zlib.write_all(&pixels).unwrap();
    let mut header = size.to_be_bytes().to_vec();
    header.extend_from_slice(&size.to_be_bytes());
    header.extend_from_slice(&[8, 2, 0, 0, 0]); // 8 bits, RGB
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    chunk(&mut out, b"IHDR", &header);
    chunk(&mut out, b"IDAT", &zlib.finish().unwrap());
    chunk(&mut out, b"IEND", &[]);
    out
}

/// A valid WAV: eight samples, 8 kHz, 8 bits, mono.
fn wav() -> Vec<u8> {
    let samples = [128u8, 160, 190, 160, 128, 96, 66, 96];
    let mut out = b"RIFF".to_vec();
    out.extend_from_slice(&(36 + samples.len() as u32).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes()); // PCM
    out.extend_from_slice(&1u16.to_le_bytes()); // mono
    out.extend_from_slice(&8000u32.to_le_bytes());
    out.extend_from_slice(&8000u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes());
    out.extend_from_slice(&8u16.to_le_bytes());
    out.extend_from_slice(b"data");
    out.extend_from_slice(&(samples.len() as u32).to_le_bytes());
    out.extend_from_slice(&samples);
    out
}

fn data_url(media_type: &str, bytes: &[u8]) -> String {
    pictokit_transfer::sniff::data_url(media_type, bytes)
}

fn yellow() -> Vec<u8> {
    png(2, [255, 220, 0])
}
fn blue() -> Vec<u8> {
    png(2, [30, 90, 200])
}
fn green() -> Vec<u8> {
    png(2, [40, 160, 60])
}

fn pretty(value: &Value) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(value).unwrap();
    bytes.push(b'\n');
    bytes
}

// ---------------------------------------------------------------------------------------
// Boards in the style of other apps (invented content).

/// Like Cboard: ids as text, pictures inline as `data:` URLs, colours as `rgb()`.
fn cboard() -> Value {
    json!({
        "format": "open-board-0.1",
        "id": "root-ca",
        "locale": "ca-ES",
        "name": "Inici",
        "description_html": "<p>Tauler d'inici per a proves</p>",
        "license": {"type": "CC BY-SA", "author_name": "Pictokit tests"},
        "ext_cboard_hidden": false,
        "ext_cboard_caption": "Inici",
        "buttons": [
            {"id": "b-menjar", "label": "menjar", "vocalization": "Vull menjar",
             "image_id": "img-menjar", "background_color": "rgb(255, 241, 118)",
             "border_color": "rgb(0, 0, 0)", "ext_cboard_type": "button"},
            {"id": "b-beure", "label": "beure", "vocalization": "Vull beure",
             "image_id": "img-beure", "background_color": "rgb(129,199,132)"},
            {"id": "b-mes", "label": "més", "load_board":
                {"id": "more-ca", "name": "Més", "path": "boards/more-ca.obf"},
             "ext_cboard_type": "folder", "background_color": "rgb(187, 222, 251)"},
            {"id": "b-si", "label": "sí", "background_color": "rgba(76, 175, 80, 0.5)"},
            {"id": "b-no", "label": "no", "background_color": "rgb(244, 67, 54)"},
            {"id": "b-prou", "label": "prou", "image_id": "img-prou",
             "action": ":clear"}
        ],
        "grid": {"rows": 2, "columns": 3, "order": [
            ["b-menjar", "b-beure", "b-mes"],
            ["b-si", "b-no", "b-prou"]
        ]},
        "images": [
            {"id": "img-menjar", "data": data_url("image/png", &yellow()),
             "content_type": "image/png", "width": 2, "height": 2,
             "ext_cboard_keyword": "menjar"},
            {"id": "img-beure", "data": data_url("image/png", &blue()),
             "content_type": "image/png", "width": 2, "height": 2},
            {"id": "img-prou", "data": data_url("image/png", &green()),
             "content_type": "image/png", "width": 2, "height": 2,
             "license": {"type": "CC0", "author_name": "Pictokit tests"}}
        ],
        "sounds": []
    })
}

/// Like CoughDrop: ids as numbers, hidden buttons, `ext_coughdrop_…` fields, pictures
/// and sounds by web address only, a grid padded with an empty row and column and naming
/// a button that is not there.
fn coughdrop() -> Value {
    json!({
        "format": "open-board-0.1",
        "id": 4417,
        "locale": "en",
        "name": "Quick chat",
        "url": "https://boards.example.org/example/quick-chat",
        "data_url": "https://boards.example.org/api/v1/boards/example/quick-chat",
        "default_layout": "landscape",
        "license": {"type": "CC By", "copyright_notice_url": "https://creativecommons.org/licenses/by/4.0/"},
        "ext_coughdrop_settings": {"private": false, "key": "example/quick-chat", "word_suggestions": true},
        "buttons": [
            {"id": 1, "label": "hello", "image_id": 11, "background_color": "rgb(255, 255, 255)",
             "border_color": "rgb(150, 150, 150)", "ext_coughdrop_part_of_speech": "interjection"},
            {"id": 2, "label": "goodbye", "image_id": 12, "sound_id": 21,
             "background_color": "rgb(255, 255, 255)"},
            {"id": 3, "label": "more", "hidden": true, "ext_coughdrop_part_of_speech": "adverb"},
            {"id": 4, "label": "feelings", "load_board": {"id": "4418", "key": "example/feelings",
             "url": "https://boards.example.org/example/feelings"},
             "background_color": "rgb(204, 204, 255)"},
            {"id": 5, "label": "yes", "vocalization": "yes please", "image_id": 13,
             "background_color": "rgb(204, 255, 204)", "border_color": "rgb(0, 160, 0)"},
            {"id": 6, "label": "stop", "hidden": false}
        ],
        "grid": {"rows": 2, "columns": 3, "order": [
            [1, 2, 3, null],
            [4, 99, 5, null],
            [null, null, null, null]
        ]},
        "images": [
            {"id": 11, "url": "https://symbols.example.org/hello.png", "content_type": "image/png",
             "width": 300, "height": 300,
             "license": {"type": "CC By-SA", "author_name": "Symbol maker"},
             "ext_coughdrop_image_source": "symbols"},
            {"id": 12, "url": "https://symbols.example.org/goodbye.png", "content_type": "image/png",
             "width": 300, "height": 300},
            {"id": 13, "url": "https://symbols.example.org/yes.svg", "content_type": "image/svg+xml",
             "symbol": {"set": "example", "filename": "yes.svg"}}
        ],
        "sounds": [
            {"id": 21, "url": "https://sounds.example.org/goodbye.mp3", "content_type": "audio/mpeg",
             "duration": 1, "ext_coughdrop_transcription": "goodbye"}
        ]
    })
}

/// A label longer than Pictokit keeps.
fn long_label() -> String {
    "molt ".repeat(50).trim_end().to_owned()
}

/// Like AsTeRICS Grid: no grid (buttons laid out in order), colours as hex.
fn asterics() -> Value {
    json!({
        "format": "open-board-0.1",
        "id": "grid-7f3a",
        "locale": "de",
        "name": "Essen",
        "ext_asterics_grid_id": "grid-7f3a",
        "ext_asterics_metadata": {"version": 3, "color_scheme": "CS_MODERN"},
        "buttons": [
            {"id": "e1", "label": "Apfel", "image_id": "p1", "background_color": "#FFF"},
            {"id": "e2", "label": "Brot", "image_id": "p2", "background_color": "#a1c4e5"},
            {"id": "e3", "label": "Wasser", "background_color": "#00000080"},
            {"id": "e4", "label": "Milch", "background_color": "sky blue"},
            {"id": "e5", "label": long_label()},
            {"id": "e6", "label": "Käse", "border_color": "#0a0"},
            {"id": "e7", "label": "fertig", "ext_asterics_actions": [{"modelName": "GridActionSpeak"}]}
        ],
        "images": [
            {"id": "p1", "data": data_url("image/png", &green()), "content_type": "image/png"},
            {"id": "p2", "data": data_url("image/png", &yellow())}
        ]
    })
}

fn obz_home() -> Value {
    json!({
        "format": "open-board-0.1",
        "id": "home",
        "name": "Home",
        "locale": "es",
        "ext_pictokit_test": "home board",
        "buttons": [
            {"id": "h1", "label": "hola", "image_id": "i-hola", "sound_id": "s-hola"},
            {"id": "h2", "label": "comida", "image_id": "i-comida",
             "load_board": {"id": "food", "name": "Comida", "path": "boards/food.obf"}},
            {"id": "h3", "label": "adiós", "background_color": "rgb(255, 204, 204)"}
        ],
        "grid": {"rows": 1, "columns": 3, "order": [["h1", "h2", "h3"]]},
        "images": [
            {"id": "i-hola", "path": "images/hola.png", "content_type": "image/png", "width": 2, "height": 2},
            {"id": "i-comida", "path": "./images/comida.png", "content_type": "image/png"}
        ],
        "sounds": [
            {"id": "s-hola", "path": "sounds/hola.wav", "content_type": "audio/wav"}
        ]
    })
}

fn obz_food() -> Value {
    json!({
        "format": "open-board-0.1",
        "id": "food",
        "name": "Comida",
        "locale": "es",
        "buttons": [
            {"id": "f1", "label": "pan", "image_id": "i-pan"},
            {"id": "f2", "label": "agua", "image_id": "i-comida", "ext_pictokit_note": "shared picture"},
            {"id": "f3", "label": "volver", "load_board": {"id": "home", "path": "boards/home.obf"}}
        ],
        "grid": {"rows": 2, "columns": 2, "order": [["f1", "f2"], ["f3", null]]},
        "images": [
            {"id": "i-pan", "content_type": "image/png"},
            {"id": "i-comida", "path": "images/comida.png", "content_type": "image/png"}
        ],
        "sounds": []
    })
}

fn manifest() -> Value {
    json!({
        "format": "open-board-0.1",
        "root": "boards/home.obf",
        "paths": {
            "boards": {"home": "boards/home.obf", "food": "boards/food.obf"},
            "images": {"i-hola": "images/hola.png", "i-comida": "images/comida.png",
                       "i-pan": "images/pan.png"},
            "sounds": {"s-hola": "sounds/hola.wav"}
        }
    })
}

/// A board in English with what some of its words are in Spanish and Catalan (its
/// `strings`), pictures with their licence and author, and a sound with its own.
fn english() -> Value {
    json!({
        "format": "open-board-0.1",
        "id": "en-basics",
        "locale": "en-US",
        "name": "Basics",
        "strings": {
            "es": {"eat": "comer", "I want to eat": "Quiero comer", "drink": "beber"},
            "ca-ES": {"eat": "menjar"}
        },
        "buttons": [
            {"id": "1", "label": "eat", "vocalization": "I want to eat",
             "image_id": "img-eat", "sound_id": "snd-eat"},
            {"id": "2", "label": "drink", "image_id": "img-drink"},
            {"id": "3", "label": "more", "background_color": "rgb(187, 222, 251)"}
        ],
        "grid": {"rows": 1, "columns": 3, "order": [["1", "2", "3"]]},
        "images": [
            {"id": "img-eat", "data": data_url("image/png", &yellow()),
             "content_type": "image/png",
             "license": {"type": "CC BY-SA",
                         "copyright_notice_url": "https://creativecommons.org/licenses/by-sa/4.0/",
                         "source_url": "https://pictures.example.org/eat",
                         "author_name": "Anna Puig",
                         "author_url": "https://pictures.example.org/anna"}},
            {"id": "img-drink", "data": data_url("image/png", &blue()),
             "content_type": "image/png",
             "license": {"type": "CC0", "author_name": "Pictokit tests"}}
        ],
        "sounds": [
            {"id": "snd-eat", "data": data_url("audio/wav", &wav()), "content_type": "audio/wav",
             "license": {"type": "CC BY", "author_name": "Joan Vila"}}
        ]
    })
}

/// Two boards and their pictures and sound as files, named by `path` (one only through
/// the manifest).
fn two_boards() -> Vec<u8> {
    obz_with(|_| {})
}

/// [`two_boards`] with its entries changed.
fn obz_with(change: impl Fn(&mut Vec<(String, Vec<u8>)>)) -> Vec<u8> {
    let mut entries = vec![
        ("manifest.json".to_owned(), pretty(&manifest())),
        ("boards/home.obf".to_owned(), pretty(&obz_home())),
        ("boards/food.obf".to_owned(), pretty(&obz_food())),
        ("images/hola.png".to_owned(), yellow()),
        ("images/comida.png".to_owned(), blue()),
        ("images/pan.png".to_owned(), green()),
        ("sounds/hola.wav".to_owned(), wav()),
    ];
    change(&mut entries);
    let refs: Vec<(&str, Vec<u8>)> = entries
        .iter()
        .map(|(name, bytes)| (name.as_str(), bytes.clone()))
        .collect();
    zip_of(&refs)
}

fn replace(entries: &mut [(String, Vec<u8>)], name: &str, bytes: Vec<u8>) {
    for entry in entries.iter_mut() {
        if entry.0 == name {
            entry.1 = bytes.clone();
        }
    }
}

/// The good fixtures: (file name, bytes).
fn good() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("cboard-style.obf", pretty(&cboard())),
        ("coughdrop-style.obf", pretty(&coughdrop())),
        ("asterics-style.obf", pretty(&asterics())),
        ("two-boards.obz", two_boards()),
        ("english-with-sounds.obf", pretty(&english())),
    ]
}

// ---------------------------------------------------------------------------------------
// Hostile files.

/// What reading a hostile file must give.
enum Expect {
    Error(&'static str),
    /// Read, with this many things counted in the report.
    Ok(usize),
}

fn with(change: impl Fn(&mut Value)) -> Vec<u8> {
    let mut board = cboard();
    change(&mut board);
    pretty(&board)
}

fn hostile() -> Vec<(&'static str, Vec<u8>, Expect)> {
    use Expect::{Error, Ok};
    let svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
    let html = b"<html><body><script>alert(1)</script></body></html>";
    let good_obz = two_boards();
    let mut deep = String::new();
    for _ in 0..5000 {
        deep.push_str("{\"a\":");
    }
    deep.push('1');
    for _ in 0..5000 {
        deep.push('}');
    }
    let deep = format!(
        "{{\"format\": \"open-board-0.1\", \"id\": \"deep\", \"buttons\": [], \"ext_deep\": {deep}}}"
    );
    let mut huge_picture = blue();
    huge_picture.resize(3 * 1024 * 1024, 0);
    vec![
        ("empty.obf", vec![], Error("obf-error-not-board")),
        (
            "not-json.obf",
            b"This is a list of words, not a board.\n".to_vec(),
            Error("obf-error-not-board"),
        ),
        (
            "json-list.obf",
            pretty(&json!([cboard()])),
            Error("obf-error-not-board"),
        ),
        (
            "wrong-format.obf",
            with(|b| b["format"] = json!("pictokit-profile")),
            Error("obf-error-not-board"),
        ),
        // A real tool's board without "format" but with worded buttons is read, with a
        // note (issue #26); without any word it is not a board.
        (
            "no-format.obf",
            with(|b| {
                b.as_object_mut().unwrap().remove("format");
            }),
            Ok(1),
        ),
        (
            "no-format-no-words.obf",
            with(|b| {
                b.as_object_mut().unwrap().remove("format");
                for button in b["buttons"].as_array_mut().unwrap() {
                    button["label"] = json!(" ");
                }
            }),
            Error("obf-error-not-board"),
        ),
        (
            "json-with-other-words.obf",
            pretty(&json!({"id": "x", "words": ["menjar"], "buttons": "menjar"})),
            Error("obf-error-not-board"),
        ),
        (
            "newer-format.obf",
            with(|b| b["format"] = json!("open-board-1.0")),
            Error("obf-error-newer"),
        ),
        (
            "buttons-not-array.obf",
            with(|b| b["buttons"] = json!({"b-menjar": {"label": "menjar"}})),
            Error("obf-error-damaged"),
        ),
        (
            "board-without-id.obf",
            with(|b| b["id"] = json!("  ")),
            Error("obf-error-damaged"),
        ),
        (
            "ten-thousand-buttons.obf",
            with(|b| {
                b["buttons"] = Value::Array(
                    (0..10_000)
                        .map(|i| json!({"id": i, "label": "x"}))
                        .collect(),
                )
            }),
            Error("obf-error-too-many"),
        ),
        (
            "grid-too-large.obf",
            with(|b| {
                let mut order = vec![vec![Value::Null; 40]; 40];
                order[30][30] = json!("b-si");
                b["grid"] = json!({"rows": 40, "columns": 40, "order": order});
            }),
            Error("obf-error-too-many"),
        ),
        (
            "padded-grid.obf",
            with(|b| {
                let mut order = vec![vec![Value::Null; 30]; 30];
                order[0][0] = json!("b-si");
                order[1][1] = json!("b-no");
                b["grid"] = json!({"rows": 30, "columns": 30, "order": order});
            }),
            Ok(0),
        ),
        (
            "deep-nesting.obf",
            deep.into_bytes(),
            Error("obf-error-not-board"),
        ),
        (
            "svg-script-image.obf",
            with(|b| b["images"][0]["data"] = json!(data_url("image/svg+xml", svg))),
            Ok(1),
        ),
        (
            "svg-as-text-image.obf",
            with(|b| {
                b["images"][0]["data"] = json!(format!(
                    "data:image/svg+xml;utf8,{}",
                    String::from_utf8_lossy(svg)
                ))
            }),
            Ok(1),
        ),
        (
            "html-as-png.obf",
            with(|b| b["images"][1]["data"] = json!(data_url("image/png", html))),
            Ok(1),
        ),
        (
            "bad-ids-and-types.obf",
            with(|b| {
                let buttons = b["buttons"].as_array_mut().unwrap();
                buttons.push(json!({"label": "no id"}));
                buttons.push(json!({"id": "b-si", "label": "same id again"}));
                buttons.push(json!("not a button"));
                buttons[0]["label"] = json!(["a", "list"]);
                buttons[1]["hidden"] = json!("yes");
                b["images"][2]["id"] = json!(null);
                b["grid"]["order"][0][0] = json!({"id": "b-menjar"});
            }),
            // 3 buttons and 1 picture without a usable id, 2 fields of the wrong type,
            // 1 grid cell naming nothing.
            Ok(7),
        ),
        (
            "path-traversal.obz",
            obz_with(|entries| {
                let mut manifest = manifest();
                manifest["root"] = json!("../boards/home.obf");
                replace(entries, "manifest.json", pretty(&manifest));
            }),
            Error("obf-error-unsafe-path"),
        ),
        (
            "manifest-path-traversal.obz",
            obz_with(|entries| {
                let mut manifest = manifest();
                manifest["paths"]["images"]["i-pan"] = json!("images/../../../etc/passwd");
                replace(entries, "manifest.json", pretty(&manifest));
            }),
            Error("obf-error-unsafe-path"),
        ),
        (
            "image-path-traversal.obz",
            obz_with(|entries| {
                let mut home = obz_home();
                home["images"][0]["path"] = json!("/etc/passwd");
                replace(entries, "boards/home.obf", pretty(&home));
            }),
            Error("obf-error-unsafe-path"),
        ),
        (
            "entry-traversal.obz",
            obz_with(|entries| entries.push(("../../evil.obf".to_owned(), pretty(&cboard())))),
            Error("obf-error-unsafe-path"),
        ),
        (
            "no-manifest.obz",
            obz_with(|entries| entries.retain(|(name, _)| name != "manifest.json")),
            Error("obf-error-not-board"),
        ),
        (
            "another-format.obz",
            obz_with(|entries| {
                let mut manifest = manifest();
                manifest["format"] = json!("pictokit-profile");
                replace(entries, "manifest.json", pretty(&manifest));
            }),
            Error("obf-error-not-board"),
        ),
        (
            "newer-manifest.obz",
            obz_with(|entries| {
                let mut manifest = manifest();
                manifest["format"] = json!("open-board-2.0");
                replace(entries, "manifest.json", pretty(&manifest));
            }),
            Error("obf-error-newer"),
        ),
        (
            "root-missing.obz",
            obz_with(|entries| {
                let mut manifest = manifest();
                manifest.as_object_mut().unwrap().remove("root");
                replace(entries, "manifest.json", pretty(&manifest));
            }),
            Error("obf-error-no-root"),
        ),
        (
            "root-not-there.obz",
            obz_with(|entries| entries.retain(|(name, _)| name != "boards/home.obf")),
            Error("obf-error-no-root"),
        ),
        (
            "truncated.obz",
            good_obz[..good_obz.len() / 2].to_vec(),
            Error("obf-error-damaged"),
        ),
        (
            "cut-at-the-end.obz",
            good_obz[..good_obz.len() - 10].to_vec(),
            Error("obf-error-damaged"),
        ),
        (
            "board-not-json.obz",
            obz_with(|entries| {
                replace(
                    entries,
                    "boards/food.obf",
                    b"{\"format\": \"open-board-0.1\",".to_vec(),
                )
            }),
            Error("obf-error-damaged"),
        ),
        (
            "zip-bomb.obz",
            obz_with(|entries| replace(entries, "boards/food.obf", vec![b' '; 40 * 1024 * 1024])),
            Error("obf-error-too-big"),
        ),
        (
            "huge-picture.obz",
            obz_with(|entries| replace(entries, "images/hola.png", huge_picture.clone())),
            Ok(1),
        ),
        (
            "html-as-picture.obz",
            obz_with(|entries| replace(entries, "images/pan.png", html.to_vec())),
            Ok(1),
        ),
    ]
}

fn folder() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../e2e/fixtures/obf")
}

fn outcome(bytes: &[u8]) -> Result<Report, ObfError> {
    read(bytes).map(|(_, _, report)| report)
}

// ---------------------------------------------------------------------------------------
// Checks.

/// Every field that `open-board-0.1` requires, with its type.
fn assert_spec_fields(board: &Value) {
    assert_eq!(board["format"], "open-board-0.1");
    assert!(board["id"].as_str().is_some_and(|id| !id.is_empty()), "id");
    let buttons = board["buttons"].as_array().expect("buttons");
    let mut ids = std::collections::HashSet::new();
    for button in buttons {
        let id = button["id"].as_str().expect("each button has a text id");
        assert!(ids.insert(id), "button ids are unique");
        for colour in ["background_color", "border_color"] {
            if let Some(colour) = button.get(colour) {
                let css = colour.as_str().unwrap();
                assert!(css.starts_with("rgb(") || css.starts_with("rgba("), "{css}");
            }
        }
        for reference in ["image_id", "sound_id"] {
            if let Some(id) = button.get(reference) {
                assert!(id.is_string(), "{reference} is text");
            }
        }
    }
    let grid = board["grid"].as_object().expect("grid");
    let rows = grid["rows"].as_u64().expect("rows");
    let columns = grid["columns"].as_u64().expect("columns");
    let order = grid["order"].as_array().expect("order");
    assert_eq!(order.len() as u64, rows);
    for row in order {
        let row = row.as_array().expect("a row is a list");
        assert_eq!(row.len() as u64, columns);
        for cell in row {
            match cell {
                Value::Null => {}
                Value::String(id) => assert!(ids.contains(id.as_str()), "{id} is a button"),
                other => panic!("cell {other}"),
            }
        }
    }
    for (list, with_size) in [("images", true), ("sounds", false)] {
        for item in board[list].as_array().expect(list) {
            assert!(item["id"].is_string(), "{list}: id");
            assert!(
                ["data", "url", "path", "symbol"]
                    .iter()
                    .any(|key| item.get(*key).is_some()),
                "{list}: one of data, url, path"
            );
            if let Some(data) = item.get("data") {
                assert!(data.as_str().unwrap().starts_with("data:"));
            }
            if with_size {
                for size in ["width", "height"] {
                    if let Some(size) = item.get(size) {
                        assert!(size.is_u64());
                    }
                }
            }
        }
    }
}

/// The fields of `item` that Pictokit does not model (every one but these).
fn unmodelled(item: &Value, modelled: &[&str]) -> serde_json::Map<String, Value> {
    item.as_object()
        .unwrap()
        .iter()
        .filter(|(key, _)| !modelled.contains(&key.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

const BOARD_FIELDS: &[&str] = &[
    "format", "id", "name", "locale", "buttons", "grid", "images", "sounds",
];
const BUTTON_FIELDS: &[&str] = &[
    "id",
    "label",
    "vocalization",
    "image_id",
    "sound_id",
    "background_color",
    "border_color",
    "hidden",
];
const MEDIA_FIELDS: &[&str] = &[
    "id",
    "data",
    "path",
    "url",
    "content_type",
    "width",
    "height",
];

fn id_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// Every field that `before` had and Pictokit does not model is in `after`, the same,
/// at the top, on each button and on each picture and sound.
fn assert_unmodelled_kept(before: &Value, after: &Value) {
    assert_eq!(
        unmodelled(before, BOARD_FIELDS),
        unmodelled(after, BOARD_FIELDS)
    );
    for (list, fields) in [
        ("buttons", BUTTON_FIELDS),
        ("images", MEDIA_FIELDS),
        ("sounds", MEDIA_FIELDS),
    ] {
        for item in before[list].as_array().into_iter().flatten() {
            let id = id_text(&item["id"]);
            let written = after[list]
                .as_array()
                .unwrap()
                .iter()
                .find(|other| other["id"] == id.as_str())
                .unwrap_or_else(|| panic!("{list} {id} is written"));
            assert_eq!(
                unmodelled(item, fields),
                unmodelled(written, fields),
                "{id}"
            );
        }
    }
}

#[test]
fn a_cboard_board_keeps_its_grid_labels_colours_and_pictures() {
    let (board, report) = read_obf(&pretty(&cboard())).unwrap();
    assert_eq!(report, Report::default());
    assert_eq!(board.id, "root-ca");
    assert_eq!(board.name, "Inici");
    assert_eq!(board.locale.as_deref(), Some("ca-ES"));
    assert_eq!((board.rows, board.columns), (2, 3));
    let order: Vec<Vec<Option<&str>>> = board
        .order
        .iter()
        .map(|row| row.iter().map(Option::as_deref).collect())
        .collect();
    assert_eq!(
        order,
        [
            [Some("b-menjar"), Some("b-beure"), Some("b-mes")],
            [Some("b-si"), Some("b-no"), Some("b-prou")]
        ]
    );
    let eat = &board.buttons[0];
    assert_eq!(eat.label, "menjar");
    assert_eq!(eat.vocalization.as_deref(), Some("Vull menjar"));
    assert_eq!(eat.image_id.as_deref(), Some("img-menjar"));
    assert_eq!(eat.background_color, Some(Colour::rgb(255, 241, 118)));
    assert_eq!(eat.border_color, Some(Colour::rgb(0, 0, 0)));
    assert_eq!(eat.ext["ext_cboard_type"], "button");
    assert_eq!(
        board.buttons[1].background_color,
        Some(Colour::rgb(129, 199, 132))
    );
    assert_eq!(
        board.buttons[3].background_color,
        Some(Colour {
            r: 76,
            g: 175,
            b: 80,
            a: 128
        })
    );
    assert_eq!(board.buttons[2].ext["load_board"]["id"], "more-ca");
    assert_eq!(board.buttons[5].ext["action"], ":clear");
    assert_eq!(board.images.len(), 3);
    assert_eq!(board.images[0].bytes.as_deref(), Some(&yellow()[..]));
    assert_eq!(board.images[0].media_type.as_deref(), Some("image/png"));
    assert_eq!(
        (board.images[0].width, board.images[0].height),
        (Some(2), Some(2))
    );
    assert_eq!(board.images[0].ext["ext_cboard_keyword"], "menjar");
    assert_eq!(board.images[2].bytes.as_deref(), Some(&green()[..]));
    assert_eq!(board.images[2].ext["license"]["type"], "CC0");
    assert_eq!(board.ext["ext_cboard_caption"], "Inici");
    assert_eq!(board.ext["license"]["author_name"], "Pictokit tests");
    assert!(board.ext.contains_key("description_html"));
}

#[test]
fn a_coughdrop_board_has_its_ids_as_text_and_its_hidden_buttons() {
    let (board, report) = read_obf(&pretty(&coughdrop())).unwrap();
    assert_eq!(
        report,
        Report {
            hidden_buttons: 1,
            unknown_grid_ids: 1,
            images: obf::MediaCounts {
                by_url: 3,
                ..Default::default()
            },
            sounds: obf::MediaCounts {
                by_url: 1,
                ..Default::default()
            },
            ..Default::default()
        }
    );
    assert_eq!(report.total(), 6);
    assert_eq!(board.id, "4417");
    let ids: Vec<&str> = board.buttons.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(ids, ["1", "2", "3", "4", "5", "6"]);
    assert_eq!(board.buttons[0].image_id.as_deref(), Some("11"));
    assert_eq!(board.buttons[1].sound_id.as_deref(), Some("21"));
    assert!(board.buttons[2].hidden);
    assert!(!board.buttons[5].hidden);
    assert_eq!(board.buttons[4].vocalization.as_deref(), Some("yes please"));
    assert_eq!(board.buttons[4].border_color, Some(Colour::rgb(0, 160, 0)));
    // The padding row and column are gone; the button that is not there is an empty cell.
    assert_eq!((board.rows, board.columns), (2, 3));
    assert_eq!(
        board.order,
        [
            vec![
                Some("1".to_owned()),
                Some("2".to_owned()),
                Some("3".to_owned())
            ],
            vec![Some("4".to_owned()), None, Some("5".to_owned())]
        ]
    );
    // Pictures by web address only: kept, without bytes, not fetched.
    assert!(board.images.iter().all(|image| image.bytes.is_none()));
    assert_eq!(
        board.images[0].url.as_deref(),
        Some("https://symbols.example.org/hello.png")
    );
    assert_eq!(board.images[0].width, Some(300));
    assert_eq!(board.images[0].ext["ext_coughdrop_image_source"], "symbols");
    assert_eq!(board.images[2].media_type.as_deref(), Some("image/svg+xml"));
    assert_eq!(
        board.sounds[0].ext["ext_coughdrop_transcription"],
        "goodbye"
    );
    assert_eq!(board.sounds[0].ext["duration"], 1);
    assert_eq!(
        board.ext["ext_coughdrop_settings"]["key"],
        "example/quick-chat"
    );
    assert_eq!(board.ext["default_layout"], "landscape");
    assert_eq!(
        board.buttons[3].ext["load_board"]["key"],
        "example/feelings"
    );
}

#[test]
fn an_asterics_board_without_a_grid_is_laid_out_in_order() {
    let (board, report) = read_obf(&pretty(&asterics())).unwrap();
    assert_eq!(
        report,
        Report {
            bad_colours: 1,
            labels_cut: 1,
            ..Default::default()
        }
    );
    assert_eq!((board.rows, board.columns), (3, 3));
    let placed: Vec<&str> = board
        .order
        .iter()
        .flatten()
        .flatten()
        .map(String::as_str)
        .collect();
    assert_eq!(placed, ["e1", "e2", "e3", "e4", "e5", "e6", "e7"]);
    assert_eq!(board.order[2], [Some("e7".to_owned()), None, None]);
    let colours: Vec<Option<Colour>> = board.buttons.iter().map(|b| b.background_color).collect();
    assert_eq!(
        colours[..4],
        [
            Some(Colour::rgb(255, 255, 255)),
            Some(Colour::rgb(0xa1, 0xc4, 0xe5)),
            Some(Colour {
                r: 0,
                g: 0,
                b: 0,
                a: 0x80
            }),
            None
        ]
    );
    assert_eq!(board.buttons[5].border_color, Some(Colour::rgb(0, 0xaa, 0)));
    assert_eq!(board.buttons[4].label.chars().count(), obf::MAX_LABEL_CHARS);
    assert!(long_label().starts_with(&board.buttons[4].label));
    assert_eq!(board.images[1].bytes.as_deref(), Some(&yellow()[..]));
    assert_eq!(board.images[1].media_type.as_deref(), Some("image/png"));
    assert_eq!(board.ext["ext_asterics_metadata"]["version"], 3);
}

#[test]
fn an_obz_gives_its_boards_root_first_with_their_files() {
    let (boards, root, report) = read_obz(&two_boards()).unwrap();
    assert_eq!(report, Report::default());
    assert_eq!(root, 0);
    let ids: Vec<&str> = boards.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(ids, ["home", "food"]);
    let home = &boards[0];
    assert_eq!(home.images[0].bytes.as_deref(), Some(&yellow()[..]));
    assert_eq!(home.images[1].bytes.as_deref(), Some(&blue()[..]));
    assert_eq!(home.sounds[0].bytes.as_deref(), Some(&wav()[..]));
    assert_eq!(home.sounds[0].media_type.as_deref(), Some("audio/wav"));
    assert_eq!(home.buttons[1].ext["load_board"]["id"], "food");
    assert_eq!(home.ext["ext_pictokit_test"], "home board");
    let food = &boards[1];
    // Its picture named only in the manifest, and the picture both boards share.
    assert_eq!(food.images[0].bytes.as_deref(), Some(&green()[..]));
    assert_eq!(food.images[1].bytes.as_deref(), Some(&blue()[..]));
    assert_eq!(food.order[1], [Some("f3".to_owned()), None]);
    // The same, through `read`.
    assert_eq!(read(&two_boards()).unwrap().0, boards);
}

#[test]
fn read_write_read_loses_nothing() {
    for (name, bytes) in good() {
        let (boards, root, _) = read(&bytes).unwrap();
        for board in &boards {
            let written = write_obf(board);
            let value: Value = serde_json::from_slice(&written).unwrap();
            assert_spec_fields(&value);
            let (again, report) = read_obf(&written).unwrap();
            assert_eq!(&again, board, "{name}");
            assert_eq!(report.buttons_dropped + report.bad_ids, 0);
            // Written again, byte for byte the same file.
            assert_eq!(write_obf(&again), written, "{name}");
        }
        if name.ends_with(".obf") {
            let before: Value = serde_json::from_slice(&bytes).unwrap();
            let after: Value = serde_json::from_slice(&write_obf(&boards[0])).unwrap();
            assert_unmodelled_kept(&before, &after);
        }
        let packed = write_obz(&boards, root);
        let (again, again_root, report) = read_obz(&packed).unwrap();
        assert_eq!(again, linked_in_zip(&boards), "{name}");
        assert_eq!(again_root, root);
        assert_eq!(report.images.refused + report.images.missing, 0);
    }
}

/// `boards` as an `.obz` of them gives them back: a link to a board not among them, with
/// no web address, is dropped; a link to one of them points at its file.
fn linked_in_zip(boards: &[obf::Board]) -> Vec<obf::Board> {
    let ids: Vec<&str> = boards.iter().map(|board| board.id.as_str()).collect();
    let mut boards = boards.to_vec();
    for button in boards.iter_mut().flat_map(|board| board.buttons.iter_mut()) {
        let Some(Value::Object(link)) = button.ext.get_mut("load_board") else {
            continue;
        };
        match link.get("id").and_then(Value::as_str) {
            Some(id) if ids.contains(&id) => {
                link.insert("path".into(), format!("boards/{id}.obf").into());
            }
            _ => {
                link.remove("path");
                if !link.contains_key("url") && !link.contains_key("data_url") {
                    button.ext.remove("load_board");
                }
            }
        }
    }
    boards
}

// Issue #22: an exported .obz kept `load_board.path` links to boards it did not contain.
#[test]
fn an_obz_holds_every_board_its_buttons_link_to_or_drops_the_link() {
    let linking = |link: Value| {
        let mut board = read_obf(&pretty(&cboard())).unwrap().0;
        board.buttons[0].ext.insert("load_board".into(), link);
        board
    };
    let other = obf::Board {
        id: "more-ca".into(),
        name: "Més".into(),
        ..obf::Board::default()
    };
    let links_of = |packed: &[u8]| -> Vec<Value> {
        let (boards, _, _) = read_obz(packed).unwrap();
        boards
            .iter()
            .flat_map(|board| board.buttons.iter())
            .filter_map(|button| button.ext.get("load_board").cloned())
            .collect()
    };
    // Alone, its links to "more-ca" (by id and path, on two buttons) are dropped.
    let alone = write_obz(
        &[linking(
            json!({"id": "more-ca", "path": "boards/more-ca.obf"}),
        )],
        0,
    );
    assert_eq!(links_of(&alone), Vec::<Value>::new());
    // With that board, they point at its file, whatever path they said.
    let both = write_obz(
        &[
            linking(json!({"id": "more-ca", "path": "elsewhere/x.obf", "name": "Més"})),
            other.clone(),
        ],
        0,
    );
    assert_eq!(
        links_of(&both),
        [
            json!({"id": "more-ca", "path": "boards/more-ca.obf", "name": "Més"}),
            json!({"id": "more-ca", "path": "boards/more-ca.obf", "name": "Més"}),
        ]
    );
    // A link by path only finds its board by the path it will have.
    let by_path = write_obz(
        &[linking(json!({"path": "./boards/more-ca.obf"})), other],
        0,
    );
    assert_eq!(links_of(&by_path)[0], json!({"path": "boards/more-ca.obf"}));
    // A link to a board on the web keeps its address, without a path into the zip.
    let web = write_obz(
        &[linking(
            json!({"id": "far", "path": "boards/far.obf", "url": "https://example.org/far"}),
        )],
        0,
    );
    assert_eq!(
        links_of(&web)[0],
        json!({"id": "far", "url": "https://example.org/far"})
    );
    // Every path any board of a written .obz links to is in it.
    for packed in [
        &alone,
        &both,
        &by_path,
        &web,
        &write_obz(&read(&two_boards()).unwrap().0, 0),
    ] {
        let mut zip = pictokit_transfer::zipped::Zip::open(packed, obf::LIMITS).unwrap();
        for link in links_of(packed) {
            if let Some(path) = link.get("path").and_then(Value::as_str) {
                assert!(zip.has(path), "{path}");
                assert!(zip.read(path, 1 << 20).is_ok());
            }
        }
    }
}

fn counter() -> impl FnMut() -> String {
    let mut n = 0;
    move || {
        n += 1;
        format!("m-{n}")
    }
}

// Issue #26: a multilingual board whose labels are keys of its `strings` (":time") gave the
// key as the word, even in the board's own language.
#[test]
fn labels_that_are_keys_of_the_strings_become_words_in_every_language() {
    let board = json!({
        "format": "open-board-0.1",
        "id": "keys",
        "locale": "en",
        "name": "Keys",
        "strings": {
            "en": {":time": "time", ":time-say": "What time is it?"},
            "ca": {":time": "hora", ":time-say": "Quina hora és?"},
            "es": {":time": "hora"}
        },
        "buttons": [
            {"id": "1", "label": ":time", "vocalization": ":time-say"},
            {"id": "2", "label": "later"}
        ],
        "grid": {"rows": 1, "columns": 2, "order": [["1", "2"]]}
    });
    let (board, _) = read_obf(&pretty(&board)).unwrap();
    type Words = Vec<(String, String)>;
    let names = |lang: &str| -> Vec<(String, Words, Words)> {
        obf::import(&board, lang, false, &mut counter(), 7)
            .buttons
            .into_iter()
            .map(|b| {
                (
                    b.label,
                    b.names.into_iter().collect(),
                    b.spoken.into_iter().collect(),
                )
            })
            .collect()
    };
    let s = |a: &str, b: &str| (a.to_owned(), b.to_owned());
    // In the board's own language: its words, never the keys.
    assert_eq!(
        names("en"),
        [
            (
                "time".to_owned(),
                vec![s("en", "time")],
                vec![s("en", "What time is it?")]
            ),
            ("later".to_owned(), vec![s("en", "later")], vec![]),
        ]
    );
    // In a Catalan profile: the Catalan words first, the board's beside them.
    let catalan = names("ca");
    assert_eq!(catalan[0].0, "hora");
    assert_eq!(catalan[0].1, [s("ca", "hora"), s("en", "time")]);
    assert_eq!(
        catalan[0].2,
        [s("ca", "Quina hora és?"), s("en", "What time is it?")]
    );
    // A language the table has only in part: what it has, the board's words for the rest.
    let spanish = names("es");
    assert_eq!(spanish[0].0, "hora");
    assert_eq!(spanish[0].2, [s("en", "What time is it?")]);
    assert_eq!(spanish[1].0, "later");
}

// Issue #22: a board's `locale` was ignored: its English words were stored as a Spanish
// profile's words (and read out in Spanish).
#[test]
fn a_boards_words_stay_in_its_language_with_the_translations_it_has() {
    let (board, _) = read_obf(&pretty(&english())).unwrap();
    assert_eq!(obf::words_language(&board, "es"), "en");
    let spanish = obf::import(&board, "es", false, &mut counter(), 7);
    assert_eq!(spanish.language, "en");
    fn pairs(map: &std::collections::BTreeMap<String, String>) -> Vec<(&str, &str)> {
        map.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
    }
    type Pairs<'a> = Vec<(&'a str, &'a str)>;
    let words: Vec<(&str, Pairs, Pairs)> = spanish
        .buttons
        .iter()
        .map(|button| {
            (
                button.label.as_str(),
                pairs(&button.names),
                pairs(&button.spoken),
            )
        })
        .collect();
    assert_eq!(
        words,
        [
            (
                "comer",
                vec![("en", "eat"), ("es", "comer")],
                vec![("en", "I want to eat"), ("es", "Quiero comer")]
            ),
            ("beber", vec![("en", "drink"), ("es", "beber")], vec![]),
            // No translation: an English word, named in English.
            ("more", vec![("en", "more")], vec![]),
        ]
    );
    // Its `strings` keyed "ca-ES" serve a Catalan profile; English has nothing to add.
    let catalan = obf::import(&board, "ca", false, &mut counter(), 7);
    assert_eq!(
        catalan.buttons[0].names.get("ca").map(String::as_str),
        Some("menjar")
    );
    assert_eq!(catalan.buttons[1].names.keys().collect::<Vec<_>>(), ["en"]);
    let english = obf::import(&board, "en", false, &mut counter(), 7);
    assert!(english.buttons.iter().all(|b| b.names.keys().eq(["en"])));
    // Without a locale (or one that cannot be read), the profile's language.
    for locale in [None, Some("??"), Some("")] {
        let mut unsure = board.clone();
        unsure.locale = locale.map(str::to_owned);
        let read = obf::import(&unsure, "ca", false, &mut counter(), 7);
        assert_eq!(read.language, "ca", "{locale:?}");
        assert_eq!(
            read.buttons[2].names.get("ca").map(String::as_str),
            Some("more")
        );
    }
    // A Catalan board in a Catalan profile, as before: its words are the profile's.
    let (cboard, _) = read_obf(&pretty(&cboard())).unwrap();
    let read = obf::import(&cboard, "ca", false, &mut counter(), 7);
    assert_eq!(
        read.buttons[0].names.get("ca").map(String::as_str),
        Some("menjar")
    );
    assert_eq!(
        read.buttons[0].spoken.get("ca").map(String::as_str),
        Some("Vull menjar")
    );
    // Hidden buttons are not brought.
    let (coughdrop, _) = read_obf(&pretty(&coughdrop())).unwrap();
    let read = obf::import(&coughdrop, "en", false, &mut counter(), 7);
    assert!(read.buttons.iter().all(|b| b.label != "more"));
}

// Issue #22: the sounds of a board were never imported.
#[test]
fn a_buttons_sound_becomes_a_recording_checked_as_own_recordings_are() {
    let (board, _) = read_obf(&pretty(&english())).unwrap();
    let read = obf::import(&board, "es", false, &mut counter(), 7);
    let recording = read.buttons[0].recording.clone().expect("a recording");
    assert_eq!(recording.kind, pictokit_domain::picto::MediaKind::Voice);
    assert_eq!(recording.id, "m-1");
    assert_eq!(recording.created_ms, 7);
    assert_eq!(recording.data_url, data_url("audio/wav", &wav()));
    assert_eq!(recording.validate(), Ok(()));
    assert_eq!(read.buttons[1].recording, None);
    assert_eq!(read.sounds_refused, 0);

    // A sound the board may carry but an own recording may not be (too large once
    // kept), is left out and counted; a sound by web address only is not fetched.
    let mut long = wav();
    long.resize(obf::MAX_SOUND_BYTES - 1000, 128);
    let mut big = english();
    big["sounds"] = json!([
        {"id": "snd-eat", "data": data_url("audio/wav", &long)},
        {"id": "snd-far", "url": "https://sounds.example.org/drink.mp3"}
    ]);
    big["buttons"][1]["sound_id"] = json!("snd-far");
    let (board, report) = read_obf(&pretty(&big)).unwrap();
    assert_eq!(report.sounds.by_url, 1);
    assert!(board.sounds[0].bytes.is_some(), "the board itself keeps it");
    let read = obf::import(&board, "es", false, &mut counter(), 7);
    assert_eq!(read.sounds_refused, 1);
    assert!(read.buttons.iter().all(|b| b.recording.is_none()));
    // Not a sound (an SVG named as one): not even the board keeps it.
    let mut fake = english();
    fake["sounds"][0]["data"] = json!(data_url(
        "audio/wav",
        b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
    ));
    let (board, _) = read_obf(&pretty(&fake)).unwrap();
    let read = obf::import(&board, "es", false, &mut counter(), 7);
    assert_eq!(
        (read.buttons[0].recording.clone(), read.sounds_refused),
        (None, 0)
    );
}

// Issue #22: images' licence and author were dropped on import and export.
#[test]
fn licences_and_authors_of_pictures_and_sounds_survive_import_and_export() {
    let (board, _) = read_obf(&pretty(&english())).unwrap();
    let read = obf::import(&board, "es", false, &mut counter(), 7);
    let eat = &read.buttons[0];
    let licence = eat.licence.clone().expect("the picture's licence");
    assert_eq!(licence.kind.as_deref(), Some("CC BY-SA"));
    assert_eq!(licence.author_name.as_deref(), Some("Anna Puig"));
    assert_eq!(
        licence.author_url.as_deref(),
        Some("https://pictures.example.org/anna")
    );
    assert_eq!(
        licence.source_url.as_deref(),
        Some("https://pictures.example.org/eat")
    );
    assert_eq!(
        licence.copyright_notice_url.as_deref(),
        Some("https://creativecommons.org/licenses/by-sa/4.0/")
    );
    let sound_licence = eat.recording.as_ref().and_then(|r| r.licence.clone());
    assert_eq!(
        sound_licence
            .as_ref()
            .and_then(|l| l.author_name.as_deref()),
        Some("Joan Vila")
    );
    assert_eq!(read.buttons[2].licence, None);

    // Saved back as a board: the pictures and the recording, with what they carried.
    type Item = (String, Option<(String, Vec<u8>)>);
    let items: Vec<Item> = read
        .buttons
        .iter()
        .map(|b| {
            let picture = b.picture.clone().map(|(t, bytes)| (t.to_owned(), bytes));
            (b.label.clone(), picture)
        })
        .collect();
    let extras: Vec<obf::Extras> = read
        .buttons
        .iter()
        .map(|b| obf::Extras {
            licence: b.licence.clone(),
            sound: b.recording.as_ref().and_then(|r| {
                pictokit_transfer::sniff::data_url_bytes(&r.data_url).map(|(_, bytes)| bytes)
            }),
            sound_licence: b.recording.as_ref().and_then(|r| r.licence.clone()),
        })
        .collect();
    let mut saved = from_pictures("p-1", "Basics", &items, 3);
    obf::add_extras(&mut saved, &extras);
    for written in [write_obf(&saved), {
        let packed = write_obz(std::slice::from_ref(&saved), 0);
        let mut zip = pictokit_transfer::zipped::Zip::open(&packed, obf::LIMITS).unwrap();
        zip.read("boards/p-1.obf", 1 << 20).unwrap()
    }] {
        let value: Value = serde_json::from_slice(&written).unwrap();
        assert_spec_fields(&value);
        assert_eq!(
            value["images"][0]["license"],
            board.images[0].ext["license"]
        );
        assert_eq!(
            value["images"][1]["license"],
            json!({"type": "CC0", "author_name": "Pictokit tests"})
        );
        assert_eq!(value["buttons"][0]["sound_id"], "sound-1");
        assert_eq!(
            value["sounds"][0]["license"],
            json!({"type": "CC BY", "author_name": "Joan Vila"})
        );
        assert!(value["buttons"][1].get("sound_id").is_none());
    }
    // And read again by Pictokit, the same licences come back.
    let (again, _, _) = read_obz(&write_obz(&[saved], 0)).unwrap();
    let again = obf::import(&again[0], "es", false, &mut counter(), 7);
    assert_eq!(again.buttons[0].licence, Some(licence));
    assert_eq!(
        again.buttons[0]
            .recording
            .as_ref()
            .and_then(|r| r.licence.clone()),
        sound_licence
    );
}

#[test]
fn an_obz_round_trip_keeps_the_unmodelled_fields_of_every_board() {
    let (boards, root, _) = read_obz(&two_boards()).unwrap();
    let packed = write_obz(&boards, root);
    let mut zip = pictokit_transfer::zipped::Zip::open(&packed, obf::LIMITS).unwrap();
    let manifest: Value =
        serde_json::from_slice(&zip.read("manifest.json", 1 << 20).unwrap()).unwrap();
    assert_eq!(manifest["format"], "open-board-0.1");
    assert_eq!(manifest["root"], "boards/home.obf");
    assert_eq!(manifest["paths"]["boards"]["food"], "boards/food.obf");
    assert_eq!(manifest["paths"]["images"]["i-hola"], "images/i-hola.png");
    assert_eq!(manifest["paths"]["sounds"]["s-hola"], "sounds/s-hola.wav");
    // The picture both boards use is stored once.
    assert_eq!(
        manifest["paths"]["images"]["i-comida"],
        "images/i-comida.png"
    );
    let names = zip.names();
    assert_eq!(names.iter().filter(|n| n.starts_with("images/")).count(), 3);
    assert_eq!(zip.read("images/i-pan.png", 1 << 20).unwrap(), green());
    for (file, before) in [
        ("boards/home.obf", obz_home()),
        ("boards/food.obf", obz_food()),
    ] {
        let after: Value = serde_json::from_slice(&zip.read(file, 1 << 20).unwrap()).unwrap();
        assert_spec_fields(&after);
        assert_unmodelled_kept(&before, &after);
        for image in after["images"].as_array().unwrap() {
            assert!(image["path"].as_str().unwrap().starts_with("images/"));
            assert!(image.get("data").is_none());
        }
    }
}

#[test]
fn every_hostile_file_gets_its_message() {
    let corpus = hostile();
    assert!(corpus.len() >= 10);
    for (name, bytes, expect) in &corpus {
        match (outcome(bytes), expect) {
            (Err(error), Expect::Error(id)) => {
                assert_eq!(error.message_id(), *id, "{name}: {error:?}")
            }
            (Ok(report), Expect::Ok(count)) => {
                assert_eq!(report.total(), *count, "{name}: {report:?}")
            }
            (Ok(report), Expect::Error(id)) => panic!("{name} was accepted ({report:?}), not {id}"),
            (Err(error), Expect::Ok(_)) => panic!("{name} was refused: {error:?}"),
        }
    }
}

#[test]
fn pictures_that_are_not_pictures_are_left_out_never_returned() {
    for name in [
        "svg-script-image.obf",
        "svg-as-text-image.obf",
        "html-as-png.obf",
    ] {
        let bytes = &hostile()
            .into_iter()
            .find(|(n, _, _)| *n == name)
            .unwrap()
            .1;
        let (board, report) = read_obf(bytes).unwrap();
        assert_eq!(report.images.refused, 1, "{name}");
        // Left out, and the board is read without it; its button keeps its label.
        assert_eq!(board.images.len(), 2, "{name}");
        for image in &board.images {
            let bytes = image.bytes.as_deref().unwrap();
            assert!(pictokit_transfer::sniff::image_type(bytes).is_some());
        }
        let written = String::from_utf8(write_obf(&board)).unwrap();
        for trace in ["<svg", "PHN2Zy", "<html", "PGh0bWw", "<script"] {
            assert!(!written.contains(trace), "{name}: {trace}");
        }
    }
    let bytes = hostile()
        .into_iter()
        .find(|(n, _, _)| *n == "huge-picture.obz")
        .unwrap()
        .1;
    let (boards, _, report) = read_obz(&bytes).unwrap();
    assert_eq!(report.images.refused, 1);
    assert!(boards[0].images.iter().all(|image| image.id != "i-hola"));
}

#[test]
fn a_padded_grid_is_trimmed_to_what_it_holds() {
    let bytes = &hostile()
        .into_iter()
        .find(|(n, _, _)| *n == "padded-grid.obf")
        .unwrap()
        .1;
    let (board, _) = read_obf(bytes).unwrap();
    assert_eq!((board.rows, board.columns), (2, 2));
    assert_eq!(board.order[1][1].as_deref(), Some("b-no"));
}

#[test]
fn too_many_buttons_keep_the_ones_in_the_grid() {
    let mut board = cboard();
    let buttons: Vec<Value> = (0..450)
        .map(|i| json!({"id": format!("n{i}"), "label": i.to_string()}))
        .collect();
    // The grid shows the last 400.
    let order: Vec<Vec<Value>> = (0..20)
        .map(|r| {
            (0..20)
                .map(|c| json!(format!("n{}", 50 + r * 20 + c)))
                .collect()
        })
        .collect();
    board["buttons"] = Value::Array(buttons);
    board["grid"] = json!({"rows": 20, "columns": 20, "order": order});
    let (read, report) = read_obf(&pretty(&board)).unwrap();
    assert_eq!(read.buttons.len(), MAX_BUTTONS);
    assert_eq!(report.buttons_dropped, 50);
    assert_eq!(read.buttons[0].id, "n50");
    assert_eq!(report.unknown_grid_ids, 0);
}

#[test]
fn a_board_over_the_limit_is_refused_before_it_is_read() {
    let mut bytes = pretty(&cboard());
    bytes.resize(MAX_BOARD_BYTES + 1, b' ');
    assert_eq!(read_obf(&bytes).unwrap_err(), ObfError::TooBig);
}

#[test]
fn a_cut_file_never_panics() {
    let obz = two_boards();
    for cut in 0..obz.len() {
        let _ = read(&obz[..cut]);
    }
    let obf = pretty(&cboard());
    for cut in (0..obf.len()).step_by(7) {
        assert!(read(&obf[..cut]).is_err());
    }
}

#[test]
fn colours_are_read_in_every_usual_spelling() {
    let cases = [
        ("rgb(1,2,3)", Some(Colour::rgb(1, 2, 3))),
        ("rgb( 1 , 2 , 3 )", Some(Colour::rgb(1, 2, 3))),
        ("RGB(255, 0, 0)", Some(Colour::rgb(255, 0, 0))),
        (
            "rgba(1, 2, 3, 0.5)",
            Some(Colour {
                r: 1,
                g: 2,
                b: 3,
                a: 128,
            }),
        ),
        ("rgba(1, 2, 3, 1)", Some(Colour::rgb(1, 2, 3))),
        (
            "rgb(1 2 3 / 50%)",
            Some(Colour {
                r: 1,
                g: 2,
                b: 3,
                a: 128,
            }),
        ),
        ("rgb(100%, 0%, 50%)", Some(Colour::rgb(255, 0, 128))),
        ("rgb(300, -4, 127.6)", Some(Colour::rgb(255, 0, 128))),
        ("#fff", Some(Colour::rgb(255, 255, 255))),
        ("#FFFF", Some(Colour::rgb(255, 255, 255))),
        ("#a1C4e5", Some(Colour::rgb(0xa1, 0xc4, 0xe5))),
        (
            "#00000080",
            Some(Colour {
                r: 0,
                g: 0,
                b: 0,
                a: 0x80,
            }),
        ),
        ("  #123456 ", Some(Colour::rgb(0x12, 0x34, 0x56))),
        ("#12345", None),
        ("#+f+f+f", None),
        ("#ggg", None),
        ("#", None),
        ("white", None),
        ("rgb(1, 2)", None),
        ("rgb(1, 2, 3, 4, 5)", None),
        ("rgb(1, 2, NaN)", None),
        ("rgb(1, 2, inf)", None),
        ("rgb(1, 2, 3", None),
        ("hsl(1, 2%, 3%)", None),
        ("", None),
    ];
    for (text, colour) in cases {
        assert_eq!(Colour::parse(text), colour, "{text:?}");
    }
    assert_eq!(Colour::rgb(1, 2, 3).to_css(), "rgb(1, 2, 3)");
    assert_eq!(
        Colour {
            r: 1,
            g: 2,
            b: 3,
            a: 128
        }
        .to_css(),
        "rgba(1, 2, 3, 0.502)"
    );
    assert_eq!(
        Colour {
            r: 1,
            g: 2,
            b: 3,
            a: 0
        }
        .to_css(),
        "rgba(1, 2, 3, 0)"
    );
}

#[test]
fn a_persons_pictures_make_a_board_other_apps_read() {
    let svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>".to_vec();
    let items = vec![
        ("aigua".to_owned(), Some(("image/png".to_owned(), blue()))),
        ("pa".to_owned(), Some(("image/jpeg".to_owned(), yellow()))),
        ("dibuix".to_owned(), Some(("image/svg+xml".to_owned(), svg))),
        ("sense foto".to_owned(), None),
        ("x".repeat(300), None),
    ];
    let board = from_pictures("p-0123", "El tauler de la Núria", &items, 2);
    assert_eq!((board.rows, board.columns), (3, 2));
    assert_eq!(board.buttons.len(), 5);
    // The SVG is left out; the PNG declared as JPEG is kept as what it is.
    assert_eq!(board.images.len(), 2);
    assert_eq!(board.images[1].media_type.as_deref(), Some("image/png"));
    assert_eq!(board.buttons[1].image_id.as_deref(), Some("image-2"));
    assert_eq!(board.buttons[2].image_id, None);
    assert_eq!(board.buttons[4].label.chars().count(), obf::MAX_LABEL_CHARS);
    let written = write_obf(&board);
    assert_spec_fields(&serde_json::from_slice(&written).unwrap());
    assert_eq!(
        read_obf(&written).unwrap(),
        (board.clone(), Report::default())
    );
    let (boards, _, _) = read_obz(&write_obz(std::slice::from_ref(&board), 0)).unwrap();
    assert_eq!(boards, [board]);
    // Too many for one column of 20 rows: wider.
    let many: Vec<_> = (0..45)
        .map(|i| (i.to_string(), None::<(String, Vec<u8>)>))
        .collect();
    let wide = from_pictures("w", "w", &many, 1);
    assert_eq!((wide.rows, wide.columns), (7, 7));
}

#[test]
fn an_empty_set_still_makes_a_readable_file() {
    let (boards, root, _) = read_obz(&write_obz(&[], 3)).unwrap();
    assert_eq!((boards.len(), root), (1, 0));
    assert_spec_fields(&serde_json::from_slice(&write_obf(&boards[0])).unwrap());
}

#[test]
fn the_committed_fixtures_are_what_this_test_makes() {
    let good = good();
    let hostile = hostile();
    let index: serde_json::Map<String, Value> = hostile
        .iter()
        .map(|(name, _, expect)| {
            let entry = match expect {
                Expect::Error(id) => json!({"expect": id}),
                Expect::Ok(count) => json!({"expect": "ok", "warnings": count}),
            };
            (name.to_string(), entry)
        })
        .collect();
    let index = serde_json::to_string_pretty(&index).unwrap() + "\n";
    let hostile_folder = folder().join("hostile");
    if std::env::var_os("PICTOKIT_WRITE_CORPUS").is_some() {
        std::fs::create_dir_all(&hostile_folder).unwrap();
        for entry in std::fs::read_dir(&hostile_folder).unwrap() {
            std::fs::remove_file(entry.unwrap().path()).unwrap();
        }
        for (name, bytes) in &good {
            std::fs::write(folder().join(name), bytes).unwrap();
        }
        for (name, bytes, _) in &hostile {
            std::fs::write(hostile_folder.join(name), bytes).unwrap();
        }
        std::fs::write(hostile_folder.join("index.json"), &index).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(hostile_folder.join("index.json")).unwrap(),
        index
    );
    let files = good
        .iter()
        .map(|(name, bytes)| (folder().join(name), bytes))
        .chain(
            hostile
                .iter()
                .map(|(name, bytes, _)| (hostile_folder.join(name), bytes)),
        );
    for (path, bytes) in files {
        let committed = std::fs::read(&path).unwrap();
        assert!(
            &committed == bytes,
            "{} differs: run with PICTOKIT_WRITE_CORPUS=1",
            path.display()
        );
    }
}

/// Buttons that only act in the app that made the board (clear the message bar, delete a
/// letter, spell) are left out unless asked for; buttons that open another board or say
/// a word stay (issue #26).
#[test]
fn action_buttons_are_left_out_unless_asked_for() {
    let board = json!({
        "format": "open-board-0.1",
        "id": "actions",
        "locale": "en",
        "name": "Actions",
        "buttons": [
            {"id": "1", "label": "eat"},
            {"id": "2", "label": "clear", "action": ":clear"},
            {"id": "3", "label": "less", "action": "+less"},
            {"id": "4", "label": "back", "actions": [":backspace", ":speak"]},
            {"id": "5", "label": "food", "load_board": {"id": "food"}},
            {"id": "6", "label": "mixed", "actions": [":clear", "say"]},
            {"id": "7", "label": "odd", "action": 5}
        ],
        "grid": {"rows": 1, "columns": 7, "order": [["1", "2", "3", "4", "5", "6", "7"]]}
    });
    let (board, report) = read_obf(&pretty(&board)).unwrap();
    assert_eq!(report.no_format, 0);
    let labels = |with_actions: bool| -> Vec<String> {
        obf::import(&board, "en", with_actions, &mut counter(), 7)
            .buttons
            .into_iter()
            .map(|b| b.label)
            .collect()
    };
    assert_eq!(labels(false), ["eat", "food", "mixed", "odd"]);
    assert_eq!(
        labels(true),
        ["eat", "clear", "less", "back", "food", "mixed", "odd"]
    );
    let actions: Vec<&str> = board
        .buttons
        .iter()
        .filter(|b| obf::is_action(b))
        .map(|b| b.id.as_str())
        .collect();
    assert_eq!(actions, ["2", "3", "4"]);
    assert_eq!(obf::buttons_to_add(&board, false).len(), 4);
}
