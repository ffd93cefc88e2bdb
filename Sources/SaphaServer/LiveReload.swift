import Foundation
import SaphaSupport
import SaphaCore

/// What `sapha serve` adds to pages it serves (never to `sapha build` output): a script
/// that waits for the next rebuild and reloads the page, and the error page shown while
/// the content has errors.
enum LiveReload {
    /// Asks `/__sapha/wait` for the site's version (a long poll) and reloads when it
    /// differs from the version the page was served at.
    static let script = """
    (function () {
      "use strict";
      var me = document.currentScript;
      var version = me ? me.src.replace(/^.*[?&]v=/, "") : "";
      function wait() {
        fetch("/__sapha/wait?v=" + version, { cache: "no-store" })
          .then(function (r) { return r.text(); })
          .then(function (now) { if (now !== version) { location.reload(); } else { wait(); } })
          .catch(function () { setTimeout(wait, 1000); });
      }
      wait();
    })();

    """

    static func tag(_ version: Int) -> String { "<script src=\"/__sapha/live.js?v=\(version)\"></script>" }

    /// The page with the live-reload script before `</body>` (or at the end), and the content's
    /// warnings in a banner at the bottom of the window: a `<details>` element, open, that a
    /// click on its summary folds away (no script needed).
    static func inject(_ page: Data, version: Int, warnings: [Diagnostic] = []) -> Data {
        let marker = Data("</body>".utf8)
        var out = page
        let tag = Data((banner(warnings) + tag(version)).utf8)
        if let range = page.range(of: marker, options: .backwards) {
            out.replaceSubrange(range.lowerBound..<range.lowerBound, with: tag)
        } else {
            out.append(tag)
        }
        return out
    }

    static func errorPage(_ diagnostics: [Diagnostic], version: Int) -> String {
        let errors = diagnostics.filter { $0.severity == .error }
        let title = PreviewMessage.pageTitle.message()
        let intro = PreviewMessage.pageErrors.message(["count": String(errors.count)])
        var html = """
        <!DOCTYPE html>
        <html lang="th">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLEscape.escape(title.th)) — \(HTMLEscape.escape(title.en))</title>
        <style>body{font-family:system-ui,sans-serif;margin:1rem auto;max-width:60rem;padding:0 1rem;line-height:1.5}
        li{margin:0 0 1rem;padding:.75rem;border-left:4px solid #b00020;background:#fff4f4;list-style:none}
        code{font-weight:bold}.en{color:#333}.fix{color:#0b5}</style></head>
        <body><main>
        <h1>\(HTMLEscape.escape(title.th)) <span lang="en">— \(HTMLEscape.escape(title.en))</span></h1>
        <p>\(HTMLEscape.escape(intro.th))
        <span lang="en">(\(HTMLEscape.escape(intro.en)))</span></p>
        <ol>

        """
        html += items(errors)
        return html + "</ol>\n</main>\n\(tag(version))\n</body>\n</html>\n"
    }

    /// One `<li>` per diagnostic: where, the message in Thai and English, the fix.
    static func items(_ diagnostics: [Diagnostic], style: String = "") -> String {
        let fixLabel = PreviewMessage.fixLabel.message()
        var html = ""
        for d in diagnostics {
            html += "<li\(style)><code>\(HTMLEscape.escape(d.location.description))</code> \(d.code)<br>"
            html += "<span lang=\"th\">\(HTMLEscape.escape(d.message.th))</span><br>"
            html += "<span class=\"en\" lang=\"en\">\(HTMLEscape.escape(d.message.en))</span>"
            if let fix = d.fix {
                html += "<br><span class=\"fix\">\(HTMLEscape.escape(fixLabel.th)): \(HTMLEscape.escape(fix.th))</span>"
                html += "<br><span class=\"fix\" lang=\"en\">\(HTMLEscape.escape(fixLabel.en)): "
                    + "\(HTMLEscape.escape(fix.en))</span>"
            }
            html += "</li>\n"
        }
        return html
    }

    /// The warnings banner, or nothing. Inline styles only: the page's style sheet is the
    /// theme's, and the banner must look the same on every page and theme.
    static func banner(_ warnings: [Diagnostic]) -> String {
        let shown = warnings.filter { $0.severity == .warning }
        guard !shown.isEmpty else { return "" }
        let summary = PreviewMessage.pageWarnings.message(["count": String(shown.count)])
        return "<details open id=\"sapha-warnings\" style=\"position:fixed;left:0;right:0;bottom:0;"
            + "max-height:40vh;overflow:auto;margin:0;padding:.5rem 1rem;background:#fff8c5;color:#222;"
            + "border-top:4px solid #9a6700;font:14px/1.5 system-ui,sans-serif;z-index:2147483647\">"
            + "<summary style=\"cursor:pointer;font-weight:bold\">\(HTMLEscape.escape(summary.th)) "
            + "<span lang=\"en\">— \(HTMLEscape.escape(summary.en))</span></summary><ol style=\"padding-left:1rem\">"
            + items(shown, style: " style=\"margin:.5rem 0;list-style:none\"") + "</ol></details>\n"
    }
}
