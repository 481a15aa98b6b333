//! How long a search takes per keystroke, over the whole committed index.
//!
//! `cargo bench -p pictokit-pictograms --bench search` prints a table of the median and
//! 95th percentile per language and query length (every prefix of about twenty everyday
//! words, as typed), then runs criterion on a few representative queries.
//! The target is p95 ≤ 1 ms natively; the figures are in the crate's README.

use criterion::{black_box, Criterion};
use pictokit_pictograms::library::{Library, LANGUAGES};
use std::time::{Duration, Instant};

/// Everyday words as a facilitator would type them, some without their accents.
const WORDS: [(&str, &[&str]); 7] = [
    (
        "ca",
        &[
            "poma",
            "aigua",
            "pa",
            "llet",
            "cafè",
            "autobús",
            "escola",
            "casa",
            "dormir",
            "dutxa",
            "raspall",
            "metge",
            "hospital",
            "gos",
            "gat",
            "pilota",
            "samarreta",
            "sabates",
            "pluja",
            "cotxe",
            "diners",
            "telefon",
        ],
    ),
    (
        "es",
        &[
            "manzana",
            "agua",
            "pan",
            "leche",
            "cafe",
            "autobús",
            "escuela",
            "casa",
            "cama",
            "ducha",
            "cepillo",
            "médico",
            "hospital",
            "perro",
            "gato",
            "pelota",
            "camiseta",
            "zapatos",
            "lluvia",
            "coche",
            "dinero",
            "teléfono",
        ],
    ),
    (
        "en",
        &[
            "apple",
            "water",
            "bread",
            "milk",
            "coffee",
            "bus",
            "school",
            "house",
            "bed",
            "shower",
            "toothbrush",
            "doctor",
            "hospital",
            "dog",
            "cat",
            "ball",
            "shirt",
            "shoes",
            "rain",
            "car",
            "money",
            "telephone",
        ],
    ),
    (
        "eu",
        &[
            "sagar", "ur", "ogi", "esne", "kafe", "autobus", "eskola", "etxe", "ohe", "dutxa",
            "eskuila", "medikua", "ospitale", "txakur", "katu", "baloi", "kamiseta", "oinetako",
            "euri", "auto", "diru", "telefono",
        ],
    ),
    (
        "gl",
        &[
            "mazá",
            "auga",
            "pan",
            "leite",
            "café",
            "autobús",
            "escola",
            "casa",
            "cama",
            "ducha",
            "cepillo",
            "médico",
            "hospital",
            "can",
            "gato",
            "pelota",
            "camiseta",
            "zapatos",
            "chuvia",
            "coche",
            "diñeiro",
            "teléfono",
        ],
    ),
    (
        "fr",
        &[
            "pomme",
            "eau",
            "pain",
            "lait",
            "cafe",
            "bus",
            "école",
            "maison",
            "lit",
            "douche",
            "brosse",
            "médecin",
            "hôpital",
            "chien",
            "chat",
            "ballon",
            "chemise",
            "chaussures",
            "pluie",
            "voiture",
            "argent",
            "téléphone",
        ],
    ),
    (
        "pt",
        &[
            "maçã",
            "água",
            "pão",
            "leite",
            "cafe",
            "autocarro",
            "escola",
            "casa",
            "cama",
            "duche",
            "escova",
            "médico",
            "hospital",
            "cão",
            "gato",
            "bola",
            "camisa",
            "sapatos",
            "chuva",
            "carro",
            "dinheiro",
            "telefone",
        ],
    ),
];

const LIMIT: usize = 60;
const RUNS_PER_QUERY: usize = 40;

fn load() -> Library {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/index.json");
    let json = std::fs::read_to_string(path).expect("pictograms/data/index.json");
    Library::from_json(&json).expect("the committed index loads")
}

fn percentile(sorted: &[Duration], fraction: f64) -> f64 {
    let idx = ((sorted.len() - 1) as f64 * fraction).round() as usize;
    sorted[idx].as_secs_f64() * 1e6
}

/// Times every prefix of every word, one search at a time, and prints p50/p95 in µs.
fn keystroke_table(library: &Library) {
    println!("\nsearch latency per keystroke, limit {LIMIT}, µs (p50 / p95)");
    print!("lang ");
    for len in 1..=8 {
        print!("| {len:>13} ");
    }
    println!("| {:>13}", "all");
    let mut worst_p95: f64 = 0.0;
    for (lang, words) in WORDS {
        print!("{lang:<4} ");
        let mut all = Vec::new();
        for len in 1..=8 {
            let mut samples = Vec::new();
            for word in words.iter().filter(|word| word.chars().count() >= len) {
                let prefix: String = word.chars().take(len).collect();
                for _ in 0..RUNS_PER_QUERY {
                    let started = Instant::now();
                    let hits = library.search(black_box(&prefix), lang, LIMIT);
                    samples.push(started.elapsed());
                    black_box(hits);
                }
            }
            samples.sort_unstable();
            let (p50, p95) = (percentile(&samples, 0.5), percentile(&samples, 0.95));
            worst_p95 = worst_p95.max(p95);
            print!("| {p50:>5.0} / {p95:>5.0} ");
            all.extend(samples);
        }
        all.sort_unstable();
        println!(
            "| {:>5.0} / {:>5.0}",
            percentile(&all, 0.5),
            percentile(&all, 0.95)
        );
    }
    println!("worst p95: {worst_p95:.0} µs (target ≤ 1000 µs)\n");
}

fn representative(criterion: &mut Criterion, library: &Library) {
    let mut group = criterion.benchmark_group("search");
    for (lang, query) in [
        ("ca", "p"),
        ("ca", "pa"),
        ("ca", "poma"),
        ("es", "autobus"),
        ("en", "e"),
        ("fr", "cafe"),
        ("eu", "sagar gorri"),
        ("gl", "zzzz"),
    ] {
        group.bench_function(format!("{lang} {query:?}"), |bencher| {
            bencher.iter(|| library.search(black_box(query), lang, LIMIT))
        });
    }
    group.finish();

    criterion.bench_function("load index", |bencher| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/index.json");
        let json = std::fs::read_to_string(path).expect("index");
        bencher.iter(|| Library::from_json(black_box(&json)))
    });
}

fn main() {
    assert_eq!(WORDS.map(|(lang, _)| lang), LANGUAGES);
    let library = load();
    // Warm caches as a page that just loaded the index would have them.
    for (lang, words) in WORDS {
        for word in words {
            black_box(library.search(word, lang, LIMIT));
        }
    }
    keystroke_table(&library);
    let mut criterion = Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
        .configure_from_args();
    representative(&mut criterion, &library);
    criterion.final_summary();
}
