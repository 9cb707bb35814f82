//! Where a finding shows on the page: which translation unit (row) it concerns.
//!
//! The check points at places as `(language, 1-based line, excerpt)`; the units
//! know which paragraphs each side covers, and the documents know each
//! paragraph's line. The mapping lives in [`locate`] alone, so that when the
//! check gains sentence ranges only this function has to learn them.

use std::collections::BTreeMap;

use crate::Lang;
use crate::check::{Finding, Kind};
use crate::join::TranslationUnit;
use crate::release::Document;

/// A place the check points at: a line of one language version and what it says there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Anchor<'a> {
    lang: Lang,
    line: usize,
    excerpt: Option<&'a str>,
}

/// The index in `units` of the row `finding` belongs on, or `None` when it
/// concerns a whole version (or names no line that any unit covers).
///
/// A finding about text a version lacks (missing paragraph or sentence, a
/// truncated tail) is placed by its counterpart, the pivot text with no match:
/// that row holds the gap. Any other finding is placed by its own line. Among
/// the units covering the paragraph at that line, the one whose text holds the
/// excerpt wins (a paragraph spans several sentence rows), else the first.
pub fn locate(
    finding: &Finding,
    units: &[TranslationUnit],
    docs: &BTreeMap<Lang, Document>,
) -> Option<usize> {
    anchors(finding)
        .into_iter()
        .find_map(|anchor| row_of(anchor, units, docs))
}

/// The places to try, best first.
fn anchors(finding: &Finding) -> Vec<Anchor<'_>> {
    let own = finding.lang().map(|lang| Anchor {
        lang,
        line: finding.line,
        excerpt: finding.excerpt.as_deref(),
    });
    let counterpart = finding.counterpart.as_ref().map(|p| Anchor {
        lang: p.lang,
        line: p.line,
        excerpt: p.excerpt.as_deref(),
    });
    match finding.kind {
        Kind::MissingParagraph | Kind::MissingSentence | Kind::TruncatedVersion => {
            [counterpart, own].into_iter().flatten().collect()
        }
        Kind::MissingVersion
        | Kind::UnreadableFile
        | Kind::UndeclaredVersion
        | Kind::WrongLanguage
        | Kind::DuplicateVersion
        | Kind::EmptyVersion
        | Kind::DateMismatch => Vec::new(),
        _ => [own, counterpart].into_iter().flatten().collect(),
    }
}

/// The first unit whose side in the anchor's language covers the paragraph at
/// the anchor's line, preferring one whose text holds the excerpt.
fn row_of(
    anchor: Anchor<'_>,
    units: &[TranslationUnit],
    docs: &BTreeMap<Lang, Document>,
) -> Option<usize> {
    if anchor.line == 0 {
        return None;
    }
    let doc = docs.get(&anchor.lang)?;
    let k = doc.paragraphs.iter().position(|p| p.line == anchor.line)?;
    let covering: Vec<usize> = units
        .iter()
        .enumerate()
        .filter(|(_, u)| {
            u.side(anchor.lang)
                .is_some_and(|s| s.paragraphs.contains(&k))
        })
        .map(|(i, _)| i)
        .collect();
    let wanted = anchor.excerpt.map(excerpt_prefix).filter(|e| !e.is_empty());
    let holds = |i: &&usize| {
        let text = units[**i].side(anchor.lang).map_or("", |s| s.text.as_str());
        wanted.as_deref().is_some_and(|e| text.contains(e))
    };
    covering.iter().find(holds).or(covering.first()).copied()
}

/// The excerpt without the ellipsis the check appends, whitespace collapsed
/// as in unit texts.
fn excerpt_prefix(excerpt: &str) -> String {
    let trimmed = excerpt.trim_end().trim_end_matches('…').trim_end();
    itertools::join(trimmed.split_whitespace(), " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Place;
    use crate::join::{Level, Side};

    fn doc(lang: Lang, paragraphs: &[&str]) -> Document {
        Document::for_test(lang, paragraphs)
    }

    fn unit(index: usize, sides: Vec<(Lang, usize, &str)>) -> TranslationUnit {
        TranslationUnit {
            release: "r".into(),
            index,
            level: Level::Sentence,
            pivot: Lang::De,
            langs: vec![Lang::De, Lang::Fr],
            sides: sides
                .into_iter()
                .map(|(lang, p, text)| Side {
                    lang,
                    sentences: index..index + 1,
                    paragraphs: p..p + 1,
                    text: text.into(),
                })
                .collect(),
            score: Some(0.9),
        }
    }

    /// de: paragraph 0 = "A1. A2.", paragraph 1 = "B1."; fr lacks B1.
    fn fixture() -> (Vec<TranslationUnit>, BTreeMap<Lang, Document>) {
        let units = vec![
            unit(0, vec![(Lang::De, 0, "A1."), (Lang::Fr, 0, "a1.")]),
            unit(
                1,
                vec![(Lang::De, 0, "A2 1.250."), (Lang::Fr, 0, "a2 1 520.")],
            ),
            unit(2, vec![(Lang::De, 1, "B1.")]),
        ];
        let docs = BTreeMap::from([
            (Lang::De, doc(Lang::De, &["A1. A2 1.250.", "B1."])),
            (Lang::Fr, doc(Lang::Fr, &["a1. a2 1 520."])),
        ]);
        (units, docs)
    }

    fn finding(kind: Kind, line: usize, excerpt: Option<&str>) -> Finding {
        Finding::new(kind, "r", vec![Lang::Fr, Lang::De], "m").at(
            "r.fr.txt",
            line,
            excerpt.map(String::from),
        )
    }

    #[test]
    fn a_finding_goes_to_the_unit_holding_its_excerpt() {
        let (units, docs) = fixture();
        let f = finding(Kind::NumberMismatch, 17, Some("a2 1 520 …"));
        assert_eq!(locate(&f, &units, &docs), Some(1));
        let f = finding(Kind::NumberMismatch, 17, None);
        assert_eq!(
            locate(&f, &units, &docs),
            Some(0),
            "first unit of the paragraph"
        );
    }

    #[test]
    fn a_missing_text_is_placed_by_its_counterpart() {
        let (units, docs) = fixture();
        let place = Place {
            lang: Lang::De,
            path: "r.de.txt".into(),
            line: 19,
            excerpt: Some("B1.".into()),
        };
        let f = finding(Kind::MissingParagraph, 17, None).against(place);
        assert_eq!(locate(&f, &units, &docs), Some(2));
    }

    #[test]
    fn version_findings_and_unknown_lines_have_no_row() {
        let (units, docs) = fixture();
        assert_eq!(
            locate(&finding(Kind::WrongLanguage, 17, None), &units, &docs),
            None
        );
        assert_eq!(
            locate(&finding(Kind::ExtraSentence, 0, None), &units, &docs),
            None
        );
        assert_eq!(
            locate(&finding(Kind::ExtraSentence, 99, None), &units, &docs),
            None
        );
    }
}
