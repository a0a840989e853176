package assist

import (
	"fmt"
	"go/token"
	"testing"

	"gokernel/kernel/engine/compile"
	"gokernel/kernel/engine/typeinfo"
)

// newSession returns a compiler that has compiled and committed cells
// (named cell1, cell2, ...).
func newSession(tb testing.TB, cells ...string) *compile.Compiler {
	tb.Helper()
	fset := token.NewFileSet()
	c := compile.New(fset, compile.Options{
		Importer:    typeinfo.NewImporter(fset),
		GoVersion:   "go1.26",
		PackageName: typeinfo.PackageName,
		Lookup:      typeinfo.Lookup,
	})
	for i, src := range cells {
		plan, err := c.Compile(fmt.Sprintf("cell%d", i+1), src)
		if err != nil {
			tb.Fatalf("cell%d: %v\n%s", i+1, err, src)
		}
		plan.Commit()
	}
	return c
}

// cursorAt splits code marked with "|" at the cursor into the code and
// the cursor's byte offset; without a mark, the cursor is at the end.
func cursorAt(marked string) (string, int) {
	for i := 0; i < len(marked); i++ {
		if marked[i] == '|' {
			return marked[:i] + marked[i+1:], i
		}
	}
	return marked, len(marked)
}
