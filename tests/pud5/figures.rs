//! Digit-written figures of a text, read by the conventions of its language,
//! so the scorer can tell where the PUD translations themselves disagree.

use paralign::Lang;

/// The figures of `s` (in `lang`), normalised: group separators removed, the
/// decimal mark written `.`, trailing decimal zeros dropped. `30 000`,
/// `30.000` (de) and `30,000` (en) are all `30000`; `1,5` (de) is `1.5`.
pub fn figures(s: &str, lang: Lang) -> Vec<String> {
    let (group, decimal): (&str, char) = match lang {
        Lang::En => (",", '.'),
        Lang::De | Lang::Es => (". \u{a0}\u{202f}", ','),
        Lang::Fr | Lang::Ru => (" \u{a0}\u{202f}.", ','),
    };
    let chars: Vec<char> = s.chars().collect();
    let digit = |j: usize| chars.get(j).is_some_and(char::is_ascii_digit);
    let three = |j: usize| (j..j + 3).all(digit) && !digit(j + 3);
    let mut out = Vec::new();
    let mut cur = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_digit() {
            cur.push(c);
        } else if !cur.is_empty() && !cur.contains('.') && group.contains(c) && three(i + 1) {
            // a thousands separator: the figure goes on
        } else if !cur.is_empty() && c == decimal && !cur.contains('.') && digit(i + 1) {
            cur.push('.');
        } else if !cur.is_empty() {
            out.push(tidy(std::mem::take(&mut cur)));
        }
    }
    if !cur.is_empty() {
        out.push(tidy(cur));
    }
    out
}

fn tidy(figure: String) -> String {
    if figure.contains('.') {
        figure
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_string()
    } else {
        figure
    }
}

/// How the figures of two translations of one passage compare.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Agreement {
    /// The same figures.
    Same,
    /// As many figures, some of them different: a real discrepancy.
    Differ,
    /// One side has more figures: written in words, repeated, merged or left out.
    Uneven,
    /// A time of day in either text (`23:45`, which another may write
    /// `23.45`, a decimal to the check): the figures say nothing.
    Clock,
    /// As many figures, every difference a shorthand of the other side's
    /// (`80er` against `1980`): the same figure written shorter.
    Shorthand,
}

/// Compares the figures of `a` (in `la`) and `b` (in `lb`) as multisets.
pub fn compare(a: &str, la: Lang, b: &str, lb: Lang) -> Agreement {
    if has_clock(a) || has_clock(b) {
        return Agreement::Clock;
    }
    let (mut x, mut y) = (figures(a, la), figures(b, lb));
    x.sort();
    y.sort();
    if x == y {
        Agreement::Same
    } else if x.len() != y.len() {
        Agreement::Uneven
    } else {
        let (only_x, only_y) = (without(&x, &y), without(&y, &x));
        // Only a year and its two last digits: shorter figures share
        // endings by chance too often.
        let decade = |a: &str, b: &str| a.len() == 2 && b.len() == 4 && b.ends_with(a);
        let short = |a: &String| only_y.iter().any(|b| decade(a, b) || decade(b, a));
        if only_x.iter().all(short) {
            Agreement::Shorthand
        } else {
            Agreement::Differ
        }
    }
}

/// True when figure `x` stands in `a` (in `la`) and not in `b` (in `lb`),
/// and figure `y` in `b` and not in `a`: the two texts state these figures
/// differently, whatever else they hold.
pub fn state_differently(a: &str, la: Lang, b: &str, lb: Lang, (x, y): (&str, &str)) -> bool {
    let (fa, fb) = (figures(a, la), figures(b, lb));
    let has = |f: &[String], v: &str| f.iter().any(|g| g == v);
    has(&fa, x) && !has(&fb, x) && has(&fb, y) && !has(&fa, y)
}

/// True when `s` writes a time of day with a colon (`6:30`, `23:45`).
fn has_clock(s: &str) -> bool {
    let c: Vec<char> = s.chars().collect();
    let digit = |j: usize| c.get(j).is_some_and(char::is_ascii_digit);
    (1..c.len())
        .any(|i| c[i] == ':' && digit(i - 1) && digit(i + 1) && digit(i + 2) && !digit(i + 3))
}

/// The figures of `a` not matched one for one in `b`.
fn without(a: &[String], b: &[String]) -> Vec<String> {
    let mut rest = b.to_vec();
    a.iter()
        .filter(|f| match rest.iter().position(|g| g == *f) {
            Some(i) => {
                rest.remove(i);
                false
            }
            None => true,
        })
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_by_language() {
        assert_eq!(figures("1.250 Tonnen, 1,5 %", Lang::De), ["1250", "1.5"]);
        assert_eq!(figures("1,250 tonnes, 6.30am", Lang::En), ["1250", "6.3"]);
        assert_eq!(figures("30 000 евро, 1,75", Lang::Ru), ["30000", "1.75"]);
        assert_eq!(figures("6:30 – 10:00", Lang::De), ["6", "30", "10", "00"]);
    }

    #[test]
    fn agreement() {
        assert_eq!(
            compare("Preis 2,75 €", Lang::De, "цена 275 евро", Lang::Ru),
            Agreement::Differ
        );
        assert_eq!(
            compare(
                "Es kamen 50 Gäste",
                Lang::De,
                "Il est venu cinquante invités",
                Lang::Fr
            ),
            Agreement::Uneven
        );
        assert_eq!(
            compare("15.000 $", Lang::De, "15 000 $", Lang::Fr),
            Agreement::Same
        );
        assert_eq!(
            compare(
                "Der Zug fährt um 23.45 Uhr",
                Lang::De,
                "El tren sale a las 23:45",
                Lang::Es
            ),
            Agreement::Clock
        );
    }
}
