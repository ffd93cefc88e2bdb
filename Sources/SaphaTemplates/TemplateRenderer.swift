import SaphaSupport

/// A compiled template: what `TemplateParser` makes of a theme's `.mustache` file.
package indirect enum TemplateNode: Sendable {
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
package struct TemplateName: Sendable, Equatable {
    package enum Function: String, Sendable {
        case empty, count
    }

    /// `a.b.c` → [a, b, c]; empty for `.`.
    package let path: [String]
    /// `TemplateObject.hash` of each name in `path`.
    package let hashes: [UInt64]
    /// `.` or `.name`: looked up in the current object only, without climbing the stack.
    package let anchored: Bool
    /// Applied innermost first: `f(g(x))` is [f, g].
    package let functions: [Function]

    package init(path: [String], anchored: Bool, functions: [Function]) {
        self.path = path
        hashes = path.map(TemplateObject.hash)
        self.anchored = anchored
        self.functions = functions
    }
}

/// The templates of a theme, compiled, and the renderer over them.
package struct TemplateSet: Sendable {
    package var templates: [String: [TemplateNode]] = [:]

    package init() {}

    /// The page `name` renders to with `values`, as UTF-8; nil when there is no such template.
    package func render(_ name: String, _ values: TemplateObject) -> [UInt8]? {
        guard let nodes = templates[name] else { return nil }
        var renderer = Renderer(templates: templates)
        renderer.out.reserveCapacity(16_384)
        renderer.stack = [.object(values)]
        renderer.render(nodes, Context())
        return renderer.out
    }
}

/// What a partial or block changes while it renders.
private struct Context {
    /// Added after each line break inside a standalone partial or block.
    package var indentation: [UInt8]?
    /// The blocks of the children being rendered; the outermost definition wins.
    package var blocks: [String: [TemplateNode]]?

    package func indented(_ more: [UInt8]?) -> Context {
        guard let more else { return self }
        var context = self
        context.indentation = (indentation ?? []) + more
        return context
    }
}

private struct Renderer {
    package let templates: [String: [TemplateNode]]
    package var out: [UInt8] = []
    /// The context stack, innermost last.
    package var stack: [TemplateValue] = []

    /// Renders `body` with `value` pushed on the stack.
    package mutating func render(_ body: [TemplateNode], _ context: Context, pushing value: TemplateValue) {
        stack.append(value)
        render(body, context)
        stack.removeLast()
    }

    package mutating func render(_ nodes: [TemplateNode], _ context: Context) {
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

    package mutating func render(_ node: TemplateNode, _ context: Context) {
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
                case .bool(let flag)?: if !flag { render(body, context) }
                case .list(let items)?: if items.isEmpty { render(body, context, pushing: .list(items)) }
                default: break
                }
                return
            }
            switch value {
            case .none: break
            case .bool(let flag)?: if flag { render(body, context) }
            case .list(let items)?: for item in items { render(body, context, pushing: item) }
            case let value?: render(body, context, pushing: value)
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

    package func lookup(_ name: TemplateName) -> TemplateValue? {
        guard var value = find(name) else { return nil }
        for function in name.functions.reversed() {
            switch (function, value) {
            case (.empty, .list(let items)): value = .bool(items.isEmpty)
            case (.empty, .string(let text)): value = .bool(text.isEmpty)
            case (.count, .list(let items)): value = .int(items.count)
            default: return nil
            }
        }
        return value
    }

    private func find(_ name: TemplateName) -> TemplateValue? {
        guard let first = name.path.first else { return stack.last }
        let hash = name.hashes[0]
        var value: TemplateValue
        if name.anchored {
            guard case .object(let object)? = stack.last, let found = object.value(first, hash: hash) else {
                return nil
            }
            value = found
        } else {
            // The first name is looked up from the innermost object outwards; the rest of a
            // dotted name only inside what the first one found.
            var found: TemplateValue?
            for level in stack.reversed() {
                if case .object(let object) = level, let hit = object.value(first, hash: hash) { found = hit; break }
            }
            guard let found else { return nil }
            value = found
        }
        for k in name.path.indices.dropFirst() {
            guard case .object(let object) = value, let next = object.value(name.path[k], hash: name.hashes[k]) else {
                return nil
            }
            value = next
        }
        return value
    }

    private mutating func write(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .string(let text):
            if escaped { HTMLEscape.append(text, to: &out) } else { out.append(contentsOf: text.utf8) }
        case .bool(let flag):
            out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .int(let number):
            out.append(contentsOf: String(number).utf8)
        case .list, .object:
            // What swift-mustache prints for them is Swift's debug description: nothing a
            // theme can use. Sapha prints nothing.
            break
        }
    }
}
