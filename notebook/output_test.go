package notebook

import (
	"bytes"
	"reflect"
	"sync"
	"testing"

	"gokernel/kernel"
)

func TestRunLateOutput(t *testing.T) {
	// A goroutine of cell 0 writes while cell 1 runs, and again after Run
	// returned.
	release, written := make(chan struct{}), make(chan struct{})
	var wg sync.WaitGroup
	defer wg.Wait()
	s := &script{hooks: map[string]func(kernel.Output){
		"spawn": func(out kernel.Output) {
			wg.Go(func() {
				<-release
				out.Stream("stdout", []byte("late\n"))
				written <- struct{}{}
				<-release
				out.Stream("stdout", []byte("after the run\n"))
				out.Display(kernel.Display{Bundle: *textBundle("x"), ID: "d", Update: true})
				written <- struct{}{}
			})
		},
		"release": func(kernel.Output) {
			release <- struct{}{}
			<-written
		},
	}}
	nb := newNotebook(code("display d shown\nhook spawn"), code("out own\nhook release"))
	if _, err := Run(t.Context(), s, nb, Options{}); err != nil {
		t.Fatal(err)
	}
	before, err := Marshal(nb)
	if err != nil {
		t.Fatal(err)
	}
	release <- struct{}{}
	<-written
	after, err := Marshal(nb)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Errorf("output after Run returned changed the notebook:\n%s", after)
	}
	want := [][]string{{"[1] display: shown"}, {`[2] stdout: "own\nlate\n"`}}
	for i, c := range nb.Cells {
		if got := describe(c); !reflect.DeepEqual(got, want[i]) {
			t.Errorf("cell %d: got %q, want %q", i, got, want[i])
		}
	}
}

func TestRecorderLateOutputGoesToLastCell(t *testing.T) {
	a, b := code(""), code("")
	r := newRecorder(nil)
	r.Stream("stdout", []byte("before any cell\n"))
	r.start(a, 1)
	r.Stream("stdout", []byte("a\n"))
	// a's Execute returned; its goroutines still write.
	r.Stream("stdout", []byte("late a\n"))
	r.Clear(true)
	r.start(b, 2)
	r.Stream("stdout", []byte("b\n"))
	r.stop()
	r.Stream("stdout", []byte("after stop\n"))
	r.Clear(false)
	for _, tt := range []struct {
		c    *Cell
		want []string
	}{{a, []string{`[1] stdout: "a\nlate a\n"`}}, {b, []string{`[2] stdout: "b\n"`}}} {
		if got := describe(tt.c); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}

func TestRunInput(t *testing.T) {
	tests := []struct {
		name    string
		answers []string
		want    [][]string
	}{
		{
			name: "no answers: no stdin",
			want: [][]string{
				{`[1] stdout: "error: ` + kernel.ErrStdinNotAllowed.Error() + `\n"`},
				{`[2] stdout: "error: ` + kernel.ErrStdinNotAllowed.Error() + `\nx\n"`},
			},
		},
		{
			name:    "answers used in order across cells",
			answers: []string{"one", "two"},
			want:    [][]string{{`[1] stdout: "one\n"`}, {`[2] stdout: "two\nx\n"`}},
		},
		{
			name:    "answers run out",
			answers: []string{},
			want: [][]string{
				{`[1] stdout: "error: ` + errNoInputLeft.Error() + ` (prompt \"? \")\n"`},
				{`[2] stdout: "error: ` + errNoInputLeft.Error() + ` (prompt \"? \")\nx\n"`},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &script{}
			nb := newNotebook(code("input"), code("input\nout x"))
			if _, err := Run(t.Context(), s, nb, Options{Input: tt.answers}); err != nil {
				t.Fatal(err)
			}
			for i, c := range nb.Cells {
				if got := describe(c); !reflect.DeepEqual(got, tt.want[i]) {
					t.Errorf("cell %d: got %q, want %q", i, got, tt.want[i])
				}
			}
			for _, r := range s.requests() {
				if r.AllowStdin != (tt.answers != nil) {
					t.Errorf("AllowStdin: got %v, want %v", r.AllowStdin, tt.answers != nil)
				}
			}
		})
	}
}
