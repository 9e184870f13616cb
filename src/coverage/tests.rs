use std::path::Path;

use super::*;

const REFERENCE: &str = "\
## title
title-a = The agency acts today.

## paragraph 1
para-b = Funding of £20.5 million for new teams.

## paragraph 2
para-c = Police will protect children online.

## paragraph 3
para-d = See the [report](https://www.gov.uk/x).
";

/// A reference folder `en/` and target folders written from `(locale, file, text)`.
fn tree(targets: &[(&str, &str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("en")).unwrap();
    std::fs::write(dir.path().join("en/release.ftl"), REFERENCE).unwrap();
    for (locale, file, text) in targets {
        let path = dir.path().join(locale).join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

fn report(dir: &Path) -> CoverageReport {
    compute(&Tree::of_directories(&dir.join("en"), dir).unwrap()).unwrap()
}

const FRENCH: &str = "\
# @source: The agency acts today.
title-a = L'agence agit aujourd'hui.

# @source: Funding of £20.5 million for new teams.
# @stale: Funding of £20 million for new teams.
para-b = Un financement de 20 millions de livres.

# @source: Police will protect children online.
# @todo
para-c = Police will protect children online.

-brand = WePROTECT

## Obsolete
# @source: An old paragraph of four words.
# @obsolete
para-old = Un vieux paragraphe.
";

#[test]
fn counts_messages_and_source_words_per_state() {
    let dir = tree(&[("fr", "release.ftl", FRENCH)]);
    let c = report(dir.path()).locales[0].coverage;
    assert_eq!(
        c.total,
        Count {
            messages: 4,
            words: 18
        }
    );
    assert_eq!(
        c.translated,
        Count {
            messages: 1,
            words: 4
        }
    );
    assert_eq!(
        c.stale,
        Count {
            messages: 1,
            words: 6
        }
    );
    assert_eq!(
        c.missing,
        Count {
            messages: 2,
            words: 8
        }
    );
    assert_eq!(
        c.obsolete,
        Count {
            messages: 1,
            words: 6
        }
    );
    assert_eq!(c.terms, 1);
    assert_eq!(c.words_left(), 14);
    assert!((c.word_percent() - 4.0 * 100.0 / 18.0).abs() < 1e-9);
}

#[test]
fn stale_and_missing_lists_name_lines_and_sources() {
    let dir = tree(&[("fr", "release.ftl", FRENCH)]);
    let file = &report(dir.path()).locales[0].files[0];
    assert_eq!(file.stale[0].id, "para-b");
    assert_eq!(file.stale[0].line, Some(6));
    assert_eq!(
        file.stale[0].previous_source.as_deref(),
        Some("Funding of £20 million for new teams.")
    );
    let missing: Vec<_> = file.missing.iter().map(|m| (m.id.as_str(), m.line)).collect();
    assert_eq!(missing, [("para-c", Some(10)), ("para-d", None)]);
}

#[test]
fn chinese_words_are_counted_by_character() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("zh")).unwrap();
    std::fs::create_dir_all(dir.path().join("en")).unwrap();
    std::fs::write(dir.path().join("zh/a.ftl"), "m = 英国政府今天宣布。\n").unwrap();
    std::fs::write(
        dir.path().join("en/a.ftl"),
        "m = The government announced today.\n",
    )
    .unwrap();
    let tree = Tree::of_directories(&dir.path().join("zh"), dir.path()).unwrap();
    let report = compute(&tree).unwrap();
    assert_eq!(report.locales[0].coverage.total.words, 8);
}

#[test]
fn generic_repository_counts_missing_files_obsolete_ids_and_extra_files() {
    let dir = tree(&[
        (
            "de",
            "release.ftl",
            "title-a = Die Behörde handelt heute.\nextra-id = Zusätzlich\n",
        ),
        ("de", "only-in-de.ftl", "x = y\n"),
        ("pt", ".keep", ""),
    ]);
    let r = report(dir.path());
    let de = &r.locales[0];
    assert_eq!(de.coverage.translated.messages, 1);
    assert_eq!(de.coverage.missing.messages, 3);
    assert_eq!(de.coverage.obsolete.messages, 1);
    assert_eq!(de.extra_files, [dir.path().join("de/only-in-de.ftl")]);
    // A folder without any file of the reference is no locale.
    assert_eq!(r.locales.len(), 1);
    assert!(
        r.warnings
            .iter()
            .any(|w| w.ends_with("pt: ignored: it holds no .ftl file that the reference has")),
        "{:?}",
        r.warnings
    );
}

#[test]
fn value_equal_to_source_without_markers_is_translated_but_identical() {
    let dir = tree(&[("de", "release.ftl", "title-a = The agency acts today.\n")]);
    let c = report(dir.path()).locales[0].coverage;
    assert_eq!(c.translated.messages, 1);
    assert_eq!(c.identical, 1);
}

#[test]
fn junk_counts_as_error_with_its_position() {
    let dir = tree(&[("fr", "release.ftl", "title-a = Bien.\npara-b = { $\n")]);
    let file = &report(dir.path()).locales[0].files[0];
    assert_eq!(file.coverage.error.messages, 1);
    assert_eq!((file.errors[0].at.line, file.errors[0].at.column), (2, 13));
}

#[test]
fn deep_nesting_is_an_error_not_an_abort() {
    let deep = format!("title-a = {}\"x\"{}\n", "{".repeat(10_000), "}".repeat(10_000));
    let dir = tree(&[("fr", "release.ftl", &deep)]);
    let file = &report(dir.path()).locales[0].files[0];
    assert_eq!(file.errors[0].code, "nesting");
    assert_eq!(file.coverage.error.messages, 4);
}

#[test]
fn a_locale_missing_all_but_one_file_counts_the_rest_missing() {
    let dir = tree(&[("cy", "other.ftl", "x = y\n")]);
    std::fs::write(dir.path().join("en/other.ftl"), "x = The x.\n").unwrap();
    let r = report(dir.path());
    let cy = r.locales.iter().find(|l| l.locale == "cy").unwrap();
    let release = cy.files.iter().find(|f| f.file == "release.ftl").unwrap();
    assert!(!release.exists);
    assert_eq!(release.coverage.missing.messages, 4);
    assert_eq!(release.coverage.word_percent(), 0.0);
}

#[test]
fn folder_that_is_not_a_locale_is_ignored_with_a_warning() {
    let dir = tree(&[]);
    std::fs::create_dir_all(dir.path().join("not a locale")).unwrap();
    let r = report(dir.path());
    assert!(r.locales.is_empty());
    assert!(r.warnings[0].contains("not a locale"), "{:?}", r.warnings);
}

#[test]
fn broken_reference_is_fatal_with_its_position() {
    let dir = tree(&[]);
    std::fs::write(dir.path().join("en/release.ftl"), "ok = fine\nbad = {\n").unwrap();
    let err = compute(&Tree::of_directories(&dir.path().join("en"), dir.path()).unwrap()).unwrap_err();
    assert!(
        err.to_string()
            .contains("en/release.ftl:2:8: reference catalog: in `bad`: `{ }` holds nothing Fluent can show"),
        "{err}"
    );
}

#[test]
fn gates_fail_with_what_is_short_and_by_how_much() {
    let dir = tree(&[("fr", "release.ftl", FRENCH)]);
    let mut tree = Tree::of_directories(&dir.path().join("en"), dir.path()).unwrap();
    tree.locales[0].requirements.required = true;
    let mut r = compute(&tree).unwrap();
    let gates = Gates {
        min_coverage: Some(50.0),
        deny_stale: true,
        deny_unapproved: false,
    };
    apply_gates(&mut r, &gates);
    let messages: Vec<&str> = r.gates.iter().map(|g| g.message.as_str()).collect();
    assert_eq!(messages.len(), 3);
    assert!(
        messages[0].contains("below --min-coverage 50%: 5 more words needed"),
        "{}",
        messages[0]
    );
    assert!(
        messages[1].starts_with("required locale is incomplete: 2 missing, 1 stale"),
        "{}",
        messages[1]
    );
    assert!(messages[2].contains("--deny stale"));
}

#[test]
fn gates_pass_when_met() {
    let dir = tree(&[("fr", "release.ftl", FRENCH)]);
    let mut r = report(dir.path());
    apply_gates(
        &mut r,
        &Gates {
            min_coverage: Some(20.0),
            ..Gates::default()
        },
    );
    assert!(r.gates.is_empty());
}

#[test]
fn json_schema_is_pinned() {
    let dir = tree(&[("fr", "release.ftl", FRENCH)]);
    let mut r = report(dir.path());
    // Paths depend on the temporary directory: make them stable for the snapshot.
    for l in &mut r.locales {
        for f in &mut l.files {
            f.path = f.path.strip_prefix(dir.path()).unwrap().to_path_buf();
        }
    }
    insta::assert_snapshot!(render::json(&r));
}

#[test]
fn markdown_and_table_show_every_locale() {
    let dir = tree(&[("fr", "release.ftl", FRENCH), ("de", "release.ftl", "")]);
    let r = report(dir.path());
    let md = render::markdown(&r, false);
    assert!(md.contains("| **de** | 0.0% | 18 |"), "{md}");
    assert!(md.contains("| **fr** | 22.2% | 14 | 1 | 2 | 0 | 1 |"), "{md}");
    let table = render::table(&r, true, false);
    assert!(table.contains("fr ") && table.contains("  release"), "{table}");
    assert!(!table.contains('\x1b'));
    assert!(render::table(&r, false, true).contains("\x1b[32m"));
}

#[test]
fn html_is_self_contained_and_escapes_text() {
    let stale = FRENCH.replace("Funding of £20 million", "Funding <script>alert(1)</script>");
    let dir = tree(&[("fr", "release.ftl", &stale)]);
    let html = render::html(&report(dir.path()));
    assert!(html.contains("&lt;script&gt;"));
    assert!(!html.contains("<script>"));
    assert!(
        !html.contains("http://") && !html.contains("src="),
        "no external assets"
    );
    assert!(html.contains("<td class=\"low\""), "{html}");
}

#[test]
fn a_file_that_is_not_utf8_counts_as_broken_and_the_report_goes_on() {
    let dir = tree(&[("de", "release.ftl", "title-a = ok\n")]);
    std::fs::create_dir_all(dir.path().join("fr")).unwrap();
    std::fs::write(dir.path().join("fr/release.ftl"), b"title-a = \xff\n").unwrap();
    let r = report(dir.path());
    let fr = r.locales.iter().find(|l| l.locale == "fr").unwrap();
    assert_eq!(fr.coverage.error.messages, 4);
    assert!(
        fr.files[0].errors[0].message.contains("not valid UTF-8"),
        "{:?}",
        fr.files[0].errors
    );
    assert_eq!(
        r.locales
            .iter()
            .find(|l| l.locale == "de")
            .unwrap()
            .coverage
            .translated
            .messages,
        1
    );
}
