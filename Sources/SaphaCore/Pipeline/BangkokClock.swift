import Foundation
import SaphaSupport

extension Day {
    /// Today in Bangkok (UTC+7 all year: Thailand has no daylight saving time). Only the
    /// checks and `sapha new` read the clock; rendering never does.
    public static func todayInBangkok(now: Date = Date()) -> Day {
        let seconds = Int(now.timeIntervalSince1970.rounded(.down)) + 7 * 3600
        return Day(ordinal: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }

    /// The day a run checks dates against: `asOf` (`--as-of`, written YYYY-MM-DD), else
    /// `SOURCE_DATE_EPOCH` in `environment` (seconds since 1970 UTC: the reproducible-builds
    /// convention, which a CI sets from the last commit), taken in Bangkok; else today in
    /// Bangkok. The reason a value cannot be read, otherwise.
    public static func reference(asOf: String?, environment: [String: String],
                                 now: Date = Date()) -> Result<Day, Diagnostic> {
        if let asOf {
            let parts = asOf.split(separator: "-", omittingEmptySubsequences: false)
            let digits = parts.map { $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }
            // A Buddhist-era year (2566) would be read six centuries late: refused, like any other slip.
            guard parts.count == 3, parts.map(\.utf8.count) == [4, 2, 2], !digits.contains(false),
                  Int(parts[0])! < 2400,
                  let day = Day(year: Int(parts[0])!, month: Int(parts[1])!, day: Int(parts[2])!) else {
                return .failure(CommandMessage.asOfInvalid.at(SourceLocation(file: "--as-of"), ["value": asOf]))
            }
            return .success(day)
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard epoch.utf8.allSatisfy({ (0x30...0x39).contains($0) }), epoch.utf8.count <= 12,
                  let seconds = Int(epoch) else {
                return .failure(CommandMessage.sourceDateEpochInvalid.at(SourceLocation(file: "SOURCE_DATE_EPOCH"),
                                                                         ["value": epoch]))
            }
            return .success(todayInBangkok(now: Date(timeIntervalSince1970: TimeInterval(seconds))))
        }
        return .success(todayInBangkok(now: now))
    }
}
