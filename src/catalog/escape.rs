//! Writing text into Fluent so that it comes back unchanged.
//!
//! In: any source text. Out: the source of a one-line Fluent pattern that fluent-bundle
//! formats back to exactly that text (braces, leading `[` `*` `.`, edge spaces, line breaks and
//! control characters go into string-literal placeables), and the text of one comment line.

use std::fmt::Write;

/// The Fluent source of a one-line pattern whose formatted value is `text`.
pub fn value(text: &str) -> String {
    if text.is_empty() {
        return "{ \"\" }".to_string();
    }
    text_between(text, true, true)
}

/// The Fluent source of `text` as a part of a pattern: braces and characters Fluent cannot
/// hold as text are escaped; so are the first character's and the last one's specials
/// when the part starts (`at_start`) or ends (`at_end`) the pattern.
pub fn text_between(text: &str, at_start: bool, at_end: bool) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let last = text.chars().count().saturating_sub(1);
    for (i, c) in text.chars().enumerate() {
        let edge = (at_start && i == 0) || (at_end && i == last);
        let special_first = at_start && i == 0 && matches!(c, '[' | '*' | '.');
        if c == '{' || c == '}' || special_first || (edge && c == ' ') || needs_literal(c) {
            literal(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// Characters that cannot stand in Fluent text: line ends, other control characters, and
/// characters the parser treats as blank or that editors mangle.
fn needs_literal(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{FEFF}')
}

fn literal(out: &mut String, c: char) {
    match c {
        '"' => out.push_str("{ \"\\\"\" }"),
        '\\' => out.push_str("{ \"\\\\\" }"),
        c if needs_literal(c) => {
            let _ = write!(out, "{{ \"\\u{:04X}\" }}", c as u32);
        }
        c => {
            let _ = write!(out, "{{ \"{c}\" }}");
        }
    }
}

/// The text of a comment line: line breaks become spaces so the comment stays one line.
pub fn comment(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::{FluentBundle, FluentResource};

    fn round_trip(text: &str) -> String {
        let ftl = format!("m = {}\n", value(text));
        let resource =
            FluentResource::try_new(ftl.clone()).unwrap_or_else(|_| panic!("does not parse: {ftl:?}"));
        let mut bundle = FluentBundle::new(vec!["en".parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).unwrap();
        let pattern = bundle.get_message("m").unwrap().value().unwrap();
        let mut errors = vec![];
        let formatted = bundle.format_pattern(pattern, None, &mut errors).to_string();
        assert!(errors.is_empty(), "{errors:?} for {ftl:?}");
        formatted
    }

    #[test]
    fn hard_cases_survive() {
        for text in [
            "{ $x } and }{",
            "[one] looks like a variant",
            "*[other] too",
            ".attr = not an attribute",
            "  spaces at both ends  ",
            "",
            " ",
            "a \"quoted\" \\ backslash",
            "line\nbreak\r\nand\ttab",
            "مرحبا بالعالم",
            "你好，世界",
            "# not a comment",
            "-term-looking",
        ] {
            assert_eq!(round_trip(text), text);
        }
    }

    #[test]
    fn ordinary_text_is_written_as_is() {
        assert_eq!(value("The NCA leads."), "The NCA leads.");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]
        #[test]
        fn any_text_round_trips_through_fluent_bundle(text in "\\PC*|.*|[ \\[\\]*.{}\"\\\\\n\r\t]{0,12}") {
            proptest::prop_assert_eq!(round_trip(&text), text);
        }

        #[test]
        fn any_unicode_round_trips(text in proptest::collection::vec(proptest::char::any(), 0..40)) {
            let text: String = text.into_iter().collect();
            proptest::prop_assert_eq!(round_trip(&text), text);
        }
    }
}
