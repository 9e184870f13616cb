//! Built pages read by a real browser: Chromium, driven through puppeteer-core, with
//! axe-core's accessibility audit run inside the page (`tests/browser/`, installed by
//! `.ci/run` with npm; no browser is downloaded). Skips with a message when Chromium, Node or
//! the npm packages are missing.

mod common;

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use serde_json::Value;

/// What Chromium makes of each of `pages` (see `tests/browser/audit.mjs`), with axe-core's
/// violations when `axe`; `None` when the browser tests cannot run here.
fn audit(pages: &[PathBuf], axe: bool) -> Option<Vec<Value>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    let ready = Path::new("/usr/bin/chromium").exists()
        && dir.join("node_modules/puppeteer-core").exists()
        && dir.join("node_modules/axe-core").exists()
        && common::installed("node");
    if !ready {
        eprintln!("skipped: needs chromium, node, puppeteer-core and axe-core (npm ci in tests/browser)");
        return None;
    }
    let mut command = std::process::Command::new("node");
    command.arg(dir.join("audit.mjs"));
    if axe {
        command.arg("--axe");
    }
    let out = command.args(pages).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    Some(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect(),
    )
}

/// The example project, built into its `dist/` (HTML only).
fn built_example() -> tempfile::TempDir {
    let dir = common::example();
    common::relingo_in(dir.path(), &["build", "--format", "html"]).success();
    dir
}

/// Every HTML page of `dist`, sorted.
fn every_page(dist: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "html") {
                out.push(path);
            }
        }
    }
    let mut pages = Vec::new();
    walk(dist, &mut pages);
    pages.sort();
    pages
}

/// The locale folder a page is in (`None` for the top index).
fn locale_of<'a>(dist: &Path, page: &'a Path) -> Option<&'a str> {
    let relative = page.strip_prefix(dist).unwrap();
    let mut parts = relative.components();
    let first = parts.next()?.as_os_str().to_str().unwrap();
    parts.next().map(|_| first)
}

/// Whether `text` is a name or a code: one word, or words that all begin with a capital.
fn is_a_name(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    words.len() < 2 || words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()))
}

