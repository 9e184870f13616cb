//! A translation as text and placeables, for tools that must not touch the placeables.
//!
//! In: a message's Fluent source, or a translation that comes back from a vendor. Out:
//! [`Piece`]s: text (what a translator edits; literal braces already unescaped) and codes
//! (the Fluent source of one `{ … }` placeable: a variable, term, message reference,
//! function call or select expression, which a CAT tool shows as an untouchable tag), and
//! back to a Fluent value in which the text is escaped and every code is kept as written.

use fluent_syntax::ast;
use serde::Serialize;

use super::escape;

/// Part of a translation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Piece {
    Text(String),
    /// The Fluent source of one placeable, braces included: `{ -alliance }`.
    Code(String),
}

/// The pieces of the value of the message `id` in `source` (an entry's text: comment and
/// body); `None` when it has no value or does not parse.
pub fn of_entry(source: &str, id: &str) -> Option<Vec<Piece>> {
    let resource = fluent_syntax::parser::parse_runtime(source).ok()?;
    let pattern = resource.body.iter().find_map(|entry| match entry {
        ast::Entry::Message(m) if m.id.name == id => m.value.as_ref(),
        ast::Entry::Term(t) if format!("-{}", t.id.name) == id => Some(&t.value),
        _ => None,
    })?;
    Some(of_pattern(pattern))
}

fn of_pattern(pattern: &ast::Pattern<&str>) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    let push_text = |pieces: &mut Vec<Piece>, text: &str| match pieces.last_mut() {
        Some(Piece::Text(last)) => last.push_str(text),
        _ => pieces.push(Piece::Text(text.to_string())),
    };
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => push_text(&mut pieces, value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => push_text(
                    &mut pieces,
                    &fluent_syntax::unicode::unescape_unicode_to_string(value),
                ),
                ast::Expression::Inline(ast::InlineExpression::NumberLiteral { value }) => {
                    push_text(&mut pieces, value)
                }
                expression => pieces.push(Piece::Code(code_source(expression))),
            },
        }
    }
    pieces
}

/// The Fluent source of one placeable, as fluent-syntax's serializer writes it.
fn code_source(expression: &ast::Expression<&str>) -> String {
    let resource = ast::Resource {
        body: vec![ast::Entry::Message(ast::Message {
            id: ast::Identifier { name: "m" },
            value: Some(ast::Pattern {
                elements: vec![ast::PatternElement::Placeable {
                    expression: expression.clone(),
                }],
            }),
            attributes: Vec::new(),
            comment: None,
        })],
    };
    let text = fluent_syntax::serializer::serialize(&resource);
    let value = text.strip_prefix("m =").unwrap_or(&text);
    value
        .trim_start_matches(' ')
        .trim_end_matches('\n')
        .trim_start_matches('\n')
        .to_string()
}

/// The canonical form of `code` when it is one placeable Fluent can read (not a literal),
/// so that codes written with other spacing compare equal; `None` otherwise.
pub fn canonical_code(code: &str) -> Option<String> {
    let source = format!("m = {}\n", indent_continuations(code));
    match of_entry(&source, "m")?.as_slice() {
        [Piece::Code(code)] => Some(code.clone()),
        _ => None,
    }
}

/// Pieces of a translation typed as plain text with Fluent placeables in it (what PO
/// carries). A `{ … }` is a code when it reads as one of the `known` codes (those the
/// exported translation had), or as a term or variable (Fluent syntax no sentence holds);
/// every other brace, `{braces}` included, is text.
pub fn of_text(text: &str, known: &[&str]) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let code = balanced(&rest[open..])
            .and_then(canonical_code)
            .filter(|code| known.contains(&code.as_str()) || is_term_or_variable(code));
        match code {
            Some(code) => {
                plain.push_str(&rest[..open]);
                if !plain.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut plain)));
                }
                let length = balanced(&rest[open..]).map_or(1, str::len);
                pieces.push(Piece::Code(code));
                rest = &rest[open + length..];
            }
            None => {
                plain.push_str(&rest[..=open]);
                rest = &rest[open + 1..];
            }
        }
    }
    plain.push_str(rest);
    if !plain.is_empty() {
        pieces.push(Piece::Text(plain));
    }
    pieces
}

fn is_term_or_variable(code: &str) -> bool {
    let inner = code.trim_start_matches('{').trim_start();
    inner.starts_with('-') || inner.starts_with('$')
}

/// The `{ … }` at the start of `text`, up to its matching `}` (string literals skipped).
fn balanced(text: &str) -> Option<&str> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        match (in_string, c) {
            (true, _) if escaped => escaped = false,
            (true, '\\') => escaped = true,
            (true, '"') => in_string = false,
            (true, _) => {}
            (false, '"') => in_string = true,
            (false, '{') => depth += 1,
            (false, '}') => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(&text[..=i]);
                }
            }
            _ => {}
        }
    }
    None
}

