// Command logogen draws the gokernel logo: the letters "Go" in white on a
// rounded cyan square, built from rings and rectangles. It writes
// logo-32x32.png, logo-64x64.png and logo-svg.svg, the same drawing as
// raster and vector, into the directory given by -dir.
//
// It is run by go generate in package install.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// The drawing lives on a 64x64 canvas; all lengths are in canvas units.
const canvas = 64.0

// Colors of the logo.
var (
	cyan  = color.NRGBA{R: 0x00, G: 0xAD, B: 0xD8, A: 0xFF}
	white = color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xFF}
)

// ring is an annulus centred at (cx, cy), optionally open between the
// angles gapFrom and gapTo (degrees, counterclockwise from the positive x
// axis as seen on screen).
type ring struct {
	cx, cy, inner, outer float64
	gapFrom, gapTo       float64
}

// rect is an axis-aligned rectangle with corner radius r.
type rect struct {
	x, y, w, h, r float64
}

// The shapes of the logo.
var (
	background = rect{x: 0, y: 0, w: canvas, h: canvas, r: 14}
	letterG    = ring{cx: 21.5, cy: 32, inner: 8, outer: 13, gapFrom: 0, gapTo: 55}
	barG       = rect{x: 22, y: 29.5, w: 12.5, h: 5}
	letterO    = ring{cx: 46, cy: 36, inner: 4, outer: 9}
)

// contains reports whether the point (x, y) lies inside g.
func (g ring) contains(x, y float64) bool {
	dx, dy := x-g.cx, g.cy-y // y up, so angles run counterclockwise on screen
	d := math.Hypot(dx, dy)
	if d < g.inner || d > g.outer {
		return false
	}
	if g.gapFrom == g.gapTo {
		return true
	}
	a := math.Atan2(dy, dx) * 180 / math.Pi
	if a < 0 {
		a += 360
	}
	return a < g.gapFrom || a > g.gapTo
}

// contains reports whether the point (x, y) lies inside r.
func (r rect) contains(x, y float64) bool {
	if x < r.x || x > r.x+r.w || y < r.y || y > r.y+r.h {
		return false
	}
	// Distance to the nearest corner centre, for the rounded corners.
	cx := math.Max(r.x+r.r, math.Min(x, r.x+r.w-r.r))
	cy := math.Max(r.y+r.r, math.Min(y, r.y+r.h-r.r))
	return math.Hypot(x-cx, y-cy) <= r.r
}

// foreground reports whether (x, y) is on a letter.
func foreground(x, y float64) bool {
	return letterG.contains(x, y) || barG.contains(x, y) || letterO.contains(x, y)
}

// samples is the number of subsamples per pixel side used for coverage.
const samples = 8

// mask returns the coverage of inside on a size x size grid.
func mask(size int, inside func(x, y float64) bool) *image.Alpha {
	m := image.NewAlpha(image.Rect(0, 0, size, size))
	scale := canvas / float64(size)
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			n := 0
			for sy := 0; sy < samples; sy++ {
				for sx := 0; sx < samples; sx++ {
					x := (float64(px) + (float64(sx)+0.5)/samples) * scale
					y := (float64(py) + (float64(sy)+0.5)/samples) * scale
					if inside(x, y) {
						n++
					}
				}
			}
			m.SetAlpha(px, py, color.Alpha{A: uint8((n*255 + samples*samples/2) / (samples * samples))})
		}
	}
	return m
}

// Raster draws the logo as a size x size image.
func Raster(size int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	b := img.Bounds()
	draw.DrawMask(img, b, image.NewUniform(cyan), image.Point{}, mask(size, background.contains), image.Point{}, draw.Over)
	draw.DrawMask(img, b, image.NewUniform(white), image.Point{}, mask(size, foreground), image.Point{}, draw.Over)
	return img
}

