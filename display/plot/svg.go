package plot

import (
	"encoding/xml"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Text metrics used for layout: the width of a character of the 12px
// sans-serif font, estimated, and the longest category label shown.
const (
	charWidth     = 7
	maxLabelRunes = 16
)

// layout is where a chart's parts go, in pixels.
type layout struct {
	w, h           float64
	left, right    float64 // the plot area's horizontal bounds
	top, bottom    float64 // the plot area's vertical bounds
	xa, ya         axis
	legend         bool
	legendX        float64
	categories     int
	categoryLabels []string
}

// SVG returns the chart as a standalone SVG document with width, height
// and viewBox set. Texts are escaped; it uses no ids, so that several
// charts can share an HTML page.
func (c *Chart) SVG() string {
	if c == nil {
		c = &Chart{}
	}
	l := c.layout()
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" font-family="sans-serif" font-size="12">`+"\n",
		num(l.w), num(l.h), num(l.w), num(l.h))
	fmt.Fprintf(&b, `<rect class="background" width="%s" height="%s" fill="white"/>`+"\n", num(l.w), num(l.h))
	if c.title != "" {
		fmt.Fprintf(&b, `<text class="title" x="%s" y="24" text-anchor="middle" font-size="15" font-weight="bold" fill="#222">%s</text>`+"\n",
			num(l.w/2), esc(c.title))
	}
	c.axes(&b, &l)
	if _, _, _, _, ok := c.extent(); !ok {
		fmt.Fprintf(&b, `<text class="empty" x="%s" y="%s" text-anchor="middle" fill="#888">no data</text>`+"\n",
			num((l.left+l.right)/2), num((l.top+l.bottom)/2))
	}
	switch c.kind {
	case barChart:
		c.bars(&b, &l)
	case scatterChart:
		c.points(&b, &l)
	default:
		c.lines(&b, &l)
	}
	if l.legend {
		c.drawLegend(&b, &l)
	}
	b.WriteString("</svg>\n")
	return b.String()
}

// layout computes the axes and the margins around the plot area.
func (c *Chart) layout() layout {
	l := layout{w: float64(c.width), h: float64(c.height)}
	if c.width <= 0 {
		l.w = DefaultWidth
	}
	if c.height <= 0 {
		l.h = DefaultHeight
	}
	xlo, xhi, ylo, yhi, ok := c.extent()
	if !ok {
		xlo, xhi, ylo, yhi = 0, 1, 0, 1
	}
	switch c.kind {
	case barChart:
		ylo, yhi = min(ylo, 0), max(yhi, 0)
	case scatterChart:
		// Keep dots off the axes.
		dx, dy := (xhi/2-xlo/2)/10, (yhi/2-ylo/2)/10
		xlo, xhi, ylo, yhi = xlo-dx, xhi+dx, ylo-dy, yhi+dy
	}

	l.top = 16
	if c.title != "" {
		l.top += 28
	}
	l.bottom = l.h - 32
	if c.xlabel != "" {
		l.bottom -= 22
	}
	l.ya = niceAxis(ylo, yhi, int(max(2, (l.bottom-l.top)/60)))

	widest := 0
	for _, t := range l.ya.ticks {
		widest = max(widest, len(l.ya.label(t)))
	}
	l.left = float64(16 + widest*charWidth)
	if c.ylabel != "" {
		l.left += 22
	}
	l.right = l.w - 20
	for _, s := range c.series {
		if s.name != "" || len(c.series) > 1 {
			l.legend = true
		}
	}
	if l.legend {
		names := 0
		for i := range c.series {
			names = max(names, utf8.RuneCountInString(c.seriesName(i)))
		}
		l.right = l.w - float64(50+min(names, 24)*charWidth)
		l.legendX = l.right + 12
	}
	// Tiny charts: keep a plot area of at least 20×20 pixels.
	l.right = max(l.right, l.left+20)
	l.bottom = max(l.bottom, l.top+20)

	if c.kind == barChart {
		l.categories = c.categories()
		l.categoryLabels = make([]string, l.categories)
		for i := range l.categoryLabels {
			if i < len(c.labels) {
				l.categoryLabels[i] = truncate(c.labels[i], maxLabelRunes)
			}
		}
		return l
	}
	l.xa = niceAxis(xlo, xhi, int(max(2, (l.right-l.left)/90)))
	if c.indexX() && l.xa.step < 1 {
		l.xa = niceAxis(xlo, xhi, int(xhi-xlo)+1)
	}
	return l
}

