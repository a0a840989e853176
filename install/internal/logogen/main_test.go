package main

import (
	"bytes"
	"encoding/xml"
	"errors"
	"image/color"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestCheckedIn fails when install/logos is stale: run go generate in
// package install after changing the drawing.
func TestCheckedIn(t *testing.T) {
	files, err := Files()
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join("..", "..", "logos", name))
		if err != nil {
			t.Errorf("read checked-in %s: %v", name, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("logos/%s differs from the generator output; run go generate in install", name)
		}
	}
}

func TestRasterPixels(t *testing.T) {
	tests := []struct {
		name string
		x, y float64 // canvas units
		want color.NRGBA
	}{
		{"corner is transparent", 0.5, 0.5, color.NRGBA{}},
		{"background", 32, 8, cyan},
		{"G left stroke", 10.5, 32, white},
		{"G bar", 28, 32, white},
		{"G opening", 30, 24, cyan},
		{"G centre", 21.5, 32, cyan},
		{"o stroke", 50.5, 36, white},
		{"o hole", 46, 36, cyan},
	}
	for _, size := range []int{32, 64} {
		img := Raster(size)
		if b := img.Bounds(); b.Dx() != size || b.Dy() != size {
			t.Fatalf("Raster(%d): got %v", size, b)
		}
		for _, tt := range tests {
			px := int(tt.x * float64(size) / canvas)
			py := int(tt.y * float64(size) / canvas)
			if got := img.NRGBAAt(px, py); got != tt.want {
				t.Errorf("Raster(%d) %s at (%d,%d): got %v, want %v", size, tt.name, px, py, got, tt.want)
			}
		}
	}
}

func TestRingContains(t *testing.T) {
	g := ring{cx: 0, cy: 0, inner: 1, outer: 2, gapFrom: 0, gapTo: 90}
	tests := []struct {
		x, y float64
		want bool
	}{
		{1.5, 0.5, true}, // just below the x axis on screen: outside the gap
		{1, -1, false},   // upper right on screen: in the gap
		{-1.5, 0, true},
		{0, 0, false},
		{3, 0, false},
	}
	for _, tt := range tests {
		if got := g.contains(tt.x, tt.y); got != tt.want {
			t.Errorf("contains(%v, %v): got %v, want %v", tt.x, tt.y, got, tt.want)
		}
	}
}

func TestSVGWellFormed(t *testing.T) {
	dec := xml.NewDecoder(bytes.NewReader(SVG()))
	for {
		_, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("svg: %v", err)
		}
	}
}

func TestRun(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	if err := run([]string{"-dir", dir}, io.Discard); err != nil {
		t.Fatalf("run: %v", err)
	}
	for _, n := range []string{"logo-32x32.png", "logo-64x64.png", "logo-svg.svg"} {
		if _, err := os.Stat(filepath.Join(dir, n)); err != nil {
			t.Errorf("run did not write %s: %v", n, err)
		}
	}
	if err := run([]string{"-bogus"}, io.Discard); err == nil {
		t.Error("run with unknown flag: got nil error")
	}
}
