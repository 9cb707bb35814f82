//! Digit runs read by the number symbols of each language (CLDR): English
//! writes `1,250.5`, German and Spanish `1.250,5`, French and Russian
//! `1 250,5` (with a space, a no-break or a narrow no-break space). A group
//! separator counts only when exactly three digits follow it and the first
//! group has at most three, so `1.25` in German and `1,5` in English are not
//! read as groupings; Swiss texts also group with an apostrophe (`1'000`).
//!
//! Translators do not always follow their language's convention: an English
//! text translated from Italian writes `1,335 euros per litre`, a German one
//! translated from English `1,250 Tonnen`. A number whose one separator, a
//! comma or a dot, stands between a lead of one to three digits and exactly
//! three more reads both ways, and [`Digits::other_reading`] keeps the
//! reading the convention did not choose.

use super::Decimal;
use crate::Lang;

/// A number written in digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Digits {
    /// Its value.
    pub value: Decimal,
    /// Byte offset just past its last digit.
    pub end: usize,
    /// Digits before the decimal separator (group separators not counted).
    pub int_digits: usize,
    /// True when it had a decimal part.
    pub decimal: bool,
    /// True when it had group separators.
    pub grouped: bool,
    /// The value the same digits have by the other convention, when they
    /// read both ways (`1,335`: 1335 in English, 1.335 in German).
    pub other_reading: Option<Decimal>,
}

/// True for the separators `lang` groups thousands with (besides `'`).
fn is_group(c: char, lang: Lang) -> bool {
    match lang {
        Lang::En => matches!(c, ',' | '\u{a0}' | '\u{202f}' | '\u{2009}'),
        _ => matches!(
            c,
            '.' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '’'
        ),
    }
}

/// The decimal separator of `lang`.
pub fn decimal_mark(lang: Lang) -> char {
    if lang == Lang::En { '.' } else { ',' }
}

/// Length of the ASCII digit run at the start of `s`.
pub fn run(s: &[u8]) -> usize {
    s.iter().take_while(|b| b.is_ascii_digit()).count()
}

/// Reads the number whose first digit is at byte `from` of `text`.
/// Returns `None` when it does not fit the value range (over ~10^32).
pub fn read(text: &str, from: usize, lang: Lang) -> Option<Digits> {
    let bytes = text.as_bytes();
    let first = run(&bytes[from..]);
    let mut int = parse_int(&bytes[from..from + first], 0)?;
    let (mut end, mut int_digits, mut grouped) = (from + first, first, false);
    // Groups follow a lead of one to three digits only (`1.250`, not `1250.000`).
    while let Some(sep) = text[end..].chars().next().filter(|_| first <= 3) {
        let next = end + sep.len_utf8();
        if !is_group(sep, lang) || run(&bytes[next.min(bytes.len())..]) != 3 {
            break;
        }
        int = parse_int(&bytes[next..next + 3], int)?;
        (end, int_digits, grouped) = (next + 3, int_digits + 3, true);
    }
    let mut value = int.checked_mul(Decimal::ONE)?;
    let (mut decimal, mut frac) = (false, 0);
    if text[end..].starts_with(decimal_mark(lang)) {
        frac = run(&bytes[end + 1..]);
        if frac > 0 {
            value += fraction(&bytes[end + 1..end + 1 + frac]);
            (end, decimal) = (end + 1 + frac, true);
        }
    }
    // One comma or dot between a lead of up to three digits and three more.
    let one_mark = int_digits - first + frac == 3
        && first <= 3
        && matches!(bytes.get(from + first), Some(b',' | b'.'));
    let other_reading = match (grouped, decimal) {
        (true, false) if one_mark => Some(value / 1000),
        (false, true) if one_mark && int > 0 => value.checked_mul(1000),
        _ => None,
    };
    Some(Digits {
        value: Decimal(value),
        end,
        int_digits,
        decimal,
        grouped,
        other_reading: other_reading.map(Decimal),
    })
}

