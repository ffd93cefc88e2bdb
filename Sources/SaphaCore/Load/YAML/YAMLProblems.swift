import Foundation
import SaphaSupport

/// libyaml's problems (`YAMLError`) told to staff: which entry of `YAMLProblemMessage` explains
/// each of libyaml's English texts, and where in the file to point. libyaml often notices a
/// mistake after it — on the next line for a bracket never closed, at the colon of the next
/// field for a missing space — so the place is moved to where the mistake was typed when the
/// text around the parser's mark shows it. A text this table does not know keeps a Thai
/// sentence with libyaml's own words in brackets.
enum YAMLProblems {
    /// Every problem text libyaml 0.2.5's reader, scanner and parser can give (with the line of
    /// its src/ file that gives it), and the two of `YAMLComposer`. A text that means different
    /// things in different places is listed with the context libyaml gives it, before its entry
    /// without context. A test checks this list against the texts recorded from libyaml's
    /// sources, both ways, and those against the libyaml Sapha runs with.
    static let explained: [(problem: String, context: String?, message: YAMLProblemMessage)] = [
        // scanner.c
        ("found character that cannot start any token", nil, .reservedStart),  // 1046; a tab: .tab
        ("could not find expected ':'", nil, .noColon),  // 1080, 1144
        ("block sequence entries are not allowed in this context", nil, .listHere),  // 1585
        ("mapping keys are not allowed in this context", nil, .reservedStart),  // 1646 ('?')
        ("mapping values are not allowed in this context", nil, .colon),  // 1732
        ("found unknown directive name", nil, .directive),  // 2057
        ("did not find expected comment or line break", "while scanning a block scalar", .blockText),  // 2846
        ("did not find expected comment or line break", nil, .directive),  // 2081
        ("could not find expected directive name", nil, .directive),  // 2135
        ("found unexpected non-alphabetical character", nil, .directive),  // 2143
        ("did not find expected digit or '.' character", nil, .directive),  // 2186
        ("found extremely long version number", nil, .directive),  // 2228
        ("did not find expected version number", nil, .directive),  // 2242
        ("did not find expected whitespace", nil, .directive),  // 2285
        ("did not find expected whitespace or line break", "while scanning a %TAG directive", .directive),  // 2307
        ("did not find expected whitespace or line break", nil, .tag),  // 2482
        ("did not find expected alphabetic or numeric character", nil, .alias),  // 2363
        ("did not find the expected '>'", nil, .tag),  // 2423
        ("did not find expected '!'", "while scanning a tag directive", .directive),  // 2519
        ("did not find expected '!'", "while parsing a tag directive", .directive),  // 2554
        ("did not find expected '!'", nil, .tag),  // 2519
        ("did not find expected tag URI", "while parsing a %TAG directive", .directive),  // 2655
        ("did not find expected tag URI", nil, .tag),  // 2655
        ("did not find URI escaped octet", nil, .tag),  // 2693
        ("found an incorrect leading UTF-8 octet", nil, .tag),  // 2711
        ("found an incorrect trailing UTF-8 octet", nil, .tag),  // 2721
        ("found an indentation indicator equal to 0", nil, .blockText),  // 2791, 2809
        ("found a tab character where an indentation space is expected", nil, .tab),  // 2995
        ("found unexpected document indicator", nil, .unclosedQuote),  // 3067
        ("found unexpected end of stream", nil, .unclosedQuote),  // 3075
        ("found unknown escape character", nil, .escape),  // 3218
        ("did not find expected hexdecimal number", nil, .escape),  // 3239
        ("found invalid Unicode character escape code", nil, .escape),  // 3249
        ("found unexpected ':'", nil, .colon),  // 3461
        ("found a tab character that violates indentation", nil, .tab),  // 3537
        // parser.c
        ("did not find expected <stream-start>", nil, .encoding),  // 321 (only if nothing could be read)
        ("did not find expected <document start>", nil, .secondDocument),  // 395
        ("found undefined tag handle", nil, .tag),  // 623
        ("did not find expected node content", nil, .missingValue),  // 701; ']' or '}': .extraBracket
        ("did not find expected '-' indicator", nil, .listItemNotLinedUp),  // 771
        ("did not find expected key", nil, .notLinedUp),  // 880; by the character there, see `explain`
        ("did not find expected ',' or ']'", nil, .bracketSeparator),  // 973; on a later line: .unclosedBracket
        ("did not find expected ',' or '}'", nil, .bracketSeparator),  // 1124; on a later line: .unclosedBracket
        ("found duplicate %YAML directive", nil, .directive),  // 1259
        ("found incompatible YAML document", nil, .directive),  // 1268
        ("found duplicate %TAG directive", nil, .directive),  // 1353
        // reader.c (Sapha hands libyaml valid UTF-8 without control characters, within its size
        // limit, so these are for completeness)
        ("input error", nil, .encoding),  // 123
        ("invalid leading UTF-8 octet", nil, .encoding),  // 239
        ("incomplete UTF-8 octet sequence", nil, .encoding),  // 247
        ("invalid trailing UTF-8 octet", nil, .encoding),  // 271
        ("invalid length of a UTF-8 sequence", nil, .encoding),  // 286
        ("invalid Unicode character", nil, .encoding),  // 293
        ("incomplete UTF-16 character", nil, .encoding),  // 335
        ("unexpected low surrogate area", nil, .encoding),  // 351
        ("incomplete UTF-16 surrogate pair", nil, .encoding),  // 365
        ("expected low surrogate area", nil, .encoding),  // 381
        ("control characters are not allowed", nil, .controlCharacter),  // 416
        ("input is too long", nil, .tooLong),  // 464
        // YAMLComposer
        ("but found another document", nil, .secondDocument),
        ("found undefined alias", nil, .alias),
    ]

