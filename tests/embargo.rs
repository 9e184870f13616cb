//! Embargoes, end to end through the binary: a release is held in every locale until its
//! embargo lifts, `--preview` builds it apart and marked, `--at` and `SOURCE_DATE_EPOCH` fix
//! the clock, and bad times are refused with where they are.

mod common;

use std::path::Path;

use predicates::prelude::*;

const EMBARGOED: &str = "victims-support-fund";
const LIFTED: &str = "2026-12-10T00:01:00+00:00";

fn read(root: &Path, rel: &str) -> String {
    std::fs::read_to_string(root.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn manifest(root: &Path) -> serde_json::Value {
    serde_json::from_str(&read(root, "dist/manifest.json")).unwrap()
}

#[test]
fn a_release_under_embargo_is_held_in_every_locale_until_its_time() {
    let dir = common::example();
    let root = dir.path();
    // The tests' clock (SOURCE_DATE_EPOCH) is a week before the embargo lifts.
    common::relingo_in(root, &["build"])
        .success()
        .stderr(predicate::str::contains(format!(
            "warning[embargo]: sources/{EMBARGOED}.md: under embargo until {LIFTED}: not published in any locale"
        )))
        .stderr(predicate::str::contains("7 held under embargo"));
    for locale in ["en-GB", "cy", "fr", "zh-CN"] {
        assert!(
            !root.join(format!("dist/{locale}/{EMBARGOED}.html")).exists(),
            "{locale}"
        );
        assert!(!read(root, &format!("dist/{locale}/index.html")).contains(EMBARGOED));
    }
    let m = manifest(root);
    let held: Vec<&serde_json::Value> = m["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["release"] == EMBARGOED)
        .collect();
    assert_eq!(held.len(), 8, "every locale records the release");
    assert!(
        held.iter()
            .all(|p| p["publication"] == "held" && p["embargo"] == LIFTED)
    );
    assert!(
        m["outputs"]
            .as_array()
            .unwrap()
            .iter()
            .all(|o| o["release"] != EMBARGOED)
    );
    // From the embargo's minute on, it is published everywhere.
    common::relingo_in(root, &["build", "--at", LIFTED])
        .success()
        .stderr(predicate::str::contains("embargo").not());
    assert!(read(root, &format!("dist/cy/{EMBARGOED}.html")).contains("<h1>"));
    assert!(read(root, "dist/cy/index.html").contains(EMBARGOED));
    let published = manifest(root);
    let pair = published["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["release"] == EMBARGOED && p["locale"] == "cy")
        .unwrap();
    assert_eq!(pair["embargo"], LIFTED);
    assert!(pair.get("publication").is_none(), "published: {pair}");
}

#[test]
fn preview_builds_embargoed_pages_apart_each_saying_so_in_its_language() {
    let dir = common::example();
    let root = dir.path();
    common::relingo_in(root, &["build", "--preview"])
        .success()
        .stderr(predicate::str::contains("built for preview only, into _preview/"));
    let welsh = read(root, &format!("dist/_preview/cy/{EMBARGOED}.html"));
    assert!(
        welsh.contains("<p class=\"embargo\" role=\"note\">Dan embargo: ddim i&#x27;w gyhoeddi cyn 10 Rhagfyr 2026 am 00:01 (UTC)</p>"),
        "{welsh}"
    );
    assert!(welsh.contains("<meta name=\"robots\" content=\"noindex\">"));
    let english = read(root, &format!("dist/_preview/en-GB/{EMBARGOED}.html"));
    assert!(
        english.contains("Embargoed: not for publication until 10 December 2026 at 00:01 (UTC)"),
        "{english}"
    );
    // Its images are beside it in the preview area; no public page or index has it.
    assert!(!root.join(format!("dist/cy/{EMBARGOED}.html")).exists());
    assert!(!read(root, "dist/cy/index.html").contains(EMBARGOED));
    let preview_index = read(root, "dist/_preview/index.html");
    assert!(
        preview_index.contains(&format!("cy&#x2f;{EMBARGOED}.html")),
        "{preview_index}"
    );
    assert!(
        !preview_index.contains(&format!("ar&#x2f;{EMBARGOED}.html")),
        "withheld in Arabic: no page"
    );
    let m = manifest(root);
    assert!(
        m["outputs"]
            .as_array()
            .unwrap()
            .iter()
            .all(|o| o["release"] != EMBARGOED)
    );
    let preview = m["preview"]["outputs"].as_array().unwrap();
    assert!(
        preview
            .iter()
            .any(|o| o["path"] == format!("_preview/cy/{EMBARGOED}.html"))
    );
    assert!(
        m["preview"]["pairs"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["publication"] == "previewed")
    );
    // After the embargo, --preview builds it as any release: published, not previewed.
    common::relingo_in(root, &["build", "--preview", "--at", LIFTED]).success();
    assert!(root.join(format!("dist/cy/{EMBARGOED}.html")).exists());
    assert!(
        !root.join("dist/_preview").exists(),
        "the preview area is gone with its pages"
    );
}

#[test]
fn a_held_release_does_not_fail_the_build_for_a_required_locale_until_it_goes_out() {
    let dir = common::example();
    let root = dir.path();
    let file = format!("locales/cy/{EMBARGOED}.ftl");
    let text = read(root, &file);
    let (head, _) = text.split_at(text.len() * 2 / 3);
    let cut = &head[..head.rfind("\n\n").unwrap() + 1];
    std::fs::write(root.join(&file), cut).unwrap();
    common::relingo_in(root, &["build"])
        .success()
        .stderr(predicate::str::contains(format!(
            "warning[required]: locales/cy/{EMBARGOED}.ftl: `cy` is required to be complete"
        )));
    common::relingo_in(root, &["build", "--at", LIFTED])
        .code(1)
        .stderr(predicate::str::contains(format!(
            "error[required]: locales/cy/{EMBARGOED}.ftl"
        )));
}

#[test]
fn a_clock_or_an_embargo_that_cannot_be_read_is_refused_with_where_it_is() {
    let dir = common::example();
    let root = dir.path();
    common::relingo_in(root, &["build", "--at", "next Tuesday"])
        .code(2)
        .stderr(predicate::str::contains(
            "--at: `next Tuesday` is not an ISO 8601 date-time",
        ));
    common::relingo_in(root, &["build", "--at", "2026-12-10T09:00:00"])
        .code(2)
        .stderr(predicate::str::contains(
            "--at: `2026-12-10T09:00:00` has no offset",
        ));
    assert_cmd::Command::cargo_bin("relingo")
        .unwrap()
        .current_dir(root)
        .env("SOURCE_DATE_EPOCH", "yesterday")
        .args(["build"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "SOURCE_DATE_EPOCH: `yesterday` is not a number of seconds",
        ));
    let source = format!("sources/{EMBARGOED}.md");
    let text = read(root, &source);
    std::fs::write(root.join(&source), text.replace(LIFTED, "2026-12-10 00:01")).unwrap();
    common::relingo_in(root, &["build"])
        .code(2)
        .stderr(predicate::str::contains(format!(
            "sources/{EMBARGOED}.md:5:1: embargo: `2026-12-10 00:01` has no offset"
        )));
}

/// Cuts the last message of `locale`'s file of `release`, leaving it incomplete.
fn cut_last_message(root: &Path, locale: &str, release: &str) {
    let file = root.join(format!("locales/{locale}/{release}.ftl"));
    let text = read(root, &format!("locales/{locale}/{release}.ftl"));
    let body = text.trim_end();
    let cut = &body[..body.rfind("\n\n").unwrap() + 1];
    std::fs::write(file, cut).unwrap();
}

#[test]
fn simultaneous_publication_holds_a_release_in_every_language_while_a_required_one_is_incomplete() {
    let dir = common::example();
    let root = dir.path();
    cut_last_message(root, "cy", "online-safety-fund");
    common::relingo_in(root, &["build"])
        .code(1)
        .stderr(predicate::str::contains(
            "error[simultaneous]: sources/online-safety-fund.md: held in every language: `cy` is not complete",
        ));
    for locale in ["en-GB", "cy", "fr"] {
        assert!(
            !root
                .join(format!("dist/{locale}/online-safety-fund.html"))
                .exists(),
            "{locale}"
        );
    }
    assert!(
        root.join("dist/en-GB/school-digital-literacy.html").exists(),
        "other releases go out"
    );
    // Without simultaneous publication, English goes out and Welsh falls back.
    let config = read(root, "relingo.toml").replace("simultaneous = true", "simultaneous = false");
    std::fs::write(root.join("relingo.toml"), config).unwrap();
    common::relingo_in(root, &["build"]).code(1);
    assert!(root.join("dist/en-GB/online-safety-fund.html").exists());
}

#[test]
fn status_says_whether_each_release_can_go_out_and_ready_by_gates_on_the_ones_due() {
    let dir = common::example();
    let root = dir.path();
    common::relingo_in(root, &["status", "--release", EMBARGOED])
        .success()
        .stdout(predicate::str::contains(format!(
            "ready     {EMBARGOED} (embargo {LIFTED}): every required locale is complete"
        )));
    cut_last_message(root, "cy", EMBARGOED);
    common::relingo_in(root, &["status", "--release", EMBARGOED])
        .code(1)
        .stdout(predicate::str::contains(format!(
            "not ready {EMBARGOED} (embargo {LIFTED}): cy: 1 missing ("
        )));
    // Due by the embargo's minute: one line for the Welsh blocker. Not due the day before.
    common::relingo_in(root, &["status", "--ready-by", LIFTED])
        .code(1)
        .stderr(predicate::str::contains(format!(
            "gate failed: cy: {EMBARGOED} is not ready by {LIFTED} (its embargo lifts at {LIFTED}): 1 missing"
        )));
    common::relingo_in(root, &["status", "--ready-by", "2026-12-09T09:00:00+00:00"])
        .stderr(predicate::str::contains("is not ready by").not());
    let json = common::relingo_in(root, &["status", "--format", "json"])
        .get_output()
        .stdout
        .clone();
    let report: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let entry = report["readiness"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["release"] == EMBARGOED)
        .unwrap();
    assert_eq!(entry["ready"], false);
    assert_eq!(entry["blockers"][0]["locale"], "cy");
    common::relingo_in(root, &["status", "--ready-by", "soon"])
        .code(2)
        .stderr(predicate::str::contains(
            "--ready-by: `soon` is not an ISO 8601 date-time",
        ));
}
