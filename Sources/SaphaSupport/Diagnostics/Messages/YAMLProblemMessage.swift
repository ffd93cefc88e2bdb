/// What libyaml's problems mean, for staff: each fills `{problem}` of `E-YAML-SYNTAX` in Thai and
/// in plain English, with its own fix, instead of the parser's English (`YAMLProblems` in the
/// load stage says which of libyaml's texts is which). `{character}` is the character where the
/// problem is, `{quoted}` the value quoted as it should be written, `{key}` a field's name.
package enum YAMLProblemMessage: String, MessageCatalogue {
    case colon = "T-YAML-PROBLEM-COLON"
    case noSpaceAfterColon = "T-YAML-PROBLEM-NO-SPACE-AFTER-COLON"
    case noColon = "T-YAML-PROBLEM-NO-COLON"
    case notLinedUp = "T-YAML-PROBLEM-NOT-LINED-UP"
    case listHere = "T-YAML-PROBLEM-LIST-HERE"
    case listItemNotLinedUp = "T-YAML-PROBLEM-LIST-ITEM-NOT-LINED-UP"
    case dashWithoutSpace = "T-YAML-PROBLEM-DASH-WITHOUT-SPACE"
    case textAfterQuote = "T-YAML-PROBLEM-TEXT-AFTER-QUOTE"
    case unclosedQuote = "T-YAML-PROBLEM-UNCLOSED-QUOTE"
    case unclosedBracket = "T-YAML-PROBLEM-UNCLOSED-BRACKET"
    case bracketSeparator = "T-YAML-PROBLEM-BRACKET-SEPARATOR"
    case extraBracket = "T-YAML-PROBLEM-EXTRA-BRACKET"
    case missingValue = "T-YAML-PROBLEM-MISSING-VALUE"
    case reservedStart = "T-YAML-PROBLEM-RESERVED-START"
    case tab = "T-YAML-PROBLEM-TAB"
    case alias = "T-YAML-PROBLEM-ALIAS"
    case tag = "T-YAML-PROBLEM-TAG"
    case blockText = "T-YAML-PROBLEM-BLOCK-TEXT"
    case escape = "T-YAML-PROBLEM-ESCAPE"
    case directive = "T-YAML-PROBLEM-DIRECTIVE"
    case secondDocument = "T-YAML-PROBLEM-SECOND-DOCUMENT"
    case encoding = "T-YAML-PROBLEM-ENCODING"
    case controlCharacter = "T-YAML-PROBLEM-CONTROL-CHARACTER"
    case tooLong = "T-YAML-PROBLEM-TOO-LONG"
    /// A problem this catalogue does not know: a Thai sentence, and libyaml's text in brackets.
    case unknown = "T-YAML-PROBLEM-UNKNOWN"

    package static let stage = "Load: what the YAML parser found / การอ่านเนื้อหา: ปัญหาที่ตัวอ่าน YAML พบ"

    package var text: MessageText {
        switch self {
        case .colon: MessageText(
            en: "a ':' followed by a space or by the end of the line starts a new field, and no field can start here",
            th: "':' ที่ตามด้วยเว้นวรรคหรืออยู่ท้ายบรรทัดเป็นการเริ่มข้อมูลใหม่ แต่ตรงนี้เริ่มข้อมูลใหม่ไม่ได้",
            fixEN: "if the ':' is part of the text, put the whole value in quotation marks: {quoted}; if a new field "
                + "starts here, put it on a line of its own, lined up with the other fields",
            fixTH: "ถ้า ':' เป็นส่วนหนึ่งของข้อความ ให้ใส่เครื่องหมายคำพูดครอบทั้งค่า: {quoted} "
                + "ถ้าเป็นข้อมูลใหม่ ให้ขึ้นบรรทัดใหม่และเยื้องให้ตรงกับข้อมูลอื่น")
        case .noSpaceAfterColon: MessageText(
            en: "there is no space after the ':' of '{key}', so '{key}' is not read as a field's name",
            th: "หลัง ':' ของ '{key}' ไม่มีเว้นวรรค จึงไม่ถูกอ่านเป็นชื่อข้อมูล",
            fixEN: "put a space after the ':': {key}: …", fixTH: "เว้นวรรคหนึ่งช่องหลัง ':' เป็น {key}: …")
        case .noColon: MessageText(
            en: "this line is neither a field ('name: value', with ':') nor a list item (starting with '- ')",
            th: "บรรทัดนี้ไม่ใช่ข้อมูลแบบ 'ชื่อ: ค่า' (ไม่มี ':') และไม่ใช่รายการที่ขึ้นต้นด้วย '- '",
            fixEN: "add ': ' after the field's name, or start a list item with '- '; if the line continues the "
                + "text of the line above, join the two lines",
            fixTH: "เติม ': ' หลังชื่อข้อมูล หรือขึ้นต้นรายการด้วย '- ' ถ้าเป็นข้อความต่อจากบรรทัดก่อน "
                + "ให้รวมเป็นบรรทัดเดียวกัน")
        case .notLinedUp: MessageText(
            en: "a field ('name: value') lined up with the fields above it was expected here",
            th: "ตรงนี้ควรเป็นข้อมูลแบบ 'ชื่อ: ค่า' ที่เยื้องตรงกับข้อมูลด้านบน",
            fixEN: "start this line with as many spaces as the other fields of its group",
            fixTH: "เว้นวรรคต้นบรรทัดนี้ให้เท่ากับข้อมูลอื่นในกลุ่มเดียวกัน")
        case .listHere: MessageText(
            en: "a list item ('- ') cannot start here", th: "รายการ ('- ') เริ่มตรงนี้ไม่ได้",
            fixEN: "a list goes under a field with nothing after its ':' ('agenda:' alone on its line, then "
                + "'  - item' lines, indented); delete a '-' left alone",
            fixTH: "รายการต้องอยู่ใต้ชื่อข้อมูลที่ไม่มีค่าหลัง ':' ('agenda:' อยู่บรรทัดเดียว แล้วตามด้วยบรรทัด "
                + "'  - ข้อ' ที่เยื้องเข้าไป) ลบ '-' ที่ไม่มีข้อความออก")
        case .listItemNotLinedUp: MessageText(
            en: "this line is lined up neither with the list's '- ' nor with the fields of the item above",
            th: "บรรทัดนี้เยื้องไม่ตรงกับ '- ' ของรายการ และไม่ตรงกับข้อมูลของรายการด้านบน",
            fixEN: "the fields of one item line up with its first field, after '- ' (e.g. 'note:' under 'issue:'); "
                + "a new item starts with '- ' under the other '- '",
            fixTH: "ข้อมูลในรายการเดียวกันต้องเยื้องตรงกับข้อมูลแรกหลัง '- ' (เช่น 'note:' ตรงกับ 'issue:') "
                + "ส่วนรายการใหม่ขึ้นต้นด้วย '- ' ตรงกับ '- ' อื่น")
        case .dashWithoutSpace: MessageText(
            en: "a list item starts with '-' and a space, and the space is missing",
            th: "รายการต้องขึ้นต้นด้วย '-' ตามด้วยเว้นวรรค แต่ตรงนี้ไม่มีเว้นวรรค",
            fixEN: "put a space after the '-': {quoted}", fixTH: "เว้นวรรคหนึ่งช่องหลัง '-': {quoted}")
        case .textAfterQuote: MessageText(
            en: "there is more text after the closing quotation mark",
            th: "มีข้อความต่อท้ายหลังเครื่องหมายคำพูดปิด",
            fixEN: "put the whole value inside one pair of quotation marks, of the other kind than those in the "
                + "text: {quoted}",
            fixTH: "ใส่ทั้งค่าไว้ในเครื่องหมายคำพูดคู่เดียว โดยใช้เครื่องหมายคนละแบบกับที่อยู่ในข้อความ: {quoted}")
        case .unclosedQuote: MessageText(
            en: "the quotation mark opened here is never closed", th: "เครื่องหมายคำพูดที่เปิดตรงนี้ไม่มีการปิด",
            fixEN: "close the quotation mark at the end of the value, or remove it",
            fixTH: "ใส่เครื่องหมายคำพูดปิดท้ายค่า หรือลบเครื่องหมายคำพูดออก")
        case .unclosedBracket: MessageText(
            en: "the '{character}' opened here is never closed with '{closing}'",
            th: "'{character}' ที่เปิดตรงนี้ไม่มี '{closing}' ปิด",
            fixEN: "end the value with '{closing}' on the same line, e.g. issues: [road, flood]",
            fixTH: "ใส่ '{closing}' ปิดท้ายค่าในบรรทัดเดียวกัน เช่น issues: [road, flood]")
        case .bracketSeparator: MessageText(
            en: "inside '{character} {closing}' the items are separated by ',', and there is none before this",
            th: "ใน '{character} {closing}' ต้องคั่นแต่ละรายการด้วย ',' แต่ก่อนตรงนี้ไม่มี",
            fixEN: "put ', ' between the items; put an item that contains ':', ',' or a quotation mark "
                + "in double quotes, e.g. [road, \"Soi 5: flood\"]",
            fixTH: "คั่นแต่ละรายการด้วย ', ' รายการที่มี ':' ',' หรือเครื่องหมายคำพูด "
                + "ให้ใส่เครื่องหมายคำพูดครอบ เช่น [road, \"ซอย 5: น้ำท่วม\"]")
        case .extraBracket: MessageText(
            en: "this '{character}' closes nothing", th: "'{character}' ตรงนี้ไม่มีวงเล็บเปิดคู่กัน",
            fixEN: "delete it, or, if it is part of the text, put the whole value in double quotes",
            fixTH: "ลบออก หรือถ้าเป็นส่วนหนึ่งของข้อความ ให้ใส่เครื่องหมายคำพูดครอบทั้งค่า")
        case .missingValue: MessageText(
            en: "a value is missing here", th: "ตรงนี้ไม่มีค่า",
            fixEN: "write the value, or delete the ',' or the line that has none",
            fixTH: "เขียนค่าให้ครบ หรือลบ ',' หรือบรรทัดที่ไม่มีค่าออก")
        case .reservedStart: MessageText(
            en: "a value that starts with '{character}' must be in quotation marks",
            th: "ค่าที่ขึ้นต้นด้วย '{character}' ต้องอยู่ในเครื่องหมายคำพูด",
            fixEN: "put the whole value in quotation marks: {quoted}",
            fixTH: "ใส่เครื่องหมายคำพูดครอบทั้งค่า: {quoted}")
        case .tab: MessageText(
            en: "there is a tab here; YAML indents with spaces only",
            th: "ตรงนี้มีแท็บ (ปุ่ม Tab) ซึ่ง YAML ไม่รับ ต้องเยื้องด้วยเว้นวรรคเท่านั้น",
            fixEN: "indent with spaces, not tabs: replace the tab with spaces (2 for each level), and set your "
                + "editor to type spaces for Tab",
            fixTH: "เยื้องด้วยเว้นวรรค ห้ามใช้แท็บ: ลบแท็บแล้วเว้นวรรคแทน (ชั้นละ 2 ช่อง) "
                + "และตั้งโปรแกรมแก้ไขให้กด Tab แล้วได้เว้นวรรค")
        case .alias: MessageText(
            en: "a value that starts with '{character}' is read as a YAML anchor or alias",
            th: "ค่าที่ขึ้นต้นด้วย '{character}' ถูกอ่านเป็น anchor หรือ alias ของ YAML",
            fixEN: "put the whole value in quotation marks: {quoted}",
            fixTH: "ใส่เครื่องหมายคำพูดครอบทั้งค่า: {quoted}")
        case .tag: MessageText(
            en: "a value that starts with '!' is read as a YAML tag",
            th: "ค่าที่ขึ้นต้นด้วย '!' ถูกอ่านเป็นแท็ก (tag) ของ YAML",
            fixEN: "put the whole value in quotation marks: {quoted}",
            fixTH: "ใส่เครื่องหมายคำพูดครอบทั้งค่า: {quoted}")
        case .blockText: MessageText(
            en: "a value that starts with '|' or '>' is a block of text written on the lines below, "
                + "so nothing else may follow it on this line",
            th: "ค่าที่ขึ้นต้นด้วย '|' หรือ '>' คือข้อความหลายบรรทัดที่เขียนในบรรทัดถัดไป "
                + "จึงเขียนอย่างอื่นต่อท้ายในบรรทัดนี้ไม่ได้",
            fixEN: "write the text on the lines below, indented, or put the whole value in quotation marks: {quoted}",
            fixTH: "เขียนข้อความในบรรทัดถัดไปโดยเยื้องเข้าไป หรือใส่เครื่องหมายคำพูดครอบทั้งค่า: {quoted}")
        case .escape: MessageText(
            en: "inside double quotes '\\' starts a special character, and this one is not known",
            th: "ในเครื่องหมายคำพูดคู่ '\\' ใช้เขียนอักขระพิเศษ และตรงนี้ไม่ใช่อักขระพิเศษที่รู้จัก",
            fixEN: "wrap the value in single quotes instead, where '\\' is plain text, or write '\\\\' "
                + "for each '\\'",
            fixTH: "ใช้เครื่องหมายคำพูดเดี่ยว ' ' ครอบค่าแทน ซึ่ง '\\' เป็นข้อความธรรมดา หรือเขียน '\\\\' "
                + "แทน '\\' แต่ละตัว")
        case .directive: MessageText(
            en: "a line that starts with '%' is a YAML directive, which content files do not use",
            th: "บรรทัดที่ขึ้นต้นด้วย '%' เป็นคำสั่งพิเศษของ YAML ซึ่งไฟล์เนื้อหาไม่ใช้",
            fixEN: "delete the line, or put the value in double quotes if the '%' is part of the text",
            fixTH: "ลบบรรทัดนี้ หรือถ้า '%' เป็นส่วนหนึ่งของข้อความ ให้ใส่เครื่องหมายคำพูดครอบค่า")
        case .secondDocument: MessageText(
            en: "a '---' or '...' line ends the YAML here, but more follows",
            th: "บรรทัด '---' หรือ '...' ตรงนี้เป็นการจบส่วน YAML แต่ยังมีข้อมูลต่อ",
            fixEN: "delete the extra line: a .yaml file needs none, and front matter has one '---' at its top "
                + "and one at its end",
            fixTH: "ลบบรรทัดที่เกินออก ไฟล์ .yaml ไม่ต้องมีบรรทัดนี้ ส่วนหัวของไฟล์ .md มี '---' "
                + "ที่บรรทัดแรกและบรรทัดปิดเท่านั้น")
        case .encoding: MessageText(
            en: "the file is not saved as UTF-8", th: "ไฟล์นี้ไม่ได้บันทึกเป็น UTF-8",
            fixEN: "save it again as UTF-8 (in your editor: Save As, Encoding: UTF-8)",
            fixTH: "บันทึกไฟล์ใหม่เป็น UTF-8 (ในโปรแกรมแก้ไข: บันทึกเป็น แล้วเลือก Encoding: UTF-8)")
        case .controlCharacter: MessageText(
            en: "the text contains an invisible control character",
            th: "ข้อความมีอักขระควบคุมที่มองไม่เห็น",
            fixEN: "type the text around here again (such characters come with text copied from a PDF or Word)",
            fixTH: "พิมพ์ข้อความบริเวณนี้ใหม่ (อักขระเช่นนี้มักติดมากับข้อความที่คัดลอกจาก PDF หรือ Word)")
        case .tooLong: MessageText(
            en: "the file is too large to read", th: "ไฟล์ใหญ่เกินกว่าจะอ่านได้",
            fixEN: "split it into smaller files", fixTH: "แบ่งเป็นไฟล์ที่เล็กลง")
        case .unknown: MessageText(
            en: "the YAML parser cannot read this ({original})",
            th: "ตัวอ่าน YAML อ่านข้อมูลตรงนี้ไม่ได้ ({original})")
        }
    }
}
