use super::*;

fn unit(state: UnitState, target: Option<&str>, previous: Option<&str>) -> Unit {
    Unit {
        release: "fund".into(),
        id: "the-fund-will-abc123".into(),
        source: "The fund \"will\" run for 3 years.\nTab\there & <b>.".into(),
        target: target.map(|t| vec![crate::catalog::pieces::Piece::Text(t.to_string())]),
        previous_source: previous.map(str::to_string),
        state,
        notes: vec!["fund: paragraph 2".into()],
        comments: vec!["Checked with legal".into()],
        base: fingerprint(target.unwrap_or("")),
        approved: false,
        sentences: None,
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
    // The translator's comment is a translator comment; context is an extracted comment.
    assert!(
        text.contains("\n# Checked with legal\n#. fund: paragraph 2\n"),
        "{text}"
    );
    let back = po::read(Path::new("x.po"), &text, &fr()).unwrap();
    assert_eq!(back.len(), 3);
    assert_eq!(
        back[0].target_text(),
        "Le fonds « durera » 3 ans.\nTab\tlà & <b>."
    );
    assert_eq!(back[0].source, units[0].source);
    assert!(!back[0].needs_review && back[1].needs_review);
    assert_eq!(back[2].target_text(), "");
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
    assert_eq!(back[0].target_text(), "Le fonds « durera » & <b>.");
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

fn xliff_of(units: &[Unit]) -> String {
    xliff::write(units, &fr(), &en())
}

#[test]
fn a_truncated_xliff_is_refused_with_where_it_broke_off() {
    let units = [
        unit(UnitState::Translated, Some("Un."), None),
        Unit {
            id: "other-def456".into(),
            ..unit(UnitState::Translated, Some("Deux."), None)
        },
    ];
    let text = xliff_of(&units);
    let half = &text[..text.find("other-def456").unwrap() + 20];
    let err = xliff::read(Path::new("v.xlf"), half, &fr())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("the file ends inside <trans-unit> (opened on line"),
        "{err}"
    );
    assert!(err.contains("nothing was imported"), "{err}");
}

#[test]
fn prefixed_xliff_elements_are_read_by_their_namespace() {
    let text = xliff_of(&[unit(UnitState::Translated, Some("Un."), None)]);
    let prefixed = text
        .replace("xmlns=", "xmlns:x=")
        .replace("<", "<x:")
        .replace("<x:/", "</x:")
        .replace("<x:?xml", "<?xml");
    let units = xliff::read(Path::new("v.xlf"), &prefixed, &fr()).unwrap();
    assert_eq!(units.len(), 1, "{prefixed}");
    assert_eq!(units[0].target_text(), "Un.");
}

#[test]
fn an_xliff_of_another_namespace_is_refused() {
    let text = xliff_of(&[unit(UnitState::Translated, Some("Un."), None)]).replace(
        "urn:oasis:names:tc:xliff:document:1.2",
        "urn:oasis:names:tc:xliff:document:2.0",
    );
    let err = xliff::read(Path::new("v.xlf"), &text, &fr())
        .unwrap_err()
        .to_string();
    assert!(err.contains("not XLIFF 1.2's <xliff>"), "{err}");
    assert!(err.contains("document:2.0"), "{err}");
}

#[test]
fn a_unit_twice_in_one_file_is_refused_naming_both_lines() {
    let dir = tempfile::tempdir().unwrap();
    let one = unit(UnitState::Translated, Some("Un."), None);
    let path = dir.path().join("fr.po");
    std::fs::write(&path, po::write(&[one.clone(), one], &fr(), &en())).unwrap();
    let err = read(&path, &fr()).unwrap_err().to_string();
    assert!(
        err.contains("`fund/the-fund-will-abc123` is here a second time (first on line"),
        "{err}"
    );
}

#[test]
fn every_gettext_escape_is_read() {
    let po =
        "msgctxt \"fund/a-b\"\nmsgid \"x\"\nmsgstr \"\\a\\b\\f\\v\\t\\'\\?\\101\\x42\\303\\251\\xc3\\xa9\"\n";
    let units = po::read(Path::new("x.po"), po, &fr()).unwrap();
    assert_eq!(units[0].target_text(), "\u{7}\u{8}\u{c}\u{b}\t'?ABéé");
    for bad in ["\\q", "\\x", "\\777", "\\303"] {
        let po = format!("msgctxt \"fund/a-b\"\nmsgid \"x\"\nmsgstr \"{bad}\"\n");
        assert!(po::read(Path::new("x.po"), &po, &fr()).is_err(), "{bad}");
    }
}

#[test]
fn a_translation_memory_suggestion_does_not_replace_the_translation() {
    let text = xliff_of(&[unit(UnitState::Translated, Some("Un."), None)]).replace(
        "</trans-unit>",
        "<alt-trans><source>Other</source><target>Suggestion de la mémoire</target></alt-trans></trans-unit>",
    );
    let units = xliff::read(Path::new("v.xlf"), &text, &fr()).unwrap();
    assert_eq!(units[0].target_text(), "Un.");
    assert!(units[0].source.starts_with("The fund"));
}

#[test]
fn text_of_foreign_elements_inside_a_target_is_not_the_translation() {
    let text = xliff_of(&[unit(UnitState::Translated, Some("Un."), None)])
        .replace("<xliff ", "<xliff xmlns:t=\"urn:example:tool\" ")
        .replace(
            "Un.</target>",
            "Un.<t:comment>note of a tool</t:comment></target>",
        );
    let units = xliff::read(Path::new("v.xlf"), &text, &fr()).unwrap();
    assert_eq!(units[0].target_text(), "Un.");
}

#[test]
fn xliff_1_1_is_read_like_1_2() {
    let text = xliff_of(&[unit(UnitState::Translated, Some("Un."), None)])
        .replace("xliff:document:1.2", "xliff:document:1.1");
    assert_eq!(xliff::read(Path::new("v.xlf"), &text, &fr()).unwrap().len(), 1);
}

proptest::proptest! {
    /// Any translation with placeables, exported, edited only in its text by a vendor and
    /// read back, keeps every placeable, in PO and in XLIFF.
    #[test]
    fn placeables_survive_a_round_trip_with_edited_text(
        texts in proptest::collection::vec("[^\\p{C}{}]{0,10}", 1..5),
        codes in proptest::collection::vec(
            proptest::sample::select(vec!["{ -alliance }", "{ $name }", "{ other-message }", "{ NUMBER($n) }"]),
            1..4,
        ),
        edit in "[^\\p{C}{}]{1,6}",
    ) {
        let mut exported = Vec::new();
        for (i, text) in texts.iter().enumerate() {
            if !text.is_empty() {
                exported.push(Piece::Text(text.clone()));
            }
            if let Some(code) = codes.get(i) {
                exported.push(Piece::Code(code.to_string()));
            }
        }
        let mut u = unit(UnitState::Translated, None, None);
        u.target = Some(exported.clone());
        let known = pieces::codes(&exported);
        for format in [ExchangeFormat::Po, ExchangeFormat::Xliff, ExchangeFormat::Xliff2] {
            let file = format.write(std::slice::from_ref(&u), &fr(), &en());
            let path = Path::new("vendor.x");
            let mut read = match format {
                ExchangeFormat::Po => po::read(path, &file, &fr()).unwrap(),
                ExchangeFormat::Xliff2 => xliff2::read(path, &file, &fr()).unwrap(),
                _ => xliff::read(path, &file, &fr()).unwrap(),
            };
            // The vendor edits the words: every text piece gets the same word appended.
            for piece in &mut read[0].target {
                if let Piece::Text(text) = piece {
                    text.push_str(&edit);
                }
            }
            let back = with_codes(&read[0].target, &known);
            proptest::prop_assert_eq!(pieces::codes(&back), known.clone());
            let value = pieces::to_value(&back);
            let parsed = catalog::parse(path, format!("m = {value}\n"));
            proptest::prop_assert!(parsed.is_clean(), "{value}");
        }
    }
}

#[test]
fn an_xliff_with_a_doctype_is_refused_before_any_entity_is_read() {
    let unit = "<trans-unit id=\"x\"><source>&xxe;</source><target>&lol9;</target></trans-unit>";
    for doctype in [
        "<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
        "<!DOCTYPE xliff [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol9 \"&lol2;&lol2;\">]>",
    ] {
        let text = format!(
            "<?xml version=\"1.0\"?>\n{doctype}\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"fund\" target-language=\"fr\"><body>{unit}</body></file></xliff>"
        );
        let err = xliff::read(Path::new("evil.xlf"), &text, &fr())
            .unwrap_err()
            .to_string();
        assert!(err.contains("evil.xlf:2:1: the file declares a DOCTYPE"), "{err}");
    }
}

#[test]
fn binary_junk_is_refused_as_an_exchange_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("junk.po");
    std::fs::write(
        &path,
        [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0xff],
    )
    .unwrap();
    let err = read(&path, &fr()).unwrap_err().to_string();
    assert!(err.contains("not valid UTF-8 at byte 0"), "{err}");
    std::fs::write(&path, "\u{0}\u{1}binary\u{0}").unwrap();
    let err = read(&path, &fr()).unwrap_err().to_string();
    assert!(err.contains("not PO syntax"), "{err}");
}

