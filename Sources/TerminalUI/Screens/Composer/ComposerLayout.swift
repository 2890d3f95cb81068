/// Where each part of the composer goes at a given size. Wide terminals
/// (140 columns and more) show the preview beside the form, as wide as its longest line
/// needs while the form keeps ``smallestWideForm`` columns (the credentials list narrows
/// first); narrower ones show it in place of the form (F5).
struct ComposerLayout {
    var title: Rect
    var outline: Rect
    var form: Rect
    var preview: Rect
    var message: Rect
    var hints: Rect

    /// The fewest columns the form keeps beside the preview.
    static let smallestWideForm = 52

    /// - Parameter previewWants: the columns the preview's frame would take to show its longest line whole.
    init(size: Size, wide: Bool, previewShown: Bool, previewWants: Int = 0) {
        let full = Rect(size: size)
        let (top, rest) = full.splitTop(1)
        let (body, bottom) = rest.splitBottom(2)
        title = top
        message = bottom.row(0)
        hints = bottom.row(1)
        var outlineWidth = min(34, max(22, size.width / 4))
        if wide {
            // Columns the preview lacks beside a half-and-half split come from the outline first.
            let half = (size.width - outlineWidth) / 2
            outlineWidth = max(26, outlineWidth - max(0, previewWants - half))
        }
        let (left, right) = body.splitLeft(outlineWidth)
        outline = left
        if wide {
            let previewWidth = max(right.width / 2, min(previewWants, right.width - Self.smallestWideForm))
            let (formPart, previewPart) = right.splitLeft(right.width - previewWidth)
            form = formPart
            preview = previewPart
        } else if previewShown {
            form = Rect(x: right.x, y: right.y, width: 0, height: 0)
            preview = right
        } else {
            form = right
            preview = Rect(x: right.x, y: right.y, width: 0, height: 0)
        }
    }

    /// The inside of the preview's frame.
    var previewBody: Rect { preview.inset(dx: 1, dy: 1) }
    var formBody: Rect { form.inset(dx: 1, dy: 1) }
    var outlineBody: Rect { outline.inset(dx: 1, dy: 1) }
}
