/// Where each part of the composer goes at a given size. Wide terminals
/// (140 columns and more) show the preview beside the form; narrower ones
/// show it in place of the form (F5).
struct ComposerLayout {
    var title: Rect
    var outline: Rect
    var form: Rect
    var preview: Rect
    var message: Rect
    var hints: Rect

    init(size: Size, wide: Bool, previewShown: Bool) {
        let full = Rect(size: size)
        let (top, rest) = full.splitTop(1)
        let (body, bottom) = rest.splitBottom(2)
        title = top
        message = bottom.row(0)
        hints = bottom.row(1)
        let outlineWidth = min(34, max(22, size.width / 4))
        let (left, right) = body.splitLeft(outlineWidth)
        outline = left
        if wide {
            let formWidth = (right.width + 1) / 2
            let (formPart, previewPart) = right.splitLeft(formWidth)
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
