import Foundation
import Testing
@testable import SaphaCore
@testable import SaphaSupport
@testable import SaphaTemplates
import SaphaTestSupport

/// Hostile catalogue, round two: Markdown that crashes or stalls Debian's cmark-gfm never
/// reaches it (`MarkdownLimits`); each case is refused at the line where it crosses a bound,
/// saying which bound and by how much. The worst bodies inside the bounds still render.
@Suite("Hostile content: Markdown bounds")
struct HostileMarkdownTests {
    static let header = HostileContentTests.meetingHeader  // 5 lines: the body starts on line 6

    /// The first line of the only diagnostic of a meeting with this body.
    func refusal(_ body: String) throws -> [String] {
        let site = try TestSite()
        try site.write("districts/thung-khru/meetings/bomb.md", Self.header + body)
        return site.errors().map { String($0.split(separator: "\n").first ?? "") }
    }

    static let file = "content/districts/thung-khru/meetings/bomb.md"

    @Test func oneLongReferenceUsedThousandsOfTimesIsRefused() throws {
        // The 160 KB file that made cmark-gfm abort() the whole build (SIGABRT) before.
        let body = "[a]: https://example.org/" + String(repeating: "x", count: 40_000) + "\n\n"
            + String(repeating: String(repeating: "[a] ", count: 500) + "\n\n", count: 60)
        #expect(try refusal(body) == [
            "\(Self.file):6:3: error: the link reference definition here could repeat 1200 MB of text through the "
                + "body's ']' (limit 4 MB)",
        ])
    }

    /// `sapha check` does not parse a body of up to 64 KiB with nothing to report in it
    /// (`Markdown.unparsedCheckLimit`), so such a body must never render over the page limit:
    /// the constructs that grow most in HTML, each repeated to 64 KiB (a block each where
    /// `MarkdownLimits` counts per block), stay under 32 bytes of HTML per byte written.
    @Test func aBodyCheckLeavesUnparsedCannotRenderOverTheLimit() throws {
        let columns = 100
        let table = "|" + String(repeating: "a|", count: columns) + "\n|" + String(repeating: ":-:|", count: columns)
            + "\n"
        let worst: [(name: String, start: String, unit: String)] = [
            ("quotes 32 deep", "", String(repeating: "> ", count: 32) + "\n\n"),
            ("aligned empty cells", table, String(repeating: "|", count: columns + 1) + "\n"),
            ("lists 31 deep", "", String(repeating: "- ", count: 31) + "a\n\n"),
            ("lone list markers", "", "-\n"),
            ("escaped characters", "", "&\"&>"),
            ("emphasis", "", "***a*** ~~b~~\n\n"),
            ("headings", "", "#\n"),
            ("autolinks", "", "www.a.th a@b.th\n\n"),
            ("hard breaks", "", "a\\\n"),
            ("task items", "", "- [ ] x\n\n"),
            ("code spans", "", "`a` `b`\n\n"),
            ("rules", "", "***\n\n"),
        ]
        for (name, start, unit) in worst {
            var body = start
            while body.utf8.count + unit.utf8.count <= Markdown.unparsedCheckLimit { body += unit }
            #expect(!Markdown.needsParseToCheck(body), "\(name) would be parsed")
            #expect(MarkdownLimits.check(body) == nil, "\(name) is refused before rendering")
            let html = Markdown.render(body).html.utf8.count
            #expect(html < 32 * body.utf8.count, "\(name): \(html) bytes of HTML for \(body.utf8.count)")
            #expect(html <= MarkdownLimits.maximumRenderedBytes, "\(name)")
        }
        // One byte more, or a link, and the body is parsed.
        #expect(Markdown.needsParseToCheck(String(repeating: "ก", count: Markdown.unparsedCheckLimit / 3 + 1)))
        #expect(Markdown.needsParseToCheck("[a](data:x)"))
        #expect(Markdown.needsParseToCheck("[a]\n\n[a]: data:x"))
        #expect(Markdown.needsParseToCheck("<div>"))
        #expect(Markdown.needsParseToCheck("[[road]]"))
    }

    @Test func aBodyOverTheSizeLimitIsRefusedWithTheExcess() throws {
        let body = String(repeating: "การประชุมสภาคนเมือง\n\n", count: 10_000)  // 590,000 bytes
        #expect(try refusal(body) == [
            "\(Self.file):6:1: error: the text below the front matter is 577 KiB, 65 KiB over the limit of 512 KiB",
        ])
    }

    @Test func deepListsAndQuotesWithLazyLinesAreRefused() throws {
        let list = (0..<40).map { String(repeating: "  ", count: $0) + "- a" }.joined(separator: "\n") + "\nlazy\n"
        #expect(try refusal(list) == [
            "\(Self.file):38:1: error: this line is indented or nested 66 columns deep (lists, quotes '>'), 2 over "
                + "the limit of 64",
        ])
        #expect(try refusal(String(repeating: "> ", count: 40) + "a\nlazy\n") == [
            "\(Self.file):6:1: error: this line is indented or nested 80 columns deep (lists, quotes '>'), 16 over "
                + "the limit of 64",
        ])
    }

    @Test func quadraticInlineConstructsAreRefusedPerParagraph() throws {
        let cases: [(String, String)] = [
            (String(repeating: "![[]()", count: 2_000), "6:3002: error: this paragraph, list or table has more than "
                + "1000 '[' characters"),
            (String(repeating: "*a **a ", count: 1_000), "6:2335: error: this paragraph, list or table has more than "
                + "1000 '*', '_' or '~' characters"),
            (String(repeating: "<?", count: 2_000), "6:2001: error: this paragraph, list or table has more than 1000 "
                + "'<' characters"),
            (String(repeating: "a@b. ", count: 1_000), "6:2502: error: this paragraph, list or table has more than "
                + "500 '@' characters"),
        ]
        for (body, expected) in cases {
            #expect(try refusal(body + "\n") == ["\(Self.file):\(expected) without a blank line"])
        }
    }

    @Test func autolinkAndTableBombsAreRefused() throws {
        #expect(try refusal(String(repeating: "www.", count: 100_000) + "\n") == [
            "\(Self.file):6:400001: error: too many 'www.' addresses run into long unbroken text here",
        ])
        let wide = "|" + String(repeating: " a "
            + "|", count: 1_000) + "\n|" + String(repeating: "---|", count: 1_000) + "\n"
        #expect(try refusal(wide + String(repeating: "x\n", count: 400)) == [
            "\(Self.file):308:1: error: the tables of this text have more than 300000 cells (columns × rows)",
        ])
    }

    @Test func footnoteReferencesThatRenderOverThePageLimitAreRefused() throws {
        // 400 references per paragraph (under 1,000 '['), 96 KB: 5.5 MB of HTML.
        let body = String(repeating: String(repeating: "[^1]", count: 400) + "\n\n", count: 60) + "[^1]: note\n"
        #expect(try refusal(body) == [
            "\(Self.file):6:1: error: the text below the front matter renders to 5500 KiB of HTML, 1404 KiB over the "
                + "limit of 4096 KiB",
        ])
    }

    @Test func theWorstBodiesInsideTheBoundsRender() throws {
        // Each at the per-paragraph limits, paragraphs repeated up to the size limit.
        let paragraph = String(repeating: "*a **a ", count: 140) + String(repeating: "[", count: 900) + "\n\n"
        let emphasis = String(repeating: paragraph, count: MarkdownLimits.maximumBytes / paragraph.utf8.count)
        #expect(MarkdownLimits.check(emphasis) == nil)
        let lazy = (0..<32).map { String(repeating: "  ", count: $0) + "- "
            + "a" }.joined(separator: "\n") + "\n" + String(repeating: "lazy\n", count: 1_000)
        let lists = String(repeating: lazy + "\n", count: MarkdownLimits.maximumBytes / (lazy.utf8.count + 1))
        #expect(MarkdownLimits.check(lists) == nil)
        for body in [emphasis, lists] {
            let rendered = InlineReferences.prepare(body, firstLine: 1, context: FileContext(path: "x.md"))
            #expect(rendered.html.utf8.count > 100_000)
        }
    }

    @Test func ordinaryMinutesAreFarInsideEveryBound() throws {
        let site = try TestSite()
        let minutes = site.content.appendingPathComponent("districts/thung-khru/meetings/1-2566.md")
        let text = try String(contentsOf: minutes, encoding: .utf8)
        #expect(MarkdownLimits.check(String(repeating: text,
            count: MarkdownLimits.maximumBytes / text.utf8.count)) == nil)
    }
}

