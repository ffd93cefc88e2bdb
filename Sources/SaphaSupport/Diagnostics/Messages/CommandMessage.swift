/// Texts of the `sapha` command line that are not diagnostics: how a build ended, printed as
/// an English line and a Thai line after the diagnostics.
package enum CommandMessage: String, MessageCatalogue {
    /// After a build stopped by errors in content or theme.
    case buildFailed = "T-BUILD-FAILED"
    /// Before an error that is not about content or theme (the output folder, the disk).
    case buildStopped = "T-BUILD-STOPPED"

    package static let stage = "Command line / บรรทัดคำสั่ง"

    package var text: MessageText {
        switch self {
        case .buildFailed: MessageText(
            en: "build failed: {count} error(s); {output}/ was not changed",
            th: "สร้างเว็บไซต์ไม่สำเร็จ: พบข้อผิดพลาด {count} รายการ ไม่มีการเปลี่ยนแปลง {output}/")
        case .buildStopped: MessageText(en: "build failed", th: "สร้างเว็บไซต์ไม่สำเร็จ")
        }
    }
}
