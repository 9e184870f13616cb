//! End-to-end tests of the `relingo` binary on small projects made in temporary directories.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

const PLAIN: &str = "govt\nThe lead of the release.\nFirst paragraph of the body.\nThe Minister said:\nWe will act.\n-\nOne item.\n-\nAnother item.\n";
const MARKDOWN: &str = "+++\ntitle = \"A title\"\nsummary = \"A summary.\"\n+++\n\nA paragraph with a [link](https://example.org).\n\n> A quote.\n>\n> — Jane Doe\n";

struct Project {
    dir: tempfile::TempDir,
}

impl Project {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("relingo.toml"),
            "source-locale = \"en-GB\"\nlocales = [\"fr\", \"cy\"]\n",
        )
        .unwrap();
        std::fs::create_dir(dir.path().join("sources")).unwrap();
        std::fs::write(dir.path().join("sources/plain.txt"), PLAIN).unwrap();
        std::fs::write(dir.path().join("sources/story.md"), MARKDOWN).unwrap();
        Project { dir }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap()
    }

    fn write(&self, rel: &str, text: &str) {
        std::fs::write(self.path(rel), text).unwrap();
    }

    fn relingo(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        common::relingo_in(self.dir.path(), args)
    }

    fn extract_and_sync(&self) {
        self.relingo(&["extract"]).success();
        self.relingo(&["sync"]).success();
    }
}

fn mtime(path: &Path) -> std::time::SystemTime {
    std::fs::metadata(path).unwrap().modified().unwrap()
}

#[test]
fn init_writes_a_config_and_refuses_to_overwrite_it() {
    let dir = tempfile::tempdir().unwrap();
    let run = || {
        Command::cargo_bin("relingo")
            .unwrap()
            .current_dir(dir.path())
            .arg("init")
            .assert()
    };
    run().success();
    assert!(
        std::fs::read_to_string(dir.path().join("relingo.toml"))
            .unwrap()
            .contains("source-locale")
    );
    run().code(2).stderr(predicate::str::contains("already exists"));
}

#[test]
fn commands_without_config_explain_how_to_get_one() {
    let dir = tempfile::tempdir().unwrap();
    Command::cargo_bin("relingo")
        .unwrap()
        .current_dir(dir.path())
        .arg("extract")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("relingo init"));
}

#[test]
fn config_typo_is_reported_with_its_line() {
    let p = Project::new();
    p.write("relingo.toml", "locales = [\"fr\"]\nsource-locle = \"en\"\n");
    p.relingo(&["extract"]).code(2).stderr(predicate::str::contains(
        "relingo.toml:2:1: unknown field `source-locle`",
    ));
}

#[test]
fn extract_writes_reference_catalogs_deterministically() {
    let p = Project::new();
    p.relingo(&["extract"]).success();
    let first = p.read("locales/en-GB/plain.ftl");
    assert!(first.contains("## quote 1\nwe-will-act-"));
    assert!(p.read("locales/en-GB/story.ftl").contains("## title\na-title-"));
    let before = mtime(&p.path("locales/en-GB/plain.ftl"));
    p.relingo(&["extract"]).success();
    assert_eq!(p.read("locales/en-GB/plain.ftl"), first);
    assert_eq!(mtime(&p.path("locales/en-GB/plain.ftl")), before);
}

#[test]
fn extract_check_fails_on_stale_catalogs_and_changes_nothing() {
    let p = Project::new();
    p.relingo(&["extract"]).success();
    p.relingo(&["extract", "--check"]).success();
    p.write(
        "sources/plain.txt",
        &PLAIN.replace("First paragraph", "Opening paragraph"),
    );
    let before = p.read("locales/en-GB/plain.ftl");
    p.relingo(&["extract", "--check"])
        .code(1)
        .stderr(predicate::str::contains(
            "error: locales/en-GB/plain.ftl: out of date",
        ));
    assert_eq!(p.read("locales/en-GB/plain.ftl"), before);
}

#[test]
fn extract_removes_catalogs_of_removed_releases() {
    let p = Project::new();
    p.relingo(&["extract"]).success();
    std::fs::remove_file(p.path("sources/story.md")).unwrap();
    p.relingo(&["extract"]).success();
    assert!(!p.path("locales/en-GB/story.ftl").exists());
}