/// Hostile catalogue, round two: what a body's links and images may load (`MarkdownURLs`).
@Suite("Hostile content: links and images")
struct HostileImageTests {
    @Test func dataURLsAndThirdPartyImagesNeverReachAPage() throws {
        let site = try TestSite()
        try site.write("districts/thung-khru/meetings/pixels.md", HostileContentTests.meetingHeader + """
            [a](DATA:text/html,x) [b]( data:image/png;base64,AAAA)

            ![pixel](https://tracker.example/p.gif) ![inline](data:image/png;base64,AAAA) ![own](/assets/logo.png)

            """)
        let (files, report) = try site.render()
        #expect(report.diagnostics.map { String($0.description.split(separator: "\n")[0]) } == [
            "content/districts/thung-khru/meetings/pixels.md:6:1: warning: a link to a data: address is not "
                + "published; the link text stays",
            "content/districts/thung-khru/meetings/pixels.md:6:23: warning: a link to a data: address is not "
                + "published; the link text stays",
            "content/districts/thung-khru/meetings/pixels.md:8:1: warning: an image from another website is shown as "
                + "a link to it: "
                + "the portal's pages load nothing from other hosts",
            "content/districts/thung-khru/meetings/pixels.md:8:41: warning: an image with a data: or non-web address "
                + "is not published; "
                + "its description stays",
        ])
        let file = try #require(files.first { $0.path == "th/thung-khru/meetings/pixels/index.html" })
        let page = String(decoding: file.data, as: UTF8.self)
        #expect(!page.lowercased().contains("data:"))
        #expect(page.contains("<a href=\"https://tracker.example/p.gif\">pixel</a>"))
        #expect(!page.contains("<img src=\"https://tracker.example"))
        #expect(page.contains("<img src=\"/assets/logo.png\" alt=\"own\" />"))
        #expect(page.contains(" inline "))
    }
}

/// Hostile catalogue, round two: references where a link cannot go.
@Suite("Hostile content: references inside links")
struct HostileReferenceTests {
    @Test func aReferenceInsideLinkTextOrAnAutolinkNeverNestsOrLeaks() throws {
        let site = try TestSite()
        try site.write("districts/thung-khru/meetings/nested.md", HostileContentTests.meetingHeader + """
            [see [[road]] here](https://example.org/a) and https://example.org/[[road]]/x

            """)
        let (files, _) = try site.render()
        let file = try #require(files.first { $0.path == "th/thung-khru/meetings/nested/index.html" })
        let page = String(decoding: file.data, as: UTF8.self)
        let body = try #require(page.components(separatedBy: "<main").last)
        // No link inside a link: every <a> is closed before the next opens.
        var open = false
        for piece in body.components(separatedBy: "<a")[1...] {
            #expect(!open, "an <a> inside an <a>")
            open = !piece.contains("</a>")
        }
        #expect(!page.contains("%EE%80") && !page.contains("\u{E000}") && !page.contains("\u{E001}"))
        #expect(body.contains("<a href=\"https://example.org/a\">see ถนนชำรุด here</a>"))
    }
}
