//! A rough lexical similarity for telling which of two candidate pairings is
//! the right one: names and cognates (`Minister` / `minister` / `министр`,
//! `Provinzen` / `provinces`) keep their first letters across the five
//! languages once accents are stripped and Cyrillic is transliterated
//! (a simplified GOST 7.79 / ISO 9 scheme).

use std::collections::BTreeSet;

use unicode_normalization::UnicodeNormalization;

/// Letters of a word that make its key.
const PREFIX: usize = 4;

/// Latin letters for a Cyrillic one.
fn translit(c: char) -> &'static str {
    match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'й' | 'ы' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' | 'щ' => "sh",
        'ю' => "iu",
        'я' => "ia",
        _ => "",
    }
}

/// The key of a word: its first letters, lowercased, unaccented, in Latin script.
fn key(word: &str) -> String {
    let mut out = String::new();
    for c in word.to_lowercase().nfd() {
        if c.is_ascii_alphabetic() {
            out.push(c);
        } else if ('\u{430}'..='\u{44f}').contains(&c) || c == 'ё' {
            out.push_str(translit(c));
        } else if c == 'ß' {
            out.push_str("ss");
        }
    }
    out.chars().take(PREFIX).collect()
}

/// The keys of the words of `text` long enough to carry meaning.
pub fn keys(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 4)
        .map(key)
        .filter(|k| k.len() == PREFIX)
        .collect()
}

/// The keys of the capitalised words of `text` that do not open a sentence:
/// mostly names (German capitalises every noun, but its nouns meet
/// lower-case words in the other languages, so a capitalised word on both
/// sides is still a name).
pub fn names(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut opens = true;
    for token in text.split_whitespace() {
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        if !opens
            && word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().count() >= 3
        {
            out.insert(key(word));
        }
        opens = token.ends_with(['.', '!', '?', ':']) || word.is_empty();
    }
    out.retain(|k| k.len() >= 3);
    out
}

/// Share of the keys of the smaller side found on the other, in [0, 1].
pub fn similarity(a: &str, b: &str) -> f64 {
    let (ka, kb) = (keys(a), keys(b));
    let smaller = ka.len().min(kb.len());
    if smaller == 0 {
        return 0.0;
    }
    ka.intersection(&kb).count() as f64 / smaller as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_capitalised_words_inside_sentences() {
        let de = names("Die Übersetzung stammt von Dr. Lucía Ferrer aus Madrid.");
        let ru = names("Перевод выполнила д-р Лусия Феррер из Мадрида.");
        assert!(de.contains("ferr") && ru.contains("ferr"), "{de:?} {ru:?}");
        assert!(!de.contains("die"), "{de:?}");
        assert!(ru.contains("madr"));
    }

    #[test]
    fn cognates_and_names_match_across_scripts() {
        let en = "the minister met representatives of small firms from the northern provinces";
        let de = "traf der Minister Vertreter kleiner Firmen aus den nördlichen Provinzen";
        let ru = "министр встретился с представителями малых фирм из северных провинций";
        let other = "Besprochen wurden Exportkredite, Zollvorschriften und die Ausbildung";
        assert!(similarity(en, de) > 0.3, "{}", similarity(en, de));
        assert!(similarity(en, ru) > 0.3, "{}", similarity(en, ru));
        assert!(similarity(en, other) < 0.1);
        assert_eq!(similarity("", en), 0.0);
    }
}
