package engine

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestScratch(t *testing.T) {
	data, err := os.ReadFile(os.Getenv("CELLS"))
	if err != nil {
		t.Skip("no CELLS")
	}
	e := newTestEngine(t)
	for i, c := range strings.Split(string(data), "\n----\n") {
		r := runCell(t, e, i+1, c)
		if os.Getenv("SCRATCH_OUT") != "" {
			fmt.Print(r) // the outputs alone, to compare with go run's
			continue
		}
		t.Logf("[%d] %s\n%s", i+1, c, r)
	}
}
