import Foundation
import Testing
@testable import SaphaCore
@testable import SaphaSupport
import SaphaTestSupport

/// `[[…]]` wherever cmark-gfm shows text (issue 13): linked in nested lists, lazy lines,
/// quotes and table cells; left alone in real code; any other `[[` in text an error.
@Suite("Markup: inline references where cmark-gfm shows text")
struct InlineReferenceTests {
    func prepare(_ body: String) -> (body: MarkdownBody, diagnostics: [String]) {
        let context = FileContext(path: "m.md")
        let prepared = InlineReferences.prepare(body, firstLine: 10, context: context)
        return (prepared, context.diagnostics.items.map { String($0.description.split(separator: "\n")[0]) })
    }

    func ids(_ body: String) -> [String] { prepare(body).body.references.map(\.id) }

    func at(_ line: Int, _ column: Int) -> SaphaSupport.SourceLocation {
        SaphaSupport.SourceLocation(file: "m.md", line: line, column: column)
    }

    @Test func aReferenceInANestedAgendaListIsLinked() {
        let (body, diagnostics) = prepare("1. วาระที่ 1\n    - เรื่อง [[road]]\n    - [[meeting:1-2566]]\n")
        #expect(diagnostics.isEmpty)
        #expect(body.references == [Reference(.issue, "road", at: at(11, 14)),
                                    Reference(.meeting, "1-2566", at: at(12, 7))])
        #expect(body.source == "1. วาระที่ 1\n    - เรื่อง \u{E000}0\u{E001}\n    - \u{E000}1\u{E001}\n")
        #expect(body.html.contains("<li>เรื่อง \u{E000}0\u{E001}</li>"))
        #expect(!body.html.contains("[["))
    }

    @Test func everyPlaceCmarkShowsAsTextIsRead() {
        // Continuation lines indented four spaces, a lazy line, eight levels of lists, a tab,
        // a quote with a lazy line, a table cell, a heading, link text, an image's description.
        #expect(ids("- a\n    [[a]]\n\n- b\nlazy [[b]]\n") == ["a", "b"])
        let deep = (0..<8).map { String(repeating: "  ", count: $0) + "- level [[d\($0)]]" }.joined(separator: "\n")
        #expect(ids(deep) == (0..<8).map { "d\($0)" })
        #expect(ids("1. a\n\n\t[[t]]\n") == ["t"])
        #expect(ids("> quote [[q]]\nlazy [[l]]\n") == ["q", "l"])
        #expect(ids("| a | b |\n|---|---|\n| [[c]] | x |\n") == ["c"])
        #expect(ids("## [[h]]\n\n[see [[x]]](https://example.org) ![a [[y]]](/assets/a.png)\n") == ["h", "x", "y"])
    }

    @Test func realCodeIsLeftAsWritten() {
        // An indented block at the top, fenced blocks (also inside a list), a code span that
        // runs over two lines, a code block inside a list item (eight spaces), a fence's info.
        let text = "    [[a]]\n\n```\n[[b]]\n```\n\n- x\n\n  ~~~\n  [[c]]\n  ~~~\n\n`one\n[[d]] two`\n\n"
            + "- y\n\n        [[e]]\n\n```[[f]]\nz\n```\n"
        let (body, diagnostics) = prepare(text)
        #expect(diagnostics.isEmpty)
        #expect(body.references.isEmpty)
        #expect(body.source == text)
        for id in ["a", "b", "c", "e"] { #expect(body.html.contains("[[\(id)]]\n</code>"), "\(id)") }
        #expect(body.html.contains("<code>one [[d]] two</code>"))
        #expect(body.html.contains("class=\"language-[[f]]\""))
    }

    @Test func aBracketPairThatIsNotAReferenceIsAnError() {
        // Over two lines, holding a backtick, longer than 80 characters.
        let long = String(repeating: "ก", count: 90)
        let (body, diagnostics) = prepare("ถนน [[road\nต่อ]] และ [[a`b]]\n- ข้อ [[ยาว \(long)]]\n")
        #expect(body.references.isEmpty)
        #expect(diagnostics == [
            "m.md:10:5: error: '[[' here is not a reference: the page would show the brackets as written",
            "m.md:11:11: error: '[[' here is not a reference: the page would show the brackets as written",
            "m.md:12:7: error: '[[' here is not a reference: the page would show the brackets as written",
        ])
    }

    @Test func escapedBracketsCodeAndLinksAfterABracketAreNotErrors() {
        // `\[[` is how to write brackets; `[[x](url)` is a bracket before a link; `[[[a]]]`
        // is a reference between two brackets; a `[[` in code or in a link's address is not text.
        let (body, diagnostics) = prepare("\\[[a]] [[x](https://example.org) [[[b]]] `[[c` [y](https://x.org/[[d)\n"
            + "```\n[[e\n```\n")
        #expect(diagnostics.isEmpty)
        #expect(body.references.map(\.id) == ["b"])
        #expect(body.html.contains("[[a]] [<a href=\"https://example.org\">x</a> [\u{E000}0\u{E001}] <code>[[c</code>"))
        #expect(body.html.contains("href=\"https://x.org/%5B%5Bd\""))
        #expect(!body.html.contains("\u{E002}") && !body.html.contains("\u{E003}"))
    }

    @Test func bracketsBeforeAReferenceAreStraysFromTwoOn() {
        let (body, diagnostics) = prepare("[[[road]]] [[[[flood]]\n")
        #expect(body.references.map(\.id) == ["road", "flood"])
        #expect(diagnostics == ["m.md:10:12: error: '[[' here is not a reference: the page would show the brackets "
            + "as written"])
    }

    @Test func invalidIdsInCodeAreNotReportedAndInTextAre() {
        let (_, diagnostics) = prepare("`[[Bad Id]]`\n\n- a\n    [[Bad Id]]\n")
        #expect(diagnostics == ["m.md:13:5: error: 'Bad Id' in [[Bad Id]] is not a valid id"])
    }

    @Test func diagnosticsComeInTheOrderWritten() {
        let (_, diagnostics) = prepare("[[x y]] [[a\n[[minutes:1]]\n")
        #expect(diagnostics == [
            "m.md:10:1: error: 'x y' in [[x y]] is not a valid id",
            "m.md:10:9: error: '[[' here is not a reference: the page would show the brackets as written",
            "m.md:11:1: error: unknown kind of reference 'minutes' in [[minutes:1]]",
        ])
    }

    @Test func markCharactersCannotBeForged() {
        let (body, diagnostics) = prepare("a \u{E002}0\u{E003} [[b\n")
        #expect(body.html == "<p>a 0 [[b</p>\n")
        #expect(diagnostics.count == 1)
    }

    /// Random bodies of Markdown's pieces (seeded, so every run is the same): a body without
    /// errors shows no `[[` outside code on its page; and, with no `]]` anywhere, a
    /// '[[' is reported exactly when cmark-gfm alone would show `[[` in the page's text.
    @Test func noBracketPairReachesAPageWithoutAnError() {
        let pieces = ["[[", "]]", "[", "]", "`", "``", "```\n", "~~~\n", "\n", "\n\n", "    ", "  ", "\t", "- ", "1. ",
                      "> ", "|", "| --- |", "<", ">", "<div>", "</div>", "<br>", "<!--", "-->", "road", "meeting:",
                      "a", "ถนน", "(", ")", "](", "https://x.org/", "www.x.org", "*", "_", "~~", "[^1]", "[^1]: ",
                      "[x]: ", "!", "\"", "'", "0", ":", " ", "#", "<a href=\"x\">", "</a>", "![", "[[road]]",
                      "[[x y]]"]
        var seed: UInt64 = 13
        func next(_ count: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(count))
        }
        func body(_ pieces: [String]) -> String { (0...next(40)).map { _ in pieces[next(pieces.count)] }.joined() }
        for _ in 0..<4_000 {
            let text = body(pieces)
            let context = FileContext(path: "m.md")
            let prepared = InlineReferences.prepare(text, firstLine: 1, context: context)
            guard !context.diagnostics.hasErrors else { continue }
            let html = Markdown.html(prepared, link: { _ in "<a>R</a>" }, plain: { _ in "R" })
            #expect(!Self.pageText(html).contains("[["), "\(text)")
        }
        let unclosed = pieces.filter { !$0.contains("]") }
        for _ in 0..<4_000 {
            let text = body(unclosed)
            let context = FileContext(path: "m.md")
            _ = InlineReferences.prepare(text, firstLine: 1, context: context)
            let reported = context.diagnostics.items.contains { $0.code == MarkdownMessage.unresolvedReference.code }
            #expect(reported == Self.pageText(Markdown.html(text)).contains("[["), "\(text)")
        }
    }

    /// The text of HTML outside tags, `<code>` and `<pre>` (a tag counts as a space).
    static func pageText(_ html: String) -> String {
        var text = ""
        var inTag = false, code = 0
        var rest = Substring(html)
        while let c = rest.first {
            if rest.hasPrefix("<code") || rest.hasPrefix("<pre") { code += 1 }
            if rest.hasPrefix("</code") || rest.hasPrefix("</pre") { code -= 1 }
            if c == "<" { inTag = true; text += " " } else if c == ">" { inTag = false } else if !inTag, code == 0 {
                text.append(c)
            }
            rest = rest.dropFirst()
        }
        return text
    }

    @Test func aNestedReferenceIsLinkedOnItsPage() throws {
        let site = try TestSite()
        try site.write("districts/thung-khru/meetings/3-2566.md", """
            ---
            date: 2023-04-01
            mode: online
            status: held
            ---
            1. วาระที่ 1
                - เรื่อง [[road]]
                    - ติดตาม [[meeting:1-2566]]

            """)
        let (files, report) = try site.render()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let file = try #require(files.first { $0.path == "th/thung-khru/meetings/3-2566/index.html" })
        let page = String(decoding: file.data, as: UTF8.self)
        #expect(page.contains("<li>เรื่อง <a class=\"ref ref-issue\" href=\"/councils/th/thung-khru/issues/road/\">"))
        #expect(page.contains(
            "<li>ติดตาม <a class=\"ref ref-meeting\" href=\"/councils/th/thung-khru/meetings/1-2566/\">"))
        #expect(!page.contains("[["))
        // The meeting now mentions the issue: it is on the issue's timeline.
        let issue = try #require(files.first { $0.path == "th/thung-khru/issues/road/index.html" })
        #expect(String(decoding: issue.data, as: UTF8.self).contains("/councils/th/thung-khru/meetings/3-2566/"))
    }
}
