import Foundation
import Testing
@testable import SaphaCore
@testable import SaphaSupport
@testable import SaphaTemplates
import SaphaTestSupport

@Suite("Link: references, timelines, mentions")
struct LinkTests {
    func linkedFixture() throws -> LinkedDistrict {
        let (content, diagnostics) = ContentLoader(root: Repo.fixtureSite, displayRoot: "content").load()
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        let (site, linkDiagnostics) = Linker.link(try #require(content), today: TestSite.today)
        #expect(linkDiagnostics.items.isEmpty, "\(linkDiagnostics.items)")
        return try #require(site.districts.first { $0.district.slug == "thung-khru" })
    }

    @Test func everyDistrictOfTheRegistryIsPresent() throws {
        let (content, _) = ContentLoader(root: Repo.fixtureSite, displayRoot: "content").load()
        let districts = try #require(content).districts
        #expect(districts.count == 50)
        #expect(districts.map(\.info.code) == Array(1001...1050))
        #expect(districts.filter(\.hasContent).map(\.slug) == ["thung-khru"])
    }

    @Test func meetingsListIssuesFromFrontMatterThenInline() throws {
        let d = try linkedFixture()
        let m1 = try #require(d.meetingIndex["1-2566"])
        #expect(d.meetingIssues[m1].map { d.district.issues[$0].id } == ["road", "flood"])
    }

    @Test func timelineIsComputedInDateOrder() throws {
        let d = try linkedFixture()
        let road = try #require(d.issueIndex["road"])
        let events = d.timelines[road]
        #expect(events.map(\.date.iso) == ["2023-02-20", "2023-05-02", "2023-05-02"])
        #expect(events[0].event == .raised(meeting: d.meetingIndex["1-2566"]!))
        let may = try #require(d.reportIndex["2023-05"])
        #expect(events[1].event == .update(report: may, update: 0))
        #expect(events[2].event == .resolved(daysOpen: 71))

        let flood = try #require(d.issueIndex["flood"])
        // Opened outside a meeting, mentioned inline at 1/2566 (before it was opened).
        #expect(d.timelines[flood].map(\.event) == [
            .discussed(meeting: d.meetingIndex["1-2566"]!), .opened, .update(report: may, update: 1),
        ])
    }

    @Test func reportsKnowTheIssuesTheyUpdate() throws {
        let d = try linkedFixture()
        let may = try #require(d.reportIndex["2023-05"])
        #expect(d.reportIssues[may].map { d.district.issues[$0].id } == ["road", "flood"])
    }
}
