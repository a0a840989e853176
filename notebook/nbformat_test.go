package notebook

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// sharedNotebooks is where the project's shared Jupyter harness keeps its
// notebooks; tests using it are skipped when it is absent.
const sharedNotebooks = "/work/shared/jupyter/notebooks"

// roundTripFiles lists the notebooks that nbformat wrote: the testdata
// fixtures and the shared notebooks.
func roundTripFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("testdata/*.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range files {
		if filepath.Base(f) != "handwritten.ipynb" {
			out = append(out, f)
		}
	}
	shared, _ := filepath.Glob(filepath.Join(sharedNotebooks, "*", "*.ipynb"))
	if len(shared) == 0 {
		t.Logf("no notebooks under %s: testing the testdata copies only", sharedNotebooks)
	}
	return append(out, shared...)
}

func TestRoundTripIsByteExact(t *testing.T) {
	for _, name := range roundTripFiles(t) {
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			nb, err := Unmarshal(want)
			if err != nil {
				t.Fatalf("Unmarshal: %v", err)
			}
			got, err := Marshal(nb)
			if err != nil {
				t.Fatalf("Marshal: %v", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Marshal(Unmarshal(file)) differs from the file at byte %d:\ngot:\n%s\nwant:\n%s",
					firstDiff(got, want), got, want)
			}
		})
	}
}

// firstDiff returns the offset of the first differing byte.
func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

func TestMarshalWritesAsNbformat(t *testing.T) {
	nb, err := ReadFile("testdata/handwritten.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	got, err := Marshal(nb)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/handwritten.golden.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("got (differs at byte %d):\n%s\nwant:\n%s", firstDiff(got, want), got, want)
	}
}

func TestUnmarshalTypedFields(t *testing.T) {
	nb, err := ReadFile("testdata/handwritten.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(nb.Cells), 4; got != want {
		t.Fatalf("got %d cells, want %d", got, want)
	}
	md, code := nb.Cells[0], nb.Cells[1]
	checks := []struct {
		what      string
		got, want any
	}{
		{"format", [2]int{nb.Format, nb.FormatMinor}, [2]int{4, 4}},
		{"markdown source", md.Source, "# Title\r\nline two\rline three\u2029para\n\nlast"},
		{"markdown tags", md.Tags(), []string{"t"}},
		{"attachment joined", md.Attachments["a.png"]["image/png"], "iVBORw0KGgoAAAANSUhEUg"},
		{"code source joined", code.Source, "print('a')\nprint('b')"},
		{"execution count", *code.ExecutionCount, 7},
		{"cell extra", code.Extra, map[string]any{"x_cell": json.Number("1")}},
		{"stream", [2]string{code.Outputs[0].Name, code.Outputs[0].Text}, [2]string{"stdout", "a\nb\n"}},
		{"html kept", code.Outputs[1].Data["text/html"], "<p>\n<b>hi</b>\n</p>"},
		{"json list not joined", code.Outputs[1].Data["application/vnd.custom+json"], []any{"x\n", "y"}},
		{"output extra", code.Outputs[1].Extra, map[string]any{"x_out": "kept"}},
		{"result text joined", code.Outputs[2].Data["text/plain"], "'tab\\there'"},
		{"error", [2]string{code.Outputs[3].EName, code.Outputs[3].EValue}, [2]string{"E", "v <&>"}},
		{"top-level extra", nb.Extra, map[string]any{"x_top_level": map[string]any{"kept": true}}},
		{"big number kept", nb.Metadata["zz"].([]any)[3], json.Number("12345678901234567890")},
		{"no count", nb.Cells[3].ExecutionCount == nil, true},
	}
	for _, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s: got %#v, want %#v", c.what, c.got, c.want)
		}
	}
}

