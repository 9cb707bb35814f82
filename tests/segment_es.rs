//! Spanish segmentation cases (written for paralign): ¿…? and ¡…!, titles,
//! legal and bibliographic abbreviations, numbers, «…» quotations, lists.

mod segment_cases;

use paralign::Lang;
use segment_cases::{Case, check};

const CASES: &[Case] = &[
    ("¿Vienes?¡Date prisa!", &["¿Vienes?", "¡Date prisa!"]),
    (
        "¿Dónde está la sala? La reunión empieza ya.",
        &["¿Dónde está la sala?", "La reunión empieza ya."],
    ),
    (
        "¡Qué sorpresa! No esperábamos tanta gente.",
        &["¡Qué sorpresa!", "No esperábamos tanta gente."],
    ),
    (
        "Buenas tardes, Sra. Ortega. Le presento al Lic. Ramos y al Dr. Vidal.",
        &[
            "Buenas tardes, Sra. Ortega.",
            "Le presento al Lic. Ramos y al Dr. Vidal.",
        ],
    ),
    (
        "¡El piso cuesta $250.000.000,00! ¡Carísimo! Se espera una subida del 4.5% este año.",
        &[
            "¡El piso cuesta $250.000.000,00!",
            "¡Carísimo!",
            "Se espera una subida del 4.5% este año.",
        ],
    ),
    (
        "«La paciencia es amarga, pero su fruto es dulce», escribió Rousseau. Marta, ¿vienes? ¡¿Lo has visto?!",
        &[
            "«La paciencia es amarga, pero su fruto es dulce», escribió Rousseau.",
            "Marta, ¿vienes?",
            "¡¿Lo has visto?!",
        ],
    ),
    (
        "Admón. es la abreviatura de administración.",
        &["Admón. es la abreviatura de administración."],
    ),
    (
        "Tengo cita el Mar. 4 de Feb. de 2025. Hasta luego.",
        &["Tengo cita el Mar. 4 de Feb. de 2025.", "Hasta luego."],
    ),
    (
        "Núm. de cuenta: 123.456.789.0. Salude a la Srta. Gil.",
        &["Núm. de cuenta: 123.456.789.0.", "Salude a la Srta. Gil."],
    ),
    (
        "El agua hierve a 100 °C y se congela a 0 °C. Esto vale al nivel del mar.",
        &[
            "El agua hierve a 100 °C y se congela a 0 °C.",
            "Esto vale al nivel del mar.",
        ],
    ),
    (
        "Citando a Ortega «Yo soy yo y mi circunstancia.», lo cual sigue vigente.",
        &["Citando a Ortega «Yo soy yo y mi circunstancia.», lo cual sigue vigente."],
    ),
    (
        "Los alumnos leyeron el párr. 3 del art. 14 de la ley de los EE. UU. en clase.",
        &["Los alumnos leyeron el párr. 3 del art. 14 de la ley de los EE. UU. en clase."],
    ),
    (
        "La superficie es de 45.5m². El jardín mide 20m².",
        &["La superficie es de 45.5m².", "El jardín mide 20m²."],
    ),
    (
        "El ganador tardó 2:05:33.4 h. en total, y el segundo llegó 3.2 segundos después. Así acabó la carrera.",
        &[
            "El ganador tardó 2:05:33.4 h. en total, y el segundo llegó 3.2 segundos después.",
            "Así acabó la carrera.",
        ],
    ),
    (
        "El corredor No. 23 llegó 5°.",
        &["El corredor No. 23 llegó 5°."],
    ),
    (
        "Hoy es 12/05/2024 y es festivo. ¿Trabajas mañana?",
        &["Hoy es 12/05/2024 y es festivo.", "¿Trabajas mañana?"],
    ),
    (
        "3 + 3 son 6. 6 + 6 son 12. El resultado es correcto.",
        &["3 + 3 son 6.", "6 + 6 son 12.", "El resultado es correcto."],
    ),
    (
        "El tren iba a 120 km/h. ¿Cuánto tardó en recorrer 300 Km.?",
        &[
            "El tren iba a 120 km/h.",
            "¿Cuánto tardó en recorrer 300 Km.?",
        ],
    ),
    (
        "Hay varias opciones, p. ej. el tren o el autobús.",
        &["Hay varias opciones, p. ej. el tren o el autobús."],
    ),
    (
        "Lo firmó Dña. Carmen López en Sevilla.",
        &["Lo firmó Dña. Carmen López en Sevilla."],
    ),
    (
        "Vive en la Avda. de la Constitución, núm. 5.",
        &["Vive en la Avda. de la Constitución, núm. 5."],
    ),
    (
        "El Sr. Gómez llegó tarde. La Sra. Gómez no vino.",
        &["El Sr. Gómez llegó tarde.", "La Sra. Gómez no vino."],
    ),
    (
        "¿De verdad? ¿Y por qué no me lo dijiste?",
        &["¿De verdad?", "¿Y por qué no me lo dijiste?"],
    ),
    (
        "¿Vienes mañana? preguntó Ana sin mirarme.",
        &["¿Vienes mañana? preguntó Ana sin mirarme."],
    ),
    (
        "—¿Quién llama? —preguntó el portero. —Soy yo, abra la puerta.",
        &[
            "—¿Quién llama? —preguntó el portero.",
            "—Soy yo, abra la puerta.",
        ],
    ),
    (
        "Compramos frutas, verduras, etc. Después fuimos a casa.",
        &["Compramos frutas, verduras, etc.", "Después fuimos a casa."],
    ),
    (
        "El acuerdo se firmó en 1992. Entró en vigor dos años más tarde.",
        &[
            "El acuerdo se firmó en 1992.",
            "Entró en vigor dos años más tarde.",
        ],
    ),
    (
        "La empresa ganó 3,5 millones de euros. Los accionistas están contentos.",
        &[
            "La empresa ganó 3,5 millones de euros.",
            "Los accionistas están contentos.",
        ],
    ),
    (
        "Más información en www.ejemplo.es. Gracias por su atención.",
        &[
            "Más información en www.ejemplo.es.",
            "Gracias por su atención.",
        ],
    ),
    (
        "Escriba a prensa@ejemplo.es. Responderemos pronto.",
        &["Escriba a prensa@ejemplo.es.", "Responderemos pronto."],
    ),
    (
        "La ciudad fue fundada en el 218 a. C. Los romanos la llamaron Tarraco.",
        &[
            "La ciudad fue fundada en el 218 a. C.",
            "Los romanos la llamaron Tarraco.",
        ],
    ),
    (
        "• 1. Lea las instrucciones \n• 2. Rellene el formulario \n• 3. Fírmelo",
        &[
            "• 1. Lea las instrucciones",
            "• 2. Rellene el formulario",
            "• 3. Fírmelo",
        ],
    ),
    (
        "Él dijo que no… Pero al final vino.",
        &["Él dijo que no…", "Pero al final vino."],
    ),
    (
        "Fue un día largo (demasiado largo, diría yo). Mañana será mejor.",
        &[
            "Fue un día largo (demasiado largo, diría yo).",
            "Mañana será mejor.",
        ],
    ),
    (
        "Ud. puede pasar cuando quiera.",
        &["Ud. puede pasar cuando quiera."],
    ),
    (
        "La reunión será el 5 de mayo\nen la sede central.",
        &["La reunión será el 5 de mayo en la sede central."],
    ),
    (
        "Comunicado\n\nEl ministerio informa. Habrá cambios.",
        &["Comunicado", "El ministerio informa.", "Habrá cambios."],
    ),
    (
        "Visitamos el Hospital de San Juan en Mt. Hood.",
        &["Visitamos el Hospital de San Juan en Mt. Hood."],
    ),
    (
        "Pág. 34 del informe anual.",
        &["Pág. 34 del informe anual."],
    ),
    ("¡Bravo! ¡Bravo! ¡Otra!", &["¡Bravo!", "¡Bravo!", "¡Otra!"]),
    (
        "El precio subió un 2,3 %. La inflación se mantuvo.",
        &["El precio subió un 2,3 %.", "La inflación se mantuvo."],
    ),
    (
        "Lo explicó el Prof. J. M. Sánchez en la conferencia.",
        &["Lo explicó el Prof. J. M. Sánchez en la conferencia."],
    ),
    (
        "La sociedad Telecom S.A. cerró el año con beneficios.",
        &["La sociedad Telecom S.A. cerró el año con beneficios."],
    ),
    (
        "El Sr. y la Sra. García llegaron ayer.",
        &["El Sr. y la Sra. García llegaron ayer."],
    ),
    (
        "¿Qué hora es? Son las 3 p.m. en Madrid.",
        &["¿Qué hora es?", "Son las 3 p.m. en Madrid."],
    ),
    (
        "Lo dijo el Excmo. Sr. Presidente.",
        &["Lo dijo el Excmo. Sr. Presidente."],
    ),
    (
        "Visite la pág. 7. Allí encontrará más datos.",
        &["Visite la pág. 7.", "Allí encontrará más datos."],
    ),
    (
        "El PIB creció un 2,1 % en 2023. El paro bajó.",
        &["El PIB creció un 2,1 % en 2023.", "El paro bajó."],
    ),
    (
        "Los EE. UU. y la UE firmaron el acuerdo.",
        &["Los EE. UU. y la UE firmaron el acuerdo."],
    ),
    (
        "Fuimos al mar. El agua estaba fría.",
        &["Fuimos al mar.", "El agua estaba fría."],
    ),
    (
        "El artículo 5 de la Ley 2/2020, de 3 de marzo. La norma entró en vigor.",
        &[
            "El artículo 5 de la Ley 2/2020, de 3 de marzo.",
            "La norma entró en vigor.",
        ],
    ),
    (
        "Dijo: «Ya voy.» Y se fue.",
        &["Dijo: «Ya voy.»", "Y se fue."],
    ),
];

#[test]
fn spanish_cases() {
    check(Lang::Es, CASES);
}
