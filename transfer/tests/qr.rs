//! A person's settings as a QR code: written, drawn, read back by an independent QR
//! reader from a rasterised picture of the drawing, and every hostile text refused.
#![allow(clippy::unwrap_used)]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use flate2::write::DeflateEncoder;
use flate2::Compression;
use pictokit_domain::profile::{
    Avatar, Component, GridDensity, ProfileDraft, ProfileProblem, Speech, TextSize, Theme,
    MAX_NAME_CHARS,
};
use pictokit_domain::Language;
use pictokit_transfer::qr::{
    self, QrError, MAX_QR_TEXT, MAX_SCAN_SIDE, MAX_SETTINGS_BYTES, MAX_TEXT, QUIET_ZONE,
};
use std::io::Write;

fn draft(name: &str) -> ProfileDraft {
    ProfileDraft {
        name: name.to_owned(),
        ..ProfileDraft::default()
    }
}

/// Many drafts: every language, theme, grid and text size, with speech, labels, motion,
/// components and avatars varied along.
fn drafts() -> Vec<ProfileDraft> {
    let names = ["Núria", "José Ángel", "Pau", "Maria del Carme"];
    let voices = [
        None,
        Some("Microsoft Helena - Spanish (Spain)"),
        Some("Google català"),
    ];
    let rates = [50, 85, 100, 150, 200];
    let mut drafts = Vec::new();
    let mut i = 0;
    for language in Language::ALL {
        for theme in Theme::ALL {
            for grid in GridDensity::ALL {
                drafts.push(ProfileDraft {
                    name: names[i % names.len()].to_owned(),
                    avatar: if i % 2 == 0 {
                        Avatar::default()
                    } else {
                        Avatar::Pictogram("avatar-star".to_owned())
                    },
                    language,
                    speech: Speech {
                        enabled: i % 3 != 0,
                        voice: voices[i % voices.len()].map(str::to_owned),
                        rate_percent: rates[i % rates.len()],
                    },
                    text_size: TextSize::ALL[i % TextSize::ALL.len()],
                    grid,
                    show_labels: i % 4 != 0,
                    theme,
                    reduced_motion: i % 5 == 0,
                    components: Component::ALL
                        .into_iter()
                        .enumerate()
                        .filter(|(bit, _)| (i >> bit) & 1 == 1)
                        .map(|(_, component)| component)
                        .collect(),
                    access: Default::default(),
                });
                i += 1;
            }
        }
    }
    drafts
}

/// A code with any JSON in it, deflated without the dictionary (a stream that does not
/// refer back to it is read all the same).
fn code_of(json: &[u8]) -> String {
    let mut encoder = DeflateEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(json).unwrap();
    format!("PKS1:{}", URL_SAFE_NO_PAD.encode(encoder.finish().unwrap()))
}

fn json_of(draft: &ProfileDraft) -> serde_json::Value {
    serde_json::to_value(draft).unwrap()
}

#[test]
fn codes_written_today_read_forever() {
    // The dictionary is part of the format: if these stop reading, it was changed.
    assert_eq!(
        qr::decode("PKS1:7dAhEQAADALAhuswObt4WIrhuKMDFd4wQ_xteZJH"),
        Ok(draft("Núria"))
    );
    assert_eq!(
        qr::decode(
            "PKS1:ndOxDQAQEAXQVcQOEjPYQSWiEQr1FcYxxy0mcqJwhZz-V-__f2BcbTgU9pJiliKtJPAmX0Z6fz_Q_ViT1vxs-EKjxcjEPEw"
        )
        .as_ref(),
        Ok(&drafts()[41])
    );
    // Thanks to it, a usual profile takes a small code.
    assert!(qr::encode(&draft("Núria")).len() <= 50);
}

#[test]
fn every_setting_comes_back() {
    let drafts = drafts();
    assert_eq!(drafts.len(), 24 * Language::ALL.len());
    let mut longest = 0;
    for draft in &drafts {
        let text = qr::fits(draft).unwrap();
        assert_eq!(text, qr::encode(draft));
        assert!(text.starts_with("PKS1:"), "{text}");
        longest = longest.max(text.len());
        assert_eq!(qr::decode(&text).as_ref(), Ok(draft));
        // Spaces or a line end around a scanned text do not matter.
        assert_eq!(qr::decode(&format!(" {text}\n")).as_ref(), Ok(draft));
    }
    assert!(longest <= 120, "usual settings take {longest} bytes");
}