    /// The entry explaining `problem` in `context`; nil for a text libyaml is not known to give.
    static func message(for problem: String, context: String?) -> YAMLProblemMessage? {
        explained.first { $0.problem == problem && $0.context != nil && $0.context == context }?.message
            ?? explained.first { $0.problem == problem && $0.context == nil }?.message
    }

    /// `E-YAML-SYNTAX` for `problem`, the text of a libyaml error: explained in each language, with
    /// the explanation's own fix. `location` is where the parser's mark is in the file.
    static func diagnostic(_ problem: String, of error: YAMLError, at location: SourceLocation) -> Diagnostic {
        var context: YAMLError.Context?, mark = (line: location.line, column: location.column), yaml = ""
        switch error {
        case .scanner(let c, _, let m, let y), .parser(let c, _, let m, let y), .composer(let c, _, let m, let y):
            (context, mark, yaml) = (c, (m.line, m.column), y)
        case .reader(_, let y):
            yaml = y
        case .memory:
            break
        }
        let found = explain(problem, context: context, at: mark, in: yaml)
        let offset = location.line - mark.line
        let place = SourceLocation(file: location.file, line: found.line + offset, column: found.column)
        var diagnostic = YAMLMessage.syntax.at(place, terms: ["problem": found.message.message(found.values)])
        diagnostic.fix = found.message.fix(found.values)
            ?? YAMLMessage.syntax.fix(alternative: YAMLHints.hint(for: problem))
        return diagnostic
    }

    /// What explains a problem, with the values of its placeholders, and the line and column of
    /// the YAML text to point at.
    struct Explanation {
        var message: YAMLProblemMessage
        var values: [String: String] = [:]
        var line: Int
        var column: Int
    }

    static func explain(_ problem: String, context: YAMLError.Context?, at mark: (line: Int, column: Int),
                        in yaml: String) -> Explanation {
        let text = YAMLText(yaml)
        guard let message = message(for: problem, context: context?.text) else {
            return Explanation(message: .unknown, values: ["original": problem], line: mark.line, column: mark.column)
        }
        var found = Explanation(message: message, line: mark.line, column: mark.column)
        /// Points at the context's mark, where the construct that failed began.
        func atContext() {
            if let context { (found.line, found.column) = (context.mark.line, context.mark.column) }
        }
        switch message {
        case .reservedStart, .alias, .tag, .blockText:
            if message != .reservedStart, let context, context.mark.line == mark.line { atContext() }
            if message == .reservedStart, text.character(line: mark.line, column: mark.column) == "\t" {
                found.message = .tab
            }
        case .colon:
            if let missing = text.missingSpace(line: mark.line - 1) {
                found = Explanation(message: .noSpaceAfterColon, values: ["key": missing.key],
                                    line: mark.line - 1, column: missing.column)
            } else if let start = text.indentedFirstField(line: mark.line, colon: mark.column) {
                found = Explanation(message: .notLinedUp, line: mark.line, column: start)
            }
        case .noColon:
            atContext()
            if let missing = text.missingSpace(line: found.line) {
                found = Explanation(message: .noSpaceAfterColon, values: ["key": missing.key],
                                    line: found.line, column: missing.column)
            }
        case .notLinedUp, .missingValue:
            let character = text.character(line: mark.line, column: mark.column)
            if character == "]" || character == "}" {
                found.message = .extraBracket
            } else if message == .notLinedUp, character == "-" {
                found.message = .listHere
            } else if message == .notLinedUp, text.followsQuote(line: mark.line, column: mark.column) {
                found.message = .textAfterQuote
            }
        case .bracketSeparator:
            found.values["closing"] = problem.hasSuffix("'}'") ? "}" : "]"
            found.values["character"] = problem.hasSuffix("'}'") ? "{" : "["
            if let context, context.mark.line < mark.line {
                found.message = .unclosedBracket
                atContext()
            }
        case .listHere:
            if text.followsKey(line: mark.line, column: mark.column) { found.message = .reservedStart }
        case .unclosedQuote, .directive:
            atContext()
        default:
            break
        }
        if [.noColon, .listItemNotLinedUp].contains(found.message),
           let line = text.spaceAfterDash(line: found.line, column: found.column) {
            found.message = .dashWithoutSpace
            found.values["quoted"] = line
        }
        if found.values["character"] == nil, let character = text.character(line: found.line, column: found.column) {
            found.values["character"] = String(character)
        }
        let whole = found.message == .colon || found.message == .textAfterQuote
        if found.values["quoted"] == nil,
           let quoted = text.quotedValue(line: found.line, column: found.column, whole: whole) {
            found.values["quoted"] = quoted
        }
        return found
    }
}

