import ComposerKit
import Foundation
import PassCore
@testable import TerminalUI

/// A batch of three credentials with two PDF files and one PNG.
enum SubmitFixture {
    static let id = "3601f8ae-9181-41a3-89ed-6dbe5ecde2b5"
    static let pdf1 = id + "-micro-1-asset"
    static let png = id + "-micro-2-asset"
    static let pdf2 = id + "-edu-1-asset"

    static let json = """
        {
          "credential_id": "\(id)",
          "digital_identity": {"credential_id": "\(id)-1", "fields": {"full_name": "John Doe"}},
          "microcredential_items": [
            {"credential_id": "\(id)-micro-1",
             "fields": {"full_name": "John Doe", "issuer_name": "Skill Test Provider", "microcredential_name": "AI Essentials",
                        "issue_date": "2024-04-30", "expiry_date": "2026-08-30"},
             "assets": [{"asset_id": "\(pdf1)", "asset_type": "pdf"}]},
            {"credential_id": "\(id)-micro-2",
             "fields": {"full_name": "John Doe", "issuer_name": "Skill Test Provider", "microcredential_name": "AI Advanced",
                        "issue_date": "2024-05-30", "expiry_date": "2026-10-30"},
             "assets": [{"asset_id": "\(png)", "asset_type": "png"}]}
          ],
          "education_items": [
            {"credential_id": "\(id)-edu-1",
             "fields": {"full_name": "John Doe", "education_provider": "University of Melbourne", "course_name": "BSc",
                        "conferral_year": "2024"},
             "assets": [{"asset_id": "\(pdf2)", "asset_type": "pdf"}]}
          ],
          "english_proficiency_items": []
        }
        """

    /// The files on the fake disk, by path: (asset id, type, size).
    static let files: [(path: String, assetID: String, type: AssetType, size: Int)] = [
        ("/work/certificate.pdf", pdf1, .pdf, 2_400_000),
        ("/work/badge.png", png, .png, 180_000),
        ("/work/transcript.pdf", pdf2, .pdf, 640_000),
    ]

    static let sandboxURL = "http://127.0.0.1:41234"
    static let redirectURI = sandboxURL + "/partner/add/batch#clientId=sandbox-demo&content=9b2f4c1e-5d6a-4e8b-a1c3-7f0e2d4b6a88"

    static let sandbox = EndpointChoice(id: "sandbox (embedded)", label: "SANDBOX — nothing leaves this machine",
                                        baseURL: sandboxURL, isSandbox: true, isProduction: false)
    static let production = EndpointChoice(id: "live", label: "PRODUCTION https://api.example.com · profile live",
                                           baseURL: "https://api.example.com", isSandbox: false, isProduction: true)

    /// Services that never reach a network: the client cannot be had, files are checked from the table above.
    static func services(endpoints: [EndpointChoice] = [sandbox], opened: OpenedURLs? = nil,
                         history: SubmissionHistory? = nil) -> SubmissionServices {
        SubmissionServices(
            endpoints: { endpoints },
            client: { _ in throw ClientError.configuration("no network in screen tests") },
            history: history,
            openURL: { url in opened?.urls.append(url); return opened != nil },
            preflight: { declarations, paths in
                var found: [AssetFile] = []
                for declaration in declarations {
                    guard let path = paths[declaration.assetID], let file = files.first(where: { $0.path == path }) else { continue }
                    found.append(AssetFile(assetID: declaration.assetID, path: path, type: declaration.type, size: Int64(file.size)))
                }
                return (found, [])
            })
    }

