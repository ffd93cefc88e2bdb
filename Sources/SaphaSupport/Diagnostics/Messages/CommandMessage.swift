/// Texts of the `sapha` command line that are not diagnostics: how a build ended, printed as
/// an English line and a Thai line after the diagnostics.
package enum CommandMessage: String, MessageCatalogue {
    /// After a build stopped by errors in content or theme.
    case buildFailed = "T-BUILD-FAILED"
    /// Before an error that is not about content or theme (the output folder, the disk).
    case buildStopped = "T-BUILD-STOPPED"
    /// The last line of `sapha check`.
    case checkSummary = "T-CHECK-SUMMARY"
    case checkClean = "T-CHECK-CLEAN"
    /// Before the list of drafts in `sapha check`.
    case checkDrafts = "T-CHECK-DRAFTS"
    /// `sapha check --district` with a slug that is not one of the 50.
    case unknownDistrictOption = "E-COMMAND-UNKNOWN-DISTRICT"

    package static let stage = "Command line / บรรทัดคำสั่ง"

    package var text: MessageText {
        switch self {
        case .buildFailed: MessageText(
            en: "build failed: {count} error(s); {output}/ was not changed",
            th: "สร้างเว็บไซต์ไม่สำเร็จ: พบข้อผิดพลาด {count} รายการ ไม่มีการเปลี่ยนแปลง {output}/")
        case .buildStopped: MessageText(en: "build failed", th: "สร้างเว็บไซต์ไม่สำเร็จ")
        case .checkSummary: MessageText(
            en: "{errors} error(s), {warnings} warning(s), {notices} notice(s)",
            th: "ข้อผิดพลาด {errors} รายการ คำเตือน {warnings} รายการ ข้อสังเกต {notices} รายการ")
        case .checkClean: MessageText(en: "no problems found", th: "ไม่พบปัญหา")
        case .checkDrafts: MessageText(
            en: "{count} draft(s), checked but not published (draft: true):",
            th: "ฉบับร่าง {count} ไฟล์ ตรวจแล้วแต่ยังไม่เผยแพร่ (draft: true):")
        case .unknownDistrictOption: MessageText(
            en: "--district: '{slug}' is not one of the 50 districts; did you mean '{suggestion}'?",
            th: "--district: '{slug}' ไม่ใช่ชื่อของเขตใดใน 50 เขต หรือหมายถึง '{suggestion}'")
        }
    }
}
