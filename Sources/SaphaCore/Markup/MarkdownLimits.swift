import SaphaSupport

/// Bounds on a Markdown body, checked in one linear pass over its bytes before cmark-gfm
/// sees it. Debian's libcmark-gfm (0.29.0.gfm.6) lacks the fixes of CVE-2023-22483…37463:
/// it calls `abort()` when a rendered buffer passes 1 GiB (one 40 KB link reference used
/// 30,000 times) and is quadratic or worse on some inputs (deep lists or quotes with lazy
/// lines, nested emphasis, `![[]()`, `<?`, `www._`). A body within these bounds parses and
/// renders, HTML and plain text, in at most ~0.7 s and ~130 MB at the size limit
/// (`bench/markdown-limits`, README "Limits"); ordinary minutes are far inside every bound.
///
/// A *block* is a run of non-blank lines: every paragraph, list item text, table and heading
/// lies inside one, so counting per block bounds what one inline parse can see.
package struct MarkdownLimits {
    /// Body bytes (512 KiB, ~170,000 Thai characters: a hundred pages of minutes).
    static let maximumBytes = 524_288
    /// Columns of indentation, `>` and list markers at the start of a line: 32 list levels
    /// or 64 quote levels.
    static let maximumPrefixColumns = 64
    /// Per block: `[`, emphasis delimiters (`*`, `_`, `~`), `<` and `@`.
    static let maximumBrackets = 1_000
    static let maximumDelimiters = 1_000
    static let maximumAngles = 1_000
    static let maximumAts = 500
    /// (bytes from a block's first `]:` to the block's end, the largest over blocks) × (the
    /// number of `]` in the body): what link reference definitions can expand to.
    package static let maximumReferenceExpansion = 4_000_000
    /// Σ over `www.` of the bytes the autolink extension scans after it.
    static let maximumAutolinkScan = 16_000_000
    /// Σ over tables of columns × body rows.
    static let maximumTableCells = 300_000
    /// HTML one body may render to (4 MiB; 512 KiB of Thai minutes render to ~0.8 MB):
    /// checked after rendering, it bounds every page that shows the body.
    static let maximumRenderedBytes = 4 * 1_048_576

    enum Limit: Equatable {
        case size(Int)
        case prefix(Int)
        case brackets, delimiters, angles, ats
        case referenceExpansion(Int)
        case autolinkScan
        case tableCells
    }

    struct Violation: Equatable {
        var limit: Limit
        /// Byte offset in the body where the limit was crossed.
        var offset: Int
    }

    /// The first bound the body crosses, or nil.
    static func check(_ body: String) -> Violation? {
        var body = body
        return body.withUTF8 { check($0) }
    }

    static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Violation? {
        if bytes.count > maximumBytes { return Violation(limit: .size(bytes.count), offset: 0) }
        var scan = Scan()
        var lineStart = 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            if let violation = scan.line(bytes, lineStart, lineEnd) { return violation }
            lineStart = lineEnd + 1
        }
        scan.endBlock(at: bytes.count)
        let closing = scan.closing
        if scan.longestDefinition * closing > maximumReferenceExpansion {
            return Violation(limit: .referenceExpansion(scan.longestDefinition * closing),
                offset: scan.longestDefinitionStart)
        }
        if scan.sawWWW, let offset = autolinkScanOverflow(bytes) { return Violation(limit: .autolinkScan,
            offset: offset) }
        return nil
    }

    /// State of the pass: counts of the current block and the largest definition span.
    private struct Scan {
        var blockStart: Int?
        var definitionStart: Int?
        var longestDefinition = 0, longestDefinitionStart = 0
        var brackets = 0, delimiters = 0, angles = 0, ats = 0
        var tableColumns = 0, tableCells = 0
        /// `]` in the whole body; whether it has a `www.` (the autolink scan is counted only then).
        var closing = 0
        var sawWWW = false

        mutating func endBlock(at end: Int) {
            if let start = definitionStart, end - start > longestDefinition {
                longestDefinition = end - start
                longestDefinitionStart = start
            }
            blockStart = nil
            definitionStart = nil
            brackets = 0; delimiters = 0; angles = 0; ats = 0
            tableColumns = 0
        }

        mutating func line(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Violation? {
            var blank = true
            for i in start..<end where bytes[i] != UInt8(ascii: " ") && bytes[i] != UInt8(ascii: "\t") &&
                    bytes[i] != 0x0D {
                blank = false
                break
            }
            if blank {
                endBlock(at: start)
                return nil
            }
            if blockStart == nil { blockStart = start }
            let prefix = MarkdownLimits.prefixColumns(bytes, start, end)
            if prefix > MarkdownLimits.maximumPrefixColumns { return Violation(limit: .prefix(prefix), offset: start) }
            var i = start
            while i < end {
                switch bytes[i] {
                case UInt8(ascii: "["):
                    brackets += 1
                    if brackets > MarkdownLimits.maximumBrackets { return Violation(limit: .brackets, offset: i) }
                case UInt8(ascii: "."):
                    let w = UInt8(ascii: "w")
                    if i >= start + 3, bytes[i - 1] | 0x20 == w, bytes[i - 2] | 0x20 == w, bytes[i - 3] | 0x20 == w {
                        sawWWW = true
                    }
                case UInt8(ascii: "]"):
                    closing += 1
                    if definitionStart == nil, i + 1 < end, bytes[i + 1] == UInt8(ascii: ":") { definitionStart = i }
                case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"):
                    delimiters += 1
                    if delimiters > MarkdownLimits.maximumDelimiters { return Violation(limit: .delimiters, offset: i) }
                case UInt8(ascii: "<"):
                    angles += 1
                    if angles > MarkdownLimits.maximumAngles { return Violation(limit: .angles, offset: i) }
                case UInt8(ascii: "@"):
                    ats += 1
                    if ats > MarkdownLimits.maximumAts { return Violation(limit: .ats, offset: i) }
                default: break
                }
                i += 1
            }
            // Every non-blank line after a table's delimiter row is a row of that table.
            if tableColumns > 0 {
                tableCells += tableColumns
                if tableCells > MarkdownLimits.maximumTableCells { return Violation(limit: .tableCells, offset: start) }
            } else {
                tableColumns = MarkdownLimits.delimiterRowColumns(bytes, start, end)
            }
            return nil
        }
    }

    /// Columns of spaces (a tab to the next multiple of 4), `>` and list markers (`-`, `*`,
    /// `+`, `1.`, `1)`) that open the line.
    static func prefixColumns(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var i = start, column = 0
        func spaceAfter(_ j: Int) -> Bool { j == end || bytes[j] == UInt8(ascii: " ") ||
            bytes[j] == UInt8(ascii: "\t") }
        while i < end {
            let c = bytes[i]
            if c == UInt8(ascii: " ") || c == UInt8(ascii: ">") {
                column += 1; i += 1
            } else if c == UInt8(ascii: "\t") {
                column = (column / 4 + 1) * 4; i += 1
            } else if c == UInt8(ascii: "-") || c == UInt8(ascii: "*") || c == UInt8(ascii: "+"), spaceAfter(i + 1) {
                column += 1; i += 1
            } else if c >= 0x30, c <= 0x39 {
                var j = i
                while j < end, j - i < 9, bytes[j] >= 0x30, bytes[j] <= 0x39 { j += 1 }
                guard j < end, bytes[j] == UInt8(ascii: ".") ||
                        bytes[j] == UInt8(ascii: ")"), spaceAfter(j + 1) else { break }
                column += j + 1 - i
                i = j + 1
            } else {
                break
            }
        }
        return column
    }

    /// The number of columns when the line is a table's delimiter row (`|---|:--:|`), else 0.
    static func delimiterRowColumns(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var columns = 0, cellHasDash = false, cellEmpty = true, sawDash = false
        var first = start, last = end
        while first < last, bytes[first] == UInt8(ascii: " ") || bytes[first] == UInt8(ascii: "\t") { first += 1 }
        while last > first, [UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0D].contains(bytes[last - 1]) { last -= 1 }
        if first < last, bytes[first] == UInt8(ascii: "|") { first += 1 }
        if last > first, bytes[last - 1] == UInt8(ascii: "|") { last -= 1 }
        guard first < last else { return 0 }
        for i in first...last {
            let c: UInt8 = i < last ? bytes[i] : UInt8(ascii: "|")
            switch c {
            case UInt8(ascii: "|"):
                guard cellHasDash, !cellEmpty else { return 0 }
                columns += 1
                cellHasDash = false
                cellEmpty = true
            case UInt8(ascii: "-"):
                cellHasDash = true; cellEmpty = false; sawDash = true
            case UInt8(ascii: ":"):
                cellEmpty = false
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                break
            default:
                return 0
            }
        }
        return sawDash ? columns : 0
    }

    /// Where the bytes the autolink extension scans after each `www.` (up to the end of the
    /// run of host characters) first add up to more than `maximumAutolinkScan`.
    static func autolinkScanOverflow(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var total = 0, count = 0, positions = 0
        var i = 0
        while i <= bytes.count {
            let c: UInt8 = i < bytes.count ? bytes[i] : 0x20
            if c <= 0x20 || (c < 0x80 && isRunBreak(c)) {
                total += count * i - positions
                if total > maximumAutolinkScan { return i }
                count = 0
                positions = 0
            } else if c | 0x20 == UInt8(ascii: "w"), i + 3 < bytes.count, bytes[i + 1] | 0x20 == UInt8(ascii: "w"),
                      bytes[i + 2] | 0x20 == UInt8(ascii: "w"), bytes[i + 3] == UInt8(ascii: ".") {
                count += 1
                positions += i
            }
            i += 1
        }
        return nil
    }

    /// ASCII punctuation that ends a host name run (`.`, `-`, `_` and `\` do not).
    static func isRunBreak(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "\\"): false
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: true
        default: false
        }
    }
}

