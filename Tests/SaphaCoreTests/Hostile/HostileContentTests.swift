import Foundation
import Testing
@testable import SaphaCore
@testable import SaphaSupport
@testable import SaphaTemplates
import SaphaTestSupport

/// The hostile-content catalogue: one case per kind of bad or malicious input, each with
/// its exact outcome — a located diagnostic, or a page that renders safely. Bounds:
/// content files ≤ 8 MiB (`SourceFile.maximumSize`), YAML nesting ≤ 100 levels
/// (`YAMLHints.maximumDepth`); within them every case here builds in well under a second.
/// Cases already covered elsewhere are named with the test that covers them.
@Suite("Hostile content catalogue")
struct HostileContentTests {
    static let issueHeader = "---\ntitle: x\nopened: 2023-01-01\ncategory: other\nstatus: open\n"
    static let meetingHeader = "---\ndate: 2023-04-01\nmode: online\nstatus: held\n---\n"

    /// The first line of each diagnostic (`file:line:column: severity: message`).
    func firstLines(_ site: TestSite) -> [String] {
        site.errors().map { String($0.split(separator: "\n").first ?? "") }
    }

    /// A build that must succeed (it throws on any error), with exactly the `warnings` given
    /// (first lines): hostile content that is published must not be published silently changed.
    func render(_ site: TestSite, warnings: [String] = [],
                sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [String: Data] {
        let (files, report) = try site.render()
        // Notices (how the district stands against the BMA order on the tests' day) are not warnings.
        #expect(report.diagnostics.filter { $0.severity != .notice }
                    .map { String($0.description.split(separator: "\n")[0]) } == warnings,
                sourceLocation: sourceLocation)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.data) })
    }

    // MARK: No crash: malformed YAML
    // Unclosed quotes, tabs: BadInputTests.brokenYAMLPointsAtTheUnclosedQuote / tabIndentation.

    @Test func billionLaughsIsNotExpanded() throws {
        let site = try TestSite()
        var yaml = "x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            yaml += "x-\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
            previous = name
        }
        try site.write("districts/thung-khru/meetings/laughs.md",
            "---\ndate: 2023-04-01\nmode: online\nstatus: held\n" + yaml + "agenda: *i\n---\n")
        #expect(firstLines(site) == ["content/districts/thung-khru/meetings/laughs.md:2:1: error: aliases '*' repeat "
            + "more than 64 KiB of text in this file"])
        // Empty values repeated: no text, but the number of values is bounded.
        try site.write("districts/thung-khru/meetings/laughs.md", "---\ndate: 2023-04-01\nmode: online\nstatus: held\n"
                       + yaml.replacingOccurrences(of: "lol", with: "''") + "agenda: *i\n---\n")
        #expect(firstLines(site) == ["content/districts/thung-khru/meetings/laughs.md:2:1: error: the YAML expands "
            + "to more than 100000 values (anchors '&' and aliases '*' repeat them)"])
    }

    @Test func deeplyNestedYAMLIsRefusedBeforeItCanOverflowTheStack() throws {
        let site = try TestSite()
        let depth = 10_000
        try site.write("districts/thung-khru/meetings/deep.md",
                       "---\ndate: 2023-04-01\nmode: online\nstatus: held\nagenda: " + String(repeating: "[",
                           count: depth) + String(repeating: "]", count: depth) + "\n---\n")
        try site.write("districts/thung-khru/meetings/deep-block.md",
                       "---\ndate: 2023-04-02\nmode: online\nstatus: held\nagenda:\n" + String(repeating: "- ",
                           count: depth) + "x\n---\n")
        #expect(firstLines(site) == [
            "content/districts/thung-khru/meetings/deep-block.md:6:201: error: the YAML is nested more than 100 "
                + "levels deep",
            "content/districts/thung-khru/meetings/deep.md:5:109: error: the YAML is nested more than 100 levels deep",
        ])
    }

    @Test func nonStringKeysAreLocated() throws {
        let site = try TestSite()
        try site.write("districts/thung-khru/issues/keys.md", Self.issueHeader + "? [a, b]\n: x\n12: y\n---\n")
        #expect(firstLines(site) == [
            "content/districts/thung-khru/issues/keys.md:6:3: error: a field name must be plain text",
            "content/districts/thung-khru/issues/keys.md:8:1: error: unknown field '12'",
        ])
    }

    @Test func tagsDoNotChangeWhatIsRead() throws {
        // `!!binary` and friends are just text to Sapha: nothing is decoded or executed.
        let site = try TestSite()
        try site.write("districts/thung-khru/issues/tagged.md",
            "---\ntitle: !!binary PHNjcmlwdD4=\nopened: 2023-01-01\ncategory: other\nstatus: open\n---\n")
        let files = try render(site)
        let page = String(decoding: try #require(files["th/thung-khru/issues/tagged/index.html"]), as: UTF8.self)
        #expect(page.contains("PHNjcmlwdD4="))
        #expect(!page.contains("&lt;script&gt;"))  // not decoded from base64
    }

    // MARK: No crash: bytes and line endings
    // Invalid UTF-8: LoadTests.invalidUTF8IsReportedAtItsLine.
    // BOM, CRLF, lone CR: LoadTests.acceptsBOMAndCRLFAndLoneCR.
    // No closing fence: LoadTests.unclosedFrontMatterIsLocated.

    @Test func nulAndOtherControlCharactersAreLocated() throws {
        let site = try TestSite()
        try site.write("districts/thung-khru/issues/nul-byte.md", Self.issueHeader + "---\nline one\nbad \u{0} here\n")
        try site.write("districts/thung-khru/issues/bell.md",
            "---\ntitle: \"a\\ab\"\nopened: 2023-01-01\ncategory: other\nstatus: open\n---\n")
        #expect(firstLines(site) == [
            "content/districts/thung-khru/issues/bell.md:2:8: error: this text contains an invisible control "
                + "character (U+0007)",
            "content/districts/thung-khru/issues/nul-byte.md:8:5: error: the file contains an invisible control "
                + "character (U+0000)",
        ])
    }

    @Test func emptyFilesAreLocated() throws {
        let site = try TestSite()
        try site.write("districts/thung-khru/issues/empty.md", "")
        try site.write("districts/thung-khru/committee.yaml", "")
        // An empty committee.yaml is an empty committee (the page then shows 0 of the 30
        // members the order requires); an empty Markdown file has no front matter.
        #expect(firstLines(site) == ["content/districts/thung-khru/issues/empty.md:1:1: error: the file does not "
            + "start with front matter (a line '---')"])
    }

    // MARK: No crash: size

    @Test func aFileOverTheSizeLimitIsRefused() throws {
        let site = try TestSite()
        let paragraph = String(repeating: "การประชุมสภาคนเมือง ", count: 100) + "\n\n"
        let body = String(repeating: paragraph, count: (SourceFile.maximumSize / paragraph.utf8.count) + 10)
        try site.write("districts/thung-khru/meetings/huge.md", Self.meetingHeader + body)
        #expect(firstLines(site) == ["content/districts/thung-khru/meetings/huge.md:1:1: error: the file is 8 MiB; "
            + "content files can be at most 8 MiB"])
    }

    @Test func largeTablesDeepListsAndLongLinesWithinTheLimitsRender() throws {
        // At the limits of MarkdownLimits (bodies over them: HostileMarkdownTests).
        let site = try TestSite()
        let rows = (0..<20_000).map { "| \($0) | ถนน |" }.joined(separator: "\n")
        try site.write("districts/thung-khru/meetings/table.md",
            Self.meetingHeader + "| a | b |\n|---|---|\n" + rows + "\n")
        let lists = (0..<6_000).map { String(repeating: "  ", count: min($0, 31)) + "- item "
            + "\($0)" }.joined(separator: "\n")
        try site.write("districts/thung-khru/meetings/lists.md",
            Self.meetingHeader.replacingOccurrences(of: "04-01", with: "04-02") + lists + "\n")
        try site.write("districts/thung-khru/meetings/quotes.md",
            Self.meetingHeader.replacingOccurrences(of: "04-01", with: "04-03") + String(repeating: ">",
            count: 63) + " deep\n")
        try site.write("districts/thung-khru/meetings/line.md", Self.meetingHeader.replacingOccurrences(of: "04-01",
            with: "04-04") + String(repeating: "ก", count: 170_000) + "\n")
        let files = try render(site)
        let table = String(decoding: try #require(files["th/thung-khru/meetings/table/index.html"]), as: UTF8.self)
        #expect(table.contains("<td>19999</td>"))
        #expect(files["th/thung-khru/meetings/lists/index.html"] != nil)
        let quotes = String(decoding: try #require(files["th/thung-khru/meetings/quotes/index.html"]), as: UTF8.self)
        #expect(quotes.contains("deep"))
        #expect(try #require(files["th/thung-khru/meetings/line/index.html"]).count > 500_000)
    }

    // MARK: No crash: look-alikes and right-to-left overrides in ids

    @Test func lookAlikeAndBidiIdsAreRefusedAndShownVisibly() throws {
        let site = try TestSite()
        try site.write("districts/thung-khru/issues/r\u{43E}ad.md", Self.issueHeader + "---\n")  // Cyrillic о
        try site.write("districts/thung-khru/issues/road\u{202E}dm.md", Self.issueHeader + "---\n")
        try site.write("districts/thung-khru/issues/con.md", Self.issueHeader + "---\n")
        #expect(firstLines(site) == [
            "content/districts/thung-khru/issues/con.md:1:1: error: the file name 'con' is not a valid id",
            // The file name is shown in the log as it is shown in the message: visibly.
            "content/districts/thung-khru/issues/road<U+202E>dm.md:1:1: error: the file name 'road<U+202E>dm' is not "
                + "a valid id",
            "content/districts/thung-khru/issues/r\u{43E}ad.md:1:1: error: the file name 'r\u{43E}ad' is not a valid "
                + "id",
        ])
    }

    // MARK: No injection

    static let payloads = [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<iframe src=\"https://evil.example\"></iframe>",
        "\"><svg onload=alert(1)>", "javascript:alert(1)", "=HYPERLINK(\"http://evil.example\")", "+cmd|' /C calc'!A0",
        "-2+3", "@SUM(1+1)", "a;b,c\\d\nEND:VCALENDAR", "</script><script>alert(1)</script>", "]]></summary><x>",
    ]

    @Test func nothingFromContentRunsAnywhere() throws {
        let site = try TestSite()
        for (n, payload) in Self.payloads.enumerated() {
            let quoted = "\"" + payload.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"",
                with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n") + "\""
            try site.write("districts/thung-khru/issues/payload-\(n).md", """
                ---
                title: \(quoted)
                opened: 2023-01-0\(n % 9 + 1)
                category: other
                status: open
                location: \(quoted)
                responsible: \(quoted)
                ---
                \(payload)

                [link](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) <a href="javascript:x">a</a>
                ![img](javascript:alert(1)) <iframe src="https://evil.example"></iframe> <div onclick="x()">d</div>

                """)
        }
        try site.write("districts/thung-khru/meetings/payload.md", """
            ---
            date: 2023-04-01
            time: "09:00"
            mode: online
            status: held
            location: "a;b,c\\\\d\\nEND:VEVENT\\nBEGIN:VEVENT"
            online_link: "javascript:alert(1)"
            ---
            """)
        // A link that is not http(s)/mailto/tel is refused where it is written.
        // (Besides warnings for the data: and javascript: links and images: HostileImageTests.)
        #expect(firstLines(site).filter { $0.contains(": error: ") }
                == ["content/districts/thung-khru/meetings/payload.md:7:14: error: 'online_link' is not an allowed "
                    + "link: javascript:alert(1)"])
        try site.edit("districts/thung-khru/meetings/payload.md",
            replacing: "online_link: \"javascript:alert(1)\"\n", with: "")
        // Each payload file's data: link and javascript: image are published changed, and its
        // HTML is left out, with a warning at the line they were written (payload 9 spans two
        // lines; a closing tag alone loses nothing and is not reported).
        let html = ": warning: the HTML tag <"
        let htmlEnd = "> is not published: pages leave out HTML written in the text (the text around it stays)"
        func block(_ tag: String) -> String {
            "9:1: warning: this HTML block, which starts with <\(tag)>, is not published, nor is any text in it up to "
                + "line 9: pages leave out HTML written in the text"
        }
        let payloadHTML = [0: block("script"), 1: block("img"), 2: block("iframe"), 3: "9:3\(html)svg\(htmlEnd)",
                           10: "9:10\(html)script\(htmlEnd)", 11: "9:14\(html)x\(htmlEnd)"]
        let warnings = (0..<Self.payloads.count).map { ("content/districts/thung-khru/issues/payload-\($0).md", $0) }
            .sorted { $0.0 < $1.0 }.flatMap { file, n in
                let line = n == 9 ? 12 : 11
                return (payloadHTML[n].map { ["\(file):\($0)"] } ?? []) + [
                    "\(file):\(line):29: warning: a link to a data: address is not published; the link text stays",
                    "\(file):\(line):72\(html)a\(htmlEnd)",
                    "\(file):\(line + 1):1: warning: an image with a data: or non-web address is not published; "
                        + "its description stays",
                    "\(file):\(line + 1):29\(html)iframe\(htmlEnd)",
                    "\(file):\(line + 1):74\(html)div\(htmlEnd)",
                ]
            }
        let files = try render(site, warnings: warnings)
        for (path, data) in files where !path.hasPrefix("assets/") {
            let text = String(decoding: data, as: UTF8.self)
            if path.hasSuffix(".html") {
                // The theme's own head has <meta>; everything from content is inside <main>
                // (titles in <title> are text: checked by the escaping of the whole page below).
                let main = Self.withoutCharts(text.components(separatedBy: "<main").dropFirst().first?
                    .components(separatedBy: "</main>").first ?? "")
                HTMLSafety.check("<main"
                    + main.replacingOccurrences(of: "<script src=\"/councils/assets/search.js\" defer></script>",
                        with: ""),
                                    forbidden: HTMLSafety.contentTags.subtracting(["form"]))
                // The one script is the search page's; JSON-LD is data, valid JSON that no content closes.
                let data = "<script type=\"application/ld+json\">"
                let scripts = text.components(separatedBy: "<script").count - text.components(separatedBy: data).count
                #expect(scripts == (path.contains("/search/") ? 1 : 0), "\(path)")
                for block in text.components(separatedBy: data).dropFirst() {
                    let json = block.components(separatedBy: "</script>")[0]
                    #expect(!json.contains("<") && (try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil,
                        "\(path)")
                }
            } else if path.hasSuffix(".xml") {
                #expect(!text.contains("<script") && !text.contains("<svg") && !text.contains("<iframe")
                    && !text.contains("]]></summary>"), "\(path)")
            } else if path.hasSuffix(".ics") {
                // Every line is a property or a folded continuation: content never starts one.
                let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty && !$0.hasPrefix(" ") }
                #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == lines.filter { $0 == "END:VEVENT" }.count,
                    "\(path)")
                #expect(lines.filter { $0 == "END:VCALENDAR" }.count == 1, "\(path)")
            } else if path.hasSuffix(".csv") {
                for line in text.dropFirst().components(separatedBy: "\r\n") {
                    for cell in line.split(separator: ",", omittingEmptySubsequences: false) {
                        let value = cell.hasPrefix("\"") ? cell.dropFirst() : cell
                        #expect(!"=+-@".contains(value.first ?? " "), "\(path): \(line)")
                    }
                }
            } else if path.hasSuffix(".json") {
                #expect(!text.contains("<"), "\(path)")
                #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: data) }
            }
        }
    }

    // MARK: No escape from output/
    // Paths: WriteTests.unsafePathsAreRefused. Ids: lookAlikeAndBidiIdsAreRefusedAndShownVisibly.

    @Test func traversalInIdsAndReferencesIsRefused() throws {
        let site = try TestSite()
        try site.write("districts/thung-khru/issues/..md", Self.issueHeader + "---\n")
        try site.write("districts/thung-khru/issues/x.md",
            Self.issueHeader + "---\n[[../../etc/passwd]] [[meeting:..\\\\..\\\\win]]\n")
        #expect(firstLines(site) == [
            "content/districts/thung-khru/issues/x.md:7:1: error: '../../etc/passwd' in [[../../etc/passwd]] is not "
                + "a valid id",
            "content/districts/thung-khru/issues/x.md:7:22: error: '..\\\\..\\\\win' in [[meeting:..\\\\..\\\\win]] "
                + "is not a valid id",
        ])
    }

    @Test func symlinksInContentAndThemeAreNotFollowed() throws {
        let site = try TestSite()
        let outside = site.root.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data((Self.issueHeader + "---\nSECRET\n").utf8).write(to: outside.appendingPathComponent("secret.md"))
        try FileManager.default.createSymbolicLink(
            atPath: site.content.appendingPathComponent("districts/thung-khru/issues/secret.md").path,
                                                   withDestinationPath: outside.appendingPathComponent("secret.md")
                                                       .path)
        try FileManager.default.createSymbolicLink(atPath: site.content.appendingPathComponent("districts/bang-bon")
            .path,
                                                   withDestinationPath: outside.path)
        // A theme with a link to a file outside it.
        let theme = site.root.appendingPathComponent("theme")
        try FileManager.default.copyItem(at: Repo.theme, to: theme)
        try FileManager.default.createSymbolicLink(atPath: theme.appendingPathComponent("static/secret.md").path,
                                                   withDestinationPath: outside.appendingPathComponent("secret.md")
                                                       .path)
        var options = site.options
        options.pipeline.theme = theme
        let (files, report) = try SiteBuilder(options: options).render()
        #expect(report.diagnostics.map { String($0.description.split(separator: "\n")[0]) } == [
            "content/districts/bang-bon:1:1: warning: symbolic links are not followed; this entry is not published",
            "content/districts/thung-khru/issues/secret.md:1:1: warning: symbolic links are not followed; this entry "
                + "is not published",
        ])
        #expect(!files.contains { $0.path.contains("secret") })
        #expect(!files.contains { String(decoding: $0.data, as: UTF8.self).contains("SECRET") })
    }

    @Test func aThemeCannotLinkToFilesOutsideItself() throws {
        let site = try TestSite()
        let outside = site.root.appendingPathComponent("outside-i18n")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("months: [SECRET]\n".utf8).write(to: outside.appendingPathComponent("th.yaml"))
        let theme = site.root.appendingPathComponent("theme")
        try FileManager.default.copyItem(at: Repo.theme, to: theme)
        try FileManager.default.removeItem(at: theme.appendingPathComponent("i18n/th.yaml"))
        try FileManager.default.createSymbolicLink(atPath: theme.appendingPathComponent("i18n/th.yaml").path,
                                                   withDestinationPath: outside.appendingPathComponent("th.yaml").path)
        let (loaded, diagnostics) = Theme.load(from: theme, displayRoot: "themes/linked")
        #expect(loaded == nil)
        #expect(diagnostics.sorted.map { String($0.description.split(separator: "\n")[0]) } == [
            "themes/linked/i18n/th.yaml:1:1: error: a theme may not contain symbolic links",
        ])
    }

    // MARK: Nothing lost
    // Unknown files are warnings listing their paths: BadInputTests.unknownFilesAreWarningsAndTheBuildGoesOn.
    // A failed build leaves output/ untouched: WriteTests.aFailedBuildLeavesThePreviousOutputUntouched.
    // A killed build never leaves a half-written site: WriteTests.leftoversOfAKilledBuildAreCleanedUp.

    // MARK: Duplicates at the duplicate's own line
    // LoadTests.duplicateKeyIsReportedAtTheDuplicate, BadInputTests.duplicateID, duplicateMeetingNumber.

    /// The page without the dashboards' charts, each checked first: Sapha draws them (`SVGChart`),
    /// with only `svg`, `title`, `rect`, `text` and `line` elements and no handler or URL; any
    /// other `<svg` left (from content) fails the check of the page.
    static func withoutCharts(_ html: String) -> String {
        var rest = html[...]
        var out = ""
        while let start = rest.range(of: "<svg class=\"chart\""),
              let end = rest[start.lowerBound...].range(of: "</svg>") {
            let chart = String(rest[start.lowerBound..<end.upperBound])
            HTMLSafety.check(chart, forbidden: HTMLSafety.contentTags.subtracting(["svg"]))
            let tags = Set(chart.split(separator: "<").dropFirst().map { tag in
                String(tag.prefix { $0 != " " && $0 != ">" }.drop { $0 == "/" })
            })
            #expect(tags.isSubset(of: ["svg", "title", "rect", "text", "line"]), "\(tags.sorted())")
            out += rest[..<start.lowerBound]
            rest = rest[end.upperBound...]
        }
        return out + rest
    }
}
