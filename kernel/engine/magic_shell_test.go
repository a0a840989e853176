package engine

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gokernel/kernel"
)

// TestMagicShell checks !commands and %%bash and %%sh: output on stdout
// and stderr, failures with their exit status, and the rest of the cell.
func TestMagicShell(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct {
		name           string
		code           string
		stdout, stderr string
		err            string // the error's value; "" for none
	}{
		{"!cmd", "!echo hello", "hello\n", "", ""},
		{"!cmd on stderr", "!echo oops >&2", "", "oops\n", ""},
		{"!cmds then Go", "!echo one\n! echo two\nfmt.Println(\"three\")", "one\ntwo\nthree\n", "", ""},
		{"!cmd failing", "!echo before; exit 3\nfmt.Println(\"not run\")", "before\n", "", "exit status 3"},
		{"!cmd not found", "!gk-no-such-command-here", "", "not found", "exit status 127"},
		{"%%bash", "%%bash\nfor i in 1 2; do echo $i; done\necho err >&2\n[[ 1 == 1 ]] && echo bash", "1\n2\nbash\n", "err\n", ""},
		{"%%bash failing", "%%bash\necho out\nexit 4", "out\n", "", "exit status 4"},
		{"%%sh", "%%sh\necho $((2 + 3))", "5\n", "", ""},
		{"%%sh failing", "%%sh\nfalse", "", "", "exit status 1"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := &tape{}
			res := execCell(t, e, i+1, tt.code, out)
			if got := out.text("stdout"); got != tt.stdout {
				t.Errorf("got stdout %q, want %q", got, tt.stdout)
			}
			if got := out.text("stderr"); !strings.Contains(got, tt.stderr) || tt.stderr == "" && got != "" {
				t.Errorf("got stderr %q, want %q", got, tt.stderr)
			}
			switch {
			case tt.err == "" && res.Error != nil:
				t.Errorf("got error %s, want none", res.Error)
			case tt.err != "" && (res.Error == nil || res.Error.Name != "ShellError" || res.Error.Value != tt.err):
				t.Errorf("got error %v, want ShellError: %s", res.Error, tt.err)
			}
		})
	}
}

// TestMagicShellLive checks that the output of commands reaches the cell
// while they run, and that an interrupt ends them, with the processes they
// started, at once.
func TestMagicShellLive(t *testing.T) {
	e := newTestEngine(t)
	for i, prefix := range []string{"!", "%%bash\n", "%%sh\n"} {
		t.Run(strings.TrimSpace(prefix), func(t *testing.T) {
			flag := filepath.Join(t.TempDir(), "go-on")
			script := "echo first; while [ ! -e " + flag + " ]; do sleep 0.01; done; echo second"
			seen := make(chan string, 10)
			out := &liveTape{seen: seen}
			done := make(chan kernel.ExecuteResult, 1)
			go func() {
				done <- e.Execute(context.Background(), kernel.ExecuteRequest{Code: prefix + script, Count: i + 1}, out)
			}()
			select {
			case s := <-seen:
				if s != "first\n" {
					t.Errorf("got %q first, want \"first\\n\"", s)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("the command's first line did not arrive while it ran")
			}
			if err := os.WriteFile(flag, nil, 0o644); err != nil {
				t.Fatal(err)
			}
			if res := <-done; res.Error != nil {
				t.Errorf("got error %s", res.Error)
			}
			if got := out.text("stdout"); got != "first\nsecond\n" {
				t.Errorf("got stdout %q, want first and second", got)
			}
		})
		t.Run(strings.TrimSpace(prefix)+" interrupted", func(t *testing.T) {
			// The sleep is a child of the shell: both must end.
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			seen := make(chan string, 10)
			out := &liveTape{seen: seen}
			done := make(chan kernel.ExecuteResult, 1)
			go func() {
				done <- e.Execute(ctx, kernel.ExecuteRequest{Code: prefix + "echo started; sleep 60; echo slept", Count: 10 + i}, out)
			}()
			select {
			case <-seen:
			case <-time.After(10 * time.Second):
				t.Fatal("the command did not start")
			}
			cancel()
			select {
			case res := <-done:
				if res.Error == nil || res.Error.Name != "Interrupted" {
					t.Errorf("got error %v, want Interrupted", res.Error)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("the cell did not end after the interrupt")
			}
			if got := out.text("stdout"); got != "started\n" {
				t.Errorf("got stdout %q, want started only", got)
			}
		})
	}
}

// liveTape is a tape that also sends what is written to stdout on seen.
type liveTape struct {
	tape
	seen chan<- string
}

func (l *liveTape) Stream(name string, p []byte) {
	l.tape.Stream(name, p)
	if name == "stdout" {
		select {
		case l.seen <- string(p):
		default:
		}
	}
}

// TestMagicMIME checks the cell magics that show the cell as a MIME type.
func TestMagicMIME(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct{ magic, mime, body string }{
		{"html", "text/html", "<b>bold</b>\n<i>and</i>"},
		{"markdown", "text/markdown", "# Title\n\n* item"},
		{"svg", "image/svg+xml", `<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="2" height="2"/></svg>`},
		{"latex", "text/latex", `$$\int_0^1 x\,dx$$`},
		{"javascript", "application/javascript", "console.log('hi')"},
	}
	for i, tt := range tests {
		t.Run(tt.magic, func(t *testing.T) {
			out, res := mustExec(t, e, i+1, "%%"+tt.magic+"\n"+tt.body)
			if res.Result != nil {
				t.Errorf("got result %v, want a display only", res.Result.Data)
			}
			ds := out.displays()
			if len(ds) != 1 {
				t.Fatalf("got %d displays, want 1\n%s", len(ds), out)
			}
			d := ds[0]
			if got := mimes(d.Data); got != tt.mime+" text/plain" {
				t.Errorf("got MIME types %s, want %s text/plain", got, tt.mime)
			}
			if got := d.Data[tt.mime]; got != tt.body {
				t.Errorf("got %s %q, want %q", tt.mime, got, tt.body)
			}
			if d.ID != "" || d.Update {
				t.Errorf("got display id %q update %v, want a plain display_data", d.ID, d.Update)
			}
			if tt.mime == "image/svg+xml" {
				if err := wellFormedSVG(d.Data[tt.mime].(string)); err != nil {
					t.Error(err)
				}
			}
		})
	}
}
