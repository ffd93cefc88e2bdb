import Foundation
import Testing
@testable import SaphaCore
@testable import SaphaSupport
import SaphaTestSupport

/// The plausibility and directive checks of the link stage beyond their messages (those are in
/// the check catalogue, `plausible-…` and `directive-…`): what the pages leave out when the
/// facts contradict each other, and the calendar rules the checks follow.
@Suite("Plausibility and the BMA order")
struct PlausibilityTests {
    func page(_ files: [OutputFile], _ path: String) throws -> String {
        String(decoding: try #require(files.first { $0.path == path }).data, as: UTF8.self)
    }

    @Test func pagesNeverSayAnIssueWasDiscussedAtAMeetingThatDidNotTakePlace() throws {
        let site = try TestSite()
        // Not held yet: the listed issue is a warning, and no page says it was discussed.
        try site.write("districts/thung-khru/meetings/5-2566.md",
            "---\nnumber: 5/2566\ndate: 2023-06-26\nmode: on-site\nstatus: scheduled\nissues: [flood]\n---\n")
        // Cancelled, the minutes mentioning an issue: no message, and no page says it was discussed.
        try site.write("districts/thung-khru/meetings/2566-04-10.md",
            "---\ndate: 2023-04-10\nmode: on-site\nstatus: cancelled\nreason: ฝนตกหนัก\n---\nเลื่อนเรื่อง [[road]]\n")
        let (files, report) = try site.render()
        #expect(report.diagnostics.map(\.code) == ["W-PLAUS-DISCUSSED-AT-FUTURE"])
        for language in ["th", "en"] {
            let pages = "\(language)/thung-khru/"
            #expect(!(try page(files, pages + "issues/flood/index.html")).contains("meetings/5-2566/"))
            #expect(!(try page(files, pages + "issues/road/index.html")).contains("meetings/2566-04-10/"))
            #expect(!(try page(files, pages + "meetings/5-2566/index.html")).contains("id=\"discussed\""))
            #expect(!(try page(files, pages + "meetings/2566-04-10/index.html")).contains("id=\"discussed\""))
        }
        let data = try page(files, "data/thung-khru.json")
        #expect(data.contains("\"discussed_at\":[\"1-2566\"]"))
        // The minutes of the cancelled meeting still link the issue they mention.
        #expect(try page(files, "th/thung-khru/meetings/2566-04-10/index.html").contains("issues/road/"))
    }

    @Test func anOpenIssueShowsNoResolvedDate() throws {
        let site = try TestSite()
        try site.edit("districts/thung-khru/issues/flood.md", replacing: "status: in-progress",
            with: "status: in-progress\nresolved: 2023-05-30")
        let (files, report) = try site.render()
        #expect(report.diagnostics.map(\.code) == ["W-PLAUS-RESOLVED-WHILE-OPEN"])
        #expect(!(try page(files, "en/thung-khru/issues/flood/index.html")).contains("30 May 2023"))
        #expect(!(try page(files, "th/thung-khru/issues/flood/index.html")).contains("30 พฤษภาคม 2566"))
        #expect(!(try page(files, "data/thung-khru.json")).contains("2023-05-30"))
        #expect(!(try page(files, "data/th/thung-khru/issues.csv")).contains("2023-05-30"))
        // A resolved issue keeps its date.
        #expect(try page(files, "data/thung-khru.json").contains("\"resolved\":\"2023-05-02\""))
    }

    @Test func aMeetingNumberEndsWithTheCalendarOrTheFiscalYear() throws {
        #expect(Plausibility.year(ofNumber: "1/2566")?.year == 2566)
        #expect(Plausibility.year(ofNumber: "ครั้งที่ 1/66")?.year == 2566)
        #expect(Plausibility.year(ofNumber: "๑/๒๕๖๖")?.year == 2566)
        #expect(Plausibility.year(ofNumber: "1/2023")?.year == 2566)
        #expect(Plausibility.year(ofNumber: "1/2566")?.prefix == "1")
        #expect(Plausibility.year(ofNumber: "2566") == nil)
        #expect(Plausibility.year(ofNumber: "1/256") == nil)
        #expect(Plausibility.year(ofNumber: "1/25666") == nil)
        // Meeting 1 of the fiscal year 2567 (October 2566 to September 2567), dated October 2023.
        let site = try TestSite()
        try site.write("districts/thung-khru/meetings/1-2567.md",
            "---\nnumber: 1/2567\ndate: 2023-10-02\nmode: on-site\nstatus: scheduled\n---\n")
        #expect(Pipeline(options: site.options.pipeline).check().diagnostics.items.map(\.code) == [])
    }

    @Test func consecutiveMonthsAreOneRun() {
        let months = [(2023, 1), (2023, 2), (2023, 4), (2023, 12), (2024, 1)].map { Month(year: $0, month: $1)! }
        let runs = CalendarTerms.runs(months)
        #expect(runs.map { "\($0.first)…\($0.last)" } == ["2023-01…2023-02", "2023-04…2023-04", "2023-12…2024-01"])
        let text = CalendarTerms.months(runs[2].first, runs[2].last)
        #expect(text.en == "from 2023-12 to 2024-01")
        #expect(text.th == "ตั้งแต่เดือน 2566-12 ถึง 2567-01")
        #expect(CalendarTerms.months(months[0], months[0]).th == "ในเดือน 2566-01")
        #expect(Month(year: 9999, month: 12)!.next == nil)
        #expect(months[1].through(months[0]).isEmpty)
    }

    @Test func monthsAreDueFromTheCouncilsFirstWholeMonth() throws {
        func first(established: Day?, meeting: Day?) -> String {
            var district = District(info: DistrictRegistry.all[48])
            district.council.established = established
            if let meeting {
                let (content, _) = ContentLoader(root: Repo.fixtureSite, displayRoot: "content").load()
                var held = content!.districts[48].meetings[0]
                held.date = meeting
                district.meetings = [held]
            }
            return Accountability(linked: LinkedDistrict(district: district), today: TestSite.today).firstMonth.iso
        }
        #expect(first(established: Day(year: 2022, month: 12, day: 27), meeting: nil) == "2023-01")
        #expect(first(established: Day(year: 2023, month: 2, day: 1), meeting: nil) == "2023-02")
        #expect(first(established: nil, meeting: Day(year: 2023, month: 3, day: 20)) == "2023-03")
        #expect(first(established: nil, meeting: nil) == "2023-01")
    }

    /// The fixture's committee meets the order; the page of one that does not says so, and
    /// the check notes it (a notice: the build does not fail).
    @Test func aCommitteeBelowTheMinimumIsShownAndNoted() throws {
        let site = try TestSite()
        try site.write("districts/thung-khru/committee.yaml", """
            members:
              - {name: ประธาน, role: chair, group: district-executives}
              - {name: กรรมการ, role: member, group: housing-estates}

            """)
        try site.edit("districts/thung-khru/meetings/1-2566.md", replacing: "members: 31", with: "members: 2")
        let (files, report) = try site.render()
        #expect(report.diagnostics.map(\.code) == ["N-DIRECTIVE-COMMITTEE-SMALL", "N-DIRECTIVE-COMMITTEE-GROUPS"])
        #expect(try page(files, "en/thung-khru/index.html").contains("2</a> — below the minimum (30)"))
    }
}
