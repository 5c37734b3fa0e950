//! Calendar arithmetic over proleptic Gregorian dates: day numbers, weekdays, month
//! lengths and the resolution of dates that lack a year or are relative to a reference day.

/// A calendar date; `y == 0` means the year is unknown (`--MM-DD`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ymd {
    pub y: i32,
    pub m: u32,
    pub d: u32,
}

impl Ymd {
    pub fn new(y: i32, m: u32, d: u32) -> Ymd {
        Ymd { y, m, d }
    }

    /// Whether the day exists (a leap day needs a leap year, or an unknown year).
    pub fn is_valid(&self) -> bool {
        (1..=12).contains(&self.m) && self.d >= 1 && self.d <= days_in_month(self.y, self.m)
    }

    /// The facts/1 spelling: `2020-11-09`, or `--11-09` without a year.
    pub fn iso(&self) -> String {
        if self.y == 0 {
            format!("--{:02}-{:02}", self.m, self.d)
        } else {
            format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
        }
    }

    /// Days since 1970-01-01 (the year must be known).
    pub fn day_number(&self) -> i64 {
        days_from_civil(self.y, self.m, self.d)
    }

    pub fn from_day_number(n: i64) -> Ymd {
        civil_from_days(n)
    }

    /// The date `n` days later (or earlier when negative); unknown years stay unknown.
    pub fn plus_days(&self, n: i64) -> Ymd {
        if self.y == 0 {
            // Without a year, count in a leap year so that 29 February survives.
            let mut x = civil_from_days(days_from_civil(2000, self.m, self.d) + n);
            x.y = 0;
            x
        } else {
            civil_from_days(self.day_number() + n)
        }
    }

    /// 0 = Monday .. 6 = Sunday; `None` when the year is unknown.
    pub fn weekday(&self) -> Option<u32> {
        (self.y != 0).then(|| (self.day_number() + 3).rem_euclid(7) as u32)
    }
}

pub fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// The length of a month; February has 29 days when the year is unknown.
pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if y == 0 || is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Howard Hinnant's days-from-civil algorithm.
fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> Ymd {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    Ymd::new(y, m, d)
}

/// Gives a date without a year the year that puts it nearest to `reference`, so that a
/// release of 3 January speaking of "28 December" means the December just gone.
pub fn nearest_year(date: Ymd, reference: Ymd) -> Ymd {
    if date.y != 0 || reference.y == 0 {
        return date;
    }
    let mut best = Ymd::new(reference.y, date.m, date.d);
    let mut best_gap = i64::MAX;
    for y in [reference.y - 1, reference.y, reference.y + 1] {
        let c = Ymd::new(y, date.m, date.d);
        if !c.is_valid() {
            continue;
        }
        let gap = (c.day_number() - reference.day_number()).abs();
        if gap < best_gap {
            best = c;
            best_gap = gap;
        }
    }
    best
}

/// The latest day on or before `reference` that falls on `weekday` (0 = Monday), or the
/// first on or after it when `forward`.
pub fn weekday_near(reference: Ymd, weekday: u32, forward: bool) -> Option<Ymd> {
    let today = reference.weekday()?;
    let n = if forward {
        (i64::from(weekday) - i64::from(today)).rem_euclid(7)
    } else {
        -(i64::from(today) - i64::from(weekday)).rem_euclid(7)
    };
    Some(reference.plus_days(n))
}
