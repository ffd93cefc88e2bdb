/// Messages about the list of messages itself.
package enum DiagnosticMessage: String, MessageCatalogue {
    case moreInFile = "E-MORE-IN-FILE"

    package static let stage = "Messages / ข้อความ"

    package var text: MessageText {
        switch self {
        case .moreInFile: MessageText(
            en: "{count} more problem(s) in this file are not shown",
            th: "ยังมีปัญหาอีก {count} รายการในไฟล์นี้ที่ไม่ได้แสดง",
            fixEN: "fix the problems shown above and build again; the next ones will then be listed",
            fixTH: "แก้ปัญหาที่แสดงข้างบนแล้วสร้างใหม่ ปัญหาถัดไปจะแสดงต่อ")
        }
    }
}
