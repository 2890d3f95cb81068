/// Where everything of the gallery goes for a given terminal size.
struct GalleryLayout: Sendable {
    var title: Rect
    var status: Rect
    var labels: [GalleryField: Rect] = [:]
    var fields: [GalleryField: Rect] = [:]
    var upload: Rect
    var spinner: Rect
    var previewBox: Rect
    var swatchBox: Rect

    static let labelWidth = 12

    init(size: Size) {
        let screen = Rect(size: size)
        let (titleRow, rest) = screen.splitTop(1)
        let (body, statusRow) = rest.splitBottom(1)
        title = titleRow
        status = statusRow
        let content = Rect(x: body.x + 1, y: body.y + 1, width: body.width - 2, height: body.height - 1)
        let leftWidth = min(54, content.width * 55 / 100)
        let (left, rightArea) = content.splitLeft(leftWidth)
        let right = Rect(x: rightArea.x + 1, y: rightArea.y, width: rightArea.width - 1, height: rightArea.height)

        let listHeight = max(1, min(5, (left.height - 13) / 2))
        var y = left.y
        var labels: [GalleryField: Rect] = [:]
        var fields: [GalleryField: Rect] = [:]
        func place(_ field: GalleryField, height: Int = 1) {
            labels[field] = Rect(x: left.x, y: y, width: Self.labelWidth, height: 1)
            fields[field] = Rect(x: left.x + Self.labelWidth, y: y, width: left.width - Self.labelWidth, height: height)
            y += height
        }
        for field in [GalleryField.name, .note, .issued, .month, .year, .verified, .current] { place(field) }
        y += 1
        place(.credential, height: listHeight)
        y += 1
        place(.partners, height: listHeight)
        y += 1
        upload = Rect(x: left.x, y: y, width: left.width, height: 2)
        spinner = Rect(x: left.x, y: y + 2, width: left.width, height: 1)

        let swatchHeight = right.height >= 24 ? 11 : (right.height >= 20 ? 8 : 0)
        let (previewArea, swatchArea) = right.splitBottom(swatchHeight)
        previewBox = previewArea
        swatchBox = swatchArea
        fields[.preview] = previewArea.inset(dx: 1, dy: 1)
        self.labels = labels
        self.fields = fields
    }
}
