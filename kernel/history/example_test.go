package history_test

import (
	"fmt"
	"os"
	"path/filepath"

	"gokernel/kernel/history"
)

func Example() {
	dir, err := os.MkdirTemp("", "history")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "history.jsonl")

	// The first kernel runs two cells.
	h, err := history.Open(path, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	h.Add(1, "x := 20")
	h.Add(2, "x * 2")
	h.SetOutput(2, "40")
	h.Close()

	// The next kernel sees them.
	h, err = history.Open(path, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer h.Close()
	fmt.Println("session", h.Session())
	for _, e := range h.Tail(10, true) {
		fmt.Printf("%d/%d: %s -> %q\n", e.Session, e.Line, e.Input, e.Output)
	}
	// Output:
	// session 2
	// 1/1: x := 20 -> ""
	// 1/2: x * 2 -> "40"
}
