//go:build linux || darwin

package capture

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"os"
	"os/exec"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestCapturesEveryWriter(t *testing.T) {
	inChild(t, func(t *testing.T) {
		log.SetFlags(0)                                         // this process is the test's own; plain log lines
		big := bytes.Repeat([]byte("0123456789abcde\n"), 1<<16) // 1 MiB: more than a pipe holds
		tests := []struct {
			name             string
			write            func() error
			wantOut, wantErr string
		}{
			{"fmt.Print", func() error { _, err := fmt.Print("fmt\n"); return err }, "fmt\n", ""},
			{"os.Stdout.Write", func() error { _, err := os.Stdout.Write([]byte("file\n")); return err }, "file\n", ""},
			{"write to fd 1", func() error { _, err := syscall.Write(1, []byte("fd1\n")); return err }, "fd1\n", ""},
			{"os.Stderr", func() error { _, err := fmt.Fprint(os.Stderr, "stderr\n"); return err }, "", "stderr\n"},
			{"println", func() error { println("println", 42); return nil }, "", "println 42\n"},
			{"log.Print", func() error { log.Print("log"); return nil }, "", "log\n"},
			{"slog.Info", func() error { slog.Info("slog", "k", 1); return nil }, "", "INFO slog k=1\n"},
			{"child process", func() error {
				cmd := exec.Command("/bin/sh", "-c", "echo child; echo err >&2")
				cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
				return cmd.Run()
			}, "child\n", "err\n"},
			{"large write", func() error { _, err := os.Stdout.Write(big); return err }, string(big), ""},
		}
		c := startCapture(t)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				rec := &recorder{}
				c.SetSink(rec)
				defer c.SetSink(nil)
				if err := tt.write(); err != nil {
					t.Fatalf("write: %v", err)
				}
				mustSync(t, c)
				gotOut, gotErr := rec.get()
				if gotOut != tt.wantOut {
					t.Errorf("stdout: got %.80q, want %.80q", gotOut, tt.wantOut)
				}
				if gotErr != tt.wantErr {
					t.Errorf("stderr: got %.80q, want %.80q", gotErr, tt.wantErr)
				}
			})
		}
	})
}

func TestSetSink(t *testing.T) {
	inChild(t, func(t *testing.T) {
		c := startCapture(t)
		fmt.Print("early\n") // no sink yet: kept
		mustSync(t, c)
		a, b, kept := &recorder{}, &recorder{}, &recorder{}
		c.SetSink(a)
		if got, _ := a.get(); got != "early\n" {
			t.Errorf("first sink right after SetSink: got %q, want %q", got, "early\n")
		}
		fmt.Print("to a\n")
		mustSync(t, c)
		c.SetSink(b)
		fmt.Print("to b\n")
		mustSync(t, c)
		c.SetSink(nil)
		fmt.Fprint(os.Stderr, "kept\n")
		mustSync(t, c)
		c.SetSink(kept)

		for _, tt := range []struct {
			name             string
			rec              *recorder
			wantOut, wantErr string
		}{
			{"a", a, "early\nto a\n", ""},
			{"b", b, "to b\n", ""},
			{"kept", kept, "", "kept\n"},
		} {
			gotOut, gotErr := tt.rec.get()
			if gotOut != tt.wantOut || gotErr != tt.wantErr {
				t.Errorf("sink %s: got (%q, %q), want (%q, %q)", tt.name, gotOut, gotErr, tt.wantOut, tt.wantErr)
			}
		}
	})
}

func TestBacklogOverflowThroughCapture(t *testing.T) {
	inChild(t, func(t *testing.T) {
		c := startCapture(t)
		data := make([]byte, backlogLimit+backlogLimit/2)
		for i := range data {
			data[i] = 'a' + byte(i%26)
		}
		if _, err := os.Stdout.Write(data); err != nil {
			t.Fatalf("write: %v", err)
		}
		mustSync(t, c)
		rec := &recorder{}
		c.SetSink(rec)
		gotOut, gotErr := rec.get()
		wantErr := fmt.Sprintf("[gokernel: %d bytes of earlier output dropped]\n", backlogLimit/2)
		if gotErr != wantErr {
			t.Errorf("stderr: got %q, want %q", gotErr, wantErr)
		}
		if want := string(data[backlogLimit/2:]); gotOut != want {
			t.Errorf("stdout: got %d bytes starting %.20q, want the last %d bytes starting %.20q", len(gotOut), gotOut, len(want), want)
		}
	})
}

