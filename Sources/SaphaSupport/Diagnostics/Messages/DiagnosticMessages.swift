/// Messages about the list of messages itself.
package enum DiagnosticMessages {
    package static func moreInFile(_ count: Int) -> Bilingual {
        Bilingual(en: "\(count) more problem(s) in this file are not shown",
                  th: "ยังมีปัญหาอีก \(count) รายการในไฟล์นี้ที่ไม่ได้แสดง")
    }

    package static let moreInFileFix = Bilingual(
        en: "fix the problems shown above and build again; the next ones will then be listed",
        th: "แก้ปัญหาที่แสดงข้างบนแล้วสร้างใหม่ ปัญหาถัดไปจะแสดงต่อ")
}
