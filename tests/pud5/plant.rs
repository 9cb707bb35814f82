//! Planted flaws, and merges that look like flaws but are not.
//!
//! Every flaw goes into one language of a release (the pivot included) and
//! is recorded with the pristine paragraph and sentence it concerns, so the
//! scorer can tell a finding about it from a false alarm.

use paralign::Lang;
use serde::Serialize;

use super::build::Built;
use super::{Pud, Rng};

/// The kinds of planted flaw, named as the check's finding kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Flaw {
    /// One sentence dropped from a paragraph.
    MissingSentence,
    /// A whole paragraph dropped.
    MissingParagraph,
    /// A digit-written number changed in one language.
    NumberMismatch,
    /// The version cut after 40 to 80% of its text.
    TruncatedVersion,
    /// The body replaced with another language's, header kept.
    WrongLanguage,
    /// The file deleted, still declared.
    MissingVersion,
}

impl Flaw {
    /// Every kind, in table order.
    pub const ALL: [Flaw; 6] = [
        Flaw::MissingSentence,
        Flaw::MissingParagraph,
        Flaw::NumberMismatch,
        Flaw::TruncatedVersion,
        Flaw::WrongLanguage,
        Flaw::MissingVersion,
    ];

    /// The kebab-case name, as the check's `Kind::name`.
    pub fn name(self) -> &'static str {
        match self {
            Flaw::MissingSentence => "missing-sentence",
            Flaw::MissingParagraph => "missing-paragraph",
            Flaw::NumberMismatch => "number-mismatch",
            Flaw::TruncatedVersion => "truncated-version",
            Flaw::WrongLanguage => "wrong-language",
            Flaw::MissingVersion => "missing-version",
        }
    }

    /// Relative frequency: the content flaws, the hard ones, most often.
    fn weight(self) -> usize {
        match self {
            Flaw::MissingSentence | Flaw::NumberMismatch => 3,
            Flaw::MissingParagraph => 2,
            _ => 1,
        }
    }
}

/// One planted flaw.
#[derive(Clone, Debug, Serialize)]
pub struct Planted {
    /// The release ID.
    pub release: String,
    /// The faulty version.
    pub lang: Lang,
    /// What was done.
    pub kind: Flaw,
    /// The pristine paragraph concerned (0-based; for a cut, the first lost).
    pub paragraph: Option<usize>,
    /// The sentence of that paragraph concerned (0-based).
    pub sentence: Option<usize>,
    /// What exactly was changed.
    pub note: String,
}

/// One merge of two adjacent sentences into one: an n-m bead, not a flaw.
#[derive(Clone, Debug, Serialize)]
pub struct Noise {
    /// The release ID.
    pub release: String,
    /// The version merged.
    pub lang: Lang,
    /// The paragraph (0-based).
    pub paragraph: usize,
    /// The first of the two sentences merged (0-based).
    pub sentence: usize,
}

/// Plants up to `n` flaws, each of another kind and in another language of `built`.
pub fn flaws(built: &mut Built, pud: &Pud, n: usize, rng: &mut Rng) -> Vec<Planted> {
    let mut out: Vec<Planted> = Vec::new();
    let bag: Vec<Flaw> = Flaw::ALL
        .into_iter()
        .flat_map(|f| std::iter::repeat_n(f, f.weight()))
        .collect();
    let mut tries = 0;
    while out.len() < n && tries < 20 {
        tries += 1;
        let present: Vec<Lang> = (Lang::ALL.into_iter())
            .filter(|l| built.versions.contains_key(l))
            .collect();
        let lang = *rng.pick(&present);
        if out.iter().any(|p| p.lang == lang) {
            continue;
        }
        let kind = *rng.pick(&bag);
        // Two translators rarely make the same slip: the same kind twice
        // (the same figure changed alike, say) would outvote the pivot.
        if out.iter().any(|p| p.kind == kind) {
            continue;
        }
        if let Some(p) = plant(built, pud, lang, kind, rng) {
            out.push(p);
        }
    }
    out
}

