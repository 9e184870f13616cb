//! The dashboard predicts the build: for every (locale, release), `relingo status` and the
//! manifest of `relingo build` report the same counts and take the same decision, because
//! both read one verdict per message. Runs the real binary on the bundled example and on a
//! generated project seeded with every kind of fault.

mod common;

use std::path::Path;

use serde_json::Value;

fn status_json(dir: &Path) -> Value {
    let out = common::relingo_in(dir, &["status", "--format", "json"])
        .get_output()
        .clone();
    serde_json::from_slice(&out.stdout).expect("status prints JSON")
}

/// The entry of `locale` in a status report.
fn locale_in<'a>(status: &'a Value, locale: &str) -> &'a Value {
    let locales = status["locales"].as_array().unwrap();
    locales.iter().find(|l| l["locale"] == locale).unwrap()
}

fn manifest(dir: &Path) -> Value {
    let text = std::fs::read_to_string(dir.join("dist/manifest.json")).expect("build wrote a manifest");
    serde_json::from_str(&text).unwrap()
}

/// What status and the manifest both say of one (locale, release).
#[derive(Debug, PartialEq)]
struct Figures {
    messages: u64,
    translated: u64,
    approved: u64,
    stale: u64,
    missing: u64,
    broken: u64,
    /// Percent of words published from the locale's own file, one decimal.
    coverage: f64,
    withheld: Option<String>,
    blocked: Option<String>,
}

fn figures_of_status(status: &Value) -> Vec<(String, String, Figures)> {
    let mut out = Vec::new();
    for locale in status["locales"].as_array().unwrap() {
        for file in locale["files"].as_array().unwrap() {
            let c = &file["coverage"];
            let n = |state: &str| c[state]["messages"].as_u64().unwrap();
            let words = |state: &str| c[state]["words"].as_u64().unwrap() as f64;
            let coverage = if words("total") == 0.0 {
                100.0
            } else {
                (words("published") * 1000.0 / words("total")).round() / 10.0
            };
            out.push((
                locale["locale"].as_str().unwrap().to_string(),
                file["file"]
                    .as_str()
                    .unwrap()
                    .trim_end_matches(".ftl")
                    .to_string(),
                Figures {
                    messages: n("total"),
                    translated: n("translated"),
                    approved: n("approved"),
                    stale: n("stale"),
                    missing: n("missing"),
                    broken: n("error"),
                    coverage,
                    withheld: file["withheld"].as_str().map(str::to_string),
                    blocked: file["blocked"].as_str().map(str::to_string),
                },
            ));
        }
    }
    out.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    out
}

