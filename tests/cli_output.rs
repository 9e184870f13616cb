//! What users read: every command's output and exit code on a small press-office project,
//! pinned by snapshots of real runs of the binary (`tests/snapshots/cli_output__*.snap`).
//! A reworded line, a changed count or a changed exit code fails here; review the change
//! with `cargo insta review` (or accept the `.snap.new` files) when it is meant.

mod common;

use std::path::Path;

const CONFIG: &str = "\
source-locale = \"en-GB\"
locales = [\"cy\", \"fr\", \"ar\"]

[locale.cy]
required = true

[locale.ar]
min-coverage = 50
";

const FUND: &str = "\
+++
title = \"£12 million to protect children online\"
summary = \"A new fund will pay for 40 specialist investigators.\"
date = \"2026-11-04\"
+++

The fund runs for three years and starts in April.

- 40 investigators
- A testing laboratory
";

const NOTICE: &str = "govt\nThe helpline opens on Monday.\nCall 0800 123 456 for advice.\n";

/// One run: the command line, its exit code, stdout and stderr, with the temporary
/// directory and timings replaced so that the text is the same on every machine.
fn run(dir: &Path, args: &[&str]) -> String {
    let output = common::relingo_in(dir, args).get_output().clone();
    let clean = |bytes: &[u8]| redact(&String::from_utf8_lossy(bytes), dir);
    format!(
        "$ relingo {}\nexit: {}\n--- stdout\n{}--- stderr\n{}",
        args.join(" "),
        output.status.code().map_or("signal".into(), |c| c.to_string()),
        clean(&output.stdout),
        clean(&output.stderr)
    )
}

fn redact(text: &str, dir: &Path) -> String {
    let text = text.replace(&dir.display().to_string(), "[project]");
    // "… in 0.03s": the only figure that changes from run to run.
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(at) = rest.find(" in ") {
        let after = &rest[at + 4..];
        let digits = after
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b'.')
            .count();
        out.push_str(&rest[..at + 4]);
        if digits > 0 && after[digits..].starts_with('s') {
            out.push_str("[time]");
            rest = &after[digits + 1..];
        } else {
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// Translates in `locale`'s file of `release` the message whose source is `source`.
fn translate(dir: &Path, locale: &str, release: &str, source: &str, value: &str) {
    common::translate(
        &dir.join(format!("locales/{locale}/{release}.ftl")),
        source,
        value,
    );
}

/// The project: two releases, Welsh required and nearly done, French done with one
/// dropped number, Arabic barely started under a min-coverage.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(root.join("relingo.toml"), CONFIG).unwrap();
    std::fs::create_dir(root.join("sources")).unwrap();
    std::fs::write(root.join("sources/fund.md"), FUND).unwrap();
    std::fs::write(root.join("sources/notice.txt"), NOTICE).unwrap();
    dir
}

fn translated(dir: &Path) {
    let fr = [
        (
            "fund",
            "£12 million to protect children online",
            "12 millions de livres pour protéger les enfants en ligne",
        ),
        (
            "fund",
            "A new fund will pay for 40 specialist investigators.",
            "Un nouveau fonds financera des enquêteurs spécialisés.",
        ),
        (
            "fund",
            "The fund runs for three years and starts in April.",
            "Le fonds dure trois ans et commence en avril.",
        ),
        ("fund", "40 investigators", "40 enquêteurs"),
        ("fund", "A testing laboratory", "Un laboratoire d'essais"),
        (
            "notice",
            "The helpline opens on Monday.",
            "La ligne d'assistance ouvre lundi.",
        ),
        (
            "notice",
            "Call 0800 123 456 for advice.",
            "Appelez le 0800 123 456 pour obtenir des conseils.",
        ),
    ];
    for (release, source, value) in fr {
        translate(dir, "fr", release, source, value);
    }
    let cy = [
        (
            "fund",
            "£12 million to protect children online",
            "£12 miliwn i ddiogelu plant ar-lein",
        ),
        (
            "notice",
            "The helpline opens on Monday.",
            "Mae'r llinell gymorth yn agor ddydd Llun.",
        ),
        (
            "notice",
            "Call 0800 123 456 for advice.",
            "Ffoniwch 0800 123 456 am gyngor.",
        ),
    ];
    for (release, source, value) in cy {
        translate(dir, "cy", release, source, value);
    }
    translate(
        dir,
        "ar",
        "notice",
        "The helpline opens on Monday.",
        "يفتح خط المساعدة يوم الاثنين.",
    );
}

#[test]
fn every_command_says_what_it_did() {
    let dir = project();
    let root = dir.path();
    insta::assert_snapshot!("extract", run(root, &["extract"]));
    insta::assert_snapshot!("extract_check", run(root, &["extract", "--check"]));
    insta::assert_snapshot!("sync_creates", run(root, &["sync"]));
    insta::assert_snapshot!("sync_again", run(root, &["sync", "--dry-run"]));
    insta::assert_snapshot!("segment", run(root, &["segment", "sources/fund.md"]));
    insta::assert_snapshot!(
        "segment_json",
        run(root, &["segment", "sources/notice.txt", "--format", "json"])
    );
    translated(root);
    insta::assert_snapshot!("status", run(root, &["status"]));
    insta::assert_snapshot!("status_by_release", run(root, &["status", "--by-release"]));
    insta::assert_snapshot!("status_markdown", run(root, &["status", "--format", "markdown"]));
    insta::assert_snapshot!(
        "status_json",
        run(root, &["status", "--format", "json", "--locale", "cy"])
    );
    insta::assert_snapshot!(
        "status_gates",
        run(root, &["status", "--min-coverage", "90", "--deny", "stale"])
    );
    insta::assert_snapshot!("check", run(root, &["check"]));
    insta::assert_snapshot!(
        "check_json",
        run(root, &["check", "--locale", "fr", "--format", "json"])
    );
    insta::assert_snapshot!(
        "check_github",
        run(root, &["check", "--locale", "fr", "--format", "github"])
    );
    insta::assert_snapshot!("build", run(root, &["build"]));
    insta::assert_snapshot!("build_again", run(root, &["build"]));
    insta::assert_snapshot!(
        "export",
        run(
            root,
            &[
                "export", "--locale", "fr", "--format", "po", "--state", "broken", "--output", "fr.po"
            ]
        )
    );
    insta::assert_snapshot!(
        "import_dry_run",
        run(root, &["import", "fr.po", "--locale", "fr", "--dry-run"])
    );
    insta::assert_snapshot!(
        "build_github",
        run(root, &["build", "--message-format", "github"])
    );
}

#[test]
fn problems_are_written_one_way_by_every_command() {
    let dir = project();
    let root = dir.path();
    common::relingo_in(root, &["extract"]).success();
    common::relingo_in(root, &["sync"]).success();
    let path = root.join("locales/fr/notice.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let broken = text.replacen("\n# @source: Call", "\nan unindented line\n# @source: Call", 1);
    std::fs::write(&path, broken).unwrap();
    std::fs::write(root.join("locales/cy/fund.ftl"), b"m = \xff\n").unwrap();
    insta::assert_snapshot!("sync_problems", run(root, &["sync"]));
    insta::assert_snapshot!(
        "sync_problems_json",
        run(root, &["sync", "--message-format", "json"])
    );
    std::fs::write(
        root.join("gone.po"),
        "msgid \"\"\nmsgstr \"Language: ar\\n\"\n\nmsgctxt \"notice/gone-000000\"\nmsgid \"Gone\"\nmsgstr \"ذهب\"\n",
    )
    .unwrap();
    insta::assert_snapshot!(
        "import_problems",
        run(root, &["import", "gone.po", "--locale", "ar"])
    );
    insta::assert_snapshot!(
        "import_problems_github",
        run(
            root,
            &[
                "import",
                "gone.po",
                "--locale",
                "ar",
                "--message-format",
                "github"
            ]
        )
    );
}

#[test]
fn usage_errors_exit_two_and_say_what_to_do() {
    let dir = project();
    let root = dir.path();
    insta::assert_snapshot!(
        "usage_unknown_locale",
        run(root, &["status", "--locale", "xx-123"])
    );
    insta::assert_snapshot!("usage_check_before_extract", run(root, &["check"]));
    insta::assert_snapshot!("usage_bad_shard", run(root, &["build", "--shard", "3/2"]));
    let empty = tempfile::tempdir().unwrap();
    insta::assert_snapshot!("usage_no_config", run(empty.path(), &["status"]));
    std::fs::write(root.join("text.txt"), "Bonjour. Merci.\n").unwrap();
    insta::assert_snapshot!(
        "usage_segment_bad_language",
        run(root, &["segment", "text.txt", "--lang", "x!"])
    );
    insta::assert_snapshot!(
        "segment_language_without_rules",
        run(
            root,
            &[
                "segment",
                "text.txt",
                "--plain",
                "--granularity",
                "sentence",
                "--lang",
                "sv"
            ]
        )
    );
}

#[test]
fn segment_splits_in_the_language_asked_for() {
    let dir = project();
    let root = dir.path();
    let text = "Die Förderung beginnt am 3. März. Anträge stellt z. B. die Hauptstr. 5 in Bonn.\n\
                Wir handeln jetzt. Die Frist endet im Mai.\n";
    std::fs::write(root.join("de.txt"), text).unwrap();
    let args = ["segment", "de.txt", "--plain", "--granularity", "sentence"];
    insta::assert_snapshot!(
        "segment_german",
        run(root, &[&args[..], &["--lang", "de"]].concat())
    );
    // The project's source language (English) cuts after the ordinal and the street.
    insta::assert_snapshot!("segment_german_as_english", run(root, &args));
}

#[test]
fn a_bad_line_in_the_project_s_sentence_rules_is_named() {
    let dir = project();
    let root = dir.path();
    let config = format!("{CONFIG}\n[segment]\nrules = \"sentence-rules.txt\"\n");
    std::fs::write(root.join("relingo.toml"), config).unwrap();
    std::fs::write(
        root.join("sentence-rules.txt"),
        "# Our abbreviations\n[abbreviations]\nCyf\nCllr.\n",
    )
    .unwrap();
    insta::assert_snapshot!("extract_bad_sentence_rules", run(root, &["extract"]));
    std::fs::remove_file(root.join("sentence-rules.txt")).unwrap();
    insta::assert_snapshot!("extract_missing_sentence_rules", run(root, &["extract"]));
    std::fs::write(root.join("sentence-rules.txt"), "[prepositive]\nCyf\n").unwrap();
    common::relingo_in(root, &["extract"]).success();
}
