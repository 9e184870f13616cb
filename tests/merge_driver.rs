//! `relingo merge-file` as git's merge driver for `.ftl` files, in real `git merge` runs in
//! temporary repositories.

use std::path::Path;
use std::process::{Command, Output};

const BASE: &str = "\
### Release `fund`, translated into fr.

## paragraph 1
# @source: The fund opens today.
the-fund-opens-today-111111 = Le fonds ouvre aujourd'hui.

## paragraph 2
# @source: It runs for three years.
it-runs-for-three-222222 = Il dure trois ans.
";

fn git(repo: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .args(args)
        .current_dir(repo)
        .output()
        .expect("git runs")
}

fn git_ok(repo: &Path, args: &[&str]) {
    let out = git(repo, args);
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A repository with the file on `main`, the driver registered as the README says.
fn repository() -> Option<tempfile::TempDir> {
    if Command::new("git").arg("--version").output().is_err() {
        eprintln!("skipped: git is not installed");
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    git_ok(repo, &["init", "-q", "-b", "main"]);
    git_ok(repo, &["config", "user.name", "Test"]);
    git_ok(repo, &["config", "user.email", "test@example.org"]);
    let driver = format!("{} merge-file %O %A %B", env!("CARGO_BIN_EXE_relingo"));
    git_ok(
        repo,
        &[
            "config",
            "merge.relingo.name",
            "relingo: Fluent files, message by message",
        ],
    );
    git_ok(repo, &["config", "merge.relingo.driver", &driver]);
    std::fs::write(repo.join(".gitattributes"), "*.ftl merge=relingo\n").unwrap();
    std::fs::write(repo.join("fund.ftl"), BASE).unwrap();
    git_ok(repo, &["add", "."]);
    git_ok(repo, &["commit", "-q", "-m", "base"]);
    Some(dir)
}

/// Commits `text` as fund.ftl on a new branch `name` from main.
fn branch(repo: &Path, name: &str, text: &str) {
    git_ok(repo, &["checkout", "-q", "-b", name, "main"]);
    std::fs::write(repo.join("fund.ftl"), text).unwrap();
    git_ok(repo, &["commit", "-q", "-am", name]);
}

fn parses(text: &str) -> bool {
    relingo::catalog::parse(Path::new("fund.ftl"), text.to_string()).is_clean()
}

#[test]
fn edits_to_neighbouring_messages_merge_cleanly() {
    let Some(dir) = repository() else { return };
    let repo = dir.path();
    let ours = BASE.replace(
        "Le fonds ouvre aujourd'hui.",
        "Le fonds est ouvert dès aujourd'hui.",
    );
    // Theirs comments on the message ours retranslates, on the line next to it, and
    // retranslates the next one: git's line merge would stop with conflict markers here.
    let theirs = BASE.replace(
        "# @source: The fund opens today.\n",
        "# @source: The fund opens today.\n# vérifié\n",
    );
    let theirs = theirs.replace("Il dure trois ans.", "Il court sur trois ans.");
    branch(repo, "theirs", &theirs);
    branch(repo, "ours", &ours);
    let merge = git(repo, &["merge", "-q", "--no-edit", "theirs"]);
    assert!(
        merge.status.success(),
        "{}",
        String::from_utf8_lossy(&merge.stderr)
    );
    let text = std::fs::read_to_string(repo.join("fund.ftl")).unwrap();
    assert!(
        text.contains("= Le fonds est ouvert dès aujourd'hui.\n"),
        "{text}"
    );
    assert!(
        text.contains("# vérifié\nthe-fund-opens-today-111111 = Le fonds est ouvert"),
        "{text}"
    );
    assert!(
        text.contains("it-runs-for-three-222222 = Il court sur trois ans.\n"),
        "{text}"
    );
    assert!(parses(&text));
}

#[test]
fn one_message_translated_differently_on_both_branches_is_a_conflict_that_parses() {
    let Some(dir) = repository() else { return };
    let repo = dir.path();
    branch(
        repo,
        "theirs",
        &BASE.replace("Le fonds ouvre aujourd'hui.", "Le fonds s'ouvre ce jour."),
    );
    branch(
        repo,
        "ours",
        &BASE.replace("Le fonds ouvre aujourd'hui.", "Ouverture du fonds aujourd'hui."),
    );
    let merge = git(repo, &["merge", "--no-edit", "theirs"]);
    assert!(!merge.status.success(), "git stops for the translator to choose");
    let text = std::fs::read_to_string(repo.join("fund.ftl")).unwrap();
    assert!(parses(&text), "no <<<<<<< markers: {text}");
    assert!(
        text.contains("# @conflict: Le fonds s'ouvre ce jour.\nthe-fund-opens-today-111111 = Ouverture du fonds aujourd'hui.\n"),
        "{text}"
    );
}

#[test]
fn a_side_that_does_not_parse_falls_back_to_git_s_line_merge_and_says_so() {
    let Some(dir) = repository() else { return };
    let repo = dir.path();
    branch(
        repo,
        "theirs",
        &BASE.replace("Il dure trois ans.", "Il dure { trois ans."),
    );
    branch(
        repo,
        "ours",
        &BASE.replace("Il dure trois ans.", "Il dure 3 ans."),
    );
    let merge = git(repo, &["merge", "--no-edit", "theirs"]);
    assert!(!merge.status.success());
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&merge.stdout),
        String::from_utf8_lossy(&merge.stderr)
    );
    assert!(said.contains("does not parse as Fluent"), "{said}");
    let text = std::fs::read_to_string(repo.join("fund.ftl")).unwrap();
    assert!(text.contains("<<<<<<< ours"), "{text}");
}

