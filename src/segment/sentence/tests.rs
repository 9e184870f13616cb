//! The splitter's own cases: one test per rule category, in English and in each language
//! with rules. The sentences are written for these tests (press-office prose); the public
//! benchmarks are scored by `bench/segment-score.py`, not copied here.

use super::*;

/// The sentences of `text` in `language`, without the spaces after them.
fn split_in<'t>(language: &str, text: &'t str) -> Vec<&'t str> {
    split(text, Rules::builtin(language))
        .into_iter()
        .map(|r| text[r].trim_end())
        .collect()
}

#[track_caller]
fn expect(language: &str, text: &str, sentences: &[&str]) {
    assert_eq!(split_in(language, text), sentences, "{language}: {text}");
}

#[track_caller]
fn en(text: &str, sentences: &[&str]) {
    expect("en", text, sentences);
}

#[test]
fn terminators_end_sentences() {
    en(
        "The fund opens today. Who may apply? Every council! Bids close in May",
        &[
            "The fund opens today.",
            "Who may apply?",
            "Every council!",
            "Bids close in May",
        ],
    );
}

#[test]
fn one_letter_abbreviations_upper_and_lower_case() {
    en(
        "The report by Amira K. Osei was published. See p. 14 for the figures.",
        &[
            "The report by Amira K. Osei was published.",
            "See p. 14 for the figures.",
        ],
    );
    en(
        "Mr. Smith met Dr. J. K. Jones at No. 10 Downing St. on Monday. They spoke.",
        &[
            "Mr. Smith met Dr. J. K. Jones at No. 10 Downing St. on Monday.",
            "They spoke.",
        ],
    );
}

#[test]
fn two_letter_abbreviations_in_the_middle_and_at_the_end() {
    en(
        "Contracts went to Hale & Co. last spring.",
        &["Contracts went to Hale & Co. last spring."],
    );
    en(
        "Ask the suppliers and co. before Friday.",
        &["Ask the suppliers and co. before Friday."],
    );
    en(
        "Contracts went to Hale & Co. They start in June.",
        &["Contracts went to Hale & Co.", "They start in June."],
    );
    en(
        "We wrote to the printers and co. The replies came fast.",
        &["We wrote to the printers and co.", "The replies came fast."],
    );
}

#[test]
fn prepositive_and_postpositive_abbreviations() {
    en(
        "The team climbed Mt. Snowdon at dawn.",
        &["The team climbed Mt. Snowdon at dawn."],
    );
    en(
        "St. Davids Cathedral stands near Goat st. in the city.",
        &["St. Davids Cathedral stands near Goat st. in the city."],
    );
    en(
        "Martin Luther King Jr. spoke here. It was 1964.",
        &["Martin Luther King Jr. spoke here.", "It was 1964."],
    );
}

#[test]
fn possessive_abbreviations() {
    en(
        "We read Sam Davis Jr.'s letter twice.",
        &["We read Sam Davis Jr.'s letter twice."],
    );
}

#[test]
fn multi_period_abbreviations_as_boundary_and_not() {
    en(
        "Talks with the U.K. resumed in spring.",
        &["Talks with the U.K. resumed in spring."],
    );
    en(
        "Exports rose across the E.U. Where next?",
        &["Exports rose across the E.U.", "Where next?"],
    );
    en(
        "She has worked in the U.S. Treasury since 2019.",
        &["She has worked in the U.S. Treasury since 2019."],
    );
    en(
        "The scheme started in the U.S. It reached Wales later.",
        &["The scheme started in the U.S.", "It reached Wales later."],
    );
    en(
        "Partners, e.g. Europol, helped. Good.",
        &["Partners, e.g. Europol, helped.", "Good."],
    );
}

#[test]
fn a_m_and_p_m_both_ways() {
    en(
        "By 7 a.m. Ms. Patel had opened the centre. Doors closed at 9 P.M. Ms. Patel then left.",
        &[
            "By 7 a.m. Ms. Patel had opened the centre.",
            "Doors closed at 9 P.M.",
            "Ms. Patel then left.",
        ],
    );
    en(
        "The line opens at 8 a.m. on weekdays.",
        &["The line opens at 8 a.m. on weekdays."],
    );
    en(
        "The line closes at 6 p.m. The website stays open.",
        &["The line closes at 6 p.m.", "The website stays open."],
    );
}

#[test]
fn numbers_and_amounts() {
    en(
        "Sites share up to 1.6m files. Funding is £20.5 million, up 3.5%. Next.",
        &[
            "Sites share up to 1.6m files.",
            "Funding is £20.5 million, up 3.5%.",
            "Next.",
        ],
    );
    en(
        "Each grant is worth $2,500.00. It is paid in June.",
        &["Each grant is worth $2,500.00.", "It is paid in June."],
    );
    en(
        "Phase one ended in 2023. 40 councils joined.",
        &["Phase one ended in 2023.", "40 councils joined."],
    );
}

#[test]
fn parentheticals_are_not_cut() {
    en(
        "The board (It met twice. Both times in Cardiff.) approved the plan.",
        &["The board (It met twice. Both times in Cardiff.) approved the plan."],
    );
    en(
        "Then she left. (See note. It helps.) End.",
        &["Then she left.", "(See note. It helps.)", "End."],
    );
}

