//! A unit's sentences, for CAT tools that match translation memory sentence by sentence.
//!
//! In: an exported [`Unit`] (one block of a release, one Fluent message) and the sentence
//! rules of the source and target languages. Out: its [`Sentence`]s, which the XLIFF writers
//! carry as `<seg-source>`/`<mrk mtype="seg">` (1.2) or as `<segment>`s (2.1). The Fluent
//! file keeps one message per block: import joins the target sentences back in order
//! ([`separator`] between them where the vendor's tool left none).
//!
//! A unit is cut only when that is lossless: its source holds more than one sentence, and its
//! translation, if it has one, holds as many (each source sentence then has its own); else
//! it travels whole, as without `--sentences`. Each side keeps its own spaces between
//! sentences, so a unit sent back untouched reads back as it went out.

use super::Unit;
use crate::catalog::pieces::Piece;
use crate::locale::Locale;
use crate::segment::sentence::{self, Rules};

/// One sentence of a unit: its source and, when the unit has one, its translation, each
/// without the spaces that separate it from the next sentence (`space_after` in the source,
/// `target_space` in the translation).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Sentence {
    pub source: String,
    pub target: Option<Vec<Piece>>,
    pub space_after: String,
    pub target_space: String,
}

/// Gives each unit of `units` its sentences, where it has more than one: the source cut by
/// `source_rules` (the project's, `[segment] rules` included), translations by the built-in
/// rules of the `target` locale.
pub fn segment(units: &mut [Unit], source_rules: &Rules, target: &Locale) {
    let target_rules = Rules::builtin(target.language());
    for unit in units {
        unit.sentences = of_unit(unit, source_rules, target_rules);
    }
}

/// What a tool that dropped the space between two segments gets back between them: what
/// the locale's script puts between sentences.
pub fn separator(locale: &Locale) -> &'static str {
    crate::segment::sentence_separator(locale.is_scriptio_continua())
}

/// Whether a segment read after `pieces` and the `pending` text not yet in them needs a
/// [`separator`] before it: something was read, and it does not end with a space.
pub fn needs_separator(pieces: &[Piece], pending: &str) -> bool {
    match (pending.chars().next_back(), pieces.last()) {
        (Some(c), _) => !c.is_whitespace(),
        (None, Some(Piece::Text(text))) => !text.ends_with(char::is_whitespace),
        (None, Some(Piece::Code(_))) => true,
        (None, None) => false,
    }
}

fn of_unit(unit: &Unit, source_rules: &Rules, target_rules: &Rules) -> Option<Vec<Sentence>> {
    let sources = split_pieces(&[Piece::Text(unit.source.clone())], source_rules)?;
    if sources.len() < 2 {
        return None;
    }
    // An untranslated unit's empty target sentences are spaced as the source's are.
    let targets: Vec<(Option<Vec<Piece>>, Option<String>)> = match &unit.target {
        None => vec![(None, None); sources.len()],
        Some(target) => {
            let targets = split_pieces(target, target_rules)?;
            if targets.len() != sources.len() {
                return None;
            }
            targets
                .into_iter()
                .map(|(pieces, space)| (Some(pieces), Some(space)))
                .collect()
        }
    };
    let sentences = sources
        .into_iter()
        .zip(targets)
        .map(|((source, space_after), (target, target_space))| Sentence {
            source: crate::catalog::pieces::plain(&source),
            target,
            target_space: target_space.unwrap_or_else(|| space_after.clone()),
            space_after,
        })
        .collect();
    Some(sentences)
}

/// Stands for a code while the text around it is split: a symbol, so it neither ends nor
/// begins a sentence.
const CODE: char = '\u{FFFC}';

