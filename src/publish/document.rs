//! Resolution: every segment of a release gets its text for one locale.
//!
//! In: a release, its segments and reference, and the files of a locale's fallback chain.
//! Out: a [`Document`]: the release's blocks with, per segment, the text and the locale it
//! came from. A message takes the locale's text when its [`crate::verdict`] publishes it
//! (translated, or stale where the locale allows it), otherwise the next locale of the
//! chain, down to the source text.

use serde::Serialize;

use crate::coverage::Coverage;
use crate::locale::Locale;
use crate::reference::{Message, Reference};
use crate::segment::{self, Segment};
use crate::source::{BlockKind, Release, Section};
use crate::verdict::{Rules, State, Translations};

/// One segment's resolved text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Part {
    pub id: String,
    pub text: String,
    /// The locale the text comes from (the document's own, a fallback, or the source).
    pub origin: String,
}

/// A block of the localized release.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LocalizedBlock {
    pub kind: BlockKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<u32>,
    pub section: Section,
    pub parts: Vec<Part>,
}

impl LocalizedBlock {
    /// The block's text: its parts joined as the script expects.
    pub fn text(&self, no_spaces: bool) -> String {
        segment::join_sentences(self.parts.iter().map(|p| p.text.as_str()), no_spaces)
    }

    /// The locale all parts come from, when they share one.
    pub fn origin(&self) -> Option<&str> {
        let first = self.parts.first()?.origin.as_str();
        self.parts.iter().all(|p| p.origin == first).then_some(first)
    }
}

/// How much of a document is the locale's own work, as the document's JSON output states it
/// (derived from its [`Coverage`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Stats {
    /// Messages (identical segments of a release are one message).
    pub segments: usize,
    pub words: usize,
    /// Source words whose translation in this locale was used.
    pub translated_words: usize,
    /// Messages that fell back to another locale.
    pub fallback_segments: usize,
    /// Messages published from a stale translation (`use-stale`).
    pub stale_segments: usize,
    /// Messages whose translation was present but broken (fell back).
    pub broken_segments: usize,
}

impl Stats {
    /// The figures of a document whose messages' verdicts `coverage` counts, `fallback` of
    /// which took another locale's text.
    fn of(coverage: &Coverage, fallback: usize) -> Stats {
        Stats {
            segments: coverage.total.messages,
            words: coverage.total.words,
            translated_words: coverage.published.words,
            fallback_segments: fallback,
            stale_segments: coverage.published_stale,
            broken_segments: coverage.error.messages,
        }
    }
}

/// A release localized for one locale.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    pub release: String,
    pub locale: String,
    pub rtl: bool,
    /// No spaces between sentences (Chinese, Japanese …).
    #[serde(skip)]
    pub no_spaces: bool,
    pub meta: crate::source::Meta,
    pub blocks: Vec<LocalizedBlock>,
    pub stats: Stats,
    /// The verdicts of the locale's own file, counted as `status` counts them.
    #[serde(skip)]
    pub coverage: Coverage,
}

/// What a locale may publish, and how its text is made.
pub struct Policy<'a> {
    pub rules: Rules<'a>,
    /// Rewrites source text (pseudo-localization); `None` for real locales.
    pub transform: Option<fn(&str) -> String>,
}

/// Resolves `release` for `chain[0]`, falling back along the chain; the source locale's text
/// ends every chain. Each message of `reference` is judged once ([`crate::verdict`]) and its
/// text placed wherever its segments stand; the document's coverage counts the verdicts
/// exactly as `status` does.
pub fn resolve(
    release: &Release,
    reference: &Reference,
    segments: &[Segment],
    chain: &[Translations],
    source: &Locale,
    policy: &Policy,
) -> Document {
    let target = &chain[0].locale;
    let mut coverage = Coverage::default();
    let mut fallback = 0;
    let resolved: Vec<Part> = reference
        .messages
        .iter()
        .map(|message| {
            let part = resolve_message(message, chain, source, policy, &mut coverage);
            fallback += usize::from(part.origin != target.as_str());
            part
        })
        .collect();
    let mut blocks: Vec<LocalizedBlock> = release
        .blocks
        .iter()
        .map(|b| LocalizedBlock {
            kind: b.kind.clone(),
            group: b.group,
            section: b.section,
            parts: Vec::new(),
        })
        .collect();
    for segment in segments {
        let i = reference
            .position(&segment.id)
            .expect("the reference holds every segment of its release");
        blocks[segment.block].parts.push(resolved[i].clone());
    }
    let meta = localized_meta(release, &blocks);
    Document {
        release: release.id.clone(),
        locale: target.to_string(),
        rtl: target.is_rtl(),
        no_spaces: target.is_scriptio_continua(),
        meta,
        blocks,
        stats: Stats::of(&coverage, fallback),
        coverage,
    }
}

