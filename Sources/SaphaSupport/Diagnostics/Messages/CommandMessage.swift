/// Texts of the `sapha` command line that are not diagnostics: how a build ended, printed as
/// an English line and a Thai line after the diagnostics.
package enum CommandMessage: String, MessageCatalogue {
    /// After a build stopped by errors in content or theme.
    case buildFailed = "T-BUILD-FAILED"
    /// Before an error that is not about content or theme (the output folder, the disk).
    case buildStopped = "T-BUILD-STOPPED"
    /// The line after a successful build, and its part saying what changed on disk.
    case built = "T-BUILD-DONE"
    case builtChanges = "T-BUILD-CHANGES"
    case builtNothingChanged = "T-BUILD-NOTHING-CHANGED"
    /// After each rebuild of `sapha serve`; the first says where the site is served.
    case serveBuilt = "T-SERVE-BUILT"
    case serveRebuilt = "T-SERVE-REBUILT"
    /// After `sapha sample`.
    case sampleWritten = "T-SAMPLE-WRITTEN"
    /// Build and serve count the notices instead of printing them.
    case noticesNotShown = "T-BUILD-NOTICES"
    /// The last line of `sapha check`.
    case checkSummary = "T-CHECK-SUMMARY"
    case checkClean = "T-CHECK-CLEAN"
    /// Before the list of drafts in `sapha check`.
    case checkDrafts = "T-CHECK-DRAFTS"
    /// `sapha check --district` with a slug that is not one of the 50.
    case unknownDistrictOption = "E-COMMAND-UNKNOWN-DISTRICT"
    case asOfInvalid = "E-COMMAND-AS-OF"
    case sourceDateEpochInvalid = "E-COMMAND-SOURCE-DATE-EPOCH"

    package static let stage = "Command line / บรรทัดคำสั่ง"

    package var text: MessageText {
        switch self {
        case .buildFailed: MessageText(
            en: "build failed: {count} error(s); {output}/ was not changed",
            th: "สร้างเว็บไซต์ไม่สำเร็จ: พบข้อผิดพลาด {count} รายการ ไม่มีการเปลี่ยนแปลง {output}/")
        case .buildStopped: MessageText(en: "build failed", th: "สร้างเว็บไซต์ไม่สำเร็จ")
        case .built: MessageText(
            en: "built {pages} pages ({files} files; {megabytes} MB rendered; {changes}) into {output} in {seconds} s; "
                + "{warnings} warning(s)",
            th: "สร้าง {pages} หน้า ({files} ไฟล์; สร้างใหม่ {megabytes} MB; {changes}) ลงใน {output} "
                + "ใน {seconds} วินาที คำเตือน {warnings} รายการ")
        case .builtChanges: MessageText(
            en: "{written} written, {unchanged} unchanged, {removed} removed, {rendered} rendered",
            th: "เขียน {written} ไม่เปลี่ยน {unchanged} ลบ {removed} สร้างหน้าใหม่ {rendered}")
        case .builtNothingChanged: MessageText(
            en: "nothing changed, {rendered} rendered", th: "ไม่มีไฟล์เปลี่ยน สร้างหน้าใหม่ {rendered}")
        case .serveBuilt: MessageText(
            en: "built in {ms} ms: {changed} file(s) changed, {rendered} page(s) rendered — serving at {address} "
                + "(Ctrl-C to stop)",
            th: "สร้างเสร็จใน {ms} มิลลิวินาที: เปลี่ยน {changed} ไฟล์ สร้าง {rendered} หน้า — เปิดดูได้ที่ {address} "
                + "(กด Ctrl-C เพื่อหยุด)")
        case .serveRebuilt: MessageText(
            en: "rebuilt in {ms} ms: {changed} file(s) changed, {rendered} page(s) rendered",
            th: "สร้างใหม่ใน {ms} มิลลิวินาที: เปลี่ยน {changed} ไฟล์ สร้าง {rendered} หน้า")
        case .sampleWritten: MessageText(
            en: "wrote {files} files ({megabytes} MB) for {districts} district(s) × {years} year(s) into {output}",
            th: "เขียน {files} ไฟล์ ({megabytes} MB) สำหรับ {districts} เขต × {years} ปี ลงใน {output}")
        case .noticesNotShown: MessageText(
            en: "{count} notice(s) (how the districts stand against the BMA order, or consequences of errors): "
                + "sapha check lists them",
            th: "ข้อสังเกต {count} รายการ (สถานะของเขตตามหนังสือสั่งการ หรือผลสืบเนื่องจากข้อผิดพลาด) "
                + "ดูรายการได้ด้วย sapha check")
        case .checkSummary: MessageText(
            en: "{errors} error(s), {warnings} warning(s), {notices} notice(s)",
            th: "ข้อผิดพลาด {errors} รายการ คำเตือน {warnings} รายการ ข้อสังเกต {notices} รายการ")
        case .checkClean: MessageText(en: "no problems found", th: "ไม่พบปัญหา")
        case .checkDrafts: MessageText(
            en: "{count} draft(s), checked but not published (draft: true):",
            th: "ฉบับร่าง {count} ไฟล์ ตรวจแล้วแต่ยังไม่เผยแพร่ (draft: true):")
        case .asOfInvalid: MessageText(
            en: "--as-of: '{value}' is not a date written YYYY-MM-DD",
            th: "--as-of: '{value}' ไม่ใช่วันที่ในรูปแบบ ปปปป-ดด-วว (ปี ค.ศ.)",
            fixEN: "write the day the checks compare dates with, e.g. --as-of 2023-06-15",
            fixTH: "ใส่วันที่ที่ใช้ตรวจเทียบ เช่น --as-of 2023-06-15 (ปี ค.ศ.)")
        case .sourceDateEpochInvalid: MessageText(
            en: "SOURCE_DATE_EPOCH is '{value}', not a number of seconds since 1970-01-01 UTC",
            th: "SOURCE_DATE_EPOCH มีค่า '{value}' ซึ่งไม่ใช่จำนวนวินาทีนับจาก 1970-01-01 UTC",
            fixEN: "set it from the last commit (SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)), or unset it",
            fixTH: "ตั้งค่าจากคอมมิตล่าสุด (SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)) หรือยกเลิกการตั้งค่า")
        case .unknownDistrictOption: MessageText(
            en: "--district: '{slug}' is not one of the 50 districts; did you mean '{suggestion}'?",
            th: "--district: '{slug}' ไม่ใช่ชื่อของเขตใดใน 50 เขต หรือหมายถึง '{suggestion}'",
            fixEN: "use the district's folder name, as in content/districts/ (docs/content-guide.md §9)",
            fixTH: "ใช้ชื่อโฟลเดอร์ของเขตตาม content/districts/ (docs/content-guide.md §9)")
        }
    }
}
