import Foundation
import SaphaSupport
import SaphaTemplates

/// iCalendar (RFC 5545) of a district's meetings, of every district's, and of each meeting
/// alone (the page's "add to calendar"), one per language, so residents can subscribe to a
/// council's schedule in any calendar app. Times are converted from
/// Bangkok time (UTC+7, no daylight saving) to UTC, so no VTIMEZONE block is needed.
package struct MeetingCalendar {
    let env: RenderEnvironment

    /// A district's calendar (`th/thung-khru/calendar.ics`), or the whole city's (`th/calendar.ics`).
    static func path(_ language: Language, _ slug: String?) -> String {
        slug.map { "\(language.rawValue)/\($0)/calendar.ics" } ?? "\(language.rawValue)/calendar.ics"
    }

    /// One meeting, to add to a calendar from its page.
    static func path(_ language: Language, _ slug: String, meeting id: String) -> String {
        "\(language.rawValue)/\(slug)/meetings/\(id)/meeting.ics"
    }

    /// A district's meetings.
    func calendar(_ language: Language, _ d: LinkedDistrict) -> String {
        let name = env.site.config.title.text(language) + " — " + d.district.name.text(language)
        var lines = header(language, name: name)
        for m in d.district.meetings.indices { lines += event(language, d, m) }
        return finish(lines)
    }

    private func meetingHeader(_ language: Language, _ d: LinkedDistrict, _ m: Int) -> [String] {
        let c = PageContext(env: env, language: language)
        return header(language, name: "\(c.meetingLabel(d.district.meetings[m])) — \(d.district.name.text(language))")
    }

    // MARK: Assembled from the districts' calendars
    // The city's calendar and each meeting's are made of the events of the district calendars,
    // byte for byte (the events are the same; only the calendar's name differs), after those
    // are rendered: no event is formatted and folded three times.

    /// The byte ranges of the events (`BEGIN:VEVENT` … `END:VEVENT` CRLF) of a calendar, in order:
    /// its lines are read once (every line ends with CRLF; folded lines start with a space).
    static func events(in data: Data) -> [Range<Int>] {
        let begin = Array("BEGIN:VEVENT\r\n".utf8), end = Array("END:VEVENT\r\n".utf8)
        return data.withUnsafeBytes { raw -> [Range<Int>] in
            let bytes = raw.bindMemory(to: UInt8.self)
            var ranges: [Range<Int>] = []
            var line = 0, start: Int?
            while line < bytes.count {
                let next = bytes.offset(of: 0x0A, from: line).map { $0 + 1 } ?? bytes.count
                let length = next - line
                if length == begin.count, bytes[line..<next].elementsEqual(begin) { start = line }
                if length == end.count, let open = start, bytes[line..<next].elementsEqual(end) {
                    ranges.append(open..<next)
                    start = nil
                }
                line = next
            }
            return ranges
        }
    }

    /// The city's calendar: every district calendar's events, in district order.
    func assembleCity(_ language: Language, _ parts: [Data]) -> Data {
        var out = Data(head(header(language, name: env.site.config.title.text(language))).utf8)
        for part in parts {
            for range in Self.events(in: part) {
                out.append(part[(part.startIndex + range.lowerBound)..<(part.startIndex + range.upperBound)])
            }
        }
        out.append(contentsOf: Array("END:VCALENDAR\r\n".utf8))
        return out
    }

    /// Meeting `m`'s calendar, its event taken from its district's calendar (`district`).
    func assembleMeeting(_ language: Language, _ d: LinkedDistrict, _ m: Int, district: Data) -> Data {
        var out = Data(head(meetingHeader(language, d, m)).utf8)
        let events = Self.events(in: district)
        if m < events.count {
            let range = events[m]
            out.append(district[(district.startIndex + range.lowerBound)..<(district.startIndex + range.upperBound)])
        }
        out.append(contentsOf: Array("END:VCALENDAR\r\n".utf8))
        return out
    }

    /// Header lines, folded, each with its CRLF.
    private func head(_ lines: [String]) -> String { lines.map { Self.fold($0) + "\r\n" }.joined() }

    private func header(_ language: Language, name: String) -> [String] {
        ["BEGIN:VCALENDAR", "VERSION:2.0",
         "PRODID:-//Sapha//Sapha \(SaphaVersion.current)//\(language.rawValue.uppercased())",
         "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.text(name), "X-WR-TIMEZONE:Asia/Bangkok"]
    }

    private func finish(_ lines: [String]) -> String {
        (lines + ["END:VCALENDAR"]).map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// The VEVENT of meeting `m`: the same UID in every calendar it is in, so a calendar app that
    /// has it from the district's feed and from its page keeps one event.
    private func event(_ language: Language, _ d: LinkedDistrict, _ m: Int) -> [String] {
        let c = PageContext(env: env, language: language)
        let meeting = d.district.meetings[m]
        let districtName = d.district.name.text(language)
        let host = env.urls.origin.split(separator: "/").last.map(String.init) ?? "sapha"
        let url = env.urls.absolute(.meeting(language, d.district.slug, meeting.id))
        var lines = ["BEGIN:VEVENT", "UID:\(meeting.id)@\(d.district.slug).\(host)",
                  // DTSTAMP must be deterministic: the meeting's own date stands for "when
                  // this record was made", since the build's clock must not change output.
                  "DTSTAMP:\(Self.basic(meeting.date))T000000Z"]
        if let start = meeting.time {
            lines.append("DTSTART:\(Self.utc(meeting.date, start))")
            if let end = meeting.endTime, end > start { lines.append("DTEND:\(Self.utc(meeting.date, end))") }
        } else {
            lines.append("DTSTART;VALUE=DATE:\(Self.basic(meeting.date))")
            lines.append("DTEND;VALUE=DATE:\(Self.basic(Day(ordinal: meeting.date.ordinal + 1)))")
        }
        lines.append("SUMMARY:" + Self.text("\(c.meetingLabel(meeting)) — \(districtName)"))
        if let location = meeting.location?.text(language) { lines.append("LOCATION:" + Self.text(location)) }
        var description = [c.label(meeting.status), c.label(meeting.mode)]
        if let reason = meeting.reason { description.append(reason.text(language)) }
        if let newDate = meeting.newDate { description.append("\(c.i18n["meeting.new-date"]) \(c.day(newDate)!)") }
        if let link = meeting.onlineLink { description.append(link) }
        if !meeting.agenda.isEmpty {
            description.append(c.i18n["meeting.agenda"] + ": " + meeting.agenda.map { $0.text(language) }
                .joined(separator: "; "))
        }
        if !d.meetingIssues[m].isEmpty { description.append("\(c.i18n["feed.issues"]) "
            + "\(c.number(d.meetingIssues[m].count))") }
        description.append(url)
        lines.append("DESCRIPTION:" + Self.text(description.joined(separator: "\n")))
        lines.append("URL:" + url)
        lines.append("STATUS:" + (meeting.status == .postponed
            || meeting.status == .cancelled ? "CANCELLED" : "CONFIRMED"))
        lines.append("END:VEVENT")
        return lines
    }

    /// `20230326`
    static func basic(_ day: Day) -> String { day.iso.replacingOccurrences(of: "-", with: "") }

    /// Bangkok local time as UTC: `20230326T020000Z` for 09:00 on 26 March 2023.
    static func utc(_ day: Day, _ time: TimeOfDay) -> String {
        var minutes = time.hour * 60 + time.minute - 7 * 60
        var date = day
        if minutes < 0 {
            minutes += 24 * 60
            date = Day(ordinal: day.ordinal - 1)
        }
        return "\(basic(date))T\(pad(minutes / 60, 2))\(pad(minutes % 60, 2))00Z"
    }

    /// A TEXT value: backslash, semicolon, comma and newlines escaped (RFC 5545 §3.3.11);
    /// other control characters dropped, so content can never start a new property.
    package static func text(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        var previousCR = false
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousCR { out += "\\n" }
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { break }
                out.unicodeScalars.append(scalar)
            }
            previousCR = scalar == "\r"
        }
        return out
    }

    /// Lines longer than 75 octets are folded (CRLF + space) between characters, so neither a
    /// UTF-8 sequence nor a Thai letter and its vowel mark are split.
    package static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        // By Unicode scalar, not by character: RFC 5545 limits lines to 75 octets, and one
        // grapheme (a base with many combining marks) can be longer than that. A fold between
        // two scalars of one grapheme is undone exactly by unfolding.
        var out = String.UnicodeScalarView()
        var count = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if count + size > 75 && count > 1 {
                out.append(contentsOf: "\r\n ".unicodeScalars)
                count = 1
            }
            out.append(scalar)
            count += size
        }
        return String(out)
    }
}
