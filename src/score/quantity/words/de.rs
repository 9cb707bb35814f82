//! German number words. Below a million German writes a number as one
//! word (`zweihundertfünfundzwanzigtausend`); [`compound`] splits it into
//! morphemes. Multipliers and ordinals are separate words in the table.

use super::{Table, Word};
use Word::{Hundred, One, Ordinal, Scale, Small};

/// The German table (multipliers, articles, ordinals; the numbers below a
/// million are read by [`compound`]).
pub static TABLE: Table = Table {
    words: WORDS,
    connectors: &[],
    percent: &[&["%"], &["prozent"], &["proz"]],
    ordinal_suffixes: &[],
    year_marks: &[],
};

#[rustfmt::skip]
const WORDS: &[(&str, Word)] = &[
    ("null", Small(0)),
    ("ein", One), ("eine", One), ("einen", One), ("einem", One), ("einer", One), ("eines", One),
    ("tausend", Scale { exp: 3, alone: true }), ("tausende", Scale { exp: 3, alone: false }),
    ("tsd", Scale { exp: 3, alone: false }),
    ("million", Scale { exp: 6, alone: true }), ("millionen", Scale { exp: 6, alone: false }),
    ("mio", Scale { exp: 6, alone: false }),
    ("milliarde", Scale { exp: 9, alone: true }), ("milliarden", Scale { exp: 9, alone: false }),
    ("mrd", Scale { exp: 9, alone: false }),
    ("erste", Ordinal(1)), ("ersten", Ordinal(1)), ("erster", Ordinal(1)), ("erstes", Ordinal(1)),
    ("erstem", Ordinal(1)), ("zweite", Ordinal(2)), ("zweiten", Ordinal(2)),
    ("zweiter", Ordinal(2)), ("zweites", Ordinal(2)), ("dritte", Ordinal(3)),
    ("dritten", Ordinal(3)), ("dritter", Ordinal(3)), ("drittes", Ordinal(3)),
    ("vierte", Ordinal(4)), ("vierten", Ordinal(4)), ("vierter", Ordinal(4)),
    ("fünfte", Ordinal(5)), ("fünften", Ordinal(5)), ("fünfter", Ordinal(5)),
    ("sechste", Ordinal(6)), ("sechsten", Ordinal(6)), ("siebte", Ordinal(7)),
    ("siebten", Ordinal(7)), ("neunte", Ordinal(9)), ("neunten", Ordinal(9)),
    ("zehnte", Ordinal(10)), ("zehnten", Ordinal(10)),
];

/// Morphemes of compounds, longest first where one begins another
/// (`siebzehn` before `sieben`, `eins` before `ein`).
#[rustfmt::skip]
const MORPHEMES: &[(&str, Word)] = &[
    ("dreizehn", Small(13)), ("vierzehn", Small(14)), ("fünfzehn", Small(15)),
    ("sechzehn", Small(16)), ("siebzehn", Small(17)), ("achtzehn", Small(18)),
    ("neunzehn", Small(19)), ("zwanzig", Small(20)), ("dreißig", Small(30)),
    ("dreissig", Small(30)), ("vierzig", Small(40)), ("fünfzig", Small(50)),
    ("sechzig", Small(60)), ("siebzig", Small(70)), ("achtzig", Small(80)),
    ("neunzig", Small(90)), ("hundert", Hundred), ("tausend", Scale { exp: 3, alone: true }),
    ("sieben", Small(7)), ("zwölf", Small(12)), ("sechs", Small(6)), ("zwei", Small(2)),
    ("drei", Small(3)), ("vier", Small(4)), ("fünf", Small(5)), ("acht", Small(8)),
    ("neun", Small(9)), ("zehn", Small(10)), ("eins", Small(1)), ("ein", Small(1)),
    ("elf", Small(11)), ("und", Small(u16::MAX)),
];

/// Splits a lower-case German compound into number words, writing them to
/// `out`, and returns true when the whole word is a number. `und` joins a
/// unit to the tens after it (`fünfundzwanzig` = 25), so it is folded here.
pub fn compound(lower: &str, out: &mut Vec<Word>) -> bool {
    out.clear();
    let mut rest = lower;
    while !rest.is_empty() {
        let Some(&(m, w)) = MORPHEMES.iter().find(|(m, _)| rest.starts_with(m)) else {
            return false;
        };
        rest = &rest[m.len()..];
        out.push(w);
    }
    fold_und(out)
}

/// Inflection endings of a German ordinal after its `-t`/`-st` suffix.
const ORDINAL_ENDINGS: [&str; 5] = ["e", "en", "er", "es", "em"];

/// The value of a regular German ordinal: a compound cardinal, `-t` (up to
/// 19) or `-st` (from 20), and an inflection (`vierzehnte`,
/// `zwanzigsten`, `einundzwanzigster`, `hundertste`). The irregular ones
/// (`erste`, `dritte`, `siebte`) are in the table; `achte(n)` is left out
/// as a verb.
pub fn ordinal(lower: &str) -> Option<u16> {
    let mut parts = Vec::new();
    let base = ORDINAL_ENDINGS.iter().find_map(|e| lower.strip_suffix(e))?;
    let mut read = |suffix: &str| {
        base.strip_suffix(suffix)
            .is_some_and(|c| compound(c, &mut parts))
    };
    (read("st") || read("t")).then_some(())?;
    value_of(&parts)
}

/// The value of a compound's parts below a million (`zwei hundert
/// einundzwanzig` = 221).
fn value_of(parts: &[Word]) -> Option<u16> {
    let (mut total, mut current) = (0u32, 0u32);
    for w in parts {
        match *w {
            Small(v) => current += u32::from(v),
            Hundred => current = current.max(1) * 100,
            Scale { exp: 3, .. } => (total, current) = ((total + current.max(1)) * 1000, 0),
            _ => return None,
        }
    }
    u16::try_from(total + current).ok()
}

/// Replaces `unit und tens` by their sum; false when an `und` stands
/// anywhere else.
fn fold_und(words: &mut Vec<Word>) -> bool {
    const UND: Word = Small(u16::MAX);
    while let Some(k) = words.iter().position(|w| *w == UND) {
        match (k.checked_sub(1).map(|p| words[p]), words.get(k + 1)) {
            (Some(Small(u)), Some(&Small(t))) if u < 10 && t >= 20 && t % 10 == 0 => {
                words[k - 1] = Small(u + t);
                words.drain(k..k + 2);
            }
            _ => return false,
        }
    }
    !words.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(word: &str) -> Option<Vec<Word>> {
        let mut out = Vec::new();
        compound(word, &mut out).then_some(out)
    }

    #[test]
    fn compounds_split_into_morphemes() {
        assert_eq!(parts("einundzwanzig"), Some(vec![Small(21)]));
        assert_eq!(
            parts("zweihundertfünfzig"),
            Some(vec![Small(2), Hundred, Small(50)])
        );
        let thirty_thousand = vec![
            Small(30),
            Scale {
                exp: 3,
                alone: true,
            },
        ];
        assert_eq!(parts("dreißigtausend"), Some(thirty_thousand));
        assert_eq!(parts("siebzehn"), Some(vec![Small(17)]));
        assert_eq!(parts("sieben"), Some(vec![Small(7)]));
    }

    #[test]
    fn other_words_are_no_compounds() {
        for w in [
            "einsam",
            "dreist",
            "undzwanzig",
            "zweiund",
            "vierundzwölf",
            "elfen",
            "",
        ] {
            assert_eq!(parts(w), None, "{w}");
        }
    }
}
