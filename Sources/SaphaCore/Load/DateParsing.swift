import Foundation
import Yams
import SaphaSupport

/// Reads dates, months and times written by staff. ISO forms only, so that `03/04/2566`
/// can never be read as the wrong day; a year of 2400 or more is a Buddhist-era year.
enum DateParsing {
    static let buddhistEraOffset = 543

    static func day(_ node: Node, key: String, context: FileContext) -> Day? {
        let text = node.scalar?.string.trimmed ?? ""
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              var year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
            context.report(YAMLMessage.dateFormat, at: node, ["key": key, "text": text])
            return nil
        }
        if year >= 2400 { year -= buddhistEraOffset }
        guard let value = Day(year: year, month: month, day: day) else {
            context.report(YAMLMessage.noSuchDate, at: node, ["key": key, "text": text])
            return nil
        }
        return value
    }

    static func month(_ node: Node, key: String, context: FileContext) -> Month? {
        let text = node.scalar?.string.trimmed ?? ""
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              var year = Int(parts[0]), let month = Int(parts[1]) else {
            context.report(YAMLMessage.monthFormat, at: node, ["key": key, "text": text])
            return nil
        }
        if year >= 2400 { year -= buddhistEraOffset }
        guard let value = Month(year: year, month: month) else {
            context.report(YAMLMessage.noSuchMonth, at: node, ["key": key, "text": text])
            return nil
        }
        return value
    }

    /// `13:30`, also `13.30` and `13.30 น.` as staff often write it.
    static func time(_ node: Node, key: String, context: FileContext) -> TimeOfDay? {
        var text = node.scalar?.string.trimmed ?? ""
        if text.hasSuffix("น.") { text = String(text.dropLast(2)).trimmed }
        let parts = text.split(whereSeparator: { $0 == ":" || $0 == "." })
        if parts.count == 2, parts[1].count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]),
           let value = TimeOfDay(hour: hour, minute: minute) {
            return value
        }
        // YAML 1.1 reads an unquoted 13:30 as the base-60 number 810; Yams keeps the text,
        // so this branch only catches real mistakes.
        context.report(YAMLMessage.timeFormat, at: node, ["key": key, "text": text])
        return nil
    }
}