func TestUnmarshalErrors(t *testing.T) {
	cell := func(s string) string {
		return `{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [` + s + `]}`
	}
	tests := []struct {
		name, in, want string
	}{
		{"not json", `{"cells": [`, "decode"},
		{"array", `[]`, "decode"},
		{"null", `null`, "not a JSON object"},
		{"nbformat 3", `{"nbformat": 3, "worksheets": []}`, "unsupported nbformat 3"},
		{"no nbformat", `{"cells": []}`, "unsupported nbformat 0"},
		{"nbformat string", `{"nbformat": "4", "cells": []}`, "decode nbformat"},
		{"no cells", `{"nbformat": 4, "metadata": {}}`, "no cells"},
		{"metadata list", `{"nbformat": 4, "metadata": [], "cells": []}`, "decode metadata: not a JSON object"},
		{"cell not object", cell(`1`), "decode cell 0"},
		{"cell null", cell(`null`), "decode cell 0: not a JSON object"},
		{"no cell_type", cell(`{"source": ""}`), "no cell_type"},
		{"source number", cell(`{"cell_type": "code", "source": 1}`), "want a string or a list of strings"},
		{"source mixed list", cell(`{"cell_type": "code", "source": ["a", 1]}`), "want a string or a list of strings"},
		{"outputs object", cell(`{"cell_type": "code", "source": "", "outputs": {}}`), "decode outputs"},
		{"count string", cell(`{"cell_type": "code", "source": "", "execution_count": "1"}`), "decode execution_count"},
		{"output no type", cell(`{"cell_type": "code", "source": "", "outputs": [{}]}`), "decode output 0: no output_type"},
		{"traceback string", cell(`{"cell_type": "code", "source": "", "outputs": [{"output_type": "error", "traceback": "x"}]}`), "decode traceback"},
		{"data list", cell(`{"cell_type": "code", "source": "", "outputs": [{"output_type": "display_data", "data": []}]}`), "decode data"},
		{"attachment string", cell(`{"cell_type": "markdown", "source": "", "attachments": {"a": "x"}}`), `decode attachment "a"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nb, err := Unmarshal([]byte(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, %v; want an error containing %q", nb, err, tt.want)
			}
		})
	}
}

func TestUnknownTypesAreKept(t *testing.T) {
	in := `{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
		{"cell_type": "future", "metadata": {}, "source": "x", "outputs": [1], "execution_count": 3},
		{"cell_type": "markdown", "metadata": {}, "source": "", "outputs": []},
		{"cell_type": "code", "metadata": {}, "source": "", "execution_count": 1,
		 "outputs": [{"output_type": "future", "name": "n", "text": "t", "data": {"a": 1}}]}]}`
	nb, err := Unmarshal([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	out, err := Marshal(nb)
	if err != nil {
		t.Fatal(err)
	}
	var got, want any
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	// The same notebook, with sources as lists of lines.
	in = strings.Replace(in, `"source": "x"`, `"source": ["x"]`, 1)
	in = strings.ReplaceAll(in, `"source": ""`, `"source": []`)
	if err := json.Unmarshal([]byte(in), &want); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestSplitLines(t *testing.T) {
	// Expectations are Python's str.splitlines(keepends=True).
	tests := []struct {
		in   string
		want []string
	}{
		{"", []string{}},
		{"a", []string{"a"}},
		{"a\n", []string{"a\n"}},
		{"a\nb", []string{"a\n", "b"}},
		{"\n\n", []string{"\n", "\n"}},
		{"a\r\nb\rc\n", []string{"a\r\n", "b\r", "c\n"}},
		{"a\r\r\n", []string{"a\r", "\r\n"}},
		{"a\vb\fc\x1cd\x1de\x1ef", []string{"a\v", "b\f", "c\x1c", "d\x1d", "e\x1e", "f"}},
		{"a\u0085b\u2028c\u2029d", []string{"a\u0085", "b\u2028", "c\u2029", "d"}},
		{"tab\tand\x00nul", []string{"tab\tand\x00nul"}},
		{"bad \xc2 utf8\n\x85", []string{"bad \xc2 utf8\n", "\x85"}},
	}
	for _, tt := range tests {
		if got := splitLines(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("splitLines(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEncodeValue(t *testing.T) {
	n := 3
	type point struct {
		X int     `json:"x"`
		Y float64 `json:"y"`
	}
	tests := []struct {
		name string
		in   any
		want string
	}{
		{"escapes", "\"\\\n\r\t\b\f\x00\x1f\x7f<>&\u2028é😀", `"\"\\\n\r\t\b\f\u0000\u001f` + "\x7f<>&\u2028é😀\""},
		{"invalid utf8", "a\xffb", "\"a\ufffdb\""},
		{"empty containers", map[string]any{"a": []any{}, "b": map[string]any{}, "c": []string(nil)},
			"{\n \"a\": [],\n \"b\": {},\n \"c\": []\n}"},
		{"sorted by code point", map[string]any{"é": 1, "z": 2, "A": 3, "a": 4},
			"{\n \"A\": 3,\n \"a\": 4,\n \"z\": 2,\n \"é\": 1\n}"},
		{"nested", []any{map[string]any{"k": []any{true, nil}}},
			"[\n {\n  \"k\": [\n   true,\n   null\n  ]\n }\n]"},
		{"int pointer", []any{&n, (*int)(nil)}, "[\n 3,\n null\n]"},
		{"number kept", json.Number("1.50e+3"), "1.50e+3"},
		{"struct", point{1, 2.5}, "{\n \"x\": 1,\n \"y\": 2.5\n}"},
		{"float", []any{1.0, 0.1, 1e16, 1e-5, 1.5e300, -2.0, 123456.789}, "[\n 1.0,\n 0.1,\n 1e+16,\n 1e-05,\n 1.5e+300,\n -2.0,\n 123456.789\n]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := encodeValue(&b, tt.in, 0); err != nil {
				t.Fatalf("encodeValue: %v", err)
			}
			if got := b.String(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	for _, bad := range []any{json.Number("1x"), json.Number(`"s"`), func() {}, []any{2.0, nanValue()}} {
		var b bytes.Buffer
		if err := encodeValue(&b, bad, 0); err == nil {
			t.Errorf("encodeValue(%#v): got no error, want one", bad)
		}
	}
}

// nanValue returns NaN, which JSON cannot represent.
func nanValue() float64 {
	zero := 0.0
	return zero / zero
}

func TestTags(t *testing.T) {
	tests := []struct {
		metadata map[string]any
		want     []string
	}{
		{nil, nil},
		{map[string]any{"tags": []any{"a", 1, "b"}}, []string{"a", "b"}},
		{map[string]any{"tags": []string{"x"}}, []string{"x"}},
		{map[string]any{"tags": "a"}, nil},
	}
	for _, tt := range tests {
		c := &Cell{Metadata: tt.metadata}
		if got := c.Tags(); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tags of %v: got %q, want %q", tt.metadata, got, tt.want)
		}
	}
	c := &Cell{Metadata: map[string]any{"tags": []any{TagRaisesException}}}
	if !c.HasTag(TagRaisesException) || c.HasTag(TagSkipExecution) {
		t.Errorf("HasTag: got %v, %v; want true, false", c.HasTag(TagRaisesException), c.HasTag(TagSkipExecution))
	}
}

