use proptest::prelude::*;

use super::*;

fn options() -> Options {
    Options {
        prune: false,
        dry_run: false,
        memory_threshold: 0.9,
    }
}

/// A reference of paragraphs, as extract makes it.
fn reference(texts: &[&str]) -> Reference {
    use crate::source::{Format, Meta, Release, parse_bare};
    let release = Release {
        id: "r".into(),
        path: "r.txt".into(),
        format: Format::Plain,
        meta: Meta::default(),
        blocks: parse_bare(&texts.join("\n")),
    };
    let segments = crate::segment::split(
        &release,
        crate::config::Granularity::Block,
        crate::segment::sentence::Rules::builtin("en"),
    );
    crate::reference::of_release(&release, &segments)
}

fn fr() -> Locale {
    Locale::parse("fr").unwrap()
}

fn parse(text: &str) -> Catalog {
    catalog::parse(Path::new("fr/r.ftl"), text.to_string())
}

fn sync_text(reference: &Reference, text: Option<&str>) -> (String, Changes) {
    sync_with(reference, text, Memory::default(), &options())
}

fn sync_with(
    reference: &Reference,
    text: Option<&str>,
    memory: Memory,
    options: &Options,
) -> (String, Changes) {
    let memory = LazyMemory::ready(memory);
    let catalog = text.map(parse);
    if let Some(c) = &catalog {
        assert!(c.is_clean(), "{:?}", c.diagnostics);
    }
    plan(reference, catalog.as_ref(), &memory, &fr(), options)
}

/// Translates the message whose source is `source` by replacing its value and dropping @todo.
fn translate(text: &str, source: &str, translation: &str) -> String {
    let catalog = parse(text);
    let entry = catalog
        .entries
        .iter()
        .find(|e| e.markers.source.as_deref() == Some(source))
        .unwrap();
    let body = format!("{} = {}\n", entry.id, translation);
    let comment = catalog.text[entry.comment.clone()].replace("# @todo\n", "");
    format!(
        "{}{}{}{}",
        &text[..entry.comment.start],
        comment,
        body,
        &text[entry.body.end..]
    )
}

#[test]
fn new_file_has_a_stub_per_message_with_its_source() {
    let (text, changes) = sync_text(&reference(&["One.", "Two."]), None);
    let c = parse(&text);
    assert_eq!(c.entries.len(), 2);
    assert!(c.entries.iter().all(|e| e.markers.todo));
    assert_eq!(c.entries[1].markers.source.as_deref(), Some("Two."));
    assert_eq!(c.entries[1].value.as_deref(), Some("Two."));
    assert!(text.contains("\n## paragraph 2\n# @source: Two.\n# @todo\n"));
    assert_eq!(changes.added.len(), 2);
}

#[test]
fn unchanged_file_stays_byte_identical() {
    let r = reference(&["One.", "Two."]);
    let (text, _) = sync_text(&r, None);
    let text = translate(&text, "One.", "Un.");
    let text = text.replace(
        "## paragraph 2\n",
        "## paragraph 2\n\n# Translator's note, kept.\n",
    );
    let (again, changes) = sync_text(&r, Some(&text));
    assert_eq!(again, text);
    assert!(changes.is_empty());
}

#[test]
fn new_segment_is_inserted_in_document_order() {
    let (text, _) = sync_text(&reference(&["One.", "Three."]), None);
    let text = translate(&text, "One.", "Un.");
    let (after, changes) = sync_text(&reference(&["One.", "Two.", "Three."]), Some(&text));
    let c = parse(&after);
    let sources: Vec<_> = c
        .entries
        .iter()
        .map(|e| e.markers.source.clone().unwrap())
        .collect();
    assert_eq!(sources, ["One.", "Two.", "Three."]);
    assert_eq!(changes.added, [c.entries[1].id.clone()]);
    assert!(after.contains("## paragraph 2\n# @source: Two."));
    assert!(after.contains("## paragraph 3\n# @source: Three."));
}

#[test]
fn edited_segment_becomes_stale_with_its_old_source() {
    let old = "We will act on this now.";
    let new = "We will not act on this now.";
    let (text, _) = sync_text(&reference(&["Intro.", old, "End."]), None);
    let text = translate(&text, old, "Nous agirons maintenant.");
    let (after, changes) = sync_text(&reference(&["Intro.", new, "End."]), Some(&text));
    let c = parse(&after);
    let entry = &c.entries[1];
    assert_eq!(entry.id, reference(&[new]).messages[0].id);
    assert_eq!(entry.markers.stale.as_deref(), Some(old));
    assert_eq!(entry.markers.source.as_deref(), Some(new));
    assert_eq!(entry.value.as_deref(), Some("Nous agirons maintenant."));
    assert!(!entry.markers.todo);
    assert_eq!(changes.stale, std::slice::from_ref(&entry.id));
}

