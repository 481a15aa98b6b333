//! Searching the library as the facilitator types (issue #3).
//!
//! The rules, in the words: search in the profile's language, then the others;
//! case- and accent-insensitive (`pa` finds `pà`, `cafe` finds `café`); prefix and
//! whole-word matches above substring matches; the exact name first.
//!
//! At load, each language's names and keywords are folded ([`crate::fold`]) into one
//! text, with the start of every word recorded. A query then costs one substring scan of
//! that text per language and a look at the word starts of the symbols it hits; nothing
//! is allocated per symbol.

use crate::fold::fold;
use crate::library::{language_index, Library, ENGLISH, LANGUAGES};
use memchr::memmem::Finder;

/// How well a symbol matched; the lower the better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    /// The name is the query.
    Exact,
    /// The name starts with the query.
    Prefix,
    /// A word of the name or of a keyword starts with the query (every term, for several).
    /// Within this tier, matches in the name come before matches in keywords only, so
    /// "apple" gives "red apple" before "pie" (whose keyword is "apple").
    Word,
    /// The query is somewhere inside the name or a keyword.
    Substring,
}

/// One result of [`Library::search`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Position in [`Library::symbols`].
    pub symbol: usize,
    /// Position in [`LANGUAGES`] of the language whose name or keyword matched.
    pub lang: usize,
    /// How well it matched.
    pub tier: Tier,
}

impl Library {
    /// The symbols matching `query`, best first, at most `limit`.
    ///
    /// Matches in `lang` (the profile's language; English if not one of [`LANGUAGES`])
    /// come before matches in other languages; then by [`Tier`], shorter name, and
    /// OpenMoji's order. A symbol appears once, with its best match. Several words must
    /// each start a word of the same name or keywords. A blank query finds nothing.
    pub fn search(&self, query: &str, lang: &str, limit: usize) -> Vec<Hit> {
        let folded = fold(query);
        let terms: Vec<&str> = folded.split_whitespace().collect();
        if terms.is_empty() || limit == 0 || self.is_empty() {
            return Vec::new();
        }
        let phrase = terms.join(" ");
        let query = Query {
            terms: &terms,
            phrase: &phrase,
            // The longest term is the rarest: it finds the candidates.
            probe: Finder::new(
                terms
                    .iter()
                    .copied()
                    .max_by_key(|term| term.len())
                    .unwrap_or(""),
            ),
        };

        let profile = language_index(lang).unwrap_or(ENGLISH);
        let mut best: Vec<(u64, u8)> = vec![(u64::MAX, 0); self.len()];
        let mut n_found = 0;
        let others = (0..LANGUAGES.len()).filter(|&idx| idx != profile);
        for lang_idx in std::iter::once(profile).chain(others) {
            if lang_idx != profile && n_found >= limit {
                // Matches in the profile's language sort first and already fill the page.
                break;
            }
            let other = u64::from(lang_idx != profile);
            let Some(index) = self.search.get(lang_idx) else {
                continue;
            };
            index.scan(&query, |symbol, (tier, in_name), name_len| {
                let key = other << 62
                    | (tier as u64) << 56
                    | u64::from(!in_name) << 55
                    | (name_len.min(0xFFFF) as u64) << 32
                    | symbol as u64;
                if let Some(slot) = best.get_mut(symbol) {
                    if slot.0 == u64::MAX {
                        n_found += 1;
                    }
                    if key < slot.0 {
                        *slot = (key, lang_idx as u8);
                    }
                }
            });
        }

        let mut found: Vec<(u64, u8)> = best
            .into_iter()
            .filter(|(key, _)| *key != u64::MAX)
            .collect();
        if found.len() > limit {
            found.select_nth_unstable(limit - 1);
            found.truncate(limit);
        }
        found.sort_unstable();
        found
            .into_iter()
            .map(|(key, lang_idx)| Hit {
                symbol: (key & 0xFFFF_FFFF) as usize,
                lang: usize::from(lang_idx),
                tier: match (key >> 56) & 0x3F {
                    0 => Tier::Exact,
                    1 => Tier::Prefix,
                    2 => Tier::Word,
                    _ => Tier::Substring,
                },
            })
            .collect()
    }
}

