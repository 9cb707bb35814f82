//! Rules about whole versions: missing, undeclared, duplicate, wrong-language,
//! empty and truncated.
//!
//! [`triage`] runs before any alignment: versions that are absent, empty or
//! in the wrong language are set aside, so that nothing downstream reports
//! their every paragraph again (cascade suppression), and so that such a
//! version is never chosen as the pivot.

use std::collections::{BTreeMap, BTreeSet};

use super::excerpt::{doc_chars, short};
use super::ratios::LengthModel;
use super::{Config, Finding, Kind, Place};
use crate::Lang;
use crate::align::{Alignment, DocAlignment};
use crate::release::{Document, Release};

/// What the version-level rules found in one release.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Triage {
    /// Findings about absent, undeclared, duplicate, wrong-language and empty versions.
    pub findings: Vec<Finding>,
    /// Versions not to align: in the wrong language, or empty.
    pub unusable: BTreeSet<Lang>,
    /// Body length (non-space characters) of every usable version.
    pub lengths: BTreeMap<Lang, usize>,
}

/// Version-level rules that need no alignment.
pub fn triage(release: &Release, config: &Config) -> Triage {
    let mut t = Triage::default();
    missing(release, config, &mut t.findings);
    for (&lang, doc) in &release.versions {
        let wanted = config.wants(lang);
        if !release.declared.is_empty() && !release.declared.contains(&lang) && wanted {
            t.findings.push(undeclared(release, lang, doc));
        }
        let len = doc_chars(doc);
        if len == 0 {
            t.unusable.insert(lang);
            if wanted {
                t.findings.push(
                    Finding::new(
                        Kind::EmptyVersion,
                        &release.id,
                        vec![lang],
                        format!("the {lang} version has no body text"),
                    )
                    .at(&doc.path, doc.header.id_line, None),
                );
            }
        } else if let Some(detected) = doc.detected.filter(|_| doc.is_mislabelled()) {
            t.unusable.insert(lang);
            if wanted {
                t.findings
                    .push(wrong_language(release, lang, detected, doc));
            }
        } else {
            t.lengths.insert(lang, len);
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

fn missing(release: &Release, config: &Config, out: &mut Vec<Finding>) {
    let witness = release.versions.values().next();
    for lang in release.missing().into_iter().filter(|l| config.wants(*l)) {
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
        "a {lang} file, but the release declares only {}",
        declared.join(" ")
    );
    Finding::new(Kind::UndeclaredVersion, &release.id, vec![lang], msg).at(
        &doc.path,
        doc.header.id_line,
        None,
    )
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

/// Versions far shorter than the other versions predict: candidates for
/// truncation, confirmed by [`tail_share`] once aligned.
pub fn short_versions(
    lengths: &BTreeMap<Lang, usize>,
    model: &LengthModel,
    share: f64,
) -> BTreeSet<Lang> {
    lengths
        .keys()
        .copied()
        .filter(|&lang| {
            model
                .version_deviation(lengths, lang)
                .is_some_and(|(dev, spread)| {
                    // Three robust standard deviations, but never less than the
                    // configured share: small archives learn tiny spreads.
                    dev < -(3.0 * spread).max(-share.ln())
                })
        })
        .collect()
}

/// Share of the pivot's text, in non-space characters, at the end of the
/// document with no counterpart (trailing n-0 beads), at paragraph or
/// sentence level, whichever is larger.
pub fn tail_share(pivot: &Document, al: &DocAlignment) -> f64 {
    let total = doc_chars(pivot);
    if total == 0 {
        return 0.0;
    }
    let para_len: Vec<usize> = pivot
        .paragraphs
        .iter()
        .map(|p| super::excerpt::chars(&p.text))
        .collect();
    let sent_len: Vec<usize> = pivot
        .paragraphs
        .iter()
        .flat_map(|p| p.sentence_texts().map(super::excerpt::chars))
        .collect();
    let tail =
        unmatched_tail(&al.paragraphs, &para_len).max(unmatched_tail(&al.sentences, &sent_len));
    tail as f64 / total as f64
}

fn unmatched_tail(al: &Alignment, lens: &[usize]) -> usize {
    al.beads
        .iter()
        .rev()
        .take_while(|b| b.tgt.is_empty())
        .flat_map(|b| b.src.clone())
        .map(|i| lens.get(i).copied().unwrap_or(0))
        .sum()
}

/// The finding for a version confirmed as truncated: `share` of the pivot's
/// tail is unmatched, `dev` is ln(observed / expected length).
pub fn truncated(
    release: &Release,
    lang: Lang,
    pivot: Lang,
    al: &DocAlignment,
    share: f64,
    dev: f64,
) -> Option<Finding> {
    let doc = release.versions.get(&lang)?;
    let piv = release.versions.get(&pivot)?;
    let last = doc.paragraphs.last()?;
    let msg = format!(
        "the {lang} version is {:.0}% of the expected length and ends early: the last {:.0}% of the {pivot} text has no counterpart",
        dev.exp() * 100.0,
        share * 100.0
    );
    let first_lost = al
        .paragraphs
        .beads
        .iter()
        .rev()
        .take_while(|b| b.tgt.is_empty())
        .last()
        .map_or(piv.paragraphs.len(), |b| b.src.start);
    let cut = counterpart_after(piv, first_lost);
    Some(
        Finding::new(Kind::TruncatedVersion, &release.id, vec![lang, pivot], msg)
            .at(&doc.path, last.line, Some(short(&last.text)))
            .against(cut),
    )
}

/// The pivot paragraph numbered `index` (or its last one), as a place.
fn counterpart_after(pivot: &Document, index: usize) -> Place {
    let p = pivot.paragraphs.get(index).or(pivot.paragraphs.last());
    Place {
        lang: pivot.lang,
        path: pivot.path.clone(),
        line: p.map_or(0, |p| p.line),
        excerpt: p.map(|p| short(&p.text)),
    }
}
