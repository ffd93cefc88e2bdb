import Foundation
import Testing
@testable import SaphaCore
@testable import SaphaSupport
@testable import SaphaTemplates
import SaphaTestSupport

/// Each bad input must stop the build with one exact, located, bilingual message.
@Suite("Bad input: exact located diagnostics")
struct BadInputTests {
    @Test func brokenYAMLPointsAtTheUnclosedQuote() throws {
        let site = try TestSite()
        try site.edit("districts/thung-khru/issues/road.md", replacing: "title: ถนนชำรุด", with: "title: \"ถนนชำรุด")
        #expect(site.errors() == ["""
            content/districts/thung-khru/issues/road.md:2:8: error: a quotation mark opened here is never closed
              เครื่องหมายคำพูดที่เปิดตรงนี้ไม่มีการปิด
              fix: close the quotation mark at the end of the value, or remove it
              วิธีแก้: ใส่เครื่องหมายคำพูดปิดท้ายค่า หรือลบเครื่องหมายคำพูดออก
            """])
    }

    @Test func tabIndentation() throws {
        let site = try TestSite()
        try site.edit("districts/thung-khru/committee.yaml", replacing: "    role: chair", with: "\trole: chair")
        let errors = site.errors()
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("content/districts/thung-khru/committee.yaml:4:") == true)
        #expect(errors.first?.contains("fix: indent with spaces, not tabs") == true)
    }

    @Test func missingRequiredField() throws {
        let site = try TestSite()
        try site.edit("districts/thung-khru/meetings/1-2566.md", replacing: "date: 2023-02-20\n", with: "")
        #expect(site.errors() == ["""
            content/districts/thung-khru/meetings/1-2566.md:2:1: error: the required field 'date' is missing (the \
            meeting date, YYYY-MM-DD)
              ไม่มีข้อมูล 'date' ซึ่งต้องระบุ (วันที่ประชุม ปปปป-ดด-วว)
              fix: add a line 'date: …'
              วิธีแก้: เพิ่มบรรทัด 'date: …'
            """])
    }

    @Test func unknownDistrict() throws {
        let site = try TestSite()
        try FileManager.default.moveItem(at: site.content.appendingPathComponent("districts/thung-khru"),
                                         to: site.content.appendingPathComponent("districts/thung-kru"))
        #expect(site.errors() == ["""
            content/districts/thung-kru:1:1: error: unknown district 'thung-kru'
              ไม่รู้จักเขต 'thung-kru'
              fix: did you mean 'thung-khru'? folder names are the official slugs of the 50 districts, e.g. thung-khru
              วิธีแก้: หมายถึง 'thung-khru' หรือไม่ ชื่อโฟลเดอร์ต้องเป็นชื่อทางการของ 50 เขต เช่น thung-khru
            """])
    }

    @Test func districtCodeMustMatchTheRegistry() throws {
        let site = try TestSite()
        try site.edit("districts/thung-khru/district.yaml", replacing: "code: 1049", with: "code: 1048")
        #expect(site.errors() == ["""
            content/districts/thung-khru/district.yaml:1:7: error: the code 1048 is not the code of Thung Khru, which \
            is 1049
              รหัส 1048 ไม่ใช่รหัสของเขตทุ่งครุ ซึ่งคือ 1049
              fix: write code: 1049, or move the file to the folder of the district with code 1048
              วิธีแก้: เขียน code: 1049 หรือย้ายไฟล์ไปไว้ในโฟลเดอร์ของเขตที่มีรหัส 1048
            """])
    }

    @Test func duplicateID() throws {
        let site = try TestSite()
        try site.write("districts/thung-khru/issues/2566/road.md",
            "---\ntitle: ซ้ำ\nopened: 2023-01-01\ncategory: other\nstatus: open\n---\n")
        #expect(site.errors() == ["""
            content/districts/thung-khru/issues/road.md:1:1: error: duplicate issue id 'road': also \
            content/districts/thung-khru/issues/2566/road.md
              รหัสเรื่อง 'road' ซ้ำกับ content/districts/thung-khru/issues/2566/road.md
              fix: ids are file names and must be unique in the district; rename one of the files
              วิธีแก้: รหัสคือชื่อไฟล์และต้องไม่ซ้ำกันในเขตเดียวกัน เปลี่ยนชื่อไฟล์ใดไฟล์หนึ่ง
            """, """
            content/districts/thung-khru/reports/2023-05.md:8:12: warning: the latest report says 'road' is resolved, \
            but its issue file says open
              รายงานล่าสุดระบุว่าเรื่อง 'road' มีสถานะ resolved แต่ไฟล์เรื่องระบุ open
              fix: update 'status' in content/districts/thung-khru/issues/2566/road.md, or correct this report
              วิธีแก้: แก้ 'status' ใน content/districts/thung-khru/issues/2566/road.md หรือแก้รายงานนี้
            """])
    }

    @Test func duplicateMeetingNumber() throws {
        let site = try TestSite()
        try site.edit("districts/thung-khru/meetings/2-2566.md", replacing: "number: 2/2566", with: "number: 1/2566")
        #expect(site.errors() == ["""
            content/districts/thung-khru/meetings/2-2566.md:2:9: error: duplicate meeting number '1/2566': also in \
            content/districts/thung-khru/meetings/1-2566.md
              ครั้งที่ประชุม '1/2566' ซ้ำกับใน content/districts/thung-khru/meetings/1-2566.md
              fix: each meeting number must be unique in the district; correct one of the two files
              วิธีแก้: ครั้งที่ประชุมต้องไม่ซ้ำกันในเขตเดียวกัน แก้ไขไฟล์ใดไฟล์หนึ่ง
            """])
    }

    @Test func unknownReferenceInFrontMatter() throws {
        let site = try TestSite()
        try site.edit("districts/thung-khru/meetings/1-2566.md", replacing: "issues: [road]", with: "issues: [raod]")
        #expect(site.errors() == ["""
            content/districts/thung-khru/meetings/1-2566.md:15:10: error: unknown issue 'raod'
              ไม่พบเรื่อง 'raod' ในเขตนี้
              fix: use the id of a file in districts/thung-khru/issues/ — did you mean 'road'?
              วิธีแก้: ใช้รหัสของไฟล์ใน districts/thung-khru/issues/ — หรือหมายถึง 'road'
            """])
    }

    @Test func unknownInlineReference() throws {
        let site = try TestSite()
        try site.edit("districts/thung-khru/meetings/1-2566.md", replacing: "หารือเรื่อง [[road]]",
            with: "หารือเรื่อง [[roads]]")
        #expect(site.errors() == ["""
            content/districts/thung-khru/meetings/1-2566.md:19:13: error: unknown issue 'roads'
              ไม่พบเรื่อง 'roads' ในเขตนี้
              fix: use the id of a file in districts/thung-khru/issues/ — did you mean 'road'?
              วิธีแก้: ใช้รหัสของไฟล์ใน districts/thung-khru/issues/ — หรือหมายถึง 'road'
            """])
    }

    @Test func unknownReportUpdateIssue() throws {
        let site = try TestSite()
        try site.edit("districts/thung-khru/reports/2023-05.md", replacing: "  - issue: flood",
            with: "  - issue: floods")
        #expect(site.errors().map { $0.components(separatedBy: "\n")[0] } == [
            "content/districts/thung-khru/reports/2023-05.md:12:12: error: unknown issue 'floods'",
        ])
    }

    @Test func impossibleDate() throws {
        let site = try TestSite()
        try site.edit("districts/thung-khru/issues/road.md", replacing: "opened: 2023-02-20",
            with: "opened: 2023-02-30")
        #expect(site.errors() == ["""
            content/districts/thung-khru/issues/road.md:3:9: error: 'opened' is 2023-02-30, a date that does not exist
              'opened' คือ 2023-02-30 ซึ่งเป็นวันที่ที่ไม่มีอยู่จริง
              fix: check the day and the month
              วิธีแก้: ตรวจสอบวันและเดือนอีกครั้ง
            """])
    }

    @Test func invalidStatusValue() throws {
        let site = try TestSite()
        try site.edit("districts/thung-khru/issues/road.md", replacing: "status: resolved", with: "status: fixed")
        #expect(site.errors() == ["""
            content/districts/thung-khru/issues/road.md:7:9: error: 'fixed' is not a valid status
              'fixed' ไม่ใช่ค่า status ที่ใช้ได้
              fix: use one of: open, in-progress, resolved, closed, referred
              วิธีแก้: ใช้ค่าใดค่าหนึ่ง: open, in-progress, resolved, closed, referred
            """])
    }

    @Test func structuredFieldInATranslation() throws {
        let site = try TestSite()
        try site.edit("districts/thung-khru/issues/road.en.md", replacing: "title: Damaged road",
            with: "title: Damaged road\nstatus: resolved")
        #expect(site.errors() == ["""
            content/districts/thung-khru/issues/road.en.md:3:1: error: 'status' is not translated: write it only in \
            the Thai file
              'status' ไม่ต้องแปล: เขียนไว้ในไฟล์ภาษาไทยเท่านั้น
              fix: delete this line from the English file; the English page takes it from the Thai file
              วิธีแก้: ลบบรรทัดนี้ออกจากไฟล์ภาษาอังกฤษ หน้าภาษาอังกฤษจะใช้ค่าจากไฟล์ภาษาไทย
            """])
    }

    @Test func resolvedIssueNeedsItsDate() throws {
        let site = try TestSite()
        try site.edit("districts/thung-khru/issues/road.md", replacing: "resolved: 2023-05-02\n", with: "")
        #expect(site.errors().map { $0.components(separatedBy: "\n")[0] } == [
            "content/districts/thung-khru/issues/road.md:2:1: error: a resolved issue needs the date in 'resolved'",
        ])
    }

    @Test func postponedMeetingNeedsAReason() throws {
        let site = try TestSite()
        try site.edit("districts/thung-khru/meetings/2-2566.md", replacing: "reason: การเลือกตั้ง\n", with: "")
        #expect(site.errors().map { $0.components(separatedBy: "\n")[0] } == [
            "content/districts/thung-khru/meetings/2-2566.md:2:1: error: a postponed meeting needs a 'reason'",
        ])
    }

    @Test func badFileNameAndOrphanTranslation() throws {
        let site = try TestSite()
        try site.write("districts/thung-khru/issues/Road Works.md", "---\n---\n")
        try site.write("districts/thung-khru/issues/orphan.en.md", "---\ntitle: x\n---\n")
        #expect(site.errors().map { $0.components(separatedBy: "\n")[0] } == [
            "content/districts/thung-khru/issues/Road Works.md:1:1: error: the file name 'Road Works' is not a valid "
                + "id",
            "content/districts/thung-khru/issues/orphan.en.md:1:1: error: English translation without a Thai file",
        ])
    }

    @Test func missingSiteFile() throws {
        let site = try TestSite()
        try site.remove("site.yaml")
        #expect(site.errors()
            .map { $0.components(separatedBy: "\n")[0] } == ["content/site.yaml:1:1: error: site.yaml is missing"])
    }

    @Test func missingContentFolder() throws {
        let site = try TestSite()
        try FileManager.default.removeItem(at: site.content)
        #expect(site.errors() == ["""
            content:1:1: error: the content folder does not exist
              ไม่พบโฟลเดอร์เนื้อหา
              fix: run sapha in the repository, or pass --content with the folder that holds site.yaml
              วิธีแก้: เรียก sapha จากโฟลเดอร์ของคลังข้อมูล หรือระบุ --content เป็นโฟลเดอร์ที่มี site.yaml
            """])
    }

    @Test func unknownFilesAreWarningsAndTheBuildGoesOn() throws {
        let site = try TestSite()
        try site.write("districts/thung-khru/meetings/notes.txt", "x")
        try site.write("README.txt", "x")
        let (_, report) = try site.render()
        #expect(report.diagnostics.map(\.description) == [
            """
            content/README.txt:1:1: warning: this file is not part of the site and is not published
              ไฟล์นี้ไม่ใช่ส่วนหนึ่งของเว็บไซต์และจะไม่ถูกเผยแพร่
              fix: expected here: site.yaml and districts/; move or rename it, or delete it
              วิธีแก้: ที่ตำแหน่งนี้ควรมี: site.yaml และ districts/ ย้าย เปลี่ยนชื่อ หรือลบไฟล์
            """,
            """
            content/districts/thung-khru/meetings/notes.txt:1:1: warning: this file is not part of the site and is \
            not published
              ไฟล์นี้ไม่ใช่ส่วนหนึ่งของเว็บไซต์และจะไม่ถูกเผยแพร่
              fix: expected here: Markdown files (.md) of meetings; move or rename it, or delete it
              วิธีแก้: ที่ตำแหน่งนี้ควรมี: ไฟล์ Markdown (.md) ของการประชุม ย้าย เปลี่ยนชื่อ หรือลบไฟล์
            """,
        ])
    }

    @Test func reportAndIssueDisagreeingIsAWarning() throws {
        let site = try TestSite()
        try site.edit("districts/thung-khru/reports/2023-05.md",
            replacing: "    progress: 40\n    status: in-progress", with: "    progress: 100\n    status: resolved")
        let (_, report) = try site.render()
        #expect(report.diagnostics.map(\.description) == ["""
            content/districts/thung-khru/reports/2023-05.md:12:12: warning: the latest report says 'flood' is \
            resolved, but its issue file says in-progress
              รายงานล่าสุดระบุว่าเรื่อง 'flood' มีสถานะ resolved แต่ไฟล์เรื่องระบุ in-progress
              fix: update 'status' in content/districts/thung-khru/issues/flood.md, or correct this report
              วิธีแก้: แก้ 'status' ใน content/districts/thung-khru/issues/flood.md หรือแก้รายงานนี้
            """])
    }

    @Test func everyErrorIsReportedInOneBuild() throws {
        let site = try TestSite()
        try site.edit("districts/thung-khru/issues/road.md", replacing: "status: resolved", with: "status: fixed")
        try site.edit("districts/thung-khru/meetings/1-2566.md", replacing: "mode: hybrid", with: "mode: zoom")
        // Both errors, and what linking found despite them (nothing else here).
        #expect(site.errors().count == 2)
    }
}
