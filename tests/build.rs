//! End-to-end tests of `relingo build` on a small project: outputs, fallback, gates,
//! determinism, sharding, and bad input.

mod common;

use std::path::{Path, PathBuf};

use predicates::prelude::*;

const RELEASE: &str = "+++
title = \"Funding to protect children online\"
summary = \"A £20.5 million fund was announced today.\"
date = \"2026-11-04\"
location = \"London\"
department = \"Home Office\"
topic = \"crime\"
reference = \"HO-1\"
+++

The fund will run for three years.

## What it pays for

- New investigators
- A testing laboratory

> We will act now.
>
> — Jane Doe, Minister

## Notes to editors

1. Details on [GOV.UK](https://www.gov.uk/x).
";

struct Project {
    dir: tempfile::TempDir,
}

impl Project {
    fn new(config: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("relingo.toml"), config).unwrap();
        std::fs::create_dir(dir.path().join("sources")).unwrap();
        std::fs::write(dir.path().join("sources/fund.md"), RELEASE).unwrap();
        std::fs::write(
            dir.path().join("sources/plain.txt"),
            "govt\nA lead.\nA paragraph.\n",
        )
        .unwrap();
        let p = Project { dir };
        p.relingo(&["extract"]).success();
        p.relingo(&["sync"]).success();
        p
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    fn relingo(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        common::relingo_in(self.dir.path(), args)
    }

    /// Translates the message whose source line is `source` in `locale`'s file of `release`.
    fn translate(&self, locale: &str, release: &str, source: &str, translation: &str) {
        let path = format!("locales/{locale}/{release}.ftl");
        let text = self.read(&path);
        let marker = format!("# @source: {source}\n# @todo\n");
        let start = text
            .find(&marker)
            .unwrap_or_else(|| panic!("no stub for {source:?}"))
            + marker.len();
        let line_end = start + text[start..].find('\n').unwrap();
        let id = text[start..].split(" = ").next().unwrap().to_string();
        let new = format!(
            "{}# @source: {source}\n{id} = {translation}{}",
            &text[..start - marker.len()],
            &text[line_end..]
        );
        std::fs::write(self.path(&path), new).unwrap();
    }

    fn translate_fund_fr(&self) {
        self.translate(
            "fr",
            "fund",
            "Funding to protect children online",
            "Un financement pour protéger les enfants en ligne",
        );
        self.translate(
            "fr",
            "fund",
            "A £20.5 million fund was announced today.",
            "Un fonds de 20,5 millions de livres a été annoncé.",
        );
        self.translate("fr", "fund", "London", "Londres");
        self.translate(
            "fr",
            "fund",
            "The fund will run for three years.",
            "Le fonds durera trois ans.",
        );
        self.translate("fr", "fund", "We will act now.", "Nous agirons maintenant.");
    }

    fn dist_files(&self) -> Vec<(String, Vec<u8>)> {
        let mut files = Vec::new();
        collect(&self.path("dist"), &self.path("dist"), &mut files);
        files.sort();
        files
    }
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(root, &path, out);
        } else {
            let rel = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            out.push((rel, std::fs::read(&path).unwrap()));
        }
    }
}

const CONFIG: &str = "source-locale = \"en-GB\"\nlocales = [\"fr\", \"ar\"]\n";

#[test]
fn build_writes_every_format_with_fallback_marked() {
    let p = Project::new(CONFIG);
    p.translate_fund_fr();
    p.relingo(&["build"])
        .success()
        .stderr(predicate::str::contains("Built 6 localized releases"));
    let html = p.read("dist/fr/fund.html");
    assert!(html.contains("<html lang=\"fr\" dir=\"ltr\">"));
    assert!(
        html.contains("<h1>Un financement pour protéger les enfants en ligne</h1>"),
        "{html}"
    );
    assert!(
        html.contains("<li lang=\"en-GB\" dir=\"ltr\" class=\"fallback\">New investigators</li>"),
        "{html}"
    );
    assert!(html.contains("<p>Le fonds durera trois ans.</p>"), "{html}");
    assert!(html.contains("Nous agirons maintenant."));
    assert!(html.contains("href=\"../ar/fund.html\""), "language switcher");
    assert!(
        p.read("dist/ar/fund.html")
            .contains("<html lang=\"ar\" dir=\"rtl\">")
    );
    assert!(
        p.read("dist/fr/fund.md")
            .starts_with("+++\ntitle = \"Un financement pour protéger les enfants en ligne\"\n")
    );
    assert!(p.read("dist/fr/plain.txt").starts_with("govt\nA lead.\n"));
    let json: serde_json::Value = serde_json::from_str(&p.read("dist/fr/fund.json")).unwrap();
    assert_eq!(json["blocks"][0]["parts"][0]["origin"], "fr");
    assert_eq!(json["blocks"][5]["parts"][0]["origin"], "en-GB");
    for page in ["dist/index.html", "dist/fr/index.html"] {
        assert!(p.read(page).contains("<a href="), "{page}");
    }
}

