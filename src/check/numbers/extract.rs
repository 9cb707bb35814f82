//! Numbers in running text, normalised across the conventions of the five
//! languages: `1.250` (de, es) = `1,250` (en) = `1 250` (fr, ru) = `1250`;
//! `3,5` = `3.5`; `14.03.2021` = `14 March 2021` = `14 марта 2021`.
//!
//! Separators are read by the rules of the text's language (CLDR number
//! symbols: English writes a decimal point, the other four a decimal comma),
//! and a group separator must be followed by exactly three digits.

use super::months::month;
use crate::Lang;

/// What kind of number a token is; it decides how strictly it is compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Class {
    /// Any other number: compared strictly.
    Plain,
    /// An integer up to 10, which translators may spell out.
    Small,
    /// A year (1800-2100), which translators may leave out or paraphrase.
    Year,
    /// A month, from a name or a numeric date.
    Month,
    /// An ordinal (`1st`, `2e`, `3.º`, `5-й`), often spelled out.
    Ordinal,
}

impl Class {
    /// True for classes whose absence alone is no evidence of a flaw.
    pub fn is_soft(self) -> bool {
        self != Class::Plain
    }
}

/// A number found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Number {
    /// Canonical value: digits without grouping, `.` before decimals, no
    /// leading or trailing zeros (`1250`, `3.5`).
    pub value: String,
    /// How strictly it is compared.
    pub class: Class,
    /// Byte offset in the text where it starts.
    pub start: usize,
}

/// Characters that may sit between the digit groups of one number.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '/'
    )
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Every number of `text`, written by the conventions of `lang`, in order.
pub fn extract(text: &str, lang: Lang) -> Vec<Number> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].1.is_ascii_digit() {
            i += 1;
            continue;
        }
        let (groups, end) = scan_run(&chars, i);
        if glued_to_word(&chars, i) {
            i = end;
            continue;
        }
        let ordinal = is_ordinal(&chars[end..], lang);
        let before = out.len();
        interpret(&groups, lang, &mut out);
        if ordinal && out.len() == before + 1 {
            out[before].class = Class::Ordinal;
        }
        i = end;
    }
    out.extend(month_names(text, lang));
    out.sort_by_key(|n| n.start);
    out
}

/// A digit group: its byte offset, the separator before it, and its digits.
type Group = (usize, Option<char>, String);

/// The digit groups starting at `i`, and the index just past them.
fn scan_run(chars: &[(usize, char)], mut i: usize) -> (Vec<Group>, usize) {
    let mut groups: Vec<Group> = Vec::new();
    let mut sep = None;
    loop {
        let start = chars[i].0;
        let mut digits = String::new();
        while i < chars.len() && chars[i].1.is_ascii_digit() {
            digits.push(chars[i].1);
            i += 1;
        }
        groups.push((start, sep, digits));
        let next_is_digit = chars.get(i + 1).is_some_and(|c| c.1.is_ascii_digit());
        match chars.get(i) {
            Some(&(_, c)) if is_separator(c) && next_is_digit => {
                sep = Some(c);
                i += 1;
            }
            _ => return (groups, i),
        }
    }
}

/// A number glued to letters on its left is part of a name (`G20`, `A320`),
/// except `18h30`, the French way to write a time.
fn glued_to_word(chars: &[(usize, char)], i: usize) -> bool {
    let Some(&(_, prev)) = i.checked_sub(1).and_then(|j| chars.get(j)) else {
        return false;
    };
    let time = matches!(prev, 'h' | 'H') && i >= 2 && chars[i - 2].1.is_ascii_digit();
    prev.is_alphabetic() && !time
}

