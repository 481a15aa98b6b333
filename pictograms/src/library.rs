//! The bundled pictogram library (issue #3): OpenMoji's symbols with their names and
//! keywords in the seven languages, loaded from the index that `scripts/build-pictograms.mjs`
//! writes (`pictograms/data/index.json`, served as `pictograms/openmoji/index.json`).
//!
//! Loading validates everything and never panics: a broken index is a [`LibraryError`]
//! the app can show in the user's language through [`LibraryError::message_id`].

use crate::search::LanguageIndex;
use serde::Deserialize;
use std::fmt;

/// The languages of the index, in the order of every symbol's names and keywords.
pub const LANGUAGES: [&str; 7] = ["ca", "es", "en", "eu", "gl", "fr", "pt"];

/// The index format this code reads.
pub const FORMAT: u64 = 1;

/// Position of English in [`LANGUAGES`]: the fallback for unknown language codes.
pub(crate) const ENGLISH: usize = 2;

/// Position of a language code in [`LANGUAGES`] (`"ca"` → `Some(0)`).
pub fn language_index(code: &str) -> Option<usize> {
    LANGUAGES.iter().position(|lang| *lang == code)
}

/// Path of a symbol's image relative to the site root: the colour drawing, or the
/// black line drawing when `black` (for high contrast).
///
/// ```
/// use pictokit_pictograms::library::image_path;
/// assert_eq!(image_path("1F34E", false), "pictograms/openmoji/color/1F34E.svg");
/// assert_eq!(image_path("1F34E", true), "pictograms/openmoji/black/1F34E.svg");
/// ```
pub fn image_path(id: &str, black: bool) -> String {
    let style = if black { "black" } else { "color" };
    format!("pictograms/openmoji/{style}/{id}.svg")
}

/// Path of the index itself, relative to the site root.
pub const INDEX_PATH: &str = "pictograms/openmoji/index.json";

/// Where the drawings come from, for the credits screen.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct SetInfo {
    /// "OpenMoji".
    pub name: String,
    /// The npm version the drawings were built from.
    pub version: String,
    /// Licence name, "CC BY-SA 4.0".
    pub licence: String,
    /// Home page of the set.
    pub url: String,
    /// Copyright line to show.
    pub copyright: String,
}

/// Where the names and keywords come from, for the credits screen.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct NamesInfo {
    /// "Unicode CLDR annotations".
    pub name: String,
    /// CLDR version.
    pub version: String,
    /// SPDX licence id.
    pub licence: String,
}

/// One pictogram of the library.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    /// OpenMoji hexcode (`"1F34E"`), stable, stored in profiles; also the file name.
    pub id: String,
    /// Indices into [`Library::categories`]; never empty in the shipped index.
    pub categories: Vec<u16>,
    author: usize,
    /// One name per entry of [`LANGUAGES`].
    names: Vec<String>,
    /// Keywords per entry of [`LANGUAGES`].
    keywords: Vec<Vec<String>>,
    /// Everyday words per entry of [`LANGUAGES`] (see [`Symbol::everyday_words_at`]).
    everyday: Vec<Vec<String>>,
}

impl Symbol {
    /// Name in a language (`"ca"`, …); English for a code not in [`LANGUAGES`].
    pub fn name(&self, lang: &str) -> &str {
        self.name_at(language_index(lang).unwrap_or(ENGLISH))
    }

    /// Keywords in a language; English ones for a code not in [`LANGUAGES`].
    pub fn keywords(&self, lang: &str) -> &[String] {
        self.keywords_at(language_index(lang).unwrap_or(ENGLISH))
    }

    /// Everyday words in a language (see [`Symbol::everyday_words_at`]).
    pub fn everyday_words(&self, lang: &str) -> &[String] {
        self.everyday_words_at(language_index(lang).unwrap_or(ENGLISH))
    }

    /// Name in the language at this position of [`LANGUAGES`] (as in [`crate::search::Hit::lang`]);
    /// English when out of range.
    pub fn name_at(&self, lang_idx: usize) -> &str {
        self.names
            .get(lang_idx)
            .or_else(|| self.names.get(ENGLISH))
            .map_or("", String::as_str)
    }

