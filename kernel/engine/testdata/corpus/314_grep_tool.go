//go:build ignore

package main

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strings"
)

const logText = `2024-03-01 12:00:01 INFO  server started on :8080
2024-03-01 12:00:05 DEBUG loading config from /etc/app.yaml
2024-03-01 12:01:17 WARN  slow request GET /api/users took 1532ms
2024-03-01 12:02:44 ERROR database timeout after 30s
2024-03-01 12:03:00 INFO  request GET /api/items 200 12ms
2024-03-01 12:03:02 ERROR panic recovered: index out of range
2024-03-01 12:04:10 INFO  request POST /api/items 201 48ms`

type Options struct {
	Pattern    string
	IgnoreCase bool
	Invert     bool
	LineNums   bool
	Count      bool
}

func grep(r io.Reader, w io.Writer, opt Options) (int, error) {
	pat := opt.Pattern
	if opt.IgnoreCase {
		pat = "(?i)" + pat
	}
	re, err := regexp.Compile(pat)
	if err != nil {
		return 0, fmt.Errorf("grep: %w", err)
	}
	sc := bufio.NewScanner(r)
	n, matches := 0, 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if re.MatchString(line) == opt.Invert {
			continue
		}
		matches++
		if opt.Count {
			continue
		}
		if opt.LineNums {
			fmt.Fprintf(w, "%d:", n)
		}
		fmt.Fprintln(w, line)
	}
	if opt.Count {
		fmt.Fprintln(w, matches)
	}
	return matches, sc.Err()
}

func main() {
	var out strings.Builder
	cases := []Options{
		{Pattern: "ERROR"},
		{Pattern: "error|warn", IgnoreCase: true, LineNums: true},
		{Pattern: `\d+ms$`, Count: true},
		{Pattern: "INFO|DEBUG", Invert: true},
		{Pattern: "([a-z"},
	}
	for _, c := range cases {
		out.Reset()
		n, err := grep(strings.NewReader(logText), &out, c)
		fmt.Printf("== %+v -> %d matches\n", c, n)
		if err != nil {
			fmt.Println(err)
		}
		fmt.Print(out.String())
	}
	re := regexp.MustCompile(`(GET|POST) (\S+) (\d{3}) (\d+)ms`)
	for _, m := range re.FindAllStringSubmatch(logText, -1) {
		fmt.Printf("method=%s path=%s status=%s ms=%s\n", m[1], m[2], m[3], m[4])
	}
}