#[test]
fn edited_stale_message_keeps_the_text_it_was_translated_from() {
    let (text, _) = sync_text(&reference(&["A b c d."]), None);
    let text = translate(&text, "A b c d.", "Traduit.");
    let (text, _) = sync_text(&reference(&["A b c d e."]), Some(&text));
    let (text, _) = sync_text(&reference(&["A b c d e f."]), Some(&text));
    assert_eq!(parse(&text).entries[0].markers.stale.as_deref(), Some("A b c d."));
}

#[test]
fn moved_and_edited_segment_is_paired_by_similarity() {
    let moved = "The regulator will publish its first report in spring.";
    let (text, _) = sync_text(&reference(&[moved, "Middle one.", "Last one."]), None);
    let text = translate(&text, moved, "Le régulateur publiera.");
    let edited = "The regulator will publish its first report in the spring.";
    let (after, changes) = sync_text(&reference(&["Middle one.", "Last one.", edited]), Some(&text));
    let c = parse(&after);
    assert_eq!(c.entries[2].markers.stale.as_deref(), Some(moved));
    assert_eq!(c.entries[2].value.as_deref(), Some("Le régulateur publiera."));
    assert_eq!(changes.stale.len(), 1);
    assert!(changes.obsolete.is_empty());
}

#[test]
fn unrelated_replacement_is_not_paired() {
    let (text, _) = sync_text(&reference(&["Intro.", "Funding will double next year."]), None);
    let text = translate(
        &text,
        "Funding will double next year.",
        "Le financement doublera.",
    );
    let (after, changes) = sync_text(
        &reference(&["Intro.", "Police arrested twelve suspects."]),
        Some(&text),
    );
    assert!(changes.stale.is_empty());
    assert_eq!(changes.added.len(), 1);
    assert_eq!(changes.obsolete.len(), 1);
    let c = parse(&after);
    let obsolete = c.entries.last().unwrap();
    assert!(obsolete.markers.obsolete);
    assert_eq!(obsolete.value.as_deref(), Some("Le financement doublera."));
    assert!(after.contains("\n## Obsolete\n# @source: Funding will double next year.\n# @obsolete\n"));
}

#[test]
fn prune_deletes_obsolete_messages_and_says_what() {
    let (text, _) = sync_text(&reference(&["Keep.", "Drop me."]), None);
    let text = translate(&text, "Drop me.", "Supprimez-moi.");
    let (text, _) = sync_text(&reference(&["Keep."]), Some(&text));
    let pruning = Options {
        prune: true,
        ..options()
    };
    let (after, changes) = sync_with(&reference(&["Keep."]), Some(&text), Memory::default(), &pruning);
    assert_eq!(parse(&after).entries.len(), 1);
    assert!(!after.contains("Obsolete"));
    assert_eq!(changes.pruned[0].1, "Supprimez-moi.");
}

#[test]
fn removed_untranslated_stub_is_dropped_not_kept() {
    let (text, _) = sync_text(&reference(&["Keep.", "Never translated."]), None);
    let (after, changes) = sync_text(&reference(&["Keep."]), Some(&text));
    assert_eq!(parse(&after).entries.len(), 1);
    assert!(changes.obsolete.is_empty());
}

#[test]
fn forgotten_todo_marker_goes_when_the_value_was_translated() {
    let (text, _) = sync_text(&reference(&["One."]), None);
    let text = text.replace("= One.", "= Un.");
    let (after, changes) = sync_text(&reference(&["One."]), Some(&text));
    let entry = &parse(&after).entries[0];
    assert!(!entry.markers.todo);
    assert_eq!(changes.finished.len(), 1);
}

#[test]
fn obsolete_message_returns_when_its_source_does() {
    let (text, _) = sync_text(&reference(&["A.", "Bee cee."]), None);
    let text = translate(&text, "Bee cee.", "Bé cé.");
    let (gone, _) = sync_text(&reference(&["A."]), Some(&text));
    let (back, changes) = sync_text(&reference(&["A.", "Bee cee."]), Some(&gone));
    let c = parse(&back);
    assert!(!c.entries[1].markers.obsolete);
    assert_eq!(c.entries[1].value.as_deref(), Some("Bé cé."));
    assert_eq!(changes.restored.len(), 1);
    assert!(!back.contains("Obsolete"));
}

