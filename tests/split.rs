//! A long pair is cut at confident anchors and its pieces are aligned in
//! parallel (`paralign::align::split`): the result must not depend on the
//! number of threads and must cover both sides exactly once.

use paralign::Lang;
use paralign::align::{Alignment, Config, DocAlignment, align_document, align_sentences};

const NAMES: [&str; 6] = ["Bern", "Genf", "Zermatt", "Lugano", "Chur", "Basel"];

/// A German and a French text of `n` generated sentences each (different
/// numbers, names and lengths), with an extra French sentence every 37 and
/// two German sentences rendered as one French sentence every 53.
fn pair(n: usize) -> (Vec<String>, Vec<String>) {
    let (mut de, mut fr) = (Vec::new(), Vec::new());
    let mut k = 0;
    while k < n {
        let (name, num) = (NAMES[k % NAMES.len()], 1000 + 7 * k);
        let tail = " und noch viel mehr".repeat(k % 5);
        if k % 53 == 52 && k + 1 < n {
            de.push(format!("In {name} wurden {num} Gäste gezählt."));
            de.push(format!("Davon kamen {} aus dem Ausland.", k + 1));
            fr.push(format!(
                "À {name}, on a compté {num} hôtes, dont {} venus de l'étranger.",
                k + 1
            ));
            k += 2;
            continue;
        }
        de.push(format!(
            "Die Hütte bei {name} liegt auf {num} Metern{tail}."
        ));
        fr.push(format!(
            "La cabane près de {name} se trouve à {num} mètres{}.",
            " et bien plus encore".repeat(k % 5)
        ));
        if k % 37 == 36 {
            fr.push(format!("Photo : {name}, archives {}.", 2000 + k % 20));
        }
        k += 1;
    }
    (de, fr)
}

fn align_with(threads: usize, de: &[&str], fr: &[&str]) -> Alignment {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("a thread pool");
    let config = Config {
        split: true,
        ..Config::default()
    };
    pool.install(|| align_sentences(de, fr, Lang::De, Lang::Fr, &config))
}

#[test]
fn a_long_pair_aligns_the_same_on_one_and_two_threads() {
    let (de, fr) = pair(5000);
    let (de, fr): (Vec<&str>, Vec<&str>) = (
        de.iter().map(String::as_str).collect(),
        fr.iter().map(String::as_str).collect(),
    );
    let one = align_with(1, &de, &fr);
    let two = align_with(2, &de, &fr);
    assert!(one.covers(de.len(), fr.len()));
    assert_eq!(one.unaligned[0].len(), de.len());
    assert_eq!(one.unaligned[1].len(), fr.len());
    assert!(one.beads.iter().all(|b| (0.0..=1.0).contains(&b.score)));
    let ones = one.beads.iter().filter(|b| b.shape() == (1, 1)).count();
    assert!(ones * 10 > de.len() * 9, "{ones} 1-1 beads");
    assert!(one == two, "-j1 and -j2 alignments differ");
}

#[test]
fn a_long_pair_cut_finds_the_beads_of_the_whole_pair() {
    // 5,000 sentences a side: the anchor pass runs in two pieces and the
    // refined pass in five; without `split`, both passes search the whole.
    let (de, fr) = pair(5000);
    let (de, fr): (Vec<&str>, Vec<&str>) = (
        de.iter().map(String::as_str).collect(),
        fr.iter().map(String::as_str).collect(),
    );
    let cut = align_with(2, &de, &fr);
    let whole = Config {
        split: false,
        ..Config::default()
    };
    let whole = align_sentences(&de, &fr, Lang::De, Lang::Fr, &whole);
    let spans = |a: &Alignment| -> Vec<_> {
        a.beads
            .iter()
            .map(|b| (b.src.clone(), b.tgt.clone()))
            .collect()
    };
    let (cut, whole) = (spans(&cut), spans(&whole));
    let same = cut.iter().filter(|b| whole.contains(b)).count();
    assert!(
        same * 1000 >= whole.len() * 999,
        "{same} of {}",
        whole.len()
    );
}

fn view(doc: &[Vec<String>]) -> Vec<Vec<&str>> {
    doc.iter()
        .map(|p| p.iter().map(String::as_str).collect())
        .collect()
}

fn document_with(threads: usize, de: &[Vec<&str>], fr: &[Vec<&str>]) -> DocAlignment {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("a thread pool");
    pool.install(|| align_document(de, fr, Lang::De, Lang::Fr, &Config::default()))
}

/// The bead evidence is read beside the search and attached on every core:
/// a long document gets the same beads, scores and evidence on one and two
/// threads, and its sentence beads keep the numbers they state.
#[test]
fn a_long_document_gets_the_same_evidence_on_one_and_two_threads() {
    let (de, fr) = pair(5000);
    let paragraphs =
        |side: &[String]| -> Vec<Vec<String>> { side.chunks(40).map(<[String]>::to_vec).collect() };
    let (de, fr) = (paragraphs(&de), paragraphs(&fr));
    let (de, fr) = (view(&de), view(&fr));
    let one = document_with(1, &de, &fr);
    let two = document_with(2, &de, &fr);
    let n: usize = de.iter().map(Vec::len).sum();
    let m: usize = fr.iter().map(Vec::len).sum();
    assert!(one.sentences.covers(n, m));
    let shared = one
        .sentences
        .beads
        .iter()
        .filter(|b| !b.evidence.numbers.shared.is_empty())
        .count();
    assert!(shared * 10 > n * 9, "{shared} beads share a number");
    assert!(one == two, "-j1 and -j2 document alignments differ");
}
