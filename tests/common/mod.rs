//! What the end-to-end test files share: running the real binary in a project directory.

use std::path::Path;

/// Runs `relingo ARGS…` in `dir` and returns the assertion handle.
pub fn relingo_in(dir: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    assert_cmd::Command::cargo_bin("relingo")
        .unwrap()
        .current_dir(dir)
        .args(args)
        .assert()
}
