//! The single left-to-right scan that finds sentence starts.
//!
//! Only a handful of bytes can matter (final punctuation, line feeds,
//! brackets, and the lead bytes of typographic quotes, dashes and bullets);
//! every other byte is skipped through a 256-entry table, so the scan runs at
//! memory speed and never backtracks. At each candidate the rules in
//! [`super::boundary`] decide, looking at a bounded neighbourhood.

use super::abbrev::Rules;
use super::chars::{
    char_at, char_before, has_blank_line, is_bullet, is_closer, is_dash, is_letter, is_opener,
    is_terminator, skip_whitespace,
};
use super::list::Marker;
use super::quotes::Quotes;
use super::tokens::{Kind, next_start, read_run, token_before};
use crate::Lang;

/// Bytes that can start something the scan must look at.
const INTEREST: [bool; 256] = {
    let mut t = [false; 256];
    let bytes = b".!?\n()[]\"\xC2\xE2\xE3\xEF";
    let mut k = 0;
    while k < bytes.len() {
        t[bytes[k] as usize] = true;
        k += 1;
    }
    t
};

/// The state of one scan over a text.
pub(super) struct Scanner<'a> {
    pub(super) text: &'a str,
    pub(super) lang: Lang,
    pub(super) rules: &'static Rules,
    pub(super) cuts: Vec<usize>,
    pub(super) quotes: Quotes,
    /// The list marker expected next, once a list has begun.
    pub(super) expect: Option<Marker>,
    /// The first non-whitespace byte of the text.
    first_text: usize,
}

