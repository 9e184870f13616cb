//! What a check needs to know about a text, extracted once.
//!
//! In: the text of a message (source or translation) and its locale. Out: [`Facts`]: its
//! links and their targets, inline code, emphasis, bare URLs and e-mail addresses, raw HTML
//! tags, numbers, how it ends. Source facts are computed once per reference message and
//! shared by every locale.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::numbers;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facts {
    pub link_targets: Vec<String>,
    pub code_spans: usize,
    pub emphasis: usize,
    /// `*` left unmatched by the Markdown parser (broken emphasis).
    pub stray_markers: usize,
    /// URLs and e-mail addresses in the text (outside link targets).
    pub addresses: Vec<String>,
    pub html_tags: Vec<String>,
    /// Per number of the text, the values it may state (see [`numbers::tokens`]).
    pub numbers: Vec<Vec<f64>>,
    pub ending: Ending,
    pub chars: usize,
}

/// How a text ends, whatever the script's punctuation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Ending {
    #[default]
    None,
    FullStop,
    Question,
    Exclamation,
    Colon,
    Ellipsis,
}

impl Ending {
    pub fn describe(self) -> &'static str {
        match self {
            Ending::None => "no end punctuation",
            Ending::FullStop => "a full stop",
            Ending::Question => "a question mark",
            Ending::Exclamation => "an exclamation mark",
            Ending::Colon => "a colon",
            Ending::Ellipsis => "an ellipsis",
        }
    }
}

impl Facts {
    pub fn of(text: &str, decimal_comma: bool) -> Facts {
        let mut facts = Facts {
            ending: ending(text),
            chars: text.chars().count(),
            ..Facts::default()
        };
        // Most messages hold no Markdown at all: no need to parse them.
        if !text.contains(['[', '*', '`', '<', '_', '&', '\\', '!']) {
            facts.addresses = addresses(text);
            facts.numbers = numbers::tokens(text, decimal_comma);
            return facts;
        }
        let mut prose = String::with_capacity(text.len());
        for event in Parser::new(text) {
            match event {
                Event::Start(Tag::Link { dest_url, .. }) => facts.link_targets.push(dest_url.to_string()),
                Event::Start(Tag::Emphasis | Tag::Strong) => facts.emphasis += 1,
                Event::Code(_) => facts.code_spans += 1,
                Event::Html(h) | Event::InlineHtml(h) => facts.html_tags.push(h.trim().to_string()),
                Event::Text(t) => {
                    facts.stray_markers += t.matches('*').count();
                    prose.push_str(&t);
                    prose.push(' ');
                }
                Event::End(TagEnd::Link) => prose.push(' '),
                _ => {}
            }
        }
        facts.addresses = addresses(&prose);
        facts.numbers = numbers::tokens(&prose, decimal_comma);
        facts
    }
}

/// Bare URLs and e-mail addresses, without trailing punctuation. They are found by their
/// shape (`@`, `http://`, `www.`), not by spaces around them: Chinese and Japanese write
/// them straight into the text.
fn addresses(text: &str) -> Vec<String> {
    let bytes = text.as_bytes();
    let is_email = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-');
    let is_url = |b: u8| b.is_ascii_graphic() && !matches!(b, b'<' | b'>' | b'"' | b'(' | b')');
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !text.is_char_boundary(i) {
            i += 1;
            continue;
        }
        let rest = &text[i..];
        let url_start =
            rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www.");
        if url_start && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()) {
            let end = i + rest.bytes().take_while(|&b| is_url(b)).count();
            out.push(
                text[i..end]
                    .trim_end_matches(['.', ',', ';', ':', '!', '?', '\''])
                    .to_string(),
            );
            i = end;
            continue;
        }
        if bytes[i] == b'@' && i > 0 {
            let start = text[..i].bytes().rev().take_while(|&b| is_email(b)).count();
            let end = text[i + 1..].bytes().take_while(|&b| is_email(b)).count();
            let address = text[i - start..i + 1 + end].trim_end_matches(['.', '-']);
            if start > 0 && address[start + 1..].contains('.') {
                out.push(address.to_string());
            }
            i += 1 + end;
            continue;
        }
        i += 1;
    }
    out.sort();
    out
}

fn ending(text: &str) -> Ending {
    let t = text.trim_end().trim_end_matches([
        '"', '\'', '”', '’', '»', '」', '』', ')', '）', ']', '*', '_', ' ', '\u{A0}', '\u{202F}',
    ]);
    if t.ends_with("...") || t.ends_with('…') {
        return Ending::Ellipsis;
    }
    match t.chars().last() {
        Some('.' | '。' | '۔' | '।' | '．') => Ending::FullStop,
        Some('?' | '？' | '؟') => Ending::Question,
        Some('!' | '！') => Ending::Exclamation,
        Some(':' | '：') => Ending::Colon,
        _ => Ending::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_code_emphasis_and_addresses() {
        let f = Facts::of(
            "See **the** [report](https://gov.uk/r) or write to press@x.gov.uk; `code`.",
            false,
        );
        assert_eq!(f.link_targets, ["https://gov.uk/r"]);
        assert_eq!((f.emphasis, f.code_spans), (1, 1));
        assert_eq!(f.addresses, ["press@x.gov.uk"]);
        assert_eq!(
            Facts::of(
                "发送邮件至newsdesk@example.gov.uk索取。见https://gov.uk/a。",
                false
            )
            .addresses,
            ["https://gov.uk/a", "newsdesk@example.gov.uk"]
        );
        assert_eq!(f.ending, Ending::FullStop);
    }

    #[test]
    fn endings_across_scripts() {
        assert_eq!(ending("هل نعمل؟"), Ending::Question);
        assert_eq!(ending("我们行动。"), Ending::FullStop);
        assert_eq!(ending("Pourquoi\u{202F}?"), Ending::Question);
        assert_eq!(ending("« Nous agirons. »"), Ending::FullStop);
        assert_eq!(ending("The Minister said:"), Ending::Colon);
    }

    #[test]
    fn raw_html_is_found() {
        assert_eq!(Facts::of("Hi <b>there</b>", false).html_tags, ["<b>", "</b>"]);
    }
}
