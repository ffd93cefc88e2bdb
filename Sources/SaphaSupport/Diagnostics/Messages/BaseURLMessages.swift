/// What is wrong with a site address (`base_url` in `site.yaml`, or `--base-url`).
package enum BaseURLMessages {
    package static let empty = Bilingual(en: "the site address is empty", th: "ที่อยู่เว็บไซต์ว่างเปล่า")
    package static let scheme = Bilingual(
        en: "the site address must start with https:// or http://, or be a path starting with /",
        th: "ที่อยู่เว็บไซต์ต้องขึ้นต้นด้วย https:// หรือ http:// หรือเป็นเส้นทางที่ขึ้นต้นด้วย /")
    package static let host = Bilingual(
        en: "the host name of the site address is not a plain domain name (letters, digits, dots and hyphens, then "
            + "an optional :port)",
        th: "ชื่อโฮสต์ของที่อยู่เว็บไซต์ไม่ใช่ชื่อโดเมนธรรมดา (ตัวอักษร ตัวเลข จุด และขีด ตามด้วย :พอร์ต ได้)")
    package static let path = Bilingual(
        en: "the path of the site address may hold only plain segments (letters, digits, - . _ ~), with no //, \\, . "
            + "or .., ? or #",
        th: "เส้นทางของที่อยู่เว็บไซต์มีได้เฉพาะส่วนธรรมดา (ตัวอักษร ตัวเลข - . _ ~) ห้ามมี //, \\, . หรือ .., ? "
            + "หรือ #")
    package static let fix = Bilingual(
        en: "write the address where the site is published, e.g. https://example.org/ or https://example.org/councils/",
        th: "เขียนที่อยู่ที่เผยแพร่เว็บไซต์ เช่น https://example.org/ หรือ https://example.org/councils/")
}
