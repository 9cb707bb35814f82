//! Numbers to highlight in a cell: the figures a number-mismatch finding names.
//!
//! Locales write the same figure as `1.250`, `1,250`, `1 250` or `1250` (with
//! a space or a no-break space), so numbers are compared with their group and
//! decimal separators stripped.

use std::collections::BTreeSet;
use std::ops::Range;

/// Characters that may sit between two digits of one number.
fn is_separator(c: char) -> bool {
    matches!(c, '.' | ',' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Byte ranges of the numbers in `text`: runs of digits, single separators
/// allowed between two digits.
pub fn numbers(text: &str) -> Vec<Range<usize>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].1.is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = chars[i].0;
        let mut end = i;
        while end + 1 < chars.len() {
            let next = chars[end + 1].1;
            let joins =
                is_separator(next) && chars.get(end + 2).is_some_and(|c| c.1.is_ascii_digit());
            if next.is_ascii_digit() || joins {
                end += if next.is_ascii_digit() { 1 } else { 2 };
            } else {
                break;
            }
        }
        let (last, c) = chars[end];
        found.push(start..last + c.len_utf8());
        i = end + 1;
    }
    found
}

/// A number's digits alone, the form numbers are compared in.
pub fn normalise(number: &str) -> String {
    number.chars().filter(char::is_ascii_digit).collect()
}

/// The normalised numbers stated in a finding's message.
pub fn wanted(message: &str) -> BTreeSet<String> {
    numbers(message)
        .into_iter()
        .map(|r| normalise(&message[r]))
        .collect()
}

/// `text` cut into pieces, each flagged when it is a number in `wanted`.
pub fn split<'a>(text: &'a str, wanted: &BTreeSet<String>) -> Vec<(&'a str, bool)> {
    let mut pieces = Vec::new();
    let mut at = 0;
    for r in numbers(text) {
        if wanted.contains(&normalise(&text[r.clone()])) {
            if r.start > at {
                pieces.push((&text[at..r.start], false));
            }
            pieces.push((&text[r.clone()], true));
            at = r.end;
        }
    }
    if at < text.len() || pieces.is_empty() {
        pieces.push((&text[at..], false));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_their_locale_separators() {
        let text = "mit 1.250 Tonnen, 1 520 t, 1\u{a0}520, am 5. Mai 2021";
        let got: Vec<&str> = numbers(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, ["1.250", "1 520", "1\u{a0}520", "5", "2021"]);
    }

    #[test]
    fn the_message_names_what_to_mark() {
        let wanted = wanted("fr states 1520 where de states 1250");
        assert_eq!(wanted, BTreeSet::from(["1520".into(), "1250".into()]));
        let pieces = split("à son bord 1 520 tonnes, 12 unités", &wanted);
        assert_eq!(
            pieces,
            [
                ("à son bord ", false),
                ("1 520", true),
                (" tonnes, 12 unités", false)
            ]
        );
        assert_eq!(split("1,250", &wanted), [("1,250", true)]);
        assert_eq!(split("", &wanted), [("", false)]);
    }
}
