package engine

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestH17Dump(t *testing.T) {
	data, err := os.ReadFile(os.Getenv("H17"))
	if err != nil {
		t.Skip("no H17")
	}
	e := newTestEngine(t)
	for i, c := range strings.Split(string(data), "\n----\n") {
		out := &tape{answer: func(ctx context.Context, p string, pw bool) (string, error) { return "hello", nil }}
		res := execCell(t, e, i+1, c, out)
		t.Logf("[%d] %s\n%s", i+1, c, out)
		if res.Result != nil {
			t.Logf("  RESULT [%s] %q md=%v", mimes(res.Result.Data), plain(res.Result), res.Result.Metadata)
			for k, v := range res.Result.Data {
				if k != "text/plain" {
					s := strings.TrimSpace(strings.ReplaceAll(toStr(v), "\n", " "))
					if len(s) > 120 {
						s = s[:120]
					}
					t.Logf("    %s: %s", k, s)
				}
			}
		}
		if res.Error != nil {
			t.Logf("  ERROR %s %v", res.Error, res.Error.Traceback)
		}
	}
}

func toStr(v any) string {
	switch x := v.(type) {
	case string:
		return x
	}
	return strings.TrimSpace(strings.ReplaceAll(fmtAny(v), "\n", " "))
}

func fmtAny(v any) string { return fmt.Sprintf("%T %v", v, v) }
