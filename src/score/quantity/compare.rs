//! Matching the quantities of two sides of a bead by value.
//!
//! Values are compared, not units: `two weeks` and `14 days` stay unmatched
//! (deciding what that means is the completeness check's job). Four
//! passes, each taking the first free partner in text order:
//!
//! 1. equal values (a number of another kind counts: a percentage written
//!    `5 %` on one side may be read as a cardinal on the other), preferring
//!    a partner of the same kind;
//! 2. a number whose digits read both ways and the other side's value by
//!    the reading its convention did not choose (English `1,335 euros`
//!    written with a decimal comma ~ German `1,335 Euro`,
//!    [`Quantity::other_reading`]);
//! 3. a partial date and a date that agrees on every field both state
//!    (`im März 2021` ~ `14 mars 2021`);
//! 4. a year and a date in that year.

use serde::Serialize;

use super::{Quantity, Value, figure};

/// The outcome of [`compare`]: indices into the two quantity lists.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct NumberMatch {
    /// Matched pairs `(source index, target index)`, by source index.
    pub shared: Vec<(usize, usize)>,
    /// Source quantities without a partner, in order.
    pub src_only: Vec<usize>,
    /// Target quantities without a partner, in order.
    pub tgt_only: Vec<usize>,
}

/// One matching pass: which pairs of quantities count as stating one value.
type Pass = dyn Fn(&Quantity, &Quantity) -> bool;

/// Matches `src` against `tgt` as multisets of values (see the module
/// overview for the passes).
pub fn compare(src: &[Quantity], tgt: &[Quantity]) -> NumberMatch {
    let mut partner: Vec<Option<usize>> = vec![None; src.len()];
    let mut taken = vec![false; tgt.len()];
    let same_kind = |a: &Quantity, b: &Quantity| a.value == b.value && a.kind == b.kind;
    let passes: [&Pass; 5] = [
        &same_kind,
        &|a, b| a.value == b.value,
        &|a, b| a.other_reading == Some(b.value) || b.other_reading == Some(a.value),
        &|a, b| dates_agree(&a.value, &b.value),
        &|a, b| year_in(a, b) || year_in(b, a),
    ];
    for pass in passes {
        for (i, a) in src.iter().enumerate() {
            if partner[i].is_some() {
                continue;
            }
            if let Some(j) = (0..tgt.len()).find(|&j| !taken[j] && pass(a, &tgt[j])) {
                (partner[i], taken[j]) = (Some(j), true);
            }
        }
    }
    NumberMatch {
        shared: partner
            .iter()
            .enumerate()
            .filter_map(|(i, p)| Some((i, (*p)?)))
            .collect(),
        src_only: (0..src.len()).filter(|&i| partner[i].is_none()).collect(),
        tgt_only: (0..tgt.len()).filter(|&j| !taken[j]).collect(),
    }
}

/// Two dates that agree on every field both state, one stating no field
/// the other lacks.
fn dates_agree(a: &Value, b: &Value) -> bool {
    let (
        Value::Date {
            year: ya,
            month: ma,
            day: da,
        },
        Value::Date {
            year: yb,
            month: mb,
            day: db,
        },
    ) = (a, b)
    else {
        return false;
    };
    fn fits<T: PartialEq>(x: &Option<T>, y: &Option<T>) -> (bool, bool) {
        match (x, y) {
            (Some(x), Some(y)) => (x == y, x == y),
            (Some(_), None) => (true, false),
            (None, Some(_)) => (false, true),
            (None, None) => (true, true),
        }
    }
    let parts = [fits(ya, yb), fits(&ma.map(u16::from), &mb.map(u16::from))];
    let parts = [
        parts[0],
        parts[1],
        fits(&da.map(u16::from), &db.map(u16::from)),
    ];
    parts.iter().all(|p| p.0) || parts.iter().all(|p| p.1)
}

/// `year` is a year and `date` a date in it.
fn year_in(year: &Quantity, date: &Quantity) -> bool {
    figure::year_and_date(year, date) && figure::year_of(year) == figure::year_of(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;
    use crate::score::quantity::quantities;

    fn check(src: (&str, Lang), tgt: (&str, Lang)) -> NumberMatch {
        compare(&quantities(src.0, src.1), &quantities(tgt.0, tgt.1))
    }

    #[test]
    fn digits_that_read_both_ways_match_by_either_reading() {
        // An English translator kept the source's decimal comma.
        let m = check(
            ("diesel costs 1,335 euros, the average 1,165", Lang::En),
            ("Diesel kostet 1,335 €, der Schnitt 1,165 €", Lang::De),
        );
        assert_eq!(m.shared, [(0, 0), (1, 1)]);
        let m = check(("1,335 euros", Lang::En), ("1335 евро", Lang::Ru));
        assert_eq!(m.shared, [(0, 0)]);
        let m = check(("1,335 Euro", Lang::De), ("1335 евро", Lang::Ru));
        assert_eq!(m.shared, [(0, 0)]);
        // A changed digit still differs, and so do unambiguous figures.
        let m = check(("1,365 euros", Lang::En), ("2,365 euros", Lang::Es));
        assert!(m.shared.is_empty());
        let m = check(("1,335 euros", Lang::En), ("1,353 euros", Lang::De));
        assert!(m.shared.is_empty());
    }

    #[test]
    fn equal_values_match_once_each() {
        let m = check(("94 und 94 und 7", Lang::De), ("94 et 93", Lang::Fr));
        assert_eq!(m.shared, [(0, 0)]);
        assert_eq!(m.src_only, [1, 2]);
        assert_eq!(m.tgt_only, [1]);
    }

    #[test]
    fn partial_dates_and_years_meet_full_dates() {
        let m = check(("im März 2021", Lang::De), ("le 14 mars 2021", Lang::Fr));
        assert_eq!(m.shared, [(0, 0)]);
        let m = check(("im Jahr 2021", Lang::De), ("le 14 mars 2021", Lang::Fr));
        assert_eq!(m.shared, [(0, 0)]);
        let m = check(("le 14 mars", Lang::Fr), ("am 15. März 2021", Lang::De));
        assert!(m.shared.is_empty());
    }

    #[test]
    fn units_are_not_converted() {
        let m = check(("two weeks", Lang::En), ("14 jours", Lang::Fr));
        assert!(m.shared.is_empty() && m.src_only == [0] && m.tgt_only == [0]);
    }
}