#[test]
fn email_addresses_and_urls() {
    en(
        "Write to press.office@example.gov.uk or see www.gov.uk/x. Thanks.",
        &[
            "Write to press.office@example.gov.uk or see www.gov.uk/x.",
            "Thanks.",
        ],
    );
    en(
        "Forms are at https://forms.example.org/v2.1/apply.html. Apply now.",
        &[
            "Forms are at https://forms.example.org/v2.1/apply.html.",
            "Apply now.",
        ],
    );
    en(
        "Details: gov.wales. Read them.",
        &["Details: gov.wales.", "Read them."],
    );
}

#[test]
fn quotations_single_double_nested_and_with_terminals_inside() {
    en(
        "The minister said, 'We are ready.' she added nothing.",
        &["The minister said, 'We are ready.' she added nothing."],
    );
    en(
        "The minister said, \"We are ready.\" Reporters left.",
        &["The minister said, \"We are ready.\"", "Reporters left."],
    );
    en(
        "She said \u{201C}We act. We must.\u{201D} Then she left.",
        &["She said \u{201C}We act. We must.\u{201D}", "Then she left."],
    );
    en(
        "He asked, \u{201C}Did she say \u{2018}now.\u{2019}?\u{201D} Nobody knew.",
        &[
            "He asked, \u{201C}Did she say \u{2018}now.\u{2019}?\u{201D}",
            "Nobody knew.",
        ],
    );
    en(
        "\u{201C}Is it open?\u{201D} asked a reporter.",
        &["\u{201C}Is it open?\u{201D} asked a reporter."],
    );
}

#[test]
fn double_punctuation() {
    en("Really?! Yes.", &["Really?!", "Yes."]);
    en("Done!! Next step.", &["Done!!", "Next step."]);
    en("Open?? Not yet.", &["Open??", "Not yet."]);
    en("Closed!? Since when?", &["Closed!?", "Since when?"]);
}

#[test]
fn every_list_style() {
    let two = |a: &str, b: &str| [a.to_string(), b.to_string()];
    for marker in ["1.)", "1)", "1."] {
        let second = marker.replace('1', "2");
        let text = format!("{marker} Register the charity {second} Submit the form");
        let want = two(
            &format!("{marker} Register the charity"),
            &format!("{second} Submit the form"),
        );
        assert_eq!(split_in("en", &text), want, "{text}");
        let text = format!("{marker} Register the charity. {second} Submit the form.");
        let want = two(
            &format!("{marker} Register the charity."),
            &format!("{second} Submit the form."),
        );
        assert_eq!(split_in("en", &text), want, "{text}");
    }
    en(
        "\u{2022} 4. Check the rules \u{2022} 5. Apply online",
        &["\u{2022} 4. Check the rules", "\u{2022} 5. Apply online"],
    );
    en(
        "\u{2043}4. Check the rules \u{2043}5. Apply online",
        &["\u{2043}4. Check the rules", "\u{2043}5. Apply online"],
    );
    en(
        "a. Read the guidance b. Fill in the form c. Send it back",
        &["a. Read the guidance", "b. Fill in the form", "c. Send it back"],
    );
    en(
        "1. Check eligibility. Then apply.",
        &["1. Check eligibility.", "Then apply."],
    );
}

#[test]
fn a_stray_number_in_prose_is_not_a_list() {
    en(
        "Councils chose option 2) in the end.",
        &["Councils chose option 2) in the end."],
    );
}

#[test]
fn geo_coordinates_and_numbered_abbreviations() {
    en(
        "The buoy sits at N°. 51.481.3. Divers found it.",
        &["The buoy sits at N°. 51.481.3.", "Divers found it."],
    );
    en("It is at No. 4 on the list.", &["It is at No. 4 on the list."]);
}

#[test]
fn exclamation_in_names() {
    en(
        "The campaign ran on Yahoo! and other portals.",
        &["The campaign ran on Yahoo! and other portals."],
    );
}

#[test]
fn the_pronoun_i_ends_a_sentence_an_initial_does_not() {
    en(
        "The chair and I. We met at noon.",
        &["The chair and I.", "We met at noon."],
    );
    en(
        "Did you meet Owen I. Price in Bangor?",
        &["Did you meet Owen I. Price in Bangor?"],
    );
}

#[test]
fn every_ellipsis_form() {
    en(
        "We waited... and waited\u{2026} Then it came.",
        &["We waited... and waited\u{2026}", "Then it came."],
    );
    en(
        "\"Our plan [...] starts now [\u{2026}]\" (Minister, 2024).",
        &["\"Our plan [...] starts now [\u{2026}]\" (Minister, 2024)."],
    );
    en(
        "The text stops here . . . . Another begins.",
        &["The text stops here . . . .", "Another begins."],
    );
    en(
        "It was not what . . . I said at all.",
        &["It was not what . . . I said at all."],
    );
    en(
        "The scheme was popular. . . . It closed in May.",
        &["The scheme was popular.", ". . . It closed in May."],
    );
    en(
        "They never replied.... We wrote again.",
        &["They never replied....", "We wrote again."],
    );
    en(
        "The quote ends \u{201C}as planned. . . .\u{201D}",
        &["The quote ends \u{201C}as planned. . . .\u{201D}"],
    );
}