#[test]
fn a_protected_code_changed_by_a_vendor_is_reported_lost_and_invented() {
    let mut u = unit(UnitState::Translated, None, None);
    u.target = Some(vec![
        Piece::Text("Par ".into()),
        Piece::Code("{ -alliance }".into()),
    ]);
    let known = pieces::codes(u.target.as_deref().unwrap());
    let file = xliff_of(std::slice::from_ref(&u)).replace(">{ -alliance }</ph>", ">{ -alliances }</ph>");
    let read = xliff::read(Path::new("v.xlf"), &file, &fr()).unwrap();
    let back = with_codes(&read[0].target, &known);
    let problems = placeables_kept(&read[0], "fund/x", &known, &back);
    let messages: Vec<&str> = problems.iter().map(|d| d.message.as_ref()).collect();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(messages[0].contains("`{ -alliance }` of the exported translation is missing"));
    assert!(messages[1].contains("`{ -alliances }` was not in the exported translation"));
}

#[test]
fn xliff2_round_trips_units_states_notes_and_codes() {
    let mut translated = unit(UnitState::Translated, None, None);
    translated.target = Some(vec![
        Piece::Text("Par ".into()),
        Piece::Code("{ -alliance }".into()),
        Piece::Text(" & <b>.".into()),
    ]);
    translated.base = fingerprint(&pieces::plain(translated.target.as_deref().unwrap()));
    let units = [
        translated,
        Unit {
            id: "stale-def456".into(),
            ..unit(UnitState::Stale, Some("Ancien."), Some("The old source."))
        },
        Unit {
            id: "missing-aaa111".into(),
            ..unit(UnitState::Missing, None, None)
        },
    ];
    let text = xliff2::write(&units, &fr(), &en());
    assert!(text.contains("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en-GB\" trgLang=\"fr\">"), "{text}");
    assert!(text.contains("<data id=\"d1\">{ -alliance }</data>"), "{text}");
    assert!(text.contains("<target>Par <ph id=\"1\" dataRef=\"d1\" disp=\"{ -alliance }\" canDelete=\"no\"/> &amp; &lt;b&gt;.</target>"), "{text}");
    assert!(
        text.contains("<segment state=\"initial\" subState=\"relingo:stale\">"),
        "{text}"
    );
    assert!(
        text.contains("<note category=\"translator\">Checked with legal</note>"),
        "{text}"
    );
    let back = xliff2::read(Path::new("x.xlf"), &text, &fr()).unwrap();
    assert_eq!(back.len(), 3);
    assert_eq!(back[0].target, units[0].target.clone().unwrap());
    assert_eq!(back[0].base.as_deref(), Some(units[0].base.as_str()));
    assert!(!back[0].needs_review && back[1].needs_review);
    assert_eq!(
        (back[1].release.as_str(), back[1].id.as_str()),
        ("fund", "stale-def456")
    );
    assert!(back[2].target.is_empty());
}

