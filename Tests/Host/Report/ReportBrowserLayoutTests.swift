@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

/// The report's layout in headless Chromium: screenshots at desktop and phone widths, nothing wider than a phone's
/// screen (tables scroll in their own box, charts scale), and an A4 print of a sensible length with no blank page.
/// Skipped with a message without Chromium, except under `CI=true`.
@Suite(.serialized) struct ReportBrowserLayoutTests {
    static let available = ReportBrowser.available

    /// A page that shows the report in a frame `width` pixels wide and, once the report has laid out, records on a
    /// paragraph with id `result` the frame's width, the report's scroll width, and any element (outside table
    /// boxes and charts) that reaches past the frame's right edge. The report itself has no script: the probe is
    /// added to a copy. A frame is used because a headless window is never narrower than 500 pixels.
    static func probe(width: Int) throws -> URL {
        let report = try #require(ReportBrowser.report, "cps report failed")
        let folder = try CPSHarness.temporaryFolder()
        let script = """
        <script>
        window.addEventListener("load", function () {
          var d = document.documentElement, w = window.innerWidth, wide = [];
          document.querySelectorAll("body *").forEach(function (e) {
            if (e.closest(".table-wrap") || e.ownerSVGElement) return;
            if (e.getBoundingClientRect().right > w + 1) wide.push(e.tagName.toLowerCase() + (e.id ? "#" + e.id : ""));
          });
          parent.postMessage({ width: w, scrollWidth: d.scrollWidth, wider: wide.slice(0, 20).join(" ") }, "*");
        });
        </script>
        """
        let html = try String(contentsOf: report, encoding: .utf8).replacingOccurrences(of: "</body>", with: script + "</body>")
        try html.write(to: folder.appendingPathComponent("probed.html"), atomically: true, encoding: .utf8)
        let frame = """
        <!DOCTYPE html><html><body style="margin:0">
        <iframe src="probed.html" style="width:\(width)px;height:800px;border:0"></iframe>
        <script>
        window.addEventListener("message", function (m) {
          var p = document.createElement("p"); p.id = "result";
          p.setAttribute("data-width", m.data.width); p.setAttribute("data-scroll-width", m.data.scrollWidth);
          p.setAttribute("data-wider", m.data.wider); document.body.appendChild(p);
        });
        </script></body></html>
        """
        let page = folder.appendingPathComponent("frame.html")
        try frame.write(to: page, atomically: true, encoding: .utf8)
        return page
    }

    /// An attribute of the `result` paragraph in a dumped DOM.
    static func result(_ name: String, in dom: String) -> String? {
        guard let paragraph = dom.components(separatedBy: "<p id=\"result\"").dropFirst().first?.prefix(while: { $0 != ">" }) else { return nil }
        return paragraph.components(separatedBy: " \(name)=\"").dropFirst().first.map { String($0.prefix { $0 != "\"" }) }
    }

    @Test(.enabled(if: available, "Chromium is not installed; `.ci/run` installs it (apt-get install chromium)."), arguments: [1280, 390])
    func makesAScreenshotAtDesktopAndPhoneWidths(width: Int) throws {
        let file = try #require(ReportBrowser.report, "cps report failed")
        let shot = try CPSHarness.temporaryFolder().appendingPathComponent("report-\(width).png")
        _ = try ReportBrowser.browse(["--hide-scrollbars", "--window-size=\(width),1600", "--screenshot=\(shot.path)", file.absoluteString])
        let data = try Data(contentsOf: shot)
        let size = try #require(ReportBrowser.pngSize(data), "not a PNG")
        #expect(size.width == width && size.height == 1600)
        #expect(data.count > 20_000)
    }

    @Test(.enabled(if: available, "Chromium is not installed; `.ci/run` installs it (apt-get install chromium)."), arguments: [390, 1280])
    func nothingIsWiderThanTheScreen(width: Int) throws {
        let page = try Self.probe(width: width)
        let dom = try ReportBrowser.browse(["--virtual-time-budget=10000", "--dump-dom", page.absoluteString]).out
        let frameWidth = try #require(Self.result("data-width", in: dom).flatMap { Int($0) }, "the probe did not report")
        let scrollWidth = try #require(Self.result("data-scroll-width", in: dom).flatMap { Int($0) })
        #expect(frameWidth == width)
        // Before: the charts' fixed widths (up to 856 pixels) made a phone's page scroll sideways.
        #expect(scrollWidth <= frameWidth, "the page is \(scrollWidth) pixels wide in \(frameWidth)")
        #expect(Self.result("data-wider", in: dom) == "")
    }

    @Test(.enabled(if: available, "Chromium is not installed; `.ci/run` installs it (apt-get install chromium)."))
    func printsOnA4WithoutBlankPages() throws {
        let file = try #require(ReportBrowser.report, "cps report failed")
        let pdf = try CPSHarness.temporaryFolder().appendingPathComponent("report.pdf")
        _ = try ReportBrowser.browse(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", file.absoluteString])
        let data = try Data(contentsOf: pdf)
        let text = String(decoding: data, as: Unicode.ASCII.self)
        #expect(text.hasPrefix("%PDF-"))
        // Each page object, up to its end.
        let pages = text.components(separatedBy: "/Type /Page\n").dropFirst().map { String($0.prefix(600)) }
        // A page a section gave over 40; the report's content fits well under 60 pages of A4 and needs more than 10.
        #expect((10...60).contains(pages.count), "\(pages.count) pages")
        for page in pages {
            let box = page.components(separatedBy: "/MediaBox [").dropFirst().first?.prefix { $0 != "]" }.split(separator: " ").compactMap { Double($0) } ?? []
            // A4 is 595 by 842 points (US Letter is 612 by 792).
            #expect(box.count == 4 && abs(box[2] - 595) < 1 && abs(box[3] - 842) < 1, "\(box)")
        }
        // A page with nothing on it has a content stream of a few bytes; every page here draws text or a chart.
        let lengths = pages.compactMap { page -> Int? in
            guard let contents = page.components(separatedBy: "/Contents ").dropFirst().first?.prefix(while: { $0 != " " }),
                  let object = text.components(separatedBy: "\n\(contents) 0 obj\n").dropFirst().first else { return nil }
            return object.prefix(120).components(separatedBy: "/Length ").dropFirst().first.flatMap { Int($0.prefix { $0.isNumber }) }
        }
        #expect(lengths.count == pages.count)
        #expect(lengths.allSatisfy { $0 > 300 }, "\(lengths)")
    }
}
