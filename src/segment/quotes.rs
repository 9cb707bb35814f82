//! Quotations and parentheses that close within the paragraph.
//!
//! A full stop inside a parenthesis, or inside a quotation that is part of a
//! larger sentence, does not end that sentence: `Er sagte: „Ich komme. Du
//! bleibst.“` and `„Ich komme. Du bleibst“, sagte er.` are one sentence each,
//! as in the golden-rule sets of the Pragmatic Segmenter (Dias 2015), which
//! keep text between quotes together. This also keeps a quotation whole in
//! every language alike (Russian sets the stop after the closing mark,
//! `«…».`, German and English before it). Only a quotation that opens its
//! sentence and is followed by a new one (`“We won. It was close.” The coach
//! smiled.`) is split like plain text, as are quoted passages longer than
//! [`REACH`]. Openers are tracked on a small stack as the scan passes them;
//! whether one is closed is looked up lazily (once per opener, bounded by
//! [`REACH`]) the first time a candidate boundary falls inside it.

use super::chars::{char_at, char_before, has_blank_line, is_dash, is_opener, skip_whitespace};

/// How far (in bytes) a closing mark is looked for; longer stretches are
/// treated as unclosed so that long quoted passages are still split.
const REACH: usize = 600;
/// Deeper nesting than this is not tracked.
const DEPTH: usize = 8;

struct Open {
    mark: char,
    pos: usize,
    /// Nothing but whitespace, dashes and openers precede it in its sentence.
    at_start: bool,
    /// Where it closes, if it does and protects its inside (looked up once).
    close: Option<Option<usize>>,
}

/// The open quotations and parentheses at the current scan position.
pub(super) struct Quotes {
    stack: Vec<Open>,
}

impl Quotes {
    /// No quotation open.
    pub(super) fn new() -> Self {
        Quotes {
            stack: Vec::with_capacity(DEPTH),
        }
    }

    /// Forgets everything (at a paragraph break).
    pub(super) fn clear(&mut self) {
        self.stack.clear();
    }

    /// Updates the stack for the mark `c` at byte `i`; `at_start` tells
    /// whether the current sentence has no text before it.
    pub(super) fn observe(&mut self, text: &str, i: usize, c: char, at_start: bool) {
        let top = self.stack.last().map(|o| o.mark);
        if top.is_some_and(|t| closes(t, c)) {
            self.stack.pop();
            return;
        }
        if matches!(c, ')' | ']') {
            let open = if c == ')' { '(' } else { '[' };
            if let Some(k) = self.stack.iter().rposition(|o| o.mark == open) {
                self.stack.truncate(k);
            }
            return;
        }
        let unambiguous = matches!(c, '„' | '(' | '[' | '‚');
        let after_space = char_before(text, i).is_none_or(|p| p.is_whitespace() || is_opener(p));
        // `»Wort«` opens with `»` set against its word; a `»` followed by a
        // space closes a French `« … »` whose opener lies outside the
        // paragraph, and must not pair with the next `«`.
        let set_against = || char_at(text, i + c.len_utf8()).is_some_and(|n| !n.is_whitespace());
        let can_open = match c {
            '"' | '“' | '«' | '‹' => after_space,
            '»' | '›' => after_space && set_against(),
            _ => false,
        };
        if (unambiguous || can_open) && self.stack.len() < DEPTH {
            self.stack.push(Open {
                mark: c,
                pos: i,
                at_start,
                close: None,
            });
        }
    }

    /// True when byte `pos` lies inside a quotation or parenthesis that is
    /// closed later in the paragraph.
    pub(super) fn inside(&mut self, text: &str, pos: usize) -> bool {
        for open in &mut self.stack {
            let close = *open.close.get_or_insert_with(|| {
                let close = find_close(text, open.mark, open.pos + open.mark.len_utf8())?;
                let bracket = matches!(open.mark, '(' | '[');
                let alone = open.at_start && new_sentence_after(text, close);
                (bracket || !alone).then_some(close)
            });
            if close.is_some_and(|c| c >= pos) {
                return true;
            }
        }
        false
    }
}