fn parse_int(digits: &[u8], start: i128) -> Option<i128> {
    digits.iter().try_fold(start, |acc, d| {
        acc.checked_mul(10)?.checked_add(i128::from(d - b'0'))
    })
}

/// Millionths of the decimal digits `digits` (cut after the sixth).
fn fraction(digits: &[u8]) -> i128 {
    let mut scale = Decimal::ONE;
    let mut sum = 0;
    for d in digits.iter().take(6) {
        scale /= 10;
        sum += i128::from(d - b'0') * scale;
    }
    sum
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str, lang: Lang) -> (String, usize) {
        let d = read(text, 0, lang).unwrap();
        (d.value.to_string(), d.end)
    }

    #[test]
    fn german_and_spanish_group_with_dots_and_write_decimal_commas() {
        for lang in [Lang::De, Lang::Es] {
            assert_eq!(value("1.250", lang), ("1250".into(), 5));
            assert_eq!(value("3,5", lang), ("3.5".into(), 3));
            assert_eq!(value("1.250.000,75", lang), ("1250000.75".into(), 12));
            assert_eq!(value("22 900", lang), ("22900".into(), 6));
            // Two digits after a dot are no group.
            assert_eq!(value("1.25", lang), ("1".into(), 1));
        }
        assert_eq!(value("1'000", Lang::De).0, "1000");
    }

    #[test]
    fn english_groups_with_commas_and_writes_decimal_points() {
        assert_eq!(value("1,250", Lang::En).0, "1250");
        assert_eq!(value("22,900", Lang::En).0, "22900");
        assert_eq!(value("1.25", Lang::En).0, "1.25");
        assert_eq!(value("1,5", Lang::En).0, "1");
        assert_eq!(value("22\u{202f}900", Lang::En).0, "22900");
        // A plain space does not group English digits.
        assert_eq!(value("1956 123", Lang::En).0, "1956");
    }

    #[test]
    fn one_comma_or_dot_before_three_digits_reads_both_ways() {
        let other = |text: &str, lang: Lang| {
            let d = read(text, 0, lang).unwrap();
            d.other_reading.map(|v| v.to_string())
        };
        // An English text that kept a European decimal comma, a German
        // one that kept an English thousands comma.
        assert_eq!(other("1,335", Lang::En).as_deref(), Some("1.335"));
        assert_eq!(other("1.250", Lang::En).as_deref(), Some("1250"));
        assert_eq!(other("1,335", Lang::De).as_deref(), Some("1335"));
        assert_eq!(other("1.250", Lang::De).as_deref(), Some("1.25"));
        assert_eq!(other("335,125", Lang::Fr).as_deref(), Some("335125"));
        // Unambiguous: a space, two groups, other decimals, a zero lead.
        for (text, lang) in [
            ("1 250", Lang::Fr),
            ("1,250,000", Lang::En),
            ("1.250.000", Lang::De),
            ("1,25", Lang::De),
            ("1.2500", Lang::En),
            ("0,335", Lang::Es),
            ("1250", Lang::En),
            ("1.250,5", Lang::De),
        ] {
            assert_eq!(other(text, lang), None, "{text}");
        }
    }

    #[test]
    fn french_and_russian_group_with_spaces() {
        for lang in [Lang::Fr, Lang::Ru] {
            assert_eq!(value("1 250", lang).0, "1250");
            assert_eq!(value("1\u{a0}250", lang).0, "1250");
            assert_eq!(value("1\u{202f}250,5", lang).0, "1250.5");
            assert_eq!(value("1,168", lang).0, "1.168");
            // The first group has four digits: a year, then another number.
            assert_eq!(value("1956 123", lang).0, "1956");
            assert_eq!(value("12 34", lang).0, "12");
        }
    }

    #[test]
    fn huge_numbers_are_refused() {
        assert!(read(&"9".repeat(40), 0, Lang::En).is_none());
    }
}