extension MarkdownLimits {
    /// The located error for a violation: line and column (in scalars) of the byte offset.
    static func diagnostic(_ violation: Violation, in body: String, firstLine: Int, file: String) -> Diagnostic {
        let before = body.utf8.prefix(violation.offset)
        let line = before.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { before.index(after: $0) } ?? before.startIndex
        let column = before[lineStart...].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        let location = SourceLocation(file: file, line: firstLine + line, column: column)
        return switch violation.limit {
        case .size(let bytes): MarkdownMessage.tooLarge.at(location,
            ["kib": kib(bytes), "over": kib(bytes - maximumBytes), "limit": kib(maximumBytes)])
        case .prefix(let columns): MarkdownMessage.tooDeep.at(location, ["columns": String(columns),
            "over": String(columns - maximumPrefixColumns), "limit": String(maximumPrefixColumns)])
        case .brackets: MarkdownMessage.tooManyBrackets.at(location, ["limit": String(maximumBrackets)])
        case .delimiters: MarkdownMessage.tooManyDelimiters.at(location, ["limit": String(maximumDelimiters)])
        case .angles: MarkdownMessage.tooManyAngles.at(location, ["limit": String(maximumAngles)])
        case .ats: MarkdownMessage.tooManyAts.at(location, ["limit": String(maximumAts)])
        case .referenceExpansion(let bytes): MarkdownMessage.referenceExpansion.at(location,
            ["mb": String(bytes / 1_000_000), "limit": String(maximumReferenceExpansion / 1_000_000)])
        case .autolinkScan: MarkdownMessage.autolinkScan.at(location)
        case .tableCells: MarkdownMessage.tableCells.at(location, ["limit": String(maximumTableCells)])
        }
    }

    /// Bytes as whole KiB, rounded up, as messages give sizes.
    static func kib(_ bytes: Int) -> String { String((bytes + 1023) / 1024) }
}
