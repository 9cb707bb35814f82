//! Step 2: paragraphs and sentences.
//!
//! Paragraphs are separated by blank lines; a single line break inside a
//! paragraph is ordinary whitespace, except before a bullet, a speech dash or
//! a list label, and inside a list, where it ends the current item.
//!
//! A sentence ends at `.`, `!`, `?`, `…`, full-width stops and their runs,
//! followed by optional closing quotes or brackets, whitespace and a plausible
//! sentence start (a capital, a digit, an opening quote or bracket, `¿`, `¡`,
//! a speech dash, a list label). Rules per language then veto the boundary
//! after a plain full stop (module `boundary`): abbreviations from the tables
//! in `abbrev/` by how each behaves before a capital (never final, final
//! only before a usual sentence opener, often final, before numbers only,
//! after a year or era unless the date is a phrase opening the sentence),
//! initials (Russian ones after a surname close the name), list labels,
//! German ordinals and Roman numerals (elsewhere a numeral takes no stop of
//! its own), vowel-less contractions (module `shapes`); and inside
//! parentheses or quotations that are closed later in the paragraph and
//! embedded in a larger sentence (module `quotes`). After a quoted `?` or
//! `!`, English `"Go!" I said.` continues the sentence.
//! The design follows Mikheev (2002) and Kiss & Strunk (2006): abbreviation
//! class plus the orthography of the next word, with hand-written lists.
//!
//! Invariant: the sentence spans of a paragraph are contiguous, non-empty and
//! cover the paragraph text exactly (no gaps, no overlaps), so the text can be
//! rebuilt by concatenating them; the same holds for [`paragraph_spans`] over
//! a whole text. Both are computed in one linear scan.
//!
//! ```
//! use paralign::{Lang, segment::sentence_spans};
//!
//! let text = "Am 3. Mai kam Dr. Weber, z. B. mit S. Lawrow. Er blieb usw. Dann ging er.";
//! let sentences: Vec<&str> = sentence_spans(text, Lang::De)
//!     .into_iter()
//!     .map(|s| text[s].trim())
//!     .collect();
//! assert_eq!(
//!     sentences,
//!     ["Am 3. Mai kam Dr. Weber, z. B. mit S. Lawrow.", "Er blieb usw.", "Dann ging er."]
//! );
//! ```

mod abbrev;
mod boundary;
mod chars;
mod list;
mod numbering;
mod paragraph;
mod quotes;
mod scan;
mod shapes;
mod tokens;

use std::ops::Range;

use serde::Serialize;

use crate::Lang;

pub use numbering::Numbering;

/// A sentence: a byte span into its paragraph's text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// Byte range into [`Paragraph::text`], including trailing whitespace.
    pub span: Range<usize>,
}

impl Sentence {
    /// The sentence text without surrounding whitespace.
    pub fn text<'a>(&self, paragraph: &'a str) -> &'a str {
        paragraph[self.span.clone()].trim()
    }
}

/// A paragraph of a document, segmented into sentences.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    /// 1-based line in the source file where the paragraph starts.
    pub line: usize,
    /// The paragraph text (NFC, line breaks inside the paragraph kept).
    pub text: String,
    /// The sentences, covering `text` without gaps.
    pub sentences: Vec<Sentence>,
}

impl Paragraph {
    /// Builds a paragraph and segments it with the rules of `lang`.
    pub fn new(line: usize, text: String, lang: Lang) -> Self {
        let sentences = sentence_spans(&text, lang)
            .into_iter()
            .map(|span| Sentence { span })
            .collect();
        Paragraph {
            line,
            text,
            sentences,
        }
    }

    /// The trimmed texts of the sentences, in order.
    pub fn sentence_texts(&self) -> impl Iterator<Item = &str> {
        self.sentences.iter().map(|s| s.text(&self.text))
    }
}

/// Splits `text` into sentence spans following the rules of `lang`.
/// The spans cover `text` exactly; empty or all-whitespace input gives no span.
/// A blank line inside `text` always ends a sentence.
pub fn sentence_spans(text: &str, lang: Lang) -> Vec<Range<usize>> {
    paragraph::spans_from_starts(text, &scan::sentence_starts(text, lang))
}

/// Splits `text` into paragraph spans at blank lines. The spans cover `text`
/// exactly, the blank lines being attached to the preceding paragraph.
pub fn paragraph_spans(text: &str) -> Vec<Range<usize>> {
    paragraph::spans_from_starts(text, &paragraph::paragraph_starts(text))
}

/// Splits a whole text into segmented paragraphs, each trimmed of the
/// surrounding whitespace and numbered by the line where it starts.
pub fn paragraphs(text: &str, lang: Lang) -> Vec<Paragraph> {
    let mut line = 1;
    let mut counted = 0;
    let mut out = Vec::new();
    for span in paragraph_spans(text) {
        let lead = span.start + (text[span.clone()].len() - text[span.clone()].trim_start().len());
        line += text.as_bytes()[counted..lead]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        counted = lead;
        out.push(Paragraph::new(line, text[span].trim().to_string(), lang));
    }
    out
}

