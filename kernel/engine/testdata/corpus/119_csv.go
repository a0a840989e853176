//go:build ignore

package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

const data = `name,dept,salary
"Smith, Jane",eng,120000
Bob,sales,80000
"O""Brien",eng,95000
Eve,sales,not-a-number
`

func main() {
	r := csv.NewReader(strings.NewReader(data))
	header, err := r.Read()
	fmt.Println(header, err)
	byDept := map[string][]int{}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println("read error:", err)
			break
		}
		sal, err := strconv.Atoi(rec[2])
		if err != nil {
			fmt.Printf("skipping %q: %v\n", rec[0], err)
			continue
		}
		fmt.Printf("%-12s %-6s %7d\n", rec[0], rec[1], sal)
		byDept[rec[1]] = append(byDept[rec[1]], sal)
	}
	for _, d := range []string{"eng", "sales"} {
		sum := 0
		for _, s := range byDept[d] {
			sum += s
		}
		fmt.Printf("%s avg %.1f\n", d, float64(sum)/float64(len(byDept[d])))
	}
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"id", "quote", "note"})
	w.WriteAll([][]string{{"1", `he said "hi"`, "a,b"}, {"2", "plain", " lead space"}})
	fmt.Println(w.Error())
	bad := csv.NewReader(strings.NewReader("a,b\nc\n"))
	_, err = bad.ReadAll()
	fmt.Println(err)
	semi := csv.NewReader(strings.NewReader("x;y;z\n# comment\n1;2;3\n"))
	semi.Comma = ';'
	semi.Comment = '#'
	all, err := semi.ReadAll()
	fmt.Println(all, err)
}
