package compile

import (
	"fmt"
	"go/parser"
	"go/token"
	"os"
)

// debugSyntax prints a step that does not parse (GOKERNEL_DEBUG_STEPS=1).
var debugSyntax = os.Getenv("GOKERNEL_DEBUG_STEPS") != ""

// CheckSyntax parses the source of the plan's steps: a rewrite the kernel
// got wrong (a kernel bug) is reported before any step runs, so that the
// cell changes nothing, as a cell that does not compile.
func (p *Plan) CheckSyntax() error {
	steps := p.Steps
	if p.Run != nil {
		steps = append(steps[:len(steps):len(steps)], p.Run)
	}
	fset := token.NewFileSet()
	for _, st := range steps {
		src := "package main;" + st.Src
		if st.What == "accessors" {
			// Assignments, not declarations.
			src = "package main; func _() {" + st.Src + "\n}"
		}
		if _, err := parser.ParseFile(fset, "", src, parser.SkipObjectResolution); err != nil {
			if debugSyntax {
				fmt.Fprintf(os.Stderr, "UNPARSABLE %s\n%s\n", st.What, st.Src)
			}
			return fmt.Errorf("the kernel wrote this cell's %s wrongly (a kernel bug; please report the cell): %w", st.What, err)
		}
	}
	return nil
}
