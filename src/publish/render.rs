//! Rendering a localized [`Document`] as HTML, Markdown, the plain release format and JSON,
//! and the index pages of a bundle.
//!
//! In: documents (and, for index pages, the manifest's list of what was built). Out: the
//! bytes of each file. HTML goes through a minijinja template (the default one ships with
//! the binary; a project may bring its own) with every text escaped and fallback text
//! marked with its own `lang`.

use serde::Serialize;

use super::document::{Document, LocalizedBlock};
use super::inline;
use crate::source::{BlockKind, Section};
use crate::{Error, Result};

/// The template releases are rendered with unless the project configures one.
pub const DEFAULT_TEMPLATE: &str = include_str!("../../templates/release.html");
const INDEX_TEMPLATE: &str = include_str!("../../templates/index.html");

/// A language in a switcher or an index.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Language {
    pub code: String,
    pub name: String,
    pub rtl: bool,
}

impl Language {
    pub fn of(code: &str) -> Language {
        Language {
            code: code.to_string(),
            name: autonym(code),
            rtl: crate::locale::Locale::parse(code).is_ok_and(|l| l.is_rtl()),
        }
    }
}

/// The name of a language in that language, or its code when unknown.
pub fn autonym(code: &str) -> String {
    let table = include_str!("../../data/autonyms.txt");
    let lookup = |wanted: &str| {
        table
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .find(|(c, _)| *c == wanted)
            .map(|(_, name)| name.to_string())
    };
    let language = code.split('-').next().unwrap_or(code);
    lookup(code)
        .or_else(|| lookup(language))
        .unwrap_or_else(|| code.to_string())
}

/// The HTML templates, parsed once per build.
pub struct Templates {
    env: minijinja::Environment<'static>,
    source: String,
    /// The page chrome, in every locale.
    pub interface: super::interface::Interface,
}

impl Templates {
    /// The default template, or the project's (`name` is used in error messages).
    pub fn new(
        custom: Option<(String, String)>,
        interface: super::interface::Interface,
    ) -> Result<Templates> {
        let mut env = minijinja::Environment::new();
        env.set_auto_escape_callback(|_| minijinja::AutoEscape::Html);
        env.set_keep_trailing_newline(true);
        let (name, text) = custom.unwrap_or_else(|| ("release.html".into(), DEFAULT_TEMPLATE.into()));
        env.add_template_owned("release.html", text)
            .map_err(|e| template_error(&name, &e))?;
        env.add_template("index.html", INDEX_TEMPLATE)
            .expect("the index template is valid");
        Ok(Templates {
            env,
            source: name,
            interface,
        })
    }

    /// The HTML page of `doc`; `embargo` is set for a page built for preview before its
    /// embargo lifts (the page then says so, in its language).
    pub fn release(
        &self,
        doc: &Document,
        languages: &[Language],
        source_locale: &str,
        embargo: Option<&crate::embargo::Embargo>,
    ) -> Result<String> {
        let template = self.env.get_template("release.html").expect("added in new");
        template
            .render(minijinja::context! {
                doc => html_view(doc, source_locale),
                languages => languages,
                ui => self.interface.strings(&doc.locale),
                source_locale => source_locale,
                preview => super::is_pseudo(&doc.locale) || embargo.is_some(),
                embargo_banner => embargo.map(|e| self.interface.embargo_banner(&doc.locale, e)),
                // On the source-language page, each translation offered in its own words.
                read_in => languages
                    .iter()
                    .filter(|l| l.code != doc.locale && doc.locale == source_locale)
                    .map(|l| minijinja::context! {
                        code => l.code,
                        text => self.interface.string(&l.code, "read-in-language", None),
                    })
                    .collect::<Vec<_>>(),
            })
            .map_err(|e| template_error(&self.source, &e))
    }

    /// `dist/<locale>/index.html` or, with no locale, `dist/index.html`.
    pub fn index(&self, context: minijinja::Value) -> String {
        let template = self.env.get_template("index.html").expect("added in new");
        template.render(context).expect("the index template renders")
    }
}

