//! Halves around a multiplier: `1 million et demi`, `dos millones y
//! medio`, `1,5 млн с половиной` after it (half the multiplier added), and
//! `medio millón`, `half a million`, `un demi-million`, `einer halben
//! Million` before it (half the multiplier). Read as a multiplier alone,
//! `medio millón` would be a million and `1 million et demi` one million:
//! a wrong value, which the check would take for a changed figure.

use super::text::{is_space, lower_into, spaces, word_end};
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
            let head = text[..pos].trim_end_matches(|c: char| is_space(c) || c == '-');
            if head.len() == pos {
                continue 'phrase;
            }
            let from = head
                .char_indices()
                .rev()
                .take_while(|(_, c)| c.is_alphabetic())
                .last()
                .map(|(i, _)| i)
                .filter(|_| !head.is_empty());
            let Some(from) = from else { continue 'phrase };
            lower_into(&head[from..], &mut lower);
            if lower != *word {
                continue 'phrase;
            }
            pos = from;
        }
        return Some(pos);
    }
    None
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
