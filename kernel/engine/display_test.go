package engine

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"strings"
	"testing"
	"time"

	"gokernel/kernel"
)

// wellFormedSVG checks that s is well-formed XML whose root is an svg
// element.
func wellFormedSVG(s string) error {
	d := xml.NewDecoder(strings.NewReader(s))
	root := ""
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("not well-formed XML: %w", err)
		}
		if se, ok := tok.(xml.StartElement); ok && root == "" {
			root = se.Name.Local
		}
	}
	if root != "svg" {
		return fmt.Errorf("root element %q, want svg", root)
	}
	return nil
}

// decodeImage decodes the base64 image data of a bundle with decode and
// checks its size and the metadata's.
func decodeImage(b kernel.Bundle, mime string, decode func(io.Reader) (image.Image, error), w, h int) error {
	s, ok := b.Data[mime].(string)
	if !ok {
		return fmt.Errorf("no %s string in the bundle", mime)
	}
	raw, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return fmt.Errorf("%s is not base64: %w", mime, err)
	}
	img, err := decode(bytes.NewReader(raw))
	if err != nil {
		return fmt.Errorf("decoding %s: %w", mime, err)
	}
	if got := img.Bounds().Size(); got != image.Pt(w, h) {
		return fmt.Errorf("image size %v, want %dx%d", got, w, h)
	}
	md, _ := b.Metadata[mime].(map[string]any)
	if md["width"] != w || md["height"] != h {
		return fmt.Errorf("metadata %v, want width %d and height %d", b.Metadata, w, h)
	}
	return nil
}

// asJSON encodes v as the kernel does on the wire.
func asJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("encoding %v: %v", v, err)
	}
	return string(b)
}

