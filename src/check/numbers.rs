//! Numbers in running text, read the way each locale writes them.
//!
//! In: a text and its locale. Out: the values it states: `1,400` (English) and `1 400`,
//! `1.400` (French, German) are 1400; `20,5` is 20.5 where the comma is decimal; Arabic-Indic,
//! Persian and full-width digits count as digits; a number followed by a scale word
//! (`million`, `m`, `Mio.`, `mln`, `万`, `مليون` …) also states its scaled value, so `1.6m`,
//! `1,6 Mio.` and `160万` all state 1 600 000.

/// Values stated by the numbers of `text`. `decimal_comma` is true for locales that write
/// `20,5`; both readings of an ambiguous token are kept, so a check never fails on a number
/// that is written correctly.
pub fn values(text: &str, decimal_comma: bool) -> Vec<f64> {
    tokens(text, decimal_comma).into_iter().flatten().collect()
}

/// The numbers of `text`, each with every value it may state (bare and scaled).
pub fn tokens(text: &str, decimal_comma: bool) -> Vec<Vec<f64>> {
    let text = with_ascii_digits(text);
    let bytes = text.as_bytes();
    let mut values: Vec<Vec<f64>> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        i = number_end(&text, i);
        // Digits inside a word (`CO2`, `G77`) are part of a name, not a number.
        if start > 0 && bytes[start - 1].is_ascii_alphabetic() {
            continue;
        }
        let mut stated = readings(&text[start..i], decimal_comma);
        if let Some(scale) = scale_after(&text[i..]) {
            let bare = stated.len();
            stated.extend_from_within(..);
            stated[bare..].iter_mut().for_each(|v| *v *= scale);
        }
        values.push(stated);
    }
    values
}

/// `text` with native digits and Arabic separators written as ASCII, borrowed when it has none.
fn with_ascii_digits(text: &str) -> std::borrow::Cow<'_, str> {
    // Every native digit and separator of `ascii_digit` starts with one of these UTF-8 bytes;
    // looking for them is much cheaper than decoding every character.
    let may_have_native_digits = text.bytes().any(|b| matches!(b, 0xD9 | 0xDB | 0xE0 | 0xEF));
    if !may_have_native_digits || !text.chars().any(|c| !c.is_ascii() && ascii_digit(c) != c) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(text.chars().map(ascii_digit).collect())
}

/// Where the number starting at byte `start` ends: digits, and separators between digits.
fn number_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    loop {
        if bytes.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
            continue;
        }
        match text[i..].chars().next() {
            Some(c) if is_separator(c) && bytes.get(i + c.len_utf8()).is_some_and(u8::is_ascii_digit) => {
                i += c.len_utf8();
            }
            _ => return i,
        }
    }
}

/// Whether `wanted` is among `values` (up to rounding).
pub fn contains(values: &[f64], wanted: f64) -> bool {
    values
        .iter()
        .any(|v| (v - wanted).abs() <= 1e-9 * wanted.abs().max(1.0))
}

/// The ASCII digit a native digit (Arabic-Indic, Devanagari, full-width …) stands for, `.` and
/// `,` for the Arabic decimal and thousands separators; any other character unchanged.
pub fn ascii_digit(c: char) -> char {
    let offset = match c as u32 {
        0x0660..=0x0669 => 0x0660, // Arabic-Indic
        0x06F0..=0x06F9 => 0x06F0, // Extended Arabic-Indic (Persian, Urdu)
        0x0966..=0x096F => 0x0966, // Devanagari
        0x09E6..=0x09EF => 0x09E6, // Bengali
        0xFF10..=0xFF19 => 0xFF10, // full-width
        _ => {
            return if c == '\u{066B}' {
                '.'
            } else if c == '\u{066C}' {
                ','
            } else {
                c
            };
        }
    };
    char::from_u32('0' as u32 + (c as u32 - offset)).unwrap_or(c)
}

fn is_separator(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ' ' | '\u{A0}' | '\u{202F}' | '\u{2009}' | '\'' | '’'
    )
}

/// The values a token may mean: grouping separators dropped where groups are of three, the
/// last `.` or `,` read as a decimal point when the locale allows it.
fn readings(token: &str, decimal_comma: bool) -> Vec<f64> {
    if token.bytes().all(|b| b.is_ascii_digit()) {
        return token.parse().map(|v| vec![v]).unwrap_or_default();
    }
    let mut out = Vec::new();
    for decimal in ['.', ','] {
        if decimal == ',' && !decimal_comma && token.contains('.') {
            continue;
        }
        if let Some(v) = read_with(token, decimal).filter(|v| !contains(&out, *v)) {
            out.push(v);
        }
    }
    if out.is_empty() {
        // Not a well-formed number (a phone number, a date): its digit runs stand alone.
        for run in token
            .split(|c: char| !c.is_ascii_digit())
            .filter(|r| !r.is_empty())
        {
            if let Ok(v) = run.parse::<f64>() {
                out.push(v);
            }
        }
    }
    out
}

