//go:build ignore

package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
)

var bufPool = sync.Pool{
	New: func() any {
		return new(bytes.Buffer)
	},
}

type LogLine struct {
	Level string
	Msg   string
	Attrs map[string]string
	order []string
}

func (l *LogLine) With(k, v string) *LogLine {
	if l.Attrs == nil {
		l.Attrs = map[string]string{}
	}
	l.Attrs[k] = v
	l.order = append(l.order, k)
	return l
}

func format(l *LogLine) string {
	buf := bufPool.Get().(*bytes.Buffer)
	defer func() {
		buf.Reset()
		bufPool.Put(buf)
	}()
	buf.WriteString("level=")
	buf.WriteString(l.Level)
	buf.WriteString(" msg=")
	fmt.Fprintf(buf, "%q", l.Msg)
	for _, k := range l.order {
		buf.WriteByte(' ')
		buf.WriteString(k)
		buf.WriteByte('=')
		buf.WriteString(l.Attrs[k])
	}
	return buf.String()
}

type object struct {
	id   int
	data []byte
}

func main() {
	lines := []*LogLine{
		(&LogLine{Level: "INFO", Msg: "started"}).With("port", "8080"),
		(&LogLine{Level: "WARN", Msg: "slow \"query\""}).With("ms", "1200").With("table", "users"),
		{Level: "DEBUG", Msg: "tick"},
	}
	var wg sync.WaitGroup
	out := make([]string, len(lines))
	for i, l := range lines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = format(l)
		}()
	}
	wg.Wait()
	fmt.Println(strings.Join(out, "\n"))

	created := 0
	p := sync.Pool{New: func() any {
		created++
		return &object{id: created, data: make([]byte, 0, 64)}
	}}
	o := p.Get().(*object)
	o.data = append(o.data, "hello"...)
	fmt.Println(o.id, string(o.data), cap(o.data))
	o.data = o.data[:0]
	p.Put(o)
	fmt.Println("created at least one:", created >= 1)

	var empty sync.Pool
	fmt.Println(empty.Get() == nil)
}
