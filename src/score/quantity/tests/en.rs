use super::{is, keys, none, one};
use crate::Lang::En;
use crate::score::quantity::QuantityKind::*;

#[test]
fn digits() {
    is("1,250", En, "n:1250", Cardinal);
    is("1.25", En, "n:1.25", Decimal);
    is("22,900", En, "n:22900", Cardinal);
    is("in 2021", En, "n:2021", Year);
}

#[test]
fn multipliers() {
    is("22.9 thousand", En, "n:22900", Cardinal);
    is("3 million", En, "n:3000000", Cardinal);
    assert_eq!(keys("2 or 3 million", En), ["n:2000000", "n:3000000"]);
    // A figure far larger than the next does not take its multiplier.
    assert_eq!(keys("1200 and 3 million", En), ["n:1200", "n:3000000"]);
    is("5 bn", En, "n:5000000000", Cardinal);
    is("£3m", En, "n:3000000", Cardinal);
    // A metre is no million.
    is("8172 m high", En, "n:8172", Cardinal);
    assert_eq!(keys("12 to 16 thousand", En), ["n:12000", "n:16000"]);
    // Plurals alone are no numbers.
    assert!(keys("thousands of people", En).is_empty());
}

#[test]
fn words() {
    is("thirty-five", En, "n:35", Cardinal);
    is("two hundred", En, "n:200", Cardinal);
    is("two hundred and five", En, "n:205", Cardinal);
    is("a million", En, "n:1000000", Cardinal);
    is("two weeks", En, "n:2", Cardinal);
    assert!(one("two weeks", En).spelled);
    assert_eq!(keys("five six", En), ["n:5", "n:6"]);
    // `one` is a pronoun as often as a number.
    assert!(keys("one of the climbers", En).is_empty());
}

#[test]
fn ordinals_and_percentages() {
    is("1st", En, "n:1", Ordinal);
    is("the 22nd", En, "n:22", Ordinal);
    is("the third stage", En, "n:3", Ordinal);
    is("twenty-first", En, "n:21", Ordinal);
    is("5 %", En, "n:5", Percent);
    is("5 per cent", En, "n:5", Percent);
    is("5 percent", En, "n:5", Percent);
}

#[test]
fn dates() {
    is("14/03/2021", En, "d:2021-03-14", Date);
    is("03/14/2021", En, "d:2021-03-14", Date);
    is("14 March 2021", En, "d:2021-03-14", Date);
    is("March 14, 2021", En, "d:2021-03-14", Date);
    is("on 14th March", En, "d:????-03-14", Date);
    is("March 14th", En, "d:????-03-14", Date);
    is("in March 2021", En, "d:2021-03-??", Date);
    is("on the 26th of March, 1927", En, "d:1927-03-26", Date);
    is("that of the 28th of October", En, "d:????-10-28", Date);
    // A verb is no month.
    is("they may 3 times", En, "n:3", Cardinal);
}

#[test]
fn regular_ordinals_from_cardinals() {
    is("the nineteenth century", En, "n:19", Ordinal);
    is("his sixtieth birthday", En, "n:60", Ordinal);
    is("the twenty-first century", En, "n:21", Ordinal);
    is("the thousandth visitor", En, "n:1000", Ordinal);
    none(
        En,
        &[
            "Both youth and health matter.",
            "A month of growth.",
            "Mr Smith",
        ],
    );
}
