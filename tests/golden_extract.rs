//! Golden snapshots of the full extraction of every seed article.
//!
//! The eval JSONL scores quality; these snapshots catch unintended change. Review a change
//! with `cargo insta review`. Seeds are read through the same parser `ingest` uses, so the
//! title line and metadata bullets never reach the engine.

use quotegraph::extract::{Article, extract};
use quotegraph::ingest::parse_seed_text;

#[test]
fn every_seed_extraction_matches_its_snapshot() {
    insta::glob!("../seeds", "*.txt", |path| {
        let raw = std::fs::read_to_string(path).expect("seed files are readable UTF-8");
        let record = parse_seed_text(&raw).expect("seed files follow the seed layout");
        let text = record.text.unwrap_or_default();
        let published = record.published.as_deref().and_then(|p| p.parse().ok());
        let extraction = extract(&Article { text: &text, published });
        insta::assert_json_snapshot!(extraction);
    });
}