fn plant(built: &mut Built, pud: &Pud, lang: Lang, kind: Flaw, rng: &mut Rng) -> Option<Planted> {
    let release = built.head.id.clone();
    let (paragraph, sentence, note) = match kind {
        Flaw::MissingSentence => drop_sentence(built, lang, rng)?,
        Flaw::MissingParagraph => drop_paragraph(built, lang, rng)?,
        Flaw::NumberMismatch => change_number(built, pud, lang, rng)?,
        Flaw::TruncatedVersion => truncate(built, lang, rng)?,
        Flaw::WrongLanguage => {
            let others: Vec<Lang> = Lang::ALL.into_iter().filter(|l| *l != lang).collect();
            let from = *rng.pick(&others);
            let body = pristine_body(built, pud, from);
            built.versions.insert(lang, Some(body));
            (None, None, format!("body is the {} text", from.code()))
        }
        Flaw::MissingVersion => {
            built.versions.insert(lang, None);
            (None, None, "file deleted, still declared".to_string())
        }
    };
    Some(Planted {
        release,
        lang,
        kind,
        paragraph,
        sentence,
        note,
    })
}

/// Marks the note of a flaw whose loss lies within the version's last
/// paragraph: a dropped last paragraph looks like a cut, and a cut inside
/// the last paragraph like dropped sentences, so either kind is right.
pub const LAST_PARAGRAPH: &str = "(in the last paragraph)";

type Change = (Option<usize>, Option<usize>, String);

fn body_mut(built: &mut Built, lang: Lang) -> &mut Vec<Vec<String>> {
    built
        .versions
        .get_mut(&lang)
        .and_then(Option::as_mut)
        .unwrap()
}

fn chars(s: &str) -> usize {
    s.chars().filter(|c| !c.is_whitespace()).count()
}

/// Drops a sentence of at least 30 letters from a paragraph of two or more
/// (shorter ones are below what the check reports, by design).
fn drop_sentence(built: &mut Built, lang: Lang, rng: &mut Rng) -> Option<Change> {
    let body = body_mut(built, lang);
    let candidates: Vec<(usize, usize)> = body
        .iter()
        .enumerate()
        .filter(|(_, p)| p.len() >= 2)
        .flat_map(|(i, p)| {
            (0..p.len())
                .filter(|&s| chars(&p[s]) >= 30)
                .map(move |s| (i, s))
        })
        .collect();
    if candidates.is_empty() {
        return None;
    }
    let &(p, s) = rng.pick(&candidates);
    let gone = body[p].remove(s);
    Some((Some(p), Some(s), format!("dropped: {}", excerpt(&gone))))
}

/// Drops a paragraph of at least 40 letters from a version of two or more.
fn drop_paragraph(built: &mut Built, lang: Lang, rng: &mut Rng) -> Option<Change> {
    let body = body_mut(built, lang);
    let candidates: Vec<usize> = (0..body.len())
        .filter(|&i| body.len() >= 2 && chars(&body[i].join(" ")) >= 40)
        .collect();
    if candidates.is_empty() {
        return None;
    }
    let p = *rng.pick(&candidates);
    let gone = body.remove(p);
    let last = if p == body.len() { LAST_PARAGRAPH } else { "" };
    let note = format!("dropped paragraph {last}: {}", excerpt(&gone.join(" ")));
    Some((Some(p), None, note))
}