#[test]
fn unsafe_translations_fall_back_and_stay_inert() {
    let p = Project::new(CONFIG);
    p.translate(
        "fr",
        "fund",
        "The fund will run for three years.",
        "Le fonds <script>alert(1)</script>.",
    );
    p.translate(
        "fr",
        "fund",
        "We will act now.",
        "Nous agirons [maintenant](javascript:alert(1)).",
    );
    p.relingo(&["build"]).success();
    let html = p.read("dist/fr/fund.html");
    assert!(
        !html.contains("<script>") && !html.contains("javascript:"),
        "{html}"
    );
    assert!(
        html.contains(
            "<p lang=\"en-GB\" dir=\"ltr\" class=\"fallback\">The fund will run for three years.</p>"
        )
    );
    let manifest: serde_json::Value = serde_json::from_str(&p.read("dist/manifest.json")).unwrap();
    let pair = manifest["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["locale"] == "fr" && p["release"] == "fund")
        .unwrap();
    assert_eq!(pair["broken"], 2);
}

#[test]
fn rendered_formats_are_stable() {
    let p = Project::new(CONFIG);
    p.translate_fund_fr();
    p.relingo(&["build"]).success();
    for ext in ["html", "md", "txt", "json"] {
        insta::assert_snapshot!(format!("fr_fund_{ext}"), p.read(&format!("dist/fr/fund.{ext}")));
    }
}

#[test]
fn two_builds_are_byte_identical_and_the_second_writes_nothing() {
    let p = Project::new(CONFIG);
    p.translate_fund_fr();
    p.relingo(&["build"]).success();
    let first = p.dist_files();
    p.relingo(&["build"])
        .success()
        .stderr(predicate::str::contains("0 files written"));
    assert_eq!(p.dist_files(), first);
}

#[test]
fn manifest_lists_every_output_with_its_hash() {
    let p = Project::new(CONFIG);
    p.relingo(&["build"]).success();
    let manifest: serde_json::Value = serde_json::from_str(&p.read("dist/manifest.json")).unwrap();
    let outputs = manifest["outputs"].as_array().unwrap();
    assert_eq!(
        outputs.len(),
        3 * 2 * 4 + 4,
        "3 locales × 2 releases × 4 formats + 4 index pages"
    );
    let fund = outputs.iter().find(|o| o["path"] == "fr/fund.html").unwrap();
    let bytes = std::fs::read(p.path("dist/fr/fund.html")).unwrap();
    assert_eq!(fund["size"], bytes.len());
    assert_eq!(fund["sha256"].as_str().unwrap().len(), 64);
    let paths: Vec<&str> = outputs.iter().map(|o| o["path"].as_str().unwrap()).collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
}

#[test]
fn shards_merged_equal_a_full_build() {
    let p = Project::new(CONFIG);
    p.translate_fund_fr();
    // With and without the preview area of pseudo-locales.
    for extra in [&[][..], &["--pseudo"][..]] {
        std::fs::remove_dir_all(p.path("dist")).ok();
        p.relingo(&[&["build"], extra].concat()).success();
        let full = p.dist_files();
        std::fs::remove_dir_all(p.path("dist")).unwrap();
        p.relingo(&[&["build", "--shard", "1/2"], extra].concat())
            .success();
        std::fs::copy(p.path("dist/manifest.json"), p.path("shard1.json")).unwrap();
        p.relingo(&[&["build", "--shard", "2/2"], extra].concat())
            .success();
        std::fs::copy(p.path("dist/manifest.json"), p.path("shard2.json")).unwrap();
        p.relingo(&["manifest", "merge", "shard1.json", "shard2.json"])
            .success();
        assert_eq!(p.dist_files(), full, "{extra:?}");
    }
}

#[test]
fn min_coverage_withholds_a_release_and_says_why() {
    let p = Project::new(&format!("{CONFIG}[locale.fr]\nmin-coverage = 30\n"));
    p.translate_fund_fr();
    p.relingo(&["build"]).success().stderr(predicate::str::contains(
        "warning[withheld]: locales/fr/plain.ftl: 0.0% of words translated, below min-coverage 30%",
    ));
    assert!(p.path("dist/fr/fund.html").exists());
    assert!(!p.path("dist/fr/plain.html").exists());
    assert!(
        !p.read("dist/en-GB/plain.html")
            .contains("href=\"../fr/plain.html\"")
    );
}

#[test]
fn required_locale_incomplete_fails_the_build() {
    let p = Project::new(&format!("{CONFIG}[locale.ar]\nrequired = true\n"));
    p.relingo(&["build"]).code(1).stderr(predicate::str::contains(
        "error[required]: locales/ar/fund.ftl: `ar` is required to be complete",
    ));
}

#[test]
fn terms_of_the_locale_are_formatted_into_the_page() {
    let p = Project::new(CONFIG);
    std::fs::write(
        p.path("locales/fr/_terms.ftl"),
        "-fund = le Fonds pour l’enfance\n",
    )
    .unwrap();
    p.translate(
        "fr",
        "fund",
        "The fund will run for three years.",
        "{ -fund } durera trois ans.",
    );
    p.relingo(&["check", "--locale", "fr"])
        .stderr(predicate::str::contains("placeables").not());
    p.relingo(&["build"]).success();
    let page = p.read("dist/fr/fund.md");
    assert!(
        page.contains("le Fonds pour l’enfance durera trois ans."),
        "{page}"
    );
}

#[test]
fn an_unreadable_translation_file_falls_back_and_is_reported() {
    let p = Project::new(CONFIG);
    p.translate_fund_fr();
    let mut bytes = p.read("locales/fr/fund.ftl").into_bytes();
    bytes.extend_from_slice(b"broken = \xff\xfe\n");
    std::fs::write(p.path("locales/fr/fund.ftl"), bytes).unwrap();
    p.relingo(&["build"]).success().stderr(
        predicate::str::contains("warning[unreadable]: locales/fr/fund.ftl: not valid UTF-8")
            .and(predicate::str::contains("fell back")),
    );
    let page = p.read("dist/fr/fund.md");
    assert!(page.contains("Funding to protect children online"), "{page}");
}

#[test]
fn strict_fails_on_any_fallback() {
    let p = Project::new(CONFIG);
    p.relingo(&["build", "--strict"])
        .code(1)
        .stderr(predicate::str::contains(
            "error[strict]: locales/fr/fund.ftl: 12 messages fall back to another locale",
        ));
}

#[test]
fn output_directory_that_is_a_file_is_a_clear_error() {
    let p = Project::new(CONFIG);
    std::fs::write(p.path("dist"), "not a directory").unwrap();
    p.relingo(&["build"])
        .code(2)
        .stderr(predicate::str::contains("dist: is a file"));
}

#[test]
fn template_error_names_its_line() {
    let p = Project::new(&format!("{CONFIG}[build]\ntemplate = \"page.html\"\n"));
    std::fs::write(p.path("page.html"), "<html>\n<body>\n{% for x in %}\n").unwrap();
    p.relingo(&["build"])
        .code(2)
        .stderr(predicate::str::contains("page.html:3: template error"));
}

#[test]
fn custom_template_is_used() {
    let p = Project::new(&format!(
        "{CONFIG}[build]\ntemplate = \"page.html\"\nformats = [\"html\"]\n"
    ));
    std::fs::write(
        p.path("page.html"),
        "<title>{{ doc.title }}</title>{{ doc.lang }}\n",
    )
    .unwrap();
    p.relingo(&["build"]).success();
    assert_eq!(
        p.read("dist/fr/fund.html"),
        "<title>Funding to protect children online</title>fr\n"
    );
    assert!(!p.path("dist/fr/fund.md").exists());
}

#[test]
fn release_named_index_is_refused() {
    let p = Project::new(CONFIG);
    std::fs::write(p.path("sources/index.md"), RELEASE).unwrap();
    p.relingo(&["build"])
        .code(2)
        .stderr(predicate::str::contains("`index` is reserved"));
}

#[test]
fn pseudo_locales_are_built_from_the_source_into_a_preview_area_readers_never_see() {
    let p = Project::new(CONFIG);
    p.relingo(&["build", "--pseudo", "--format", "html"]).success();
    let flipped = p.read("dist/_preview/ar-XB/fund.html");
    assert!(flipped.contains("dir=\"rtl\""));
    let accented = p.read("dist/_preview/en-XA/fund.html");
    assert!(
        accented.contains("href=\"https://www.gov.uk/x\""),
        "link targets survive pseudo-localization"
    );
    assert!(!accented.contains("<h1>Funding"));
    // No search engine lists a preview page, and it offers no public page.
    assert!(accented.contains("<meta name=\"robots\" content=\"noindex\">"));
    assert!(!accented.contains("hreflang"), "{accented}");
    let preview = p.read("dist/_preview/index.html");
    assert!(
        preview.contains(">en-XA (pseudo-locale)</a>") && preview.contains("noindex"),
        "{preview}"
    );
    assert!(
        p.read("dist/_preview/en-XA/index.html")
            .contains("href=\"fund.html\"")
    );
    assert!(!p.path("dist/en-XA").exists() && !p.path("dist/ar-XB").exists());
    // For layout testing only: never offered to readers, nor listed among the outputs to
    // publish.
    for public in ["dist/index.html", "dist/fr/fund.html", "dist/en-GB/fund.html"] {
        let page = p.read(public);
        assert!(
            !page.contains("en-XA") && !page.contains("ar-XB") && !page.contains("_preview"),
            "{public}: {page}"
        );
    }
    let manifest: serde_json::Value = serde_json::from_str(&p.read("dist/manifest.json")).unwrap();
    let public = manifest["outputs"].as_array().unwrap();
    assert!(
        public
            .iter()
            .all(|o| !o["path"].as_str().unwrap().starts_with("_preview"))
    );
    assert!(
        manifest["pairs"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["locale"] != "en-XA")
    );
    let preview = manifest["preview"]["outputs"].as_array().unwrap();
    assert!(preview.iter().any(|o| o["path"] == "_preview/en-XA/fund.html"));
    assert!(
        preview
            .iter()
            .all(|o| o["path"].as_str().unwrap().starts_with("_preview/"))
    );
    // A partial build keeps the preview as it keeps the rest; the next complete build
    // without --pseudo removes it, and nothing else.
    p.relingo(&["build", "--format", "html", "--locale", "fr"])
        .success();
    assert!(p.path("dist/_preview/en-XA/fund.html").exists());
    p.relingo(&["build"])
        .success()
        .stderr(predicate::str::contains("not written by relingo").not());
    assert!(!p.path("dist/_preview").exists());
}

#[test]
fn every_translation_is_announced_to_browsers_and_offered_in_its_own_words() {
    let p = Project::new(CONFIG);
    p.translate_fund_fr();
    p.relingo(&["build", "--format", "html"]).success();
    let source = p.read("dist/en-GB/fund.html");
    let french = p.read("dist/fr/fund.html");
    for page in [&source, &french] {
        for code in ["en-GB", "fr", "ar"] {
            let link = format!("<link rel=\"alternate\" hreflang=\"{code}\" href=\"../{code}/fund.html\">");
            assert!(page.contains(&link), "{link} missing:\n{page}");
        }
        assert!(page.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"../en-GB/fund.html\">"));
        assert!(page.contains("<link rel=\"canonical\" href=\"fund.html\">"));
    }
    assert!(
        source.contains("hreflang=\"fr\" lang=\"fr\" dir=\"ltr\">Lire cette page en français</a>"),
        "{source}"
    );
    assert!(source.contains("lang=\"ar\" dir=\"rtl\">اقرأ هذه الصفحة باللغة العربية</a>"));
    assert!(
        !french.contains("class=\"read-in\""),
        "only the source page offers the others"
    );
}

