//! A build renders only the releases whose inputs changed, and its output is the output a
//! clean build of the same project writes, byte for byte, whatever was edited in between.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{example, relingo_in};
use proptest::prelude::*;

/// Every file under `dir`, by path relative to it.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let name = path.strip_prefix(root).unwrap().to_string_lossy().into_owned();
                out.insert(name, std::fs::read(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// The files of `dir` (relative to `root`) whose name ends with `suffix`, sorted.
fn files(root: &Path, dir: &str, suffix: &str) -> Vec<String> {
    let mut found: Vec<String> = tree(&root.join(dir))
        .into_keys()
        .filter(|name| name.ends_with(suffix))
        .map(|name| format!("{dir}/{name}"))
        .collect();
    found.sort();
    found
}

/// The locale folders of `root`, as `locales/<code>`, sorted.
fn locales(root: &Path) -> Vec<String> {
    let mut found: Vec<String> = std::fs::read_dir(root.join("locales"))
        .unwrap()
        .map(|e| format!("locales/{}", e.unwrap().file_name().to_string_lossy()))
        .collect();
    found.sort();
    found
}

/// Appends `words` to the `n`-th line (cyclically) of `path` that `is_value` accepts.
fn append_to_line(path: &Path, n: usize, is_value: impl Fn(&str) -> bool, words: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let candidates: Vec<usize> = (0..lines.len()).filter(|&i| is_value(lines[i])).collect();
    let Some(&at) = candidates.get(n % candidates.len().max(1)) else {
        return;
    };
    let edited: String = lines
        .iter()
        .enumerate()
        .map(|(i, line)| match i == at {
            true => format!("{} {words}\n", line.trim_end_matches('\n')),
            false => line.to_string(),
        })
        .collect();
    std::fs::write(path, edited).unwrap();
}

/// What a person or a tool may change between two builds.
#[derive(Debug, Clone)]
enum Edit {
    /// A translator edits a message of a locale's file.
    Translation { file: usize, line: usize },
    /// A translator defines or changes the term `-office` in a locale's `_terms.ftl`.
    Term { locale: usize },
    /// A translator uses the term `-office` in a message.
    TermUse { file: usize },
    /// A page's interface string is overridden in a locale folder.
    Interface { locale: usize },
    /// The press office edits a release's paragraph; extract and sync follow.
    Source { file: usize, line: usize },
    /// An image a release shows is replaced.
    Image { file: usize },
    /// The configuration changes a release's title.
    Title,
    /// Someone deletes a built page.
    DeletedOutput { file: usize },
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0..64usize, 0..64usize).prop_map(|(file, line)| Edit::Translation { file, line }),
        (0..8usize).prop_map(|locale| Edit::Term { locale }),
        (0..64usize).prop_map(|file| Edit::TermUse { file }),
        (0..8usize).prop_map(|locale| Edit::Interface { locale }),
        (0..8usize, 0..32usize).prop_map(|(file, line)| Edit::Source { file, line }),
        (0..4usize).prop_map(|file| Edit::Image { file }),
        Just(Edit::Title),
        (0..256usize).prop_map(|file| Edit::DeletedOutput { file }),
    ]
}

fn apply(project: &Path, edit: &Edit) {
    let pick = |list: Vec<String>, n: usize| list[n % list.len()].clone();
    let is_message = |l: &str| l.contains(" = ") && !l.starts_with('#') && !l.starts_with(' ');
    match *edit {
        Edit::Translation { file, line } => {
            let file = pick(files(project, "locales", ".ftl"), file);
            if !file.ends_with("/_terms.ftl") && !file.ends_with("/_interface.ftl") {
                append_to_line(&project.join(file), line, is_message, "(edited)");
            }
        }
        Edit::Term { locale } => {
            let terms = project.join(pick(locales(project), locale)).join("_terms.ftl");
            let version = std::fs::read_to_string(&terms).map_or(0, |t| t.len());
            std::fs::write(terms, format!("-office = Office {version}\n")).unwrap();
        }
        Edit::TermUse { file } => {
            let file = pick(files(project, "locales", ".ftl"), file);
            if !file.ends_with("/_terms.ftl") && !file.ends_with("/_interface.ftl") {
                append_to_line(&project.join(file), 0, is_message, "{ -office }");
            }
        }
        Edit::Interface { locale } => {
            let interface = project
                .join(pick(locales(project), locale))
                .join("_interface.ftl");
            let mut text = std::fs::read_to_string(&interface).unwrap_or_default();
            text = format!("{text}languages = Languages, edited {}\n", text.len());
            // Only the first definition counts in Fluent: keep one.
            let last = text.lines().last().unwrap_or_default().to_string();
            std::fs::write(interface, format!("{last}\n")).unwrap();
        }
        Edit::Source { file, line } => {
            let file = pick(files(project, "sources", ".md"), file);
            append_to_line(
                &project.join(file),
                line,
                |l| l.len() > 60 && !l.contains(" = ") && !l.starts_with(['#', '-', '!', '>', '+']),
                "Edited.",
            );
            relingo_in(project, &["extract"]).success();
            relingo_in(project, &["sync"]);
        }
        Edit::Image { file } => {
            let file = pick(files(project, "sources/images", ".jpg"), file);
            let mut bytes = std::fs::read(project.join(&file)).unwrap();
            // Same size: only what the file holds tells the change.
            let end = bytes.len() - 6;
            bytes[end..].copy_from_slice(b"edited");
            std::fs::write(project.join(file), bytes).unwrap();
        }
        Edit::Title => {
            let config = project.join("relingo.toml");
            let text = std::fs::read_to_string(&config).unwrap();
            std::fs::write(&config, text.replacen("title = \"", "title = \"Edited: ", 1)).unwrap();
        }
        Edit::DeletedOutput { file } => {
            let pages: Vec<String> = tree(&project.join("dist"))
                .into_keys()
                .filter(|name| name.ends_with(".html") && name.contains('/'))
                .collect();
            std::fs::remove_file(project.join("dist").join(pick(pages, file))).unwrap();
        }
    }
}

