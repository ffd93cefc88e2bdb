import SaphaSupport

/// The synthetic content of one district over some years. Issues are planned first (when
/// raised, when resolved), so that meetings, reports and issue files agree with each other
/// and the corpus builds without a single warning.
struct DistrictSample {
    let district: DistrictRegistry.Entry
    let years: Int
    let firstYear: Int

    struct PlannedIssue {
        var id: String
        var category: IssueCategory
        var title: Phrases.Pair
        var place: Phrases.Pair
        var section: Phrases.Pair
        var details: [Phrases.Pair]
        var month: Int            // index of the month it was raised in
        var meeting: String
        var opened: Day
        var endMonth: Int?        // month it was resolved, closed or referred
        var status: IssueStatus
    }

    struct PlannedMeeting {
        var id: String
        var number: String?
        var date: Day
        var status: MeetingStatus
        var newDate: Day?
        var raised: [Int] = []
        var followed: [Int] = []
    }

    func monthDay(_ t: Int, _ day: Int) -> Day {
        Day(year: firstYear + t / 12, month: t % 12 + 1, day: day)!
    }

    func be(_ t: Int) -> Int { firstYear + t / 12 + 543 }

    func files(_ rng: inout SplitMix64) -> [(path: String, text: String)] {
        let months = years * 12
        var issues: [PlannedIssue] = []
        var meetings: [PlannedMeeting] = []
        for t in 0..<months {
            let m = t % 12 + 1
            var date = monthDay(t, rng.int(8...16))
            if rng.chance(8) {  // now and then a meeting is postponed by a week
                let newDate = monthDay(t, date.day + 7)
                meetings.append(PlannedMeeting(id: "\(m)-\(be(t))-postponed", number: nil, date: date,
                    status: .postponed, newDate: newDate))
                date = newDate
            }
            var meeting = PlannedMeeting(id: "\(m)-\(be(t))", number: "\(m)/\(be(t))", date: date, status: .held)
            for k in 1...rng.int(6...10) {
                let category = rng.pick(IssueCategory.allCases)
                let duration = rng.int(1...9)
                let end: Int? = rng.chance(25) || t + duration >= months ? nil : t + duration
                let status: IssueStatus = end == nil ? (rng.chance(70) ? .inProgress : .open)
                    : (rng.chance(85) ? .resolved : rng.chance(66) ? .closed : .referred)
                issues.append(PlannedIssue(
                    id: "\(be(t))-\(pad(m, 2))-\(k)", category: category, title: rng.pick(Phrases.issues[category]!),
                    place: rng.pick(Phrases.places), section: rng.pick(Phrases.sections),
                    details: distinct(Phrases.details, rng.int(3...4), &rng), month: t, meeting: meeting.id,
                    opened: date, endMonth: end, status: status))
                meeting.raised.append(issues.count - 1)
            }
            // Follow up a few issues from earlier months that are still open.
            let active = issues.indices.filter { issues[$0].month < t && (issues[$0].endMonth ?? .max) >= t }
            meeting.followed = Array(active.suffix(3))
            meetings.append(meeting)
        }

        let root = "districts/\(district.slug)"
        var out: [(String, String)] = [("\(root)/district.yaml",
            "code: \(district.code)\ncouncil:\n  established: 2022-12-27\n")]
        let (committee, members) = self.committee(&rng)
        out.append(("\(root)/committee.yaml", committee))
        for meeting in meetings { out += self.meeting(meeting, issues, members: members, &rng).map {
            ("\(root)/meetings/\($0.0)", $0.1) } }
        for issue in issues { out += self.issue(issue).map { ("\(root)/issues/\($0.0)", $0.1) } }
        for t in 0..<months { out += report(t, issues, &rng).map { ("\(root)/reports/\($0.0)", $0.1) } }
        return out
    }

    // MARK: Files

    /// The committee file and how many members it lists. Of a committee of more than 30, the
    /// last member's term ended after two years (a former member on the committee page).
    func committee(_ rng: inout SplitMix64) -> (text: String, members: Int) {
        var text = "example: true\nmembers:\n"
        let members = rng.int(30...40)
        for n in 1...members {
            let role: MemberRole = n == 1 ? .chair : n == 2 ? .viceChair : n == 3 ? .secretary : .member
            let group = n <= 3 ? MemberGroup.districtExecutives
                : MemberGroup.allCases[(n - 3) % MemberGroup.allCases.count]
            text += "  - name: {th: ตัวอย่าง กรรมการ \(n), en: Example Member \(n)}\n    role: \(role.rawValue)\n"
                + "    group: \(group.rawValue)\n    since: 2022-12-27\n"
            if n == members && members > Directive.minimumMembers { text += "    until: 2024-12-26\n" }
        }
        return (text, members)
    }