// PNG returns the logo as a size x size PNG file.
func PNG(size int) ([]byte, error) {
	var buf bytes.Buffer
	if err := png.Encode(&buf, Raster(size)); err != nil {
		return nil, fmt.Errorf("logogen: encode %dx%d png: %w", size, size, err)
	}
	return buf.Bytes(), nil
}

// num formats a coordinate with at most three decimals.
func num(f float64) string {
	return strconv.FormatFloat(math.Round(f*1000)/1000, 'f', -1, 64)
}

// point returns the point of g at radius r and angle deg as "x y".
func (g ring) point(r, deg float64) string {
	a := deg * math.Pi / 180
	return num(g.cx+r*math.Cos(a)) + " " + num(g.cy-r*math.Sin(a))
}

// path returns SVG path data for g.
func (g ring) path() string {
	if g.gapFrom == g.gapTo {
		// Two full circles, each as two half arcs; even-odd fill cuts the hole.
		circle := func(r float64) string {
			R := num(r)
			return fmt.Sprintf("M%s A%s %s 0 1 0 %s A%s %s 0 1 0 %s Z",
				g.point(r, 0), R, R, g.point(r, 180), R, R, g.point(r, 0))
		}
		return circle(g.outer) + " " + circle(g.inner)
	}
	large := "0"
	if 360-(g.gapTo-g.gapFrom) > 180 {
		large = "1"
	}
	o, i := num(g.outer), num(g.inner)
	// Outer arc counterclockwise on screen (sweep 0) from the end of the
	// gap round to its start, inner arc back clockwise (sweep 1).
	return fmt.Sprintf("M%s A%s %s 0 %s 0 %s L%s A%s %s 0 %s 1 %s Z",
		g.point(g.outer, g.gapTo), o, o, large, g.point(g.outer, g.gapFrom+360),
		g.point(g.inner, g.gapFrom+360), i, i, large, g.point(g.inner, g.gapTo))
}

// svgRect returns an SVG rect element for r.
func svgRect(r rect, attrs string) string {
	s := fmt.Sprintf(`<rect x="%s" y="%s" width="%s" height="%s"`, num(r.x), num(r.y), num(r.w), num(r.h))
	if r.r > 0 {
		s += fmt.Sprintf(` rx="%s" ry="%s"`, num(r.r), num(r.r))
	}
	return s + attrs + "/>"
}

// hex returns c as #RRGGBB.
func hex(c color.NRGBA) string {
	return fmt.Sprintf("#%02X%02X%02X", c.R, c.G, c.B)
}

// SVG returns the logo as an SVG document.
func SVG() []byte {
	var b strings.Builder
	c := num(canvas)
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s">`+"\n", c, c, c, c)
	b.WriteString("  <title>gokernel</title>\n")
	fmt.Fprintf(&b, "  %s\n", svgRect(background, fmt.Sprintf(` fill="%s"`, hex(cyan))))
	fmt.Fprintf(&b, "  <g fill=\"%s\" fill-rule=\"evenodd\">\n", hex(white))
	fmt.Fprintf(&b, "    <path d=\"%s\"/>\n", letterG.path())
	fmt.Fprintf(&b, "    %s\n", svgRect(barG, ""))
	fmt.Fprintf(&b, "    <path d=\"%s\"/>\n", letterO.path())
	b.WriteString("  </g>\n</svg>\n")
	return []byte(b.String())
}

// Files returns every logo file by name.
func Files() (map[string][]byte, error) {
	files := map[string][]byte{"logo-svg.svg": SVG()}
	for _, size := range []int{32, 64} {
		b, err := PNG(size)
		if err != nil {
			return nil, err
		}
		files[fmt.Sprintf("logo-%dx%d.png", size, size)] = b
	}
	return files, nil
}

func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("logogen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", "logos", "output `directory`")
	if err := fs.Parse(args); err != nil {
		return err
	}
	files, err := Files()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return fmt.Errorf("logogen: %w", err)
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(*dir, name), b, 0o644); err != nil {
			return fmt.Errorf("logogen: %w", err)
		}
	}
	return nil
}

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
