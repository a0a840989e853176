//go:build ignore

// json names an embedded interface field after its type and does not
// flatten the value it holds (the decorator-by-embedding pattern).
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
)

type Getter interface{ Get() int }

type Box struct{ V int }

func (b Box) Get() int { return b.V }

type Wrap struct {
	Getter
	N int
}
type Only struct{ Getter }
type Tagged struct {
	Getter `json:"g"`
}
type Named struct{ G Getter }

func main() {
	for _, v := range []any{Wrap{Box{1}, 2}, Wrap{&Box{3}, 4}, Only{Box{5}}, Tagged{Box{6}}, Named{Box{7}}, Wrap{nil, 8}, &Only{Box{9}}} {
		b, err := json.Marshal(v)
		fmt.Println(string(b), err)
	}
	var g Getter = Box{1}
	b, _ := json.Marshal(Wrap{g, 1})
	fmt.Println(string(b))
	var buf bytes.Buffer
	h := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == "time" {
			return slog.Attr{}
		}
		return a
	}}))
	h.Info("x", "w", Wrap{Box{1}, 2})
	fmt.Print(buf.String())
}
