package e2e

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"html"
	"image"
	_ "image/gif" // stored image sizes
	_ "image/jpeg"
	_ "image/png"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"gokernel/notebook"
)

// volatileTags mark code cells whose output text varies between runs
// (time, randomness, scheduling): their outputs are compared for kind,
// order and rendering, not for text. A comment line "// Output varies"
// in the cell (see outputVaries) says the same.
var volatileTags = []string{"nondeterministic", "output-varies"}

// outputVaries matches the comment by which the bundled notebooks say
// that a cell's output changes from run to run.
var outputVaries = regexp.MustCompile(`(?im)^\s*//\s*output varies\b`)

// goKeywords are the words CodeMirror's go mode styles as cm-keyword.
var goKeywords = map[string]bool{
	"break": true, "case": true, "chan": true, "const": true, "continue": true, "default": true,
	"defer": true, "else": true, "fallthrough": true, "for": true, "func": true, "go": true,
	"goto": true, "if": true, "import": true, "interface": true, "map": true, "package": true,
	"range": true, "return": true, "select": true, "struct": true, "switch": true, "type": true,
	"var": true,
}

// labCheck collects what differs between a notebook as stored and as
// JupyterLab rendered it.
type labCheck struct {
	problems []string
	notes    []string
	// keywords counts keyword spans styled cm-keyword, over the notebook.
	keywords map[string]int
}

func (c *labCheck) problemf(format string, args ...any) {
	c.problems = append(c.problems, fmt.Sprintf(format, args...))
}

func (c *labCheck) notef(format string, args ...any) {
	c.notes = append(c.notes, fmt.Sprintf(format, args...))
}

// checkLabRecord compares every cell of the stored notebook nb with what
// JupyterLab rendered (rec).
func checkLabRecord(nb *notebook.Notebook, rec *labRecord) *labCheck {
	c := &labCheck{keywords: map[string]int{}}
	if rec.Error != "" {
		c.problemf("the run did not finish: %s\n--- server log ---\n%s", rec.Error, rec.ServerLogTail)
		return c
	}
	if len(rec.Cells) != len(nb.Cells) {
		c.problemf("JupyterLab shows %d cells, the notebook has %d", len(rec.Cells), len(nb.Cells))
		return c
	}
	if rec.KernelStatus != "idle" {
		c.problemf("kernel status %q after the run, want idle", rec.KernelStatus)
	}
	if m := rec.KernelInfo.CodeMimetype; m != "text/x-go" {
		c.problemf("the notebook's code mimetype is %q, want text/x-go (from kernel_info language_info)", m)
	}
	asked := map[int][]string{}
	for _, in := range rec.Stdin {
		asked[in.Cell] = append(asked[in.Cell], in.Prompt)
	}
	for i, cell := range nb.Cells {
		got := rec.Cells[i]
		switch {
		case asked[i] != nil && cell.Type == notebook.CellCode:
			c.checkInputCell(i, cell, got, asked[i])
		case cell.Type == notebook.CellMarkdown:
			if strings.TrimSpace(cell.Source) != "" && (!got.Rendered || got.HTML == "") {
				c.problemf("cell %d: markdown not rendered", i)
			}
		case cell.Type != notebook.CellCode || cell.HasTag(notebook.TagSkipExecution):
		case strings.TrimSpace(cell.Source) == "":
		default:
			c.checkCode(i, cell, got)
		}
	}
	if len(c.keywords) == 0 {
		c.problemf("no Go keyword styled cm-keyword in any cell: Go highlighting is not active")
	}
	return c
}

