/// Messages of the link stage's plausibility checks — facts of the files that contradict each
/// other or the calendar (`E-PLAUS-…` when both cannot be true, `W-PLAUS-…` when they can but
/// one is most likely a mistake) — and of the BMA order of 6 December 2565: how a district
/// stands against it (`N-DIRECTIVE-…`, notices that change with the calendar and never fail a check).
/// Dates and months are shown in the Buddhist era in Thai and the Gregorian era in English.
package enum PlausibilityMessage: String, MessageCatalogue {
    case heldInFuture = "E-PLAUS-HELD-IN-FUTURE"
    case scheduledLongPast = "W-PLAUS-SCHEDULED-PAST"
    case numberYear = "W-PLAUS-NUMBER-YEAR"
    case reportBeforePeriod = "E-PLAUS-REPORT-BEFORE-PERIOD"
    case openedAfterRaised = "W-PLAUS-OPENED-AFTER-RAISED"
    case raisedAtCancelled = "E-PLAUS-RAISED-AT-CANCELLED"
    case raisedAtPostponed = "E-PLAUS-RAISED-AT-POSTPONED"
    case raisedAtFuture = "E-PLAUS-RAISED-AT-FUTURE"
    case discussedAtCancelled = "E-PLAUS-DISCUSSED-AT-CANCELLED"
    case discussedAtPostponed = "E-PLAUS-DISCUSSED-AT-POSTPONED"
    case discussedAtFuture = "W-PLAUS-DISCUSSED-AT-FUTURE"
    case progressDown = "W-PLAUS-PROGRESS-DOWN"
    case updateAfterResolved = "E-PLAUS-UPDATE-AFTER-RESOLVED"
    case resolvedWhileOpen = "W-PLAUS-RESOLVED-WHILE-OPEN"
    case attendanceOverCommittee = "E-PLAUS-ATTENDANCE-OVER-COMMITTEE"
    case updatedTwice = "W-PLAUS-UPDATED-TWICE"
    case updatedTwiceDiffering = "E-PLAUS-UPDATED-TWICE-DIFFERING"
    case noCommittee = "N-DIRECTIVE-NO-COMMITTEE"
    case committeeSmall = "N-DIRECTIVE-COMMITTEE-SMALL"
    case committeeGroups = "N-DIRECTIVE-COMMITTEE-GROUPS"
    case noMeetingHeld = "N-DIRECTIVE-NO-MEETING"
    case noReport = "N-DIRECTIVE-NO-REPORT"
    case issueWithoutNews = "N-DIRECTIVE-ISSUE-WITHOUT-NEWS"
    case reportLate = "N-DIRECTIVE-REPORT-LATE"
    /// Months inside other messages: one ("in 2023-04"), or consecutive ("from 2023-04 to 2023-09").
    case oneMonth = "T-MONTH-ONE"
    case newDate = "T-NEW-DATE"
    case newDateNotSet = "T-NEW-DATE-NOT-SET"
    case monthRange = "T-MONTH-RANGE"

    package static let stage = "Link: plausibility and the BMA order / การเชื่อมโยง: ความสมเหตุสมผลและหนังสือสั่งการ"

    package var text: MessageText {
        switch self {
        case .heldInFuture: MessageText(
            en: "the meeting is marked held, but its date {date} has not come yet (today is {today})",
            th: "การประชุมนี้ระบุว่าประชุมแล้ว แต่ยังไม่ถึงวันที่ประชุม {date} (วันนี้คือ {today})",
            fixEN: "if the meeting has not taken place yet, write 'status: scheduled'; if it has, correct 'date'",
            fixTH: "ถ้ายังไม่ได้ประชุม ให้เขียน 'status: scheduled' ถ้าประชุมแล้ว ให้แก้ 'date'")
        case .scheduledLongPast: MessageText(
            en: "the meeting of {date} is still marked scheduled, {days} days later",
            th: "การประชุมวันที่ {date} ยังมีสถานะกำหนดการ (scheduled) ทั้งที่ผ่านมาแล้ว {days} วัน",
            fixEN: "write 'status: held' (with the attendance and the minutes), or 'postponed' or 'cancelled' "
                + "with a 'reason'",
            fixTH: "เขียน 'status: held' (พร้อมจำนวนผู้เข้าร่วมและบันทึกการประชุม) หรือ 'postponed' หรือ "
                + "'cancelled' พร้อม 'reason'")
        case .numberYear: MessageText(
            en: "the meeting number '{number}' is of the year {year}, but the meeting is dated {date}",
            th: "ครั้งที่ประชุม '{number}' เป็นของปี {year} แต่วันที่ประชุมคือ {date}",
            fixEN: "the year after '/' is the Buddhist year of the meeting (or of its fiscal year, October to "
                + "September): write 'number: {expected}', or correct 'date'",
            fixTH: "ปีหลัง '/' คือปี พ.ศ. ของการประชุม (หรือปีงบประมาณ ตุลาคมถึงกันยายน) ให้เขียน "
                + "'number: {expected}' หรือแก้ 'date'")
        case .reportBeforePeriod: MessageText(
            en: "the report for {period} is dated {date}, before the month it reports on",
            th: "รายงานของเดือน {period} ลงวันที่ {date} ซึ่งอยู่ก่อนเดือนที่รายงาน",
            fixEN: "correct 'date' (the day the report was made) or 'period' (the month it covers)",
            fixTH: "แก้ 'date' (วันที่จัดทำรายงาน) หรือ 'period' (เดือนที่รายงาน)")
        case .openedAfterRaised: MessageText(
            en: "the issue was opened on {opened}, after the meeting '{meeting}' of {date} where it was raised",
            th: "วันที่รับเรื่อง {opened} อยู่หลังการประชุม '{meeting}' วันที่ {date} ที่ยกเรื่องนี้ขึ้น",
            fixEN: "write 'opened: {date}' (the day it was raised), or correct 'raised_at'",
            fixTH: "เขียน 'opened: {date}' (วันที่ยกเรื่องขึ้น) หรือแก้ 'raised_at'")
        case .raisedAtPostponed: MessageText(
            en: "the issue is said to be raised at the meeting '{meeting}', which was postponed to {new_date}: it "
                + "did not take place on its date",
            th: "เรื่องนี้ระบุว่ายกขึ้นในการประชุม '{meeting}' ซึ่งเลื่อนไปเป็น{new_date} จึงไม่ได้ประชุมในวันนั้น",
            fixEN: "write the meeting held on the new date, or leave 'raised_at' out if it was received outside a "
                + "meeting",
            fixTH: "ใส่การประชุมที่จัดในวันใหม่ หรือไม่ต้องใส่ 'raised_at' ถ้ารับเรื่องนอกการประชุม")
        case .raisedAtCancelled: MessageText(
            en: "the issue is said to be raised at the meeting '{meeting}', which was cancelled",
            th: "เรื่องนี้ระบุว่ายกขึ้นในการประชุม '{meeting}' ซึ่งถูกยกเลิก",
            fixEN: "write the meeting where it was raised, or leave 'raised_at' out if it was received outside a "
                + "meeting",
            fixTH: "ใส่การประชุมที่ยกเรื่องนี้ขึ้นจริง หรือไม่ต้องใส่ 'raised_at' ถ้ารับเรื่องนอกการประชุม")
        case .raisedAtFuture: MessageText(
            en: "the issue is said to be raised at the meeting '{meeting}' of {date}, which has not taken place yet",
            th: "เรื่องนี้ระบุว่ายกขึ้นในการประชุม '{meeting}' วันที่ {date} ซึ่งยังไม่ถึงวันประชุม",
            fixEN: "write the meeting where it was raised, or leave 'raised_at' out if it was received outside a "
                + "meeting",
            fixTH: "ใส่การประชุมที่ยกเรื่องนี้ขึ้นจริง หรือไม่ต้องใส่ 'raised_at' ถ้ารับเรื่องนอกการประชุม")
        case .discussedAtCancelled: MessageText(
            en: "the issue '{id}' is listed as raised or discussed at this meeting, which was cancelled",
            th: "เรื่อง '{id}' อยู่ในรายการเรื่องที่ยกขึ้นหรือหารือในการประชุมนี้ ซึ่งถูกยกเลิก",
            fixEN: "remove it from 'issues' (the minutes may still mention it), or correct 'status'",
            fixTH: "ลบออกจาก 'issues' (ยังกล่าวถึงในบันทึกการประชุมได้) หรือแก้ 'status'")
        case .discussedAtPostponed: MessageText(
            en: "the issue '{id}' is listed as raised or discussed at this meeting, which was postponed to "
                + "{new_date}: it did not take place on this date",
            th: "เรื่อง '{id}' อยู่ในรายการเรื่องที่ยกขึ้นหรือหารือในการประชุมนี้ ซึ่งเลื่อนไปเป็น{new_date} "
                + "จึงไม่ได้ประชุมในวันนี้",
            fixEN: "list it in 'issues' of the meeting held on the new date, and remove it here (the note may "
                + "still mention it)",
            fixTH: "ใส่ใน 'issues' ของการประชุมที่จัดในวันใหม่ และลบออกจากที่นี่ (ยังกล่าวถึงในเนื้อหาได้)")
        case .discussedAtFuture: MessageText(
            en: "the issue '{id}' is listed as raised or discussed at this meeting of {date}, which has not taken "
                + "place yet",
            th: "เรื่อง '{id}' อยู่ในรายการเรื่องที่ยกขึ้นหรือหารือในการประชุมวันที่ {date} ซึ่งยังไม่ถึงวันประชุม",
            fixEN: "list it in 'issues' after the meeting; until then, put what will be discussed in 'agenda'",
            fixTH: "ใส่ใน 'issues' หลังการประชุม ระหว่างนี้ให้เขียนเรื่องที่จะหารือไว้ใน 'agenda'")
        case .progressDown: MessageText(
            en: "the progress of '{id}' goes down from {before}% in the report for {earlier} to {after}%",
            th: "ความคืบหน้าของเรื่อง '{id}' ลดลงจากร้อยละ {before} ในรายงานเดือน {earlier} เป็นร้อยละ {after}",
            fixEN: "correct 'progress' here or in {file}",
            fixTH: "แก้ 'progress' ที่นี่หรือใน {file}")
        case .updateAfterResolved: MessageText(
            en: "this report of {date} says '{id}' is {said}, but the issue was {status} on {resolved}",
            th: "รายงานวันที่ {date} นี้ระบุว่าเรื่อง '{id}' มีสถานะ {said} แต่เรื่องนี้เป็น {status} "
                + "ตั้งแต่วันที่ {resolved}",
            fixEN: "correct this update's 'status'; if the issue was reopened, correct 'status' and 'resolved' in "
                + "{file}",
            fixTH: "แก้ 'status' ของรายการนี้ ถ้ามีการเปิดเรื่องใหม่ ให้แก้ 'status' และ 'resolved' ใน {file}")
        case .resolvedWhileOpen: MessageText(
            en: "the issue is {status} but has a resolved date, {resolved}; pages do not show it",
            th: "เรื่องนี้มีสถานะ {status} แต่มีวันที่แก้ไขเสร็จ {resolved} หน้าเว็บจะไม่แสดงวันที่นี้",
            fixEN: "leave 'resolved' out while the issue is open, or write 'status: resolved' (or closed)",
            fixTH: "ไม่ต้องใส่ 'resolved' ขณะที่เรื่องยังไม่เสร็จ หรือเขียน 'status: resolved' (หรือ closed)")
        case .attendanceOverCommittee: MessageText(
            en: "{attended} committee members are recorded at this meeting, but {file} lists {members}",
            th: "บันทึกว่ามีกรรมการเข้าประชุม {attended} คน แต่ {file} มีรายชื่อกรรมการ {members} คน",
            fixEN: "correct 'attendance.members' (committee members only: residents and guests go in 'public'), "
                + "or add the missing members to {file}",
            fixTH: "แก้ 'attendance.members' (นับเฉพาะกรรมการ ประชาชนและผู้เข้าร่วมอื่นใส่ใน 'public') "
                + "หรือเพิ่มรายชื่อกรรมการที่ขาดใน {file}")
        case .updatedTwice: MessageText(
            en: "the issue '{id}' is updated twice in this report (also on line {line})",
            th: "เรื่อง '{id}' มีความคืบหน้าสองรายการในรายงานนี้ (อีกรายการอยู่บรรทัดที่ {line})",
            fixEN: "merge the two updates into one",
            fixTH: "รวมสองรายการเป็นรายการเดียว")
        case .updatedTwiceDiffering: MessageText(
            en: "the issue '{id}' is updated twice in this report with a different progress or status "
                + "(also on line {line})",
            th: "เรื่อง '{id}' มีความคืบหน้าสองรายการในรายงานนี้ โดยระบุความคืบหน้าหรือสถานะไม่ตรงกัน "
                + "(อีกรายการอยู่บรรทัดที่ {line})",
            fixEN: "keep one update with the issue's progress and status at the end of the month",
            fixTH: "เหลือรายการเดียว ระบุความคืบหน้าและสถานะของเรื่อง ณ สิ้นเดือน")
        case .noCommittee: MessageText(
            en: "{district}: no committee is published; the BMA order asks for a committee of at least 30 members",
            th: "เขต{district}: ยังไม่ได้เผยแพร่รายชื่อคณะกรรมการ หนังสือสั่งการของ กทม. "
                + "กำหนดให้มีกรรมการอย่างน้อย 30 คน",
            fixEN: "add {file} with the members of the appointment order",
            fixTH: "เพิ่มไฟล์ {file} ใส่รายชื่อกรรมการตามคำสั่งแต่งตั้ง")
        case .committeeSmall: MessageText(
            en: "{district}: {count} committee members serve on {today}; the BMA order asks for at least 30",
            th: "เขต{district}: กรรมการที่อยู่ในวาระ ณ วันที่ {today} มี {count} คน "
                + "หนังสือสั่งการของ กทม. กำหนดให้มีอย่างน้อย 30 คน",
            fixEN: "list every member of the appointment order, with the members appointed in place of those "
                + "whose 'until' has passed; if it has fewer than 30, this notice records it",
            fixTH: "ใส่รายชื่อกรรมการทุกคนตามคำสั่งแต่งตั้ง "
                + "รวมถึงผู้ที่ได้รับแต่งตั้งแทนกรรมการที่พ้นจากตำแหน่ง ('until') แล้ว "
                + "ถ้ามีไม่ถึง 30 คนจริง ข้อสังเกตนี้บันทึกข้อเท็จจริงนั้นไว้")
        case .committeeGroups: MessageText(
            en: "{district}: no committee member serving on {today} is from {groups}, which the BMA order names",
            th: "เขต{district}: ไม่มีกรรมการที่อยู่ในวาระ ณ วันที่ {today} จากกลุ่ม {groups} "
                + "ซึ่งหนังสือสั่งการของ กทม. กำหนดไว้",
            fixEN: "give each member the 'group' of the appointment order; if a group has nobody, this notice "
                + "records it",
            fixTH: "ใส่ 'group' ของกรรมการแต่ละคนตามคำสั่งแต่งตั้ง "
                + "ถ้ากลุ่มใดไม่มีกรรมการจริง ข้อสังเกตนี้บันทึกข้อเท็จจริงนั้นไว้")
        case .noMeetingHeld: MessageText(
            en: "{district}: no council meeting was held {months}; the BMA order asks for one every month",
            th: "เขต{district}: ไม่มีการประชุมสภา{months} หนังสือสั่งการของ กทม. กำหนดให้ประชุมทุกเดือน",
            fixEN: "if a meeting was held, add its file to {folder} with 'status: held'",
            fixTH: "ถ้ามีการประชุม ให้เพิ่มไฟล์การประชุมใน {folder} โดยใส่ 'status: held'")
        case .noReport: MessageText(
            en: "{district}: no progress report was made {months}; the BMA order asks for one every month",
            th: "เขต{district}: ไม่มีรายงานความคืบหน้า{months} หนังสือสั่งการของ กทม. กำหนดให้รายงานทุกเดือน",
            fixEN: "add the report of each month to {folder}, with 'period' the month it covers",
            fixTH: "เพิ่มรายงานของแต่ละเดือนใน {folder} โดยใส่ 'period' เป็นเดือนที่รายงาน")
        case .issueWithoutNews: MessageText(
            en: "{district}: the issue '{id}' is {status} with no news for {days} days, since {last}",
            th: "เขต{district}: เรื่อง '{id}' มีสถานะ {status} และไม่มีความคืบหน้ามา {days} วันแล้ว "
                + "ตั้งแต่วันที่ {last}",
            fixEN: "report its progress in the 'updates' of this month's report, or update its 'status'",
            fixTH: "รายงานความคืบหน้าใน 'updates' ของรายงานเดือนนี้ หรือปรับ 'status' ของเรื่อง")
        case .reportLate: MessageText(
            en: "{district}: the report for {period} was made on {date}, {days} days after that month ended; the "
                + "BMA order asks for a report every month",
            th: "เขต{district}: รายงานของเดือน {period} จัดทำวันที่ {date} ช้ากว่าสิ้นเดือนนั้น {days} วัน "
                + "หนังสือสั่งการของ กทม. กำหนดให้รายงานทุกเดือน",
            fixEN: "if 'date' (the day the report was made) or 'period' (the month it covers) has a wrong year or "
                + "month, correct it; otherwise this notice records that the report was late",
            fixTH: "ถ้า 'date' (วันที่จัดทำรายงาน) หรือ 'period' (เดือนที่รายงาน) ใส่ปีหรือเดือนผิด ให้แก้ไข "
                + "ถ้าถูกต้องแล้ว ข้อสังเกตนี้บันทึกว่ารายงานล่าช้า")
        case .oneMonth: MessageText(en: "in {month}", th: "ในเดือน {month}")
        case .newDate: MessageText(en: "{date}", th: "วันที่ {date}")
        case .newDateNotSet: MessageText(en: "a date not set yet", th: "วันที่ยังไม่กำหนด")
        case .monthRange: MessageText(en: "from {from} to {to}", th: "ตั้งแต่เดือน {from} ถึง {to}")
        }
    }
}
