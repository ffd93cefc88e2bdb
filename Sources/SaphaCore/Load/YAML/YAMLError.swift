/// Why YAML text could not be composed: libyaml's error, with its own words (`problem`, and
/// the construct it was reading, `context`), which `YAMLProblems` explains to staff.
enum YAMLError: Error {
    case memory
    /// The bytes are not text libyaml reads (the loader refuses invalid UTF-8 before).
    case reader(problem: String, yaml: String)
    case scanner(context: Context?, problem: String, Node.Mark, yaml: String)
    case parser(context: Context?, problem: String, Node.Mark, yaml: String)
    case composer(context: Context?, problem: String, Node.Mark, yaml: String)

    struct Context: Sendable {
        let text: String
        let mark: Node.Mark
    }
}