#[test]
fn bad_release_file_name_is_an_error_not_a_path() {
    let p = Project::new();
    p.write("sources/Bad Name.md", MARKDOWN);
    p.relingo(&["extract"]).code(2).stderr(
        predicate::str::contains("not a valid release id").and(predicate::str::contains("rename the file")),
    );
}

#[test]
fn segment_reads_bare_text_from_stdin() {
    Command::cargo_bin("relingo")
        .unwrap()
        .args(["segment", "-", "--plain", "--granularity", "sentence"])
        .write_stdin("Mr. Smith met Dr. Jones. They agreed on £20.5 million.\n")
        .assert()
        .success()
        .stdout("Mr. Smith met Dr. Jones.\nThey agreed on £20.5 million.\n");
}

#[test]
fn segment_prints_json() {
    let p = Project::new();
    let out = p
        .relingo(&["segment", "sources/plain.txt", "--format", "json"])
        .success();
    let json: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(json[0]["kind"]["type"], "lead");
    assert_eq!(json[3]["kind"]["type"], "quote");
}

#[test]
fn sync_creates_stubs_then_is_a_no_op() {
    let p = Project::new();
    p.extract_and_sync();
    let fr = p.read("locales/fr/plain.ftl");
    assert!(fr.contains("# @source: The lead of the release.\n# @todo\n"));
    let before = mtime(&p.path("locales/fr/plain.ftl"));
    p.relingo(&["sync"])
        .success()
        .stderr(predicate::str::contains("0 changed"));
    assert_eq!(p.read("locales/fr/plain.ftl"), fr);
    assert_eq!(mtime(&p.path("locales/fr/plain.ftl")), before);
}

#[test]
fn editing_a_paragraph_marks_it_stale_in_every_locale() {
    let p = Project::new();
    p.extract_and_sync();
    for locale in ["fr", "cy"] {
        let path = format!("locales/{locale}/plain.ftl");
        let text = p
            .read(&path)
            .replacen("# @todo\nfirst-paragraph-of-the", "first-paragraph-of-the", 1);
        let text = text.replace("= First paragraph of the body.", "= Translated first paragraph.");
        p.write(&path, &text);
    }
    p.write(
        "sources/plain.txt",
        &PLAIN.replace("First paragraph of the body.", "First paragraph of the new body."),
    );
    p.extract_and_sync();
    for locale in ["fr", "cy"] {
        let text = p.read(&format!("locales/{locale}/plain.ftl"));
        assert!(
            text.contains(
                "# @source: First paragraph of the new body.\n# @stale: First paragraph of the body.\nfirst-paragraph-of-the-"
            ),
            "{text}"
        );
        assert!(text.contains("= Translated first paragraph.\n"));
        assert_eq!(text.matches("@stale").count(), 1);
    }
}

#[test]
fn dry_run_reports_and_writes_nothing() {
    let p = Project::new();
    p.relingo(&["extract"]).success();
    p.relingo(&["sync", "--dry-run"])
        .success()
        .stderr(predicate::str::contains(
            "Would create locales/fr/plain.ftl: 6 to translate",
        ));
    assert!(!p.path("locales/fr").exists());
}

#[test]
fn junk_in_one_file_leaves_it_untouched_and_syncs_the_rest() {
    let p = Project::new();
    p.extract_and_sync();
    let broken = format!("{}broken = {{ $\n", p.read("locales/fr/plain.ftl"));
    p.write("locales/fr/plain.ftl", &broken);
    std::fs::remove_file(p.path("locales/cy/plain.ftl")).unwrap();
    p.relingo(&["sync"]).code(1).stderr(
        predicate::str::contains("locales/fr/plain.ftl:").and(predicate::str::contains("left untouched")),
    );
    assert_eq!(p.read("locales/fr/plain.ftl"), broken);
    assert!(p.path("locales/cy/plain.ftl").exists());
}

