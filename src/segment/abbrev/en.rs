//! English: titles, Latin forms, business and address abbreviations, units,
//! months and days; sentence-initial words.

use super::Data;

pub(super) const DATA: Data = Data {
    never: "mr mrs ms messrs mmes mme mlle dr drs prof profs rev revd hon rt mt gen adm \
            brig capt cmdr col comdr cpl gov lt maj sgt pvt pfc ens insp supt surg sen \
            sens reps amb atty asst assoc fr msgr esq hwy apt bldg ste pt ct pl ln \
            mtn approx div incl excl ref refs esp eq eqs ch chap sec para eds vol cp abbr \
            adj adv gr lat hebr ital tel ext dist natl intl univ acad inst mssrs viz \
            vs v i.q e.g i.e n.b p.s gens cdr mgr mgmt mfg assn cres expy fwy hts jct pkwy \
            plz ter tpke repr ser suppl encl attn corr det",
    inner: "dept govt st ave blvd rd u.s u.s.a u.k e.u u.n u.n.n d.c n.y l.a jr sr inc ltd co \
            corp bros llc plc \
            p.l.c n.v s.a a.g kg tbsp tsp lb lbs oz yd sq cu hr hrs min mins secs wk wks \
            yr yrs mos av avg max jan feb mar apr jun jul aug sep sept oct nov dec mon tue \
            tues thu thur thurs fri ala ariz ark calif colo conn del fla ga ind kan kans \
            ky md mich minn mont neb nebr nev okla penn tenn tex va vt wis wisc wyo pa sask ont alta ed ft \
            rep pres trans est ph.d m.d b.a m.a b.s m.s j.d m.b.a qt gal mph",
    final_: "etc et_seq",
    numeric: "no nos art arts p pp fig figs",
    year: "",
    time: "a.m p.m",
    starters: "Millions Thousands Hundreds Dozens Several Being The A An He She It We They I \
                You This That These Those There Here His Her Its Our Their My Your In On At \
                But And Or So Yet However If When While As After Before Since Although Though \
                Because What Who Why How Where Which Did Do Does Is Are Was Were Will Would \
                Can Could Should May Might Must Not No Yes Then Also For To From With Some \
                Many Most All Each Every One Two Three Both Such Other Another Now Today \
                Yesterday Tomorrow Meanwhile Moreover Furthermore Nevertheless Thus Therefore \
                Hence Instead Still Later Finally First Second Third Next Last Let Please \
                Please Perhaps Maybe During Under Over According Despite Without Within Among \
                Between By Of Even Only Just Indeed Nor Whether Whoever Whatever Let's I'm \
                It's That's There's He's She's We're They're Any Anyone Either Few Following \
                Further Given Including Much Neither None Nothing Once Overall Than Thanks \
                Through Throughout Together Unlike Until Upon Nonetheless Otherwise \
                Accordingly Additionally Consequently Similarly Likewise Afterwards Currently \
                Previously Recently Tonight",
    months: "January February March April May June July August September October \
             November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec",
    ordinal_context: "",
    time_openers: "In On At By From Since Until Till Around About Circa Before After During \
                   Between Then Already Only Even Also Later Earlier Toward Towards Roughly \
                   Approximately Some",
    numeric_suffixes: "",
};