/// Ordinal suffixes: en `st nd rd th`, fr `e er re ème`, es `º ª`, ru `-й -го …`.
fn is_ordinal(rest: &[(usize, char)], lang: Lang) -> bool {
    let word: String = rest
        .iter()
        .map(|c| c.1)
        .take_while(|c| c.is_alphabetic() || matches!(c, 'º' | 'ª' | '-' | '.'))
        .collect();
    let word = word.trim_end_matches('.').to_lowercase();
    match lang {
        Lang::En => matches!(word.as_str(), "st" | "nd" | "rd" | "th"),
        Lang::Fr => matches!(
            word.as_str(),
            "e" | "er" | "re" | "ère" | "ème" | "eme" | "ᵉ" | "es" | "ers" | "res"
        ),
        Lang::Es => {
            word.starts_with('º')
                || word.starts_with('ª')
                || word.starts_with(".º")
                || word.starts_with(".ª")
        }
        Lang::Ru => {
            word.starts_with('-') && word[1..].chars().next().is_some_and(|c| c.is_alphabetic())
        }
        Lang::De => false,
    }
}

/// Turns the digit groups of one run into one or more numbers.
fn interpret(groups: &[Group], lang: Lang, out: &mut Vec<Number>) {
    if let Some(date) = numeric_date(groups, lang) {
        out.extend(date);
        return;
    }
    let decimal = if lang == Lang::En { '.' } else { ',' };
    let mut current: Option<(usize, String, Option<String>, usize)> = None;
    for (k, (start, sep, digits)) in groups.iter().enumerate() {
        let last = k + 1 == groups.len();
        let joined = match (&mut current, sep) {
            (Some((_, int, frac @ None, first_len)), Some(s)) => {
                let grouping = digits.len() == 3 && *first_len <= 3;
                if is_space(*s) || *s == '\'' || (*s != decimal && *s != '/') {
                    if grouping {
                        int.push_str(digits);
                        true
                    } else if !is_space(*s) && *s != '\'' && last {
                        *frac = Some(digits.clone());
                        true
                    } else {
                        false
                    }
                } else if *s == decimal && last {
                    *frac = Some(digits.clone());
                    true
                } else {
                    false
                }
            }
            _ => false,
        };
        if !joined {
            if let Some(c) = current.take() {
                out.push(finish(c.0, &c.1, c.2.as_deref()));
            }
            current = Some((*start, digits.clone(), None, digits.len()));
        }
    }
    if let Some(c) = current {
        out.push(finish(c.0, &c.1, c.2.as_deref()));
    }
}

/// `14.03.2021`, `14/03/21` and, outside English, `14.03`: day, month, year.
fn numeric_date(groups: &[Group], lang: Lang) -> Option<Vec<Number>> {
    let sep = groups.get(1)?.1?;
    if !matches!(sep, '.' | '/') || groups.iter().skip(1).any(|g| g.1 != Some(sep)) {
        return None;
    }
    let lens: Vec<usize> = groups.iter().map(|g| g.2.len()).collect();
    let shape_ok = match lens.as_slice() {
        [d, m, y] => *d <= 2 && *m <= 2 && (*y == 4 || *y == 2),
        [d, 2] => *d <= 2 && sep == '.' && lang != Lang::En,
        _ => false,
    };
    let day: u32 = groups[0].2.parse().ok()?;
    let mon: u32 = groups[1].2.parse().ok()?;
    if !shape_ok || !(1..=31).contains(&day) || !(1..=12).contains(&mon) {
        return None;
    }
    let mut v = vec![
        finish(groups[0].0, &groups[0].2, None),
        number(groups[1].0, mon.to_string(), Class::Month),
    ];
    if let Some(y) = groups.get(2) {
        v.push(finish(y.0, &y.2, None));
    }
    Some(v)
}

fn number(start: usize, value: String, class: Class) -> Number {
    Number {
        value,
        class,
        start,
    }
}

/// A canonical number from its integer digits and decimals.
fn finish(start: usize, int: &str, frac: Option<&str>) -> Number {
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let frac = frac
        .map(|f| f.trim_end_matches('0'))
        .filter(|f| !f.is_empty());
    match frac {
        Some(f) => number(start, format!("{int}.{f}"), Class::Plain),
        None => {
            let class = match int.parse::<u64>() {
                Ok(n) if n <= 10 => Class::Small,
                Ok(n) if int.len() == 4 && (1800..=2100).contains(&n) => Class::Year,
                _ => Class::Plain,
            };
            number(start, int.to_string(), class)
        }
    }
}

