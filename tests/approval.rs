//! Sign-off, end to end through the binary: `relingo approve` writes approvals bound to the
//! text, an edit of either side voids them, `review` lists what awaits one, `status` counts
//! them and gates on them, `require-approval` builds publish only approved text, and the
//! exchange formats carry approval without ever granting it on their own.

mod common;

use std::path::Path;

use predicates::prelude::*;

fn read(root: &Path, rel: &str) -> String {
    std::fs::read_to_string(root.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The lines of `text` that are not approval markers.
fn without_approvals(text: &str) -> String {
    text.split_inclusive('\n')
        .filter(|l| !l.starts_with("# @approved: "))
        .collect()
}

fn status_json(root: &Path, locale: &str) -> serde_json::Value {
    let out = common::relingo_in(root, &["status", "--format", "json", "--locale", locale])
        .get_output()
        .clone();
    serde_json::from_slice(&out.stdout).unwrap()
}

fn approved_in(root: &Path, locale: &str) -> (u64, u64) {
    let status = status_json(root, locale);
    let c = &status["locales"][0]["coverage"];
    (
        c["approved"]["messages"].as_u64().unwrap(),
        c["void_approvals"].as_u64().unwrap(),
    )
}

/// `relingo approve` of the German `online-safety-fund`, as Jana Krüger.
fn approve_german(root: &Path) -> assert_cmd::assert::Assert {
    common::relingo_in(
        root,
        &[
            "approve",
            "--locale",
            "de",
            "--release",
            "online-safety-fund",
            "--by",
            "Jana Krüger",
        ],
    )
}

#[test]
fn approve_seals_only_current_clean_translations_adds_only_its_lines_and_says_what_it_skipped() {
    let dir = common::example();
    let root = dir.path();
    let file = "locales/de/online-safety-fund.ftl";
    let before = read(root, file);
    approve_german(root)
        .success()
        // The edited paragraph is stale in German, and a seeded mistake breaks another.
        .stderr(predicate::str::contains("warning[not-approved]"))
        .stderr(predicate::str::contains(
            "is stale: translated for an earlier source text",
        ))
        .stderr(predicate::str::contains("fails the `links` check"))
        .stderr(predicate::str::contains("Approved"));
    let after = read(root, file);
    assert_eq!(
        without_approvals(&after),
        before,
        "nothing but approval lines is added"
    );
    let markers = after.matches("# @approved: Jana Krüger · ").count();
    assert!(markers > 10, "{after}");
    // Each marker sits right above its message's value, after `# @source:`.
    assert!(after.contains("\n# @approved: Jana Krüger · "), "{after}");
    // Approving again changes nothing, and leaves the file as it is.
    approve_german(root)
        .success()
        .stderr(predicate::str::contains(format!(
            "Approved 0 messages in de as Jana Krüger ({markers} approved already"
        )));
    assert_eq!(read(root, file), after);
}

#[test]
fn an_approval_is_voided_by_an_edit_of_the_translation_and_of_the_source() {
    let dir = common::example();
    let root = dir.path();
    common::relingo_in(root, &["approve", "--locale", "cy", "--by", "Siân Jones"]).success();
    let (approved, void) = approved_in(root, "cy");
    assert_eq!(void, 0);
    assert!(approved > 150, "{approved}");
    // The translator edits an approved translation.
    let file = "locales/cy/online-safety-fund.ftl";
    let text = read(root, file);
    std::fs::write(root.join(file), text.replacen("= Llundain", "= Caerdydd", 1)).unwrap();
    assert_eq!(approved_in(root, "cy"), (approved - 1, 1));
    common::relingo_in(root, &["check", "--locale", "cy"])
        .stdout(predicate::str::contains(
            "warning[approval]: this approval is void: the text changed after Siân Jones approved it",
        ))
        .stdout(predicate::str::contains("locales/cy/online-safety-fund.ftl:"));
    // The press office edits the English of an approved message: stale, and void.
    let source = "sources/school-digital-literacy.md";
    let text = read(root, source);
    let edited = text.replacen("digital literacy", "digital skills", 1);
    assert_ne!(edited, text);
    std::fs::write(root.join(source), edited).unwrap();
    common::relingo_in(root, &["extract"]).success();
    common::relingo_in(root, &["sync"]).success();
    let (now_approved, now_void) = approved_in(root, "cy");
    assert!(now_approved < approved - 1, "{now_approved}");
    assert!(now_void >= 2, "{now_void}");
    // What awaits review lists the void ones with why.
    common::relingo_in(root, &["review", "--locale", "cy"])
        .success()
        .stdout(predicate::str::contains(
            "void:        the text changed after Siân Jones approved it",
        ))
        .stdout(predicate::str::contains("translation: Caerdydd"));
}

#[test]
fn review_lists_what_awaits_sign_off_with_source_and_translation() {
    let dir = common::example();
    let root = dir.path();
    let out = common::relingo_in(
        root,
        &["review", "--locale", "fr", "--release", "online-safety-fund"],
    )
    .success()
    .stderr(predicate::str::contains("Awaiting review: "))
    .get_output()
    .clone();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("locales/fr/online-safety-fund.ftl:"), "{text}");
    assert!(
        text.contains("\n  source:      London\n  translation: Londres\n"),
        "{text}"
    );
    let json = common::relingo_in(
        root,
        &[
            "review",
            "--locale",
            "fr",
            "--release",
            "online-safety-fund",
            "--format",
            "json",
        ],
    )
    .success()
    .get_output()
    .stdout
    .clone();
    let first: serde_json::Value =
        serde_json::from_str(String::from_utf8(json).unwrap().lines().next().unwrap()).unwrap();
    assert_eq!(first["release"], "online-safety-fund");
    assert!(first["translation"].is_string() && first["line"].is_u64());
}

#[test]
fn a_file_that_does_not_parse_is_not_approved_and_is_left_untouched() {
    let dir = common::example();
    let root = dir.path();
    let file = "locales/fr/victims-support-fund.ftl";
    let broken = format!("{}\nstray words at the margin\n", read(root, file));
    std::fs::write(root.join(file), &broken).unwrap();
    common::relingo_in(root, &["approve", "--locale", "fr", "--by", "Claire Martin"])
        .code(1)
        .stderr(predicate::str::contains("error[syntax]"))
        .stderr(predicate::str::contains("this file is left untouched"));
    assert_eq!(read(root, file), broken);
    // Other files were approved.
    assert!(read(root, "locales/fr/online-safety-fund.ftl").contains("# @approved: Claire Martin · "));
}

#[test]
fn a_malformed_or_misplaced_approval_is_reported_never_trusted() {
    let dir = common::example();
    let root = dir.path();
    let file = "locales/fr/online-safety-fund.ftl";
    let text = read(root, file);
    let marked = text.replacen(
        "# @source: London\n",
        "# @source: London\n# @approved: Claire Martin\n",
        1,
    );
    std::fs::write(root.join(file), &marked).unwrap();
    common::relingo_in(
        root,
        &["check", "--locale", "fr", "--release", "online-safety-fund"],
    )
    .stdout(predicate::str::contains(
        "this approval is void: the `# @approved:` line is not `NAME · SEAL`",
    ));
    assert_eq!(approved_in(root, "fr"), (0, 1));
    // An id no release has is refused by name.
    common::relingo_in(
        root,
        &[
            "approve",
            "--locale",
            "fr",
            "--id",
            "no-such-message",
            "--by",
            "Claire Martin",
        ],
    )
    .code(1)
    .stderr(predicate::str::contains(
        "no selected release has a message `no-such-message`",
    ));
    // Approving the message replaces the malformed line with a sealed one.
    let id = marked
        .split("# @approved: Claire Martin\n")
        .nth(1)
        .unwrap()
        .split(" = ")
        .next()
        .unwrap()
        .to_string();
    let qualified = format!("online-safety-fund/{id}");
    common::relingo_in(
        root,
        &[
            "approve",
            "--locale",
            "fr",
            "--id",
            &qualified,
            "--by",
            "Claire Martin",
        ],
    )
    .success();
    let after = read(root, file);
    assert!(!after.contains("# @approved: Claire Martin\n"), "{after}");
    assert_eq!(approved_in(root, "fr"), (1, 0));
    // Without --by and without a git user name, approve says who must be named.
    assert_cmd::Command::cargo_bin("relingo")
        .unwrap()
        .current_dir(root)
        .args(["approve", "--locale", "fr"])
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("say who approves: --by NAME"));
}

