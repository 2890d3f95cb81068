import ComposerKit
import Foundation
import PassCore

/// The router's side of the screens other than compose: which one shows, the keys and
/// messages handed to it, and its drawing.
extension ComposerProgram {
    /// Hands a key or a paste to the screen showing.
    mutating func handleScreenInput(_ input: InputEvent) -> [Command<Message>] {
        switch screen {
        case .compose:
            return []
        case .submit:
            let now = environment.now()
            return updateSubmit { $0.handle(input, now: now) }
        case .faults(var menu):
            let effects = menu.handle(input)
            screen = .faults(menu)
            return carryOut(effects)
        case .endpoints(var menu):
            let effects = menu.handle(input)
            screen = .endpoints(menu)
            carryOut(effects)
            return []
        case .history:
            return updateHistory { $0.handle(input) }
        }
    }

    /// Draws the screen showing over the composer.
    func renderScreen(into frame: inout ScreenBuffer) {
        let look = ScreenLook(theme: theme, phase: phase, notice: state.notice)
        switch screen {
        case .compose: break
        case .submit(let submit): submit.render(into: &frame, look: look)
        case .faults(let menu): menu.render(into: &frame, theme: theme)
        case .endpoints(let menu): menu.render(into: &frame, theme: theme)
        case .history(let history): history.render(into: &frame, look: look)
        }
    }

    /// Says whether the browser took a link.
    mutating func announceOpened(_ opened: Bool?, _ text: String) {
        guard let opened else { return }
        state.apply(.notify(Notice(opened ? .info : .warning, opened ? text : "No desktop browser here; C copies the link instead.")))
    }

    // MARK: The menus

    mutating func openEndpointMenu() {
        guard let services = environment.services else { return }
        screen = .endpoints(EndpointMenu(choices: services.endpoints(), current: endpoint))
    }

    mutating func openFaultsMenu() -> [Command<Message>] {
        guard let load = screenRunner.loadFaults(), endpoint?.isSandbox == true else {
            state.apply(.notify(Notice(.info, "Demo faults belong to the embedded sandbox; choose it with F11 first.")))
            return []
        }
        screen = .faults(FaultsMenu())
        return [load]
    }

    private mutating func carryOut(_ effects: [FaultsEffect]) -> [Command<Message>] {
        var commands: [Command<Message>] = []
        for effect in effects {
            switch effect {
            case .set(let id, let on):
                if let command = screenRunner.setFault(id, on: on) { commands.append(command) }
            case .notify(let notice):
                state.apply(.notify(notice))
            case .close:
                screen = .compose
            case .quit:
                commands.append(.requestQuit)
            }
        }
        return commands
    }

    private mutating func carryOut(_ effects: [EndpointEffect]) {
        for effect in effects {
            switch effect {
            case .choose(let choice):
                endpoint = choice
                screen = .compose
                state.apply(.notify(Notice(choice.isProduction ? .warning : .info, "Requests now go to \(choice.label).")))
            case .close:
                screen = .compose
            }
        }
    }
}
