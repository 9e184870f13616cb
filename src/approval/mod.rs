//! Sign-off bound to the text it signs.
//!
//! A reviewer's approval lives in the locale's file, as a tool-managed marker above the
//! message: `# @approved: Siân Jones · 3f9a2c1b`. The seal after the name is a short hash of
//! the source text *and* the translation that were approved, so editing either one voids the
//! approval by itself: nothing has to remember to take it away.
//!
//! In: a message's source text and its entry in a locale's file. Out: a [`Review`] — not
//! reviewed, approved (by whom), or void (with why) — which the verdict carries and every
//! report reads, and the marker text `relingo approve` writes.

pub mod approve;

use sha2::{Digest, Sha256};

use crate::catalog::Entry;

/// Hex digits of the seal: 32 bits, so that an edit keeps an approval by chance once in
/// four billion.
const SEAL_LEN: usize = 8;

/// An `@approved:` marker as written: who approved, and the seal of what they approved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Approval {
    pub by: String,
    pub seal: String,
}

/// Where a translated message stands with its reviewers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Review {
    /// No approval marker.
    Unreviewed,
    /// Approved, for the source and translation the file holds now.
    Approved { by: String },
    /// A marker that approves nothing now: the text changed since, or it cannot be read.
    Void { by: Option<String>, why: Void },
}

/// Why an approval marker approves nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Void {
    /// The source text or the translation changed after the approval.
    Edited,
    /// The message is not translated for the current source (stale, missing, broken).
    NotTranslated,
    /// The marker is not `NAME · SEAL`.
    Malformed,
    /// The message is not in the release (any more).
    NoSuchMessage,
}

impl Review {
    pub fn is_approved(&self) -> bool {
        matches!(self, Review::Approved { .. })
    }

    pub fn is_void(&self) -> bool {
        matches!(self, Review::Void { .. })
    }

    /// What is wrong with a void approval, for diagnostics and reports.
    pub fn void_reason(&self) -> Option<String> {
        let Review::Void { by, why } = self else {
            return None;
        };
        let who = by.as_deref().unwrap_or("a reviewer");
        Some(match why {
            Void::Edited => format!("the text changed after {who} approved it"),
            Void::NotTranslated => {
                format!("{who} approved it, but it is no longer translated for the current source")
            }
            Void::Malformed => "the `# @approved:` line is not `NAME · SEAL`".to_string(),
            Void::NoSuchMessage => format!("{who} approved a message the release does not have"),
        })
    }
}

/// The reviewer's name as git knows it in the repository at `dir` (`git config user.name`),
/// who signs approvals unless a name is given.
pub fn reviewer_from_git(dir: &std::path::Path) -> Option<String> {
    let out = std::process::Command::new("git")
        .args(["config", "user.name"])
        .current_dir(dir)
        .output()
        .ok()?;
    let name = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (out.status.success() && !name.is_empty()).then_some(name)
}

/// The seal of `translation` as a translation of `source`.
pub fn seal(source: &str, translation: &str) -> String {
    let mut hash = Sha256::new();
    hash.update(b"relingo approval\0");
    hash.update(source.as_bytes());
    hash.update(b"\0");
    hash.update(translation.as_bytes());
    let digest = hash.finalize();
    let mut hex = String::with_capacity(SEAL_LEN);
    for byte in &digest[..SEAL_LEN / 2] {
        hex.push_str(&format!("{byte:02x}"));
    }
    hex
}

/// The text of an `@approved:` marker: `by` approves `translation` of `source`.
pub fn marker(by: &str, source: &str, translation: &str) -> String {
    format!("{} · {}", by.trim(), seal(source, translation))
}

/// Reads the text after `@approved:`; `None` when it is not `NAME · SEAL`.
pub fn parse(text: &str) -> Option<Approval> {
    let (by, seal) = text.rsplit_once('·')?;
    let (by, seal) = (by.trim(), seal.trim());
    let well_formed = !by.is_empty()
        && seal.len() == SEAL_LEN
        && seal
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase());
    well_formed.then(|| Approval {
        by: by.to_string(),
        seal: seal.to_string(),
    })
}

/// The review of an entry the release does not have: void, if it claims an approval.
pub fn review_of_stray(entry: &Entry) -> Review {
    match &entry.markers.approved {
        None => Review::Unreviewed,
        Some(text) => Review::Void {
            by: parse(text).map(|a| a.by),
            why: Void::NoSuchMessage,
        },
    }
}

/// The review of `entry` as a translation of `source`; `translated` says whether the verdict
/// found it translated for that source (an approval of anything else is void).
pub fn review(source: &str, entry: &Entry, translated: bool) -> Review {
    let Some(text) = &entry.markers.approved else {
        return Review::Unreviewed;
    };
    let Some(approval) = parse(text) else {
        return Review::Void {
            by: None,
            why: Void::Malformed,
        };
    };
    let by = Some(approval.by.clone());
    if !translated {
        return Review::Void {
            by,
            why: Void::NotTranslated,
        };
    }
    let value = entry.value.as_deref().unwrap_or("");
    if approval.seal == seal(source, value) {
        Review::Approved { by: approval.by }
    } else {
        Review::Void {
            by,
            why: Void::Edited,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn entry(file: &str) -> Entry {
        crate::catalog::parse(Path::new("cy/r.ftl"), file.to_string())
            .entries
            .remove(0)
    }

    #[test]
    fn an_approval_holds_for_the_text_it_sealed() {
        let marker = marker("Siân Jones", "Funds.", "Cronfeydd.");
        let e = entry(&format!("# @approved: {marker}\nm = Cronfeydd.\n"));
        assert_eq!(
            review("Funds.", &e, true),
            Review::Approved {
                by: "Siân Jones".into()
            }
        );
    }

    #[test]
    fn an_edit_of_the_translation_or_of_the_source_voids_it() {
        let marker = marker("Siân Jones", "Funds.", "Cronfeydd.");
        let edited = entry(&format!("# @approved: {marker}\nm = Arian.\n"));
        let void = Review::Void {
            by: Some("Siân Jones".into()),
            why: Void::Edited,
        };
        assert_eq!(review("Funds.", &edited, true), void);
        let same = entry(&format!("# @approved: {marker}\nm = Cronfeydd.\n"));
        assert_eq!(review("New funds.", &same, true), void);
    }

    #[test]
    fn an_approval_of_what_is_not_translated_is_void() {
        let marker = marker("Siân Jones", "Funds.", "Cronfeydd.");
        let e = entry(&format!("# @approved: {marker}\nm = Cronfeydd.\n"));
        assert!(matches!(
            review("Funds.", &e, false),
            Review::Void {
                why: Void::NotTranslated,
                ..
            }
        ));
    }

    #[test]
    fn a_marker_that_is_not_name_and_seal_is_void_and_never_trusted() {
        for bad in [
            "Siân Jones",
            "Siân Jones · 3f9a",
            " · 3f9a2c1b",
            "Siân Jones · 3F9A2C1B",
            "Siân Jones · zzzzzzzz",
        ] {
            let e = entry(&format!("# @approved: {bad}\nm = Cronfeydd.\n"));
            assert!(
                matches!(
                    review("Funds.", &e, true),
                    Review::Void {
                        why: Void::Malformed,
                        ..
                    }
                ),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_name_may_hold_the_separator() {
        let marker = marker("Jones · Translation Unit", "Funds.", "Cronfeydd.");
        let approval = parse(&marker).unwrap();
        assert_eq!(approval.by, "Jones · Translation Unit");
    }
}
