//! Dates as each language's readers write them.
//!
//! In: a locale code and a release's `date` (ISO 8601, `YYYY-MM-DD`, validated when the
//! source is read). Out: the long date of CLDR for that locale, through ICU4X's compiled data
//! — "4 Tachwedd 2026", "4 novembre 2026", "2026年11月4日" — in the calendar the locale uses.
//! Pages keep the ISO value for machines (`<time datetime>`); people read this one.

use icu_calendar::Date;
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_locale_core::Locale;

/// The long date of `iso` in `locale`; `None` when `iso` is not a date (the source reader
/// refuses such a value, so a page then shows nothing rather than a guess).
pub fn long(locale: &str, iso: &str) -> Option<String> {
    LongDates::of(locale).format(iso)
}

/// The long dates of one locale: its formatter, made once for the many dates of an index.
pub struct LongDates(Option<DateTimeFormatter<YMD>>);

impl LongDates {
    pub fn of(locale: &str) -> LongDates {
        // Every valid BCP 47 tag has CLDR data along ICU4X's own fallback (cy-GB → cy →
        // root); a code ICU cannot read at all is shown in the source's own English way.
        let locale: Locale = locale.parse().unwrap_or(icu_locale_core::locale!("en"));
        LongDates(DateTimeFormatter::try_new(locale.into(), YMD::long()).ok())
    }

    /// The long date of `iso`; `None` when `iso` is not a date.
    pub fn format(&self, iso: &str) -> Option<String> {
        let date = parse_iso(iso)?;
        Some(self.0.as_ref()?.format(&date).to_string())
    }
}

fn parse_iso(iso: &str) -> Option<Date<icu_calendar::Iso>> {
    let mut parts = iso.splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    Date::try_new_iso(year, month, day).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_example_language_reads_the_date_its_own_way() {
        let cases = [
            ("en-GB", "4 November 2026"),
            ("cy", "4 Tachwedd 2026"),
            ("fr", "4 novembre 2026"),
            ("de", "4. November 2026"),
            ("es", "4 de noviembre de 2026"),
            ("pl", "4 listopada 2026"),
            ("zh-CN", "2026年11月4日"),
        ];
        for (locale, expected) in cases {
            assert_eq!(long(locale, "2026-11-04").as_deref(), Some(expected), "{locale}");
        }
        let arabic = long("ar", "2026-11-04").unwrap();
        assert!(arabic.contains("نوفمبر"), "{arabic}");
    }

    #[test]
    fn a_region_or_script_falls_back_to_its_language() {
        assert_eq!(long("cy-GB", "2026-11-04").as_deref(), Some("4 Tachwedd 2026"));
        assert_eq!(long("fr-CA", "2026-11-04").as_deref(), Some("4 novembre 2026"));
    }

    #[test]
    fn what_is_not_a_date_gives_nothing() {
        for bad in ["2 December 2026", "2026-13-01", "2026-02-30", ""] {
            assert_eq!(long("en-GB", bad), None, "{bad}");
        }
    }
}
