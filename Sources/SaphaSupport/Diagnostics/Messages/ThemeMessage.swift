/// Messages of the theme stage: its folders, templates, translations and static files.
package enum ThemeMessage: String, MessageCatalogue {
    case symbolicLink = "E-THEME-SYMLINK"
    case noTemplatesFolder = "E-THEME-NO-TEMPLATES"
    case templateSyntax = "E-THEME-TEMPLATE-SYNTAX"
    case missingTemplate = "E-THEME-MISSING-TEMPLATE"
    case unknownTemplate = "E-THEME-UNKNOWN-TEMPLATE"
    case templateCycle = "E-THEME-TEMPLATE-CYCLE"
    case unreadableStatic = "E-THEME-UNREADABLE-STATIC"

    package static let stage = "Theme / ธีม"

    package var text: MessageText {
        switch self {
        case .symbolicLink: MessageText(
            en: "a theme may not contain symbolic links", th: "ธีมต้องไม่มีลิงก์สัญลักษณ์",
            fixEN: "put the real folder or file here instead of a link", fixTH: "วางโฟลเดอร์หรือไฟล์จริงแทนลิงก์")
        case .noTemplatesFolder: MessageText(
            en: "the theme has no templates folder", th: "ธีมไม่มีโฟลเดอร์ templates",
            fixEN: "pass --theme with a theme folder such as themes/default",
            fixTH: "ระบุ --theme เป็นโฟลเดอร์ธีม เช่น themes/default")
        case .templateSyntax: MessageText(
            en: "template syntax error: {problem}", th: "รูปแบบเทมเพลตไม่ถูกต้อง: {problem}",
            fixEN: "compare the tag with the same template in themes/default",
            fixTH: "เทียบแท็กนี้กับเทมเพลตเดียวกันใน themes/default")
        case .missingTemplate: MessageText(
            en: "the theme has no template '{name}'", th: "ธีมไม่มีเทมเพลต '{name}'",
            fixEN: "add templates/{name}.mustache (see themes/default)",
            fixTH: "เพิ่ม templates/{name}.mustache (ดูตัวอย่างใน themes/default)")
        case .unknownTemplate: MessageText(
            en: "the template '{name}' does not exist", th: "ไม่มีเทมเพลต '{name}'",
            fixEN: "add templates/{name}.mustache, or correct the name",
            fixTH: "เพิ่ม templates/{name}.mustache หรือแก้ชื่อให้ถูก")
        case .templateCycle: MessageText(
            en: "the template includes itself: {path}; rendering would never end",
            th: "เทมเพลตเรียกตัวเองซ้ำ: {path} การสร้างหน้าจะไม่มีวันจบ",
            fixEN: "remove the partial or parent tag that leads back to a template already being rendered",
            fixTH: "ลบแท็ก partial หรือ parent ที่ย้อนกลับไปยังเทมเพลตที่กำลังสร้างอยู่")
        case .unreadableStatic: MessageText(
            en: "this static file of the theme cannot be read ({reason}), so the site would lack it",
            th: "อ่านไฟล์ static นี้ของธีมไม่ได้ ({reason}) เว็บไซต์จึงจะขาดไฟล์นี้",
            fixEN: "check that the file exists and is readable, or remove it from the theme",
            fixTH: "ตรวจสอบว่ามีไฟล์อยู่และเปิดอ่านได้ หรือนำไฟล์ออกจากธีม")
        }
    }
}
