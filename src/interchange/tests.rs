use super::*;

fn unit(state: UnitState, target: Option<&str>, previous: Option<&str>) -> Unit {
    Unit {
        release: "fund".into(),
        id: "the-fund-will-abc123".into(),
        source: "The fund \"will\" run for 3 years.\nTab\there & <b>.".into(),
        target: target.map(str::to_string),
        previous_source: previous.map(str::to_string),
        state,
        notes: vec!["fund: paragraph 2".into(), "Checked with legal".into()],
    }
}

fn fr() -> Locale {
    Locale::parse("fr").unwrap()
}

fn en() -> Locale {
    Locale::parse("en-GB").unwrap()
}

#[test]
fn po_round_trips_units() {
    let units = [
        unit(
            UnitState::Translated,
            Some("Le fonds « durera » 3 ans.\nTab\tlà & <b>."),
            None,
        ),
        unit(UnitState::Stale, Some("Ancien."), Some("The old source.")),
        unit(UnitState::Missing, None, None),
    ];
    let text = po::write(&units, &fr(), &en());
    assert!(
        text.contains("#, fuzzy\n#| msgid \"The old source.\"\nmsgctxt \"fund/the-fund-will-abc123\"\n"),
        "{text}"
    );
    let back = po::read(Path::new("x.po"), &text, &fr()).unwrap();
    assert_eq!(back.len(), 3);
    assert_eq!(back[0].target, "Le fonds « durera » 3 ans.\nTab\tlà & <b>.");
    assert_eq!(back[0].source, units[0].source);
    assert!(!back[0].needs_review && back[1].needs_review);
    assert_eq!(back[2].target, "");
}

#[test]
fn xliff_round_trips_units() {
    let units = [
        unit(UnitState::Translated, Some("Le fonds « durera » & <b>."), None),
        unit(UnitState::Stale, Some("Ancien."), Some("The old source.")),
    ];
    let text = xliff::write(&units, &fr(), &en());
    assert!(
        text.contains("<target state=\"needs-review-translation\">Ancien.</target>"),
        "{text}"
    );
    assert!(text.contains("&lt;b&gt;"));
    let back = xliff::read(Path::new("x.xlf"), &text, &fr()).unwrap();
    assert_eq!(back[0].target, "Le fonds « durera » & <b>.");
    assert_eq!(back[0].source, units[0].source);
    assert_eq!(back[0].release, "fund");
    assert!(back[1].needs_review);
}

#[test]
fn xliff_for_another_language_is_refused() {
    let text = xliff::write(
        &[unit(UnitState::Missing, None, None)],
        &Locale::parse("de").unwrap(),
        &en(),
    );
    let err = xliff::read(Path::new("x.xlf"), &text, &fr())
        .unwrap_err()
        .to_string();
    assert!(err.contains("target-language is `de`, not `fr`"), "{err}");
}

#[test]
fn malformed_xml_is_an_error_with_a_position() {
    let err = xliff::read(Path::new("x.xlf"), "<xliff><file><body></file>", &fr())
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("x.xlf:1:"), "{err}");
}

#[test]
fn po_with_a_foreign_msgctxt_is_an_error_naming_the_line() {
    let text =
        "msgid \"\"\nmsgstr \"Language: fr\\n\"\n\nmsgctxt \"menu\"\nmsgid \"Hello\"\nmsgstr \"Bonjour\"\n";
    let err = po::read(Path::new("x.po"), text, &fr()).unwrap_err().to_string();
    assert!(
        err.starts_with("x.po:4:1: entry `Hello` has a msgctxt relingo did not write"),
        "{err}"
    );
}

#[test]
fn po_without_msgctxt_is_read_for_matching_by_source() {
    let text = "msgid \"\"\nmsgstr \"Language: fr\\n\"\n\nmsgid \"Hello\"\nmsgstr \"Bonjour\"\n";
    let units = po::read(Path::new("x.po"), text, &fr()).unwrap();
    assert_eq!(
        (units[0].release.as_str(), units[0].source.as_str()),
        ("", "Hello")
    );
}

#[test]
fn po_for_another_language_is_refused() {
    let text = "msgid \"\"\nmsgstr \"Language: de\\n\"\n";
    assert!(
        po::read(Path::new("x.po"), text, &fr())
            .unwrap_err()
            .to_string()
            .contains("for `de`, not `fr`")
    );
}