fn template_error(name: &str, e: &minijinja::Error) -> Error {
    let line = e.line().map(|l| format!(":{l}")).unwrap_or_default();
    Error::Usage(format!(
        "{name}{line}: template error: {}",
        e.detail().unwrap_or(&e.to_string())
    ))
}

/// What the template sees of a document: text already rendered to safe HTML.
#[derive(Serialize)]
struct HtmlDoc {
    release: String,
    lang: String,
    dir: &'static str,
    title: String,
    title_html: String,
    summary_html: Option<String>,
    location: Option<String>,
    /// ISO 8601, for `<time datetime>`.
    date: Option<String>,
    /// The date as the page's readers write it.
    date_text: Option<String>,
    embargo: Option<String>,
    department: Option<String>,
    reference: Option<String>,
    body: Vec<Node>,
    notes: Vec<Node>,
    contacts: Vec<Node>,
    fallback_segments: usize,
}

/// A piece of the page body.
#[derive(Serialize)]
struct Node {
    kind: &'static str,
    level: u8,
    ordered: bool,
    /// Safe HTML of the node's own text (with per-part `lang` spans where origins mix).
    html: String,
    /// Set when the whole node comes from another locale.
    lang: Option<String>,
    dir: &'static str,
    items: Vec<Node>,
    attribution: Option<Box<Node>>,
    src: Option<String>,
}

impl Node {
    fn leaf(kind: &'static str, block: &LocalizedBlock, doc: &Document) -> Node {
        let (html, lang) = block_html(block, doc);
        Node {
            kind,
            level: 0,
            ordered: false,
            dir: direction(lang.as_deref().unwrap_or(&doc.locale)),
            html,
            lang,
            items: Vec::new(),
            attribution: None,
            src: None,
        }
    }
}

/// The `dir` attribute value of a locale's text.
pub fn direction(locale: &str) -> &'static str {
    if crate::locale::Locale::parse(locale).is_ok_and(|l| l.is_rtl()) {
        "rtl"
    } else {
        "ltr"
    }
}

/// Safe HTML of a block; the `lang` to put on its element when it all comes from elsewhere.
fn block_html(block: &LocalizedBlock, doc: &Document) -> (String, Option<String>) {
    match block.origin() {
        Some(origin) => {
            let lang = (origin != doc.locale).then(|| origin.to_string());
            (inline::to_html(&block.text(doc.no_spaces)), lang)
        }
        None => {
            let mut html = String::new();
            for (i, part) in block.parts.iter().enumerate() {
                if i > 0 && !doc.no_spaces {
                    html.push(' ');
                }
                if part.origin == doc.locale {
                    html.push_str(&inline::to_html(&part.text));
                } else {
                    html.push_str(&format!(
                        "<span lang=\"{}\" dir=\"{}\" class=\"fallback\">{}</span>",
                        part.origin,
                        direction(&part.origin),
                        inline::to_html(&part.text)
                    ));
                }
            }
            (html, None)
        }
    }
}

fn html_view(doc: &Document, source_locale: &str) -> HtmlDoc {
    let first = |kind: BlockKind| first_block(doc, kind);
    let heading = heading(doc);
    let title_block = heading.as_ref();
    let title = title_block
        .map(|b| inline::to_plain(&b.text(doc.no_spaces)))
        .unwrap_or_default();
    // A title in another locale's words carries that locale's lang and dir (Arabic pages
    // garbled an English title without them).
    let title_html = title_block
        .map(|b| wrap_lang(block_html(b, doc)))
        .unwrap_or_default();
    let summary_html = first(BlockKind::Title)
        .and(first(BlockKind::Lead))
        .map(|b| wrap_lang(block_html(b, doc)));
    let _ = source_locale;
    HtmlDoc {
        release: doc.release.clone(),
        lang: doc.locale.clone(),
        dir: if doc.rtl { "rtl" } else { "ltr" },
        title,
        title_html,
        summary_html,
        location: first(BlockKind::Location).map(|b| wrap_lang(block_html(b, doc))),
        date: doc.meta.date.clone(),
        date_text: doc
            .meta
            .date
            .as_deref()
            .and_then(|d| super::dates::long(&doc.locale, d)),
        embargo: doc.meta.embargo.clone(),
        department: first(BlockKind::Department).map(|b| wrap_lang(block_html(b, doc))),
        reference: doc.meta.reference.clone(),
        body: nodes(doc, Section::Body),
        notes: nodes(doc, Section::NotesToEditors),
        contacts: nodes(doc, Section::Contacts),
        fallback_segments: doc.stats.fallback_segments,
    }
}