    /// A composer over the batch with every file chosen, at `size`.
    static func composer(size: Size = Size(width: 120, height: 40), endpoints: [EndpointChoice] = [sandbox],
                         opened: OpenedURLs? = nil, clock: FakeClock = FakeClock(),
                         history: SubmissionHistory? = nil) throws -> ComposerProgram {
        let value = try JSONParser.parse(Array(json.utf8))
        let document = ComposerDocument.opened(value, kind: .batch, filePath: "/work/batch.json")
        let environment = ComposerEnvironment(
            now: { clock.now },
            inspectFile: { path in
                guard let file = files.first(where: { $0.path == path }) else { return FileInspection(problem: "no such file") }
                return FileInspection(size: file.size, detectedType: file.type)
            },
            homeDirectory: "/home/me",
            currentDirectory: "/work",
            endpointLabel: "SANDBOX — nothing leaves this machine",
            services: services(endpoints: endpoints, opened: opened, history: history))
        var program = ComposerProgram(document: document, environment: environment, theme: .fallback, ids: .sequential())
        for file in files { program.apply(.chooseAssetFile(assetID: file.assetID, path: file.path)) }
        program.inspectAllAssetFiles()
        _ = program.update(.resize(size))
        return program
    }

    /// The upload job of each file, with links whose query is a credential.
    static var jobs: [UploadJob] {
        files.map { file in
            UploadJob(file: AssetFile(assetID: file.assetID, path: file.path, type: file.type, size: Int64(file.size)),
                      url: sandboxURL + "/_store/r/\(file.assetID)?X-Amz-Signature=SECRET-SIGNATURE")
        }
    }

    static var response: SubmissionResponse {
        SubmissionResponse(redirectURI: redirectURI, assetUploads: jobs.map { .init(assetID: $0.assetID, url: $0.url) })
    }
}

/// A clock the test moves.
final class FakeClock: @unchecked Sendable {
    var now = 0.0
}

/// URLs the fake browser was asked to open.
final class OpenedURLs: @unchecked Sendable {
    var urls: [String] = []
}

/// Drives a composer's submit screen by hand: keys, then flow and upload
/// events of its current run, then the screen.
struct SubmitDriver {
    var program: ComposerProgram
    var size: Size
    /// The commands the last key returned.
    var commands: [Command<ComposerProgram.Message>] = []

    let clock: FakeClock

    init(_ program: ComposerProgram, size: Size = Size(width: 120, height: 40), clock: FakeClock = FakeClock()) {
        self.program = program
        self.size = size
        self.clock = clock
        _ = self.program.update(.resize(size))
    }

    mutating func key(_ key: Key) {
        commands = program.update(.key(key))
    }

    var run: Int {
        if case .submit(let model) = program.screen { return model.run }
        return -1
    }

    var model: SubmitScreen? {
        if case .submit(let model) = program.screen { return model }
        return nil
    }

    mutating func flow(_ event: SubmissionFlow.Event) {
        _ = program.update(.message(.submit(.flow(run: run, event))))
    }

    mutating func upload(_ id: String, _ change: UploadEvent.Change) {
        flow(.upload(UploadEvent(assetID: id, change: change)))
    }

    mutating func tick() {
        _ = program.update(.tick)
    }

    var screen: ScreenBuffer {
        var frame = ScreenBuffer(size: size, style: program.theme[.text])
        program.render(into: &frame)
        return frame
    }

    /// F10 then Enter: the request is on its way (authenticating).
    static func sending(size: Size = Size(width: 120, height: 40), history: SubmissionHistory? = nil) throws -> SubmitDriver {
        let clock = FakeClock()
        var driver = SubmitDriver(try SubmitFixture.composer(size: size, clock: clock, history: history), size: size, clock: clock)
        driver.key(.f(10))
        driver.key(.enter)
        return driver
    }

    /// Taken by the server; files waiting to upload.
    static func accepted(size: Size = Size(width: 120, height: 40), history: SubmissionHistory? = nil) throws -> SubmitDriver {
        var driver = try sending(size: size, history: history)
        driver.flow(.sending)
        driver.flow(.accepted(SubmitFixture.response, jobs: SubmitFixture.jobs, problems: []))
        return driver
    }

    /// Every file arrived.
    static func done(size: Size = Size(width: 120, height: 40)) throws -> SubmitDriver {
        var driver = try accepted(size: size)
        for file in SubmitFixture.files {
            driver.upload(file.assetID, .started(total: Int64(file.size)))
            driver.upload(file.assetID, .finished(sha256: "ab"))
        }
        driver.flow(.finished(SubmissionFlow.Outcome(response: SubmitFixture.response)))
        return driver
    }
}