#[test]
fn init_registers_the_driver_once_and_git_uses_it() {
    let Some(dir) = repository() else { return };
    let repo = dir.path();
    git_ok(repo, &["config", "--unset", "merge.relingo.driver"]);
    std::fs::write(repo.join(".gitattributes"), "*.png binary\n").unwrap();
    for _ in 0..2 {
        let out = Command::new(env!("CARGO_BIN_EXE_relingo"))
            .args(["init", "--merge-driver"])
            .current_dir(repo)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    assert_eq!(
        std::fs::read_to_string(repo.join(".gitattributes")).unwrap(),
        "*.png binary\n*.ftl merge=relingo\n"
    );
    let driver = git(repo, &["config", "merge.relingo.driver"]);
    assert_eq!(
        String::from_utf8_lossy(&driver.stdout),
        "relingo merge-file %O %A %B\n"
    );
    git_ok(repo, &["commit", "-qam", "driver"]);
    // git finds `relingo` on the PATH, as on a translator's machine.
    let bin = Path::new(env!("CARGO_BIN_EXE_relingo")).parent().unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    let ours = BASE.replace("Le fonds ouvre aujourd'hui.", "Le fonds est ouvert.");
    let theirs = BASE.replace(
        "# @source: The fund opens today.\n",
        "# @source: The fund opens today.\n# vérifié\n",
    );
    branch(repo, "theirs", &theirs);
    branch(repo, "ours", &ours);
    let merge = Command::new("git")
        .args(["merge", "-q", "--no-edit", "theirs"])
        .current_dir(repo)
        .env("PATH", path)
        .output()
        .unwrap();
    assert!(
        merge.status.success(),
        "{}",
        String::from_utf8_lossy(&merge.stderr)
    );
    let text = std::fs::read_to_string(repo.join("fund.ftl")).unwrap();
    assert!(
        text.contains("# vérifié\nthe-fund-opens-today-111111 = Le fonds est ouvert.\n"),
        "{text}"
    );
}

#[test]
fn a_file_deleted_on_one_branch_and_translated_on_the_other_is_kept_for_a_person() {
    let Some(dir) = repository() else { return };
    let repo = dir.path();
    git_ok(repo, &["checkout", "-q", "-b", "theirs", "main"]);
    git_ok(repo, &["rm", "-q", "fund.ftl"]);
    git_ok(repo, &["commit", "-q", "-m", "release withdrawn"]);
    branch(
        repo,
        "ours",
        &BASE.replace("Il dure trois ans.", "Il dure 3 ans."),
    );
    let merge = git(repo, &["merge", "--no-edit", "theirs"]);
    assert!(
        !merge.status.success(),
        "git stops: modify/delete is for a person to decide"
    );
    let text = std::fs::read_to_string(repo.join("fund.ftl")).unwrap();
    assert!(
        text.contains("= Il dure 3 ans.\n"),
        "the translation is still there: {text}"
    );
}