fn first_block(doc: &Document, kind: BlockKind) -> Option<&LocalizedBlock> {
    doc.blocks.iter().find(|b| b.kind == kind && !b.parts.is_empty())
}

/// What heads the page, and names the release in indexes: its title, or without one (a
/// plain release the configuration gives no title), its lead's first sentence.
pub fn heading(doc: &Document) -> Option<LocalizedBlock> {
    match first_block(doc, BlockKind::Title) {
        Some(title) => Some(title.clone()),
        None => first_block(doc, BlockKind::Lead).map(|lead| split_lead(lead, doc).0),
    }
}

/// Inline HTML, wrapped in a span with its own `lang` when it comes from another locale.
fn wrap_lang((html, lang): (String, Option<String>)) -> String {
    match lang {
        Some(lang) => format!(
            "<span lang=\"{lang}\" dir=\"{}\" class=\"fallback\">{html}</span>",
            direction(&lang)
        ),
        None => html,
    }
}

/// A lead split for a page without a title: its first sentence (the headline) and the rest,
/// if any. Sentences are the lead's parts at sentence granularity, or found in its text.
fn split_lead(lead: &LocalizedBlock, doc: &Document) -> (LocalizedBlock, Option<LocalizedBlock>) {
    let with_parts = |parts: Vec<crate::publish::document::Part>| LocalizedBlock {
        parts,
        ..lead.clone()
    };
    if let [first, rest @ ..] = lead.parts.as_slice()
        && !rest.is_empty()
    {
        return (with_parts(vec![first.clone()]), Some(with_parts(rest.to_vec())));
    }
    let Some(part) = lead.parts.first() else {
        return (lead.clone(), None);
    };
    let language = part.origin.split('-').next().unwrap_or(&doc.locale);
    let rules = crate::segment::sentence::Rules::builtin(language);
    let sentences = crate::segment::sentence::split(&part.text, rules);
    match sentences.as_slice() {
        [first, second, ..] => {
            let piece = |text: &str| crate::publish::document::Part {
                text: text.trim().to_string(),
                ..part.clone()
            };
            let headline = with_parts(vec![piece(&part.text[first.clone()])]);
            let rest = with_parts(vec![piece(&part.text[second.start..])]);
            (headline, Some(rest))
        }
        _ => (lead.clone(), None),
    }
}

