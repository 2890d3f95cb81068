import Testing
@testable import TerminalUI

@Suite struct FrameTimeTests {
    @Test func galleryFrameRendersWellWithinATick() {
        let gallery = GalleryProgram(themes: [ThemeCatalog(userDirectory: nil).load("default")])
        let clock = ContinuousClock()
        let frames = 50
        var frame = ScreenBuffer(size: Size(width: 100, height: 30))
        let elapsed = clock.measure {
            for _ in 0..<frames {
                frame = ScreenBuffer(size: Size(width: 100, height: 30))
                gallery.render(into: &frame)
            }
        }
        let perFrame = elapsed / frames
        var previous = frame
        previous.write("x", at: Point(x: 0, y: 5), style: .plain)
        let diffTime = clock.measure { _ = FrameDiff.changedRuns(from: previous, to: frame) }
        print("gallery frame at 100x30: \(perFrame) to render, \(diffTime) to diff against the previous frame")
        #expect(frame.text.contains("widget gallery"))
        #expect(perFrame < .milliseconds(50))
    }
}
