//! Exchange files as XML (XLIFF, TMX): what their writers and readers share.
//!
//! In: elements, and text made of [`Piece`]s. Out: indented XML, except inside an element
//! that holds text, where indentation would become part of the text. For readers: the
//! errors every XML exchange file can have, said the same way.

use std::io::Cursor;

use quick_xml::Writer;
use quick_xml::events::{BytesEnd, BytesStart, BytesText, Event};

use crate::Error;
use crate::catalog::pieces::Piece;
use crate::diagnostic::Location;

/// The error for a file that declares a DOCTYPE: entities and DTDs are how XML fetches files
/// and expands bombs, and exchange files need none, so none is read.
pub fn doctype_refused(at: Location) -> Error {
    Error::at(
        at,
        "the file declares a DOCTYPE; relingo reads no DTDs or entity definitions, and nothing was imported",
        Some("export the file again without a DOCTYPE (XLIFF needs none)".into()),
    )
}

/// The error for a file that ends inside `<name>`, opened on line `line`.
pub fn truncated(at: Location, name: &str, line: usize) -> Error {
    Error::at(
        at,
        format!(
            "the file ends inside <{name}> (opened on line {line}): it is incomplete, and nothing was imported"
        ),
        Some("download or export the file again".into()),
    )
}

pub type XmlWriter = Writer<Cursor<Vec<u8>>>;

pub fn emit(writer: &mut XmlWriter, event: Event<'_>) {
    writer.write_event(event).expect("writing to memory cannot fail");
}

/// `<name attributes>` holding `pieces`: text as text, each code as the events `code` gives
/// for it (numbered from 1), all on one line, indented as the element's siblings are.
pub fn inline_element(
    writer: &mut XmlWriter,
    name: &str,
    attributes: &[(&str, &str)],
    pieces: &[Piece],
    code: &dyn Fn(usize, &str) -> Vec<Event<'static>>,
) {
    inline_with(writer, name, attributes, &mut |w| {
        write_pieces(w, pieces, &mut 0, code);
    });
}

/// `<name attributes>` holding what `body` writes, all on one line, indented as the
/// element's siblings are (indentation inside would become part of the text).
pub fn inline_with(
    writer: &mut XmlWriter,
    name: &str,
    attributes: &[(&str, &str)],
    body: &mut dyn FnMut(&mut XmlWriter),
) {
    let mut inline = Writer::new(Cursor::new(Vec::new()));
    let w = &mut inline;
    emit(
        w,
        Event::Start(BytesStart::new(name).with_attributes(attributes.iter().copied())),
    );
    body(w);
    emit(w, Event::End(BytesEnd::new(name)));
    let fragment = inline.into_inner().into_inner();
    writer.write_indent().expect("writing to memory cannot fail");
    std::io::Write::write_all(writer.get_mut(), &fragment).expect("writing to memory cannot fail");
}

/// Writes `pieces`: text as text, each code as the events `code` gives for it, numbered on
/// from `numbered` (the codes written before, in this element or an earlier segment).
pub fn write_pieces(
    w: &mut XmlWriter,
    pieces: &[Piece],
    numbered: &mut usize,
    code: &dyn Fn(usize, &str) -> Vec<Event<'static>>,
) {
    for piece in pieces {
        match piece {
            Piece::Text(text) => emit(w, Event::Text(BytesText::new(text))),
            Piece::Code(source) => {
                *numbered += 1;
                for event in code(*numbered, source) {
                    emit(w, event);
                }
            }
        }
    }
}

/// `<name>code</name>`: a protected code holding its Fluent source.
pub fn code_holding(
    name: &'static str,
    attributes: Vec<(String, String)>,
    source: &str,
) -> Vec<Event<'static>> {
    let start =
        BytesStart::new(name).with_attributes(attributes.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    vec![
        Event::Start(start.into_owned()),
        Event::Text(BytesText::new(source).into_owned()),
        Event::End(BytesEnd::new(name)),
    ]
}
