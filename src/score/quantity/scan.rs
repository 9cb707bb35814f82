//! The one pass over a text that finds its quantities (see the module
//! overview in [`super`]).

use super::digits::{self, Digits};
use super::phrase::Acc;
use super::text::{eq_lower, glued_after, glued_before, is_space, lower_into, spaces, word_end};
use super::words::{self, Table, Word};
use super::{Decimal, Quantity, QuantityKind, Value, dates, half};
use crate::Lang;

/// Scanner state: the text, the output, and reused buffers.
pub struct Scanner<'t> {
    text: &'t str,
    lang: Lang,
    table: &'static Table,
    out: Vec<Quantity>,
    /// Per quantity: the multiplier applied and the value before it, for ranges.
    scales: Vec<(u8, Decimal)>,
    lower: String,
    parts: Vec<Word>,
}

/// Words between the two ends of a range (`12 bis 16 Tausend`) or two
/// figures that share a multiplier (`2 и 1,4 миллиарда`).
const RANGE_WORDS: &[&str] = &[
    "-", "–", "—", "bis", "to", "a", "à", "au", "до", "y", "und", "and", "et", "и", "or", "oder",
    "o", "ou", "или",
];

/// How many times larger than the second figure the first may be for a
/// multiplier after the second to apply to it: `2 и 1,4 миллиарда` is two
/// billion and 1.4 billion, `2015 and 3 million` is a year and 3 million.
const SHARED_SCALE: i128 = 10;

impl<'t> Scanner<'t> {
    /// A scanner over `text` in `lang`.
    pub fn new(text: &'t str, lang: Lang) -> Self {
        Scanner {
            text,
            lang,
            table: words::table(lang),
            out: Vec::new(),
            scales: Vec::new(),
            lower: String::with_capacity(32),
            parts: Vec::new(),
        }
    }

    /// Finds every quantity, in text order.
    pub fn run(mut self) -> Vec<Quantity> {
        let bytes = self.text.as_bytes();
        let mut pos = 0;
        while pos < bytes.len() {
            let b = bytes[pos];
            pos = if b.is_ascii_digit() {
                self.number(pos)
            } else if b.is_ascii_punctuation() || b == b' ' {
                pos + 1
            } else {
                match word_end(self.text, pos) {
                    Some(end) if !glued_before(self.text, pos) => self.word(pos, end),
                    Some(end) => end,
                    None => pos + self.text[pos..].chars().next().map_or(1, char::len_utf8),
                }
            };
        }
        self.ranges();
        dates::spread_ranges(self.text, &mut self.out);
        super::clock::twenty_four_hours(self.text, &mut self.out, self.lang);
        super::roman::centuries(self.text, self.lang, &mut self.out);
        half::unit_and_a_half(self.text, &mut self.out, self.lang);
        self.out
    }

    fn push(&mut self, value: Value, kind: QuantityKind, span: (usize, usize), spelled: bool) {
        let span = span.0..span.1;
        self.out.push(Quantity {
            value,
            kind,
            span,
            spelled,
            other_reading: None,
        });
        self.scales.push((0, Decimal::default()));
    }

    /// A quantity starting with the digit at `pos`; returns where to go on.
    fn number(&mut self, pos: usize) -> usize {
        if let Some((value, end)) = dates::numeric(self.text, pos, self.lang) {
            self.push(value, QuantityKind::Date, (pos, end), false);
            return end;
        }
        let Some(d) = digits::read(self.text, pos, self.lang) else {
            return pos + digits::run(&self.text.as_bytes()[pos..]);
        };
        let day = d
            .value
            .as_int()
            .filter(|&v| dates::written_day(v) && d.int_digits <= 2);
        if let Some(day) = day.filter(|_| !d.grouped) {
            let found = dates::day_first(self.text, day as u8, d.end, self.lang, &mut self.lower);
            if let Some((value, end)) = found {
                self.push(value, QuantityKind::Date, (pos, end), false);
                return end;
            }
        }
        if let Some(end) = self.ordinal_suffix(&d) {
            let value = Value::Number(d.value);
            self.push(value, QuantityKind::Ordinal, (pos, end), false);
            return end;
        }
        let mut acc = Acc::digits(self.lang, d.value);
        let end = self.multipliers(&mut acc, pos, d.end);
        let raw = d.value;
        let (value, end) = self.and_a_half(acc.value().unwrap_or(raw), acc.scale(), end);
        let plain = acc.scale() == 0 && !d.decimal && !d.grouped;
        self.finish(value, (pos, end), false, plain && d.int_digits == 4);
        if acc.scale() == 0 && value == raw {
            let q = self.out.last_mut().expect("just pushed");
            q.other_reading = d.other_reading.map(Value::Number);
        }
        if acc.scale() > 0 {
            *self.scales.last_mut().expect("just pushed") = (acc.scale(), raw);
        }
        self.out.last().map_or(end, |q| q.span.end)
    }

