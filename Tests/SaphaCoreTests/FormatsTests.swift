import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import SaphaCore
@testable import SaphaSupport
@testable import SaphaTemplates
import SaphaTestSupport

/// Feeds, calendars, open data and the search index: each escaping rule on its own, and the
/// fixture's files parsed by real parsers.
@Suite("Feeds, calendars, open data, search")
struct FormatsTests {
    // MARK: iCalendar

    @Test func calendarTextIsEscapedAndCannotStartAProperty() {
        #expect(MeetingCalendar.text("a;b,c\\d") == "a\\;b\\,c\\\\d")
        #expect(MeetingCalendar.text("line1\r\nline2\nline3\rline4") == "line1\\nline2\\nline3\\nline4")
        #expect(MeetingCalendar.text("x\u{0}\u{7}\u{1B}y\u{7F}") == "xy")
        #expect(MeetingCalendar.text("\nEND:VCALENDAR") == "\\nEND:VCALENDAR")
    }

    @Test func calendarLinesFoldAtCharactersWithin75Octets() {
        let line = "SUMMARY:" + String(repeating: "การประชุมสภาคนเมือง ", count: 12)
        let folded = MeetingCalendar.fold(line)
        let physical = folded.components(separatedBy: "\r\n")
        #expect(physical.count > 1)
        for part in physical { #expect(part.utf8.count <= 75, "\(part.utf8.count)") }
        // Unfolding (removing CRLF + one space) gives the line back.
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
        // No line starts with a combining vowel mark cut from its consonant.
        for part in physical.dropFirst() { #expect(!(part.dropFirst()
            .first?.unicodeScalars.first.map { (0x0E31...0x0E3A).contains($0.value) || (0x0E47...0x0E4E)
                .contains($0.value) } ?? false)) }
    }

    @Test func bangkokTimesBecomeUTC() {
        let day = Day(year: 2023, month: 3, day: 1)!
        #expect(MeetingCalendar.utc(day, TimeOfDay(hour: 13, minute: 30)!) == "20230301T063000Z")
        #expect(MeetingCalendar.utc(day, TimeOfDay(hour: 6, minute: 30)!) == "20230228T233000Z")
        #expect(MeetingCalendar.utc(Day(year: 2024, month: 1, day: 1)!, TimeOfDay(hour: 0,
            minute: 0)!) == "20231231T170000Z")
    }

    @Test func dayFromOrdinalRoundTrips() {
        for ordinal in stride(from: -800_000, through: 3_000_000, by: 997) {
            #expect(Day(ordinal: ordinal).ordinal == ordinal)
        }
        #expect(Day(ordinal: 0) == Day(year: 1970, month: 1, day: 1)!)
        #expect(Day(ordinal: Day(year: 2024, month: 2, day: 29)!.ordinal + 1) == Day(year: 2024, month: 3, day: 1)!)
    }

    // MARK: CSV

    @Test func csvCellsNeutraliseFormulasAndQuote() {
        #expect(OpenData.cell("=1+1") == "'=1+1")
        #expect(OpenData.cell("+66 2 123") == "'+66 2 123")
        #expect(OpenData.cell("-2") == "'-2")
        #expect(OpenData.cell("@SUM(A1)") == "'@SUM(A1)")
        #expect(OpenData.cell("\tx") == "'\tx")
        #expect(OpenData.cell("＝1") == "'＝1")
        #expect(OpenData.cell("a,b") == "\"a,b\"")
        #expect(OpenData.cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(OpenData.cell("two\nlines") == "\"two\nlines\"")
        #expect(OpenData.cell("=A1,\"x\"") == "\"'=A1,\"\"x\"\"\"")
        #expect(OpenData.cell("ถนนพุทธบูชา") == "ถนนพุทธบูชา")
    }

    /// Cells are written one after the other: numbers as digits, a negative one neutralised like
    /// any text starting with a minus, nil as an empty cell.
    @Test func tableCellsAreWrittenInPlace() {
        var table = OpenDataTables.Table(header: "\u{FEFF}a,b,c\r\n")
        table.cells("x", nil)
        table.number(12)
        table.endRow()
        table.number(-3)
        table.number(nil)
        table.cells("=1,2")
        table.endRow()
        #expect(String(decoding: table.out, as: UTF8.self) == "\u{FEFF}a,b,c\r\nx,,12\r\n'-3,,\"'=1,2\"\r\n")
    }

    /// One table per kind and language, one column per field, the text in the table's language;
    /// the city's table has every district's rows under the same header.
    @Test func fixtureCSVHasOneRowPerIssueAndNoLiveFormula() throws {
        let files = try renderedFixture()
        let csv = String(decoding: try #require(files["data/th/thung-khru/issues.csv"]), as: UTF8.self)
        #expect(csv.hasPrefix("\u{FEFF}district,id,title,category,category_description,status,status_description,"))
        #expect(csv.contains("\r\nthung-khru,road,ถนนชำรุด,roads-footpaths,ถนนและทางเท้า,resolved,แก้ไขแล้ว,2023-02-20,"
            + "2023-05-02,71,1-2566,"))
        let english = String(decoding: try #require(files["data/en/thung-khru/issues.csv"]), as: UTF8.self)
        #expect(english.contains(",road,Damaged road,roads-footpaths,Roads and footpaths,resolved,Resolved,"))
        #expect(files["data/th/issues.csv"] == files["data/th/thung-khru/issues.csv"])
        let rows = csv.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 1 + 3)
        for row in rows {
            for cell in row.split(separator: ",") {
                let value = cell.hasPrefix("\"") ? cell.dropFirst() : cell
                #expect(!["=", "+", "-", "@"].contains(value.first.map(String.init) ?? ""), "\(row)")
            }
        }
    }

    // MARK: JSON

    @Test func jsonTextEscapesEverythingThatCouldBreakOut() {
        #expect(JSONString.quote("a\"b\\c\n\u{1}</script>&\u{2028}")
                == "\"a\\\"b\\\\c\\n\\u0001\\u003c/script\\u003e\\u0026\\u2028\"")
    }

    struct Sample: Encodable {
        struct Inner: Encodable { var th: String; var en: String? }
        var text: String
        var number: Int
        var negative: Int
        var flag: Bool
        var missing: String?
        var inner: Inner
        var list: [Inner]
        var empty: [Int]
        var raisedAt: String
        var zeta: [String]
        enum CodingKeys: String, CodingKey {
            case text, number, negative, flag, missing, inner, list, empty, zeta
            case raisedAt = "raised_at"
        }
    }

    /// Open data is written by `JSONWriter`; Foundation's JSONEncoder (with sorted keys,
    /// unescaped slashes, and `< > &` escaped afterwards) is the reference for its bytes, but
    /// for what Sapha's one JSON escaper (`JSONString`) does more strictly: U+2028 and U+2029
    /// escaped (they end a line in JavaScript), and \b \f written as \u0008 \u000c.
    @Test func jsonWriterGivesTheBytesOfFoundationsEncoder() throws {
        let controls = String(String.UnicodeScalarView((0..<0x20).map { Unicode.Scalar(UInt8($0)) }))
        let hostile = "a\"b\\c/d</script>&ถนน🙂\u{2028}\u{FEFF}" + controls
        let sample = Sample(text: hostile, number: 42, negative: -7, flag: true, missing: nil,
                            inner: .init(th: "ไทย", en: nil), list: [.init(th: "หนึ่ง", en: "one"), .init(th: hostile,
                                en: "")],
                            empty: [], raisedAt: "1-2566", zeta: ["z", "a"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let expected = try encoder.encode(sample)
        let stricter = Self.stricter(expected)
        #expect(stricter.contains("\\u2028") && !stricter.contains("\\b"))
        #expect(String(decoding: JSONWriter.encode(sample), as: UTF8.self) == stricter)
    }

    /// Foundation's JSON bytes as Sapha's escaper writes them: `< > &`, U+2028 and U+2029 as
    /// `\u` escapes, \b and \f as \u0008 and \u000c.
    static func stricter(_ foundation: some Sequence<UInt8>) -> String {
        var expected: [UInt8] = []
        for byte in foundation {
            switch byte {
            case UInt8(ascii: "<"): expected += Array("\\u003c".utf8)
            case UInt8(ascii: ">"): expected += Array("\\u003e".utf8)
            case UInt8(ascii: "&"): expected += Array("\\u0026".utf8)
            default: expected.append(byte)
            }
        }
        return String(decoding: expected, as: UTF8.self).replacingOccurrences(of: "\\b", with: "\\u0008")
            .replacingOccurrences(of: "\\f", with: "\\u000c").replacingOccurrences(of: "\u{2028}", with: "\\u2028")
            .replacingOccurrences(of: "\u{2029}", with: "\\u2029")
    }

    /// A district's file is written member by member (`JSONBuffer`), not through `Encodable`:
    /// its bytes must still be compact JSON with the keys sorted at every level — what
    /// Foundation writes for the same document with sorted keys — and end with a newline.
    @Test func districtJSONIsCompactWithSortedKeys() throws {
        let files = try renderedFixture()
        let paths = files.keys.filter { $0.hasPrefix("data/") && $0.hasSuffix(".json") && $0.split(separator: "/")
            .count == 2 && !["data/all.json", "data/districts.json", "data/popolo.json"].contains($0) }
        #expect(!paths.isEmpty)
        for path in paths {
            let data = try #require(files[path])
            #expect(data.last == 0x0A, "\(path)")
            let document = try JSONSerialization.jsonObject(with: data)
            let foundation = try JSONSerialization.data(withJSONObject: document,
                options: [.sortedKeys, .withoutEscapingSlashes])
            #expect(String(decoding: data.dropLast(), as: UTF8.self) == Self.stricter(foundation), "\(path)")
        }
    }

    @Test func openDataParsesAndCarriesBothLanguages() throws {
        let files = try renderedFixture()
        let data = try #require(files["data/thung-khru.json"])
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let issues = try #require(object["issues"] as? [[String: Any]])
        #expect(issues.map { $0["id"] as? String } == ["road", "flood", "hostile"])
        let road = issues[0]
        #expect((road["title"] as? [String: String]) == ["th": "ถนนชำรุด", "en": "Damaged road"])
        #expect(road["progress"] as? Int == 100)
        #expect(road["raised_at"] as? String == "1-2566")
        let indexData = try #require(files["data/districts.json"])
        let index = try #require(try JSONSerialization.jsonObject(with: indexData) as? [[String: Any]])
        #expect(index.count == 50)
    }

    // MARK: Atom

    @Test func feedsAndSitemapAreWellFormedXML() throws {
        let files = try renderedFixture()
        for path in ["th/feed.xml", "en/feed.xml", "th/thung-khru/feed.xml", "en/thung-khru/feed.xml",
            "th/bang-bon/feed.xml", "sitemap.xml"] {
            let parser = XMLParser(data: try #require(files[path], "\(path)"))
            #expect(parser.parse(), "\(path): \(String(describing: parser.parserError))")
        }
        let feed = String(decoding: try #require(files["th/thung-khru/feed.xml"]), as: UTF8.self)
        #expect(!feed.contains("<script"))
        #expect(feed.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func xmlTextDropsCharactersXMLForbids() {
        #expect(XMLText.escape("a\u{0}b\u{1B}c\td<e>") == "abc\td&lt;e&gt;")
    }

    @Test func feedsAreNewestFirst() throws {
        let files = try renderedFixture()
        let feed = String(decoding: try #require(files["en/thung-khru/feed.xml"]), as: UTF8.self)
        let updated = feed.components(separatedBy: "<updated>").dropFirst(2).map { String($0.prefix(25)) }
        #expect(updated.count >= 5)
        #expect(updated == updated.sorted(by: >))
    }

    // MARK: Search

    @Test func thaiIsSplitIntoWordsLikeABrowser() {
        var splitter = WordSplitter()
        var words: [String] = []
        splitter.forEachWord(in: "การแก้ไขปัญหาการจราจรในพื้นที่เขตทุ่งครุ, Road ๒๕๖๖!") { words.append($0) }
        #expect(words == ["การ", "แก้ไข", "ปัญหา", "การ", "จราจร", "ใน", "พื้นที่", "เขต", "ทุ่ง", "ครุ", "road",
            "2566"])
    }

    /// A text met again is not split again: its words list every document it is in, exactly
    /// as when the same words come from a text seen once.
    @Test func aRepeatedTextListsEveryDocument() throws {
        func index(_ texts: [[String]]) throws -> [String: [Int]] {
            let docs = texts.enumerated().map { n, text in SearchIndex.Document(href: "/\(n)/", title: "\(n)", kind: 1,
                date: Day(ordinal: 738_000 - n), dateLabel: "", text: text) }
            let json = try JSONSerialization.jsonObject(with: SearchIndex.index(docs)) as? [String: Any]
            return try #require(json?["terms"] as? [String: [Int]])
        }
        let repeated = try index([["ถนนชำรุด", "ฝ่ายโยธา"], ["น้ำท่วม"], ["ถนนชำรุด"], ["ฝ่ายโยธา ถนนชำรุด"]])
        #expect(repeated["ชำรุด"] == [0, 2, 3])
        #expect(repeated["โยธา"] == [0, 3])
        #expect(repeated["ท่วม"] == [1])
        // The same words, every text different (a trailing space is no word).
        #expect(try index([["ถนนชำรุด", "ฝ่ายโยธา"], ["น้ำท่วม"], ["ถนนชำรุด "], ["ฝ่ายโยธา ถนนชำรุด"]]) == repeated)
        // Equal as Swift strings is not the same text: the index compares bytes.
        #expect("e\u{301}" == "\u{E9}" && !"e\u{301}".hasSameBytes(as: "\u{E9}"))
        #expect("ถนน".hasSameBytes(as: "ถนน") && !"ถนน".hasSameBytes(as: "ถนนชำรุด"))
    }

    /// i18n placeholders: filled left to right, an unknown name or an unclosed brace left as
    /// written, a value never read for placeholders.
    @Test func placeholdersAreFilledOnce() {
        let values = ["days": "๓", "name": "{days}"]
        #expect(PageContext.fill("ใช้เวลา {days} วัน", values) == "ใช้เวลา ๓ วัน")
        #expect(PageContext.fill("{days}/{days} {other} {name}", values) == "๓/๓ {other} {days}")
        #expect(PageContext.fill("เปิด { ค้าง", values) == "เปิด { ค้าง")
        #expect(PageContext.fill("{a{days}} }{", values) == "{a{days}} }{")
        #expect(PageContext.fill("", values) == "")
    }

    @Test func searchIndexFindsWordsInsideThaiSentences() throws {
        let files = try renderedFixture()
        let data = try #require(files["th/thung-khru/search.json"])
        let index = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let docs = try #require(index["docs"] as? [[Any]])
        let terms = try #require(index["terms"] as? [String: [Int]])
        func hrefs(_ word: String) -> Set<String> { Set((terms[word] ?? []).map { docs[$0][0] as! String }) }
        // "ชำรุด" is inside "ถนนชำรุด" (the road issue's title) and "ผิวถนนชำรุด" (its body).
        #expect(hrefs("ชำรุด").contains("/councils/th/thung-khru/issues/road/"))
        // Inline references are indexed by the title they point at.
        #expect(hrefs("ท่วม").contains("/councils/th/thung-khru/issues/hostile/"))
        // Markup and link targets are not words of the text.
        #expect(terms["javascript"] == nil)
        #expect(terms["script"] != nil)  // the escaped text "<script>" is text, and is searchable
        for (_, list) in terms { #expect(list == list.sorted() && Set(list).count == list.count) }
    }

    /// The JSON-LD of a page's head, parsed.
    func structuredData(_ html: Data?) throws -> [String: Any] {
        let text = String(decoding: try #require(html), as: UTF8.self)
        let open = "<script type=\"application/ld+json\">"
        let json = try #require(text.components(separatedBy: open).dropFirst().first?
            .components(separatedBy: "</script>").first)
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    /// Meeting pages carry a schema.org Event, district pages a GovernmentOrganization.
    @Test func pagesCarrySchemaOrgJSONLD() throws {
        let files = try renderedFixture()
        let held = try structuredData(files["en/thung-khru/meetings/1-2566/index.html"])
        #expect(held["@context"] as? String == "https://schema.org" && held["@type"] as? String == "Event")
        #expect(held["eventStatus"] as? String == "https://schema.org/EventScheduled")
        #expect(held["eventAttendanceMode"] as? String == "https://schema.org/MixedEventAttendanceMode")
        #expect(held["startDate"] as? String == "2023-02-20T13:30:00+07:00")
        #expect(held["endDate"] as? String == "2023-02-20T16:00:00+07:00")
        let locations = try #require(held["location"] as? [[String: Any]])
        #expect(locations.map { $0["@type"] as? String } == ["Place", "VirtualLocation"])
        #expect(locations[1]["url"] as? String == "https://example.org/meet")
        let organizer = try #require(held["organizer"] as? [String: Any])
        #expect(organizer["url"] as? String == "https://example.org/councils/en/thung-khru/")
        // Postponed to a known day: rescheduled, with the former date.
        let postponed = try structuredData(files["th/thung-khru/meetings/2-2566/index.html"])
        #expect(postponed["eventStatus"] as? String == "https://schema.org/EventRescheduled")
        #expect(postponed["previousStartDate"] as? String == "2023-03-20T06:30:00+07:00")
        #expect(postponed["startDate"] as? String == "2023-03-26")
        #expect(postponed["endDate"] == nil)
        let district = try structuredData(files["th/thung-khru/index.html"])
        #expect(district["@type"] as? String == "GovernmentOrganization")
        #expect(district["foundingDate"] as? String == "2023-02-01")
        #expect(district["telephone"] as? String == "0 2000 0000" && district["email"] as? String
            == "council@example.org")
    }

    /// One calendar per district, one for the whole city, one per meeting; an event has the same
    /// UID in each, so an app that has it twice keeps one.
    @Test func calendarsOfTheCityAndOfEachMeeting() throws {
        let files = try renderedFixture()
        func events(_ path: String) -> [String] {
            String(decoding: files[path] ?? Data(), as: UTF8.self).components(separatedBy: "\r\n")
                .filter { $0.hasPrefix("UID:") }
        }
        let district = events("th/thung-khru/calendar.ics")
        #expect(district.count == 5)
        #expect(events("th/calendar.ics") == district)
        #expect(events("en/thung-khru/meetings/1-2566/meeting.ics") == ["UID:1-2566@thung-khru.example.org"])
        let page = String(decoding: files["en/thung-khru/meetings/1-2566/index.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains("<a href=\"/councils/en/thung-khru/meetings/1-2566/meeting.ics\" "
            + "type=\"text/calendar\">"))
    }

    func renderedFixture() throws -> [String: Data] {
        let (files, report) = try TestSite().render()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.data) })
    }
}