fn figures_of_manifest(manifest: &Value, source_locale: &str) -> Vec<(String, String, Figures)> {
    let mut out: Vec<_> = manifest["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["locale"] != source_locale)
        .map(|p| {
            let n = |field: &str| p[field].as_u64().unwrap();
            (
                p["locale"].as_str().unwrap().to_string(),
                p["release"].as_str().unwrap().to_string(),
                Figures {
                    messages: n("segments"),
                    translated: n("translated"),
                    approved: n("approved"),
                    stale: n("stale"),
                    missing: n("missing"),
                    broken: n("broken"),
                    coverage: p["coverage"].as_f64().unwrap(),
                    withheld: p["reason"].as_str().map(str::to_string),
                    blocked: p["blocked"].as_str().map(str::to_string),
                },
            )
        })
        .collect();
    out.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    out
}

/// Runs status and build in `dir` and asserts they agree on every (locale, release).
fn assert_status_predicts_build(dir: &Path, source_locale: &str) -> Vec<(String, String, Figures)> {
    let status = figures_of_status(&status_json(dir));
    common::relingo_in(dir, &["build"]);
    let built = figures_of_manifest(&manifest(dir), source_locale);
    assert_eq!(status.len(), built.len(), "status and build cover the same pairs");
    for (s, b) in status.iter().zip(&built) {
        assert_eq!(s, b, "status and build disagree on {}/{}", s.0, s.1);
    }
    status
}

#[test]
fn status_predicts_the_build_on_the_bundled_example() {
    let dir = common::example();
    let figures = assert_status_predicts_build(dir.path(), "en-GB");
    // The example's seeded mistakes are broken in both.
    let de_broken: u64 = figures.iter().filter(|f| f.0 == "de").map(|f| f.2.broken).sum();
    assert_eq!(de_broken, 3);
    assert!(
        figures.iter().any(|f| f.2.withheld.is_some()),
        "ar is withheld somewhere"
    );
}

#[test]
fn an_undefined_term_in_a_required_locale_is_broken_in_status_as_in_build() {
    let dir = common::example();
    common::translate(
        &dir.path().join("locales/cy/online-safety-fund.ftl"),
        "London",
        "Llundain { -alliance }",
    );
    let status = status_json(dir.path());
    let cy = locale_in(&status, "cy");
    assert_eq!(cy["coverage"]["error"]["messages"], 1);
    assert_ne!(cy["coverage"]["percent"]["messages"], 100.0);
    common::relingo_in(dir.path(), &["status"])
        .code(1)
        .stderr(predicates::str::contains(
            "gate failed: cy: required locale is incomplete",
        ));
    common::relingo_in(dir.path(), &["build"])
        .code(1)
        .stderr(predicates::str::contains(
            "locales/cy/online-safety-fund.ftl: `cy` is required to be complete, but 1 of",
        ));
    assert_status_predicts_build(dir.path(), "en-GB");
}

#[test]
fn translations_dropping_numbers_count_as_broken_and_withhold_at_one_percentage() {
    let dir = common::example();
    let path = dir.path().join("locales/ar/operation-online-fraud.ftl");
    let sources = common::sources_in(&path);
    let with_numbers: Vec<&String> = sources
        .iter()
        .filter(|s| s.contains(char::is_numeric))
        .take(3)
        .collect();
    let without: Vec<&String> = sources
        .iter()
        .filter(|s| !s.contains(char::is_numeric))
        .take(3)
        .collect();
    for source in &with_numbers {
        let dropped: String = source.chars().filter(|c| !c.is_numeric()).collect();
        common::translate(&path, source, &format!("ترجمة {dropped}"));
    }
    for source in &without {
        common::translate(&path, source, &format!("ترجمة {source}"));
    }
    let figures = assert_status_predicts_build(dir.path(), "en-GB");
    let (_, _, fraud) = figures
        .iter()
        .find(|f| f.0 == "ar" && f.1 == "operation-online-fraud")
        .unwrap();
    assert_eq!((fraud.translated, fraud.broken), (3, 3));
    let reason = fraud.withheld.as_deref().expect("below ar's min-coverage of 40%");
    assert!(
        reason.starts_with(&format!("{:.1}% of words translated", fraud.coverage)),
        "{reason}"
    );
}

#[test]
fn a_syntax_error_is_not_counted_as_translated() {
    let dir = common::example();
    let path = dir.path().join("locales/cy/online-safety-fund.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let broken = text.replacen("= Llundain\n", "= Llundain\nar lan yr afon\n", 1);
    assert_ne!(broken, text);
    std::fs::write(&path, broken).unwrap();
    let status = status_json(dir.path());
    let cy = locale_in(&status, "cy");
    let file = cy["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["file"] == "online-safety-fund.ftl")
        .unwrap();
    assert_eq!(file["coverage"]["error"]["messages"], 1);
    assert_eq!(file["broken"][0]["reason"], "does not parse");
    assert_status_predicts_build(dir.path(), "en-GB");
}

/// A project of `releases` releases in four locales, seeded with what a real one holds:
/// translated, stale, missing, syntax errors, check failures, formatting failures, an
/// unreadable file, a missing file, approvals and void ones; `cy` required, `ar` with a
/// min-coverage, `es` publishing stale translations, `fr` publishing approved ones only.
fn seeded_project(releases: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(
        root.join("relingo.toml"),
        "source-locale = \"en-GB\"\nlocales = [\"cy\", \"fr\", \"ar\", \"es\"]\n\
         [locale.cy]\nrequired = true\n[locale.ar]\nmin-coverage = 50\n[locale.es]\nuse-stale = true\n[locale.fr]\nrequire-approval = true\n",
    )
    .unwrap();
    std::fs::create_dir(root.join("sources")).unwrap();
    for r in 0..releases {
        let mut text = String::from("govt\n");
        for p in 0..6 {
            text.push_str(&format!(
                "Paragraph {p} of release {r} reports {} arrests in {} towns, see [the report](https://x.gov.uk/{r}).\n",
                r * 10 + p,
                p + 2
            ));
        }
        std::fs::write(root.join(format!("sources/release-{r}.txt")), text).unwrap();
    }
    common::relingo_in(root, &["extract"]).success();
    common::relingo_in(root, &["sync"]).success();
    for (l, locale) in ["cy", "fr", "ar", "es"].into_iter().enumerate() {
        for r in 0..releases {
            let path = root.join(format!("locales/{locale}/release-{r}.ftl"));
            let sources = common::sources_in(&path);
            for (p, source) in sources.iter().enumerate() {
                let translated = format!("[{locale}] {source}");
                match (r + l + p) % 7 {
                    0..=2 => common::translate(&path, source, &translated),
                    3 => common::translate(
                        &path,
                        source,
                        &translated.replace("arrests", "arrests { -nowhere }"),
                    ),
                    4 => common::translate(
                        &path,
                        source,
                        &translated.replace("https://x.gov.uk", "https://y.example"),
                    ),
                    5 => {
                        common::translate(&path, source, &translated);
                        let text = std::fs::read_to_string(&path).unwrap();
                        let marker = format!("# @source: {source}\n");
                        let stale = format!("{marker}# @stale: An earlier text.\n");
                        std::fs::write(&path, text.replacen(&marker, &stale, 1)).unwrap();
                    }
                    _ => {}
                }
            }
            match (r + l) % 9 {
                7 => {
                    let text = std::fs::read_to_string(&path).unwrap();
                    let broken = text.replacen(
                        "\n# @source: Paragraph 2",
                        "\nstray words at the margin\n# @source: Paragraph 2",
                        1,
                    );
                    std::fs::write(&path, broken).unwrap();
                }
                8 => std::fs::remove_file(&path).unwrap(),
                _ => {}
            }
        }
    }
    // Some approvals, and one made void by an edit after it.
    for locale in ["cy", "fr"] {
        common::relingo_in(
            root,
            &[
                "approve",
                "--locale",
                locale,
                "--release",
                "release-1",
                "--by",
                "R. Eviewer",
            ],
        )
        .success();
    }
    let path = root.join("locales/fr/release-1.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("# @approved: R. Eviewer · "), "{text}");
    std::fs::write(&path, text.replacen("[fr] Paragraph", "[fr] Edited paragraph", 1)).unwrap();
    std::fs::write(root.join("locales/fr/release-0.ftl"), b"m = \xff\n").unwrap();
    dir
}

#[test]
fn status_predicts_the_build_on_a_project_seeded_with_every_fault() {
    let dir = seeded_project(9);
    let figures = assert_status_predicts_build(dir.path(), "en-GB");
    let total = |f: fn(&Figures) -> u64| figures.iter().map(|x| f(&x.2)).sum::<u64>();
    assert!(
        total(|f| f.broken) > 20,
        "check, syntax and unreadable faults are seeded"
    );
    assert!(total(|f| f.stale) > 5);
    assert!(total(|f| f.missing) > 5);
    assert!(total(|f| f.approved) > 2, "approvals are seeded");
    assert!(figures.iter().any(|f| f.2.blocked.is_some()));
    assert!(figures.iter().any(|f| f.2.withheld.is_some()));
    assert!(figures.iter().any(|f| f.0 == "ar" && f.2.withheld.is_none()));
}
