import CPSEngine
/// The frame of every HTML page `cps` writes: a self-contained document with an inline stylesheet that reads
/// well on screen and in print, and no scripts.
struct HTMLPage {
    var title: String
    var body: String
    var extraStyle = ""

    func render() -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="cps">
        <title>\(HTML.escape(title))</title>
        <style>
        \(Self.style)\(extraStyle)
        </style>
        </head>
        <body>
        <main>
        \(body)</main>
        </body>
        </html>

        """
    }

    static let style = """
    :root { color-scheme: light; --ink: #1b1b1b; --muted: #505a5f; --rule: #b1b4b6; --accent: #1d70b8; }
    body { font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); margin: 0; }
    main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
    h1 { font-size: 1.9rem; margin: 0 0 1rem; }
    h2 { font-size: 1.45rem; margin: 2rem 0 .6rem; border-bottom: 2px solid var(--rule); padding-bottom: .2rem; }
    h3 { font-size: 1.15rem; margin: 1.4rem 0 .4rem; }
    h4, h5, h6 { font-size: 1rem; margin: 1rem 0 .3rem; }
    p.note, .note { color: var(--muted); font-size: .9rem; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
    dt { font-weight: 600; }
    dd { margin: 0; }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; margin: .5rem 0 1.2rem; font-size: .92rem; }
    caption { text-align: left; font-weight: 600; padding: .3rem 0; }
    th, td { border: 1px solid var(--rule); padding: .3rem .5rem; vertical-align: top; text-align: left; }
    thead th { background: #f3f2f1; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; }
    td.absent { font-style: italic; color: #6f3900; background: #fff7e6; }
    td.absent::before { content: "⚠ "; }
    @media print {
      body { font-size: 11pt; }
      main { max-width: none; padding: 0; }
      h2 { break-after: avoid; }
      table, figure { break-inside: avoid; }
      .table-wrap { overflow: visible; }
    }

    """
}
