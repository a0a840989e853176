package compile

import "go/ast"

// A declaration written again unchanged (a cell run again) is not
// declared anew: the interpreter goes on running the first version, whose
// positions are in the first cell. Tracebacks name the cell the user sees
// instead, the latest that wrote it.

// reloc maps lines from to to of a cell to the cell that wrote them again.
type reloc struct {
	from, to int
	cell     string
	line     int // the line of from in cell
}

// relocate notes that cell wrote old again, unchanged, as node.
func (c *Compiler) relocate(old *Decl, cell string, node ast.Node) {
	if old.Node == nil || old.Cell == "" || old.Cell == cell {
		return
	}
	from, to := c.fset.Position(old.Node.Pos()).Line, c.fset.Position(old.Node.End()).Line
	if from != old.Pos.Line || from <= 0 || to < from {
		return
	}
	if c.relocs == nil {
		c.relocs = map[string][]reloc{}
	}
	r := reloc{from: from, to: to, cell: cell, line: c.fset.Position(node.Pos()).Line}
	list := c.relocs[old.Cell]
	for i, x := range list {
		if x.from == from {
			list[i] = r
			return
		}
	}
	c.relocs[old.Cell] = append(list, r)
}

// Relocate returns where a traceback shows line of cell: in the latest
// cell that wrote the declaration there again unchanged, or where it is.
func (c *Compiler) Relocate(cell string, line int) (string, int) {
	for _, r := range c.relocs[cell] {
		if r.from <= line && line <= r.to {
			return r.cell, r.line + line - r.from
		}
	}
	return cell, line
}
