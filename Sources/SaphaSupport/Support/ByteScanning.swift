import Foundation

extension String {
    /// Whether the UTF-8 bytes contain `byte`, scanned over the contiguous buffer (iterating
    /// the UTF-8 view byte by byte is several times slower).
    package func containsByte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { $0.contains(byte) }
    }

    /// Whether any UTF-8 byte satisfies `predicate`, over the contiguous buffer.
    package func containsByte(where predicate: (UInt8) -> Bool) -> Bool {
        var text = self
        return text.withUTF8 { $0.contains(where: predicate) }
    }

    /// Whether the UTF-8 bytes contain `first` directly followed by `second`.
    package func containsBytes(_ first: UInt8, _ second: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { bytes in
            var i = 0
            while i + 1 < bytes.count {
                if bytes[i] == first, bytes[i + 1] == second { return true }
                i += 1
            }
            return false
        }
    }
}

extension StringProtocol {
    /// Without leading and trailing white space. Values read from YAML rarely have any, so the
    /// common case returns at once instead of going through Foundation's character sets.
    package var trimmed: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return "" }
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return String(self) }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
