//go:build ignore

// text/tabwriter: aligned columns, right alignment, debug separators,
// padding characters, trailing cells.
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type proc struct {
	pid  int
	user string
	cpu  float64
	cmd  string
}

func main() {
	procs := []proc{
		{1, "root", 0.1, "/sbin/init"},
		{4242, "ann", 12.5, "go test ./..."},
		{77, "www-data", 3.25, "nginx: worker"},
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "PID\tUSER\tCPU%\tCOMMAND")
	for _, p := range procs {
		fmt.Fprintf(w, "%d\t%s\t%.1f\t%s\n", p.pid, p.user, p.cpu, p.cmd)
	}
	w.Flush()
	fmt.Println()

	w = tabwriter.NewWriter(os.Stdout, 6, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tbbb\tc\t")
	fmt.Fprintln(w, "aaaa\tb\tccccc\t")
	fmt.Fprintln(w, "x\t\ty\t")
	w.Flush()
	fmt.Println()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, '.', 0)
	fmt.Fprintf(w, "key\tvalue\n")
	fmt.Fprintf(w, "longer key\tv\n")
	fmt.Fprintf(w, "k\tlonger value\n\n")
	fmt.Fprintf(w, "new\tblock\n")
	w.Flush()
	fmt.Println()

	w = tabwriter.NewWriter(os.Stdout, 0, 4, 0, '\t', tabwriter.TabIndent)
	fmt.Fprintln(w, "\tindented\tx")
	fmt.Fprintln(w, "\t\tdeeper\ty")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 0, 1, '-', tabwriter.FilterHTML|tabwriter.DiscardEmptyColumns)
	fmt.Fprintln(w, "<b>bold</b>\t&amp;\t\tend")
	fmt.Fprintln(w, "plain\tx\t\tend")
	w.Flush()
}