    /// Keywords in the language at this position of [`LANGUAGES`]; English when out of range.
    pub fn keywords_at(&self, lang_idx: usize) -> &[String] {
        self.keywords
            .get(lang_idx)
            .or_else(|| self.keywords.get(ENGLISH))
            .map_or(&[], Vec::as_slice)
    }

    /// The everyday words a person uses for this picture that its CLDR name lacks
    /// ("metge" for the health worker, "llegir" for the books), in the language at
    /// this position of [`LANGUAGES`]; none for most symbols. They come from the
    /// supplement in `scripts/build-pictograms.mjs`, and search ranks them right after
    /// the exact name.
    pub fn everyday_words_at(&self, lang_idx: usize) -> &[String] {
        self.everyday
            .get(lang_idx)
            .or_else(|| self.everyday.get(ENGLISH))
            .map_or(&[], Vec::as_slice)
    }
}

/// Splits a `|`-joined list of the index into its words.
fn split_words(joined: &str) -> Vec<String> {
    joined
        .split('|')
        .filter(|word| !word.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Why an index could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LibraryError {
    /// Not JSON, or a field of the wrong type or missing.
    Malformed(String),
    /// A format this code does not read (a newer build of the index).
    UnsupportedFormat(u64),
    /// The language list is not [`LANGUAGES`].
    Languages(Vec<String>),
    /// A symbol's names or keywords are not one per language, or a name is empty.
    SymbolShape {
        /// The symbol's id.
        id: String,
    },
    /// A symbol refers to a category that does not exist.
    Category {
        /// The symbol's id.
        id: String,
        /// The index it gave.
        index: u16,
    },
    /// A symbol refers to an author that does not exist.
    Author {
        /// The symbol's id.
        id: String,
        /// The index it gave.
        index: usize,
    },
    /// Two symbols share an id.
    DuplicateId(String),
    /// The picture of a category is not a symbol of that category, or two categories
    /// share one, or there is not one per category.
    CategoryPicture {
        /// The category's id, or the picture's id when there is no such category.
        category: String,
    },
}

impl LibraryError {
    /// Fluent message id to tell the user: `picto-library-too-new` when the index is
    /// from a newer format, else `picto-library-broken`.
    pub fn message_id(&self) -> &'static str {
        match self {
            LibraryError::UnsupportedFormat(_) => "picto-library-too-new",
            _ => "picto-library-broken",
        }
    }
}

impl fmt::Display for LibraryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LibraryError::Malformed(why) => write!(f, "pictogram index is malformed: {why}"),
            LibraryError::UnsupportedFormat(format) => {
                write!(f, "pictogram index has format {format}, expected {FORMAT}")
            }
            LibraryError::Languages(langs) => {
                write!(
                    f,
                    "pictogram index has languages {langs:?}, expected {LANGUAGES:?}"
                )
            }
            LibraryError::SymbolShape { id } => {
                write!(f, "symbol {id} lacks a name or keywords in some language")
            }
            LibraryError::Category { id, index } => {
                write!(f, "symbol {id} has unknown category {index}")
            }
            LibraryError::Author { id, index } => {
                write!(f, "symbol {id} has unknown author {index}")
            }
            LibraryError::DuplicateId(id) => write!(f, "symbol {id} appears twice"),
            LibraryError::CategoryPicture { category } => {
                write!(f, "the picture of category {category} is wrong")
            }
        }
    }
}

impl std::error::Error for LibraryError {}

/// The pictogram library: symbols in OpenMoji's order, their categories and authors, and
/// the folded text [`Library::search`] scans.
#[derive(Clone, Debug)]
pub struct Library {
    symbols: Vec<Symbol>,
    categories: Vec<String>,
    /// Position in `symbols` of each category's picture; empty when the index names none.
    category_pictures: Vec<usize>,
    authors: Vec<String>,
    set: SetInfo,
    names: NamesInfo,
    /// Symbol positions sorted by id, for [`Library::get`].
    by_id: Vec<usize>,
    /// Folded names and keywords, one per entry of [`LANGUAGES`].
    pub(crate) search: Vec<LanguageIndex>,
}

