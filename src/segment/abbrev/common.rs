//! Abbreviations shared by every language: Latin and international forms.

use super::Data;

pub(super) const DATA: Data = Data {
    never: "mr mrs ms mmes messrs e.g i.e cf vs viz sc ca approx ibid id op.cit loc.cit \
            a.a.o ph.d m.sc b.sc ll.m dipl.-ing dipl dr.-ing",
    inner: "et_al ibd ead eaed inc ltd corp co bros plc llc gmbh.&co \
",
    // `S. 12 ff.`, `p. 5 sqq.` end a citation, often a sentence too (German
    // cites its codes after them, `§ 823 ff. BGB`: inner there).
    // Magnitudes after a number (`$1.2 bn.`): outside German, which
    // capitalises the noun they count (`5 Mio. Euro`), a capital after
    // them opens a sentence.
    final_: "etc mio mrd bn mln bln ff f.f sq sqq",
    numeric: "n° nº nos pp vol vols fig figs tab no",
    year: "a.d b.c b.c.e c.e",
    time: "",
    starters: "",
    months: "",
    ordinal_context: "",
    time_openers: "",
    numeric_suffixes: "",
};
