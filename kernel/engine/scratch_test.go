package engine

import (
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
		t.Logf("[%d] %s\n%s", i+1, c, r)
	}
}
