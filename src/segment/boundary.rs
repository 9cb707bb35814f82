//! Does a full stop followed by a plausible sentence start end the sentence?
//!
//! The default is yes; the vetoes are the token before the stop (a known
//! abbreviation, an initial, a list label, a German ordinal) weighed against
//! the word after it (a month name, a common sentence-initial word). This is
//! the abbreviation-plus-orthographic-context design of Mikheev (2002) and
//! Kiss & Strunk's Punkt (2006), with hand-written per-language lists in
//! place of statistics.

use super::abbrev::{Class, KeyBuf, Rules};
use super::chars::{char_before, is_dash, is_letter, is_opener};
use super::scan::Scanner;
use super::shapes::{
    currency_follows, cyrillic_before, is_acronym, is_contraction, is_hyphenated_initials,
    is_local_time, is_roman, is_zone, lettered_number, trailing_initials,
};
use super::tokens::{Kind, Next, token_before, word_before};
use crate::Lang;

impl Scanner<'_> {
    /// Decides a plain full stop at byte `i`; `after` is the byte after the
    /// stop and any closing marks, `next` what follows the whitespace.
    pub(super) fn stop_is_boundary(&mut self, i: usize, after: usize, next: &Next) -> bool {
        let (mut start, _) = token_before(self.text, i);
        start = elision_end(self.text, start.max(self.sentence_start()), i);
        let tok = &self.text[start..i];
        let Some(last) = tok.chars().next_back() else {
            return true;
        };
        if tok.contains(['@', '/']) || tok.contains("://") {
            return true;
        }
        let labelled = matches!(&self.text[i + 1..after], "" | ")");
        if labelled && self.list_item(start, tok, next) {
            return false;
        }
        if last.is_ascii_digit() {
            if next.kind == Kind::Digit && self.spaced_date(start, tok, after) {
                return false;
            }
            self.number_is_final(start, tok, next)
        } else if is_letter(last) || last == '°' {
            self.word_is_final(start, tok, after, next)
        } else {
            true
        }
    }

    /// A number before the stop: a sentence end, except German ordinals
    /// (`am 3. Mai`, `im 19. Jahrhundert`, `die 2. Liga`). A German number of
    /// up to three digits before a capitalised word is read as an ordinal
    /// unless that word commonly opens a sentence; a year (`2020.`) is not.
    fn number_is_final(&self, start: usize, tok: &str, next: &Next) -> bool {
        let rules = self.rules;
        // `1. -3. Jahrhundert`, `vom 3.–5. Mai`: the second number of a range.
        let tok = tok.rsplit(['-', '–']).next().unwrap_or(tok);
        let plain = tok.bytes().all(|b| b.is_ascii_digit() || b == b'.');
        if !rules.dotted_ordinals || !plain || next.kind != Kind::Upper {
            return true;
        }
        if rules.is_month(next.word) {
            return false;
        }
        let year = tok.len() >= 4 && tok.bytes().all(|b| b.is_ascii_digit());
        year || self.counted_by(start) || self.starts_sentence(next)
    }

    /// A word before the stop: an abbreviation, an initial or a plain word.
    fn word_is_final(&self, start: usize, tok: &str, after: usize, next: &Next) -> bool {
        let opens = || self.starts_sentence(next);
        if currency_follows(tok, next) {
            return false;
        }
        let single = tok.chars().nth(1).is_none();
        let found = self.abbreviation(start, tok);
        let class = match found {
            // `H. Brocherel`: an initial, whatever `h.` abbreviates; a
            // Russian capital letter always is (`Петров П. П.`), having no
            // one-letter title like French `M.` or Spanish `D.`.
            Some(f)
                if single
                    && !f.compound
                    && (f.class != Class::Never || self.lang == Lang::Ru)
                    && tok.chars().all(char::is_uppercase) =>
            {
                None
            }
            // `8481 m. Am …`: a unit after a number (French `m.` is
            // otherwise `monsieur`).
            None
            | Some(Found {
                class: Class::Never,
                ..
            }) if self.unit_after_number(start, tok, single, next) => Some(Class::Final),
            found => found.map(|f| f.class),
        };
        match class {
            Some(Class::Never) => false,
            Some(Class::Inner) => opens(),
            // `art. L. 121-1`: French code articles carry a letter prefix.
            Some(Class::Numeric) => {
                next.kind != Kind::Digit && !lettered_number(&self.text[after..])
            }
            Some(Class::Final) => next.kind != Kind::Digit,
            Some(Class::Year) => {
                // `г. Казань` is a town, `B.C.`, `н. э.` always a date.
                let f = found.map_or(start, |f| f.start);
                let dated = found.is_some_and(|f| f.compound) || self.after_year(f);
                let long = next.word.chars().nth(1).is_some();
                next.kind == Kind::Upper && (opens() || (long && dated && !self.time_phrase(f)))
            }
            Some(Class::Time) => {
                next.kind != Kind::Digit
                    && self.words_before(start) > 2
                    && !is_zone(next.word)
                    && !is_local_time(&self.text[after..])
            }
            // `J.-Y. Le Drian`, `J.-P. Sartre`: French hyphenated initials,
            // never a sentence end even before a usual opener.
            None if is_hyphenated_initials(&self.text[..start], tok) => false,
            // `Пётр I. Император`: a Latin numeral among Cyrillic words.
            None if single && is_roman(tok) && cyrillic_before(&self.text[..start]) => true,
            None if single => {
                // A single letter: an initial (`S. Lawrow`), `p. 55`, or a
                // label opening the sentence (`Q. What is …? A. It is …`).
                let upper = tok.chars().all(char::is_uppercase);
                upper && next.kind != Kind::Digit && !self.at_sentence_start(start) && opens()
            }
            // `Ludwig XIV. regierte` is a German ordinal; elsewhere a Roman
            // numeral takes no stop of its own (`siglo XIX. Murió`).
            None if is_roman(tok) && !self.rules.dotted_ordinals => next.kind != Kind::Digit,
            // `Стихи написал Пушкин А.С. Музыку …`: initials after a surname
            // close the name; `России В.В. Путин` puts them before one.
            None if next.kind == Kind::Upper
                && trailing_initials(&self.text[..start], tok, next) =>
            {
                true
            }
            None if is_acronym(tok) || is_roman(tok) => opens(),
            // An unlisted abbreviation (`Bhf.`, `Kfz.`, `Pkwy.`): a unit after a
            // number, otherwise ends a sentence only before a usual opener.
            None if is_contraction(tok) => match self.after_number(start) {
                true => next.kind != Kind::Digit,
                false => opens(),
            },
            None => true,
        }
    }

    /// German dates written with spaces (DIN 5008 allows `1. 1. 2020`): the
    /// stop after the day when a month number follows (`1. 1.`), and the stop
    /// after the month when a day precedes and a year follows (`1. 1. 2020`).
    /// Values are range-checked, so `Das war 1995. 1996 kam er.` still splits.
    fn spaced_date(&self, start: usize, tok: &str, after: usize) -> bool {
        let small = |t: &str, max: u32| {
            (1..=2).contains(&t.len())
                && t.bytes().all(|b| b.is_ascii_digit())
                && t.parse::<u32>().is_ok_and(|n| (1..=max).contains(&n))
        };
        if !self.rules.dotted_ordinals || !small(tok, 31) {
            return false;
        }
        let rest = self.text[after..].trim_start_matches([' ', '\u{a0}']);
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let day_month = small(&rest[..digits], 12) && rest[digits..].starts_with('.');
        let before = self.text[..start].trim_end_matches([' ', '\u{a0}']);
        let day_before = before.strip_suffix('.').is_some_and(|b| {
            let k = b.bytes().rev().take_while(u8::is_ascii_digit).count();
            small(&b[b.len() - k..], 31)
                && !b[..b.len() - k].ends_with(|c: char| c.is_alphanumeric())
        });
        day_month || (digits == 4 && small(tok, 12) && day_before)
    }

    /// True when the number at byte `start` counts a noun or a numbered
    /// abbreviation (`Platz 2.`, `Nr. 5.`, `Seite 3.`): a cardinal, where
    /// German ordinals follow articles and prepositions (`der 2.`, `am 3.`).
    fn counted_by(&self, start: usize) -> bool {
        let before = &self.text[self.sentence_start()..start];
        let Some(prev) = before.strip_suffix(' ') else {
            return false;
        };
        let (s, word) = token_before(prev, prev.len());
        let word = word.strip_suffix('.').unwrap_or(word);
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        let letters = word.chars().count() >= 2 && word.chars().all(is_letter);
        capital && letters && s > 0
    }

    /// True when a year or century and one space precede byte `start`:
    /// `2020 г.`, `1990-е гг.`, `2019–2020 гг.`, `XVIII в.`, `XIXe s.`.
    fn after_year(&self, start: usize) -> bool {
        let Some(before) = self.text[..start].strip_suffix(' ') else {
            return false;
        };
        let (_, tok) = token_before(before, before.len());
        tok.starts_with(|c: char| c.is_ascii_digit())
            || is_roman(tok.strip_suffix('e').unwrap_or(tok))
    }

    /// True when the current sentence, up to byte `end`, is a short
    /// introductory time phrase (`В 2010 г.`, `1 января 49 г. до н. э.`,
    /// `In 44 B.C.`): it opens with a number or a word that opens such
    /// phrases and holds no clause punctuation, so a name after it is the
    /// subject (`In 44 B.C. Caesar was killed`). Never in German, which puts
    /// the verb, lowercase, right after such a phrase.
    fn time_phrase(&self, end: usize) -> bool {
        if self.rules.dotted_ordinals {
            return false;
        }
        let before = &self.text[self.sentence_start()..end];
        let words = before.split_whitespace().count();
        let first = before
            .trim_start_matches(|c: char| c.is_whitespace() || is_opener(c) || is_dash(c))
            .split(|c: char| !is_letter(c) && !c.is_ascii_digit())
            .next()
            .unwrap_or("");
        let opener =
            first.starts_with(|c: char| c.is_ascii_digit()) || self.rules.is_time_opener(first);
        opener && words <= 7 && !before.contains([',', ';', ':'])
    }

    /// `8481 m. Am …`: a one-letter lowercase unit after a number ends a
    /// sentence like any word (French `m.` is otherwise `monsieur`).
    fn unit_after_number(&self, start: usize, tok: &str, single: bool, next: &Next) -> bool {
        single && !next.dotted && tok.chars().all(char::is_lowercase) && self.after_number(start)
    }

    /// True when a number and one space precede byte `start`.
    fn after_number(&self, start: usize) -> bool {
        let before = self.text[..start].strip_suffix(' ').unwrap_or("");
        before.ends_with(|c: char| c.is_ascii_digit())
    }

    /// True when the next word is one that commonly opens a sentence.
    fn starts_sentence(&self, next: &Next) -> bool {
        match next.kind {
            Kind::Strong => true,
            Kind::Upper => !next.dotted && self.rules.is_starter(next.word),
            _ => false,
        }
    }

    /// How many words the current sentence has before byte `pos`.
    fn words_before(&self, pos: usize) -> usize {
        self.text[self.sentence_start()..pos]
            .split_whitespace()
            .count()
    }

    /// Looks up the abbreviation ending with `tok` (at byte `start`), trying
    /// the longest spaced form first: `av. J.-C`, then `J.-C`.
    pub(super) fn abbreviation(&self, start: usize, tok: &str) -> Option<Found> {
        let rules = self.rules;
        if rules.too_long(tok) {
            return None;
        }
        let parts = self.parts_before(start, tok);
        let count = parts.iter().flatten().count();
        for first in 0..count {
            let used = &parts[..count - first];
            let oldest = used[used.len() - 1].map_or(start, |p| p.0);
            let mut key = KeyBuf::new();
            if first == 0 {
                let word = word_before(self.text, oldest);
                let mut lower = KeyBuf::new();
                lower.push_lower(word);
                if lower
                    .as_str()
                    .is_some_and(|w| !w.is_empty() && rules.is_prefix_word(w))
                {
                    key.push_lower(word);
                    key.push_lower(" ");
                    push_parts(&mut key, used);
                    if let Some(found) = key.as_str().and_then(|k| Found::new(rules, k, oldest)) {
                        return Some(found);
                    }
                    key = KeyBuf::new();
                }
            }
            push_parts(&mut key, used);
            if let Some(found) = key.as_str().and_then(|k| Found::new(rules, k, oldest)) {
                return Some(found);
            }
        }
        None
    }

    /// `tok` and up to two short dotted parts before it (`z.` in `z. B`),
    /// newest first.
    fn parts_before<'t>(&'t self, start: usize, tok: &'t str) -> [Option<(usize, &'t str)>; 3] {
        let text: &'t str = self.text;
        let mut parts = [Some((start, tok)), None, None];
        let mut at = start;
        for slot in parts.iter_mut().skip(1) {
            // One space of any kind, e.g. the no-break space of `т.\u{a0}е.`.
            let gap = char_before(text, at).filter(|c| c.is_whitespace() && *c != '\n');
            let gap = gap.map_or(0, char::len_utf8);
            if !text[..at - gap].ends_with('.') || at - gap <= self.sentence_start() {
                break;
            }
            let dot = at - gap - 1;
            let (s, prev) = token_before(text, dot);
            let short = prev.chars().count() <= 4
                && prev.chars().all(|c| is_letter(c) || c == '.' || c == '-');
            if prev.is_empty() || !short || s < self.sentence_start() {
                break;
            }
            *slot = Some((s, prev));
            at = s;
        }
        parts
    }
}

