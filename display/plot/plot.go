// Package plot draws simple charts — lines, scatter plots and bars — as
// SVG, with nice axes, gridlines and a legend. A *Chart ending a notebook
// cell, or passed to display.Display, is shown as image/svg+xml with a
// text summary as fallback.
//
//	plot.Line(losses, plot.Name("train"), plot.Series("valid", valid), plot.Title("Loss"))
//	plot.Bar([]string{"a", "b"}, []float64{3, 5}, plot.YLabel("count"))
//
// Invalid input never panics: NaN and infinite values are left out (they
// break a line), extra values without a partner are ignored, and a chart
// without data says so.
package plot

import (
	"fmt"
	"math"
	"strings"
)

// Default size of a chart, in pixels.
const (
	DefaultWidth  = 640
	DefaultHeight = 400
)

// kind is the kind of a chart.
type kind int

const (
	lineChart kind = iota
	scatterChart
	barChart
)

func (k kind) String() string {
	switch k {
	case scatterChart:
		return "scatter plot"
	case barChart:
		return "bar chart"
	}
	return "line chart"
}

// Chart is a chart, shown as SVG. Create it with Line, LineXY, Scatter or
// Bar; it does not change afterwards.
type Chart struct {
	kind    kind
	series  []series
	labels  []string // bar categories
	title   string
	xlabel  string
	ylabel  string
	width   int
	height  int
	palette []string
}

// series is one named sequence of points. For bar charts xs is nil.
type series struct {
	name   string
	xs, ys []float64
}

// Option sets a property of a chart.
type Option func(*Chart)

// Title sets the chart's title.
func Title(title string) Option { return func(c *Chart) { c.title = title } }

// XLabel sets the label of the horizontal axis.
func XLabel(label string) Option { return func(c *Chart) { c.xlabel = label } }

// YLabel sets the label of the vertical axis.
func YLabel(label string) Option { return func(c *Chart) { c.ylabel = label } }

// Width sets the chart's width in pixels (DefaultWidth when px <= 0;
// at least 120 and at most 4096).
func Width(px int) Option { return func(c *Chart) { c.width = clampSize(px, DefaultWidth) } }

// Height sets the chart's height in pixels (DefaultHeight when px <= 0;
// at least 120 and at most 4096).
func Height(px int) Option { return func(c *Chart) { c.height = clampSize(px, DefaultHeight) } }

// clampSize keeps a size in pixels sensible.
func clampSize(px, def int) int {
	if px <= 0 {
		return def
	}
	return min(max(px, 120), 4096)
}

// Name names the chart's first series, shown in the legend.
func Name(name string) Option {
	return func(c *Chart) {
		if len(c.series) > 0 {
			c.series[0].name = name
		}
	}
}

// Series adds a series of values. In a bar chart it gives one value per
// label, drawn beside the others; in other charts its x values are 0, 1,
// 2, ...
func Series(name string, ys []float64) Option {
	ys = clone(ys)
	return func(c *Chart) {
		s := series{name: name, ys: ys}
		if c.kind != barChart {
			s.xs = indexes(len(ys))
		}
		c.series = append(c.series, s)
	}
}

// SeriesXY adds a series of points (xs[i], ys[i]). In a bar chart xs is
// ignored.
func SeriesXY(name string, xs, ys []float64) Option {
	xs, ys = clone(xs), clone(ys)
	return func(c *Chart) {
		s := series{name: name, ys: ys}
		if c.kind != barChart {
			n := min(len(xs), len(ys))
			s.xs, s.ys = xs[:n], ys[:n]
		}
		c.series = append(c.series, s)
	}
}

// Colors sets the colors of the series, in order (CSS colors such as
// "#1f77b4" or "teal"); they repeat when there are more series.
func Colors(colors ...string) Option {
	colors = append([]string(nil), colors...)
	return func(c *Chart) {
		if len(colors) > 0 {
			c.palette = colors
		}
	}
}

// palette is the default series colors (those of Tableau 10).
var palette = [...]string{"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
	"#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"}

// color returns the color of series i.
func (c *Chart) color(i int) string {
	if len(c.palette) > 0 {
		return c.palette[i%len(c.palette)]
	}
	return palette[i%len(palette)]
}

// Line returns a line chart of ys against 0, 1, 2, ...
func Line(ys []float64, opts ...Option) *Chart {
	return newChart(lineChart, nil, series{xs: indexes(len(ys)), ys: clone(ys)}, opts)
}

