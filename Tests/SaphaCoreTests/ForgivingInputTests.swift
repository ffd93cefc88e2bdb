import Foundation
import Testing
@testable import SaphaCore
@testable import SaphaSupport
import SaphaTestSupport

/// What staff write out of habit and Sapha reads as they meant it (issue 13): dates in Thai
/// forms, vocabulary values as their Thai labels, Thai digits. Accepted forms give no
/// diagnostic; refused ones are in the check catalogue (`Fixtures/checks/date-…`, `label-…`).
@Suite("Forgiving input: Thai dates, Thai labels, Thai digits")
struct ForgivingInputTests {
    /// Reads `d: <text>` as a date, with the diagnostics' codes.
    func day(_ text: String) -> (value: Day?, codes: [String]) {
        let context = FileContext(path: "f.yaml")
        let node = context.compose("d: \(text)")!
        var reader = MappingReader(node, context: context, what: Bilingual(en: "x", th: "x"))!
        let value = reader.day("d")
        return (value, context.diagnostics.items.map(\.code))
    }

    func month(_ text: String) -> (value: Month?, codes: [String]) {
        let context = FileContext(path: "f.yaml")
        let node = context.compose("m: \(text)")!
        var reader = MappingReader(node, context: context, what: Bilingual(en: "x", th: "x"))!
        let value = reader.month("m")
        return (value, context.diagnostics.items.map(\.code))
    }

    func fix(_ text: String, month isMonth: Bool = false) -> String {
        let context = FileContext(path: "f.yaml")
        let node = context.compose("d: \(text)")!
        var reader = MappingReader(node, context: context, what: Bilingual(en: "x", th: "x"))!
        _ = isMonth ? reader.month("d").map { _ in () } : reader.day("d").map { _ in () }
        return context.diagnostics.items.first?.fix?.en ?? ""
    }

    static let jan31 = Day(year: 2023, month: 1, day: 31)!

    // MARK: Dates accepted

    @Test(arguments: [
        "2023-01-31", "2566-01-31", "2566-1-31", "\"2023-01-31\"", "2566/01/31",
        "31/01/2566", "31-01-2566", "31.01.2566", "31/1/2566", "31/01/66",
        "31 มกราคม 2566", "31 ม.ค. 2566", "31 ม.ค. 66", "31 มค 2566", "31 ม. ค. 2566", "31 มกรา 2566",
        "31 มกราคม 2023", "31 ม.ค. 2023", "วันที่ 31 มกราคม 2566", "วันที่ 31 ม.ค. พ.ศ. 2566",
        "31 มกราคม พ.ศ. 2566", "31 ม.ค. ค.ศ. 2023", "31 ม.ค. พ.ศ. 66", "31มกราคม2566",
        "๒๕๖๖-๐๑-๓๑", "๓๑/๐๑/๒๕๖๖", "๓๑ ม.ค. ๖๖", "๓๑ มกราคม ๒๕๖๖",
    ])
    func thirtyFirstOfJanuary2023(_ text: String) {
        let (value, codes) = day(text)
        #expect(value == Self.jan31, "\(text)")
        #expect(codes.isEmpty, "\(text): \(codes)")
    }

    @Test func everyMonthNameAndAbbreviation() {
        for month in 1...12 {
            let expected = Day(year: 2024, month: month, day: 5)!
            for name in [ThaiMonths.names, ThaiMonths.abbreviations, ThaiMonths.spoken].map({ $0[month - 1] }) {
                #expect(day("5 \(name) 2567").value == expected, "5 \(name) 2567")
                #expect(day("5 \(name) 67").value == expected, "5 \(name) 67")
            }
        }
        // The usual misspelling of July, and the month with "เดือน" before it.
        #expect(day("5 กรกฏาคม 2567").value == Day(year: 2024, month: 7, day: 5))
        #expect(month("เดือนกรกฎาคม 2567").value == Month(year: 2024, month: 7))
    }

