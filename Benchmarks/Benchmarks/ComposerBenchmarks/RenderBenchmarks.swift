import Benchmark
import TerminalUI

/// Rendering costs that once were wall-clock limits inside unit tests.
func renderBenchmarks() {
    Benchmark("The widget gallery's frame at 100x30 (render, then diff against the previous frame)",
              configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxIterations: 2000)) { benchmark in
        let gallery = GalleryProgram(themes: [ThemeCatalog(userDirectory: nil).load("default")])
        var previous = ScreenBuffer(size: Size(width: 100, height: 30))
        gallery.render(into: &previous)
        previous.write("x", at: Point(x: 0, y: 5), style: .plain)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var frame = ScreenBuffer(size: Size(width: 100, height: 30))
            gallery.render(into: &frame)
            blackHole(FrameDiff.changedRuns(from: previous, to: frame))
        }
    }

    Benchmark("A 10,000-character line in a text view, 10 columns wide") { benchmark in
        let long = "\"" + String(repeating: "東x", count: 5_000) + "\""
        let view = TextView(lines: JSONHighlighter.highlight(long), viewportHeight: 1, showsLineNumbers: false)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var buffer = ScreenBuffer(size: Size(width: 10, height: 1))
            view.render(into: &buffer, rect: buffer.bounds, theme: .fallback, focused: true)
            blackHole(buffer)
        }
    }

    Benchmark("30 lines of 10,000 characters into a 100x30 buffer") { benchmark in
        let long = String(repeating: "東a\u{1B}", count: 3_400)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var buffer = ScreenBuffer(size: Size(width: 100, height: 30))
            for y in 0..<30 { buffer.write(long, at: Point(x: 0, y: y), style: .plain, ellipsis: true) }
            blackHole(buffer)
        }
    }
}