// LineXY returns a line chart through the points (xs[i], ys[i]), in order.
func LineXY(xs, ys []float64, opts ...Option) *Chart {
	n := min(len(xs), len(ys))
	return newChart(lineChart, nil, series{xs: clone(xs[:n]), ys: clone(ys[:n])}, opts)
}

// Scatter returns a scatter plot of the points (xs[i], ys[i]).
func Scatter(xs, ys []float64, opts ...Option) *Chart {
	n := min(len(xs), len(ys))
	return newChart(scatterChart, nil, series{xs: clone(xs[:n]), ys: clone(ys[:n])}, opts)
}

// Bar returns a bar chart with one bar per label, of height values[i].
// Series adds bars beside these, for the same labels.
func Bar(labels []string, values []float64, opts ...Option) *Chart {
	return newChart(barChart, append([]string(nil), labels...), series{ys: clone(values)}, opts)
}

// newChart builds a chart of its first series and options.
func newChart(k kind, labels []string, first series, opts []Option) *Chart {
	c := &Chart{kind: k, labels: labels, series: []series{first}, width: DefaultWidth, height: DefaultHeight}
	for _, o := range opts {
		if o != nil {
			o(c)
		}
	}
	return c
}

// clone copies a slice, so that later changes by the caller do not change
// the chart.
func clone(xs []float64) []float64 { return append([]float64(nil), xs...) }

// indexes returns 0, 1, ..., n-1.
func indexes(n int) []float64 {
	xs := make([]float64, n)
	for i := range xs {
		xs[i] = float64(i)
	}
	return xs
}

// SimpleRender returns the chart as image/svg+xml with a text/plain
// summary (display.SimpleRenderer; MIMEMap is map[string]any).
func (c *Chart) SimpleRender() map[string]any {
	return map[string]any{"image/svg+xml": c.SVG(), "text/plain": c.String()}
}

// String summarizes the chart in text, such as `line chart "Loss": 2
// series, x 0…99, y 0.1…2.3 (train: 100 points; valid: 100 points)`.
func (c *Chart) String() string {
	if c == nil {
		return "<nil chart>"
	}
	var b strings.Builder
	b.WriteString(c.kind.String())
	if c.title != "" {
		fmt.Fprintf(&b, " %q", c.title)
	}
	b.WriteString(": ")
	if c.kind == barChart {
		fmt.Fprintf(&b, "%s, ", plural(c.categories(), "category", "categories"))
	}
	fmt.Fprintf(&b, "%d series", len(c.series))
	if xlo, xhi, ylo, yhi, ok := c.extent(); ok {
		if c.kind != barChart {
			fmt.Fprintf(&b, ", x %s…%s", summaryNum(xlo), summaryNum(xhi))
		}
		fmt.Fprintf(&b, ", y %s…%s", summaryNum(ylo), summaryNum(yhi))
	} else {
		b.WriteString(", no data")
	}
	parts := make([]string, len(c.series))
	for i, s := range c.series {
		name := s.name
		if name == "" {
			name = fmt.Sprintf("series %d", i+1)
		}
		unit := plural(len(s.ys), "point", "points")
		if c.kind == barChart {
			unit = plural(len(s.ys), "value", "values")
		}
		parts[i] = name + ": " + unit
	}
	fmt.Fprintf(&b, " (%s)", strings.Join(parts, "; "))
	return b.String()
}

// plural returns "1 thing" or "n things".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// summaryNum formats a data value for String.
func summaryNum(v float64) string { return fmt.Sprintf("%.4g", v) }

// categories is the number of bar slots.
func (c *Chart) categories() int {
	n := len(c.labels)
	for _, s := range c.series {
		n = max(n, len(s.ys))
	}
	return n
}

// extent returns the range of the finite data; ok is false when there is
// none. For bar charts, x is the category index.
func (c *Chart) extent() (xlo, xhi, ylo, yhi float64, ok bool) {
	xlo, ylo = math.Inf(1), math.Inf(1)
	xhi, yhi = math.Inf(-1), math.Inf(-1)
	for _, s := range c.series {
		for i, y := range s.ys {
			x := float64(i)
			if s.xs != nil {
				x = s.xs[i]
			}
			if !finite(x) || !finite(y) {
				continue
			}
			xlo, xhi = min(xlo, x), max(xhi, x)
			ylo, yhi = min(ylo, y), max(yhi, y)
			ok = true
		}
	}
	return xlo, xhi, ylo, yhi, ok
}

// finite reports whether v is neither NaN nor infinite.
func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