/// The body blocks of one section as nodes: list items grouped into lists, quote paragraphs
/// and their attribution into quotes. Title, lead and metadata blocks are not body.
fn nodes(doc: &Document, section: Section) -> Vec<Node> {
    let mut out: Vec<Node> = Vec::new();
    let mut open_group: Option<(u32, usize)> = None;
    let lead_is_body = first_block(doc, BlockKind::Title).is_none();
    for block in doc
        .blocks
        .iter()
        .filter(|b| b.section == section && !b.parts.is_empty())
    {
        let grouped = |out: &mut Vec<Node>, open: &mut Option<(u32, usize)>, make: &dyn Fn() -> Node| {
            let group = block.group.unwrap_or(u32::MAX);
            match open {
                Some((g, index)) if *g == group => *index,
                _ => {
                    out.push(make());
                    *open = Some((group, out.len() - 1));
                    out.len() - 1
                }
            }
        };
        match &block.kind {
            BlockKind::Title | BlockKind::Location | BlockKind::Department => continue,
            BlockKind::Lead if !lead_is_body => continue,
            // What the headline did not say of the lead, said once.
            BlockKind::Lead => match split_lead(block, doc).1 {
                Some(rest) => out.push(Node::leaf("lead", &rest, doc)),
                None => continue,
            },
            BlockKind::Heading { level } => {
                let mut node = Node::leaf("heading", block, doc);
                node.level = (*level).clamp(2, 6);
                out.push(node);
            }
            BlockKind::Paragraph => out.push(Node::leaf("paragraph", block, doc)),
            BlockKind::Image { src } => {
                let mut node = Node::leaf("image", block, doc);
                node.html = inline::to_plain(&block.text(doc.no_spaces));
                node.src = inline::is_safe_target(src).then(|| src.clone());
                out.push(node);
            }
            BlockKind::ListItem { ordered } => {
                let ordered = *ordered;
                let index = grouped(&mut out, &mut open_group, &|| {
                    let mut list = Node::leaf("list", block, doc);
                    list.html.clear();
                    list.lang = None;
                    list.ordered = ordered;
                    list
                });
                out[index].items.push(Node::leaf("item", block, doc));
                continue;
            }
            BlockKind::Quote | BlockKind::Attribution => {
                let index = grouped(&mut out, &mut open_group, &|| {
                    let mut quote = Node::leaf("quote", block, doc);
                    quote.html.clear();
                    quote.lang = None;
                    quote
                });
                let leaf = Node::leaf("paragraph", block, doc);
                if block.kind == BlockKind::Attribution {
                    out[index].attribution = Some(Box::new(leaf));
                } else {
                    out[index].items.push(leaf);
                }
                continue;
            }
        }
        open_group = None;
    }
    out
}

/// The release as Markdown with the source's front matter fields.
pub fn markdown(doc: &Document) -> String {
    let mut out = String::from("+++\n");
    out.push_str(&front_matter(doc));
    out.push_str("+++\n");
    let mut previous: Option<&LocalizedBlock> = None;
    for block in doc.blocks.iter().filter(|b| !b.parts.is_empty()) {
        let text = inline::to_markdown(&block.text(doc.no_spaces));
        let line = match &block.kind {
            BlockKind::Title | BlockKind::Location | BlockKind::Department => continue,
            BlockKind::Lead if doc.meta.summary.is_some() => continue,
            BlockKind::Lead | BlockKind::Paragraph => text,
            BlockKind::Heading { level } => format!("{} {text}", "#".repeat((*level).clamp(1, 6) as usize)),
            BlockKind::Quote => format!("> {text}"),
            BlockKind::Attribution => format!("> — {text}"),
            BlockKind::ListItem { ordered: true } => {
                let n = position_in_group(doc, block);
                format!("{n}. {text}")
            }
            BlockKind::ListItem { ordered: false } => format!("- {text}"),
            BlockKind::Image { src } => format!("![{text}](<{}>)", src.replace(['<', '>', '\n'], "")),
        };
        let same_group = previous.is_some_and(|p| p.group.is_some() && p.group == block.group);
        if same_group && matches!(block.kind, BlockKind::Quote | BlockKind::Attribution) {
            out.push_str(">\n");
        } else if !same_group {
            out.push('\n');
        }
        out.push_str(&line);
        out.push('\n');
        previous = Some(block);
    }
    out
}

fn position_in_group(doc: &Document, block: &LocalizedBlock) -> usize {
    doc.blocks
        .iter()
        .filter(|b| b.group == block.group && matches!(b.kind, BlockKind::ListItem { .. }))
        .position(|b| std::ptr::eq(b, block))
        .map_or(1, |p| p + 1)
}

