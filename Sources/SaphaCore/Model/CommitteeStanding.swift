/// A committee against the BMA order on one day: how many members serve on it and which of the
/// groups the order names have nobody (`Directive`). The dashboards give it for the reference
/// day and for the last day of each month; `sapha check` notes a committee that falls short.
public struct CommitteeStanding: Sendable, Hashable {
    public var members: Int
    /// The named groups without a serving member, in the order's order.
    public var missing: [MemberGroup]

    public var meetsMinimum: Bool { members >= Directive.minimumMembers }
    /// How many of the named groups have a serving member.
    public var groupsPresent: Int { Directive.namedGroups.count - missing.count }
}

extension Member {
    /// Whether the member serves on `day`: on or after `since` and on or before `until` (the
    /// last day in office), each when given.
    public func serves(on day: Day) -> Bool {
        (since.map { $0 <= day } ?? true) && (until.map { day <= $0 } ?? true)
    }
}

extension Committee {
    /// The committee as it stands on `day`: only the members who serve on it count.
    public func standing(on day: Day) -> CommitteeStanding {
        var present = Set<MemberGroup>()
        var count = 0
        for member in members where member.serves(on: day) {
            count += 1
            present.insert(member.group)
        }
        return CommitteeStanding(members: count, missing: Directive.namedGroups.filter { !present.contains($0) })
    }
}
