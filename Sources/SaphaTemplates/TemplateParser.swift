import SaphaSupport

/// Sapha's Mustache compiler: turns a theme template into a tree of nodes, once per build.
///
/// The language is Mustache (https://mustache.github.io/mustache.5.html) as swift-mustache
/// 2.1 reads it — variables (`{{x}}`, `{{{x}}}`, `{{&x}}`, dotted names, `.`, and `.x` for
/// the current object only), sections and inverted sections, comments, partials
/// (`{{> name}}`), parents with blocks (`{{< layout}}{{$ main}}…{{/ main}}{{/ layout}}`),
/// set delimiters, and the `empty(…)` and `count(…)` functions — with the same rules for
/// standalone lines and indentation. The test suite renders every page of the portal with
/// both engines and compares the bytes (TemplateEngineTests). Why Sapha compiles its own:
/// README, "Dependencies".
///
/// Not supported, and refused with a located message when a theme is loaded: lambdas,
/// dynamic partials (`{{> *name}}`), pragmas (`{{% … }}`; Sapha always escapes for HTML),
/// and other functions. One difference: a list or an object written as `{{name}}` prints
/// nothing, where swift-mustache prints Swift's description of it.
package struct TemplateParser {
    /// A template that cannot be compiled: where, and what is wrong (a message of the
    /// catalogue with its values), in both languages.
    package struct Failure: Error, Equatable {
        package var line: Int
        package var column: Int
        package var problem: TemplateMessage
        package var values: [String: String]

        /// The problem's stable code, e.g. `E-TEMPLATE-UNCLOSED-SECTION`.
        package var code: String { problem.code }
        package var message: Bilingual { problem.message(values) }
        package var fix: Bilingual? { problem.fix(values) }
    }

    private let bytes: [UInt8]
    private var position = 0
    /// Every `{{> name}}` and `{{< name}}`, where it stands: the theme checks that each exists.
    private(set) var references: [(name: String, line: Int, column: Int)] = []

    /// What the parser knows about where it is, as swift-mustache's parser tracks it.
    private struct State {
        /// Nothing but spaces and tabs since the last line break or standalone tag.
        package var newLine = true
        /// Inside `{{< parent}}…{{/parent}}`; `topLevel` while directly inside it.
        package var inParent = false
        package var parentTopLevel = false
        /// The section, block or parent being read, to match its closing tag.
        package var sectionName: String?
        package var sectionFunctions: [String] = []
        /// Where the section's opening tag starts, to point at it when it is never closed.
        package var sectionStart = 0
        package var open: [UInt8] = Array("{{".utf8)
        package var close: [UInt8] = Array("}}".utf8)
        /// Inside a block definition: the first line's indentation, removed from the others.
        package var blockIndent: Int?
        /// Sections, blocks and parents this one is nested in.
        package var depth = 0

        package func section(_ name: String, functions: [String] = [], at start: Int, newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            state.sectionStart = start
            state.sectionFunctions = functions
            state.parentTopLevel = false
            state.depth += 1
            if !newLine { state.newLine = false }
            return state
        }
    }

    package static func parse(_ text: String) -> Result<(nodes: [TemplateNode], references: [(name: String, line: Int,
        column: Int)]), Failure> {
        var parser = TemplateParser(bytes: Array(text.utf8))
        do {
            let nodes = try parser.parse(State())
            return .success((nodes, parser.references))
        } catch {
            return .failure(error)
        }
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    // MARK: - Reading

    private var atEnd: Bool { position >= bytes.count }
    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
    /// White space inside a tag: also line breaks.
    private static func isSpace(_ byte: UInt8) -> Bool { isBlank(byte) || byte == 0x0A || byte == 0x0D }
    private static func isNameByte(_ byte: UInt8, brackets: Bool, slash: Bool = false) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2E, 0x2D, 0x5F, 0x3F, 0x2A: true  // 0-9 A-Z a-z . - _ ? *
        case 0x28, 0x29: brackets  // ( )
        case 0x2F: slash  // /
        default: false
        }
    }

    @discardableResult
    private mutating func skip(while predicate: (UInt8) -> Bool) -> ArraySlice<UInt8> {
        let start = position
        while position < bytes.count, predicate(bytes[position]) { position += 1 }
        return bytes[start..<position]
    }

    private func starts(with token: [UInt8], at index: Int) -> Bool {
        index + token.count <= bytes.count && bytes[index..<index + token.count].elementsEqual(token)
    }

    private mutating func expect(_ token: [UInt8]) -> Bool {
        guard starts(with: token, at: position) else { return false }
        position += token.count
        return true
    }

    /// Text up to the next opening delimiter (consumed: `tag` is true) or line break (not
    /// consumed), or to the end.
    private mutating func readText(_ state: State) -> (text: ArraySlice<UInt8>, tag: Bool) {
        let start = position
        while position < bytes.count {
            if bytes[position] == 0x0A { return (bytes[start..<position], false) }
            if starts(with: state.open, at: position) {
                let text = bytes[start..<position]
                position += state.open.count
                return (text, true)
            }
            position += 1
        }
        return (bytes[start..<position], false)
    }

    /// True when only spaces or tabs remain on the line; then the rest of the line and its
    /// line break are consumed.
    private mutating func lineFinished() -> Bool {
        if atEnd { return true }
        var index = position
        while index < bytes.count, Self.isBlank(bytes[index]) { index += 1 }
        // A line may end in \r\n (a template saved on Windows).
        if index + 1 < bytes.count, bytes[index] == 0x0D, bytes[index + 1] == 0x0A { index += 1 }
        guard index < bytes.count, bytes[index] == 0x0A else { return false }
        position = index + 1
        return true
    }

    private mutating func standalone(_ state: State) -> Bool { state.newLine && lineFinished() }

    // MARK: - Errors

    private func location(of index: Int) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in bytes[..<min(index, bytes.count)] {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    private func failure(_ problem: TemplateMessage, _ values: [String: String] = [:],
        at index: Int? = nil) -> Failure {
        let (line, column) = location(of: index ?? position)
        return Failure(line: line, column: column, problem: problem, values: values)
    }

    private func unfinished(_ state: State, at index: Int? = nil) -> Failure {
        failure(.unclosedTag, ["close": String(decoding: state.close, as: UTF8.self)], at: index)
    }

    // MARK: - Names

    /// `name`, `a.b`, `.`, `.name`, or `function(name)`; then the closing delimiter.
    private mutating func readName(_ state: State) throws(Failure)
        -> (name: TemplateName, raw: String, functions: [String]) {
        skip(while: Self.isSpace)
        let start = position
        let text = skip { Self.isNameByte($0, brackets: true) }
        skip(while: Self.isSpace)
        guard expect(state.close) else { throw unfinished(state) }
        var raw = String(decoding: text, as: UTF8.self)
        var functions: [String] = []
        if raw.contains("(") {
            // f(g(x)): functions [f, g] applied innermost first to x.
            var rest = Substring(raw)
            while let open = rest.firstIndex(of: "(") {
                functions.append(String(rest[..<open]))
                rest = rest[rest.index(after: open)...]
            }
            let closing = rest.drop { $0 != ")" }
            let argument = rest.prefix { $0 != ")" }
            guard !functions.contains(where: \.isEmpty), closing.count == functions.count,
                  closing.allSatisfy({ $0 == ")" }), !argument.contains("(") else {
                throw unfinished(state, at: start)
            }
            raw = String(argument)
            for function in functions where TemplateName.Function(rawValue: function) == nil {
                throw failure(.unknownFunction, ["function": function], at: start)
            }
            if raw.isEmpty {
                throw failure(.functionWithoutName, ["function": functions[0]], at: start)
            }
        }
        // `.` is the current object (no path); `.name` looks in it only.
        let path = raw.split(separator: ".").map(String.init)
        return (TemplateName(path: path, anchored: raw.first == ".",
            functions: functions.compactMap(TemplateName.Function.init)), raw, functions)
    }

    private mutating func readPartialName(_ state: State) throws(Failure) -> String {
        skip(while: Self.isSpace)
        let start = position
        let text = skip { Self.isNameByte($0, brackets: true, slash: true) }
        skip(while: Self.isSpace)
        guard expect(state.close) else { throw unfinished(state) }
        let name = String(decoding: text, as: UTF8.self)
        if name.hasPrefix("*") {
            throw failure(.dynamicPartial, at: start)
        }
        let (line, column) = location(of: start)
        references.append((name, line, column))
        return name
    }

    // MARK: - Parsing

    /// Reads nodes until the end of the text, or until the closing tag of `state.sectionName`.
    /// How deep sections, blocks and parents may nest: parsing and rendering recurse once per
    /// level, and thousands of levels would overflow the stack. Real themes use a handful.
    package static let maximumDepth = 100

    private mutating func parse(_ initial: State) throws(Failure) -> [TemplateNode] {
        if initial.depth > Self.maximumDepth {
            throw failure(.tooDeep, ["limit": String(Self.maximumDepth)], at: initial.sectionStart)
        }
        var nodes: [TemplateNode] = []
        var state = initial
        var indent: ArraySlice<UInt8> = []
        func flushIndent() {
            if !indent.isEmpty { nodes.append(.text(Array(indent))); indent = [] }
        }
        while !atEnd {
            if state.newLine {
                let blanks = skip(while: Self.isBlank)
                if state.inParent && !state.parentTopLevel {
                    if let blockIndent = state.blockIndent {
                        indent = blanks.dropFirst(blockIndent)
                    } else {
                        state.blockIndent = blanks.count
                    }
                } else {
                    indent = blanks
                }
            }
            let (text, tag) = readText(state)
            let tagStart = position - state.open.count
            if !tag, current == 0x0A {
                nodes.append(.text(Array(indent) + Array(text) + [0x0A]))
                state.newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(Array(indent) + Array(text)))
                indent = []
                state.newLine = false
            }
            guard tag else { break }
            guard let kind = current else { throw unfinished(state) }
            var newLine = false
            switch kind {
            case 0x23, 0x5E:  // # ^
                position += 1
                let (name, raw, functions) = try readName(state)
                if standalone(state) { newLine = true } else { flushIndent() }
                let inner = try parse(state.section(raw, functions: functions, at: tagStart, newLine: newLine))
                nodes.append(.section(name, inner, inverted: kind == 0x5E))

            case 0x2F:  // /
                position += 1
                let nameStart = position
                let (_, raw, functions) = try readName(state)
                guard let open = state.sectionName else {
                    throw failure(.closedNeverOpened, ["closingTag": "{{/\(raw)}}", "openingTag": "{{#\(raw)}}"],
                                  at: nameStart)
                }
                guard raw == open, functions == state.sectionFunctions else {
                    let opened = state.sectionFunctions.reduce(open) { "\($1)(\($0))" }
                    throw failure(.closedUnderAnotherName, ["section": opened, "closingTag": "{{/\(opened)}}"],
                                  at: nameStart)
                }
                if !standalone(state) { flushIndent() }
                return nodes

            case 0x21:  // ! comment
                position += 1
                while !atEnd, !starts(with: state.close, at: position) { position += 1 }
                guard expect(state.close) else {
                    throw failure(.unclosedComment, ["close": String(decoding: state.close, as: UTF8.self)],
                                  at: tagStart)
                }
                newLine = standalone(state)

            case 0x7B:  // { unescaped, closed by }}}
                flushIndent()
                position += 1
                let (name, _, _) = try readName(state)
                guard current == 0x7D else { throw unfinished(state) }
                position += 1
                nodes.append(.variable(name, escaped: false))

            case 0x26:  // & unescaped
                flushIndent()
                position += 1
                nodes.append(.variable(try readName(state).name, escaped: false))

            case 0x3E:  // > partial
                position += 1
                let name = try readPartialName(state)
                flushIndentKeeping(&nodes, indent)
                if standalone(state) {
                    newLine = true
                    nodes.append(.partial(name, indentation: Array(indent), blocks: nil))
                } else {
                    nodes.append(.partial(name, indentation: nil, blocks: nil))
                }
                indent = []

            case 0x3C:  // < parent
                position += 1
                let name = try readPartialName(state)
                flushIndentKeeping(&nodes, indent)
                if standalone(state) { newLine = true }
                var inner = state
                inner.sectionName = name
                inner.sectionFunctions = []
                inner.sectionStart = tagStart
                inner.newLine = true
                inner.inParent = true
                inner.parentTopLevel = true
                inner.depth += 1
                var blocks: [String: [TemplateNode]] = [:]
                for node in try parse(inner) {
                    switch node {
                    case .blockDefinition(let block, let body): blocks[block] = body
                    case .text: break
                    default:
                        throw failure(.onlyBlocksInParent, ["parentTag": "{{<\(name)}}"], at: tagStart)
                    }
                }
                nodes.append(.partial(name, indentation: Array(indent), blocks: blocks))
                indent = []

            case 0x24:  // $ block
                position += 1
                let nameStart = position
                let (_, raw, functions) = try readName(state)
                guard functions.isEmpty else {
                    throw failure(.blockFunction, at: nameStart)
                }
                if state.parentTopLevel {
                    if standalone(state) { newLine = true }
                    nodes.append(.blockDefinition(raw, try parse(state.section(raw, at: tagStart, newLine: newLine))))
                } else {
                    flushIndentKeeping(&nodes, indent)
                    if standalone(state) { newLine = true }
                    nodes.append(.block(raw, try parse(state.section(raw, at: tagStart, newLine: newLine)),
                        indentation: Array(indent)))
                    indent = []
                }

            case 0x3D:  // = set delimiters
                position += 1
                let start = position
                skip(while: Self.isSpace)
                let open = Array(skip { !Self.isSpace($0) })
                skip(while: Self.isSpace)
                let close = Array(skip { !Self.isSpace($0) && $0 != 0x3D })
                skip(while: Self.isSpace)
                guard !open.isEmpty, !close.isEmpty, expect([0x3D]), expect(state.close) else {
                    throw failure(.badDelimiters, at: start)
                }
                state.open = open
                state.close = close
                state.parentTopLevel = false
                newLine = standalone(state)

            case 0x25:  // % pragma
                throw failure(.pragma)

            default:
                flushIndent()
                nodes.append(.variable(try readName(state).name, escaped: true))
            }
            state.newLine = newLine
        }
        if let open = state.sectionName {
            let opened = state.sectionFunctions.reduce(open) { "\($1)(\($0))" }
            throw failure(.unclosedSection, ["section": opened, "closingTag": "{{/\(opened)}}"], at: state.sectionStart)
        }
        return nodes
    }

    /// Before a partial, parent or block tag the indentation is written out and also kept:
    /// a standalone partial indents each of its lines with it.
    private func flushIndentKeeping(_ nodes: inout [TemplateNode], _ indent: ArraySlice<UInt8>) {
        if !indent.isEmpty { nodes.append(.text(Array(indent))) }
    }
}
