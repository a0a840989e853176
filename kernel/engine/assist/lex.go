package assist

import (
	"go/scanner"
	"go/token"
	"unicode"
	"unicode/utf8"
)

// tok is one token of the code being completed or inspected, with its
// byte offsets.
type tok struct {
	t        token.Token
	off, end int
}

// lex scans code into tokens, comments included. Scanning errors are
// ignored: the code is being written.
func lex(code string) []tok {
	fset := token.NewFileSet()
	f := fset.AddFile("", -1, len(code))
	var s scanner.Scanner
	s.Init(f, []byte(code), func(token.Position, string) {}, scanner.ScanComments)
	var out []tok
	for {
		pos, t, lit := s.Scan()
		if t == token.EOF {
			return out
		}
		off := f.Offset(pos)
		end := off + len(lit)
		switch {
		case t == token.SEMICOLON && lit == "\n":
			end = off // an automatic semicolon: no text
		case lit == "":
			end = off + len(t.String())
		}
		out = append(out, tok{t: t, off: off, end: min(end, len(code))})
	}
}

// inLiteral reports whether offset cursor is inside a comment or a string
// or character literal, where there is nothing to complete.
func inLiteral(code string, toks []tok, cursor int) bool {
	for _, k := range toks {
		if k.off >= cursor {
			break
		}
		switch k.t {
		case token.COMMENT:
			lineComment := k.end-k.off >= 2 && code[k.off+1] == '/'
			if cursor < k.end || cursor == k.end && lineComment {
				return true
			}
		case token.STRING, token.CHAR:
			if cursor < k.end || cursor == k.end && !closed(code[k.off:k.end]) {
				return true
			}
		}
	}
	return false
}

// closed reports whether a string or character literal is terminated.
func closed(lit string) bool {
	if len(lit) < 2 {
		return false
	}
	q, last := lit[0], lit[len(lit)-1]
	if last != q {
		return false
	}
	if q == '`' {
		return true
	}
	// An escaped closing quote ("\") does not close the literal.
	n := 0
	for i := len(lit) - 2; i > 0 && lit[i] == '\\'; i-- {
		n++
	}
	return n%2 == 0
}

func isIdentRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordAt returns the identifier around offset cursor as [start, end):
// the identifier characters before and after it (an empty range when there
// are none).
func wordAt(code string, cursor int) (start, end int) {
	start, end = cursor, cursor
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(code[:start])
		if !isIdentRune(r) {
			break
		}
		start -= n
	}
	for end < len(code) {
		r, n := utf8.DecodeRuneInString(code[end:])
		if !isIdentRune(r) {
			break
		}
		end += n
	}
	return start, end
}

// isNumberStart reports whether a word is a number (or starts like one),
// where there is nothing to complete.
func isNumberStart(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsDigit(r)
}

// tokenAt returns the index of the token starting at offset off, or -1.
func tokenAt(toks []tok, off int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := (lo + hi) / 2
		if toks[m].off < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(toks) && toks[lo].off == off {
		return lo
	}
	return -1
}

// prevToken returns the index of the last token (comments skipped) ending
// at or before off, or -1.
func prevToken(toks []tok, off int) int {
	for i := len(toks) - 1; i >= 0; i-- {
		if toks[i].end <= off && toks[i].off < off && toks[i].t != token.COMMENT {
			return i
		}
	}
	return -1
}

// stmtStart reports whether a word starting at off begins a statement,
// where every keyword may be typed.
func stmtStart(toks []tok, off int) bool {
	i := prevToken(toks, off)
	if i < 0 {
		return true
	}
	switch toks[i].t {
	case token.SEMICOLON, token.LBRACE, token.RBRACE, token.COLON:
		return true
	}
	return false
}

// isClose reports whether t closes a bracket.
func isClose(t token.Token) bool {
	return t == token.RPAREN || t == token.RBRACK || t == token.RBRACE
}

// matchOpen returns the index of the bracket that the closing bracket at
// toks[i] closes, or -1.
func matchOpen(toks []tok, i int) int {
	depth := 0
	for j := i; j >= 0; j-- {
		switch toks[j].t {
		case token.RPAREN, token.RBRACK, token.RBRACE:
			depth++
		case token.LPAREN, token.LBRACK, token.LBRACE:
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

// operandStart returns the offset where the operand that ends with
// toks[i] starts: a chain of identifiers, selectors, calls, index
// expressions and composite literals such as a.b(c)[d].e. It returns -1
// when toks[i] cannot end an operand.
func operandStart(toks []tok, i int) int {
	start := -1
	for i >= 0 {
		switch k := toks[i]; {
		case k.t == token.IDENT:
			start, i = k.off, i-1
			// a.b: continue the chain; []T and map[K]T: the type's prefix.
			if i >= 0 && toks[i].t == token.RBRACK {
				continue
			}
		case isClose(k.t):
			j := matchOpen(toks, i)
			if j < 0 {
				return -1
			}
			start, i = toks[j].off, j-1
			if i >= 0 {
				switch toks[i].t {
				case token.IDENT, token.RPAREN, token.RBRACK, token.RBRACE:
					continue // a call, an index, a literal's type
				case token.FUNC, token.MAP, token.CHAN, token.STRUCT, token.INTERFACE:
					return toks[i].off
				}
			}
		default:
			return start
		}
		if i < 0 || toks[i].t != token.PERIOD {
			return start
		}
		i-- // the '.' of a selector: its operand comes before
		if i < 0 || !(toks[i].t == token.IDENT || isClose(toks[i].t)) {
			return -1
		}
	}
	return start
}

// openCall returns the index of the '(' of the innermost call whose
// argument list contains offset cursor, or -1.
func openCall(toks []tok, cursor int) int {
	var stack []int
	for i, k := range toks {
		if k.off >= cursor {
			break
		}
		switch k.t {
		case token.LPAREN, token.LBRACK, token.LBRACE:
			stack = append(stack, i)
		case token.RPAREN, token.RBRACK, token.RBRACE:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
	for j := len(stack) - 1; j >= 0; j-- {
		if toks[stack[j]].t == token.LPAREN {
			return stack[j]
		}
		if toks[stack[j]].t == token.LBRACE {
			return -1 // inside a block or literal of the call, not its arguments
		}
	}
	return -1
}

// lineStart returns the offset of the start of the line holding off.
func lineStart(code string, off int) int {
	for off > 0 && code[off-1] != '\n' {
		off--
	}
	return off
}
