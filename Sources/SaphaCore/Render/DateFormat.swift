import SaphaSupport
import SaphaTemplates

/// Dates as people read them: Buddhist era on Thai pages (6 ธันวาคม 2565, optionally with
/// Thai digits ๖ ธันวาคม ๒๕๖๕), Gregorian on English pages (6 December 2022).
/// Month names come from the theme's i18n tables; no Foundation formatter is involved,
/// so output never depends on the machine's locale data.
public struct DateFormat: Sendable {
    public var thaiDigits: Bool
    var monthNames: [Language: [String]]

    public init(thaiDigits: Bool, monthNames: [Language: [String]]) {
        self.thaiDigits = thaiDigits
        self.monthNames = monthNames
    }

    public func year(_ year: Int, _ language: Language) -> String {
        language == .th ? digits(year + 543, language) : String(year)
    }

    public func day(_ day: Day, _ language: Language) -> String {
        "\(digits(day.day, language)) \(monthNames[language]![day.month - 1]) \(year(day.year, language))"
    }

    public func month(_ month: Month, _ language: Language) -> String {
        "\(monthNames[language]![month.month - 1]) \(year(month.year, language))"
    }

    public func time(_ time: TimeOfDay, _ language: Language) -> String {
        language == .th ? digits(time.description, language) + " น." : time.description
    }

    public func digits(_ number: Int, _ language: Language) -> String { digits(String(number), language) }

    /// Replaces 0–9 with ๐–๙ on Thai pages when the site asks for Thai digits.
    public func digits(_ text: String, _ language: Language) -> String {
        guard thaiDigits, language == .th else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            (0x30...0x39).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0x30 + 0x0E50)! : scalar
        }))
    }
}
