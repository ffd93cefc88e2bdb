/// A compiled template: what `TemplateParser` makes of a theme's `.mustache` file.
indirect enum TemplateNode: Sendable {
    case text([UInt8])
    case variable(TemplateName, escaped: Bool)
    case section(TemplateName, [TemplateNode], inverted: Bool)
    /// `{{> name}}` (no blocks) or `{{< name}}…{{/name}}` (blocks). A standalone partial's
    /// indentation is added to each line it renders.
    case partial(String, indentation: [UInt8]?, blocks: [String: [TemplateNode]]?)
    /// `{{$name}}default{{/name}}` in a template: replaced by a child's block of that name.
    case block(String, [TemplateNode], indentation: [UInt8])
    /// `{{$name}}…{{/name}}` directly inside `{{< parent}}`; only the parser sees these.
    case blockDefinition(String, [TemplateNode])
}

/// A name in a tag, split once at compile time.
struct TemplateName: Sendable, Equatable {
    enum Function: String, Sendable {
        case empty, count
    }

    /// `a.b.c` → [a, b, c]; empty for `.`.
    var path: [String]
    /// `.` or `.name`: looked up in the current object only, without climbing the stack.
    var anchored: Bool
    /// Applied innermost first: `f(g(x))` is [f, g].
    var functions: [Function]
}

/// The templates of a theme, compiled, and the renderer over them. The values are what the
/// page builders make: `String`, `Int`, `Bool`, `[String: Any]` and arrays of them.
struct TemplateSet: Sendable {
    var templates: [String: [TemplateNode]] = [:]

    /// The page `name` renders to with `values`, as UTF-8; nil when there is no such template.
    func render(_ name: String, _ values: [String: Any]) -> [UInt8]? {
        guard let nodes = templates[name] else { return nil }
        var renderer = Renderer(templates: templates)
        renderer.out.reserveCapacity(16_384)
        renderer.stack = [(values, values)]
        renderer.render(nodes, Context())
        return renderer.out
    }
}

/// What a partial or block changes while it renders.
private struct Context {
    /// Added after each line break inside a standalone partial or block.
    var indentation: [UInt8]?
    /// The blocks of the children being rendered; the outermost definition wins.
    var blocks: [String: [TemplateNode]]?

    func indented(_ more: [UInt8]?) -> Context {
        guard let more else { return self }
        var context = self
        context.indentation = (indentation ?? []) + more
        return context
    }
}

private struct Renderer {
    let templates: [String: [TemplateNode]]
    var out: [UInt8] = []
    /// The context stack: each object with, when it is one, its dictionary — cast once when
    /// pushed, not at every lookup that climbs past it.
    var stack: [(value: Any, object: [String: Any]?)] = []

    /// Renders `body` with `value` pushed on the stack.
    mutating func render(_ body: [TemplateNode], _ context: Context, pushing value: Any, object: [String: Any]?) {
        stack.append((value, object))
        render(body, context)
        stack.removeLast()
    }

    mutating func render(_ nodes: [TemplateNode], _ context: Context) {
        guard let indentation = context.indentation, !indentation.isEmpty else {
            for node in nodes { render(node, context) }
            return
        }
        // Inside an indented partial: a node that writes something right after a line
        // break this partial wrote starts an indented line.
        let start = out.count
        for node in nodes {
            let mark = out.count
            render(node, context)
            if out.count > mark, mark > start, out[mark - 1] == 0x0A {
                out.insert(contentsOf: indentation, at: mark)
            }
        }
    }

    mutating func render(_ node: TemplateNode, _ context: Context) {
        switch node {
        case .text(let bytes):
            out.append(contentsOf: bytes)

        case .variable(let name, let escaped):
            guard let value = lookup(name) else { return }
            write(value, escaped: escaped)

        case .section(let name, let body, let inverted):
            let value = lookup(name)
            if inverted {
                switch value {
                case .none: render(body, context)
                case let flag as Bool: if !flag { render(body, context) }
                case let list as [[String: Any]]: if list.isEmpty { render(body, context, pushing: list, object: nil) }
                case let list as [Any]: if list.isEmpty { render(body, context, pushing: list, object: nil) }
                default: break
                }
                return
            }
            switch value {
            case .none: break
            case let flag as Bool: if flag { render(body, context) }
            case let list as [[String: Any]]: for item in list { render(body, context, pushing: item, object: item) }
            case let list as [Any]: for item in list { render(body, context, pushing: item, object: item as? [String: Any]) }
            case let value?: render(body, context, pushing: value, object: value as? [String: Any])
            }

        case .partial(let name, let indentation, let blocks):
            guard let nodes = templates[name] else { return }
            var inner = context.indented(indentation)
            if let blocks {
                inner.blocks = (context.blocks ?? [:]).merging(blocks) { outer, _ in outer }
            }
            render(nodes, inner)

        case .block(let name, let fallback, let indentation):
            render(context.blocks?[name] ?? fallback, context.indented(indentation))

        case .blockDefinition:
            break
        }
    }

    func lookup(_ name: TemplateName) -> Any? {
        guard var value = find(name) else { return nil }
        for function in name.functions.reversed() {
            switch (function, value) {
            case (.empty, let list as [[String: Any]]): value = list.isEmpty
            case (.empty, let list as [Any]): value = list.isEmpty
            case (.empty, let text as String): value = text.isEmpty
            case (.count, let list as [[String: Any]]): value = list.count
            case (.count, let list as [Any]): value = list.count
            default: return nil
            }
        }
        return value
    }

    private func find(_ name: TemplateName) -> Any? {
        guard let first = name.path.first else { return stack.last?.value }
        var value: Any
        if name.anchored {
            guard let found = stack.last?.object?[first] else { return nil }
            value = found
        } else {
            // The first name is looked up from the innermost object outwards; the rest of a
            // dotted name only inside what the first one found.
            var found: Any?
            for level in stack.reversed() {
                if let hit = level.object?[first] { found = hit; break }
            }
            guard let found else { return nil }
            value = found
        }
        for key in name.path.dropFirst() {
            guard let next = child(key, of: value) else { return nil }
            value = next
        }
        return value
    }

    private func child(_ key: String, of object: Any) -> Any? {
        (object as? [String: Any])?[key]
    }

    private mutating func write(_ value: Any, escaped: Bool) {
        switch value {
        case let text as String:
            if escaped { HTMLEscape.append(text, to: &out) } else { out.append(contentsOf: text.utf8) }
        case let flag as Bool:
            out.append(contentsOf: (flag ? "true" : "false").utf8)
        case let number as Int:
            out.append(contentsOf: String(number).utf8)
        default:
            let text = String(describing: value)
            if escaped { HTMLEscape.append(text, to: &out) } else { out.append(contentsOf: text.utf8) }
        }
    }
}
