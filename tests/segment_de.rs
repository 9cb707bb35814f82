//! German segmentation cases (written for paralign): abbreviations with and
//! without spaces, ordinals and dates, numbers in German notation, „…“ and
//! »…« quotations, lists.

mod segment_cases;

use paralign::Lang;
use segment_cases::{Case, check};

const CASES: &[Case] = &[
    (
        "Die Regierung beschloss ein Paket i. H. v. 2,5 Mrd. Euro. Es gilt ab Juli.",
        &[
            "Die Regierung beschloss ein Paket i. H. v. 2,5 Mrd. Euro.",
            "Es gilt ab Juli.",
        ],
    ),
    (
        "Sie sagte: „Das ist ein wichtiger Schritt. Wir handeln jetzt.“ Dann ging sie.",
        &[
            "Sie sagte: „Das ist ein wichtiger Schritt. Wir handeln jetzt.“",
            "Dann ging sie.",
        ],
    ),
    (
        "Treffpunkt ist der Bhf. Neustadt am Rhein.",
        &["Treffpunkt ist der Bhf. Neustadt am Rhein."],
    ),
    (
        "Die Strecke ist 12 km. Danach folgt eine Pause.",
        &["Die Strecke ist 12 km.", "Danach folgt eine Pause."],
    ),
    (
        "Er kaufte einen neuen PKW. Der alte war kaputt.",
        &["Er kaufte einen neuen PKW.", "Der alte war kaputt."],
    ),
    (
        "Der Gipfel ist 8848 m hoch. Die alte Angabe war 8840 m. Heute gilt die neue.",
        &[
            "Der Gipfel ist 8848 m hoch.",
            "Die alte Angabe war 8840 m.",
            "Heute gilt die neue.",
        ],
    ),
    (
        "Die Regeln besagen: 1. Die Anmeldung ist Pflicht. 2. Die Gebühr ist fällig.",
        &[
            "Die Regeln besagen: 1. Die Anmeldung ist Pflicht.",
            "2. Die Gebühr ist fällig.",
        ],
    ),
    (
        "Sie ist 1. Vorsitzende des Vereins.",
        &["Sie ist 1. Vorsitzende des Vereins."],
    ),
    (
        "Die Firma wurde 1998 gegründet und verkauft 2021. Investoren zahlten viel.",
        &[
            "Die Firma wurde 1998 gegründet und verkauft 2021.",
            "Investoren zahlten viel.",
        ],
    ),
    (
        "Er schrieb: «Wir kamen spät an. Der Sturm war stark.» Am Morgen ging es weiter.",
        &[
            "Er schrieb: «Wir kamen spät an. Der Sturm war stark.»",
            "Am Morgen ging es weiter.",
        ],
    ),
    (
        "Die Optionen sind a) sofort und b) später.",
        &["Die Optionen sind a) sofort und b) später."],
    ),
    (
        "Aufgaben\n1. Ich ___ gern Kaffee.\ntrinke\ntrinkt\n2. Wir ___ nach Hause.\ngehen",
        &[
            "Aufgaben",
            "1. Ich ___ gern Kaffee.",
            "trinke",
            "trinkt",
            "2. Wir ___ nach Hause.",
            "gehen",
        ],
    ),
    (
        "Das Büro liegt in der Karl-Liebknecht-Str. 5 in Leipzig.",
        &["Das Büro liegt in der Karl-Liebknecht-Str. 5 in Leipzig."],
    ),
    (
        "„Wir sind sehr zufrieden“, sagte die Ministerin und fügte hinzu: „Das Ergebnis ist gut.“ Der Haushalt umfasst 2.000.000 Euro.",
        &[
            "„Wir sind sehr zufrieden“, sagte die Ministerin und fügte hinzu: „Das Ergebnis ist gut.“",
            "Der Haushalt umfasst 2.000.000 Euro.",
        ],
    ),
    (
        "Es gibt mehrere Möglichkeiten, z. B. kann man die Anlage früher abschalten.",
        &["Es gibt mehrere Möglichkeiten, z. B. kann man die Anlage früher abschalten."],
    ),
    (
        "Wann beginnt die Sitzung am 14. März?",
        &["Wann beginnt die Sitzung am 14. März?"],
    ),
    (
        "Das Treffen findet am 25. und 26. November statt.",
        &["Das Treffen findet am 25. und 26. November statt."],
    ),
    (
        "Der 3. Juli ist ein Feiertag.",
        &["Der 3. Juli ist ein Feiertag."],
    ),
    (
        "Im 19. Jahrhundert wuchs die Stadt schnell.",
        &["Im 19. Jahrhundert wuchs die Stadt schnell."],
    ),
    (
        "Die Wahl war am 1. Mai. Das Ergebnis kam spät.",
        &["Die Wahl war am 1. Mai.", "Das Ergebnis kam spät."],
    ),
    (
        "Die Kosten betragen 5.300,25 Euro.",
        &["Die Kosten betragen 5.300,25 Euro."],
    ),
    (
        "Sie erhalten 3,50 Euro zurück. Der Rest wird gespendet.",
        &["Sie erhalten 3,50 Euro zurück.", "Der Rest wird gespendet."],
    ),
    (
        "1. Dies ist der erste Punkt.",
        &["1. Dies ist der erste Punkt."],
    ),
    (
        "Wir trafen Dr. med. Kraus im Rathaus.",
        &["Wir trafen Dr. med. Kraus im Rathaus."],
    ),
    (
        "Wir brauchen Material, z. B. Holz, Stein, Glas usw.",
        &["Wir brauchen Material, z. B. Holz, Stein, Glas usw."],
    ),
    (
        "Er spricht u.a. Französisch.",
        &["Er spricht u.a. Französisch."],
    ),
    (
        "Frau Prof. Lange ist z. Z. im Urlaub.",
        &["Frau Prof. Lange ist z. Z. im Urlaub."],
    ),
    (
        "Sie bekommen eine neue Karte bzw. einen neuen Ausweis.",
        &["Sie bekommen eine neue Karte bzw. einen neuen Ausweis."],
    ),
    (
        "Z. T. fehlen noch Unterlagen.",
        &["Z. T. fehlen noch Unterlagen."],
    ),
    (
        "Die Tabelle steht auf S. 48.",
        &["Die Tabelle steht auf S. 48."],
    ),
    (
        "Er besucht ein ev. Gymnasium.",
        &["Er besucht ein ev. Gymnasium."],
    ),
    (
        "Gesucht werden Bücher, Hefte u. Ä. für die Schule.",
        &["Gesucht werden Bücher, Hefte u. Ä. für die Schule."],
    ),
    (
        "Die Adresse lautet: Dr. Peters, Hauptstr. 12, 10115 Berlin.",
        &["Die Adresse lautet: Dr. Peters, Hauptstr. 12, 10115 Berlin."],
    ),
    (
        "Sie fragte: „Kommen Sie morgen, Herr Prof. Weber?“",
        &["Sie fragte: „Kommen Sie morgen, Herr Prof. Weber?“"],
    ),
    (
        "Es gab Äpfel, Birnen usw. Die Kinder waren begeistert.",
        &["Es gab Äpfel, Birnen usw.", "Die Kinder waren begeistert."],
    ),
    (
        "Außenminister S. Lawrow traf seinen Kollegen in Genf.",
        &["Außenminister S. Lawrow traf seinen Kollegen in Genf."],
    ),
    (
        "Die Regel gilt seit dem 01. Januar 2024 für alle Betriebe.",
        &["Die Regel gilt seit dem 01. Januar 2024 für alle Betriebe."],
    ),
    (
        "Die Funde stammen aus dem 1. bis 3. Jahrhundert nach Christus.",
        &["Die Funde stammen aus dem 1. bis 3. Jahrhundert nach Christus."],
    ),
    (
        "Das Werk wurde 1905 gegründet. Heute arbeiten dort 400 Menschen.",
        &[
            "Das Werk wurde 1905 gegründet.",
            "Heute arbeiten dort 400 Menschen.",
        ],
    ),
    (
        "Die Zahl stieg auf 42. Danach sank sie wieder.",
        &["Die Zahl stieg auf 42.", "Danach sank sie wieder."],
    ),
    (
        "Ich kaufe nichts Ungesundes (ich kenne mich ja!). Es ist einfach besser so.",
        &[
            "Ich kaufe nichts Ungesundes (ich kenne mich ja!).",
            "Es ist einfach besser so.",
        ],
    ),
    (
        "„Komm bitte mit!“, rief er seiner Schwester zu, „wir sind spät dran.“",
        &["„Komm bitte mit!“, rief er seiner Schwester zu, „wir sind spät dran.“"],
    ),
    (
        "Er rief: »Halt!« Dann lief er los.",
        &["Er rief: »Halt!«", "Dann lief er los."],
    ),
    (
        "Die Sitzung\nwurde vertagt. Die Mitglieder\ngingen nach Hause.",
        &[
            "Die Sitzung wurde vertagt.",
            "Die Mitglieder gingen nach Hause.",
        ],
    ),
    (
        "Die Preise sind gestiegen. \nDie Löhne nicht.",
        &["Die Preise sind gestiegen.", "Die Löhne nicht."],
    ),
    (
        "Folgende Punkte:\n1. Anmeldung\n2. Prüfung\n3. Abschluss",
        &[
            "Folgende Punkte:",
            "1. Anmeldung",
            "2. Prüfung",
            "3. Abschluss",
        ],
    ),
    (
        "Zu beachten:\n• frische Luft\n• viel Wasser",
        &["Zu beachten:", "• frische Luft", "• viel Wasser"],
    ),
    (
        "Was wird aus der Abstimmung vom 9. November?",
        &["Was wird aus der Abstimmung vom 9. November?"],
    ),
    (
        "Das steht in Art. 5 Abs. 2 GG. Die Auslegung ist umstritten.",
        &[
            "Das steht in Art. 5 Abs. 2 GG.",
            "Die Auslegung ist umstritten.",
        ],
    ),
    (
        "Die Firma XY GmbH & Co. KG wurde verkauft.",
        &["Die Firma XY GmbH & Co. KG wurde verkauft."],
    ),
    (
        "Der Umsatz lag bei ca. 3 Mio. Euro.",
        &["Der Umsatz lag bei ca. 3 Mio. Euro."],
    ),
    (
        "Der Umsatz lag bei 3 Mio. Das war ein Rekord.",
        &["Der Umsatz lag bei 3 Mio.", "Das war ein Rekord."],
    ),
    (
        "Die Daten vom 27.10.14 sind verloren.",
        &["Die Daten vom 27.10.14 sind verloren."],
    ),
    (
        "Treffpunkt ist um 14.30 Uhr am Bahnhof.",
        &["Treffpunkt ist um 14.30 Uhr am Bahnhof."],
    ),
    (
        "Mehr unter www.beispiel.de/presse. Dort gibt es Fotos.",
        &["Mehr unter www.beispiel.de/presse.", "Dort gibt es Fotos."],
    ),
    (
        "Schreiben Sie an info@beispiel.de. Wir antworten schnell.",
        &[
            "Schreiben Sie an info@beispiel.de.",
            "Wir antworten schnell.",
        ],
    ),
    (
        "Das ist, d. h. war, ein Problem.",
        &["Das ist, d. h. war, ein Problem."],
    ),
    (
        "Vgl. dazu die Studie von 2019.",
        &["Vgl. dazu die Studie von 2019."],
    ),
    (
        "Nr. 7 gewann den Lauf. Nr. 3 wurde Zweiter.",
        &["Nr. 7 gewann den Lauf.", "Nr. 3 wurde Zweiter."],
    ),
    (
        "Kaiser Wilhelm II. wurde 1859 geboren.",
        &["Kaiser Wilhelm II. wurde 1859 geboren."],
    ),
    (
        "Er wohnt in der Goethestr. Sie wohnt nebenan.",
        &["Er wohnt in der Goethestr.", "Sie wohnt nebenan."],
    ),
    (
        "Warum nur? Niemand weiß es!",
        &["Warum nur?", "Niemand weiß es!"],
    ),
    (
        "Er zögerte … und ging dann doch.",
        &["Er zögerte … und ging dann doch."],
    ),
    (
        "Er wartete lange… Dann kam endlich der Zug.",
        &["Er wartete lange…", "Dann kam endlich der Zug."],
    ),
    (
        "Der Verein Freunde e. V. lädt ein. Alle sind willkommen.",
        &[
            "Der Verein Freunde e. V. lädt ein.",
            "Alle sind willkommen.",
        ],
    ),
    (
        "Sie belegte den 2. Platz im Wettbewerb.",
        &["Sie belegte den 2. Platz im Wettbewerb."],
    ),
    (
        "Der 1. FC Köln spielt in der 2. Bundesliga.",
        &["Der 1. FC Köln spielt in der 2. Bundesliga."],
    ),
    (
        "Die Sitzung findet im Raum 3.12 statt.",
        &["Die Sitzung findet im Raum 3.12 statt."],
    ),
    (
        "Die Firma Müller & Co. KG hat 120 Mitarbeiter.",
        &["Die Firma Müller & Co. KG hat 120 Mitarbeiter."],
    ),
    (
        "Am 3. Oktober ist Feiertag. Am 4. Oktober nicht.",
        &["Am 3. Oktober ist Feiertag.", "Am 4. Oktober nicht."],
    ),
    (
        "Das ist z.B. ein Test. Das ist ein zweiter Test.",
        &["Das ist z.B. ein Test.", "Das ist ein zweiter Test."],
    ),
    (
        "Die Preise stiegen um 2,5 %. Das ist viel.",
        &["Die Preise stiegen um 2,5 %.", "Das ist viel."],
    ),
    (
        "Er wurde am 12.03.1950 in Bonn geboren.",
        &["Er wurde am 12.03.1950 in Bonn geboren."],
    ),
    (
        "Herr Dr. h. c. Meier sprach. Er war gut.",
        &["Herr Dr. h. c. Meier sprach.", "Er war gut."],
    ),
    (
        "Die Sitzung beginnt um 9 Uhr. Bitte seien Sie pünktlich!",
        &[
            "Die Sitzung beginnt um 9 Uhr.",
            "Bitte seien Sie pünktlich!",
        ],
    ),
    (
        "Der Antrag wurde gem. § 5 Abs. 1 gestellt.",
        &["Der Antrag wurde gem. § 5 Abs. 1 gestellt."],
    ),
    (
        "Sie wohnt in der Schweiz. Ihr Bruder lebt in Wien.",
        &["Sie wohnt in der Schweiz.", "Ihr Bruder lebt in Wien."],
    ),
    (
        "Ich weiß, was er mag. Das ist Schokolade.",
        &["Ich weiß, was er mag.", "Das ist Schokolade."],
    ),
    (
        "Der Bericht (vgl. Anlage 2) liegt vor.",
        &["Der Bericht (vgl. Anlage 2) liegt vor."],
    ),
    (
        "Es war der 2. Weltkrieg. Millionen starben.",
        &["Es war der 2. Weltkrieg.", "Millionen starben."],
    ),
    (
        "Weitere Infos gibt es unter Tel. 030 123456.",
        &["Weitere Infos gibt es unter Tel. 030 123456."],
    ),
    (
        "Er ist Jahrgang 1980. Seine Frau ist jünger.",
        &["Er ist Jahrgang 1980.", "Seine Frau ist jünger."],
    ),
    (
        "Der Vertrag gilt bis 31.12.2025. Danach wird neu verhandelt.",
        &[
            "Der Vertrag gilt bis 31.12.2025.",
            "Danach wird neu verhandelt.",
        ],
    ),
    (
        "Die Deutsche Bank AG. Konzernchef ist Herr X.",
        &["Die Deutsche Bank AG.", "Konzernchef ist Herr X."],
    ),
    (
        "Er sagte: ‚Ich komme gleich.‘ Dann ging er hinaus.",
        &["Er sagte: ‚Ich komme gleich.‘", "Dann ging er hinaus."],
    ),
    (
        "Sie nannte es ‚ganz normal‘. Niemand widersprach.",
        &["Sie nannte es ‚ganz normal‘.", "Niemand widersprach."],
    ),
    (
        "Das Zitat endet so: „[…] und das ist gut.“ Wir stimmen zu.",
        &[
            "Das Zitat endet so: „[…] und das ist gut.“",
            "Wir stimmen zu.",
        ],
    ),
    (
        "Er schrieb, dass […] alles gut sei. Dann ging er.",
        &["Er schrieb, dass […] alles gut sei.", "Dann ging er."],
    ),
    (
        "»Kommst du mit?«, fragte sie. »Nein.« Er blieb.",
        &["»Kommst du mit?«, fragte sie.", "»Nein.«", "Er blieb."],
    ),
];

#[test]
fn german_cases() {
    check(Lang::De, CASES);
}