fn read_with(token: &str, decimal: char) -> Option<f64> {
    let (integer, fraction) = match token.rfind(decimal) {
        Some(at) if token[at + 1..].chars().all(|c| c.is_ascii_digit()) => {
            let fraction = &token[at + decimal.len_utf8()..];
            // `1,400` is a thousand group, not a decimal, when a dot reads the decimal.
            if decimal == ',' && fraction.len() == 3 && !token[..at].contains(',') && !token.contains('.') {
                (token, "")
            } else {
                (&token[..at], fraction)
            }
        }
        _ => (token, ""),
    };
    // Grouped digits (`1,400,000`) need groups of three after the first.
    let grouped = integer.bytes().any(|b| !b.is_ascii_digit());
    let mut number = String::with_capacity(token.len() + 2);
    for (n, group) in integer.split(|c: char| !c.is_ascii_digit()).enumerate() {
        let well_formed = !group.is_empty()
            && (!grouped
                || if n == 0 {
                    group.len() <= 3
                } else {
                    group.len() == 3
                });
        if !well_formed {
            return None;
        }
        number.push_str(group);
    }
    number.push('.');
    number.push_str(if fraction.is_empty() { "0" } else { fraction });
    number.parse().ok()
}

/// The multiplier of a scale word right after a number (`million`, `m`, `bn`, `万` …).
fn scale_after(rest: &str) -> Option<f64> {
    let after = rest.trim_start();
    match after.chars().next() {
        Some('万') => return Some(1e4),
        Some('亿') => return Some(1e8),
        _ => {}
    }
    // Scale words are short; a longer run of letters (Chinese writes no spaces) is not one.
    const LONGEST: usize = 12;
    let mut end = 0;
    for (n, (i, c)) in after.char_indices().enumerate() {
        if !c.is_alphabetic() {
            break;
        }
        if n == LONGEST {
            return None;
        }
        end = i + c.len_utf8();
    }
    if end == 0 {
        return None;
    }
    let word = &after[..end];
    let word = if word.is_ascii() {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(word.to_lowercase())
    };
    let is = |list: &[&str]| list.iter().any(|w| w.eq_ignore_ascii_case(&word));
    const MILLION: &[&str] = &[
        "m",
        "million",
        "millions",
        "mn",
        "mio",
        "millionen",
        "mln",
        "miliwn",
        "millón",
        "millones",
        "milioni",
        "milione",
        "milhão",
        "milhões",
        "miljoen",
        "miljon",
        "miljoner",
        "milionów",
        "miliony",
        "milion",
        "مليون",
        "ملايين",
        "مليونا",
        "millió",
        "milijun",
    ];
    const BILLION: &[&str] = &[
        "bn",
        "billion",
        "billions",
        "mrd",
        "milliarden",
        "milliarde",
        "milliard",
        "milliards",
        "mld",
        "miliardów",
        "biliwn",
        "مليار",
        "مليارات",
    ];
    const THOUSAND: &[&str] = &["k", "thousand", "mil", "tausend", "tys", "mille", "ألف", "آلاف"];
    if is(MILLION) {
        Some(1e6)
    } else if is(BILLION) {
        Some(1e9)
    } else if is(THOUSAND) {
        Some(1e3)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(text: &str, comma: bool, v: f64) -> bool {
        contains(&values(text, comma), v)
    }

    #[test]
    fn english_grouping_and_decimals() {
        assert!(has("Around 1,400 platforms", false, 1400.0));
        assert!(has("£20.5 million", false, 20.5));
        assert!(has("£20.5 million", false, 20_500_000.0));
        assert!(has("up 3.5%.", false, 3.5));
        assert!(has("1.6m files", false, 1_600_000.0));
    }

    #[test]
    fn decimal_comma_locales() {
        assert!(has("20,5 millions de livres", true, 20.5));
        assert!(has("1 400 plateformes", true, 1400.0));
        assert!(has("1\u{202F}400 plateformes", true, 1400.0));
        assert!(has("1.400 Plattformen", true, 1400.0));
        assert!(has("1,6 Mio. Dateien", true, 1_600_000.0));
        assert!(has("3,5 %", true, 3.5));
    }

    #[test]
    fn native_digits_and_cjk_scales() {
        assert!(has("٢٠٫٥ مليون", false, 20.5));
        assert!(has("2050万英镑", false, 20_500_000.0));
        assert!(has("１２３", false, 123.0));
    }

    #[test]
    fn phone_numbers_and_dates_keep_their_parts() {
        let v = values("020 7035 3535 on 31/01/2027", false);
        for n in [20.0, 7035.0, 3535.0, 31.0, 1.0, 2027.0] {
            assert!(contains(&v, n), "{n} in {v:?}");
        }
    }

    #[test]
    fn digits_inside_words_are_not_numbers() {
        assert!(values("CO2 and G7 or G77", false).is_empty());
    }
}