// checkCode compares one code cell.
func (c *labCheck) checkCode(i int, cell *notebook.Cell, got labCell) {
	where := fmt.Sprintf("cell %d", i)
	if got.Source != cell.Source {
		c.problemf("%s: source differs from the notebook's", where)
		return
	}
	c.checkHighlight(where, got.Highlight)
	if got.ExecutionCount == nil {
		c.problemf("%s: not executed (prompt %q)", where, got.Prompt)
		return
	}
	if cell.ExecutionCount == nil {
		c.problemf("%s: the notebook is not stored executed (no execution count; run gokernel run --inplace)", where)
		return
	}
	if *cell.ExecutionCount != *got.ExecutionCount {
		c.problemf("%s: execution count %d, stored %d", where, *got.ExecutionCount, *cell.ExecutionCount)
	}
	raises := cell.HasTag(notebook.TagRaisesException)
	volatile := slices.ContainsFunc(volatileTags, cell.HasTag) || outputVaries.MatchString(cell.Source)
	want := mergeStreams(cell.Outputs)
	if !sameLayout(got.Outputs, want) {
		// stdout and stderr are captured separately, so how they
		// interleave may change from run to run: compare each stream's
		// whole text and the other outputs in order.
		c.notef("%s: outputs laid out differently: shown %s, stored %s", where,
			describeGot(got.Outputs), describeStored(want))
		c.compareStreams(where, volatile, got.Outputs, want)
		got.Outputs, want = nonStream(got.Outputs), nonStreamStored(want)
		if len(got.Outputs) != len(want) {
			c.problemf("%s: %d outputs other than streams %s, stored %d %s", where, len(got.Outputs),
				describeGot(got.Outputs), len(want), describeStored(want))
			return
		}
	}
	hasError := false
	for j, w := range want {
		g := got.Outputs[j]
		at := fmt.Sprintf("%s output %d", where, g.Index)
		if !g.Rendered {
			c.problemf("%s: %s not rendered (no DOM node)", at, g.OutputType)
		}
		if g.OutputType != w.Type {
			c.problemf("%s: %s, stored %s", at, g.OutputType, w.Type)
			continue
		}
		switch w.Type {
		case notebook.OutputStream:
			c.compareText(at, volatile, g.Text, w.Text)
		case notebook.OutputError:
			hasError = true
			if g.EName != w.EName {
				c.problemf("%s: error %s, stored %s", at, g.EName, w.EName)
			}
			c.compareText(at+" (traceback)", volatile, g.Text, strings.Join(w.Traceback, "\n"))
		default:
			c.checkBundle(at, volatile, g, w)
		}
	}
	if hasError && !raises {
		c.problemf("%s: the stored notebook has an error but the cell is not tagged raises-exception", where)
	}
	if raises && !hasError {
		c.problemf("%s: tagged raises-exception but shows no error", where)
	}
}

// sameLayout reports whether got and want have the same outputs in the
// same order: output types and stream names.
func sameLayout(got []labOutput, want []*notebook.Output) bool {
	if len(got) != len(want) {
		return false
	}
	for j, w := range want {
		if got[j].OutputType != w.Type || (w.Type == notebook.OutputStream && got[j].Name != w.Name) {
			return false
		}
	}
	return true
}

// compareStreams compares the whole text of each stream.
func (c *labCheck) compareStreams(where string, volatile bool, got []labOutput, want []*notebook.Output) {
	gotText, wantText := map[string]string{}, map[string]string{}
	for _, g := range got {
		if g.OutputType == notebook.OutputStream {
			gotText[g.Name] += g.Text
		}
	}
	for _, w := range want {
		if w.Type == notebook.OutputStream {
			wantText[w.Name] += w.Text
		}
	}
	for _, name := range []string{"stdout", "stderr"} {
		g, gok := gotText[name]
		w, wok := wantText[name]
		if gok != wok {
			c.problemf("%s: %s shown %v, stored %v", where, name, gok, wok)
			continue
		}
		c.compareText(where+" "+name, volatile, g, w)
	}
}

// nonStream returns the outputs that are not streams.
func nonStream(outs []labOutput) []labOutput {
	var r []labOutput
	for _, o := range outs {
		if o.OutputType != notebook.OutputStream {
			r = append(r, o)
		}
	}
	return r
}

// nonStreamStored returns the stored outputs that are not streams.
func nonStreamStored(outs []*notebook.Output) []*notebook.Output {
	var r []*notebook.Output
	for _, o := range outs {
		if o.Type != notebook.OutputStream {
			r = append(r, o)
		}
	}
	return r
}

