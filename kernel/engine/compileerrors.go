package engine

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"gokernel/kernel"
	"gokernel/kernel/engine/cell"
	"gokernel/kernel/engine/compile"
)

// compileError describes a cell that does not compile. srcs holds the
// source of each cell named in the errors.
func compileError(err error, srcs map[string]string) *kernel.Error {
	type located struct {
		cell      string
		line, col int
		msg       string
	}
	var list []located
	var syn cell.ErrorList
	var typ compile.ErrorList
	switch {
	case errors.As(err, &syn):
		for _, x := range syn {
			list = append(list, located{x.Pos.Filename, x.Pos.Line, x.Pos.Column, "syntax error: " + x.Msg})
		}
	case errors.As(err, &typ):
		for _, x := range typ {
			list = append(list, located{x.Pos.Filename, x.Pos.Line, x.Pos.Column, x.Msg})
		}
	default:
		return &kernel.Error{Name: "CompileError", Value: err.Error(), Traceback: []string{err.Error()}}
	}
	if len(list) == 0 {
		return &kernel.Error{Name: "CompileError", Value: err.Error(), Traceback: []string{err.Error()}}
	}
	// An error past the cell's last line is at a brace the kernel closes
	// the cell's statements with: left out when there are others, else
	// put at the last line (a stray "}" is there).
	var kept []located
	for _, l := range list {
		if src, ok := srcs[l.cell]; ok {
			if n := strings.Count(strings.TrimRight(src, "\n"), "\n") + 1; l.line > n {
				if len(list) > 1 {
					continue
				}
				l.line, l.col = n, 0
			}
		}
		l.msg = cellPos.ReplaceAllStringFunc(l.msg, func(p string) string {
			m := cellPos.FindStringSubmatch(p)
			return cellLabel("cell"+m[1]) + ", line " + m[2]
		})
		kept = append(kept, l)
	}
	if len(kept) > 0 {
		list = kept
	}
	var tb []string
	for i, l := range list {
		if i == 10 {
			tb = append(tb, "too many errors")
			break
		}
		tb = append(tb, fmt.Sprintf("%s, line %d: %s", cellLabel(l.cell), l.line, l.msg))
		if src, ok := srcs[l.cell]; ok {
			tb = append(tb, sourceExcerpt(src, l.line, l.col)...)
		}
	}
	first := list[0]
	return &kernel.Error{
		Name:      "CompileError",
		Value:     fmt.Sprintf("%s, line %d: %s", cellLabel(first.cell), first.line, first.msg),
		Traceback: tb,
	}
}

// sourceExcerpt shows a line of a cell with a caret under a column.
func sourceExcerpt(src string, line, col int) []string {
	lines := strings.Split(src, "\n")
	if line < 1 || line > len(lines) {
		return nil
	}
	text := strings.ReplaceAll(lines[line-1], "\t", "    ")
	out := []string{"    " + text}
	if col > 0 {
		prefix := lines[line-1]
		if col-1 <= len(prefix) {
			prefix = prefix[:col-1]
		}
		width := displayWidth(strings.ReplaceAll(prefix, "\t", "    "))
		out = append(out, "    "+strings.Repeat(" ", width)+"^")
	}
	return out
}

// stepError describes the interpreter's refusal of a step the type checker
// accepted (a limit of the interpreter).
func (e *Engine) stepError(err error, st *compile.Step, code, name string) *kernel.Error {
	msg := err.Error()
	line, col, rest := splitPos(msg)
	if line >= compile.LineBase {
		// A position under a //line directive: the cell and line in it.
		if cell, l, ok := e.comp.Line(line); ok {
			srcs := map[string]string{name: code}
			ce := compile.ErrorList{{Msg: compile.UserName(rest)}}
			ce[0].Pos.Filename, ce[0].Pos.Line = cell, l
			return compileError(ce, srcs)
		}
	}
	if line > 0 {
		if o := st.Origin(line); o.Cell != "" {
			srcs := map[string]string{name: code}
			ce := compile.ErrorList{{Msg: compile.UserName(rest)}}
			ce[0].Pos.Filename, ce[0].Pos.Line = o.Cell, o.Line
			_ = col
			return compileError(ce, srcs)
		}
	}
	e.log.Debug("interpreter rejected a step", "step", st.What, "err", err, "src", st.Src)
	return &kernel.Error{Name: "CompileError", Value: compile.UserName(msg), Traceback: []string{compile.UserName(msg)}}
}

// splitPos splits "12:5: message", "_.go:12:5: message" or "12: message"
// into its parts.
func splitPos(msg string) (line, col int, rest string) {
	s := strings.TrimPrefix(msg, "_.go:")
	parts := strings.SplitN(s, ":", 3)
	if len(parts) >= 2 {
		l, err1 := strconv.Atoi(strings.TrimSpace(parts[0]))
		if err1 != nil {
			return 0, 0, msg
		}
		if len(parts) == 3 {
			if c, err2 := strconv.Atoi(strings.TrimSpace(parts[1])); err2 == nil {
				return l, c, strings.TrimSpace(parts[2])
			}
		}
		return l, 0, strings.TrimSpace(strings.Join(parts[1:], ":"))
	}
	return 0, 0, msg
}
