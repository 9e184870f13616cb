//! Merging two edits of one Fluent file, message by message: what `relingo merge-file`
//! does for git.
//!
//! In: the common ancestor (base), ours and theirs, all parsed. Out: ours, edited
//! surgically: a message only theirs changed takes theirs' entry; one only ours changed, or
//! both changed alike, stays; one both changed, to different translations, keeps ours and
//! gets theirs beside it as `# @conflict: …` (the file always parses, and nothing either side
//! wrote is lost); messages theirs added come in after the message they follow in theirs;
//! messages theirs deleted go, unless ours changed them. Translator comments of both sides
//! are kept. Layout (blank lines, group comments) is ours.

use std::collections::HashMap;

use rustc_hash::FxHashMap;

use crate::catalog::{Catalog, CommentLine, Entry};

/// The line of `.gitattributes` that sends `.ftl` files to the driver.
pub const GITATTRIBUTES_LINE: &str = "*.ftl merge=relingo";

/// Adds [`GITATTRIBUTES_LINE`] to the `.gitattributes` of `dir` unless it is there; returns
/// whether it wrote. The file's other lines are kept as they are.
pub fn register_in_gitattributes(dir: &std::path::Path) -> crate::Result<bool> {
    let path = dir.join(".gitattributes");
    let current = match crate::input::read_text(&path, crate::input::Links::Refuse) {
        Ok(text) => text,
        Err(e) if e.is_not_found() => String::new(),
        Err(e) => return Err(e),
    };
    if current.lines().any(|l| l.trim() == GITATTRIBUTES_LINE) {
        return Ok(false);
    }
    let separator = if current.is_empty() || current.ends_with('\n') {
        ""
    } else {
        "\n"
    };
    let text = format!("{current}{separator}{GITATTRIBUTES_LINE}\n");
    crate::persist::write_if_changed(&path, text.as_bytes())
}

/// The merged file, and the messages left in conflict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    /// The file's new text, BOM included when ours had one.
    pub text: String,
    pub conflicts: Vec<String>,
}

/// What happens to one of ours' entries.
enum Fate<'a> {
    Keep,
    Take(&'a Entry),
    Delete,
    /// Both sides changed the entry: ours is written with theirs' comments too, and with
    /// theirs' translation where only theirs changed it, or beside ours when both did.
    Combine {
        other: &'a Entry,
        value: Value,
    },
}

/// Whose translation a combined entry takes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Value {
    Ours,
    Theirs,
    /// Changed on both sides, differently: ours, with theirs as `# @conflict:`.
    Conflict,
}

/// Merges `theirs` into `ours`, both edits of `base`; all three must be clean (they parse).
pub fn merge(base: &Catalog, ours: &Catalog, theirs: &Catalog) -> Merged {
    let base_index = base.index();
    let theirs_index = theirs.index();
    let ours_index = ours.index();
    let added = added_by_theirs(&base_index, &ours_index, theirs);
    let gaps = ours.gaps();
    let mut out = String::with_capacity(ours.text.len() + 256);
    let mut conflicts = Vec::new();
    out.push_str(&ours.text[ours.header.clone()]);
    push_added(&mut out, theirs, added.get(&None), ours.line_ending);
    for (k, entry) in ours.entries.iter().enumerate() {
        let gap = &ours.text[gaps[k].clone()];
        let fate = fate(
            ours,
            entry,
            base_index.get(entry.id.as_str()).map(|e| (base, *e)),
            theirs_index.get(entry.id.as_str()).map(|e| (theirs, *e)),
        );
        match fate {
            Fate::Keep => {
                out.push_str(gap);
                out.push_str(&ours.text[entry.range()]);
            }
            Fate::Take(taken) => {
                out.push_str(gap);
                out.push_str(&theirs.text[taken.range()]);
            }
            Fate::Delete => {}
            Fate::Combine { other, value } => {
                out.push_str(gap);
                let (markers, body) = match value {
                    Value::Theirs => (other.markers.clone(), &theirs.text[other.body.clone()]),
                    Value::Ours => (entry.markers.clone(), &ours.text[entry.body.clone()]),
                    Value::Conflict => {
                        conflicts.push(entry.id.clone());
                        let mut markers = entry.markers.clone();
                        markers.conflict = Some(other.value.clone().unwrap_or_default());
                        (markers, &ours.text[entry.body.clone()])
                    }
                };
                write_combined(&mut out, ours.line_ending, &markers, [entry, other], body);
            }
        }
        if !out.ends_with('\n') {
            out.push_str(ours.line_ending);
        }
        push_added(
            &mut out,
            theirs,
            added.get(&Some(entry.id.as_str())),
            ours.line_ending,
        );
    }
    let trailing = gaps.last().cloned().unwrap_or(0..0);
    out.push_str(&ours.text[trailing]);
    Merged {
        text: ours.with_bom(&out),
        conflicts,
    }
}

/// The text of an entry: attached comment and body.
fn text_of<'a>(catalog: &'a Catalog, entry: &Entry) -> &'a str {
    &catalog.text[entry.range()]
}

