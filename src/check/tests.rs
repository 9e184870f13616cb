use std::collections::HashSet;
use std::path::Path;

use super::*;
use crate::config::CheckConfig;

fn entry(value: &str, markers: &str) -> Entry {
    let text = format!("{markers}m = {value}\n");
    let catalog = catalog::parse(Path::new("x.ftl"), text);
    assert!(catalog.is_clean(), "{:?}", catalog.diagnostics);
    catalog.entries.into_iter().next().unwrap()
}

fn config() -> CheckConfig {
    CheckConfig {
        keep: vec!["INTERPOL".into()],
        do_not_translate: vec!["WePROTECT".into()],
        ..CheckConfig::default()
    }
}

/// The names of the checks that fire for `translation` of `source` in `locale`.
fn fired_as(source: &str, translation: &str, locale: &str, kind: Option<&str>) -> Vec<&'static str> {
    let source = entry(source, "");
    let group = kind.map(|k| crate::reference::Group::parse(k).expect("a block kind"));
    let s = reference::Message::new("m", source.value.as_deref().unwrap(), group, source.references);
    let e = entry(translation, "");
    let shared: HashSet<String> = ["-brand".to_string()].into();
    let terms = rules::Terms {
        shared: &shared,
        own: &[],
    };
    let mut codes: Vec<&str> = message(
        &s,
        &e,
        &Locale::parse(locale).unwrap(),
        &config(),
        Some(&terms),
        false,
    )
    .into_iter()
    .map(|f| f.code.name)
    .collect();
    codes.dedup();
    codes
}

fn fired(source: &str, translation: &str, locale: &str) -> Vec<&'static str> {
    fired_as(source, translation, locale, None)
}

#[test]
fn correct_translations_in_many_scripts_are_quiet() {
    let cases = [
        (
            "fr",
            "Funding of £20.5 million, up 3.5%, for 1,400 platforms.",
            "Un financement de 20,5 millions de livres, en hausse de 3,5\u{202F}%, pour 1\u{202F}400 plateformes.",
        ),
        (
            "fr",
            "Why does this matter?",
            "Pourquoi est-ce important\u{202F}?",
        ),
        (
            "fr",
            "The Minister said: “We will act.”",
            "La ministre a déclaré\u{202F}: « Nous agirons. »",
        ),
        (
            "cy",
            "See the [report](https://www.gov.uk/r) from WePROTECT.",
            "Gweler yr [adroddiad](https://www.gov.uk/r) gan WePROTECT.",
        ),
        (
            "ar",
            "Sites share up to 1.6m files. Why?",
            "تتبادل المواقع ما يصل إلى 1.6 مليون ملف. لماذا؟",
        ),
        (
            "ar",
            "Write to press@x.gov.uk today.",
            "راسلوا press@x.gov.uk اليوم.",
        ),
        (
            "zh-CN",
            "A £20.5 million fund was announced.",
            "宣布设立2050万英镑的基金。",
        ),
        (
            "zh-CN",
            "Training starts in April 2027 at 12 centres.",
            "培训将于2027年4月在12个中心开始。",
        ),
        (
            "de",
            "Sites share up to 1.6m files.",
            "Websites teilen bis zu 1,6 Mio. Dateien.",
        ),
        ("es", "Why does it matter?", "¿Por qué es importante?"),
        ("pl", "It costs 1,400 pounds.", "To kosztuje 1400 funtów."),
        (
            "fr",
            "The WePROTECT brand grows.",
            "La marque WePROTECT ({ -brand }) grandit.",
        ),
        (
            "cy",
            "The Minister said: “The government’s plan works.”",
            "Dywedodd y Gweinidog: “Mae cynllun y llywodraeth yn gweithio’n dda.”",
        ),
        ("fr", "“No, no,” she said.", "« Non, non », a-t-elle dit."),
        (
            "fr",
            "He said: “The ‘fund’ works.”",
            "Il a dit\u{202F}: « Le ‹ fonds › fonctionne. »",
        ),
        (
            "de",
            "He said: “The ‘fund’ works.”",
            "Er sagte: „Der ‚Fonds‘ funktioniert.“",
        ),
        (
            "ja",
            "He said: “This is the ‘book’.”",
            "彼は「これは『本』です」と言った。",
        ),
        ("fr", "A trip to Bora Bora.", "Un voyage à Bora Bora."),
        (
            "zh-CN",
            "There are 874 organisations.",
            "共有874个组织参与了这项研究工作和相关活动。",
        ),
    ];
    for (locale, source, translation) in cases {
        assert_eq!(
            fired(source, translation, locale),
            Vec::<&str>::new(),
            "{locale}: {translation}"
        );
    }
}