/// The text of one message: the target's own when its verdict publishes it, else the first
/// fallback locale's that does (never a stale one), else the source. Counts the target's
/// verdict into `coverage`.
fn resolve_message(
    message: &Message,
    chain: &[Translations],
    source: &Locale,
    policy: &Policy,
    coverage: &mut Coverage,
) -> Part {
    let part = |text: String, locale: &Locale| Part {
        id: message.id.clone(),
        text,
        origin: locale.to_string(),
    };
    let (own, fallbacks) = chain.split_first().expect("a chain starts with its locale");
    if &own.locale == source {
        // The source locale's document is the source: complete by definition.
        coverage.count(State::Translated { identical: true }, true, message.words);
        return part(message.text.to_string(), source);
    }
    if let Some(transform) = policy.transform {
        coverage.count(State::Translated { identical: false }, true, message.words);
        return part(transform(&message.text), &own.locale);
    }
    let verdict = own.judge(message, &policy.rules);
    coverage.count_verdict(&verdict, message.words);
    if let Some(text) = verdict.text {
        return part(text.into_owned(), &own.locale);
    }
    let current_only = Rules {
        use_stale: false,
        ..policy.rules
    };
    for link in fallbacks.iter().take_while(|l| &l.locale != source) {
        if let Some(text) = link.judge(message, &current_only).text {
            return part(text.into_owned(), &link.locale);
        }
    }
    part(message.text.to_string(), source)
}

