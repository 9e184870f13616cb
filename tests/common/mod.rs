//! What the end-to-end test files share: running the real binary in a project directory, and
//! translating a message of a locale file the way a translator does.

use std::path::Path;

/// The moment the tests' builds judge embargoes by (`SOURCE_DATE_EPOCH`):
/// 2026-12-03T12:00:00Z, a week before the example's embargoed release may go out.
#[allow(dead_code)]
pub const TEST_CLOCK: &str = "1796299200";

/// Runs `relingo ARGS…` in `dir`, on the tests' clock, and returns the assertion handle.
#[allow(dead_code)]
pub fn relingo_in(dir: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    assert_cmd::Command::cargo_bin("relingo")
        .unwrap()
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", TEST_CLOCK)
        .args(args)
        .assert()
}

/// The `# @source:` texts of the messages of a locale file, in file order.
#[allow(dead_code)] // Each test file is its own crate and uses what it needs.
pub fn sources_in(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter_map(|l| l.strip_prefix("# @source: "))
        .map(str::to_string)
        .collect()
}

/// Replaces the value of the message whose `# @source:` is `source` in the locale file at
/// `path`, and deletes its `# @todo`, as a translator does.
#[allow(dead_code)]
pub fn translate(path: &Path, source: &str, value: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    let marker = format!("# @source: {source}\n");
    let start = text
        .find(&marker)
        .unwrap_or_else(|| panic!("{source} in {}", path.display()))
        + marker.len();
    // The other comment lines (`# @approved: …`) stay; `# @todo` goes.
    let mut comments = String::new();
    let mut at = start;
    while text[at..].starts_with('#') {
        let line = &text[at..at + text[at..].find('\n').unwrap() + 1];
        if line != "# @todo\n" {
            comments.push_str(line);
        }
        at += line.len();
    }
    let rest = &text[at..];
    let line_end = rest.find('\n').unwrap();
    let (id, _) = rest[..line_end].split_once(" = ").unwrap();
    std::fs::write(
        path,
        format!("{}{comments}{id} = {value}{}", &text[..start], &rest[line_end..]),
    )
    .unwrap();
}

/// Copies the folder `from` to `to`, recursively.
#[allow(dead_code)]
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// A copy of the bundled example project (sources, locales, relingo.toml) in a temporary
/// directory, for a test to change.
#[allow(dead_code)]
pub fn example() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for part in ["sources", "locales"] {
        copy_dir(&root.join(part), &dir.path().join(part));
    }
    std::fs::copy(root.join("relingo.toml"), dir.path().join("relingo.toml")).unwrap();
    dir
}

/// Whether `program` runs here (tests of real tools skip with a message when not).
#[allow(dead_code)]
pub fn installed(program: &str) -> bool {
    std::process::Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}