#[test]
fn lowercase_after_full_stop_does_not_cut() {
    en(
        "It costs approx. five pounds.",
        &["It costs approx. five pounds."],
    );
}

#[test]
fn cjk_and_arabic_terminators_cut() {
    expect(
        "zh",
        "我们行动。他们离开！好",
        &["我们行动。", "他们离开！", "好"],
    );
    expect("ar", "هل نعمل؟ نعم.", &["هل نعمل؟", "نعم."]);
}

#[test]
fn better_than_uax29_on_release_prose() {
    use unicode_segmentation::UnicodeSegmentation;
    let text = "Mr. Smith met Dr. Jones at No. 10 on Monday. They agreed.";
    let uax: Vec<&str> = text.split_sentence_bounds().collect();
    assert!(uax.len() > 2, "UAX #29 cuts after abbreviations: {uax:?}");
    assert_eq!(split_in("en", text).len(), 2);
}

#[test]
fn german_ordinals_abbreviations_and_quotes() {
    let de = |text, sentences: &[&str]| expect("de", text, sentences);
    de(
        "Die Förderung beginnt am 3. März. Anträge sind online möglich.",
        &[
            "Die Förderung beginnt am 3. März.",
            "Anträge sind online möglich.",
        ],
    );
    de(
        "Gefördert werden z. B. Vereine, Schulen u. a. Träger.",
        &["Gefördert werden z. B. Vereine, Schulen u. a. Träger."],
    );
    de(
        "Die Ministerin sagte: \u{201E}Wir handeln jetzt.\u{201C} Der Rat stimmte zu.",
        &[
            "Die Ministerin sagte: \u{201E}Wir handeln jetzt.\u{201C}",
            "Der Rat stimmte zu.",
        ],
    );
    de(
        "Das Büro liegt in der Hauptstr. 12 in Bonn. Dr. med. Weber leitet es.",
        &[
            "Das Büro liegt in der Hauptstr. 12 in Bonn.",
            "Dr. med. Weber leitet es.",
        ],
    );
    de(
        "Es kamen 120. Die Halle war voll.",
        &["Es kamen 120.", "Die Halle war voll."],
    );
    de(
        "Die Frist endet am 3. 4. 2025. Danach ist Schluss.",
        &["Die Frist endet am 3. 4. 2025.", "Danach ist Schluss."],
    );
    de(
        "Sie rief: \u{BB}Wir sind bereit.\u{AB} Er nickte. Dann sagte er \u{BB}Gut.\u{AB}",
        &[
            "Sie rief: \u{BB}Wir sind bereit.\u{AB}",
            "Er nickte.",
            "Dann sagte er \u{BB}Gut.\u{AB}",
        ],
    );
}

#[test]
fn french_titles_and_guillemets() {
    let fr = |text, sentences: &[&str]| expect("fr", text, sentences);
    fr(
        "M. Martin et Mme Dubois ont signé. L'accord entre en vigueur lundi.",
        &[
            "M. Martin et Mme Dubois ont signé.",
            "L'accord entre en vigueur lundi.",
        ],
    );
    fr(
        "La ministre a déclaré : « Nous agissons. Maintenant. » Puis elle est partie.",
        &[
            "La ministre a déclaré : « Nous agissons. Maintenant. »",
            "Puis elle est partie.",
        ],
    );
    fr(
        "Voir p. 12 et l'art. 5 du décret, etc. Les dossiers sont ouverts.",
        &[
            "Voir p. 12 et l'art. 5 du décret, etc.",
            "Les dossiers sont ouverts.",
        ],
    );
}

#[test]
fn spanish_titles_and_inverted_marks() {
    let es = |text, sentences: &[&str]| expect("es", text, sentences);
    es(
        "La Sra. Gómez llegó ayer. ¿Quién la recibió? ¡Nadie!",
        &["La Sra. Gómez llegó ayer.", "¿Quién la recibió?", "¡Nadie!"],
    );
    es(
        "El Sr. Ruiz pagó 1.250,50 euros. El resto llega el lun. 4 de marzo.",
        &[
            "El Sr. Ruiz pagó 1.250,50 euros.",
            "El resto llega el lun. 4 de marzo.",
        ],
    );
}

#[test]
fn italian_titles_with_elision() {
    let it = |text, sentences: &[&str]| expect("it", text, sentences);
    it(
        "Ha parlato l'Avv. Rossi. La Sig.ra Bianchi ha risposto.",
        &["Ha parlato l'Avv. Rossi.", "La Sig.ra Bianchi ha risposto."],
    );
    it(
        "Il Dott. Conti arriva alle 9. Poi inizia la riunione.",
        &["Il Dott. Conti arriva alle 9.", "Poi inizia la riunione."],
    );
}

