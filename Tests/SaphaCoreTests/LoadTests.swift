import Foundation
import Testing
@testable import SaphaCore
@testable import SaphaSupport
@testable import SaphaTemplates
import SaphaTestSupport

@Suite("Load: front matter, YAML fields, inline references")
struct LoadTests {
    func split(_ text: String) -> Result<FrontMatter, Diagnostic> {
        FrontMatter.split(SourceFile(path: "x.md", text: text))
    }

    @Test func splitsFrontMatterAndBodyWithLineNumbers() throws {
        let fm = try split("---\na: 1\nb: 2\n---\nbody\nmore\n").get()
        #expect(fm.yaml == "a: 1\nb: 2\n")
        #expect(fm.yamlFirstLine == 2)
        #expect(fm.body == "body\nmore\n")
        #expect(fm.bodyFirstLine == 5)
    }

    @Test func acceptsBOMAndCRLFAndLoneCR() throws {
        let crlf = try split("\u{FEFF}---\r\na: 1\r\n---\r\nbody\r\n").get()
        #expect(crlf.yaml == "a: 1\n")
        #expect(crlf.body == "body\n")
        let cr = try split("---\ra: 1\r---\rbody").get()
        #expect(cr.body == "body")
    }

    @Test func closingFenceMayBeDotsOrHaveTrailingBlanks() throws {
        let dots = try split("---\nชื่อ: ก\n...\nเนื้อหา\n").get()
        #expect(dots.yaml == "ชื่อ: ก\n")
        #expect(dots.body == "เนื้อหา\n")
        #expect(dots.bodyFirstLine == 4)
        let blanks = try split("---\na: 1\n--- \t\nb").get()
        #expect(blanks.body == "b")
        // `----` and `--- x` are not fences: never closed.
        guard case .failure = split("---\na: 1\n----\n--- x\n") else { Issue.record("expected failure"); return }
    }

    /// Control characters are looked for eight bytes at a time: each one is found at every
    /// offset, tab, line feed and carriage return never are, nor are Thai letters.
    @Test func controlBytesAreFoundAtEveryOffset() {
        let controls = (UInt8(0)..<0x20).filter { ![0x09, 0x0A, 0x0D].contains($0) } + [0x7F]
        let filler = Array("ก\tข\r\nค a".utf8)
        for control in controls {
            for offset in 0..<20 {
                var bytes = (0..<20).map { filler[$0 % filler.count] }
                bytes[offset] = control
                let found = bytes.withUnsafeBufferPointer(SourceFile.hasControlByte)
                #expect(found, "0x\(String(control, radix: 16)) at \(offset)")
            }
        }
        let clean = Array(String(repeating: "ประชุม\t\r\n~ ", count: 9).utf8)
        #expect(!clean.withUnsafeBufferPointer(SourceFile.hasControlByte))
    }

    @Test func emptyFrontMatterAndNoBody() throws {
        let fm = try split("---\n---").get()
        #expect(fm.yaml == "")
        #expect(fm.body == "")
    }

