/// Splits JSON text into lines of spans coloured by role: keys, strings, numbers,
/// literals (`true`, `false`, `null`) and punctuation. Text that is not JSON keeps the text role.
public enum JSONHighlighter {
    public static func highlight(_ json: String) -> [StyledLine] {
        var lines: [StyledLine] = []
        for rawLine in json.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(highlightLine(Array(rawLine)))
        }
        return lines
    }

    /// One line of JSON, coloured by token.
    public static func highlightLine(_ chars: [Character]) -> StyledLine {
        var spans: StyledLine = []
        func add(_ text: String, _ role: ThemeRole) {
            if let last = spans.last, last.role == role { spans[spans.count - 1].text += text } else { spans.append(Span(text, role)) }
        }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "\"":
                var j = i + 1
                while j < chars.count, chars[j] != "\"" { j += chars[j] == "\\" ? 2 : 1 }
                let end = min(j + 1, chars.count)
                var k = end
                while k < chars.count, chars[k] == " " { k += 1 }
                add(String(chars[i..<end]), k < chars.count && chars[k] == ":" ? .jsonKey : .jsonString)
                i = end
            case "{", "}", "[", "]", ":", ",":
                add(String(c), .jsonPunctuation)
                i += 1
            case "-", "0"..."9":
                var j = i
                while j < chars.count, "0123456789+-.eE".contains(chars[j]) { j += 1 }
                add(String(chars[i..<j]), .jsonNumber)
                i = j
            case "t", "f", "n":
                let word = ["true", "false", "null"].first { w in
                    chars.count - i >= w.count && String(chars[i..<i + w.count]) == w
                }
                if let word {
                    add(word, .jsonLiteral)
                    i += word.count
                } else {
                    add(String(c), .text)
                    i += 1
                }
            default:
                add(String(c), .text)
                i += 1
            }
        }
        return spans
    }
}
