//! Segmenter throughput in MB/s on large mixed-language texts (about 20 MB
//! each) built at bench time: the hard cases of the tables under `tests/`
//! (one sentence per ~35 bytes, the worst case), and the shipped press
//! releases under `corpus/` (realistic prose), when that folder is present.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use paralign::Lang;
use paralign::segment::{paragraph_spans, sentence_spans};

/// The inputs of one language's case table (the first string of each
/// tuple), read from its test file.
fn inputs(lang: Lang) -> Vec<String> {
    let path = format!(
        "{}/tests/segment_{}.rs",
        env!("CARGO_MANIFEST_DIR"),
        lang.code()
    );
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let table = &source[source.find("const CASES").unwrap_or(0)..];
    table
        .split('(')
        .filter_map(|piece| piece.trim_start().strip_prefix('"'))
        .map(read_literal)
        .collect()
}

/// The string literal whose opening quote precedes `rest`.
fn read_literal(rest: &str) -> String {
    let mut lit = String::new();
    let mut chars = rest.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => break,
            '\\' => match chars.next() {
                Some('n') => lit.push('\n'),
                Some('u') => {
                    // `\\u{a0}`: the benchmark only needs a space there.
                    chars.by_ref().find(|&c| c == '}');
                    lit.push(' ');
                }
                Some(other) => lit.push(other),
                None => break,
            },
            c => lit.push(c),
        }
    }
    lit
}

/// The files of `corpus/` written in `lang` (`….de.txt`), joined by blank lines.
fn releases(lang: Lang) -> String {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let suffix = format!(".{}.txt", lang.code());
    let mut text = String::new();
    let dirs = std::fs::read_dir(root).into_iter().flatten().flatten();
    for file in dirs.flat_map(|d| std::fs::read_dir(d.path()).into_iter().flatten().flatten()) {
        let path = file.path();
        if path.to_string_lossy().ends_with(&suffix) {
            text += &std::fs::read_to_string(&path).unwrap_or_default();
            text += "\n\n";
        }
    }
    text
}

/// One block per language, each repeated to a fifth of `target` bytes;
/// languages whose block is empty are left out.
fn repeated(target: usize, block: impl Fn(Lang) -> String) -> Vec<(Lang, String)> {
    Lang::ALL
        .iter()
        .map(|&lang| (lang, block(lang)))
        .filter(|(_, b)| !b.is_empty())
        .map(|(lang, b)| {
            let times = target / Lang::ALL.len() / b.len() + 1;
            (lang, b.repeat(times))
        })
        .collect()
}

fn measure(c: &mut Criterion, name: &str, texts: &[(Lang, String)]) {
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    let mut group = c.benchmark_group(name);
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("sentences", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|(lang, t)| sentence_spans(t, *lang).len())
                .sum::<usize>()
        })
    });
    group.bench_function("paragraphs", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|(_, t)| paragraph_spans(t).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

fn bench(c: &mut Criterion) {
    let cases = repeated(20 << 20, |lang| inputs(lang).join(" ") + "\n\n");
    measure(c, "segment_hard_cases_20MB", &cases);
    let prose = repeated(20 << 20, releases);
    if prose.is_empty() {
        eprintln!("corpus/ not found: skipping the press-release benchmark");
    } else {
        measure(c, "segment_press_releases_20MB", &prose);
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