// indexX reports whether every series has x values 0, 1, 2, ...
func (c *Chart) indexX() bool {
	for _, s := range c.series {
		for i, x := range s.xs {
			if x != float64(i) {
				return false
			}
		}
	}
	return true
}

// seriesName is the name of series i in the legend.
func (c *Chart) seriesName(i int) string {
	if c.series[i].name != "" {
		return c.series[i].name
	}
	return fmt.Sprintf("series %d", i+1)
}

// px and py map data coordinates to pixels.
func (l *layout) px(x float64) float64 { return l.left + l.xa.frac(x)*(l.right-l.left) }
func (l *layout) py(y float64) float64 { return l.bottom - l.ya.frac(y)*(l.bottom-l.top) }

// axes draws the gridlines, axis lines, tick labels and axis labels.
func (c *Chart) axes(b *strings.Builder, l *layout) {
	b.WriteString(`<g class="grid" stroke="#e6e6e6" stroke-width="1">` + "\n")
	for _, t := range l.ya.ticks {
		y := l.py(t)
		fmt.Fprintf(b, `<line x1="%s" y1="%s" x2="%s" y2="%s"/>`+"\n", num(l.left), num(y), num(l.right), num(y))
	}
	if c.kind != barChart {
		for _, t := range l.xa.ticks {
			x := l.px(t)
			fmt.Fprintf(b, `<line x1="%s" y1="%s" x2="%s" y2="%s"/>`+"\n", num(x), num(l.top), num(x), num(l.bottom))
		}
	}
	b.WriteString("</g>\n")

	fmt.Fprintf(b, `<path class="axis" d="M%s %sV%sH%s" fill="none" stroke="#444" stroke-width="1"/>`+"\n",
		num(l.left), num(l.top), num(l.bottom), num(l.right))
	if c.kind == barChart && l.ya.lo < 0 {
		y := l.py(0)
		fmt.Fprintf(b, `<line class="zero" x1="%s" y1="%s" x2="%s" y2="%s" stroke="#444"/>`+"\n", num(l.left), num(y), num(l.right), num(y))
	}

	b.WriteString(`<g class="ticks" font-size="11" fill="#444">` + "\n")
	for _, t := range l.ya.ticks {
		fmt.Fprintf(b, `<text class="tick" x="%s" y="%s" text-anchor="end" dominant-baseline="middle">%s</text>`+"\n",
			num(l.left-6), num(l.py(t)), esc(l.ya.label(t)))
	}
	if c.kind == barChart {
		c.categoryTicks(b, l)
	} else {
		for _, t := range l.xa.ticks {
			fmt.Fprintf(b, `<text class="tick" x="%s" y="%s" text-anchor="middle">%s</text>`+"\n",
				num(l.px(t)), num(l.bottom+16), esc(l.xa.label(t)))
		}
	}
	b.WriteString("</g>\n")

	if c.xlabel != "" {
		fmt.Fprintf(b, `<text class="label" x="%s" y="%s" text-anchor="middle" fill="#222">%s</text>`+"\n",
			num((l.left+l.right)/2), num(l.bottom+40), esc(c.xlabel))
	}
	if c.ylabel != "" {
		x, y := 16.0, (l.top+l.bottom)/2
		fmt.Fprintf(b, `<text class="label" x="%s" y="%s" text-anchor="middle" transform="rotate(-90 %s %s)" fill="#222">%s</text>`+"\n",
			num(x), num(y), num(x), num(y), esc(c.ylabel))
	}
}

// categoryTicks draws the labels of a bar chart's categories, leaving out
// some when they would overlap.
func (c *Chart) categoryTicks(b *strings.Builder, l *layout) {
	if l.categories == 0 {
		return
	}
	slot := (l.right - l.left) / float64(l.categories)
	widest := 0
	for _, s := range l.categoryLabels {
		widest = max(widest, utf8.RuneCountInString(s))
	}
	every := max(1, int(math.Ceil(float64(widest*charWidth+6)/slot)))
	for i, s := range l.categoryLabels {
		if i%every != 0 || s == "" {
			continue
		}
		fmt.Fprintf(b, `<text class="tick category" x="%s" y="%s" text-anchor="middle">%s</text>`+"\n",
			num(l.left+(float64(i)+0.5)*slot), num(l.bottom+16), esc(s))
	}
}

