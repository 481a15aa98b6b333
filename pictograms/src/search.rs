//! Searching the library as the facilitator types (issues #3 and #21).
//!
//! The rules: search in the profile's language, then the others; case- and
//! accent-insensitive (`pa` finds `pà`, `cafe` finds `café`); whole words before the
//! starts of words, the starts of words before the inside of a word; the name and the
//! everyday words before the keywords; the exact name first. A word inside another
//! ("apple" in "pineapple") counts only in the name: in keywords it finds things by
//! accident ("grapple" for "apple"). A query word that looks like a plural (`zapatos`,
//! `sabates`, `llibres`) also finds its singular as a whole word.
//!
//! At load, each language's names, everyday words and keywords are folded
//! ([`crate::fold`]) into one text, with the start of every word recorded. A query then
//! costs one substring scan of that text per language (a few more for a plural) and a
//! look at the word starts of the symbols it hits; nothing is allocated per symbol.

use crate::fold::fold;
use crate::library::{language_index, Library, ENGLISH, LANGUAGES};
use memchr::memmem::Finder;

/// How well a symbol matched; the lower the better. "Word" below means each word of the
/// query: all of them must match, and the symbol's tier is that of its worst word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    /// The name is the query.
    Exact,
    /// Every word is a whole everyday word of the symbol (the supplement of
    /// `scripts/build-pictograms.mjs`: "metge" for the health worker).
    Everyday,
    /// Every word is a whole word of the name (or an everyday word): "llet" finds
    /// "got de llet".
    Name,
    /// Every word is a whole word of the name or of a keyword: "milk" finds the cow,
    /// whose keyword it is, before "milky way".
    Keyword,
    /// Every word starts a word of the name (or of an everyday word): "lletra M" for
    /// "llet", "panda" for "pan".
    Prefix,
    /// Every word starts a word of the name or of a keyword.
    Word,
    /// The query (one word) is inside a word of the name: "pineapple" for "apple".
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

const TIERS: [Tier; 7] = [
    Tier::Exact,
    Tier::Everyday,
    Tier::Name,
    Tier::Keyword,
    Tier::Prefix,
    Tier::Word,
    Tier::Substring,
];

impl Library {
    /// The symbols matching `query`, best first, at most `limit`.
    ///
    /// Matches in `lang` (the profile's language; English if not one of [`LANGUAGES`])
    /// come before matches in other languages; then by [`Tier`]; then names that start
    /// with the query's first word; then shorter names; then OpenMoji's order. A symbol
    /// appears once, with its best match. A blank query finds nothing.
    pub fn search(&self, query: &str, lang: &str, limit: usize) -> Vec<Hit> {
        let folded = fold(query);
        let words: Vec<&str> = folded.split_whitespace().collect();
        if words.is_empty() || limit == 0 || self.is_empty() {
            return Vec::new();
        }
        let phrase = words.join(" ");
        let terms: Vec<Term<'_>> = words.iter().map(|word| Term::new(word)).collect();
        // The longest word is the rarest: its occurrences give the candidates. For a
        // plural, the part it shares with its singulars does ("zapat" for "zapatos").
        let Some(longest) = terms.iter().max_by_key(|term| term.text.len()) else {
            return Vec::new();
        };
        let probe = Finder::new(longest.shared_start());
        let query = Query {
            terms: &terms,
            phrase: &phrase,
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
            index.scan(&probe, &query, |symbol, found| {
                let key = other << 62
                    | (found.tier as u64) << 56
                    | u64::from(!found.starts_name) << 55
                    | (found.name_len.min(0xFFFF) as u64) << 32
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
                tier: TIERS
                    .get(((key >> 56) & 0x3F) as usize)
                    .copied()
                    .unwrap_or(Tier::Substring),
            })
            .collect()
    }
}

/// One folded word of the query.
struct Term<'q> {
    text: &'q str,
    /// What it would be in the singular if it is a plural, to be found as whole words
    /// only: `zapatos` → `zapato`, `sabates` → `sabata`, `pantalons` → `pantalo`,
    /// `cherries` → `cherry`. Empty for words shorter than four letters or not ending
    /// in `s`.
    singulars: Vec<String>,
}

