/// Messages of the link stage: references between files, and facts that must agree across files.
package enum LinkMessage: String, MessageCatalogue {
    case unknownIssue = "E-REF-UNKNOWN-ISSUE"
    case unknownMeeting = "E-REF-UNKNOWN-MEETING"
    case unknownReport = "E-REF-UNKNOWN-REPORT"
    case duplicateMeetingNumber = "E-LINK-DUPLICATE-MEETING-NUMBER"
    case duplicateReportPeriod = "E-LINK-DUPLICATE-REPORT-PERIOD"
    case statusDisagrees = "W-LINK-STATUS-DISAGREES"
    /// A reference to a meeting, issue or report whose own file has errors (reported there).
    case targetUnreadable = "N-REF-TARGET-UNREADABLE"
    /// A published page linking to a draft, which a build leaves out.
    case targetIsDraft = "E-REF-DRAFT"
    /// What an id names, inside other messages ("'1-2566' is a meeting of this district").
    case kindMeeting = "T-KIND-MEETING"
    case kindIssue = "T-KIND-ISSUE"
    case kindReport = "T-KIND-REPORT"

    package static let stage = "Link / การเชื่อมโยง"

    package var text: MessageText {
        switch self {
        case .unknownIssue: Self.unknown(en: "issue", th: "เรื่อง")
        case .unknownMeeting: Self.unknown(en: "meeting", th: "การประชุม")
        case .unknownReport: Self.unknown(en: "report", th: "รายงาน")
        case .duplicateMeetingNumber: Self.duplicate(en: "meeting number", th: "ครั้งที่ประชุม")
        case .duplicateReportPeriod: Self.duplicate(en: "report period", th: "เดือนของรายงาน")
        case .statusDisagrees: MessageText(
            en: "the latest report says '{id}' is {said}, but its issue file says {status}",
            th: "รายงานล่าสุดระบุว่าเรื่อง '{id}' มีสถานะ {said} แต่ไฟล์เรื่องระบุ {status}",
            fixEN: "update 'status' in {file}, or correct this report",
            fixTH: "แก้ 'status' ใน {file} หรือแก้รายงานนี้")
        case .kindMeeting: MessageText(en: "meeting", th: "การประชุม")
        case .kindIssue: MessageText(en: "issue", th: "เรื่อง")
        case .kindReport: MessageText(en: "report", th: "รายงาน")
        case .targetIsDraft: MessageText(
            en: "'{id}' is a draft ({file}): it is not published, so this page cannot link to it",
            th: "'{id}' เป็นฉบับร่าง ({file}) ซึ่งยังไม่เผยแพร่ หน้านี้จึงลิงก์ไปไม่ได้",
            fixEN: "publish it (delete 'draft: true' in {file}), or remove this reference until it is",
            fixTH: "เผยแพร่ฉบับร่างนั้น (ลบ 'draft: true' ใน {file}) หรือลบการอ้างอิงนี้ไว้ก่อน")
        case .targetUnreadable: MessageText(
            en: "'{id}' is not linked yet: its file {file} has errors",
            th: "ยังเชื่อมโยง '{id}' ไม่ได้ เพราะไฟล์ {file} มีข้อผิดพลาด",
            fixEN: "fix the errors reported in {file}; this reference then works as written",
            fixTH: "แก้ข้อผิดพลาดที่แจ้งใน {file} แล้วการอ้างอิงนี้จะใช้ได้ตามที่เขียนไว้")
        }
    }

    private static func unknown(en what: String, th whatTH: String) -> MessageText {
        MessageText(
            en: "unknown \(what) '{id}'", th: "ไม่พบ\(whatTH) '{id}' ในเขตนี้",
            fixEN: "use the id of a file in {path}", fixTH: "ใช้รหัสของไฟล์ใน {path}",
            alternatives: [
                "suggestion": Bilingual(en: "use the id of a file in {path} — did you mean '{suggestion}'?",
                                        th: "ใช้รหัสของไฟล์ใน {path} — หรือหมายถึง '{suggestion}'"),
                "otherKind": Bilingual(en: "'{id}' is a {kind} of this district: write [[{prefix}:{id}]]",
                                       th: "'{id}' เป็น{kind}ของเขตนี้ ให้เขียน [[{prefix}:{id}]]"),
            ])
    }

    private static func duplicate(en what: String, th whatTH: String) -> MessageText {
        MessageText(
            en: "duplicate \(what) '{value}': also in {file}", th: "\(whatTH) '{value}' ซ้ำกับใน {file}",
            fixEN: "each \(what) must be unique in the district; correct one of the two files",
            fixTH: "\(whatTH)ต้องไม่ซ้ำกันในเขตเดียวกัน แก้ไขไฟล์ใดไฟล์หนึ่ง")
    }
}
