//! TMX 1.4b: a locale's translations as the translation memory vendors load into their CAT
//! tools.
//!
//! Export only: one `<tu>` per translated message (`tuid` = `release/id`), the source and the
//! translation as `<tuv>`s in their languages, the context as a `<note>`, placeables as `<ph>`
//! holding their Fluent source. Written with quick-xml, so text is always escaped.

use std::io::Cursor;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use super::xml::{XmlWriter, code_holding, emit, inline_element};
use super::{Unit, UnitState};
use crate::catalog::pieces::Piece;
use crate::locale::Locale;

/// The TMX document of the translated units among `units`.
pub fn write(units: &[Unit], locale: &Locale, source_locale: &Locale) -> String {
    let mut writer = Writer::new_with_indent(Cursor::new(Vec::new()), b' ', 2);
    let w = &mut writer;
    emit(w, Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)));
    emit(
        w,
        Event::Start(BytesStart::new("tmx").with_attributes([("version", "1.4")])),
    );
    let header = BytesStart::new("header").with_attributes([
        ("creationtool", "relingo"),
        ("creationtoolversion", env!("CARGO_PKG_VERSION")),
        ("datatype", "plaintext"),
        ("segtype", "block"),
        ("adminlang", "en"),
        ("srclang", source_locale.as_str()),
        ("o-tmf", "relingo"),
    ]);
    emit(w, Event::Empty(header));
    emit(w, Event::Start(BytesStart::new("body")));
    for unit in units.iter().filter(|u| u.state == UnitState::Translated) {
        let Some(target) = &unit.target else { continue };
        let tuid = unit.context();
        emit(
            w,
            Event::Start(BytesStart::new("tu").with_attributes([("tuid", tuid.as_str())])),
        );
        for note in &unit.notes {
            emit(w, Event::Start(BytesStart::new("note")));
            emit(w, Event::Text(BytesText::new(note)));
            emit(w, Event::End(BytesEnd::new("note")));
        }
        tuv(w, source_locale, &[Piece::Text(unit.source.clone())]);
        tuv(w, locale, target);
        emit(w, Event::End(BytesEnd::new("tu")));
    }
    emit(w, Event::End(BytesEnd::new("body")));
    emit(w, Event::End(BytesEnd::new("tmx")));
    let mut text = String::from_utf8(writer.into_inner().into_inner()).expect("quick-xml writes UTF-8");
    text.push('\n');
    text
}

/// One language's variant: `<tuv xml:lang><seg>`, placeables as `<ph>` holding their
/// Fluent source.
fn tuv(writer: &mut XmlWriter, locale: &Locale, pieces: &[Piece]) {
    emit(
        writer,
        Event::Start(BytesStart::new("tuv").with_attributes([("xml:lang", locale.as_str())])),
    );
    inline_element(writer, "seg", &[], pieces, &|n, source| {
        code_holding("ph", vec![("x".into(), n.to_string())], source)
    });
    emit(writer, Event::End(BytesEnd::new("tuv")));
}
