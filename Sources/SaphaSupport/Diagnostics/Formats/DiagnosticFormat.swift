/// How `sapha check` prints what it found: for a person (`human`), as GitHub Actions
/// workflow commands that annotate the changed lines of a pull request (`github`), or as one
/// JSON document for other tools (`json`, schema in `docs/check.md`).
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case human, github, json
}

/// The language a person reads first; the other follows. Thai unless the locale says English.
public enum ReadingLanguage: String, Sendable, CaseIterable {
    case th, en

    /// From `LC_ALL`, `LC_MESSAGES` or `LANG`, the first one set: English when it starts with
    /// `en`, Thai otherwise (the portal's staff are Thai; `C` and `POSIX` say nothing).
    public static func fromLocale(_ environment: [String: String]) -> ReadingLanguage {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("en") ? .en : .th
        }
        return .th
    }

    func pick(_ text: Bilingual) -> String { self == .th ? text.th : text.en }
    func other(_ text: Bilingual) -> String { self == .th ? text.en : text.th }
}

/// What one check found, counted by severity, and the texts every format ends with.
public struct DiagnosticCounts: Sendable, Hashable {
    public var errors = 0
    public var warnings = 0
    public var notices = 0

    public init(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .notice: notices += 1
            }
        }
    }

    /// Whether the check fails: any error, or any warning when `strict`. Notices never fail.
    public func fails(strict: Bool) -> Bool { errors > 0 || (strict && warnings > 0) }

    /// The last line: the counts, in both languages.
    public var summary: Bilingual {
        let values = ["errors": String(errors), "warnings": String(warnings), "notices": String(notices)]
        return errors + warnings + notices == 0 ? CommandMessage.checkClean.message()
            : CommandMessage.checkSummary.message(values)
    }
}
