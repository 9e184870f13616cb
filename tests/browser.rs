//! Built pages read by a real browser: Chromium, driven through puppeteer-core
//! (`tests/browser/`, installed by `.ci/run` with npm; no browser is downloaded). Skips with
//! a message when Chromium, Node or puppeteer-core is missing.

mod common;

use std::collections::HashSet;
use std::path::Path;

use serde_json::Value;

/// Every text node of `<main>` of `pages`, with the language and direction Chromium resolves
/// for it; `None` when the browser tests cannot run here.
fn text_nodes(pages: &[&Path]) -> Option<Vec<Value>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    let ready = Path::new("/usr/bin/chromium").exists()
        && dir.join("node_modules/puppeteer-core").exists()
        && common::installed("node");
    if !ready {
        eprintln!("skipped: needs chromium, node and puppeteer-core (npm install in tests/browser)");
        return None;
    }
    let out = std::process::Command::new("node")
        .arg(dir.join("lang-walk.mjs"))
        .args(pages)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    Some(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect(),
    )
}

#[test]
fn every_text_of_a_page_is_in_the_language_the_browser_is_told() {
    let dir = common::example();
    let root = dir.path();
    common::relingo_in(root, &["build", "--format", "html"]).success();
    let page = |locale: &str| root.join(format!("dist/{locale}/online-safety-fund.html"));
    let locales = ["fr", "ar", "zh-CN", "pl", "cy", "de"];
    let english_page = page("en-GB");
    let mut pages = vec![english_page.as_path()];
    let others: Vec<_> = locales.iter().map(|l| page(l)).collect();
    pages.extend(others.iter().map(|p| p.as_path()));
    let Some(nodes) = text_nodes(&pages) else { return };
    // What the English page says is English wherever it appears.
    let english: HashSet<&str> = nodes
        .iter()
        .filter(|n| n["file"] == english_page.to_str().unwrap())
        .map(|n| n["text"].as_str().unwrap())
        .filter(|t| t.chars().count() >= 12)
        .collect();
    let mut wrong = Vec::new();
    for (locale, path) in locales.iter().zip(&others) {
        let rtl = *locale == "ar";
        for node in nodes.iter().filter(|n| n["file"] == path.to_str().unwrap()) {
            let text = node["text"].as_str().unwrap();
            let lang = node["lang"].as_str().unwrap();
            let dir = node["dir"].as_str().unwrap();
            // Addresses and reference numbers are in no language.
            if !text.contains(' ') {
                continue;
            }
            let expected = if english.iter().any(|e| e.contains(text)) {
                ("en", "ltr")
            } else if text.chars().count() >= 12 {
                (*locale, if rtl { "rtl" } else { "ltr" })
            } else {
                continue;
            };
            if !lang.starts_with(expected.0) || dir != expected.1 {
                wrong.push(format!(
                    "{locale}: `{text}` is lang={lang} dir={dir}, expected {expected:?}"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
