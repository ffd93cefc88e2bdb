import SaphaSupport

/// Where the markup layer reports what it finds in a body (bounds crossed, bad references,
/// links the URL policy changed): the load stage's per-file context (`FileContext`), so a
/// body's problems are listed with the rest of its file's.
package protocol DiagnosticSink: AnyObject {
    /// The file as shown in diagnostics.
    var path: String { get }
    /// Set once the body's reference limit was reported, so it is reported once per file.
    var referenceLimitReported: Bool { get set }
    func report(_ diagnostic: Diagnostic)
}
