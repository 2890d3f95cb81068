extension ComposerProgram {
    /// The bottom line's hints that fit in `width` columns, with the keys in effect; "next
    /// problem" only while there is one.
    func hints(fitting width: Int) -> [(String, String)] {
        Self.hints(fitting: width, table: keys, leaving: state.errorCount + state.warningCount == 0 ? [.nextProblem] : [])
    }
}