/// Month names next to a number (`14 March`, `März 2021`, `14 de marzo`):
/// alone, a word like `may` or `mars` is not a date.
fn month_names(text: &str, lang: Lang) -> Vec<Number> {
    let words = words(text);
    let numeric = |k: usize| {
        words
            .get(k)
            .is_some_and(|(_, w)| w.starts_with(|c: char| c.is_ascii_digit()))
    };
    let linker = |k: usize| {
        words
            .get(k)
            .is_some_and(|(_, w)| matches!(*w, "de" | "of" | "del"))
    };
    (0..words.len())
        .filter_map(|k| {
            let m = month(words[k].1, lang)?;
            let before = k >= 1 && (numeric(k - 1) || (k >= 2 && linker(k - 1) && numeric(k - 2)));
            let after = numeric(k + 1) || (linker(k + 1) && numeric(k + 2));
            (before || after).then(|| number(words[k].0, m.to_string(), Class::Month))
        })
        .collect()
}

/// The alphanumeric words of `text` with their byte offsets.
fn words(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((s, &text[s..i]));
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str, lang: Lang) -> Vec<String> {
        extract(text, lang).into_iter().map(|n| n.value).collect()
    }

    #[test]
    fn thousands_across_locales() {
        assert_eq!(values("1.250 Gäste", Lang::De), ["1250"]);
        assert_eq!(values("1,250 guests", Lang::En), ["1250"]);
        assert_eq!(values("1 250 invités", Lang::Fr), ["1250"]);
        assert_eq!(values("1\u{202f}250 гостей", Lang::Ru), ["1250"]);
        assert_eq!(values("1250 invitados", Lang::Es), ["1250"]);
        assert_eq!(values("2.500.000 Euro", Lang::De), ["2500000"]);
    }

    #[test]
    fn decimals_across_locales() {
        assert_eq!(values("3,5 Prozent", Lang::De), ["3.5"]);
        assert_eq!(values("3.5 per cent", Lang::En), ["3.5"]);
        assert_eq!(values("3,50 %", Lang::Fr), ["3.5"]);
        assert_eq!(values("1.250,75 Euro", Lang::De), ["1250.75"]);
    }

    #[test]
    fn dates_numeric_and_in_words_agree() {
        let mut a = values("am 14.03.2021", Lang::De);
        let mut b = values("on 14 March 2021", Lang::En);
        let mut c = values("el 14 de marzo de 2021", Lang::Es);
        let mut d = values("14 марта 2021 года", Lang::Ru);
        for v in [&mut a, &mut b, &mut c, &mut d] {
            v.sort();
        }
        assert_eq!(a, ["14", "2021", "3"]);
        assert_eq!(a, b);
        assert_eq!(a, c);
        assert_eq!(a, d);
    }

    #[test]
    fn classes() {
        let n = extract("the 21st meeting in 2020 with 3 and 45 people", Lang::En);
        let classes: Vec<Class> = n.iter().map(|n| n.class).collect();
        assert_eq!(
            classes,
            [Class::Ordinal, Class::Year, Class::Small, Class::Plain]
        );
        assert_eq!(extract("le 1er mai", Lang::Fr)[0].class, Class::Ordinal);
        assert_eq!(extract("5-й раз", Lang::Ru)[0].class, Class::Ordinal);
    }

    #[test]
    fn names_and_years_are_not_glued() {
        assert!(values("the G20 summit", Lang::En).is_empty());
        assert_eq!(values("in 2020 200 delegates", Lang::En), ["2020", "200"]);
        assert_eq!(values("à 18h30", Lang::Fr), ["18", "30"]);
        assert_eq!(values("May we", Lang::En), Vec::<String>::new());
    }

    #[test]
    fn offsets_point_at_the_number() {
        let text = "Über 1.250 Gäste";
        let n = &extract(text, Lang::De)[0];
        assert!(text[n.start..].starts_with("1.250"));
    }
}
