import Foundation
import Testing
@testable import SaphaCore
@testable import SaphaSupport
@testable import SaphaTemplates
import SaphaTestSupport

@Suite("Render: escaping, Markdown, dates, URLs")
struct RenderTests {
    /// Cache keys hold the executable's identity, not only the version number: a developer's
    /// rebuild with the same version must not reuse pages an older build rendered.
    @Test func cacheKeysIdentifyTheExecutable() {
        #expect(SaphaVersion.build.hasPrefix(SaphaVersion.current + " "))
        #expect(SaphaVersion.build.split(separator: " ").count == 3)
    }

    @Test func escapesTheFiveCharactersAndNothingElse() {
        #expect(HTMLEscape.escape("ถนน <b>\"ก\" & 'ข'</b>") == "ถนน &lt;b&gt;&quot;ก&quot; &amp; &#39;ข&#39;&lt;/b&gt;")
        #expect(HTMLEscape.escape("ไม่มีอะไร") == "ไม่มีอะไร")
        #expect(HTMLEscape.escape("") == "")
    }

    @Test func markdownIsSafe() {
        let html = Markdown.html("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)> "
            + "[y](data:text/html,hi)\n")
        #expect(!html.contains("<script"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("onerror"))
        #expect(!html.contains("data:text"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
    }

    @Test func markdownHasGFMTablesAndDemotedHeadings() {
        let html = Markdown.html("## วาระ\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
        #expect(html.contains("<h3>วาระ</h3>"))
        #expect(html.contains("<table>"))
        #expect(html.contains("<th>a</th>"))
    }

    @Test func headingsMoveOneLevelDownAndH6Stays() {
        #expect(Markdown.html("# a\n\n##### b\n\n###### c\n") == "<h2>a</h2>\n<h6>b</h6>\n<h6>c</h6>\n")
        #expect(Markdown.html("`<h1>` <h2>x</h2>\n") == "<p><code>&lt;h1&gt;</code> <!-- raw HTML omitted -->x<!-- "
            + "raw HTML omitted --></p>\n")
    }

    @Test func placeholdersInsideTagsBecomePlainText() {
        let body = MarkdownBody(source: "![alt \u{E000}0\u{E001}](a.png) and \u{E000}0\u{E001}",
                                references: [Reference(.issue, "x", at: SourceLocation(file: "f"))])
        let html = Markdown.html(body, link: { _ in "<a href=\"/x/\">X</a>" }, plain: { _ in "X" })
        #expect(html == "<p><img src=\"a.png\" alt=\"alt X\" /> and <a href=\"/x/\">X</a></p>\n")
    }