/// The sentences of `pieces`, each as pieces without its trailing spaces, and those spaces;
/// `None` when the text itself holds the character that stands for codes (then it cannot be
/// told from one, and the unit travels whole).
fn split_pieces(pieces: &[Piece], rules: &Rules) -> Option<Vec<(Vec<Piece>, String)>> {
    let mut text = String::new();
    let mut codes = Vec::new();
    for piece in pieces {
        match piece {
            Piece::Text(t) if t.contains(CODE) => return None,
            Piece::Text(t) => text.push_str(t),
            Piece::Code(c) => {
                codes.push(c.as_str());
                text.push(CODE);
            }
        }
    }
    let mut codes = codes.into_iter();
    let sentences = sentence::split(&text, rules)
        .into_iter()
        .map(|range| {
            let sentence = &text[range];
            let trimmed = sentence.trim_end();
            let space = sentence[trimmed.len()..].to_string();
            let mut pieces = Vec::new();
            for (i, part) in trimmed.split(CODE).enumerate() {
                if i > 0 {
                    pieces.extend(codes.next().map(|c| Piece::Code(c.to_string())));
                }
                if !part.is_empty() {
                    pieces.push(Piece::Text(part.to_string()));
                }
            }
            (pieces, space)
        })
        .collect();
    Some(sentences)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(source: &str, target: Option<Vec<Piece>>) -> Unit {
        Unit {
            release: "r".into(),
            id: "m".into(),
            source: source.into(),
            target,
            previous_source: None,
            state: super::super::UnitState::Missing,
            notes: Vec::new(),
            comments: Vec::new(),
            base: String::new(),
            approved: false,
            sentences: None,
        }
    }

    fn text(t: &str) -> Piece {
        Piece::Text(t.into())
    }

    #[test]
    fn an_untranslated_block_is_cut_into_its_sentences() {
        let en = Rules::builtin("en");
        let sentences = of_unit(&unit("Mr. Jones spoke. Funding opens today.", None), en, en).unwrap();
        let sources: Vec<_> = sentences.iter().map(|s| s.source.as_str()).collect();
        assert_eq!(sources, ["Mr. Jones spoke.", "Funding opens today."]);
        assert_eq!(sentences[0].space_after, " ");
        assert!(sentences.iter().all(|s| s.target.is_none()));
    }

    #[test]
    fn a_translation_with_as_many_sentences_is_cut_with_its_placeables() {
        let target = vec![
            text("Siaradodd "),
            Piece::Code("{ $name }".into()),
            text(". Mae'r cyllid ar agor heddiw."),
        ];
        let sentences = of_unit(
            &unit("Mr. Jones spoke. Funding opens today.", Some(target)),
            Rules::builtin("en"),
            Rules::builtin("cy"),
        )
        .unwrap();
        assert_eq!(
            sentences[0].target.as_deref(),
            Some(&[text("Siaradodd "), Piece::Code("{ $name }".into()), text(".")][..])
        );
        assert_eq!(
            sentences[1].target.as_deref(),
            Some(&[text("Mae'r cyllid ar agor heddiw.")][..])
        );
    }

    #[test]
    fn each_side_keeps_its_own_spaces_between_sentences() {
        let target = vec![text("一。二。")];
        let sentences = of_unit(
            &unit("One. Two.", Some(target)),
            Rules::builtin("en"),
            Rules::builtin("zh"),
        )
        .unwrap();
        assert_eq!(
            (
                sentences[0].space_after.as_str(),
                sentences[0].target_space.as_str()
            ),
            (" ", "")
        );
        let target = vec![text("Un.  Deux.")];
        let sentences = of_unit(
            &unit("One. Two.", Some(target)),
            Rules::builtin("en"),
            Rules::builtin("fr"),
        )
        .unwrap();
        assert_eq!(sentences[0].target_space, "  ");
    }

    #[test]
    fn a_translation_holding_the_code_stand_in_travels_whole() {
        let target = vec![text("Un \u{FFFC}. Deux.")];
        let en = Rules::builtin("en");
        assert_eq!(of_unit(&unit("One. Two.", Some(target)), en, en), None);
    }

    #[test]
    fn a_translation_that_does_not_align_travels_whole() {
        let target = vec![text("Siaradodd Mr Jones, ac mae'r cyllid ar agor heddiw.")];
        let en = Rules::builtin("en");
        assert_eq!(
            of_unit(
                &unit("Mr. Jones spoke. Funding opens today.", Some(target)),
                en,
                en
            ),
            None
        );
        assert_eq!(of_unit(&unit("One sentence only.", None), en, en), None);
    }
}
