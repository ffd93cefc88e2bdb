/// Messages of the load stage about what content expands to (limits).
enum LoadMessages {
    static func tooManyReferences(_ limit: Int) -> Bilingual {
        Bilingual(en: "this text has more than \(limit) inline references [[…]]; the ones from here on are not linked",
                  th: "ข้อความนี้มีการอ้างอิง [[…]] เกิน \(limit) รายการ รายการตั้งแต่ตรงนี้ไปจะไม่ถูกเชื่อมโยง")
    }

    static let tooManyReferencesFix = Bilingual(
        en: "link each issue, meeting or report once or a few times; split very long minutes into several files",
        th: "อ้างอิงแต่ละเรื่อง การประชุม หรือรายงานเพียงครั้งเดียวหรือไม่กี่ครั้ง แบ่งบันทึกที่ยาวมากเป็นหลายไฟล์")
}

extension LoadMessages {
    static func aliasExpansion(_ limit: Int) -> Bilingual {
        Bilingual(en: "aliases '*' repeat more than \(limit / 1024) KiB of text in this file",
                  th: "alias '*' ทำให้ข้อความซ้ำเกิน \(limit / 1024) KiB ในไฟล์นี้")
    }

    static let aliasExpansionFix = Bilingual(
        en: "write the values out instead of using anchors '&' and aliases '*'",
        th: "เขียนค่าแต่ละค่าเองแทนการใช้ anchor '&' และ alias '*'")
}

extension LoadMessages {
    static func titleTooLong(_ length: Int, limit: Int) -> Bilingual {
        Bilingual(en: "the title is \(length) characters long, \(length - limit) over the limit of \(limit)",
                  th: "ชื่อเรื่องยาว \(length) ตัวอักษร เกินขีดจำกัด \(limit) ตัวอักษรไป \(length - limit) ตัวอักษร")
    }

    static let titleTooLongFix = Bilingual(
        en: "keep the title short (what and where) and put the details in the text below the front matter",
        th: "เขียนชื่อเรื่องให้สั้น (อะไร ที่ไหน) แล้วใส่รายละเอียดในเนื้อหาใต้ส่วนหัว")
}

extension LoadMessages {
    static let notARegularFile = Bilingual(
        en: "this is not a regular file (a pipe, a device or a socket); it is not read or published",
        th: "รายการนี้ไม่ใช่ไฟล์ธรรมดา (pipe, อุปกรณ์ หรือ socket) จึงไม่ถูกอ่านหรือเผยแพร่")
    static let notARegularFileFix = Bilingual(en: "delete it, or put a real file here", th: "ลบออก หรือวางไฟล์จริงไว้แทน")

    static func folderTooDeep(_ limit: Int) -> Bilingual {
        Bilingual(en: "this folder is nested more than \(limit) levels deep; nothing in it is read",
                  th: "โฟลเดอร์นี้ซ้อนลึกเกิน \(limit) ชั้น จึงไม่มีการอ่านไฟล์ใดในนั้น")
    }

    static let folderTooDeepFix = Bilingual(
        en: "move its files up, e.g. meetings/2566/1-2566.md; one level of subfolders is all a district needs",
        th: "ย้ายไฟล์ขึ้นมา เช่น meetings/2566/1-2566.md โฟลเดอร์ย่อยชั้นเดียวก็เพียงพอสำหรับเขต")
}
