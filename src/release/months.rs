//! Month names of the five languages: full forms, Russian genitive and
//! nominative, and the abbreviations of the CLDR "abbreviated" sets (with the
//! final dot stripped before lookup, so `févr.` and `Dez.` are `févr`, `dez`).

use crate::Lang;

/// `(lowercase name, month 1..=12, languages that write it so)`.
type Entry = (&'static str, u8, &'static [Lang]);

const DE: &[Lang] = &[Lang::De];
const EN: &[Lang] = &[Lang::En];
const ES: &[Lang] = &[Lang::Es];
const RU: &[Lang] = &[Lang::Ru];
const FR: &[Lang] = &[Lang::Fr];
const DE_EN: &[Lang] = &[Lang::De, Lang::En];
const DE_FR: &[Lang] = &[Lang::De, Lang::Fr];
const DE_EN_FR: &[Lang] = &[Lang::De, Lang::En, Lang::Fr];
const EN_ES: &[Lang] = &[Lang::En, Lang::Es];
const DE_EN_ES: &[Lang] = &[Lang::De, Lang::En, Lang::Es];

#[rustfmt::skip]
const MONTHS: &[Entry] = &[
    // German
    ("januar", 1, DE), ("jänner", 1, DE), ("jän", 1, DE), ("februar", 2, DE), ("febr", 2, DE), ("feb", 2, DE_EN),
    ("märz", 3, DE), ("mär", 3, DE), ("mrz", 3, DE), ("april", 4, DE_EN), ("apr", 4, DE_EN),
    ("mai", 5, DE_FR), ("juni", 6, DE), ("jun", 6, DE_EN_ES), ("juli", 7, DE), ("jul", 7, DE_EN_ES),
    ("august", 8, DE_EN), ("aug", 8, DE_EN), ("september", 9, DE_EN), ("sep", 9, DE_EN_ES),
    ("sept", 9, DE_EN_FR), ("oktober", 10, DE), ("okt", 10, DE), ("november", 11, DE_EN),
    ("nov", 11, DE_EN_ES), ("dezember", 12, DE), ("dez", 12, DE), ("jan", 1, DE_EN),
    // English
    ("january", 1, EN), ("february", 2, EN), ("march", 3, EN), ("mar", 3, EN_ES), ("may", 5, EN),
    ("june", 6, EN), ("july", 7, EN), ("october", 10, EN), ("oct", 10, EN), ("december", 12, EN),
    ("dec", 12, EN),
    // Spanish
    ("enero", 1, ES), ("ene", 1, ES), ("febrero", 2, ES), ("marzo", 3, ES), ("abril", 4, ES),
    ("abr", 4, ES), ("mayo", 5, ES), ("junio", 6, ES), ("julio", 7, ES), ("agosto", 8, ES),
    ("ago", 8, ES), ("septiembre", 9, ES), ("setiembre", 9, ES), ("set", 9, ES),
    ("octubre", 10, ES), ("noviembre", 11, ES), ("diciembre", 12, ES), ("dic", 12, ES),
    ("feb", 2, ES), ("oct", 10, ES),
    // Russian: genitive (as in dates), prepositional (`в октябре 2016 года`),
    // nominative, abbreviations
    ("января", 1, RU), ("февраля", 2, RU), ("марта", 3, RU), ("апреля", 4, RU), ("мая", 5, RU),
    ("июня", 6, RU), ("июля", 7, RU), ("августа", 8, RU), ("сентября", 9, RU),
    ("октября", 10, RU), ("ноября", 11, RU), ("декабря", 12, RU),
    ("январе", 1, RU), ("феврале", 2, RU), ("марте", 3, RU), ("апреле", 4, RU), ("мае", 5, RU),
    ("июне", 6, RU), ("июле", 7, RU), ("августе", 8, RU), ("сентябре", 9, RU),
    ("октябре", 10, RU), ("ноябре", 11, RU), ("декабре", 12, RU),
    ("январь", 1, RU), ("февраль", 2, RU), ("март", 3, RU), ("апрель", 4, RU), ("май", 5, RU),
    ("июнь", 6, RU), ("июль", 7, RU), ("август", 8, RU), ("сентябрь", 9, RU),
    ("октябрь", 10, RU), ("ноябрь", 11, RU), ("декабрь", 12, RU),
    ("янв", 1, RU), ("фев", 2, RU), ("февр", 2, RU), ("мар", 3, RU), ("апр", 4, RU),
    ("июн", 6, RU), ("июл", 7, RU), ("авг", 8, RU), ("сен", 9, RU), ("сент", 9, RU),
    ("окт", 10, RU), ("ноя", 11, RU), ("нояб", 11, RU), ("дек", 12, RU),
    // French
    ("janvier", 1, FR), ("janv", 1, FR), ("février", 2, FR), ("févr", 2, FR), ("fevrier", 2, FR),
    ("mars", 3, FR), ("avril", 4, FR), ("avr", 4, FR), ("juin", 6, FR), ("juillet", 7, FR),
    ("juil", 7, FR), ("août", 8, FR), ("aout", 8, FR), ("septembre", 9, FR), ("octobre", 10, FR),
    ("novembre", 11, FR), ("décembre", 12, FR), ("déc", 12, FR), ("decembre", 12, FR),
    ("oct", 10, FR), ("nov", 11, FR), ("janv", 1, FR),
];

