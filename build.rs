//! Gives the binary a digest of the code and data it was built from
//! (`RELINGO_BUILD_DIGEST`): a build fingerprint includes it, so pages rendered by one
//! relingo are never reused by another that renders differently. It depends only on the
//! files' contents, so the same commit gives the same digest on every machine.

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

const INPUTS: [&str; 4] = ["src", "templates", "data", "Cargo.lock"];

fn files(path: &Path, out: &mut Vec<PathBuf>) {
    match std::fs::read_dir(path) {
        Ok(entries) => {
            for entry in entries.flatten() {
                files(&entry.path(), out);
            }
        }
        Err(_) => out.push(path.to_path_buf()),
    }
}

fn main() {
    let mut all = Vec::new();
    for input in INPUTS {
        println!("cargo::rerun-if-changed={input}");
        files(Path::new(input), &mut all);
    }
    all.sort();
    let mut digest = Sha256::new();
    for path in all {
        let Ok(bytes) = std::fs::read(&path) else { continue };
        let name = path.to_string_lossy().replace('\\', "/");
        for part in [name.as_bytes(), &bytes] {
            digest.update((part.len() as u64).to_le_bytes());
            digest.update(part);
        }
    }
    let hex: String = digest.finalize().iter().map(|b| format!("{b:02x}")).collect();
    println!("cargo::rustc-env=RELINGO_BUILD_DIGEST={hex}");
}