// lines draws each series of a line chart as polylines, broken where a
// value is missing; a point alone is drawn as a dot.
func (c *Chart) lines(b *strings.Builder, l *layout) {
	for i, s := range c.series {
		color := esc(c.color(i))
		fmt.Fprintf(b, `<g class="series" stroke="%s" fill="%s">`+"\n", color, color)
		var run []string
		flush := func() {
			switch len(run) {
			case 0:
			case 1:
				x, y, _ := strings.Cut(run[0], ",")
				fmt.Fprintf(b, `<circle class="point" cx="%s" cy="%s" r="2.5" stroke="none"/>`+"\n", x, y)
			default:
				fmt.Fprintf(b, `<polyline class="line" points="%s" fill="none" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/>`+"\n",
					strings.Join(run, " "))
			}
			run = run[:0]
		}
		for j, y := range s.ys {
			x := s.xs[j]
			if !finite(x) || !finite(y) {
				flush()
				continue
			}
			run = append(run, num(l.px(x))+","+num(l.py(y)))
		}
		flush()
		b.WriteString("</g>\n")
	}
}

// points draws each series of a scatter plot as dots.
func (c *Chart) points(b *strings.Builder, l *layout) {
	for i, s := range c.series {
		fmt.Fprintf(b, `<g class="series" fill="%s" fill-opacity="0.8">`+"\n", esc(c.color(i)))
		for j, y := range s.ys {
			x := s.xs[j]
			if !finite(x) || !finite(y) {
				continue
			}
			fmt.Fprintf(b, `<circle class="point" cx="%s" cy="%s" r="3"><title>(%s, %s)</title></circle>`+"\n",
				num(l.px(x)), num(l.py(y)), esc(summaryNum(x)), esc(summaryNum(y)))
		}
		b.WriteString("</g>\n")
	}
}

// bars draws the bars of a bar chart, the series of a category side by
// side.
func (c *Chart) bars(b *strings.Builder, l *layout) {
	if l.categories == 0 {
		return
	}
	slot := (l.right - l.left) / float64(l.categories)
	width := slot * 0.8 / float64(len(c.series))
	zero := l.py(0)
	for i, s := range c.series {
		fmt.Fprintf(b, `<g class="series" fill="%s">`+"\n", esc(c.color(i)))
		for j, v := range s.ys {
			if !finite(v) {
				continue
			}
			x := l.left + float64(j)*slot + slot*0.1 + float64(i)*width
			y := l.py(v)
			top, h := min(y, zero), math.Abs(zero-y)
			name := l.categoryLabels[j]
			if len(c.series) > 1 {
				name = c.seriesName(i) + ", " + name
			}
			fmt.Fprintf(b, `<rect class="bar" x="%s" y="%s" width="%s" height="%s"><title>%s: %s</title></rect>`+"\n",
				num(x), num(top), num(width), num(h), esc(name), esc(summaryNum(v)))
		}
		b.WriteString("</g>\n")
	}
}

// drawLegend draws the names of the series beside the plot area.
func (c *Chart) drawLegend(b *strings.Builder, l *layout) {
	b.WriteString(`<g class="legend" font-size="12" fill="#222">` + "\n")
	for i := range c.series {
		y := l.top + 8 + float64(i)*20
		color := esc(c.color(i))
		if c.kind == lineChart {
			fmt.Fprintf(b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="2"/>`+"\n",
				num(l.legendX), num(y), num(l.legendX+16), num(y), color)
		} else {
			fmt.Fprintf(b, `<rect x="%s" y="%s" width="12" height="12" fill="%s"/>`+"\n", num(l.legendX+2), num(y-6), color)
		}
		fmt.Fprintf(b, `<text class="legend-name" x="%s" y="%s" dominant-baseline="middle">%s</text>`+"\n",
			num(l.legendX+22), num(y), esc(truncate(c.seriesName(i), 24)))
	}
	b.WriteString("</g>\n")
}

// num formats a pixel coordinate with at most one decimal.
func num(v float64) string {
	if !finite(v) {
		return "0"
	}
	v = math.Round(v*10) / 10
	if v == 0 {
		v = 0 // no -0
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// esc escapes s for XML text and attribute values, replacing characters
// XML does not allow.
func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // a strings.Builder does not fail
	return b.String()
}

// truncate shortens s to at most n runes, ending it with "…" when cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
