//! Translation memory: the locale's own files, no database.
//!
//! In: the parsed catalogs of one locale. Out: a [`Memory`] answering "is this source text
//! already translated somewhere?", exactly or nearly (word similarity above a threshold).
//! Only current translations count: stubs, stale and obsolete messages are not memory.

use std::collections::HashMap;

use super::similarity;
use crate::catalog::Catalog;
use crate::msgid::normalize;

/// A translation found in memory.
#[derive(Debug, Clone)]
pub struct Hit {
    pub release: String,
    pub id: String,
    /// The source text it translates.
    pub source: String,
    /// The message body as written (`id = …` and any continuation lines).
    pub body: String,
}

#[derive(Debug, Default)]
pub struct Memory {
    hits: Vec<Hit>,
    exact: HashMap<String, usize>,
    /// (words, hit) sorted by word count, for near matches.
    by_length: Vec<(Vec<String>, usize)>,
}

impl Memory {
    /// Builds the memory from `(release, catalog)` pairs; the first translation of a text wins,
    /// so pass them in a stable order.
    pub fn build<'a>(catalogs: impl IntoIterator<Item = (&'a str, &'a Catalog)>) -> Memory {
        let mut memory = Memory::default();
        for (release, catalog) in catalogs {
            if !catalog.is_clean() {
                continue;
            }
            for entry in &catalog.entries {
                let m = &entry.markers;
                let (Some(source), Some(_)) = (&m.source, &entry.value) else {
                    continue;
                };
                if m.todo || m.stale.is_some() || m.obsolete || entry.is_term() {
                    continue;
                }
                let key = normalize(source);
                if memory.exact.contains_key(&key) {
                    continue;
                }
                memory.exact.insert(key, memory.hits.len());
                memory
                    .by_length
                    .push((similarity::words(source), memory.hits.len()));
                memory.hits.push(Hit {
                    release: release.to_string(),
                    id: entry.id.clone(),
                    source: source.clone(),
                    body: catalog.text[entry.body.clone()].to_string(),
                });
            }
        }
        memory.by_length.sort_by_key(|(words, hit)| (words.len(), *hit));
        memory
    }

    /// A translation of exactly this text (up to whitespace and typography) in another release.
    pub fn exact(&self, text: &str, except_release: &str) -> Option<&Hit> {
        let hit = &self.hits[*self.exact.get(&normalize(text))?];
        (hit.release != except_release).then_some(hit)
    }

    /// The most similar translated text scoring at least `threshold`, in another release.
    pub fn near(&self, text: &str, threshold: f64, except_release: &str) -> Option<(&Hit, f64)> {
        let words = similarity::words(text);
        if words.is_empty() {
            return None;
        }
        // A score of t needs the shorter text to hold at least t / (2 - t) of the longer's words.
        let ratio = threshold / (2.0 - threshold);
        let min = (words.len() as f64 * ratio).ceil() as usize;
        let max = (words.len() as f64 / ratio).floor() as usize;
        let start = self.by_length.partition_point(|(w, _)| w.len() < min);
        let mut best: Option<(usize, f64)> = None;
        for (candidate, hit) in self.by_length[start..].iter().take_while(|(w, _)| w.len() <= max) {
            if self.hits[*hit].release == except_release
                || similarity::upper_bound(&words, candidate) < threshold
            {
                continue;
            }
            let score = similarity::score(&words, candidate);
            if score >= threshold && best.is_none_or(|(_, b)| score > b) {
                best = Some((*hit, score));
            }
        }
        best.map(|(hit, score)| (&self.hits[hit], score))
    }
}