#[test]
fn duplicate_ids_in_a_target_file_leave_it_untouched() {
    let p = Project::new();
    p.extract_and_sync();
    let text = format!("{}dup = a\ndup = b\n", p.read("locales/fr/story.ftl"));
    p.write("locales/fr/story.ftl", &text);
    p.relingo(&["sync"])
        .code(1)
        .stderr(predicate::str::contains("`dup` is defined twice"));
    assert_eq!(p.read("locales/fr/story.ftl"), text);
}

#[test]
fn deeply_nested_placeables_are_an_error_not_a_crash() {
    let p = Project::new();
    p.extract_and_sync();
    let deep = format!("x = {}\"a\"{}\n", "{ ".repeat(20_000), " }".repeat(20_000));
    p.write("locales/fr/plain.ftl", &deep);
    p.relingo(&["sync"])
        .code(1)
        .stderr(predicate::str::contains("nested more than"));
    assert_eq!(p.read("locales/fr/plain.ftl"), deep);
}

#[test]
fn crlf_and_bom_files_keep_their_form() {
    let p = Project::new();
    p.extract_and_sync();
    let text = format!("\u{feff}{}", p.read("locales/fr/plain.ftl").replace('\n', "\r\n"));
    p.write("locales/fr/plain.ftl", &text);
    p.relingo(&["sync"]).success();
    assert_eq!(p.read("locales/fr/plain.ftl"), text);
    p.write("sources/plain.txt", &format!("{PLAIN}A new closing paragraph.\n"));
    p.extract_and_sync();
    let after = p.read("locales/fr/plain.ftl");
    assert!(after.starts_with('\u{feff}') && after.contains("A new closing paragraph.\r\n"));
    assert!(!after.replace("\r\n", "").contains('\n'));
}

#[cfg(unix)]
#[test]
fn symlinked_target_is_refused() {
    let p = Project::new();
    p.extract_and_sync();
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("elsewhere.ftl");
    std::fs::write(&target, "x = y\n").unwrap();
    std::fs::remove_file(p.path("locales/fr/plain.ftl")).unwrap();
    std::os::unix::fs::symlink(&target, p.path("locales/fr/plain.ftl")).unwrap();
    p.relingo(&["sync"])
        .code(1)
        .stderr(predicate::str::contains("symbolic link"));
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "x = y\n");
}

#[test]
fn read_only_target_is_reported_and_left_alone() {
    let p = Project::new();
    p.extract_and_sync();
    let path = p.path("locales/fr/plain.ftl");
    let mut permissions = std::fs::metadata(&path).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&path, permissions).unwrap();
    let before = p.read("locales/fr/plain.ftl");
    p.write("sources/plain.txt", &format!("{PLAIN}Another paragraph.\n"));
    p.relingo(&["extract"]).success();
    p.relingo(&["sync"])
        .code(1)
        .stderr(predicate::str::contains("read-only"));
    assert_eq!(p.read("locales/fr/plain.ftl"), before);
}

#[test]
fn invalid_utf8_in_a_target_is_reported_with_its_byte() {
    let p = Project::new();
    p.extract_and_sync();
    std::fs::write(p.path("locales/fr/plain.ftl"), b"a = \xff\n").unwrap();
    p.relingo(&["sync"])
        .code(1)
        .stderr(predicate::str::contains("not valid UTF-8 at byte 4"));
}

#[test]
fn locale_folder_with_an_invalid_code_is_ignored_with_a_warning() {
    let p = Project::new();
    p.relingo(&["extract"]).success();
    std::fs::create_dir_all(p.path("locales/not a locale")).unwrap();
    p.relingo(&["sync"])
        .success()
        .stderr(predicate::str::contains("warning: locales/not a locale: ignored"));
}

#[test]
fn prune_says_what_it_deleted() {
    let p = Project::new();
    p.extract_and_sync();
    let text = p
        .read("locales/fr/plain.ftl")
        .replace("# @todo\nanother-item", "another-item")
        .replace("= Another item.", "= Un autre élément.");
    p.write("locales/fr/plain.ftl", &text);
    p.write("sources/plain.txt", &PLAIN.replace("-\nAnother item.\n", ""));
    p.extract_and_sync();
    assert!(p.read("locales/fr/plain.ftl").contains("## Obsolete"));
    p.relingo(&["sync", "--prune"])
        .success()
        .stderr(predicate::str::contains("= Un autre élément."));
    assert!(!p.read("locales/fr/plain.ftl").contains("Un autre élément"));
}

