//go:build ignore

// Method values of promoted value-receiver methods taken through
// pointers: the embedded value is copied when the method value is made.
package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  *[]string
}

func (l Logger) Log(format string, args ...any) {
	*l.lines = append(*l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Service struct {
	Logger
	Name string
}

type Server struct {
	Service
	Port int
}

func (s *Server) Start() {
	s.Log("starting %s on %d", s.Name, s.Port)
}

type Cluster struct {
	Server
	Nodes int
}

func (c *Cluster) Start() {
	c.Log("cluster of %d", c.Nodes)
	c.Server.Start()
	c.Server.Service.Logger.Log("done")
}

type Starter interface{ Start() }

func main() {
	var lines []string
	lg := Logger{"[app] ", &lines}
	c := &Cluster{Server{Service{lg, "api"}, 8080}, 3}
	var st Starter = c
	st.Start()
	st = &c.Server
	st.Start()
	c.prefix = "[c] "
	c.Port = 9090
	c.Start()
	fmt.Println(strings.Join(lines, "\n"))
	fmt.Println(c.Server.Service.Name, c.Service.Name, c.Name)
	fmt.Printf("%+v\n", c.Server.Port)
	start := (*Cluster).Start
	lines = lines[:0]
	start(c)
	fmt.Println(len(lines), lines[0])
	logf := c.Log
	c.prefix = "[late] "
	logf("x=%d", 1)
	fmt.Println(lines[len(lines)-1])
}
