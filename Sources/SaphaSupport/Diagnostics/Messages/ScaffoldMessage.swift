/// Messages of `sapha new`, which writes a new meeting, issue or report from the theme's
/// archetypes (`themes/<theme>/archetypes/`).
package enum ScaffoldMessage: String, MessageCatalogue {
    case exists = "E-NEW-EXISTS"
    case needsID = "E-NEW-NEEDS-ID"
    case invalidID = "E-NEW-INVALID-ID"
    case noArchetype = "E-NEW-NO-ARCHETYPE"
    case unknownPlaceholder = "E-NEW-UNKNOWN-PLACEHOLDER"
    case cannotWrite = "E-NEW-CANNOT-WRITE"
    /// Printed after each file written, with what to do next.
    case created = "T-NEW-CREATED"

    package static let stage = "New files / การสร้างไฟล์ใหม่"

    package var text: MessageText {
        switch self {
        case .exists: MessageText(
            en: "{file} already exists; nothing was written",
            th: "มีไฟล์ {file} อยู่แล้ว จึงไม่ได้เขียนไฟล์ใด",
            fixEN: "edit that file, or give another id with --id",
            fixTH: "แก้ไขไฟล์นั้น หรือระบุรหัสอื่นด้วย --id")
        case .needsID: MessageText(
            en: "a new issue needs its id, the file name: e.g. sapha new issue --district {slug} --id damaged-road",
            th: "เรื่องใหม่ต้องมีรหัส ซึ่งเป็นชื่อไฟล์ เช่น sapha new issue --district {slug} --id damaged-road",
            fixEN: "give a short English name in lowercase letters, digits and hyphens with --id",
            fixTH: "ระบุชื่อภาษาอังกฤษสั้น ๆ ด้วยตัวพิมพ์เล็ก ตัวเลข และขีด (-) ใน --id")
        case .invalidID: MessageText(
            en: "'{id}' cannot be an id (a file name): use lowercase letters, digits and hyphens",
            th: "'{id}' ใช้เป็นรหัส (ชื่อไฟล์) ไม่ได้ ใช้ได้เฉพาะตัวพิมพ์เล็ก ตัวเลข และขีด (-)",
            fixEN: "e.g. --id {suggestion}", fixTH: "เช่น --id {suggestion}")
        case .noArchetype: MessageText(
            en: "the theme has no archetype {file} to start the new file from",
            th: "ธีมไม่มีไฟล์ต้นแบบ {file} สำหรับสร้างไฟล์ใหม่",
            fixEN: "restore {file} from Sapha's default theme, or use --theme themes/default",
            fixTH: "นำไฟล์ {file} กลับมาจากธีมเริ่มต้นของ Sapha หรือใช้ --theme themes/default")
        case .unknownPlaceholder: MessageText(
            en: "unknown placeholder {{{name}}} in the archetype",
            th: "ไม่รู้จักตัวแทนค่า {{{name}}} ในไฟล์ต้นแบบ",
            fixEN: "use one of: {known}", fixTH: "ใช้ค่าใดค่าหนึ่ง: {known}")
        case .cannotWrite: MessageText(
            en: "{file} could not be written: {reason}", th: "เขียนไฟล์ {file} ไม่ได้: {reason}",
            fixEN: "check that the folder exists and may be written", fixTH: "ตรวจสอบว่ามีโฟลเดอร์นี้และเขียนได้")
        case .created: MessageText(
            en: "created {file}: fill it in, then run sapha check --district {slug}",
            th: "สร้างไฟล์ {file} แล้ว กรอกข้อมูล แล้วตรวจด้วย sapha check --district {slug}")
        }
    }
}
