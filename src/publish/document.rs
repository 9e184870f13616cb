//! Resolution: every segment of a release gets its text for one locale.
//!
//! In: a release, its segments, and the catalogs of a locale's fallback chain. Out: a
//! [`Document`]: the release's blocks with, per segment, the text and the locale it came
//! from. A segment takes the locale's translation when translated (a stale one only where
//! the locale allows it), otherwise the next locale of the chain, down to the source text.
//! Messages with placeables are formatted with fluent-bundle (the locale's `_terms.ftl`
//! available, bidi isolation off: these are documents, not UI strings).

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use serde::Serialize;

use crate::catalog::{self, Catalog, Entry, State};
use crate::locale::Locale;
use crate::segment::{self, Segment};
use crate::source::{BlockKind, Release, Section};

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
pub struct Block {
    pub kind: BlockKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<u32>,
    pub section: Section,
    pub parts: Vec<Part>,
}

impl Block {
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

/// How much of a document is the locale's own work.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Stats {
    pub segments: usize,
    pub words: usize,
    /// Source words whose translation in this locale was used.
    pub translated_words: usize,
    /// Segments that fell back to another locale.
    pub fallback_segments: usize,
    /// Segments published from a stale translation (`use-stale`).
    pub stale_segments: usize,
    /// Segments whose translation was present but broken (fell back).
    pub broken_segments: usize,
}

impl Stats {
    pub fn word_percent(&self) -> f64 {
        if self.words == 0 {
            100.0
        } else {
            self.translated_words as f64 * 100.0 / self.words as f64
        }
    }

    /// Every segment is the locale's own, current translation.
    pub fn is_complete(&self) -> bool {
        self.fallback_segments == 0 && self.stale_segments == 0
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
    pub blocks: Vec<Block>,
    pub stats: Stats,
}

/// One locale of a chain, with its files for the release being resolved.
pub struct ChainLink {
    pub locale: Locale,
    pub catalog: Option<Catalog>,
    /// The locale's `_terms.ftl`, read once per build and shared by all its releases.
    pub terms: Option<Arc<str>>,
    /// Why the release's file exists but could not be read (it then counts as absent).
    pub unreadable: Option<String>,
    bundle: std::cell::OnceCell<Option<FluentBundle<FluentResource>>>,
}

/// The shared `_terms.ftl` of each locale, read once; files that do not parse are left out
/// (check reports them).
#[derive(Debug, Default)]
pub struct LocaleTerms(HashMap<Locale, Arc<str>>);

impl LocaleTerms {
    pub fn load<'a>(locales_dir: &Path, locales: impl IntoIterator<Item = &'a Locale>) -> LocaleTerms {
        let mut terms = HashMap::new();
        for locale in locales {
            let path = locales_dir.join(locale.as_str()).join("_terms.ftl");
            let Ok(text) = crate::input::read_utf8(&path, crate::input::Links::Refuse) else {
                continue;
            };
            if catalog::parse(&path, text.clone()).is_clean() {
                terms.insert(locale.clone(), Arc::from(text));
            }
        }
        LocaleTerms(terms)
    }

    pub fn get(&self, locale: &Locale) -> Option<Arc<str>> {
        self.0.get(locale).cloned()
    }
}

impl ChainLink {
    /// Loads `locales_dir/<locale>/<release>.ftl` when it exists; a file that cannot be read
    /// (not UTF-8, no permission) counts as absent, with the reason in `unreadable`.
    pub fn load(locales_dir: &Path, locale: &Locale, release: &str, terms: &LocaleTerms) -> ChainLink {
        let path = locales_dir.join(locale.as_str()).join(format!("{release}.ftl"));
        let (catalog, unreadable) = match catalog::read(&path) {
            Ok(catalog) => (Some(catalog), None),
            Err(e) if e.is_not_found() => (None, None),
            Err(e) => (None, Some(e.to_string())),
        };
        ChainLink {
            locale: locale.clone(),
            catalog,
            unreadable,
            terms: terms.get(locale),
            bundle: std::cell::OnceCell::new(),
        }
    }

    /// A link without files: the source locale, or a pseudo-locale.
    pub fn bare(locale: &Locale) -> ChainLink {
        ChainLink {
            locale: locale.clone(),
            catalog: None,
            unreadable: None,
            terms: None,
            bundle: std::cell::OnceCell::new(),
        }
    }

    /// The formatted value of `entry`, or `None` when formatting fails.
    fn format(&self, entry: &Entry) -> Option<String> {
        if entry.plain {
            return entry.value.clone();
        }
        let bundle = self.bundle.get_or_init(|| self.make_bundle()).as_ref()?;
        let message = bundle.get_message(&entry.id)?;
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(message.value()?, None, &mut errors)
            .into_owned();
        errors.is_empty().then_some(text)
    }

