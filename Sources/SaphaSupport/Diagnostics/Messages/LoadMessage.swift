/// Messages of the load stage about files and folders: what is where in `content/`, and
/// whether a file can be read as text.
package enum LoadMessage: String, MessageCatalogue {
    case noContentFolder = "E-LOAD-NO-CONTENT-FOLDER"
    case noSiteYAML = "E-LOAD-NO-SITE-YAML"
    case nameNotUTF8 = "W-LOAD-NAME-NOT-UTF8"
    case symbolicLink = "W-LOAD-SYMLINK"
    case notARegularFile = "W-LOAD-NOT-REGULAR-FILE"
    case unknownFile = "W-LOAD-UNKNOWN-FILE"
    case expectedInContent = "T-LOAD-EXPECTED-CONTENT"
    case expectedInDistricts = "T-LOAD-EXPECTED-DISTRICTS"
    case expectedInDistrict = "T-LOAD-EXPECTED-DISTRICT"
    case expectedMeetings = "T-LOAD-EXPECTED-MEETINGS"
    case expectedIssues = "T-LOAD-EXPECTED-ISSUES"
    case expectedReports = "T-LOAD-EXPECTED-REPORTS"
    case unknownDistrict = "E-LOAD-UNKNOWN-DISTRICT"
    case folderTooDeep = "E-LOAD-FOLDER-TOO-DEEP"
    case invalidFileName = "E-LOAD-INVALID-FILE-NAME"
    case duplicateMeetingID = "E-LOAD-DUPLICATE-MEETING-ID"
    case duplicateIssueID = "E-LOAD-DUPLICATE-ISSUE-ID"
    case duplicateReportID = "E-LOAD-DUPLICATE-REPORT-ID"
    case translationWithoutThai = "E-LOAD-TRANSLATION-WITHOUT-THAI"
    case misnamedTranslation = "E-LOAD-MISNAMED-TRANSLATION"
    case misnamedMarkdown = "E-LOAD-MISNAMED-MARKDOWN"
    case misnamedInDistrict = "E-LOAD-MISNAMED-IN-DISTRICT"
    case unreadableFile = "E-FILE-UNREADABLE"
    case fileTooLarge = "E-FILE-TOO-LARGE"
    case notUTF8 = "E-FILE-NOT-UTF8"
    case controlCharacter = "E-FILE-CONTROL-CHARACTER"
    case noFrontMatter = "E-FILE-NO-FRONT-MATTER"
    case frontMatterUnclosed = "E-FILE-FRONT-MATTER-UNCLOSED"
    /// What an id may be: the fix of every message about a bad id (file names, fields, `[[…]]`).
    case idRule = "T-ID-RULE"
    /// A meeting number (`1/2566`) where an id belongs, in a field or in `[[…]]`.
    case meetingNumberAsID = "E-ID-MEETING-NUMBER"

    package static let stage = "Load: files and folders / การอ่านเนื้อหา: ไฟล์และโฟลเดอร์"

    package var text: MessageText {
        switch self {
        case .noContentFolder: MessageText(
            en: "the content folder does not exist", th: "ไม่พบโฟลเดอร์เนื้อหา",
            fixEN: "run sapha in the repository, or pass --content with the folder that holds site.yaml",
            fixTH: "เรียก sapha จากโฟลเดอร์ของคลังข้อมูล หรือระบุ --content เป็นโฟลเดอร์ที่มี site.yaml")
        case .noSiteYAML: MessageText(
            en: "site.yaml is missing", th: "ไม่มีไฟล์ site.yaml",
            fixEN: "create {root}/site.yaml with at least 'title:' (see docs/content-guide.md)",
            fixTH: "สร้าง {root}/site.yaml ที่มีอย่างน้อย 'title:' (ดู docs/content-guide.md)")
        case .nameNotUTF8: MessageText(
            en: "this file name is not valid UTF-8; the file is not published",
            th: "ชื่อไฟล์นี้ไม่ใช่ UTF-8 ที่ถูกต้อง ไฟล์นี้จะไม่ถูกเผยแพร่",
            fixEN: "rename it using only a-z, 0-9 and -", fixTH: "เปลี่ยนชื่อไฟล์โดยใช้เฉพาะ a-z, 0-9 และ -")
        case .symbolicLink: MessageText(
            en: "symbolic links are not followed; this entry is not published",
            th: "ไม่ติดตามลิงก์สัญลักษณ์ รายการนี้จะไม่ถูกเผยแพร่",
            fixEN: "put the real file here instead of a link", fixTH: "วางไฟล์จริงแทนลิงก์")
        case .notARegularFile: MessageText(
            en: "this is not a regular file (a pipe, a device or a socket); it is not read or published",
            th: "รายการนี้ไม่ใช่ไฟล์ธรรมดา (pipe, อุปกรณ์ หรือ socket) จึงไม่ถูกอ่านหรือเผยแพร่",
            fixEN: "delete it, or put a real file here", fixTH: "ลบออก หรือวางไฟล์จริงไว้แทน")
        case .unknownFile: MessageText(
            en: "this file is not part of the site and is not published",
            th: "ไฟล์นี้ไม่ใช่ส่วนหนึ่งของเว็บไซต์และจะไม่ถูกเผยแพร่",
            fixEN: "expected here: {expected}; move or rename it, or delete it",
            fixTH: "ที่ตำแหน่งนี้ควรมี: {expected} ย้าย เปลี่ยนชื่อ หรือลบไฟล์")
        case .expectedInContent: MessageText(en: "site.yaml and districts/", th: "site.yaml และ districts/")
        case .expectedInDistricts: MessageText(en: "one folder per district", th: "โฟลเดอร์ของแต่ละเขต")
        case .expectedInDistrict: MessageText(
            en: "district.yaml, committee.yaml, meetings/, issues/, reports/",
            th: "district.yaml, committee.yaml, meetings/, issues/, reports/")
        case .expectedMeetings: Self.markdownFiles(en: "meetings", th: "การประชุม")
        case .expectedIssues: Self.markdownFiles(en: "issues", th: "เรื่อง")
        case .expectedReports: Self.markdownFiles(en: "reports", th: "รายงาน")
        case .unknownDistrict: MessageText(
            en: "unknown district '{slug}'", th: "ไม่รู้จักเขต '{slug}'",
            fixEN: "folder names are the official slugs of the 50 districts, e.g. thung-khru",
            fixTH: "ชื่อโฟลเดอร์ต้องเป็นชื่อทางการของ 50 เขต เช่น thung-khru",
            alternatives: ["suggestion": Bilingual(
                en: "did you mean '{suggestion}'? folder names are the official slugs of the 50 districts, e.g. "
                    + "thung-khru",
                th: "หมายถึง '{suggestion}' หรือไม่ ชื่อโฟลเดอร์ต้องเป็นชื่อทางการของ 50 เขต เช่น thung-khru")])
        case .folderTooDeep: MessageText(
            en: "this folder is nested more than {limit} levels deep; nothing in it is read",
            th: "โฟลเดอร์นี้ซ้อนลึกเกิน {limit} ชั้น จึงไม่มีการอ่านไฟล์ใดในนั้น",
            fixEN: "move its files up, e.g. meetings/2566/1-2566.md; one level of subfolders is all a district needs",
            fixTH: "ย้ายไฟล์ขึ้นมา เช่น meetings/2566/1-2566.md โฟลเดอร์ย่อยชั้นเดียวก็เพียงพอสำหรับเขต")
        case .invalidFileName: MessageText(
            en: "the file name '{id}' is not a valid id", th: "ชื่อไฟล์ '{id}' ไม่ใช่รหัสที่ใช้ได้",
            fixEN: Self.idRule.text.en + " — rename it, e.g. {suggestion}.md",
            fixTH: Self.idRule.text.th + " — เปลี่ยนชื่อ เช่น {suggestion}.md")
        case .duplicateMeetingID: Self.duplicateID(en: "meeting", th: "การประชุม")
        case .duplicateIssueID: Self.duplicateID(en: "issue", th: "เรื่อง")
        case .duplicateReportID: Self.duplicateID(en: "report", th: "รายงาน")
        case .translationWithoutThai: MessageText(
            en: "English translation without a Thai file", th: "มีไฟล์แปลภาษาอังกฤษ แต่ไม่มีไฟล์ภาษาไทย",
            fixEN: "create {thai} next to it, or rename this file to match it",
            fixTH: "สร้างไฟล์ {thai} ไว้ข้างกัน หรือเปลี่ยนชื่อไฟล์นี้ให้ตรงกัน")
        case .misnamedTranslation: MessageText(
            en: "'{name}' looks like an English translation, but it is not read: a translation is named <id>.en.md",
            th: "'{name}' น่าจะเป็นไฟล์แปลภาษาอังกฤษ แต่ระบบไม่อ่าน เพราะไฟล์แปลต้องชื่อ <รหัส>.en.md",
            fixEN: "rename it to {correct}", fixTH: "เปลี่ยนชื่อไฟล์เป็น {correct}")
        case .misnamedMarkdown: MessageText(
            en: "'{name}' is not read: the Thai file is named <id>.md",
            th: "ระบบไม่อ่าน '{name}' เพราะไฟล์ภาษาไทยต้องชื่อ <รหัส>.md",
            fixEN: "rename it to {correct}", fixTH: "เปลี่ยนชื่อไฟล์เป็น {correct}")
        case .misnamedInDistrict: MessageText(
            en: "'{name}' is not read, so nothing in it is published",
            th: "ระบบไม่อ่าน '{name}' จึงไม่มีการเผยแพร่สิ่งที่อยู่ในนั้น",
            fixEN: "did you mean '{suggestion}'? rename it, or move what it holds into '{suggestion}'",
            fixTH: "หมายถึง '{suggestion}' หรือไม่ เปลี่ยนชื่อให้ตรงตามนี้ "
                + "หรือย้ายสิ่งที่อยู่ในนั้นไปไว้ใน '{suggestion}'")
        case .unreadableFile: MessageText(
            en: "cannot read the file", th: "อ่านไฟล์ไม่ได้",
            fixEN: "check that the file exists and is readable", fixTH: "ตรวจสอบว่ามีไฟล์อยู่และเปิดอ่านได้")
        case .fileTooLarge: MessageText(
            en: "the file is {size} MiB; content files can be at most {limit} MiB",
            th: "ไฟล์มีขนาด {size} MiB ไฟล์เนื้อหามีขนาดได้ไม่เกิน {limit} MiB",
            fixEN: "split it into several files, or publish the long document elsewhere and link to it",
            fixTH: "แบ่งเป็นหลายไฟล์ หรือเผยแพร่เอกสารยาวที่อื่นแล้วใส่ลิงก์")
        case .notUTF8: MessageText(
            en: "the file is not valid UTF-8 text", th: "ไฟล์นี้ไม่ได้เข้ารหัสแบบ UTF-8",
            fixEN: "save the file as UTF-8 in your editor (not TIS-620 or Windows-874)",
            fixTH: "บันทึกไฟล์ใหม่เป็น UTF-8 ในโปรแกรมแก้ไข (ไม่ใช่ TIS-620 หรือ Windows-874)")
        case .controlCharacter: MessageText(
            en: "the file contains an invisible control character ({name})",
            th: "ไฟล์มีอักขระควบคุมที่มองไม่เห็น ({name})",
            fixEN: "delete it; such characters often come with text copied from a PDF or a word processor",
            fixTH: "ลบอักขระนี้ออก มักติดมากับข้อความที่คัดลอกจาก PDF หรือโปรแกรมพิมพ์เอกสาร")
        case .noFrontMatter: MessageText(
            en: "the file does not start with front matter (a line '---')",
            th: "ไฟล์ไม่ได้ขึ้นต้นด้วยส่วนหัว (บรรทัด '---')",
            fixEN: "put '---' on the first line, then the fields, then another '---' line before the text",
            fixTH: "ใส่ '---' ที่บรรทัดแรก ตามด้วยข้อมูล แล้วปิดด้วยบรรทัด '---' ก่อนเนื้อหา")
        case .frontMatterUnclosed: MessageText(
            en: "the front matter opened on line 1 is never closed", th: "ส่วนหัวที่เปิดที่บรรทัด 1 ไม่มีบรรทัดปิด",
            fixEN: "add a line '---' after the last field, before the text",
            fixTH: "เพิ่มบรรทัด '---' ต่อจากข้อมูลบรรทัดสุดท้าย ก่อนเนื้อหา")
        case .idRule: MessageText(
            en: "ids use only lowercase a–z, 0–9 and '-', up to 64 characters, and are not a Windows device name "
                + "(con, nul, com1…), e.g. 1-2566 or damaged-road",
            th: "รหัสใช้ได้เฉพาะ a–z ตัวเล็ก 0–9 และ '-' ไม่เกิน 64 ตัวอักษร และต้องไม่ใช่ชื่ออุปกรณ์ของ Windows "
                + "(con, nul, com1…) เช่น 1-2566 หรือ damaged-road")
        case .meetingNumberAsID: MessageText(
            en: "'{id}' is a meeting number, not an id: ids are file names and cannot hold '/'",
            th: "'{id}' เป็นครั้งที่ประชุม ไม่ใช่รหัส รหัสคือชื่อไฟล์จึงมี '/' ไม่ได้",
            fixEN: "write {written}, as the meeting's file is named (meetings/{file}.md)",
            fixTH: "เขียน {written} ตามชื่อไฟล์ของการประชุม (meetings/{file}.md)")
        }
    }

    private static func markdownFiles(en kind: String, th kindTH: String) -> MessageText {
        MessageText(en: "Markdown files (.md) of \(kind)", th: "ไฟล์ Markdown (.md) ของ\(kindTH)")
    }

    private static func duplicateID(en kind: String, th kindTH: String) -> MessageText {
        MessageText(
            en: "duplicate \(kind) id '{id}': also {first}", th: "รหัส\(kindTH) '{id}' ซ้ำกับ {first}",
            fixEN: "ids are file names and must be unique in the district; rename one of the files",
            fixTH: "รหัสคือชื่อไฟล์และต้องไม่ซ้ำกันในเขตเดียวกัน เปลี่ยนชื่อไฟล์ใดไฟล์หนึ่ง")
    }
}
