/// A place in a source file. Lines and columns are 1-based; columns count characters
/// (Unicode scalars), which is what editors show for Thai text.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

public enum Severity: String, Sendable, Hashable {
    case error
    case warning
}

/// One problem found in content or theme, told in English and Thai, with how to fix it.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public var severity: Severity
    public var location: SourceLocation
    public var message: Bilingual
    public var fix: Bilingual?

    public init(_ severity: Severity, at location: SourceLocation, _ message: Bilingual, fix: Bilingual? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.fix = fix
    }

    public static func error(at location: SourceLocation, _ message: Bilingual, fix: Bilingual? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, fix: fix)
    }

    public static func warning(at location: SourceLocation, _ message: Bilingual, fix: Bilingual? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message, fix: fix)
    }

    /// The text printed to the terminal: first line in the compiler convention
    /// `file:line:column: error: …` so editors and CI annotate it, then Thai, then the fix.
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message.en)\n  \(message.th)"
        if let fix {
            text += "\n  fix: \(fix.en)\n  วิธีแก้: \(fix.th)"
        }
        return text
    }
}

/// A sentence in English and in Thai.
/// (An `Error` too, so a check can return `Result<Value, Bilingual>` with the reason.)
public struct Bilingual: Error, Sendable, Hashable {
    public var en: String
    public var th: String
    public init(en: String, th: String) {
        self.en = en
        self.th = th
    }
}

/// Collects diagnostics from a stage. Stages keep going after an error so that one build
/// reports every problem, not the first one only.
public struct Diagnostics: Sendable {
    public private(set) var items: [Diagnostic] = []
    public init() {}

    public mutating func append(_ diagnostic: Diagnostic) { items.append(diagnostic) }
    public mutating func append(contentsOf other: Diagnostics) { items.append(contentsOf: other.items) }

    public var hasErrors: Bool { items.contains { $0.severity == .error } }

    /// Sorted by file, line and column so that output does not depend on thread timing.
    public var sorted: [Diagnostic] {
        items.sorted { a, b in
            if a.location != b.location { return a.location < b.location }
            return a.message.en < b.message.en
        }
    }
}

/// Thrown by `SiteBuilder` when content has errors; carries every diagnostic found.
public struct BuildFailed: Error, Sendable {
    public var diagnostics: [Diagnostic]
}
