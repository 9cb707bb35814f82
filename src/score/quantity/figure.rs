//! How two quantities relate when the two sides of a bead leave them
//! unmatched ([`compare`](super::compare::compare) pairs equal values first): one
//! figure stated two ways (a slip of a digit, another kind of the same
//! count), or two that cannot be told apart as a wrong figure (one scaled
//! by a thousand or rounded from the other, far-apart values). The
//! completeness check reads a version's figures through these.

use super::{Decimal, Quantity, QuantityKind, Value};

/// True when two leftovers can be one figure stated differently: both in
/// digits, of the same `class`, and not one the other times a
/// thousand, a million or a billion (`2 и 1,4 миллиарда` against `2 mil
/// millones`: which numbers a multiplier word covers is a matter of
/// reading, not a wrong figure).
pub fn comparable(a: &Quantity, b: &Quantity) -> bool {
    !a.spelled && !b.spelled && same_figure(a, b)
}

/// True when two quantities, however written, can be one figure stated
/// two ways: of the same `class`, near, neither one scaled nor rounded
/// from the other; or a year and a date in some year (`2016 года` against
/// `October 2015`: the year is what they compare on).
pub fn same_figure(a: &Quantity, b: &Quantity) -> bool {
    if year_and_date(a, b) || year_and_date(b, a) {
        return true;
    }
    if year_and_count(a, b) || year_and_count(b, a) {
        return one_digit_apart(a, b);
    }
    class(a.kind) == class(b.kind) && !scaled(a, b) && near(a, b) && !rounded(a, b)
}

/// True when `year` is a year and `count` a plain count: `2024 г.` and
/// `1400` are figures of two kinds, and only a slip of one digit (`2024`
/// mistyped `3024`, out of a year's range) makes one the other.
fn year_and_count(year: &Quantity, count: &Quantity) -> bool {
    year.kind == QuantityKind::Year && count.kind == QuantityKind::Cardinal
}

/// True when two whole numbers have as many digits and differ in one.
pub fn one_digit_apart(a: &Quantity, b: &Quantity) -> bool {
    let digits = |q: &Quantity| {
        q.number()
            .and_then(|n| n.as_int())
            .map(|n| n.abs().to_string())
    };
    let (Some(x), Some(y)) = (digits(a), digits(b)) else {
        return false;
    };
    x.len() == y.len() && x.bytes().zip(y.bytes()).filter(|(p, q)| p != q).count() == 1
}

/// True when two quantities are of one kind (a whole number and a decimal
/// are; so are a year and a date in some year): French `4ème` against `5`
/// elsewhere is a count told two ways, not a figure that was changed.
pub fn same_kind(a: &Quantity, b: &Quantity) -> bool {
    use QuantityKind::{Cardinal, Decimal};
    let number = |k| matches!(k, Cardinal | Decimal);
    a.kind == b.kind
        || (number(a.kind) && number(b.kind))
        || year_and_date(a, b)
        || year_and_date(b, a)
}

