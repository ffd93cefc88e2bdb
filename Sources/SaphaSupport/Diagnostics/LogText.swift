/// Text from content made safe for a log line or a CI annotation: a newline becomes `\n`, a
/// carriage return `\r`, every other control or invisible formatting character (ESC, C1
/// controls, bidi overrides, zero-width characters, line and paragraph separators) becomes
/// `<U+001B>`. A file name or a value can then neither start a forged line (GitHub reads
/// `::error …` or `::add-mask::` at the start of any line as a command) nor move the
/// terminal's cursor or colour.
public enum LogText {
    public static func escape(_ text: String) -> String {
        // The common case: printable text, returned as is.
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case _ where needsEscape(scalar): out += "<\(codePoint(scalar))>"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `U+001B`: at least four hexadecimal digits.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    package static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\t" { return false }
        if scalar.value < 0x20 { return true }
        if scalar.value >= 0x7F && scalar.value < 0xA0 { return true }
        switch scalar.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator, .control: return true
        default: return false
        }
    }
}