#[derive(Deserialize)]
struct RawIndex {
    format: u64,
    set: SetInfo,
    names: NamesInfo,
    languages: Vec<String>,
    categories: Vec<String>,
    /// One symbol id per category; absent in indexes older than issue #21.
    #[serde(default)]
    category_pictures: Vec<String>,
    authors: Vec<String>,
    symbols: Vec<RawSymbol>,
}

#[derive(Deserialize)]
struct RawSymbol {
    id: String,
    c: Vec<u16>,
    a: usize,
    n: Vec<String>,
    k: Vec<String>,
    /// Everyday words per language, `|`-joined; absent when the symbol has none.
    #[serde(default)]
    w: Vec<String>,
}

#[derive(Deserialize)]
struct FormatOnly {
    format: u64,
}

impl Library {
    /// Loads and checks the index; never panics, whatever the input.
    pub fn from_json(json: &str) -> Result<Library, LibraryError> {
        let raw: RawIndex = match serde_json::from_str(json) {
            Ok(raw) => raw,
            Err(error) => {
                // A newer format may have another shape: say so rather than "broken".
                return Err(match serde_json::from_str::<FormatOnly>(json) {
                    Ok(FormatOnly { format }) if format != FORMAT => {
                        LibraryError::UnsupportedFormat(format)
                    }
                    _ => LibraryError::Malformed(error.to_string()),
                });
            }
        };
        if raw.format != FORMAT {
            return Err(LibraryError::UnsupportedFormat(raw.format));
        }
        if raw.languages.iter().map(String::as_str).ne(LANGUAGES) {
            return Err(LibraryError::Languages(raw.languages));
        }

        let mut symbols = Vec::with_capacity(raw.symbols.len());
        for symbol in raw.symbols {
            if symbol.n.len() != LANGUAGES.len()
                || symbol.k.len() != LANGUAGES.len()
                || !(symbol.w.is_empty() || symbol.w.len() == LANGUAGES.len())
                || symbol.n.iter().any(|name| name.trim().is_empty())
            {
                return Err(LibraryError::SymbolShape { id: symbol.id });
            }
            if let Some(&index) = symbol
                .c
                .iter()
                .find(|&&index| usize::from(index) >= raw.categories.len())
            {
                return Err(LibraryError::Category {
                    id: symbol.id,
                    index,
                });
            }
            if symbol.a >= raw.authors.len() {
                return Err(LibraryError::Author {
                    id: symbol.id,
                    index: symbol.a,
                });
            }
            let keywords = symbol.k.iter().map(|joined| split_words(joined)).collect();
            let everyday = if symbol.w.is_empty() {
                vec![Vec::new(); LANGUAGES.len()]
            } else {
                symbol.w.iter().map(|joined| split_words(joined)).collect()
            };
            symbols.push(Symbol {
                id: symbol.id,
                categories: symbol.c,
                author: symbol.a,
                names: symbol.n,
                keywords,
                everyday,
            });
        }

        let mut by_id: Vec<usize> = (0..symbols.len()).collect();
        by_id.sort_unstable_by(|&a, &b| symbols[a].id.cmp(&symbols[b].id));
        if let Some(pair) = by_id
            .windows(2)
            .find(|pair| symbols[pair[0]].id == symbols[pair[1]].id)
        {
            return Err(LibraryError::DuplicateId(symbols[pair[0]].id.clone()));
        }

        let position = |id: &str| {
            by_id
                .binary_search_by(|&idx| symbols[idx].id.as_str().cmp(id))
                .ok()
                .map(|found| by_id[found])
        };
        let mut category_pictures = Vec::with_capacity(raw.category_pictures.len());
        for (category_idx, id) in raw.category_pictures.iter().enumerate() {
            let wrong = || LibraryError::CategoryPicture {
                category: raw.categories.get(category_idx).unwrap_or(id).clone(),
            };
            let symbol_idx = position(id).ok_or_else(wrong)?;
            let in_category = symbols[symbol_idx]
                .categories
                .iter()
                .any(|&c| usize::from(c) == category_idx);
            if !in_category || category_pictures.contains(&symbol_idx) {
                return Err(wrong());
            }
            category_pictures.push(symbol_idx);
        }
        if !category_pictures.is_empty() && category_pictures.len() != raw.categories.len() {
            return Err(LibraryError::CategoryPicture {
                category: raw
                    .categories
                    .get(category_pictures.len())
                    .cloned()
                    .unwrap_or_default(),
            });
        }

        let search = (0..LANGUAGES.len())
            .map(|lang_idx| {
                LanguageIndex::build(symbols.iter().map(|symbol| {
                    (
                        symbol.name_at(lang_idx),
                        symbol.everyday_words_at(lang_idx),
                        symbol.keywords_at(lang_idx),
                    )
                }))
            })
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| LibraryError::Malformed("index too large".to_owned()))?;