    @Test func aBuddhistEraDayIsTheSameDayInTheGregorianCalendar() {
        // 29 February exists in 2567 (2024), not in 2566 (2023): the era is taken off first.
        #expect(day("2567-02-29").value == Day(year: 2024, month: 2, day: 29))
        #expect(day("29 ก.พ. 67").value == Day(year: 2024, month: 2, day: 29))
        #expect(day("2566-02-29").codes == ["E-YAML-NO-SUCH-DATE"])
        #expect(day("31 เม.ย. 2566").codes == ["E-YAML-NO-SUCH-DATE"])
    }

    @Test func aDayRemembersHowItWasWritten() {
        let value = day("31 ม.ค. 66").value!
        #expect(value.asWritten == "31 ม.ค. 66")
        #expect(value.iso == "2023-01-31")
        #expect(value == Self.jan31 && value.hashValue == Self.jan31.hashValue)
        #expect(Self.jan31.asWritten == "2023-01-31")
    }

    // MARK: Months accepted

    @Test(arguments: [
        "2023-06", "2566-06", "2566-6", "06/2566", "6/2566", "06/2023", "06-2566",
        "มิ.ย. 66", "มิ.ย. 2566", "มิถุนายน 2566", "มิถุนายน 2023", "เดือนมิถุนายน 2566", "มิย 66",
        "มิ.ย. พ.ศ. 2566", "๐๖/๒๕๖๖", "มิ.ย. ๖๖",
    ])
    func june2023(_ text: String) {
        let (value, codes) = month(text)
        #expect(value == Month(year: 2023, month: 6), "\(text)")
        #expect(codes.isEmpty, "\(text): \(codes)")
    }

    // MARK: Refused, with the value to write

