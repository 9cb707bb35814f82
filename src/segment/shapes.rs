//! Shapes of the token before a stop, and of the words around it, that
//! the boundary rules weigh: contractions, initials, Roman numerals,
//! acronyms, Russian surnames with trailing initials, code article numbers.

use super::chars::is_letter;
use super::tokens::Next;

/// A short token without vowels that is not all capitals (`Bhf`, `kfz`,
/// `Mgmt`, `млрд`): no word of these languages looks like that, so it is an
/// abbreviation even when no table lists it; `BMW` or `TV` are names.
pub(super) fn is_contraction(tok: &str) -> bool {
    let len = tok.chars().count();
    tok.len() <= 10
        && (2..=5).contains(&len)
        && tok.chars().all(|c| is_letter(c) && !is_vowel(c))
        && tok.chars().any(char::is_lowercase)
}

/// Vowels (and `y`) of the Latin and Cyrillic alphabets, either case.
fn is_vowel(c: char) -> bool {
    matches!(
        c.to_ascii_lowercase(),
        'a' | 'e'
            | 'i'
            | 'o'
            | 'u'
            | 'y'
            | 'ä'
            | 'ö'
            | 'ü'
            | 'à'
            | 'â'
            | 'é'
            | 'è'
            | 'ê'
            | 'ë'
            | 'î'
            | 'ï'
            | 'ô'
            | 'û'
            | 'ù'
            | 'œ'
            | 'æ'
            | 'á'
            | 'í'
            | 'ó'
            | 'ú'
            | 'Ä'
            | 'Ö'
            | 'Ü'
            | 'À'
            | 'Â'
            | 'É'
            | 'È'
            | 'Ê'
            | 'Ë'
            | 'Î'
            | 'Ï'
            | 'Ô'
            | 'Û'
            | 'Ù'
            | 'Œ'
            | 'Æ'
            | 'Á'
            | 'Í'
            | 'Ó'
            | 'Ú'
            | 'а'
            | 'е'
            | 'ё'
            | 'и'
            | 'о'
            | 'у'
            | 'ы'
            | 'э'
            | 'ю'
            | 'я'
            | 'А'
            | 'Е'
            | 'Ё'
            | 'И'
            | 'О'
            | 'У'
            | 'Ы'
            | 'Э'
            | 'Ю'
            | 'Я'
    )
}

/// `J.-Y` as one token, or `Y` right after `J.-`.
pub(super) fn is_hyphenated_initials(before: &str, tok: &str) -> bool {
    let initial = |t: &str| {
        let mut cs = t.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
    };
    match tok.split_once(".-") {
        Some((a, b)) => initial(a) && initial(b),
        None => {
            initial(tok)
                && before
                    .strip_suffix(".-")
                    .and_then(|b| b.chars().next_back())
                    .is_some_and(char::is_uppercase)
        }
    }
}

/// A Roman numeral (`I`, `II`, `XIV`), an ordinal in `Wilhelm II. war`;
/// callers require two letters where a single one could be an initial.
pub(super) fn is_roman(tok: &str) -> bool {
    !tok.is_empty() && tok.bytes().all(|b| b"IVXLCDM".contains(&b))
}

