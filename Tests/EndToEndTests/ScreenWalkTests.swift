import Foundation
import TestSupport
import Testing

extension EndToEnd {
    /// The walks that make docs/screens/ (`swift run seekpass-screens`) work, and each screen
    /// they capture fits its terminal.
    @Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: the end-to-end tests need it"))
    struct ScreenWalkTests {
        func check(_ captures: [ScreenCapture], names: [String]) {
            #expect(captures.map(\.name) == names)
            for capture in captures {
                #expect(capture.overflowingLines.isEmpty, "\(capture.name): \(capture.overflowingLines)")
                #expect(capture.screen.split(separator: "\n").count > 3, "\(capture.name) is a screen:\n\(capture.screen)")
            }
        }

        @Test func theGalleryWalkCapturesTheGalleryItsHelpAndTheSmallTerminalNotices() async throws {
            let captures = try await GalleryWalks.all()
            check(captures, names: ["gallery-100x30.txt", "help-100x30.txt", "small-terminal-40x10.txt", "small-terminal-20x5.txt"])
            #expect(captures[1].screen.contains("Keys"), "\(captures[1].screen)")
            #expect(captures[2].screen.contains("is 40x10"))
        }

        @Test func theGuideWalkComposesABatchFromStartToSave() async throws {
            let captures = try await GuideWalks.walkThrough()
            check(captures, names: [
                "composer-start-80x24.txt", "composer-add-menu-80x24.txt", "composer-education-80x24.txt",
                "composer-date-flag-80x24.txt", "composer-english-80x24.txt", "composer-right-to-work-80x24.txt",
                "composer-career-80x24.txt", "composer-universal-80x24.txt", "composer-preview-80x24.txt",
                "composer-save-80x24.txt", "composer-saved-80x24.txt", "composer-palette-80x24.txt",
                "composer-curl-80x24.txt", "composer-wide-160x40.txt",
            ])
            let saved = try #require(captures.first { $0.name == "composer-saved-80x24.txt" })
            #expect(saved.screen.contains("Saved"))
            let curl = try #require(captures.first { $0.name == "composer-curl-80x24.txt" })
            #expect(curl.screen.contains("$ACCESS_TOKEN") || curl.screen.contains("ACCESS_TOKEN"), "\(curl.screen)")
        }

        @Test func theGuideWalksOfProblemsAndOfACrash() async throws {
            let problems = try await GuideWalks.problemsAndHelp()
            check(problems, names: ["composer-opened-with-problems-100x30.txt", "composer-next-problem-100x30.txt", "composer-help-100x30.txt"])
            let resume = try await GuideWalks.resumeAfterACrash()
            check(resume, names: ["composer-resume-80x24.txt"])
        }
    }
}
