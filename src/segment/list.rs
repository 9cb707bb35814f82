//! Numbered and lettered list items (`1.`, `2.)`, `a)`), which begin a new
//! segment even when the previous item has no final punctuation, as in the
//! list cases of the golden rules (`1. The first item 2. The second item`).

use super::chars::{char_before, is_bullet, is_dash, is_opener};
use super::scan::Scanner;
use super::tokens::{Kind, Next, word_before};

/// The label of a list item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Marker {
    /// `1.`, `12)`.
    Number(u32),
    /// `a.`, `b)`.
    Letter(u8),
}

impl Marker {
    /// Reads a label: one or two digits, or one lowercase ASCII letter.
    pub(super) fn parse(tok: &str) -> Option<Marker> {
        let b = tok.as_bytes();
        if (1..=2).contains(&b.len()) && b[0] != b'0' && b.iter().all(u8::is_ascii_digit) {
            return tok.parse().ok().map(Marker::Number);
        }
        match b {
            [l] if l.is_ascii_lowercase() => Some(Marker::Letter(*l)),
            _ => None,
        }
    }

    fn first(self) -> bool {
        matches!(self, Marker::Number(1) | Marker::Letter(b'a'))
    }

    fn succ(self) -> Marker {
        match self {
            Marker::Number(n) => Marker::Number(n + 1),
            Marker::Letter(l) => Marker::Letter(l.wrapping_add(1)),
        }
    }
}

/// True when a list label starts at byte `j`: `2. `, `b) `, `3.) `, `(iv) `,
/// `(B) `, `B) ` (a capital only with a parenthesis, `B. ` being an initial).
pub(super) fn label_at(text: &str, j: usize) -> bool {
    label(text, j).is_some()
}

/// The label starting at byte `j` and whether it has a parenthesis.
fn label(text: &str, j: usize) -> Option<(&str, bool)> {
    let rest = &text[j..];
    let (open, rest) = match rest.strip_prefix('(') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let len = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    let (tok, tail) = rest.split_at(len);
    let roman = (1..=4).contains(&tok.len()) && tok.bytes().all(|b| b"ivxl".contains(&b));
    let capital = tok.len() == 1 && tok.as_bytes()[0].is_ascii_uppercase();
    if !(roman || capital || Marker::parse(tok).is_some()) {
        return None;
    }
    let closes = [".)", ")"].iter().any(|t| tail.starts_with(t));
    let mark = if open || capital {
        closes
    } else {
        closes || tail.starts_with('.')
    };
    let after = tail.trim_start_matches(['.', ')']);
    (mark && after.starts_with(char::is_whitespace)).then_some((tok, open || closes))
}

impl Scanner<'_> {
    /// Handles a possible list label `tok` (at byte `start`, followed by its
    /// `.` or `)` and a space). Returns true when it is one; a label never
    /// ends a sentence, and a label continuing the current list starts a new
    /// item.
    pub(super) fn list_item(&mut self, start: usize, tok: &str, next: &Next) -> bool {
        let Some(marker) = Marker::parse(tok) else {
            return false;
        };
        if !char_before(self.text, start)
            .is_none_or(|c| c.is_whitespace() || is_bullet(c) || is_dash(c) || is_opener(c))
        {
            return false;
        }
        let listed = marker.first() || self.expect == Some(marker);
        if self.text[..start].trim_end().ends_with(':')
            && matches!(marker, Marker::Number(_))
            && listed
        {
            // `…, besagen: 1. Die Expeditionen …`: an item label after a
            // colon; `The score: 3. The end.` is a number ending a sentence.
            self.expect = Some(marker.succ());
            return true;
        }
        if self.at_sentence_start(start) {
            let letter = matches!(marker, Marker::Letter(_));
            if letter || marker.first() || self.expect == Some(marker) {
                self.expect = Some(marker.succ());
            }
            return true;
        }
        let ordinal = self
            .rules
            .is_ordinal_context(&word_before(self.text, start).to_lowercase());
        let item = match marker {
            Marker::Number(_) => next.kind == Kind::Upper,
            Marker::Letter(_) => matches!(next.kind, Kind::Upper | Kind::Lower),
        };
        if self.expect == Some(marker) && item && !ordinal {
            self.cut(start);
            self.expect = Some(marker.succ());
            return true;
        }
        false
    }

    /// True when a lowercase list item starts at byte `j` after a stop: a
    /// label with a parenthesis (`w) hello`), the first of a list (`a. `,
    /// `i. `), or the next one expected; not `v.` of `i. H. v.`.
    pub(super) fn item_starts(&self, j: usize) -> bool {
        match label(self.text, j) {
            Some((_, true)) => true,
            Some((tok, false)) => {
                matches!(tok, "a" | "i")
                    || Marker::parse(tok).is_some_and(|m| self.expect == Some(m))
            }
            None => false,
        }
    }

    /// True when only whitespace, bullets, dashes and openers precede byte
    /// `pos` in the current sentence.
    pub(super) fn at_sentence_start(&self, pos: usize) -> bool {
        // Trimmed from the end, so only the run before `pos` is visited.
        self.text[self.sentence_start()..pos]
            .trim_end_matches(|c: char| {
                c.is_whitespace() || is_bullet(c) || is_dash(c) || is_opener(c)
            })
            .is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        assert_eq!(Marker::parse("1"), Some(Marker::Number(1)));
        assert_eq!(Marker::parse("12"), Some(Marker::Number(12)));
        assert_eq!(Marker::parse("123"), None);
        assert_eq!(Marker::parse("01"), None);
        assert_eq!(Marker::parse("b"), Some(Marker::Letter(b'b')));
        assert_eq!(Marker::parse("B"), None);
    }

    #[test]
    fn line_start_labels() {
        for label in [
            "2. Karl",
            "3.) Drei",
            "b) zwei",
            "(iv) vier",
            "(B) Be",
            "B) Be",
            "ii. zwei",
        ] {
            assert!(label_at(label, 0), "{label}");
        }
        for text in [
            "2.5 Liter",
            "1.мороженое",
            "B. Weber",
            "(b zwei",
            "Ende. Gut",
            "iii",
        ] {
            assert!(!label_at(text, 0), "{text}");
        }
    }
}
