import Foundation

/// A fast, stable 64-bit hash of bytes (FNV-1a over 8-byte words). Not cryptographic; used
/// with the size to tell whether a file's bytes changed between two builds.
package struct ContentHash {
    package private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    package init() {}

    package mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { add($0) }
    }

    /// One byte: the same as `add([byte])`, without an array.
    package mutating func add(byte: UInt8) {
        let prime: UInt64 = 0x0000_0100_0000_01B3
        value = (value ^ UInt64(byte)) &* prime
        value = (value ^ 1) &* prime
    }

    /// Eight bytes at once (a number, or a hash made elsewhere).
    package mutating func add(word: UInt64) {
        value = (value ^ word) &* 0x0000_0100_0000_01B3
        value ^= value >> 29
    }

    /// The UTF-8 bytes of `text`, without copying them into an array.
    package mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    package mutating func add(_ buffer: UnsafeRawBufferPointer) {
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var i = 0
        while i + 8 <= buffer.count {
            value = (value ^ buffer.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* prime
            value ^= value >> 29
            i += 8
        }
        while i < buffer.count {
            value = (value ^ UInt64(buffer[i])) &* prime
            i += 1
        }
        value = (value ^ UInt64(buffer.count)) &* prime
    }

    package static func of(_ data: Data) -> UInt64 {
        var hash = ContentHash()
        data.withUnsafeBytes { hash.add($0) }
        return hash.value
    }
}