#[test]
fn translator_comments_blank_lines_and_terms_survive_edits() {
    let (text, _) = sync_text(&reference(&["One two three.", "Four five six."]), None);
    let text = translate(&text, "One two three.", "Un deux trois.");
    let text = text.replace(
        "## paragraph 1\n",
        "## paragraph 1\n\n# Standalone note.\n\n-brand = WePROTECT\n\n",
    );
    let text = text.replace(
        "# @source: One two three.\n",
        "# @source: One two three.\n# Checked with legal.\n",
    );
    let (after, _) = sync_text(
        &reference(&["Zero.", "One two three four.", "Four five six."]),
        Some(&text),
    );
    for kept in [
        "# Standalone note.\n",
        "-brand = WePROTECT\n",
        "# Checked with legal.\n",
        "= Un deux trois.\n",
    ] {
        assert!(after.contains(kept), "lost {kept:?} in:\n{after}");
    }
}

#[test]
fn crlf_and_bom_are_preserved() {
    let (text, _) = sync_text(&reference(&["One."]), None);
    let crlf = format!("\u{feff}{}", text.replace('\n', "\r\n"));
    let (after, _) = sync_text(&reference(&["One.", "Two."]), Some(&crlf));
    assert!(after.starts_with('\u{feff}'));
    assert!(!after.replace("\r\n", "").contains('\n'), "{after:?}");
    let (again, _) = sync_text(&reference(&["One.", "Two."]), Some(&after));
    assert_eq!(again, after);
}

#[test]
fn exact_memory_fills_as_translated_and_near_memory_as_stale() {
    let other = "The government is committed to making the UK the safest place to be online.";
    let (other_text, _) = sync_text(&reference(&[other]), None);
    let other_text = translate(&other_text, other, "Le gouvernement est déterminé.");
    let other_catalog = parse(&other_text);
    let memory = Memory::build([("other", &other_catalog)]);
    let near = "The government is committed to making the UK the safest place to be online today.";
    let (text, changes) = sync_with(&reference(&[other, near]), None, memory, &options());
    let c = parse(&text);
    assert_eq!(
        c.entries[0].value.as_deref(),
        Some("Le gouvernement est déterminé.")
    );
    assert!(!c.entries[0].markers.todo && c.entries[0].markers.stale.is_none());
    assert!(
        c.entries[0]
            .markers
            .memory
            .as_deref()
            .unwrap()
            .starts_with("other/")
    );
    assert_eq!(c.entries[1].markers.stale.as_deref(), Some(other));
    assert_eq!(changes.memory.len(), 2);
}

#[test]
fn group_comments_follow_the_new_positions() {
    let (text, _) = sync_text(&reference(&["One.", "Two."]), None);
    let (after, _) = sync_text(&reference(&["Zero.", "One.", "Two."]), Some(&text));
    assert!(after.contains("## paragraph 2\n# @source: One."));
    assert!(after.contains("## paragraph 3\n# @source: Two."));
    assert_eq!(after.matches("## paragraph").count(), 3);
}

#[test]
fn a_file_without_final_newline_is_left_alone_when_nothing_changes() {
    let (text, _) = sync_text(&reference(&["One."]), None);
    let trimmed = text.trim_end().to_string();
    let (after, _) = sync_text(&reference(&["One."]), Some(&trimmed));
    assert_eq!(after, trimmed);
}

#[test]
fn retarget_gap_replaces_only_relingo_group_lines() {
    assert_eq!(
        retarget_gap("\n## paragraph 2\n", Some("paragraph 3"), "\n"),
        "\n## paragraph 3\n"
    );
    assert_eq!(
        retarget_gap("\n## My section\n", Some("quote 1"), "\n"),
        "\n## My section\n## quote 1\n"
    );
    assert_eq!(retarget_gap("\n## paragraph 2\n", None, "\n"), "\n");
    assert_eq!(retarget_gap("", Some("lead"), "\n"), "\n## lead\n");
}

// ---- the property: nothing a translator wrote is ever lost -------------------------------

#[derive(Debug, Clone)]
enum Edit {
    Insert(usize, usize),
    Delete(usize),
    Move(usize, usize),
    Reword(usize, usize),
    Split(usize),
    Translate(usize),
    Comment(usize),
    /// A reviewer approves a translated message.
    Approve(usize),
}

const WORDS: &[&str] = &[
    "police", "funding", "children", "online", "safety", "minister", "report", "agency", "new", "not",
    "million", "support", "victims", "the", "will", "today",
];

fn sentence(seed: usize) -> String {
    let n = 4 + seed % 7;
    let words: Vec<&str> = (0..n)
        .map(|i| WORDS[(seed / (i + 1) + i * 7) % WORDS.len()])
        .collect();
    format!("{} {seed}.", words.join(" "))
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Insert(a, b)),
        any::<usize>().prop_map(Edit::Delete),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Move(a, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Reword(a, b)),
        any::<usize>().prop_map(Edit::Split),
        any::<usize>().prop_map(Edit::Translate),
        any::<usize>().prop_map(Edit::Comment),
        any::<usize>().prop_map(Edit::Approve),
    ]
}

