/// Messages of the load stage about what content expands to (limits).
package enum LoadMessages {
    package static func tooManyReferences(_ limit: Int) -> Bilingual {
        Bilingual(en: "this text has more than \(limit) inline references [[…]]; the ones from here on are not linked",
                  th: "ข้อความนี้มีการอ้างอิง [[…]] เกิน \(limit) รายการ รายการตั้งแต่ตรงนี้ไปจะไม่ถูกเชื่อมโยง")
    }

    package static let tooManyReferencesFix = Bilingual(
        en: "link each issue, meeting or report once or a few times; split very long minutes into several files",
        th: "อ้างอิงแต่ละเรื่อง การประชุม หรือรายงานเพียงครั้งเดียวหรือไม่กี่ครั้ง แบ่งบันทึกที่ยาวมากเป็นหลายไฟล์")
}

extension LoadMessages {
    package static func aliasExpansion(_ limit: Int) -> Bilingual {
        Bilingual(en: "aliases '*' repeat more than \(limit / 1024) KiB of text in this file",
                  th: "alias '*' ทำให้ข้อความซ้ำเกิน \(limit / 1024) KiB ในไฟล์นี้")
    }

    package static let aliasExpansionFix = Bilingual(
        en: "write the values out instead of using anchors '&' and aliases '*'",
        th: "เขียนค่าแต่ละค่าเองแทนการใช้ anchor '&' และ alias '*'")
}

extension LoadMessages {
    package static func titleTooLong(_ length: Int, limit: Int) -> Bilingual {
        Bilingual(en: "the title is \(length) characters long, \(length - limit) over the limit of \(limit)",
                  th: "ชื่อเรื่องยาว \(length) ตัวอักษร เกินขีดจำกัด \(limit) ตัวอักษรไป \(length - limit) ตัวอักษร")
    }

    package static let titleTooLongFix = Bilingual(
        en: "keep the title short (what and where) and put the details in the text below the front matter",
        th: "เขียนชื่อเรื่องให้สั้น (อะไร ที่ไหน) แล้วใส่รายละเอียดในเนื้อหาใต้ส่วนหัว")
}

extension LoadMessages {
    package static let notARegularFile = Bilingual(
        en: "this is not a regular file (a pipe, a device or a socket); it is not read or published",
        th: "รายการนี้ไม่ใช่ไฟล์ธรรมดา (pipe, อุปกรณ์ หรือ socket) จึงไม่ถูกอ่านหรือเผยแพร่")
    package static let notARegularFileFix = Bilingual(en: "delete it, or put a real file here", th: "ลบออก "
        + "หรือวางไฟล์จริงไว้แทน")

    package static func folderTooDeep(_ limit: Int) -> Bilingual {
        Bilingual(en: "this folder is nested more than \(limit) levels deep; nothing in it is read",
                  th: "โฟลเดอร์นี้ซ้อนลึกเกิน \(limit) ชั้น จึงไม่มีการอ่านไฟล์ใดในนั้น")
    }

    package static let folderTooDeepFix = Bilingual(
        en: "move its files up, e.g. meetings/2566/1-2566.md; one level of subfolders is all a district needs",
        th: "ย้ายไฟล์ขึ้นมา เช่น meetings/2566/1-2566.md โฟลเดอร์ย่อยชั้นเดียวก็เพียงพอสำหรับเขต")
}

