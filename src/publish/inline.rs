//! Inline Markdown of a message, rendered safely.
//!
//! In: the text of one segment as translators wrote it (`**bold**`, `[link](url)` …). Out:
//! HTML in which every piece of text is escaped, links keep only `http(s):`, `mailto:` and
//! relative targets, and raw HTML shows as text; Markdown written anew from what was parsed,
//! so that it holds only emphasis, code and safe links and no other syntax (no link
//! definition, HTML, heading or front-matter delimiter a translation might try to add); or
//! plain text for the `.txt` format. LocalizedBlock syntax is never interpreted: a message is always
//! inline content, and a leading `[label]: target` is text, not a link definition.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// HTML for the inline Markdown `text`.
pub fn to_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut links: Vec<bool> = Vec::new();
    let mut in_image = 0usize;
    for event in Parser::new(&protect_block_syntax(text)) {
        match event {
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => escape_into(&mut out, &t),
            Event::Code(c) => {
                out.push_str("<code>");
                escape_into(&mut out, &c);
                out.push_str("</code>");
            }
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::Start(Tag::Emphasis) if in_image == 0 => out.push_str("<em>"),
            Event::End(TagEnd::Emphasis) if in_image == 0 => out.push_str("</em>"),
            Event::Start(Tag::Strong) if in_image == 0 => out.push_str("<strong>"),
            Event::End(TagEnd::Strong) if in_image == 0 => out.push_str("</strong>"),
            Event::Start(Tag::Link { dest_url, .. }) => {
                let safe = is_safe_target(&dest_url);
                if safe {
                    out.push_str("<a href=\"");
                    escape_into(&mut out, &dest_url);
                    out.push_str("\">");
                }
                links.push(safe);
            }
            Event::End(TagEnd::Link) if links.pop() == Some(true) => out.push_str("</a>"),
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            _ => {}
        }
    }
    out
}

/// Inline Markdown for `text` that means what [`to_html`] shows: every character of its text
/// escaped where Markdown would read it as syntax, emphasis and code kept, links kept only
/// with safe targets, on one line.
pub fn to_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    // Per open link, its target when it is kept.
    let mut links: Vec<Option<String>> = Vec::new();
    let mut in_image = 0usize;
    for event in Parser::new(&protect_block_syntax(text)) {
        match event {
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => escape_markdown_into(&mut out, &t),
            Event::Code(c) => code_span_into(&mut out, &c),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::Start(Tag::Emphasis) if in_image == 0 => out.push('*'),
            Event::End(TagEnd::Emphasis) if in_image == 0 => out.push('*'),
            Event::Start(Tag::Strong) if in_image == 0 => out.push_str("**"),
            Event::End(TagEnd::Strong) if in_image == 0 => out.push_str("**"),
            Event::Start(Tag::Link { dest_url, .. }) => {
                let kept = (is_safe_target(&dest_url) && in_image == 0).then(|| dest_url.to_string());
                if kept.is_some() {
                    out.push('[');
                }
                links.push(kept);
            }
            Event::End(TagEnd::Link) => {
                if let Some(Some(target)) = links.pop() {
                    out.push_str("](");
                    link_destination_into(&mut out, &target);
                    out.push(')');
                }
            }
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            _ => {}
        }
    }
    escape_line_start(out)
}

/// Appends a link destination that reads back as `target`: as it is when it can be, else
/// between `<` and `>` with what would end or change it escaped.
fn link_destination_into(out: &mut String, target: &str) {
    let plain = !target.is_empty()
        && !target.contains(|c: char| c.is_whitespace() || c.is_control() || "()<>\\&".contains(c));
    if plain {
        out.push_str(target);
        return;
    }
    out.push('<');
    for c in target.chars() {
        match c {
            '<' | '>' | '\\' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push_str("%20"),
            c => out.push(c),
        }
    }
    out.push('>');
}

/// The characters Markdown (CommonMark, and the GFM extensions static-site generators turn
/// on: tables, strikethrough) may read as syntax inside a line; each is escaped with `\`,
/// which CommonMark allows before any ASCII punctuation.
const MARKDOWN_SYNTAX: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '<', '>', '#', '&', '|', '~', '!', '$',
];

/// Appends `text` with Markdown syntax escaped and line breaks made spaces.
fn escape_markdown_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            c if MARKDOWN_SYNTAX.contains(&c) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
}