/// Byte positions where sentences after the first begin.
pub(super) fn sentence_starts(text: &str, lang: Lang) -> Vec<usize> {
    let mut scan = Scanner {
        text,
        lang,
        rules: Rules::get(lang),
        cuts: Vec::new(),
        quotes: Quotes::new(),
        expect: None,
        first_text: skip_whitespace(text, 0),
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(k) = bytes[i..].iter().position(|&b| INTEREST[b as usize]) {
        // Interesting bytes are ASCII or UTF-8 lead bytes: always char boundaries.
        i = scan.step(i + k);
        if i >= bytes.len() {
            break;
        }
    }
    scan.cuts
}

impl Scanner<'_> {
    fn step(&mut self, i: usize) -> usize {
        let Some(c) = char_at(self.text, i) else {
            return self.text.len();
        };
        if is_terminator(c) {
            return self.terminator(i);
        }
        match c {
            '\n' => return self.newline(i),
            ')' => {
                self.quotes.observe(self.text, i, c, false);
                self.paren_marker(i);
            }
            c if is_bullet(c) && char_before(self.text, i).is_none_or(char::is_whitespace) => {
                self.cut(i);
            }
            c if is_opener(c) || is_closer(c) => {
                let at_start = self.opens_sentence(i);
                self.quotes.observe(self.text, i, c, at_start);
            }
            _ => {}
        }
        i + c.len_utf8()
    }

    /// Records that a sentence starts at byte `pos`, unless nothing but
    /// whitespace precedes it since the last start.
    pub(super) fn cut(&mut self, pos: usize) {
        // Every start recorded is a non-whitespace character, so text lies
        // between the last one and any later position.
        let last = self.sentence_start().max(self.first_text);
        if pos > last && pos < self.text.len() {
            self.cuts.push(pos);
        }
    }

    /// True when only whitespace, dashes and openers precede byte `i` in the
    /// current sentence (trimmed from the end: only that run is visited).
    fn opens_sentence(&self, i: usize) -> bool {
        let before = self.text[..i]
            .trim_end_matches(|c: char| c.is_whitespace() || is_opener(c) || is_dash(c));
        before.len() <= self.sentence_start()
    }

    /// Where the current sentence began.
    pub(super) fn sentence_start(&self) -> usize {
        self.cuts.last().copied().unwrap_or(0)
    }

    fn terminator(&mut self, i: usize) -> usize {
        let text = self.text;
        let run = read_run(text, i);
        let omits = run.ellipsis && matches!(char_before(text, i), Some('[' | '('));
        if run.omission || omits {
            return run.end;
        }
        let after = self.skip_closers(run.end);
        let ws_end = skip_whitespace(text, after);
        if ws_end == after {
            // `¿Qué?¡No!`: Spanish opening marks need no space before them.
            let spanish = run.strong && matches!(char_at(text, after), Some('¿' | '¡'));
            if spanish
                || run.wide
                || (after < text.len() && run.is_stop() && self.glued_boundary(i, after))
            {
                self.cut(after);
            }
            return after;
        }
        if ws_end >= text.len() {
            return after;
        }
        let mut next = next_start(text, ws_end);
        if next.kind == Kind::Lower && self.item_starts(ws_end) {
            // `… one more. w) hello`: a list label opens the next sentence.
            next.kind = Kind::Strong;
        }
        if matches!(next.kind, Kind::Lower | Kind::Other) {
            if run.is_stop() && matches!(&text[i + 1..after], "" | ")") {
                // `a. here it is b. another`: labels of lowercase items.
                let (start, tok) = token_before(text, i);
                self.list_item(start.max(self.sentence_start()), tok, &next);
            }
            return after;
        }
        let quoted = after > run.end;
        let boundary = match run.is_stop() {
            true => self.stop_is_boundary(i, after, &next),
            false => !(quoted && self.reported_by(ws_end, &next)),
        };
        if boundary && !self.quotes.inside(text, ws_end) {
            self.cut(ws_end);
        }
        after
    }

    /// `"Go!" I said.`, `"Why?" Mary asked.`: in English a subject other
    /// than a usual opener, then a verb of saying, continue the sentence of
    /// a quoted question or exclamation (`"Go!" He left.` is two).
    fn reported_by(&self, ws_end: usize, next: &super::tokens::Next) -> bool {
        if self.lang != Lang::En || next.kind != Kind::Upper || next.dotted {
            return false;
        }
        let subject = next.word == "I" || !self.rules.is_starter(next.word);
        // The subject must stand right after the space (`"Go!" „I said` is no report).
        let Some(rest) = self.text[ws_end..].strip_prefix(next.word) else {
            return false;
        };
        let rest = rest.strip_prefix(' ').unwrap_or("");
        let verb = rest
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        subject && is_saying(verb)
    }

    /// Skips closing quotes and brackets (and further final punctuation, as
    /// in `?».`) after a terminator; returns the byte after them.
    fn skip_closers(&mut self, mut j: usize) -> usize {
        let text = self.text;
        while let Some(c) = char_at(text, j) {
            let len = c.len_utf8();
            let next = char_at(text, j + len);
            if is_terminator(c) {
                j += len;
            } else if is_closer(c) && !next.is_some_and(char::is_alphanumeric) {
                self.quotes.observe(text, j, c, false);
                j += len;
            } else if self.lang == Lang::Fr && c.is_whitespace() && matches!(next, Some('»' | '›'))
            {
                // French sets a (narrow) no-break space before the closing guillemet.
                j += len;
            } else {
                break;
            }
        }
        j
    }

    fn newline(&mut self, i: usize) -> usize {
        let text = self.text;
        let j = skip_whitespace(text, i + 1);
        if j >= text.len() {
            return text.len();
        }
        if has_blank_line(text, i, j) {
            self.cut(j);
            self.quotes.clear();
            self.expect = None;
            return j;
        }
        let c = char_at(text, j).unwrap_or(' ');
        let spaced = char_at(text, j + c.len_utf8()).is_some_and(char::is_whitespace);
        // Inside a list, a line break also ends the current item.
        let item_ends = self.expect.is_some();
        if item_ends || is_bullet(c) || (is_dash(c) && spaced) || super::list::label_at(text, j) {
            self.cut(j);
        }
        j
    }

    /// A token such as `2)` may start a new list item within the line.
    fn paren_marker(&mut self, i: usize) {
        let text = self.text;
        if !char_at(text, i + 1).is_some_and(char::is_whitespace) {
            return;
        }
        let (start, tok) = token_before(text, i);
        let next = next_start(text, skip_whitespace(text, i + 1));
        self.list_item(start, tok, &next);
    }

    /// `world.Today`: a missing space after a full stop, between a lowercase
    /// word (or a number) and a capitalised word, outside URLs and e-mail
    /// addresses.
    fn glued_boundary(&self, i: usize, after: usize) -> bool {
        let text = self.text;
        if after != i + 1 {
            return false;
        }
        let mut r = text[after..].chars();
        let right_ok =
            r.next().is_some_and(char::is_uppercase) && r.next().is_some_and(char::is_lowercase);
        let mut l = text[..i].chars().rev();
        let left_ok = match (l.next(), l.next()) {
            (Some(a), Some(b)) => {
                (a.is_lowercase() && b.is_lowercase())
                    || (a.is_ascii_digit() && (b.is_ascii_digit() || b == ','))
            }
            _ => false,
        };
        if !left_ok || !right_ok {
            return false;
        }
        let (start, left) = token_before(text, i);
        // Bounded, like `token_before`, to keep text without spaces linear.
        let right_end = text[after..]
            .char_indices()
            .take(64)
            .find(|&(_, c)| c.is_whitespace())
            .map_or_else(|| text.len().min(after + 256), |(k, _)| after + k);
        let right = text.get(after..right_end).unwrap_or("");
        let link = |s: &str| s.contains(['@', '/', ':', '_', '\\']);
        let word_end = right.find(|c: char| !is_letter(c)).unwrap_or(right.len());
        let tail = &right[word_end..];
        let clean_tail =
            tail.is_empty() || tail == "." || tail.starts_with([',', ';', '!', '?', ')']);
        clean_tail && !link(left) && !link(right) && self.abbreviation(start, left).is_none()
    }
}

/// English verbs of saying in the past tense, as in `"Go!" I said.`
fn is_saying(verb: &str) -> bool {
    matches!(
        verb,
        "said"
            | "asked"
            | "replied"
            | "shouted"
            | "cried"
            | "yelled"
            | "whispered"
            | "answered"
            | "exclaimed"
            | "added"
            | "wondered"
            | "screamed"
            | "called"
            | "muttered"
            | "insisted"
            | "demanded"
            | "says"
            | "asks"
    )
}