/// The TOML front matter of a Markdown release, written by the toml crate; every value is
/// one line (a line break in a translated title is a space), so no value can hold a line
/// that closes the front matter.
fn front_matter(doc: &Document) -> String {
    #[derive(serde::Serialize)]
    struct FrontMatter<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        summary: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        date: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        location: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        embargo: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        department: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        topic: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        reference: Option<String>,
        lang: &'a str,
    }
    let line = |value: &Option<String>| value.as_deref().map(crate::source::collapse_whitespace);
    let meta = &doc.meta;
    let front = FrontMatter {
        title: line(&meta.title),
        summary: line(&meta.summary),
        date: line(&meta.date),
        location: line(&meta.location),
        embargo: line(&meta.embargo),
        department: line(&meta.department),
        topic: line(&meta.topic),
        reference: line(&meta.reference),
        lang: &doc.locale,
    };
    toml::to_string(&front).expect("strings always serialize as TOML")
}

/// A line of the plain format that cannot read back as a list marker: a text that is `-`, or
/// starts with `- `, begins with a hyphen (U+2010) instead of a hyphen-minus.
fn inert_plain_line(text: String) -> String {
    match text.strip_prefix('-') {
        Some(rest) if rest.is_empty() || rest.starts_with(' ') => format!("\u{2010}{rest}"),
        _ => text,
    }
}

/// The release in the plain format the first release arrived in: topic tag, lead, one
/// paragraph per line, `-` before list items.
pub fn plain(doc: &Document) -> String {
    let mut out = String::new();
    out.push_str(doc.meta.topic.as_deref().unwrap_or("news"));
    out.push('\n');
    for block in doc.blocks.iter().filter(|b| !b.parts.is_empty()) {
        let text = inert_plain_line(inline::to_plain(&block.text(doc.no_spaces)));
        match &block.kind {
            BlockKind::Location | BlockKind::Department => continue,
            BlockKind::ListItem { .. } => out.push_str(&format!("-\n{text}\n")),
            BlockKind::Attribution => out.push_str(&format!("— {text}\n")),
            _ => out.push_str(&format!("{text}\n")),
        }
    }
    out
}