    @Test func unclosedFrontMatterIsLocated() {
        guard case .failure(let d) = split("---\na: 1\nbody\n") else { Issue.record("expected failure"); return }
        #expect(d.description == """
            x.md:1:1: error: the front matter opened on line 1 is never closed
              ส่วนหัวที่เปิดที่บรรทัด 1 ไม่มีบรรทัดปิด
              fix: add a line '---' after the last field, before the text
              วิธีแก้: เพิ่มบรรทัด '---' ต่อจากข้อมูลบรรทัดสุดท้าย ก่อนเนื้อหา
            """)
    }

    @Test func missingFrontMatter() {
        guard case .failure(let d) = split("# title\n") else { Issue.record("expected failure"); return }
        #expect(d.location == SourceLocation(file: "x.md", line: 1, column: 1))
        #expect(d.message.en == "the file does not start with front matter (a line '---')")
    }

    @Test func invalidUTF8IsReportedAtItsLine() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sapha-utf8-\(UUID().uuidString).md")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data([0x61, 0x0A, 0x62, 0x62, 0xFF, 0x0A]).write(to: url)
        guard case .failure(let d) = SourceFile.read(url: url,
            displayPath: "f.md") else { Issue.record("expected failure"); return }
        #expect(d.location == SourceLocation(file: "f.md", line: 2, column: 3))
    }

    // MARK: Dates

    func day(_ text: String) -> (Day?, [String]) {
        let context = FileContext(path: "f.yaml")
        let node = context.compose("d: \(text)")!
        var reader = MappingReader(node, context: context, what: Bilingual(en: "x", th: "x"))!
        let value = reader.day("d")
        return (value, context.diagnostics.items.map(\.message.en))
    }

    @Test func isoDatesAndBuddhistEraYears() {
        #expect(day("2023-02-20").0 == Day(year: 2023, month: 2, day: 20))
        #expect(day("2566-02-20").0 == Day(year: 2023, month: 2, day: 20))
        #expect(day("2024-02-29").0 == Day(year: 2024, month: 2, day: 29))
    }

    @Test func impossibleAndAmbiguousDatesAreErrors() {
        #expect(day("2023-02-29").1 == ["'d' is 2023-02-29, a date that does not exist"])
        #expect(day("20/02/2023").1 == ["'d' is '20/02/2023': day/month/year is read only with a Buddhist-era year, "
            + "as in 31/01/2566"])
    }

    @Test func timesInStaffForms() {
        let context = FileContext(path: "f.yaml")
        let node = context.compose("a: \"13:30\"\nb: 13.30 น.\nc: 25:00\n")!
        var reader = MappingReader(node, context: context, what: Bilingual(en: "x", th: "x"))!
        #expect(reader.time("a") == TimeOfDay(hour: 13, minute: 30))
        #expect(reader.time("b") == TimeOfDay(hour: 13, minute: 30))
        #expect(reader.time("c") == nil)
        #expect(context.diagnostics.items.map(\.location.line) == [3])
    }

    @Test func duplicateKeyIsReportedAtTheDuplicate() {
        let context = FileContext(path: "f.md", yamlFirstLine: 2)
        let node = context.compose("title: a\ndate: 2023-01-01\ntitle: b\n")!
        var reader = MappingReader(node, context: context, what: Bilingual(en: "x", th: "x"))!
        _ = reader.string("title"); _ = reader.string("date")
        reader.finish()
        #expect(context.diagnostics.items.map(\.description) == ["""
            f.md:4:1: error: the field 'title' is written twice (first on line 2)
              ข้อมูล 'title' ถูกเขียนซ้ำ (ครั้งแรกที่บรรทัด 2)
              fix: keep one 'title' line and delete the other
              วิธีแก้: เก็บบรรทัด 'title' ไว้บรรทัดเดียว แล้วลบอีกบรรทัด
            """])
    }

    @Test func unknownFieldSuggestsTheClosestKnownOne() {
        let context = FileContext(path: "f.md", yamlFirstLine: 2)
        let node = context.compose("titel: a\n")!
        var reader = MappingReader(node, context: context, what: Bilingual(en: "x", th: "x"))!
        _ = reader.string("title"); _ = reader.string("date")
        reader.finish()
        #expect(context.diagnostics.items.first?.fix?.en == "did you mean 'title'?")
        #expect(context.diagnostics.items.first?.location == SourceLocation(file: "f.md", line: 2, column: 1))
    }

    @Test func nonHTTPLinksAreRejected() {
        let context = FileContext(path: "f.yaml")
        let node = try! #require(context.compose("a: javascript:alert(1)\nb: https://example.org/x\nc: "
            + "'https://x.org/\" onclick=\"x'\n"))
        var reader = MappingReader(node, context: context, what: Bilingual(en: "x", th: "x"))!
        #expect(reader.url("a") == nil)
        #expect(reader.url("b") == "https://example.org/x")
        #expect(reader.url("c") == nil)
    }

    // MARK: Inline references

    func prepare(_ body: String) -> (MarkdownBody, [String]) {
        let context = FileContext(path: "m.md")
        let prepared = InlineReferences.prepare(body, firstLine: 10, context: context)
        return (prepared, context.diagnostics.items.map(\.description))
    }

    @Test func referencesAreLocatedAndReplaced() {
        let (body, errors) = prepare("ดู [[road]] และ\n[[meeting:1-2566]] กับ [[ report:2023-01 ]]")
        #expect(errors.isEmpty)
        #expect(body.references == [
            Reference(.issue, "road", at: SourceLocation(file: "m.md", line: 10, column: 4)),
            Reference(.meeting, "1-2566", at: SourceLocation(file: "m.md", line: 11, column: 1)),
            Reference(.report, "2023-01", at: SourceLocation(file: "m.md", line: 11, column: 24)),
        ])
        #expect(body.source == "ดู \u{E000}0\u{E001} และ\n\u{E000}1\u{E001} กับ \u{E000}2\u{E001}")
    }

    @Test func codeAndEscapesAreLeftAlone() {
        let text = "`[[a]]` \\[[b]]\n```\n[[c]]\n```\n    [[d]]\n~~~~\n[[e]]\n~~~~\n[[f]]"
        let (body, errors) = prepare(text)
        #expect(errors.isEmpty)
        #expect(body.references.map(\.id) == ["f"])
    }

    @Test func reservedPlaceholderCharactersCannotBeForged() {
        let (body, _) = prepare("x\u{E000}0\u{E001}y")
        #expect(body.source == "x0y")
        #expect(body.references.isEmpty)
    }

    @Test func badReferencesAreLocatedErrors() {
        let (_, errors) = prepare("a [[Road Works]] b [[minutes:x]]")
        #expect(errors == [
            """
            m.md:10:3: error: 'Road Works' in [[Road Works]] is not a valid id
              'Road Works' ใน [[Road Works]] ไม่ใช่รหัสที่ใช้ได้
              fix: ids use only lowercase a–z, 0–9 and '-', up to 64 characters, and are not a Windows device name \
            (con, nul, com1…), e.g. 1-2566 or damaged-road; to show brackets literally write \\[[
              วิธีแก้: รหัสใช้ได้เฉพาะ a–z ตัวเล็ก 0–9 และ '-' ไม่เกิน 64 ตัวอักษร และต้องไม่ใช่ชื่ออุปกรณ์ของ \
            Windows (con, nul, com1…) เช่น 1-2566 หรือ damaged-road หากต้องการแสดงวงเล็บตามตัวอักษรให้เขียน \\[[
            """,
            """
            m.md:10:20: error: unknown kind of reference 'minutes' in [[minutes:x]]
              ไม่รู้จักการอ้างอิงประเภท 'minutes' ใน [[minutes:x]]
              fix: write [[issue-id]], [[meeting:id]] or [[report:id]]
              วิธีแก้: เขียน [[รหัสเรื่อง]], [[meeting:รหัส]] หรือ [[report:รหัส]]
            """,
        ])
    }

    @Test func identifiers() {
        #expect(Identifier.isValid("1-2566"))
        #expect(Identifier.isValid("damaged-road"))
        for bad in ["", "-a", "a-", "A", "a b", "../x", "a/b", "ถนน", "a.b", String(repeating: "a", count: 65),
            "a\u{202E}b"] {
            #expect(!Identifier.isValid(bad), "\(bad) must be rejected")
        }
    }
}
