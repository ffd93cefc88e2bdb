/// What is wrong with a site address (`base_url` in `site.yaml`, or `--base-url`): the reason
/// (`T-…`, also printed alone for `--base-url`) and the error in `site.yaml` that gives it.
package enum BaseURLMessage: String, MessageCatalogue {
    case invalid = "E-BASE-URL-INVALID"
    case empty = "T-BASE-URL-EMPTY"
    case scheme = "T-BASE-URL-SCHEME"
    case host = "T-BASE-URL-HOST"
    case path = "T-BASE-URL-PATH"
    /// `sapha build` for `https://example.org/`, the example's address.
    case placeholder = "W-BASE-URL-PLACEHOLDER"

    package static let stage = "Load: the site address / การอ่านเนื้อหา: ที่อยู่เว็บไซต์"

    package var text: MessageText {
        switch self {
        case .invalid: MessageText(
            en: "'{key}': {reason}: {address}", th: "'{key}': {reason}: {address}",
            fixEN: "write the address where the site is published, e.g. https://example.org/ or "
                + "https://example.org/councils/",
            fixTH: "เขียนที่อยู่ที่เผยแพร่เว็บไซต์ เช่น https://example.org/ หรือ https://example.org/councils/")
        case .empty: MessageText(en: "the site address is empty", th: "ที่อยู่เว็บไซต์ว่างเปล่า")
        case .placeholder: MessageText(
            en: "the site is built for {address}, the example address: its feeds, calendars and links to share "
                + "lead nowhere",
            th: "เว็บไซต์ถูกสร้างสำหรับ {address} ซึ่งเป็นที่อยู่ตัวอย่าง ฟีด ปฏิทิน และลิงก์สำหรับแชร์จะใช้ไม่ได้",
            fixEN: "write the real address in 'base_url' of site.yaml, or build with --base-url "
                + "https://<the address where the site is published>/",
            fixTH: "เขียนที่อยู่จริงใน 'base_url' ของ site.yaml หรือสร้างด้วย --base-url "
                + "https://<ที่อยู่ที่เผยแพร่เว็บไซต์>/")
        case .scheme: MessageText(
            en: "the site address must start with https:// or http://, or be a path starting with /",
            th: "ที่อยู่เว็บไซต์ต้องขึ้นต้นด้วย https:// หรือ http:// หรือเป็นเส้นทางที่ขึ้นต้นด้วย /")
        case .host: MessageText(
            en: "the host name of the site address is not a plain domain name (letters, digits, dots and hyphens, "
                + "then an optional :port)",
            th: "ชื่อโฮสต์ของที่อยู่เว็บไซต์ไม่ใช่ชื่อโดเมนธรรมดา (ตัวอักษร ตัวเลข จุด และขีด ตามด้วย :พอร์ต ได้)")
        case .path: MessageText(
            en: "the path of the site address may hold only plain segments (letters, digits, - . _ ~), with no //, "
                + "\\, . or .., ? or #",
            th: "เส้นทางของที่อยู่เว็บไซต์มีได้เฉพาะส่วนธรรมดา (ตัวอักษร ตัวเลข - . _ ~) ห้ามมี //, \\, . หรือ .., ? "
                + "หรือ #")
        }
    }
}