/// Least number of words on each side of a semicolon for [`clause_spans`]
/// to cut there: a list (`Berlin; Paris; Rom`) is one clause.
const CLAUSE_WORDS: usize = 3;

/// The clauses of one sentence that a semicolon joins, as byte spans that
/// cover `sentence` exactly: translators who run two sentences into one
/// join them so (`Es ist spät; wir gehen jetzt nach Hause.`). A cut is made
/// after a semicolon followed by whitespace (French `fin ; suite` too) when
/// both the clause before it and the rest after it hold at least
/// `CLAUSE_WORDS` words. A sentence with no such join is one span.
pub fn clause_spans(sentence: &str) -> Vec<Range<usize>> {
    let words = |s: &str| {
        s.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    };
    let mut cuts = vec![0];
    for (i, _) in sentence.match_indices(';') {
        let after = &sentence[i + 1..];
        let rest = after.trim_start();
        if rest.len() == after.len() || rest.is_empty() {
            continue;
        }
        let at = sentence.len() - rest.len();
        let start = *cuts.last().unwrap_or(&0);
        if words(&sentence[start..i]) >= CLAUSE_WORDS && words(rest) >= CLAUSE_WORDS {
            cuts.push(at);
        }
    }
    cuts.push(sentence.len());
    cuts.windows(2)
        .map(|w| w[0]..w[1])
        .filter(|r| !r.is_empty())
        .collect()
}

/// `text` trimmed, with every line break and every run of whitespace
/// replaced by one space: how a sentence is printed on one line. A lone
/// no-break space (French `Bonjour\u{a0}!`) is kept as it is.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = String::new();
    for c in text.trim().chars() {
        if c.is_whitespace() {
            run.push(c);
            continue;
        }
        if !run.is_empty() {
            let lone_nbsp =
                run.chars().count() == 1 && matches!(run.as_str(), "\u{a0}" | "\u{202f}");
            out.push_str(if lone_nbsp { &run } else { " " });
            run.clear();
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clauses_are_cut_at_semicolons_between_sentence_like_parts() {
        let cut = |s: &'static str| -> Vec<&'static str> {
            clause_spans(s).into_iter().map(|r| &s[r]).collect()
        };
        assert_eq!(
            cut("Es ist schon spät; wir gehen jetzt nach Hause."),
            ["Es ist schon spät; ", "wir gehen jetzt nach Hause."]
        );
        assert_eq!(
            cut("Il est déjà tard ; nous rentrons à la maison."),
            ["Il est déjà tard ; ", "nous rentrons à la maison."]
        );
        // A list, a short tail, an entity: one clause.
        assert_eq!(
            cut("Sie besuchten Berlin; Paris; Rom."),
            ["Sie besuchten Berlin; Paris; Rom."]
        );
        assert_eq!(cut("Das war alles; nein."), ["Das war alles; nein."]);
        assert_eq!(cut("A&amp;B kaufen ein"), ["A&amp;B kaufen ein"]);
        assert_eq!(cut(""), Vec::<&str>::new());
    }

    fn split(text: &str, lang: Lang) -> Vec<&str> {
        sentence_spans(text, lang)
            .into_iter()
            .map(|s| text[s].trim())
            .collect()
    }

    #[test]
    fn spans_cover_the_text() {
        let text = "  Eins. Zwei!  Drei?\n";
        let spans = sentence_spans(text, Lang::De);
        assert_eq!(spans, [0..8, 8..15, 15..21]);
        assert_eq!(split(text, Lang::De), ["Eins.", "Zwei!", "Drei?"]);
    }

    #[test]
    fn blank_input_has_no_spans() {
        assert!(sentence_spans("", Lang::En).is_empty());
        assert!(sentence_spans(" \n\t", Lang::En).is_empty());
        assert!(paragraph_spans("\n\n").is_empty());
    }

    #[test]
    fn a_blank_line_ends_a_sentence_but_a_line_break_does_not() {
        assert_eq!(
            split("Titel\n\nText hier", Lang::De),
            ["Titel", "Text hier"]
        );
        assert_eq!(
            split("It was a cold\nnight.", Lang::En),
            ["It was a cold\nnight."]
        );
    }

    #[test]
    fn paragraphs_know_their_line() {
        let paras = paragraphs("\nA. B.\n\n\nC d\ne.", Lang::En);
        assert_eq!(paras.len(), 2);
        assert_eq!((paras[0].line, paras[0].text.as_str()), (2, "A. B."));
        assert_eq!((paras[1].line, paras[1].text.as_str()), (5, "C d\ne."));
        assert_eq!(paras[1].sentence_texts().collect::<Vec<_>>(), ["C d\ne."]);
    }

    #[test]
    fn collapsing_whitespace_keeps_no_break_spaces() {
        assert_eq!(collapse_whitespace(" a \n\t b\u{a0}!"), "a b\u{a0}!");
        assert_eq!(collapse_whitespace("a\u{a0} \u{a0}b\u{a0}\u{a0} "), "a b");
    }
}
