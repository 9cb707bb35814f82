//! Aligner throughput: the Text+Berg dev pair repeated 1, 10 and 60 times
//! (60x is about 28,000 x 33,000 sentences), aligned as one document with
//! `align_sentences`, to show linear growth.
//!
//! The input is built at bench time from `../shared/eval/textberg-dev` when
//! that folder exists; otherwise (e.g. outside the project's machine) from a
//! deterministic synthetic generator of the same size, and the bench says so.
//!
//! Run: `cargo bench --bench align` (set `PARALIGN_BENCH_SYNTHETIC=1` to
//! force the synthetic input).

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use paralign::Lang;
use paralign::align::{Config, align_sentences};

/// The dev pair's lines, or synthetic stand-ins of the same size.
fn base() -> (Vec<String>, Vec<String>) {
    let dir = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/eval/textberg-dev"
    ));
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).ok();
    let forced = std::env::var_os("PARALIGN_BENCH_SYNTHETIC").is_some();
    if let (false, Some(de), Some(fr)) = (forced, read("dev.de"), read("dev.fr")) {
        eprintln!(
            "align bench: input = Text+Berg dev pair from {}",
            dir.display()
        );
        let lines = |t: &str| t.lines().map(str::to_string).collect();
        return (lines(&de), lines(&fr));
    }
    eprintln!(
        "align bench: input = synthetic 468 x 554 sentences ({} absent or \
         PARALIGN_BENCH_SYNTHETIC set)",
        dir.display()
    );
    synthetic(468, 554)
}

/// A deterministic pseudo-parallel text: target sentences are the source's
/// with words mapped to other "words", some split in two, plus insertions.
fn synthetic(n: usize, m: usize) -> (Vec<String>, Vec<String>) {
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move |bound: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % bound
    };
    let word = |k: u64, lang: u8| format!("{}{}", ["wo", "mo"][lang as usize], k * 7919 % 4001);
    let (mut src, mut tgt) = (Vec::new(), Vec::new());
    while src.len() < n {
        let words: Vec<u64> = (0..3 + next(20)).map(|_| next(3000)).collect();
        let text = |lang| {
            words
                .iter()
                .map(|&w| word(w, lang))
                .collect::<Vec<_>>()
                .join(" ")
        };
        src.push(text(0));
        let t = text(1);
        if next(8) == 0 && words.len() > 6 {
            let cut = t.len() / 2;
            let at = t[cut..].find(' ').map_or(t.len(), |k| cut + k);
            tgt.push(t[..at].to_string());
            tgt.push(t[at..].trim().to_string());
        } else {
            tgt.push(t);
        }
        if tgt.len() < m && next(10) == 0 {
            tgt.push(format!("{} 1956", word(next(3000), 1)));
        }
    }
    (src, tgt)
}

fn bench(c: &mut Criterion) {
    let (src, tgt) = base();
    let config = Config::default();
    let mut group = c.benchmark_group("align_sentences");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    for times in [1, 10, 60] {
        let s: Vec<&str> = (0..times)
            .flat_map(|_| src.iter().map(String::as_str))
            .collect();
        let t: Vec<&str> = (0..times)
            .flat_map(|_| tgt.iter().map(String::as_str))
            .collect();
        group.throughput(Throughput::Elements((s.len() + t.len()) as u64));
        let id = BenchmarkId::new(format!("{}x{}", s.len(), t.len()), format!("{times}x"));
        group.bench_with_input(id, &(s, t), |b, (s, t)| {
            b.iter(|| align_sentences(black_box(s), black_box(t), Lang::De, Lang::Fr, &config))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
