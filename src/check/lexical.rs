//! A rough lexical similarity for telling which of two candidate pairings is
//! the right one: names and cognates (`Minister` / `minister` / `министр`,
//! `Provinzen` / `provinces`) keep their first letters across the five
//! languages once accents are stripped and Cyrillic is transliterated
//! (with [`crate::score::fold`]).

use std::collections::BTreeSet;

use crate::score::fold::fold;

/// Letters of a word that make its key.
const PREFIX: usize = 4;

/// The key of a word: its first letters, lowercased, unaccented, in Latin script
/// (the aligner's own folding, so both judge words alike).
fn key(word: &str) -> String {
    fold(word)
        .chars()
        .filter(char::is_ascii_alphabetic)
        .take(PREFIX)
        .collect()
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
