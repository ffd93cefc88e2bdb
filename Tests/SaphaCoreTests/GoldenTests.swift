import Foundation
import Testing
@testable import SaphaCore
@testable import SaphaSupport
@testable import SaphaTemplates
import SaphaTestSupport

/// The fixture site rendered with the default theme, compared byte for byte with
/// `Fixtures/golden/`. After an intended change of output, regenerate with
/// `SAPHA_UPDATE_GOLDEN=1 swift test --filter GoldenTests` and review the diff.
@Suite("Golden pages and determinism")
struct GoldenTests {
    static let pages = [
        "index.html",
        "th/index.html",
        "en/thung-khru/index.html",
        "th/thung-khru/committee/index.html",
        "th/thung-khru/meetings/1-2566/index.html",
        "en/thung-khru/meetings/1-2566/index.html",
        "en/thung-khru/meetings/2-2566/index.html",
        "th/thung-khru/issues/road/index.html",
        "en/thung-khru/issues/flood/index.html",
        "th/thung-khru/reports/2023-05/index.html",
        "en/thung-khru/reports/2023-05/index.html",
        "en/bang-bon/index.html",
        "th/bang-bon/committee/index.html",
        "th/thung-khru/search/index.html",
        "th/thung-khru/dashboard/index.html",
        "en/dashboard/by-meetings/index.html",
        // Feeds, calendars, open data and the search index are output too.
        "th/thung-khru/feed.xml",
        "en/feed.xml",
        "en/thung-khru/calendar.ics",
        "data/thung-khru.json",
        "data/th/thung-khru/issues.csv",
        "data/en/meetings.csv",
        "data/thung-khru/popolo.json",
        "data/all.json",
        "en/data/index.html",
        "data/districts.json",
        "th/thung-khru/search.json",
    ]

    func renderFixture() throws -> [String: Data] {
        let site = try TestSite()
        let (files, report) = try site.render()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.data) })
    }

    @Test(arguments: pages) func pageMatchesGolden(_ path: String) throws {
        let files = try renderFixture()
        let actual = try #require(files[path], "\(path) was not rendered")
        let golden = Repo.fixtures.appendingPathComponent("golden/\(path)")
        if ProcessInfo.processInfo.environment["SAPHA_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(),
                withIntermediateDirectories: true)
            try actual.write(to: golden)
        }
        let expected = try Data(contentsOf: golden)
        #expect(String(decoding: actual, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    /// Every file of the fixture site with its size and content hash, in `golden/MANIFEST.tsv`:
    /// a file added, gone or changed anywhere in the output fails here, not only the pages above.
    @Test func everyOutputFileIsInTheManifest() throws {
        let files = try renderFixture()
        let manifest = files.keys.sorted().map { path in
            "\(path)\t\(files[path]!.count)\t\(String(ContentHash.of(files[path]!), radix: 16))"
        }.joined(separator: "\n") + "\n"
        let golden = Repo.fixtures.appendingPathComponent("golden/MANIFEST.tsv")
        if ProcessInfo.processInfo.environment["SAPHA_UPDATE_GOLDEN"] == "1" {
            try Data(manifest.utf8).write(to: golden)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        let paths = { (text: String) in Set(text.split(separator: "\n").map { $0.split(separator: "\t")[0] }) }
        #expect(paths(manifest).subtracting(paths(expected)).sorted() == [], "files added to the output")
        #expect(paths(expected).subtracting(paths(manifest)).sorted() == [], "files gone from the output")
        #expect(manifest == expected)
    }

    @Test func sameInputGivesIdenticalBytes() throws {
        let first = try renderFixture()
        let second = try renderFixture()
        #expect(first.count == second.count)
        #expect(first == second)
    }

    @Test func everyDistrictHasEveryPageInBothLanguages() throws {
        let files = try renderFixture()
        for district in DistrictRegistry.all {
            for language in ["th", "en"] {
                for section in ["", "committee/", "meetings/", "issues/", "reports/", "search/"] {
                    #expect(files["\(language)/\(district.slug)/\(section)index.html"] != nil)
                }
            }
        }
    }

    @Test func noUnsafeMarkupReachesAnyPage() throws {
        for (path, data) in try renderFixture() where path.hasSuffix(".html") {
            // The only script is the theme's own search script, on search pages; JSON-LD is data
            // (HostileContentTests parses it and checks no content closes its element).
            let ownScript = "<script src=\"/councils/assets/search.js\" defer></script>"
            let html = String(decoding: data, as: UTF8.self).replacingOccurrences(of: ownScript, with: "")
                .replacingOccurrences(of: "<script type=\"application/ld+json\">", with: "<ld-json>")
            #expect(!html.contains("<script"), "\(path)")
            #expect(!html.contains("javascript:"), "\(path)")
            #expect(!html.contains("onclick"), "\(path)")
            #expect(!html.contains("\u{E000}"), "\(path)")
            #expect(!html.contains(">nil<") && !html.contains(" nil "), "\(path)")
        }
    }

    @Test func pagesLinkToTheirTranslation() throws {
        let files = try renderFixture()
        let html = String(decoding: try #require(files["th/thung-khru/issues/road/index.html"]), as: UTF8.self)
        #expect(html.contains("<html lang=\"th\">"))
        #expect(html.contains("<link rel=\"alternate\" hreflang=\"en\" "
            + "href=\"https://example.org/councils/en/thung-khru/issues/road/\">"))
        #expect(html.contains("href=\"/councils/en/thung-khru/issues/road/\" hreflang=\"en\""))
        let english = String(decoding: try #require(files["en/thung-khru/issues/flood/index.html"]), as: UTF8.self)
        #expect(english.contains("This page has not been translated into English yet — showing Thai"))
        #expect(!String(decoding: try #require(files["en/thung-khru/issues/road/index.html"]),
            as: UTF8.self).contains("not been translated"))
    }

    /// A meeting without a number is named by its date, in each language's calendar (Buddhist
    /// era in Thai, Gregorian in English).
    /// (The shipped `content/` is not tested here: staff edit it, and `scripts/test` checks it
    /// with `sapha check --strict` and a build instead; Tests/README.md.)
    @Test func aMeetingWithoutANumberIsNamedByItsDate() throws {
        let site = try TestSite()
        try site.write("districts/thung-khru/meetings/2566-04-10.md", """
            ---
            title: การประชุมร่วมกับตัวแทนหมู่บ้านจัดสรร
            date: 2023-04-10
            mode: on-site
            location: ห้องประชุม
            status: held
            ---
            บันทึกการประชุม
            """)
        let files = Dictionary(uniqueKeysWithValues: try site.render().files.map { ($0.path, $0.data) })
        let thai = try #require(files["th/thung-khru/meetings/2566-04-10/index.html"])
        #expect(String(decoding: thai, as: UTF8.self).contains("<h1>การประชุมวันที่ 10 เมษายน 2566"))
        let english = try #require(files["en/thung-khru/meetings/2566-04-10/index.html"])
        #expect(String(decoding: english, as: UTF8.self).contains("<h1>Meeting of 10 April 2023"))
    }
}