/// Applies one edit to the sources (or, for Translate/Comment, to the file).
fn apply(edit: &Edit, texts: &mut Vec<String>, file: &mut String, written: &mut Vec<String>, step: usize) {
    let len = texts.len().max(1);
    match *edit {
        Edit::Insert(at, seed) => texts.insert(at % (texts.len() + 1), sentence(seed % 10_000)),
        Edit::Delete(at) if texts.len() > 1 => {
            texts.remove(at % len);
        }
        Edit::Move(from, to) if !texts.is_empty() => {
            let t = texts.remove(from % len);
            texts.insert(to % (texts.len() + 1), t);
        }
        Edit::Reword(at, seed) if !texts.is_empty() => {
            let i = at % len;
            let word = WORDS[seed % WORDS.len()];
            texts[i] = format!("{word} {}", texts[i]);
        }
        Edit::Split(at) if !texts.is_empty() => {
            let i = at % len;
            let words: Vec<String> = texts[i].split(' ').map(str::to_string).collect();
            if words.len() >= 4 {
                let (a, b) = words.split_at(words.len() / 2);
                texts[i] = format!("{}.", a.join(" "));
                texts.insert(i + 1, b.join(" "));
            }
        }
        Edit::Translate(at) => {
            let catalog = parse(file);
            let todo: Vec<&Entry> = catalog.entries.iter().filter(|e| e.markers.todo).collect();
            if !todo.is_empty() {
                let entry = todo[at % todo.len()];
                let translation = format!("Traduction numéro {step}");
                let source = entry.markers.source.clone().unwrap();
                *file = translate(file, &source, &translation);
                written.push(translation);
            }
        }
        Edit::Comment(at) => {
            let catalog = parse(file);
            let messages: Vec<&Entry> = catalog.entries.iter().collect();
            if !messages.is_empty() {
                let entry = messages[at % messages.len()];
                let note = format!("# Note de la traductrice {step}");
                file.insert_str(entry.body.start, &format!("{note}\n"));
                written.push(note);
            }
        }
        Edit::Approve(at) => {
            let catalog = parse(file);
            let translated: Vec<&Entry> = catalog
                .entries
                .iter()
                .filter(|e| !e.markers.todo && e.markers.approved.is_none())
                .collect();
            if !translated.is_empty() {
                let entry = translated[at % translated.len()];
                let by = format!("Reviewer {step}");
                let seal = crate::approval::marker(
                    &by,
                    entry.markers.source.as_deref().unwrap_or_default(),
                    entry.value.as_deref().unwrap_or_default(),
                );
                *file = catalog.with_marker("approved", |e| (e.id == entry.id).then(|| seal.clone()));
                written.push(format!("# @approved: {seal}"));
            }
        }
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]
    #[test]
    fn nothing_a_translator_wrote_is_ever_lost(
        start in proptest::collection::vec(0usize..10_000, 1..8),
        edits in proptest::collection::vec(edit(), 1..24),
    ) {
        let mut texts: Vec<String> = start.iter().map(|&s| sentence(s)).collect();
        let refs = |texts: &[String]| reference(&texts.iter().map(String::as_str).collect::<Vec<_>>());
        let (mut file, _) = sync_text(&refs(&texts), None);
        let mut written: Vec<String> = Vec::new();
        for (step, edit) in edits.iter().enumerate() {
            apply(edit, &mut texts, &mut file, &mut written, step);
            let reference = refs(&texts);
            let (synced, _) = sync_text(&reference, Some(&file));
            for line in &written {
                prop_assert!(synced.contains(line.as_str()), "lost {:?} after {:?}:\n{}", line, edit, synced);
            }
            let catalog = parse(&synced);
            prop_assert!(catalog.is_clean(), "{:?}", catalog.diagnostics);
            let (again, changes) = sync_text(&reference, Some(&synced));
            prop_assert_eq!(&again, &synced, "second sync changed {:?}", changes);
            // The shortcut for files already in step must agree with the full rebuild.
            let memory = LazyMemory::ready(Memory::default());
            let full = Splicer::new(&reference, &catalog, &memory, &options()).run().0;
            prop_assert_eq!(&full, &synced, "the full rebuild disagrees with the shortcut");
            let before = parse(&file);
            if up_to_date(&reference, &before) {
                let rebuilt = Splicer::new(&reference, &before, &memory, &options()).run().0;
                prop_assert_eq!(rebuilt, file.clone(), "a file judged up to date would change");
            }
            file = synced;
        }
    }
}
