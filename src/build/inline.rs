//! Inline Markdown of a message, rendered safely.
//!
//! In: the text of one segment as translators wrote it (`**bold**`, `[link](url)` …). Out:
//! HTML in which every piece of text is escaped, links keep only `http(s):`, `mailto:` and
//! relative targets, and raw HTML shows as text; or plain text for the `.txt` format.
//! Block syntax is never interpreted: a message is always inline content.

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
    let escape_at = if quote_or_fence || list_or_heading {
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