impl<'q> Term<'q> {
    fn new(text: &'q str) -> Term<'q> {
        let mut singulars = Vec::new();
        if text.chars().count() >= 4 {
            if let Some(stem) = text.strip_suffix('s') {
                // English, Spanish, Catalan, Galician, French: -s.
                singulars.push(stem.to_owned());
                if let Some(stem) = text.strip_suffix("es") {
                    // Spanish -es (pantalones), Catalan -es for -a (sabates, pomes).
                    singulars.push(stem.to_owned());
                    singulars.push(format!("{stem}a"));
                }
                if let Some(stem) = text.strip_suffix("ns") {
                    // Catalan -ns for -ó and -à (pantalons, camions).
                    singulars.push(stem.to_owned());
                }
                if let Some(stem) = text.strip_suffix("ies") {
                    // English -ies for -y (cherries).
                    singulars.push(format!("{stem}y"));
                }
            }
        }
        singulars.retain(|singular| !singular.is_empty());
        Term { text, singulars }
    }

    /// The start the word shares with all its singulars: the whole word when it has none.
    fn shared_start(&self) -> &'q str {
        let mut end = self.text.len();
        for singular in &self.singulars {
            let shared: usize = self
                .text
                .chars()
                .zip(singular.chars())
                .take_while(|(a, b)| a == b)
                .map(|(a, _)| a.len_utf8())
                .sum();
            end = end.min(shared);
        }
        self.text.get(..end).unwrap_or(self.text)
    }
}

/// A folded query.
struct Query<'q> {
    terms: &'q [Term<'q>],
    /// The words joined by single spaces.
    phrase: &'q str,
}

/// How one symbol matched, as [`LanguageIndex::scan`] reports it.
struct Found {
    tier: Tier,
    /// Whether the name starts with the query's first word.
    starts_name: bool,
    /// Length in bytes of the folded name.
    name_len: usize,
}

/// How one word of the query matched one symbol; the lower the better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Match {
    WholeEveryday,
    WholeName,
    WholeKeyword,
    /// The start of a word of the name or of an everyday word.
    StartOfName,
    StartOfKeyword,
}

/// Marks a word start that is also the start of a field (the name, an everyday word or
/// a keyword).
const FIELD_START: u32 = 1 << 31;
const OFFSET: u32 = !FIELD_START;

/// The folded names, everyday words and keywords of every symbol in one language.
///
/// `text` holds, symbol after symbol, the name, then each everyday word, then each
/// keyword, every field ended by `'\n'` (which folded fields never contain, nor do query
/// words).
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
    /// End of the everyday words (the start of the keywords).
    everyday_end: u32,
    /// End of the last field, after its `'\n'`.
    end: u32,
    /// Length in bytes of the folded name.
    name_len: u32,
    /// This symbol's range in `word_starts`.
    words_from: u32,
    words_to: u32,
}

impl Entry {
    fn name_end(&self) -> usize {
        self.start as usize + self.name_len as usize
    }
}

