//! Does a full stop followed by a plausible sentence start end the sentence?
//!
//! The default is yes; the vetoes are the token before the stop (a known
//! abbreviation, an initial, a list label, a German ordinal) weighed against
//! the word after it (a month name, a common sentence-initial word). This is
//! the abbreviation-plus-orthographic-context design of Mikheev (2002) and
//! Kiss & Strunk's Punkt (2006), with hand-written per-language lists in
//! place of statistics.

use super::abbrev::{Class, KeyBuf};
use super::chars::{char_before, is_letter};
use super::scan::Scanner;
use super::shapes::{
    currency_country, cyrillic_before, is_acronym, is_contraction, is_hyphenated_initials,
    is_roman, is_zone, lettered_number, trailing_initials,
};
use super::tokens::{Kind, Next, token_before, word_before};

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
        if currency_country(tok, next) {
            return false;
        }
        let single = tok.chars().nth(1).is_none();
        let class = match self.abbreviation(start, tok) {
            // `H. Brocherel`: an initial, whatever `h.` abbreviates.
            Some(c) if single && c != Class::Never && tok.chars().all(char::is_uppercase) => None,
            // `8481 m. Am …`: a unit after a number (French `m.` is
            // otherwise `monsieur`).
            None | Some(Class::Never)
                if single
                    && !next.dotted
                    && tok.chars().all(char::is_lowercase)
                    && self.after_number(start) =>
            {
                Some(Class::Final)
            }
            class => class,
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
                // `г. Казань` is a town; `В 2010 г. Виктор …` opens with the
                // year. A capital `В` after a year can only open a sentence
                // (the preposition is lowercase inside one).
                let long = next.word.chars().nth(1).is_some();
                let year = self.after_year(start) && self.words_before(start) > 2;
                next.kind == Kind::Upper && (opens() || (long && year))
            }
            Some(Class::Time) => {
                next.kind != Kind::Digit && self.words_before(start) > 2 && !is_zone(next.word)
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
    /// `2020 г.`, `1990-е гг.`, `2019–2020 гг.`, `XVIII в.`.
    fn after_year(&self, start: usize) -> bool {
        let Some(before) = self.text[..start].strip_suffix(' ') else {
            return false;
        };
        let (_, tok) = token_before(before, before.len());
        tok.starts_with(|c: char| c.is_ascii_digit()) || is_roman(tok)
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
    pub(super) fn abbreviation(&self, start: usize, tok: &str) -> Option<Class> {
        let rules = self.rules;
        if rules.too_long(tok) {
            return None;
        }
        let parts = self.parts_before(start, tok);
        let count = parts.iter().flatten().count();
        for first in 0..count {
            let mut key = KeyBuf::new();
            if first == 0 {
                let oldest = parts[count - 1].unwrap_or((start, tok));
                let word = word_before(self.text, oldest.0);
                let mut lower = KeyBuf::new();
                lower.push_lower(word);
                if lower
                    .as_str()
                    .is_some_and(|w| !w.is_empty() && rules.is_prefix_word(w))
                {
                    key.push_lower(word);
                    key.push_lower(" ");
                    push_parts(&mut key, &parts[..count]);
                    if let Some(class) = key.as_str().and_then(|k| rules.abbreviation(k)) {
                        return Some(class);
                    }
                    key = KeyBuf::new();
                }
            }
            push_parts(&mut key, &parts[..count - first]);
            if let Some(class) = key.as_str().and_then(|k| rules.abbreviation(k)) {
                return Some(class);
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
