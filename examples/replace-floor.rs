//! The floor under writing what `sync` changed: each file named on stdin (one path per line)
//! is read and replaced atomically by a bare temporary file and rename beside it, in
//! parallel, with no flush and no check. What a file system charges for creating a file is
//! in this floor, which a parse floor does not show.
//!
//! ```sh
//! find locales -name '*.ftl' -newer .mark | cargo run --release --example replace-floor
//! ```

use rayon::prelude::*;
use std::io::BufRead;

fn main() {
    let paths: Vec<std::path::PathBuf> = std::io::stdin()
        .lock()
        .lines()
        .map_while(Result::ok)
        .filter(|line| !line.is_empty())
        .map(std::path::PathBuf::from)
        .collect();
    paths.par_iter().enumerate().for_each(|(n, path)| {
        let bytes = std::fs::read(path).expect("a listed file");
        let temp = path.with_file_name(format!(".replace-floor-{n}.tmp"));
        std::fs::write(&temp, bytes).expect("the temporary file");
        std::fs::rename(&temp, path).expect("the rename");
    });
    println!("{} files replaced", paths.len());
}
