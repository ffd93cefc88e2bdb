import Foundation
import Testing
@testable import SaphaCore
@testable import SaphaSupport
@testable import SaphaTemplates
import SaphaTestSupport

/// The pipeline every command runs: its stages, their timings, and the errors that stages
/// used to swallow.
@Suite("Pipeline: stages, check, theme errors")
struct PipelineTests {
    @Test func everyStageIsTimedInOrder() throws {
        let site = try TestSite()
        let (_, report) = try site.render()
        #expect(report.timings.map(\.stage) == ["theme", "load", "link", "render"])
        let built = try SiteBuilder(options: site.options).build()
        #expect(built.timings.map(\.stage) == ["theme", "load", "link", "render", "write"])
        var preview = PreviewSite(options: site.options.pipeline, baseURL: "/")
        #expect(preview.rebuild().timings.map(\.stage) == ["theme", "load", "link", "render", "apply"])
    }

    @Test func checkLoadsTheThemeAndTheContentAndLinksButNeverRenders() throws {
        let site = try TestSite()
        let clean = Pipeline(options: site.options.pipeline).check()
        #expect(clean.diagnostics.items.isEmpty)
        #expect(clean.clock.timings.map(\.stage) == ["theme", "load", "link"])
        // A broken theme and a broken reference: both are reported by one check.
        var options = Pipeline.Options(content: site.content.path,
            theme: site.root.appendingPathComponent("no-theme").path, contentDisplay: "content")
        options.today = TestSite.today
        let pipeline = Pipeline(options: options)
        try site.edit("districts/thung-khru/meetings/1-2566.md", replacing: "หารือเรื่อง [[road]]",
            with: "หารือเรื่อง [[no-such-issue]]")
        let broken = pipeline.check()
        #expect(broken.diagnostics.sorted.map(\.code) == ["E-THEME-NO-TEMPLATES", "E-REF-UNKNOWN-ISSUE"])
    }

    /// `check` renders no plain text and leaves headings as written (`Markdown.Output`), yet
    /// every body problem a build reports, it reports too, at the same place.
    @Test func checkReportsEveryBodyProblemABuildReports() throws {
        let site = try TestSite()
        try site.edit("districts/thung-khru/meetings/1-2566.md", replacing: "หารือเรื่อง [[road]]", with: """
            # หัวข้อ

            <div>ลงชื่อ</div>

            [แบบฟอร์ม](data:text/html,x) ![ภาพ](https://example.com/a.png) [[meeting:9-2599]]

            หารือเรื่อง [[road]]
            """)
        let checked = Pipeline(options: site.options.pipeline).check().diagnostics.sorted
        #expect(checked.map(\.code) == ["W-MD-RAW-HTML-BLOCK", "W-MD-DATA-LINK", "W-MD-EXTERNAL-IMAGE",
                                        "E-REF-UNKNOWN-MEETING"])
        let failed = #expect(throws: BuildFailed.self) { try site.render() }
        #expect(failed?.diagnostics.map(\.description).sorted() == checked.map(\.description).sorted())
    }

    /// The day checks compare dates with: `--as-of`, else `SOURCE_DATE_EPOCH` taken in Bangkok,
    /// else today in Bangkok; a value that cannot be read is located at the option.
    @Test func theReferenceDayComesFromTheOptionThenTheEnvironmentThenTheClock() throws {
        let now = Date(timeIntervalSince1970: 1_700_000_000)  // 2023-11-14 22:13:20 UTC: the 15th in Bangkok
        let epoch = ["SOURCE_DATE_EPOCH": "1686787200"]  // 2023-06-15 00:00 UTC, 07:00 in Bangkok
        #expect(try Day.reference(asOf: "2024-02-29", environment: epoch, now: now).get().iso == "2024-02-29")
        #expect(try Day.reference(asOf: nil, environment: epoch, now: now).get().iso == "2023-06-15")
        // 17:00 UTC is midnight in Bangkok: the next day there.
        #expect(try Day.reference(asOf: nil, environment: ["SOURCE_DATE_EPOCH": "1686848400"], now: now).get().iso
                == "2023-06-16")
        #expect(try Day.reference(asOf: nil, environment: ["SOURCE_DATE_EPOCH": ""], now: now).get().iso
                == "2023-11-15")
        #expect(try Day.reference(asOf: nil, environment: [:], now: now).get().iso == "2023-11-15")
        for bad in ["2023-02-29", "2023-6-15", "15/06/2023", "2566-06-15", "2566-06-15x", ""] {
            guard case .failure(let problem) = Day.reference(asOf: bad, environment: [:], now: now) else {
                Issue.record("'\(bad)' was read as a day"); continue
            }
            #expect(problem.code == "E-COMMAND-AS-OF")
            #expect(problem.location.file == "--as-of")
        }
        for bad in ["-1", "1.5", "12345678901234", "now"] {
            let environment = ["SOURCE_DATE_EPOCH": bad]
            guard case .failure(let problem) = Day.reference(asOf: nil, environment: environment) else {
                Issue.record("SOURCE_DATE_EPOCH '\(bad)' was read"); continue
            }
            #expect(problem.code == "E-COMMAND-SOURCE-DATE-EPOCH")
            #expect(problem.message.en == "SOURCE_DATE_EPOCH is '\(bad)', not a number of seconds since 1970-01-01 UTC")
        }
    }

    /// A template that cannot be read is reported as that, at its file, not later as
    /// "the theme has no template".
    @Test func anUnreadableTemplateIsReportedAsSuch() throws {
        let site = try TestSite()
        let theme = site.root.appendingPathComponent("theme")
        try FileManager.default.copyItem(at: Repo.theme, to: theme)
        try Data([0x7B, 0x7B, 0xFF, 0xFE]).write(to: theme.appendingPathComponent("templates/home.mustache"))
        let (loaded, diagnostics) = Theme.load(from: theme, displayRoot: "themes/broken")
        #expect(loaded == nil)
        #expect(diagnostics.sorted.map { String($0.description.split(separator: "\n")[0]) } == [
            "themes/broken/templates/home.mustache:1:3: error: the file is not valid UTF-8 text",
        ])
    }
}
