/// The orders the citywide dashboard's table is published in, one page each, so that readers
/// sort it by a column without JavaScript: the column headers link to the other orders.
public enum DashboardSort: String, Sendable, Hashable, CaseIterable {
    /// BMA district code order (`/th/dashboard/`).
    case district
    /// Most months with a meeting held in the last 12 first (`/th/dashboard/by-meetings/`).
    case meetings
    /// Most months with a progress report in the last 12 first.
    case reports
    /// Largest committee first.
    case committee
    /// Most stale issues first.
    case stale

    /// The page's folder under `dashboard/`; none for the default order.
    var folder: String? { self == .district ? nil : "by-\(rawValue)" }
}
