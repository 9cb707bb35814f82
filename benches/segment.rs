//! Segmenter throughput in MB/s on a large mixed-language text (about 20 MB)
//! built at bench time from the case tables under `tests/`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use paralign::Lang;
use paralign::segment::{paragraph_spans, sentence_spans};

/// The case inputs of one language's table, read from its test file.
fn inputs(lang: Lang) -> Vec<String> {
    let path = format!(
        "{}/tests/segment_{}.rs",
        env!("CARGO_MANIFEST_DIR"),
        lang.code()
    );
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    source
        .lines()
        .filter_map(|l| l.trim().strip_prefix("(\""))
        .filter_map(|l| l.split("\", &[").next())
        .map(|l| l.replace("\\n", "\n").replace("\\\"", "\""))
        .collect()
}

/// Each language's inputs joined into paragraphs, repeated to `target` bytes.
fn corpus(target: usize) -> Vec<(Lang, String)> {
    Lang::ALL
        .iter()
        .map(|&lang| {
            let block = inputs(lang).join(" ") + "\n\n";
            (
                lang,
                block.repeat(target / Lang::ALL.len() / block.len() + 1),
            )
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let texts = corpus(20 << 20);
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    let mut group = c.benchmark_group("segment");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("sentences_mixed_20MB", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|(lang, t)| sentence_spans(t, *lang).len())
                .sum::<usize>()
        })
    });
    group.bench_function("paragraphs_mixed_20MB", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|(_, t)| paragraph_spans(t).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
