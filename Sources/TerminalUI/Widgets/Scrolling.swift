/// Keeps a highlighted row inside a window of `visible` rows, moving the window as little as possible.
public enum Scrolling {
    public static func top(keeping row: Int, visible: Int, current: Int, count: Int) -> Int {
        guard visible > 0, count > visible else { return 0 }
        var top = current
        if row < top { top = row }
        if row >= top + visible { top = row - visible + 1 }
        return min(max(0, top), count - visible)
    }
}
