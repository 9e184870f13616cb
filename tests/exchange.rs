//! Vendor round trips on the bundled example, through the real binary: what a vendor sends
//! back changes the translation's text and nothing else.

mod common;

use std::path::Path;

use predicates::prelude::*;

/// A copy of the bundled example whose Welsh translation of the first release names the
/// alliance through the term `-alliance`, defined in the locale's `_terms.ftl`.
fn welsh_with_a_term() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for part in ["sources", "locales"] {
        common::copy_dir(&root.join(part), &dir.path().join(part));
    }
    std::fs::copy(root.join("relingo.toml"), dir.path().join("relingo.toml")).unwrap();
    let path = dir.path().join("locales/cy/global-threat-assessment.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let with_term = text.replacen(
        "a gomisiynwyd gan WePROTECT Global Alliance yn erbyn",
        "a gomisiynwyd gan { -alliance } yn erbyn",
        1,
    );
    assert_ne!(with_term, text);
    std::fs::write(&path, with_term).unwrap();
    std::fs::write(
        dir.path().join("locales/cy/_terms.ftl"),
        "-alliance = WePROTECT Global Alliance\n",
    )
    .unwrap();
    common::relingo_in(dir.path(), &["check", "--locale", "cy"]).success();
    dir
}

fn welsh_file(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("locales/cy/global-threat-assessment.ftl")).unwrap()
}

#[test]
fn a_placeable_survives_a_po_round_trip_with_an_edited_word() {
    let dir = welsh_with_a_term();
    let root = dir.path();
    let args = [
        "export",
        "--locale",
        "cy",
        "--format",
        "po",
        "--state",
        "translated",
    ];
    common::relingo_in(root, &[&args[..], &["--output", "cy.po"]].concat()).success();
    let po = std::fs::read_to_string(root.join("cy.po")).unwrap();
    assert!(
        po.contains("#, fluent-format\n"),
        "the unit says it holds Fluent placeables"
    );
    // The vendor edits one word of the msgstr that holds the term.
    let edited = po.replacen(
        "a gomisiynwyd gan { -alliance }",
        "a gomisiynwyd gan { -alliance } ei hun",
        1,
    );
    assert_ne!(edited, po);
    std::fs::write(root.join("cy.po"), edited).unwrap();
    common::relingo_in(root, &["import", "cy.po", "--locale", "cy"]).success();
    let text = welsh_file(root);
    assert!(
        text.contains("a gomisiynwyd gan { -alliance } ei hun yn erbyn"),
        "{text}"
    );
    assert!(!text.contains("{ \"{\" }"), "no brace escaped");
    common::relingo_in(root, &["check", "--locale", "cy"]).success();
}

#[test]
fn a_placeable_travels_in_xliff_as_a_protected_code() {
    let dir = welsh_with_a_term();
    let root = dir.path();
    let args = [
        "export",
        "--locale",
        "cy",
        "--format",
        "xliff",
        "--state",
        "translated",
    ];
    common::relingo_in(root, &[&args[..], &["--output", "cy.xlf"]].concat()).success();
    let xlf = std::fs::read_to_string(root.join("cy.xlf")).unwrap();
    let ph = "<ph id=\"2\" ctype=\"x-fluent-placeable\">{ -alliance }</ph>";
    assert!(xlf.contains(&format!("a gomisiynwyd gan {ph} yn erbyn")), "{xlf}");
    // A CAT tool leaves the tag alone; the translator edits the words around it, and types
    // braces of their own.
    let edited = xlf.replacen(
        &format!("gan {ph} yn erbyn"),
        &format!("gan {ph} {{ei hun}} yn erbyn"),
        1,
    );
    std::fs::write(root.join("cy.xlf"), edited).unwrap();
    common::relingo_in(root, &["import", "cy.xlf", "--locale", "cy"]).success();
    let text = welsh_file(root);
    assert!(
        text.contains("a gomisiynwyd gan { -alliance } { \"{\" }ei hun{ \"}\" } yn erbyn"),
        "the code is a placeable again, the typed braces are text: {text}"
    );
}

#[test]
fn a_placeable_lost_or_invented_by_a_vendor_is_an_error_at_its_line() {
    let dir = welsh_with_a_term();
    let root = dir.path();
    let args = [
        "export",
        "--locale",
        "cy",
        "--format",
        "po",
        "--state",
        "translated",
    ];
    common::relingo_in(root, &[&args[..], &["--output", "cy.po"]].concat()).success();
    let po = std::fs::read_to_string(root.join("cy.po")).unwrap();
    let edited = po
        .replacen("gan { -alliance } yn", "gan WePROTECT yn", 1)
        .replacen("msgstr \"Llundain\"", "msgstr \"Llundain { -city }\"", 1);
    std::fs::write(root.join("cy.po"), edited).unwrap();
    common::relingo_in(root, &["import", "cy.po", "--locale", "cy"])
        .code(1)
        .stderr(
            predicates::str::contains("error[placeables]: cy.po:").and(predicates::str::contains(
                "the placeable `{ -alliance }` of the exported translation is missing",
            )),
        );
}
