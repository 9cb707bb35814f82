//! German: abbreviations (Duden usage, press and legal texts), sentence-initial
//! words, months, and the context that makes `3.` an ordinal (`am 3. Mai`).

use super::Data;

pub(super) const DATA: Data = Data {
    never: "i.h z.b z.t z.z z.zt d.h u.a.m u.ä o.ä u.u i.d.r i.a i.v i.w.s i.e.s i.s.d \
            i.s.v i.a.r i.h.v i.ü i.j i.allg v.a v.l.n.r o.g s.o s.u u.e m.e m.w u.v.a \
            u.dgl zzgl zuzgl inkl exkl bzw bzgl vgl ggf gegr geb gest verh verw gesch evtl \
            sog ca ugs urspr allg ausschl außerord bes bspw einschl eigtl entspr ehem gem \
            insb jmd jmdm jmdn jmds lt näml od resp sinngem sprichw teilw vorm zus zw \
            dr prof hr hrn fr frl dipl.-kfm lic med jur phil rer nat pol oec theol habil \
            em h.c dres sen jun st hl kath ev evang luth ref abs art nr nrn ziff lit bd \
            bde hrsg hg aufl kap anm abb tab tel fax pl postf gebr kl kr ldkr reg.-bez \
            bez dt engl frz franz ital russ lat griech poln tsch niederl österr nördl südl \
            östl westl jg jgg js mind ggü gegenüb \
            rd ung ugf stv stellv vors präs gen.-sekr sekr abt ref.-nr az aktz bgbl gvbl \
            abl bverfge bverwge bghz bghst ausg s.a s.d s.s vs v.h a.d a.a i.e.w o.j o.o \
            betr bsp ebd erg gez ggfs hbf inh lfd mdb mdl mwst nachf o.a röm spez stud wg \
            wiss z.hd abschn anh anl bearb beil bem ber bev dgl eig frdl ges kt masch mtl \
            prot rel übl w.o zt dipl.-volksw prok pp.a ppa i.a.v beispielsw durchschn \
            geschl ord landkr kreisfr verf vollst \
            fa fam ing mitgl obb zust",
    inner: "tägl jährl monatl wöchentl i.r str hauptstr jh jhd jhdt mio mrd tsd mill ltd inc e.v \
            e.g a.g co u.s u.k stk \
            pkt proz mo di mi sa std sek min a.m a.main u.a max qm \
            univ inst akad gymn jahrh gde ff f.f",
    // Months: before a year (`3. Jan. 1920`) inside, before a capital final.
    final_: "usw etc usf u.ä.m u.v.m o.ä.m jan jän feb febr mär apr jul aug sep sept okt nov dez",
    numeric: "",
    year: "n.chr v.chr u.z v.u.z n.u.z",
    time: "",
    starters: "Der Die Das Dem Den Des Ein Eine Einer Eines Einem Einen Er Sie Es Wir Ich Ihr \
                Man Dies Diese Dieser Dieses Diesem Diesen Dass Doch Aber Und Oder Auch Als Am \
                Im In An Auf Aus Bei Beim Mit Nach Von Vom Vor Zu Zum Zur Für Um Über Unter \
                Seit Bis Nun Dann Danach Damit Daher Deshalb Deswegen Dabei Dazu Darüber \
                Darauf Davon Dafür Dagegen Denn So Wie Was Wer Wo Wann Warum Welche Welcher \
                Welches Wenn Weil Ob Obwohl Während Nachdem Bereits Schon Jetzt Heute Gestern \
                Morgen Zudem Außerdem Allerdings Jedoch Trotzdem Insgesamt Hier Dort Da Alle \
                Viele Einige Mehrere Nicht Kein Keine Sein Seine Ihre Unser Unsere Mein Meine \
                Laut Zunächst Zuvor Zuletzt Schließlich Später Erst Noch Nur Sowohl Weder \
                Beide Gegen Ohne Durch Zwischen Neben Hinter Ab Anschließend Inzwischen \
                Mittlerweile Somit Also Ja Nein Bitte Vielleicht Dennoch Ebenso Ebenfalls \
                Gleichzeitig Vorher Hierzu Hierbei Dadurch Deren Dessen Jeder Jede Jedes \
                Solche Manche Wegen Trotz Gemäß Angesichts Insbesondere Vor Derzeit Aktuell \
                Künftig Weitere Weiterhin Ferner Besonders Gerade Immer Oft Selbst Sogar \
                Wieder Zwar Darum Folglich Zugleich Bisher Bislang Seitdem Seither Damals \
                Zuerst Endlich Früher Nachher Hierfür Demnach Demgegenüber Stattdessen \
                Vielmehr Immerhin Zumindest Wenigstens Stets Häufig Meist Manchmal Selten Nie \
                Niemals Kaum Fast Etwa Rund Knapp Weniger Wenige Nichts Niemand Jemand Etwas \
                Alles Du Euer Jener Jene Wem Wen Wessen Wieso Weshalb Wohin Woher Womit \
                Wodurch Worauf Hingegen Indes Insofern Sofern Falls Sobald Solange Sowie Bevor \
                Sodass Indem Ihren Ihrem Seinen Seinem Allein Ganz Genau Gut Klar Natürlich \
                Sicher Leider",
    months: "Januar Jänner Februar Feber März April Mai Juni Juli August September \
             Oktober November Dezember Jan Jän Feb Febr Mär Mrz Apr Jun Jul Aug Sep \
             Sept Okt Nov Dez",
    ordinal_context: "am im vom zum zur beim der die das dem den des ein eine einer \
                      eines einem einen seit ab bis vor nach zu an in ihr ihre ihrem \
                      ihren ihres sein seine seinem seinen seines unser unsere unserem \
                      jeder jede jedes jedem jeden dieser diese dieses diesem diesen \
                      ins aufs übers fürs",
    time_openers: "",
    numeric_suffixes: "str",
};
