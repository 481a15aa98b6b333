//! Search relevance (issue #21): everyday words a facilitator types in Catalan, Spanish
//! and English, and the pictograms a person expects among the first three results.
//!
//! Each expectation was written as a person would expect it, before the ranking was
//! changed to meet it: "poma" shows an apple, "llegir" a book, "metge" a doctor. A
//! constant names the picture a person expects; where several OpenMoji symbols show the
//! same thing equally well (an open or a closed book), any one of them in the first three
//! is enough (`"1F4D6|1F4D5"`). `not_expected` are symbols that must not be found at all
//! (the wrestlers of "grapple" for "apple").
//!
//! Runs over the committed index, natively: `cargo test -p pictokit-pictograms`.

use pictokit_pictograms::library::{Library, LANGUAGES};
use std::sync::OnceLock;

fn library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(|| {
        Library::from_json(include_str!("../data/index.json")).expect("committed index loads")
    })
}

/// How many results a facilitator sees at once in the picker.
const PAGE: usize = 60;
/// Where the expected pictures must be.
const TOP: usize = 3;

/// `query` typed by a profile in `lang`: each of `expected_in_top3` (one symbol, or
/// several alternatives joined by `|`) is among the first three results, and none of
/// `not_expected` is among the results at all.
#[track_caller]
fn check(query: &str, lang: &str, expected_in_top3: &[&str], not_expected: &[&str]) {
    let library = library();
    let hits = library.search(query, lang, PAGE);
    let ids: Vec<&str> = hits
        .iter()
        .map(|hit| library.symbols()[hit.symbol].id.as_str())
        .collect();
    let mut problems = Vec::new();
    for expected in expected_in_top3 {
        let alternatives: Vec<&str> = expected.split('|').collect();
        for id in &alternatives {
            assert!(library.get(id).is_some(), "{id} is not in the index");
        }
        if !ids.iter().take(TOP).any(|id| alternatives.contains(id)) {
            let wanted: Vec<String> = alternatives.iter().map(|id| describe(id)).collect();
            problems.push(format!(
                "wanted in the first {TOP}: {}",
                wanted.join(" or ")
            ));
        }
    }
    for unwanted in not_expected {
        assert!(
            library.get(unwanted).is_some(),
            "{unwanted} is not in the index"
        );
        if let Some(rank) = ids.iter().position(|id| id == unwanted) {
            problems.push(format!(
                "must not be found, is at {}: {}",
                rank + 1,
                describe(unwanted)
            ));
        }
    }
    if !problems.is_empty() {
        let top: Vec<String> = hits
            .iter()
            .take(8)
            .enumerate()
            .map(|(rank, hit)| {
                let symbol = &library.symbols()[hit.symbol];
                format!(
                    "  {}. {} {:?} ({}, {:?})",
                    rank + 1,
                    symbol.id,
                    symbol.name_at(hit.lang),
                    LANGUAGES[hit.lang],
                    hit.tier
                )
            })
            .collect();
        let got = if top.is_empty() {
            "  (nothing)".to_owned()
        } else {
            top.join("\n")
        };
        panic!(
            "{lang} {query:?}:\n  {}\ngot:\n{got}",
            problems.join("\n  ")
        );
    }
}

/// `id "name in English"`, for failure messages.
fn describe(id: &str) -> String {
    let name = library().get(id).map_or("?", |symbol| symbol.name("en"));
    format!("{id} {name:?}")
}

// The pictures a person expects, by OpenMoji code.
const RED_APPLE: &str = "1F34E";
const BREAD: &str = "1F35E";
const CAKE: &str = "1F382|1F370"; // birthday cake, shortcake
const BANANA: &str = "1F34C";
const EGG: &str = "1F95A";
const CHEESE: &str = "1F9C0";
const PLATE_WITH_CUTLERY: &str = "1F37D";
const GLASS_OF_MILK: &str = "1F95B";
const POTABLE_WATER: &str = "1F6B0";
const JUICE: &str = "1F9C3|1F964"; // beverage box, cup with straw
const HOT_BEVERAGE: &str = "2615";
const A_DRINK: &str = "1F964|1F95B"; // cup with straw, glass of milk
const TOOTHBRUSH: &str = "1FAA5";
const SHOWER: &str = "1F6BF";
const TOILET: &str = "1F6BD|1F6BE"; // toilet, water closet
const SOAP: &str = "1F9FC";
const BUS: &str = "1F68C";
const CAR: &str = "1F697|1F698"; // automobile, oncoming automobile
const TRAIN: &str = "1F686";
const BICYCLE: &str = "1F6B2";
const SCHOOL: &str = "1F3EB";
const SHOP: &str = "1F3EA|1F6D2"; // convenience store, shopping cart
const HOUSE: &str = "1F3E0";
const HOSPITAL: &str = "1F3E5";
const DOCTOR: &str = "1F9D1-200D-2695-FE0F|1F468-200D-2695-FE0F|1F469-200D-2695-FE0F";
const TEACHER: &str = "1F9D1-200D-1F3EB|1F468-200D-1F3EB|1F469-200D-1F3EB";
const BED: &str = "1F6CF";
const SLEEP: &str = "1F6CC|1F634"; // person in bed, sleeping face
const PHONE: &str = "1F4F1|260E"; // mobile phone, telephone
const MONEY: &str = "1FA99|1F4B6"; // coin, euro banknote
const BOOK: &str = "1F4D6|1F4D5|1F4DA"; // open book, closed book, books
const SHOE: &str = "1F45E|1F45F|1F97F"; // man's shoe, running shoe, flat shoe
const T_SHIRT: &str = "1F455";
const TROUSERS: &str = "1F456|1FA73"; // jeans, shorts
const DOG: &str = "1F415|1F436";
const CAT: &str = "1F408|1F431";
const HAPPY_FACE: &str = "1F600|1F603|1F604|1F642|263A|1F60A";
const SAD_FACE: &str = "1F622|1F61E|2639|1F641|1F614|1F625";
const CALENDAR_PAGE: &str = "1F4C6"; // tear-off calendar: the next page is tomorrow
const CLOCK: &str = "231A|1F570|23F0"; // watch, mantelpiece clock, alarm clock