/// Runs a build in `project` that must succeed, and returns what it said.
fn build_says(project: &Path) -> String {
    let build = relingo_in(project, &["build"]).success();
    String::from_utf8_lossy(&build.get_output().stderr).into_owned()
}

/// The output a clean build of `project`'s inputs writes.
fn clean_build(project: &Path) -> BTreeMap<String, Vec<u8>> {
    let clean = tempfile::tempdir().unwrap();
    for part in ["sources", "locales"] {
        common::copy_dir(&project.join(part), &clean.path().join(part));
    }
    std::fs::copy(project.join("relingo.toml"), clean.path().join("relingo.toml")).unwrap();
    relingo_in(clean.path(), &["build"]);
    tree(&clean.path().join("dist"))
}

/// Applies `edit`, builds, and fails unless the output is what a clean build writes.
fn edit_and_compare(project: &Path, edit: &Edit) -> Result<(), TestCaseError> {
    apply(project, edit);
    relingo_in(project, &["build"]);
    let built = tree(&project.join("dist"));
    let clean = clean_build(project);
    let differing: Vec<&String> = clean
        .keys()
        .chain(built.keys())
        .filter(|name| clean.get(*name) != built.get(*name))
        .collect();
    prop_assert!(
        differing.is_empty(),
        "after {edit:?}, these differ from a clean build: {differing:?}"
    );
    Ok(())
}

#[test]
fn each_kind_of_edit_in_turn_gives_the_output_of_a_clean_build() {
    let project = example();
    relingo_in(project.path(), &["build"]);
    // Each picks a file of a release that the build before it reused.
    let edits = [
        Edit::Image { file: 1 },
        Edit::Translation { file: 32, line: 0 },
        Edit::Term { locale: 5 },
        Edit::TermUse { file: 32 },
        Edit::Term { locale: 5 },
        Edit::Interface { locale: 3 },
        Edit::DeletedOutput { file: 7 },
        Edit::Source { file: 0, line: 5 },
        Edit::Title,
    ];
    for edit in &edits {
        edit_and_compare(project.path(), edit).unwrap();
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 8, ..ProptestConfig::default() })]

    #[test]
    fn an_incremental_build_writes_what_a_clean_build_writes_after_any_edits(
        edits in prop::collection::vec(edit(), 1..4)
    ) {
        let project = example();
        relingo_in(project.path(), &["build"]);
        for edit in &edits {
            edit_and_compare(project.path(), edit)?;
        }
    }
}

#[test]
fn a_build_with_nothing_changed_renders_no_release_that_built_cleanly() {
    let project = example();
    relingo_in(project.path(), &["build"]).success();
    let before = tree(&project.path().join("dist"));
    let said = build_says(project.path());
    assert!(
        said.contains("0 files written")
            && said.contains("(3 releases not rendered: nothing they are built from changed)"),
        "{said}"
    );
    assert_eq!(tree(&project.path().join("dist")), before);
}