#[test]
fn an_xliff2_for_another_language_or_with_targets_in_two_is_refused() {
    let text = xliff2::write(&[unit(UnitState::Translated, Some("Un."), None)], &fr(), &en());
    let err = xliff2::read(Path::new("x.xlf"), &text, &Locale::parse("de").unwrap())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("x.xlf:2:1: this file's trgLang is `fr`, not `de`"),
        "{err}"
    );
    let mixed = text.replace("<target>", "<target xml:lang=\"es\">");
    let err = xliff2::read(Path::new("x.xlf"), &mixed, &fr())
        .unwrap_err()
        .to_string();
    assert!(err.contains("a <target> is in `es`, not `fr`"), "{err}");
    let half = &text[..text.find("</segment>").unwrap()];
    let err = xliff2::read(Path::new("x.xlf"), half, &fr())
        .unwrap_err()
        .to_string();
    assert!(err.contains("the file ends inside <segment>"), "{err}");
}

#[test]
fn an_approved_unit_is_signed_off_in_xliff_1_2_final_in_xliff_2_and_translated_in_po() {
    let approved = Unit {
        approved: true,
        ..unit(UnitState::Translated, Some("Un."), None)
    };
    let plain = Unit {
        id: "other-def456".into(),
        ..unit(UnitState::Translated, Some("Deux."), None)
    };
    let units = [approved, plain];
    let xliff = xliff::write(&units, &fr(), &en());
    assert!(
        xliff.contains("<trans-unit id=\"the-fund-will-abc123\" approved=\"yes\">"),
        "{xliff}"
    );
    assert!(
        xliff.contains("<target state=\"signed-off\">Un.</target>"),
        "{xliff}"
    );
    assert!(xliff.contains("<trans-unit id=\"other-def456\">"), "{xliff}");
    let read = xliff::read(Path::new("v.xlf"), &xliff, &fr()).unwrap();
    assert_eq!(read.iter().map(|u| u.approved).collect::<Vec<_>>(), [true, false]);
    let xliff2 = xliff2::write(&units, &fr(), &en());
    assert!(xliff2.contains("<segment state=\"final\">"), "{xliff2}");
    let read = xliff2::read(Path::new("v.xlf"), &xliff2, &fr()).unwrap();
    assert_eq!(read.iter().map(|u| u.approved).collect::<Vec<_>>(), [true, false]);
    // PO has no approved state: the approved message is an ordinary translated one.
    let po = po::write(&units, &fr(), &en());
    assert!(!po.contains("fuzzy") && po.contains("msgstr \"Un.\""), "{po}");
    let read = po::read(Path::new("v.po"), &po, &fr()).unwrap();
    assert!(read.iter().all(|u| !u.approved));
}

