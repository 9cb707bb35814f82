//! Step 2: paragraphs and sentences.
//!
//! Invariant: the sentence spans of a paragraph are contiguous, non-empty and
//! cover the paragraph text exactly (no gaps, no overlaps), so the text can be
//! rebuilt by concatenating them.
//!
//! (Skeleton: the real segmenter replaces the bodies below.)

use std::ops::Range;

use serde::Serialize;

use crate::Lang;

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
pub fn sentence_spans(text: &str, _lang: Lang) -> Vec<Range<usize>> {
    if text.trim().is_empty() {
        Vec::new()
    } else {
        std::iter::once(0..text.len()).collect()
    }
}

/// Splits `text` into paragraph spans at blank lines. The spans cover `text`
/// exactly, the blank lines being attached to the preceding paragraph.
pub fn paragraph_spans(text: &str) -> Vec<Range<usize>> {
    if text.trim().is_empty() {
        Vec::new()
    } else {
        std::iter::once(0..text.len()).collect()
    }
}
