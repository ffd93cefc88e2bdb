import Foundation
import Yams
import SaphaSupport

/// Where diagnostics of one file go while it is being read. One per file, one thread.
package final class FileContext: DiagnosticSink {
    package let path: String
    /// File line of YAML line 1.
    let lineOffset: Int
    private(set) var diagnostics = Diagnostics()
    /// Set once the body's reference limit was reported, so it is reported once.
    package var referenceLimitReported = false

    package init(path: String, yamlFirstLine: Int = 1) {
        self.path = path
        self.lineOffset = yamlFirstLine - 1
    }

    func location(of node: Node?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(file: path, line: lineOffset + 1) }
        return SourceLocation(file: path, line: mark.line + lineOffset, column: mark.column)
    }

    package func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    func error(_ node: Node?, en: String, th: String, fixEN: String? = nil, fixTH: String? = nil) {
        let fix = fixEN.map { Bilingual(en: $0, th: fixTH ?? $0) }
        report(.error(at: location(of: node), Bilingual(en: en, th: th), fix: fix))
    }

    /// Parses YAML text into a node tree; a syntax error is reported with its line and column.
    func compose(_ yaml: String) -> Node? {
        // Yams composes recursively: thousands of nested levels overflow the stack. Content
        // never needs more than a few, so deep nesting is refused before Yams sees it.
        if let deep = YAMLHints.tooDeep(yaml) {
            report(.error(
                at: SourceLocation(file: path, line: deep.line + lineOffset, column: deep.column),
                Bilingual(en: "the YAML is nested more than \(YAMLHints.maximumDepth) levels deep",
                          th: "YAML ซ้อนกันลึกเกิน \(YAMLHints.maximumDepth) ชั้น"),
                fix: Bilingual(en: "front matter fields need at most a few levels; remove the extra brackets or indentation",
                               th: "ข้อมูลส่วนหัวต้องการการซ้อนเพียงไม่กี่ชั้น ลบวงเล็บหรือการย่อหน้าที่เกินออก")))
            return nil
        }
        do {
            let root = try Yams.compose(yaml: yaml)
            if let root, !checkValues(root, sourceBytes: yaml.utf8.count) { return nil }
            return root
        } catch let error as YamlError {
            var line = 1, column = 1, problem = "\(error)"
            switch error {
            case .scanner(_, let p, let mark, _), .parser(_, let p, let mark, _), .composer(_, let p, let mark, _):
                line = mark.line
                column = mark.column
                problem = p
            case .reader(let p, _, _, _):
                problem = p
            default:
                break
            }
            // libyaml gives up where an unclosed quote finally breaks the structure, often
            // lines later; point at the line where the quote was opened instead.
            if let open = YAMLHints.unclosedQuoteLine(in: yaml, before: line) {
                report(.error(
                    at: SourceLocation(file: path, line: open.line + lineOffset, column: open.column),
                    Bilingual(en: "a quotation mark opened here is never closed",
                        th: "เครื่องหมายคำพูดที่เปิดตรงนี้ไม่มีการปิด"),
                    fix: Bilingual(en: "close the quotation mark at the end of the value, or remove it",
                        th: "ใส่เครื่องหมายคำพูดปิดท้ายค่า หรือลบเครื่องหมายคำพูดออก")))
                return nil
            }
            let hint = YAMLHints.hint(for: problem)
            report(.error(
                at: SourceLocation(file: path, line: line + lineOffset, column: column),
                Bilingual(en: "the YAML is not valid: \(problem)", th: "รูปแบบ YAML ไม่ถูกต้อง: \(problem)"),
                fix: hint))
            return nil
        } catch {
            report(.error(at: SourceLocation(file: path, line: lineOffset + 1),
                          Bilingual(en: "the YAML is not valid: \(error)", th: "รูปแบบ YAML ไม่ถูกต้อง: \(error)")))
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
                error(root, en: LoadMessages.aliasExpansion(Self.maximumAliasBytes).en,
                      th: LoadMessages.aliasExpansion(Self.maximumAliasBytes).th,
                      fixEN: LoadMessages.aliasExpansionFix.en, fixTH: LoadMessages.aliasExpansionFix.th)
                return false
            }
            if count > Self.maximumValues {
                error(root, en: "the YAML expands to more than \(Self.maximumValues) values (anchors '&' and aliases '*' repeat them)",
                      th: "YAML ขยายเป็นค่ามากกว่า \(Self.maximumValues) ค่า (anchor '&' และ alias '*' ทำให้ค่าซ้ำ)",
                      fixEN: "write the values out instead of using aliases", fixTH: "เขียนค่าแต่ละค่าเองแทนการใช้ alias")
                return false
            }
            switch node {
            case .scalar(let scalar):
                // Control characters are single bytes in UTF-8: look at the bytes first.
                if scalar.string.containsByte(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0x7F }),
                   let control = scalar.string.unicodeScalars.first(where: SourceFile.isControl) {
                    error(node, en: "this text contains an invisible control character (\(SourceFile.controlName(control)))",
                          th: "ข้อความนี้มีอักขระควบคุมที่มองไม่เห็น (\(SourceFile.controlName(control)))",
                          fixEN: "remove the escape sequence that writes it", fixTH: "ลบลำดับหลีก (escape) ที่เขียนอักขระนี้ออก")
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