/// A picture of the modules, one square each: what an SVG viewer shows of the path.
struct Modules {
    side: usize,
    dark: Vec<bool>,
}

/// Reads back the SVG: its `viewBox` and the rectangles of its one path, which must be
/// of the shape `svg` writes (`M{x} {y}h{run}v1h-{run}z`), each inside the picture.
fn modules_of_svg(svg: &str) -> Modules {
    let number = |text: &str| -> usize { text.parse().unwrap() };
    let view_box = svg.split("viewBox=\"0 0 ").nth(1).unwrap();
    let (width, rest) = view_box.split_once(' ').unwrap();
    let (height, _) = rest.split_once('"').unwrap();
    assert_eq!(width, height);
    let side = number(width);
    assert_eq!(svg.matches("<path ").count(), 1);
    let d = svg
        .split(" d=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let mut dark = vec![false; side * side];
    assert!(d.starts_with('M'));
    for rect in d.split('M').skip(1) {
        let (x, rest) = rect.split_once(' ').unwrap();
        let (y, rest) = rest.split_once('h').unwrap();
        let (run, rest) = rest.split_once("v1h-").unwrap();
        assert_eq!(rest, format!("{run}z"), "{rect}");
        let (x, y, run) = (number(x), number(y), number(run));
        assert!(run > 0 && x + run <= side && y < side, "{rect}");
        for cell in &mut dark[y * side + x..y * side + x + run] {
            assert!(!*cell, "rectangles overlap at {rect}");
            *cell = true;
        }
    }
    Modules { side, dark }
}

/// A small deterministic noise source.
struct Noise(u64);

impl Noise {
    fn next(&mut self, spread: u8) -> u8 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        u8::try_from((self.0 >> 33) % (u64::from(spread) + 1)).unwrap()
    }
}

/// A grey camera frame of the modules: `scale` pixels per module (not necessarily whole),
/// `margin` pixels of background around, and up to `noise` of grey noise per pixel.
fn rasterise(modules: &Modules, scale: f64, margin: usize, noise: u8) -> (usize, Vec<u8>) {
    let size = (modules.side as f64 * scale).ceil() as usize + 2 * margin;
    let mut rng = Noise(size as u64);
    let mut luma = Vec::with_capacity(size * size);
    for py in 0..size {
        for px in 0..size {
            let module = |p: usize| ((p as f64 - margin as f64) / scale).floor();
            let (mx, my) = (module(px), module(py));
            let inside = mx >= 0.0
                && my >= 0.0
                && (mx as usize) < modules.side
                && (my as usize) < modules.side;
            let dark = inside && modules.dark[my as usize * modules.side + mx as usize];
            let n = rng.next(noise);
            luma.push(if dark { 20 + n } else { 235 - n });
        }
    }
    (size, luma)
}

/// The frame turned a quarter to the right.
fn rotate(size: usize, luma: &[u8]) -> Vec<u8> {
    let mut turned = vec![0; luma.len()];
    for y in 0..size {
        for x in 0..size {
            turned[x * size + (size - 1 - y)] = luma[y * size + x];
        }
    }
    turned
}

