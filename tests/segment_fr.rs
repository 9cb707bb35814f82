//! French segmentation cases (written for paralign): « … » with spaces,
//! spaces before ? and !, M./MM./Mme, av. J.-C., elisions, dialogue dashes.

mod segment_cases;

use paralign::Lang;
use segment_cases::{Case, check};

const CASES: &[Case] = &[
    (
        "La cote officielle est 8481 m. L'écart reste faible.",
        &["La cote officielle est 8481 m.", "L'écart reste faible."],
    ),
    (
        "Il monta avec les guides A. et H. Brocherel de Courmayeur.",
        &["Il monta avec les guides A. et H. Brocherel de Courmayeur."],
    ),
    (
        "M. Durand est arrivé. Mme Durand aussi.",
        &["M. Durand est arrivé.", "Mme Durand aussi."],
    ),
    (
        "Le conseil s'est réuni hier. L'accord a été signé ce matin.",
        &[
            "Le conseil s'est réuni hier.",
            "L'accord a été signé ce matin.",
        ],
    ),
    (
        "Vous venez ? Nous partons bientôt.",
        &["Vous venez ?", "Nous partons bientôt."],
    ),
    (
        "Quelle surprise ! Personne ne s'y attendait.",
        &["Quelle surprise !", "Personne ne s'y attendait."],
    ),
    (
        "M. Dupont et Mme Martin ont signé l'accord.",
        &["M. Dupont et Mme Martin ont signé l'accord."],
    ),
    (
        "MM. Leroy et Petit sont arrivés. Ils repartent demain.",
        &["MM. Leroy et Petit sont arrivés.", "Ils repartent demain."],
    ),
    (
        "Il a dit : « Je viendrai demain. » Puis il est parti.",
        &["Il a dit : « Je viendrai demain. »", "Puis il est parti."],
    ),
    (
        "Elle affirme que ce choix « n'aura aucune conséquence ».",
        &["Elle affirme que ce choix « n'aura aucune conséquence »."],
    ),
    (
        "« Nous livrerons 40 appareils cette année », a-t-il précisé.",
        &["« Nous livrerons 40 appareils cette année », a-t-il précisé."],
    ),
    (
        "César envahit la Gaule en 58 av. J.-C. La guerre dura huit ans.",
        &[
            "César envahit la Gaule en 58 av. J.-C.",
            "La guerre dura huit ans.",
        ],
    ),
    (
        "La ville existait déjà en 52 av. J.-C. selon les historiens.",
        &["La ville existait déjà en 52 av. J.-C. selon les historiens."],
    ),
    (
        "Voir p. 45 et cf. chap. 3 du rapport.",
        &["Voir p. 45 et cf. chap. 3 du rapport."],
    ),
    (
        "Les ouvrages de la société Dupuis Ltd. sont ici.",
        &["Les ouvrages de la société Dupuis Ltd. sont ici."],
    ),
    (
        "Le texte « S.A.R. » désigne Son Altesse Royale.",
        &["Le texte « S.A.R. » désigne Son Altesse Royale."],
    ),
    (
        "Il coûte 1 250,50 euros. C'est cher.",
        &["Il coûte 1 250,50 euros.", "C'est cher."],
    ),
    (
        "Le taux est passé de 2,5 % à 3,1 %. Les banques réagissent.",
        &[
            "Le taux est passé de 2,5 % à 3,1 %.",
            "Les banques réagissent.",
        ],
    ),
    (
        "Rendez-vous le 3 févr. à Lyon.",
        &["Rendez-vous le 3 févr. à Lyon."],
    ),
    (
        "Il a acheté du pain, du vin, etc. Ensuite il est rentré.",
        &[
            "Il a acheté du pain, du vin, etc.",
            "Ensuite il est rentré.",
        ],
    ),
    (
        "— Tu viens ? demanda-t-elle. — Oui, j'arrive.",
        &["— Tu viens ? demanda-t-elle.", "— Oui, j'arrive."],
    ),
    (
        "Le projet est cité dans l'art. 12 de la loi.",
        &["Le projet est cité dans l'art. 12 de la loi."],
    ),
    (
        "Écrivez à presse@exemple.fr. Nous répondrons vite.",
        &["Écrivez à presse@exemple.fr.", "Nous répondrons vite."],
    ),
    (
        "Le site est www.exemple.fr/actualites. Consultez-le.",
        &["Le site est www.exemple.fr/actualites.", "Consultez-le."],
    ),
    (
        "Il hésita… puis il accepta.",
        &["Il hésita… puis il accepta."],
    ),
    (
        "Il attendit longtemps… Enfin le train arriva.",
        &["Il attendit longtemps…", "Enfin le train arriva."],
    ),
    (
        "Le Dr Moreau a reçu le prix. Il était ému.",
        &["Le Dr Moreau a reçu le prix.", "Il était ému."],
    ),
    (
        "Louis XIV. Ce nom résume une époque.",
        &["Louis XIV.", "Ce nom résume une époque."],
    ),
    (
        "Il est né le 14 juillet 1789. C'était un mardi.",
        &["Il est né le 14 juillet 1789.", "C'était un mardi."],
    ),
    (
        "Le rapport (publié en mai.) a surpris tout le monde.",
        &["Le rapport (publié en mai.) a surpris tout le monde."],
    ),
    (
        "La réunion a eu lieu\nà Paris. Elle a duré deux heures.",
        &["La réunion a eu lieu à Paris.", "Elle a duré deux heures."],
    ),
    (
        "Communiqué\n\nLe ministère annonce une réforme. Elle entrera en vigueur en juin.",
        &[
            "Communiqué",
            "Le ministère annonce une réforme.",
            "Elle entrera en vigueur en juin.",
        ],
    ),
    (
        "1. Présentation du projet 2. Discussion 3. Vote",
        &["1. Présentation du projet", "2. Discussion", "3. Vote"],
    ),
    ("Quoi ?! Tu es sérieux ?", &["Quoi ?!", "Tu es sérieux ?"]),
    (
        "Elle a vu M. Bernard hier soir.",
        &["Elle a vu M. Bernard hier soir."],
    ),
    (
        "Le prix Nobel fut remis à Marie Curie en 1911. Elle l'avait déjà reçu en 1903.",
        &[
            "Le prix Nobel fut remis à Marie Curie en 1911.",
            "Elle l'avait déjà reçu en 1903.",
        ],
    ),
    (
        "L'équipe a gagné 3 à 1. Les supporters ont fêté la victoire.",
        &[
            "L'équipe a gagné 3 à 1.",
            "Les supporters ont fêté la victoire.",
        ],
    ),
    (
        "C.-à-d. qu'il faut recommencer.",
        &["C.-à-d. qu'il faut recommencer."],
    ),
    (
        "Il travaille pour l'O.N.U. depuis dix ans.",
        &["Il travaille pour l'O.N.U. depuis dix ans."],
    ),
    (
        "Le PIB a progressé de 0,4 % au T3. Les économistes sont prudents.",
        &[
            "Le PIB a progressé de 0,4 % au T3.",
            "Les économistes sont prudents.",
        ],
    ),
    (
        "Selon J.-P. Martin, la décision est prise.",
        &["Selon J.-P. Martin, la décision est prise."],
    ),
    ("« Partez ! » cria-t-il.", &["« Partez ! » cria-t-il."]),
    (
        "Il cria : « Partez ! » Tout le monde sortit.",
        &["Il cria : « Partez ! »", "Tout le monde sortit."],
    ),
    (
        "Le vol part à 14 h. Soyez à l'heure.",
        &["Le vol part à 14 h.", "Soyez à l'heure."],
    ),
    (
        "Le Pr. Martin et le Dr Dupont ont parlé.",
        &["Le Pr. Martin et le Dr Dupont ont parlé."],
    ),
    (
        "Il est arrivé à 8 h 30. La réunion a commencé.",
        &["Il est arrivé à 8 h 30.", "La réunion a commencé."],
    ),
    (
        "Voir l'art. 3 et le chap. 2.",
        &["Voir l'art. 3 et le chap. 2."],
    ),
    (
        "Les États-Unis, la France, etc. ont signé. Le texte entre en vigueur demain.",
        &[
            "Les États-Unis, la France, etc. ont signé.",
            "Le texte entre en vigueur demain.",
        ],
    ),
    (
        "C'est un vol. Le voleur a fui.",
        &["C'est un vol.", "Le voleur a fui."],
    ),
    (
        "Mme Dupont a dit : « C'est fini. » Elle est partie.",
        &["Mme Dupont a dit : « C'est fini. »", "Elle est partie."],
    ),
    (
        "La S.N.C.F. a annoncé une grève.",
        &["La S.N.C.F. a annoncé une grève."],
    ),
    (
        "Il dit : ‹ Non. › Puis il partit.",
        &["Il dit : ‹ Non. ›", "Puis il partit."],
    ),
    (
        "Elle répondit : « Oui ! » et sortit.",
        &["Elle répondit : « Oui ! » et sortit."],
    ),
];

#[test]
fn french_cases() {
    check(Lang::Fr, CASES);
}
