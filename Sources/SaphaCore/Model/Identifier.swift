import SaphaSupport

/// Ids are file names and URL segments: lowercase ASCII letters, digits and hyphens.
/// Nothing else can ever reach a path, so an id can never leave `output/`. Staff are told the
/// rule in the words of `LoadMessage.idRule`.
public enum Identifier {
    public static func isValid(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard (1...64).contains(bytes.count), bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-"),
              bytes.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }) else {
            return false
        }
        return !isReserved(id)
    }

    /// Windows device names: a folder called `con` or `nul` cannot be created or copied there,
    /// so a site with one could not be moved to a Windows server or opened from a zip.
    static func isReserved(_ id: String) -> Bool {
        if ["con", "prn", "aux", "nul"].contains(id) { return true }
        if id.count == 4, id.hasPrefix("com") || id.hasPrefix("lpt"), let digit = id.last?.wholeNumberValue {
            return digit >= 1
        }
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

    /// The id a meeting number is written as when `text` is one (`1/2566` → `1-2566`, also
    /// `ครั้งที่ ๑/๒๕๖๖`): staff write the number, but an id is a file name and cannot hold `/`.
    public static func meetingID(number text: String) -> String? {
        var scalars = ThaiScript.foldingDigits(text).unicodeScalars.filter { !$0.properties.isWhitespace }
        let word = Array("ครั้งที่".unicodeScalars)
        if Array(scalars.prefix(word.count)) == word { scalars.removeFirst(word.count) }
        let parts = String(String.UnicodeScalarView(scalars)).split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...3).contains(parts[0].count), [2, 4].contains(parts[1].count),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        return "\(parts[0])-\(parts[1])"
    }

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
