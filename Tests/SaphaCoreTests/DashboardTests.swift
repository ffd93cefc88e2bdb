import Foundation
import Testing
@testable import SaphaCore
@testable import SaphaSupport
import SaphaTestSupport

/// The dashboards' figures against `Fixtures/dashboard/`, whose answers were computed by hand
/// (below, next to each assertion). Reference day 10 January 2024: the 12 months shown are
/// January–December 2023.
///
/// Bang Bon: council established 15 January 2023, so its first month is February 2023 (the
/// first whole month): 11 months due in the window, January is "before the council".
/// Meetings: Jan 20 held (not due), Feb 20 held, Mar 20 postponed, Apr 3 held, May 15
/// cancelled, Jun 19 held + Jun 26 cancelled (held wins), Oct 16 held, Nov 20 held: held in
/// Feb, Apr, Jun, Oct, Nov = 5 of 11. Reports for Feb, Mar, Apr, Jun, Oct, Nov = 6 of 11.
/// Issues: r1 10 days (Feb 1 → Feb 11), r2 30 (Feb 1 → Mar 3), r3 5 (Mar 1 → Mar 6), r4 90
/// (Mar 1 → May 30), r5 closed 20 (Apr 1 → Apr 21), r6 70 (May 1 → Jul 10); x referred (not
/// counted). Sorted 5, 10, 20, 30, 70, 90: n = 6, median at rank ⌈0.5·6⌉ = 3 → 20 days,
/// 90th percentile at rank ⌈0.9·6⌉ = 6 → 90 days.
/// Stale (open, no news for more than 60 days on Jan 10): s1 opened Aug 1, no news since:
/// 31 (Aug) + 30 (Sep) + 31 (Oct) + 30 (Nov) + 31 (Dec) + 9 = 162 days, 23 weeks; s2's last
/// news is the October report dated Oct 31: 1 + 30 + 31 + 9 = 71 days, 10 weeks; s3's last
/// news Nov 30: 41 days; s4 opened Dec 20: 21 days.
/// Latest progress of open issues: s2 40, s3 70 → average 55%, over 2; s1 and s4 have none.
/// Statuses: open 2 (s1, s4), in progress 2 (s2, s3), resolved 5, closed 1, referred 1: 11.
/// Committee (a member serves on a day when `since` ≤ day ≤ `until`, each when given; a month
/// counts who serves on its last day): 28 members without dates, from 8 of the 9 named groups
/// (no condominiums); member 29 (condominiums) 15 June – 30 September 2023; member 30 from
/// 1 August 2023; member 31 until 31 March 2023; member 32 from 1 February 2024. Month ends:
/// Jan–Mar 28 + m31 = 29, 8 groups; Apr–May 28, 8 groups; Jun–Jul 28 + m29 = 29, 9 groups;
/// Aug–Sep 28 + m29 + m30 = 30, 9 groups (the only months with at least 30 from every group:
/// 2 of the 11 due); Oct–Dec 28 + m30 = 29, 8 groups. On 10 January 2024: 28 + m30 = 29 from
/// 8 groups; m29 and m31 are former members; m32 does not serve yet.
///
/// Dusit: established 1 January 2023, a meeting held on the 10th of every month of 2023 (12
/// of 12), no report (0 of 12), no issue. Committee: 30 members of all 9 groups without
/// dates; member 31 until 10 January 2024 (the reference day, so still serving), member 32
/// from 11 January 2024 (not yet): 31 on every month's end and on the reference day, 12 of 12.
@Suite("Dashboards: figures computed by hand")
struct DashboardTests {
    static let today = Day(year: 2024, month: 1, day: 10)!

    func render() throws -> [String: String] {
        let site = try TestSite(copying: Repo.fixtures.appendingPathComponent("dashboard"))
        var options = site.options
        options.pipeline.today = Self.today
        let (files, _) = try SiteBuilder(options: options).render()
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
    }