#[test]
fn each_check_fires_on_its_mistake() {
    let cases: &[(&str, &str, &str, &str)] = &[
        ("placeables", "Hello { $name }.", "Bonjour.", "fr"),
        ("placeables", "Hello.", "Bonjour { $name }.", "fr"),
        (
            "unknown-term",
            "Hello { -brand }.",
            "Bonjour { -brand } et { -other }.",
            "fr",
        ),
        (
            "links",
            "See [the report](https://gov.uk/a).",
            "Voir le rapport.",
            "fr",
        ),
        (
            "links",
            "See [the report](https://gov.uk/a).",
            "Voir [le rapport](https://gov.fr/a).",
            "fr",
        ),
        ("code", "Run `relingo`.", "Lancez relingo.", "fr"),
        ("emphasis", "A **big** fund.", "Un fonds **important.", "fr"),
        ("emphasis", "A **big** fund.", "Un fonds important.", "fr"),
        (
            "numbers",
            "312 arrests, 41 in the UK.",
            "312 arrestations, quelques-unes au Royaume-Uni.",
            "fr",
        ),
        ("numbers", "Up 3.5%.", "En hausse de 35 %.", "fr"),
        (
            "numbers",
            "A £20.5 million fund.",
            "设立205万英镑的基金。",
            "zh-CN",
        ),
        (
            "addresses",
            "Write to press@x.gov.uk.",
            "Écrivez à presse@x.gouv.fr.",
            "fr",
        ),
        (
            "addresses",
            "See https://gov.uk/a now.",
            "Voir https://gov.uk/b maintenant.",
            "fr",
        ),
        (
            "unsafe-html",
            "A fund.",
            "Un <script>alert(1)</script> fonds.",
            "fr",
        ),
        (
            "unsafe-link",
            "A [fund](https://x.org).",
            "Un [fonds](javascript:alert(1)).",
            "fr",
        ),
        (
            "identical",
            "A new fund for victims.",
            "A new fund for victims.",
            "fr",
        ),
        (
            "do-not-translate",
            "The WePROTECT Alliance acts.",
            "L'Alliance WeProtect agit.",
            "fr",
        ),
        (
            "whitespace",
            "A fund for victims.",
            "Un fonds  pour les victimes.",
            "fr",
        ),
        (
            "doubled-word",
            "A fund for victims.",
            "Un fonds pour pour les victimes.",
            "fr",
        ),
        (
            "doubled-word",
            "The funds reach victims.",
            "Die Mittel erreichen «Opfer Opfer».",
            "de",
        ),
        (
            "doubled-word",
            "A trip to Bora Bora for victims.",
            "Un voyage à Bora Bora pour pour les victimes.",
            "fr",
        ),
        (
            "doubled-word",
            "The funds reach victims.",
            "Ŧħee ƒuuƞḓş Řeeaaƈħ řeeaaƈħ ṽiƈŧiḿş.",
            "en-GB",
        ),
        ("invisible-char", "A fund.", "Un\u{200B} fonds.", "fr"),
        ("invisible-char", "A fund.", "Un fonds \u{FFFD}.", "fr"),
        ("punctuation", "A fund.", "Un fonds", "fr"),
        ("punctuation", "Why?", "Pourquoi?", "fr"),
        ("punctuation", "Why?", "لماذا?", "ar"),
        ("punctuation", "A fund.", "一个基金.", "zh-CN"),
        (
            "punctuation",
            "Why does it matter?",
            "Por qué es importante?",
            "es",
        ),
        ("brackets", "A fund (new).", "Un fonds (nouveau.", "fr"),
        ("quotes", "He said “no”.", "Il a dit “non”.", "fr"),
        ("quotes", "He said “no”.", "Er sagte “nein”.", "de"),
        (
            "length-ratio",
            "A fund for the victims of crime.",
            "Un fonds pour les victimes de la criminalité, et bien plus encore, avec beaucoup de mots ajoutés ici.",
            "fr",
        ),
    ];
    for (check, source, translation, locale) in cases {
        let got = fired(source, translation, locale);
        assert!(
            got.contains(check),
            "{check} should fire for {translation:?} ({locale}); got {got:?}"
        );
    }
}

#[test]
fn title_length_uses_the_configured_limit() {
    let long = "Un titre beaucoup trop long pour la page d'accueil du site gouvernemental";
    assert!(fired_as("A short title", long, "fr", Some("title")).contains(&"length"));
    assert!(!fired_as("A short title", long, "fr", Some("paragraph")).contains(&"length"));
}

#[test]
fn empty_translation_is_an_error() {
    assert!(fired("A fund.", "{ \"\" }", "fr").contains(&"empty"));
}

#[test]
fn kept_names_may_stay_identical() {
    assert!(fired("INTERPOL", "INTERPOL", "fr").is_empty());
}

