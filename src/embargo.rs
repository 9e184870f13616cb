//! Embargoes: when a release may go out, and the clock a build judges it by.
//!
//! In: a release's `embargo` (ISO 8601 date-time with an offset, as front matter writes it:
//! `2026-12-04T09:30:00+00:00`), and the moment a build runs — `--at`, else
//! `SOURCE_DATE_EPOCH` (so that builds stay reproducible), else the system clock. Out:
//! whether the release is published now, held, or built for preview; and the embargo time
//! as a page's readers write it ("4 Rhagfyr 2026 am 09:30 (UTC)"), in the author's offset.

use jiff::Timestamp;
use jiff::tz::{Offset, TimeZone};

/// An embargo: the moment a release may be published, and the offset it was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Embargo {
    pub until: Timestamp,
    pub offset: Offset,
}

impl Embargo {
    /// Reads an ISO 8601 date-time with an offset (`Z` or `±hh:mm`); what is wrong otherwise.
    pub fn parse(text: &str) -> Result<Embargo, String> {
        let text = text.trim();
        let pieces = jiff::fmt::temporal::Pieces::parse(text)
            .map_err(|e| format!("`{text}` is not an ISO 8601 date-time ({e})"))?;
        let offset = match pieces.offset() {
            Some(jiff::fmt::temporal::PiecesOffset::Numeric(n)) => n.offset(),
            Some(jiff::fmt::temporal::PiecesOffset::Zulu) => Offset::UTC,
            _ => {
                return Err(format!(
                    "`{text}` has no offset: an embargo is a moment, so say in which time it is"
                ));
            }
        };
        if pieces.time().is_none() {
            return Err(format!("`{text}` has no time of day"));
        }
        let until: Timestamp = text
            .parse()
            .map_err(|e| format!("`{text}` is not an ISO 8601 date-time with an offset ({e})"))?;
        Ok(Embargo { until, offset })
    }

    /// Whether the embargo still holds at `now`.
    pub fn holds_at(&self, now: Timestamp) -> bool {
        now < self.until
    }

    /// The embargo as ISO 8601 in its own offset (what the manifest records).
    pub fn iso(&self) -> String {
        let zoned = self.until.to_zoned(TimeZone::fixed(self.offset));
        zoned.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
    }

    /// The embargo as `locale`'s readers write a date and time, in the embargo's own offset,
    /// with the offset said after it: "4 December 2026 at 09:30 (UTC)".
    pub fn long(&self, locale: &str) -> String {
        use icu_datetime::fieldsets::YMDT;
        use icu_datetime::input::{Date, DateTime, Time};
        use icu_datetime::options::TimePrecision;
        let civil = self.until.to_zoned(TimeZone::fixed(self.offset)).datetime();
        let offset = match self.offset.seconds() {
            0 => "UTC".to_string(),
            seconds => {
                let sign = if seconds < 0 { '-' } else { '+' };
                let minutes = seconds.unsigned_abs() / 60;
                format!("UTC{sign}{:02}:{:02}", minutes / 60, minutes % 60)
            }
        };
        let date = Date::try_new_iso(civil.year().into(), civil.month() as u8, civil.day() as u8);
        let time = Time::try_new(civil.hour() as u8, civil.minute() as u8, 0, 0);
        let locale: icu_locale_core::Locale = locale.parse().unwrap_or(icu_locale_core::locale!("en"));
        let formatter = icu_datetime::DateTimeFormatter::try_new(
            locale.into(),
            YMDT::long().with_time_precision(TimePrecision::Minute),
        );
        match (date, time, formatter) {
            (Ok(date), Ok(time), Ok(formatter)) => {
                format!("{} ({offset})", formatter.format(&DateTime { date, time }))
            }
            _ => format!("{} ({offset})", self.iso()),
        }
    }
}

/// The moment a build judges embargoes by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock(pub Timestamp);