#[test]
fn removed_release_disappears_from_dist() {
    let p = Project::new(CONFIG);
    p.relingo(&["build"]).success();
    std::fs::remove_file(p.path("sources/plain.txt")).unwrap();
    p.relingo(&["build"])
        .success()
        .stderr(predicate::str::contains("removed"));
    assert!(!p.path("dist/fr/plain.html").exists());
}

#[test]
fn page_structure_in_headless_chromium() {
    let Some(chromium) = ["chromium", "chromium-browser"].into_iter().find(|c| which(c)) else {
        eprintln!("skipped: chromium is not installed (apt-get install chromium)");
        return;
    };
    let p = Project::new(CONFIG);
    p.translate_fund_fr();
    p.relingo(&["build", "--format", "html"]).success();
    let profile = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
        ])
        .args([
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", p.path("dist/fr/fund.html").display()))
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&out.stdout);
    assert!(dom.contains("<html lang=\"fr\" dir=\"ltr\">"), "{dom}");
    assert!(
        dom.contains("<blockquote>") && dom.contains("class=\"fallback\">Jane Doe, Minister</figcaption>")
    );
    // Page chrome in the page's language, from the bundled French interface catalog.
    assert!(
        dom.contains("<nav class=\"languages\" aria-label=\"Langues\">"),
        "{dom}"
    );
    assert!(
        !dom.contains("<script>"),
        "a translation's script tag must stay text"
    );
}

