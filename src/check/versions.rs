//! Rules about whole versions: missing, undeclared, duplicate, wrong-language,
//! empty, and a body that repeats itself.
//!
//! [`triage`] runs before any alignment: versions that are absent, empty, in
//! the wrong language or repeated are set aside, so that nothing downstream
//! reports their every paragraph again (cascade suppression), and so that
//! such a version is never chosen as the pivot.

use std::collections::BTreeSet;

use super::finding::short;
use super::{Config, Finding, Kind, Place};
use crate::Lang;
use crate::release::{Document, Problem, Release};

/// What the version-level rules found in one release.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Triage {
    /// Findings about absent, undeclared, duplicate, wrong-language, empty
    /// and repeated versions.
    pub findings: Vec<Finding>,
    /// Versions not to align: in the wrong language, empty, or repeated.
    pub unusable: BTreeSet<Lang>,
}

/// Version-level rules that need no alignment. `problems` are the files the
/// reader could not use: a declared version whose file is among them is
/// unreadable (reported there), not missing.
pub fn triage(release: &Release, problems: &[Problem], config: &Config) -> Triage {
    let mut t = Triage::default();
    let unreadable = |l: Lang| {
        problems
            .iter()
            .any(|p| p.lang == Some(l) && p.release.as_deref() == Some(release.id.as_str()))
    };
    missing(release, config, &unreadable, &mut t.findings);
    for (&lang, doc) in &release.versions {
        let wanted = config.wants(lang);
        if !release.declared.is_empty() && !release.declared.contains(&lang) && wanted {
            t.findings.push(undeclared(release, lang, doc));
        }
        if doc.paragraphs.iter().all(|p| p.text.trim().is_empty()) {
            t.unusable.insert(lang);
            if wanted {
                t.findings.push(
                    Finding::new(
                        Kind::EmptyVersion,
                        &release.id,
                        vec![lang],
                        format!("the {lang} version has no body text"),
                    )
                    .at(&doc.path, 0, None),
                );
            }
        } else if let Some(detected) = doc.detected.filter(|_| doc.is_mislabelled()) {
            t.unusable.insert(lang);
            if wanted {
                t.findings
                    .push(wrong_language(release, lang, detected, doc));
            }
        } else if let Some(period) = repeat_period(doc) {
            t.unusable.insert(lang);
            if wanted {
                t.findings.push(repeated(release, lang, doc, period));
            }
        }
    }
    for dup in release.duplicates.iter().filter(|d| config.wants(d.lang)) {
        let kept = Place {
            lang: dup.lang,
            path: dup.kept.clone(),
            line: 0,
            excerpt: None,
        };
        let msg = format!(
            "a second {} file for this release; {} is used instead",
            dup.lang,
            dup.kept.display()
        );
        t.findings.push(
            Finding::new(Kind::DuplicateVersion, &release.id, vec![dup.lang], msg)
                .at(&dup.dropped, 0, None)
                .against(kept),
        );
    }
    t
}

fn missing(
    release: &Release,
    config: &Config,
    unreadable: &dyn Fn(Lang) -> bool,
    out: &mut Vec<Finding>,
) {
    let witness = release.versions.values().next();
    let wanted = |l: &Lang| config.wants(*l) && !unreadable(*l);
    for lang in release.missing().into_iter().filter(wanted) {
        let mut f = Finding::new(
            Kind::MissingVersion,
            &release.id,
            vec![lang],
            format!(
                "the release declares {lang} ({}) but has no {lang} file",
                lang.name()
            ),
        );
        if let Some(doc) = witness {
            f = f.against(Place {
                lang: doc.lang,
                path: doc.path.clone(),
                line: doc.header.id_line,
                excerpt: None,
            });
        }
        out.push(f);
    }
}

fn undeclared(release: &Release, lang: Lang, doc: &Document) -> Finding {
    let declared: Vec<&str> = release.declared.iter().map(|l| l.code()).collect();
    let msg = format!(
        "the {lang} version is present, but the release declares only {}",
        declared.join(" ")
    );
    // Line 0, the whole file: the header keeps no line number for the bullet line.
    Finding::new(Kind::UndeclaredVersion, &release.id, vec![lang], msg).at(&doc.path, 0, None)
}

fn wrong_language(release: &Release, lang: Lang, detected: Lang, doc: &Document) -> Finding {
    let first = doc.paragraphs.first();
    let mut msg = format!(
        "filed as {lang} ({}) but written in {}",
        lang.name(),
        detected.name()
    );
    if release.versions.contains_key(&detected) {
        msg.push_str(&format!(
            " (the {detected} text standing in for a missing translation?)"
        ));
    }
    Finding::new(Kind::WrongLanguage, &release.id, vec![lang, detected], msg).at(
        &doc.path,
        first.map_or(0, |p| p.line),
        first.map(|p| short(&p.text)),
    )
}

/// The number of paragraphs after which a version's body starts over, when
/// it holds its own text two or more times in a row (a re-scrape appended to
/// the page); the last copy may be cut short. Paragraphs are compared with
/// runs of whitespace collapsed.
pub fn repeat_period(doc: &Document) -> Option<usize> {
    let paras: Vec<String> = doc
        .paragraphs
        .iter()
        .map(|p| p.text.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    let n = paras.len();
    (1..=n / 2).find(|&p| (p..n).all(|k| paras[k] == paras[k % p]))
}

fn repeated(release: &Release, lang: Lang, doc: &Document, period: usize) -> Finding {
    let copies = doc.paragraphs.len().div_ceil(period);
    let again = &doc.paragraphs[period];
    let first = &doc.paragraphs[0];
    let msg = format!(
        "the {lang} body repeats itself: its {period} paragraph{} stand {copies} times in a row, from line {} on again",
        if period == 1 { "" } else { "s" },
        again.line
    );
    Finding::new(Kind::DuplicatedContent, &release.id, vec![lang], msg)
        .at(&doc.path, again.line, Some(short(&again.text)))
        .against(Place {
            lang,
            path: doc.path.clone(),
            line: first.line,
            excerpt: Some(short(&first.text)),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Paragraph;

    fn doc(paras: &[&str]) -> Document {
        Document {
            path: "r.en.txt".into(),
            header: Default::default(),
            lang: Lang::En,
            path_lang: None,
            detected: None,
            paragraphs: paras
                .iter()
                .enumerate()
                .map(|(k, t)| Paragraph::new(17 + 2 * k, (*t).into(), Lang::En))
                .collect(),
            warnings: Vec::new(),
        }
    }

    #[test]
    fn a_body_standing_twice_or_more_repeats() {
        assert_eq!(repeat_period(&doc(&["a b", "c", "a  b", "c"])), Some(2));
        assert_eq!(repeat_period(&doc(&["a", "b", "a", "b", "a"])), Some(2));
        assert_eq!(repeat_period(&doc(&["x", "x", "x"])), Some(1));
        assert_eq!(repeat_period(&doc(&["a", "b", "c", "a"])), None);
        assert_eq!(repeat_period(&doc(&["a"])), None);
    }
}
