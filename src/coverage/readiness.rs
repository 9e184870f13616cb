//! Readiness: can a release go out — now, or at its embargo — in every required language?
//!
//! In: a [`CoverageReport`] (each locale's file of each release, with the decision a build
//! takes on it) and each release's embargo. Out: per release, whether every `required`
//! locale is complete (translated, current, unbroken and, where approval is required,
//! approved), and if not, what blocks it in each locale, in messages and words. A coordinator
//! reads it with `status --release`; CI gates on it with `status --ready-by TIME`.

use serde::Serialize;

use super::{Count, CoverageReport, plural};
use crate::embargo::Embargo;

/// Where one release stands for publication.
#[derive(Debug, Clone, Serialize)]
pub struct Readiness {
    pub release: String,
    /// The embargo (ISO 8601 with its offset), when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub embargo: Option<String>,
    /// Every required locale is complete: the release can go out in all of them at once.
    pub ready: bool,
    /// What stands in the way, one entry per required locale that is not complete.
    pub blockers: Vec<Blocker>,
    #[serde(skip)]
    until: Option<Embargo>,
}

/// What keeps one required locale from publishing one release.
#[derive(Debug, Clone, Serialize)]
pub struct Blocker {
    pub locale: String,
    pub missing: Count,
    pub stale: Count,
    pub broken: Count,
    /// Translated but not approved, where the locale requires approval.
    pub unapproved: Count,
}

impl Blocker {
    /// "4 missing, 1 stale (120 words)": what is left, for a line of a report.
    pub fn summary(&self) -> String {
        let mut parts = Vec::new();
        for (count, what) in [
            (self.missing, "missing"),
            (self.stale, "stale"),
            (self.broken, "broken"),
            (self.unapproved, "unapproved"),
        ] {
            if count.messages > 0 {
                parts.push(format!("{} {what}", count.messages));
            }
        }
        let words = self.missing.words + self.stale.words + self.broken.words + self.unapproved.words;
        format!(
            "{} ({words} {})",
            parts.join(", "),
            plural(words, "word", "words")
        )
    }
}

impl Readiness {
    /// Whether the release is due to go out by `at`: it has no embargo, or it lifts by then.
    pub fn due_by(&self, at: jiff::Timestamp) -> bool {
        self.until.is_none_or(|e| !e.holds_at(at))
    }
}

/// The readiness of every release of `report`; `embargo_of` gives a release's embargo text.
pub fn of(report: &CoverageReport, embargo_of: &dyn Fn(&str) -> Option<String>) -> Vec<Readiness> {
    let mut releases: Vec<&str> = report
        .locales
        .iter()
        .flat_map(|l| l.files.iter().map(|f| f.file.trim_end_matches(".ftl")))
        .collect();
    releases.sort_unstable();
    releases.dedup();
    releases
        .into_iter()
        .map(|release| {
            let blockers: Vec<Blocker> = report
                .locales
                .iter()
                .filter(|l| l.requirements.required)
                .filter_map(|l| {
                    let file = l
                        .files
                        .iter()
                        .find(|f| f.file.trim_end_matches(".ftl") == release)?;
                    file.decision.blocked.as_ref()?;
                    let c = &file.coverage;
                    Some(Blocker {
                        locale: l.locale.clone(),
                        missing: c.missing,
                        stale: c.stale,
                        broken: c.error,
                        unapproved: if l.requirements.require_approval {
                            c.unapproved()
                        } else {
                            Count::default()
                        },
                    })
                })
                .collect();
            let text = embargo_of(release);
            let until = text.as_deref().and_then(|e| Embargo::parse(e).ok());
            Readiness {
                release: release.to_string(),
                embargo: until.as_ref().map(Embargo::iso),
                ready: blockers.is_empty(),
                blockers,
                until,
            }
        })
        .collect()
}

/// One line per blocker of the releases due by `at` that are not ready: what `status
/// --ready-by` fails on.
pub fn gate(readiness: &[Readiness], at: jiff::Timestamp, at_text: &str) -> Vec<(String, String)> {
    readiness
        .iter()
        .filter(|r| !r.ready && r.due_by(at))
        .flat_map(|r| {
            let when = match &r.embargo {
                Some(embargo) => format!("its embargo lifts at {embargo}"),
                None => "it has no embargo".to_string(),
            };
            r.blockers.iter().map(move |b| {
                (
                    b.locale.clone(),
                    format!(
                        "{} is not ready by {at_text} ({when}): {}",
                        r.release,
                        b.summary()
                    ),
                )
            })
        })
        .collect()
}

/// The readiness lines of a report for people: one per release.
pub fn lines(readiness: &[Readiness]) -> Vec<String> {
    readiness
        .iter()
        .map(|r| {
            let when = r
                .embargo
                .as_deref()
                .map_or_else(String::new, |e| format!(" (embargo {e})"));
            if r.ready {
                format!("ready     {}{when}: every required locale is complete", r.release)
            } else {
                let blockers: Vec<String> = r
                    .blockers
                    .iter()
                    .map(|b| format!("{}: {}", b.locale, b.summary()))
                    .collect();
                format!("not ready {}{when}: {}", r.release, blockers.join("; "))
            }
        })
        .collect()
}