/// Cuts the version at a sentence boundary after 40 to 80% of its text.
fn truncate(built: &mut Built, lang: Lang, rng: &mut Rng) -> Option<Change> {
    let body = body_mut(built, lang);
    let total: usize = body.iter().flatten().map(|s| chars(s)).sum();
    let mut cuts = Vec::new();
    let mut kept = 0;
    for (p, para) in body.iter().enumerate() {
        for (s, sentence) in para.iter().enumerate() {
            let share = kept as f64 / total as f64;
            if (0.4..=0.8).contains(&share) {
                cuts.push((p, s, share));
            }
            kept += chars(sentence);
        }
    }
    if cuts.is_empty() {
        return None;
    }
    let &(p, s, share) = rng.pick(&cuts);
    let last = if p + 1 == body.len() {
        LAST_PARAGRAPH
    } else {
        ""
    };
    body.truncate(p + 1);
    body[p].truncate(s);
    if body[p].is_empty() {
        body.pop();
    }
    let note = format!(
        "cut before paragraph {p} sentence {s} {last}, {:.0}% kept",
        share * 100.0
    );
    Some((Some(p), Some(s), note))
}

/// Changes one digit-written number that at least three other languages
/// write with the same digits (so the check can see the difference).
fn change_number(built: &mut Built, pud: &Pud, lang: Lang, rng: &mut Rng) -> Option<Change> {
    let mut candidates = Vec::new();
    for (p, lines) in built.paragraphs.iter().enumerate() {
        for (s, &k) in lines.iter().enumerate() {
            for run in digit_runs(pud.line(lang, k)) {
                let agree = Lang::ALL
                    .into_iter()
                    .filter(|&l| l != lang)
                    .filter(|&l| digit_runs(pud.line(l, k)).iter().any(|r| r.1 == run.1))
                    .count();
                if agree >= 3 {
                    candidates.push((p, s, run));
                }
            }
        }
    }
    if candidates.is_empty() {
        return None;
    }
    let (p, s, (at, digits)) = rng.pick(&candidates).clone();
    let sentence = &mut body_mut(built, lang)[p][s];
    let last = digits.len() - 1;
    let d = digits.as_bytes()[last] - b'0';
    let changed = format!("{}{}", &digits[..last], if d < 9 { d + 1 } else { d - 1 });
    sentence.replace_range(at..at + digits.len(), &changed);
    Some((Some(p), Some(s), format!("{digits} -> {changed}")))
}

/// Maximal runs of ASCII digits with their byte offsets.
pub fn digit_runs(s: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices().chain([(s.len(), ' ')]) {
        match (c.is_ascii_digit(), start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push((st, s[st..i].to_string()));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// The body of `lang` as PUD writes it, before any flaw or merge.
pub fn pristine_body(built: &Built, pud: &Pud, lang: Lang) -> Vec<Vec<String>> {
    built
        .paragraphs
        .iter()
        .map(|p| p.iter().map(|&k| pud.line(lang, k).to_string()).collect())
        .collect()
}

/// Merges two adjacent sentences of one paragraph into one, in a language
/// none of `busy` (the flawed ones), as a translator joining them would.
pub fn merge(built: &mut Built, busy: &[Lang], rng: &mut Rng) -> Option<Noise> {
    let free: Vec<Lang> = Lang::ALL
        .into_iter()
        .filter(|l| !busy.contains(l) && built.versions.contains_key(l))
        .collect();
    if free.is_empty() {
        return None;
    }
    let lang = *rng.pick(&free);
    let body = body_mut(built, lang);
    let candidates: Vec<(usize, usize)> = body
        .iter()
        .enumerate()
        .flat_map(|(p, para)| (0..para.len().saturating_sub(1)).map(move |s| (p, s)))
        .collect();
    if candidates.is_empty() {
        return None;
    }
    let &(p, s) = rng.pick(&candidates);
    let second = body[p].remove(s + 1);
    let first = &mut body[p][s];
    let stem = first.trim_end_matches(['.', '!', '?']).to_string();
    *first = format!("{stem}; {second}");
    Some(Noise {
        release: built.head.id.clone(),
        lang,
        paragraph: p,
        sentence: s,
    })
}

/// The first 60 characters of `s`, for notes.
pub fn excerpt(s: &str) -> String {
    let mut e: String = s.chars().take(60).collect();
    if e.len() < s.len() {
        e.push('…');
    }
    e
}