/// True when the word before the space that ends `before` is Cyrillic.
pub(super) fn cyrillic_before(before: &str) -> bool {
    before
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

/// `L. 121-1`, `R. 4`: a capital letter, a stop and a number (the numbering
/// of French codes), at the start of `rest` after whitespace.
pub(super) fn lettered_number(rest: &str) -> bool {
    let b = rest.trim_start_matches([' ', '\u{a0}']).as_bytes();
    b.len() >= 4
        && b[0].is_ascii_uppercase()
        && b[1] == b'.'
        && b[2] == b' '
        && b[3].is_ascii_digit()
}

/// Time-zone abbreviations that follow `a.m.`/`p.m.` inside a sentence.
pub(super) fn is_zone(word: &str) -> bool {
    matches!(
        word,
        "EST"
            | "EDT"
            | "CST"
            | "CDT"
            | "MST"
            | "MDT"
            | "PST"
            | "PDT"
            | "GMT"
            | "UTC"
            | "BST"
            | "CET"
            | "CEST"
            | "ET"
            | "PT"
            | "CT"
            | "MT"
    )
}

/// A place's time after `a.m.`/`p.m.` at the start of `rest`: one to three
/// capitalised words and `time` (`Moscow time`, `Central European Time`),
/// the way press releases give the hour of an event.
pub(super) fn is_local_time(rest: &str) -> bool {
    let words: Vec<&str> = rest.split_whitespace().take(4).collect();
    let time = |w: &str| {
        w.trim_end_matches(|c: char| !c.is_alphabetic())
            .eq_ignore_ascii_case("time")
    };
    let Some(at) = words.iter().position(|w| time(w)) else {
        return false;
    };
    // `The time has come.` opens a sentence.
    const OPENERS: [&str; 12] = [
        "The", "A", "An", "This", "That", "Our", "Their", "His", "Her", "Its", "Every", "What",
    ];
    at >= 1
        && !OPENERS.contains(&words[0])
        && words[..at]
            .iter()
            .all(|w| w.starts_with(char::is_uppercase))
}

/// Letters separated by dots, each group short: `U.S`, `Ph.D`, `e.V`.
pub(super) fn is_acronym(tok: &str) -> bool {
    tok.contains('.')
        && tok.split('.').all(|g| {
            (1..=3).contains(&g.chars().count()) && g.chars().all(|c| is_letter(c) || c == '-')
        })
}

/// An abbreviation that a currency completes: a currency before its
/// country (`5 долл. США`), or a magnitude before a currency code
/// (`5 bn. USD`, `3 Mio. EUR`, `2 млрд. RUB`).
pub(super) fn currency_follows(tok: &str, next: &Next) -> bool {
    const MAGNITUDES: [&str; 10] = [
        "bn", "mn", "mln", "bln", "mio", "mrd", "tsd", "тыс", "млн", "млрд",
    ];
    const CODES: [&str; 12] = [
        "USD", "EUR", "GBP", "CHF", "RUB", "JPY", "CNY", "CAD", "AUD", "SEK", "NOK", "UAH",
    ];
    let country =
        matches!(tok, "долл" | "дол") && matches!(next.word, "США" | "Канады" | "Австралии");
    let magnitude = || MAGNITUDES.contains(&tok.to_lowercase().as_str());
    country || (CODES.contains(&next.word) && magnitude())
}

/// Russian initials written after the surname (`Пушкин А.С.`), the order of
/// official and list style, before a capitalised word that is no surname.
pub(super) fn trailing_initials(before: &str, tok: &str, next: &Next) -> bool {
    let cyrillic_capital = |c: char| ('А'..='Я').contains(&c) || c == 'Ё';
    let initials = tok.split('.').all(|g| {
        let mut cs = g.chars();
        cs.next().is_some_and(cyrillic_capital) && cs.next().is_none()
    });
    if !initials || !tok.contains('.') {
        return false;
    }
    let surname = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    surname.starts_with(cyrillic_capital) && is_surname(surname) && !is_surname(next.word)
}

/// Endings of most Russian surnames in the nominative.
fn is_surname(word: &str) -> bool {
    const ENDINGS: [&str; 14] = [
        "ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына", "ский", "цкий", "ская",
        "цкая",
    ];
    word.chars().count() > 3 && ENDINGS.iter().any(|e| word.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::tokens::Kind;

    fn upper(word: &str) -> Next<'_> {
        Next {
            kind: Kind::Upper,
            word,
            dotted: false,
        }
    }

    #[test]
    fn initials_after_a_surname_close_the_name() {
        assert!(trailing_initials(
            "Стихи написал Пушкин ",
            "А.С",
            &upper("Музыку")
        ));
        assert!(!trailing_initials(
            "Президент России ",
            "В.В",
            &upper("Путин")
        ));
        assert!(!trailing_initials(
            "Сообщил Медведев ",
            "Д.А",
            &upper("Медведев")
        ));
        assert!(!trailing_initials(
            "Написал Pushkin ",
            "A.S",
            &upper("Music")
        ));
    }

    #[test]
    fn numerals_codes_and_zones() {
        assert!(is_roman("XIV") && is_roman("I") && !is_roman("XIVa"));
        assert!(cyrillic_before("Пётр ") && !cyrillic_before("Peter "));
        assert!(lettered_number(" L. 121-1") && !lettered_number(" Le code"));
        assert!(is_zone("EST") && !is_zone("East"));
        assert!(is_local_time("Moscow time at the Foreign Ministry."));
        assert!(is_local_time("Central European Time."));
        assert!(!is_local_time("The time has come."));
        assert!(!is_local_time("Moscow has time."));
        assert!(!is_local_time("This time it worked."));
        assert!(currency_follows("долл", &upper("США")));
        assert!(currency_follows("bn", &upper("USD")));
        assert!(currency_follows("Mio", &upper("EUR")));
        assert!(!currency_follows("bn", &upper("The")));
        assert!(is_contraction("Bhf") && !is_contraction("BMW") && !is_contraction("Haus"));
    }
}
