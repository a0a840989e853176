//go:build ignore

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

type Priority int

const (
	Low Priority = iota
	Medium
	High
)

func (p Priority) String() string { return [...]string{"low", "medium", "high"}[p] }

func ParsePriority(s string) (Priority, error) {
	switch strings.ToLower(s) {
	case "low":
		return Low, nil
	case "medium", "med":
		return Medium, nil
	case "high":
		return High, nil
	}
	return 0, fmt.Errorf("unknown priority %q", s)
}

type Todo struct {
	ID       int
	Title    string
	Done     bool
	Priority Priority
	Tags     []string
}

type Store struct {
	next  int
	items map[int]*Todo
}

var ErrNotFound = errors.New("todo not found")

func (s *Store) Add(title string, p Priority, tags []string) *Todo {
	s.next++
	t := &Todo{ID: s.next, Title: title, Priority: p, Tags: tags}
	s.items[t.ID] = t
	return t
}

func (s *Store) Get(id int) (*Todo, error) {
	t, ok := s.items[id]
	if !ok {
		return nil, fmt.Errorf("id %d: %w", id, ErrNotFound)
	}
	return t, nil
}

func (s *Store) List(all bool) []*Todo {
	var out []*Todo
	for _, t := range s.items {
		if all || !t.Done {
			out = append(out, t)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Priority != out[j].Priority {
			return out[i].Priority > out[j].Priority
		}
		return out[i].ID < out[j].ID
	})
	return out
}

func run(s *Store, w io.Writer, args []string) error {
	if len(args) == 0 {
		return errors.New("usage: todo <add|done|rm|ls> ...")
	}
	switch cmd, rest := args[0], args[1:]; cmd {
	case "add":
		fs := flag.NewFlagSet("add", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		prio := fs.String("p", "medium", "priority")
		tags := fs.String("t", "", "comma-separated tags")
		if err := fs.Parse(rest); err != nil {
			return fmt.Errorf("add: %w", err)
		}
		p, err := ParsePriority(*prio)
		if err != nil {
			return fmt.Errorf("add: %w", err)
		}
		var tl []string
		if *tags != "" {
			tl = strings.Split(*tags, ",")
		}
		t := s.Add(strings.Join(fs.Args(), " "), p, tl)
		fmt.Fprintf(w, "added #%d\n", t.ID)
	case "done", "rm":
		if len(rest) != 1 {
			return fmt.Errorf("%s: want one id", cmd)
		}
		id, err := strconv.Atoi(rest[0])
		if err != nil {
			return fmt.Errorf("%s: %w", cmd, err)
		}
		t, err := s.Get(id)
		if err != nil {
			return err
		}
		if cmd == "done" {
			t.Done = true
			fmt.Fprintf(w, "completed #%d %q\n", id, t.Title)
		} else {
			delete(s.items, id)
			fmt.Fprintf(w, "removed #%d\n", id)
		}
	case "ls":
		all := len(rest) > 0 && rest[0] == "-a"
		for _, t := range s.List(all) {
			mark := " "
			if t.Done {
				mark = "x"
			}
			tags := ""
			if len(t.Tags) > 0 {
				tags = " [" + strings.Join(t.Tags, ", ") + "]"
			}
			fmt.Fprintf(w, "[%s] #%d %-6s %s%s\n", mark, t.ID, t.Priority, t.Title, tags)
		}
	default:
		return fmt.Errorf("unknown command %q", cmd)
	}
	return nil
}

func main() {
	s := &Store{items: map[int]*Todo{}}
	script := [][]string{
		{"add", "buy", "milk"},
		{"add", "-p", "high", "-t", "work,urgent", "fix", "prod", "bug"},
		{"add", "-p=low", "read", "a", "book"},
		{"add", "-p", "extreme", "nope"},
		{"ls"},
		{"done", "2"},
		{"done", "9"},
		{"done", "x"},
		{"rm", "3"},
		{"ls", "-a"},
		{"frobnicate"},
		{},
	}
	for _, args := range script {
		fmt.Println("$ todo", strings.Join(args, " "))
		if err := run(s, os.Stdout, args); err != nil {
			fmt.Println("error:", err)
			if errors.Is(err, ErrNotFound) {
				fmt.Println("(hint: use ls -a)")
			}
		}
	}
}
