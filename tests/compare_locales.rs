//! `relingo status` on a Fluent repository that is not a relingo project counts what
//! compare-locales (Mozilla's checker, installed from PyPI by `.ci/run`) counts, file by
//! file: missing and obsolete entities (terms included), missing and extra files, on
//! generated trees with junk and with folders that are no locales. Skips with a message
//! where compare-locales is absent.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

/// A small deterministic generator (the trees must be the same on every run).
struct Dice(u64);

impl Dice {
    fn roll(&mut self, sides: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % sides
    }
}

/// Writes `root/locales/{en,<locales>}` and an `l10n.toml`; returns the locale codes.
fn generate(root: &Path, seed: u64) -> Vec<&'static str> {
    let mut dice = Dice(seed);
    let locales = ["fr", "de", "cy", "pl"];
    let reference = root.join("locales/en");
    std::fs::create_dir_all(&reference).unwrap();
    for f in 0..5 {
        let mut text = String::new();
        for m in 0..8 {
            text.push_str(&format!("msg-{f}-{m} = Message {m} of file {f}\n"));
        }
        for t in 0..3 {
            text.push_str(&format!("-term-{f}-{t} = Term {t}\n"));
        }
        std::fs::write(reference.join(format!("file{f}.ftl")), text).unwrap();
    }
    for locale in locales {
        let dir = root.join("locales").join(locale);
        std::fs::create_dir_all(&dir).unwrap();
        for f in 0..5 {
            if dice.roll(6) == 0 {
                continue; // a missing file
            }
            let mut text = String::new();
            for m in 0..8 {
                if dice.roll(4) > 0 {
                    text.push_str(&format!("msg-{f}-{m} = [{locale}] message {m}\n"));
                }
            }
            for t in 0..3 {
                if dice.roll(3) > 0 {
                    text.push_str(&format!("-term-{f}-{t} = [{locale}] term {t}\n"));
                }
            }
            if dice.roll(3) == 0 {
                text.push_str(&format!("old-{f} = [{locale}] gone from the reference\n"));
            }
            if dice.roll(3) == 0 {
                text.push_str(&format!("-old-term-{f} = [{locale}] gone\n"));
            }
            if dice.roll(4) == 0 {
                text.push_str("words that are no Fluent at all\n");
            }
            std::fs::write(dir.join(format!("file{f}.ftl")), text).unwrap();
        }
        if dice.roll(2) == 0 {
            std::fs::write(dir.join("extra.ftl"), "extra = Extra\n").unwrap();
        }
    }
    // Folders named like language codes that are no locales.
    for folder in ["configs", "images"] {
        std::fs::create_dir_all(root.join("locales").join(folder)).unwrap();
        std::fs::write(root.join("locales").join(folder).join("settings.toml"), "a = 1\n").unwrap();
    }
    let list: Vec<String> = locales.iter().map(|l| format!("\"{l}\"")).collect();
    std::fs::write(
        root.join("l10n.toml"),
        format!(
            "basepath = \".\"\nlocales = [{}]\n[env]\n  l = \"{{l10n_base}}/{{locale}}/\"\n[[paths]]\n  reference = \"locales/en/*.ftl\"\n  l10n = \"{{l}}*.ftl\"\n",
            list.join(", ")
        ),
    )
    .unwrap();
    locales.to_vec()
}

/// Per (locale, file): missing entities, obsolete entities, file missing, file extra.
type Counts = BTreeMap<(String, String), (u64, u64, bool, bool)>;

fn compare_locales(root: &Path) -> Counts {
    let out = root.join("compare-locales.json");
    let run = std::process::Command::new("compare-locales")
        .args(["--json"])
        .arg(&out)
        .args(["l10n.toml", "locales"])
        .current_dir(root)
        .output()
        .unwrap();
    assert!(out.exists(), "{}", String::from_utf8_lossy(&run.stderr));
    let report: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let mut counts = Counts::new();
    for (locale, files) in report[0]["details"].as_object().unwrap() {
        for (file, entries) in files.as_object().unwrap() {
            let entry = counts.entry((locale.clone(), file.clone())).or_default();
            for item in entries.as_array().unwrap() {
                let item = item.as_object().unwrap();
                if item.contains_key("missingEntity") {
                    entry.0 += 1;
                } else if item.contains_key("obsoleteEntity") {
                    entry.1 += 1;
                } else if item.contains_key("missingFile") {
                    entry.2 = true;
                } else if item.contains_key("obsoleteFile") {
                    entry.3 = true;
                }
            }
        }
    }
    counts
}

/// What `relingo status ARGS --format json` counts.
fn relingo(root: &Path, args: &[&str]) -> Counts {
    let out = common::relingo_in(root, &[&["status", "--format", "json"], args].concat())
        .get_output()
        .clone();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut counts = Counts::new();
    for locale in report["locales"].as_array().unwrap() {
        let code = locale["locale"].as_str().unwrap().to_string();
        for file in locale["files"].as_array().unwrap() {
            let c = &file["coverage"];
            let n = |v: &Value| v.as_u64().unwrap();
            let missing = n(&c["missing"]["messages"]) + n(&c["reference_terms"]["missing"]);
            let obsolete = n(&c["obsolete"]["messages"]) + n(&c["reference_terms"]["obsolete"]);
            let exists = file["exists"] == true;
            // compare-locales names a missing file, not the entities in it.
            let (missing, obsolete) = if exists { (missing, obsolete) } else { (0, 0) };
            if missing + obsolete > 0 || !exists {
                counts.insert(
                    (code.clone(), file["file"].as_str().unwrap().to_string()),
                    (missing, obsolete, !exists, false),
                );
            }
        }
        for extra in locale["extra_files"].as_array().unwrap() {
            let name = Path::new(extra.as_str().unwrap())
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            counts.entry((code.clone(), name)).or_default().3 = true;
        }
    }
    counts
}

