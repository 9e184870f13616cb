//! Sentence splitting throughput on English press-release prose (divan).
//!
//! The text is the bundled releases' paragraphs (`sources/`), repeated to about 4 MB and
//! split paragraph by paragraph, as `extract` does at sentence granularity. The goal is at
//! least 50 MB/s; `bench/segment-score.py` times pySBD on the same paragraphs.
//!
//! ```sh
//! cargo bench --bench sentences
//! ```

use std::sync::OnceLock;

use divan::counter::BytesCount;
use relingo::segment::sentence::{self, Rules};

fn main() {
    divan::main();
}

/// The paragraphs of every bundled release, repeated to about 4 MB.
fn paragraphs() -> &'static [String] {
    static TEXT: OnceLock<Vec<String>> = OnceLock::new();
    TEXT.get_or_init(|| {
        let mut once = Vec::new();
        let mut sources: Vec<_> = std::fs::read_dir("sources")
            .expect("run from the repository root")
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
            .collect();
        sources.sort();
        for path in sources {
            let text = std::fs::read_to_string(&path).unwrap();
            once.extend(
                text.split("\n\n")
                    .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
                    .filter(|p| p.len() > 40),
            );
        }
        let size: usize = once.iter().map(String::len).sum();
        once.iter()
            .cycle()
            .take(once.len() * (4_000_000 / size + 1))
            .cloned()
            .collect()
    })
}

#[divan::bench(args = ["en", "de"])]
fn split_paragraphs(bencher: divan::Bencher, language: &str) {
    let paragraphs = paragraphs();
    let bytes: usize = paragraphs.iter().map(String::len).sum();
    let rules = Rules::builtin(language);
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        paragraphs
            .iter()
            .map(|p| sentence::split(divan::black_box(p), rules).len())
            .sum::<usize>()
    });
}
