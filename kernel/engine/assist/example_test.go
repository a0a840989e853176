package assist_test

import (
	"fmt"
	"go/token"

	"gokernel/kernel/engine/assist"
	"gokernel/kernel/engine/compile"
	"gokernel/kernel/engine/typeinfo"
)

func Example() {
	fset := token.NewFileSet()
	c := compile.New(fset, compile.Options{
		Importer:    typeinfo.NewImporter(fset),
		GoVersion:   "go1.26",
		PackageName: typeinfo.PackageName,
		Lookup:      typeinfo.Lookup,
	})
	plan, err := c.Compile("cell1", "type Point struct{ X, Y int }\np := Point{1, 2}")
	if err != nil {
		fmt.Println(err)
		return
	}
	plan.Commit()

	as := assist.New(assist.Options{})
	for _, code := range []string{"fmt.Prin", "p."} {
		comp := as.Complete(c, code, len(code))
		fmt.Printf("%s → %q replacing %q\n", code, comp.Matches, code[comp.CursorStart:comp.CursorEnd])
	}
	in := as.Inspect(c, "p", 1, 0)
	fmt.Print(in.Data["text/plain"])
	// Output:
	// fmt.Prin → ["fmt.Print" "fmt.Printf" "fmt.Println"] replacing "fmt.Prin"
	// p. → ["X" "Y"] replacing ""
	// var p Point
	//
	// defined in Cell [1], line 2
}