// Found by accident, never what a person means.
const WRESTLERS: [&str; 3] = ["1F93C", "1F93C-200D-2642-FE0F", "1F93C-200D-2640-FE0F"];
/// "Sad trombone", an internet joke, gives the trombone the keyword "sad".
const TROMBONE: &str = "1FA8A";
/// "Happy birthday" and "Feliz Navidad" give these "happy" and "feliz".
const BIRTHDAY_CAKE: &str = "1F382";
const SANTA: [&str; 3] = ["1F385", "1F936", "1F9D1-200D-1F384"];

#[test]
fn food() {
    // Regression (issue #21): "apple" found three wrestlers, by "grapple".
    check("apple", "en", &[RED_APPLE, "1F34F"], &WRESTLERS);
    check("poma", "ca", &[RED_APPLE], &WRESTLERS);
    check("manzana", "es", &[RED_APPLE], &[]);
    check("bread", "en", &[BREAD], &[]);
    check("pa", "ca", &[BREAD], &[]);
    // Regression (issue #21): Spanish "pan" found "panda" first.
    check("pan", "es", &[BREAD], &[]);
    check("cake", "en", &[CAKE], &[]);
    check("pastís", "ca", &[CAKE], &[]);
    check("tarta", "es", &[CAKE], &[]);
    check("banana", "en", &[BANANA], &[]);
    check("plàtan", "ca", &[BANANA], &[]);
    check("plátano", "es", &[BANANA], &[]);
    check("egg", "en", &[EGG], &[]);
    check("ou", "ca", &[EGG], &[]);
    check("huevo", "es", &[EGG], &[]);
    check("cheese", "en", &[CHEESE], &[]);
    check("formatge", "ca", &[CHEESE], &[]);
    check("queso", "es", &[CHEESE], &[]);
    check("eat", "en", &[PLATE_WITH_CUTLERY], &[]);
    check("menjar", "ca", &[PLATE_WITH_CUTLERY], &[]);
    // "comer" is also the start of "comercial" and "comerciant".
    check("comer", "es", &[PLATE_WITH_CUTLERY], &[]);
}

#[test]
fn drinks() {
    check("milk", "en", &[GLASS_OF_MILK], &[]);
    // Regression (issue #21): "lletra M" (letter M) came before "got de llet".
    check("llet", "ca", &[GLASS_OF_MILK], &[]);
    check("leche", "es", &[GLASS_OF_MILK], &[]);
    check("water", "en", &[POTABLE_WATER], &[]);
    check("aigua", "ca", &[POTABLE_WATER], &[]);
    check("agua", "es", &[POTABLE_WATER], &[]);
    check("juice", "en", &[JUICE], &[]);
    check("suc", "ca", &[JUICE], &[]);
    check("zumo", "es", &[JUICE], &[]);
    check("coffee", "en", &[HOT_BEVERAGE], &[]);
    check("cafè", "ca", &[HOT_BEVERAGE], &[]);
    check("café", "es", &[HOT_BEVERAGE], &[]);
    check("drink", "en", &[A_DRINK], &[]);
    check("beure", "ca", &[A_DRINK], &[]);
    check("beber", "es", &[A_DRINK], &[]);
}

#[test]
fn hygiene() {
    check("toothbrush", "en", &[TOOTHBRUSH], &[]);
    check("raspall de dents", "ca", &[TOOTHBRUSH], &[]);
    check("cepillo de dientes", "es", &[TOOTHBRUSH], &[]);
    check("shower", "en", &[SHOWER], &[]);
    check("dutxa", "ca", &[SHOWER], &[]);
    check("ducha", "es", &[SHOWER], &[]);
    check("toilet", "en", &[TOILET], &[]);
    check("vàter", "ca", &[TOILET], &[]);
    check("váter", "es", &[TOILET], &[]);
    check("soap", "en", &[SOAP], &[]);
    check("sabó", "ca", &[SOAP], &[]);
    check("jabón", "es", &[SOAP], &[]);
}