/// True when `c` closes a quotation opened by `open`.
fn closes(open: char, c: char) -> bool {
    match open {
        '"' => c == '"',
        '„' => matches!(c, '“' | '”'),
        '“' => c == '”',
        '‚' => matches!(c, '‘' | '’'),
        '«' => c == '»',
        '»' => c == '«',
        '‹' => c == '›',
        '›' => c == '‹',
        '(' => c == ')',
        '[' => c == ']',
        _ => false,
    }
}

/// True when the closing mark at byte `close` is followed by the end of the
/// paragraph or by whitespace and a sentence start.
fn new_sentence_after(text: &str, close: usize) -> bool {
    let after = close + text[close..].chars().next().map_or(0, char::len_utf8);
    let next = skip_whitespace(text, after);
    if next == text.len() || has_blank_line(text, after, next) {
        return true;
    }
    next > after
        && char_at(text, next).is_some_and(|c| {
            c.is_uppercase()
                || c.is_ascii_digit()
                || is_opener(c)
                || is_dash(c)
                || c == '¿'
                || c == '¡'
        })
}

/// The byte position of the mark closing `open`, searching from `from` to
/// the end of the paragraph or [`REACH`] bytes, whichever comes first.
fn find_close(text: &str, open: char, from: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut feeds = 0;
    for (k, c) in text[from..].char_indices() {
        if k > REACH {
            return None;
        }
        match c {
            '\n' => {
                feeds += 1;
                if feeds == 2 {
                    return None;
                }
            }
            c if c.is_whitespace() => {}
            _ => feeds = 0,
        }
        let reopened = matches!(open, '"' | '„' | '“') && c == open && k > 0;
        if reopened && text[..from + k].ends_with(char::is_whitespace) {
            // A second opening quote: the first one was never closed.
            return None;
        }
        if closes(open, c) {
            if depth == 0 {
                return Some(from + k);
            }
            depth -= 1;
        } else if c == open && matches!(open, '(' | '[' | '«' | '»' | '‹' | '›') {
            depth += 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(text: &str) -> Quotes {
        let mut q = Quotes::new();
        for (i, c) in text.char_indices() {
            if is_opener(c) || super::super::chars::is_closer(c) {
                q.observe(text, i, c, false);
            }
        }
        q
    }

    #[test]
    fn a_closed_quote_protects_its_inside() {
        let text = "Er sagte: „Ich komme. Du bleibst.“ Dann";
        let mut q = scan(&text[..text.find("Du").unwrap()]);
        assert!(q.inside(text, text.find("Du").unwrap()));
    }

    #[test]
    fn an_unclosed_quote_protects_nothing() {
        let text = "Er sagte: „Ich komme. Du bleibst. Dann";
        let mut q = scan(&text[..text.find("Du").unwrap()]);
        assert!(!q.inside(text, text.find("Du").unwrap()));
    }

    #[test]
    fn nested_parentheses_and_guillemets() {
        let text = "(a (b) c. D) e";
        let mut q = scan(&text[..9]);
        assert!(q.inside(text, 10));
        let ru = "«Он сказал «да». Потом» ушёл";
        let cut = ru.find("Потом").unwrap();
        let mut q = scan(&ru[..cut]);
        assert!(q.inside(ru, cut));
    }

    #[test]
    fn a_quote_standing_alone_protects_nothing() {
        let text = "“We won. It was close.” The coach smiled.";
        let mut q = Quotes::new();
        q.observe(text, 0, '“', true);
        assert!(!q.inside(text, text.find("It").unwrap()));
    }

    #[test]
    fn an_ascii_quote_reopened_was_never_closed() {
        let text = "Er sagte \"Hallo. Dann rief er \"Tschüss\".";
        let mut q = scan(&text[..12]);
        assert!(!q.inside(text, text.find("Dann").unwrap()));
    }

    #[test]
    fn a_quote_does_not_reach_past_a_blank_line() {
        let text = "„Eins. Zwei\n\nDrei“";
        let mut q = scan("„Eins.");
        assert!(!q.inside(text, 7));
    }
}
