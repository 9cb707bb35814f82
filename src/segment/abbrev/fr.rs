//! French: titles (`M.`, `MM.`, `Mme`), Latin and bibliographic forms, dates
//! (`av. J.-C.`), units, months; sentence-initial words.

use super::Data;

pub(super) const DATA: Data = Data {
    never: "m mm mme mmes mlle mlles me mes mgr dr dre pr prof st ste sts stes vve av apr \
            bd boul fg fbg pl rte imp chap cf p.ex ex env arts al éd éds t p pp n° nº réf \
            tél fax ann suiv op.cit loc.cit ibid id vs c.-à-d c.à.d cà.d i.e e.g \
            gén cdt cne lt lieut sgt adj min.-prés dép dépt arr éts ets n.b n.d.l.r \
            n.d.t p.-s p.s etc.al dir fasc hist introd ms mss nouv pref préf \
            réimpr suppl trad vx anc apr.-m av.-m bibl ap col capt prés comm ing sén",
    inner: "coll hab j.-c s.a s.a.r.l sarl sas inc ltd co cie janv févr fév avr \
            juil \
            sept oct nov déc lun mar ven sam dim min max univ inst ll.aa.ii.rr ll.aa.rr ll.mm s.m \
            s.e s.a.r u.e o.n.u",
    final_: "etc h mds md",
    numeric: "no nos art",
    year: "s av.j.-c apr.j.-c ap.j.-c",
    time: "",
    starters: "Le La Les L Un Une Des Du De D Il Elle Ils Elles On Nous Vous Je Tu Ce Cet \
                Cette Ces C Cela Ça Ceci Mais Et Ou Donc Or Ni Car En Dans Sur Sous Avec Pour \
                Par Selon Depuis Pendant Après Avant Lors Quand Comme Si Que Qu Qui Quoi Où \
                Comment Pourquoi Quel Quelle Quels Quelles Aujourd Hier Demain Ainsi Alors \
                Aussi Enfin Ensuite Puis Toutefois Cependant Pourtant Néanmoins Tous Toutes \
                Tout Chaque Plusieurs Certains Certaines Son Sa Ses Leur Leurs Notre Nos Votre \
                Mon Ma Mes Au Aux Y Il Voici Voilà Non Oui Parmi Grâce Malgré Entre Contre \
                Sans Chez Désormais Jusqu Lorsqu Puisqu Dès Déjà Encore Toujours Jamais Outre \
                Hormis Maintenant Actuellement Ici Là Toute Aucun Aucune Personne Rien Quelque \
                Quelques Ton Celui Celle Ceux Combien Lorsque Bien Même Souvent Parfois \
                Surtout Notamment Est Sont Était Étaient Fut Furent Sera Ont Avait Peut \
                Doit Faut Reste",
    months: "Janvier Février Mars Avril Mai Juin Juillet Août Septembre Octobre \
             Novembre Décembre janvier février mars avril mai juin juillet août \
             septembre octobre novembre décembre",
    ordinal_context: "",
    time_openers: "En Dès Depuis Jusqu Vers Avant Après Pendant Entre Déjà Au Aux Dans Autour \
                   Puis Environ Ensuite Seulement Durant Ainsi Aussi Même",
    numeric_suffixes: "",
};
