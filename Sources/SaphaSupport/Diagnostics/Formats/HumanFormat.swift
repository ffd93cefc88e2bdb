/// `sapha check` for a person: each problem as `file:line:column: error: message [CODE]` (the
/// compiler convention editors understand), the line quoted with a caret, the fix, then the
/// same in the other language; a blank line between problems; the counts last.
public struct HumanFormat: Sendable {
    public var language: ReadingLanguage
    public var colour: Bool

    public init(language: ReadingLanguage, colour: Bool) {
        self.language = language
        self.colour = colour
    }

    /// `source` gives the text of a file as diagnostics name it, when it can be read.
    /// `summary`: end with the counts (`sapha check`); a build ends with its own line instead.
    public func render(_ diagnostics: [Diagnostic], drafts: [String] = [], summary: Bool = true,
                       source: (String) -> String?) -> String {
        let paint = TerminalColour(enabled: colour)
        var out = ""
        var texts: [String: String?] = [:]
        for diagnostic in diagnostics {
            let location = diagnostic.location
            let file = LogText.escape(location.file)
            // A problem of the command line itself (`--id`) has no file.
            let where_ = file.isEmpty ? "" : paint.bold("\(file):\(location.line):\(location.column):") + " "
            out += "\(where_)\(paint.severity(diagnostic.severity)): "
                + "\(LogText.escape(language.pick(diagnostic.message))) [\(diagnostic.code)]\n"
            if texts[location.file] == nil { texts[location.file] = .some(source(location.file)) }
            if let text = texts[location.file] ?? nil, let quote = SourceQuote(location, in: text) {
                for line in quote.lines(colour: paint) { out += line + "\n" }
            }
            if let fix = diagnostic.fix {
                out += "  \(Self.fixLabel(language)): \(LogText.escape(language.pick(fix)))\n"
            }
            let other: ReadingLanguage = language == .th ? .en : .th
            out += paint.dim("  \(LogText.escape(language.other(diagnostic.message)))") + "\n"
            if let fix = diagnostic.fix {
                out += paint.dim("  \(Self.fixLabel(other)): \(LogText.escape(language.other(fix)))") + "\n"
            }
            out += "\n"
        }
        if !drafts.isEmpty {
            out += language.pick(CommandMessage.checkDrafts.message(["count": String(drafts.count)])) + "\n"
            for file in drafts { out += "  \(LogText.escape(file))\n" }
            out += "\n"
        }
        guard summary else { return out }
        let counts = DiagnosticCounts(diagnostics).summary
        out += paint.bold(language.pick(counts)) + "\n" + language.other(counts) + "\n"
        return out
    }

    static func fixLabel(_ language: ReadingLanguage) -> String { language == .th ? "วิธีแก้" : "fix" }
}
