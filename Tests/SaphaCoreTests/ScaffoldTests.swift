import Foundation
import Testing
@testable import SaphaCore
@testable import SaphaSupport
import SaphaTestSupport

/// `sapha new`: correctly named files from the archetypes, never overwriting, that pass the
/// check once their empty fields are filled in.
@Suite("Scaffold: sapha new")
struct ScaffoldTests {
    static let today = Day(year: 2024, month: 3, day: 5)!

    func options(_ site: TestSite, _ kind: NewItem.Kind, district: String = "thung-khru", id: String? = nil,
                 english: Bool = false) -> NewItem.Options {
        var options = NewItem.Options(content: site.content.path, theme: Repo.theme.path, kind: kind,
                                      district: district, id: id, english: english, today: Self.today)
        options.contentDisplay = "content"
        return options
    }

    func fill(_ site: TestSite, _ path: String, _ pairs: [(String, String)]) throws {
        for (old, new) in pairs { try site.edit(path, replacing: old, with: new) }
    }

    func check(_ site: TestSite) -> [String] {
        var options = site.options.pipeline
        options.today = Self.today
        return Pipeline(options: options).check().diagnostics.sorted.filter { $0.severity != .notice }
            .map { "\($0.location) \($0.code)" }
    }

    @Test func aMeetingGetsTheNextNumberOfTheBuddhistYear() throws {
        let site = try TestSite()
        // The fixture has 1-2566 and 2-2566; 2024 is 2567: the first meeting of that year.
        #expect(try NewItem(options: options(site, .meeting)).create().get()
            == ["content/districts/thung-khru/meetings/1-2567.md"])
        #expect(try NewItem(options: options(site, .meeting)).create().get()
            == ["content/districts/thung-khru/meetings/2-2567.md"])
        let text = try String(contentsOf: site.content.appendingPathComponent(
            "districts/thung-khru/meetings/2-2567.md"), encoding: .utf8)
        #expect(text.contains("number: 2/2567\n") && text.contains("date: 2024-03-05\n"))
        #expect(!text.contains("{{"))
    }

    @Test func aReportGetsTheMonthAfterTheLastOne() throws {
        let site = try TestSite()
        #expect(try NewItem(options: options(site, .report)).create().get()
            == ["content/districts/thung-khru/reports/2023-06.md"])
        // A district without reports starts with this month.
        #expect(try NewItem(options: options(site, .report, district: "bang-rak")).create().get()
            == ["content/districts/bang-rak/reports/2024-03.md"])
    }

    @Test func newFilesPassTheCheckOnceFilledIn() throws {
        let site = try TestSite()
        let files = try NewItem(options: options(site, .meeting, english: true)).create().get()
        #expect(files == ["content/districts/thung-khru/meetings/1-2567.md",
                          "content/districts/thung-khru/meetings/1-2567.en.md"])
        _ = try NewItem(options: options(site, .issue, id: "dark-soi")).create().get()
        _ = try NewItem(options: options(site, .report)).create().get()
        // Unfilled, each empty required field is an error at its line.
        #expect(check(site) == [
            "content/districts/thung-khru/issues/dark-soi.md:6:1 E-YAML-EMPTY-FIELD",
            "content/districts/thung-khru/issues/dark-soi.md:12:1 E-YAML-EMPTY-FIELD",
            "content/districts/thung-khru/meetings/1-2567.md:16:1 E-YAML-EMPTY-FIELD",
            "content/districts/thung-khru/reports/2023-06.md:10:1 E-YAML-EMPTY-FIELD",
            "content/districts/thung-khru/reports/2023-06.md:12:1 E-YAML-EMPTY-FIELD",
        ])
        try fill(site, "districts/thung-khru/issues/dark-soi.md",
                 [("title:\n", "title: ไฟดับในซอย\n"), ("category:\n", "category: street-lighting\n")])
        try fill(site, "districts/thung-khru/meetings/1-2567.md", [("mode:\n", "mode: hybrid\n")])
        try fill(site, "districts/thung-khru/reports/2023-06.md",
                 [("progress:\n", "progress: 10\n"), ("status:\n", "status: in-progress\n")])
        #expect(check(site) == [])
    }

    @Test func nothingIsOverwrittenAndBadIDsAreRefused() throws {
        let site = try TestSite()
        let road = site.content.appendingPathComponent("districts/thung-khru/issues/road.md")
        let before = try Data(contentsOf: road)
        let exists = NewItem(options: options(site, .issue, id: "road")).create()
        #expect(exists.failure?.code == "E-NEW-EXISTS")
        #expect(try Data(contentsOf: road) == before)
        #expect(NewItem(options: options(site, .issue)).create().failure?.code == "E-NEW-NEEDS-ID")
        let bad = NewItem(options: options(site, .issue, id: "../../escape")).create().failure
        #expect(bad?.code == "E-NEW-INVALID-ID")
        // --en beside an existing Thai file writes the translation only.
        #expect(try NewItem(options: options(site, .issue, id: "flood", english: true)).create().get()
            == ["content/districts/thung-khru/issues/flood.en.md"])
    }

    @Test func aSymbolicFolderIsNotFollowed() throws {
        let site = try TestSite()
        let outside = site.root.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: site.content.appendingPathComponent("districts/bang-rak"),
                                                   withDestinationURL: outside)
        let result = NewItem(options: options(site, .issue, district: "bang-rak", id: "x")).create()
        #expect(result.failure?.code == "E-NEW-CANNOT-WRITE")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