    /// Emits a number ending at `span.1`, as a percentage when a percent
    /// sign or word follows, as a year when `year_like` and in range or
    /// when a year mark follows.
    fn finish(&mut self, value: Decimal, span: (usize, usize), spelled: bool, year_like: bool) {
        let (start, end) = span;
        if let Some(pct) = self.percent(end) {
            self.push(
                Value::Number(value),
                QuantityKind::Percent,
                (start, pct),
                spelled,
            );
            return;
        }
        let marked = dates::year_mark(self.text, end, self.lang);
        let in_range = value.as_int().is_some_and(|y| (1800..=2100).contains(&y));
        let kind = match (year_like && in_range) || (marked > end && value.as_int().is_some()) {
            true => QuantityKind::Year,
            false if value.as_int().is_some() => QuantityKind::Cardinal,
            false => QuantityKind::Decimal,
        };
        self.push(Value::Number(value), kind, (start, marked), spelled);
    }

    /// The end of an ordinal mark right after the digits `d`: `1st`, `2e`,
    /// `3.º`, `5-й`, German `3.` before a word.
    fn ordinal_suffix(&self, d: &Digits) -> Option<usize> {
        if d.decimal || d.grouped {
            return None;
        }
        let rest = &self.text[d.end..];
        let suffixes = self.table.ordinal_suffixes;
        for s in suffixes {
            let len = s.len();
            let cand = rest.get(..len).filter(|c| eq_lower(c, s));
            if cand.is_some() && !glued_after(self.text, d.end + len) {
                return Some(d.end + len);
            }
        }
        let german = self.lang == Lang::De && d.int_digits <= 3 && rest.starts_with('.');
        // Only after the ASCII dot is `d.end + 1` a char boundary.
        let next = if german {
            spaces(self.text, d.end + 1)
        } else {
            d.end
        };
        let word = german && next > d.end + 1 && word_end(self.text, next).is_some();
        word.then_some(d.end + 1)
    }

    /// Multipliers after a number ending at `end` (`Tausend`, `Mio.`,
    /// `mil millones`); returns the end of the last one.
    fn multipliers(&mut self, acc: &mut Acc, start: usize, mut end: usize) -> usize {
        loop {
            let p = spaces(self.text, end);
            if p > end + 3 {
                return end;
            }
            let Some(w_end) = word_end(self.text, p) else {
                return end;
            };
            lower_into(&self.text[p..w_end], &mut self.lower);
            let Some(Word::Scale { exp, alone }) = words::lookup(self.lang, &self.lower) else {
                return end;
            };
            if self.lower == "m" && (p > end || !after_currency(self.text, start)) {
                return end;
            }
            if !acc.push(Word::Scale { exp, alone }) {
                return end;
            }
            let abbrev = !alone && self.lower.chars().count() <= 4;
            let dot = abbrev && self.text[w_end..].starts_with('.');
            end = w_end + usize::from(dot);
        }
    }

    /// The end of a percent sign or words after `end`, if any.
    fn percent(&self, end: usize) -> Option<usize> {
        self.table.percent.iter().find_map(|seq| {
            seq.iter().try_fold(end, |p, part| {
                let p = spaces(self.text, p);
                if *part == "%" {
                    return self.text[p..].starts_with('%').then_some(p + 1);
                }
                let e = word_end(self.text, p)?;
                eq_lower(&self.text[p..e], part).then_some(e)
            })
        })
    }

