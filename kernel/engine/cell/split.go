// Package cell parses a notebook cell of Go — imports, declarations and
// statements in any order, or a whole program — keeping the cell's own line
// and column numbers in every position.
package cell

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
)

// Kind says what a top-level chunk of a cell is.
type Kind int

// The kinds of chunks.
const (
	Import Kind = iota // an import declaration
	Decl               // a type, const, var or func declaration
	Stmt               // a statement
)

func (k Kind) String() string {
	switch k {
	case Import:
		return "import"
	case Decl:
		return "decl"
	default:
		return "stmt"
	}
}

// Chunk is one top-level piece of a cell.
type Chunk struct {
	Kind       Kind
	Start, End int // byte offsets in the cell
}

// Cell is a parsed cell.
type Cell struct {
	// Name is the file name used in positions, e.g. "cell3".
	Name string
	Src  string
	// Program is set when the cell starts with a package clause: it is a
	// whole file, parsed as is into File.
	Program bool
	// File holds the cell's imports and declarations, in source order.
	File *ast.File
	// Stmts holds the top-level statements, in source order.
	Stmts []ast.Stmt
	// Chunks lists the top-level pieces in source order.
	Chunks []Chunk
	// Tuple is the call print(x, y) that stands for a last chunk listing
	// expressions (see tuple.go), or nil.
	Tuple *ast.CallExpr
	// Fset positions map back to the cell (file Name, the cell's lines and
	// columns).
	Fset *token.FileSet

	// files are the token files of the parsed layouts, each with the
	// length of the text before the cell's first byte.
	files []layoutFile
}

type layoutFile struct {
	file   *token.File
	prefix int
}

// Offset returns the byte offset in the cell's source of a position of
// one of its nodes, or -1.
func (c *Cell) Offset(pos token.Pos) int {
	for _, f := range c.files {
		if f.file.Base() <= int(pos) && int(pos) <= f.file.Base()+f.file.Size() {
			off := f.file.Offset(pos) - f.prefix
			if off < 0 || off > len(c.Src) {
				return -1
			}
			return off
		}
	}
	return -1
}

// Error is a syntax error at a position of the cell.
type Error struct {
	Pos token.Position
	Msg string
}

func (e *Error) Error() string {
	return fmt.Sprintf("line %d:%d: %s", e.Pos.Line, e.Pos.Column, e.Msg)
}

// ErrorList is every syntax error of a cell, in order.
type ErrorList []*Error

