//go:build ignore

package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type row struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tQTY\tPRICE\t")
	fmt.Fprintln(w, "----\t---\t-----\t")
	rows := []row{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"fig", 12, 0.2}}
	total := 0.0
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%d\t%.2f\t\n", r.Name, r.Qty, r.Price)
		total += float64(r.Qty) * r.Price
	}
	fmt.Fprintf(w, "TOTAL\t\t%.2f\t\n", total)
	w.Flush()

	var sb strings.Builder
	rw := tabwriter.NewWriter(&sb, 5, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(rw, "a\tbbb\tc\t")
	fmt.Fprintln(rw, "aaaa\tb\tccccc\t")
	rw.Flush()
	fmt.Print(sb.String())

	dots := tabwriter.NewWriter(os.Stdout, 8, 4, 1, '.', 0)
	fmt.Fprintln(dots, "key\tvalue")
	fmt.Fprintln(dots, "longer key\tv2")
	dots.Flush()
}