#[test]
fn a_release_with_problems_is_built_and_reported_by_every_build() {
    let project = example();
    let warnings = |said: String| {
        said.lines()
            .filter(|l| l.starts_with("warning["))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let first = warnings(build_says(project.path()));
    assert!(!first.is_empty());
    assert_eq!(first, warnings(build_says(project.path())));
}

#[test]
fn a_translator_s_edit_renders_its_release_again_and_no_other() {
    let project = example();
    relingo_in(project.path(), &["build"]).success();
    let page = project.path().join("dist/fr/online-safety-fund.html");
    let before = std::fs::read_to_string(&page).unwrap();
    let catalog = project.path().join("locales/fr/online-safety-fund.ftl");
    let text = std::fs::read_to_string(&catalog).unwrap();
    let line = text
        .lines()
        .find(|l| l.contains(" = ") && !l.starts_with(['#', '-', ' ']))
        .unwrap();
    std::fs::write(&catalog, text.replacen(line, &format!("{line} Modifié"), 1)).unwrap();
    let said = build_says(project.path());
    assert!(said.contains("(2 releases not rendered"), "{said}");
    let after = std::fs::read_to_string(&page).unwrap();
    assert_ne!(before, after);
    assert!(after.contains("Modifié"));
}

#[test]
fn a_page_edited_by_hand_in_the_output_is_rendered_again_even_at_the_same_size() {
    let project = example();
    relingo_in(project.path(), &["build"]).success();
    let page = project.path().join("dist/fr/online-safety-fund.html");
    let built = std::fs::read(&page).unwrap();
    let mut edited = built.clone();
    let at = edited.windows(6).position(|w| w == b"<main>").unwrap();
    edited[at + 1..at + 5].copy_from_slice(b"MAIN");
    std::fs::write(&page, &edited).unwrap();
    // Later than the manifest, whatever the clock's resolution.
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(5);
    std::fs::File::options()
        .write(true)
        .open(&page)
        .unwrap()
        .set_modified(later)
        .unwrap();
    relingo_in(project.path(), &["build"]).success();
    assert_eq!(std::fs::read(&page).unwrap(), built);
}

/// The example without what makes releases report a problem on every build (an embargo, a
/// withheld locale, a required one incomplete): every release can be reused.
fn project_without_problems() -> tempfile::TempDir {
    let project = example();
    let root = project.path();
    std::fs::remove_file(root.join("sources/victims-support-fund.md")).unwrap();
    for locale in locales(root) {
        std::fs::remove_file(root.join(locale).join("victims-support-fund.ftl")).unwrap();
    }
    std::fs::write(
        root.join("relingo.toml"),
        "source-locale = \"en-GB\"\nlocales = [\"cy\", \"fr\", \"de\", \"es\", \"ar\", \"zh-CN\", \"pl\"]\n",
    )
    .unwrap();
    relingo_in(root, &["extract"]).success();
    relingo_in(root, &["sync"]).success();
    project
}

#[test]
fn when_every_release_is_reused_the_manifest_and_indexes_are_left_as_they_are() {
    let project = project_without_problems();
    let root = project.path();
    relingo_in(root, &["build"]).success();
    let manifest = root.join("dist/manifest.json");
    let written = std::fs::metadata(&manifest).unwrap().modified().unwrap();
    let said = build_says(root);
    assert!(said.contains("(5 releases not rendered"), "{said}");
    assert_eq!(std::fs::metadata(&manifest).unwrap().modified().unwrap(), written);
    // What is not as the build left it is still seen: a missing index, a stray file.
    std::fs::remove_file(root.join("dist/fr/index.html")).unwrap();
    std::fs::write(root.join("dist/stray.txt"), "x").unwrap();
    let said = build_says(root);
    assert!(said.contains("dist/stray.txt: not written by relingo"), "{said}");
    std::fs::remove_file(root.join("dist/stray.txt")).unwrap();
    assert_eq!(tree(&root.join("dist")), clean_build(root));
}

#[test]
fn a_partial_build_in_another_format_keeps_what_the_complete_build_recorded() {
    let project = project_without_problems();
    let root = project.path();
    let config = root.join("relingo.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, format!("{text}[build]\nformats = [\"md\"]\n")).unwrap();
    relingo_in(root, &["build"]).success();
    let inputs = |root: &Path| {
        let manifest = std::fs::read_to_string(root.join("dist/manifest.json")).unwrap();
        manifest
            .lines()
            .filter(|l| l.contains("\"inputs\""))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let recorded = inputs(root);
    assert!(!recorded.is_empty());
    // The HTML pages show images the Markdown does not; the fingerprint is still the complete build's.
    relingo_in(root, &["build", "--format", "html"]).success();
    assert_eq!(inputs(root), recorded);
    // A complete build then writes what a clean one does: no HTML.
    build_says(root);
    assert_eq!(tree(&root.join("dist")), clean_build(root));
}
