/// Messages about a theme's translations of its interface (`i18n/<lang>.yaml`).
package enum I18nMessage: String, MessageCatalogue {
    case notText = "E-I18N-NOT-TEXT"
    case months = "E-I18N-MONTHS"
    case missingStrings = "E-I18N-MISSING-STRINGS"

    package static let stage = "Theme: translations / ธีม: คำแปล"

    package var text: MessageText {
        switch self {
        case .notText: MessageText(en: "'{key}' must be a text", th: "'{key}' ต้องเป็นข้อความ",
            fixEN: "write one line of text after '{key}:', in quotes if it has a colon",
            fixTH: "เขียนข้อความหนึ่งบรรทัดหลัง '{key}:' ถ้ามีเครื่องหมาย : ให้ใส่เครื่องหมายคำพูดครอบ")
        case .months: MessageText(
            en: "'months' must list the 12 month names", th: "'months' ต้องมีชื่อเดือนครบ 12 เดือน",
            fixEN: "write the 12 names in order, January first: months: [January, February, …]",
            fixTH: "เขียนชื่อเดือนทั้ง 12 เดือนตามลำดับ เริ่มที่มกราคม: months: [มกราคม, กุมภาพันธ์, …]")
        case .missingStrings: MessageText(
            en: "missing UI strings: {keys}", th: "ไม่มีข้อความส่วนติดต่อ: {keys}",
            fixEN: "add them to {file}", fixTH: "เพิ่มข้อความเหล่านี้ใน {file}")
        }
    }
}
