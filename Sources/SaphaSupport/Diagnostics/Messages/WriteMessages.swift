/// Messages of the write stage about the output folder (English line, then Thai line).
public enum WriteMessages {
    package static func mountPoint(_ path: String) -> String {
        "\(path) is a mount point (a Docker volume, NFS, a bind mount); Sapha replaces the output folder "
            + "as a whole with a rename, which a mount point does not allow, so nothing was touched. "
            + "Mount the folder above it, or build into a folder inside it with --output\n"
            + "โฟลเดอร์ \(path) เป็นจุดเมานต์ (Docker volume, NFS, bind mount) "
            + "Sapha แทนที่โฟลเดอร์ผลลัพธ์ทั้งโฟลเดอร์ด้วยการเปลี่ยนชื่อ ซึ่งทำกับจุดเมานต์ไม่ได้ "
            + "จึงไม่ได้แตะต้องสิ่งใด ให้เมานต์โฟลเดอร์ที่อยู่เหนือขึ้นไป หรือสร้างลงโฟลเดอร์ย่อยข้างในด้วย --output"
    }

    package static func hiddenEntryKept(_ entry: String, kept: String) -> String {
        "the site was written, but \(entry) of the previous output could not be moved into it; "
            + "it is kept in \(kept) and the next build moves it back\n"
            + "เขียนเว็บไซต์แล้ว แต่ย้าย \(entry) ของผลลัพธ์ครั้งก่อนเข้าไปไม่ได้ "
            + "จึงเก็บไว้ที่ \(kept) และการสร้างครั้งถัดไปจะย้ายกลับให้"
    }

    /// Printed when another build holds the output's lock (`OutputLock`).
    public static func waitingForAnotherBuild(_ output: String) -> String {
        "another build is writing \(output)/; waiting for it to finish\n"
            + "มีการสร้างเว็บไซต์อีกงานหนึ่งกำลังเขียน \(output)/ อยู่ รอให้เสร็จก่อน"
    }
}
