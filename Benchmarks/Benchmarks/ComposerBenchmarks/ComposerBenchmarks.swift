import Benchmark
import ComposerKit
import PassCore
import TerminalUI

/// A batch of `count` credentials spread over the four list sections.
func syntheticBatch(_ count: Int) -> ComposerDocument {
    var state = ComposerState(document: Templates.newDocument(.batch, ids: .sequential()), ids: .sequential())
    state.apply(.setText(Templates.holderNamePath, "John Doe"))
    let sections: [BatchSection] = [.microcredential, .education, .englishProficiency, .universalCredential]
    var document = state.document
    for i in 0..<count {
        let section = sections[i % sections.count]
        let item = Templates.newItem(section, batchID: document.requestID, holderName: "John Doe", taken: [])
        var value = item
        value.set(.string("\(document.requestID)-\(section.idSuffix)-\(i)"), at: JSONPath.root.appending("credential_id"))
        let fields = JSONPath.root.appending("fields")
        switch section {
        case .microcredential:
            value.set("Skill Test Provider", at: fields.appending("issuer_name"))
            value.set(.string("Course \(i)"), at: fields.appending("microcredential_name"))
            value.set("2024-04-30", at: fields.appending("issue_date"))
        case .education:
            value.set("University of Melbourne", at: fields.appending("education_provider"))
            value.set(.string("Course \(i)"), at: fields.appending("course_name"))
            value.set("2024", at: fields.appending("conferral_year"))
        case .englishProficiency:
            value.set("Skill Test Provider", at: fields.appending("test_provider"))
            value.set("English", at: fields.appending("test_name"))
            value.set("2024-01-01", at: fields.appending("completion_date"))
            value.set("A1", at: fields.appending("test_scores").appending("cefr_scores").appending("writing"))
            value.set("100", at: fields.appending("test_scores").appending("overall").appending("score"))
            value.set("EnglishScore", at: fields.appending("test_scores").appending("overall").appending("scale"))
        default:
            value.set(.string("Cert \(i)"), at: fields.appending("credential_name"))
            value.set("Cert", at: fields.appending("credential_sub_type"))
            value.set("Example Issuer", at: fields.appending("issuer_name"))
            value.set("2024-08-31", at: fields.appending("issue_date"))
        }
        var list = document.value[section.key]?.arrayValue ?? []
        list.append(value)
        document.value.set(.array(list), at: JSONPath.root.appending(section.key))
    }
    return document
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal],
                                           maxDuration: .seconds(5))
    renderBenchmarks()

    Benchmark("Keystroke into a 200-credential batch (update, validate, encode)",
              configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxIterations: 2000)) { benchmark in
        var state = ComposerState(document: syntheticBatch(200), ids: .sequential())
        let path = JSONPath.root.appending("microcredential_items").appending(10).appending("fields")
            .appending("microcredential_name")
        state.apply(.select(.item(.microcredential, 10)))
        var text = "Course"
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            text.append("x")
            state.apply(.setText(path, text))
            blackHole(state.body.count)
        }
    }

    Benchmark("Keystroke to frame: a 200-credential batch, update + validate + encode + render 160x48",
              configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxIterations: 2000)) { benchmark in
        let environment = ComposerEnvironment(now: { 0 })
        var program = ComposerProgram(document: syntheticBatch(200), environment: environment, ids: .sequential())
        _ = program.update(.resize(Size(width: 160, height: 48)))
        // To the 11th microcredential's name: select it in the outline, then into its form.
        _ = program.update(.key(.escape))
        for _ in 0..<12 { _ = program.update(.key(.down)) }
        _ = program.update(.key(.enter))
        _ = program.update(.key(.tab))
        _ = program.update(.key(.tab))
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            _ = program.update(.key(.char("x")))
            var frame = ScreenBuffer(size: Size(width: 160, height: 48))
            program.render(into: &frame)
            blackHole(frame)
        }
    }

    let certificate = (try? syntheticOpenCert(size: 5 << 20)) ?? []
    Benchmark("OpenCert of 5 MB with embedded images, checked offline (parse, digest, merkle proof)",
              configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxIterations: 200)) { benchmark in
        precondition(OpenCertVerdict(checking: certificate).integrity == .intact, "the synthetic OpenCert must be intact")
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(OpenCertVerdict(checking: certificate))
        }
    }

    Benchmark("OpenCert parts: Keccak-256 of 5 MB", configuration: .init(metrics: [.wallClock], maxIterations: 200)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(Keccak256.hash(certificate)) }
    }
    Benchmark("OpenCert parts: JSONParser.parse of the 5 MB certificate", configuration: .init(metrics: [.wallClock], maxIterations: 200)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try JSONParser.parse(certificate)) }
    }

    Benchmark("Keystroke into a single request carrying that 5 MB OpenCert (update, validate, encode)",
              configuration: .init(metrics: [.wallClock], maxIterations: 100)) { benchmark in
        let single: JSONValue = [
            "id": "s-1", "credential_type": "microcredential", "document_type": "open_cert",
            "data": ["credential": ["full_name": "John Doe", "issuer_name": "ExampleProvider",
                                    "microcredential_name": "Skill Test #2", "issue_date": "2024-08-31"],
                     "document": .string(String(decoding: certificate, as: UTF8.self))],
        ]
        var state = ComposerState(document: ComposerDocument(kind: .microcredential, value: single), ids: .sequential())
        let path = JSONPath.root.appending("data").appending("credential").appending("microcredential_name")
        var text = "Skill Test #2"
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            text.append("x")
            state.apply(.setText(path, text))
            blackHole(state.body.count)
        }
    }

    for count in [1_000, 10_000] {
        let bytes = JSONWriter.bytes(syntheticBatch(count).value)
        Benchmark("Validate \(count) credentials (parse + validate)") { benchmark in
            for _ in benchmark.scaledIterations {
                let value = try JSONParser.parse(bytes)
                blackHole(Validator.standard.validate(value, as: .batch))
            }
        }
        Benchmark("Preview \(count) credentials (parse + validate + canonical body)") { benchmark in
            for _ in benchmark.scaledIterations {
                let value = try JSONParser.parse(bytes)
                blackHole(Validator.standard.validate(value, as: .batch))
                blackHole(CanonicalJSON.standard.body(value, as: .batch))
            }
        }
    }
}
