package engine

import (
	"go/scanner"
	"go/token"
	"strings"

	"gokernel/kernel"
	"gokernel/kernel/engine/cell"
)

// IsComplete implements kernel.Engine: code is incomplete when it ends
// inside brackets, a raw string or a comment, or where the parser wants
// more; invalid when it has an error before its end.
func (e *Engine) IsComplete(code string) kernel.IsComplete {
	trimmed := strings.TrimSpace(code)
	if trimmed == "" || strings.HasPrefix(trimmed, "%") || strings.HasPrefix(trimmed, "!") {
		return kernel.IsComplete{Status: "complete"}
	}
	depth, lexErr := bracketDepth(code)
	switch {
	case lexErr == "raw string literal not terminated" || lexErr == "comment not terminated":
		return kernel.IsComplete{Status: "incomplete", Indent: strings.Repeat("\t", max(depth, 0))}
	case lexErr != "" || depth < 0:
		return kernel.IsComplete{Status: "invalid"}
	}
	_, err := cell.Parse(token.NewFileSet(), "cell", code)
	if err == nil {
		return kernel.IsComplete{Status: "complete"}
	}
	list, ok := err.(cell.ErrorList)
	if !ok || len(list) == 0 {
		return kernel.IsComplete{Status: "invalid"}
	}
	// Errors at the end of the text (in the wrapper the parser sees after
	// a cell's statements, or at EOF) mean more is to come.
	lines := strings.Count(code, "\n") + 1
	for _, x := range list {
		if !strings.Contains(x.Msg, "EOF") && x.Pos.Line <= lines {
			return kernel.IsComplete{Status: "invalid"}
		}
	}
	return kernel.IsComplete{Status: "incomplete", Indent: strings.Repeat("\t", max(depth, 0))}
}

// bracketDepth returns how many brackets are left open at the end of code,
// and the first scanner error, if any.
func bracketDepth(code string) (int, string) {
	fset := token.NewFileSet()
	f := fset.AddFile("", -1, len(code))
	var s scanner.Scanner
	first := ""
	s.Init(f, []byte(code), func(_ token.Position, msg string) {
		if first == "" {
			first = msg
		}
	}, 0)
	depth := 0
	for {
		_, t, _ := s.Scan()
		switch t {
		case token.EOF:
			return depth, first
		case token.LPAREN, token.LBRACE, token.LBRACK:
			depth++
		case token.RPAREN, token.RBRACE, token.RBRACK:
			depth--
		}
	}
}
