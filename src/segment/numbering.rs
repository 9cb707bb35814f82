//! Sentences numbered across a document, the numbering every sentence
//! index of an alignment uses.

use std::ops::Range;

use super::Paragraph;

/// The document-wide numbering of a document's sentences: the sentences of
/// every paragraph as a range of indices, and the paragraph of every
/// sentence. The aligner numbers sentences this way (the paragraphs'
/// sentences in order), and so do the joined units and the check.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Numbering {
    /// For each paragraph, its sentences (empty for a paragraph without any).
    pub sentences_of: Vec<Range<usize>>,
    /// For each sentence, its paragraph.
    pub paragraph_of: Vec<usize>,
}

impl Numbering {
    /// The numbering of paragraphs holding `counts` sentences each.
    pub fn from_counts(counts: impl IntoIterator<Item = usize>) -> Self {
        let mut n = Numbering::default();
        for (p, count) in counts.into_iter().enumerate() {
            let start = n.paragraph_of.len();
            n.paragraph_of.resize(start + count, p);
            n.sentences_of.push(start..start + count);
        }
        n
    }

    /// The numbering of `paragraphs`' sentences.
    pub fn of(paragraphs: &[Paragraph]) -> Self {
        Self::from_counts(paragraphs.iter().map(|p| p.sentences.len()))
    }

    /// How many sentences there are.
    pub fn sentences(&self) -> usize {
        self.paragraph_of.len()
    }

    /// The first sentence of paragraph `p`: where a unit placed before it
    /// goes (past the last sentence for `p` past the last paragraph).
    pub fn first_sentence(&self, p: usize) -> usize {
        self.sentences_of
            .get(p)
            .map_or(self.sentences(), |r| r.start)
    }

    /// The sentences of the run of paragraphs `paras`; an empty run sits
    /// where paragraph `paras.start` starts ([`Numbering::first_sentence`]).
    pub fn span(&self, paras: &Range<usize>) -> Range<usize> {
        let start = self.first_sentence(paras.start);
        match paras.is_empty() {
            true => start..start,
            false => start..self.sentences_of[paras.end - 1].end,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_number_their_sentences_in_order() {
        let n = Numbering::from_counts([2, 0, 1]);
        assert_eq!(n.sentences_of, [0..2, 2..2, 2..3]);
        assert_eq!(n.paragraph_of, [0, 0, 2]);
        assert_eq!(n.sentences(), 3);
        assert_eq!([0, 1, 2, 3].map(|p| n.first_sentence(p)), [0, 2, 2, 3]);
    }

    #[test]
    fn spans_of_paragraph_runs() {
        let n = Numbering::from_counts([2, 0, 1]);
        assert_eq!(n.span(&(0..2)), 0..2);
        assert_eq!(n.span(&(1..3)), 2..3);
        assert_eq!(n.span(&(1..1)), 2..2);
        assert_eq!(n.span(&(3..3)), 3..3);
    }
}
