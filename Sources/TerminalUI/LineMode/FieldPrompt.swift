import ComposerKit
import Foundation
import PassCore

/// How the line mode says a row of the form and takes an answer for it: the label first,
/// whether it is required, its current value, its help, and what to type.
struct FieldPrompt {
    let row: FormRow
    /// The row's number in the form (what `edit N` takes).
    let number: Int
    /// The row's text as the form shows it.
    let value: String

    /// The label without the full screen's " or" that pairs it with the next field.
    var label: String {
        row.label.hasSuffix(" or") ? String(row.label.dropLast(3)) : row.label
    }

    /// What is said when the prompt comes up.
    var description: [String] {
        var first = "Field \(number): \(label)"
        if row.label.hasSuffix(" or") { first += ", or the next field" }
        if row.isRequired { first += ", required" }
        var lines = [first + ". " + current + "."]
        if !row.help.isEmpty { lines.append("Help: " + TextSanitizer.sanitize(row.help)) }
        if let hint { lines.append(hint) }
        return lines
    }

    /// The prompt itself.
    var prompt: String { label + ":" }

    var current: String {
        switch row.control {
        case .add, .heading: return "A list"
        case .record: return "A record"
        case .toggle:
            switch value {
            case "true": return "Now yes"
            case "false": return "Now no"
            default: return "Now not set"
            }
        default:
            return value.isEmpty ? "Now empty" : "Now " + TextSanitizer.sanitize(value)
        }
    }

    var hint: String? {
        if row.isGeneratedID { return "Generated; press Enter to keep it, or type a new one." }
        switch row.control {
        case .text, .listEntry:
            let example = row.placeholder.map { " For example " + TextSanitizer.sanitize($0) + "." } ?? ""
            if case .listEntry = row.control { return "Type a value, or Enter to keep it; remove \(number) removes it." + example }
            return example.isEmpty ? nil : String(example.dropFirst())
        case .date(let form):
            return "Type a date as \(form.mask)."
        case .choice(let options):
            return Self.numbered(options) + "; type a number" + (row.isRequired ? "." : ", or none to leave it out.")
        case .toggle:
            return "Type yes, no, or none."
        case .heading:
            return nil
        case .record:
            return "Press Enter to fill it in; remove \(number) removes it."
        case .add(_, let noun):
            return "Type yes to add \(ComposerState.article(noun)) \(noun), or press Enter to go on."
        case .json:
            return "Type it as JSON on one line, or press Enter to keep it."
        case .assetFile(_, let allowed):
            return "Type the path of the file to upload (" + allowed.map(\.rawValue).joined(separator: " or ") + ")."
        case .openCertFile:
            return "Type the path of the .opencert file to read."
        case .unknownKey:
            return "Not a field here, so it is not edited; remove \(number) removes it."
        }
    }

    /// "1 Education, 2 Microcredential"
    static func numbered(_ options: [String]) -> String {
        options.enumerated().map { "\($0.offset + 1) \(TextSanitizer.sanitize($0.element))" }.joined(separator: ", ")
    }

    /// What an answer does to the row: the actions, or why the answer does not fit.
    func actions(for answer: String) -> Result<[ComposerAction], AnswerProblem> {
        let text = answer.trimmingCharacters(in: .whitespaces)
        switch row.control {
        case .text, .listEntry, .date:
            return .success([.setText(row.path, row.isUppercase ? text.uppercased() : text)])
        case .choice(let options):
            if !row.isRequired, text.lowercased() == "none" { return .success([.setChoice(row.path, nil)]) }
            if let n = Int(text), options.indices.contains(n - 1) { return .success([.setChoice(row.path, options[n - 1])]) }
            if let option = options.first(where: { $0.lowercased() == text.lowercased() }) {
                return .success([.setChoice(row.path, option)])
            }
            return .failure(AnswerProblem("Type a number from 1 to \(options.count)."))
        case .toggle:
            switch text.lowercased() {
            case "yes", "y", "true": return .success([.setBool(row.path, true)])
            case "no", "n", "false": return .success([.setBool(row.path, false)])
            case "none", "-": return .success([.setBool(row.path, nil)])
            default: return .failure(AnswerProblem("Type yes, no, or none."))
            }
        case .add(let list, _):
            switch text.lowercased() {
            case "yes", "y": return .success([.addListElement(list)])
            default: return .failure(AnswerProblem("Type yes to add one, or press Enter to go on."))
            }
        case .record:
            return .failure(AnswerProblem("Press Enter to fill in this record."))
        case .json:
            do {
                return .success([.setJSON(row.path, try JSONParser.parse(text))])
            } catch {
                return .failure(AnswerProblem("Not JSON: \(error.reason)."))
            }
        case .assetFile(let assetID, _):
            return .success([.chooseAssetFile(assetID: assetID, path: text)])
        case .openCertFile:
            return .success([.focus(.row(row.id)), .input(.edit(.clear)), .input(.text(text)), .input(.confirm)])
        case .unknownKey:
            return .failure(AnswerProblem("This is not a field here; remove \(number) removes it."))
        case .heading:
            return .failure(AnswerProblem("A heading takes no answer."))
        }
    }

    /// The actions that empty the row.
    var clearing: [ComposerAction]? {
        switch row.control {
        case .text, .listEntry, .date: [.setText(row.path, "")]
        case .choice: row.isRequired ? nil : [.setChoice(row.path, nil)]
        case .toggle: [.setBool(row.path, nil)]
        case .json: [.setJSON(row.path, nil)]
        case .assetFile(let assetID, _): [.chooseAssetFile(assetID: assetID, path: "")]
        default: nil
        }
    }
}

/// Why an answer does not fit the field; said before the prompt comes again.
struct AnswerProblem: Error {
    var text: String
    init(_ text: String) { self.text = text }
}
