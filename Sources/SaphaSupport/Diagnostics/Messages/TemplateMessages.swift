/// Messages about a theme's templates that would make rendering crash.
package enum TemplateMessages {
    package static func tooDeep(_ limit: Int) -> Bilingual {
        Bilingual(en: "sections, blocks and parents are nested more than \(limit) levels deep here",
                  th: "section, block และ parent ซ้อนกันลึกเกิน \(limit) ชั้นตรงนี้")
    }
    package static let tooDeepFix = Bilingual(en: "close the sections you no longer need; a page needs a few levels",
                                      th: "ปิด section ที่ไม่ใช้แล้ว หน้าเว็บหนึ่งต้องการเพียงไม่กี่ชั้น")

}
