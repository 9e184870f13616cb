//! Which parts of a block sit inside brackets or quotation marks.
//!
//! In: a block's text. Out: the byte spans of its outermost balanced pairs, so that the
//! splitter does not cut a quotation or a parenthesis in two. When quotation marks do not
//! balance (a quote left open, as in a paragraph that a quotation runs on from), only
//! brackets count; when brackets do not balance either, nothing does.

use std::ops::Range;

/// The outermost balanced pairs of a text, as byte ranges from opener to closer.
#[derive(Debug, Default)]
pub(super) struct Nesting(Vec<Range<usize>>);

impl Nesting {
    pub(super) fn of(text: &str) -> Nesting {
        Nesting::pairs(text, true)
            .or_else(|| Nesting::pairs(text, false))
            .unwrap_or_default()
    }

    /// Whether the byte at `at` lies strictly between an outermost opener and its closer.
    pub(super) fn inside(&self, at: usize) -> bool {
        let after = self.0.partition_point(|pair| pair.start < at);
        after > 0 && at < self.0[after - 1].end
    }

    /// `None` when the pairs do not balance.
    fn pairs(text: &str, quotes: bool) -> Option<Nesting> {
        let mut stack: Vec<(char, usize)> = Vec::new();
        let mut outermost = Vec::new();
        let mut previous = ' ';
        let mut chars = text.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            let next = chars.peek().map_or(' ', |&(_, n)| n);
            if let Some(&(closer, opened)) = stack.last()
                && closes(closer, c)
            {
                stack.pop();
                if stack.is_empty() {
                    outermost.push(opened..at);
                }
            } else if let Some(closer) = opens(c, quotes, previous, next) {
                stack.push((closer, at));
            } else if matches!(c, ')' | ']') {
                return None;
            }
            previous = c;
        }
        stack.is_empty().then_some(Nesting(outermost))
    }
}

/// The closer an opening `c` expects, if `c` opens a pair here, between `previous` and
/// `next`. A straight double quote opens only after a space or punctuation (not inside a word
/// like `5"`). German quotes the other way round (`»Ja.«`): `»` opens where a word follows it
/// with no space, which a French closing `»` never has before it.
fn opens(c: char, quotes: bool, previous: char, next: char) -> Option<char> {
    let closer = match c {
        '(' => ')',
        '[' => ']',
        '\u{FF08}' => '\u{FF09}',
        _ if !quotes => return None,
        '\u{201C}' => '\u{201D}',
        '\u{201E}' => '\u{201C}',
        '\u{AB}' => '\u{BB}',
        '\u{300C}' => '\u{300D}',
        '\u{300E}' => '\u{300F}',
        '"' if !previous.is_alphanumeric() => '"',
        '\u{BB}' if !previous.is_alphanumeric() && next.is_alphanumeric() => '\u{AB}',
        _ => return None,
    };
    Some(closer)
}

/// Whether `c` closes a pair that expects `closer`. German quotations open with `„` and
/// close with `“` or, in some typefaces, `”`.
fn closes(closer: char, c: char) -> bool {
    c == closer || (closer == '\u{201C}' && c == '\u{201D}')
}
