//go:build ignore

// encoding/csv: quoting, custom separators, comments, field count errors,
// writing with quotes; a small report.
package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

const data = `name,dept,salary
"Smith, Ann",eng,120000
Bob,"sales ""east""",80000
# a comment line
Cy,eng,95000
Dee,ops,70000
`

func main() {
	r := csv.NewReader(strings.NewReader(data))
	r.Comment = '#'
	recs, err := r.ReadAll()
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(len(recs), recs[0])
	byDept := map[string][]int{}
	for _, rec := range recs[1:] {
		sal, _ := strconv.Atoi(rec[2])
		byDept[rec[1]] = append(byDept[rec[1]], sal)
		fmt.Printf("%-12q %-14q %6d\n", rec[0], rec[1], sal)
	}
	depts := make([]string, 0, len(byDept))
	for d := range byDept {
		depts = append(depts, d)
	}
	sort.Strings(depts)

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"dept", "count", "total", "note"})
	for _, d := range depts {
		total := 0
		for _, s := range byDept[d] {
			total += s
		}
		note := ""
		if len(byDept[d]) > 1 {
			note = "team, " + strconv.Itoa(len(byDept[d])) + " people"
		}
		w.Write([]string{d, strconv.Itoa(len(byDept[d])), strconv.Itoa(total), note})
	}
	w.Flush()
	fmt.Println("flush err:", w.Error())

	tsv := csv.NewReader(strings.NewReader("a\tb\tc\n1\t2\t3\n"))
	tsv.Comma = '\t'
	for {
		rec, err := tsv.Read()
		if err == io.EOF {
			break
		}
		fmt.Println(rec, len(rec))
	}

	bad := csv.NewReader(strings.NewReader("a,b\n1,2,3\n"))
	_, err = bad.ReadAll()
	var pe *csv.ParseError
	fmt.Println(err, errors.As(err, &pe), errors.Is(err, csv.ErrFieldCount))
	if pe != nil {
		fmt.Println(pe.Line, pe.Column)
	}

	loose := csv.NewReader(strings.NewReader("a,b\n1,2,3\nx\n"))
	loose.FieldsPerRecord = -1
	all, _ := loose.ReadAll()
	fmt.Println(all)

	quoteErr := csv.NewReader(strings.NewReader(`a,"b` + "\n"))
	_, err = quoteErr.Read()
	fmt.Println(err)

	var sb strings.Builder
	cw := csv.NewWriter(&sb)
	cw.Comma = ';'
	cw.UseCRLF = true
	cw.WriteAll([][]string{{"x;y", `q"t`, " lead"}, {"", "multi\nline", "ok"}})
	fmt.Printf("%q\n", sb.String())
}