/// Looks a month word up (any case, final dot allowed). Returns the month
/// number and every language that writes the word so; an abbreviation shared
/// by several languages lists them all.
pub fn lookup(word: &str) -> Option<(u8, Vec<Lang>)> {
    let key = word.trim_end_matches('.').to_lowercase();
    let mut month = None;
    let mut langs: Vec<Lang> = Vec::new();
    for &(name, number, names_langs) in MONTHS {
        if name == key {
            month = Some(number);
            langs.extend_from_slice(names_langs);
        }
    }
    langs.sort();
    langs.dedup();
    month.map(|m| (m, langs))
}

/// The month `lower` (already lower-case, final dot stripped) names in
/// `lang`, without allocating: the lookup of dates in running text
/// (`score::quantity::dates`), which only asks next to a day or a year.
pub fn month_in(lower: &str, lang: Lang) -> Option<u8> {
    MONTHS
        .iter()
        .find(|(name, _, langs)| *name == lower && langs.contains(&lang))
        .map(|&(_, number, _)| number)
}

/// The language a month word belongs to, when only one language writes it so
/// (`ноября` -> ru, `noviembre` -> es; `November` -> none: de and en share it).
pub fn unambiguous_lang(word: &str) -> Option<Lang> {
    match lookup(word)?.1.as_slice() {
        [only] => Some(*only),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_is_consistent() {
        for &(name, number, _) in MONTHS {
            assert!((1..=12).contains(&number), "{name}");
            assert_eq!(name, name.to_lowercase(), "{name}");
            assert_eq!(lookup(name).unwrap().0, number, "{name}");
        }
    }

    #[test]
    fn each_language_names_all_twelve_months() {
        for lang in Lang::ALL {
            let months: std::collections::BTreeSet<u8> = MONTHS
                .iter()
                .filter(|(_, _, langs)| langs.contains(&lang))
                .map(|&(_, m, _)| m)
                .collect();
            assert_eq!(months.len(), 12, "{lang}");
        }
    }

    #[test]
    fn genitive_abbreviations_and_case() {
        assert_eq!(lookup("ноября").unwrap().0, 11);
        assert_eq!(lookup("févr.").unwrap().0, 2);
        assert_eq!(lookup("Dez.").unwrap().0, 12);
        assert_eq!(lookup("MÄRZ").unwrap().0, 3);
        assert!(lookup("Novembar").is_none());
    }

    #[test]
    fn month_in_one_language() {
        assert_eq!(month_in("märz", Lang::De), Some(3));
        assert_eq!(month_in("mars", Lang::Fr), Some(3));
        assert_eq!(month_in("mars", Lang::De), None);
        assert_eq!(month_in("марта", Lang::Ru), Some(3));
    }

    #[test]
    fn shared_names_are_ambiguous() {
        assert_eq!(unambiguous_lang("November"), None);
        assert_eq!(unambiguous_lang("noviembre"), Some(Lang::Es));
        assert_eq!(unambiguous_lang("novembre"), Some(Lang::Fr));
        assert_eq!(unambiguous_lang("Dezember"), Some(Lang::De));
        assert_eq!(unambiguous_lang("December"), Some(Lang::En));
        assert_eq!(unambiguous_lang("ноября"), Some(Lang::Ru));
    }
}