fn fate<'a>(
    ours: &Catalog,
    entry: &Entry,
    base: Option<(&Catalog, &Entry)>,
    theirs: Option<(&'a Catalog, &'a Entry)>,
) -> Fate<'a> {
    let mine = text_of(ours, entry);
    match (base, theirs) {
        (_, Some((t, other))) if text_of(t, other) == mine => Fate::Keep,
        (Some((b, original)), Some((t, other))) => {
            let base_text = text_of(b, original);
            if text_of(t, other) == base_text {
                Fate::Keep
            } else if mine == base_text {
                Fate::Take(other)
            } else {
                let value = match (same_value(other, original), same_value(entry, original)) {
                    (true, _) => Value::Ours,
                    (false, true) => Value::Theirs,
                    (false, false) if same_value(entry, other) => Value::Ours,
                    (false, false) => Value::Conflict,
                };
                Fate::Combine { other, value }
            }
        }
        (None, Some((_, other))) => Fate::Combine {
            other,
            value: if same_value(entry, other) {
                Value::Ours
            } else {
                Value::Conflict
            },
        },
        (Some((b, original)), None) if text_of(b, original) == mine => Fate::Delete,
        _ => Fate::Keep,
    }
}

fn same_value(a: &Entry, b: &Entry) -> bool {
    a.value == b.value && a.has_attributes == b.has_attributes
}

/// The translator's comment lines of `entry` (markers excluded), each as written.
fn translator_lines(entry: &Entry) -> Vec<&str> {
    entry
        .comment_lines
        .iter()
        .filter_map(|line| match line {
            CommentLine::Translator(text) => Some(text.as_str()),
            CommentLine::Managed => None,
        })
        .collect()
}

/// An entry written from parts: `markers`, the translator lines of both sides (ours first,
/// then those of theirs ours lacks), and `body`.
fn write_combined(
    out: &mut String,
    le: &str,
    markers: &crate::catalog::Markers,
    sides: [&Entry; 2],
    body: &str,
) {
    for line in markers.lines() {
        out.push_str(&line);
        out.push_str(le);
    }
    let own = translator_lines(sides[0]);
    let extra: Vec<&str> = translator_lines(sides[1])
        .into_iter()
        .filter(|l| !own.contains(l))
        .collect();
    for line in own.iter().chain(&extra) {
        out.push_str(line);
        out.push_str(le);
    }
    out.push_str(body);
}

/// Theirs' entries that neither base nor ours has, by the id of the entry of ours they
/// follow in theirs (`None`: before all of them).
fn added_by_theirs<'a>(
    base: &FxHashMap<&str, &Entry>,
    ours: &FxHashMap<&'a str, &'a Entry>,
    theirs: &'a Catalog,
) -> HashMap<Option<&'a str>, Vec<usize>> {
    let mut added: HashMap<Option<&str>, Vec<usize>> = HashMap::new();
    let mut anchor = None;
    for (k, entry) in theirs.entries.iter().enumerate() {
        let id = entry.id.as_str();
        if ours.contains_key(id) {
            anchor = Some(id);
        } else if !base.contains_key(id) {
            added.entry(anchor).or_default().push(k);
        }
    }
    added
}

