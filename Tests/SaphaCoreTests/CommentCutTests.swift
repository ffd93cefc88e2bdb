import Foundation
import Testing
@testable import SaphaCore
@testable import SaphaSupport
import SaphaTestSupport

/// A plain YAML value cut short by ` #` is a warning at the `#` (issue 13).
@Suite("Load: YAML values cut by a comment")
struct CommentCutTests {
    func warnings(_ yaml: String, firstLine: Int = 1) -> [String] {
        let context = FileContext(path: "x.yaml", yamlFirstLine: firstLine)
        _ = context.compose(yaml)
        return context.diagnostics.items.map { String($0.description.split(separator: "\n")[0]) }
    }

    static let cut = "warning: YAML reads ' #' and the rest of the line as a comment, so only"

    @Test func aValueCutByACommentIsReportedAtTheHash() {
        let context = FileContext(path: "x.yaml")
        _ = context.compose("title: ถนนชำรุด #2 ซอย 5\n")
        #expect(context.diagnostics.items.map(\.description) == ["""
            x.yaml:1:17: warning: YAML reads ' #' and the rest of the line as a comment, so only 'ถนนชำรุด' is published
              YAML อ่าน ' #' และข้อความที่เหลือในบรรทัดเป็นหมายเหตุ จึงเผยแพร่เพียง 'ถนนชำรุด'
              fix: if it is part of the value, put the whole value in quotes: "ถนนชำรุด #2 ซอย 5"; if it is a note, \
            move it to a line of its own
              วิธีแก้: ถ้าเป็นส่วนหนึ่งของค่า ให้ใส่เครื่องหมายคำพูดครอบทั้งค่า: "ถนนชำรุด #2 ซอย 5" \
            ถ้าเป็นหมายเหตุ ให้ย้ายไปไว้บรรทัดของตัวเอง
            """])
    }

    @Test func commentsThatCutNothingAreNotReported() {
        #expect(warnings("""
            # a note on its own line
            title: "ถนน #2" # after a quoted value
            agenda: # after a key
              - 'วาระ #1'   # after a single-quoted value
              - วาระ#2
            issues: [road, flood] # after a list
            body: |
              text #not a comment
            """).isEmpty)
    }

    @Test func everyPlainValueIsCheckedInListsMappingsAndOverLines() {
        #expect(warnings("""
            agenda:
              - ประธานแจ้ง #1
              - เรื่อง	#tab
            name: {th: ทุ่งครุ}
            note: ยาว
              ต่อบรรทัด #ท้าย
            """, firstLine: 2) == [
            "x.yaml:3:16: \(Self.cut) 'ประธานแจ้ง' is published",
            "x.yaml:4:12: \(Self.cut) 'เรื่อง' is published",
            "x.yaml:7:13: \(Self.cut) 'ยาว ต่อบรรทัด' is published",
        ])
    }

    @Test func aValueRepeatedByAnAliasIsReportedOnceWhereItIsWritten() {
        // …and an anchor or a tag before the value does not hide the cut.
        #expect(warnings("a: &x ถนน #1\nb: *x\nc: *x\nd: !!str ถนน #2\n").map { $0.prefix(12) }
                == ["x.yaml:1:11:", "x.yaml:4:14:"])
    }

    @Test func aQuoteInsideTheValueGetsSingleQuotes() {
        let context = FileContext(path: "x.yaml")
        _ = context.compose("title: ห้อง \"A\" #2\n")
        #expect(context.diagnostics.items.first?.fix?.en
            == "if it is part of the value, put the whole value in single quotes: 'ห้อง \"A\" #2'; if it is a note, "
                + "move it to a line of its own")
    }
}
