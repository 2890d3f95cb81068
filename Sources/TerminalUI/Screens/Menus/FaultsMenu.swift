import ComposerKit

/// The presenter's menu of the embedded sandbox's faults: Space switches the one chosen.
struct FaultsMenu: Sendable {
    var faults: [DemoFault] = []
    var selected = 0
    /// The faults are being read from the sandbox.
    var loading = true
}

/// What the faults menu asks for.
enum FaultsEffect: Sendable, Equatable {
    /// Switches fault `id` on or off in the sandbox, then reads the faults again.
    case set(id: String, on: Bool)
    case notify(Notice)
    case close
    case quit
}

extension FaultsMenu {
    mutating func handle(_ input: InputEvent) -> [FaultsEffect] {
        guard case .key(let key) = input else { return [] }
        switch key {
        case .escape, .f(12):
            return [.close]
        case .up:
            selected = max(0, selected - 1)
        case .down:
            selected = min(max(0, faults.count - 1), selected + 1)
        case .enter, .char(" "):
            guard faults.indices.contains(selected) else { return [] }
            let fault = faults[selected]
            faults[selected].isOn.toggle()
            return [.notify(Notice(.info, "\(fault.title): \(fault.isOn ? "off" : "on").")), .set(id: fault.id, on: !fault.isOn)]
        case .ctrl("q"):
            return [.quit]
        default:
            break
        }
        return []
    }

    /// The faults as the sandbox has them now.
    mutating func receive(_ faults: [DemoFault]) {
        self.faults = faults
        loading = false
        selected = min(selected, max(0, faults.count - 1))
    }
}