/// The YAML text as libyaml counts it: lines from 1, columns in Unicode scalars from 1.
private struct YAMLText {
    let lines: [[Unicode.Scalar]]

    init(_ yaml: String) {
        lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
    }

    func line(_ number: Int) -> [Unicode.Scalar] {
        number >= 1 && number <= lines.count ? lines[number - 1] : []
    }

    func character(line number: Int, column: Int) -> Unicode.Scalar? {
        let line = line(number)
        return column >= 1 && column <= line.count ? line[column - 1] : nil
    }

    /// The column of the line's first character that is not a space, and of its field (after `- `).
    private func start(of line: [Unicode.Scalar]) -> (first: Int, field: Int) {
        var index = line.firstIndex { $0 != " " } ?? line.count
        let first = index
        while index + 1 < line.count, line[index] == "-", line[index + 1] == " " {
            index = line[(index + 1)...].firstIndex { $0 != " " } ?? line.count
        }
        return (first + 1, index + 1)
    }

    /// The column of the colon that ends the line's field name (`name: …`, or `name:` at the end).
    private func fieldColon(of line: [Unicode.Scalar]) -> Int? {
        let from = start(of: line).field - 1
        guard from < line.count, !"\"'[{".unicodeScalars.contains(line[from]) else { return nil }
        for index in from..<line.count where line[index] == ":" {
            if index + 1 == line.count || line[index + 1] == " " { return index + 1 }
        }
        return nil
    }

    /// A field name written `name:value`, with no space after its colon (and not `https://…`),
    /// on a line with no other field: the name and the colon's column.
    func missingSpace(line number: Int) -> (key: String, column: Int)? {
        let line = line(number)
        let from = start(of: line).field - 1
        var index = from
        while index < line.count, line[index].isASCII,
              line[index].properties.isAlphabetic || ("0"..."9").contains(line[index]) || line[index] == "_" {
            index += 1
        }
        guard index > from, index + 1 < line.count, line[index] == ":", line[index + 1] != " ",
              line[index + 1] != "/", fieldColon(of: line) == nil else { return nil }
        return (String(String.UnicodeScalarView(line[from..<index])), index + 1)
    }

    /// The column where an indented line starts when `colon` ends its field's name: a field
    /// indented under a value, which YAML reads as more of that value.
    func indentedFirstField(line number: Int, colon: Int) -> Int? {
        let line = line(number)
        let first = start(of: line).first
        return first > 1 && fieldColon(of: line) == colon ? first : nil
    }

    /// Whether the last character before `column` that is not a space closes a quotation.
    func followsQuote(line number: Int, column: Int) -> Bool {
        let last = line(number).prefix(max(0, column - 1)).last { $0 != " " }
        return last == "\"" || last == "'"
    }

    /// The line from `column` with a space after its `-`, when `-` is there and no space follows.
    func spaceAfterDash(line number: Int, column: Int) -> String? {
        let line = line(number)
        guard column >= 1, column < line.count, line[column - 1] == "-", line[column] != " " else { return nil }
        return "- " + String(String.UnicodeScalarView(line[column...])).trimmingCharacters(in: .whitespaces)
    }

    /// Whether `column` is where a field's value starts (after `name: `).
    func followsKey(line number: Int, column: Int) -> Bool {
        line(number).prefix(max(0, column - 1)).last { $0 != " " } == ":"
    }

    /// The line with its value in quotation marks, as it should be written: the whole value
    /// after the field's name, or the value from `column` on (without a comment after ` #`).
    /// Nil when there is no such value.
    func quotedValue(line number: Int, column: Int, whole: Bool) -> String? {
        let line = line(number)
        let from = whole ? fieldColon(of: line) : column - 1
        guard let from, from >= 0, from < line.count else { return nil }
        var value = String(String.UnicodeScalarView(line[from...]))
        if let comment = value.range(of: " #") { value = String(value[..<comment.lowerBound]) }
        value = value.trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { return nil }
        if value.unicodeScalars.count > 60 {
            value = String(String.UnicodeScalarView(value.unicodeScalars.prefix(60))) + "…"
        }
        let first = start(of: line).first - 1
        let prefix = first < from ? String(String.UnicodeScalarView(line[first..<from])) : ""
        let name = prefix.trimmingCharacters(in: .whitespaces)
        return name.hasSuffix(":") || name == "-" ? name + " " + Self.quote(value) : Self.quote(value)
    }

    /// `text` in double quotes, or in single quotes when it holds a double quote or a backslash.
    static func quote(_ text: String) -> String {
        if !text.contains("\"") && !text.contains("\\") { return "\"" + text + "\"" }
        return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
