//! The archive lexicon's memory at its caps, for BENCHMARKS.md (ignored: it
//! takes minutes). Beads of fifteen random words a side, drawn from 300,000
//! word types per language with a heavy tail (rank `u^-2` for uniform `u`),
//! so that the co-occurrence table fills up to
//! `score::lexicon::archive::MAX_JOINT` and is pruned, as a real archive of
//! many topics would fill it; `MAX_BEADS` beads per language pair.
//!
//! ```sh
//! cargo test --release --test lexicon_memory --no-run
//! PAIRS=4 /usr/bin/time -f "%e s %M KB" target/release/deps/lexicon_memory-* --ignored --nocapture
//! ```

use paralign::Lang;
use paralign::score::ArchiveLexicon;
use paralign::score::lexicon::archive::MAX_BEADS;

/// A word of `rank`, written in letters (digits would make it a number).
fn word(mut rank: u64, first: char) -> String {
    let mut w = String::from(first);
    loop {
        w.push((b'a' + (rank % 26) as u8) as char);
        rank /= 26;
        if rank == 0 {
            break;
        }
    }
    w.push_str("en ");
    w
}

#[test]
#[ignore]
fn the_lexicon_of_many_language_pairs_at_its_caps() {
    let pairs: usize = std::env::var("PAIRS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(4);
    // Every two of the five languages.
    let all: Vec<(Lang, Lang)> = (Lang::ALL.iter().enumerate())
        .flat_map(|(k, &a)| Lang::ALL[k + 1..].iter().map(move |&b| (a, b)))
        .collect();
    let mut state: u64 = 12345;
    let mut rank = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let u = (state % 1_000_000) as f64 / 1e6 + 1e-6;
        (u.powi(-2) as u64).min(300_000)
    };
    let mut lexicon = ArchiveLexicon::default();
    for _ in 0..MAX_BEADS {
        for &pair in &all[..pairs.min(all.len())] {
            let (mut s, mut t) = (String::new(), String::new());
            for _ in 0..15 {
                s.push_str(&word(rank(), 'w'));
                t.push_str(&word(rank(), 'v'));
            }
            lexicon.add(pair, &s, &t);
        }
    }
    assert_eq!(lexicon.beads(), MAX_BEADS * pairs.min(all.len()) as u32);
    eprintln!("{} translations learned", lexicon.translations().len());
}