/// `line` with a marker that would start a block at its start (`+ `, `- `, `=`, `1.`, `1)`)
/// escaped; leading spaces dropped (four would make a code block).
fn escape_line_start(line: String) -> String {
    let t = line.trim_start();
    let ends_marker = |n: usize| t[n..].is_empty() || t[n..].starts_with(char::is_whitespace);
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let rule = |c: char| t.len() >= 3 && t.chars().all(|d| d == c || d == ' ');
    let at = if (t.starts_with(['+', '-']) && ends_marker(1)) || rule('-') || rule('+') || rule('=') {
        Some(0)
    } else if (1..=9).contains(&digits) && t[digits..].starts_with(['.', ')']) && ends_marker(digits + 1) {
        Some(digits)
    } else {
        None
    };
    match at {
        Some(at) => format!("{}\\{}", &t[..at], &t[at..]),
        None if t.len() == line.len() => line,
        None => t.to_string(),
    }
}

/// Appends a code span holding `code`, fenced by more backticks than any run inside it.
fn code_span_into(out: &mut String, code: &str) {
    let longest = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    out.push_str(&fence);
    out.push(' ');
    out.push_str(&code.replace(['\n', '\r'], " "));
    out.push(' ');
    out.push_str(&fence);
}

/// Plain text for the inline Markdown `text`: markers dropped, link targets after the text.
pub fn to_plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut targets: Vec<String> = Vec::new();
    for event in Parser::new(&protect_block_syntax(text)) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::Start(Tag::Link { dest_url, .. }) => targets.push(dest_url.to_string()),
            Event::End(TagEnd::Link) => {
                if let Some(target) = targets.pop() {
                    let target = target.strip_prefix("mailto:").unwrap_or(&target);
                    if !out.ends_with(target) {
                        out.push_str(&format!(" ({target})"));
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Whether a link target may be published: web and mail links, or a relative path.
pub fn is_safe_target(target: &str) -> bool {
    let t = target.trim().to_ascii_lowercase();
    match t.find(':') {
        Some(colon) if !t[..colon].contains(['/', '?', '#']) => {
            t.starts_with("http://") || t.starts_with("https://") || t.starts_with("mailto:")
        }
        _ => true,
    }
}

/// Escapes what would make one line of inline text parse as a block (a heading, a list, a
/// quote, a code fence, a thematic break).
fn protect_block_syntax(text: &str) -> std::borrow::Cow<'_, str> {
    let t = text.trim_start();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let marker_after = |n: usize| t[n..].starts_with(|c: char| c.is_whitespace()) || t.len() == n;
    let quote_or_fence = t.starts_with('>') || t.starts_with("```") || t.starts_with("~~~");
    let list_or_heading = (t.starts_with(['-', '+', '*']) && marker_after(1)) || t.starts_with('#');
    // `[label]: target` at the start would be a link definition: invisible, and a link target
    // for `[label]` anywhere else in a document.
    let definition = t.starts_with('[') && t.contains("]:");
    let escape_at = if quote_or_fence || list_or_heading || definition {
        Some(0)
    } else if (1..=9).contains(&digits) && t[digits..].starts_with(['.', ')']) && marker_after(digits + 1) {
        Some(digits)
    } else if t.len() >= 3 && t.chars().all(|c| c == '-' || c == '_' || c == '*' || c == ' ') {
        Some(0)
    } else {
        None
    };
    match escape_at {
        Some(at) => {
            let mut out = String::with_capacity(t.len() + 1);
            out.push_str(&t[..at]);
            out.push('\\');
            out.push_str(&t[at..]);
            out.into()
        }
        None => t.into(),
    }
}

/// Escapes text for HTML element content and attribute values.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What a reader sees of a Markdown document: its text (whitespace collapsed), the
    /// targets of its links, and whether it is at most two paragraphs (the one before the
    /// rendered text, and its own) with nothing but inline content.
    /// `gfm`: with the extensions static-site generators turn on (tables, strikethrough), as
    /// a reader of the output; without, as relingo reads a translation.
    fn seen(markdown: &str, gfm: bool) -> (String, Vec<String>, bool) {
        let mut options = pulldown_cmark::Options::empty();
        if gfm {
            options.insert(pulldown_cmark::Options::ENABLE_TABLES);
            options.insert(pulldown_cmark::Options::ENABLE_STRIKETHROUGH);
        }
        let parser = Parser::new_ext(markdown, options);
        let mut text = String::new();
        let mut links = Vec::new();
        let mut blocks = 0;
        let mut inline_only = true;
        for event in parser {
            match event {
                Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => text.push_str(&t),
                Event::SoftBreak | Event::HardBreak => text.push(' '),
                Event::Start(Tag::Link { dest_url, .. }) => links.push(dest_url.to_string()),
                Event::Start(Tag::Paragraph) => blocks += 1,
                Event::Start(Tag::Emphasis | Tag::Strong | Tag::Image { .. }) => {}
                Event::End(_) => {}
                _ => inline_only = false,
            }
        }
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        (text, links, inline_only && blocks <= 2)
    }

    proptest! {
        /// A translation rendered to Markdown and read back by a Markdown parser says the same
        /// words, links only where the translation had a safe link, and starts no block.
        #[test]
        fn markdown_output_is_inert(
            text in "([a-z ]{0,6}|\\[|\\]|\\(|\\)|[*_`<>#!:/\\\\&|~+=.0-9\n-]|javascript:|https://x.org|\\+\\+\\+|&amp;|<b>){0,14}"
        ) {
            let (want_text, want_links, _) = seen(&protect_block_syntax(&text), false);
            let rendered = to_markdown(&text);
            prop_assert!(!rendered.contains('\n'), "{rendered:?}");
            let (got_text, got_links, inline_only) = seen(&format!("Before.\n\n{rendered}\n"), true);
            prop_assert!(inline_only, "{rendered:?} starts a block");
            let got_text = got_text.strip_prefix("Before.").unwrap_or(&got_text).trim().to_string();
            prop_assert_eq!(got_text, want_text, "{:?}", rendered);
            let safe: Vec<String> = want_links.into_iter().filter(|l| is_safe_target(l)).collect();
            prop_assert_eq!(got_links, safe);
        }
    }

    #[test]
    fn a_link_definition_in_a_translation_is_text() {
        let text = "[sic]: javascript:alert(document.domain)";
        assert_eq!(to_html(text), "[sic]: javascript:alert(document.domain)");
        let md = to_markdown(text);
        let document = format!("{md}\n\nSee [sic].\n");
        assert_eq!(seen(&document, true).1, Vec::<String>::new(), "{md}");
    }

    #[test]
    fn emphasis_and_links_render() {
        assert_eq!(
            to_html("See **£20.5m** and [the *report*](https://gov.uk/a?b=1&c=2)."),
            "See <strong>£20.5m</strong> and <a href=\"https://gov.uk/a?b=1&amp;c=2\">the <em>report</em></a>."
        );
    }

    #[test]
    fn raw_html_is_text() {
        assert_eq!(
            to_html("Hi <script>alert(1)</script> <b>x</b>"),
            "Hi &lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;x&lt;/b&gt;"
        );
    }

    #[test]
    fn unsafe_link_targets_keep_only_their_text() {
        assert_eq!(
            to_html("[click](javascript:alert(1)) [x](data:text/html,hi)"),
            "click x"
        );
        assert_eq!(
            to_html("[a](mailto:p@x.uk) [b](../b.html)"),
            "<a href=\"mailto:p@x.uk\">a</a> <a href=\"../b.html\">b</a>"
        );
    }

    #[test]
    fn block_syntax_stays_inline() {
        assert_eq!(to_html("1. Check eligibility."), "1. Check eligibility.");
        assert_eq!(to_html("# not a heading"), "# not a heading");
        assert_eq!(to_html("> not a quote"), "&gt; not a quote");
        assert_eq!(to_html("- not a list"), "- not a list");
        assert_eq!(
            to_html("*Operation Lantern* led"),
            "<em>Operation Lantern</em> led"
        );
        assert_eq!(to_html("2026 was a year"), "2026 was a year");
    }

    #[test]
    fn plain_text_keeps_link_targets() {
        assert_eq!(
            to_plain("See **the** [report](https://gov.uk/r)."),
            "See the report (https://gov.uk/r)."
        );
        assert_eq!(to_plain("Write to [a@b.uk](mailto:a@b.uk)."), "Write to a@b.uk.");
    }
}
