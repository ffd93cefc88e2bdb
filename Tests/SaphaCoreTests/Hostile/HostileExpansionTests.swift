import Foundation
import Testing
@testable import SaphaCore
@testable import SaphaSupport
@testable import SaphaTemplates
import SaphaTestSupport

/// Hostile catalogue, round two: small files that expand into huge pages or logs. Limits are
/// on what content expands to, each reported where it is crossed.
@Suite("Hostile content: expansion and logs")
struct HostileExpansionTests {
    static let issueHeader = HostileContentTests.issueHeader
    static let meetingHeader = HostileContentTests.meetingHeader

    func firstLines(_ site: TestSite) -> [String] {
        site.errors().map { String($0.split(separator: "\n").first ?? "") }
    }

    @Test func oneLargeValueRepeatedByAliasesIsRefused() throws {
        let site = try TestSite()
        let value = String(repeating: "ก", count: 30_000)  // 90 KB
        try site.write("districts/thung-khru/meetings/aliases.md",
                       "---\nlocation: &big \"\(value)\"\ndate: 2023-04-01\nmode: online\nstatus: held\nagenda: ["
                       + Array(repeating: "*big", count: 5_000).joined(separator: ", ") + "]\n---\n")
        #expect(firstLines(site) == [
            "content/districts/thung-khru/meetings/aliases.md:2:1: error: aliases '*' repeat more than 64 KiB of "
                + "text in this file",
        ])
    }

    @Test func aBodyWithMoreReferencesThanTheLimitIsRefusedOnce() throws {
        let site = try TestSite()
        // Paragraphs of 400 (within MarkdownLimits' 1,000 '[' per paragraph); the 1,001st is
        // the 201st of the third paragraph, on line 10.
        let body = String(repeating: String(repeating: "[[road]] ", count: 400) + "\n\n", count: 3)
        try site.write("districts/thung-khru/meetings/many.md", Self.meetingHeader + body)
        #expect(firstLines(site) == [
            "content/districts/thung-khru/meetings/many.md:10:1801: error: this text has more than 1000 inline "
                + "references [[…]]; "
                + "the ones from here on are not linked",
        ])
    }

    @Test func aTitleOverTheLimitIsRefusedWithTheExcess() throws {
        let site = try TestSite()
        try site.write("districts/thung-khru/issues/long.md",
                       "---\ntitle: " + String(repeating: "ถนน", count: 101) + "\nopened: 2023-01-01\ncategory: "
                           + "other\nstatus: open\n---\n")
        #expect(site.errors() == ["""
            content/districts/thung-khru/issues/long.md:2:8: error: the title is 303 characters long, \
            3 over the limit of 300
              ชื่อเรื่องยาว 303 ตัวอักษร เกินขีดจำกัด 300 ตัวอักษรไป 3 ตัวอักษร
              fix: keep the title short (what and where) and put the details in the text below the front matter
              วิธีแก้: เขียนชื่อเรื่องให้สั้น (อะไร ที่ไหน) แล้วใส่รายละเอียดในเนื้อหาใต้ส่วนหัว
            """])
    }

    @Test func messagesPerFileAreCappedWithACountOfTheRest() throws {
        let site = try TestSite()
        // 40,000 malformed references (440 KB): one message each would be ~50 MB of log.
        let body = String(repeating: String(repeating: "[[Bad Id]] ", count: 400) + "\n\n", count: 100)
        try site.write("districts/thung-khru/issues/noisy.md", Self.issueHeader + "---\n" + body)
        let lines = firstLines(site)
        #expect(lines.count == Diagnostics.maximumPerFile + 1)
        #expect(lines.first == "content/districts/thung-khru/issues/noisy.md:7:1: error: 'Bad Id' in [[Bad Id]] is "
            + "not a valid id")
        #expect(lines.last == "content/districts/thung-khru/issues/noisy.md:7:551: error: 39950 more problem(s) in "
            + "this file are not shown")
    }

    @Test func fileNamesAndValuesCannotForgeLogLinesOrTerminalCodes() throws {
        let site = try TestSite()
        try site.write("districts/thung-khru/issues/x\n::error file=a,line=1::forged.md", Self.issueHeader + "---\n")
        try site.write("districts/thung-khru/issues/esc.md",
                       "---\ntitle: x\nopened: 2023-01-01\ncategory: \"\\e[31mred\\u2028::add-mask::x\"\nstatus: "
                           + "open\n---\n")
        let printed = site.errors().joined(separator: "\n")
        for line in printed.split(separator: "\n") {
            #expect(!line.trimmingCharacters(in: .whitespaces).hasPrefix("::"), "\(line)")
        }
        #expect(!printed.contains("\u{1B}") && !printed.contains("\u{2028}"))
        #expect(printed.contains("content/districts/thung-khru/issues/x\\n::error file=a,line=1::forged.md:1:1: "))
    }

    @Test func logTextEscapesEveryControlAndInvisibleCharacter() {
        #expect(LogText.escape("plain ไทย text") == "plain ไทย text")
        #expect(LogText.escape("a\nb\rc\u{1B}[0m\u{85}\u{202E}\u{200B}\u{2028}\td")
                == "a\\nb\\rc<U+001B>[0m<U+0085><U+202E><U+200B><U+2028>\td")
    }

    @Test func oneLongGraphemeIsFoldedWithinSeventyFiveOctets() {
        // A base letter with 60 combining marks is one character of 121 bytes.
        let grapheme = "a" + String(repeating: "\u{0301}", count: 60)
        let folded = MeetingCalendar.fold("SUMMARY:" + grapheme + grapheme)
        for line in folded.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }
        // Unfolded as calendar clients do, on the octets (a String search would see " " and
        // the combining mark after it as one character).
        let octets = Array(folded.utf8), fold = Array("\r\n ".utf8)
        var unfolded: [UInt8] = [], i = 0
        while i < octets.count {
            if Array(octets[i..<min(i + 3,
                    octets.count)]) == fold { i += 3 } else { unfolded.append(octets[i]); i += 1 }
        }
        #expect(unfolded == Array(("SUMMARY:" + grapheme + grapheme).utf8))
    }
}
