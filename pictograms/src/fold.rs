//! Folding text for search: lower case, no accents, so `cafe` finds `café` and `pa` finds `pà`.
//!
//! Hand-written on purpose. A Unicode normalisation crate (NFD tables plus a mark
//! database) would add tens of kilobytes to the wasm, which has a hard size budget, and
//! the six languages Pictokit speaks (Catalan, Spanish, English, Basque, Galician,
//! French) only need the Latin letters below. Combining accents (U+0300–U+036F) are
//! dropped too, so text typed in decomposed form folds the same way. Anything else
//! (Greek, Cyrillic, symbols, punctuation) passes through, lower-cased by `std`.

/// Folds `text` for comparison: lower case, Latin diacritics stripped, the Catalan
/// middle dot removed (`col·lecció` → `colleccio`), `œ` → `oe`, `æ` → `ae`, `ß` → `ss`,
/// and typographic apostrophes (`’`, `ʼ`) turned into `'`.
///
/// ```
/// use pictokit_pictograms::fold::fold;
/// assert_eq!(fold("Col·lecció"), "colleccio");
/// assert_eq!(fold("Ñandú"), "nandu");
/// ```
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// [`fold`], appending to `out` instead of allocating.
pub fn fold_into(text: &str, out: &mut String) {
    for ch in text.chars() {
        if ch.is_ascii() {
            out.push(ch.to_ascii_lowercase());
            continue;
        }
        match fold_char(ch) {
            Folded::Drop => {}
            Folded::One(folded) => out.push(folded),
            Folded::Two(first, second) => {
                out.push(first);
                out.push(second);
            }
            Folded::Lower => out.extend(ch.to_lowercase()),
        }
    }
}

/// What one non-ASCII character folds to.
enum Folded {
    Drop,
    One(char),
    Two(char, char),
    Lower,
}

fn fold_char(ch: char) -> Folded {
    let one = match ch {
        // Combining diacritical marks, the Catalan middle dot (and its look-alike, the
        // Greek ano teleia, canonically equivalent to it), soft hyphen.
        '\u{0300}'..='\u{036F}' | '·' | '\u{0387}' | '\u{2027}' | '\u{00AD}' => {
            return Folded::Drop
        }
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å'
        | 'Ā' | 'Ă' | 'Ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' | 'Ç' | 'Ć' | 'Ĉ' | 'Ċ' | 'Č' => 'c',
        'ď' | 'đ' | 'ð' | 'Ď' | 'Đ' | 'Ð' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ĕ'
        | 'Ė' | 'Ę' | 'Ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' | 'Ĝ' | 'Ğ' | 'Ġ' | 'Ģ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ĩ' | 'Ī'
        | 'Ĭ' | 'Į' | 'İ' => 'i',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' | 'Ĺ' | 'Ļ' | 'Ľ' | 'Ŀ' | 'Ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' | 'Ñ' | 'Ń' | 'Ņ' | 'Ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø'
        | 'Ō' | 'Ŏ' | 'Ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' | 'Ŕ' | 'Ŗ' | 'Ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'Ś' | 'Ŝ' | 'Ş' | 'Š' => 's',
        'ţ' | 'ť' | 'Ţ' | 'Ť' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ũ'
        | 'Ū' | 'Ŭ' | 'Ů' | 'Ű' | 'Ų' => 'u',
        'ý' | 'ÿ' | 'ŷ' | 'Ý' | 'Ÿ' | 'Ŷ' => 'y',
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => 'z',
        '’' | 'ʼ' | '‘' | '´' => '\'',
        'œ' | 'Œ' => return Folded::Two('o', 'e'),
        'æ' | 'Æ' => return Folded::Two('a', 'e'),
        'ß' | 'ẞ' => return Folded::Two('s', 's'),
        'þ' | 'Þ' => return Folded::Two('t', 'h'),
        _ => return Folded::Lower,
    };
    Folded::One(one)
}

#[cfg(test)]
mod tests {
    use super::fold;

    fn check(input: &str, expected: &str) {
        assert_eq!(fold(input), expected, "fold({input:?})");
    }

    #[test]
    fn folds_the_letters_of_the_six_languages() {
        check("Pà", "pa");
        check("CAFÉ", "cafe");
        check("col·lecció", "colleccio");
        check("COL·LECCIÓ", "colleccio");
        check("coŀlecció", "colleccio");
        check("niño pingüino", "nino pinguino");
        check("garçon œuf cœur", "garcon oeuf coeur");
        check("Æsir Straße", "aesir strasse");
        check(
            "àáâäãåā èéêë ìíîï òóôöõø ùúûü ýÿ ç ñ",
            "aaaaaaa eeee iiii oooooo uuuu yy c n",
        );
        check("Euskara: ñ, ü", "euskara: n, u");
        check("galego: á é í ó ú ñ", "galego: a e i o u n");
    }

    #[test]
    fn decomposed_accents_fold_like_composed_ones() {
        check("cafe\u{301}", "cafe");
        check("n\u{303}", "n");
    }

    #[test]
    fn apostrophes_are_one_character() {
        check("d’obertura", "d'obertura");
        check("l'hora", "l'hora");
    }

    #[test]
    fn other_scripts_pass_through_lower_cased() {
        check("ΑΒΓ", "αβγ");
        check("Москва", "москва");
        check("日本 🍎", "日本 🍎");
    }
}
