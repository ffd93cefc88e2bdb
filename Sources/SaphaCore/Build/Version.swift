public enum SaphaVersion {
    public static let current = "0.1.0"
}
