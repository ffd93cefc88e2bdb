import Foundation
import Yams

/// Reads dates, months and times written by staff. ISO forms only, so that `03/04/2566`
/// can never be read as the wrong day; a year of 2400 or more is a Buddhist-era year.
enum DateParsing {
    static let buddhistEraOffset = 543

    static func day(_ node: Node, key: String, context: FileContext) -> Day? {
        let text = node.scalar?.string.trimmed ?? ""
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              var year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
            context.error(node, en: "'\(key)' must be a date written YYYY-MM-DD, not '\(text)'",
                          th: "'\(key)' ต้องเป็นวันที่แบบ ปปปป-ดด-วว ไม่ใช่ '\(text)'",
                          fixEN: "e.g. \(key): 2023-02-20 (or with a Buddhist-era year: 2566-02-20)",
                          fixTH: "เช่น \(key): 2023-02-20 (หรือปี พ.ศ.: 2566-02-20)")
            return nil
        }
        if year >= 2400 { year -= buddhistEraOffset }
        guard let value = Day(year: year, month: month, day: day) else {
            context.error(node, en: "'\(key)' is \(text), a date that does not exist",
                          th: "'\(key)' คือ \(text) ซึ่งเป็นวันที่ที่ไม่มีอยู่จริง",
                          fixEN: "check the day and the month", fixTH: "ตรวจสอบวันและเดือนอีกครั้ง")
            return nil
        }
        return value
    }

    static func month(_ node: Node, key: String, context: FileContext) -> Month? {
        let text = node.scalar?.string.trimmed ?? ""
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              var year = Int(parts[0]), let month = Int(parts[1]) else {
            context.error(node, en: "'\(key)' must be a month written YYYY-MM, not '\(text)'",
                          th: "'\(key)' ต้องเป็นเดือนแบบ ปปปป-ดด ไม่ใช่ '\(text)'",
                          fixEN: "e.g. \(key): 2023-01", fixTH: "เช่น \(key): 2023-01 หรือ 2566-01")
            return nil
        }
        if year >= 2400 { year -= buddhistEraOffset }
        guard let value = Month(year: year, month: month) else {
            context.error(node, en: "'\(key)' is \(text), a month that does not exist",
                          th: "'\(key)' คือ \(text) ซึ่งเป็นเดือนที่ไม่มีอยู่จริง",
                          fixEN: "the month must be 01 to 12", fixTH: "เดือนต้องอยู่ระหว่าง 01 ถึง 12")
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
        context.error(node, en: "'\(key)' must be a time written HH:MM, not '\(text)'",
                      th: "'\(key)' ต้องเป็นเวลาแบบ ชช:นน ไม่ใช่ '\(text)'",
                      fixEN: "e.g. \(key): \"13:30\"", fixTH: "เช่น \(key): \"13:30\"")
        return nil
    }
}

/// Ids are file names and URL segments: lowercase ASCII letters, digits and hyphens.
/// Nothing else can ever reach a path, so an id can never leave `output/`.
public enum Identifier {
    public static func isValid(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard (1...64).contains(bytes.count), bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-") else { return false }
        guard bytes.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }) else { return false }
        return !isReserved(id)
    }

    /// Windows device names: a folder called `con` or `nul` cannot be created or copied there,
    /// so a site with one could not be moved to a Windows server or opened from a zip.
    static func isReserved(_ id: String) -> Bool {
        if ["con", "prn", "aux", "nul"].contains(id) { return true }
        if id.count == 4, id.hasPrefix("com") || id.hasPrefix("lpt"), let digit = id.last?.wholeNumberValue { return digit >= 1 }
        return false
    }

    /// An id as shown in a message: characters that are invisible or reorder text (controls,
    /// right-to-left overrides, zero-width joiners) are written as `<U+202E>`, so a message
    /// never hides or flips what is wrong.
    static func visible(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format {
                out += "<\(SourceFile.controlName(scalar))>"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static let ruleEN = "ids use only lowercase a–z, 0–9 and '-', up to 64 characters, and are not a Windows device name (con, nul, com1…), e.g. 1-2566 or damaged-road"
    static let ruleTH = "รหัสใช้ได้เฉพาะ a–z ตัวเล็ก 0–9 และ '-' ไม่เกิน 64 ตัวอักษร และต้องไม่ใช่ชื่ออุปกรณ์ของ Windows (con, nul, com1…) เช่น 1-2566 หรือ damaged-road"

    /// A suggestion for a bad id: lowercase, spaces and slashes to hyphens.
    static func suggestion(for id: String) -> String {
        let mapped = id.lowercased().unicodeScalars.map { scalar -> Character in
            let c = Character(scalar)
            if ("a"..."z").contains(c) || ("0"..."9").contains(c) { return c }
            return "-"
        }
        return String(mapped).split(separator: "-").joined(separator: "-")
    }
}

/// Which links may reach a page.
public enum URLPolicy {
    static let schemes = ["https://", "http://", "mailto:", "tel:"]
    public static func isAllowed(_ url: String) -> Bool {
        let lower = url.lowercased()
        guard schemes.contains(where: { lower.hasPrefix($0) }) else { return false }
        // No whitespace, quotes or angle brackets: they could break out of an attribute.
        return !url.unicodeScalars.contains { $0.properties.isWhitespace || "\"'<>`".unicodeScalars.contains($0) || $0.value < 0x20 }
    }
}