#[test]
fn unknown_locale_argument_is_a_usage_error() {
    let p = Project::new();
    p.relingo(&["extract"]).success();
    p.relingo(&["sync", "--locale", "de"])
        .code(2)
        .stderr(predicate::str::contains("not one of the project's locales"));
}

#[test]
fn status_reports_and_gates_exit_with_one() {
    let p = Project::new();
    p.extract_and_sync();
    p.relingo(&["status"])
        .success()
        .stdout(predicate::str::contains("fr").and(predicate::str::contains("0.0%")));
    p.relingo(&["status", "--min-coverage", "50"])
        .code(1)
        .stderr(predicate::str::contains(
            "gate failed: fr: 0.0% of words translated, below --min-coverage 50%",
        ));
    p.write(
        "relingo.toml",
        "locales = [\"fr\", \"cy\"]\n[locale.cy]\nrequired = true\n",
    );
    p.relingo(&["status"]).code(1).stderr(predicate::str::contains(
        "gate failed: cy: required locale is incomplete",
    ));
}

#[test]
fn status_writes_any_format_to_a_file() {
    let p = Project::new();
    p.extract_and_sync();
    p.relingo(&["status", "--format", "html", "--output", "coverage.html"])
        .success();
    assert!(p.read("coverage.html").starts_with("<!DOCTYPE html>"));
    p.relingo(&["status", "--format", "json", "--output", "coverage.json"])
        .success();
    let json: serde_json::Value = serde_json::from_str(&p.read("coverage.json")).unwrap();
    assert_eq!(json["schema"], "relingo-status/1");
    // Streamed to a file or to standard output, the report is the same bytes.
    let printed = p.relingo(&["status", "--format", "json"]).success();
    assert_eq!(
        String::from_utf8(printed.get_output().stdout.clone()).unwrap(),
        p.read("coverage.json")
    );
    p.relingo(&["status", "--format", "markdown"])
        .success()
        .stdout(predicate::str::starts_with("| Locale |"));
}

#[test]
fn status_works_on_a_fluent_repository_without_config() {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in [
        ("l10n/en-US/app.ftl", "a = A\nb = B\n"),
        ("l10n/de/app.ftl", "a = A-de\nold = x\n"),
    ] {
        std::fs::create_dir_all(dir.path().join(path).parent().unwrap()).unwrap();
        std::fs::write(dir.path().join(path), text).unwrap();
    }
    let out = Command::cargo_bin("relingo")
        .unwrap()
        .current_dir(dir.path())
        .args([
            "status",
            "--reference-dir",
            "l10n/en-US",
            "--locales-dir",
            "l10n",
            "--format",
            "json",
        ])
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let de = &json["locales"][0]["coverage"];
    assert_eq!(json["locales"][0]["locale"], "de");
    assert_eq!(
        (
            de["missing"]["messages"].as_u64(),
            de["obsolete"]["messages"].as_u64()
        ),
        (Some(1), Some(1))
    );
}

#[test]
fn status_with_bad_percentage_is_a_usage_error() {
    let p = Project::new();
    p.relingo(&["status", "--min-coverage", "120"]).code(2);
}

/// A project whose fr file has one translated message per check scenario.
fn checked_project(fr_value: &str) -> Project {
    let p = Project::new();
    p.extract_and_sync();
    let path = "locales/fr/plain.ftl";
    let text = p.read(path);
    let text = text.replacen("# @todo\nfirst-paragraph-of-the", "first-paragraph-of-the", 1);
    let text = text.replace("= First paragraph of the body.", &format!("= {fr_value}"));
    p.write(path, &text);
    p
}

#[test]
fn check_exits_one_on_errors_and_points_at_the_line() {
    let p = checked_project("Premier paragraphe <b>du</b> corps.");
    // The report is the product: on stdout, so `relingo check > report.txt` holds it.
    p.relingo(&["check", "--locale", "fr"]).code(1).stdout(
        predicate::str::contains("error[unsafe-html]")
            .and(predicate::str::contains("locales/fr/plain.ftl:12:52")),
    );
}