/// The metadata of the localized release: translatable fields take their resolved text.
fn localized_meta(release: &Release, blocks: &[LocalizedBlock]) -> crate::source::Meta {
    let mut meta = release.meta.clone();
    let text_of = |kind: BlockKind| {
        blocks.iter().find(|b| b.kind == kind).map(|b| {
            b.parts
                .iter()
                .map(|p| p.text.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        })
    };
    if release.meta.title.is_some() {
        meta.title = text_of(BlockKind::Title);
    }
    if release.meta.summary.is_some() {
        meta.summary = text_of(BlockKind::Lead);
    }
    if release.meta.location.is_some() {
        meta.location = text_of(BlockKind::Location);
    }
    if release.meta.department.is_some() {
        meta.department = text_of(BlockKind::Department);
    }
    meta
}

/// Pseudo-localized text that keeps Markdown link targets and placeables intact.
pub fn pseudo(text: &str, flipped: bool) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut rest = text;
    while let Some(start) = rest.find("](") {
        let end = rest[start..].find(')').map_or(rest.len(), |e| start + e + 1);
        out.push_str(&fluent_pseudo::transform(&rest[..start + 1], flipped, !flipped));
        out.push_str(&rest[start + 1..end]);
        rest = &rest[end..];
    }
    out.push_str(&fluent_pseudo::transform(rest, flipped, !flipped));
    out
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use super::*;
    use crate::catalog;
    use crate::config::{CheckConfig, Granularity};
    use crate::source::{Format, Meta};
    use crate::verdict::{File, SharedTerms};

    fn release() -> Release {
        crate::source::parse(
            "r".into(),
            Path::new("r.txt"),
            "govt\nThe lead.\nA paragraph with [a link](https://x.org).\nLast words here.\n",
            Format::Plain,
        )
        .unwrap()
    }

    fn link(locale: &str, text: Option<&str>) -> Translations {
        let locale = Locale::parse(locale).unwrap();
        let file = match text {
            Some(t) => File::Read(catalog::parse(Path::new("x.ftl"), t.to_string())),
            None => File::Absent,
        };
        Translations::new(&locale, "x.ftl".into(), file, Arc::default())
    }

    fn ids(r: &Release) -> Vec<Segment> {
        segment::split(
            r,
            Granularity::Block,
            crate::segment::sentence::Rules::builtin("en"),
        )
    }

    fn doc(chain: &[Translations], use_stale: bool) -> Document {
        let r = release();
        let segments = ids(&r);
        let reference = crate::reference::of_release(&r, &segments);
        let config = CheckConfig::default();
        let policy = Policy {
            rules: Rules {
                check: &config,
                use_stale,
                require_approval: false,
            },
            transform: None,
        };
        resolve(
            &r,
            &reference,
            &segments,
            chain,
            &Locale::parse("en-GB").unwrap(),
            &policy,
        )
    }

    fn entry(id: &str, value: &str, markers: &str) -> String {
        format!("{markers}{id} = {value}\n")
    }

    #[test]
    fn translation_then_fallback_chain_then_source() {
        let r = release();
        let s = ids(&r);
        let es_mx = entry(&s[0].id, "El lead.", "# @source: The lead.\n");
        let es = entry(&s[0].id, "El lead (es).", "")
            + &entry(&s[1].id, "Un párrafo con [un enlace](https://x.org).", "");
        let chain = [
            link("es-MX", Some(&es_mx)),
            link("es", Some(&es)),
            link("en-GB", None),
        ];
        let d = doc(&chain, false);
        let origins: Vec<_> = d.blocks.iter().map(|b| b.parts[0].origin.as_str()).collect();
        assert_eq!(origins, ["es-MX", "es", "en-GB"]);
        assert_eq!(
            d.blocks[1].parts[0].text,
            "Un párrafo con [un enlace](https://x.org)."
        );
        assert_eq!(d.stats.fallback_segments, 2);
        assert_eq!(d.stats.translated_words, 2);
    }

    #[test]
    fn stale_is_published_only_where_allowed() {
        let r = release();
        let s = ids(&r);
        let fr = entry(
            &s[0].id,
            "Le chapeau.",
            "# @source: The lead.\n# @stale: The old lead.\n",
        );
        let chain = || [link("fr", Some(&fr)), link("en-GB", None)];
        assert_eq!(doc(&chain(), false).blocks[0].parts[0].origin, "en-GB");
        let allowed = doc(&chain(), true);
        assert_eq!(allowed.blocks[0].parts[0].text, "Le chapeau.");
        assert_eq!(allowed.stats.stale_segments, 1);
        assert!(!allowed.coverage.is_complete());
    }

    #[test]
    fn todo_stubs_fall_back() {
        let r = release();
        let s = ids(&r);
        let fr = entry(&s[0].id, "The lead.", "# @source: The lead.\n# @todo\n");
        assert_eq!(
            doc(&[link("fr", Some(&fr)), link("en-GB", None)], false).blocks[0].parts[0].origin,
            "en-GB"
        );
    }

    #[test]
    fn broken_messages_fall_back() {
        let r = release();
        let s = ids(&r);
        let fr = entry(&s[0].id, "Le chapeau { $missing }.", "");
        let d = doc(&[link("fr", Some(&fr)), link("en-GB", None)], false);
        assert_eq!(d.blocks[0].parts[0].origin, "en-GB");
        assert_eq!(d.stats.broken_segments, 1);
    }

    #[test]
    fn terms_are_available_and_isolation_marks_are_off() {
        let r = release();
        let s = ids(&r);
        let fr = entry(&s[0].id, "Le chapeau de { -brand }.", "");
        let terms = SharedTerms::parse(Path::new("fr/_terms.ftl"), "-brand = WePROTECT\n".into());
        let file = File::Read(catalog::parse(Path::new("x.ftl"), fr));
        let l = Translations::new(
            &Locale::parse("fr").unwrap(),
            "x.ftl".into(),
            file,
            Arc::new(terms),
        );
        let d = doc(&[l, link("en-GB", None)], false);
        assert_eq!(d.blocks[0].parts[0].text, "Le chapeau de WePROTECT.");
    }

    #[test]
    fn pseudo_keeps_link_targets() {
        let p = pseudo("See [the report](https://x.org/a).", false);
        assert!(p.contains("](https://x.org/a)"), "{p}");
        assert!(!p.contains("See"), "{p}");
        let _ = Meta::default();
    }
}