/// A code's continuation lines indented, as a Fluent value needs them.
fn indent_continuations(code: &str) -> String {
    code.lines()
        .enumerate()
        .fold(String::new(), |mut out, (i, line)| {
            if i > 0 {
                out.push('\n');
                if !line.starts_with(' ') {
                    out.push_str("    ");
                }
            }
            out.push_str(line);
            out
        })
}

/// The text a reader sees, codes as their Fluent source (what `catalog::pattern_text` shows
/// for simple placeables).
pub fn plain(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Text(text) | Piece::Code(text) => text.as_str(),
        })
        .collect()
}

/// The codes, in order.
pub fn codes(pieces: &[Piece]) -> Vec<&str> {
    pieces
        .iter()
        .filter_map(|p| match p {
            Piece::Code(code) => Some(code.as_str()),
            Piece::Text(_) => None,
        })
        .collect()
}

/// The Fluent source of a value made of `pieces`: text escaped as [`escape::value`] escapes
/// it, codes kept as written.
pub fn to_value(pieces: &[Piece]) -> String {
    let codes_at: Vec<usize> = (0..pieces.len())
        .filter(|&i| matches!(pieces[i], Piece::Code(_)))
        .collect();
    if codes_at.is_empty() {
        return escape::value(&plain(pieces));
    }
    let mut out = String::new();
    let last = pieces.len() - 1;
    for (i, piece) in pieces.iter().enumerate() {
        match piece {
            Piece::Code(code) => out.push_str(&indent_continuations(code)),
            Piece::Text(text) => out.push_str(&escape::text_between(text, i == 0, i == last)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(value: &str) -> Vec<Piece> {
        of_entry(&format!("m = {value}\n"), "m").unwrap()
    }

    fn formatted(value: &str) -> String {
        let ftl = format!("m = {value}\n-t = T\n");
        let resource = fluent_bundle::FluentResource::try_new(ftl.clone())
            .unwrap_or_else(|_| panic!("does not parse: {ftl:?}"));
        let mut bundle = fluent_bundle::FluentBundle::new(vec!["fr".parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).unwrap();
        let pattern = bundle.get_message("m").unwrap().value().unwrap();
        bundle.format_pattern(pattern, None, &mut Vec::new()).into_owned()
    }

    #[test]
    fn placeables_are_codes_and_literals_are_text() {
        assert_eq!(
            pieces("Un { \"{\" } fonds de { -t } pour { $name }"),
            [
                Piece::Text("Un { fonds de ".into()),
                Piece::Code("{ -t }".into()),
                Piece::Text(" pour ".into()),
                Piece::Code("{ $name }".into()),
            ]
        );
    }

    #[test]
    fn a_select_expression_is_one_code_kept_whole() {
        let value = "{ $n ->\n    [one] un\n   *[other] plusieurs\n}";
        let p = pieces(value);
        let [Piece::Code(code)] = p.as_slice() else {
            panic!("{p:?}")
        };
        assert!(
            code.contains("[one] un") && code.contains("*[other] plusieurs"),
            "{code}"
        );
        assert_eq!(of_entry(&format!("m = {}\n", to_value(&p)), "m").unwrap(), p);
    }

    #[test]
    fn text_with_placeables_reads_back_with_the_braces_a_vendor_typed_as_text() {
        assert_eq!(
            of_text("Llundain {-t} and {braces} and { $x }", &[]),
            [
                Piece::Text("Llundain ".into()),
                Piece::Code("{ -t }".into()),
                Piece::Text(" and {braces} and ".into()),
                Piece::Code("{ $x }".into()),
            ]
        );
        let value = to_value(&of_text("Llundain {-t} and {braces}", &[]));
        assert_eq!(formatted(&value), "Llundain T and {braces}");
        assert_eq!(
            of_text("a {braces} b", &["{ braces }"])[1],
            Piece::Code("{ braces }".into())
        );
    }

    proptest::proptest! {
        #[test]
        fn text_and_codes_survive_a_round_trip(
            texts in proptest::collection::vec("[^\\p{C}]{0,12}", 1..4),
        ) {
            let mut p = Vec::new();
            for (i, text) in texts.iter().enumerate() {
                if !text.is_empty() {
                    p.push(Piece::Text(text.clone()));
                }
                if i + 1 < texts.len() {
                    p.push(Piece::Code("{ -t }".into()));
                }
            }
            let value = to_value(&p);
            let expected: String = plain(&p).replace("{ -t }", "T");
            proptest::prop_assert_eq!(formatted(&value), expected);
        }
    }
}
