package e2e

import (
	"strings"
	"testing"

	"gokernel/notebook"
)

// These tests check the JupyterLab record checker itself, without a
// browser: it must notice what it is there to notice.

func TestOverwrite(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain\n", "plain\n"},
		{"10%\r50%\r100%\n", "100%\n"},
		{"abcdef\rXY\n", "XYcdef\n"},
		{"a\r\nb\n", "a\nb\n"},
		{"ab\bc", "ac"},
	} {
		if got := overwrite(tc.in); got != tc.want {
			t.Errorf("overwrite(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestHTMLText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`<b id="x">bold</b> <i>it</i>`, "boldit"},
		{"<style>td{color:red}</style><table><tr><td>a</td><td>&lt;b&gt;</td></tr></table>", "a<b>"},
		{"<!-- note --><p>x<script>alert(1)</script></p>", "x"},
	} {
		if got := squeeze(htmlText(tc.in)); got != tc.want {
			t.Errorf("htmlText(%q) squeezed = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// labFixture returns a stored notebook of one code cell and the record
// JupyterLab would give for it when all is well.
func labFixture() (*notebook.Notebook, *labRecord) {
	one := 1
	nb := &notebook.Notebook{Cells: []*notebook.Cell{{
		Type: notebook.CellCode, Source: "func f() {}\nfmt.Println(1)\n1+1", ExecutionCount: &one,
		Outputs: []*notebook.Output{
			{Type: notebook.OutputStream, Name: "stdout", Text: "1\n"},
			{Type: notebook.OutputExecuteResult, Data: map[string]any{"text/plain": "2"}},
		},
	}}}
	rec := &labRecord{KernelStatus: "idle", Cells: []labCell{{
		CellType: "code", Source: nb.Cells[0].Source, ExecutionCount: &one,
		Highlight: labHighlight{Mode: "go", Highlighted: true, Tokens: [][2]string{{"cm-keyword", "func"}}},
		Outputs: []labOutput{
			{OutputType: "stream", Kind: "stream", Name: "stdout", Rendered: true, Text: "1\n"},
			{Index: 1, OutputType: "execute_result", Kind: "text/plain", Mimes: []string{"text/plain"},
				Rendered: true, Text: "2"},
		},
	}}}
	rec.KernelInfo.CodeMimetype = "text/x-go"
	return nb, rec
}

func TestCheckLabRecord(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(nb *notebook.Notebook, rec *labRecord)
		want   string // in a problem; "" = no problem
	}{
		{"all well", func(*notebook.Notebook, *labRecord) {}, ""},
		{"wrong text", func(_ *notebook.Notebook, r *labRecord) { r.Cells[0].Outputs[0].Text = "2\n" }, "text differs"},
		{"wrong result", func(_ *notebook.Notebook, r *labRecord) { r.Cells[0].Outputs[1].Text = "3" }, "text differs"},
		{"varying cell", func(nb *notebook.Notebook, r *labRecord) {
			nb.Cells[0].Metadata = map[string]any{"tags": []any{"nondeterministic"}}
			r.Cells[0].Outputs[0].Text = "2\n"
		}, ""},
		{"not executed", func(_ *notebook.Notebook, r *labRecord) { r.Cells[0].ExecutionCount = nil }, "not executed"},
		{"plain editor", func(_ *notebook.Notebook, r *labRecord) { r.Cells[0].Highlight.Mode = "null" }, "want go"},
		{"keyword not styled", func(_ *notebook.Notebook, r *labRecord) {
			r.Cells[0].Highlight.Tokens = [][2]string{{"cm-variable", "func"}}
		}, "want cm-keyword"},
		{"output missing", func(_ *notebook.Notebook, r *labRecord) {
			r.Cells[0].Outputs = r.Cells[0].Outputs[:1]
		}, "outputs other than streams"},
		{"unexpected error", func(_ *notebook.Notebook, r *labRecord) {
			r.Cells[0].Outputs[1] = labOutput{Index: 1, OutputType: "error", Kind: "error", EName: "panic", Rendered: true}
		}, "execute_result"},
		{"not rendered", func(_ *notebook.Notebook, r *labRecord) { r.Cells[0].Outputs[1].Rendered = false }, "not rendered"},
		{"run failed", func(_ *notebook.Notebook, r *labRecord) { r.Error = "LabError: timed out" }, "did not finish"},
		{"stored unexecuted", func(nb *notebook.Notebook, _ *labRecord) {
			nb.Cells[0].ExecutionCount, nb.Cells[0].Outputs = nil, nil
		}, "not stored executed"},
		{"streams interleaved differently", func(nb *notebook.Notebook, r *labRecord) {
			nb.Cells[0].Outputs = append([]*notebook.Output{{Type: notebook.OutputStream, Name: "stderr", Text: "e\n"}},
				nb.Cells[0].Outputs...)
			r.Cells[0].Outputs = append(r.Cells[0].Outputs[:1:1],
				labOutput{OutputType: "stream", Kind: "stream", Name: "stderr", Rendered: true, Text: "e\n"},
				r.Cells[0].Outputs[1])
		}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			nb, rec := labFixture()
			tc.change(nb, rec)
			c := checkLabRecord(nb, rec)
			got := strings.Join(c.problems, "\n")
			switch {
			case tc.want == "" && got != "":
				t.Errorf("got problems %q, want none", got)
			case tc.want != "" && !strings.Contains(got, tc.want):
				t.Errorf("got problems %q, want one with %q", got, tc.want)
			}
		})
	}
}
