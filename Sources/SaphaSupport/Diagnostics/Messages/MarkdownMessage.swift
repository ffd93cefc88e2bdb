/// Messages of the load stage about the Markdown text below the front matter: its bounds
/// (`MarkdownLimits`: which one, by how much), its inline references `[[…]]`, the links and
/// images the URL policy changed, and the HTML that is not published.
package enum MarkdownMessage: String, MessageCatalogue {
    case tooLarge = "E-MD-TOO-LARGE"
    case tooDeep = "E-MD-TOO-DEEP"
    case tooManyBrackets = "E-MD-TOO-MANY-BRACKETS"
    case tooManyDelimiters = "E-MD-TOO-MANY-DELIMITERS"
    case tooManyAngles = "E-MD-TOO-MANY-ANGLES"
    case tooManyAts = "E-MD-TOO-MANY-ATS"
    case referenceExpansion = "E-MD-REFERENCE-EXPANSION"
    case autolinkScan = "E-MD-AUTOLINK-SCAN"
    case tableCells = "E-MD-TABLE-CELLS"
    case renderedTooLarge = "E-MD-RENDERED-TOO-LARGE"
    case tooManyReferences = "E-MD-TOO-MANY-REFERENCES"
    case unknownReferenceKind = "E-MD-UNKNOWN-REFERENCE-KIND"
    case invalidReferenceID = "E-MD-INVALID-REFERENCE-ID"
    case dataLink = "W-MD-DATA-LINK"
    case externalImage = "W-MD-EXTERNAL-IMAGE"
    case imageRemoved = "W-MD-IMAGE-REMOVED"
    case unresolvedReference = "E-MD-UNRESOLVED-REFERENCE"
    case rawHTML = "W-MD-RAW-HTML"
    case rawHTMLBlock = "W-MD-RAW-HTML-BLOCK"

    package static let stage = "Load: Markdown text / การอ่านเนื้อหา: ข้อความ Markdown"

    package var text: MessageText {
        switch self {
        case .tooLarge: MessageText(
            en: "the text below the front matter is {kib} KiB, {over} KiB over the limit of {limit} KiB",
            th: "เนื้อหาใต้ส่วนหัวมีขนาด {kib} KiB เกินขีดจำกัด {limit} KiB ไป {over} KiB",
            fixEN: "split the minutes into several files (e.g. one per agenda item), or publish the long document "
                + "elsewhere and link to it",
            fixTH: "แบ่งบันทึกเป็นหลายไฟล์ (เช่น ไฟล์ละวาระ) หรือเผยแพร่เอกสารยาวที่อื่นแล้วใส่ลิงก์")
        case .tooDeep: MessageText(
            en: "this line is indented or nested {columns} columns deep (lists, quotes '>'), {over} over the limit "
                + "of {limit}",
            th: "บรรทัดนี้ย่อหน้าหรือซ้อนลึก {columns} คอลัมน์ (รายการ เครื่องหมาย '>') เกินขีดจำกัด {limit} ไป {over}",
            fixEN: "use fewer levels of lists and quotes; three or four levels are enough for any agenda",
            fixTH: "ลดจำนวนชั้นของรายการและการอ้างข้อความ สามถึงสี่ชั้นก็เพียงพอสำหรับวาระใด ๆ")
        case .tooManyBrackets: Self.perBlock(en: "'[' characters", th: "อักขระ '['")
        case .tooManyDelimiters: Self.perBlock(en: "'*', '_' or '~' characters", th: "อักขระ '*', '_' หรือ '~'")
        case .tooManyAngles: Self.perBlock(en: "'<' characters", th: "อักขระ '<'")
        case .tooManyAts: Self.perBlock(en: "'@' characters", th: "อักขระ '@'")
        case .referenceExpansion: MessageText(
            en: "the link reference definition here could repeat {mb} MB of text through the body's ']' "
                + "(limit {limit} MB)",
            th: "การนิยามลิงก์อ้างอิงตรงนี้อาจทำให้ข้อความซ้ำ {mb} MB ผ่านเครื่องหมาย ']' ในเนื้อหา (ขีดจำกัด "
                + "{limit} MB)",
            fixEN: "write links inline as [text](https://…) and keep addresses short",
            fixTH: "เขียนลิงก์แบบ [ข้อความ](https://…) ในบรรทัด และใช้ที่อยู่ที่สั้น")
        case .autolinkScan: MessageText(
            en: "too many 'www.' addresses run into long unbroken text here",
            th: "มีที่อยู่ 'www.' จำนวนมากที่ติดกับข้อความยาวไม่มีช่องว่างตรงนี้",
            fixEN: "put a space after each address, or write links as [text](https://…)",
            fixTH: "เว้นวรรคหลังที่อยู่แต่ละรายการ หรือเขียนลิงก์แบบ [ข้อความ](https://…)")
        case .tableCells: MessageText(
            en: "the tables of this text have more than {limit} cells (columns × rows)",
            th: "ตารางในเนื้อหานี้มีเกิน {limit} ช่อง (คอลัมน์ × แถว)",
            fixEN: "publish large tables as a spreadsheet elsewhere and link to it",
            fixTH: "เผยแพร่ตารางขนาดใหญ่เป็นไฟล์ตารางคำนวณที่อื่นแล้วใส่ลิงก์")
        case .renderedTooLarge: MessageText(
            en: "the text below the front matter renders to {kib} KiB of HTML, {over} KiB over the limit of "
                + "{limit} KiB",
            th: "เนื้อหาใต้ส่วนหัวสร้าง HTML ขนาด {kib} KiB เกินขีดจำกัด {limit} KiB ไป {over} KiB",
            fixEN: "look for what repeats (footnote references [^…], reference links [x]) and write it out fewer "
                + "times, or split the file",
            fixTH: "ตรวจหาสิ่งที่ซ้ำ (เชิงอรรถ [^…] ลิงก์อ้างอิง [x]) แล้วเขียนให้น้อยลง หรือแบ่งไฟล์")
        case .tooManyReferences: MessageText(
            en: "this text has more than {limit} inline references [[…]]; the ones from here on are not linked",
            th: "ข้อความนี้มีการอ้างอิง [[…]] เกิน {limit} รายการ รายการตั้งแต่ตรงนี้ไปจะไม่ถูกเชื่อมโยง",
            fixEN: "link each issue, meeting or report once or a few times; split very long minutes into several files",
            fixTH: "อ้างอิงแต่ละเรื่อง การประชุม หรือรายงานเพียงครั้งเดียวหรือไม่กี่ครั้ง "
                + "แบ่งบันทึกที่ยาวมากเป็นหลายไฟล์")
        case .unknownReferenceKind: MessageText(
            en: "unknown kind of reference '{kind}' in [[{reference}]]",
            th: "ไม่รู้จักการอ้างอิงประเภท '{kind}' ใน [[{reference}]]",
            fixEN: "write [[issue-id]], [[meeting:id]] or [[report:id]]",
            fixTH: "เขียน [[รหัสเรื่อง]], [[meeting:รหัส]] หรือ [[report:รหัส]]")
        case .invalidReferenceID: MessageText(
            en: "'{id}' in [[{reference}]] is not a valid id", th: "'{id}' ใน [[{reference}]] ไม่ใช่รหัสที่ใช้ได้",
            fixEN: LoadMessage.idRule.text.en + "; to show brackets literally write \\[[",
            fixTH: LoadMessage.idRule.text.th + " หากต้องการแสดงวงเล็บตามตัวอักษรให้เขียน \\[[")
        case .dataLink: MessageText(
            en: "a link to a data: address is not published; the link text stays",
            th: "ลิงก์ไปยังที่อยู่ data: จะไม่ถูกเผยแพร่ เหลือไว้เพียงข้อความของลิงก์",
            fixEN: "link to a page or file on the web (https://…) instead",
            fixTH: "ลิงก์ไปยังหน้าเว็บหรือไฟล์บนเว็บ (https://…) แทน")
        case .externalImage: MessageText(
            en: "an image from another website is shown as a link to it: the portal's pages load nothing from other "
                + "hosts",
            th: "รูปภาพจากเว็บไซต์อื่นจะแสดงเป็นลิงก์ไปยังรูปนั้น หน้าเว็บของพอร์ทัลไม่โหลดสิ่งใดจากเว็บไซต์อื่น",
            fixEN: "this is expected; to silence it, write it as a link: [description](https://…)",
            fixTH: "เป็นไปตามที่ออกแบบ หากไม่ต้องการคำเตือนนี้ ให้เขียนเป็นลิงก์: [คำอธิบาย](https://…)")
        case .imageRemoved: MessageText(
            en: "an image with a data: or non-web address is not published; its description stays",
            th: "รูปภาพที่มีที่อยู่ data: หรือที่อยู่ที่ไม่ใช่เว็บจะไม่ถูกเผยแพร่ เหลือไว้เพียงคำอธิบายรูป",
            fixEN: "link to the image on the web instead: [description](https://…)",
            fixTH: "ลิงก์ไปยังรูปภาพบนเว็บแทน: [คำอธิบาย](https://…)")
        case .unresolvedReference: MessageText(
            en: "'[[' here is not a reference: the page would show the brackets as written",
            th: "'[[' ตรงนี้ไม่ใช่การอ้างอิง หน้าเว็บจะแสดงวงเล็บตามที่พิมพ์ไว้",
            fixEN: "write a reference on one line with only the id between the brackets: [[issue-id]], "
                + "[[meeting:id]] or [[report:id]]; to show the brackets as written, put a backslash before them: \\[[",
            fixTH: "เขียนการอ้างอิงในบรรทัดเดียว โดยมีเพียงรหัสอยู่ในวงเล็บ: [[รหัสเรื่อง]], [[meeting:รหัส]] หรือ "
                + "[[report:รหัส]] หากต้องการแสดงวงเล็บตามที่พิมพ์ ให้ใส่เครื่องหมาย \\ หน้าวงเล็บ: \\[[")
        case .rawHTML: Self.html(
            en: "the HTML tag {tag} is not published: pages leave out HTML written in the text (the text around it "
                + "stays)",
            th: "แท็ก HTML {tag} จะไม่ถูกเผยแพร่ เพราะหน้าเว็บตัด HTML ที่เขียนในเนื้อหาออก (ข้อความรอบ ๆ ยังแสดงอยู่)")
        case .rawHTMLBlock: Self.html(
            en: "this HTML block, which starts with {tag}, is not published, nor is any text in it up to line {last}: "
                + "pages leave out HTML written in the text",
            th: "บล็อก HTML นี้ซึ่งขึ้นต้นด้วย {tag} จะไม่ถูกเผยแพร่ รวมทั้งข้อความทั้งหมดในบล็อกจนถึงบรรทัดที่ {last} "
                + "เพราะหน้าเว็บตัด HTML ที่เขียนในเนื้อหาออก")
        }
    }

    /// HTML left out of the page, with what to write instead by the tag (`RawHTML.describe`).
    private static func html(en: String, th: String) -> MessageText {
        MessageText(
            en: en, th: th,
            fixEN: "write it in Markdown, without HTML: a blank line starts a paragraph, **bold**, ## heading, - list",
            fixTH: "เขียนด้วย Markdown โดยไม่ใช้ HTML: เว้นบรรทัดว่างเพื่อขึ้นย่อหน้าใหม่ **ตัวหนา** ## หัวข้อ "
                + "- รายการ",
            alternatives: [
                "break": Bilingual(
                    en: "to start a new line, end the line with a backslash \\; a blank line starts a new paragraph",
                    th: "หากต้องการขึ้นบรรทัดใหม่ ให้ลงท้ายบรรทัดด้วยเครื่องหมาย \\ "
                        + "และเว้นบรรทัดว่างเพื่อขึ้นย่อหน้าใหม่"),
                "emphasis": Bilingual(
                    en: "write **bold** or *italic* instead (Markdown has no underline)",
                    th: "เขียน **ตัวหนา** หรือ *ตัวเอียง* แทน (Markdown ไม่มีการขีดเส้นใต้)"),
                "layout": Bilingual(
                    en: "write the text without the tag: pages do not centre, align or colour text; for a signature "
                        + "block, end each line with a backslash \\ or leave a blank line between them",
                    th: "เขียนข้อความโดยไม่ใส่แท็ก หน้าเว็บไม่จัดกึ่งกลาง ไม่จัดชิดขวา และไม่เปลี่ยนสีข้อความ "
                        + "สำหรับส่วนลงนาม ให้ลงท้ายแต่ละบรรทัดด้วยเครื่องหมาย \\ หรือเว้นบรรทัดว่างระหว่างบรรทัด"),
                "link": Bilingual(en: "write a link as [text](https://…)", th: "เขียนลิงก์เป็น [ข้อความ](https://…)"),
                "image": Bilingual(
                    en: "write an image as ![description](/assets/…) or link to it: [description](https://…)",
                    th: "ใส่รูปภาพด้วย ![คำอธิบาย](/assets/…) หรือลิงก์ไปยังรูป: [คำอธิบาย](https://…)"),
                "table": Bilingual(
                    en: "write a table with | between the cells and a line |---|---| under the first row",
                    th: "เขียนตารางโดยคั่นช่องด้วย | และใส่บรรทัด |---|---| ใต้แถวแรก"),
                "heading": Bilingual(
                    en: "write a heading as a line that starts with ## (### below it)",
                    th: "เขียนหัวข้อเป็นบรรทัดที่ขึ้นต้นด้วย ## (หัวข้อย่อยใช้ ###)"),
                "list": Bilingual(
                    en: "write each list item on its own line, starting with - or 1.",
                    th: "เขียนรายการแต่ละข้อในบรรทัดของตัวเอง ขึ้นต้นด้วย - หรือ 1."),
                "active": Bilingual(
                    en: "remove it: pages run no script and embed nothing written in the text; link to the page "
                        + "instead: [text](https://…)",
                    th: "ลบออก หน้าเว็บไม่เรียกใช้สคริปต์และไม่ฝังสิ่งใดที่เขียนในเนื้อหา ให้ใส่ลิงก์ไปยังหน้านั้นแทน: "
                        + "[ข้อความ](https://…)"),
            ])
    }

    /// Too many of one character in a block (a run of non-blank lines).
    private static func perBlock(en what: String, th whatTH: String) -> MessageText {
        MessageText(
            en: "this paragraph, list or table has more than {limit} \(what) without a blank line",
            th: "ย่อหน้า รายการ หรือตารางนี้มี \(whatTH) เกิน {limit} ตัวโดยไม่มีบรรทัดว่างคั่น",
            fixEN: "put a blank line between list items or paragraphs, or split the long table or list into several",
            fixTH: "เว้นบรรทัดว่างระหว่างรายการหรือย่อหน้า หรือแบ่งตารางหรือรายการที่ยาวออกเป็นหลายส่วน")
    }
}
