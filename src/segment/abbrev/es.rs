//! Spanish: titles (`Sr.`, `Sra.`, `Dña.`), legal and bibliographic forms
//! (`art.`, `núm.`, `p. ej.`), units, months; sentence-initial words.

use super::Data;

pub(super) const DATA: Data = Data {
    never: "sr sra srta sres sras srs srtas d dña dn lic lcdo lcda licdo licda dr dra \
            dres dras ing arq mt prof profa abog gral cnel cap tte sgto mons sto sta \
            pbro excmo excma ilmo ilma rvdo rvda mtro mtra cia av avda c.p p.ej p.e \
            art arts núm nro núms pág págs párr párrf caps ej ejs fig tel telf apdo \
            admón adm dpto depto dept aprox c/u pza plza blvr bv entlo \
            col gob pdte pres vol vols ed eds trad coord cfr cf vid v.gr vg etc.al \
            ee n.º cía ctra cra urb sor dip sen ldo ldos dir ntra ntro sec abg",
    inner: "izq izqda dcha s.l s.r.l lda ltda hnos ud uds vd vds jr ss.mm hs hrs seg min \
            máx mín lun mié jue vie sáb dom s.a univ inst",
    // A capital after a month (`el 5 de feb. Será …`) opens a sentence:
    // Spanish writes months and common nouns lowercase.
    final_: "etc ee.uu e.e.u.u ene feb mar abr may jun jul ago sep sept set oct nov dic",
    numeric: "no",
    year: "a.c d.c",
    time: "a.m p.m",
    starters: "El La Los Las Un Una Unos Unas Él Ella Ellos Ellas Yo Tú Usted Nosotros Este \
                Esta Esto Estos Estas Ese Esa Eso Aquel Aquella Hay Se No Sí En Con Por Para \
                De Desde Hasta Sin Sobre Entre Tras Según Pero Y O Aunque Sin Embargo Además \
                También Así Luego Después Antes Cuando Como Si Que Qué Quién Cómo Dónde Cuándo \
                Por Mientras Durante Al Del Hoy Ayer Mañana Ahora Todo Todos Todas Muchos \
                Muchas Cada Nuestro Nuestra Su Sus Mi Mis Le Les Lo Me Te Nos Ya Aquí Allí \
                Finalmente Asimismo Igualmente Entonces Incluso Tampoco Nunca Siempre Otro \
                Otra Otros Otras Ambos Varios Esta Ante Bajo Contra Hacia Mediante Toda Ningún \
                Ninguna Nadie Algo Algún Alguna Algunos Algunas Pocos Tu Vuestro Aún Todavía \
                Quizás Tal Donde Porque Pues Quien Cual Cuyo Actualmente Posteriormente \
                Anteriormente Es Era Fue Son Eran Fueron Será Serán Sería Está Están Estaba \
                Estaban Estuvo Ha Han Había Habían Habrá Hubo Tiene Tienen Tenía Puede \
                Pueden Podría Parece Existe Existen Debe Deben Cabe Resulta",
    months: "Enero Febrero Marzo Abril Mayo Junio Julio Agosto Septiembre Setiembre \
             Octubre Noviembre Diciembre",
    ordinal_context: "",
    time_openers: "En Desde Hasta Hacia Hace Durante Antes Después Entre Ya Solo Sólo Tras \
                   Alrededor Luego Aproximadamente Aún Incluso También A",
    numeric_suffixes: "",
};