// checkInputCell checks a cell that asked for input: the stored outputs
// come from a run without a front end to answer (gokernel run), so only
// completion and errors are compared.
func (c *labCheck) checkInputCell(i int, cell *notebook.Cell, got labCell, prompts []string) {
	where := fmt.Sprintf("cell %d", i)
	c.checkHighlight(where, got.Highlight)
	c.notef("%s: asked for input %q, answered; outputs shown %s (not compared with the stored ones)",
		where, prompts, describeGot(got.Outputs))
	if got.ExecutionCount == nil {
		c.problemf("%s: not executed after its input was answered (prompt %q)", where, got.Prompt)
	}
	hasError := slices.ContainsFunc(got.Outputs, func(o labOutput) bool { return o.OutputType == notebook.OutputError })
	if raises := cell.HasTag(notebook.TagRaisesException); hasError != raises {
		c.problemf("%s: error shown %v, tagged raises-exception %v (outputs %s)", where, hasError, raises,
			describeGot(got.Outputs))
	}
}

// checkHighlight checks that the editor tokenizes with CodeMirror's go
// mode and styles Go keywords as keywords.
func (c *labCheck) checkHighlight(where string, h labHighlight) {
	if h.Mode != "go" {
		c.problemf("%s: CodeMirror mode %q (mimetype %q), want go", where, h.Mode, h.Mimetype)
		return
	}
	if !h.Highlighted {
		c.problemf("%s: no syntax tokens in the editor", where)
	}
	for _, tok := range h.Tokens {
		class, text := tok[0], tok[1]
		if !goKeywords[text] {
			continue
		}
		if !slices.Contains(strings.Fields(class), "cm-keyword") {
			c.problemf("%s: keyword %q styled %q, want cm-keyword", where, text, class)
			continue
		}
		c.keywords[text]++
	}
}

// checkBundle compares an execute_result or display_data.
func (c *labCheck) checkBundle(at string, volatile bool, g labOutput, w *notebook.Output) {
	var keys []string
	for k := range w.Data {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if !slices.Equal(g.Mimes, keys) {
		c.problemf("%s: MIME types %v, stored %v", at, g.Mimes, keys)
	}
	if g.Kind == "none" || !slices.Contains(keys, g.Kind) {
		c.problemf("%s: rendered as %q, not one of the stored %v", at, g.Kind, keys)
		return
	}
	data, _ := w.Data[g.Kind].(string)
	switch g.Kind {
	case "text/plain":
		c.compareText(at, volatile, g.Text, data)
	case "text/html":
		if got, want := squeeze(g.Text), squeeze(htmlText(data)); got != want && !volatile {
			c.problemf("%s: HTML shows %q, stored HTML has the text %q", at, clip(got), clip(want))
		}
	case "image/png", "image/jpeg", "image/gif":
		c.checkImage(at, g, data)
	case "image/svg+xml":
		if !g.SVG || g.Image == nil || g.Image.Width == 0 || g.Image.Height == 0 {
			c.problemf("%s: SVG not shown (svg %v, image %+v)", at, g.SVG, g.Image)
		}
	default:
		// markdown, latex, JSON, javascript...: rendered is what we can say
		if strings.TrimSpace(g.Text) == "" && g.HTML == "" {
			c.problemf("%s: %s rendered empty", at, g.Kind)
		}
	}
}

// checkImage checks that a raster image shows at its stored size.
func (c *labCheck) checkImage(at string, g labOutput, data string) {
	raw, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(data), ""))
	if err != nil {
		c.problemf("%s: stored %s is not base64: %v", at, g.Kind, err)
		return
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(raw))
	if err != nil {
		c.problemf("%s: stored %s does not decode: %v", at, g.Kind, err)
		return
	}
	if g.Image == nil || !g.Image.Complete {
		c.problemf("%s: %s not loaded (%+v)", at, g.Kind, g.Image)
		return
	}
	if g.Image.Width != cfg.Width || g.Image.Height != cfg.Height {
		c.problemf("%s: %s shown at %dx%d, stored %dx%d", at, g.Kind, g.Image.Width, g.Image.Height,
			cfg.Width, cfg.Height)
	}
}

