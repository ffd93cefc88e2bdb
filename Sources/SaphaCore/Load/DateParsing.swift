import Foundation
import SaphaSupport

/// Reads dates, months and times as staff write them (`WrittenDate` takes the text apart) and
/// decides, form by form, so that no date is ever read as the wrong day:
///
/// - accepted: ISO `2023-01-31` and `2566-01-31` (a four-digit year of 2400 or more is a
///   Buddhist-era year), unpadded `2566-1-31`; day first with a Buddhist-era year, as the
///   BMA's systems print it (`31/01/2566`); a Thai month name or its abbreviation with either
///   era's year (`5 มกราคม 2567`, `5 ม.ค. 2024`, `วันที่ 5 ม.ค. พ.ศ. 2567`); a two-digit year
///   of 60 or more, which is พ.ศ. 25yy (`มิ.ย. 66`, `31/01/66`); Thai digits anywhere.
/// - refused with the exact ISO value to write: day first with a Christian-era year
///   (`03/04/2023` is 3 April or, from a spreadsheet set to US English, 4 March); a two-digit
///   year under 60 (`5 ม.ค. 24` is พ.ศ. 2524 or ค.ศ. 2024); an era marker that does not fit the
///   year (`พ.ศ. 2024`); a month where a day belongs and a day where a month belongs; a
///   misspelt month name.
///
/// Every value keeps the text as it was typed (`Day.written`), so messages echo it.
enum DateParsing {
    static let buddhistEraOffset = 543
    /// A four-digit year from 2400 (1857) on is a Buddhist-era year.
    static let firstBuddhistYear = 2400
    /// A two-digit year from 60 on is พ.ศ. 25yy (2017–2056); below it could as well be ค.ศ. 20yy.
    static let firstBuddhistTwoDigitYear = 60

    static func day(_ node: Node, key: String, context: FileContext) -> Day? {
        let text = node.scalar?.string.trimmed ?? ""
        let report = Reporter(node: node, key: key, text: text, context: context, wantsDay: true)
        guard let (year, month, day) = read(text, report), let day else { return nil }
        guard let value = Day(year: year, month: month, day: day) else {
            report(.noSuchDate)
            return nil
        }
        return value.withWritten(text)
    }

    static func month(_ node: Node, key: String, context: FileContext) -> Month? {
        let text = node.scalar?.string.trimmed ?? ""
        let report = Reporter(node: node, key: key, text: text, context: context, wantsDay: false)
        guard let (year, month, _) = read(text, report) else { return nil }
        guard let value = Month(year: year, month: month) else {
            report(.noSuchMonth)
            return nil
        }
        return value.withWritten(text)
    }

