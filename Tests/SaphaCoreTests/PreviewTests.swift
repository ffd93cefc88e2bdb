import Foundation
import Synchronization
import Testing
@testable import SaphaCore
@testable import SaphaSupport
@testable import SaphaTemplates
import SaphaTestSupport

/// The in-memory site of `sapha serve`: after any sequence of edits, its files are exactly
/// those a clean build of the same content gives, while a rebuild renders only what changed.
@Suite("Preview (sapha serve)")
struct PreviewTests {
    /// A clean render of the test site at base URL `/`, as a dictionary.
    func clean(_ site: TestSite, today: Day = TestSite.today) throws -> [String: Data] {
        var options = site.options
        options.pipeline.baseURL = "/"
        options.pipeline.today = today
        let (files, _) = try SiteBuilder(options: options).render()
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.data) })
    }

    func expectSame(_ preview: PreviewSite, _ expected: [String: Data], _ comment: String) {
        #expect(Set(preview.files.keys) == Set(expected.keys),
            "\(comment): \(Set(preview.files.keys).symmetricDifference(expected.keys).sorted().prefix(5))")
        let differing = expected.keys.filter { preview.files[$0] != nil && preview.files[$0] != expected[$0] }.sorted()
        #expect(differing.isEmpty, "\(comment): \(differing.prefix(5))")
    }

    /// Edits in the same second as the last load must still be seen (stamps use nanoseconds,
    /// size and inode), but some file systems round times; a short pause keeps the test honest.
    func pause() { usleep(20_000) }

    /// A preview left running overnight checks the new day at its next rebuild, in every
    /// district, edited or not; the pages computed against the day (dashboards, stale issues'
    /// banners) change, and only they, into what a clean render on that day gives.
    @Test func aPreviewLeftRunningChecksTheNewDay() throws {
        let site = try TestSite()
        let today = Mutex(TestSite.today)
        var preview = PreviewSite(options: site.options.pipeline, baseURL: "/", clock: { today.withLock { $0 } })
        let first = preview.rebuild()
        #expect(!first.diagnostics.contains { $0.code == "N-DIRECTIVE-NO-MEETING" })
        let pages = preview.files
        let newDay = Day(year: 2023, month: 11, day: 20)!
        today.withLock { $0 = newDay }
        let next = preview.rebuild()
        #expect(next.diagnostics.contains { $0.code == "N-DIRECTIVE-NO-MEETING" })
        let changed = Set(pages.keys.filter { preview.files[$0] != pages[$0] })
        #expect(Set(next.changedFiles) == changed)
        // The dashboards, the issue pages (stale banners), the issue tables (days without news)
        // and the data page (their sizes).
        #expect(changed.allSatisfy { $0.contains("dashboard/") || $0.contains("/issues/") || $0.contains("data/") },
            "\(changed.sorted())")
        // The stale banner appears on the open issue that had news within 60 days of the first day.
        #expect(changed.contains("th/thung-khru/issues/flood/index.html"))
        expectSame(preview, try clean(site, today: newDay), "the new day")
    }

    @Test func editsRenderOnlyTheirDistrictAndEqualACleanBuild() throws {
        let site = try TestSite()
        var preview = PreviewSite(options: site.options.pipeline, baseURL: "/")
        let first = preview.rebuild()
        #expect(!first.failed && first.full)
        expectSame(preview, try clean(site), "first build")

        // Nothing changed: nothing rendered, nothing changed, version unchanged.
        let version = preview.version
        let idle = preview.rebuild()
        #expect(idle.changedFiles.isEmpty && idle.renderedPages == 0 && !idle.full)
        #expect(preview.version == version)

        // One minutes file: its page changes; other districts are not rendered at all.
        pause()
        try site.edit("districts/thung-khru/meetings/1-2566.md", replacing: "หารือเรื่อง", with: "หารือเรื่องด่วน")
        let edit = preview.rebuild()
        #expect(!edit.failed && !edit.full)
        #expect(edit.changedFiles.contains("th/thung-khru/meetings/1-2566/index.html"))
        #expect(!edit.changedFiles.contains { $0.hasPrefix("th/bang-bon/") })
        #expect(edit.renderedPages < 20, "\(edit.renderedPages)")
        #expect(preview.version == version + 1)
        expectSame(preview, try clean(site), "after an edit")

        // A new issue, then deleting it: pages appear and disappear.
        pause()
        try site.write("districts/thung-khru/issues/new-one.md",
            "---\ntitle: เรื่องใหม่\nopened: 2023-04-01\ncategory: waste\nstatus: open\n---\n")
        let added = preview.rebuild()
        #expect(added.changedFiles.contains("th/thung-khru/issues/new-one/index.html"))
        expectSame(preview, try clean(site), "after adding an issue")
        pause()
        try site.remove("districts/thung-khru/issues/new-one.md")
        let removed = preview.rebuild()
        #expect(removed.changedFiles.contains("th/thung-khru/issues/new-one/index.html"))
        #expect(preview.files["th/thung-khru/issues/new-one/index.html"] == nil)
        expectSame(preview, try clean(site), "after removing it")

        // site.yaml changes every page.
        pause()
        try site.edit("site.yaml", replacing: "Test Councils", with: "Test Councils 2")
        let global = preview.rebuild()
        #expect(global.full)
        expectSame(preview, try clean(site), "after site.yaml")
    }

    @Test func errorsKeepTheLastGoodSiteAndAreSeenAgainAfterTheFix() throws {
        let site = try TestSite()
        var preview = PreviewSite(options: site.options.pipeline, baseURL: "/")
        _ = preview.rebuild()
        let good = preview.files
        pause()
        try site.edit("districts/thung-khru/issues/flood.md", replacing: "status: in-progress", with: "status: wet")
        let broken = preview.rebuild()
        #expect(broken.failed)
        #expect(broken.diagnostics.map(\.description)
            .first?.hasPrefix("content/districts/thung-khru/issues/flood.md:5:9: error: 'wet' is not a valid "
                + "status") == true)
        #expect(preview.files == good)
        // The fix changes the issue page (different status than before the error).
        pause()
        try site.edit("districts/thung-khru/issues/flood.md", replacing: "status: wet", with: "status: open")
        let fixed = preview.rebuild()
        #expect(!fixed.failed)
        #expect(fixed.changedFiles.contains("en/thung-khru/issues/flood/index.html"))
        expectSame(preview, try clean(site), "after the fix")
    }

    /// A draft is left out of a build (and a published page linking to it stops the build),
    /// shown marked as a draft by the preview and by `build --drafts`, and listed by check.
    @Test func draftsAreMarkedInThePreviewAndLeftOutOfTheBuild() throws {
        let site = try TestSite()
        try site.edit("districts/thung-khru/issues/road.md", replacing: "status: resolved",
                      with: "status: resolved\ndraft: true")
        var preview = PreviewSite(options: site.options.pipeline, baseURL: "/")
        #expect(!preview.rebuild().failed)
        let page = String(decoding: try #require(preview.files["th/thung-khru/issues/road/index.html"]),
                          as: UTF8.self)
        #expect(page.contains("<p class=\"notice draft\" role=\"note\"><strong>ฉบับร่าง"))
        let other = String(decoding: try #require(preview.files["th/thung-khru/issues/flood/index.html"]),
                           as: UTF8.self)
        #expect(!other.contains("notice draft"))
        // Published pages link to road: the build refuses, at each reference.
        let errors = site.errors()
        #expect(!errors.isEmpty && errors.allSatisfy { $0.contains("'road' is a draft") })
        let check = Pipeline(options: site.options.pipeline).check()
        #expect(check.drafts == ["content/districts/thung-khru/issues/road.md"])
        #expect(check.diagnostics.sorted.map(\.code) == Array(repeating: "E-REF-DRAFT", count: errors.count))
        var options = site.options
        options.pipeline.drafts = true
        let (files, _) = try SiteBuilder(options: options).render()
        #expect(files.contains { $0.path == "th/thung-khru/issues/road/index.html" })
    }

    @Test func deferredSearchIndexesCatchUp() throws {
        let site = try TestSite()
        var preview = PreviewSite(options: site.options.pipeline, baseURL: "/")
        _ = preview.rebuild(deferringSearch: true)  // the first build is always complete
        expectSame(preview, try clean(site), "first build")
        pause()
        try site.edit("districts/thung-khru/issues/flood.md", replacing: "title: น้ำท่วมขัง",
            with: "title: น้ำท่วมขังซอยวัด")
        let fast = preview.rebuild(deferringSearch: true)
        #expect(fast.changedFiles.contains("th/thung-khru/issues/flood/index.html"))
        #expect(!fast.changedFiles.contains("th/thung-khru/search.json"))
        let expected = try clean(site)
        #expect(preview.files["th/thung-khru/search.json"] != expected["th/thung-khru/search.json"])
        let searched = preview.refreshSearch()
        #expect(searched == ["en/thung-khru/search.json", "th/thung-khru/search.json"])
        expectSame(preview, expected, "after the search refresh")
        #expect(preview.refreshSearch().isEmpty)
    }
}