    @Test func dayFirstWithAChristianEraYearGivesBothReadings() {
        #expect(day("03/04/2023").codes == ["E-YAML-DATE-DAY-MONTH-ORDER"])
        #expect(fix("03/04/2023")
            == "write d: 2023-04-03 if it is 3 April 2023, or d: 2023-03-04 if it is 4 March 2023")
        #expect(fix("31/01/2023") == "write d: 2023-01-31")
        #expect(fix("01/31/2023") == "write d: 2023-01-31")
        #expect(fix("05/05/2023") == "write d: 2023-05-05")
    }

    @Test func aTwoDigitYearUnderSixtyCanBeEitherEra() {
        #expect(day("5 ม.ค. 24").codes == ["E-YAML-DATE-TWO-DIGIT-YEAR"])
        #expect(fix("5 ม.ค. 24") == "write the year in full: d: 1981-01-05 for พ.ศ. 2524, or d: 2024-01-05 for 2024")
        #expect(fix("05/01/24") == "write the year in full: d: 1981-01-05 for พ.ศ. 2524, or d: 2024-01-05 for 2024")
        // 29 February 2524 (1981) does not exist: only one reading is left.
        #expect(fix("29 ก.พ. 24") == "write the year in full: d: 2024-02-29")
        #expect(fix("ม.ค. 24", month: true)
            == "write the year in full: d: 1981-01 for พ.ศ. 2524, or d: 2024-01 for 2024")
    }

    @Test func anEraMarkerThatDoesNotFitTheYear() {
        #expect(day("5 ม.ค. พ.ศ. 2024").codes == ["E-YAML-DATE-ERA"])
        #expect(fix("5 ม.ค. พ.ศ. 2024") == "write d: 2024-01-05")
        #expect(fix("5 ม.ค. ค.ศ. 2567") == "write d: 2024-01-05")
    }

    @Test func aMonthWhereADayBelongsAndADayWhereAMonthBelongs() {
        #expect(day("มกราคม 2567").codes == ["E-YAML-DATE-NEEDS-DAY"])
        #expect(fix("มกราคม 2567") == "write the day too: d: 2024-01-DD, with DD from 01 to 31")
        #expect(fix("2567-02") == "write the day too: d: 2024-02-DD, with DD from 01 to 29")
        #expect(fix("ม.ค. 24") == "write the day too: d: YYYY-MM-DD")
        #expect(day("13/2566").codes == ["E-YAML-NO-SUCH-DATE"])
        #expect(month("5 มิ.ย. 66").codes == ["E-YAML-MONTH-NOT-DATE"])
        #expect(fix("2566-06-05", month: true) == "write d: 2023-06")
    }

    @Test func aMisspeltMonthNameIsAnsweredWithTheDate() {
        #expect(day("5 มกรคม 2567").codes == ["E-YAML-DATE-MONTH-NAME"])
        #expect(fix("5 มกรคม 2567") == "did you mean มกราคม? then write d: 2024-01-05")
        #expect(fix("5 ธันวา 67") == "")
        #expect(day("5 ธันวา 67").value == Day(year: 2024, month: 12, day: 5))
        #expect(fix("5 เดือนนี้ 2567") == "write the month's name (มกราคม … ธันวาคม) or its abbreviation (ม.ค. … ธ.ค.)")
    }

    @Test(arguments: ["20-02-2566 13:00", "31/01", "06/66", "5 January 2024", "2566", "20 02 2566", "1 2 3", "-5",
                      "ม.ค."])
    func otherFormsStayFormatErrors(_ text: String) {
        #expect(day(text).codes == ["E-YAML-DATE-FORMAT"], "\(text)")
    }

    @Test func messagesEchoTheDateAsTyped() throws {
        let context = FileContext(path: "f.yaml")
        let node = context.compose("since: 1 ก.พ. 2567\nuntil: ๓๑/๐๑/๒๕๖๗\n")!
        var reader = MappingReader(node, context: context, what: Bilingual(en: "x", th: "x"))!
        let sinceValue = reader.day("since"), untilValue = reader.day("until")
        let since = try #require(sinceValue), until = try #require(untilValue)
        #expect(until < since)
        let message = ContentMessage.untilBeforeSince.message(["until": until.asWritten, "since": since.asWritten])
        #expect(message.en == "'until' (๓๑/๐๑/๒๕๖๗) is before 'since' (1 ก.พ. 2567)")
    }

    // MARK: Times and numbers in Thai digits

    @Test func thaiDigitsInTimesAndNumbers() {
        let context = FileContext(path: "f.yaml")
        let node = context.compose("t: ๑๓.๓๐ น.\nn: ๓๑\np: ๔๐%\n")!
        var reader = MappingReader(node, context: context, what: Bilingual(en: "x", th: "x"))!
        #expect(reader.time("t") == TimeOfDay(hour: 13, minute: 30))
        #expect(reader.int("n", in: 0...100) == 31)
        #expect(reader.int("p", in: 0...100) == 40)
        #expect(context.diagnostics.items.isEmpty)
    }

    // MARK: Thai labels

    func vocabulary<V: Vocabulary>(_ text: String, _ type: V.Type) -> (V?, [Diagnostic]) {
        let context = FileContext(path: "f.yaml")
        let node = context.compose("status: \(text)")!
        var reader = MappingReader(node, context: context, what: Bilingual(en: "x", th: "x"))!
        return (reader.vocabulary("status", type), context.diagnostics.items)
    }

    @Test func everyThaiLabelIsAnAliasOfItsKeyword() {
        func check<V: Vocabulary>(_ type: V.Type) {
            for value in V.allCases {
                let (read, diagnostics) = vocabulary(value.thaiLabel, type)
                #expect(read == value && diagnostics.isEmpty, "\(value.thaiLabel)")
            }
        }
        check(MeetingMode.self)
        check(MeetingStatus.self)
        check(IssueCategory.self)
        check(IssueStatus.self)
        check(ReportStatus.self)
        check(MemberRole.self)
        check(MemberGroup.self)
        // Spaces do not matter: อื่นๆ is อื่น ๆ.
        #expect(vocabulary("อื่นๆ", IssueCategory.self).0 == .other)
        #expect(vocabulary("แก้ไขแล้ว", IssueStatus.self).0 == .resolved)
    }

    @Test func aThaiWordCloseToALabelIsToldTheKeyword() {
        let (value, diagnostics) = vocabulary("ยกเลิกการประชุม", MeetingStatus.self)
        #expect(value == nil)
        #expect(diagnostics.map(\.code) == ["E-YAML-UNKNOWN-VALUE"])
        #expect(diagnostics.first?.fix?.en == "write status: cancelled (shown as 'ยกเลิก' on the pages)")
        #expect(vocabulary("หมู่บ้านจัดสรร", MemberGroup.self).1.first?.fix?.en
            == "write status: housing-estates (shown as 'กลุ่มบ้านในรั้วหรือหมู่บ้านจัดสรร' on the pages)")
        #expect(vocabulary("แก้ไขแล้วว", IssueStatus.self).1.first?.fix?.th
            == "เขียน status: resolved (หน้าเว็บจะแสดงว่า 'แก้ไขแล้ว')")
    }

    @Test func aThaiWordFarFromEveryLabelIsToldEveryKeywordWithItsLabel() {
        let (_, diagnostics) = vocabulary("ดีมาก", ReportStatus.self)
        #expect(diagnostics.first?.fix?.en == "write one of these values (in brackets, the words the pages show): "
            + "not-started (ยังไม่เริ่ม), in-progress (กำลังดำเนินการ), completed (เสร็จสิ้น), delayed (ล่าช้า)")
    }

    // MARK: Meeting numbers where an id belongs

    @Test func aMeetingNumberIsToldItsID() {
        #expect(Identifier.meetingID(number: "1/2566") == "1-2566")
        #expect(Identifier.meetingID(number: "ครั้งที่ ๑/๒๕๖๖") == "1-2566")
        #expect(Identifier.meetingID(number: "12 / 66") == "12-66")
        #expect(Identifier.meetingID(number: "road/2566") == nil)
        #expect(Identifier.meetingID(number: "1-2566") == nil)
        #expect(Identifier.meetingID(number: "1/2/2566") == nil)
    }

    // MARK: Misnamed files and folders

    @Test func aMisnamedMarkdownFileIsToldItsOneCorrectName() {
        let beside = { (id: String) in id == "road" }
        let cases: [(String, FileNames.Meant?)] = [
            ("road.EN.md", .translation("road.en.md")), ("road-en.md", .translation("road.en.md")),
            ("road_en.md", .translation("road.en.md")), ("road.en.markdown", .translation("road.en.md")),
            ("road.eng.md", .translation("road.en.md")), ("road.English.md", .translation("road.en.md")),
            ("Road.EN.md", .translation("road.en.md")), ("road en.md", .translation("road.en.md")),
            ("road.markdown", .thai("road.md")), ("road.MD", .thai("road.md")), ("road.th.md", .thai("road.md")),
            ("road_TH.md", .thai("road.md")),
            // A valid id of its own when there is no road.md beside it; already right; not Markdown.
            ("flood-en.md", nil), ("road.en.md", nil), ("road.md", nil), ("road.pdf", nil), ("x.en.en.md", nil),
            ("flood-en.markdown", .thai("flood-en.md")),
        ]
        for (name, meant) in cases {
            #expect(FileNames.meant(name, hasThaiFile: beside) == meant, "\(name)")
        }
    }

    @Test func aMisnamedEntryOfADistrictIsToldItsName() {
        #expect(FileNames.meantInDistrict("Meetings", isDirectory: true) == "meetings")
        #expect(FileNames.meantInDistrict("meeting", isDirectory: true) == "meetings")
        #expect(FileNames.meantInDistrict("Issue", isDirectory: true) == "issues")
        #expect(FileNames.meantInDistrict("report", isDirectory: true) == "reports")
        #expect(FileNames.meantInDistrict("การประชุม", isDirectory: true) == "meetings")
        #expect(FileNames.meantInDistrict("photos", isDirectory: true) == nil)
        #expect(FileNames.meantInDistrict("District.yml", isDirectory: false) == "district.yaml")
        #expect(FileNames.meantInDistrict("commitee.yaml", isDirectory: false) == "committee.yaml")
        #expect(FileNames.meantInDistrict("notes.txt", isDirectory: false) == nil)
        #expect(FileNames.meantInDistrict("meetings", isDirectory: false) == nil)
    }

    // MARK: A report's month in either era

    @Test func didYouMeanComparesAMonthInBothEras() {
        #expect(Suggest.closest(to: "2566-05", in: ["2023-04", "2023-05", "2023-06"]) == "2023-05")
        #expect(Suggest.closest(to: "2023-05", in: ["2566-04", "2566-05"]) == "2566-05")
        #expect(Suggest.closest(to: "2560-01", in: ["2023-05"]) == nil)
        #expect(Suggest.closest(to: "raod", in: ["road", "2566-05"]) == "road")
    }
}
