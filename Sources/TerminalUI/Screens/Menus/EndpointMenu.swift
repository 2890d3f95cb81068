import ComposerKit

/// The choice of where requests go; production is chosen only once confirmed.
struct EndpointMenu: Sendable {
    var choices: [EndpointChoice]
    var selected: Int
    /// The endpoint in use when the menu opened.
    var current: EndpointChoice?
    var confirm: Dialog?

    init(choices: [EndpointChoice], current: EndpointChoice?) {
        self.choices = choices
        self.current = current
        selected = choices.firstIndex { $0.id == current?.id } ?? 0
    }
}

/// What the endpoint menu asks for.
enum EndpointEffect: Sendable, Equatable {
    /// Requests go to this endpoint from now on (the menu closes).
    case choose(EndpointChoice)
    case close
}

extension EndpointMenu {
    mutating func handle(_ input: InputEvent) -> [EndpointEffect] {
        guard case .key(let key) = input else { return [] }
        if var dialog = confirm {
            let outcome = dialog.handle(input)
            switch outcome {
            case .submitted, .cancelled:
                confirm = nil
                if outcome == .submitted, dialog.isConfirmed { return [.choose(choices[selected])] }
            default:
                confirm = dialog
            }
            return []
        }
        switch key {
        case .escape, .f(11):
            return [.close]
        case .up:
            selected = max(0, selected - 1)
        case .down:
            selected = min(max(0, choices.count - 1), selected + 1)
        case .enter:
            guard choices.indices.contains(selected) else { return [] }
            let choice = choices[selected]
            guard choice.isProduction else { return [.choose(choice)] }
            confirm = Dialog.confirm(title: "Use production?",
                                     message: "Requests to \(choice.baseURL) reach real holders; every send asks again.",
                                     confirm: "Use it", cancel: "Keep \(current?.id ?? "the current one")")
        default:
            break
        }
        return []
    }
}
