/// Words for a POSIX shell command line that people copy and run.
public enum ShellQuoting {
    /// `text` as one shell word: as it is when it holds only letters, digits and
    /// `-_./=:@%+,`, else in single quotes (a `'` inside written `'\''`).
    public static func quoted(_ text: String) -> String {
        let plain = !text.isEmpty && text.unicodeScalars.allSatisfy { s in
            (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") || "-_./=:@%+,".unicodeScalars.contains(s)
        }
        return plain ? text : "'" + text.replacing("'", with: "'\\''") + "'"
    }
}
