/// Messages of the load stage about YAML (`site.yaml`, `district.yaml`, `committee.yaml`,
/// front matter, a theme's translations): its syntax, its bounds, and the type of each field.
package enum YAMLMessage: String, MessageCatalogue {
    case tooDeep = "E-YAML-TOO-DEEP"
    case unclosedQuote = "E-YAML-UNCLOSED-QUOTE"
    case syntax = "E-YAML-SYNTAX"
    case unreadable = "E-YAML-UNREADABLE"
    case aliasExpansion = "E-YAML-ALIAS-EXPANSION"
    case tooManyValues = "E-YAML-TOO-MANY-VALUES"
    case controlCharacter = "E-YAML-CONTROL-CHARACTER"
    case notAMapping = "E-YAML-NOT-A-MAPPING"
    case frontMatter = "T-YAML-FRONT-MATTER"
    case aChannel = "T-YAML-A-CHANNEL"
    case aMember = "T-YAML-A-MEMBER"
    case anUpdate = "T-YAML-AN-UPDATE"
    case fieldNameNotText = "E-YAML-FIELD-NAME-NOT-TEXT"
    case duplicateField = "E-YAML-DUPLICATE-FIELD"
    case missingField = "E-YAML-MISSING-FIELD"
    case emptyField = "E-YAML-EMPTY-FIELD"
    case notText = "E-YAML-NOT-TEXT"
    case notANumber = "E-YAML-NOT-A-NUMBER"
    case outOfRange = "E-YAML-OUT-OF-RANGE"
    case notTrueOrFalse = "E-YAML-NOT-TRUE-OR-FALSE"
    case unknownValue = "E-YAML-UNKNOWN-VALUE"
    case linkNotAllowed = "E-YAML-LINK-NOT-ALLOWED"
    case noThaiText = "E-YAML-NO-THAI-TEXT"
    case notLocalizedText = "E-YAML-NOT-LOCALIZED-TEXT"
    case referenceNotAnID = "E-YAML-REFERENCE-NOT-AN-ID"
    case invalidID = "E-YAML-INVALID-ID"
    case thaiOnlyField = "E-YAML-THAI-ONLY-FIELD"
    case unknownField = "E-YAML-UNKNOWN-FIELD"
    case dateFormat = "E-YAML-DATE-FORMAT"
    case noSuchDate = "E-YAML-NO-SUCH-DATE"
    case monthFormat = "E-YAML-MONTH-FORMAT"
    case noSuchMonth = "E-YAML-NO-SUCH-MONTH"
    case timeFormat = "E-YAML-TIME-FORMAT"
    case twoDigitYear = "E-YAML-DATE-TWO-DIGIT-YEAR"
    case dayMonthOrder = "E-YAML-DATE-DAY-MONTH-ORDER"
    case wrongEra = "E-YAML-DATE-ERA"
    case needsDay = "E-YAML-DATE-NEEDS-DAY"
    case monthNotDate = "E-YAML-MONTH-NOT-DATE"
    case monthName = "E-YAML-DATE-MONTH-NAME"
    case buddhistEra = "T-YAML-ERA-BUDDHIST"
    case christianEra = "T-YAML-ERA-CHRISTIAN"
    case spelledDay = "T-YAML-SPELLED-DAY"
    case commentCut = "W-YAML-COMMENT-CUT"

    package static let stage = "Load: YAML and fields / การอ่านเนื้อหา: YAML และข้อมูล"

    package var text: MessageText {
        switch self {
        case .tooDeep: MessageText(
            en: "the YAML is nested more than {limit} levels deep", th: "YAML ซ้อนกันลึกเกิน {limit} ชั้น",
            fixEN: "front matter fields need at most a few levels; remove the extra brackets or indentation",
            fixTH: "ข้อมูลส่วนหัวต้องการการซ้อนเพียงไม่กี่ชั้น ลบวงเล็บหรือการย่อหน้าที่เกินออก")
        case .unclosedQuote: MessageText(
            en: "a quotation mark opened here is never closed", th: "เครื่องหมายคำพูดที่เปิดตรงนี้ไม่มีการปิด",
            fixEN: "close the quotation mark at the end of the value, or remove it",
            fixTH: "ใส่เครื่องหมายคำพูดปิดท้ายค่า หรือลบเครื่องหมายคำพูดออก")
        case .syntax: MessageText(
            en: "the YAML is not valid: {problem}", th: "รูปแบบ YAML ไม่ถูกต้อง: {problem}",
            fixEN: "check the indentation and quoting on this line and the one above",
            fixTH: "ตรวจสอบการย่อหน้าและเครื่องหมายคำพูดในบรรทัดนี้และบรรทัดก่อนหน้า",
            // By what libyaml says (`YAMLHints.hint`).
            alternatives: [
                "tab": Bilingual(
                    en: "indent with spaces, not tabs, and quote values that start with @ or `",
                    th: "ย่อหน้าด้วยเว้นวรรค ห้ามใช้แท็บ และใส่เครื่องหมายคำพูดครอบค่าที่ขึ้นต้นด้วย @ หรือ `"),
                "quote": Bilingual(
                    en: "close the quotation mark opened on this line", th: "ปิดเครื่องหมายคำพูดที่เปิดไว้ในบรรทัดนี้"),
                "colon": Bilingual(
                    en: "a value containing ': ' must be put in quotes, e.g. title: \"Agenda: roads\"",
                    th: "ค่าที่มี ': ' ต้องใส่เครื่องหมายคำพูดครอบ เช่น title: \"วาระ: ถนน\""),
            ])
        case .unreadable: MessageText(en: "the YAML is not valid: {problem}", th: "รูปแบบ YAML ไม่ถูกต้อง: {problem}",
            fixEN: "compare this file with an example in docs/content-guide.md, line by line",
            fixTH: "เทียบไฟล์นี้กับตัวอย่างใน docs/content-guide.md ทีละบรรทัด")
        case .aliasExpansion: MessageText(
            en: "aliases '*' repeat more than {kib} KiB of text in this file",
            th: "alias '*' ทำให้ข้อความซ้ำเกิน {kib} KiB ในไฟล์นี้",
            fixEN: "write the values out instead of using anchors '&' and aliases '*'",
            fixTH: "เขียนค่าแต่ละค่าเองแทนการใช้ anchor '&' และ alias '*'")
        case .tooManyValues: MessageText(
            en: "the YAML expands to more than {limit} values (anchors '&' and aliases '*' repeat them)",
            th: "YAML ขยายเป็นค่ามากกว่า {limit} ค่า (anchor '&' และ alias '*' ทำให้ค่าซ้ำ)",
            fixEN: "write the values out instead of using aliases", fixTH: "เขียนค่าแต่ละค่าเองแทนการใช้ alias")
        case .controlCharacter: MessageText(
            en: "this text contains an invisible control character ({name})",
            th: "ข้อความนี้มีอักขระควบคุมที่มองไม่เห็น ({name})",
            fixEN: "remove the escape sequence that writes it", fixTH: "ลบลำดับหลีก (escape) ที่เขียนอักขระนี้ออก")
        case .notAMapping: MessageText(
            en: "{what} must be a list of 'key: value' fields", th: "{what} ต้องเป็นรายการข้อมูลแบบ 'ชื่อ: ค่า'",
            fixEN: "write one 'key: value' per line, each key at the same indentation",
            fixTH: "เขียน 'ชื่อ: ค่า' บรรทัดละหนึ่งข้อมูล โดยย่อหน้าชื่อทุกบรรทัดให้ตรงกัน")
        case .frontMatter: MessageText(en: "the front matter", th: "ส่วนหัว")
        case .aChannel: MessageText(en: "a channel", th: "ช่องทาง")
        case .aMember: MessageText(en: "a member", th: "กรรมการ")
        case .anUpdate: MessageText(en: "an update", th: "ความคืบหน้าของเรื่อง")
        case .fieldNameNotText: MessageText(
            en: "a field name must be plain text", th: "ชื่อข้อมูลต้องเป็นข้อความธรรมดา",
            fixEN: "write the field's name as in docs/content-guide.md, e.g. 'title:'",
            fixTH: "เขียนชื่อข้อมูลตาม docs/content-guide.md เช่น 'title:'")
        case .duplicateField: MessageText(
            en: "the field '{key}' is written twice (first on line {line})",
            th: "ข้อมูล '{key}' ถูกเขียนซ้ำ (ครั้งแรกที่บรรทัด {line})",
            fixEN: "keep one '{key}' line and delete the other",
            fixTH: "เก็บบรรทัด '{key}' ไว้บรรทัดเดียว แล้วลบอีกบรรทัด")
        case .missingField: MessageText(
            en: "the required field '{key}' is missing ({what})", th: "ไม่มีข้อมูล '{key}' ซึ่งต้องระบุ ({what})",
            fixEN: "add a line '{key}: …'", fixTH: "เพิ่มบรรทัด '{key}: …'",
            alternatives: ["values": Bilingual(en: "add a line '{key}: …' with one of: {allowed}",
                                               th: "เพิ่มบรรทัด '{key}: …' โดยใช้ค่าใดค่าหนึ่ง: {allowed}")])
        case .emptyField: MessageText(
            en: "the required field '{key}' is empty ({what})", th: "ยังไม่ได้กรอก '{key}' ซึ่งต้องระบุ ({what})",
            fixEN: "write its value after '{key}:' on the same line", fixTH: "เขียนค่าต่อจาก '{key}:' ในบรรทัดเดียวกัน",
            alternatives: ["values": Bilingual(en: "write one of these after '{key}:' on the same line: {allowed}",
                                               th: "เขียนค่าใดค่าหนึ่งต่อจาก '{key}:' ในบรรทัดเดียวกัน: {allowed}")])
        case .notText: MessageText(en: "'{key}' must be a single text value", th: "'{key}' ต้องเป็นข้อความเดียว",
            fixEN: "write the text on the same line after '{key}:', not as a list or fields",
            fixTH: "เขียนข้อความในบรรทัดเดียวกันต่อจาก '{key}:' ไม่ใช่รายการหรือข้อมูลย่อย")
        case .notANumber: MessageText(en: "'{key}' must be a whole number", th: "'{key}' ต้องเป็นจำนวนเต็ม",
            fixEN: "write digits only, e.g. '{key}: 40' (no %, no decimals)",
            fixTH: "เขียนเฉพาะตัวเลข เช่น '{key}: 40' (ไม่มี % และไม่มีทศนิยม)")
        case .outOfRange: MessageText(
            en: "'{key}' is {number}, but must be between {lowest} and {highest}",
            th: "'{key}' มีค่า {number} แต่ต้องอยู่ระหว่าง {lowest} ถึง {highest}",
            fixEN: "write a number from {lowest} to {highest}", fixTH: "เขียนตัวเลขตั้งแต่ {lowest} ถึง {highest}")
        case .notTrueOrFalse: MessageText(en: "'{key}' must be true or false", th: "'{key}' ต้องเป็น true หรือ false",
            fixEN: "write '{key}: true' or '{key}: false', or delete the line",
            fixTH: "เขียน '{key}: true' หรือ '{key}: false' หรือลบบรรทัดนี้")
        case .unknownValue: MessageText(
            en: "'{value}' is not a valid {key}", th: "'{value}' ไม่ใช่ค่า {key} ที่ใช้ได้",
            fixEN: "use one of: {allowed}", fixTH: "ใช้ค่าใดค่าหนึ่ง: {allowed}",
            alternatives: [
                "suggestion": Bilingual(en: "use one of: {allowed} — did you mean '{suggestion}'?",
                                        th: "ใช้ค่าใดค่าหนึ่ง: {allowed} — หรือหมายถึง '{suggestion}'"),
                // A Thai value that is not a label (`ThaiLabels`): the keyword it likely means, or
                // every keyword with its label.
                "label": Bilingual(en: "write {key}: {suggestion} (shown as '{label}' on the pages)",
                                   th: "เขียน {key}: {suggestion} (หน้าเว็บจะแสดงว่า '{label}')"),
                "labels": Bilingual(en: "write one of these values (in brackets, the words the pages show): {labelled}",
                                    th: "เขียนค่าใดค่าหนึ่งต่อไปนี้ (ในวงเล็บคือคำที่แสดงบนหน้าเว็บ): {labelled}"),
            ])
        case .linkNotAllowed: MessageText(
            en: "'{key}' is not an allowed link: {link}", th: "'{key}' ไม่ใช่ลิงก์ที่อนุญาต: {link}",
            fixEN: "write a full address starting with https://, http://, mailto: or tel:",
            fixTH: "เขียนที่อยู่เต็มที่ขึ้นต้นด้วย https://, http://, mailto: หรือ tel:")
        case .noThaiText: MessageText(
            en: "'{key}' needs a Thai text under 'th'", th: "'{key}' ต้องมีข้อความภาษาไทยใน 'th'",
            fixEN: "add 'th: …' under '{key}'", fixTH: "เพิ่ม 'th: …' ใต้ '{key}'")
        case .notLocalizedText: MessageText(
            en: "'{key}' must be a text, or a 'th:'/'en:' pair", th: "'{key}' ต้องเป็นข้อความ หรือคู่ 'th:'/'en:'",
            fixEN: "write '{key}: text', or '{key}: {th: ไทย, en: English}'",
            fixTH: "เขียน '{key}: ข้อความ' หรือ '{key}: {th: ไทย, en: English}'")
        case .referenceNotAnID: MessageText(
            en: "each entry of '{key}' must be an id", th: "แต่ละรายการใน '{key}' ต้องเป็นรหัส",
            fixEN: "list file names without .md, e.g. '{key}: [damaged-road, flood]'",
            fixTH: "ใส่ชื่อไฟล์โดยไม่มี .md เช่น '{key}: [damaged-road, flood]'")
        case .invalidID: MessageText(
            en: "'{id}' is not a valid id", th: "'{id}' ไม่ใช่รหัสที่ใช้ได้",
            fixEN: LoadMessage.idRule.text.en, fixTH: LoadMessage.idRule.text.th)
        case .thaiOnlyField: MessageText(
            en: "'{key}' is not translated: write it only in the Thai file",
            th: "'{key}' ไม่ต้องแปล: เขียนไว้ในไฟล์ภาษาไทยเท่านั้น",
            fixEN: "delete this line from the English file; the English page takes it from the Thai file",
            fixTH: "ลบบรรทัดนี้ออกจากไฟล์ภาษาอังกฤษ หน้าภาษาอังกฤษจะใช้ค่าจากไฟล์ภาษาไทย")
        case .unknownField: MessageText(
            en: "unknown field '{key}'", th: "ไม่รู้จักข้อมูล '{key}'",
            fixEN: "remove it, or see docs/content-guide.md for the fields of this file",
            fixTH: "ลบออก หรือดูรายการข้อมูลที่ใช้ได้ใน docs/content-guide.md",
            alternatives: ["suggestion": Bilingual(en: "did you mean '{suggestion}'?",
                                                   th: "หมายถึง '{suggestion}' หรือไม่")])
        case .dateFormat: MessageText(
            en: "'{key}' must be a date written YYYY-MM-DD, not '{text}'",
            th: "'{key}' ต้องเป็นวันที่แบบ ปปปป-ดด-วว ไม่ใช่ '{text}'",
            fixEN: "e.g. {key}: 2023-02-20 (or with a Buddhist-era year: 2566-02-20, 20/02/2566 or 20 ก.พ. 2566)",
            fixTH: "เช่น {key}: 2023-02-20 (หรือปี พ.ศ.: 2566-02-20, 20/02/2566 หรือ 20 ก.พ. 2566)")
        case .noSuchDate: MessageText(
            en: "'{key}' is {text}, a date that does not exist",
            th: "'{key}' คือ {text} ซึ่งเป็นวันที่ที่ไม่มีอยู่จริง",
            fixEN: "check the day and the month", fixTH: "ตรวจสอบวันและเดือนอีกครั้ง")
        case .monthFormat: MessageText(
            en: "'{key}' must be a month written YYYY-MM, not '{text}'",
            th: "'{key}' ต้องเป็นเดือนแบบ ปปปป-ดด ไม่ใช่ '{text}'",
            fixEN: "e.g. {key}: 2023-01 (or with a Buddhist-era year: 2566-01 or ม.ค. 2566)",
            fixTH: "เช่น {key}: 2023-01 (หรือปี พ.ศ.: 2566-01 หรือ ม.ค. 2566)")
        case .noSuchMonth: MessageText(
            en: "'{key}' is {text}, a month that does not exist",
            th: "'{key}' คือ {text} ซึ่งเป็นเดือนที่ไม่มีอยู่จริง",
            fixEN: "the month must be 01 to 12", fixTH: "เดือนต้องอยู่ระหว่าง 01 ถึง 12")
        case .timeFormat: MessageText(
            en: "'{key}' must be a time written HH:MM, not '{text}'",
            th: "'{key}' ต้องเป็นเวลาแบบ ชช:นน ไม่ใช่ '{text}'",
            fixEN: "e.g. {key}: \"13:30\"", fixTH: "เช่น {key}: \"13:30\"")
        // Dates staff write in other forms (`DateParsing`): each refused one with the exact value to write.
        case .twoDigitYear: MessageText(
            en: "'{key}' is '{text}': the two-digit year {yy} can be the Buddhist-era year 25{yy} or the year 20{yy}",
            th: "'{key}' คือ '{text}': ปีสองหลัก {yy} อาจเป็น พ.ศ. 25{yy} หรือ ค.ศ. 20{yy} ก็ได้",
            fixEN: "write the year in full: {key}: {buddhist} for พ.ศ. 25{yy}, or {key}: {christian} for 20{yy}",
            fixTH: "เขียนปีให้ครบสี่หลัก: {key}: {buddhist} ถ้าเป็น พ.ศ. 25{yy} "
                + "หรือ {key}: {christian} ถ้าเป็น ค.ศ. 20{yy}",
            alternatives: ["one": Bilingual(en: "write the year in full: {key}: {iso}",
                                            th: "เขียนปีให้ครบสี่หลัก: {key}: {iso}")])
        case .dayMonthOrder: MessageText(
            en: "'{key}' is '{text}': day/month/year is read only with a Buddhist-era year, as in 31/01/2566",
            th: "'{key}' คือ '{text}': รูปแบบ วัน/เดือน/ปี ใช้ได้เฉพาะกับปี พ.ศ. เช่น 31/01/2566",
            fixEN: "write {key}: {iso}", fixTH: "เขียน {key}: {iso}",
            alternatives: ["either": Bilingual(
                en: "write {key}: {iso} if it is {dayFirst}, or {key}: {other} if it is {monthFirst}",
                th: "เขียน {key}: {iso} ถ้าหมายถึง {dayFirst} หรือ {key}: {other} ถ้าหมายถึง {monthFirst}")])
        case .wrongEra: MessageText(
            en: "'{key}' is '{text}', but {year} is not a {era} year",
            th: "'{key}' คือ '{text}' แต่ {year} ไม่ใช่ปี {era}",
            fixEN: "write {key}: {iso}", fixTH: "เขียน {key}: {iso}")
        case .needsDay: MessageText(
            en: "'{key}' is '{text}', a month without the day",
            th: "'{key}' คือ '{text}' ซึ่งมีเดือนแต่ไม่มีวันที่",
            fixEN: "write the day too: {key}: {month}-DD, with DD from 01 to {last}",
            fixTH: "ใส่วันที่ด้วย: {key}: {month}-วว โดย วว คือ 01 ถึง {last}",
            alternatives: ["form": Bilingual(en: "write the day too: {key}: YYYY-MM-DD",
                                             th: "ใส่วันที่ด้วย: {key}: ปปปป-ดด-วว")])
        case .monthNotDate: MessageText(
            en: "'{key}' is a month, but '{text}' is a day", th: "'{key}' เป็นเดือน แต่ '{text}' เป็นวันที่",
            fixEN: "write {key}: {month}", fixTH: "เขียน {key}: {month}")
        case .monthName: MessageText(
            en: "'{word}' in '{text}' is not the name of a month", th: "'{word}' ใน '{text}' ไม่ใช่ชื่อเดือน",
            fixEN: "write the month's name (มกราคม … ธันวาคม) or its abbreviation (ม.ค. … ธ.ค.)",
            fixTH: "เขียนชื่อเดือน (มกราคม … ธันวาคม) หรือชื่อย่อ (ม.ค. … ธ.ค.)",
            alternatives: ["suggestion": Bilingual(en: "did you mean {name}? then write {key}: {iso}",
                                                   th: "หมายถึง {name} หรือไม่ ถ้าใช่ ให้เขียน {key}: {iso}")])
        case .buddhistEra: MessageText(en: "Buddhist-era (พ.ศ.)", th: "พ.ศ.")
        case .christianEra: MessageText(en: "Christian-era (ค.ศ.)", th: "ค.ศ.")
        case .spelledDay: MessageText(en: "{day} {month} {year}", th: "{day} {month} ค.ศ. {year}")
        case .commentCut: MessageText(
            en: "YAML reads ' #' and the rest of the line as a comment, so only '{value}' is published",
            th: "YAML อ่าน ' #' และข้อความที่เหลือในบรรทัดเป็นหมายเหตุ จึงเผยแพร่เพียง '{value}'",
            fixEN: "if it is part of the value, put the whole value in quotes: \"{value} {comment}\"; if it is a note, "
                + "move it to a line of its own",
            fixTH: "ถ้าเป็นส่วนหนึ่งของค่า ให้ใส่เครื่องหมายคำพูดครอบทั้งค่า: \"{value} {comment}\" "
                + "ถ้าเป็นหมายเหตุ ให้ย้ายไปไว้บรรทัดของตัวเอง",
            alternatives: ["single": Bilingual(
                en: "if it is part of the value, put the whole value in single quotes: '{value} {comment}'; if it is "
                    + "a note, move it to a line of its own",
                th: "ถ้าเป็นส่วนหนึ่งของค่า ให้ใส่เครื่องหมายคำพูดเดี่ยวครอบทั้งค่า: '{value} {comment}' "
                    + "ถ้าเป็นหมายเหตุ ให้ย้ายไปไว้บรรทัดของตัวเอง")])
        }
    }
}
