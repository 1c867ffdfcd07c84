//! Throughput of the extraction engine on real article text, one thread, in bytes per second.
//!
//! The corpus is the PolNeAR dev split (`../shared/eval/polnear-dev.jsonl` next to the crate)
//! when it exists, the seed articles otherwise. Speed is measured here, never asserted in tests.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use quotegraph::extract::{Article, extract};
use quotegraph::ingest::parse_seed_text;

/// Article texts to run the engine over.
fn corpus() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if let Ok(raw) = std::fs::read_to_string(root.join("../shared/eval/polnear-dev.jsonl")) {
        return raw
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter_map(|doc| doc["text"].as_str().map(str::to_owned))
            .collect();
    }
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(root.join("seeds")).expect("seeds/ exists").flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "txt") {
            let raw = std::fs::read_to_string(&path).expect("seed files are readable UTF-8");
            if let Some(text) = parse_seed_text(&raw).ok().and_then(|r| r.text) {
                texts.push(text);
            }
        }
    }
    texts
}

fn extract_articles(c: &mut Criterion) {
    let texts = corpus();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("articles", |b| {
        b.iter(|| {
            for text in &texts {
                black_box(extract(&Article { text: black_box(text), published: None }));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, extract_articles);
criterion_main!(benches);
