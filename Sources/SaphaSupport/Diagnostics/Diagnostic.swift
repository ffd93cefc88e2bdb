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

/// How serious a diagnostic is. An error stops a build; a warning does not, except with
/// `sapha check --strict`; a notice is information that never fails anything — a consequence
/// of another problem, or how the district stands against the BMA order (facts that change
/// with the calendar, not mistakes in a file).
public enum Severity: String, Sendable, Hashable, Comparable {
    case error
    case warning
    case notice

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .notice: 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// One problem found in content or theme, told in English and Thai, with how to fix it.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public var severity: Severity
    /// The message's stable code in the catalogue (`docs/messages.md`), e.g. `E-REF-UNKNOWN`.
    public var code: String
    public var location: SourceLocation
    public var message: Bilingual
    public var fix: Bilingual?

    /// Made by the catalogue (`MessageCatalogue.at`), which gives every diagnostic its code.
    public init(_ severity: Severity, code: String, at location: SourceLocation, _ message: Bilingual,
                fix: Bilingual? = nil) {
        self.severity = severity
        self.code = code
        self.location = location
        self.message = message
        self.fix = fix
    }

    /// The text printed to the terminal: first line in the compiler convention
    /// `file:line:column: error: …` so editors and CI annotate it, then Thai, then the fix.
    /// Every part that can come from content (file names, echoed values) is made safe for a
    /// log (`LogText`): no newline can start a forged line (a GitHub `::error` command), no
    /// escape sequence reaches the terminal.
    public var description: String {
        let file = LogText.escape(location.file)
        var text = "\(file):\(location.line):\(location.column): \(severity.rawValue): \(LogText.escape(message.en))"
        text += "\n  \(LogText.escape(message.th))"
        if let fix {
            text += "\n  fix: \(LogText.escape(fix.en))\n  วิธีแก้: \(LogText.escape(fix.th))"
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
/// reports every problem, not the first one only — but at most `maximumPerFile` per file: a
/// file of a million malformed references gives that many messages and one line counting
/// the rest, not a hundred megabytes of log.
public struct Diagnostics: Sendable {
    public static let maximumPerFile = 50

    public private(set) var items: [Diagnostic] = []
    private var perFile: [String: Int] = [:]
    /// Per file: how many were left out, where the first of them was, whether any was an error.
    private var leftOut: [String: (count: Int, first: SourceLocation, error: Bool)] = [:]
    public init() {}

    public mutating func append(_ diagnostic: Diagnostic) {
        let file = diagnostic.location.file
        let count = perFile[file, default: 0]
        guard count >= Self.maximumPerFile else {
            perFile[file] = count + 1
            items.append(diagnostic)
            return
        }
        // A notice past the limit is left out without being counted: it never fails anything,
        // and must neither turn the count of the rest into a warning nor move where it points.
        guard diagnostic.severity != .notice else { return }
        var rest = leftOut[file] ?? (0, diagnostic.location, false)
        rest.count += 1
        rest.first = min(rest.first, diagnostic.location)
        rest.error = rest.error || diagnostic.severity == .error
        leftOut[file] = rest
    }

    public mutating func append(contentsOf other: Diagnostics) {
        for item in other.items { append(item) }
        for (file, rest) in other.leftOut {
            var mine = leftOut[file] ?? (0, rest.first, false)
            mine.count += rest.count
            mine.first = min(mine.first, rest.first)
            mine.error = mine.error || rest.error
            leftOut[file] = mine
        }
    }

    /// Only the diagnostics of the files `keep` accepts.
    public func filter(files keep: (String) -> Bool) -> Diagnostics {
        var kept = Diagnostics()
        kept.items = items.filter { keep($0.location.file) }
        kept.perFile = perFile.filter { keep($0.key) }
        kept.leftOut = leftOut.filter { keep($0.key) }
        return kept
    }

    public var hasErrors: Bool { items.contains { $0.severity == .error } || leftOut.values.contains { $0.error } }

    /// Sorted by file, line and column so that output does not depend on thread timing; a
    /// file with more than `maximumPerFile` ends with the count of the others.
    public var sorted: [Diagnostic] {
        let summaries = leftOut.map { file, rest in
            var summary = DiagnosticMessage.moreInFile.at(rest.first, ["count": String(rest.count)])
            summary.severity = rest.error ? .error : .warning
            return summary
        }
        return (items + summaries).sorted { a, b in
            if a.location != b.location { return a.location < b.location }
            return a.message.en < b.message.en
        }
    }
}

/// Thrown by `SiteBuilder` when content has errors; carries every diagnostic found.
public struct BuildFailed: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
