/// Messages of the load stage about what the fields of one file say: facts that must agree
/// within the file (dates in order, a reason for a cancelled meeting, the district's own code
/// and name), and what each required field holds (`T-FIELD-…`, in "the required field … is
/// missing (…)").
package enum ContentMessage: String, MessageCatalogue {
    case titleTooLong = "E-CONTENT-TITLE-TOO-LONG"
    case districtCode = "E-CONTENT-DISTRICT-CODE"
    case districtName = "E-CONTENT-DISTRICT-NAME"
    case untilBeforeSince = "E-CONTENT-UNTIL-BEFORE-SINCE"
    case postponedWithoutReason = "E-CONTENT-POSTPONED-WITHOUT-REASON"
    case cancelledWithoutReason = "E-CONTENT-CANCELLED-WITHOUT-REASON"
    case endBeforeStart = "E-CONTENT-END-BEFORE-START"
    case agendaCount = "E-CONTENT-AGENDA-COUNT"
    case noResolvedDate = "E-CONTENT-NO-RESOLVED-DATE"
    case noReferredTo = "E-CONTENT-NO-REFERRED-TO"
    case resolvedBeforeOpened = "E-CONTENT-RESOLVED-BEFORE-OPENED"
    case updateNotInThai = "E-CONTENT-UPDATE-NOT-IN-THAI"
    case siteTitle = "T-FIELD-SITE-TITLE"
    case channelName = "T-FIELD-CHANNEL-NAME"
    case channelURL = "T-FIELD-CHANNEL-URL"
    case memberName = "T-FIELD-MEMBER-NAME"
    case memberRole = "T-FIELD-MEMBER-ROLE"
    case memberGroup = "T-FIELD-MEMBER-GROUP"
    case meetingDate = "T-FIELD-MEETING-DATE"
    case meetingMode = "T-FIELD-MEETING-MODE"
    case meetingStatus = "T-FIELD-MEETING-STATUS"
    case issueTitle = "T-FIELD-ISSUE-TITLE"
    case issueOpened = "T-FIELD-ISSUE-OPENED"
    case issueCategory = "T-FIELD-ISSUE-CATEGORY"
    case issueStatus = "T-FIELD-ISSUE-STATUS"
    case reportPeriod = "T-FIELD-REPORT-PERIOD"
    case reportDate = "T-FIELD-REPORT-DATE"
    case reportProgress = "T-FIELD-REPORT-PROGRESS"
    case reportStatus = "T-FIELD-REPORT-STATUS"
    case updateIssue = "T-FIELD-UPDATE-ISSUE"

    package static let stage = "Load: what the fields say / การอ่านเนื้อหา: ความถูกต้องของข้อมูล"

    package var text: MessageText {
        switch self {
        case .titleTooLong: MessageText(
            en: "the title is {length} characters long, {over} over the limit of {limit}",
            th: "ชื่อเรื่องยาว {length} ตัวอักษร เกินขีดจำกัด {limit} ตัวอักษรไป {over} ตัวอักษร",
            fixEN: "keep the title short (what and where) and put the details in the text below the front matter",
            fixTH: "เขียนชื่อเรื่องให้สั้น (อะไร ที่ไหน) แล้วใส่รายละเอียดในเนื้อหาใต้ส่วนหัว")
        case .districtCode: MessageText(
            en: "the code {code} is not the code of {district}, which is {official}",
            th: "รหัส {code} ไม่ใช่รหัสของเขต{district} ซึ่งคือ {official}",
            fixEN: "write code: {official}, or move the file to the folder of the district with code {code}",
            fixTH: "เขียน code: {official} หรือย้ายไฟล์ไปไว้ในโฟลเดอร์ของเขตที่มีรหัส {code}")
        // `{name}` is the name as YAML, `{th: …, en: …}`: braces in the text would be read as a placeholder.
        case .districtName: MessageText(
            en: "the name does not match the official name {nameTH} / {nameEN}",
            th: "ชื่อไม่ตรงกับชื่อทางการ {nameTH} / {nameEN}",
            fixEN: "write name: {name} or leave 'name' out", fixTH: "เขียน name: {name} หรือไม่ต้องใส่ 'name'")
        case .untilBeforeSince: MessageText(
            en: "'until' ({until}) is before 'since' ({since})", th: "'until' ({until}) อยู่ก่อน 'since' ({since})",
            fixEN: "check both dates", fixTH: "ตรวจสอบวันที่ทั้งสอง")
        case .postponedWithoutReason: Self.withoutReason(en: "postponed", th: "เลื่อน")
        case .cancelledWithoutReason: Self.withoutReason(en: "cancelled", th: "ยกเลิก")
        case .endBeforeStart: MessageText(
            en: "'end_time' ({end}) is before 'time' ({start})", th: "'end_time' ({end}) อยู่ก่อน 'time' ({start})",
            fixEN: "write times in 24-hour form, e.g. '16:00' for 4 p.m.",
            fixTH: "เขียนเวลาแบบ 24 ชั่วโมง เช่น '16:00' สำหรับบ่ายสี่โมง")
        case .agendaCount: MessageText(
            en: "the English agenda has {english} items but the Thai one has {thai}",
            th: "วาระภาษาอังกฤษมี {english} ข้อ แต่ภาษาไทยมี {thai} ข้อ",
            fixEN: "translate each Thai item once, in the same order",
            fixTH: "แปลวาระภาษาไทยทีละข้อ เรียงลำดับเดียวกัน")
        case .noResolvedDate: MessageText(
            en: "a {status} issue needs the date in 'resolved'",
            th: "เรื่องที่สถานะ {status} ต้องมีวันที่ใน 'resolved'",
            fixEN: "add 'resolved: YYYY-MM-DD'", fixTH: "เพิ่ม 'resolved: ปปปป-ดด-วว'")
        case .noReferredTo: MessageText(
            en: "a referred issue needs 'referred_to' (the agency it was sent to)",
            th: "เรื่องที่ส่งต่อต้องมี 'referred_to' (หน่วยงานที่รับเรื่อง)",
            fixEN: "add 'referred_to: …'", fixTH: "เพิ่ม 'referred_to: …'")
        case .resolvedBeforeOpened: MessageText(
            en: "'resolved' ({resolved}) is before 'opened' ({opened})",
            th: "'resolved' ({resolved}) อยู่ก่อน 'opened' ({opened})",
            fixEN: "check both dates", fixTH: "ตรวจสอบวันที่ทั้งสอง")
        case .updateNotInThai: MessageText(
            en: "the Thai report has no update for the issue '{id}'",
            th: "รายงานภาษาไทยไม่มีความคืบหน้าของเรื่อง '{id}'",
            fixEN: "translate only the updates of the Thai file", fixTH: "แปลเฉพาะรายการที่มีในไฟล์ภาษาไทย")
        case .siteTitle: MessageText(en: "the site's name", th: "ชื่อเว็บไซต์")
        case .channelName: MessageText(en: "the channel's name", th: "ชื่อช่องทาง")
        case .channelURL: MessageText(en: "a link: https://…, mailto: or tel:", th: "ลิงก์ https://… mailto: หรือ tel:")
        case .memberName: MessageText(en: "the member's name", th: "ชื่อกรรมการ")
        case .memberRole: MessageText(
            en: "chair, vice-chair, secretary or member", th: "ประธาน รองประธาน เลขานุการ หรือกรรมการ")
        case .memberGroup: MessageText(en: "the group the member represents", th: "กลุ่มที่กรรมการเป็นตัวแทน")
        case .meetingDate: MessageText(en: "the meeting date, YYYY-MM-DD", th: "วันที่ประชุม ปปปป-ดด-วว")
        case .meetingMode: MessageText(
            en: "on-site, online or hybrid", th: "on-site (ในสถานที่), online (ออนไลน์) หรือ hybrid (ผสม)")
        case .meetingStatus: MessageText(
            en: "scheduled, held, postponed or cancelled", th: "scheduled, held, postponed หรือ cancelled")
        case .issueTitle: MessageText(en: "a short title of the problem", th: "ชื่อเรื่องสั้น ๆ ของปัญหา")
        case .issueOpened: MessageText(en: "the date the problem was raised", th: "วันที่รับเรื่อง")
        case .issueCategory: MessageText(en: "the kind of problem", th: "ประเภทของปัญหา")
        case .issueStatus: MessageText(
            en: "open, in-progress, resolved, closed or referred",
            th: "open, in-progress, resolved, closed หรือ referred")
        case .reportPeriod: MessageText(en: "the month covered, YYYY-MM", th: "เดือนที่รายงาน ปปปป-ดด")
        case .reportDate: MessageText(en: "the report date", th: "วันที่รายงาน")
        case .reportProgress: MessageText(
            en: "overall progress in per cent, 0–100", th: "ความคืบหน้ารวมเป็นร้อยละ 0–100")
        case .reportStatus: MessageText(
            en: "not-started, in-progress, completed or delayed",
            th: "not-started, in-progress, completed หรือ delayed")
        case .updateIssue: MessageText(en: "the id of the issue", th: "รหัสเรื่อง")
        }
    }

    private static func withoutReason(en status: String, th statusTH: String) -> MessageText {
        MessageText(
            en: "a \(status) meeting needs a 'reason'", th: "การประชุมที่\(statusTH)ต้องมี 'reason' (เหตุผล)",
            fixEN: "add 'reason: …' saying why", fixTH: "เพิ่ม 'reason: …' บอกเหตุผล")
    }
}