/// Theirs' entries `added`, each with the gap before it in theirs (blank line, group
/// comment), in ours' line endings.
fn push_added(out: &mut String, theirs: &Catalog, added: Option<&Vec<usize>>, le: &str) {
    let Some(added) = added else { return };
    let gaps = theirs.gaps();
    for &k in added {
        let entry = &theirs.entries[k];
        let text = format!("{}{}", &theirs.text[gaps[k].clone()], &theirs.text[entry.range()]);
        let text = if le == "\n" {
            text.replace("\r\n", "\n")
        } else {
            text.replace("\r\n", "\n").replace('\n', le)
        };
        out.push_str(&text);
        if !out.ends_with('\n') {
            out.push_str(le);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::catalog;

    fn parse(text: &str) -> Catalog {
        let c = catalog::parse(Path::new("x.ftl"), text.to_string());
        assert!(c.is_clean(), "{:?}\n{text}", c.diagnostics);
        c
    }

    fn merged(base: &str, ours: &str, theirs: &str) -> Merged {
        let m = merge(&parse(base), &parse(ours), &parse(theirs));
        parse(&m.text);
        m
    }

    const BASE: &str = "### Release\n\n## paragraph 1\n# @source: One.\na = Un.\n\n## paragraph 2\n# @source: Two.\nb = Deux.\n";

    #[test]
    fn edits_to_different_messages_both_land() {
        let ours = BASE.replace("a = Un.", "a = Un !");
        let theirs = BASE.replace("b = Deux.", "b = Deux !");
        let m = merged(BASE, &ours, &theirs);
        assert_eq!(
            m.text,
            BASE.replace("a = Un.", "a = Un !")
                .replace("b = Deux.", "b = Deux !")
        );
        assert!(m.conflicts.is_empty());
    }

    #[test]
    fn one_message_edited_on_both_sides_keeps_both_translations() {
        let ours = BASE.replace("a = Un.", "a = Premier.");
        let theirs = BASE.replace("a = Un.", "a = Un seul.");
        let m = merged(BASE, &ours, &theirs);
        assert_eq!(m.conflicts, ["a"]);
        assert!(
            m.text
                .contains("# @source: One.\n# @conflict: Un seul.\na = Premier.\n"),
            "{}",
            m.text
        );
    }

    #[test]
    fn the_same_edit_on_both_sides_is_no_conflict_and_comments_of_both_stay() {
        let ours = BASE.replace("a = Un.", "# checked by Siân\na = Une.");
        let theirs = BASE.replace("a = Un.", "# checked by Bob\na = Une.");
        let m = merged(BASE, &ours, &theirs);
        assert!(m.conflicts.is_empty());
        assert!(
            m.text.contains("# checked by Siân\n# checked by Bob\na = Une.\n"),
            "{}",
            m.text
        );
    }

    #[test]
    fn a_comment_on_one_side_and_a_translation_on_the_other_combine() {
        let ours = BASE.replace("a = Un.", "a = Premier.");
        let theirs = BASE.replace("# @source: One.\n", "# @source: One.\n# from the glossary\n");
        let m = merged(BASE, &ours, &theirs);
        assert!(m.conflicts.is_empty());
        assert!(
            m.text
                .contains("# @source: One.\n# from the glossary\na = Premier.\n"),
            "{}",
            m.text
        );
    }

    #[test]
    fn messages_added_by_theirs_come_after_the_one_they_follow() {
        let theirs = BASE.replace(
            "b = Deux.\n",
            "b = Deux.\n\n## paragraph 3\n# @source: Three.\nc = Trois.\n",
        );
        let ours = BASE.replace("a = Un.", "a = Un !");
        let m = merged(BASE, &ours, &theirs);
        assert!(
            m.text
                .ends_with("b = Deux.\n\n## paragraph 3\n# @source: Three.\nc = Trois.\n"),
            "{}",
            m.text
        );
        assert!(m.text.contains("a = Un !"));
    }

    #[test]
    fn a_message_theirs_deleted_goes_unless_ours_changed_it() {
        let theirs = BASE.replace("\n## paragraph 2\n# @source: Two.\nb = Deux.\n", "");
        assert!(!merged(BASE, BASE, &theirs).text.contains("b = "));
        let ours = BASE.replace("b = Deux.", "b = Deux !");
        assert!(merged(BASE, &ours, &theirs).text.contains("b = Deux !"));
    }

    proptest::proptest! {
        /// Random concurrent edits of a file: the merge parses and holds every translation
        /// and every comment either side wrote.
        #[test]
        fn nothing_either_side_wrote_is_lost(
            ours_edits in proptest::collection::vec((0usize..6, "[a-zé ]{1,8}", proptest::bool::ANY), 0..6),
            theirs_edits in proptest::collection::vec((0usize..6, "[a-zé ]{1,8}", proptest::bool::ANY), 0..6),
        ) {
            let base: String = (0..6)
                .map(|i| format!("\n## paragraph {i}\n# @source: Text {i}.\nm{i} = Texte {i}.\n"))
                .collect();
            let edit = |edits: &[(usize, String, bool)], side: &str| {
                let mut text = base.clone();
                let mut written = Vec::new();
                for (i, (m, word, comment)) in edits.iter().enumerate() {
                    let line = format!("m{m} = ");
                    let at = text.find(&line).unwrap();
                    let end = at + text[at..].find('\n').unwrap();
                    let value = format!("{side} {i} {}", word.trim()).trim_end().to_string();
                    let comment_line = format!("# note {side} {i}\n");
                    let new = if *comment { format!("{comment_line}{line}{value}") } else { format!("{line}{value}") };
                    text.replace_range(at..end, &new);
                    written.push((*m, value, comment.then_some(comment_line)));
                }
                (text, written)
            };
            let (ours, ours_written) = edit(&ours_edits, "ours");
            let (theirs, theirs_written) = edit(&theirs_edits, "theirs");
            let m = merge(&parse(&base), &parse(&ours), &parse(&theirs));
            let result = parse(&m.text);
            // The last value each side wrote for a message survives, as value or conflict.
            for written in [&ours_written, &theirs_written] {
                let mut last: HashMap<usize, &String> = HashMap::new();
                for (m, value, _) in written.iter() {
                    last.insert(*m, value);
                }
                for (m, value) in last {
                    let entry = result.get(&format!("m{m}")).unwrap();
                    let kept = entry.value.as_deref() == Some(value.as_str())
                        || entry.markers.conflict.as_deref() == Some(value.as_str());
                    proptest::prop_assert!(kept, "{value} lost:\n{}", result.text);
                }
                for (_, _, comment) in written.iter() {
                    if let Some(comment) = comment {
                        proptest::prop_assert!(result.text.contains(comment.as_str()), "{comment} lost:\n{}", result.text);
                    }
                }
            }
        }
    }
}