// TestDisplayResults checks the bundles of cells ending with a display
// value: the rich form under its MIME type, and text/plain always.
func TestDisplayResults(t *testing.T) {
	e := newTestEngine(t)
	mustExec(t, e, 1, `import (
	"bytes"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
)

img := image.NewRGBA(image.Rect(0, 0, 3, 2))
img.Set(0, 0, color.RGBA{255, 0, 0, 255})

func encode(f func(*bytes.Buffer) error) []byte {
	var buf bytes.Buffer
	if err := f(&buf); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

pngBytes := encode(func(b *bytes.Buffer) error { return png.Encode(b, img) })
jpegBytes := encode(func(b *bytes.Buffer) error { return jpeg.Encode(b, img, nil) })
gifBytes := encode(func(b *bytes.Buffer) error { return gif.Encode(b, img, nil) })

type Card struct{ Title string }

func (c Card) HTML() string { return "<h3>" + c.Title + "</h3>" }

type Note struct{ Text string }

func (n Note) Markdown() string { return "*" + n.Text + "*" }

type Dot struct{ R int }

func (d Dot) SVG() string {
	return fmt.Sprintf("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><circle r=\"%d\"/></svg>", d.R)
}`)
	svg := `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="5" height="5"/></svg>`
	isPNG := func(b kernel.Bundle) error { return decodeImage(b, "image/png", png.Decode, 3, 2) }
	tests := []struct {
		name  string
		code  string
		mimes string
		plain string                    // the text/plain, when not ""
		check func(kernel.Bundle) error // more checks
	}{
		{"HTML", `display.HTML("<b>x</b>")`, "text/html text/plain", "<b>x</b>", func(b kernel.Bundle) error {
			return want(b, "text/html", "<b>x</b>")
		}},
		{"Markdown", `display.Markdown("# Title")`, "text/markdown text/plain", "# Title", func(b kernel.Bundle) error {
			return want(b, "text/markdown", "# Title")
		}},
		{"Math", "display.Math(`x^2`)", "text/latex text/plain", "x^2", func(b kernel.Bundle) error {
			return want(b, "text/latex", "$$x^2$$")
		}},
		{"Latex", "display.Latex(`$x^2$`)", "text/latex text/plain", "$x^2$", func(b kernel.Bundle) error {
			return want(b, "text/latex", "$x^2$")
		}},
		{"SVG", "display.SVG(`" + svg + "`)", "image/svg+xml text/plain", "<svg image, 97 bytes>", func(b kernel.Bundle) error {
			if err := want(b, "image/svg+xml", svg); err != nil {
				return err
			}
			return wellFormedSVG(b.Data["image/svg+xml"].(string))
		}},
		{"PNG of bytes", "display.PNG(pngBytes)", "image/png text/plain", "<image/png image 3x2, 77 bytes>", isPNG},
		{"Image", "display.Image(img)", "image/png text/plain", "", isPNG},
		{"image.Image value", "img", "image/png text/plain", "", isPNG},
		{"image.Image built in the cell", "m := image.NewGray(image.Rect(0, 0, 3, 2))\nm", "image/png text/plain", "", isPNG},
		{"image.Image variable", "var im image.Image = img\nim", "image/png text/plain", "", isPNG},
		{"JPEG", "display.JPEG(jpegBytes)", "image/jpeg text/plain", "", func(b kernel.Bundle) error {
			return decodeImage(b, "image/jpeg", jpeg.Decode, 3, 2)
		}},
		{"GIF", "display.GIF(gifBytes)", "image/gif text/plain", "", func(b kernel.Bundle) error {
			return decodeImage(b, "image/gif", gif.Decode, 3, 2)
		}},
		{"JSON", `display.JSON(map[string]any{"a": 1, "b": []int{1, 2}})`, "application/json text/plain", "", func(b kernel.Bundle) error {
			if got := asJSON(t, b.Data["application/json"]); got != `{"a":1,"b":[1,2]}` {
				return fmt.Errorf("application/json %s, want {\"a\":1,\"b\":[1,2]}", got)
			}
			if !json.Valid([]byte(b.Data["text/plain"].(string))) {
				return fmt.Errorf("text/plain %q is not the JSON", b.Data["text/plain"])
			}
			return nil
		}},
		{"Text", `display.Text("just text")`, "text/plain", "just text", nil},
		{"JavaScript", `display.JavaScript("console.log(1)")`, "application/javascript text/plain", "", func(b kernel.Bundle) error {
			return want(b, "application/javascript", "console.log(1)")
		}},
		{"gophernotes MakeData", `display.MakeData("text/html", "<i>x</i>")`, "text/html text/plain", "<i>x</i>", nil},
		{"gophernotes MakeData3", `display.MakeData3("text/html", "x", "<i>x</i>")`, "text/html text/plain", "x", nil},
		{"HTML method", `Card{"Go"}`, "text/html text/plain", "{Go}", func(b kernel.Bundle) error {
			return want(b, "text/html", "<h3>Go</h3>")
		}},
		{"Markdown method", `Note{"hi"}`, "text/markdown text/plain", "{hi}", func(b kernel.Bundle) error {
			return want(b, "text/markdown", "*hi*")
		}},
		{"SVG method", `Dot{3}`, "image/svg+xml text/plain", "{3}", func(b kernel.Bundle) error {
			return wellFormedSVG(b.Data["image/svg+xml"].(string))
		}},
		{"plot.Line", `import "gokernel/display/plot"
plot.Line([]float64{1, 3, 2}, plot.Title("a < b & c"), plot.XLabel("x"), plot.YLabel("y"))`,
			"image/svg+xml text/plain", `line chart "a < b & c": 1 series, x 0…2, y 1…3 (series 1: 3 points)`, func(b kernel.Bundle) error {
				return wellFormedSVG(b.Data["image/svg+xml"].(string))
			}},
		{"plot.Bar", `plot.Bar([]string{"a", "<b>"}, []float64{3, 5})`,
			"image/svg+xml text/plain", "bar chart: 2 categories, 1 series, y 3…5 (series 1: 2 values)", func(b kernel.Bundle) error {
				return wellFormedSVG(b.Data["image/svg+xml"].(string))
			}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, res := mustExec(t, e, 10+i, tt.code)
			if res.Result == nil {
				t.Fatalf("got no result, want a bundle of %s\n%s", tt.mimes, out)
			}
			b := *res.Result
			if got := mimes(b.Data); got != tt.mimes {
				t.Errorf("got MIME types %s, want %s", got, tt.mimes)
			}
			if got, ok := b.Data["text/plain"].(string); !ok || got == "" || tt.plain != "" && got != tt.plain {
				t.Errorf("got text/plain %q, want %q", got, tt.plain)
			}
			if tt.check != nil {
				if err := tt.check(b); err != nil {
					t.Error(err)
				}
			}
			if len(out.displays()) != 0 {
				t.Errorf("got displays besides the result:\n%s", out)
			}
			// The bundle must go on the wire as JSON.
			asJSON(t, b)
		})
	}
}

