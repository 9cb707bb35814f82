//! Tests of [`quantities`](super::quantities), one file per language.

mod de;
mod en;
mod es;
mod fr;
mod ru;

use super::{Quantity, QuantityKind, quantities};
use crate::Lang;

/// The keys of every quantity in `text`.
fn keys(text: &str, lang: Lang) -> Vec<String> {
    quantities(text, lang).iter().map(Quantity::key).collect()
}

/// The only quantity of `text` (panics otherwise).
fn one(text: &str, lang: Lang) -> Quantity {
    let mut q = quantities(text, lang);
    assert_eq!(q.len(), 1, "{text}: {q:?}");
    q.remove(0)
}

/// Asserts the only quantity of `text` has `key` and `kind`.
fn is(text: &str, lang: Lang, key: &str, kind: QuantityKind) {
    let q = one(text, lang);
    assert_eq!((q.key().as_str(), q.kind), (key, kind), "{text}");
}

/// Asserts that none of `texts` states a quantity in `lang`.
fn none(lang: Lang, texts: &[&str]) {
    for text in texts {
        assert!(keys(text, lang).is_empty(), "{text}");
    }
}

#[test]
fn spans_are_ordered_and_point_at_the_quantity() {
    let text = "Am 14. März 2021 kamen 22,9 Tausend (5 %) Besucher.";
    let q = quantities(text, Lang::De);
    let spans: Vec<&str> = q.iter().map(|q| &text[q.span.clone()]).collect();
    assert_eq!(spans, ["14. März 2021", "22,9 Tausend", "5 %"]);
}

#[test]
fn text_without_quantities_gives_none() {
    for lang in Lang::ALL {
        assert!(quantities("", lang).is_empty());
        assert!(quantities("Lavrov — Genève; «Alpes»", lang).is_empty());
    }
}

#[test]
fn the_same_facts_give_the_same_keys_in_all_five_languages() {
    let texts = [
        (
            "Am 14. März 2021 kamen 22,9 Tausend Besucher, 5 Prozent mehr.",
            Lang::De,
        ),
        (
            "On 14 March 2021, 22,900 visitors came, 5 per cent more.",
            Lang::En,
        ),
        (
            "El 14 de marzo de 2021 vinieron 22.900 visitantes, un 5 por ciento más.",
            Lang::Es,
        ),
        (
            "Le 14 mars 2021, 22 900 visiteurs sont venus, 5 % de plus.",
            Lang::Fr,
        ),
        (
            "14 марта 2021 г. пришли 22,9 тыс. посетителей, на 5 процентов больше.",
            Lang::Ru,
        ),
    ];
    for (text, lang) in texts {
        assert_eq!(
            keys(text, lang),
            ["d:2021-03-14", "n:22900", "n:5"],
            "{lang}"
        );
    }
}

#[test]
fn halves_around_multipliers() {
    use Lang::*;
    let cases = [
        (
            "une enveloppe d'un milliard et demi de dollars",
            Fr,
            "n:1500000000",
        ),
        ("1 million et demi de dollars", Fr, "n:1500000"),
        ("le demi-million d'habitants", Fr, "n:500000"),
        ("dos millones y medio de euros", Es, "n:2500000"),
        ("casi medio millón de personas", Es, "n:500000"),
        ("close to half a million people", En, "n:500000"),
        ("1 million and a half", En, "n:1500000"),
        ("fast einer halben Million", De, "n:500000"),
        ("1 млн с половиной", Ru, "n:1500000"),
    ];
    for (text, lang, key) in cases {
        assert_eq!(keys(text, lang), [key], "{text}");
    }
    assert!(keys("half of the people", En).is_empty());
    assert_eq!(keys("a million people", En), ["n:1000000"]);
    assert_eq!(keys("un millón y medio", Es), ["n:1500000"]);
}

#[test]
fn a_day_no_calendar_has_is_a_date_next_to_a_month_name() {
    use Lang::*;
    use QuantityKind::Date;
    // A slipped digit in a day is a date stated wrongly: compared as a
    // date with the others' `31 October 1832`, not left over as a number.
    is("el 32 de octubre de 1832", Es, "d:1832-10-32", Date);
    is("am 32. Oktober 1832", De, "d:1832-10-32", Date);
    is("on October 32, 1832", En, "d:1832-10-32", Date);
    is("le 32 octobre 1832", Fr, "d:1832-10-32", Date);
    is("32 октября 1832 г.", Ru, "d:1832-10-32", Date);
    // Without a month name nothing vouches for the day.
    assert!(
        !keys("am 32.10.1832", De)
            .iter()
            .any(|k| k.starts_with("d:"))
    );
    assert!(
        !keys("40 de octubre", Es)
            .iter()
            .any(|k| k.starts_with("d:"))
    );
}

#[test]
fn a_date_past_the_end_of_its_month_is_impossible() {
    use super::figure::impossible;
    let date = |text: &str, lang: Lang| impossible(&one(text, lang));
    assert!(date("el 32 de octubre de 1832", Lang::Es));
    assert!(date("am 31. September", Lang::De));
    assert!(date("le 30 février 2020", Lang::Fr));
    assert!(!date("le 29 février 2020", Lang::Fr));
    assert!(!date("on October 31, 1832", Lang::En));
    assert!(!date("in March 2021", Lang::En));
}

