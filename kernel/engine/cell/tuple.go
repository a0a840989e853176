package cell

import (
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"strconv"
)

// A cell ending in a list of expressions (x, y), as a Python user ends
// one to see several values: not a Go statement, so it is parsed apart
// and kept as a call of the builtin print with the expressions as its
// arguments (they keep the cell's positions), which Tuple names. The
// compiler shows their values as a tuple.

// tupleChunk reports whether chunk ch of src reads as a list of
// expressions: commas outside brackets, and no assignment, send, label
// or keyword that would make it a statement.
func tupleChunk(src string, ch Chunk) bool {
	text := src[ch.Start:ch.End]
	fset := token.NewFileSet()
	var s scanner.Scanner
	s.Init(fset.AddFile("", -1, len(text)), []byte(text), nil, 0)
	depth, commas, first := 0, 0, true
	prev := token.ILLEGAL
	for {
		_, t, _ := s.Scan()
		if t == token.EOF {
			return commas > 0
		}
		if t == token.ARROW && depth == 0 && endsOperand(prev) {
			return false // a send (ch <- v); a receive (<-ch) is a value
		}
		prev = t
		if first && t.IsKeyword() && t != token.FUNC && t != token.MAP && t != token.CHAN &&
			t != token.STRUCT && t != token.INTERFACE {
			return false
		}
		first = false
		switch t {
		case token.LPAREN, token.LBRACE, token.LBRACK:
			depth++
		case token.RPAREN, token.RBRACE, token.RBRACK:
			depth--
		case token.COMMA:
			if depth == 0 {
				commas++
			}
		case token.ASSIGN, token.DEFINE, token.INC, token.DEC, token.COLON,
			token.ADD_ASSIGN, token.SUB_ASSIGN, token.MUL_ASSIGN, token.QUO_ASSIGN, token.REM_ASSIGN,
			token.AND_ASSIGN, token.OR_ASSIGN, token.XOR_ASSIGN, token.SHL_ASSIGN, token.SHR_ASSIGN, token.AND_NOT_ASSIGN:
			if depth == 0 {
				return false
			}
		}
	}
}

// parseTuple parses chunk ch of the cell as a list of expressions and
// returns it as print(x, y).
func (c *Cell) parseTuple(fset *token.FileSet, ch Chunk) (*ast.ExprStmt, error) {
	line, col := 1, 1
	for i := 0; i < ch.Start; i++ {
		col++
		if c.Src[i] == '\n' {
			line, col = line+1, 1
		}
	}
	head := "package main\nfunc _() {\nprint(\n//line " + c.Name + ":" + strconv.Itoa(line) + ":" + strconv.Itoa(col) + "\n"
	src := head + c.Src[ch.Start:ch.End] + ",\n)\n}\n"
	f, err := parser.ParseFile(fset, c.Name, src, parser.SkipObjectResolution)
	if err != nil {
		return nil, convertErrors(err)
	}
	c.files = append(c.files, layoutFile{fset.File(f.Pos()), len(head) - ch.Start})
	body := f.Decls[0].(*ast.FuncDecl).Body
	es, ok := body.List[0].(*ast.ExprStmt)
	if !ok {
		return nil, ErrorList{{Msg: "expected a list of expressions"}}
	}
	call := es.X.(*ast.CallExpr)
	// The call spans its arguments, which are the cell's text.
	id := call.Fun.(*ast.Ident)
	id.NamePos = call.Args[0].Pos()
	call.Lparen, call.Rparen = call.Args[0].Pos(), call.Args[len(call.Args)-1].End()-1
	c.Tuple = call
	return es, nil
}

// endsOperand reports a token that can end an operand: an arrow after it
// sends.
func endsOperand(t token.Token) bool {
	switch t {
	case token.IDENT, token.INT, token.FLOAT, token.IMAG, token.CHAR, token.STRING,
		token.RPAREN, token.RBRACK, token.RBRACE:
		return true
	}
	return false
}
