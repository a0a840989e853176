//go:build ignore

package main

import (
	"fmt"
	s "strings"
	"unicode"
)

var p = fmt.Println

func main() {
	p("Contains:  ", s.Contains("test", "es"))
	p("Count:     ", s.Count("test", "t"))
	p("HasPrefix: ", s.HasPrefix("test", "te"))
	p("HasSuffix: ", s.HasSuffix("test", "st"))
	p("Index:     ", s.Index("test", "e"))
	p("Join:      ", s.Join([]string{"a", "b"}, "-"))
	p("Repeat:    ", s.Repeat("a", 5))
	p("Replace:   ", s.Replace("foo", "o", "0", -1))
	p("Replace:   ", s.Replace("foo", "o", "0", 1))
	p("Split:     ", s.Split("a-b-c-d-e", "-"))
	p("ToLower:   ", s.ToLower("TEST"))
	p("ToUpper:   ", s.ToUpper("test"))
	p("Fields:    ", s.Fields("  a b\t c\n"))
	p("TrimSpace: ", s.TrimSpace("  padded  "))
	p("Trim:      ", s.Trim("xxhixx", "x"))
	p("TrimLeft:  ", s.TrimLeft("xxhixx", "x"))
	p("TrimPrefix:", s.TrimPrefix("prefix-body", "prefix-"))
	p("TrimFunc:  ", s.TrimFunc("123abc456", unicode.IsDigit))
	p("Title-ish: ", s.ToUpper("hello"[:1])+"hello"[1:])
	p("EqualFold: ", s.EqualFold("Go", "GO"))
	p("LastIndex: ", s.LastIndex("go gopher", "go"))
	p("IndexAny:  ", s.IndexAny("golang", "ny"))
	p("SplitN:    ", s.SplitN("a,b,c,d", ",", 2))
	p("SplitAfter:", s.SplitAfter("a,b,c", ","))
	before, after, found := s.Cut("key=value", "=")
	p("Cut:       ", before, after, found)
	p("Map:       ", s.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
	p("ContainsAny:", s.ContainsAny("hello", "xyz"), s.ContainsRune("hello", 'l'))
	r := s.NewReplacer("<", "&lt;", ">", "&gt;")
	p("Replacer:  ", r.Replace("<b>bold</b>"))
	p("Compare:   ", s.Compare("a", "b"), s.Compare("b", "a"), s.Compare("a", "a"))
	p("ReplaceAll:", s.ReplaceAll("oink oink", "k", "ky"))
	p("Title:     ", s.Join(s.FieldsFunc("one-two_three", func(r rune) bool { return r == '-' || r == '_' }), " "))
	p("len:       ", len("hello"), "hello"[1], string("hello"[1]))
	if pre, ok := s.CutPrefix("v1.2.3", "v"); ok {
		p("CutPrefix: ", pre)
	}
}