/// True for a date no calendar has: a day past the end of its month
/// (`32 de octubre`, `31 September`), as a slipped digit writes it. Of two
/// sides that state a date differently, the one stating an impossible date
/// is the one at fault.
pub fn impossible(q: &Quantity) -> bool {
    let Value::Date {
        month: Some(m),
        day: Some(d),
        ..
    } = q.value
    else {
        return false;
    };
    let last = match m {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    d > last
}

/// `year` is a year and `date` a date that states its year.
pub fn year_and_date(year: &Quantity, date: &Quantity) -> bool {
    year.kind == QuantityKind::Year && matches!(date.value, Value::Date { year: Some(_), .. })
}

/// True when `a` and `b` state the same value, counting a year as stated by
/// a date in it.
pub fn same_value(a: &Quantity, b: &Quantity) -> bool {
    a.value == b.value || ((year_and_date(a, b) || year_and_date(b, a)) && year_of(a) == year_of(b))
}

/// The year a quantity states: a year's value, or the year of a date.
pub fn year_of(q: &Quantity) -> Option<i128> {
    match q.value {
        Value::Date { year, .. } => year.map(i128::from),
        Value::Number(n) if q.kind == QuantityKind::Year => n.as_int(),
        Value::Number(_) => None,
    }
}

/// True when one value is the other with its fraction dropped or rounded
/// (`6.3` against `6`, `22.9` against `23`; also a clock time `23.45` read
/// as a decimal against `23:45` read as two numbers): a matter of
/// precision, not a wrong figure.
/// Two values written to the same precision (`1,335` against `1,336`)
/// are not one rounded from the other: a digit was changed.
fn rounded(a: &Quantity, b: &Quantity) -> bool {
    let (Some(x), Some(y)) = (a.number(), b.number()) else {
        return false;
    };
    let one = Decimal::ONE;
    let fractional = x.0 % one != 0 || y.0 % one != 0;
    if !fractional || (x.0 - y.0).abs() >= one {
        return false;
    }
    let (dx, dy) = (decimals(x.0), decimals(y.0));
    if dx == dy {
        return false;
    }
    // The coarser one, the finer cut or rounded to its precision.
    let (fine, coarse, places) = if dx > dy {
        (x.0, y.0, dy)
    } else {
        (y.0, x.0, dx)
    };
    let unit = one / 10i128.pow(places);
    let cut = fine.abs() / unit * unit;
    let near = (fine.abs() + unit / 2) / unit * unit;
    coarse.abs() == cut || coarse.abs() == near
}

/// The number of decimal places of a value in millionths (trailing zeros
/// dropped).
fn decimals(v: i128) -> u32 {
    let one = Decimal::ONE;
    let mut frac = (v % one).abs();
    if frac == 0 {
        return 0;
    }
    let mut places = 6;
    while frac % 10 == 0 {
        frac /= 10;
        places -= 1;
    }
    places
}

/// Kinds that one figure may take in different languages: German writes
/// `18.` (an ordinal) where French writes `18` in `du 18 au 24`, and a year
/// mistyped out of the plausible range reads as a plain count.
fn class(kind: QuantityKind) -> u8 {
    match kind {
        QuantityKind::Percent => 1,
        QuantityKind::Date => 2,
        _ => 0,
    }
}

/// True when two values are within a factor of ten of each other (dates
/// always are): a figure stated wrongly is a slip of a digit or two, while
/// far-apart leftovers are two different quantities the beads happen to
/// hold.
fn near(a: &Quantity, b: &Quantity) -> bool {
    match (a.number(), b.number()) {
        (Some(x), Some(y)) => {
            let (x, y) = (x.0.abs(), y.0.abs());
            x.max(y) <= 10 * x.min(y)
        }
        _ => true,
    }
}

/// True when one value is the other times 1000^k (k = 1, 2, 3).
fn scaled(a: &Quantity, b: &Quantity) -> bool {
    let (Some(x), Some(y)) = (a.number(), b.number()) else {
        return false;
    };
    let (lo, hi) = if x.0.abs() <= y.0.abs() {
        (x.0.abs(), y.0.abs())
    } else {
        (y.0.abs(), x.0.abs())
    };
    lo > 0
        && [1_000, 1_000_000, 1_000_000_000]
            .iter()
            .any(|m| lo * m == hi)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;
    use crate::score::quantity::quantities;

    fn one(text: &str, lang: Lang) -> Quantity {
        let q = quantities(text, lang);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        q.into_iter().next().unwrap()
    }

    #[test]
    fn a_year_is_no_count_but_by_a_slip_of_one_digit() {
        let year = one("к 2024 г.", Lang::Ru);
        assert_eq!(year.kind, QuantityKind::Year);
        assert!(!same_figure(&year, &one("de 1400 MW", Lang::Es)));
        assert!(!same_figure(&one("von 1.400 MW", Lang::De), &year));
        assert!(same_figure(&year, &one("ab 3024", Lang::De)));
        assert!(same_figure(
            &one("1400 MW", Lang::Fr),
            &one("2400 MW", Lang::Fr)
        ));
    }

    /// A figure given to fewer places is the other rounded or cut; two
    /// figures to the same places that differ had a digit changed.
    #[test]
    fn rounding_needs_a_coarser_figure() {
        let q = |text: &str| one(text, Lang::De);
        assert!(rounded(&q("6,3 Prozent"), &q("6 Prozent")));
        assert!(rounded(&q("22,9 Grad"), &q("23 Grad")));
        assert!(rounded(&q("1,35 Euro"), &one("1.3 euros", Lang::En)));
        assert!(!rounded(&q("1,335 Euro"), &q("1,336 Euro")));
        assert!(!rounded(&q("6,3 Prozent"), &q("5 Prozent")));
        assert!(same_figure(&q("1,335 Euro"), &q("1,336 Euro")));
    }
}