#[test]
fn every_text_of_every_page_is_in_the_language_the_browser_is_told() {
    let dir = built_example();
    let dist = dir.path().join("dist");
    let pages = every_page(&dist);
    assert!(pages.len() > 40, "{pages:?}");
    let Some(audits) = audit(&pages, false) else {
        return;
    };
    let by_file: BTreeMap<&str, &Value> = audits.iter().map(|a| (a["file"].as_str().unwrap(), a)).collect();
    let texts = |file: &Path| -> HashSet<String> {
        by_file[file.to_str().unwrap()]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["text"].as_str().unwrap().to_string())
            .collect()
    };
    let mut wrong = Vec::new();
    for page in &pages {
        let locale = locale_of(&dist, page).unwrap_or("en-GB");
        let rtl = locale == "ar";
        // What the English page of the same name says is English wherever it appears.
        let english = texts(&dist.join("en-GB").join(page.file_name().unwrap()));
        for node in by_file[page.to_str().unwrap()]["nodes"].as_array().unwrap() {
            let text = node["text"].as_str().unwrap();
            let lang = node["lang"].as_str().unwrap();
            let dir = node["dir"].as_str().unwrap();
            let expected = if let Some(linked) = node["hreflang"].as_str() {
                // A language switcher's entry, or "read this page in …": the other language.
                (linked.to_string(), if linked == "ar" { "rtl" } else { "ltr" })
            } else if is_a_name(text) {
                // Names (National Crime Agency), addresses and reference numbers are in no
                // language: a translation keeps them as they are.
                continue;
            } else if locale == "en-GB" || english.iter().any(|e| e.contains(text)) && text.contains(' ') {
                ("en".to_string(), "ltr")
            } else if text.contains(' ') && text.chars().count() >= 12 {
                (locale.to_string(), if rtl { "rtl" } else { "ltr" })
            } else {
                continue;
            };
            // Welsh is complete: a Welsh page says everything in Welsh, its chrome included
            // (a Welsh Language Standards requirement), and only names stay as they are.
            if locale == "cy" && node["hreflang"].is_null() && !lang.starts_with("cy") {
                wrong.push(format!(
                    "{}: `{text}` is lang={lang} on a Welsh page",
                    page.strip_prefix(&dist).unwrap().display()
                ));
            }
            // The language decides (an English interface string serves en-GB as `en`).
            let language = |tag: &str| tag.split('-').next().unwrap_or_default().to_string();
            if language(lang) != language(&expected.0) || dir != expected.1 {
                wrong.push(format!(
                    "{}: `{text}` is lang={lang} dir={dir}, expected {expected:?}",
                    page.strip_prefix(&dist).unwrap().display()
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn no_page_links_to_a_missing_file_or_shows_a_broken_image_and_alternates_are_reciprocal() {
    let dir = built_example();
    let dist = dir.path().join("dist");
    let pages = every_page(&dist);
    let Some(audits) = audit(&pages, false) else {
        return;
    };
    let mut problems = Vec::new();
    let mut alternates: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for page in &audits {
        let file = page["file"].as_str().unwrap();
        let name = Path::new(file).strip_prefix(&dist).unwrap().display().to_string();
        for link in page["links"].as_array().unwrap() {
            if link["exists"] != true {
                problems.push(format!("{name}: links to {}, which is not there", link["href"]));
            }
        }
        for image in page["images"].as_array().unwrap() {
            if image["loaded"] != true {
                problems.push(format!("{name}: the image {} does not load", image["src"]));
            }
        }
        // Arabic pages are laid out right to left, every other one left to right.
        let expected_dir = if name.starts_with("ar/") { "rtl" } else { "ltr" };
        if page["dir"] != expected_dir {
            problems.push(format!("{name}: the browser lays it out {}", page["dir"]));
        }
        let of_page: BTreeMap<String, String> = page["alternates"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(lang, path)| (lang.clone(), path.as_str().unwrap().to_string()))
            .collect();
        alternates.insert(file.to_string(), of_page);
    }
    // Every page an alternate names names the same set back, itself included.
    let mut release_pages = 0;
    for (file, of_page) in &alternates {
        if of_page.is_empty() {
            continue;
        }
        release_pages += 1;
        let lang = locale_of(&dist, Path::new(file)).unwrap();
        if of_page.get(lang) != Some(file) {
            problems.push(format!("{file}: does not name itself as the {lang} alternate"));
        }
        if !of_page.contains_key("x-default") {
            problems.push(format!("{file}: has no x-default alternate"));
        }
        for other in of_page.values() {
            if alternates.get(other) != Some(of_page) {
                problems.push(format!("{file} and {other} do not name the same alternates"));
            }
        }
    }
    assert!(release_pages >= 35, "{release_pages}");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_indexes_and_welsh_arabic_and_chinese_pages_pass_an_accessibility_audit() {
    let dir = built_example();
    let dist = dir.path().join("dist");
    let pages: Vec<PathBuf> = [
        "index.html",
        "cy/index.html",
        "ar/index.html",
        "cy/online-safety-fund.html",
        "ar/online-safety-fund.html",
        "zh-CN/online-safety-fund.html",
        "cy/global-threat-assessment.html",
    ]
    .iter()
    .map(|p| dist.join(p))
    .collect();
    let Some(audits) = audit(&pages, true) else { return };
    let mut serious = Vec::new();
    for page in &audits {
        for violation in page["axe"].as_array().unwrap() {
            if matches!(violation["impact"].as_str(), Some("serious" | "critical")) {
                serious.push(format!(
                    "{}: {} ({}): {}",
                    page["file"], violation["id"], violation["impact"], violation["nodes"]
                ));
            }
        }
    }
    assert_eq!(audits.len(), pages.len());
    assert!(serious.is_empty(), "{}", serious.join("\n"));
}
