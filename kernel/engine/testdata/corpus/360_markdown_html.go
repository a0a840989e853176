//go:build ignore

package main

import (
	"bufio"
	"fmt"
	"html"
	"regexp"
	"strings"
)

var (
	boldRe   = regexp.MustCompile(`\*\*(.+?)\*\*`)
	italicRe = regexp.MustCompile(`\*(.+?)\*`)
	codeRe   = regexp.MustCompile("`([^`]+)`")
	linkRe   = regexp.MustCompile(`\[([^\]]+)\]\(([^)]+)\)`)
)

func inline(s string) string {
	s = html.EscapeString(s)
	s = codeRe.ReplaceAllString(s, "<code>$1</code>")
	s = boldRe.ReplaceAllString(s, "<strong>$1</strong>")
	s = italicRe.ReplaceAllString(s, "<em>$1</em>")
	s = linkRe.ReplaceAllString(s, `<a href="$2">$1</a>`)
	return s
}

type converter struct {
	out    strings.Builder
	inList bool
	inCode bool
	para   []string
}

func (c *converter) flushPara() {
	if len(c.para) > 0 {
		c.out.WriteString("<p>" + inline(strings.Join(c.para, " ")) + "</p>\n")
		c.para = nil
	}
}

func (c *converter) closeList() {
	if c.inList {
		c.out.WriteString("</ul>\n")
		c.inList = false
	}
}

func (c *converter) line(l string) {
	if strings.HasPrefix(l, "```") {
		c.flushPara()
		c.closeList()
		if c.inCode {
			c.out.WriteString("</code></pre>\n")
		} else {
			c.out.WriteString("<pre><code>")
		}
		c.inCode = !c.inCode
		return
	}
	if c.inCode {
		c.out.WriteString(html.EscapeString(l) + "\n")
		return
	}
	trimmed := strings.TrimSpace(l)
	switch {
	case trimmed == "":
		c.flushPara()
		c.closeList()
	case strings.HasPrefix(trimmed, "#"):
		c.flushPara()
		c.closeList()
		level := len(trimmed) - len(strings.TrimLeft(trimmed, "#"))
		fmt.Fprintf(&c.out, "<h%d>%s</h%d>\n", level, inline(strings.TrimSpace(trimmed[level:])), level)
	case strings.HasPrefix(trimmed, "- "):
		c.flushPara()
		if !c.inList {
			c.out.WriteString("<ul>\n")
			c.inList = true
		}
		c.out.WriteString("  <li>" + inline(trimmed[2:]) + "</li>\n")
	default:
		c.para = append(c.para, trimmed)
	}
}

func Convert(md string) string {
	var c converter
	sc := bufio.NewScanner(strings.NewReader(md))
	for sc.Scan() {
		c.line(sc.Text())
	}
	c.flushPara()
	c.closeList()
	return c.out.String()
}

const doc = "# Notes on *Go*\n\nGo is **fast** and `simple`.\nSee [the docs](https://go.dev/doc).\n\n## Lists\n- one & two\n- **three**\n\n```\nif a < b {\n\treturn\n}\n```\nThe end."

func main() {
	fmt.Print(Convert(doc))
	fmt.Println(inline("a <tag> with *emphasis* and **bold**"))
}