#[test]
fn allow_marker_silences_one_check() {
    let s = reference::Message::new("m", "312 arrests.", None, Vec::new());
    let e = entry("Trois cent douze arrestations.", "# @allow: numbers\n");
    let findings = message(&s, &e, &Locale::parse("fr").unwrap(), &config(), None, false);
    assert!(findings.is_empty(), "{findings:?}");
}

#[test]
fn a_value_that_is_only_a_placeable_is_checked_without_crashing() {
    assert!(fired("{ $name }", "{ $name }", "fr").is_empty());
}

proptest::proptest! {
    #[test]
    fn checks_never_panic(source in "\\PC{0,80}", translation in "\\PC{0,80}") {
        let title = crate::reference::Group::parse("title");
        let s = reference::Message::new("m", &source, title, Vec::new());
        let mut e = entry("x", "");
        e.value = Some(translation);
        for locale in ["fr", "ar", "zh-CN", "cy", "es", "de"] {
            let _ = message(&s, &e, &Locale::parse(locale).unwrap(), &config(), None, false);
        }
    }
}

/// A project with `releases` reference files of one message each and a `fr` file for each,
/// where every translation doubles a word (one warning per file); `de` has no files at all.
fn project_with_releases(releases: usize) -> (tempfile::TempDir, Project) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(
        root.join("relingo.toml"),
        "source-locale = \"en\"\nlocales = [\"fr\", \"de\"]\n",
    )
    .unwrap();
    for locale in ["en", "fr", "de"] {
        std::fs::create_dir_all(root.join("locales").join(locale)).unwrap();
    }
    for n in 0..releases {
        let name = format!("r{n:04}.ftl");
        std::fs::write(root.join("locales/en").join(&name), "a-1 = A fund for victims.\n").unwrap();
        let fr = "# @source: A fund for victims.\na-1 = Un fonds pour pour les victimes.\n";
        std::fs::write(root.join("locales/fr").join(&name), fr).unwrap();
    }
    let project = Project::open(Some(&root.join("relingo.toml")), root).unwrap();
    (dir, project)
}

#[test]
fn reports_stream_in_locale_then_release_order_across_batches() {
    let releases = FILES_PER_BATCH + 3;
    let (_dir, project) = project_with_releases(releases);
    let locales = project.select_locales(&[]).unwrap();
    let mut seen = Vec::new();
    let summary = run(&project, &locales, &[], |file| {
        seen.push((
            file.locale.to_string(),
            file.release.clone(),
            file.diagnostics.len(),
        ));
        Ok::<_, Error>(())
    })
    .unwrap();
    let mut expected = Vec::new();
    for locale in &locales {
        for n in 0..releases {
            expected.push((locale.to_string(), format!("r{n:04}"), 1));
        }
    }
    assert_eq!(seen, expected);
    assert_eq!(
        (summary.files, summary.messages, summary.errors, summary.warnings),
        (2 * releases, releases, 0, 2 * releases)
    );
}

#[test]
fn a_failing_consumer_stops_the_run_with_its_error() {
    let (_dir, project) = project_with_releases(FILES_PER_BATCH * 3);
    let locales = project.select_locales(&[]).unwrap();
    #[derive(Debug)]
    enum Stop {
        StdoutClosed,
        CheckFailed,
    }
    impl From<Error> for Stop {
        fn from(_: Error) -> Stop {
            Stop::CheckFailed
        }
    }
    let mut calls = 0;
    let outcome = run(&project, &locales, &[], |_| {
        calls += 1;
        if calls == 2 {
            return Err(Stop::StdoutClosed);
        }
        Ok(())
    });
    assert!(matches!(outcome, Err(Stop::StdoutClosed)), "{outcome:?}");
    assert_eq!(calls, 2);
}

#[test]
fn a_misspelt_allow_is_reported_with_the_closest_name() {
    let catalog = catalog::parse(
        Path::new("fr/r.ftl"),
        "## paragraph 1\n# @source: 312 arrests.\n# @allow: nubmers\nmsg-a = Trois cent douze arrestations.\n".into(),
    );
    let found = allow_problems(&catalog);
    assert_eq!(found.len(), 1);
    let d = &found[0].diagnostic;
    assert_eq!((d.code.name, d.at.line, d.at.column), ("allow", 3, 1));
    assert_eq!(d.message, "`nubmers` is not a check; did you mean `numbers`?");
    assert_eq!(found[0].id.as_deref(), Some("msg-a"));
}

#[test]
fn an_allow_cut_off_by_a_blank_line_is_reported() {
    let catalog = catalog::parse(
        Path::new("fr/r.ftl"),
        "## paragraph 1\n# @allow: numbers\n\n# @source: 312 arrests.\nmsg-a = Trois cent douze arrestations.\n".into(),
    );
    let found = allow_problems(&catalog);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].diagnostic.at.line, 2);
    assert!(found[0].diagnostic.message.contains("attached to no message"));
}