// compareText compares rendered text with stored text as JupyterLab shows
// it (escape sequences removed, carriage returns applied, trailing
// whitespace ignored). A volatile cell's difference is only noted.
func (c *labCheck) compareText(at string, volatile bool, got, stored string) {
	want := strings.TrimRight(overwrite(ansi.ReplaceAllString(stored, "")), " \t\r\n")
	got = strings.TrimRight(got, " \t\r\n")
	const limit = 19000 // run_many records at most 20000 characters
	if len(want) > limit {
		want, got = want[:limit/2], got[:min(len(got), limit/2)]
	}
	if got == want {
		return
	}
	if volatile {
		c.notef("%s: text differs (the cell is tagged as varying): %q vs stored %q", at, clip(got), clip(want))
		return
	}
	c.problemf("%s: text differs at byte %d:\n  shown:  %q\n  stored: %q", at, diffAt(got, want),
		clip(got[min(diffAt(got, want), len(got)):]), clip(want[min(diffAt(got, want), len(want)):]))
}

// ansi matches the escape sequences JupyterLab turns into styles.
var ansi = regexp.MustCompile("\x1b\\[[0-9;?]*[A-Za-z]")

// overwrite applies carriage returns and backspaces as JupyterLab's
// output area does: text after a '\r' overwrites its line from the start.
func overwrite(s string) string {
	if !strings.ContainsAny(s, "\r\b") {
		return s
	}
	s = regexp.MustCompile(`\r+\n`).ReplaceAllString(s, "\n")
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		var cur []rune
		for _, seg := range strings.Split(line, "\r") {
			r := []rune(seg)
			cur = append(r, cur[min(len(r), len(cur)):]...)
		}
		var out []rune
		for _, r := range cur {
			if r == '\b' {
				if len(out) > 0 {
					out = out[:len(out)-1]
				}
				continue
			}
			out = append(out, r)
		}
		lines[i] = string(out)
	}
	return strings.Join(lines, "\n")
}

// htmlText is the text an HTML fragment shows: tags, scripts and styles
// removed, entities decoded.
func htmlText(s string) string {
	s = regexp.MustCompile(`(?is)<(script|style)\b.*?</(script|style)>`).ReplaceAllString(s, "")
	s = regexp.MustCompile(`(?s)<!--.*?-->`).ReplaceAllString(s, "")
	s = regexp.MustCompile(`(?s)<[^>]*>`).ReplaceAllString(s, " ")
	return html.UnescapeString(s)
}

// squeeze removes all white space, for comparing text laid out differently.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// diffAt is the byte offset where a and b first differ.
func diffAt(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// clip shortens s for a message.
func clip(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

// mergeStreams returns outputs with consecutive writes to one stream
// merged, as JupyterLab's output area shows them.
func mergeStreams(outs []*notebook.Output) []*notebook.Output {
	var merged []*notebook.Output
	for _, o := range outs {
		if n := len(merged); n > 0 && o.Type == notebook.OutputStream &&
			merged[n-1].Type == notebook.OutputStream && merged[n-1].Name == o.Name {
			cp := *merged[n-1]
			cp.Text += o.Text
			merged[n-1] = &cp
			continue
		}
		merged = append(merged, o)
	}
	return merged
}

// describeGot lists rendered outputs briefly.
func describeGot(outs []labOutput) string {
	var parts []string
	for _, o := range outs {
		switch o.OutputType {
		case notebook.OutputStream:
			parts = append(parts, "stream:"+o.Name)
		case notebook.OutputError:
			parts = append(parts, "error:"+o.EName)
		default:
			parts = append(parts, o.OutputType+":"+o.Kind)
		}
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// describeStored lists stored outputs briefly.
func describeStored(outs []*notebook.Output) string {
	var parts []string
	for _, o := range outs {
		var keys []string
		for k := range o.Data {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		switch o.Type {
		case notebook.OutputStream:
			parts = append(parts, "stream:"+o.Name)
		case notebook.OutputError:
			parts = append(parts, "error:"+o.EName)
		default:
			parts = append(parts, o.Type+":"+strings.Join(keys, ","))
		}
	}
	return "[" + strings.Join(parts, " ") + "]"
}