#[test]
fn require_approval_publishes_only_approved_text_and_a_required_locale_waits_for_it() {
    let dir = common::example();
    let root = dir.path();
    let config = read(root, "relingo.toml").replace(
        "[locale.ar]\n",
        "[locale.fr]\nrequire-approval = true\n[locale.ar]\n",
    );
    std::fs::write(root.join("relingo.toml"), config).unwrap();
    // The example's Welsh is signed off; here nothing is approved yet.
    for entry in std::fs::read_dir(root.join("locales/cy")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, without_approvals(&text)).unwrap();
    }
    // Welsh blocks the build, and (simultaneous) the release goes out in no language.
    common::relingo_in(root, &["build", "--format", "html"])
        .code(1)
        .stderr(predicate::str::contains("not approved (30 unapproved)"))
        .stderr(predicate::str::contains("error[simultaneous]"));
    assert!(!root.join("dist/fr/online-safety-fund.html").exists());
    common::relingo_in(root, &["status"])
        .code(1)
        .stderr(predicate::str::contains("unapproved"));
    // Welsh approved, the release goes out; unapproved French falls back to English.
    common::relingo_in(root, &["approve", "--locale", "cy", "--by", "S. J."]).success();
    common::relingo_in(root, &["build", "--format", "html"]).success();
    let page = read(root, "dist/fr/online-safety-fund.html");
    assert!(!page.contains("Londres"), "unapproved French is not published");
    // French approved, it is published.
    common::relingo_in(
        root,
        &[
            "approve",
            "--locale",
            "fr",
            "--release",
            "online-safety-fund",
            "--by",
            "C. M.",
        ],
    )
    .success();
    common::relingo_in(root, &["build", "--format", "html"]).success();
    assert!(read(root, "dist/fr/online-safety-fund.html").contains("Londres"));
    // --deny unapproved names each locale that has unapproved translations.
    common::relingo_in(root, &["status", "--deny", "unapproved"])
        .code(1)
        .stderr(predicate::str::contains("gate failed: fr: "))
        .stderr(predicate::str::contains("not approved, and --deny unapproved"))
        .stderr(predicate::str::contains("gate failed: cy").not());
}