fn which(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join(program).is_file()))
}

#[test]
fn the_progress_total_is_what_the_build_produces_under_every_selection() {
    let p = Project::new("source-locale = \"en-GB\"\nlocales = [\"fr\", \"ar\", \"cy\"]\n");
    let project = relingo::project::Project::open(Some(&p.path("relingo.toml")), p.dir.path()).unwrap();
    let fr = relingo::locale::Locale::parse("fr").unwrap();
    let selections = [
        relingo::publish::Options::default(),
        relingo::publish::Options {
            locales: vec![fr],
            ..Default::default()
        },
        relingo::publish::Options {
            releases: vec!["plain".into()],
            ..Default::default()
        },
        relingo::publish::Options {
            shard: Some("2/2".parse().unwrap()),
            pseudo: true,
            ..Default::default()
        },
    ];
    for options in selections {
        let planned = std::sync::atomic::AtomicUsize::new(0);
        let built = std::sync::atomic::AtomicUsize::new(0);
        let report = relingo::publish::run(&project, &options, &|progress| match progress {
            relingo::publish::Progress::Planned(n) => planned.store(n, std::sync::atomic::Ordering::SeqCst),
            relingo::publish::Progress::Built(n) => {
                built.fetch_add(n, std::sync::atomic::Ordering::SeqCst);
            }
        })
        .unwrap();
        let planned = planned.into_inner();
        assert_eq!(planned, report.pairs, "{options:?}");
        assert_eq!(built.into_inner(), planned, "{options:?}");
    }
}

