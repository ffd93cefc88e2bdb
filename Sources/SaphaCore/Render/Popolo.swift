import Foundation
import SaphaSupport

/// The councils and their committees in the Popolo data specification (popoloproject.com), the
/// format civic-tech tools read people and organisations in: each district's council is an
/// organization, each committee member a person with a membership (their role, the group of
/// residents they represent, their term). Names are the Thai text with the English one in
/// `other_names`. Per district (`data/thung-khru/popolo.json`) and for the city
/// (`data/popolo.json`). Members have no id in the content: a person's id is the district and
/// the member's place in `committee.yaml` (`thung-khru-member-3`).
struct Popolo {
    let env: RenderEnvironment

    static func path(_ slug: String?) -> String { slug.map { "data/\($0)/popolo.json" } ?? "data/popolo.json" }

    struct OtherName: Encodable {
        var name: String
        var note: String
    }

    struct Identifier: Encodable {
        var scheme: String
        var identifier: String
    }

    struct Person: Encodable {
        var id: String
        var name: String
        var otherNames: [OtherName]?
        enum CodingKeys: String, CodingKey { case id, name, otherNames = "other_names" }
    }

    struct Organization: Encodable {
        var id: String
        var name: String
        var otherNames: [OtherName]?
        var classification: String
        var identifiers: [Identifier]
        var foundingDate: String?
        var links: [[String: String]]
        enum CodingKeys: String, CodingKey {
            case id, name, classification, identifiers, links
            case otherNames = "other_names", foundingDate = "founding_date"
        }
    }

    struct Membership: Encodable {
        var personID: String
        var organizationID: String
        var role: String
        var label: String
        var group: String
        var startDate: String?
        var endDate: String?
        enum CodingKeys: String, CodingKey {
            case role, label, group
            case personID = "person_id", organizationID = "organization_id", startDate = "start_date",
                 endDate = "end_date"
        }
    }

    struct Document: Encodable {
        var persons: [Person] = []
        var organizations: [Organization] = []
        var memberships: [Membership] = []
    }

    private static func otherNames(_ text: LocalizedText) -> [OtherName]? {
        text.en.map { [OtherName(name: $0, note: "en")] }
    }

    /// The document of `districts` (one district's, or all 50 for the city's).
    func document(_ districts: [LinkedDistrict]) -> Data {
        var document = Document()
        let th = PageContext(env: env, language: .th)
        for d in districts {
            let district = d.district
            let council = "\(district.slug)-council"
            let name = LocalizedText(th: th.i18n["district.title-prefix"] + district.info.nameTH,
                en: env.theme.i18n[.en]!["district.title-prefix"] + district.info.nameEN)
            document.organizations.append(Organization(id: council, name: name.th, otherNames: Self.otherNames(name),
                classification: "district city council",
                identifiers: [Identifier(scheme: "bma-district-code", identifier: String(district.info.code))],
                foundingDate: district.council.established?.iso,
                links: [["url": env.urls.absolute(.district(.th, district.slug)), "note": "th"],
                        ["url": env.urls.absolute(.district(.en, district.slug)), "note": "en"]]))
            for (n, member) in (district.committee?.members ?? []).enumerated() {
                let id = "\(district.slug)-member-\(n + 1)"
                document.persons.append(Person(id: id, name: member.name.th, otherNames: Self.otherNames(member.name)))
                document.memberships.append(Membership(personID: id, organizationID: council,
                    role: member.role.rawValue, label: th.label(member.role), group: member.group.rawValue,
                    startDate: member.since?.iso, endDate: member.until?.iso))
            }
        }
        return OpenData.encode(document)
    }
}