    /// A meeting's file and its translation; no more committee members attend than the committee has.
    func meeting(_ m: PlannedMeeting, _ issues: [PlannedIssue], members: Int, _ rng: inout SplitMix64)
        -> [(String, String)] {
        let agenda = [Phrases.agenda[0], Phrases.agenda[1], Phrases.agenda[2], rng.pick(Array(Phrases.agenda[3...]))]
        let location = rng.pick(Phrases.locations)
        var th = "---\n"
        if let number = m.number { th += "number: \(number)\n" }
        th += "date: \(m.date.iso)\ntime: \"13:30\"\nend_time: \"16:00\"\nmode: "
            + "\(rng.pick(MeetingMode.allCases).rawValue)\n"
        th += "location: \(location.th)\nstatus: \(m.status.rawValue)\n"
        var en = "---\nlocation: \(location.en)\n"
        if m.status == .postponed {
            th += "reason: ประธานติดภารกิจเร่งด่วน จึงเลื่อนการประชุมออกไปหนึ่งสัปดาห์\nnew_date: "
                + "\(m.newDate!.iso)\n---\n"
            en += "reason: The chair had an urgent engagement, so the meeting moved one week later.\n---\n"
            return [("\(m.id).md", th), ("\(m.id).en.md", en)]
        }
        let present = min(rng.int(24...38), members)
        th += "attendance: {members: \(present), public: \(rng.int(10...120)), online: \(rng.int(0...60))}\n"
        th += "agenda:\n" + agenda.map { "  - \($0.th)\n" }.joined()
        en += "agenda:\n" + agenda.map { "  - \($0.en)\n" }.joined()
        let ids = (m.raised + m.followed).map { issues[$0].id }
        th += "issues: [\(ids.joined(separator: ", "))]\n---\n"
        en += "---\n"

        th += "## วาระที่ 1 \(agenda[0].th)\n\nที่ประชุมรับรองรายงานการประชุมครั้งที่ผ่านมาโดยไม่มีการแก้ไข\n\n"
        en += "## Item 1 \(agenda[0].en)\n\nThe minutes of the previous meeting were adopted without change.\n\n"
        /// The same passage in both files.
        func both(_ thai: String, _ english: String) {
            th += thai
            en += english
        }
        /// The next discussion paragraph of the minutes, after `separator`.
        func discuss(after separator: String = "") {
            let talk = discussion(&rng)
            both(separator + talk.th, separator + talk.en)
        }
        discuss()
        both("## วาระที่ 2 \(agenda[1].th)\n\n", "## Item 2 \(agenda[1].en)\n\n")
        if m.followed.isEmpty {
            both("ไม่มีเรื่องค้างจากการประชุมครั้งก่อน\n\n", "No issues were outstanding from earlier meetings.\n\n")
        }
        for i in m.followed {
            both("- [[\(issues[i].id)]] \(issues[i].section.th) รายงานว่ากำลังดำเนินการ\n",
                 "- [[\(issues[i].id)]] the \(issues[i].section.en) reports work in progress\n")
        }
        discuss(after: "\n")
        both("\n## วาระที่ 3 \(agenda[2].th)\n\n| เรื่อง | สถานที่ | ฝ่ายที่รับผิดชอบ |\n|---|---|---|\n",
             "\n## Item 3 \(agenda[2].en)\n\n| Issue | Place | Responsible section |\n|---|---|---|\n")
        for i in m.raised {
            both("| [[\(issues[i].id)]] | \(issues[i].place.th) | \(issues[i].section.th) |\n",
                 "| [[\(issues[i].id)]] | \(issues[i].place.en) | \(issues[i].section.en) |\n")
        }
        discuss(after: "\n")
        both("## วาระที่ 4 \(agenda[3].th)\n\n", "## Item 4 \(agenda[3].en)\n\n")
        discuss()
        return [("\(m.id).md", th), ("\(m.id).en.md", en)]
    }

    /// `count` different items, starting at a random one.
    func distinct<T>(_ items: [T], _ count: Int, _ rng: inout SplitMix64) -> [T] {
        let start = rng.int(0...(items.count - 1))
        return (0..<min(count, items.count)).map { items[(start + $0) % items.count] }
    }