#[test]
fn the_drawn_code_reads_back_with_another_reader() {
    let mut samples = vec![draft("Núria"), drafts()[41].clone()];
    let mut longest = draft(&"Montserrat Puigdomènech i Vilaseca de la Torre ".repeat(2));
    longest.name = longest.name.chars().take(MAX_NAME_CHARS).collect();
    longest.speech.voice = Some("Microsoft Helena Online (Natural) - Spanish (Spain)".into());
    samples.push(longest);
    samples.push(largest_that_fits(5));
    for settings in samples {
        let text = qr::fits(&settings).unwrap();
        let svg = qr::svg(&text).unwrap();
        let modules = modules_of_svg(&svg);
        // The drawing is the matrix with its quiet zone.
        let (width, dark) = qr::matrix(&text).unwrap();
        assert_eq!(modules.side, width + 2 * QUIET_ZONE);
        for y in 0..modules.side {
            for x in 0..modules.side {
                let expected = (QUIET_ZONE..QUIET_ZONE + width).contains(&x)
                    && (QUIET_ZONE..QUIET_ZONE + width).contains(&y)
                    && dark[(y - QUIET_ZONE) * width + x - QUIET_ZONE];
                assert_eq!(modules.dark[y * modules.side + x], expected, "({x}, {y})");
            }
        }
        for (scale, margin, noise, blurred) in [
            (4.0, 0, 0, false),
            (4.0, 13, 16, false),
            (5.5, 7, 20, false),
            (3.0, 21, 12, false),
            (6.0, 10, 0, true),
            (6.5, 3, 8, true),
            (4.0, 13, 40, false),
            (5.0, 0, 50, false),
            (4.5, 9, 0, true),
        ] {
            let (size, luma) = rasterise(&modules, scale, margin, noise);
            let luma = if blurred { blur(size, &luma) } else { luma };
            let read = qr::scan_luma(size, size, &luma);
            assert_eq!(read.as_deref(), Some(text.as_str()), "scale {scale}");
            assert_eq!(qr::decode(&read.unwrap()).as_ref(), Ok(&settings));
            let turned = qr::scan_luma(size, size, &rotate(size, &luma));
            assert_eq!(
                turned.as_deref(),
                Some(text.as_str()),
                "turned, scale {scale}"
            );
        }
        // The same frame as a canvas gives it: RGBA, tinted, opaque.
        let (size, luma) = rasterise(&modules, 4.0, 9, 20);
        let rgba: Vec<u8> = luma
            .iter()
            .flat_map(|&l| [l, l.saturating_sub(10), l / 2 + l / 3, 255])
            .collect();
        let read = qr::scan_rgba(size, size, &rgba).unwrap();
        assert_eq!(qr::decode(&read).as_ref(), Ok(&settings));
    }
}

/// The frame out of focus: each pixel the mean of its 3 × 3 neighbourhood.
fn blur(size: usize, luma: &[u8]) -> Vec<u8> {
    let mut out = luma.to_vec();
    for y in 1..size - 1 {
        for x in 1..size - 1 {
            let mut sum = 0u32;
            for dy in 0..3 {
                for dx in 0..3 {
                    sum += u32::from(luma[(y + dy - 1) * size + x + dx - 1]);
                }
            }
            out[y * size + x] = (sum / 9) as u8;
        }
    }
    out
}

#[test]
fn noisy_and_blurred_frames_are_read_better_than_by_the_reader_alone() {
    let text = qr::fits(&drafts()[41]).unwrap();
    let modules = modules_of_svg(&qr::svg(&text).unwrap());
    let (mut alone, mut here) = (0, 0);
    for (scale, noise, blurred) in [
        (3.0, 40, false),
        (4.0, 60, false),
        (5.0, 40, false),
        (3.5, 0, true),
        (4.0, 20, true),
        (5.0, 30, true),
    ] {
        let (size, luma) = rasterise(&modules, scale, 11, noise);
        let luma = if blurred { blur(size, &luma) } else { luma };
        for frame in [rotate(size, &luma), luma] {
            let mut image =
                rqrr::PreparedImage::prepare_from_greyscale(size, size, |x, y| frame[y * size + x]);
            let read_alone = image
                .detect_grids()
                .iter()
                .any(|grid| grid.decode().is_ok_and(|(_, found)| found == text));
            let read_here = qr::scan_luma(size, size, &frame).as_deref() == Some(text.as_str());
            assert!(read_here || !read_alone, "scale {scale}, noise {noise}");
            alone += usize::from(read_alone);
            here += usize::from(read_here);
        }
    }
    assert!(here > alone, "{here} > {alone}");
}