impl Clock {
    /// `--at` when given (ISO 8601 with an offset), else `SOURCE_DATE_EPOCH` (seconds since
    /// 1970, as reproducible builds set it), else now.
    pub fn of(at: Option<&str>) -> Result<Clock, String> {
        if let Some(at) = at {
            return Embargo::parse(at)
                .map(|e| Clock(e.until))
                .map_err(|why| format!("--at: {why}"));
        }
        match std::env::var("SOURCE_DATE_EPOCH") {
            Ok(epoch) if !epoch.trim().is_empty() => epoch
                .trim()
                .parse::<i64>()
                .ok()
                .and_then(|s| Timestamp::from_second(s).ok())
                .map(Clock)
                .ok_or_else(|| format!("SOURCE_DATE_EPOCH: `{epoch}` is not a number of seconds since 1970")),
            _ => Ok(Clock(Timestamp::now())),
        }
    }
}

/// What a build does with a release, by its embargo.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Publication {
    /// No embargo, or it has lifted.
    Published,
    /// Under embargo: nothing of it is written.
    Held,
    /// Under embargo, built for preview (`build --preview`) into the preview area, each page
    /// saying it is embargoed.
    Previewed,
}

impl Publication {
    /// What a build at `clock` does with a release under `embargo`.
    pub fn of(embargo: Option<&Embargo>, clock: Clock, preview: bool) -> Publication {
        match embargo {
            Some(e) if e.holds_at(clock.0) && preview => Publication::Previewed,
            Some(e) if e.holds_at(clock.0) => Publication::Held,
            _ => Publication::Published,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_embargo_is_a_moment_with_its_offset() {
        let e = Embargo::parse("2026-12-04T09:30:00+01:00").unwrap();
        assert_eq!(e.until, "2026-12-04T08:30:00Z".parse::<Timestamp>().unwrap());
        assert_eq!(e.iso(), "2026-12-04T09:30:00+01:00");
        assert_eq!(
            Embargo::parse("2026-12-04T09:30Z").unwrap().iso(),
            "2026-12-04T09:30:00+00:00"
        );
    }

    #[test]
    fn an_embargo_without_offset_or_time_or_sense_is_refused_with_why() {
        for (text, why) in [
            ("2026-12-04T09:30:00", "has no offset"),
            ("2026-12-04", "no offset"),
            ("4 December 2026 09:30", "is not an ISO 8601 date-time"),
            ("2026-13-04T09:30:00Z", "is not an ISO 8601 date-time"),
        ] {
            let err = Embargo::parse(text).unwrap_err();
            assert!(err.contains(why), "{text}: {err}");
        }
    }

    #[test]
    fn the_embargo_reads_in_the_page_s_language() {
        let e = Embargo::parse("2026-12-04T09:30:00+00:00").unwrap();
        assert!(
            e.long("en-GB").starts_with("4 December 2026"),
            "{}",
            e.long("en-GB")
        );
        assert!(e.long("en-GB").contains("09:30") && e.long("en-GB").ends_with("(UTC)"));
        assert!(e.long("cy").contains("Rhagfyr"), "{}", e.long("cy"));
        assert!(
            e.long("zh-CN").starts_with("2026年12月4日"),
            "{}",
            e.long("zh-CN")
        );
        let paris = Embargo::parse("2026-12-04T10:30:00+01:00").unwrap();
        assert!(
            paris.long("fr").contains("10:30") && paris.long("fr").ends_with("(UTC+01:00)"),
            "{}",
            paris.long("fr")
        );
    }

    #[test]
    fn a_release_is_held_before_its_embargo_and_published_from_it() {
        let e = Embargo::parse("2026-12-04T09:30:00Z").unwrap();
        let at = |t: &str| Clock(t.parse().unwrap());
        assert_eq!(
            Publication::of(Some(&e), at("2026-12-04T09:29:59Z"), false),
            Publication::Held
        );
        assert_eq!(
            Publication::of(Some(&e), at("2026-12-04T09:29:59Z"), true),
            Publication::Previewed
        );
        assert_eq!(
            Publication::of(Some(&e), at("2026-12-04T09:30:00Z"), false),
            Publication::Published
        );
        assert_eq!(
            Publication::of(None, at("2000-01-01T00:00:00Z"), false),
            Publication::Published
        );
    }

    #[test]
    fn the_clock_is_fixed_by_at() {
        let clock = Clock::of(Some("2026-12-04T09:30:00+00:00")).unwrap();
        assert_eq!(clock.0, "2026-12-04T09:30:00Z".parse::<Timestamp>().unwrap());
        assert!(Clock::of(Some("tomorrow")).unwrap_err().starts_with("--at: "));
    }
}
