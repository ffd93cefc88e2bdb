import Foundation
import SaphaSupport

/// A content file read into memory: text with line endings normalised to `\n` and any
/// byte-order mark removed, plus the path shown in diagnostics.
public struct SourceFile: Sendable {
    public var path: String
    public var text: String

    /// The largest content file Sapha reads (8 MiB).
    public static let maximumSize = 8 * 1_048_576

    public init(path: String, text: String) {
        self.path = path
        self.text = SourceFile.normalise(text)
    }

    /// Reads and decodes a file as UTF-8. Invalid UTF-8 is reported at the line it occurs on
    /// instead of being silently replaced.
    public static func read(url: URL, displayPath: String) -> Result<SourceFile, Diagnostic> {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return .failure(LoadMessage.unreadableFile.at(SourceLocation(file: displayPath)))
        }
        return decode(data, displayPath: displayPath)
    }

    /// Reads a file with plain POSIX calls (no URL, no Foundation file handle: the loader
    /// reads thousands of small files), refusing one over the size limit before reading it.
    public static func read(path: String, displayPath: String) -> Result<SourceFile, Diagnostic> {
        func cannotRead() -> Diagnostic { LoadMessage.unreadableFile.at(SourceLocation(file: displayPath)) }
        // Non-blocking open: a FIFO put where a file is expected must not hang the build.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW)
        guard fd >= 0 else { return .failure(cannotRead()) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return .failure(cannotRead()) }
        if Int(info.st_size) > maximumSize { return .failure(tooLarge(Int(info.st_size), displayPath)) }
        var data = Data(count: Int(info.st_size))
        var count = 0
        // Up to the size fstat gave, then on until the end in case the file grew meanwhile.
        var spare = [UInt8](repeating: 0, count: 4096)
        while true {
            let read = count < data.count
                ? data.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + count, $0.count - count) }
                : spare.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if read < 0 {
                if errno == EINTR { continue }
                return .failure(cannotRead())
            }
            if read == 0 { break }
            if count >= data.count { data.append(contentsOf: spare[..<read]) }
            count += read
        }
        if count < data.count { data.count = count }  // it shrank
        guard data.count <= maximumSize else { return .failure(tooLarge(data.count, displayPath)) }
        return decode(data, displayPath: displayPath)
    }

    static func tooLarge(_ size: Int, _ displayPath: String) -> Diagnostic {
        LoadMessage.fileTooLarge.at(SourceLocation(file: displayPath),
                                    ["size": String(size / 1_048_576), "limit": String(maximumSize / 1_048_576)])
    }

    /// The bytes of a file as text, or the located reason they cannot be.
    public static func decode(_ data: Data, displayPath: String) -> Result<SourceFile, Diagnostic> {
        // A bound on time and memory: real minutes are tens of kilobytes; a file of many
        // megabytes is a mistake (a pasted scan, a wrong file) or an attack.
        if data.count > maximumSize { return .failure(tooLarge(data.count, displayPath)) }
        // The standard library's validation, over the bytes: Foundation's `String(data:encoding:)`
        // copies them first (4 % of `sapha check`'s CPU on the 50-district sample).
        let decoded = data.withUnsafeBytes { String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) }
        if let text = decoded {
            if let control = firstControlCharacter(text) {
                return .failure(LoadMessage.controlCharacter.at(
                    SourceLocation(file: displayPath, line: control.line, column: control.column),
                    ["name": control.name]))
            }
            return .success(SourceFile(path: displayPath, text: text))
        }
        let (line, column) = firstInvalidUTF8(data)
        return .failure(LoadMessage.notUTF8.at(SourceLocation(file: displayPath, line: line, column: column)))
    }

    /// C0 controls other than tab, line feed and carriage return, and DEL: invalid in HTML
    /// and XML, invisible in an editor.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0x7F
    }

    /// Whether the bytes hold a control character (see `isControl`), checked over the raw
    /// buffer: iterating a String's UTF-8 view byte by byte is several times slower.
    static func hasControlByte(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(hasControlByte)
    }

    /// Eight bytes at a time: a word with no byte under 0x20 and no DEL (almost every word of a
    /// file) is passed over whole; only the others (one with a line feed) are looked at byte by byte.
    static func hasControlByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func isControl(_ byte: UInt8) -> Bool {
            byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D || byte == 0x7F
        }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let raw = UnsafeRawBufferPointer(bytes)
        var i = 0
        while i + 8 <= raw.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // A byte under 0x20 (with its high bit clear), or a byte equal to 0x7F, sets its high bit.
            let under = (word &- ones &* 0x20) & ~word & highs
            let del = word ^ (ones &* 0x7F)
            if under | ((del &- ones) & ~del & highs) != 0, bytes[i..<i + 8].contains(where: isControl) { return true }
            i += 8
        }
        return bytes[i...].contains(where: isControl)
    }

    static func firstControlCharacter(_ text: String) -> (line: Int, column: Int, name: String)? {
        guard hasControlByte(text) else { return nil }
        var line = 1, column = 0
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" { if !previousCR { line += 1 }; column = 0; previousCR = false; continue }
            if scalar == "\r" { line += 1; column = 0; previousCR = true; continue }
            previousCR = false
            column += 1
            if isControl(scalar) { return (line, column, controlName(scalar)) }
        }
        return nil
    }

    static func controlName(_ scalar: Unicode.Scalar) -> String { LogText.codePoint(scalar) }

    static func normalise(_ text: String) -> String {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // On the bytes: Foundation's `contains(_:)` on String goes through a locale-aware
        // search (~1 % of a build's CPU).
        if text.containsByte(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return text
    }

    static func firstInvalidUTF8(_ data: Data) -> (line: Int, column: Int) {
        var line = 1, column = 1
        var iterator = data.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput: break loop
            case .error: break loop
            }
        }
        return (line, column)
    }
}
