# Prints the profile names of a qddns configuration file (profiles[].name), one a line. The
# shell completions embed it, so it avoids single quotes and backslashes in its own text.
{ text = text $0 " " }
END {
    quote = sprintf("%c", 34); backslash = sprintf("%c", 92)
    n = length(text); depth = 0; i = 1
    while (i <= n) {
        c = substr(text, i, 1)
        if (c == quote) {
            j = i + 1; s = ""
            while (j <= n) {
                ch = substr(text, j, 1)
                if (ch == backslash) { s = s substr(text, j, 2); j += 2; continue }
                if (ch == quote) break
                s = s ch; j++
            }
            if (type[depth] == "object" && wantKey[depth]) { key[depth] = s; wantKey[depth] = 0 }
            else if (depth == 3 && key[1] == "profiles" && type[2] == "array" && key[3] == "name") print s
            i = j + 1
            continue
        }
        if (c == "{" || c == "[") {
            depth++; type[depth] = (c == "{") ? "object" : "array"; wantKey[depth] = (c == "{"); key[depth] = ""
        } else if (c == "}" || c == "]") {
            depth--
        } else if (c == "," && type[depth] == "object") {
            wantKey[depth] = 1
        }
        i++
    }
}