#[test]
fn status_counts_what_compare_locales_counts_file_by_file() {
    if !common::installed("compare-locales") {
        eprintln!("skipped: compare-locales is not installed (pip install compare-locales)");
        return;
    }
    for seed in [1, 7, 42] {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        generate(root, seed);
        let theirs = compare_locales(root);
        let ours = relingo(
            root,
            &["--reference-dir", "locales/en", "--locales-dir", "locales"],
        );
        assert!(
            theirs.values().any(|c| c.0 > 0) && theirs.values().any(|c| c.1 > 0),
            "{theirs:?}"
        );
        assert_eq!(ours, theirs, "seed {seed}");
        // The same tree through its l10n.toml, which now lets every locale lack file3.ftl.
        let config = std::fs::read_to_string(root.join("l10n.toml")).unwrap();
        std::fs::write(
            root.join("l10n.toml"),
            format!("{config}[[filters]]\n  path = \"{{l}}file3.ftl\"\n  action = \"ignore\"\n"),
        )
        .unwrap();
        std::fs::remove_file(root.join("locales/pl/file3.ftl")).ok();
        let filtered = compare_locales(root);
        assert!(
            !filtered.contains_key(&("pl".to_string(), "file3.ftl".to_string())),
            "{filtered:?}"
        );
        let ours = relingo(root, &["--l10n-toml", "l10n.toml", "--l10n-base", "locales"]);
        assert_eq!(ours, filtered, "seed {seed}, through l10n.toml");
        // Rules on single keys: ids, regular expressions, a later rule taking an earlier back.
        let keys = "[[filters]]\n  path = \"{l}file1.ftl\"\n  key = [\"msg-1-2\", \"re:-term-1-\"]\n  action = \"ignore\"\n\
                    [[filters]]\n  path = \"{l}*.ftl\"\n  key = \"re:(old|msg-[24]-)\"\n  action = \"ignore\"\n\
                    [[filters]]\n  path = \"{l}file2.ftl\"\n  key = \"msg-2-1\"\n  action = \"warning\"\n\
                    [[filters]]\n  path = \"{l}file4.ftl\"\n  key = \"re:msg-4-[0-3]\"\n  action = \"error\"\n";
        std::fs::write(root.join("l10n.toml"), format!("{config}{keys}")).unwrap();
        let keyed = compare_locales(root);
        assert_ne!(
            keyed, theirs,
            "seed {seed}: the key rules change what compare-locales counts"
        );
        let ours = relingo(root, &["--l10n-toml", "l10n.toml", "--l10n-base", "locales"]);
        assert_eq!(ours, keyed, "seed {seed}, with rules on keys");
        std::fs::write(root.join("l10n.toml"), config).unwrap();
        // The folders named like language codes are skipped, with why.
        common::relingo_in(
            root,
            &[
                "status",
                "--reference-dir",
                "locales/en",
                "--locales-dir",
                "locales",
            ],
        )
        .stderr(predicates::str::contains(
            "locales/configs: ignored: it holds no .ftl file that the reference has",
        ));
    }
}

#[test]
fn an_l10n_toml_is_found_by_itself_and_what_relingo_cannot_read_in_it_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    generate(root, 3);
    // No relingo.toml: the l10n.toml of the current directory is read.
    let by_itself = relingo(root, &["--l10n-base", "locales"]);
    let named = relingo(root, &["--l10n-toml", "l10n.toml", "--l10n-base", "locales"]);
    assert_eq!(by_itself, named);
    assert!(!by_itself.is_empty());
    let config = std::fs::read_to_string(root.join("l10n.toml")).unwrap();
    for (extra, said) in [
        (
            "[[includes]]\n  path = \"other/l10n.toml\"\n",
            "l10n.toml:8:1: [[includes]]: relingo does not read this part of an l10n.toml yet",
        ),
        (
            "[[filters]]\n  path = \"{l}file1.ftl\"\n  key = \"re:msg-(\"\n  action = \"ignore\"\n",
            "[[filters]] key = \"re:msg-(\": not a regular expression relingo can read",
        ),
        (
            "[[filters]]\n  path = \"{l}file1.ftl\"\n  action = \"skip\"\n",
            "[[filters]] action = \"skip\": compare-locales knows error, warning and ignore",
        ),
        (
            "[[paths]]\n  reference = \"locales/en/*.ftl\"\n  l10n = \"{l}other/*.ftl\"\n",
            "l10n.toml:10:10: [[paths]] reference",
        ),
        ("basepath = [\n", "l10n.toml:8:"),
    ] {
        std::fs::write(root.join("l10n.toml"), format!("{config}{extra}")).unwrap();
        common::relingo_in(root, &["status", "--l10n-base", "locales"])
            .code(2)
            .stderr(predicates::str::contains(said));
    }
    std::fs::write(
        root.join("l10n.toml"),
        config.replacen("\"de\"", "\"not a code\"", 1),
    )
    .unwrap();
    common::relingo_in(root, &["status", "--l10n-base", "locales"])
        .code(2)
        .stderr(predicates::str::contains("l10n.toml:2:"))
        .stderr(predicates::str::contains("locales: `not a code`"));
}