func TestMarshalNil(t *testing.T) {
	for _, nb := range []*Notebook{
		{Format: 4, Cells: []*Cell{nil}},
		{Format: 4, Cells: []*Cell{{Type: CellCode, Outputs: []*Output{nil}}}},
	} {
		if _, err := Marshal(nb); err == nil {
			t.Errorf("Marshal(%+v): got no error, want one", nb)
		}
	}
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	nb, err := ReadFile("testdata/nbclient_rich.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	want, err := Marshal(nb)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(dir, "a.ipynb")
	if err := WriteFile(name, nb); err != nil {
		t.Fatalf("WriteFile (new): %v", err)
	}
	if err := os.Chmod(name, 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.ipynb")
	if err := os.Symlink("a.ipynb", link); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(link, nb); err != nil {
		t.Fatalf("WriteFile (existing, through a link): %v", err)
	}
	got, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("file content differs from Marshal")
	}
	if fi, err := os.Stat(name); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("mode after rewrite: got %v (%v), want 0600", fi.Mode(), err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("link after rewrite: got %v (%v), want a symbolic link", fi.Mode(), err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("got %d files in the directory, want 2 (no temporary left)", len(entries))
	}
	if err := WriteFile(filepath.Join(dir, "missing", "b.ipynb"), nb); err == nil {
		t.Errorf("WriteFile into a missing directory: got no error, want one")
	}
	if _, err := ReadFile(filepath.Join(dir, "missing.ipynb")); err == nil {
		t.Errorf("ReadFile of a missing file: got no error, want one")
	}
}
