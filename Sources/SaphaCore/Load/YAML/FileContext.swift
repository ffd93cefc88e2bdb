import Foundation
import SaphaSupport

/// Where diagnostics of one file go while it is being read. One per file, one thread.
package final class FileContext: DiagnosticSink {
    package let path: String
    /// File line of YAML line 1.
    let lineOffset: Int
    private(set) var diagnostics = Diagnostics()
    /// Set once the body's reference limit was reported, so it is reported once.
    package var referenceLimitReported = false

    /// What the file's Markdown bodies are rendered for (`Markdown.Output`).
    let bodies: Markdown.Output

    package init(path: String, yamlFirstLine: Int = 1, bodies: Markdown.Output = .pages) {
        self.path = path
        self.lineOffset = yamlFirstLine - 1
        self.bodies = bodies
    }

    func location(of node: Node?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(file: path, line: lineOffset + 1) }
        return SourceLocation(file: path, line: mark.line + lineOffset, column: mark.column)
    }

    package func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// Reports `message` at `node` (at the file's first YAML line when nil), its placeholders
    /// filled from `values` and `terms`, with its usual fix or the alternative named `fix`.
    func report(_ message: some MessageCatalogue, at node: Node?, _ values: [String: String] = [:],
                terms: [String: Bilingual] = [:], fix: String? = nil) {
        report(message.at(location(of: node), values, terms: terms, fix: fix))
    }

    /// Where a line and column of the YAML text are in the file.
    private func location(line: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(file: path, line: line + lineOffset, column: column)
    }

    /// Parses YAML text into a node tree; a syntax error is reported with its line and column.
    func compose(_ yaml: String) -> Node? {
        // The composer is recursive: thousands of nested levels would overflow the stack. Content
        // never needs more than a few, so deep nesting is refused before libyaml sees it.
        if let deep = YAMLHints.tooDeep(yaml) {
            report(YAMLMessage.tooDeep.at(location(line: deep.line, column: deep.column),
                                          ["limit": String(YAMLHints.maximumDepth)]))
            return nil
        }
        do {
            let root = try YAMLComposer.compose(yaml)
            if let root, !checkValues(root, sourceBytes: yaml.utf8.count) { return nil }
            if let root { CommentCut.report(root, in: yaml, context: self) }
            return root
        } catch {
            let line: Int, column: Int, problem: String
            switch error {
            case .scanner(_, let p, let mark, _), .parser(_, let p, let mark, _), .composer(_, let p, let mark, _):
                (line, column, problem) = (mark.line, mark.column, p)
            case .reader(let p, _):
                (line, column, problem) = (1, 1, p)
            case .memory:
                report(YAMLMessage.unreadable, at: nil, ["problem": "libyaml: out of memory"])
                return nil
            }
            // libyaml gives up where an unclosed quote finally breaks the structure, often
            // lines later; point at the line where the quote was opened instead.
            if let open = YAMLHints.unclosedQuoteLine(in: yaml, before: line) {
                report(YAMLMessage.unclosedQuote.at(location(line: open.line, column: open.column)))
                return nil
            }
            report(YAMLProblems.diagnostic(problem, of: error, at: location(line: line, column: column)))
            return nil
        }
    }
}

extension FileContext {
    /// The most values a file may have once aliases are expanded. Real files have hundreds;
    /// nine aliases of nine aliases… (the "billion laughs") would have billions.
    static let maximumValues = 100_000

    /// The most text aliases may repeat in one file, in bytes (64 KiB), beyond the text the
    /// file holds itself.
    static let maximumAliasBytes = 65_536

    /// Checks every value of a composed file: at most `maximumValues` of them (aliases
    /// repeat a value without copying it, so a small file can stand for billions — refused
    /// before anything iterates over them), and no control characters, which a quoted scalar
    /// can write as escapes (`"\0"`, `"\a"`) and which are invalid in HTML and XML.
    /// Returns false when the file must not be read further.
    func checkValues(_ root: Node, sourceBytes: Int) -> Bool {
        var stack = [root]
        var count = 0, bytes = 0
        while let node = stack.popLast() {
            count += 1
            if case .scalar(let scalar) = node { bytes += scalar.string.utf8.count }
            // Without aliases the values' text is at most the file's; what is above that was
            // repeated by aliases (one 90 KB value used 5,000 times would be 450 MB on a page).
            if bytes - sourceBytes > Self.maximumAliasBytes {
                report(YAMLMessage.aliasExpansion, at: root, ["kib": String(Self.maximumAliasBytes / 1024)])
                return false
            }
            if count > Self.maximumValues {
                report(YAMLMessage.tooManyValues, at: root, ["limit": String(Self.maximumValues)])
                return false
            }
            switch node {
            case .scalar(let scalar):
                // The file holds no control character (SourceFile refused it): only a double-quoted
                // scalar's escapes can make one. Single bytes in UTF-8: look at the bytes first.
                if scalar.style == .doubleQuoted, SourceFile.hasControlByte(scalar.string),
                   let control = scalar.string.unicodeScalars.first(where: SourceFile.isControl) {
                    report(YAMLMessage.controlCharacter, at: node, ["name": SourceFile.controlName(control)])
                }
            case .mapping(let mapping):
                for (key, value) in mapping { stack.append(key); stack.append(value) }
            case .sequence(let sequence):
                stack.append(contentsOf: sequence)
            }
        }
        return true
    }
}
