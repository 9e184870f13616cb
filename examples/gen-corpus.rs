//! Writes the benchmark corpus (see `benches/corpus.rs`).
//!
//! ```sh
//! cargo run --release --example gen-corpus -- --releases 1000 --locales 30 --out /tmp/corpus
//! cargo run --release --example gen-corpus -- --edit 0.1 --out /tmp/corpus   # edit 10 % of paragraphs
//! ```

#[path = "../benches/corpus.rs"]
mod corpus;

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let out = PathBuf::from(value("--out").ok_or("--out DIR is required")?);
    let seed = value("--seed").map_or(Ok(42), |s| s.parse())?;
    if let Some(share) = value("--edit") {
        return corpus::edit(&out, share.parse()?, seed);
    }
    let releases = value("--releases").map_or(Ok(200), |s| s.parse())?;
    let locales = value("--locales").map_or(Ok(10), |s| s.parse())?;
    corpus::generate(&out, releases, locales, seed)
}
