import Foundation

extension String {
    /// Whether the UTF-8 bytes contain `byte`, scanned over the contiguous buffer (iterating
    /// the UTF-8 view byte by byte is several times slower).
    package func containsByte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { $0.offset(of: byte, from: 0) != nil }
    }

    /// Whether any UTF-8 byte satisfies `predicate`, over the contiguous buffer.
    package func containsByte(where predicate: (UInt8) -> Bool) -> Bool {
        var text = self
        return text.withUTF8 { $0.contains(where: predicate) }
    }

    /// Whether the two texts have the same UTF-8 bytes (no Unicode normalisation, unlike `==`),
    /// compared with `memcmp` over the contiguous buffers.
    package func hasSameBytes(as other: String) -> Bool {
        var text = self, other = other
        return text.withUTF8 { a in
            other.withUTF8 { b in
                a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
            }
        }
    }

    /// Whether the UTF-8 bytes contain `first` directly followed by `second`.
    package func containsBytes(_ first: UInt8, _ second: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { bytes in
            var from = 0
            while let i = bytes.offset(of: first, from: from), i + 1 < bytes.count {
                if bytes[i + 1] == second { return true }
                from = i + 1
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
        if !Self.isWhitespace(first) && !Self.isWhitespace(last) { return String(self) }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Unicode's White_Space, answered without the property tables for ASCII and Thai (the
    /// table lookup was 1 % of `sapha check`'s CPU).
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21..<0x7F, 0x0E00..<0x0E80: false
        case 0x09...0x0D, 0x20: true
        default: scalar.properties.isWhitespace
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The offset of the first `byte` at or after `start`, found by `memchr` (vectorised by the
    /// C library: a byte-by-byte loop was 2 % of `sapha check`'s CPU).
    package func offset(of byte: UInt8, from start: Int) -> Int? {
        guard let base = baseAddress, start >= 0, start < count,
              let found = memchr(base + start, Int32(byte), count - start) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
}
