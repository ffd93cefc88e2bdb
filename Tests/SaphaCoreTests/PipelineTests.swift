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