#[test]
fn dutch_abbreviations_and_an_ellipsis_that_opens_a_sentence() {
    let nl = |text, sentences: &[&str]| expect("nl", text, sentences);
    nl(
        "Dhr. De Vries sprak met o.a. de burgemeester. Het overleg duurde lang.",
        &[
            "Dhr. De Vries sprak met o.a. de burgemeester.",
            "Het overleg duurde lang.",
        ],
    );
    nl(
        "De zaal was vol. ...en toen viel de stroom uit.",
        &["De zaal was vol.", "...en toen viel de stroom uit."],
    );
}

#[test]
fn polish_ordinals_and_abbreviations() {
    let pl = |text, sentences: &[&str]| expect("pl", text, sentences);
    pl(
        "Nabór trwa do 3. maja. Wnioski składa m.in. prof. Nowak.",
        &["Nabór trwa do 3. maja.", "Wnioski składa m.in. prof. Nowak."],
    );
    pl(
        "Spotkanie odbyło się przy ul. Długiej 5. To był sukces.",
        &["Spotkanie odbyło się przy ul. Długiej 5.", "To był sukces."],
    );
}

#[test]
fn a_language_without_rules_still_splits_on_terminators() {
    expect(
        "sv",
        "Fonden öppnar i dag. Ansök före maj!",
        &["Fonden öppnar i dag.", "Ansök före maj!"],
    );
}

mod bad_input {
    use super::*;

    fn assert_covers(text: &str) -> Vec<std::ops::Range<usize>> {
        let ranges = split(text, Rules::builtin("en"));
        let joined: String = ranges.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(joined.len(), text.len());
        assert!(joined == text, "the sentences do not give the text back");
        ranges
    }

    #[test]
    fn ten_megabytes_without_a_terminator_is_one_sentence() {
        let text = "word and another word ".repeat(10 * 1024 * 1024 / 22);
        assert_eq!(assert_covers(&text).len(), 1);
    }

    #[test]
    fn a_line_of_a_hundred_thousand_full_stops_is_one_sentence() {
        assert_eq!(assert_covers(&".".repeat(100_000)).len(), 1);
        assert_eq!(assert_covers(&". ".repeat(100_000)).len(), 1);
        // Runs of ellipses, each its own run: each is read once.
        assert_eq!(assert_covers(&"\u{2026} ".repeat(100_000)).len(), 1);
        assert_eq!(assert_covers(&format!("Word{}", ".  ".repeat(100_000))).len(), 1);
        // Each time after the first ends a sentence: linear, however long the text.
        let times = "At 5 a.m. Bob ".repeat(20_000);
        assert_eq!(assert_covers(&times).len(), 20_000);
    }

    #[test]
    fn mixed_scripts_and_right_to_left_text() {
        let text = "قال الوزير إن الصندوق يفتح اليوم. Mr. Smith agreed. המימון נפתח היום. 基金今天开放。Bids close soon.";
        assert_eq!(
            split_in("en", text),
            [
                "قال الوزير إن الصندوق يفتح اليوم.",
                "Mr. Smith agreed.",
                "המימון נפתח היום.",
                "基金今天开放。",
                "Bids close soon.",
            ]
        );
        assert_covers(text);
    }

    #[test]
    fn unbalanced_quotes_and_brackets_still_split() {
        assert_eq!(
            split_in("en", "He said \"we act. Then (we go. Done."),
            ["He said \"we act.", "Then (we go.", "Done."]
        );
        assert_eq!(
            split_in("en", "It closed) early. Then it opened] again. \u{201C}Fine."),
            ["It closed) early.", "Then it opened] again.", "\u{201C}Fine."]
        );
    }

    #[test]
    fn combining_characters_and_emoji_next_to_terminators() {
        assert_eq!(
            split_in(
                "en",
                "Launch day \u{1F680}. Next step is cafe\u{301}. Then rest!\u{1F389} Done."
            ),
            [
                "Launch day \u{1F680}.",
                "Next step is cafe\u{301}.",
                "Then rest!\u{1F389} Done."
            ]
        );
        assert_covers("A.\u{301} B.\u{200D}\u{1F469} C. \u{1F468}\u{200D}\u{1F469}. D");
    }
}

mod rules_files {
    use super::*;
    use std::path::Path;

    fn error(text: &str) -> String {
        let error = Rules::parse(Path::new("rules.txt"), text).expect_err("a bad line is refused");
        format!("{error}")
    }

    #[test]
    fn every_built_in_language_parses() {
        for language in rules::languages() {
            assert!(Rules::builtin(language).abbreviation("etc").is_some() || language == "pl");
        }
    }

