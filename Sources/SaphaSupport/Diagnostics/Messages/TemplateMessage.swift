/// Messages of the template compiler: what is wrong in one template of the theme, given inside
/// `E-THEME-TEMPLATE-SYNTAX` ("template syntax error: …"). Mustache examples are written as
/// they are; a tag built from the template's own names is one value (`{closingTag}` is
/// e.g. `{{/items}}`), since a placeholder inside `{{…}}` could not be told from the tag.
package enum TemplateMessage: String, MessageCatalogue {
    case unclosedTag = "E-TEMPLATE-UNCLOSED-TAG"
    case unknownFunction = "E-TEMPLATE-UNKNOWN-FUNCTION"
    case functionWithoutName = "E-TEMPLATE-FUNCTION-WITHOUT-NAME"
    case dynamicPartial = "E-TEMPLATE-DYNAMIC-PARTIAL"
    case tooDeep = "E-TEMPLATE-TOO-DEEP"
    case closedNeverOpened = "E-TEMPLATE-CLOSED-NEVER-OPENED"
    case closedUnderAnotherName = "E-TEMPLATE-CLOSED-UNDER-ANOTHER-NAME"
    case unclosedComment = "E-TEMPLATE-UNCLOSED-COMMENT"
    case onlyBlocksInParent = "E-TEMPLATE-ONLY-BLOCKS-IN-PARENT"
    case blockFunction = "E-TEMPLATE-BLOCK-FUNCTION"
    case badDelimiters = "E-TEMPLATE-BAD-DELIMITERS"
    case pragma = "E-TEMPLATE-PRAGMA"
    case unclosedSection = "E-TEMPLATE-UNCLOSED-SECTION"

    package static let stage = "Templates / เทมเพลต"

    package var text: MessageText {
        switch self {
        case .unclosedTag: MessageText(
            en: "a tag is not closed with {close}, or its name has a character names cannot have",
            th: "แท็กไม่ได้ปิดด้วย {close} หรือชื่อมีอักขระที่ใช้ในชื่อไม่ได้",
            fixEN: "names use letters, digits and . - _ ? only, e.g. {{page.title}}",
            fixTH: "ชื่อใช้ได้เฉพาะตัวอักษรอังกฤษ ตัวเลข และ . - _ ? เช่น {{page.title}}")
        case .unknownFunction: MessageText(
            en: "unknown function {function}(…)", th: "ไม่รู้จักฟังก์ชัน {function}(…)",
            fixEN: "Sapha's templates know empty(list) and count(list)",
            fixTH: "เทมเพลตของ Sapha รู้จักเฉพาะ empty(list) และ count(list)")
        case .functionWithoutName: MessageText(
            en: "{function}() needs a name inside the brackets", th: "{function}() ต้องมีชื่ออยู่ในวงเล็บ",
            fixEN: "write e.g. {{^empty(items)}}", fixTH: "เขียน เช่น {{^empty(items)}}")
        case .dynamicPartial: MessageText(
            en: "dynamic partials ({{> *name}}) are not supported", th: "ไม่รองรับ partial แบบไดนามิก ({{> *name}})",
            fixEN: "name the template, e.g. {{> issue-item}}", fixTH: "ระบุชื่อเทมเพลต เช่น {{> issue-item}}")
        case .tooDeep: MessageText(
            en: "sections, blocks and parents are nested more than {limit} levels deep here",
            th: "section, block และ parent ซ้อนกันลึกเกิน {limit} ชั้นตรงนี้",
            fixEN: "close the sections you no longer need; a page needs a few levels",
            fixTH: "ปิด section ที่ไม่ใช้แล้ว หน้าเว็บหนึ่งต้องการเพียงไม่กี่ชั้น")
        case .closedNeverOpened: MessageText(
            en: "{closingTag} closes a section that was never opened", th: "{closingTag} ปิดส่วนที่ไม่ได้เปิดไว้",
            fixEN: "remove it, or add the matching {openingTag} before it",
            fixTH: "ลบออก หรือเพิ่ม {openingTag} ที่คู่กันไว้ก่อนหน้า")
        case .closedUnderAnotherName: MessageText(
            en: "{{/…}} closes {section} under another name", th: "{{/…}} ปิด {section} ด้วยชื่ออื่น",
            fixEN: "close it with {closingTag}", fixTH: "ปิดด้วย {closingTag}")
        case .unclosedComment: MessageText(
            en: "a comment is not closed", th: "ความเห็นไม่ได้ปิด",
            fixEN: "end it with {close}", fixTH: "ปิดด้วย {close}")
        case .onlyBlocksInParent: MessageText(
            en: "only {{$block}}…{{/block}} may stand inside {parentTag}",
            th: "ภายใน {parentTag} ใส่ได้เฉพาะ {{$block}}…{{/block}}",
            fixEN: "move the tag into a block", fixTH: "ย้ายแท็กเข้าไปไว้ในบล็อก")
        case .blockFunction: MessageText(
            en: "a block name cannot take a function", th: "ชื่อบล็อกใช้ฟังก์ชันไม่ได้",
            fixEN: "write {{$name}}", fixTH: "เขียน {{$name}}")
        case .badDelimiters: MessageText(
            en: "a delimiter change must read {{=<% %>=}}", th: "การเปลี่ยนตัวคั่นต้องเขียนแบบ {{=<% %>=}}",
            fixEN: "give the new opening and closing delimiters, separated by a space",
            fixTH: "ระบุตัวเปิดและตัวปิดใหม่ คั่นด้วยช่องว่าง")
        case .pragma: MessageText(
            en: "pragmas ({{% … }}) are not supported", th: "ไม่รองรับ pragma ({{% … }})",
            fixEN: "remove it: Sapha always escapes {{name}} for HTML",
            fixTH: "ลบออก: Sapha แปลง {{name}} ให้ปลอดภัยสำหรับ HTML เสมอ")
        case .unclosedSection: MessageText(
            en: "{section} is opened but never closed", th: "เปิด {section} แล้วไม่ได้ปิด",
            fixEN: "add {closingTag} where it ends", fixTH: "เพิ่ม {closingTag} ตรงที่ส่วนนี้จบ")
        }
    }
}
