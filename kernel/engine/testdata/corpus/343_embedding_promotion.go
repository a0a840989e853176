//go:build ignore

package main

import (
	"fmt"
	"strings"
	"sync"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Named struct{ Name string }

func (n Named) Describe() string { return "named " + n.Name }
func (n Named) ID() string       { return strings.ToLower(n.Name) }

type Counter struct {
	sync.Mutex
	counts map[string]int
}

func (c *Counter) Inc(k string) int {
	c.Lock()
	defer c.Unlock()
	if c.counts == nil {
		c.counts = map[string]int{}
	}
	c.counts[k]++
	return c.counts[k]
}

type Service struct {
	Named
	*Logger
	Counter
	Port int
}

// Describe shadows Named.Describe but can still call it.
func (s *Service) Describe() string {
	return fmt.Sprintf("service %s on :%d (%s)", s.Name, s.Port, s.Named.Describe())
}

type Describer interface{ Describe() string }
type Identifier interface{ ID() string }

type DescribeIdentifier interface {
	Describer
	Identifier
}

func show(items ...Describer) {
	for _, it := range items {
		line := it.Describe()
		if id, ok := it.(Identifier); ok {
			line += " id=" + id.ID()
		}
		fmt.Println(line)
	}
}

func main() {
	s := &Service{Named: Named{"Auth"}, Logger: &Logger{prefix: "[auth] "}, Port: 8443}
	s.Logf("starting on %d", s.Port)
	s.Inc("req")
	s.Inc("req")
	s.Logf("requests: %d", s.Inc("req"))
	fmt.Println(s.Name, s.ID(), s.prefix)
	fmt.Println(strings.Join(s.lines, "\n"))
	show(s, Named{"Plain"}, s.Named)
	var di DescribeIdentifier = s
	fmt.Println(di.ID(), di.Describe())
	f := s.Describe
	g := (*Service).ID
	s.Port = 9000
	fmt.Println(f())
	fmt.Println(g(s))
	fmt.Printf("%+v\n", s.Named)
	fmt.Println(s.counts)
}