#[test]
fn an_exchange_carries_approval_but_an_import_grants_it_only_when_told_who_approves() {
    let dir = common::example();
    let root = dir.path();
    common::relingo_in(
        root,
        &[
            "approve",
            "--locale",
            "cy",
            "--release",
            "online-safety-fund",
            "--by",
            "Siân Jones",
        ],
    )
    .success();
    common::relingo_in(
        root,
        &[
            "export",
            "--locale",
            "cy",
            "--release",
            "online-safety-fund",
            "--format",
            "xliff",
            "--state",
            "translated",
            "--output",
            "cy.xlf",
        ],
    )
    .success();
    let xliff = read(root, "cy.xlf");
    assert!(
        xliff.contains("approved=\"yes\"") && xliff.contains("state=\"signed-off\""),
        "{xliff}"
    );
    // The vendor revises an approved unit and leaves it marked approved.
    let revised = xliff.replacen(">Llundain</target>", ">Llundain (y brifddinas)</target>", 1);
    assert_ne!(revised, xliff);
    std::fs::write(root.join("cy.xlf"), &revised).unwrap();
    let (approved, _) = approved_in(root, "cy");
    common::relingo_in(root, &["import", "cy.xlf", "--locale", "cy"]).success();
    // The revised text is not approved: the approval on it is void.
    assert_eq!(approved_in(root, "cy"), (approved - 1, 1));
    // Told who approves, the import approves what the file marks approved.
    common::relingo_in(
        root,
        &["import", "cy.xlf", "--locale", "cy", "--approve-by", "Vendor QA"],
    )
    .success()
    .stderr(predicate::str::contains("Approved"));
    assert_eq!(approved_in(root, "cy"), (approved, 0));
    assert!(read(root, "locales/cy/online-safety-fund.ftl").contains("# @approved: Vendor QA · "));
}

#[test]
fn an_approval_of_a_message_the_release_does_not_have_is_reported() {
    let dir = common::example();
    let root = dir.path();
    let file = "locales/fr/online-safety-fund.ftl";
    let text = read(root, file);
    std::fs::write(
        root.join(file),
        format!("{text}\n# @approved: Claire Martin · 0123abcd\nno-such-message-abc123 = Rien.\n"),
    )
    .unwrap();
    common::relingo_in(root, &["check", "--locale", "fr", "--release", "online-safety-fund"]).stdout(
        predicate::str::contains(
            "warning[approval]: this approval is void: Claire Martin approved a message the release does not have",
        ),
    );
}
