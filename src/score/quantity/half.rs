//! Halves around a multiplier: `1 million et demi`, `dos millones y
//! medio`, `1,5 млн с половиной` after it (half the multiplier added), and
//! `medio millón`, `half a million`, `un demi-million`, `einer halben
//! Million` before it (half the multiplier), and the one words that say one
//! and a half (`полтора года`, `полтора миллиона`, `anderthalb Jahre`). Read as a multiplier alone,
//! `medio millón` would be a million and `1 million et demi` one million:
//! a wrong value, which the check would take for a changed figure.

use super::text::{is_space, lower_into, spaces, word_end};
use super::{Decimal, Quantity, QuantityKind, Value};
use crate::Lang;

/// Phrases after a multiplier that add half of it, by language.
fn after(lang: Lang) -> &'static [&'static [&'static str]] {
    match lang {
        Lang::Fr => &[&["et", "demi"], &["et", "demie"]],
        Lang::Es => &[&["y", "medio"], &["y", "media"]],
        Lang::En => &[&["and", "a", "half"]],
        Lang::Ru => &[&["с", "половиной"]],
        Lang::De => &[],
    }
}

/// Phrases before a multiplier that make it half, in reading order.
fn before(lang: Lang) -> &'static [&'static [&'static str]] {
    match lang {
        Lang::Fr => &[&["demi"]],
        Lang::Es => &[&["medio"], &["media"]],
        Lang::En => &[&["half"], &["half", "a"]],
        Lang::Ru => &[&["пол"], &["половина"], &["половину"]],
        Lang::De => &[&["halbe"], &["halben"], &["halb"]],
    }
}

/// The end of an "and a half" phrase of `lang` right after `end`.
pub fn and_a_half(text: &str, end: usize, lang: Lang) -> Option<usize> {
    let mut lower = String::new();
    'phrase: for phrase in after(lang) {
        let mut pos = end;
        for word in phrase.iter() {
            let p = spaces(text, pos);
            let Some(e) = word_end(text, p).filter(|_| p > pos) else {
                continue 'phrase;
            };
            lower_into(&text[p..e], &mut lower);
            if lower != *word {
                continue 'phrase;
            }
            pos = e;
        }
        return Some(pos);
    }
    None
}

/// The start of a "half" word of `lang` right before `start` (across
/// spaces or a hyphen: `demi-million`).
pub fn half_before(text: &str, start: usize, lang: Lang) -> Option<usize> {
    let mut lower = String::new();
    'phrase: for phrase in before(lang) {
        let mut pos = start;
        for word in phrase.iter().rev() {
            let joins = |c: char| is_space(c) || c == '-';
            let Some((from, to)) = word_before(text, pos, joins) else {
                continue 'phrase;
            };
            lower_into(&text[from..to], &mut lower);
            if lower != *word {
                continue 'phrase;
            }
            pos = from;
        }
        return Some(pos);
    }
    None
}

/// The words of `lang` that say one and a half, lower-case.
fn one_and_a_half_words(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Ru => &["полтора", "полторы", "полутора"],
        Lang::De => &["anderthalb", "eineinhalb"],
        _ => &[],
    }
}

/// True when `lower` (a lower-cased word of `lang`) says one and a half.
pub fn is_one_and_a_half(lower: &str, lang: Lang) -> bool {
    one_and_a_half_words(lang).contains(&lower)
}

/// The start of a word saying one and a half right before `start` (a
/// multiplier's: `полтора миллиона`, `eineinhalb Millionen`).
pub fn one_and_a_half_before(text: &str, start: usize, lang: Lang) -> Option<usize> {
    let (from, to) = word_before(text, start, is_space)?;
    let mut lower = String::new();
    lower_into(&text[from..to], &mut lower);
    is_one_and_a_half(&lower, lang).then_some(from)
}

/// The word that ends before `pos` across at least one `joins` character
/// (spaces, a hyphen), as the byte range of its letters.
fn word_before(text: &str, pos: usize, joins: impl Fn(char) -> bool) -> Option<(usize, usize)> {
    let head = text[..pos].trim_end_matches(joins);
    if head.len() == pos {
        return None;
    }
    let from = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(i, _)| i)?;
    Some((from, head.len()))
}

/// `un año y medio`, `un an et demi`, `two years and a half`: a count, its
/// unit and an "and a half" phrase are the count and a half, as
/// `полтора года` and `anderthalb Jahre` are; so is an article for the
/// count (`a year and a half`, `un año y medio`), no quantity of its own.
pub fn unit_and_a_half(text: &str, out: &mut Vec<Quantity>, lang: Lang) {
    // Every segment the aligner reads passes here: without the half word
    // there is nothing to look for (checked where it is ASCII, so case
    // folding needs no allocation).
    let halves = || after(lang).iter().filter_map(|p| p.last());
    let has = |w: &str| {
        let w = w.as_bytes();
        text.as_bytes()
            .windows(w.len())
            .any(|x| x.eq_ignore_ascii_case(w))
    };
    if halves().all(|w| w.is_ascii()) && !halves().any(|w| has(w)) {
        return;
    }
    for q in out.iter_mut() {
        let whole = q.number().filter(|n| n.as_int().is_some());
        if let (Some(n), Some(end)) = (whole, half_after_unit(text, q.span.end, lang)) {
            q.value = Value::Number(Decimal(n.0 + Decimal::ONE / 2));
            q.kind = QuantityKind::Decimal;
            q.span.end = end;
        }
    }
    let articles: &[&str] = match lang {
        Lang::En => &["a", "an", "one"],
        Lang::Es => &["un", "una"],
        Lang::Fr => &["un", "une"],
        _ => return,
    };
    let mut from = 0;
    while let Some(off) = text[from..].find(|c: char| c.is_alphabetic()) {
        let at = from + off;
        let Some(word_end) = word_end(text, at) else {
            break;
        };
        from = word_end;
        let glued = text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let article = articles
            .iter()
            .any(|a| text[at..word_end].eq_ignore_ascii_case(a));
        let Some(end) = half_after_unit(text, word_end, lang).filter(|_| article && !glued) else {
            continue;
        };
        let k = out.partition_point(|q| q.span.start < at);
        if out.get(k).is_some_and(|q| q.span.start < end) {
            continue;
        }
        let value = Value::Number(Decimal(Decimal::ONE * 3 / 2));
        let (kind, span) = (QuantityKind::Decimal, at..end);
        out.insert(
            k,
            Quantity {
                value,
                kind,
                span,
                spelled: true,
                other_reading: None,
            },
        );
        from = end;
    }
}

/// The end of one word (a unit: `año`, `years`) and an "and a half" phrase
/// after `end`.
fn half_after_unit(text: &str, end: usize, lang: Lang) -> Option<usize> {
    let p = spaces(text, end);
    let unit_end = word_end(text, p).filter(|_| p > end)?;
    and_a_half(text, unit_end, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_after_and_before() {
        let t = "1 million et demi de dollars";
        assert_eq!(and_a_half(t, 9, Lang::Fr), Some(17));
        assert_eq!(and_a_half("dos millones y medio", 12, Lang::Es), Some(20));
        assert_eq!(and_a_half("1 million and a half", 9, Lang::En), Some(20));
        assert_eq!(and_a_half("1 million and two", 9, Lang::En), None);
        assert_eq!(half_before("casi medio millón", 11, Lang::Es), Some(5));
        assert_eq!(half_before("un demi-million", 8, Lang::Fr), Some(3));
        assert_eq!(
            half_before("close to half a million", 16, Lang::En),
            Some(9)
        );
        assert_eq!(half_before("the million", 4, Lang::En), None);
    }
}