#[test]
fn the_drawing_is_a_standalone_svg() {
    let text = qr::encode(&draft("Laia"));
    let svg = qr::svg(&text).unwrap();
    assert!(svg.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "));
    assert!(svg.trim_end().ends_with("</svg>"));
    assert!(svg.contains(r#"xmlns="http://www.w3.org/2000/svg""#));
    assert!(svg.contains(r#"shape-rendering="crispEdges""#));
    assert!(svg.contains("viewBox=\"0 0 "));
    assert_eq!(
        svg.matches('<').count(),
        5,
        "declaration, svg, rect, path, end"
    );
    let lower = svg.to_lowercase();
    for forbidden in ["script", "href", "url(", "<image", "<use", "<style", "on"] {
        let found = match forbidden {
            // No event attribute (onload=…): "on" only as part of "version".
            "on" => lower.replace("version", "").contains(" on"),
            _ => lower.contains(forbidden),
        };
        assert!(!found, "{forbidden}");
    }
    // The text itself is never in the drawing.
    assert!(!svg.contains("PKS"));
    // Light modules are white, not transparent: the code reads on a dark theme too.
    assert!(svg.contains(r##"fill="#ffffff""##));
    // Nothing for a text no QR code holds.
    assert_eq!(qr::svg(&"x".repeat(3000)), None);
    assert_eq!(qr::matrix(&"x".repeat(3000)), None);
}

/// Settings with a voice name that does not compress, as long as still fits.
fn largest_that_fits(seed: u64) -> ProfileDraft {
    let mut settings = draft("Aina");
    let mut noise = Noise(seed);
    let mut voice = String::new();
    loop {
        voice.push(char::from(b'A' + noise.next(25)));
        let mut longer = settings.clone();
        longer.speech.voice = Some(voice.clone());
        if qr::fits(&longer).is_err() {
            return settings;
        }
        settings = longer;
    }
}

#[test]
fn the_largest_code_that_fits_is_version_9() {
    for seed in 1..40 {
        let mut settings = largest_that_fits(seed);
        let text = qr::fits(&settings).unwrap();
        assert!(text.len() > MAX_QR_TEXT - 4, "{}", text.len());
        let (width, _) = qr::matrix(&text).unwrap();
        assert!(width <= 17 + 4 * 9, "version {}", (width - 17) / 4);
        // A little longer does not fit, and says so; it still makes a valid code.
        let voice = settings.speech.voice.take().unwrap();
        settings.speech.voice = Some(format!("{voice}{voice}"));
        let too_large = qr::fits(&settings).unwrap_err();
        assert!(too_large.len > MAX_QR_TEXT);
        assert_eq!(too_large.message_id(), "qr-settings-too-big");
        assert_eq!(qr::decode(&qr::encode(&settings)), Ok(settings));
    }
}

#[test]
fn a_name_of_sixty_different_symbols_does_not_fit() {
    // Every name the editor accepts in Latin letters fits (above); sixty different
    // symbols do not compress, so such a profile travels in a file.
    let name: String = (0..MAX_NAME_CHARS)
        .filter_map(|i| char::from_u32(0x4E00 + 37 * i as u32))
        .collect();
    let settings = draft(&name);
    assert!(settings.problems().is_empty());
    assert!(qr::fits(&settings).is_err());
    assert_eq!(qr::decode(&qr::encode(&settings)), Ok(settings));
}

#[test]
fn a_photo_stays_on_this_device() {
    let mut settings = draft("Joan");
    settings.avatar = Avatar::Photo(format!("data:image/jpeg;base64,{}", "A".repeat(40_000)));
    assert!(qr::leaves_out_photo(&settings));
    let text = qr::fits(&settings).unwrap();
    let read = qr::decode(&text).unwrap();
    assert_eq!(read.avatar, Avatar::default());
    assert_eq!(read.name, "Joan");
    assert!(!qr::leaves_out_photo(&read));
    // A code with a photo in it was not written by Pictokit.
    let mut json = json_of(&settings);
    json["avatar"]["value"] = "data:image/png;base64,AAAA".into();
    assert_eq!(
        qr::decode(&code_of(json.to_string().as_bytes())),
        Err(QrError::NotPictokit)
    );
}

#[test]
fn hostile_texts_are_refused_with_their_message() {
    let good = qr::encode(&draft("Marc"));
    let payload = good.strip_prefix("PKS1:").unwrap();
    let mut wrong_type = json_of(&draft("Marc"));
    wrong_type["grid"] = "four".into();
    let mut long_name = json_of(&draft("Marc"));
    long_name["name"] = "a".repeat(10_000).into();
    let mut bad_rate = json_of(&draft("Marc"));
    bad_rate["speech"]["rate_percent"] = 20.into();
    let mut trailing = URL_SAFE_NO_PAD.decode(payload).unwrap();
    trailing.extend_from_slice(b"more");
    let cases: Vec<(String, &str)> = vec![
        (String::new(), "qr-error-not-pictokit"),
        ("   ".into(), "qr-error-not-pictokit"),
        ("https://example.org/".into(), "qr-error-not-pictokit"),
        (format!("HC1:{payload}"), "qr-error-not-pictokit"),
        (format!("pks1:{payload}"), "qr-error-not-pictokit"),
        (format!("PKS0:{payload}"), "qr-error-not-pictokit"),
        (format!("PKS:{payload}"), "qr-error-not-pictokit"),
        (format!("PKSx:{payload}"), "qr-error-not-pictokit"),
        (format!("PKS12345:{payload}"), "qr-error-not-pictokit"),
        (format!("PKS1{payload}"), "qr-error-not-pictokit"),
        (format!("PKS2:{payload}"), "qr-error-newer"),
        (
            "PKS2:anything at all, in a format to come".into(),
            "qr-error-newer",
        ),
        ("PKS9999:".into(), "qr-error-newer"),
        ("PKS1:".into(), "qr-error-damaged"),
        ("PKS1:not base64!".into(), "qr-error-damaged"),
        (format!("PKS1:{payload}="), "qr-error-damaged"),
        (format!("PKS1:{payload}+"), "qr-error-damaged"),
        (format!("PKS1:{payload}A"), "qr-error-damaged"),
        (
            format!("PKS1:{}", URL_SAFE_NO_PAD.encode(b"{\"name\":\"Marc\"}")),
            "qr-error-damaged",
        ),
        (
            format!("PKS1:{}", &payload[..payload.len() / 2]),
            "qr-error-damaged",
        ),
        (
            format!("PKS1:{}", URL_SAFE_NO_PAD.encode(&trailing)),
            "qr-error-damaged",
        ),
        (code_of(b"not json"), "qr-error-damaged"),
        (code_of(b"[1, 2, 3]"), "qr-error-damaged"),
        (code_of(b"{}"), "qr-error-damaged"),
        (
            code_of(wrong_type.to_string().as_bytes()),
            "qr-error-damaged",
        ),
        (
            code_of(long_name.to_string().as_bytes()),
            "qr-error-settings",
        ),
        (
            code_of(bad_rate.to_string().as_bytes()),
            "qr-error-settings",
        ),
        (
            code_of(json_of(&draft("  ")).to_string().as_bytes()),
            "qr-error-settings",
        ),
        (
            "PKS1:".to_owned() + &"A".repeat(MAX_TEXT),
            "qr-error-too-big",
        ),
        (" ".repeat(MAX_TEXT + 1), "qr-error-too-big"),
    ];
    for (text, id) in cases {
        let error = qr::decode(&text).unwrap_err();
        assert_eq!(
            error.message_id(),
            id,
            "{:?}: {error:?}",
            &text[..text.len().min(60)]
        );
    }
    assert_eq!(
        qr::decode(&code_of(long_name.to_string().as_bytes())),
        Err(QrError::Settings(vec![ProfileProblem::NameTooLong]))
    );
    assert_eq!(
        qr::decode(&format!("PKS2:{payload}")),
        Err(QrError::Newer(2))
    );
}

#[test]
fn a_deflate_bomb_stops_at_the_limit() {
    // 10 MB of spaces after the start of a JSON object: a short text, a huge inflation.
    let mut encoder = DeflateEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(b"{\"name\":\"").unwrap();
    let block = vec![b' '; 1024 * 1024];
    for _ in 0..10 {
        encoder.write_all(&block).unwrap();
    }
    let text = format!("PKS1:{}", URL_SAFE_NO_PAD.encode(encoder.finish().unwrap()));
    assert!(
        text.len() < MAX_TEXT,
        "the inflation limit is what stops it"
    );
    assert_eq!(qr::decode(&text), Err(QrError::TooBig));
    // Just at the limit is still read (and then refused as what it is).
    let mut at_limit = b"{\"name\":\"Rita\"}".to_vec();
    at_limit.resize(MAX_SETTINGS_BYTES, b' ');
    assert_eq!(qr::decode(&code_of(&at_limit)), Err(QrError::Damaged));
    at_limit.push(b' ');
    assert_eq!(qr::decode(&code_of(&at_limit)), Err(QrError::TooBig));
}

#[test]
fn whatever_is_read_can_be_written_again() {
    // Settings up to the limit, even incompressible, make a code that reads back.
    let mut settings = draft("Ona");
    let mut noise = Noise(3);
    let fixed = serde_json::to_vec(&settings).unwrap().len();
    let voice: String = (0..MAX_SETTINGS_BYTES - fixed)
        .map(|_| char::from(b'a' + noise.next(25)))
        .collect();
    settings.speech.voice = Some(voice);
    assert_eq!(
        serde_json::to_vec(&settings).unwrap().len(),
        MAX_SETTINGS_BYTES - 4 + 2
    );
    let text = qr::encode(&settings);
    assert!(text.len() <= MAX_TEXT, "{} > {MAX_TEXT}", text.len());
    assert_eq!(qr::decode(&text).as_ref(), Ok(&settings));
    // A missing voice is no voice; the JSON as written again must fit as well.
    let mut json = json_of(&draft("Ona"));
    json["speech"].as_object_mut().unwrap().remove("voice");
    assert_eq!(
        qr::decode(&code_of(json.to_string().as_bytes())),
        Ok(draft("Ona"))
    );
    let mut json = json_of(&draft("Ona"));
    json["speech"].as_object_mut().unwrap().remove("voice");
    let mut compact = json.to_string();
    for n in 1.. {
        json["components"] = vec!["shopping"; n].into();
        compact = json.to_string();
        if compact.len() + 13 > MAX_SETTINGS_BYTES {
            break;
        }
    }
    assert!(compact.len() <= MAX_SETTINGS_BYTES && compact.len() + 13 > MAX_SETTINGS_BYTES);
    assert_eq!(
        qr::decode(&code_of(compact.as_bytes())),
        Err(QrError::TooBig)
    );
}

#[test]
fn frames_of_the_wrong_size_are_refused() {
    let frame = vec![255; 16 * 16 * 4];
    assert_eq!(qr::scan_rgba(16, 16, &frame[1..]), None);
    assert_eq!(qr::scan_rgba(16, 17, &frame), None);
    assert_eq!(
        qr::scan_rgba(64, 16, &frame),
        None,
        "as if one byte a pixel"
    );
    assert_eq!(qr::scan_rgba(0, 0, &[]), None);
    assert_eq!(qr::scan_rgba(0, 16, &[]), None);
    assert_eq!(
        qr::scan_rgba(MAX_SCAN_SIDE + 1, 1, &vec![0; (MAX_SCAN_SIDE + 1) * 4]),
        None
    );
    assert_eq!(qr::scan_rgba(usize::MAX, usize::MAX, &frame), None);
    assert_eq!(qr::scan_rgba(usize::MAX / 4 + 1, 4, &frame), None);
    assert_eq!(qr::scan_luma(16, 16, &frame), None);
    assert_eq!(qr::scan_luma(usize::MAX, 2, &frame), None);
    assert_eq!(
        qr::scan_luma(2, MAX_SCAN_SIDE + 1, &vec![0; 2 * (MAX_SCAN_SIDE + 1)]),
        None
    );
    // The right size with nothing in it: no code, and no panic.
    assert_eq!(qr::scan_rgba(16, 16, &frame), None);
    assert_eq!(qr::scan_luma(1, 1, &[0]), None);
    let mut noise = Noise(11);
    for (width, height) in [(1, 200), (200, 1), (97, 61), (320, 240)] {
        let luma: Vec<u8> = (0..width * height).map(|_| noise.next(255)).collect();
        assert_eq!(qr::scan_luma(width, height, &luma), None);
        let stripes: Vec<u8> = (0..width * height)
            .map(|i| if (i / 3) % 2 == 0 { 0 } else { 255 })
            .collect();
        assert_eq!(qr::scan_luma(width, height, &stripes), None);
    }
}

#[test]
fn every_error_has_a_message_id() {
    for error in [
        QrError::NotPictokit,
        QrError::Newer(2),
        QrError::Damaged,
        QrError::TooBig,
        QrError::Settings(vec![ProfileProblem::NameEmpty]),
    ] {
        assert!(error.message_id().starts_with("qr-error-"));
    }
}
