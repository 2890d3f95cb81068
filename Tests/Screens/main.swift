import Foundation
import TestSupport

// Writes docs/screens/ from the program itself: every screen the docs show, walked in tmux
// as a person would, with the binary this build produced.
//
//     swift run seekpass-screens            # every screen
//     swift run seekpass-screens guide      # one group: gallery, guide, submit
//
// `SEEKPASS_WRITE_DOCS=1 swift test --filter DocsTests` then copies the guide's screens into
// docs/user-guide.md.

let groups: [(name: String, walk: @Sendable () async throws -> [ScreenCapture])] = [
    ("gallery", GalleryWalks.all),
    ("guide", GuideWalks.all),
    ("submit", SubmitWalks.all),
]

let wanted = Set(CommandLine.arguments.dropFirst())
guard TmuxSession.isAvailable else {
    FileHandle.standardError.write(Data("seekpass-screens needs tmux (apt-get install -y tmux)\n".utf8))
    exit(2)
}
var failed = false
for group in groups where wanted.isEmpty || wanted.contains(group.name) {
    do {
        for capture in try await group.walk() {
            try capture.write()
            let overflow = capture.overflowingLines.isEmpty ? "" : " (\(capture.overflowingLines.count) lines wider than \(capture.width))"
            print("wrote docs/screens/\(capture.name)\(overflow)")
        }
    } catch {
        FileHandle.standardError.write(Data("\(group.name): \(error)\n".utf8))
        failed = true
    }
}
exit(failed ? 1 : 0)