#[test]
fn a_vendor_s_final_state_reads_as_approved_and_needs_review_does_not() {
    let text = |state: &str| {
        format!(
            "<?xml version=\"1.0\"?><xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"fund\" source-language=\"en-GB\" target-language=\"fr\" datatype=\"plaintext\"><body><trans-unit id=\"a-1\"><source>One.</source><target state=\"{state}\">Un.</target></trans-unit></body></file></xliff>"
        )
    };
    for (state, approved) in [
        ("final", true),
        ("signed-off", true),
        ("translated", false),
        ("needs-review-translation", false),
    ] {
        let read = xliff::read(Path::new("v.xlf"), &text(state), &fr()).unwrap();
        assert_eq!(read[0].approved, approved, "{state}");
    }
}

/// A unit of two sentences, translated into `locale` as `target`, cut for export.
fn segmented(target: &str, locale: &Locale) -> Unit {
    let mut units = [Unit {
        source: "The fund opens today. Councils may bid.".into(),
        ..unit(UnitState::Translated, Some(target), None)
    }];
    sentences::segment(&mut units, crate::segment::sentence::Rules::builtin("en"), locale);
    let [unit] = units;
    assert!(unit.sentences.is_some(), "the unit is cut into its sentences");
    unit
}

#[test]
fn segmented_units_read_back_untouched_in_both_xliff_versions() {
    for (locale, target) in [
        (Locale::parse("zh-CN").unwrap(), "基金今天开放。议会可以投标。"),
        (
            fr(),
            "Le fonds ouvre aujourd'hui.  Les conseils peuvent candidater.",
        ),
    ] {
        let units = [segmented(target, &locale)];
        for (version, text) in [
            ("1.2", xliff::write(&units, &locale, &en())),
            ("2.1", xliff2::write(&units, &locale, &en())),
        ] {
            let read = match version {
                "1.2" => xliff::read(Path::new("x.xlf"), &text, &locale),
                _ => xliff2::read(Path::new("x.xlf"), &text, &locale),
            }
            .unwrap();
            assert_eq!(read[0].target_text(), target, "XLIFF {version}:\n{text}");
            assert_eq!(read[0].source, units[0].source, "XLIFF {version}");
            assert!(!read[0].segments.partly_translated());
        }
    }
}

#[test]
fn an_xliff_1_2_target_with_empty_or_missing_sentences_is_partly_translated() {
    let units = [segmented("Le fonds ouvre. Les conseils candidatent.", &fr())];
    let text = xliff::write(&units, &fr(), &en());
    let second = "<mrk mtype=\"seg\" mid=\"2\">Les conseils candidatent.</mrk>";
    assert!(text.contains(second), "{text}");
    for sent in [
        text.replace(second, "<mrk mtype=\"seg\" mid=\"2\"/>"),
        text.replace(second, ""),
    ] {
        let read = xliff::read(Path::new("x.xlf"), &sent, &fr()).unwrap();
        assert!(read[0].segments.partly_translated(), "{sent}");
        assert_eq!(read[0].segments.total(), 2);
    }
}

#[test]
fn an_xliff_2_unit_with_an_untranslated_segment_is_partly_translated() {
    let units = [segmented("Le fonds ouvre. Les conseils candidatent.", &fr())];
    let text = xliff2::write(&units, &fr(), &en());
    let second = "<target>Les conseils candidatent.</target>";
    assert!(text.contains(second), "{text}");
    let read = xliff2::read(Path::new("x.xlf"), &text.replace(second, ""), &fr()).unwrap();
    assert!(read[0].segments.partly_translated(), "{:?}", read[0].segments);
    assert_eq!(read[0].segments.total(), 2);
}