        Ok(Library {
            symbols,
            categories: raw.categories,
            category_pictures,
            authors: raw.authors,
            set: raw.set,
            names: raw.names,
            by_id,
            search,
        })
    }

    /// Number of symbols.
    pub fn len(&self) -> usize {
        self.symbols.len()
    }

    /// Whether there are no symbols.
    pub fn is_empty(&self) -> bool {
        self.symbols.is_empty()
    }

    /// Every symbol, in OpenMoji's order (the order [`crate::search::Hit::symbol`] indexes).
    pub fn symbols(&self) -> &[Symbol] {
        &self.symbols
    }

    /// The symbol with this id.
    pub fn get(&self, id: &str) -> Option<&Symbol> {
        self.position(id).map(|idx| &self.symbols[idx])
    }

    /// Position in [`Library::symbols`] of the symbol with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.by_id
            .binary_search_by(|&idx| self.symbols[idx].id.as_str().cmp(id))
            .ok()
            .map(|found| self.by_id[found])
    }

    /// Category ids (`"food"`, `"drinks"`, …) in display order; the Fluent id of a
    /// category's name is up to the app.
    pub fn categories(&self) -> &[String] {
        &self.categories
    }

    /// Position of a category id in [`Library::categories`].
    pub fn category_index(&self, id: &str) -> Option<usize> {
        self.categories.iter().position(|category| category == id)
    }

    /// The symbols of the category at `index` of [`Library::categories`], in order.
    pub fn in_category(&self, index: usize) -> impl Iterator<Item = &Symbol> + '_ {
        self.symbols
            .iter()
            .filter(move |symbol| symbol.categories.iter().any(|&c| usize::from(c) == index))
    }

    /// The picture of the category at `index` of [`Library::categories`]: the one the
    /// index chose to show the category's name (a house for "home"), or the category's
    /// first symbol for an index that chose none. `None` for an empty or unknown category.
    pub fn category_picture(&self, index: usize) -> Option<&Symbol> {
        match self.category_pictures.get(index) {
            Some(&symbol_idx) => self.symbols.get(symbol_idx),
            None if self.category_pictures.is_empty() => self.in_category(index).next(),
            None => None,
        }
    }

    /// Who drew a symbol.
    pub fn author(&self, symbol: &Symbol) -> &str {
        self.authors.get(symbol.author).map_or("", String::as_str)
    }

    /// Every author, for the credits screen.
    pub fn authors(&self) -> &[String] {
        &self.authors
    }

    /// Every author with how many symbols they drew, most first (then by name).
    pub fn author_counts(&self) -> Vec<(&str, usize)> {
        let mut counts = vec![0usize; self.authors.len()];
        for symbol in &self.symbols {
            if let Some(count) = counts.get_mut(symbol.author) {
                *count += 1;
            }
        }
        let mut out: Vec<(&str, usize)> = self
            .authors
            .iter()
            .map(String::as_str)
            .zip(counts)
            .filter(|(_, count)| *count > 0)
            .collect();
        out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        out
    }

    /// Where the drawings come from.
    pub fn set_info(&self) -> &SetInfo {
        &self.set
    }

    /// Where the names come from.
    pub fn names_info(&self) -> &NamesInfo {
        &self.names
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::sync::OnceLock;

    /// The committed index, loaded once for all tests.
    pub(crate) fn library() -> &'static Library {
        static LIBRARY: OnceLock<Library> = OnceLock::new();
        LIBRARY.get_or_init(|| {
            Library::from_json(include_str!("../data/index.json")).expect("committed index loads")
        })
    }

    fn minimal(symbols: &str) -> String {
        format!(
            r#"{{"format":1,
            "set":{{"name":"S","version":"1","licence":"L","url":"u","copyright":"c"}},
            "names":{{"name":"N","version":"1","licence":"L"}},
            "languages":["ca","es","en","eu","gl","fr","pt"],
            "categories":["food","drinks"],
            "authors":["A"],
            "symbols":[{symbols}]}}"#
        )
    }

    const GOOD: &str = r#"{"id":"1F34E","c":[0],"a":0,"n":["poma","manzana","apple","sagarra","mazá","pomme","maçã"],"k":["fruita","","fruit|red","","","",""]}"#;

    #[test]
    fn the_committed_index_is_complete() {
        let library = library();
        assert!(library.len() >= 1500, "only {} symbols", library.len());
        assert_eq!(library.categories().len(), 20);
        for (index, category) in library.categories().iter().enumerate() {
            assert!(
                library.in_category(index).next().is_some(),
                "category {category} is empty"
            );
        }
        for symbol in library.symbols() {
            assert!(
                !symbol.categories.is_empty(),
                "{} has no category",
                symbol.id
            );
            assert!(
                !library.author(symbol).is_empty(),
                "{} has no author",
                symbol.id
            );
            for lang in LANGUAGES {
                assert!(!symbol.name(lang).is_empty(), "{} in {lang}", symbol.id);
            }
        }
        assert_eq!(library.set_info().licence, "CC BY-SA 4.0");
        assert_eq!(library.names_info().licence, "Unicode-3.0");
        let counts = library.author_counts();
        assert_eq!(
            counts.iter().map(|(_, n)| n).sum::<usize>(),
            library.len(),
            "every symbol is credited once"
        );
        assert!(counts.windows(2).all(|w| w[0].1 >= w[1].1), "most first");
    }

    #[test]
    fn symbols_are_found_by_id_with_names_in_every_language() {
        let library = library();
        let apple = library.get("1F34E").expect("red apple");
        assert_eq!(apple.name("ca"), "poma vermella");
        assert_eq!(apple.name("es"), "manzana roja");
        assert_eq!(apple.name("en"), "red apple");
        assert_eq!(apple.name("fr"), "pomme rouge");
        assert_eq!(
            apple.name("xx"),
            "red apple",
            "unknown language falls back to English"
        );
        assert!(apple.keywords("ca").iter().any(|word| word == "fruita"));
        let food = library.category_index("food").expect("food");
        assert!(apple.categories.contains(&(food as u16)));
        assert!(library.in_category(food).any(|symbol| symbol.id == "1F34E"));
        let toothbrush = library.get("1FAA5").expect("toothbrush");
        let hygiene = library.category_index("hygiene").expect("hygiene");
        assert!(toothbrush.categories.contains(&(hygiene as u16)));
        assert_eq!(library.get("nope"), None);
        assert_eq!(
            library
                .position("1F34E")
                .map(|idx| &library.symbols()[idx].id),
            Some(&apple.id)
        );
    }

    /// The picture each category shows in the picker. Regression (issue #21): taking a
    /// category's first symbol showed chopsticks for Home, nail polish for Hygiene, a baby
    /// bottle for Drinks, glasses for Clothes and a foggy bridge for Weather.
    #[test]
    fn each_category_shows_a_picture_of_its_name() {
        let expected = [
            ("food", "1F37D", "fork and knife with plate"),
            ("drinks", "1F964", "cup with straw"),
            ("home", "1F3E0", "house"),
            ("hygiene", "1F6BF", "shower"),
            ("clothes", "1F455", "t-shirt"),
            (
                "people",
                "1F9D1-200D-1F91D-200D-1F9D1",
                "people holding hands",
            ),
            ("body", "1F590", "hand with fingers splayed"),
            ("feelings", "1F600", "grinning face"),
            ("activities", "1F6B6", "person walking"),
            ("health", "1FA7A", "stethoscope"),
            ("places", "1F5FA", "world map"),
            ("transport", "1F68D", "oncoming bus"),
            ("time", "1F570", "mantelpiece clock"),
            ("weather", "26C5", "sun behind cloud"),
            ("nature", "1F98B", "butterfly"),
            ("leisure", "26BD", "soccer ball"),
            ("school-work", "270F", "pencil"),
            ("technology", "1F4F1", "mobile phone"),
            ("money", "1FA99", "coin"),
            ("symbols", "1F523", "input symbols"),
        ];
        let library = library();
        let shown: Vec<(&str, &str, &str)> = library
            .categories()
            .iter()
            .enumerate()
            .map(|(index, category)| {
                let picture = library.category_picture(index).expect("a picture");
                (category.as_str(), picture.id.as_str(), picture.name("en"))
            })
            .collect();
        assert_eq!(shown, expected);
        // One picture, one meaning: no two categories share a picture, and each picture
        // belongs to its category.
        for (index, (category, id, _)) in shown.iter().enumerate() {
            assert!(
                shown[index + 1..].iter().all(|other| other.1 != *id),
                "{id} shows two categories"
            );
            assert!(
                library.in_category(index).any(|symbol| symbol.id == *id),
                "{id} is not in {category}"
            );
        }
        assert!(library
            .category_picture(library.categories().len())
            .is_none());
    }

    #[test]
    fn everyday_words_are_loaded_apart_from_the_keywords() {
        let library = library();
        let worker = library.get("1F9D1-200D-2695-FE0F").expect("health worker");
        assert_eq!(worker.everyday_words("ca"), ["metge", "metgessa"]);
        assert_eq!(worker.everyday_words("en"), ["doctor"]);
        assert!(worker.everyday_words("fr").is_empty());
        assert!(!worker.keywords("en").iter().any(|word| word == "doctor"));
        assert!(library
            .get("1F34E")
            .expect("apple")
            .everyday_words("ca")
            .is_empty());
        // Left out as accidental: the trombone is not "sad".
        let trombone = library.get("1FA8A").expect("trombone");
        assert!(!trombone.keywords("en").iter().any(|word| word == "sad"));
        assert!(trombone.keywords("en").iter().any(|word| word == "jazz"));
    }

    #[test]
    fn image_paths() {
        assert_eq!(
            image_path("1F68C", false),
            "pictograms/openmoji/color/1F68C.svg"
        );
        assert_eq!(
            image_path("1F68C", true),
            "pictograms/openmoji/black/1F68C.svg"
        );
    }

    #[test]
    fn a_minimal_index_loads() {
        let library = Library::from_json(&minimal(GOOD)).expect("loads");
        assert_eq!(library.len(), 1);
        // Without chosen pictures, a category shows its first symbol.
        assert_eq!(
            library.category_picture(0).map(|s| s.id.as_str()),
            Some("1F34E")
        );
        assert_eq!(library.category_picture(1), None);
        assert_eq!(library.symbols()[0].keywords("es"), &[] as &[String]);
        assert_eq!(library.symbols()[0].keywords("en"), ["fruit", "red"]);
        assert!(Library::from_json(&minimal(""))
            .expect("empty loads")
            .is_empty());
    }

    fn check_error(json: &str, expected: LibraryError) {
        let error = Library::from_json(json).expect_err("must fail");
        assert_eq!(error, expected);
        assert!(!error.to_string().is_empty());
    }

    fn check_malformed(json: &str) {
        match Library::from_json(json) {
            Err(error @ LibraryError::Malformed(_)) => {
                assert_eq!(error.message_id(), "picto-library-broken")
            }
            other => panic!("expected Malformed for {json:?}, got {other:?}"),
        }
    }

    #[test]
    fn bad_input_is_an_error_never_a_panic() {
        check_malformed("");
        check_malformed("not json");
        check_malformed("[]");
        check_malformed("{}");
        check_malformed(r#"{"format":1}"#);
        check_malformed(&minimal(r#"{"id":"X","c":"food","a":0,"n":[],"k":[]}"#));
        check_malformed(&minimal(r#"{"id":5,"c":[0],"a":0,"n":[],"k":[]}"#));
        check_malformed(&minimal(r#"{"id":"X","c":[-1],"a":0,"n":[],"k":[]}"#));
        check_malformed(&minimal(
            r#"{"id":"X","c":[0],"a":0,"n":[1,2,3,4,5,6],"k":[]}"#,
        ));
        check_malformed(&minimal(GOOD).replace("\"authors\":[\"A\"]", "\"authors\":null"));
        check_malformed(&minimal(GOOD)[..200]);

        let too_new = Library::from_json(r#"{"format":2,"whatever":true}"#).expect_err("newer");
        assert_eq!(too_new, LibraryError::UnsupportedFormat(2));
        assert_eq!(too_new.message_id(), "picto-library-too-new");
        check_error(
            &minimal(GOOD).replace("\"format\":1", "\"format\":2"),
            LibraryError::UnsupportedFormat(2),
        );
        check_error(
            &minimal(GOOD).replace("\"gl\",", ""),
            LibraryError::Languages(
                ["ca", "es", "en", "eu", "fr", "pt"]
                    .map(String::from)
                    .to_vec(),
            ),
        );
        let shape = LibraryError::SymbolShape { id: "1F34E".into() };
        check_error(&minimal(&GOOD.replace(",\"pomme\"", "")), shape.clone());
        check_error(&minimal(&GOOD.replace(",\"\",\"\"]", "]")), shape.clone());
        check_error(&minimal(&GOOD.replace("\"pomme\"", "\" \"")), shape);
        check_error(
            &minimal(&GOOD.replace("\"c\":[0]", "\"c\":[0,2]")),
            LibraryError::Category {
                id: "1F34E".into(),
                index: 2,
            },
        );
        check_error(
            &minimal(&GOOD.replace("\"a\":0", "\"a\":1")),
            LibraryError::Author {
                id: "1F34E".into(),
                index: 1,
            },
        );
        check_error(
            &minimal(&format!("{GOOD},{GOOD}")),
            LibraryError::DuplicateId("1F34E".into()),
        );
        let with_pictures = |pictures: &str, symbols: &str| {
            minimal(symbols).replace(
                "\"authors\"",
                &format!("\"category_pictures\":{pictures},\"authors\""),
            )
        };
        const MILK: &str = r#"{"id":"1F95B","c":[1],"a":0,"n":["llet","leche","milk","esnea","leite","lait","leite"],"k":["","","","","","",""]}"#;
        let both = format!("{GOOD},{MILK}");
        let library = Library::from_json(&with_pictures(r#"["1F34E","1F95B"]"#, &both))
            .expect("pictures load");
        assert_eq!(
            library.category_picture(1).map(|s| s.id.as_str()),
            Some("1F95B")
        );
        let picture = |category: &str| LibraryError::CategoryPicture {
            category: category.into(),
        };
        check_error(
            &with_pictures(r#"["1F34E","nope"]"#, &both),
            picture("drinks"),
        );
        check_error(
            &with_pictures(r#"["1F95B","1F34E"]"#, &both),
            picture("food"),
        );
        check_error(&with_pictures(r#"["1F34E"]"#, &both), picture("drinks"));
        check_error(
            &with_pictures(r#"["1F34E","1F95B","1F34E"]"#, &both),
            picture("1F34E"),
        );
        let two_in_both = MILK.replace("\"c\":[1]", "\"c\":[0,1]");
        check_error(
            &with_pictures(r#"["1F95B","1F95B"]"#, &format!("{GOOD},{two_in_both}")),
            picture("drinks"),
        );
        // Everyday words: one list per language, or none.
        let everyday = GOOD.replace("]}", r#"],"w":["","","","","","",""]}"#);
        assert!(Library::from_json(&minimal(&everyday)).is_ok());
        check_error(
            &minimal(&GOOD.replace("]}", r#"],"w":["poma"]}"#)),
            LibraryError::SymbolShape { id: "1F34E".into() },
        );

        for error in [
            LibraryError::Languages(vec![]),
            LibraryError::DuplicateId("x".into()),
            LibraryError::CategoryPicture {
                category: "x".into(),
            },
        ] {
            assert_eq!(error.message_id(), "picto-library-broken");
        }
    }
}
