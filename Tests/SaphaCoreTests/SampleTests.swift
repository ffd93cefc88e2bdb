import Foundation
import Testing
@testable import SaphaCore
@testable import SaphaSupport
@testable import SaphaTemplates
import SaphaTestSupport

@Suite("Sample corpus")
struct SampleTests {
    @Test func sameOptionsSameFilesOtherSeedOtherFiles() {
        let a = SampleCorpus(districts: 2, years: 1).files()
        let b = SampleCorpus(districts: 2, years: 1).files()
        #expect(a.map(\.path) == b.map(\.path))
        #expect(a.map(\.text) == b.map(\.text))
        #expect(SampleCorpus(districts: 2, years: 1, seed: 7).files().map(\.text) != a.map(\.text))
    }

    @Test func hasTheShapeTheBenchmarkNeeds() {
        let files = SampleCorpus(districts: 1, years: 2).files().map(\.path)
        let meetings = files.filter { $0.contains("/meetings/") && !$0.hasSuffix(".en.md")
            && !$0.contains("postponed") }
        let reports = files.filter { $0.contains("/reports/") && !$0.hasSuffix(".en.md") }
        let issues = files.filter { $0.contains("/issues/") && !$0.hasSuffix(".en.md") }
        #expect(meetings.count == 24)
        #expect(reports.count == 24)
        #expect((6 * 24...10 * 24).contains(issues.count))
        #expect(files.filter { $0.hasSuffix(".en.md") }.count == meetings.count + reports.count + issues.count
                + files.filter { $0.contains("postponed") && !$0.hasSuffix(".en.md") }.count)
    }

    @Test func buildsWithoutASingleDiagnostic() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sapha-sample-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try SampleCorpus(districts: 2, years: 1).write(to: folder)
        let options = SiteBuilder.Options(content: folder.path, theme: Repo.theme.path, output: "/nonexistent")
        let (files, report) = try SiteBuilder(options: options).render()
        // Notices say how each district stands against the BMA order as of today (the sample's
        // year is long past): not a diagnostic of the sample's files.
        #expect(report.diagnostics.filter { $0.severity != .notice }.map(\.description) == [])
        let issue = try #require(files.first { $0.path == "th/phra-nakhon/issues/2566-01-1/index.html" })
        #expect(String(decoding: issue.data, as: UTF8.self).contains("class=\"timeline\""))
    }

    @Test func neverWritesOverRealContent() throws {
        let site = try TestSite()
        #expect(throws: SampleCorpus.SampleError.self) { try SampleCorpus(districts: 1).write(to: site.content) }
        #expect(FileManager.default.fileExists(atPath: site.content.appendingPathComponent("site.yaml").path))
    }
}