func (l ErrorList) Error() string {
	if len(l) == 0 {
		return "no errors"
	}
	if len(l) == 1 {
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Parse parses src, naming positions after name. A cell that does not
// parse returns an ErrorList.
func Parse(fset *token.FileSet, name, src string) (*Cell, error) {
	c := &Cell{Name: name, Src: src, Fset: fset}
	chunks, pkg, err := split(name, src)
	if err != nil {
		return nil, err
	}
	c.Chunks = chunks
	if pkg {
		c.Program = true
		f, err := parser.ParseFile(fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, convertErrors(err)
		}
		c.File = f
		c.files = append(c.files, layoutFile{fset.File(f.Pos()), 0})
		return c, nil
	}
	declPrefix := "package main\n//line " + name + ":1:1\n"
	lateImports := importAfterDecl(chunks)
	declSrc := declPrefix + layout(src, chunks, func(k Kind) bool { return k != Stmt && (k != Import || !lateImports) })
	f, err := parser.ParseFile(fset, name, declSrc, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, convertErrors(err)
	}
	c.File = f
	c.files = append(c.files, layoutFile{fset.File(f.Pos()), len(declPrefix)})
	if lateImports {
		// An import after a declaration: Go wants imports first, a cell
		// takes them anywhere. They are parsed apart and put in front.
		impSrc := declPrefix + layout(src, chunks, func(k Kind) bool { return k == Import })
		fi, err := parser.ParseFile(fset, name, impSrc, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, convertErrors(err)
		}
		c.files = append(c.files, layoutFile{fset.File(fi.Pos()), len(declPrefix)})
		f.Decls = append(append([]ast.Decl{}, fi.Decls...), f.Decls...)
		f.Imports = append(fi.Imports, f.Imports...)
	}
	if hasKind(chunks, Stmt) {
		if err := c.parseStmts(fset, false); err != nil {
			last := chunks[len(chunks)-1]
			if last.Kind != Stmt || !tupleChunk(src, last) {
				return nil, err
			}
			// A trailing list of expressions (x, y).
			if c.parseStmts(fset, true) != nil {
				return nil, err
			}
			es, terr := c.parseTuple(fset, last)
			if terr != nil {
				return nil, err
			}
			c.Stmts = append(c.Stmts, es)
		}
	}
	return c, nil
}

// parseStmts parses the cell's statements, without the last chunk when
// butLast is set.
func (c *Cell) parseStmts(fset *token.FileSet, butLast bool) error {
	n := len(c.Chunks)
	i := 0 // (layout asks keep of each chunk in order)
	stmtPrefix := "package main\nfunc _() {\n//line " + c.Name + ":1:1\n"
	stmtSrc := stmtPrefix + layout(c.Src, c.Chunks, func(k Kind) bool {
		i++
		return k == Stmt && (!butLast || i < n)
	}) + "\n}\n"
	sf, err := parser.ParseFile(fset, c.Name, stmtSrc, parser.SkipObjectResolution)
	if err != nil {
		return convertErrors(err)
	}
	c.files = append(c.files, layoutFile{fset.File(sf.Pos()), len(stmtPrefix)})
	c.Stmts = sf.Decls[0].(*ast.FuncDecl).Body.List
	return nil
}

// importAfterDecl reports an import chunk that follows a declaration.
func importAfterDecl(chunks []Chunk) bool {
	decl := false
	for _, c := range chunks {
		switch c.Kind {
		case Import:
			if decl {
				return true
			}
		case Stmt:
		default:
			decl = true
		}
	}
	return false
}

func hasKind(chunks []Chunk, k Kind) bool {
	for _, c := range chunks {
		if c.Kind == k {
			return true
		}
	}
	return false
}

// layout returns src with every chunk that keep rejects blanked out (each
// byte but newlines replaced by a space), so that the kept chunks stay at
// their lines and columns. The semicolon that ends a blanked chunk is
// blanked too.
func layout(src string, chunks []Chunk, keep func(Kind) bool) string {
	b := []byte(src)
	blank := func(from, to int) {
		for i := from; i < to && i < len(b); i++ {
			if b[i] != '\n' {
				b[i] = ' '
			}
		}
	}
	for i, c := range chunks {
		if keep(c.Kind) {
			continue
		}
		end := c.End
		next := len(src)
		if i+1 < len(chunks) {
			next = chunks[i+1].Start
		}
		// Blank the explicit ';'s between this chunk and the next one
		// (two of them in "for i := 0; ; i++").
		for j := end; j < next; j++ {
			if src[j] == ';' {
				blank(j, j+1)
			}
		}
		blank(c.Start, end)
	}
	return string(b)
}

// split cuts src into top-level chunks at semicolons (explicit or
// automatic) outside brackets. pkg reports a leading package clause.
func split(name, src string) (chunks []Chunk, pkg bool, err error) {
	fset := token.NewFileSet()
	file := fset.AddFile(name, -1, len(src))
	var errs ErrorList
	var s scanner.Scanner
	s.Init(file, []byte(src), func(pos token.Position, msg string) {
		errs = append(errs, &Error{Pos: pos, Msg: msg})
	}, 0)

	type tok struct {
		t   token.Token
		off int
		end int
	}
	var toks []tok // tokens of the current chunk
	depth := 0
	flush := func() {
		if len(toks) == 0 {
			return
		}
		chunks = append(chunks, Chunk{Kind: kindOf(toks[0].t, func(i int) token.Token {
			if i < len(toks) {
				return toks[i].t
			}
			return token.EOF
		}), Start: toks[0].off, End: toks[len(toks)-1].end})
		toks = toks[:0]
	}
	for {
		pos, t, lit := s.Scan()
		if t == token.EOF {
			break
		}
		off := file.Offset(pos)
		if t == token.SEMICOLON && depth == 0 {
			flush()
			continue
		}
		switch t {
		case token.LPAREN, token.LBRACE, token.LBRACK:
			depth++
		case token.RPAREN, token.RBRACE, token.RBRACK:
			if depth > 0 {
				depth--
			}
		}
		end := off + len(lit)
		if lit == "" {
			end = off + len(t.String())
		}
		if t == token.SEMICOLON && lit == "\n" {
			end = off // an automatic semicolon inside brackets: no text
		}
		if len(chunks) == 0 && len(toks) == 0 && t == token.PACKAGE {
			pkg = true
		}
		toks = append(toks, tok{t: t, off: off, end: end})
	}
	flush()
	if len(errs) > 0 {
		return nil, false, errs
	}
	return chunks, pkg, nil
}

// kindOf classifies a chunk by its first tokens (at(i) is the i-th token).
func kindOf(first token.Token, at func(int) token.Token) Kind {
	switch first {
	case token.IMPORT:
		return Import
	case token.TYPE, token.CONST, token.VAR:
		return Decl
	case token.FUNC:
		switch at(1) {
		case token.IDENT:
			return Decl // func name(...
		case token.LPAREN:
			// A method (func (r T) Name( ...) or a function literal
			// (func (x int) ... { ... }(...)): a method has a name and a
			// '(' right after its receiver.
			depth := 0
			for i := 1; ; i++ {
				switch at(i) {
				case token.LPAREN, token.LBRACK, token.LBRACE:
					depth++
				case token.RPAREN, token.RBRACK, token.RBRACE:
					depth--
				case token.EOF:
					return Stmt
				}
				if depth == 0 {
					if at(i+1) == token.IDENT && at(i+2) == token.LPAREN {
						return Decl
					}
					return Stmt
				}
			}
		}
	}
	return Stmt
}

// convertErrors turns a go/parser error into an ErrorList.
func convertErrors(err error) error {
	var out ErrorList
	if list, ok := err.(scanner.ErrorList); ok {
		for _, e := range list {
			out = append(out, &Error{Pos: e.Pos, Msg: e.Msg})
		}
		return out
	}
	return ErrorList{{Msg: err.Error()}}
}
