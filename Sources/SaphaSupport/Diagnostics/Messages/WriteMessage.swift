/// Messages of the write stage about the output folder, printed as an English line and a
/// Thai line: a message whose advice is part of its sentence has no separate fix.
package enum WriteMessage: String, MessageCatalogue {
    case unsafePath = "E-WRITE-UNSAFE-PATH"
    case notSaphaOutput = "E-WRITE-NOT-SAPHA-OUTPUT"
    case cannotWrite = "E-WRITE-CANNOT-WRITE"
    case reuseUnavailable = "E-WRITE-REUSE-UNAVAILABLE"
    case mountPoint = "E-WRITE-MOUNT-POINT"
    case hiddenEntryKept = "E-WRITE-HIDDEN-ENTRY-KEPT"
    /// Printed when another build holds the output's lock (`OutputLock`).
    case waitingForAnotherBuild = "T-WRITE-WAITING"

    package static let stage = "Write / การเขียนผลลัพธ์"

    package var text: MessageText {
        switch self {
        case .unsafePath: MessageText(
            en: "refusing to write outside the output folder: {path}", th: "จะไม่เขียนไฟล์นอกโฟลเดอร์ผลลัพธ์: {path}",
            fixEN: "this is a fault of Sapha or of the theme, not of the content: report it with this message",
            fixTH: "เป็นข้อบกพร่องของ Sapha หรือธีม ไม่ใช่ของเนื้อหา แจ้งผู้ดูแลพร้อมข้อความนี้")
        case .notSaphaOutput: MessageText(
            en: "{path} exists and was not written by Sapha; it would be replaced by the site, so nothing was "
                + "written. Choose an empty or new folder with --output",
            th: "โฟลเดอร์ {path} มีอยู่แล้วและไม่ได้สร้างโดย Sapha จึงไม่เขียนทับ "
                + "ให้ระบุโฟลเดอร์ว่างหรือโฟลเดอร์ใหม่ด้วย --output",
            fixEN: "build into a new or empty folder: --output <folder>",
            fixTH: "สร้างลงในโฟลเดอร์ใหม่หรือโฟลเดอร์ว่าง: --output <โฟลเดอร์>")
        case .cannotWrite: MessageText(
            en: "cannot write {path}: {reason}", th: "เขียนไฟล์ {path} ไม่ได้: {reason}",
            fixEN: "check the free space and that the folder may be written, then build again",
            fixTH: "ตรวจสอบพื้นที่ว่างและสิทธิ์การเขียนโฟลเดอร์ แล้วสร้างอีกครั้ง")
        case .reuseUnavailable: MessageText(
            en: "{path} was to be kept from the previous build but has changed",
            th: "ไฟล์ {path} ของครั้งก่อนมีการเปลี่ยนแปลง",
            fixEN: "nothing to do: the build renders every page again", fixTH: "ไม่ต้องทำอะไร ระบบจะสร้างทุกหน้าใหม่")
        case .mountPoint: MessageText(
            en: "{path} is a mount point (a Docker volume, NFS, a bind mount); Sapha replaces the output folder "
                + "as a whole with a rename, which a mount point does not allow, so nothing was touched. "
                + "Mount the folder above it, or build into a folder inside it with --output",
            th: "โฟลเดอร์ {path} เป็นจุดเมานต์ (Docker volume, NFS, bind mount) "
                + "Sapha แทนที่โฟลเดอร์ผลลัพธ์ทั้งโฟลเดอร์ด้วยการเปลี่ยนชื่อ ซึ่งทำกับจุดเมานต์ไม่ได้ "
                + "จึงไม่ได้แตะต้องสิ่งใด ให้เมานต์โฟลเดอร์ที่อยู่เหนือขึ้นไป "
                + "หรือสร้างลงโฟลเดอร์ย่อยข้างในด้วย --output",
            fixEN: "build into a folder inside the mount point: --output <mount point>/site",
            fixTH: "สร้างลงโฟลเดอร์ย่อยในจุดเมานต์: --output <จุดเมานต์>/site")
        case .hiddenEntryKept: MessageText(
            en: "the site was written, but {entry} of the previous output could not be moved into it; "
                + "it is kept in {kept} and the next build moves it back",
            th: "เขียนเว็บไซต์แล้ว แต่ย้าย {entry} ของผลลัพธ์ครั้งก่อนเข้าไปไม่ได้ "
                + "จึงเก็บไว้ที่ {kept} และการสร้างครั้งถัดไปจะย้ายกลับให้",
            fixEN: "nothing to do now; if it stays, move {kept} back into the output folder by hand",
            fixTH: "ยังไม่ต้องทำอะไร ถ้ายังค้างอยู่ ให้ย้าย {kept} กลับเข้าโฟลเดอร์ผลลัพธ์เอง")
        case .waitingForAnotherBuild: MessageText(
            en: "another build is writing {output}/; waiting for it to finish",
            th: "มีการสร้างเว็บไซต์อีกงานหนึ่งกำลังเขียน {output}/ อยู่ รอให้เสร็จก่อน")
        }
    }
}