func TestSyncCanceled(t *testing.T) {
	inChild(t, func(t *testing.T) {
		c := startCapture(t)
		release := make(chan struct{})
		c.SetSink(SinkFunc(func(string, []byte) { <-release })) // breaks the Sink contract on purpose
		fmt.Print("stuck\n")
		ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
		defer cancel()
		if err := c.Sync(ctx); !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("Sync with a blocked sink: got %v, want %v", err, context.DeadlineExceeded)
		}
		close(release)
		mustSync(t, c)
	})
}

func TestCloseRestoresDescriptors(t *testing.T) {
	if isChild(t) {
		c, err := Start(nil)
		if err != nil {
			t.Fatalf("Start: %v", err)
		}
		rec := &recorder{}
		c.SetSink(rec)
		fmt.Print("captured-out\n")
		fmt.Fprint(os.Stderr, "captured-err\n")
		fmt.Fprint(c.OrigStdout(), "orig-out\n")
		fmt.Fprint(c.OrigStderr(), "orig-err\n")
		if err := c.Close(); err != nil { // drains without a Sync
			t.Errorf("Close: got %v, want nil", err)
		}
		fmt.Print("after-out\n")
		fmt.Fprint(os.Stderr, "after-err\n")
		if gotOut, gotErr := rec.get(); gotOut != "captured-out\n" || gotErr != "captured-err\n" {
			t.Errorf("sink: got (%q, %q), want (%q, %q)", gotOut, gotErr, "captured-out\n", "captured-err\n")
		}
		if err := c.Close(); err != nil {
			t.Errorf("second Close: got %v, want nil", err)
		}
		if err := c.Sync(t.Context()); !errors.Is(err, ErrClosed) {
			t.Errorf("Sync after Close: got %v, want %v", err, ErrClosed)
		}
		return
	}
	r := runChild(t)
	if r.err != nil {
		t.Fatalf("child: %v\nstdout:\n%s\nstderr:\n%s", r.err, r.stdout, r.stderr)
	}
	for _, tt := range []struct {
		name, got, want, unwanted string
	}{
		{"stdout", r.stdout, "orig-out\nafter-out\n", "captured"},
		{"stderr", r.stderr, "orig-err\nafter-err\n", "captured"},
	} {
		if !strings.Contains(tt.got, tt.want) || strings.Contains(tt.got, tt.unwanted) {
			t.Errorf("child's real %s: got %q, want it to contain %q and not %q", tt.name, tt.got, tt.want, tt.unwanted)
		}
	}
}

func TestCrashReachesOriginalStderr(t *testing.T) {
	tests := []struct {
		name  string
		crash func()
		want  []string // on the child's real stderr
	}{
		{
			name: "unrecovered panic",
			crash: func() {
				go panic("boom") // outside the test goroutine, so testing cannot recover it
				select {}
			},
			want: []string{"panic: boom", "goroutine "},
		},
		{
			name: "stack overflow",
			crash: func() {
				debug.SetMaxStack(1 << 20)
				var recurse func(int) int
				recurse = func(n int) int { return recurse(n+1) + 1 }
				recurse(0)
			},
			// The runtime writes the "fatal error: stack overflow" headline
			// before it starts copying to the crash output; the stacks follow.
			want: []string{"runtime stack:", "TestCrashReachesOriginalStderr"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if isChild(t) {
				c, err := Start(nil)
				if err != nil {
					t.Fatalf("Start: %v", err)
				}
				c.SetSink(SinkFunc(func(string, []byte) {}))
				tt.crash() // the process dies
				return
			}
			r := runChild(t)
			if r.err == nil {
				t.Fatalf("child: got success, want a crash\nstdout:\n%s\nstderr:\n%s", r.stdout, r.stderr)
			}
			for _, want := range tt.want {
				if !strings.Contains(r.stderr, want) {
					t.Errorf("child's real stderr: got %.300q, want it to contain %q", r.stderr, want)
				}
			}
		})
	}
}
