/// Texts of `sapha serve`: its line after a failed rebuild, the error page shown in the
/// browser while the content has errors, and why it cannot run.
package enum PreviewMessage: String, MessageCatalogue {
    /// Printed after a rebuild stopped by errors; the last good site is still served.
    case buildFailed = "T-PREVIEW-BUILD-FAILED"
    /// The error page's title and heading.
    case pageTitle = "T-PREVIEW-PAGE-TITLE"
    /// The error page's introduction, above the list of errors.
    case pageErrors = "T-PREVIEW-PAGE-ERRORS"
    /// The label before each error's fix on the error page.
    case fixLabel = "T-PREVIEW-FIX-LABEL"
    /// The summary of the warnings banner on a previewed page.
    case pageWarnings = "T-PREVIEW-PAGE-WARNINGS"
    /// The file watcher cannot start; printed with the system's reason after the English.
    case cannotWatch = "E-PREVIEW-CANNOT-WATCH"

    package static let stage = "Preview (sapha serve) / การดูตัวอย่าง"

    package var text: MessageText {
        switch self {
        case .buildFailed: MessageText(
            en: "build failed: {count} error(s); still serving the last good site, errors shown in the browser",
            th: "สร้างเว็บไซต์ไม่สำเร็จ: พบข้อผิดพลาด {count} รายการ ยังแสดงเว็บไซต์ล่าสุดที่สร้างสำเร็จ "
                + "และแสดงข้อผิดพลาดในเบราว์เซอร์")
        case .pageTitle: MessageText(en: "Build failed", th: "สร้างเว็บไซต์ไม่สำเร็จ")
        case .pageErrors: MessageText(
            en: "{count} error(s). Fix the file and save; this page reloads by itself.",
            th: "พบข้อผิดพลาด {count} รายการ แก้ไขไฟล์แล้วบันทึก หน้านี้จะโหลดใหม่เอง")
        case .fixLabel: MessageText(en: "fix", th: "วิธีแก้")
        case .pageWarnings: MessageText(
            en: "{count} warning(s) in the content (click to hide)",
            th: "คำเตือนในเนื้อหา {count} รายการ (คลิกเพื่อซ่อน)")
        case .cannotWatch: MessageText(en: "cannot watch files (inotify)", th: "ไม่สามารถติดตามการแก้ไขไฟล์ได้",
            fixEN: "raise the limit: sudo sysctl fs.inotify.max_user_watches=524288, then start sapha serve again",
            fixTH: "เพิ่มขีดจำกัด: sudo sysctl fs.inotify.max_user_watches=524288 แล้วเริ่ม sapha serve ใหม่")
        }
    }
}