#[test]
fn check_warnings_alone_exit_zero_unless_denied() {
    let p = checked_project("Premier paragraphe du du corps.");
    p.relingo(&["check", "--locale", "fr"])
        .success()
        .stdout(predicate::str::contains("warning[doubled-word]"));
    p.relingo(&["check", "--locale", "fr", "--deny", "warnings"])
        .code(1);
}

#[test]
fn check_json_has_one_object_per_diagnostic() {
    let p = checked_project("Premier paragraphe <b>du</b> corps.");
    let out = p
        .relingo(&["check", "--locale", "fr", "--format", "json"])
        .code(1);
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let first: serde_json::Value =
        serde_json::from_str(stdout.lines().find(|l| l.contains("unsafe-html")).unwrap()).unwrap();
    assert_eq!(first["severity"], "error");
    assert_eq!(first["path"], "locales/fr/plain.ftl");
    assert_eq!(first["line"], 12);
    assert_eq!(first["locale"], "fr");
    assert!(
        first["id"]
            .as_str()
            .unwrap()
            .starts_with("first-paragraph-of-the-")
    );
}

#[test]
fn check_github_format_writes_workflow_annotations() {
    let p = checked_project("Premier paragraphe <b>du</b> corps.");
    p.relingo(&["check", "--locale", "fr", "--format", "github"])
        .code(1)
        .stdout(predicate::str::contains(
            "::error file=locales/fr/plain.ftl,line=12,col=52",
        ));
}

#[test]
fn check_survives_hostile_files() {
    let p = Project::new();
    p.extract_and_sync();
    let deep = format!("x = {}\"a\"{}\n", "{ ".repeat(20_000), " }".repeat(20_000));
    p.write("locales/fr/plain.ftl", &deep);
    std::fs::write(
        p.path("locales/fr/story.ftl"),
        format!("a = {}\n", "x".repeat(10 * 1024 * 1024)),
    )
    .unwrap();
    std::fs::write(p.path("locales/cy/plain.ftl"), b"a = \x00 nul \xff\n").unwrap();
    std::fs::remove_file(p.path("locales/cy/story.ftl")).unwrap();
    p.relingo(&["check"]).code(1).stdout(
        predicate::str::contains("error[nesting]")
            .and(predicate::str::contains("not valid UTF-8"))
            .and(predicate::str::contains("warning[missing-file]")),
    );
}

#[test]
fn check_reads_mixed_line_endings() {
    let p = checked_project("Premier paragraphe du corps.");
    let text = p.read("locales/fr/plain.ftl").replacen('\n', "\r\n", 5);
    p.write("locales/fr/plain.ftl", &text);
    p.relingo(&["check", "--locale", "fr"]).success();
}

/// Replaces the msgstr of the PO entry whose msgid is `source`.
fn fill_po(po: &str, source: &str, translation: &str) -> String {
    let needle = format!("msgid \"{source}\"\nmsgstr \"");
    let start = po
        .find(&needle)
        .unwrap_or_else(|| panic!("{source:?} not exported"))
        + needle.len();
    let end = start + po[start..].find("\"\n").unwrap();
    format!("{}{translation}{}", &po[..start], &po[end..])
}