    /// A few paragraphs of discussion, in both languages.
    func discussion(_ rng: inout SplitMix64) -> (th: String, en: String) {
        var th: [String] = [], en: [String] = []
        for _ in 0..<rng.int(2...4) {
            let sentences = (0..<rng.int(2...3)).map { _ in rng.pick(Phrases.discussion) }
            th.append(sentences.map(\.th).joined(separator: " "))
            en.append(sentences.map(\.en).joined(separator: " "))
        }
        return (th.joined(separator: "\n\n") + "\n\n", en.joined(separator: "\n\n") + "\n\n")
    }

    func issue(_ issue: PlannedIssue) -> [(String, String)] {
        let title = issue.title.th.replacingOccurrences(of: "{place}", with: issue.place.th)
        let titleEN = issue.title.en.replacingOccurrences(of: "{place}", with: issue.place.en)
        var th = "---\ntitle: \(title)\nopened: \(issue.opened.iso)\nraised_at: \(issue.meeting)\n"
        th += "category: \(issue.category.rawValue)\nlocation: \(issue.place.th)\nstatus: \(issue.status.rawValue)\n"
        th += "responsible: \(issue.section.th)\n"
        var en = "---\ntitle: \(titleEN)\nlocation: \(issue.place.en)\nresponsible: \(issue.section.en)\n"
        if let end = issue.endMonth {
            th += "resolved: \(monthDay(end, 28).iso)\n"
            if issue.status == .referred {
                th += "referred_to: การไฟฟ้านครหลวง\n"
                en += "referred_to: Metropolitan Electricity Authority\n"
            }
        }
        th += "---\n" + issue.details.map(\.th).joined(separator: "\n\n") + "\n"
        en += "---\n" + issue.details.map(\.en).joined(separator: "\n\n") + "\n"
        return [("\(issue.id).md", th), ("\(issue.id).en.md", en)]
    }

    func report(_ t: Int, _ issues: [PlannedIssue], _ rng: inout SplitMix64) -> [(String, String)] {
        let id = "\(firstYear + t / 12)-\(pad(t % 12 + 1, 2))"
        let obstacles = rng.pick(Phrases.obstacles)
        let progress = min(100, 40 + t % 12 * 6)
        var th = "---\nperiod: \(id)\ndate: \(monthDay(t, 28).iso)\nprogress: \(progress)\n"
        th += "status: \(progress == 100 ? "completed" : "in-progress")\nobstacles: \(obstacles.th)\nupdates:\n"
        var en = "---\nobstacles: \(obstacles.en)\nupdates:\n"
        var resolvedCount = 0
        for issue in issues where issue.month <= t && (issue.endMonth ?? .max) >= t {
            let ended = issue.endMonth == t
            let percent: Int
            if let end = issue.endMonth {
                percent = 100 * (t - issue.month + 1) / (end - issue.month + 1)
            } else {
                percent = min(90, 10 * (t - issue.month + 1))
            }
            let status: IssueStatus = ended ? issue.status : (issue.endMonth == nil ? issue.status : .inProgress)
            if ended { resolvedCount += 1 }
            th += "  - issue: \(issue.id)\n    progress: \(percent)\n    status: \(status.rawValue)\n"
            th += "    note: \(ended ? "ดำเนินการเรียบร้อยแล้ว" : "\(issue.section.th) อยู่ระหว่างดำเนินการ")\n"
            en += "  - issue: \(issue.id)\n    note: \(ended ? "Done." : "The \(issue.section.en) is working on it.")\n"
        }
        if th.hasSuffix("updates:\n") {  // no issue was active this month
            th.removeLast("updates:\n".count)
            en.removeLast("updates:\n".count)
        }
        th += "---\nสำนักงานเขตดำเนินการตามแผนสร้างการสื่อสารสองทางระหว่างกรุงเทพมหานครและประชาชน"
            + "ผ่านสภาคนเมืองประจำเขต "
        th += "เดือนนี้แก้ไขเรื่องที่ประชาชนแจ้งเสร็จสิ้น \(resolvedCount) เรื่อง\n"
        en += "---\nThe district office carried out the two-way communication plan this month and closed "
            + "\(resolvedCount) issues raised by residents.\n"
        return [("\(id).md", th), ("\(id).en.md", en)]
    }
}
