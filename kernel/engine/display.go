package engine

import (
	"fmt"

	"gokernel/display"
	"gokernel/kernel"
	"gokernel/kernel/engine/format"
)

// publisher is the engine's display.Publisher: rich output of cells goes
// to the running (or last) cell's Output.
type publisher struct{ e *Engine }

// Display implements display.Publisher.
func (p publisher) Display(b display.Bundle, id string, update bool) {
	out := p.e.output()
	if out == nil {
		return
	}
	p.e.flush() // what the cell printed before comes first
	out.Display(kernel.Display{Bundle: kernel.Bundle{Data: b.Data, Metadata: b.Metadata}, ID: id, Update: update})
}

// Clear implements display.Publisher.
func (p publisher) Clear(wait bool) {
	if out := p.e.output(); out != nil {
		p.e.flush()
		out.Clear(wait)
	}
}

// Sprint gives the display package the text of values it cannot render
// richly, as fmt prints them in cells: values of the cells' types, also
// when the interpreter passes them wrapped.
func (p publisher) Sprint(v any) string {
	return fmt.Sprint(format.Args(p.e.types, []any{concrete(v)})...)
}

// Input implements display.Publisher.
func (p publisher) Input(prompt string, password bool) (string, error) {
	return p.e.input(prompt, password)
}

// preludeCell is run (compiled like a cell) before the first cell: names
// that cells can use without declaring them.
const preludeCell = `import __gk_display "gokernel/display"
import __gk_fmt "fmt"
import __gk_time "time"

// Display shows values as rich output: display bundles, images, charts,
// and values with HTML, Markdown, SVG... methods (as gophernotes' Display).
func Display(vs ...any) error { return __gk_display.Display(vs...) }
`

// resultBundle builds the MIME bundle of a cell's result values: what
// display.Render makes of them, the forms their methods give, and
// text/plain always. It returns nil when the values already showed
// themselves (a display handle, a progress bar).
func resultBundle(rs []Repr) *kernel.Bundle {
	if len(rs) != 1 {
		return bundle(rs)
	}
	r := rs[0]
	if r.Err && r.Value == nil {
		return nil // a call that only returns a nil error shows nothing
	}
	data, meta := map[string]any{}, map[string]any{}
	if r.Value != nil {
		if d, m, ok := display.Render(r.Value); ok {
			if len(d) == 0 {
				return nil
			}
			for k, v := range d {
				data[k] = v
			}
			for k, v := range m {
				meta[k] = v
			}
		}
	}
	if r.Image != nil && len(data) == 0 {
		b := display.Image(r.Image)
		for k, v := range b.Data {
			data[k] = v
		}
		for k, v := range b.Metadata {
			meta[k] = v
		}
	}
	for mime, s := range map[string]string{"text/html": r.HTML, "text/markdown": r.Markdown,
		"image/svg+xml": r.SVG, "text/latex": r.Latex} {
		if _, have := data[mime]; !have && s != "" {
			data[mime] = s
		}
	}
	if _, have := data["text/plain"]; !have || len(data) == 1 {
		data["text/plain"] = r.Text
		if s, ok := r.Value.(string); ok && s == "" && r.Text == "" {
			data["text/plain"] = `""` // (an Out[n] with nothing in it would look like no result)
		}
	}
	return &kernel.Bundle{Data: data, Metadata: meta}
}