    /// A word at `start..end`: a number word, an ordinal, or a month that
    /// opens a date; returns where to go on.
    fn word(&mut self, start: usize, end: usize) -> usize {
        let mut next = spaces(self.text, end);
        // `marzo de 2021`, `mars de 2021` (rare in French, usual in Spanish),
        // `agosto del 2010`.
        if matches!(self.lang, Lang::Es | Lang::Fr) && self.text[next..].starts_with("de ") {
            next = spaces(self.text, next + 2);
        } else if self.lang == Lang::Es && self.text[next..].starts_with("del ") {
            next = spaces(self.text, next + 3);
        }
        let digit_next = self
            .text
            .as_bytes()
            .get(next)
            .is_some_and(u8::is_ascii_digit);
        if digit_next && next > end {
            let found = dates::month_first(self.text, start, self.lang, &mut self.lower);
            if let Some((value, e)) = found {
                self.push(value, QuantityKind::Date, (start, e), false);
                return e;
            }
        }
        lower_into(&self.text[start..end], &mut self.lower);
        if half::is_one_and_a_half(&self.lower, self.lang) {
            return self.one_and_a_half(start, end);
        }
        if !self.first_words() {
            return end;
        }
        self.spelled(start, end)
    }

    /// `полтора года`: one and a half, unless a multiplier follows, whose
    /// word reads the two together (`полтора миллиона`, [`Self::spelled`]).
    fn one_and_a_half(&mut self, start: usize, end: usize) -> usize {
        let next = spaces(self.text, end);
        if let Some(e) = word_end(self.text, next).filter(|_| next > end) {
            lower_into(&self.text[next..e], &mut self.lower);
            if let Some(Word::Scale { .. }) = words::lookup(self.lang, &self.lower) {
                return end;
            }
        }
        self.finish(Decimal(Decimal::ONE * 3 / 2), (start, end), true, false);
        end
    }

    /// Puts the number words of the lower-cased word into `parts`.
    fn first_words(&mut self) -> bool {
        self.parts.clear();
        match words::lookup(self.lang, &self.lower) {
            Some(w) => {
                self.parts.push(w);
                true
            }
            None if self.lang == Lang::De => words::de::compound(&self.lower, &mut self.parts),
            None => false,
        }
    }

    /// A number written in words, starting with the word `start..end`
    /// whose parts are in `parts`.
    fn spelled(&mut self, start: usize, end: usize) -> usize {
        if let [Word::Scale { exp, .. }] = self.parts[..] {
            let scale = Decimal::ONE * 10i128.pow(u32::from(exp));
            let halves = [
                (half::half_before(self.text, start, self.lang), 1),
                (half::one_and_a_half_before(self.text, start, self.lang), 3),
            ];
            if let Some((Some(from), n)) = halves.into_iter().find(|(f, _)| f.is_some()) {
                self.finish(Decimal(scale * n / 2), (from, end), true, false);
                return self.out.last().map_or(end, |q| q.span.end);
            }
        }
        let mut acc = Acc::words(self.lang);
        if !self.parts.iter().all(|&w| acc.push(w)) {
            return end;
        }
        let mut last = end;
        while !acc.ordinal {
            match self.next_word(&mut acc, last) {
                Some(e) => last = e,
                None => break,
            }
        }
        let Some(value) = acc.value() else { return end };
        let (value, last) = match acc.ordinal {
            true => (value, last),
            false => self.and_a_half(value, acc.scale(), last),
        };
        // `half a million`: a lone multiplier after a half word.
        let lone = Decimal::ONE * 10i128.pow(u32::from(acc.scale()));
        let (value, start) = match half::half_before(self.text, start, self.lang) {
            Some(from) if acc.scale() > 0 && value.0 == lone => (Decimal(lone / 2), from),
            _ => (value, start),
        };
        if acc.ordinal {
            self.push(
                Value::Number(value),
                QuantityKind::Ordinal,
                (start, last),
                true,
            );
        } else {
            self.finish(value, (start, last), true, false);
            *self.scales.last_mut().expect("just pushed") = (acc.scale(), value);
        }
        self.out.last().map_or(last, |q| q.span.end)
    }

