/// Thai characters as staff type them where Sapha expects ASCII: Thai digits (๐–๙, U+0E50–U+0E59)
/// mean the same as 0–9 in a date, a time, a number or a meeting number, and a value with Thai
/// letters where a keyword belongs is likely a Thai label.
enum ThaiScript {
    /// `text` with every Thai digit replaced by its ASCII digit; unchanged when it has none.
    static func foldingDigits(_ text: String) -> String {
        // Thai characters are E0 B8/B9 … in UTF-8: most values have no 0xE0 byte at all.
        guard text.containsByte(0xE0), text.unicodeScalars.contains(where: isDigit) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(isDigit(scalar) ? Unicode.Scalar(scalar.value - 0x0E50 + 0x30)! : scalar)
        }
        return String(out)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { (0x0E50...0x0E59).contains(scalar.value) }

    /// A Thai letter, vowel or tone mark (U+0E01–U+0E4F): not a digit.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool { (0x0E01...0x0E4F).contains(scalar.value) }

    /// Whether `text` has a Thai letter.
    static func hasLetter(_ text: String) -> Bool {
        text.utf8.contains(0xE0) && text.unicodeScalars.contains(where: isLetter)
    }
}