// want checks that b holds s as mime.
func want(b kernel.Bundle, mime, s string) error {
	if got, _ := b.Data[mime].(string); got != s {
		return fmt.Errorf("got %s %q, want %q", mime, got, s)
	}
	return nil
}

// TestDisplayPublishing checks what cells publish while they run:
// display_data in order with the cell's output, clear_output, and display
// ids with their updates.
func TestDisplayPublishing(t *testing.T) {
	e := newTestEngine(t)
	mustExec(t, e, 1, `type Temp struct{ C float64 }

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", t.C) }

type Badge struct{ N int }

func (b Badge) HTML() string     { return fmt.Sprintf("<b>%d</b>", b.N) }
func (b Badge) Markdown() string { return fmt.Sprintf("**%d**", b.N) }`)

	// kinds describes the events of a tape in one line each.
	kinds := func(out *tape) []string {
		var s []string
		for _, ev := range out.all() {
			switch ev.kind {
			case "stream":
				s = append(s, ev.stream+" "+strings.TrimSuffix(ev.text, "\n"))
			case "display":
				d := ev.display
				line := "display [" + mimes(d.Data) + "] " + plain(&d.Bundle)
				if d.ID != "" {
					line += " id"
				}
				if d.Update {
					line += " update"
				}
				s = append(s, line)
			case "clear":
				s = append(s, fmt.Sprintf("clear wait=%v", ev.wait))
			}
		}
		return s
	}
	tests := []struct {
		name string
		code string
		want []string
	}{
		{"display.Display between prints", "fmt.Println(\"before\")\ndisplay.Display(display.HTML(\"<i>mid</i>\"))\nfmt.Println(\"after\")",
			[]string{"stdout before", "display [text/html text/plain] <i>mid</i>", "stdout after"}},
		{"display.Display of several values", `display.Display(1, "two", display.Markdown("*3*"))`,
			[]string{"display [text/plain] 1", "display [text/plain] two", "display [text/markdown text/plain] *3*"}},
		{"gophernotes Display", `Display(display.Markdown("*gn*"))`, []string{"display [text/markdown text/plain] *gn*"}},
		{"Display of a cell type", `Display(Temp{21.5}, &Temp{-3})`,
			[]string{"display [text/plain] 21.5°C", "display [text/plain] -3.0°C"}},
		{"display.Display of a cell type", `display.Display(Temp{21.5})`, []string{"display [text/plain] 21.5°C"}},
		{"Display through a variadic function", "func show(vs ...any) { display.Display(vs...) }\nshow(Temp{1}, 2)",
			[]string{"display [text/plain] 1.0°C", "display [text/plain] 2"}},
		{"Display of a cell type with rich methods", `Display(Badge{1})`,
			[]string{"display [text/html text/markdown text/plain] {1}"}},
		{"display.Display, New and Update of a cell type with rich methods",
			"display.Display(Badge{2})\nh := display.New(Badge{3})\nh.Update(Badge{4})",
			[]string{"display [text/html text/markdown text/plain] {2}", "display [text/html text/markdown text/plain] {3} id",
				"display [text/html text/markdown text/plain] {4} id update"}},
		{"display.Clear", "fmt.Println(\"x\")\ndisplay.Clear(false)", []string{"stdout x", "clear wait=false"}},
		{"display.Clear wait", "display.Clear(true)", []string{"clear wait=true"}},
		{"New and Update", "h := display.New(display.HTML(\"one\"))\nh.Update(display.HTML(\"two\"))\nh.Update(Temp{3})",
			[]string{"display [text/html text/plain] one id", "display [text/html text/plain] two id update", "display [text/plain] 3.0°C id update"}},
		{"New of nil", "h := display.New(nil)\nh.Update(\"now\")", []string{"display [text/plain]  id", "display [text/plain] now id update"}},
		{"a handle ending the cell shows nothing more", "display.New(\"x\")", []string{"display [text/plain] x id"}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, res := mustExec(t, e, 10+i, tt.code)
			if res.Result != nil {
				t.Errorf("got result %v, want none", res.Result.Data)
			}
			if got := kinds(out); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(tt.want, "\n\t"))
			}
			ids := map[string]bool{}
			for _, d := range out.displays() {
				if d.ID != "" {
					ids[d.ID] = true
				}
				asJSON(t, d.Bundle)
			}
			if len(ids) > 1 {
				t.Errorf("got display ids %v, want one handle's id", ids)
			}
		})
	}
}

