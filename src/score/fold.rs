//! Script and spelling folding, so that words can be compared across languages.
//!
//! [`fold`] lowercases, transliterates Cyrillic to Latin (a plain scholarly-style
//! table, one Latin string per letter) and strips diacritics through Unicode
//! canonical decomposition (NFD, then dropping combining marks), so that
//! `Genève`, `Genf`'s neighbours and `Женева` all land in one comparable alphabet.
//!
//! [`phonetic`] then collapses the spelling variants that transliteration
//! conventions disagree on (German `w`/`sch`/`tsch`, English `v`/`sh`/`ch`,
//! French `ou`/`ch`), so that `Lawrow`, `Lavrov` and `Лавров` share one key.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lowercases, transliterates Cyrillic and strips diacritics (`Éloïse` -> `eloise`,
/// `Щука` -> `shchuka`, `Straße` -> `strasse`).
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    if word.is_ascii() {
        out.extend(word.chars().map(|c| c.to_ascii_lowercase()));
        return out;
    }
    for c in word.chars().flat_map(char::to_lowercase) {
        if let Some(latin) = cyrillic(c) {
            out.push_str(latin);
        } else if c == 'ß' {
            out.push_str("ss");
        } else if c == 'æ' {
            out.push_str("ae");
        } else if c == 'œ' {
            out.push_str("oe");
        } else {
            out.extend(c.nfd().filter(|m| !is_combining_mark(*m)));
        }
    }
    out
}

/// Collapses transliteration variants of an already [`fold`]ed word into one
/// key: consonant clusters first (longest first), then single letters, then
/// doubled letters. Lossy on purpose: it is only ever compared for equality or
/// similarity, never shown.
pub fn phonetic(folded: &str) -> String {
    // Cluster table: German, English and French renderings of the same Russian
    // (or other) sounds; e.g. щ = shch (en) / schtsch (de) / chtch (fr).
    // German `ch` and Russian х (`kh`) are one sound; French `ch` (ш) is
    // the loser of that choice and is left to the similarity match.
    const CLUSTERS: [(&str, &str); 11] = [
        ("schtsch", "S"),
        ("shch", "S"),
        ("chtch", "S"),
        ("tsch", "C"),
        ("sch", "S"),
        ("tch", "C"),
        ("kh", "h"),
        ("sh", "S"),
        ("ch", "h"),
        ("ts", "z"),
        ("tz", "z"),
    ];
    let mut s = folded.to_string();
    for (from, to) in CLUSTERS {
        if s.contains(from) {
            s = s.replace(from, to);
        }
    }
    let mapped = s.chars().map(|c| match c {
        'w' => 'v',
        'j' | 'y' => 'i',
        'z' => 's',
        'c' | 'q' => 'k',
        'S' => 's',
        'C' => 'c',
        other => other,
    });
    let mut out = String::with_capacity(s.len());
    for c in mapped {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// The Latin rendering of a lowercase Cyrillic letter (Russian alphabet plus
/// the Ukrainian/Belarusian letters seen in names), or `None` for other chars.
fn cyrillic(c: char) -> Option<&'static str> {
    const RU: [&str; 32] = [
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s",
        "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia",
    ];
    match c {
        'а'..='я' => Some(RU[(c as u32 - 'а' as u32) as usize]),
        'ё' => Some("e"),
        'і' | 'ї' => Some("i"),
        'є' => Some("e"),
        'ў' => Some("u"),
        'ґ' => Some("g"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_diacritics_and_case() {
        assert_eq!(fold("Éloïse"), "eloise");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("ÜBER"), "uber");
        assert_eq!(fold("Genève"), "geneve");
    }

    #[test]
    fn transliterates_cyrillic() {
        assert_eq!(fold("Лавров"), "lavrov");
        assert_eq!(fold("Щука"), "shchuka");
        assert_eq!(fold("Юрий"), "iurii");
    }

    #[test]
    fn transliteration_variants_share_a_key() {
        let key = phonetic(&fold("Лавров"));
        assert_eq!(phonetic(&fold("Lawrow")), key);
        assert_eq!(phonetic(&fold("Lavrov")), key);
        assert_eq!(
            phonetic(&fold("Chruschtschow")),
            phonetic(&fold("Khrushchov"))
        );
        assert_eq!(phonetic(&fold("Jelzin")), phonetic(&fold("Yeltsin")));
    }
}
