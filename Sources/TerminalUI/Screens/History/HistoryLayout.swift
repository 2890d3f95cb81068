/// Where the history screen's parts go: the list of requests on top, the
/// selected request's details under it, the message and key lines at the bottom.
struct HistoryLayout {
    var list: Rect
    var detail: Rect
    var message: Rect
    var hints: Rect
    /// The list and the details together (the QR code takes both).
    var body: Rect { Rect(x: list.x, y: list.y, width: list.width, height: list.height + detail.height) }

    init(size: Size) {
        let full = Rect(size: size)
        let (_, rest) = full.splitTop(1)
        let (body, bottom) = rest.splitBottom(2)
        message = bottom.row(0)
        hints = bottom.row(1)
        let detailHeight = min(10, max(0, body.height - 6))
        (list, detail) = body.splitBottom(detailHeight)
    }
}