// TestDisplayIDs checks that handles get distinct display ids, and
// updates from a later cell reach the display of the earlier one.
func TestDisplayIDs(t *testing.T) {
	e := newTestEngine(t)
	out1, _ := mustExec(t, e, 1, "a := display.New(\"a\")\nb := display.New(\"b\")")
	out2, _ := mustExec(t, e, 2, "a.Update(\"a2\")")
	d1, d2 := out1.displays(), out2.displays()
	if len(d1) != 2 || len(d2) != 1 {
		t.Fatalf("got displays\n%s\n%s\nwant 2 and 1", out1, out2)
	}
	if d1[0].ID == "" || d1[0].ID == d1[1].ID {
		t.Errorf("got ids %q and %q, want two distinct ids", d1[0].ID, d1[1].ID)
	}
	if d2[0].ID != d1[0].ID || !d2[0].Update {
		t.Errorf("got %+v, want an update of display %q", d2[0], d1[0].ID)
	}
	if _, res := mustExec(t, e, 3, "a.ID() != \"\""); plain(res.Result) != "true" {
		t.Errorf("a.ID(): got %q, want true", plain(res.Result))
	}
}

// TestProgress checks the progress bar: one display, then updates of it
// only, throttled in a tight loop, with the final state shown.
func TestProgress(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct {
		name       string
		code       string
		maxUpdates int
		last       string // in the text/plain of the last update
	}{
		{"Add in a tight loop", "p := display.Progress(10000)\nfor i := 0; i < 10000; i++ {\n\tp.Add(1)\n}", 20, "10000/10000 (100%)"},
		{"Set in a tight loop", "p := display.Progress(500)\nfor i := range 500 {\n\tp.Set(i + 1)\n}", 20, "500/500 (100%)"},
		{"Done", "p := display.Progress(10)\np.Add(3)\np.Done()\np", 5, "3/10 (30%) done in"},
		{"label and unknown total", "p := display.Progress(0)\np.SetLabel(\"rows\")\nfor range 1000 {\n\tp.Add(1)\n}\np.Done()", 20, "rows 1000 done in"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, res := mustExec(t, e, 10+i, tt.code)
			if res.Result != nil {
				t.Errorf("got result %v, want none (the bar shows itself)", res.Result.Data)
			}
			ds := out.displays()
			if len(ds) < 2 {
				t.Fatalf("got %d displays, want the bar and its updates\n%s", len(ds), out)
			}
			if ds[0].Update || ds[0].ID == "" {
				t.Errorf("first display: got update=%v id=%q, want a new display with an id", ds[0].Update, ds[0].ID)
			}
			for _, d := range ds[1:] {
				if !d.Update || d.ID != ds[0].ID {
					t.Errorf("got display id=%q update=%v, want an update of %q", d.ID, d.Update, ds[0].ID)
				}
			}
			for _, d := range ds {
				if got := mimes(d.Data); got != "text/html text/plain" {
					t.Errorf("got MIME types %s, want text/html text/plain", got)
				}
			}
			if n := len(ds) - 1; n > tt.maxUpdates {
				t.Errorf("got %d updates, want at most %d (throttled)", n, tt.maxUpdates)
			}
			if last := plain(&ds[len(ds)-1].Bundle); !strings.Contains(last, tt.last) {
				t.Errorf("last update %q, want it to contain %q", last, tt.last)
			}
		})
	}
	t.Run("updates over time", func(t *testing.T) {
		// A loop of 40 steps of 10ms: updates come about every 100ms.
		start := time.Now()
		out, _ := mustExec(t, e, 30, "p := display.Progress(40)\nfor range 40 {\n\ttime.Sleep(10 * time.Millisecond)\n\tp.Add(1)\n}")
		took := time.Since(start)
		n := len(out.displays()) - 1
		if n < 2 || n > int(took/(100*time.Millisecond))+2 {
			t.Errorf("got %d updates in %v, want 2 or more, about one per 100ms\n%s", n, took, out)
		}
	})
}