/// The release as JSON for a CMS: blocks with, per segment, its id, text and origin locale.
pub fn json(doc: &Document) -> String {
    let mut text = serde_json::to_string_pretty(doc).expect("documents serialize");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publish::document::{Part, Stats};
    use crate::source::Meta;

    fn part(text: &str, origin: &str) -> Part {
        Part {
            id: "id".into(),
            text: text.into(),
            origin: origin.into(),
        }
    }

    fn block(kind: BlockKind, group: Option<u32>, parts: Vec<Part>) -> LocalizedBlock {
        LocalizedBlock {
            kind,
            group,
            section: Section::Body,
            parts,
        }
    }

    fn doc(locale: &str) -> Document {
        Document {
            release: "r".into(),
            locale: locale.into(),
            rtl: locale == "ar",
            no_spaces: locale == "zh-CN",
            meta: Meta {
                title: Some("Titre".into()),
                summary: Some("Résumé".into()),
                date: Some("2026-11-04".into()),
                location: Some("Londres".into()),
                ..Meta::default()
            },
            blocks: vec![
                block(BlockKind::Title, None, vec![part("Titre", "fr")]),
                block(BlockKind::Lead, None, vec![part("Résumé", "fr")]),
                block(
                    BlockKind::Paragraph,
                    None,
                    vec![part("Un <script>alert(1)</script> [x](javascript:y)", "fr")],
                ),
                block(
                    BlockKind::Paragraph,
                    None,
                    vec![part("English fallback.", "en-GB")],
                ),
                block(
                    BlockKind::Paragraph,
                    None,
                    vec![part("Une phrase.", "fr"), part("An English one.", "en-GB")],
                ),
                block(
                    BlockKind::ListItem { ordered: true },
                    Some(1),
                    vec![part("Un", "fr")],
                ),
                block(
                    BlockKind::ListItem { ordered: true },
                    Some(1),
                    vec![part("Deux", "fr")],
                ),
                block(BlockKind::Quote, Some(2), vec![part("Nous agirons.", "fr")]),
                block(BlockKind::Attribution, Some(2), vec![part("La ministre", "fr")]),
            ],
            stats: Stats::default(),
            coverage: Default::default(),
        }
    }

    fn html(d: &Document) -> String {
        let languages = [Language::of("en-GB"), Language::of("fr")];
        Templates::new(None, super::super::interface::Interface::bundled())
            .unwrap()
            .release(d, &languages, "en-GB", None)
            .unwrap()
    }

    #[test]
    fn html_marks_fallback_text_with_its_language() {
        let page = html(&doc("fr"));
        assert!(page.contains("<html lang=\"fr\" dir=\"ltr\">"), "{page}");
        assert!(
            page.contains("<p lang=\"en-GB\" dir=\"ltr\" class=\"fallback\">English fallback.</p>"),
            "{page}"
        );
        assert!(page.contains(
            "Une phrase. <span lang=\"en-GB\" dir=\"ltr\" class=\"fallback\">An English one.</span>"
        ));
    }

    #[test]
    fn html_is_inert() {
        let page = html(&doc("fr"));
        assert!(
            page.contains("Un &lt;script&gt;alert(1)&lt;/script&gt; x"),
            "{page}"
        );
        assert!(!page.contains("javascript:"));
    }

    #[test]
    fn html_structure_lists_and_quotes() {
        let page = html(&doc("fr"));
        assert!(
            page.contains("<ol>\n      <li>Un</li>\n      <li>Deux</li>\n    </ol>"),
            "{page}"
        );
        assert!(page.contains("<blockquote>"), "{page}");
        assert!(page.contains("<figcaption>La ministre</figcaption>") || page.contains("La ministre"));
    }

    #[test]
    fn right_to_left_locales_get_dir_rtl() {
        assert!(html(&doc("ar")).contains("<html lang=\"ar\" dir=\"rtl\">"));
    }

    #[test]
    fn template_errors_name_the_line() {
        let err = Templates::new(
            Some(("my.html".into(), "<p>\n{% if %}\n".into())),
            super::super::interface::Interface::bundled(),
        )
        .err()
        .unwrap();
        assert!(err.to_string().starts_with("my.html:2: template error"), "{err}");
    }

    #[test]
    fn markdown_keeps_front_matter_and_structure() {
        let md = markdown(&doc("fr"));
        assert!(
            md.starts_with("+++\ntitle = \"Titre\"\nsummary = \"Résumé\"\ndate = \"2026-11-04\"\n"),
            "{md}"
        );
        assert!(md.contains("\n1. Un\n2. Deux\n"), "{md}");
        assert!(md.contains("\n> Nous agirons.\n>\n> — La ministre\n"), "{md}");
        assert!(md.contains("Un \\<script\\>alert(1)\\</script\\>"), "{md}");
    }

    #[test]
    fn a_translation_cannot_start_a_list_item_in_the_plain_format() {
        assert_eq!(
            inert_plain_line("- pas une liste".into()),
            "\u{2010} pas une liste"
        );
        assert_eq!(inert_plain_line("-".into()), "\u{2010}");
        assert_eq!(inert_plain_line("-20 %".into()), "-20 %");
    }

    #[test]
    fn plain_format_has_topic_lead_and_dash_items() {
        let txt = plain(&doc("fr"));
        assert!(txt.starts_with("news\nTitre\nRésumé\n"), "{txt}");
        assert!(txt.contains("-\nUn\n-\nDeux\n"), "{txt}");
    }

    #[test]
    fn autonyms() {
        assert_eq!(autonym("cy"), "Cymraeg");
        assert_eq!(autonym("zh-CN"), "简体中文");
        assert_eq!(autonym("es-MX"), "Español");
        assert_eq!(autonym("xx"), "xx");
    }
}