fn tool(name: &str) -> bool {
    std::process::Command::new(name)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn po_round_trip_changes_exactly_the_translated_messages() {
    let p = Project::new();
    p.extract_and_sync();
    p.relingo(&["export", "--locale", "fr", "--format", "po", "--output", "fr.po"])
        .success()
        .stderr(predicate::str::contains("source words"));
    let po = fill_po(
        &p.read("fr.po"),
        "The lead of the release.",
        "Le chapeau {du} communiqué.",
    );
    p.write("fr.po", &po);
    let before = p.read("locales/fr/plain.ftl");
    p.relingo(&["import", "fr.po", "--locale", "fr"])
        .success()
        .stderr(predicate::str::contains("1 translated"));
    let after = p.read("locales/fr/plain.ftl");
    let expected = before.replacen("# @todo\nthe-lead-of-the-", "the-lead-of-the-", 1);
    let expected = expected.replacen(
        "= The lead of the release.",
        "= Le chapeau { \"{\" }du{ \"}\" } communiqué.",
        1,
    );
    assert_eq!(after, expected);
    p.relingo(&["import", "fr.po", "--locale", "fr"])
        .success()
        .stderr(predicate::str::contains("0 translated"));
    assert_eq!(p.read("locales/fr/plain.ftl"), after);
}

#[test]
fn xliff_round_trip_and_fuzzy_units_stay_stale() {
    let p = Project::new();
    p.extract_and_sync();
    p.relingo(&[
        "export", "--locale", "cy", "--format", "xliff", "--output", "cy.xlf",
    ])
    .success();
    let xlf = p.read("cy.xlf");
    let xlf = xlf.replacen(
        "<source>A paragraph with a [link](https://example.org).</source>\n        <target state=\"needs-translation\"></target>",
        "<source>A paragraph with a [link](https://example.org).</source>\n        <target state=\"translated\">Paragraff gyda [dolen](https://example.org).</target>",
        1,
    );
    let xlf = xlf.replacen(
        "<source>A title</source>\n        <target state=\"needs-translation\"></target>",
        "<source>A title</source>\n        <target state=\"needs-review-translation\">Teitl</target>",
        1,
    );
    p.write("cy.xlf", &xlf);
    p.relingo(&["import", "cy.xlf", "--locale", "cy"])
        .success()
        .stderr(predicate::str::contains("1 translated, 1 stale"));
    let story = p.read("locales/cy/story.ftl");
    assert!(
        story.contains("= Paragraff gyda [dolen](https://example.org).\n"),
        "{story}"
    );
    assert!(
        story.contains("# @source: A title\n# @stale: A title\na-title-"),
        "{story}"
    );
}

#[test]
fn import_of_a_file_exported_before_a_source_edit_is_stale() {
    let p = Project::new();
    p.extract_and_sync();
    p.relingo(&["export", "--locale", "fr", "--format", "po", "--output", "fr.po"])
        .success();
    p.write(
        "sources/plain.txt",
        &PLAIN.replace(
            "First paragraph of the body.",
            "First paragraph of the whole body.",
        ),
    );
    p.extract_and_sync();
    let po = fill_po(
        &p.read("fr.po"),
        "First paragraph of the body.",
        "Premier paragraphe du corps.",
    );
    p.write("fr.po", &po);
    p.relingo(&["import", "fr.po", "--locale", "fr"])
        .success()
        .stderr(predicate::str::contains("0 translated, 1 stale"));
    let text = p.read("locales/fr/plain.ftl");
    assert!(
        text.contains(
            "# @source: First paragraph of the whole body.\n# @stale: First paragraph of the body.\n"
        ),
        "{text}"
    );
}

#[test]
fn unknown_ids_and_wrong_locales_are_reported() {
    let p = Project::new();
    p.extract_and_sync();
    p.write(
        "x.po",
        "msgid \"\"\nmsgstr \"Language: fr\\n\"\n\nmsgctxt \"plain/no-such-id-000000\"\nmsgid \"Gone\"\nmsgstr \"Parti\"\n",
    );
    p.relingo(&["import", "x.po", "--locale", "fr"])
        .code(1)
        .stderr(predicate::str::contains(
            "error[not-imported]: x.po:4:1: `plain/no-such-id-000000` is not in the current source",
        ));
    p.relingo(&["import", "x.po", "--locale", "cy"])
        .code(2)
        .stderr(predicate::str::contains("for `fr`, not `cy`"));
    p.write(
        "x.xlf",
        "<xliff><file original=\"plain\"><body><trans-unit id=\"x\"></file>",
    );
    p.relingo(&["import", "x.xlf", "--locale", "fr"])
        .code(2)
        .stderr(predicate::str::contains("malformed XML"));
}

#[test]
fn a_huge_import_is_handled() {
    let p = Project::new();
    p.extract_and_sync();
    let mut po = String::from("msgid \"\"\nmsgstr \"Language: fr\\n\"\n");
    for i in 0..50_000 {
        po.push_str(&format!(
            "\nmsgctxt \"plain/id-{i}\"\nmsgid \"Text {i}\"\nmsgstr \"Texte {i}\"\n"
        ));
    }
    p.write("big.po", &po);
    p.relingo(&["import", "big.po", "--locale", "fr", "--dry-run"])
        .code(1)
        .stderr(predicate::str::contains("50000 skipped"));
}

#[test]
fn exported_po_passes_gettext_and_translate_toolkit() {
    let p = Project::new();
    p.extract_and_sync();
    p.relingo(&[
        "export",
        "--locale",
        "fr",
        "--format",
        "po",
        "--output",
        "fr.po",
        "--state",
        "missing,stale,translated",
    ])
    .success();
    if !tool("msgfmt") {
        eprintln!("skipped: gettext's msgfmt is not installed (apt-get install gettext)");
        return;
    }
    let check = std::process::Command::new("msgfmt")
        .args(["--check", "-o", "/dev/null"])
        .arg(p.path("fr.po"))
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let merged = std::process::Command::new("msgmerge")
        .args(["-q", "-o", "/dev/null"])
        .arg(p.path("fr.po"))
        .arg(p.path("fr.po"))
        .output()
        .unwrap();
    assert!(
        merged.status.success(),
        "{}",
        String::from_utf8_lossy(&merged.stderr)
    );
    if !tool("po2xliff") {
        eprintln!("skipped: translate-toolkit is not installed (pip install translate-toolkit)");
        return;
    }
    let po = fill_po(&p.read("fr.po"), "One item.", "Un élément.");
    p.write("fr.po", &po);
    let run = |args: &[&str]| {
        let out = std::process::Command::new(args[0])
            .args(&args[1..])
            .current_dir(p.dir.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).to_string()
    };
    assert!(run(&["pocount", "fr.po"]).contains("Total"));
    run(&["po2xliff", "fr.po", "fr.xlf"]);
    run(&["xliff2po", "fr.xlf", "back.po"]);
    p.relingo(&["import", "back.po", "--locale", "fr"])
        .success()
        .stderr(predicate::str::contains("1 translated"));
    assert!(p.read("locales/fr/plain.ftl").contains("= Un élément.\n"));
}

#[test]
fn po_without_msgctxt_is_matched_by_its_unique_source_text() {
    let p = Project::new();
    p.extract_and_sync();
    p.write("x.po", "msgid \"\"\nmsgstr \"Language: fr\\n\"\n\nmsgid \"One item.\"\nmsgstr \"Un élément.\"\n\nmsgid \"Unknown text.\"\nmsgstr \"Inconnu.\"\n");
    p.relingo(&["import", "x.po", "--locale", "fr"]).code(1).stderr(
        predicate::str::contains("1 translated")
            .and(predicate::str::contains("source text is in 0 messages")),
    );
    assert!(p.read("locales/fr/plain.ftl").contains("= Un élément.\n"));
}

#[test]
fn two_units_that_resolve_to_one_message_are_both_refused() {
    let p = Project::new();
    p.extract_and_sync();
    p.relingo(&["export", "--locale", "fr", "--format", "po", "--output", "old.po"])
        .success();
    p.write(
        "sources/plain.txt",
        &PLAIN.replace(
            "First paragraph of the body.",
            "First paragraph of the whole body.",
        ),
    );
    p.extract_and_sync();
    p.relingo(&["export", "--locale", "fr", "--format", "po", "--output", "new.po"])
        .success();
    let old = fill_po(
        &p.read("old.po"),
        "First paragraph of the body.",
        "Ancienne version.",
    );
    let new = fill_po(
        &p.read("new.po"),
        "First paragraph of the whole body.",
        "Nouvelle version.",
    );
    // The new export, and the old export's unit of the edited paragraph: found again by its
    // source, that unit claims the same message as the new one.
    let old_unit = old
        .split("\n\n")
        .find(|unit| unit.contains("msgid \"First paragraph of the body.\""))
        .unwrap();
    p.write("both.po", &format!("{new}\n{old_unit}\n"));
    p.relingo(&["import", "both.po", "--locale", "fr"])
        .code(1)
        .stderr(predicate::str::contains("are both for `first-paragraph-of-the-"));
    let after = p.read("locales/fr/plain.ftl");
    assert!(
        !after.contains("Ancienne version.") && !after.contains("Nouvelle version."),
        "{after}"
    );
}
