//! Segmentation cases by class, in every language the class concerns
//! (written for paralign from general knowledge of each language, not taken
//! from any corpus): what follows an abbreviation that may also end a
//! sentence decides, by the abbreviation's class.

mod segment_cases;

use paralign::Lang;

/// One case: language, input, expected sentences.
type Case = (Lang, &'static str, &'static [&'static str]);

/// Checks every case with the shared checker, language by language.
fn check(cases: &[Case]) {
    for lang in Lang::ALL {
        let of_lang: Vec<segment_cases::Case> = cases
            .iter()
            .filter(|c| c.0 == lang)
            .map(|&(_, input, expected)| (input, expected))
            .collect();
        segment_cases::check(lang, &of_lang);
    }
}

/// An era or year abbreviation ends a sentence before a capitalised word,
/// unless the date is a short phrase opening the sentence and the word its
/// subject; German puts the verb there, so a capital is a new sentence.
#[test]
fn eras_and_years_end_a_sentence_unless_they_open_it() {
    check(&[
        (
            Lang::En,
            "In 44 B.C. Caesar was killed. Rome was founded in 753 B.C. Romulus was its first king.",
            &[
                "In 44 B.C. Caesar was killed.",
                "Rome was founded in 753 B.C.",
                "Romulus was its first king.",
            ],
        ),
        (
            Lang::Es,
            "En el 44 a. C. César fue asesinado. Roma se fundó en el 753 a. C. Rómulo fue su primer rey.",
            &[
                "En el 44 a. C. César fue asesinado.",
                "Roma se fundó en el 753 a. C.",
                "Rómulo fue su primer rey.",
            ],
        ),
        (
            Lang::Es,
            "La ciudad existía ya en el siglo II a. C. Es una de las más antiguas.",
            &[
                "La ciudad existía ya en el siglo II a. C.",
                "Es una de las más antiguas.",
            ],
        ),
        (
            Lang::Fr,
            "En 52 av. J.-C. César bat Vercingétorix. Rome fut fondée en 753 av. J.-C. Romulus en fut le premier roi.",
            &[
                "En 52 av. J.-C. César bat Vercingétorix.",
                "Rome fut fondée en 753 av. J.-C.",
                "Romulus en fut le premier roi.",
            ],
        ),
        (
            Lang::Fr,
            "Le château date du XVIe s. Sa tour est plus ancienne.",
            &["Le château date du XVIe s.", "Sa tour est plus ancienne."],
        ),
        (
            Lang::De,
            "Caesar starb 44 v. Chr. Sein Erbe war Augustus. Im Jahr 44 v. Chr. wurde Caesar ermordet.",
            &[
                "Caesar starb 44 v. Chr.",
                "Sein Erbe war Augustus.",
                "Im Jahr 44 v. Chr. wurde Caesar ermordet.",
            ],
        ),
        (
            Lang::Ru,
            "В 44 г. до н. э. Цезарь был убит. Рим основан в 753 г. до н. э. Ромул стал первым царём.",
            &[
                "В 44 г. до н. э. Цезарь был убит.",
                "Рим основан в 753 г. до н. э.",
                "Ромул стал первым царём.",
            ],
        ),
        (
            Lang::Ru,
            "Одновременно в конце 1990-х гг. Иванов основал фирму. Он руководил ею в 2000–2005 гг. Петров сменил его.",
            &[
                "Одновременно в конце 1990-х гг. Иванов основал фирму.",
                "Он руководил ею в 2000–2005 гг.",
                "Петров сменил его.",
            ],
        ),
        (
            Lang::Ru,
            "Завод открылся в г. Казани в 1975 г. Директором стал Смирнов.",
            &[
                "Завод открылся в г. Казани в 1975 г.",
                "Директором стал Смирнов.",
            ],
        ),
    ]);
}

/// Where only names are capitalised, a capital after a country abbreviation
/// or a magnitude opens a sentence; German capitalises the counted noun,
/// and a currency code completes a magnitude everywhere.
#[test]
fn countries_and_magnitudes_end_a_sentence_before_a_capital() {
    check(&[
        (
            Lang::Es,
            "La gira terminó en EE. UU. Regresó a Madrid en mayo.",
            &["La gira terminó en EE. UU.", "Regresó a Madrid en mayo."],
        ),
        (
            Lang::Es,
            "El embajador de EE. UU. en Madrid habló.",
            &["El embajador de EE. UU. en Madrid habló."],
        ),
        (
            Lang::En,
            "The deal was worth $1.2 bn. Analysts were surprised.",
            &["The deal was worth $1.2 bn.", "Analysts were surprised."],
        ),
        (
            Lang::Fr,
            "Le chiffre d'affaires a atteint 5 mrd. Ses concurrents sont loin.",
            &[
                "Le chiffre d'affaires a atteint 5 mrd.",
                "Ses concurrents sont loin.",
            ],
        ),
        (
            Lang::De,
            "Der Bau kostet 5 Mio. Euro. Das ist viel.",
            &["Der Bau kostet 5 Mio. Euro.", "Das ist viel."],
        ),
        // A currency code completes the magnitude in every language.
        (
            Lang::En,
            "The budget is 5 bn. USD this year. It was 4 bn. USD before.",
            &[
                "The budget is 5 bn. USD this year.",
                "It was 4 bn. USD before.",
            ],
        ),
        (
            Lang::Fr,
            "Le prêt s'élève à 3 mrd. EUR sur dix ans. Il est garanti.",
            &[
                "Le prêt s'élève à 3 mrd. EUR sur dix ans.",
                "Il est garanti.",
            ],
        ),
        (
            Lang::Ru,
            "Выручка составила 2 млрд. RUB за год. Прибыль выросла.",
            &["Выручка составила 2 млрд. RUB за год.", "Прибыль выросла."],
        ),
    ]);
}

/// A `»` set before a space closes a French quotation opened outside the
/// paragraph; it must not pair with the next `«` and swallow the stops
/// between them. German `»Wort«` still keeps its inside together.
#[test]
fn a_closing_guillemet_opens_nothing() {
    check(&[
        (
            Lang::Fr,
            "» Il se tut. Personne ne répondit. Elle dit « oui » et partit.",
            &[
                "» Il se tut.",
                "Personne ne répondit.",
                "Elle dit « oui » et partit.",
            ],
        ),
        (
            Lang::De,
            "Er las »Faust. Erster Teil« vor. Dann ging er.",
            &["Er las »Faust. Erster Teil« vor.", "Dann ging er."],
        ),
    ]);
}

/// Titles and institutions before a name never end a sentence there;
/// German `Univ.` ends one only before a usual opener.
#[test]
fn titles_and_institutions_stand_before_names() {
    check(&[
        (
            Lang::En,
            "The case went to Det. Harris on Monday. He solved it.",
            &["The case went to Det. Harris on Monday.", "He solved it."],
        ),
        (
            Lang::Es,
            "Lo firmó el Dir. Gómez ayer. Nadie protestó.",
            &["Lo firmó el Dir. Gómez ayer.", "Nadie protestó."],
        ),
        (
            Lang::Ru,
            "Службу провёл свящ. Николай Петров. Народу было много.",
            &["Службу провёл свящ. Николай Петров.", "Народу было много."],
        ),
        (
            Lang::De,
            "Sie studierte an der Univ. Heidelberg Chemie. Danach lehrte sie an der Univ. Dort blieb sie.",
            &[
                "Sie studierte an der Univ. Heidelberg Chemie.",
                "Danach lehrte sie an der Univ.",
                "Dort blieb sie.",
            ],
        ),
    ]);
}

/// After a colon, only the first label of a list (or the one expected)
/// opens an item; another number ends its sentence.
#[test]
fn a_number_after_a_colon_is_a_label_only_when_a_list_begins() {
    check(&[
        (
            Lang::En,
            "The final score: 3. The fans cheered.",
            &["The final score: 3.", "The fans cheered."],
        ),
        (
            Lang::En,
            "The plan: 1. Call Anna 2. Book rooms.",
            &["The plan: 1. Call Anna", "2. Book rooms."],
        ),
        (
            Lang::De,
            "Die Regeln besagen: 1. Die Hütte ist offen. 2. Jeder zahlt.",
            &[
                "Die Regeln besagen: 1. Die Hütte ist offen.",
                "2. Jeder zahlt.",
            ],
        ),
    ]);
}

/// `ff.` and `sqq.` close a page reference, often a sentence too; a company
/// suffix ends one before a usual opener, a common verb among them.
#[test]
fn citations_and_company_suffixes_end_before_an_opener() {
    check(&[
        (
            Lang::De,
            "Siehe S. 12 ff. Dort steht es. Vgl. S. 40 ff. zu diesem Punkt.",
            &[
                "Siehe S. 12 ff.",
                "Dort steht es.",
                "Vgl. S. 40 ff. zu diesem Punkt.",
            ],
        ),
        (
            Lang::Fr,
            "Voir p. 12 sqq. Le texte est clair.",
            &["Voir p. 12 sqq.", "Le texte est clair."],
        ),
        (
            Lang::Es,
            "El contrato lo ganó Obras S.A. Es la segunda vez.",
            &["El contrato lo ganó Obras S.A.", "Es la segunda vez."],
        ),
        (
            Lang::Fr,
            "Le marché revient à Travaux S.A. Est-ce une surprise ?",
            &["Le marché revient à Travaux S.A.", "Est-ce une surprise ?"],
        ),
    ]);
}

/// A Russian capital letter with a stop is an initial: after a surname it
/// closes the name before a usual opener; before a surname it opens one.
#[test]
fn russian_capital_letters_are_initials() {
    check(&[
        (
            Lang::Ru,
            "Затем выступил Петров П. П. Потом все ушли.",
            &["Затем выступил Петров П. П.", "Потом все ушли."],
        ),
        (
            Lang::Ru,
            "Приехал С. Лавров. Д. Песков промолчал. См. п. 5 договора.",
            &[
                "Приехал С. Лавров.",
                "Д. Песков промолчал.",
                "См. п. 5 договора.",
            ],
        ),
    ]);
}
