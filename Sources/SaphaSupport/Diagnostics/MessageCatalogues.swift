/// Every stage's message catalogue, in pipeline order, and `docs/messages.md` made from them:
/// all messages on one page, Thai first, for a Thai reader to review and for staff to look
/// a code up. A test keeps the page equal to the catalogues.
package enum MessageCatalogues {
    package static let all: [any MessageCatalogue.Type] = [
        ThemeMessage.self, TemplateMessage.self, I18nMessage.self,
        LoadMessage.self, YAMLMessage.self, YAMLProblemMessage.self,
        ContentMessage.self, MarkdownMessage.self, BaseURLMessage.self,
        LinkMessage.self, PlausibilityMessage.self, WriteMessage.self, CommandMessage.self, ScaffoldMessage.self,
        PreviewMessage.self, DiagnosticMessage.self,
    ]

    /// The text of `docs/messages.md`.
    package static func markdown() -> String {
        var text = """
            # ข้อความแจ้งปัญหาของ Sapha — Sapha's messages

            ทุกข้อความที่ Sapha แจ้งเจ้าหน้าที่ เรียงตามขั้นตอน \
            แต่ละข้อความมีรหัสคงที่ (`E-` ข้อผิดพลาด ซึ่งหยุดการสร้าง, `W-` คำเตือน, `N-` ข้อสังเกต ซึ่งไม่ทำให้ \
            การตรวจไม่ผ่าน) ข้อความภาษาไทย วิธีแก้ \
            และข้อความภาษาอังกฤษ `{ชื่อ}` คือค่าที่ใส่ตามกรณี เช่น รหัสหรือชื่อไฟล์

            Every message Sapha gives staff, by stage: its stable code (`E-` an error, which stops the build, `W-` a \
            warning, `N-` a notice, which never fails a check), the Thai message and fix, then the English. \
            `{name}` is filled in for each case, e.g. an id or a file name. Generated from \
            `Sources/SaphaSupport/Diagnostics/Messages/` — do not edit by hand; run \
            `SAPHA_UPDATE_GOLDEN=1 swift test --filter MessageCatalogueTests`.

            """
        for catalogue in all {
            text += "\n## \(catalogue.stage)\n"
            for (code, message) in catalogue.entries {
                text += "\n### `\(code)`\n\n"
                text += "- \(message.th)\n"
                if let fix = message.fixTH { text += "  - วิธีแก้: \(fix)\n" }
                for (name, fix) in message.alternatives.sorted(by: { $0.key < $1.key }) {
                    text += "  - วิธีแก้ (\(name)): \(fix.th)\n"
                }
                text += "- \(message.en)\n"
                if let fix = message.fixEN { text += "  - fix: \(fix)\n" }
                for (name, fix) in message.alternatives.sorted(by: { $0.key < $1.key }) {
                    text += "  - fix (\(name)): \(fix.en)\n"
                }
            }
        }
        return text
    }
}