#[test]
fn transport() {
    check("bus", "en", &[BUS], &[]);
    check("autobús", "ca", &[BUS], &[]);
    check("autobus", "es", &[BUS], &[]);
    check("car", "en", &[CAR], &[]);
    check("cotxe", "ca", &[CAR], &[]);
    check("coche", "es", &[CAR], &[]);
    check("train", "en", &[TRAIN], &[]);
    check("tren", "ca", &[TRAIN], &[]);
    check("tren", "es", &[TRAIN], &[]);
    check("bike", "en", &[BICYCLE], &[]);
    check("bicicleta", "ca", &[BICYCLE], &[]);
    check("bici", "es", &[BICYCLE], &[]);
}

#[test]
fn places_and_people() {
    check("school", "en", &[SCHOOL], &[]);
    check("escola", "ca", &[SCHOOL], &[]);
    check("escuela", "es", &[SCHOOL], &[]);
    check("colegio", "es", &[SCHOOL], &[]);
    check("shop", "en", &[SHOP], &[]);
    check("botiga", "ca", &[SHOP], &[]);
    check("tienda", "es", &[SHOP], &[]);
    check("supermarket", "en", &[SHOP], &[]);
    check("supermercat", "ca", &[SHOP], &[]);
    check("supermercado", "es", &[SHOP], &[]);
    check("house", "en", &[HOUSE], &[]);
    check("casa", "ca", &[HOUSE], &[]);
    check("casa", "es", &[HOUSE], &[]);
    check("hospital", "ca", &[HOSPITAL], &[]);
    check("doctor", "en", &[DOCTOR], &[]);
    check("metge", "ca", &[DOCTOR], &[]);
    check("metgessa", "ca", &[DOCTOR], &[]);
    check("médico", "es", &[DOCTOR], &[]);
    check("teacher", "en", &[TEACHER], &[]);
    check("mestre", "ca", &[TEACHER], &[]);
    check("profesor", "es", &[TEACHER], &[]);
}

#[test]
fn home_and_money() {
    check("bed", "en", &[BED], &[]);
    check("llit", "ca", &[BED], &[]);
    check("cama", "es", &[BED], &[]);
    check("sleep", "en", &[SLEEP], &[]);
    check("dormir", "ca", &[SLEEP], &[]);
    check("dormir", "es", &[SLEEP], &[]);
    check("phone", "en", &[PHONE], &[]);
    check("telèfon", "ca", &[PHONE], &[]);
    check("teléfono", "es", &[PHONE], &[]);
    check("money", "en", &[MONEY], &[]);
    check("diners", "ca", &[MONEY], &[]);
    check("dinero", "es", &[MONEY], &[]);
    check("euro", "es", &[MONEY], &[]);
}

#[test]
fn books_and_reading() {
    check("book", "en", &[BOOK], &[]);
    check("llibre", "ca", &[BOOK], &[]);
    check("libro", "es", &[BOOK], &[]);
    // Regression (issue #21): Spanish "leer" (to read) found only a smirking face,
    // through the English "leer".
    check("read", "en", &[BOOK], &[]);
    check("llegir", "ca", &[BOOK], &[]);
    check("leer", "es", &[BOOK], &[]);
}

#[test]
fn clothes() {
    check("shoes", "en", &[SHOE], &[]);
    check("sabata", "ca", &[SHOE], &[]);
    check("sabates", "ca", &[SHOE], &[]);
    check("zapato", "es", &[SHOE], &[]);
    check("zapatos", "es", &[SHOE], &[]);
    check("t-shirt", "en", &[T_SHIRT], &[]);
    check("samarreta", "ca", &[T_SHIRT], &[]);
    check("camiseta", "es", &[T_SHIRT], &[]);
    check("trousers", "en", &[TROUSERS], &[]);
    check("pantalons", "ca", &[TROUSERS], &[]);
    check("pantalones", "es", &[TROUSERS], &[]);
}

#[test]
fn animals() {
    check("dog", "en", &[DOG], &[]);
    check("gos", "ca", &[DOG], &[]);
    check("perro", "es", &[DOG], &[]);
    check("cat", "en", &[CAT], &[]);
    check("gat", "ca", &[CAT], &[]);
    check("gato", "es", &[CAT], &[]);
}

#[test]
fn feelings() {
    check("happy", "en", &[HAPPY_FACE], &[BIRTHDAY_CAKE]);
    check("content", "ca", &[HAPPY_FACE], &[]);
    check("feliz", "es", &[HAPPY_FACE], &SANTA);
    check("sad", "en", &[SAD_FACE], &[TROMBONE]);
    check("trist", "ca", &[SAD_FACE], &[TROMBONE]);
    check("triste", "es", &[SAD_FACE], &[TROMBONE]);
}

#[test]
fn time() {
    check("tomorrow", "en", &[CALENDAR_PAGE], &[]);
    // "demà" folds to "dema", the start of "demanar" (to ask).
    check("demà", "ca", &[CALENDAR_PAGE], &[]);
    check("mañana", "es", &[CALENDAR_PAGE], &[]);
    check("clock", "en", &[CLOCK], &[]);
    check("rellotge", "ca", &[CLOCK], &[]);
    check("reloj", "es", &[CLOCK], &[]);
}
