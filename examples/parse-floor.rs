//! The floor under `status`, `sync` and `check`: a bare fluent-syntax parse of every `.ftl`
//! file of a tree, in parallel, doing nothing with the result.
//!
//! ```sh
//! cargo run --release --example parse-floor -- /tmp/corpus/locales
//! ```

use rayon::prelude::*;

fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "ftl") {
            out.push(path);
        }
    }
}

fn main() {
    let root = std::env::args().nth(1).expect("usage: parse-floor DIR");
    let mut all = Vec::new();
    files(std::path::Path::new(&root), &mut all);
    let entries: usize = all
        .par_iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).unwrap_or_default();
            match fluent_syntax::parser::parse(text.as_str()) {
                Ok(resource) => resource.body.len(),
                Err((resource, _)) => resource.body.len(),
            }
        })
        .sum();
    println!("parsed {} files, {entries} entries", all.len());
}
