import ComposerKit

/// The compose screen's own view, beside the composer's state: which pane has the keys when
/// it is the preview, how the preview scrolls, and the menu or prompt open over the form.
struct ComposeScreen: Sendable {
    /// The preview pane has the keys (the composer's focus stays where it was).
    var previewFocused = false
    /// On narrow terminals the preview shows in place of the form.
    var previewShown = false
    var previewTop = 0
    /// The first column of the preview shown (Left and Right scroll it).
    var previewLeft = 0
    /// Set when the user scrolled the preview; following the focused field stops until focus moves.
    var previewPinned = false
    var overlay: ComposeOverlay?
}

/// The panes of the compose screen.
enum Pane: Hashable, Sendable { case outline, form, preview }
