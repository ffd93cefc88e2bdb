/// `sapha check --format github`: one GitHub Actions workflow command per problem
/// (`::error file=…,line=…,col=…,title=…::message`), which GitHub shows on that line of the
/// pull request's changed files; the counts last, as plain text.
/// Values are escaped as the Actions toolkit does: `%`, CR and LF in the message; also `:`
/// and `,` in the properties. Content cannot start a line of its own (`LogText` first).
public struct GitHubFormat: Sendable {
    public var language: ReadingLanguage

    public init(language: ReadingLanguage) { self.language = language }

    public func render(_ diagnostics: [Diagnostic], drafts: [String] = []) -> String {
        var out = ""
        for diagnostic in diagnostics {
            let command = switch diagnostic.severity {
            case .error: "error"
            case .warning: "warning"
            case .notice: "notice"
            }
            let location = diagnostic.location
            let properties = "file=\(Self.property(location.file)),line=\(location.line),col=\(location.column),"
                + "title=\(Self.property(diagnostic.code))"
            var lines = [language.pick(diagnostic.message)]
            let other: ReadingLanguage = language == .th ? .en : .th
            if let fix = diagnostic.fix { lines.append("\(HumanFormat.fixLabel(language)): \(language.pick(fix))") }
            lines.append(language.other(diagnostic.message))
            if let fix = diagnostic.fix { lines.append("\(HumanFormat.fixLabel(other)): \(language.other(fix))") }
            out += "::\(command) \(properties)::\(lines.map(Self.data).joined(separator: "%0A"))\n"
        }
        if !drafts.isEmpty {
            out += language.pick(CommandMessage.checkDrafts.message(["count": String(drafts.count)])) + "\n"
            for file in drafts { out += "  \(LogText.escape(file))\n" }
        }
        let summary = DiagnosticCounts(diagnostics).summary
        out += language.pick(summary) + "\n" + language.other(summary) + "\n"
        return out
    }

    static func data(_ text: String) -> String {
        LogText.escape(text).replacingOccurrences(of: "%", with: "%25")
    }

    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
