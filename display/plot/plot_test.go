package plot

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"testing"
)

// element is one element of a parsed SVG document.
type element struct {
	name  string
	attrs map[string]string
	text  string // character data directly inside
}

// parseSVG checks that doc is well-formed XML with an <svg> root that has
// width, height and viewBox, and returns its elements in document order.
func parseSVG(t *testing.T, doc string) []*element {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(doc))
	var all, stack []*element
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed: %v\n%s", err, doc)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			e := &element{name: tok.Name.Local, attrs: map[string]string{}}
			for _, a := range tok.Attr {
				e.attrs[a.Name.Local] = a.Value
			}
			all = append(all, e)
			stack = append(stack, e)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].text += string(tok)
			}
		}
	}
	if len(all) == 0 || all[0].name != "svg" {
		t.Fatal("the root element is not <svg>")
	}
	root := all[0]
	for _, a := range []string{"width", "height", "viewBox", "xmlns"} {
		if root.attrs[a] == "" {
			t.Errorf("<svg> has no %s", a)
		}
	}
	if want := "0 0 " + root.attrs["width"] + " " + root.attrs["height"]; root.attrs["viewBox"] != want {
		t.Errorf("viewBox = %q, want %q", root.attrs["viewBox"], want)
	}
	return all
}

// withClass returns the elements whose class attribute includes class.
func withClass(els []*element, class string) []*element {
	var out []*element
	for _, e := range els {
		for _, c := range strings.Fields(e.attrs["class"]) {
			if c == class {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// points counts the points of the polylines.
func points(lines []*element) int {
	n := 0
	for _, l := range lines {
		n += len(strings.Fields(l.attrs["points"]))
	}
	return n
}

// texts returns the text of elements.
func texts(els []*element) []string {
	out := make([]string, len(els))
	for i, e := range els {
		out[i] = e.text
	}
	return out
}

func TestChartSVG(t *testing.T) {
	nan := math.NaN()
	tests := []struct {
		name      string
		chart     *Chart
		lines     int // polylines
		points    int // points of the polylines
		dots      int // circles
		bars      int
		labels    []string // category labels, in order
		legend    []string
		title     string
		axisLabel []string
	}{
		{name: "Line", chart: Line([]float64{1, 3, 2, 5}), lines: 1, points: 4},
		{name: "LineXY", chart: LineXY([]float64{0, 0.5, 2}, []float64{1, 2, 3, 4}), lines: 1, points: 3},
		{name: "LineGap", chart: Line([]float64{1, 2, nan, 4, 5, 6, math.Inf(1), 7}), lines: 2, points: 5, dots: 1},
		{name: "TwoSeries", chart: Line([]float64{1, 2, 3}, Name("a"), Series("b", []float64{3, 2, 1, 0}), Title("T"), XLabel("x"), YLabel("y")),
			lines: 2, points: 7, legend: []string{"a", "b"}, title: "T", axisLabel: []string{"x", "y"}},
		{name: "SeriesXY", chart: Line([]float64{1, 2}, SeriesXY("xy", []float64{0, 1, 2}, []float64{5, 6})),
			lines: 2, points: 4, legend: []string{"series 1", "xy"}},
		{name: "Scatter", chart: Scatter([]float64{1, 2, 3, nan}, []float64{4, 5, 6, 7}), dots: 3},
		{name: "Bar", chart: Bar([]string{"a", "b", "c"}, []float64{1, -2, 3}), bars: 3, labels: []string{"a", "b", "c"}},
		{name: "BarGroups", chart: Bar([]string{"x", "y"}, []float64{1, 2}, Name("2024"), Series("2025", []float64{3, nan})),
			bars: 3, labels: []string{"x", "y"}, legend: []string{"2024", "2025"}},
		{name: "BarMoreValues", chart: Bar([]string{"only"}, []float64{1, 2, 3}), bars: 3, labels: []string{"only"}},
		{name: "Escaping", chart: Bar([]string{"<a&b>"}, []float64{1}, Title(`"T" & <t>`), Name("n<1>")),
			bars: 1, labels: []string{"<a&b>"}, legend: []string{"n<1>"}, title: `"T" & <t>`},
		{name: "Empty", chart: Line(nil)},
		{name: "AllNaN", chart: Line([]float64{nan, nan})},
		{name: "Constant", chart: Line([]float64{2, 2, 2}), lines: 1, points: 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			els := parseSVG(t, tt.chart.SVG())
			lines := withClass(els, "line")
			if len(lines) != tt.lines || points(lines) != tt.points {
				t.Errorf("%d polylines with %d points, want %d with %d", len(lines), points(lines), tt.lines, tt.points)
			}
			if got := len(withClass(els, "point")); got != tt.dots {
				t.Errorf("%d dots, want %d", got, tt.dots)
			}
			if got := len(withClass(els, "bar")); got != tt.bars {
				t.Errorf("%d bars, want %d", got, tt.bars)
			}
			if got := texts(withClass(els, "category")); strings.Join(got, "|") != strings.Join(tt.labels, "|") {
				t.Errorf("category labels = %q, want %q", got, tt.labels)
			}
			if got := texts(withClass(els, "legend-name")); strings.Join(got, "|") != strings.Join(tt.legend, "|") {
				t.Errorf("legend = %q, want %q", got, tt.legend)
			}
			if got := texts(withClass(els, "title")); strings.Join(got, "") != tt.title {
				t.Errorf("title = %q, want %q", got, tt.title)
			}
			if got := texts(withClass(els, "label")); strings.Join(got, "|") != strings.Join(tt.axisLabel, "|") {
				t.Errorf("axis labels = %q, want %q", got, tt.axisLabel)
			}
			empty := len(withClass(els, "empty")) > 0
			if want := tt.points+tt.dots+tt.bars == 0; empty != want {
				t.Errorf("says no data: %v, want %v", empty, want)
			}
			if len(withClass(els, "tick")) < 2 {
				t.Error("fewer than two tick labels")
			}
			for _, e := range els {
				for k, v := range e.attrs {
					if strings.Contains(v, "NaN") || strings.Contains(v, "Inf") {
						t.Errorf("<%s %s=%q>", e.name, k, v)
					}
				}
			}
		})
	}
}

func TestBarsStartAtZero(t *testing.T) {
	els := parseSVG(t, Bar([]string{"up", "down"}, []float64{4, -2}).SVG())
	bars := withClass(els, "bar")
	if len(bars) != 2 {
		t.Fatalf("%d bars, want 2", len(bars))
	}
	up, down := bars[0].attrs, bars[1].attrs
	// The bottom of the bar up is the top of the bar down: the zero line.
	if bottom := parseF(t, up["y"]) + parseF(t, up["height"]); math.Abs(bottom-parseF(t, down["y"])) > 0.15 {
		t.Errorf("bar up ends at %g, bar down starts at %s", bottom, down["y"])
	}
	if len(withClass(els, "zero")) != 1 {
		t.Error("no zero line with negative bars")
	}
}

func parseF(t *testing.T, s string) float64 {
	t.Helper()
	var f float64
	if _, err := fmt.Sscan(s, &f); err != nil {
		t.Fatalf("not a number: %q", s)
	}
	return f
}

func TestManyCategoryLabelsThinOut(t *testing.T) {
	labels := make([]string, 100)
	values := make([]float64, 100)
	for i := range labels {
		labels[i] = "category-" + strings.Repeat("x", i%5)
		values[i] = float64(i)
	}
	els := parseSVG(t, Bar(labels, values).SVG())
	if n := len(withClass(els, "bar")); n != 100 {
		t.Errorf("%d bars, want 100", n)
	}
	if n := len(withClass(els, "category")); n == 0 || n > 20 {
		t.Errorf("%d category labels on 640px, want a few", n)
	}
}

func TestSize(t *testing.T) {
	tests := []struct {
		opts []Option
		w, h string
	}{
		{nil, "640", "400"},
		{[]Option{Width(800), Height(300)}, "800", "300"},
		{[]Option{Width(0), Height(-5)}, "640", "400"},
		{[]Option{Width(10), Height(1e6)}, "120", "4096"},
	}
	for _, tt := range tests {
		els := parseSVG(t, Line([]float64{1, 2}, tt.opts...).SVG())
		if w, h := els[0].attrs["width"], els[0].attrs["height"]; w != tt.w || h != tt.h {
			t.Errorf("size %s×%s, want %s×%s", w, h, tt.w, tt.h)
		}
	}
}

func TestColors(t *testing.T) {
	c := Line([]float64{1}, Series("b", []float64{2}), Series("c", []float64{3}), Colors("red", `"><x`))
	doc := c.SVG()
	els := parseSVG(t, doc)
	var strokes []string
	for _, g := range withClass(els, "series") {
		strokes = append(strokes, g.attrs["stroke"])
	}
	if got := strings.Join(strokes, " "); got != `red "><x red` {
		t.Errorf("series colors = %q", got)
	}
	if def := Line([]float64{1}).SVG(); !strings.Contains(def, palette[0]) {
		t.Error("default palette not used")
	}
}

func TestChartKeepsItsData(t *testing.T) {
	ys := []float64{1, 2, 3}
	c := Line(ys)
	before := c.SVG()
	ys[0] = 100
	if c.SVG() != before {
		t.Error("changing the caller's slice changed the chart")
	}
}

func TestString(t *testing.T) {
	tests := []struct {
		chart *Chart
		want  string
	}{
		{Line([]float64{1, 2.5}, Title("Loss"), Name("train")), `line chart "Loss": 1 series, x 0…1, y 1…2.5 (train: 2 points)`},
		{Bar([]string{"a"}, []float64{3}, Series("s", []float64{4})), `bar chart: 1 category, 2 series, y 3…4 (series 1: 1 value; s: 1 value)`},
		{Scatter(nil, nil), `scatter plot: 1 series, no data (series 1: 0 points)`},
		{nil, "<nil chart>"},
	}
	for _, tt := range tests {
		if got := tt.chart.String(); got != tt.want {
			t.Errorf("String() = %q, want %q", got, tt.want)
		}
	}
}

func TestSimpleRender(t *testing.T) {
	m := Line([]float64{1, 2}).SimpleRender()
	if s, _ := m["image/svg+xml"].(string); !strings.HasPrefix(s, "<svg") {
		t.Errorf("image/svg+xml = %.40q", s)
	}
	if s, _ := m["text/plain"].(string); !strings.HasPrefix(s, "line chart") {
		t.Errorf("text/plain = %q", s)
	}
	var nilChart *Chart
	parseSVG(t, nilChart.SVG())
}
