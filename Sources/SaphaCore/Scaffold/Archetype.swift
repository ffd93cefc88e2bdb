import Foundation
import SaphaSupport

/// A theme's starting file for a new meeting, issue or report (`archetypes/meeting.md`, and
/// `meeting.en.md` for its translation), as Hugo calls them: every field present with a
/// comment in Thai saying what to write. `{{name}}` placeholders are filled with values
/// `sapha new` computes (the next meeting number, today's date…); any other is an error, so
/// that a mistyped placeholder never reaches a content file.
struct Archetype {
    var file: String
    var text: String

    /// Fills every `{{name}}`; the first unknown name is an error at its line and column.
    func fill(_ values: [String: String]) -> Result<String, Diagnostic> {
        var out = ""
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let name = String(rest[open.upperBound..<close.lowerBound])
            guard let value = values[name] else {
                let before = text[..<open.lowerBound]
                let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
                let column = before.split(separator: "\n", omittingEmptySubsequences: false).last
                    .map { $0.unicodeScalars.count + 1 } ?? 1
                return .failure(ScaffoldMessage.unknownPlaceholder.at(SourceLocation(file: file, line: line,
                    column: column), ["name": name, "known": values.keys.sorted().joined(separator: ", ")]))
            }
            out += value
            rest = rest[close.upperBound...]
        }
        return .success(out + rest)
    }
}
