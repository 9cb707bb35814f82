//! Roman numerals that number centuries: Russian `XXI век` (`XIX в.`),
//! French `XXIe siècle`, Spanish `siglo XXI`, where English and German
//! write `21st century`, `21. Jahrhundert`. Only beside a century word is
//! a run of capitals a numeral (`Sputnik V`, `Louis XIV` are names). Read
//! as an ordinal written out (`spelled`), so that it matches the figure
//! the other versions state and is never itself taken for a changed one.

use super::text::is_space;
use super::{Decimal, Quantity, QuantityKind, Value};
use crate::Lang;

/// Inserts, in text order, the centuries `text` numbers in Roman numerals.
pub fn centuries(text: &str, lang: Lang, out: &mut Vec<Quantity>) {
    if !matches!(lang, Lang::Ru | Lang::Fr | Lang::Es) {
        return;
    }
    let mut from = 0;
    while let Some(found) = next_numeral(text, from) {
        let (start, digits_end, end) = found;
        from = end;
        let value = value_of(&text[start..digits_end]);
        if value == 0 || !beside_century(text, start, end, lang) {
            continue;
        }
        let at = out.partition_point(|q| q.span.start < start);
        out.insert(
            at,
            Quantity {
                value: Value::Number(Decimal(i128::from(value) * Decimal::ONE)),
                kind: QuantityKind::Ordinal,
                span: start..end,
                spelled: true,
                other_reading: None,
            },
        );
    }
}

/// The next run of Roman capitals at or after `from` that stands as a
/// word of its own, with a French ordinal ending (`XXIe`, `XIXème`, `Ier`):
/// its start, the end of its capitals and its end.
fn next_numeral(text: &str, from: usize) -> Option<(usize, usize, usize)> {
    let roman = |c: char| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C');
    let mut start = from;
    while start < text.len() {
        let rest = &text[start..];
        let off = rest.find(roman)?;
        let s = start + off;
        let digits_end = s + text[s..]
            .find(|c: char| !roman(c))
            .unwrap_or(text.len() - s);
        let suffix = ["ème", "er", "e"]
            .iter()
            .find(|x| text[digits_end..].starts_with(**x))
            .map_or(0, |x| x.len());
        let end = digits_end + suffix;
        let before_ok = text[..s]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after_ok = text[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if before_ok && after_ok {
            return Some((s, digits_end, end));
        }
        start = end.max(s + 1);
    }
    None
}

/// The value of Roman numeral `r` (subtractive notation), 0 when it is
/// none or too large to number a century.
fn value_of(r: &str) -> u32 {
    let digit = |c: char| match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        _ => 0,
    };
    let digits: Vec<u32> = r.chars().map(digit).collect();
    let mut total = 0;
    for (k, &d) in digits.iter().enumerate() {
        match digits.get(k + 1) {
            Some(&n) if n > d => total -= d as i64,
            _ => total += d as i64,
        }
    }
    u32::try_from(total)
        .ok()
        .filter(|&v| (1..=40).contains(&v))
        .unwrap_or(0)
}

/// True when a century word stands after the numeral at `start..end`
/// (Russian, French) or before it (Spanish).
fn beside_century(text: &str, start: usize, end: usize, lang: Lang) -> bool {
    let after: String = text[end..]
        .trim_start_matches(is_space)
        .chars()
        .take(8)
        .flat_map(char::to_lowercase)
        .collect();
    let before = text[..start].trim_end_matches(is_space);
    let word_before = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    match lang {
        Lang::Ru => after.starts_with("век") || after.starts_with("в.") || after.starts_with("вв."),
        Lang::Fr => after.starts_with("siècle"),
        Lang::Es => matches!(word_before.as_str(), "siglo" | "siglos"),
        _ => false,
    }
}