    let months: [Language: [String]] = [
        .th: ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
            "ตุลาคม", "พฤศจิกายน", "ธันวาคม"],
        .en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"],
    ]

    @Test func buddhistEraOnThaiPagesGregorianOnEnglish() {
        let directive = Day(year: 2022, month: 12, day: 6)!
        let arabic = DateFormat(thaiDigits: false, monthNames: months)
        #expect(arabic.day(directive, .th) == "6 ธันวาคม 2565")
        #expect(arabic.day(directive, .en) == "6 December 2022")
        #expect(arabic.month(Month(year: 2023, month: 1)!, .th) == "มกราคม 2566")
        let thai = DateFormat(thaiDigits: true, monthNames: months)
        #expect(thai.day(directive, .th) == "๖ ธันวาคม ๒๕๖๕")
        #expect(thai.day(directive, .en) == "6 December 2022")
        #expect(thai.time(TimeOfDay(hour: 13, minute: 30)!, .th) == "๑๓:๓๐ น.")
    }

    @Test func urlsWorkUnderASubPath() {
        let urls = SiteURLs(baseURL: "https://example.org/bkk/councils")
        #expect(urls.origin == "https://example.org")
        #expect(urls.basePath == "/bkk/councils/")
        #expect(urls.href(.meeting(.th, "thung-khru", "1-2566")) == "/bkk/councils/th/thung-khru/meetings/1-2566/")
        #expect(urls.absolute(.meeting(.en, "thung-khru",
            "1-2566")) == "https://example.org/bkk/councils/en/thung-khru/meetings/1-2566/")
        #expect(SiteURLs(baseURL: "/").href(.home(.en)) == "/en/")
        #expect(SiteURLs.Page.issue(.th, "dusit", "a").in(.en) == .issue(.en, "dusit", "a"))
    }

    @Test func themeStringsCoverEveryVocabulary() throws {
        let (theme, diagnostics) = Theme.load(from: Repo.theme, displayRoot: "themes/default")
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        let loaded = try #require(theme)
        for language in Language.allCases {
            for key in I18nTable.requiredKeys { #expect(loaded.i18n[language]!.strings[key] != nil,
                "\(language) \(key)") }
            #expect(loaded.i18n[language]!.months.count == 12)
        }
        // Both tables define the same keys, so no page shows a raw key in one language.
        #expect(Set(loaded.i18n[.th]!.strings.keys) == Set(loaded.i18n[.en]!.strings.keys))
    }

    /// Every issue and meeting page says how to respond, from `site.yaml` and `district.yaml`:
    /// the Traffy Fondue ticket (its id percent-encoded into `traffy_ticket_url`), a meeting
    /// still to come online or hybrid links its join address, and an agenda item is proposed
    /// by email with the meeting in the subject, else through the feedback form.
    @Test func pagesSayHowToRespond() throws {
        let site = try TestSite()
        try site.edit("districts/thung-khru/issues/road.md", replacing: "traffy: \"2023-ABC\"",
            with: "traffy: \"2023 AB/C?x=<1>\"")
        try site.write("districts/thung-khru/meetings/5-2566.md", """
            ---
            number: 5/2566
            date: 2023-06-26
            mode: hybrid
            online_link: https://meet.example.org/council
            status: scheduled
            ---

            """)
        let files = Dictionary(uniqueKeysWithValues: try site.render().files.map { ($0.path,
            String(decoding: $0.data, as: UTF8.self)) })
        let road = try #require(files["en/thung-khru/issues/road/index.html"])
        #expect(road.contains("<a href=\"https://share.traffy.in.th/teamchadchart/2023%20AB%2FC%3Fx%3D%3C1%3E\">"
            + "Follow this problem on Traffy Fondue: ticket 2023 AB/C?x=&lt;1&gt;</a>"))
        #expect(road.contains("<li>Email: <a href=\"mailto:council@example.org\">council@example.org</a></li>"))
        #expect(road.contains("<li><a href=\"tel:1555\">BMA Call Center 1555</a>"))
        let next = try #require(files["th/thung-khru/meetings/5-2566/index.html"])
        #expect(next.contains("<a class=\"join\" href=\"https://meet.example.org/council\">เข้าร่วมประชุมออนไลน์</a>"))
        // เสนอวาระสำหรับการประชุมครั้งที่ 5/2566 สภาคนเมืองเขตทุ่งครุ, as UTF-8 percent escapes.
        let subject = "เสนอวาระสำหรับการประชุมครั้งที่ 5/2566 สภาคนเมืองเขตทุ่งครุ".utf8
            .map { b in (b < 0x80 && (b == 0x2D || b == 0x2E || (0x30...0x39).contains(b))) ? String(UnicodeScalar(b))
                : "%" + String(b, radix: 16, uppercase: true) }.joined()
        #expect(next.contains("<a href=\"mailto:council@example.org?subject=\(subject)\">เสนอวาระการประชุม</a>"))
        // A meeting already held has no join link; without an email the form is offered.
        let held = try #require(files["th/thung-khru/meetings/1-2566/index.html"])
        #expect(!held.contains("class=\"join\""))
        try site.edit("districts/thung-khru/district.yaml", replacing: "  email: council@example.org",
            with: "  feedback_form: https://forms.example.org/thung-khru")
        let form = Dictionary(uniqueKeysWithValues: try site.render().files.map { ($0.path,
            String(decoding: $0.data, as: UTF8.self)) })["en/thung-khru/meetings/1-2566/index.html"] ?? ""
        #expect(form.contains("<p><a href=\"https://forms.example.org/thung-khru\">Propose an agenda item</a></p>"))
    }
}