    #[test]
    fn a_bad_line_names_the_file_line_and_column_and_the_fix() {
        insta::assert_snapshot!(error("[abbreviations]\netc\n  Mr.\n"), @r"
        rules.txt:3:3: `Mr.` ends with a full stop
          help: write the abbreviation without its final full stop: `Mr`
        ");
        insta::assert_snapshot!(error("[abbreviations]\nMr Mrs\n"), @r"
        rules.txt:2:3: `Mr Mrs` holds a space: one entry per line
          help: put each entry on its own line
        ");
        insta::assert_snapshot!(error("Mr\n"), @r"
        rules.txt:1:1: `Mr` comes before any section header
          help: put entries under a header such as `[abbreviations]`
        ");
        insta::assert_snapshot!(error("[titles]\n"), @r"
        rules.txt:1:1: unknown section `[titles]`
          help: the sections are [prepositive], [abbreviations], [closing], [time], [suffixes], [starters], [one-letter-words], [options]
        ");
        insta::assert_snapshot!(error("[abbreviations\n"), @r"
        rules.txt:1:1: `[abbreviations` opens a section header but does not close it
          help: write the header as `[abbreviations]`
        ");
        insta::assert_snapshot!(error("[one-letter-words]\nme\n"), @r"
        rules.txt:2:1: `me` is not one capital letter
          help: list single capital letters that are words, such as English `I`
        ");
        insta::assert_snapshot!(error("[options]\nordinals\n"), @r"
        rules.txt:2:1: unknown option `ordinals`
          help: the only option is `ordinal-numbers`
        ");
    }

    #[test]
    fn a_project_file_adds_to_the_language() {
        let mut rules = Rules::builtin("en").clone();
        let text = "The grant goes to Cyngor Gwynedd Cyf. Bangor gets it.";
        assert_eq!(split(text, &rules).len(), 2);
        rules.extend(Rules::parse(Path::new("x"), "[prepositive]\nCyf\n").unwrap());
        assert_eq!(split(text, &rules).len(), 1);
    }
}

proptest::proptest! {
    #[test]
    fn sentences_cover_the_text_exactly(text in "\\PC{0,200}") {
        let ranges = split(&text, Rules::builtin("en"));
        let joined: String = ranges.iter().map(|r| &text[r.clone()]).collect();
        proptest::prop_assert_eq!(joined, text);
    }

    /// Texts made of the pieces the rules look at, in any order and language.
    #[test]
    fn sentences_cover_any_mix_of_rule_pieces(
        pieces in proptest::collection::vec(proptest::sample::select(&[
            "Mr.", "U.S.", "a.m.", "p.", "1.)", "2)", "a.", "b.", "\u{2022}", ". . .", "...", "\u{2026}",
            "[...]", "?!", "\u{201E}", "\u{201C}", "\u{201D}", "\"", "'", "(", ")", "«", "»", "¿", "¡",
            "3.", "1.000,5", "I.", "The", "word", "Word", "l'Avv.", "www.gov.uk.", "。", "؟", "\u{301}",
            "\u{1F680}", " ", "  ", "\n",
        ][..]), 0..40),
        language in proptest::sample::select(&["en", "de", "fr", "es", "it", "nl", "pl", "cy", "ar"][..]),
    ) {
        let text: String = pieces.join(" ");
        let ranges = split(&text, Rules::builtin(language));
        proptest::prop_assert!(ranges.iter().all(|r| !r.is_empty() || text.is_empty()));
        let joined: String = ranges.iter().map(|r| &text[r.clone()]).collect();
        proptest::prop_assert_eq!(joined, text);
    }
}

/// Each rule category in each language with rules: (category, text, sentences).
type Cases = &'static [(&'static str, &'static str, &'static [&'static str])];

#[track_caller]
fn every_category(language: &str, cases: Cases) {
    let failures: Vec<String> = cases
        .iter()
        .filter(|(_, text, want)| split_in(language, text) != *want)
        .map(|(category, text, _)| format!("{category}: {:?}", split_in(language, text)))
        .collect();
    assert!(failures.is_empty(), "{language}:\n{}", failures.join("\n"));
}

#[test]
fn german_rule_categories() {
    every_category(
        "de",
        &[
            (
                "terminators",
                "Der Fonds startet heute. Wer darf sich bewerben? Alle Kommunen!",
                &[
                    "Der Fonds startet heute.",
                    "Wer darf sich bewerben?",
                    "Alle Kommunen!",
                ],
            ),
            (
                "abbreviation inside",
                "Gefördert werden Vereine, Schulen usw. aus ganz Hessen.",
                &["Gefördert werden Vereine, Schulen usw. aus ganz Hessen."],
            ),
            (
                "abbreviation at the end",
                "Gefördert werden Vereine, Schulen usw. Die Frist endet im Mai.",
                &[
                    "Gefördert werden Vereine, Schulen usw.",
                    "Die Frist endet im Mai.",
                ],
            ),
            (
                "title",
                "Prof. Schneider und Dr. Yilmaz stellen den Bericht vor.",
                &["Prof. Schneider und Dr. Yilmaz stellen den Bericht vor."],
            ),
            (
                "multi-period",
                "Das gilt u.a. für Kommunen. Ausnahmen gibt es d.h. keine.",
                &["Das gilt u.a. für Kommunen.", "Ausnahmen gibt es d.h. keine."],
            ),
            (
                "amounts",
                "Der Fonds umfasst 12,5 Mio. Euro. Das sind 1.250.000 Euro mehr.",
                &[
                    "Der Fonds umfasst 12,5 Mio. Euro.",
                    "Das sind 1.250.000 Euro mehr.",
                ],
            ),
            (
                "ordinals",
                "Am 1. Juli beginnt der 2. Abschnitt. Er endet am 31. Dezember.",
                &[
                    "Am 1. Juli beginnt der 2. Abschnitt.",
                    "Er endet am 31. Dezember.",
                ],
            ),
            (
                "page numbers",
                "Details stehen auf S. 14 und in Abs. 3. Bitte lesen.",
                &["Details stehen auf S. 14 und in Abs. 3.", "Bitte lesen."],
            ),
            (
                "parenthetical",
                "Die Stelle (Sie ist neu. Sie liegt in Kassel.) hilft sofort.",
                &["Die Stelle (Sie ist neu. Sie liegt in Kassel.) hilft sofort."],
            ),
            (
                "e-mail and URL",
                "Fragen an presse@bund.example.de. Alles unter www.bund.de/fonds. Danke.",
                &[
                    "Fragen an presse@bund.example.de.",
                    "Alles unter www.bund.de/fonds.",
                    "Danke.",
                ],
            ),
            (
                "quotation",
                "Sie sagte: \u{201E}Wir handeln. Jetzt.\u{201C} Dann ging sie.",
                &["Sie sagte: \u{201E}Wir handeln. Jetzt.\u{201C}", "Dann ging sie."],
            ),
            ("double punctuation", "Wirklich?! Ja.", &["Wirklich?!", "Ja."]),
            (
                "list",
                "1. Antrag lesen 2. Formular ausfüllen 3. Absenden",
                &["1. Antrag lesen", "2. Formular ausfüllen", "3. Absenden"],
            ),
            (
                "ellipsis",
                "Wir warteten … Dann kam die Antwort.",
                &["Wir warteten …", "Dann kam die Antwort."],
            ),
        ],
    );
}

#[test]
fn french_rule_categories() {
    every_category(
        "fr",
        &[
            (
                "terminators",
                "Le fonds ouvre aujourd'hui. Qui peut postuler ? Toutes les communes !",
                &[
                    "Le fonds ouvre aujourd'hui.",
                    "Qui peut postuler ?",
                    "Toutes les communes !",
                ],
            ),
            (
                "abbreviation inside",
                "Les écoles, les clubs, etc. peuvent postuler.",
                &["Les écoles, les clubs, etc. peuvent postuler."],
            ),
            (
                "abbreviation at the end",
                "Les écoles, les clubs, etc. Les dossiers arrivent.",
                &["Les écoles, les clubs, etc.", "Les dossiers arrivent."],
            ),
            (
                "title",
                "Mme Leroy et M. Diallo ont présenté le rapport. Mlle Petit a conclu.",
                &[
                    "Mme Leroy et M. Diallo ont présenté le rapport.",
                    "Mlle Petit a conclu.",
                ],
            ),
            (
                "multi-period",
                "Le texte vient des N.U. et il est clair.",
                &["Le texte vient des N.U. et il est clair."],
            ),
            (
                "amounts",
                "Le fonds atteint 12,5 millions d'euros. Il grandira de 3,5 %.",
                &["Le fonds atteint 12,5 millions d'euros.", "Il grandira de 3,5 %."],
            ),
            (
                "numbers",
                "Voir le n° 12 et la p. 4 du décret. Merci.",
                &["Voir le n° 12 et la p. 4 du décret.", "Merci."],
            ),
            (
                "parenthetical",
                "Le service (Il est neuf. Il est gratuit.) ouvre lundi.",
                &["Le service (Il est neuf. Il est gratuit.) ouvre lundi."],
            ),
            (
                "e-mail and URL",
                "Écrivez à presse@exemple.gouv.fr. Tout est sur www.exemple.gouv.fr/fonds. Merci.",
                &[
                    "Écrivez à presse@exemple.gouv.fr.",
                    "Tout est sur www.exemple.gouv.fr/fonds.",
                    "Merci.",
                ],
            ),
            (
                "quotation",
                "Elle a dit : « Nous agissons. » Puis elle est partie.",
                &["Elle a dit : « Nous agissons. »", "Puis elle est partie."],
            ),
            ("double punctuation", "Vraiment ?! Oui.", &["Vraiment ?!", "Oui."]),
            (
                "list",
                "a. Lire l'appel b. Remplir le formulaire c. L'envoyer",
                &["a. Lire l'appel", "b. Remplir le formulaire", "c. L'envoyer"],
            ),
            (
                "ellipsis",
                "Nous avons attendu... Puis la réponse est venue.",
                &["Nous avons attendu...", "Puis la réponse est venue."],
            ),
        ],
    );
}

#[test]
fn spanish_rule_categories() {
    every_category(
        "es",
        &[
            (
                "terminators",
                "El fondo abre hoy. ¿Quién puede pedirlo? ¡Todos los municipios!",
                &[
                    "El fondo abre hoy.",
                    "¿Quién puede pedirlo?",
                    "¡Todos los municipios!",
                ],
            ),
            (
                "abbreviation inside",
                "Colegios, clubes, etc. pueden pedirlo.",
                &["Colegios, clubes, etc. pueden pedirlo."],
            ),
            (
                "abbreviation at the end",
                "Pueden pedirlo colegios, clubes, etc. El plazo acaba en mayo.",
                &["Pueden pedirlo colegios, clubes, etc.", "El plazo acaba en mayo."],
            ),
            (
                "title",
                "La Sra. Ortega y el Dr. Ruiz presentaron el informe.",
                &["La Sra. Ortega y el Dr. Ruiz presentaron el informe."],
            ),
            (
                "multi-period",
                "El acuerdo con EE. UU. se firmó ayer. Entra en vigor hoy.",
                &["El acuerdo con EE. UU. se firmó ayer.", "Entra en vigor hoy."],
            ),
            (
                "amounts",
                "El fondo suma 12,5 millones. Son 1.250.000 euros más.",
                &["El fondo suma 12,5 millones.", "Son 1.250.000 euros más."],
            ),
            (
                "numbers",
                "Véase el art. 5 y la pág. 12. Gracias.",
                &["Véase el art. 5 y la pág. 12.", "Gracias."],
            ),
            (
                "parenthetical",
                "El servicio (Es nuevo. Es gratuito.) abre el lunes.",
                &["El servicio (Es nuevo. Es gratuito.) abre el lunes."],
            ),
            (
                "e-mail and URL",
                "Escriba a prensa@ejemplo.gob.es. Todo en www.ejemplo.gob.es/fondo. Gracias.",
                &[
                    "Escriba a prensa@ejemplo.gob.es.",
                    "Todo en www.ejemplo.gob.es/fondo.",
                    "Gracias.",
                ],
            ),
            (
                "quotation",
                "Dijo: «Actuamos ya.» Luego se fue.",
                &["Dijo: «Actuamos ya.»", "Luego se fue."],
            ),
            (
                "double punctuation",
                "¡¿De verdad?! Sí.",
                &["¡¿De verdad?!", "Sí."],
            ),
            (
                "list",
                "1) Leer la convocatoria 2) Rellenar el formulario",
                &["1) Leer la convocatoria", "2) Rellenar el formulario"],
            ),
            (
                "ellipsis",
                "Esperamos… Luego llegó la respuesta.",
                &["Esperamos…", "Luego llegó la respuesta."],
            ),
        ],
    );
}

#[test]
fn italian_rule_categories() {
    every_category(
        "it",
        &[
            (
                "terminators",
                "Il fondo apre oggi. Chi può partecipare? Tutti i comuni!",
                &["Il fondo apre oggi.", "Chi può partecipare?", "Tutti i comuni!"],
            ),
            (
                "abbreviation inside",
                "Scuole, club ecc. possono partecipare.",
                &["Scuole, club ecc. possono partecipare."],
            ),
            (
                "abbreviation at the end",
                "Possono partecipare scuole, club ecc. Il termine scade a maggio.",
                &[
                    "Possono partecipare scuole, club ecc.",
                    "Il termine scade a maggio.",
                ],
            ),
            (
                "title",
                "La Dott.ssa Greco e l'Ing. Bruno hanno presentato il piano.",
                &["La Dott.ssa Greco e l'Ing. Bruno hanno presentato il piano."],
            ),
            (
                "multi-period",
                "La società Rossi S.p.A. ha firmato. Il contratto parte oggi.",
                &["La società Rossi S.p.A. ha firmato.", "Il contratto parte oggi."],
            ),
            (
                "amounts",
                "Il fondo vale 12,5 milioni. Sono 1.250.000 euro in più.",
                &["Il fondo vale 12,5 milioni.", "Sono 1.250.000 euro in più."],
            ),
            (
                "numbers",
                "Si veda l'art. 5 a pag. 12. Grazie.",
                &["Si veda l'art. 5 a pag. 12.", "Grazie."],
            ),
            (
                "parenthetical",
                "Il servizio (È nuovo. È gratuito.) apre lunedì.",
                &["Il servizio (È nuovo. È gratuito.) apre lunedì."],
            ),
            (
                "e-mail and URL",
                "Scrivete a stampa@esempio.gov.it. Tutto su www.esempio.gov.it/fondo. Grazie.",
                &[
                    "Scrivete a stampa@esempio.gov.it.",
                    "Tutto su www.esempio.gov.it/fondo.",
                    "Grazie.",
                ],
            ),
            (
                "quotation",
                "Ha detto: «Agiamo ora.» Poi è uscita.",
                &["Ha detto: «Agiamo ora.»", "Poi è uscita."],
            ),
            ("double punctuation", "Davvero?! Sì.", &["Davvero?!", "Sì."]),
            (
                "list",
                "1. Leggere il bando 2. Compilare il modulo",
                &["1. Leggere il bando", "2. Compilare il modulo"],
            ),
            (
                "ellipsis",
                "Abbiamo aspettato... Poi è arrivata la risposta.",
                &["Abbiamo aspettato...", "Poi è arrivata la risposta."],
            ),
        ],
    );
}

#[test]
fn dutch_rule_categories() {
    every_category(
        "nl",
        &[
            (
                "terminators",
                "Het fonds opent vandaag. Wie mag meedoen? Alle gemeenten!",
                &["Het fonds opent vandaag.", "Wie mag meedoen?", "Alle gemeenten!"],
            ),
            (
                "abbreviation inside",
                "Scholen, clubs enz. mogen meedoen.",
                &["Scholen, clubs enz. mogen meedoen."],
            ),
            (
                "abbreviation at the end",
                "Mogen meedoen: scholen, clubs enz. De termijn sluit in mei.",
                &["Mogen meedoen: scholen, clubs enz.", "De termijn sluit in mei."],
            ),
            (
                "title",
                "Dhr. Jansen en mevr. De Boer presenteren het plan.",
                &["Dhr. Jansen en mevr. De Boer presenteren het plan."],
            ),
            (
                "multi-period",
                "Dit geldt o.a. voor gemeenten. Er zijn d.w.z. geen uitzonderingen.",
                &[
                    "Dit geldt o.a. voor gemeenten.",
                    "Er zijn d.w.z. geen uitzonderingen.",
                ],
            ),
            (
                "amounts",
                "Het fonds telt 12,5 miljoen euro. Dat is 1.250.000 euro meer.",
                &["Het fonds telt 12,5 miljoen euro.", "Dat is 1.250.000 euro meer."],
            ),
            (
                "numbers",
                "Zie art. 5 op blz. 12. Dank u.",
                &["Zie art. 5 op blz. 12.", "Dank u."],
            ),
            (
                "parenthetical",
                "De dienst (Hij is nieuw. Hij is gratis.) opent maandag.",
                &["De dienst (Hij is nieuw. Hij is gratis.) opent maandag."],
            ),
            (
                "e-mail and URL",
                "Mail naar pers@voorbeeld.nl. Alles op www.voorbeeld.nl/fonds. Dank u.",
                &[
                    "Mail naar pers@voorbeeld.nl.",
                    "Alles op www.voorbeeld.nl/fonds.",
                    "Dank u.",
                ],
            ),
            (
                "quotation",
                "Ze zei: \u{201C}We handelen nu.\u{201D} Toen vertrok ze.",
                &["Ze zei: \u{201C}We handelen nu.\u{201D}", "Toen vertrok ze."],
            ),
            ("double punctuation", "Echt?! Ja.", &["Echt?!", "Ja."]),
            (
                "list",
                "1) Lees de regeling 2) Vul het formulier in",
                &["1) Lees de regeling", "2) Vul het formulier in"],
            ),
            (
                "ellipsis",
                "We wachtten... Toen kwam het antwoord.",
                &["We wachtten...", "Toen kwam het antwoord."],
            ),
        ],
    );
}

#[test]
fn polish_rule_categories() {
    every_category(
        "pl",
        &[
            (
                "terminators",
                "Fundusz rusza dziś. Kto może się ubiegać? Wszystkie gminy!",
                &["Fundusz rusza dziś.", "Kto może się ubiegać?", "Wszystkie gminy!"],
            ),
            (
                "abbreviation inside",
                "Szkoły, kluby itd. mogą składać wnioski.",
                &["Szkoły, kluby itd. mogą składać wnioski."],
            ),
            (
                "abbreviation at the end",
                "Mogą się ubiegać szkoły, kluby itd. Termin mija w maju.",
                &["Mogą się ubiegać szkoły, kluby itd.", "Termin mija w maju."],
            ),
            (
                "title",
                "Prof. Kowalska i dr Nowak przedstawili raport.",
                &["Prof. Kowalska i dr Nowak przedstawili raport."],
            ),
            (
                "multi-period",
                "Dotyczy to m.in. gmin. Wyjątków nie ma.",
                &["Dotyczy to m.in. gmin.", "Wyjątków nie ma."],
            ),
            (
                "amounts",
                "Fundusz ma 12,5 mln zł. To 1.250.000 zł więcej.",
                &["Fundusz ma 12,5 mln zł.", "To 1.250.000 zł więcej."],
            ),
            (
                "ordinals",
                "Nabór trwa od 1. lipca do 31. grudnia. Zapraszamy.",
                &["Nabór trwa od 1. lipca do 31. grudnia.", "Zapraszamy."],
            ),
            (
                "parenthetical",
                "Urząd (Jest nowy. Jest bezpłatny.) rusza w poniedziałek.",
                &["Urząd (Jest nowy. Jest bezpłatny.) rusza w poniedziałek."],
            ),
            (
                "e-mail and URL",
                "Pisz na prasa@przyklad.gov.pl. Wszystko na www.przyklad.gov.pl/fundusz. Dziękujemy.",
                &[
                    "Pisz na prasa@przyklad.gov.pl.",
                    "Wszystko na www.przyklad.gov.pl/fundusz.",
                    "Dziękujemy.",
                ],
            ),
            (
                "quotation",
                "Powiedziała: \u{201E}Działamy teraz.\u{201D} Potem wyszła.",
                &["Powiedziała: \u{201E}Działamy teraz.\u{201D}", "Potem wyszła."],
            ),
            ("double punctuation", "Naprawdę?! Tak.", &["Naprawdę?!", "Tak."]),
            (
                "list",
                "1. Przeczytaj regulamin 2. Wypełnij formularz",
                &["1. Przeczytaj regulamin", "2. Wypełnij formularz"],
            ),
            (
                "ellipsis",
                "Czekaliśmy... Potem przyszła odpowiedź.",
                &["Czekaliśmy...", "Potem przyszła odpowiedź."],
            ),
        ],
    );
}
