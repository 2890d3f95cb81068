import ComposerKit
import Foundation
import PassCore

extension ScreenRunner {
    /// The submission of `order`, under the task name `submission`; its events come back as ``SubmitMessage/flow(run:_:)``.
    func start(_ order: SubmissionOrder) -> Command<Message>? {
        guard let services = environment.services else { return nil }
        return .run(id: "submission") { poster in
            let events: AsyncStream<SubmissionFlow.Event>
            do {
                events = try await services.submit(kind: order.kind, value: order.value, body: order.body, files: order.files,
                                                   only: order.only, to: order.endpoint)
            } catch {
                poster.post(.submit(.failed(run: order.run, "\(error)")))
                return
            }
            for await event in events {
                poster.post(.submit(.flow(run: order.run, event)))
            }
        }
    }

    /// The upload of one file again, under the task name `retry-<asset id>`.
    func retry(_ job: UploadJob, run: Int, endpoint: EndpointChoice) -> Command<Message>? {
        guard let services = environment.services else { return nil }
        return .run(id: Self.retryTask(job.assetID)) { poster in
            guard let client = try? await services.client(endpoint) else { return }
            let upload = client.upload([job])
            await withTaskCancellationHandler {
                for await event in upload.events { poster.post(.submit(.upload(run: run, event))) }
            } onCancel: {
                upload.cancel()
            }
            for result in await upload.results() { poster.post(.submit(.retried(run: run, result))) }
        }
    }

    /// Stops the submission and the retries of `assetIDs`.
    func stop(assetIDs: [String]) -> [Command<Message>] {
        [.cancel(id: "submission")] + assetIDs.map { .cancel(id: Self.retryTask($0)) }
    }

    static func retryTask(_ assetID: String) -> String { "retry-" + assetID }

    /// Checks a replacement file as the files were checked before sending; nil when this composer cannot send.
    func check(_ declaration: AssetDeclaration, path: String) -> SubmitMessage? {
        guard let services = environment.services else { return nil }
        let check = services.preflight([declaration], [declaration.assetID: environment.absolute(path)])
        if let problem = check.findings.errors.first {
            return .checked(assetID: declaration.assetID, path: path, .failure(ReplacementRefused(problem.message)))
        }
        guard let file = check.files.first else { return nil }
        return .checked(assetID: declaration.assetID, path: path, .success(file))
    }

    /// Completes a typed path.
    func complete(_ typed: String) -> SubmitMessage {
        .completed(environment.complete(typed))
    }

    /// Appends `entry` to the local history, when there is one.
    func record(_ entry: HistoryEntry) {
        try? environment.services?.history?.append(entry)
    }
}