    /// `13:30`, also `13.30` and `13.30 น.` as staff often write it, and in Thai digits.
    static func time(_ node: Node, key: String, context: FileContext) -> TimeOfDay? {
        let written = node.scalar?.string.trimmed ?? ""
        var text = ThaiScript.foldingDigits(written)
        if text.hasSuffix("น.") { text = String(text.dropLast(2)).trimmed }
        let parts = text.split(whereSeparator: { $0 == ":" || $0 == "." })
        if parts.count == 2, parts[1].count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]),
           let value = TimeOfDay(hour: hour, minute: minute) {
            return value
        }
        // YAML 1.1 reads an unquoted 13:30 as the base-60 number 810; the composer keeps the text,
        // so this branch only catches real mistakes.
        context.report(YAMLMessage.timeFormat, at: node, ["key": key, "text": written])
        return nil
    }

    // MARK: Deciding

    /// The Gregorian year a written date is in, or why it cannot be told.
    enum Year: Equatable {
        case year(Int)
        /// A two-digit year under 60: พ.ศ. 25yy or ค.ศ. 20yy.
        case eitherEra(buddhist: Int, christian: Int)
        /// Day first with a Christian-era year: the month may be first.
        case eitherOrder(Int)
        /// `พ.ศ. 2024`, `ค.ศ. 2567`; the year is read by its value.
        case wrongEra(Int)
    }

    static func year(of date: WrittenDate) -> Year {
        if date.yearDigits == 2 {
            let buddhist = 2500 + date.year - buddhistEraOffset, christian = 2000 + date.year
            switch date.era {
            case .buddhist: return .year(buddhist)
            case .christian: return .year(christian)
            case nil:
                return date.year >= firstBuddhistTwoDigitYear ? .year(buddhist)
                    : .eitherEra(buddhist: buddhist, christian: christian)
            }
        }
        let isBuddhist = date.year >= firstBuddhistYear
        let year = isBuddhist ? date.year - buddhistEraOffset : date.year
        if date.era == .buddhist && !isBuddhist || date.era == .christian && isBuddhist { return .wrongEra(year) }
        if date.order == .dayFirst, date.day != nil, !isBuddhist { return .eitherOrder(year) }
        return .year(year)
    }

    /// The year, month and day (nil for a month) `text` names, after reporting every form
    /// that is refused. Whether that day exists is the caller's to check.
    private static func read(_ text: String, _ report: Reporter) -> (Int, Int, Int?)? {
        let date: WrittenDate
        switch WrittenDate.parse(text) {
        case .unreadable:
            report(report.wantsDay ? .dateFormat : .monthFormat)
            return nil
        case .unknownMonth(let word, let guess):
            if let guess, case .year(let year) = self.year(of: guess),
               let iso = report.iso(year, guess.month, guess.day) {
                report(.monthName, ["word": word, "name": ThaiMonths.names[guess.month - 1], "iso": iso],
                       fix: "suggestion")
            } else {
                report(.monthName, ["word": word])
            }
            return nil
        case .date(let parsed):
            date = parsed
        }
        let year = self.year(of: date)
        if report.wantsDay, date.day == nil {
            if case .year(let year) = year {
                if let month = Month(year: year, month: date.month) {
                    report(.needsDay, ["month": month.iso, "last": String(Day.daysIn(month: date.month, year: year))])
                } else {
                    report(.noSuchDate)
                }
            } else {
                report(.needsDay, fix: "form")
            }
            return nil
        }
        switch year {
        case .year(let year):
            if !report.wantsDay, date.day != nil {
                if let month = report.iso(year, date.month, nil) { report(.monthNotDate, ["month": month]) } else {
                    report(.noSuchMonth)
                }
                return nil
            }
            return (year, date.month, date.day)
        case .eitherEra(let buddhist, let christian):
            let yy = String(date.year).count == 1 ? "0\(date.year)" : String(date.year)
            switch (report.iso(buddhist, date.month, date.day), report.iso(christian, date.month, date.day)) {
            case (let b?, let c?): report(.twoDigitYear, ["yy": yy, "buddhist": b, "christian": c])
            case (let one?, nil), (nil, let one?): report(.twoDigitYear, ["yy": yy, "iso": one], fix: "one")
            case (nil, nil): report(report.wantsDay ? .noSuchDate : .noSuchMonth)
            }
            return nil
        case .eitherOrder(let year):
            let day = date.day!, month = date.month
            let dayFirst = report.iso(year, month, day)
            let monthFirst = day == month ? nil : report.iso(year, day, month)
            switch (dayFirst, monthFirst) {
            case (let iso?, let other?):
                report(.dayMonthOrder, ["iso": iso, "other": other],
                       terms: ["dayFirst": spelled(day, month, year), "monthFirst": spelled(month, day, year)],
                       fix: "either")
            case (let one?, nil), (nil, let one?): report(.dayMonthOrder, ["iso": one])
            case (nil, nil): report(report.wantsDay ? .noSuchDate : .noSuchMonth)
            }
            return nil
        case .wrongEra(let year):
            if let iso = report.iso(year, date.month, date.day) {
                let era: YAMLMessage = date.era == .buddhist ? .buddhistEra : .christianEra
                report(.wrongEra, ["year": String(date.year), "iso": iso], terms: ["era": era.message()])
            } else {
                report(report.wantsDay ? .noSuchDate : .noSuchMonth)
            }
            return nil
        }
    }

    /// `3 April 2023` / `3 เมษายน ค.ศ. 2023`.
    private static func spelled(_ day: Int, _ month: Int, _ year: Int) -> Bilingual {
        YAMLMessage.spelledDay.message(["day": String(day), "year": String(year)], terms: [
            "month": Bilingual(en: ThaiMonths.english[month - 1], th: ThaiMonths.names[month - 1])])
    }

    /// Reports one date field's problems at its value, with its key and the text as typed.
    private struct Reporter {
        let node: Node
        let key: String
        let text: String
        let context: FileContext
        /// A day (`date`), or a month (`period`).
        let wantsDay: Bool

        func callAsFunction(_ message: YAMLMessage, _ values: [String: String] = [:],
                            terms: [String: Bilingual] = [:], fix: String? = nil) {
            context.report(message, at: node, values.merging(["key": key, "text": text]) { own, _ in own },
                           terms: terms, fix: fix)
        }

        /// What to write in this field for that year, month and day: the ISO day, or the ISO
        /// month; nil when there is no such day or month.
        func iso(_ year: Int, _ month: Int, _ day: Int?) -> String? {
            guard wantsDay else { return Month(year: year, month: month)?.iso }
            return day.flatMap { Day(year: year, month: month, day: $0)?.iso }
        }
    }
}
