import Foundation
import Testing
@testable import SaphaCore
@testable import SaphaSupport
import SaphaTestSupport

/// HTML typed in a body is left out of the page; each is a warning where it was written, with
/// what to write instead (issue 13).
@Suite("Markup: HTML that is not published")
struct RawHTMLTests {
    func warnings(_ body: String) -> [String] {
        let context = FileContext(path: "m.md")
        _ = InlineReferences.prepare(body, firstLine: 10, context: context)
        return context.diagnostics.items.map { String($0.description.split(separator: "\n")[0]) }
    }

    func tag(_ place: String, _ name: String) -> String {
        "m.md:\(place): warning: the HTML tag <\(name)> is not published: pages leave out HTML written in the text "
            + "(the text around it stays)"
    }

    @Test func aSignatureBlockIsOneWarningAtItsFirstLine() {
        let context = FileContext(path: "m.md")
        _ = InlineReferences.prepare("มติที่ประชุม\n\n<div align=\"right\">\nลงชื่อ ประธาน\n</div>\n", firstLine: 10,
                                     context: context)
        #expect(context.diagnostics.items.map(\.description) == ["""
            m.md:12:1: warning: this HTML block, which starts with <div>, is not published, nor is any text in it up \
            to line 14: pages leave out HTML written in the text
              บล็อก HTML นี้ซึ่งขึ้นต้นด้วย <div> จะไม่ถูกเผยแพร่ รวมทั้งข้อความทั้งหมดในบล็อกจนถึงบรรทัดที่ 14 \
            เพราะหน้าเว็บตัด HTML ที่เขียนในเนื้อหาออก
              fix: write the text without the tag: pages do not centre, align or colour text; for a signature block, \
            end each line with a backslash \\ or leave a blank line between them
              วิธีแก้: เขียนข้อความโดยไม่ใส่แท็ก หน้าเว็บไม่จัดกึ่งกลาง ไม่จัดชิดขวา และไม่เปลี่ยนสีข้อความ \
            สำหรับส่วนลงนาม ให้ลงท้ายแต่ละบรรทัดด้วยเครื่องหมาย \\ หรือเว้นบรรทัดว่างระหว่างบรรทัด
            """])
    }

    @Test func tagsInTextAreLocatedInCharactersOnEveryKindOfLine() {
        // Thai before a tag (three bytes a character), a nested list, a lazy line, two tags
        // with the same name on one line, a tag over two lines.
        #expect(warnings("ข้อความ <u>ขีดเส้นใต้</u>\n1. วาระ\n    - เรื่อง <br> ต่อ <br>\nlazy <b>x</b>\n\n"
            + "> <span\n> title=\"x\">y</span>\n") == [
            tag("10:9", "u"), tag("12:14", "br"), tag("12:23", "br"), tag("13:6", "b"), tag("15:3", "span"),
        ])
    }

    @Test func eachTagGetsTheFixForIt() {
        let context = FileContext(path: "m.md")
        _ = InlineReferences.prepare("a <br> <i>b</i> <a href=\"https://x.org\">c</a> <img src=\"x.png\"> <td> <h2> "
            + "<li> <iframe> <blink>\n", firstLine: 1, context: context)
        #expect(context.diagnostics.items.map { $0.fix?.en.prefix(24) ?? "" } == [
            "to start a new line, end", "write **bold** or *itali", "write a link as [text](h",
            "write an image as ![desc", "write a table with | bet", "write a heading as a lin",
            "write each list item on ", "remove it: pages run no ", "write it in Markdown, wi",
        ])
    }

    @Test func commentsClosingTagsAndEscapedOrCodedHTMLAreNotReported() {
        #expect(warnings("<!-- หมายเหตุของผู้เขียน -->\n\nข้อความ <!-- ในบรรทัด --> ต่อ </div>\n\n</div>\n\n"
            + "`<br>` \\<br> &lt;br&gt;\n\n    <div>code</div>\n").isEmpty)
        // A closing tag that starts a block takes the text below it along: reported.
        #expect(warnings("</div>\nลงชื่อ\n") == ["m.md:10:1: warning: this HTML block, which starts with <div>, is not "
            + "published, nor is any text in it up to line 11: pages leave out HTML written in the text"])
    }

    @Test func rawHTMLHidesTheReferencesInIt() {
        let context = FileContext(path: "m.md")
        let body = InlineReferences.prepare("<div>\n[[a]]\n</div>\n\n<span title=\"[[b]]\">x</span>\n", firstLine: 1,
                                            context: context)
        #expect(body.references.isEmpty)
        #expect(context.diagnostics.items.map(\.code) == ["W-MD-RAW-HTML-BLOCK", "W-MD-RAW-HTML"])
    }
}