    /// The text of a page's main part, tags removed, entities of the escaper decoded, spaces collapsed.
    func text(_ html: String?) -> String {
        guard let html, let start = html.range(of: "<main"), let end = html.range(of: "</main>") else { return "" }
        var main = String(html[start.lowerBound..<end.lowerBound])
        while let svg = main.range(of: "<svg"), let close = main.range(of: "</svg>") { main.removeSubrange(
            svg.lowerBound..<close.upperBound) }
        let stripped = main.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'")
        return stripped.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func theRecordIsWhatWasComputedByHand() throws {
        let site = try TestSite(copying: Repo.fixtures.appendingPathComponent("dashboard"))
        let options = site.options.pipeline
        let loaded = ContentLoader(root: options.content, displayRoot: options.contentDisplay).load(reusing: nil)
        let (run, _) = Linker.link(try #require(loaded.0), today: Self.today)
        let bangBon = try #require(run.districts.first { $0.district.slug == "bang-bon" })
        let record = bangBon.record
        #expect(record.firstMonth.iso == "2023-02")
        #expect(record.shown.map(\.month.iso) == (1...12).map { "2023-" + ($0 < 10 ? "0\($0)" : "\($0)") })
        #expect(record.shown.map(\.outcome.rawValue) == ["held", "held", "postponed", "held", "cancelled", "held",
            "none", "none", "none", "held", "held", "none"])
        #expect(record.shown.map(\.due) == [false] + Array(repeating: true, count: 11))
        let tally = DistrictRecord.tally(record.shown)
        #expect(tally.due == 11 && tally.held == 5 && tally.reported == 6 && tally.committee == 2)
        #expect(record.shown.map { $0.committee?.members } == [29, 29, 29, 28, 28, 29, 29, 30, 30, 29, 29, 29])
        #expect(record.shown.map { $0.committee?.groupsPresent } == [8, 8, 8, 8, 8, 9, 9, 9, 9, 8, 8, 8])
        #expect(record.shown.map(\.committeeComplete) == Array(repeating: false, count: 7) + [true, true]
            + Array(repeating: false, count: 3))
        #expect(record.committee == CommitteeStanding(members: 29, missing: [.condominiums]))
        #expect(record.daysToResolve == [5, 10, 20, 30, 70, 90])
        #expect(record.resolutionFigures?.median == 20 && record.resolutionFigures?.p90 == 90)
        let stale = record.stale.map { (bangBon.district.issues[$0.issue].id, $0.days) }
        #expect(stale.map(\.0) == ["s1", "s2"] && stale.map(\.1) == [162, 71])
        let dusit = try #require(run.districts.first { $0.district.slug == "dusit" })
        let dusitTally = DistrictRecord.tally(dusit.record.shown)
        #expect(dusitTally.due == 12 && dusitTally.held == 12 && dusitTally.reported == 0
            && dusitTally.committee == 12)
        #expect(dusit.record.shown.allSatisfy { $0.committee?.members == 31 })
        #expect(dusit.record.committee == CommitteeStanding(members: 31, missing: []))
        #expect(dusit.record.resolutionFigures == nil)
    }

    @Test func nearestRankPercentiles() {
        // Ranks ⌈p·n⌉: n = 1 → 1; n = 4: median rank 2, p90 rank 4; n = 10: ranks 5 and 9.
        #expect(DistrictRecord.nearestRank([7], 50) == 7 && DistrictRecord.nearestRank([7], 90) == 7)
        #expect(DistrictRecord.nearestRank([1, 2, 3, 4], 50) == 2 && DistrictRecord.nearestRank([1, 2, 3, 4], 90) == 4)
        let ten = Array(1...10)
        #expect(DistrictRecord.nearestRank(ten, 50) == 5 && DistrictRecord.nearestRank(ten, 90) == 9)
    }

    @Test func theDistrictDashboardStatesTheFigures() throws {
        let files = try render()
        let page = text(files["en/bang-bon/dashboard/index.html"])
        let expected = [
            "Figures as of 10 January 2024: months are counted up to the end of December 2023.",
            "In the last 12 months (January 2023 – December 2023), a meeting was held in 5 of the 11 months due "
                + "and a progress report was published for 6.",
            "and a progress report was published for 6. At the end of 2 of the 11 months, the committee had at "
                + "least 30 members, with every group the order names among them.",
            "Since the council's first month (February 2023): a meeting held in 5 of 11 months, a report for 6. "
                + "At the end of 2 of the 11 months, the committee had at least 30 members, with every group the "
                + "order names among them.",
            "Month Meeting Progress report Members Groups represented",
            // January is before the council: its committee counts for nothing, as its meeting does.
            "January 2023 Meeting of 20 January 2023 Held before the council – – Since the council's first month",
            "March 2023 Meeting of 20 March 2023 Postponed 35% In progress 29 8 / 9 Not represented: Condominiums",
            "May 2023 Meeting of 15 May 2023 Cancelled No report 28 8 / 9 Not represented: Condominiums",
            "June 2023 Meeting of 19 June 2023 Held 60% In progress 29 9 / 9",
            "July 2023 No meeting No report 29 9 / 9",
            "August 2023 No meeting No report 30 9 / 9",
            "October 2023 Meeting of 16 October 2023 Held",
            "29 members; the order asks for at least 30. below the minimum",
            "8 of the 9 groups the order names are represented. Not represented: Condominiums",
            "11 issues by status: Open 2, In progress 2, Resolved 5, Closed 1, Referred 1.",
            "Waste 6", "Traffic 4", "Other 1",
            "Half the resolved issues took 20 days or less from opened to resolved; nine in ten took 90 days or "
                + "less (6 issues resolved or closed with a date).",
            "Issue s1 Open no update for 23 weeks Last news 1 August 2023",
            "Issue s2 In progress no update for 10 weeks Last news 31 October 2023",
            "Progress reported each month, February 2023 to November 2023: from 20% to 90%.",
            "Average 55% over the 2 open issues whose updates give a figure; 2 open issues without a figure are "
                + "not counted.",
        ]
        for sentence in expected { #expect(page.contains(sentence), "missing: \(sentence)\n\(page)") }
        #expect(!page.contains("Issue s3 In progress no update"))
        // The Thai page says the same in Thai, with Buddhist-era years.
        let thai = text(files["th/bang-bon/dashboard/index.html"])
        #expect(thai.contains("ข้อมูล ณ วันที่ 10 มกราคม 2567 นับเดือนถึงสิ้นเดือนธันวาคม 2566"), "\(thai)")
        #expect(thai.contains("มีการประชุมใน 5 เดือนจาก 11 เดือนที่ต้องประชุม และมีรายงานความคืบหน้า 6 เดือน"))
        #expect(thai.contains("ณ สิ้นเดือน คณะกรรมการมีกรรมการอย่างน้อย 30 คนและมีผู้แทนครบทุกกลุ่มที่คำสั่งระบุ "
            + "2 จาก 11 เดือน"))
        #expect(thai.contains("กรกฎาคม 2566 ไม่มีการประชุม ไม่มีรายงาน 29 9 / 9"), "\(thai)")
        // Dusit has too few resolved issues for the figures, and says why.
        let dusit = text(files["en/dusit/dashboard/index.html"])
        #expect(dusit.contains("No issue has been published yet."))
        #expect(dusit.contains("In the last 12 months (January 2023 – December 2023), a meeting was held in 12 of "
            + "the 12 months due and a progress report was published for 0."))
    }

    /// The committee page counts who serves on the reference day and lists the others apart:
    /// Bang Bon's 29 by group, m32 as appointed with its term to begin, m29 and m31 as former
    /// members; Dusit's 31 (m31's last day is the reference day; m32 starts the day after).
    @Test func theCommitteePageCountsWhoServes() throws {
        let files = try render()
        let page = text(files["en/bang-bon/committee/index.html"])
        #expect(page.contains("Members 29 — below the minimum (30) Groups represented 8 / 9"), "\(page)")
        #expect(page.contains("Members whose term has not begun or has ended are not counted."))
        // Business: m4, m12, m20, m28 serve; m32 is listed apart, not under the group.
        #expect(page.contains("Business and private organisations (4) Member 4 Member 12 Member 20 Member 28 Housing"),
            "\(page)")
        #expect(page.contains("Appointed, term not begun (1) Member 32 — Business and private organisations Term 1 "
            + "February 2024 –"))
        #expect(page.contains("Former members (2) Member 29 — Condominiums Term 15 June 2023 – 30 September 2023 "
            + "Member 31 — Academics and local sages Term – 31 March 2023"), "\(page)")
        let before = page.components(separatedBy: "Former members").first ?? ""
        #expect(!before.contains("Member 29 ") && !before.contains("Member 31 "))
        let dusit = text(files["en/dusit/committee/index.html"])
        #expect(dusit.contains("Members 31 — meets the minimum (30) Groups represented 9 / 9"), "\(dusit)")
        #expect(!dusit.contains("Former members"))
        #expect(text(files["en/bang-bon/index.html"]).contains("29 — below the minimum (30)"))
    }

    @Test func aStaleIssuePageSaysHowLongItWaited() throws {
        let files = try render()
        #expect(text(files["en/bang-bon/issues/s1/index.html"]).contains(
            "No update for 23 weeks: the last news of this issue is from 1 August 2023."))
        #expect(text(files["th/bang-bon/issues/s2/index.html"]).contains(
            "ไม่มีความคืบหน้า 10 สัปดาห์ ความคืบหน้าล่าสุดของเรื่องนี้เมื่อ 31 ตุลาคม 2566"))
        for id in ["s3", "s4", "r1", "x"] {
            #expect(!(files["en/bang-bon/issues/\(id)/index.html"] ?? "").contains("class=\"notice stale\""), "\(id)")
        }
    }

    @Test func theCitywideTableInEachOrder() throws {
        let files = try render()
        // The districts that publish come first, in the column's order, then the 48 others in code order.
        func order(_ folder: String) -> [String] {
            let html = files["en/dashboard/\(folder)index.html"] ?? ""
            return html.components(separatedBy: "<th scope=\"row\"><a href=\"/councils/en/").dropFirst()
                .map { String($0.prefix { $0 != "/" }) }
        }
        #expect(order("").prefix(2) == ["dusit", "bang-bon"])
        #expect(order("by-meetings/").prefix(2) == ["dusit", "bang-bon"])
        #expect(order("by-reports/").prefix(2) == ["bang-bon", "dusit"])
        #expect(order("by-committee/").prefix(2) == ["dusit", "bang-bon"])
        #expect(order("by-stale/").prefix(2) == ["bang-bon", "dusit"])
        #expect(order("").count == 50 && order("")[2] == "phra-nakhon")
        let page = text(files["en/dashboard/index.html"])
        let expected = [
            "2 of 50 districts publish. In the last 12 months, 1 of them held a meeting in every month due, and 1 "
                + "have a committee of at least 30 members.",
            "Dusit 12 / 12 0 / 12 31 9 / 9 0 0 too few resolved",
            "Bang Bon 5 / 11 6 / 11 29 8 / 9 4 2 20",
            "Phra Nakhon Nothing published yet",
        ]
        for sentence in expected { #expect(page.contains(sentence), "missing: \(sentence)\n\(page)") }
        // Districts that held a meeting each month: both in Jan, Feb, Apr, Jun, Oct, Nov; Dusit alone otherwise.
        let held = "January 2023 2 February 2023 2 March 2023 1 April 2023 2 May 2023 1 June 2023 2 July 2023 1 "
            + "August 2023 1 September 2023 1 October 2023 2 November 2023 2 December 2023 1"
        #expect(page.contains(held), "\(page)")
    }

    /// A dashboard lists the 20 longest-waiting issues and counts the others: with 25 more open
    /// issues opened on 1 July 2023 (193 days before the reference day, longer than s1's 162),
    /// 27 wait for news; the list shows 20 (the 25 new ones first, by id) and says 7 more.
    @Test func aLongStaleListShowsTwentyAndCountsTheRest() throws {
        let site = try TestSite(copying: Repo.fixtures.appendingPathComponent("dashboard"))
        for n in 1...25 {
            try site.write("districts/bang-bon/issues/w\(n < 10 ? "0" : "")\(n).md",
                "---\ntitle: {th: รอ \(n), en: Waiting \(n)}\nopened: 2023-07-01\ncategory: waste\nstatus: open\n---\n")
        }
        var options = site.options
        options.pipeline.today = Self.today
        let (files, _) = try SiteBuilder(options: options).render()
        let html = String(decoding: try #require(files.first { $0.path == "en/bang-bon/dashboard/index.html" }).data,
            as: UTF8.self)
        let page = text(html)
        #expect(page.contains("and 7 more open issues waiting for news."), "\(page)")
        #expect(html.components(separatedBy: "<span class=\"badge\">").count - 1 == 20)
        #expect(page.contains("Waiting 20 Open no update for 27 weeks") && !page.contains("Waiting 21 Open")
            && !page.contains("Issue s1 Open"))
    }
}