/// Messages for a Markdown body over one of its bounds (`MarkdownLimits`): which limit, by how much.
package enum MarkdownLimitMessages {
    package static func size(_ bytes: Int, limit: Int) -> Bilingual {
        Bilingual(en: "the text below the front matter is \(kib(bytes)) KiB, \(kib(bytes - limit)) KiB over the "
            + "limit of \(kib(limit)) KiB",
                  th: "เนื้อหาใต้ส่วนหัวมีขนาด \(kib(bytes)) KiB เกินขีดจำกัด \(kib(limit)) KiB ไป "
                      + "\(kib(bytes - limit)) KiB")
    }
    package static let sizeFix = Bilingual(
        en: "split the minutes into several files (e.g. one per agenda item), or publish the long document elsewhere "
            + "and link to it",
        th: "แบ่งบันทึกเป็นหลายไฟล์ (เช่น ไฟล์ละวาระ) หรือเผยแพร่เอกสารยาวที่อื่นแล้วใส่ลิงก์")

    package static func prefix(_ columns: Int, limit: Int) -> Bilingual {
        Bilingual(en: "this line is indented or nested \(columns) columns deep (lists, quotes '>'), "
            + "\(columns - limit) over the limit of \(limit)",
                  th: "บรรทัดนี้ย่อหน้าหรือซ้อนลึก \(columns) คอลัมน์ (รายการ เครื่องหมาย '>') เกินขีดจำกัด \(limit) "
                      + "ไป \(columns - limit)")
    }
    package static let prefixFix = Bilingual(en: "use fewer levels of lists and quotes; three or four levels are enough for "
        + "any agenda",
                                     th: "ลดจำนวนชั้นของรายการและการอ้างข้อความ สามถึงสี่ชั้นก็เพียงพอสำหรับวาระใด ๆ")

    package static func perBlock(_ what: Bilingual, limit: Int) -> Bilingual {
        Bilingual(en: "this paragraph, list or table has more than \(limit) \(what.en) without a blank line",
                  th: "ย่อหน้า รายการ หรือตารางนี้มี \(what.th) เกิน \(limit) ตัวโดยไม่มีบรรทัดว่างคั่น")
    }
    package static let brackets = Bilingual(en: "'[' characters", th: "อักขระ '['")
    package static let delimiters = Bilingual(en: "'*', '_' or '~' characters", th: "อักขระ '*', '_' หรือ '~'")
    package static let angles = Bilingual(en: "'<' characters", th: "อักขระ '<'")
    package static let ats = Bilingual(en: "'@' characters", th: "อักขระ '@'")
    package static let perBlockFix = Bilingual(
        en: "put a blank line between list items or paragraphs, or split the long table or list into several",
        th: "เว้นบรรทัดว่างระหว่างรายการหรือย่อหน้า หรือแบ่งตารางหรือรายการที่ยาวออกเป็นหลายส่วน")

    package static func referenceExpansion(_ bytes: Int, limit: Int) -> Bilingual {
        Bilingual(en: "the link reference definition here could repeat \(bytes / 1_000_000) MB of text through the "
            + "body's ']' "
                    + "(limit \(limit / 1_000_000) MB)",
                  th: "การนิยามลิงก์อ้างอิงตรงนี้อาจทำให้ข้อความซ้ำ \(bytes / 1_000_000) MB ผ่านเครื่องหมาย ']' "
                      + "ในเนื้อหา "
                    + "(ขีดจำกัด \(limit / 1_000_000) MB)")
    }
    package static let referenceExpansionFix = Bilingual(en: "write links inline as [text](https://…) and keep addresses short",
                                                 th: "เขียนลิงก์แบบ [ข้อความ](https://…) ในบรรทัด และใช้ที่อยู่ที่สั้น")

    package static let autolinkScan = Bilingual(
        en: "too many 'www.' addresses run into long unbroken text here",
        th: "มีที่อยู่ 'www.' จำนวนมากที่ติดกับข้อความยาวไม่มีช่องว่างตรงนี้")
    package static let autolinkScanFix = Bilingual(en: "put a space after each address, or write links as [text](https://…)",
                                           th: "เว้นวรรคหลังที่อยู่แต่ละรายการ หรือเขียนลิงก์แบบ [ข้อความ](https://…)")

    package static func tableCells(_ limit: Int) -> Bilingual {
        Bilingual(en: "the tables of this text have more than \(limit) cells (columns × rows)",
                  th: "ตารางในเนื้อหานี้มีเกิน \(limit) ช่อง (คอลัมน์ × แถว)")
    }
    package static let tableCellsFix = Bilingual(en: "publish large tables as a spreadsheet elsewhere and link to it",
                                         th: "เผยแพร่ตารางขนาดใหญ่เป็นไฟล์ตารางคำนวณที่อื่นแล้วใส่ลิงก์")

    package static func kib(_ bytes: Int) -> Int { (bytes + 1023) / 1024 }
}

extension LoadMessages {
    package static let dataLink = Bilingual(en: "a link to a data: address is not published; the link text stays",
                                    th: "ลิงก์ไปยังที่อยู่ data: จะไม่ถูกเผยแพร่ เหลือไว้เพียงข้อความของลิงก์")
    package static let dataLinkFix = Bilingual(en: "link to a page or file on the web (https://…) instead",
                                       th: "ลิงก์ไปยังหน้าเว็บหรือไฟล์บนเว็บ (https://…) แทน")
    package static let externalImage = Bilingual(
        en: "an image from another website is shown as a link to it: the portal's pages load nothing from other hosts",
        th: "รูปภาพจากเว็บไซต์อื่นจะแสดงเป็นลิงก์ไปยังรูปนั้น หน้าเว็บของพอร์ทัลไม่โหลดสิ่งใดจากเว็บไซต์อื่น")
    package static let externalImageFix = Bilingual(en: "this is expected; to silence it, write it as a link: "
        + "[description](https://…)",
                                            th: "เป็นไปตามที่ออกแบบ หากไม่ต้องการคำเตือนนี้ ให้เขียนเป็นลิงก์: "
                                                + "[คำอธิบาย](https://…)")
    package static let imageRemoved = Bilingual(en: "an image with a data: or non-web address is not published; its "
        + "description stays",
                                        th: "รูปภาพที่มีที่อยู่ data: หรือที่อยู่ที่ไม่ใช่เว็บจะไม่ถูกเผยแพร่ "
                                            + "เหลือไว้เพียงคำอธิบายรูป")
    package static let imageRemovedFix = Bilingual(en: "link to the image on the web instead: [description](https://…)",
                                           th: "ลิงก์ไปยังรูปภาพบนเว็บแทน: [คำอธิบาย](https://…)")
}

extension MarkdownLimitMessages {
    package static func rendered(_ bytes: Int, limit: Int) -> Bilingual {
        Bilingual(en: "the text below the front matter renders to \(kib(bytes)) KiB of HTML, "
                    + "\(kib(bytes - limit)) KiB over the limit of \(kib(limit)) KiB",
                  th: "เนื้อหาใต้ส่วนหัวสร้าง HTML ขนาด \(kib(bytes)) KiB เกินขีดจำกัด \(kib(limit)) KiB ไป "
                      + "\(kib(bytes - limit)) KiB")
    }
    package static let renderedFix = Bilingual(
        en: "look for what repeats (footnote references [^…], reference links [x]) and write it out fewer times, or "
            + "split the file",
        th: "ตรวจหาสิ่งที่ซ้ำ (เชิงอรรถ [^…] ลิงก์อ้างอิง [x]) แล้วเขียนให้น้อยลง หรือแบ่งไฟล์")
}