impl LanguageIndex {
    /// Folds each symbol's (name, everyday words, keywords); `None` if the text passes
    /// 2 GiB.
    pub(crate) fn build<'a>(
        symbols: impl Iterator<Item = (&'a str, &'a [String], &'a [String])>,
    ) -> Option<LanguageIndex> {
        let mut index = LanguageIndex {
            text: String::new(),
            entries: Vec::new(),
            word_starts: Vec::new(),
        };
        for (name, everyday, keywords) in symbols {
            let start = index.text.len();
            let words_from = index.word_starts.len();
            index.push_field(name)?;
            let name_len = index.text.len() - start - 1;
            for word in everyday {
                index.push_field(word)?;
            }
            let everyday_end = index.text.len();
            for keyword in keywords {
                index.push_field(keyword)?;
            }
            index.entries.push(Entry {
                start: u32::try_from(start).ok()?,
                everyday_end: u32::try_from(everyday_end).ok()?,
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

    /// Calls `found(symbol, how)` for every symbol where `probe` occurs and the query
    /// matches.
    fn scan(&self, probe: &Finder<'_>, query: &Query<'_>, mut found: impl FnMut(usize, Found)) {
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
            if let Some(how) = self.match_entry(entry, query) {
                found(entry_idx, how);
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

    /// Whether `needle` stands at `offset`: `None` if not there, else whether it is a
    /// whole word there (what follows is not a letter or digit).
    fn at(&self, offset: usize, needle: &str) -> Option<bool> {
        let rest = self.text.as_bytes().get(offset..)?;
        if !rest.starts_with(needle.as_bytes()) {
            return None;
        }
        let end = offset + needle.len();
        Some(match self.text.as_bytes().get(end) {
            None => true,
            Some(byte) if byte.is_ascii() => !byte.is_ascii_alphanumeric(),
            // A letter of another script or with an accent folding left alone.
            Some(_) => !self
                .text
                .get(end..)
                .and_then(|after| after.chars().next())
                .is_some_and(char::is_alphanumeric),
        })
    }

    /// How the query matches a symbol, if it does.
    fn match_entry(&self, entry: &Entry, query: &Query<'_>) -> Option<Found> {
        let name_len = entry.name_len as usize;
        let name = self
            .text
            .get(entry.start as usize..entry.name_end())
            .unwrap_or("");
        let mut worst = Match::WholeEveryday;
        let mut starts_name = false;
        for (term_idx, term) in query.terms.iter().enumerate() {
            match self.match_term(entry, term) {
                Some((how, at_name_start)) => {
                    worst = worst.max(how);
                    if term_idx == 0 {
                        starts_name = at_name_start;
                    }
                }
                None if query.terms.len() == 1 && name.contains(term.text) => {
                    return Some(Found {
                        tier: Tier::Substring,
                        starts_name: false,
                        name_len,
                    });
                }
                None => return None,
            }
        }
        let tier = if name == query.phrase {
            Tier::Exact
        } else {
            match worst {
                Match::WholeEveryday => Tier::Everyday,
                Match::WholeName => Tier::Name,
                Match::WholeKeyword => Tier::Keyword,
                Match::StartOfName => Tier::Prefix,
                Match::StartOfKeyword => Tier::Word,
            }
        };
        Some(Found {
            tier,
            starts_name,
            name_len,
        })
    }

    /// The best match of one query word in a symbol, and whether it is at the start of
    /// the name.
    fn match_term(&self, entry: &Entry, term: &Term<'_>) -> Option<(Match, bool)> {
        let name_end = entry.name_end();
        let mut best: Option<(Match, bool)> = None;
        for &word in self.words(entry) {
            let offset = (word & OFFSET) as usize;
            let whole = match self.at(offset, term.text) {
                Some(whole) => whole,
                // A singular counts only as a whole word: "zapato" for "zapatos".
                None if term
                    .singulars
                    .iter()
                    .any(|singular| self.at(offset, singular) == Some(true)) =>
                {
                    true
                }
                None => continue,
            };
            let in_name = offset < name_end;
            let in_everyday = !in_name && offset < entry.everyday_end as usize;
            let how = if !whole && (in_name || in_everyday) {
                Match::StartOfName
            } else if !whole {
                Match::StartOfKeyword
            } else if in_name {
                Match::WholeName
            } else if in_everyday {
                Match::WholeEveryday
            } else {
                Match::WholeKeyword
            };
            let found = (how, offset == entry.start as usize);
            if best.is_none_or(|best| (found.0, !found.1) < (best.0, !best.1)) {
                best = Some(found);
            }
        }
        best
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
        // "pan" is also a word of "pan relleno", a keyword of the bagel and the start of
        // "panda": the loaf comes first by its everyday word (issue #21).
        check("es", "pan", BREAD, 1);
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
    fn portuguese() {
        check("pt", "maçã", RED_APPLE, 3);
        check("pt", "maca", RED_APPLE, 3);
        check_exact("pt", "autocarro", BUS);
        check("pt", "pão", BREAD, 3);
        check("pt", "cão", DOG, 3);
        check_exact("pt", "dente", TOOTH);
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

    /// The tier of `id` for `query` in `lang`.
    fn tier(lang: &str, query: &str, id: &str) -> Option<Tier> {
        library()
            .search(query, lang, usize::MAX)
            .into_iter()
            .find(|hit| library().symbols()[hit.symbol].id == id)
            .map(|hit| hit.tier)
    }

    /// `first` comes before `then` for `query` in `lang`.
    fn check_order(lang: &str, query: &str, first: &str, then: &str) {
        let hits = library().search(query, lang, usize::MAX);
        let found = ids(&hits);
        let at = |id: &str| found.iter().position(|found_id| *found_id == id);
        assert!(
            at(first).is_some() && at(first) < at(then).or(Some(usize::MAX)),
            "{lang} {query:?}: {first} at {:?}, {then} at {:?}; got {:?}",
            at(first),
            at(then),
            describe(&hits[..hits.len().min(8)])
        );
    }

    const GLASS_OF_MILK: &str = "1F95B";
    const LETTER_M: &str = "24C2";
    const PANDA: &str = "1F43C";

    #[test]
    fn a_whole_word_comes_before_the_start_of_a_word() {
        // Regression (issue #21): "lletra M" came before "got de llet".
        assert_eq!(tier("ca", "llet", GLASS_OF_MILK), Some(Tier::Name));
        assert_eq!(tier("ca", "llet", LETTER_M), Some(Tier::Prefix));
        check_order("ca", "llet", GLASS_OF_MILK, LETTER_M);
        // Regression (issue #21): "pan" found "panda" first.
        check_order("es", "pan", BREAD, PANDA);
        // A whole keyword before a name that only starts with the query.
        assert_eq!(tier("en", "milk", "1F404"), Some(Tier::Keyword));
        assert_eq!(tier("en", "milk", "1F30C"), Some(Tier::Prefix));
        check_order("en", "milk", "1F404", "1F30C");
        // Typing on: a name that starts with the query before a word further on.
        assert_eq!(tier("ca", "pom", RED_APPLE), Some(Tier::Prefix));
        check_order("ca", "lle", "24C2", GLASS_OF_MILK);
    }

    #[test]
    fn inside_a_word_counts_only_in_the_name() {
        // Regression (issue #21): "apple" found three wrestlers by their keyword "grapple".
        let hits = library().search("apple", "en", usize::MAX);
        assert!(ids(&hits).contains(&"1F34D"), "pineapple, by its name");
        assert_eq!(tier("en", "apple", "1F34D"), Some(Tier::Substring));
        for wrestlers in ["1F93C", "1F93C-200D-2642-FE0F", "1F93C-200D-2640-FE0F"] {
            assert_eq!(tier("en", "apple", wrestlers), None);
        }
        // Still found by the start of a keyword's word.
        assert_eq!(tier("en", "grap", "1F93C"), Some(Tier::Word));
    }

    #[test]
    fn everyday_words_come_right_after_the_exact_name() {
        let health_worker = "1F9D1-200D-2695-FE0F";
        assert_eq!(tier("ca", "metge", health_worker), Some(Tier::Everyday));
        check_order("ca", "metge", health_worker, "1F48A");
        assert_eq!(tier("en", "doctor", health_worker), Some(Tier::Everyday));
        // A prefix of an everyday word counts like the start of a name's word.
        assert_eq!(tier("ca", "lleg", "1F4D6"), Some(Tier::Prefix));
        // The exact name still comes first.
        assert_eq!(tier("ca", "casa", "1F3E0"), Some(Tier::Exact));
    }

    #[test]
    fn a_plural_finds_its_singular_as_a_whole_word() {
        assert_eq!(tier("es", "zapatos", "1F45E"), Some(Tier::Name));
        assert_eq!(tier("ca", "sabates", "1F97F"), Some(Tier::Name));
        assert_eq!(tier("ca", "camions", "1F69A"), Some(Tier::Name));
        assert_eq!(tier("ca", "pomes", RED_APPLE), Some(Tier::Name));
        assert_eq!(tier("en", "cherries", "1F338"), Some(Tier::Name));
        assert_eq!(tier("ca", "dents", TOOTH), Some(Tier::Name));
        assert_eq!(tier("en", "cherries", "1F352"), Some(Tier::Exact));
        assert_eq!(tier("en", "dogs", DOG), Some(Tier::Name));
        // Only as a whole word: "autobús" is no plural of "autobu…".
        // Tried, but only as a whole word: "autobus" is no plural of "autobu…".
        assert_eq!(Term::new("autobus").singulars, ["autobu"]);
        check_exact("ca", "autobus", BUS);
        assert!(Term::new("bus").singulars.is_empty(), "too short");
        assert!(Term::new("poma").singulars.is_empty(), "no s");
        assert_eq!(
            Term::new("sabates").singulars,
            ["sabate", "sabat", "sabata"]
        );
        assert_eq!(Term::new("pantalons").singulars, ["pantalon", "pantalo"]);
        assert_eq!(
            Term::new("cherries").singulars,
            ["cherrie", "cherri", "cherria", "cherry"]
        );
        // One scan finds the plural and its singulars.
        assert_eq!(Term::new("sabates").shared_start(), "sabat");
        assert_eq!(Term::new("cherries").shared_start(), "cherr");
        assert_eq!(Term::new("poma").shared_start(), "poma");
        assert_eq!(Term::new("gats").shared_start(), "gat");
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
