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
    /// How often each bracket of [`BRACKETS`] opens and closes.
    pub brackets: [(usize, usize); BRACKETS.len()],
    /// The quotation marks of [`QUOTATION_MARKS`] in the text, in order.
    pub quotation_marks: Vec<char>,
    /// Control, zero-width and bidi-control characters, each once, in order of appearance.
    pub invisible: Vec<char>,
}

/// The bracket pairs whose balance is checked.
pub const BRACKETS: [(char, char); 5] = [('(', ')'), ('[', ']'), ('（', '）'), ('【', '】'), ('「', '」')];

/// Typographic quotation marks of the world's quoting styles.
pub const QUOTATION_MARKS: [char; 14] = [
    '“', '”', '‘', '’', '„', '‚', '«', '»', '‹', '›', '「', '」', '『', '』',
];

/// Control, zero-width and bidi-control characters that have no business in a release; ZWJ
/// and ZWNJ are spelling in Arabic, Persian and Indic scripts and stay allowed.
pub fn is_invisible(c: char) -> bool {
    (c.is_control() && c != '\t')
        || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{FFFD}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
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
            ..Facts::default()
        };
        let seen = facts.scan(text);
        // A bracket is Markdown only as part of a link: `[text](target)`, `[text][label]`,
        // or a definition `[label]: target` (a bare `[label]` links only to a definition).
        let link = || text.contains("](") || text.contains("][") || text.contains("]:");
        // Most messages hold no Markdown, address or number at all: one pass over their
        // characters tells, and the costlier readings below are skipped.
        let prose = if seen.markdown || (seen.bracket && link()) {
            std::borrow::Cow::Owned(facts.read_markdown(text))
        } else {
            std::borrow::Cow::Borrowed(text)
        };
        if prose.contains('@') || prose.contains("http") || prose.contains("www.") {
            facts.addresses = addresses(&prose);
        }
        if seen.digit {
            facts.numbers = numbers::tokens(&prose, decimal_comma);
        }
        facts
    }

    /// Counts characters, brackets, quotation marks and invisible characters in one pass,
    /// and says which of the costlier readings the text needs.
    fn scan(&mut self, text: &str) -> Seen {
        let mut seen = Seen::default();
        for c in text.chars() {
            self.chars += 1;
            if c.is_ascii() {
                match c {
                    '*' | '`' | '<' | '_' | '&' | '\\' | '!' => seen.markdown = true,
                    '[' => seen.bracket = true,
                    '0'..='9' => seen.digit = true,
                    _ => {}
                }
                if c.is_ascii_alphanumeric() || c == ' ' {
                    continue;
                }
            } else if numbers::ascii_digit(c).is_ascii_digit() {
                seen.digit = true;
                continue;
            } else if !may_be_punctuation_or_control(c) {
                continue;
            }
            self.note_mark(c);
        }
        seen
    }

    /// Counts `c` if it is a bracket, a quotation mark (`「」` are both) or an invisible
    /// character.
    fn note_mark(&mut self, c: char) {
        if let Some(i) = BRACKETS.iter().position(|(open, _)| *open == c) {
            self.brackets[i].0 += 1;
        } else if let Some(i) = BRACKETS.iter().position(|(_, close)| *close == c) {
            self.brackets[i].1 += 1;
        }
        if QUOTATION_MARKS.contains(&c) {
            self.quotation_marks.push(c);
        } else if is_invisible(c) && !self.invisible.contains(&c) {
            self.invisible.push(c);
        }
    }

    /// Reads links, code, emphasis and raw HTML; returns the prose (text outside markup, link
    /// text included) for the address and number readings.
    fn read_markdown(&mut self, text: &str) -> String {
        let mut prose = String::with_capacity(text.len());
        let mut parser = Parser::new(text);
        for event in parser.by_ref() {
            match event {
                Event::Start(Tag::Link { dest_url, .. }) => self.link_targets.push(dest_url.to_string()),
                Event::Start(Tag::Emphasis | Tag::Strong) => self.emphasis += 1,
                Event::Code(_) => self.code_spans += 1,
                Event::Html(h) | Event::InlineHtml(h) => self.html_tags.push(h.trim().to_string()),
                Event::Text(t) => {
                    self.stray_markers += t.matches('*').count();
                    prose.push_str(&t);
                    prose.push(' ');
                }
                Event::End(TagEnd::Link) => prose.push(' '),
                _ => {}
            }
        }
        // A link definition (`[label]: target`) shows nothing, but publishes its target for
        // any `[label]` of the page: it counts as a link where no link already uses it.
        for (_, definition) in parser.reference_definitions().iter() {
            if !self.link_targets.iter().any(|t| *t == *definition.dest) {
                self.link_targets.push(definition.dest.to_string());
            }
        }
        prose
    }
}

