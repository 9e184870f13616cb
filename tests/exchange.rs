//! Vendor round trips on the bundled example, through the real binary: what a vendor sends
//! back changes the translation's text and nothing else.

mod common;

use std::path::Path;

use predicates::prelude::*;

/// A copy of the bundled example whose Welsh translation of the first release names the
/// alliance through the term `-alliance`, defined in the locale's `_terms.ftl`.
fn welsh_with_a_term() -> tempfile::TempDir {
    let dir = common::example();
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

/// Exports the translated Welsh messages as `format` into `file`; returns what it wrote.
fn export_welsh(root: &Path, format: &str, file: &str) -> String {
    let args = [
        "export",
        "--locale",
        "cy",
        "--format",
        format,
        "--state",
        "translated",
        "--output",
        file,
    ];
    common::relingo_in(root, &args).success();
    std::fs::read_to_string(root.join(file)).unwrap()
}

fn welsh_file(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("locales/cy/global-threat-assessment.ftl")).unwrap()
}

#[test]
fn a_placeable_survives_a_po_round_trip_with_an_edited_word() {
    let dir = welsh_with_a_term();
    let root = dir.path();
    let po = export_welsh(root, "po", "cy.po");
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
    let xlf = export_welsh(root, "xliff", "cy.xlf");
    let ph = "<ph id=\"1\" ctype=\"x-fluent-placeable\">{ -alliance }</ph>";
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
    let po = export_welsh(root, "po", "cy.po");
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

/// The id of the German message marked stale in `online-safety-fund`.
fn stale_german_id(root: &Path) -> String {
    let text = std::fs::read_to_string(root.join("locales/de/online-safety-fund.ftl")).unwrap();
    let after_stale = text.split("# @stale:").nth(1).unwrap();
    let line = after_stale
        .lines()
        .find(|l| !l.starts_with('#') && l.contains(" = "))
        .unwrap();
    line.split(" = ").next().unwrap().trim().to_string()
}

/// Exports the German messages that need work as de.po; returns what it wrote.
fn export_german(root: &Path) -> String {
    let args = [
        "export",
        "--locale",
        "de",
        "--format",
        "po",
        "--state",
        "missing,stale",
        "--output",
        "de.po",
    ];
    common::relingo_in(root, &args).success();
    std::fs::read_to_string(root.join("de.po")).unwrap()
}

/// `po` with the msgstr of the unit `context` replaced and its fuzzy flag dropped.
fn vendor_translates(po: &str, context: &str, msgstr: &str) -> String {
    let mut blocks: Vec<String> = po.split("\n\n").map(str::to_string).collect();
    let block = blocks
        .iter_mut()
        .find(|b| b.contains(&format!("msgctxt \"{context}\"")))
        .unwrap_or_else(|| panic!("{context} in the export"));
    let lines: Vec<String> = block
        .lines()
        .filter(|l| *l != "#, fuzzy" && !l.starts_with("#| "))
        .map(|l| {
            if l.starts_with("msgstr ") {
                format!("msgstr \"{msgstr}\"")
            } else {
                l.replace("#, fuzzy, ", "#, ")
            }
        })
        .collect();
    *block = lines.join("\n");
    blocks.join("\n\n")
}

#[test]
fn an_older_export_imported_after_a_newer_one_never_reverts_it() {
    let dir = common::example();
    let root = dir.path();
    let context = format!("online-safety-fund/{}", stale_german_id(root));
    let original = export_german(root);
    std::fs::write(
        root.join("corrected.po"),
        vendor_translates(&original, &context, "Korrigierte Fassung."),
    )
    .unwrap();
    // (It drops the source's numbers: imported, with a warning.)
    common::relingo_in(root, &["import", "corrected.po", "--locale", "de"]);
    let corrected = std::fs::read_to_string(root.join("locales/de/online-safety-fund.ftl")).unwrap();
    assert!(corrected.contains("= Korrigierte Fassung.\n"), "{corrected}");
    // A colleague imports the original export, where that unit is still fuzzy and untouched.
    common::relingo_in(root, &["import", "de.po", "--locale", "de", "--dry-run"])
        .success()
        .stderr(predicates::str::contains("Would set").not());
    common::relingo_in(root, &["import", "de.po", "--locale", "de"]).success();
    let after = std::fs::read_to_string(root.join("locales/de/online-safety-fund.ftl")).unwrap();
    assert_eq!(
        after, corrected,
        "the newer translation stays, and is not marked stale"
    );
}

#[test]
fn a_message_changed_in_the_file_and_by_the_vendor_keeps_both() {
    let dir = common::example();
    let root = dir.path();
    let id = stale_german_id(root);
    let context = format!("online-safety-fund/{id}");
    let po = export_german(root);
    std::fs::write(
        root.join("de.po"),
        vendor_translates(&po, &context, "Fassung des Anbieters."),
    )
    .unwrap();
    // Meanwhile the in-house translator updates the same message in the file.
    let path = root.join("locales/de/online-safety-fund.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let start = text.find(&format!("\n{id} = ")).unwrap() + 1;
    let end = start + text[start..].find('\n').unwrap();
    let edited = format!("{}{id} = Fassung im Haus.{}", &text[..start], &text[end..]);
    std::fs::write(&path, &edited).unwrap();
    common::relingo_in(root, &["import", "de.po", "--locale", "de", "--dry-run"])
        .code(1)
        .stderr(predicates::str::contains(format!(
            "Would set {context}: “Fassung im Haus.” → “Fassung des Anbieters.” (conflict)"
        )));
    common::relingo_in(root, &["import", "de.po", "--locale", "de"])
        .code(1)
        .stderr(predicates::str::contains("warning[conflict]: de.po:"));
    let after = std::fs::read_to_string(&path).unwrap();
    assert!(after.contains("# @conflict: Fassung des Anbieters.\n"), "{after}");
    assert!(
        after.contains(&format!("{id} = Fassung im Haus.\n")),
        "the file's translation stays"
    );
    common::relingo_in(
        root,
        &["check", "--locale", "de", "--release", "online-safety-fund"],
    )
    .stdout(predicates::str::contains("warning[conflict]"));
    // The message is not published until a translator chooses.
    let status = common::relingo_in(root, &["status", "--format", "json", "--locale", "de"]);
    let json: serde_json::Value = serde_json::from_slice(&status.get_output().stdout).unwrap();
    let file = json["locales"][0]["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["file"] == "online-safety-fund.ftl")
        .unwrap();
    assert!(
        file["stale"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["id"] == id.as_str())
    );
}

#[test]
fn translate_toolkit_s_xliff_of_an_export_imports_cleanly_message_by_message() {
    if !common::installed("po2xliff") {
        eprintln!("skipped: translate-toolkit is not installed (pip install translate-toolkit)");
        return;
    }
    let dir = common::example();
    let root = dir.path();
    common::relingo_in(
        root,
        &["export", "--locale", "de", "--format", "po", "--output", "de.po"],
    )
    .success();
    let converted = std::process::Command::new("po2xliff")
        .args(["de.po", "de.xlf"])
        .current_dir(root)
        .output()
        .unwrap();
    assert!(
        converted.status.success(),
        "{}",
        String::from_utf8_lossy(&converted.stderr)
    );
    let before = std::fs::read_to_string(root.join("locales/de/national-cybercrime-reporting.ftl")).unwrap();
    let others = std::fs::read_to_string(root.join("locales/de/victims-support-fund.ftl")).unwrap();
    // The converter drops the msgctxt and renumbers the units; "London" is the source text of
    // several messages; the header became a unit. Untouched, the file imports as nothing.
    common::relingo_in(root, &["import", "de.xlf", "--locale", "de"])
        .success()
        .stderr(predicates::str::contains(" 0 skipped"));
    // The vendor translates one of the "London" units.
    let xlf = std::fs::read_to_string(root.join("de.xlf")).unwrap();
    let note = "relingo: national-cybercrime-reporting/london-";
    let at = xlf.find(note).expect("the machine note survives the converter");
    let unit_start = xlf[..at].rfind("<trans-unit").unwrap();
    let target = unit_start + xlf[unit_start..].find("<target").unwrap();
    let target_end = target + xlf[target..].find("</target>").unwrap() + "</target>".len();
    let edited = format!(
        "{}<target state=\"translated\">London (Hauptstadt)</target>{}",
        &xlf[..target],
        &xlf[target_end..]
    );
    std::fs::write(root.join("de.xlf"), edited).unwrap();
    common::relingo_in(root, &["import", "de.xlf", "--locale", "de"])
        .success()
        .stderr(predicates::str::contains("1 translated").and(predicates::str::contains(" 0 skipped")));
    let after = std::fs::read_to_string(root.join("locales/de/national-cybercrime-reporting.ftl")).unwrap();
    assert!(after.contains("= London (Hauptstadt)\n"), "{after}");
    let expected = before.replacen(
        "# @todo\nlondon-ecc0e7 = London\n",
        "london-ecc0e7 = London (Hauptstadt)\n",
        1,
    );
    assert_eq!(after, expected, "only that message changed");
    assert_eq!(
        std::fs::read_to_string(root.join("locales/de/victims-support-fund.ftl")).unwrap(),
        others
    );
}

#[test]
fn a_tmx_export_reads_back_whole_in_translate_toolkit() {
    let python = ["python3", "-c", "import translate.storage.tmx"];
    if !std::process::Command::new(python[0])
        .args(&python[1..])
        .output()
        .is_ok_and(|o| o.status.success())
    {
        eprintln!("skipped: translate-toolkit is not installed (pip install translate-toolkit)");
        return;
    }
    let dir = welsh_with_a_term();
    let root = dir.path();
    common::relingo_in(
        root,
        &[
            "export", "--locale", "cy", "--format", "tmx", "--output", "cy.tmx",
        ],
    )
    .success()
    .stderr(predicates::str::contains("Exported 161 messages"));
    let read = std::process::Command::new("python3")
        .args([
            "-c",
            "import json, sys\nfrom translate.storage import tmx\nstore = tmx.tmxfile.parsefile(sys.argv[1])\nprint(json.dumps([[u.getid(), u.source, u.target] for u in store.units]))",
            "cy.tmx",
        ])
        .current_dir(root)
        .output()
        .unwrap();
    assert!(read.status.success(), "{}", String::from_utf8_lossy(&read.stderr));
    let units: Vec<(String, String, String)> = serde_json::from_slice(&read.stdout).unwrap();
    assert_eq!(units.len(), 161, "every translated message is a unit");
    let (id, source, target) = units
        .iter()
        .find(|(_, _, t)| t.contains("a gomisiynwyd gan"))
        .expect("the unit with the term");
    assert!(
        id.starts_with("global-threat-assessment/a-global-threat-assessment-"),
        "{id}"
    );
    assert!(
        source.starts_with("A Global Threat Assessment, commissioned by"),
        "{source}"
    );
    assert!(
        target.contains("a gomisiynwyd gan { -alliance } yn erbyn"),
        "{target}"
    );
}

#[test]
fn an_xliff2_round_trip_keeps_the_placeable_and_applies_the_edit() {
    let dir = welsh_with_a_term();
    let root = dir.path();
    let xlf = export_welsh(root, "xliff2", "cy.xlf");
    assert!(xlf.contains("version=\"2.1\""), "{xlf}");
    let ph = "<ph id=\"1\" dataRef=\"d1\" disp=\"{ -alliance }\" canDelete=\"no\"/>";
    assert!(xlf.contains(&format!("a gomisiynwyd gan {ph} yn erbyn")), "{xlf}");
    let edited = xlf.replacen(
        &format!("gan {ph} yn erbyn"),
        &format!("gan {ph} ei hun yn erbyn"),
        1,
    );
    std::fs::write(root.join("cy.xlf"), edited).unwrap();
    common::relingo_in(root, &["import", "cy.xlf", "--locale", "cy"])
        .success()
        .stderr(predicates::str::contains("1 translated"));
    assert!(welsh_file(root).contains("a gomisiynwyd gan { -alliance } ei hun yn erbyn"));
}

/// Exports the untranslated German messages of the national cybercrime release in `format`,
/// cut into sentences, into `file`; returns what it wrote.
fn export_german_sentences(root: &Path, format: &str, file: &str) -> String {
    let args = [
        "export",
        "--locale",
        "de",
        "--release",
        "national-cybercrime-reporting",
        "--format",
        format,
        "--sentences",
        "--output",
        file,
    ];
    common::relingo_in(root, &args).success();
    std::fs::read_to_string(root.join(file)).unwrap()
}

/// The unit of four sentences that the German export cuts.
const FOUR_SENTENCES: &str = "the-service-replaces-a-680755";

/// A translator's German for its sentences, one by one.
const SATZ: [&str; 4] = [
    "Der Dienst ersetzt ein Flickwerk regionaler Systeme.",
    "Er ist rund um die Uhr, 24 Stunden am Tag, erreichbar.",
    "Meldungen werden binnen 48 Stunden geprüft.",
    "Nie mehr wochenlang auf ein Aktenzeichen warten!",
];

/// What a CAT tool sends back for the unit of four sentences in XLIFF 1.2: the first `done`
/// sentences translated, the segments run together with no space between them.
fn vendor_fills_segments(xlf: &str, done: usize) -> String {
    let start = xlf.find(&format!("<trans-unit id=\"{FOUR_SENTENCES}\"")).unwrap();
    let target = start + xlf[start..].find("<target").unwrap();
    let end = target + xlf[target..].find("</target>").unwrap() + "</target>".len();
    let segments: String = (1..=4)
        .map(|n| {
            let text = if n <= done { SATZ[n - 1] } else { "" };
            format!("<mrk mtype=\"seg\" mid=\"{n}\">{text}</mrk>")
        })
        .collect();
    format!(
        "{}<target state=\"translated\">{segments}</target>{}",
        &xlf[..target],
        &xlf[end..]
    )
}

fn german_file(root: &Path) -> String {
    std::fs::read_to_string(root.join("locales/de/national-cybercrime-reporting.ftl")).unwrap()
}

/// Imports `sent` as `de.xlf` and finds the four sentences back as one message.
fn imports_as_one_message(root: &Path, sent: String) {
    std::fs::write(root.join("de.xlf"), sent).unwrap();
    common::relingo_in(root, &["import", "de.xlf", "--locale", "de"])
        .success()
        .stderr(predicates::str::contains("1 translated"));
    assert!(
        german_file(root).contains(&format!("{FOUR_SENTENCES} = {}\n", SATZ.join(" "))),
        "{}",
        german_file(root)
    );
}

#[test]
fn xliff_sentence_segments_come_back_as_one_message_per_block() {
    let dir = common::example();
    let root = dir.path();
    let xlf = export_german_sentences(root, "xliff", "de.xlf");
    assert!(
        xlf.contains("<seg-source><mrk mtype=\"seg\" mid=\"1\">The service replaces a patchwork of regional systems.</mrk> <mrk mtype=\"seg\" mid=\"2\">It will be available"),
        "{xlf}"
    );
    assert!(xlf.contains("<target state=\"needs-translation\"><mrk mtype=\"seg\" mid=\"1\"></mrk> <mrk mtype=\"seg\" mid=\"2\"></mrk>"));
    imports_as_one_message(root, vendor_fills_segments(&xlf, 4));
}

#[test]
fn a_block_whose_sentences_are_only_partly_translated_is_not_imported() {
    let dir = common::example();
    let root = dir.path();
    let xlf = export_german_sentences(root, "xliff", "de.xlf");
    std::fs::write(root.join("de.xlf"), vendor_fills_segments(&xlf, 2)).unwrap();
    let before = german_file(root);
    common::relingo_in(root, &["import", "de.xlf", "--locale", "de"])
        .code(1)
        .stderr(predicates::str::contains(format!(
            "`national-cybercrime-reporting/{FOUR_SENTENCES}`: 2 of its 4 sentences are translated; the block is imported once all are"
        )));
    assert_eq!(german_file(root), before);
}

#[test]
fn xliff2_segments_come_back_joined_even_without_their_ignorables() {
    let dir = common::example();
    let root = dir.path();
    let xlf = export_german_sentences(root, "xliff2", "de.xlf");
    let unit_start = xlf.find(&format!("<unit id=\"{FOUR_SENTENCES}\"")).unwrap();
    let unit_end = unit_start + xlf[unit_start..].find("</unit>").unwrap();
    let unit = &xlf[unit_start..unit_end];
    assert_eq!(unit.matches("<segment state=\"initial\">").count(), 4, "{unit}");
    assert_eq!(unit.matches("<ignorable>").count(), 3, "{unit}");
    // A tool that drops the ignorables and translates every segment.
    let mut translated = String::new();
    let mut n = 0;
    for line in unit.lines() {
        if line.trim_start().starts_with("<ignorable>")
            || line.contains("<source> </source>")
            || line.trim() == "</ignorable>"
        {
            continue;
        }
        translated.push_str(line);
        translated.push('\n');
        if line.trim_start().starts_with("<source>") {
            n += 1;
            translated.push_str(&format!("<target>{}</target>\n", SATZ[n - 1]));
        }
    }
    let translated = translated.replace("state=\"initial\"", "state=\"translated\"");
    let sent = format!(
        "{}{}{}",
        &xlf[..unit_start],
        translated.trim_end(),
        &xlf[unit_end..]
    );
    imports_as_one_message(root, sent);
}

#[test]
fn sentences_are_refused_for_po_with_a_reason() {
    let dir = common::example();
    common::relingo_in(
        dir.path(),
        &[
            "export",
            "--locale",
            "de",
            "--format",
            "po",
            "--sentences",
            "--output",
            "de.po",
        ],
    )
    .failure()
    .stderr(predicates::str::contains(
        "--sentences needs --format xliff or xliff2",
    ));
}

/// Where Debian's php-symfony-translation keeps the OASIS XLIFF schemas.
const SCHEMAS: &str = "/usr/share/php/Symfony/Component/Translation/Resources/schemas";

#[test]
fn xliff_exports_validate_against_the_oasis_schemas() {
    let schemas = Path::new(SCHEMAS);
    if !common::installed("xmllint") || !schemas.join("xliff-core-2.0.xsd").exists() {
        eprintln!(
            "skipped: needs xmllint and the XLIFF schemas (apt-get install libxml2-utils php-symfony-translation)"
        );
        return;
    }
    let dir = welsh_with_a_term();
    let root = dir.path();
    // The schemas, with their import of xml.xsd pointed at the copy beside them (never at
    // the network).
    for (schema, remote) in [
        (
            "xliff-core-2.0.xsd",
            "informativeCopiesOf3rdPartySchemas/w3c/xml.xsd",
        ),
        ("xliff-core-1.2-strict.xsd", "http://www.w3.org/2001/xml.xsd"),
    ] {
        let text = std::fs::read_to_string(schemas.join(schema)).unwrap();
        std::fs::write(root.join(schema), text.replace(remote, "xml.xsd")).unwrap();
    }
    std::fs::copy(schemas.join("xml.xsd"), root.join("xml.xsd")).unwrap();
    let exports = [
        ("xliff2", "xliff-core-2.0.xsd", None),
        ("xliff", "xliff-core-1.2-strict.xsd", None),
        ("xliff2", "xliff-core-2.0.xsd", Some("--sentences")),
        ("xliff", "xliff-core-1.2-strict.xsd", Some("--sentences")),
    ];
    for (format, schema, sentences) in exports {
        let file = format!("cy.{format}{}.xlf", sentences.unwrap_or_default());
        let mut args = vec![
            "export",
            "--locale",
            "cy",
            "--format",
            format,
            "--state",
            "missing,stale,translated,broken",
            "--output",
            &file,
        ];
        args.extend(sentences);
        common::relingo_in(root, &args).success();
        if sentences.is_some() {
            let text = std::fs::read_to_string(root.join(&file)).unwrap();
            assert!(
                text.contains("mid=\"2\"") || text.contains("<ignorable>"),
                "{format}: no unit was cut into sentences"
            );
        }
        let valid = std::process::Command::new("xmllint")
            .args(["--noout", "--nonet", "--schema", schema, &file])
            .current_dir(root)
            .output()
            .unwrap();
        assert!(
            valid.status.success(),
            "{file}: {}",
            String::from_utf8_lossy(&valid.stderr)
        );
    }
}

#[test]
fn a_fuzzy_unit_over_a_stub_is_stale_with_the_exported_source_shown() {
    let dir = common::example();
    let root = dir.path();
    let po = export_german(root);
    let context = "national-cybercrime-reporting/london-ecc0e7";
    let fuzzy = vendor_translates(&po, context, "London (Stadt)").replacen(
        &format!("msgctxt \"{context}\""),
        &format!("#, fuzzy\nmsgctxt \"{context}\""),
        1,
    );
    std::fs::write(root.join("de.po"), fuzzy).unwrap();
    common::relingo_in(root, &["import", "de.po", "--locale", "de"])
        .success()
        .stderr(predicates::str::contains("0 translated, 1 stale"));
    let text = std::fs::read_to_string(root.join("locales/de/national-cybercrime-reporting.ftl")).unwrap();
    assert!(
        text.contains("# @source: London\n# @stale: London\nlondon-ecc0e7 = London (Stadt)\n"),
        "not published until reviewed, with the source the vendor saw: {text}"
    );
}
