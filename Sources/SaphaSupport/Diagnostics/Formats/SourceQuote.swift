/// The line a diagnostic points at, quoted under it with a caret at its column — as compilers
/// do — so a staff member sees the very character to fix. Columns count Unicode scalars, like
/// `SourceLocation`; the caret is placed by display width, where Thai vowel and tone marks
/// above or below a consonant take no room.
struct SourceQuote {
    /// The longest stretch of a line shown; a longer line is cut around the column.
    static let window = 100

    var number: Int
    var text: String
    /// Spaces (and tabs, where the line has them) up to the column.
    var padding: String

    init?(_ location: SourceLocation, in source: String) {
        guard location.line >= 1 else { return nil }
        var lines = source.split(separator: "\n", maxSplits: location.line, omittingEmptySubsequences: false)
        guard lines.count >= location.line else { return nil }
        var line = Array(lines[location.line - 1].unicodeScalars)
        lines = []
        if line.last == "\r" { line.removeLast() }
        var column = max(1, min(location.column, line.count + 1))
        var cutStart = false, cutEnd = false
        if line.count > Self.window {
            let start = max(0, min(column - 1 - Self.window / 2, line.count - Self.window))
            cutStart = start > 0
            cutEnd = start + Self.window < line.count
            line = Array(line[start..<start + Self.window])
            column -= start
        }
        number = location.line
        var shown = String(String.UnicodeScalarView(line))
        shown = LogText.escape(shown)
        let prefix = LogText.escape(String(String.UnicodeScalarView(line.prefix(column - 1))))
        var padding = cutStart ? " " : ""
        for scalar in prefix.unicodeScalars {
            if scalar == "\t" {
                padding += "\t"
            } else if !Self.takesNoRoom(scalar) {
                padding += " "
            }
        }
        text = (cutStart ? "…" : "") + shown + (cutEnd ? "…" : "")
        self.padding = padding
    }

    /// Combining marks (Thai vowels and tone marks above and below) and joiners.
    static func takesNoRoom(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: true
        default: false
        }
    }

    /// `   3 | text` and `     | ^` with the gutter as wide as the line number.
    func lines(colour: TerminalColour) -> [String] {
        let gutter = String(number)
        let blank = String(repeating: " ", count: gutter.count)
        return ["  \(colour.dim("\(gutter) |")) \(text)",
                "  \(colour.dim("\(blank) |")) \(padding)" + colour.caret("^")]
    }
}