/// An abbreviation found before a full stop.
#[derive(Clone, Copy, Debug)]
pub(super) struct Found {
    /// How it behaves before a capitalised word.
    pub class: Class,
    /// Where its first part begins (`a` of `a. C.`).
    pub start: usize,
    /// Written with a dot inside (`z. B.`, `a. C.`, `B.C.`), so that it
    /// cannot be an initial, and a date abbreviation of this shape is an era.
    pub compound: bool,
}

impl Found {
    fn new(rules: &Rules, key: &str, start: usize) -> Option<Found> {
        let class = rules.abbreviation(key)?;
        let compound = key.rsplit(' ').next().is_some_and(|k| k.contains('.'));
        Some(Found {
            class,
            start,
            compound,
        })
    }
}

/// Writes `parts` (newest first) oldest first, joined with `.`.
fn push_parts(key: &mut KeyBuf, parts: &[Option<(usize, &str)>]) {
    for (k, part) in parts.iter().rev().flatten().enumerate() {
        if k > 0 {
            key.push_lower(".");
        }
        key.push_lower(part.1);
    }
}

/// Skips an elided article or pronoun (`l'`, `d'`, `qu'`) at the start of
/// the token `text[start..end]`, so that `l'art.` is looked up as `art.`.
fn elision_end(text: &str, start: usize, end: usize) -> usize {
    let tok = &text[start..end];
    let quick = tok.bytes().take(8).any(|b| b == b'\'' || b == 0xE2);
    match tok.find(['\'', '’']).filter(|_| quick) {
        Some(k) if (1..=2).contains(&tok[..k].chars().count()) => {
            let apostrophe = tok[k..].chars().next().map_or(1, char::len_utf8);
            start + k + apostrophe
        }
        _ => start,
    }
}