#[test]
fn a_reference_out_of_date_with_its_source_is_reported_by_build() {
    let p = Project::new(CONFIG);
    p.relingo(&["build"])
        .success()
        .stderr(predicate::str::contains("out-of-date").not());
    let source = p.read("sources/plain.txt");
    std::fs::write(
        p.path("sources/plain.txt"),
        source.replace("A paragraph.", "A new paragraph."),
    )
    .unwrap();
    p.relingo(&["build"]).success().stderr(predicate::str::contains(
        "warning[out-of-date]: locales/en-GB/plain.ftl: does not match sources/plain.txt",
    ));
    p.relingo(&["extract"]).success();
    p.relingo(&["build"])
        .success()
        .stderr(predicate::str::contains("out-of-date").not());
}

#[test]
fn the_source_locale_is_recorded_complete_in_the_manifest() {
    let p = Project::new(CONFIG);
    p.relingo(&["build"]).success();
    let manifest: serde_json::Value = serde_json::from_str(&p.read("dist/manifest.json")).unwrap();
    let source: Vec<_> = manifest["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|pair| pair["locale"] == "en-GB")
        .collect();
    assert_eq!(source.len(), 2);
    for pair in source {
        assert_eq!(pair["coverage"], 100.0, "{pair}");
        assert_eq!(pair["translated"], pair["segments"], "{pair}");
        assert_eq!(pair["missing"], 0, "{pair}");
    }
}

#[test]
fn public_pages_speak_the_reader_s_language_and_keep_internals_out() {
    let dir = common::example();
    let root = dir.path();
    common::relingo_in(root, &["build", "--format", "html"]).success();
    let read = |path: &str| std::fs::read_to_string(root.join(path)).unwrap();
    // The fallback notice of an Arabic page is Arabic, right to left.
    let page = read("dist/ar/online-safety-fund.html");
    assert!(
        page.contains("<p class=\"notice\" lang=\"ar\" dir=\"rtl\">لم تُترجم بعد بعض أجزاء هذا البيان"),
        "{page}"
    );
    assert!(page.contains("aria-label=\"اللغات\""));
    // The Arabic index lists what is published, under an Arabic title; no coverage figures,
    // no reasons for what is withheld.
    let index = read("dist/ar/index.html");
    assert!(index.contains("<h1>البيانات الصحفية</h1>"), "{index}");
    for internal in ["withheld", "%", "min-coverage", "operation-online-fraud.html"] {
        assert!(
            !index.contains(internal),
            "`{internal}` on the public Arabic index:\n{index}"
        );
    }
    // The top index names each language in its own words, the source first, and counts
    // what is published in that language's words.
    let top = read("dist/index.html");
    assert!(top.contains("<h1>Press releases in every language</h1>"), "{top}");
    let english = top.find("English").unwrap();
    let welsh = top.find("Cymraeg").unwrap();
    assert!(english < welsh, "the source language first");
    assert!(
        top.contains("<span class=\"count\" lang=\"cy\" dir=\"ltr\">5 datganiad</span>"),
        "{top}"
    );
    assert!(!top.contains(" of 6 releases"), "{top}");
}

#[test]
fn a_project_overrides_the_page_chrome_in_its_locale_folders() {
    let p = Project::new(CONFIG);
    std::fs::write(
        p.path("locales/fr/_interface.ftl"),
        "fallback-notice = Traduction partielle.\n",
    )
    .unwrap();
    p.relingo(&["build", "--format", "html"]).success();
    let page = p.read("dist/fr/plain.html");
    assert!(
        page.contains("<p class=\"notice\" lang=\"fr\" dir=\"ltr\">Traduction partielle.</p>"),
        "{page}"
    );
    assert!(
        page.contains("aria-label=\"Langues\""),
        "the rest still comes from relingo's catalog"
    );
    std::fs::write(p.path("locales/fr/_interface.ftl"), "fallback-notice = { oops\n").unwrap();
    p.relingo(&["build", "--format", "html"]).code(2).stderr(
        predicate::str::contains("locales/fr/_interface.ftl:1:")
            .and(predicate::str::contains("interface catalog")),
    );
}

#[test]
fn a_merge_of_an_incomplete_or_repeated_set_of_shards_writes_nothing() {
    let p = Project::new(CONFIG);
    p.relingo(&["build", "--shard", "1/2"]).success();
    std::fs::copy(p.path("dist/manifest.json"), p.path("shard1.json")).unwrap();
    p.relingo(&["build", "--shard", "2/2"]).success();
    std::fs::copy(p.path("dist/manifest.json"), p.path("shard2.json")).unwrap();
    let before = p.read("dist/manifest.json");
    p.relingo(&["manifest", "merge", "shard1.json"])
        .code(1)
        .stderr(predicate::str::contains("error: shard 2/2 is missing"));
    p.relingo(&["manifest", "merge", "shard1.json", "shard1.json", "shard2.json"])
        .code(1)
        .stderr(predicate::str::contains("shard 1/2 is there 2 times"));
    assert_eq!(p.read("dist/manifest.json"), before, "nothing written");
    // Into an output that lacks the shards' files: the index pages would link to nothing.
    std::fs::remove_dir_all(p.path("dist")).unwrap();
    p.relingo(&["manifest", "merge", "shard1.json", "shard2.json"])
        .code(1)
        .stderr(predicate::str::contains(
            "error: ar/fund.html is not in dist as its shard recorded it",
        ));
    assert!(!p.path("dist/index.html").exists());
}

#[test]
fn build_output_puts_a_build_where_it_is_told_and_is_checked_like_the_configured_one() {
    let p = Project::new(CONFIG);
    p.relingo(&["build", "--output", "shards/one", "--shard", "1/2"])
        .success();
    assert!(p.path("shards/one/manifest.json").exists());
    assert!(!p.path("dist").exists(), "the configured output is not touched");
    p.relingo(&["build", "--output", "locales/fr"])
        .code(2)
        .stderr(predicate::str::contains("locales"));
}

#[test]
fn a_partial_build_leaves_the_whole_project_s_indexes_switchers_and_manifest() {
    let p = Project::new(&format!("{CONFIG}[locale.fr]\nmin-coverage = 30\n"));
    p.translate_fund_fr();
    p.relingo(&["build"]).success();
    let full = p.dist_files();
    for partial in [
        &["build", "--release", "fund"][..],
        &["build", "--locale", "fr"],
        &["build", "--format", "html"],
        &["build", "--locale", "ar", "--release", "plain", "--format", "md"],
    ] {
        p.relingo(partial).success();
        let after = p.dist_files();
        let names = |files: &[(String, Vec<u8>)]| files.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
        assert_eq!(names(&after), names(&full), "{partial:?}");
        for ((name, bytes), (_, expected)) in after.iter().zip(&full) {
            assert!(
                bytes == expected,
                "{partial:?} changed {name}:\n{}",
                String::from_utf8_lossy(bytes)
            );
        }
    }
}

#[test]
fn a_release_without_a_title_is_headed_by_its_lead_s_first_sentence_and_says_it_once() {
    let p = Project::new(CONFIG);
    std::fs::write(
        p.path("sources/plain.txt"),
        "govt\nMinisters announced a fund today. It will run for three years.\nA paragraph.\n",
    )
    .unwrap();
    p.relingo(&["extract"]).success();
    p.relingo(&["build", "--format", "html"]).success();
    let page = p.read("dist/en-GB/plain.html");
    assert!(
        page.contains("<h1>Ministers announced a fund today.</h1>"),
        "{page}"
    );
    assert!(page.contains("<p>It will run for three years.</p>"), "{page}");
    let main = &page[page.find("<main>").unwrap()..];
    assert_eq!(
        main.matches("Ministers announced a fund today.").count(),
        1,
        "{main}"
    );
    // The release the press office sent (one long sentence): one heading, not repeated.
    let dir = common::example();
    common::relingo_in(dir.path(), &["build", "--format", "html"]).success();
    let page = std::fs::read_to_string(dir.path().join("dist/en-GB/global-threat-assessment.html")).unwrap();
    let main = &page[page.find("<main>").unwrap()..];
    assert_eq!(
        main.matches("A Global Threat Assessment, commissioned by")
            .count(),
        1,
        "{main}"
    );
}

#[test]
fn an_image_s_alt_text_is_said_once() {
    let dir = common::example();
    common::relingo_in(dir.path(), &["build", "--format", "html"]).success();
    let page = std::fs::read_to_string(dir.path().join("dist/fr/online-safety-fund.html")).unwrap();
    let main = &page[page.find("<main>").unwrap()..];
    let img = main.find("<img ").expect("the image");
    let alt_start = img + main[img..].find("alt=\"").unwrap() + 5;
    let alt = &main[alt_start..alt_start + main[alt_start..].find('"').unwrap()];
    assert!(!alt.is_empty());
    assert_eq!(
        main.matches(alt).count(),
        1,
        "alt text repeated as a caption: {main}"
    );
}

#[test]
fn images_are_published_beside_the_pages_that_show_them() {
    let dir = common::example();
    let root = dir.path();
    common::relingo_in(root, &["build", "--format", "html"]).success();
    let source = std::fs::read(root.join("sources/images/online-safety-family-tablet.jpg")).unwrap();
    for locale in ["en-GB", "cy", "fr", "ar"] {
        let copied =
            std::fs::read(root.join(format!("dist/{locale}/images/online-safety-family-tablet.jpg")));
        assert_eq!(copied.ok().as_ref(), Some(&source), "{locale}");
    }
    let manifest = std::fs::read_to_string(root.join("dist/manifest.json")).unwrap();
    assert!(manifest.contains("\"path\": \"cy/images/online-safety-family-tablet.jpg\""));
    assert!(manifest.contains("\"format\": \"media\""));
    // The next build knows the images for its own: none is reported as someone else's.
    common::relingo_in(root, &["build", "--format", "html"])
        .success()
        .stderr(predicate::str::contains("not written by relingo").not());
    // A missing image is reported at its line, and fails a --strict build.
    std::fs::remove_file(root.join("sources/images/operation-lantern-seizure.jpg")).unwrap();
    common::relingo_in(root, &["build", "--format", "html"])
        .success()
        .stderr(predicate::str::contains(
            "warning[missing-image]: sources/operation-online-fraud.md:37:1: the image `images/operation-lantern-seizure.jpg` cannot be published",
        ));
    common::relingo_in(root, &["build", "--format", "html", "--strict", "--locale", "cy"])
        .code(1)
        .stderr(predicate::str::contains("error[missing-image]"));
    // A path that leads out of the sources is refused, never read.
    let md = std::fs::read_to_string(root.join("sources/online-safety-fund.md")).unwrap();
    std::fs::write(
        root.join("sources/online-safety-fund.md"),
        md.replace("(images/online-safety-family-tablet.jpg)", "(../relingo.toml)"),
    )
    .unwrap();
    common::relingo_in(root, &["extract"]).success();
    common::relingo_in(root, &["build", "--format", "html"])
        .success()
        .stderr(predicate::str::contains(
            "the image `../relingo.toml` is not inside the sources folder",
        ));
    assert!(
        !root
            .join("relingo.toml")
            .with_file_name("dist/relingo.toml")
            .exists()
    );
}

#[test]
fn a_title_in_another_language_says_so_on_the_page_and_in_the_index() {
    let dir = common::example();
    let root = dir.path();
    common::relingo_in(root, &["build", "--format", "html"]).success();
    // Polish has not translated this release yet: its title is English, and marked so.
    let page = std::fs::read_to_string(root.join("dist/pl/online-safety-fund.html")).unwrap();
    assert!(
        page.contains("<h1><span lang=\"en-GB\" dir=\"ltr\" class=\"fallback\">£20.5 million fund"),
        "{page}"
    );
    let index = std::fs::read_to_string(root.join("dist/pl/index.html")).unwrap();
    assert!(
        index.contains("href=\"online-safety-fund.html\" lang=\"en-GB\" dir=\"ltr\" class=\"fallback\">£20.5 million fund"),
        "{index}"
    );
    // A translated title is the page's own language: nothing to mark.
    let welsh = std::fs::read_to_string(root.join("dist/cy/index.html")).unwrap();
    assert!(!welsh.contains("class=\"fallback\""), "{welsh}");
}

#[test]
fn the_dateline_is_punctuated_as_the_page_s_script_is() {
    let dir = common::example();
    common::relingo_in(dir.path(), &["build", "--format", "html"]).success();
    let read = |path: &str| std::fs::read_to_string(dir.path().join(path)).unwrap();
    assert!(read("dist/ar/online-safety-fund.html").contains("، <time datetime=\"2026-11-04\">"));
    assert!(read("dist/zh-CN/online-safety-fund.html").contains("，<time datetime=\"2026-11-04\">"));
    assert!(read("dist/cy/online-safety-fund.html").contains("Llundain, <time datetime=\"2026-11-04\">"));
}

#[test]
fn dates_read_in_the_page_s_language_and_indexes_list_the_newest_first() {
    let dir = common::example();
    let root = dir.path();
    common::relingo_in(root, &["build", "--format", "html"]).success();
    let read = |rel: &str| std::fs::read_to_string(root.join(rel)).unwrap();
    let page = |locale: &str| read(&format!("dist/{locale}/online-safety-fund.html"));
    for (locale, date) in [
        ("en-GB", "4 November 2026"),
        ("cy", "4 Tachwedd 2026"),
        ("fr", "4 novembre 2026"),
        ("zh-CN", "2026年11月4日"),
    ] {
        assert!(
            page(locale).contains(&format!("<time datetime=\"2026-11-04\">{date}</time>")),
            "{locale}"
        );
    }
    // The Welsh index: newest first, each with its date in Welsh.
    let index = read("dist/cy/index.html");
    let dates: Vec<&str> = index
        .split("<time class=\"count\" datetime=\"")
        .skip(1)
        .map(|rest| &rest[..10])
        .collect();
    let mut newest_first = dates.clone();
    newest_first.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, newest_first);
    assert!(dates.len() >= 4, "{index}");
    assert!(index.contains(">20 Tachwedd 2026</time>"), "{index}");
    // The release without a date comes last.
    let last = index.rfind("<li>").unwrap();
    assert!(index[last..].contains("global-threat-assessment.html"), "{index}");
}

