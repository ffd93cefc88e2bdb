import Foundation

extension Day {
    /// Today in Bangkok (UTC+7 all year: Thailand has no daylight saving time). Only the
    /// checks and `sapha new` read the clock; rendering never does.
    public static func todayInBangkok(now: Date = Date()) -> Day {
        let seconds = Int(now.timeIntervalSince1970.rounded(.down)) + 7 * 3600
        return Day(ordinal: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }
}
