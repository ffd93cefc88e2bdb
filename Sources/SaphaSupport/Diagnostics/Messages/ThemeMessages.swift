/// Messages of the theme stage (templates, translations, static files).
package enum ThemeMessages {
    package static func unreadableStatic(reason: String) -> Bilingual {
        Bilingual(en: "this static file of the theme cannot be read (\(reason)), so the site would lack it",
                  th: "อ่านไฟล์ static นี้ของธีมไม่ได้ (\(reason)) เว็บไซต์จึงจะขาดไฟล์นี้")
    }

    package static let unreadableStaticFix = Bilingual(
        en: "check that the file exists and is readable, or remove it from the theme",
        th: "ตรวจสอบว่ามีไฟล์อยู่และเปิดอ่านได้ หรือนำไฟล์ออกจากธีม")
}
