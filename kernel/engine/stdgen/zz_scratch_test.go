package stdgen_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZAndAnd(t *testing.T) {
	h := newHarness(t, strings.Fields(os.Getenv("PKG"))...)
	if s := os.Getenv("SRC"); s != "" {
		b, _ := os.ReadFile(s)
		if err := h.eval(string(b)); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range strings.Split(os.Getenv("CS"), ";;") {
		v, err := h.value(c)
		fmt.Println(c, "=>", v, err)
	}
}
