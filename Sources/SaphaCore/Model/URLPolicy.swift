import SaphaSupport

/// Which links may reach a page.
public enum URLPolicy {
    static let schemes = ["https://", "http://", "mailto:", "tel:"]
    public static func isAllowed(_ url: String) -> Bool {
        let lower = url.lowercased()
        guard schemes.contains(where: { lower.hasPrefix($0) }) else { return false }
        // No whitespace, quotes or angle brackets: they could break out of an attribute.
        return !url.unicodeScalars.contains { $0.properties.isWhitespace || "\"'<>`".unicodeScalars.contains($0)
            || $0.value < 0x20 }
    }
}
