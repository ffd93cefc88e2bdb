import SaphaSupport

/// schema.org JSON-LD for search engines and other readers of the pages: an `Event` on each
/// meeting page and a `GovernmentOrganization` on each district page, written into the page's
/// head by the layout. Written by `JSONWriter` (sorted keys, `<`, `>` and `&` escaped), so no
/// content can close the `<script type="application/ld+json">` element it sits in.
struct StructuredData {
    let c: PageContext
    var urls: SiteURLs { c.urls }

    struct Organization: Encodable {
        var type = "GovernmentOrganization"
        var name: String
        var url: String
        var address: String?
        var telephone: String?
        var email: String?
        var foundingDate: String?
        var areaServed: Area?
        var parentOrganization: Parent?
        enum CodingKeys: String, CodingKey {
            case type = "@type", name, url, address, telephone, email, foundingDate, areaServed, parentOrganization
        }
    }

    struct Area: Encodable {
        var type = "AdministrativeArea"
        var name: String
        enum CodingKeys: String, CodingKey { case type = "@type", name }
    }

    struct Parent: Encodable {
        var type = "GovernmentOrganization"
        var name: String
        var url: String
        enum CodingKeys: String, CodingKey { case type = "@type", name, url }
    }

    struct Location: Encodable {
        var type: String
        var name: String?
        var address: String?
        var url: String?
        enum CodingKeys: String, CodingKey { case type = "@type", name, address, url }
    }

    struct Event: Encodable {
        var type = "Event"
        var name: String
        var url: String
        var inLanguage: String
        var startDate: String
        var endDate: String?
        var previousStartDate: String?
        var eventStatus: String
        var eventAttendanceMode: String
        var location: [Location]
        var organizer: Organization
        var description: String?
        enum CodingKeys: String, CodingKey {
            case type = "@type", name, url, inLanguage, startDate, endDate, previousStartDate, eventStatus,
                 eventAttendanceMode, location, organizer, description
        }
    }

    /// The document: the `@context` with the one value.
    struct Document<Value: Encodable>: Encodable {
        var context = "https://schema.org"
        var value: Value
        enum CodingKeys: String, CodingKey { case context = "@context" }
        func encode(to encoder: any Encoder) throws {
            try value.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(context, forKey: .context)
        }
    }

    /// The district's council as a `GovernmentOrganization`, part of the BMA's portal.
    func organization(_ d: LinkedDistrict) -> Organization {
        let district = d.district
        let site = c.env.site.config
        return Organization(name: c.i18n["district.title-prefix"] + district.name.text(c.language),
            url: urls.absolute(.district(c.language, district.slug)),
            address: district.office?.address?.text(c.language), telephone: district.office?.phone,
            email: district.channels.email, foundingDate: district.council.established?.iso,
            areaServed: Area(name: district.name.text(c.language)),
            parentOrganization: Parent(name: site.title.text(c.language), url: urls.absolute(.home(c.language))))
    }

    func district(_ d: LinkedDistrict) -> String {
        String(decoding: JSONWriter.encode(Document(value: organization(d))), as: UTF8.self)
    }

    /// A meeting as an `Event`: scheduled (held meetings too: schema.org has no "took place"),
    /// postponed — rescheduled, with its former date, when the new date is known — or
    /// cancelled; on site, online or both, with the place and the link to join.
    func meeting(_ d: LinkedDistrict, _ m: Int) -> String {
        let meeting = d.district.meetings[m]
        let schema = "https://schema.org/"
        var status = "EventScheduled", start = Self.date(meeting.date, meeting.time), previous: String?
        switch meeting.status {
        case .scheduled, .held: break
        case .cancelled: status = "EventCancelled"
        case .postponed:
            if let newDate = meeting.newDate {
                status = "EventRescheduled"
                previous = start
                start = Self.date(newDate, nil)
            } else {
                status = "EventPostponed"
            }
        }
        let mode = switch meeting.mode {
        case .onSite: "OfflineEventAttendanceMode"
        case .online: "OnlineEventAttendanceMode"
        case .hybrid: "MixedEventAttendanceMode"
        }
        var locations: [Location] = []
        if meeting.mode != .online {
            let office = d.district.office?.address?.text(c.language)
            locations.append(Location(type: "Place", name: meeting.location?.text(c.language)
                ?? c.i18n["district.office"] + " " + d.district.name.text(c.language), address: office))
        }
        if meeting.mode != .onSite {
            locations.append(Location(type: "VirtualLocation", url: meeting.onlineLink
                ?? urls.absolute(.meeting(c.language, d.district.slug, meeting.id))))
        }
        let description = meeting.agenda.isEmpty ? nil
            : meeting.agenda.map { $0.text(c.language) }.joined(separator: "; ")
        let event = Event(name: "\(c.meetingLabel(meeting)) — \(d.district.name.text(c.language))",
            url: urls.absolute(.meeting(c.language, d.district.slug, meeting.id)), inLanguage: c.language.rawValue,
            startDate: start, endDate: meeting.endTime.flatMap { end in
                meeting.time.map { end > $0 } == true && meeting.status != .postponed
                    ? Self.date(meeting.date, end) : nil },
            previousStartDate: previous, eventStatus: schema + status, eventAttendanceMode: schema + mode,
            location: locations, organizer: organization(d), description: description)
        return String(decoding: JSONWriter.encode(Document(value: event)), as: UTF8.self)
    }

    /// ISO 8601: `2023-02-20`, or `2023-02-20T13:30:00+07:00` with a time (Bangkok, no daylight saving).
    static func date(_ day: Day, _ time: TimeOfDay?) -> String {
        guard let time else { return day.iso }
        return "\(day.iso)T\(time.description):00+07:00"
    }
}
