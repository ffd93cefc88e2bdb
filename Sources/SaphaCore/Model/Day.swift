import SaphaSupport

/// A calendar day in the Gregorian calendar, as written in content files (ISO 8601).
/// A plain value: no time zone, no Foundation `Date`, so rendering is deterministic.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int
    /// The text staff wrote for this day (`31/01/2566`, `5 ม.ค. 2567`), so that a message
    /// echoes it as they typed it. Not part of the value: two days are equal when they are
    /// the same day, however written.
    public private(set) var written: String?

    /// Validates that the day exists (no 30 February).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day `ordinal` days after 1970-01-01 (Howard Hinnant's civil_from_days).
    public init(ordinal: Int) {
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// 0 = Sunday … 6 = Saturday.
    public var weekday: Int { ((ordinal % 7) + 11) % 7 }

    public var iso: String { isoText(year, month, day) }
    public var description: String { iso }
    public var monthValue: Month { Month(year: year, month: month)! }
    /// The day as staff wrote it, or its ISO form when it was not read from a file.
    public var asWritten: String { written ?? iso }

    /// The same day, remembered as written `text` (for messages).
    public func withWritten(_ text: String) -> Day {
        var copy = self
        copy.written = text
        return copy
    }

    public static func == (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) == (b.year, b.month, b.day) }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(year)
        hasher.combine(month)
        hasher.combine(day)
    }
    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
}

/// A calendar month (`YYYY-MM`), the period of a progress report.
public struct Month: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    /// The text staff wrote for this month (`มิ.ย. 66`), for messages; not part of the value.
    public private(set) var written: String?

    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    public var iso: String { isoText(year, month, nil) }
    public var description: String { iso }
    /// The month as staff wrote it, or its ISO form when it was not read from a file.
    public var asWritten: String { written ?? iso }

    /// The same month, remembered as written `text` (for messages).
    public func withWritten(_ text: String) -> Month {
        var copy = self
        copy.written = text
        return copy
    }

    public static func == (a: Month, b: Month) -> Bool { (a.year, a.month) == (b.year, b.month) }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(year)
        hasher.combine(month)
    }
    public static func < (a: Month, b: Month) -> Bool { (a.year, a.month) < (b.year, b.month) }
}

extension Month {
    /// The month after (nil after 9999-12) and the month before (nil before 0001-01).
    public var next: Month? { month == 12 ? Month(year: year + 1, month: 1) : Month(year: year, month: month + 1) }
    public var previous: Month? { month == 1 ? Month(year: year - 1, month: 12) : Month(year: year, month: month - 1) }
    public var firstDay: Day { Day(year: year, month: month, day: 1)! }
    public var lastDay: Day { Day(year: year, month: month, day: Day.daysIn(month: month, year: year))! }

    /// Every month from `self` to `last`, both included (none when `last` is earlier).
    public func through(_ last: Month) -> [Month] {
        var months: [Month] = []
        var month: Month? = self
        while let current = month, current <= last {
            months.append(current)
            month = current.next
        }
        return months
    }

    /// The last `Directive.monthsShown` months that ended before `day`, oldest first.
    public static func shown(before day: Day) -> [Month] {
        guard let last = day.monthValue.previous else { return [] }
        var first = last
        for _ in 1..<Directive.monthsShown { first = first.previous ?? first }
        return first.through(last)
    }
}

/// A time of day, `HH:MM`.
public struct TimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    public var description: String { "\(pad(hour, 2)):\(pad(minute, 2))" }
    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { (a.hour, a.minute) < (b.hour, b.minute) }
}

/// `yyyy-mm-dd`, or `yyyy-mm` without a day, zero-padded. Written as its ASCII bytes: every
/// table, calendar, feed and data file writes thousands of dates.
func isoText(_ year: Int, _ month: Int, _ day: Int?) -> String {
    guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day ?? 0) else {
        return "\(pad(year, 4))-\(pad(month, 2))" + (day.map { "-\(pad($0, 2))" } ?? "")
    }
    let digit = { (n: Int) in UInt8(ascii: "0") + UInt8(n) }
    return String(unsafeUninitializedCapacity: day == nil ? 7 : 10) { b in
        (b[0], b[1], b[2], b[3]) = (digit(year / 1000), digit(year / 100 % 10), digit(year / 10 % 10), digit(year % 10))
        (b[4], b[5], b[6]) = (UInt8(ascii: "-"), digit(month / 10), digit(month % 10))
        guard let day else { return 7 }
        (b[7], b[8], b[9]) = (UInt8(ascii: "-"), digit(day / 10), digit(day % 10))
        return 10
    }
}

@inline(__always)
func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
