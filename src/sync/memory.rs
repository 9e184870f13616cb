//! Translation memory: the locale's own files, no database.
//!
//! In: the parsed catalogs of one locale. Out: a [`Memory`] answering "is this source text
//! already translated somewhere?", exactly or nearly (word similarity above a threshold).
//! Only current translations count: stubs, stale and obsolete messages are not memory.
//!
//! Near matches are found through an inverted index: a text scoring `t` against the query
//! must share all but a few of its words, so it must contain one of the query's rarest
//! words; only texts that do are compared word by word.

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
    vocabulary: HashMap<String, u32>,
    /// Per hit: its words as vocabulary ids, in text order.
    words: Vec<Vec<u32>>,
    /// Per hit: the same ids sorted, for the cheap shared-words bound.
    sorted: Vec<Vec<u32>>,
    /// Per word id: the hits containing it.
    postings: Vec<Vec<u32>>,
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
                memory.index_words(source);
                memory.hits.push(Hit {
                    release: release.to_string(),
                    id: entry.id.clone(),
                    source: source.clone(),
                    body: catalog.text[entry.body.clone()].to_string(),
                });
            }
        }
        memory
    }

    fn index_words(&mut self, source: &str) {
        let hit = self.hits.len() as u32;
        let ids: Vec<u32> = similarity::words(source)
            .into_iter()
            .map(|w| {
                let next = self.vocabulary.len() as u32;
                *self.vocabulary.entry(w).or_insert(next)
            })
            .collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        for (i, &id) in sorted.iter().enumerate() {
            if i > 0 && sorted[i - 1] == id {
                continue;
            }
            if self.postings.len() <= id as usize {
                self.postings.resize(id as usize + 1, Vec::new());
            }
            self.postings[id as usize].push(hit);
        }
        self.words.push(ids);
        self.sorted.push(sorted);
    }

    /// A translation of exactly this text (up to whitespace and typography) in another release.
    pub fn exact(&self, text: &str, except_release: &str) -> Option<&Hit> {
        let hit = &self.hits[*self.exact.get(&normalize(text))?];
        (hit.release != except_release).then_some(hit)
    }

    /// The most similar translated text scoring at least `threshold`, in another release.
    pub fn near(&self, text: &str, threshold: f64, except_release: &str) -> Option<(&Hit, f64)> {
        let query_words = similarity::words(text);
        if query_words.is_empty() || threshold > 1.0 {
            return None;
        }
        let a = query_words.len();
        // Word ids of the query; words memory has never seen cannot be shared.
        let query: Vec<Option<u32>> = query_words
            .iter()
            .map(|w| self.vocabulary.get(w).copied())
            .collect();
        let unknown = query.iter().filter(|w| w.is_none()).count();
        let ratio = threshold / (2.0 - threshold);
        let min_len = (a as f64 * ratio).ceil() as usize;
        let max_len = (a as f64 / ratio).floor() as usize;
        let min_shared = (threshold * (a + min_len) as f64 / 2.0).ceil() as usize;
        let budget = a.checked_sub(min_shared).and_then(|b| b.checked_sub(unknown))?;
        let mut known: Vec<u32> = query.iter().flatten().copied().collect();
        known.sort_unstable();
        known.dedup();
        known.sort_by_key(|&id| self.postings[id as usize].len());
        // A text that misses at most `budget` of the query's words contains at least two of
        // its `budget + 2` rarest words: count, per text, how many of those it holds.
        let mut counts: rustc_hash::FxHashMap<u32, u8> = rustc_hash::FxHashMap::default();
        let needed = if known.len() > budget + 1 { 2 } else { 1 };
        for &id in known.iter().take(budget + needed) {
            for &hit in &self.postings[id as usize] {
                let n = counts.entry(hit).or_insert(0);
                *n = n.saturating_add(1);
            }
        }
        let mut candidates: Vec<u32> = counts
            .into_iter()
            .filter(|&(_, n)| n as usize >= needed)
            .map(|(hit, _)| hit)
            .collect();
        candidates.sort_unstable();
        let query_ids: Vec<u32> = query.iter().map(|w| w.unwrap_or(u32::MAX)).collect();
        let mut query_sorted = query_ids.clone();
        query_sorted.sort_unstable();
        let mut best: Option<(usize, f64)> = None;
        for hit in candidates.into_iter().map(|h| h as usize) {
            let b = self.words[hit].len();
            if b < min_len || b > max_len || self.hits[hit].release == except_release {
                continue;
            }
            if 2.0 * shared(&query_sorted, &self.sorted[hit]) as f64 / ((a + b) as f64) < threshold {
                continue;
            }
            let score = similarity::score_ids(&query_ids, &self.words[hit]);
            if score >= threshold && best.is_none_or(|(_, s)| score > s) {
                best = Some((hit, score));
            }
        }
        best.map(|(hit, score)| (&self.hits[hit], score))
    }
}

/// A memory built on first use: an unchanged tree never needs one, and building it reads
/// every translated text of the locale.
pub struct LazyMemory<'a> {
    catalogs: Vec<(&'a str, &'a Catalog)>,
    built: std::sync::OnceLock<Memory>,
}

impl<'a> LazyMemory<'a> {
    pub fn new(catalogs: Vec<(&'a str, &'a Catalog)>) -> Self {
        LazyMemory {
            catalogs,
            built: std::sync::OnceLock::new(),
        }
    }

    /// A memory that is already built.
    pub fn ready(memory: Memory) -> LazyMemory<'static> {
        LazyMemory {
            catalogs: Vec::new(),
            built: std::sync::OnceLock::from(memory),
        }
    }

    pub fn get(&self) -> &Memory {
        self.built
            .get_or_init(|| Memory::build(self.catalogs.iter().copied()))
    }
}

/// Words two sorted id lists have in common, counting repeats.
fn shared(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn memory(texts: &[&str]) -> Memory {
        let mut ftl = String::new();
        for (i, t) in texts.iter().enumerate() {
            ftl.push_str(&format!("# @source: {t}\nm{i} = Traduction {i}\n"));
        }
        let catalog = crate::catalog::parse(std::path::Path::new("other.ftl"), ftl);
        Memory::build([("other", &catalog)])
    }

    #[test]
    fn near_finds_the_closest_text_above_the_threshold() {
        let m = memory(&[
            "Police forces will receive new funding for specialist teams this year.",
            "Police forces will receive new funding for specialist teams this year and next.",
            "Charities welcome the announcement.",
        ]);
        let (hit, score) = m
            .near(
                "Police forces will receive new funding for specialist teams this year!",
                0.9,
                "mine",
            )
            .unwrap();
        assert_eq!(hit.id, "m0");
        assert!(score > 0.99);
        assert!(
            m.near(
                "Charities criticise the announcement strongly today.",
                0.9,
                "mine"
            )
            .is_none()
        );
    }

    #[test]
    fn memory_of_the_same_release_is_not_used() {
        let m = memory(&["A text that is long enough to match."]);
        assert!(m.exact("A text that is long enough to match.", "other").is_none());
        assert!(
            m.near("A text that is long enough to match!", 0.9, "other")
                .is_none()
        );
    }
}