    /// Extends the number in `acc` by the next word after `end` (across a
    /// space or hyphen, and a connector); returns the new end.
    fn next_word(&mut self, acc: &mut Acc, end: usize) -> Option<usize> {
        let mut p = spaces(self.text, end);
        if self.text[p..].starts_with('-') {
            p += 1;
        }
        let mut e = word_end(self.text, p).filter(|_| p > end)?;
        lower_into(&self.text[p..e], &mut self.lower);
        let connected = words::is_connector(self.lang, &self.lower);
        if connected {
            p = spaces(self.text, e);
            e = word_end(self.text, p).filter(|_| p > e)?;
            lower_into(&self.text[p..e], &mut self.lower);
            // `a million and a half`: an article after `and` starts a
            // phrase of its own (`a million and one` says one).
            if self.lang == Lang::En && matches!(self.lower.as_str(), "a" | "an") {
                return None;
            }
        }
        let word = words::lookup(self.lang, &self.lower);
        if let Some(w) = word.filter(|_| self.lang != Lang::De) {
            let ok = if connected {
                acc.connect(w)
            } else {
                acc.push(w)
            };
            return ok.then_some(e);
        }
        self.first_words().then_some(())?;
        let mut trial = acc.clone();
        let parts = std::mem::take(&mut self.parts);
        let ok = !connected && parts.iter().all(|&w| trial.push(w));
        self.parts = parts;
        ok.then(|| *acc = trial).map(|_| e)
    }

    /// `value`, whose largest multiplier is `10^scale`, with half that
    /// multiplier added when an "and a half" phrase follows `end`
    /// ([`half::and_a_half`]), and the new end.
    fn and_a_half(&self, value: Decimal, scale: u8, end: usize) -> (Decimal, usize) {
        if scale == 0 {
            return (value, end);
        }
        match half::and_a_half(self.text, end, self.lang) {
            Some(e) => {
                let half = Decimal::ONE * 10i128.pow(u32::from(scale)) / 2;
                (Decimal(value.0 + half), e)
            }
            None => (value, end),
        }
    }

    /// A multiplier after the end of a range applies to its start as well:
    /// `12 bis 16 Tausend`, `12–16 тыс.`, `de 12 a 16 mil`; and after the
    /// second of two figures joined by `and` or `or`, to the first, unless
    /// that one is far larger ([`SHARED_SCALE`]): `2 and 1.4 billion`.
    fn ranges(&mut self) {
        for k in 1..self.out.len() {
            let ((s0, _), (exp, raw)) = (self.scales[k - 1], self.scales[k]);
            let (a, b) = (&self.out[k - 1], &self.out[k]);
            let between = self.text[a.span.end..b.span.start].trim_matches(is_space);
            let linked = RANGE_WORDS.iter().any(|w| eq_lower(between, w));
            let Some(start) = a.number().filter(|_| s0 == 0 && exp > 0 && linked) else {
                continue;
            };
            if a.kind == QuantityKind::Cardinal && start.0 < raw.0.saturating_mul(SHARED_SCALE) {
                let scaled = start.0.checked_mul(10i128.pow(u32::from(exp)));
                if let Some(v) = scaled {
                    self.out[k - 1].value = Value::Number(Decimal(v));
                    self.scales[k - 1].0 = exp;
                }
            }
        }
    }
}

/// True when a currency sign stands right before `pos` (`£3m`, `$5m`), or
/// a currency code and a space (`EUR 4.5m`, `USD 2m`).
fn after_currency(text: &str, pos: usize) -> bool {
    const CODES: [&str; 6] = ["EUR", "USD", "GBP", "CHF", "RUB", "JPY"];
    let before = &text[..pos];
    let sign = before
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '$' | '£' | '€'));
    let code = before
        .strip_suffix(' ')
        .is_some_and(|b| CODES.iter().any(|c| b.ends_with(c)));
    sign || code
}