#[test]
fn a_range_of_days_is_a_date_for_each_day_in_every_language() {
    use Lang::*;
    let both = ["d:????-11-25", "d:????-11-26"];
    for (text, lang) in [
        ("Am 25. und 26. November tagte der Rat.", De),
        ("Am 25.-26. November tagte der Rat.", De),
        ("Am 25./26. November tagte der Rat.", De),
        ("The council met on November 25-26.", En),
        ("The council met on 25-26 November.", En),
        ("Le conseil s'est réuni les 25 et 26 novembre.", Fr),
        ("El consejo se reunió los días 25 y 26 de noviembre.", Es),
        ("Совет заседал 25-26 ноября.", Ru),
    ] {
        assert_eq!(keys(text, lang), both, "{text}");
    }
    // The year after the second day goes to both, and is not a third figure.
    assert_eq!(
        keys("on November 25-26, 2020", En),
        ["d:2020-11-25", "d:2020-11-26"]
    );
    assert_eq!(
        keys("25-26 ноября 2020 г.", Ru),
        ["d:2020-11-25", "d:2020-11-26"]
    );
    assert_eq!(
        keys("from December 1 to 3", En),
        keys("с 1 по 3 декабря", Ru)
    );
    // A first day written wrong is still a day of that month.
    assert_eq!(
        keys("Du 28 au 24 octobre", Fr),
        ["d:????-10-28", "d:????-10-24"]
    );
    // Not a range of days: a count before a date, a count joined to one by
    // `and` (so `November 25 and 26` keeps a bare 26, left a note at most).
    assert_eq!(
        keys("40 Gäste am 26. November", De),
        ["n:40", "d:????-11-26"]
    );
    assert_eq!(
        keys("on March 3 and 26 people", En),
        ["d:????-03-03", "n:26"]
    );
}

#[test]
fn afternoon_hours_are_read_on_the_twenty_four_hour_clock() {
    use Lang::*;
    assert_eq!(keys("at 3 p.m. Moscow time", En), ["n:15"]);
    assert_eq!(keys("at 3:30 pm", En), ["n:15", "n:30"]);
    assert_eq!(keys("a las 3 p. m.", Es), ["n:15"]);
    assert_eq!(keys("at 12 a.m.", En), ["n:0"]);
    assert_eq!(keys("at 11 a.m. and 12 p.m.", En), ["n:11", "n:12"]);
    // British hours with minutes, read as a decimal before the mark.
    assert_eq!(keys("at 7.30pm", En), ["n:19", "n:30"]);
    assert_eq!(keys("at 7.30pm", En), keys("um 19.30 Uhr", De));
    assert_eq!(keys("a rise of 7.30 per cent", En), ["n:7.3"]);
    // Not a clock: a count before a word that starts like a mark.
    assert_eq!(keys("3 pmol of the sample", En), ["n:3"]);
}

#[test]
fn a_currency_code_before_the_figure_lets_m_stand_for_million() {
    assert_eq!(
        keys("EUR 4.5m", Lang::En),
        keys("4,5 millones de euros", Lang::Es)
    );
    assert_eq!(keys("USD 2m", Lang::En), ["n:2000000"]);
    // Without a currency, `m` is metres.
    assert_eq!(keys("a 4.5m wall", Lang::En), ["n:4.5"]);
}

#[test]
fn roman_centuries_match_the_ordinals_of_the_other_languages() {
    use Lang::*;
    let century = ["n:21"];
    assert_eq!(keys("в XXI веке", Ru), century);
    assert_eq!(keys("au XXIe siècle", Fr), century);
    assert_eq!(keys("en el siglo XXI", Es), century);
    assert_eq!(keys("in the 21st century", En), century);
    assert_eq!(keys("im 21. Jahrhundert", De), century);
    assert_eq!(keys("в XIX в.", Ru), ["n:19"]);
    assert_eq!(keys("du IVe siècle", Fr), ["n:4"]);
    // Written out, never taken for a changed figure.
    assert!(quantities("в XXI веке", Ru)[0].spelled);
    // Capitals beside no century word are names.
    assert!(keys("вакцина «Спутник V»", Ru).is_empty());
    assert!(keys("Juan Carlos I visitó el siglo pasado", Es).is_empty());
    assert!(keys("Louis XIV et le siècle", Fr).is_empty());
}

#[test]
fn one_word_for_one_and_a_half() {
    use Lang::*;
    assert_eq!(
        keys("полтора миллиона человек", Ru),
        keys("1.5 million people", En)
    );
    assert_eq!(keys("полторы тысячи", Ru), ["n:1500"]);
    assert_eq!(keys("более полутора миллиардов", Ru), ["n:1500000000"]);
    assert_eq!(keys("полтора года", Ru), keys("1,5 Jahre", De));
    assert_eq!(keys("eineinhalb Millionen Besucher", De), ["n:1500000"]);
    assert_eq!(keys("anderthalb Jahre", De), ["n:1.5"]);
    // Written out: it matches, and is never blamed as a changed figure.
    assert!(quantities("полтора года", Ru)[0].spelled);
}

#[test]
fn a_count_its_unit_and_a_half() {
    use Lang::*;
    let year_and_a_half = ["n:1.5"];
    assert_eq!(
        keys("trabajó por un año y medio como periodista", Es),
        year_and_a_half
    );
    assert_eq!(
        keys("il a travaillé pendant un an et demi", Fr),
        year_and_a_half
    );
    assert_eq!(keys("he worked for a year and a half", En), year_and_a_half);
    assert_eq!(keys("er arbeitete anderthalb Jahre", De), year_and_a_half);
    assert_eq!(keys("он полтора года работал", Ru), year_and_a_half);
    assert_eq!(keys("two years and a half", En), ["n:2.5"]);
    assert_eq!(keys("a million and a half", En), ["n:1500000"]);
    // No half: the article counts nothing.
    assert!(keys("he worked for a year", En).is_empty());
}