    fn make_bundle(&self) -> Option<FluentBundle<FluentResource>> {
        let catalog = self.catalog.as_ref()?;
        let mut bundle = FluentBundle::new_concurrent(vec![self.locale.langid()]);
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(catalog.text.clone()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
        if let Some(terms) = &self.terms {
            let resource = FluentResource::try_new(terms.to_string()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
        }
        Some(bundle)
    }
}

/// What may be published from a locale's own file.
pub struct Policy<'a> {
    pub use_stale: bool,
    /// Whether a translation fails an error-level check (it then falls back).
    pub is_broken: &'a dyn Fn(&Locale, &Entry) -> bool,
    /// Rewrites source text (pseudo-localization); `None` for real locales.
    pub transform: Option<fn(&str) -> String>,
}

/// Resolves `segments` of `release` for `chain[0]`, falling back along the chain; the source
/// locale's text ends every chain. `words` holds each segment's source word count (counted
/// once per release, not once per locale).
pub fn resolve(
    release: &Release,
    segments: &[Segment],
    words: &[usize],
    chain: &[ChainLink],
    source: &Locale,
    policy: &Policy,
) -> Document {
    let target = &chain[0].locale;
    let mut stats = Stats::default();
    let mut blocks: Vec<Block> = release
        .blocks
        .iter()
        .map(|b| Block {
            kind: b.kind.clone(),
            group: b.group,
            section: b.section,
            parts: Vec::new(),
        })
        .collect();
    for (segment, &words) in segments.iter().zip(words) {
        stats.segments += 1;
        stats.words += words;
        let part = resolve_segment(segment, chain, source, policy, &mut stats, words);
        if part.origin != target.as_str() {
            stats.fallback_segments += 1;
        }
        blocks[segment.block].parts.push(part);
    }
    let meta = localized_meta(release, &blocks);
    Document {
        release: release.id.clone(),
        locale: target.to_string(),
        rtl: target.is_rtl(),
        no_spaces: target.is_scriptio_continua(),
        meta,
        blocks,
        stats,
    }
}

fn resolve_segment(
    segment: &Segment,
    chain: &[ChainLink],
    source: &Locale,
    policy: &Policy,
    stats: &mut Stats,
    words: usize,
) -> Part {
    let part = |text: String, locale: &Locale| Part {
        id: segment.id.clone(),
        text,
        origin: locale.to_string(),
    };
    for (depth, link) in chain.iter().enumerate() {
        if &link.locale == source {
            break;
        }
        if let (Some(transform), 0) = (policy.transform, depth) {
            stats.translated_words += words;
            return part(transform(&segment.text), &link.locale);
        }
        let Some(entry) = link.catalog.as_ref().and_then(|c| c.get(&segment.id)) else {
            continue;
        };
        let usable = match entry.state(&segment.text) {
            State::Translated { .. } => true,
            State::Stale => depth == 0 && policy.use_stale,
            State::Missing => false,
        };
        if !usable {
            continue;
        }
        if (policy.is_broken)(&link.locale, entry) {
            if depth == 0 {
                stats.broken_segments += 1;
            }
            continue;
        }
        let Some(text) = link.format(entry) else {
            if depth == 0 {
                stats.broken_segments += 1;
            }
            continue;
        };
        if depth == 0 {
            stats.translated_words += words;
            if entry.markers.stale.is_some() {
                stats.stale_segments += 1;
            }
        }
        return part(text, &link.locale);
    }
    part(segment.text.clone(), source)
}

/// The metadata of the localized release: translatable fields take their resolved text.
fn localized_meta(release: &Release, blocks: &[Block]) -> crate::source::Meta {
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
    use super::*;
    use crate::config::Granularity;
    use crate::source::{Format, Meta};

    fn release() -> Release {
        crate::source::parse(
            "r".into(),
            Path::new("r.txt"),
            "govt\nThe lead.\nA paragraph with [a link](https://x.org).\nLast words here.\n",
            Format::Plain,
        )
        .unwrap()
    }

    fn link(locale: &str, text: Option<&str>) -> ChainLink {
        let locale = Locale::parse(locale).unwrap();
        let mut l = ChainLink::bare(&locale);
        l.catalog = text.map(|t| catalog::parse(Path::new("x.ftl"), t.to_string()));
        l
    }

    fn never_broken(_: &Locale, _: &Entry) -> bool {
        false
    }

    fn policy(use_stale: bool) -> Policy<'static> {
        Policy {
            use_stale,
            is_broken: &never_broken,
            transform: None,
        }
    }

    fn ids(r: &Release) -> Vec<Segment> {
        segment::split(r, Granularity::Block, "en")
    }

    fn doc(chain: &[ChainLink], use_stale: bool) -> Document {
        let r = release();
        let segments = ids(&r);
        let words: Vec<usize> = segments.iter().map(|s| crate::words::count(&s.text)).collect();
        resolve(
            &r,
            &segments,
            &words,
            chain,
            &Locale::parse("en-GB").unwrap(),
            &policy(use_stale),
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
        assert!(!allowed.stats.is_complete());
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
        let mut l = link("fr", Some(&fr));
        l.terms = Some("-brand = WePROTECT\n".into());
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