/// Whether a non-ASCII character lies in a block of punctuation or controls (Latin-1, General
/// Punctuation, CJK Symbols, Specials and full-width forms), where every bracket, quotation
/// mark and invisible character of [`Facts`] is. Letters of any script are outside.
fn may_be_punctuation_or_control(c: char) -> bool {
    matches!(c, '\u{80}'..='\u{BF}' | '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{303F}' | '\u{FE00}'..='\u{FFFF}')
}

/// What a first pass saw in a text.
#[derive(Default)]
struct Seen {
    markdown: bool,
    /// A `[`, which may open a link.
    bracket: bool,
    digit: bool,
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
    // Closing quotation marks of every style (German closes with `“` and `‘`), brackets and
    // emphasis markers stand after the end punctuation.
    let t = text.trim_end().trim_end_matches([
        '"', '\'', '”', '’', '“', '‘', '»', '«', '›', '‹', '」', '』', ')', '）', ']', '*', '_', ' ',
        '\u{A0}', '\u{202F}',
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
    fn a_link_definition_counts_as_a_link() {
        let f = Facts::of("[sic]: javascript:alert(document.domain)", false);
        assert_eq!(f.link_targets, ["javascript:alert(document.domain)"]);
        let f = Facts::of("Read <https://gov.uk/a> now.", false);
        assert_eq!(f.link_targets, ["https://gov.uk/a"]);
    }

    #[test]
    fn endings_across_scripts() {
        assert_eq!(ending("هل نعمل؟"), Ending::Question);
        assert_eq!(ending("我们行动。"), Ending::FullStop);
        assert_eq!(ending("Pourquoi\u{202F}?"), Ending::Question);
        assert_eq!(ending("« Nous agirons. »"), Ending::FullStop);
        assert_eq!(ending("The Minister said:"), Ending::Colon);
        assert_eq!(ending("Er sagte: „Wir handeln.“"), Ending::FullStop);
        assert_eq!(ending("Er sagte: ‚Wir handeln!‘"), Ending::Exclamation);
    }

    #[test]
    fn raw_html_is_found() {
        assert_eq!(Facts::of("Hi <b>there</b>", false).html_tags, ["<b>", "</b>"]);
    }

    #[test]
    fn a_bracket_is_read_as_markdown_only_where_it_can_make_a_link() {
        let plain = Facts::of("[cy] Mae 3 pheth [nodyn] yn bwysig", false);
        assert!(plain.link_targets.is_empty());
        assert_eq!(plain.numbers.len(), 1);
        assert_eq!(plain.brackets[1], (2, 2));
        let inline = Facts::of("Darllenwch [y canllaw](https://gov.uk/a).", false);
        assert_eq!(inline.link_targets, ["https://gov.uk/a"]);
        let by_label = Facts::of("Darllenwch [y canllaw][c].\n\n[c]: https://gov.uk/b", false);
        assert_eq!(by_label.link_targets, ["https://gov.uk/b"]);
    }
}