#[test]
fn a_plain_release_is_headed_by_the_title_the_configuration_gives_it() {
    let p = Project::new(&format!(
        "{CONFIG}\n[release.plain]\ntitle = \"Ministers act on online harm\"\n"
    ));
    p.relingo(&["extract"]).success();
    p.relingo(&["sync"]).success();
    // Translators get the title as any other message to translate.
    let fr = p.read("locales/fr/plain.ftl");
    assert!(
        fr.contains("## title\n# @source: Ministers act on online harm\n# @todo\n"),
        "{fr}"
    );
    p.translate(
        "fr",
        "plain",
        "Ministers act on online harm",
        "Les ministres agissent",
    );
    p.relingo(&["build", "--format", "html"]).success();
    let page = p.read("dist/fr/plain.html");
    assert!(page.contains("<h1>Les ministres agissent</h1>"), "{page}");
    // The lead is said once, under the heading.
    assert_eq!(page.matches("A lead.").count(), 1, "{page}");
    let index = p.read("dist/fr/index.html");
    assert!(index.contains(">Les ministres agissent</a>"), "{index}");
}

#[test]
fn a_release_table_that_names_no_release_or_a_second_title_is_refused_at_its_line() {
    let p = Project::new(CONFIG);
    std::fs::write(
        p.path("relingo.toml"),
        format!("{CONFIG}\n[release.plane]\ntitle = \"T\"\n"),
    )
    .unwrap();
    p.relingo(&["extract"])
        .code(2)
        .stderr(predicate::str::contains(
            "[release.plane] names no release of sources",
        ))
        .stderr(predicate::str::contains("relingo.toml:"));
    std::fs::write(
        p.path("relingo.toml"),
        format!("{CONFIG}\n[release.fund]\ntitle = \"T\"\n"),
    )
    .unwrap();
    p.relingo(&["build"]).code(2).stderr(predicate::str::contains(
        "has a title of its own in its front matter",
    ));
    std::fs::write(
        p.path("relingo.toml"),
        format!("{CONFIG}\n[release.plain]\ntitle = \"  \"\n"),
    )
    .unwrap();
    p.relingo(&["status"])
        .code(2)
        .stderr(predicate::str::contains("a title is one line of text"));
}