/// A folded query.
struct Query<'q> {
    terms: &'q [&'q str],
    /// The terms joined by single spaces.
    phrase: &'q str,
    /// Finds the term whose occurrences give the candidates (the longest).
    probe: Finder<'q>,
}

/// Marks a word start that is also the start of a field (the name or a keyword).
const FIELD_START: u32 = 1 << 31;
const OFFSET: u32 = !FIELD_START;

/// The folded names and keywords of every symbol in one language.
///
/// `text` holds, symbol after symbol, the name then each keyword, every field ended by
/// `'\n'` (which folded fields never contain, nor do query terms).
#[derive(Clone, Debug)]
pub(crate) struct LanguageIndex {
    text: String,
    entries: Vec<Entry>,
    /// Byte offsets into `text` of word starts, `FIELD_START` set on field starts.
    word_starts: Vec<u32>,
}

/// One symbol's slice of a [`LanguageIndex`].
#[derive(Clone, Copy, Debug)]
struct Entry {
    /// Start of the name in `text`.
    start: u32,
    /// End of the last field, after its `'\n'`.
    end: u32,
    /// Length in bytes of the folded name.
    name_len: u32,
    /// This symbol's range in `word_starts`.
    words_from: u32,
    words_to: u32,
}

impl LanguageIndex {
    /// Folds each symbol's (name, keywords); `None` if the text passes 2 GiB.
    pub(crate) fn build<'a>(
        symbols: impl Iterator<Item = (&'a str, &'a [String])>,
    ) -> Option<LanguageIndex> {
        let mut index = LanguageIndex {
            text: String::new(),
            entries: Vec::new(),
            word_starts: Vec::new(),
        };
        for (name, keywords) in symbols {
            let start = index.text.len();
            let words_from = index.word_starts.len();
            index.push_field(name)?;
            let name_len = index.text.len() - start - 1;
            for keyword in keywords {
                index.push_field(keyword)?;
            }
            index.entries.push(Entry {
                start: u32::try_from(start).ok()?,
                end: u32::try_from(index.text.len()).ok()?,
                name_len: u32::try_from(name_len).ok()?,
                words_from: u32::try_from(words_from).ok()?,
                words_to: u32::try_from(index.word_starts.len()).ok()?,
            });
        }
        index.text.shrink_to_fit();
        index.word_starts.shrink_to_fit();
        Some(index)
    }

    fn push_field(&mut self, field: &str) -> Option<()> {
        let field_start = self.text.len();
        crate::fold::fold_into(field, &mut self.text);
        if self.text[field_start..].contains('\n') {
            let cleaned = self.text[field_start..].replace('\n', " ");
            self.text.truncate(field_start);
            self.text.push_str(&cleaned);
        }
        let mut after_alphanumeric = false;
        for (offset, ch) in self.text[field_start..].char_indices() {
            let alphanumeric = ch.is_alphanumeric();
            if offset == 0 || (alphanumeric && !after_alphanumeric) {
                let position = u32::try_from(field_start + offset).ok()?;
                if position & FIELD_START != 0 {
                    return None;
                }
                let flag = if offset == 0 { FIELD_START } else { 0 };
                self.word_starts.push(position | flag);
            }
            after_alphanumeric = alphanumeric;
        }
        self.text.push('\n');
        Some(())
    }

    /// Calls `found(symbol, (tier, matched in the name), name_len)` for every symbol
    /// matching the query.
    fn scan(&self, query: &Query<'_>, mut found: impl FnMut(usize, (Tier, bool), usize)) {
        let probe = &query.probe;
        if probe.needle().is_empty() {
            return;
        }
        let bytes = self.text.as_bytes();
        let mut from = 0;
        let mut entry_idx = 0;
        while let Some(relative) = bytes.get(from..).and_then(|rest| probe.find(rest)) {
            let position = from + relative;
            // Matches come in order: walk the entries along.
            while self
                .entries
                .get(entry_idx)
                .is_some_and(|entry| entry.end as usize <= position)
            {
                entry_idx += 1;
            }
            let Some(entry) = self.entries.get(entry_idx) else {
                break;
            };
            let tier = if let [term] = query.terms {
                Some(self.tier_of_term(entry, term))
            } else {
                self.tier_of_terms(entry, query)
            };
            if let Some(tier) = tier {
                found(entry_idx, tier, entry.name_len as usize);
            }
            // One look per symbol: go on after this one.
            from = entry.end as usize;
            entry_idx += 1;
        }
    }

    fn words(&self, entry: &Entry) -> &[u32] {
        self.word_starts
            .get(entry.words_from as usize..entry.words_to as usize)
            .unwrap_or(&[])
    }

    /// Where `needle` stands at `offset`: `None` if not there, else whether it ends its field.
    fn at(&self, offset: usize, needle: &str) -> Option<bool> {
        let bytes = self.text.as_bytes();
        let rest = bytes.get(offset..)?;
        if !rest.starts_with(needle.as_bytes()) {
            return None;
        }
        Some(rest.get(needle.len()) == Some(&b'\n'))
    }

    /// Tier of a symbol known to contain the single term somewhere, and whether the best
    /// match is in the name.
    fn tier_of_term(&self, entry: &Entry, term: &str) -> (Tier, bool) {
        let name_end = entry.start as usize + entry.name_len as usize;
        let mut best = (Tier::Substring, false);
        for &word in self.words(entry) {
            let offset = (word & OFFSET) as usize;
            let Some(ends_field) = self.at(offset, term) else {
                continue;
            };
            let found = if offset == entry.start as usize {
                if ends_field {
                    return (Tier::Exact, true);
                }
                (Tier::Prefix, true)
            } else {
                (Tier::Word, offset < name_end)
            };
            if (found.0, !found.1) < (best.0, !best.1) {
                best = found;
            }
        }
        best
    }

    /// Tier of a symbol for several terms (`None` unless every term starts a word), and
    /// whether they all start words of the name.
    fn tier_of_terms(&self, entry: &Entry, query: &Query<'_>) -> Option<(Tier, bool)> {
        let words = self.words(entry);
        let name_end = entry.start as usize + entry.name_len as usize;
        let in_name = query.terms.iter().all(|term| {
            words.iter().any(|&word| {
                let offset = (word & OFFSET) as usize;
                offset < name_end && self.at(offset, term).is_some()
            })
        });
        let every_term_starts_a_word = query.terms.iter().all(|term| {
            words
                .iter()
                .any(|&word| self.at((word & OFFSET) as usize, term).is_some())
        });
        if !every_term_starts_a_word {
            return None;
        }
        let mut best = Tier::Word;
        for &word in words.iter().filter(|&&word| word & FIELD_START != 0) {
            let offset = (word & OFFSET) as usize;
            match self.at(offset, query.phrase) {
                Some(true) if offset == entry.start as usize => return Some((Tier::Exact, true)),
                Some(_) if offset == entry.start as usize => best = Tier::Prefix,
                _ => {}
            }
        }
        Some((best, in_name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::tests::library;

    fn ids(hits: &[Hit]) -> Vec<&'static str> {
        hits.iter()
            .map(|hit| library().symbols()[hit.symbol].id.as_str())
            .collect()
    }

    /// `query` typed by a profile in `lang` finds `id` among the first `within` results.
    fn check(lang: &str, query: &str, id: &str, within: usize) {
        let hits = library().search(query, lang, 60);
        let found = ids(&hits);
        let rank = found.iter().position(|&found_id| found_id == id);
        assert!(
            rank.is_some_and(|rank| rank < within),
            "{lang} {query:?}: {id} at {rank:?}, want < {within}; got {:?}",
            describe(&hits[..hits.len().min(8)])
        );
    }

    /// `query` finds `id` first, as an exact name.
    fn check_exact(lang: &str, query: &str, id: &str) {
        let hits = library().search(query, lang, 60);
        assert_eq!(
            hits.first()
                .map(|hit| (library().symbols()[hit.symbol].id.as_str(), hit.tier)),
            Some((id, Tier::Exact)),
            "{lang} {query:?}: {:?}",
            describe(&hits[..hits.len().min(8)])
        );
    }

    fn describe(hits: &[Hit]) -> Vec<String> {
        hits.iter()
            .map(|hit| {
                let symbol = &library().symbols()[hit.symbol];
                format!(
                    "{} {:?} {} {:?}",
                    symbol.id,
                    hit.tier,
                    LANGUAGES[hit.lang],
                    symbol.name_at(hit.lang)
                )
            })
            .collect()
    }

    const RED_APPLE: &str = "1F34E";
    const BREAD: &str = "1F35E";
    const BUS: &str = "1F68C";
    const TOOTH: &str = "1F9B7";
    const HOT_BEVERAGE: &str = "2615";
    const TOOTHBRUSH: &str = "1FAA5";
    const DOG: &str = "1F415";
    const WATER_WAVE: &str = "1F30A";

    #[test]
    fn a_word_of_the_name_comes_before_a_keyword() {
        // "pie" has the keyword "apple"; the apples are called so.
        let hits = library().search("apple", "en", 60);
        let found = ids(&hits);
        let pie = found
            .iter()
            .position(|id| *id == "1F967")
            .expect("pie is found");
        for apple in ["1F34E", "1F34F"] {
            let at = found
                .iter()
                .position(|id| *id == apple)
                .expect("apples are found");
            assert!(at < pie, "{apple} at {at}, pie at {pie}: {found:?}");
        }
        // The same holds from another language: a Catalan profile typing English.
        check("ca", "apple", "1F34E", 2);
    }

    #[test]
    fn catalan() {
        check_exact("ca", "poma vermella", RED_APPLE);
        check("ca", "poma", RED_APPLE, 3);
        check_exact("ca", "pa", BREAD);
        check_exact("ca", "autobús", BUS);
        check_exact("ca", "autobus", BUS);
        check("ca", "dents", TOOTH, 5);
        check("ca", "raspall de dents", TOOTHBRUSH, 1);
        check("ca", "gos", DOG, 3);
    }

    #[test]
    fn spanish() {
        check_exact("es", "manzana roja", RED_APPLE);
        check("es", "manzana", RED_APPLE, 3);
        check_exact("es", "autobús", BUS);
        check_exact("es", "AUTOBUS", BUS);
        check_exact("es", "diente", TOOTH);
        check("es", "perro", DOG, 3);
        // "pan" is also a keyword of bagel and starts "panda": bread is near, not first.
        check("es", "pan", BREAD, 5);
        check_exact("es", "pan de molde", BREAD);
    }

    #[test]
    fn english() {
        check_exact("en", "red apple", RED_APPLE);
        check("en", "apple", RED_APPLE, 3);
        check_exact("en", "bus", BUS);
        check_exact("en", "Tooth", TOOTH);
        check("en", "toothbrush", TOOTHBRUSH, 1);
        check("en", "dog", DOG, 3);
    }

    #[test]
    fn basque() {
        check_exact("eu", "sagar gorria", RED_APPLE);
        check("eu", "sagar", RED_APPLE, 3);
        check_exact("eu", "autobusa", BUS);
        check_exact("eu", "hortz", TOOTH);
        check("eu", "ogi", BREAD, 3);
    }

    #[test]
    fn galician() {
        check_exact("gl", "mazá vermella", RED_APPLE);
        check("gl", "maza", RED_APPLE, 3);
        check_exact("gl", "autobus", BUS);
        check_exact("gl", "dente", TOOTH);
        check("gl", "can", DOG, 5);
    }

    #[test]
    fn french() {
        check_exact("fr", "pomme rouge", RED_APPLE);
        check("fr", "pomme", RED_APPLE, 3);
        check_exact("fr", "bus", BUS);
        check_exact("fr", "dent", TOOTH);
        check("fr", "pain", BREAD, 3);
        check("fr", "chien", DOG, 3);
    }

    #[test]
    fn accents_and_case_do_not_matter() {
        // ☕ has "café"/"cafè" as a keyword, not as its name.
        check("es", "cafe", HOT_BEVERAGE, 3);
        check("fr", "cafe", HOT_BEVERAGE, 3);
        check("ca", "cafe", HOT_BEVERAGE, 3);
        check("ca", "CAFÈ", HOT_BEVERAGE, 3);
        check("fr", "ÉCOLE", "1F3EB", 3);
        check_exact("es", "nino", "1F466");
    }

    #[test]
    fn exact_name_comes_first_then_prefix_then_substring() {
        let hits = library().search("pa", "ca", 500);
        assert_eq!(ids(&hits[..1]), [BREAD]);
        let tiers: Vec<Tier> = hits
            .iter()
            .filter(|hit| hit.lang == 0)
            .map(|hit| hit.tier)
            .collect();
        assert!(tiers.windows(2).all(|pair| pair[0] <= pair[1]), "{tiers:?}");
        assert!(tiers.contains(&Tier::Prefix) && tiers.contains(&Tier::Word));
        assert!(tiers.contains(&Tier::Substring));

        // "ona" starts a word of "onada" (wave) but is inside many more words.
        let hits = library().search("onada", "ca", 60);
        assert_eq!(hits.first().map(|hit| hit.tier), Some(Tier::Exact));
        assert_eq!(ids(&hits[..1]), [WATER_WAVE]);
    }

    #[test]
    fn the_profile_language_comes_before_the_others() {
        // "pain" is French for bread and an English word of several faces.
        let hits = library().search("pain", "fr", 60);
        assert_eq!(ids(&hits[..1]), [BREAD]);
        assert_eq!(hits[0].lang, 5);
        // English "bread" found from a Catalan profile, after any Catalan match.
        let hits = library().search("bread", "ca", 60);
        assert!(ids(&hits).contains(&BREAD));
        let first_other = hits
            .iter()
            .position(|hit| hit.lang != 0)
            .unwrap_or(hits.len());
        assert!(hits[first_other..].iter().all(|hit| hit.lang != 0));
        assert!(hits[..first_other].iter().all(|hit| hit.lang == 0));
        // The matched language is reported.
        let hit = hits
            .iter()
            .find(|hit| ids(&[**hit]) == [BREAD])
            .expect("bread");
        assert_eq!(LANGUAGES[hit.lang], "en");
    }

    #[test]
    fn a_symbol_appears_once() {
        let hits = library().search("a", "ca", usize::MAX);
        let mut symbols: Vec<usize> = hits.iter().map(|hit| hit.symbol).collect();
        symbols.sort_unstable();
        symbols.dedup();
        assert_eq!(symbols.len(), hits.len());
    }

    #[test]
    fn several_words_must_each_start_a_word() {
        check_exact("ca", "poma   vermella", RED_APPLE);
        check("ca", "vermella poma", RED_APPLE, 1);
        check("ca", "pom verm", RED_APPLE, 1);
        let hits = library().search("oma ermella", "ca", 60);
        assert!(
            !ids(&hits).contains(&RED_APPLE),
            "substrings are not enough"
        );
        let hits = library().search("poma vermella", "ca", 60);
        assert!(hits.iter().all(|hit| hit.tier <= Tier::Word));
    }

    #[test]
    fn limits_and_blank_queries() {
        assert!(library().search("", "ca", 60).is_empty());
        assert!(library().search("   \t ", "ca", 60).is_empty());
        assert!(library().search("poma", "ca", 0).is_empty());
        assert_eq!(library().search("a", "ca", 7).len(), 7);
        assert!(library().search("zzzzqqq", "ca", 60).is_empty());
        // An unknown profile language searches English first.
        check_exact("xx", "bus", BUS);
    }

    #[test]
    fn a_truncated_result_is_the_head_of_the_full_one() {
        for query in ["a", "pa", "ca", "mo"] {
            let full = library().search(query, "es", usize::MAX);
            let head = library().search(query, "es", 25);
            assert_eq!(head, full[..25]);
        }
    }
}
