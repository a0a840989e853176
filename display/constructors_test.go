package display

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testImage returns a w×h image.
func testImage(w, h int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for x := range w {
		img.Set(x, 0, color.RGBA{R: 255, A: 255})
	}
	return img
}

// encode encodes img with enc.
func encode(t *testing.T, img image.Image, enc func(*bytes.Buffer, image.Image) error) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := enc(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func pngBytes(t *testing.T, w, h int) []byte {
	t.Helper()
	return encode(t, testImage(w, h), func(b *bytes.Buffer, i image.Image) error { return png.Encode(b, i) })
}

func TestConstructors(t *testing.T) {
	pngData := pngBytes(t, 4, 3)
	jpegData := encode(t, testImage(5, 2), func(b *bytes.Buffer, i image.Image) error { return jpeg.Encode(b, i, nil) })
	gifData := encode(t, testImage(2, 7), func(b *bytes.Buffer, i image.Image) error { return gif.Encode(b, i, nil) })
	b64 := base64.StdEncoding.EncodeToString

	tests := []struct {
		name  string
		b     Bundle
		mime  string
		want  any    // the value under mime
		plain string // the text/plain fallback; "" means any
	}{
		{"HTML", HTML("<b>x</b>"), MIMETypeHTML, "<b>x</b>", "<b>x</b>"},
		{"Markdown", Markdown("*hi*"), MIMETypeMarkdown, "*hi*", "*hi*"},
		{"Latex", Latex("x^2"), MIMETypeLatex, "$x^2$", "x^2"},
		{"LatexDollars", Latex("$x$"), MIMETypeLatex, "$x$", "$x$"},
		{"Math", Math("x^2"), MIMETypeLatex, "$$x^2$$", "x^2"},
		{"MathDollars", Math("$$e^{i\\pi}$$"), MIMETypeLatex, "$$e^{i\\pi}$$", ""},
		{"SVG", SVG("<svg/>"), MIMETypeSVG, "<svg/>", "<svg image, 6 bytes>"},
		{"JavaScript", JavaScript("alert(1)"), MIMETypeJavaScript, "alert(1)", ""},
		{"Text", Text("plain"), MIMETypeText, "plain", "plain"},
		{"PNG", PNG(pngData), MIMETypePNG, b64(pngData), ""},
		{"JPEG", JPEG(jpegData), MIMETypeJPEG, b64(jpegData), ""},
		{"GIF", GIF(gifData), MIMETypeGIF, b64(gifData), ""},
		{"PNGInvalid", PNG([]byte("nope")), MIMETypePNG, b64([]byte("nope")), "<image/png image, 4 bytes>"},
		{"PDF", PDF([]byte("%PDF-1.4")), MIMETypePDF, b64([]byte("%PDF-1.4")), "<pdf document, 8 bytes>"},
		{"MakeData", MakeData("text/x-foo", 42), "text/x-foo", 42, "42"},
		{"MakeData3", MakeData3("text/x-foo", "plain", 42), "text/x-foo", 42, "plain"},
		{"AutoString", Auto("hello"), MIMETypeText, "hello", "hello"},
		{"AutoHTMLBytes", Auto([]byte("<html><body>x</body></html>")), MIMETypeHTML, "<html><body>x</body></html>", ""},
		{"AutoPNGBytes", Auto(pngData), MIMETypePNG, b64(pngData), ""},
		{"AutoSVGReader", Auto(strings.NewReader(`<svg xmlns="http://www.w3.org/2000/svg"/>`)), MIMETypeSVG, `<svg xmlns="http://www.w3.org/2000/svg"/>`, ""},
		{"AutoBuffer", Auto(bytes.NewBufferString("text")), MIMETypeText, "text", "text"},
		{"AutoValue", Auto(3.5), MIMETypeText, "3.5", "3.5"},
		{"AutoBundle", Auto(HTML("h")), MIMETypeHTML, "h", ""},
		{"AnyHTMLString", Any(MIMETypeHTML, "<i>i</i>"), MIMETypeHTML, "<i>i</i>", ""},
		{"AnyBinary", Any("application/x-thing", []byte{0, 1, 2}), "application/x-thing", b64([]byte{0, 1, 2}), "<application/x-thing, 3 bytes>"},
		{"AnyJSONString", Any(MIMETypeJSON, `{"a":1}`), MIMETypeJSON, json.RawMessage(`{"a":1}`), ""},
		{"AnyJSONValue", Any(MIMETypeJSON, map[string]int{"a": 1}), MIMETypeJSON, json.RawMessage(`{"a":1}`), ""},
		{"MIME", MIME(MIMEMap{"text/x-a": "a"}, nil), "text/x-a", "a", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.b.Data[tt.mime]
			if !ok {
				t.Fatalf("no %s in %v", tt.mime, tt.b.Data)
			}
			if g, w := jsonOf(t, got), jsonOf(t, tt.want); g != w {
				t.Errorf("%s = %s, want %s", tt.mime, g, w)
			}
			if tt.name == "MIME" {
				return // MIME keeps what it is given
			}
			plain, ok := tt.b.Data[MIMETypeText].(string)
			if !ok {
				t.Fatalf("no text/plain string in %v", tt.b.Data)
			}
			if tt.plain != "" && plain != tt.plain {
				t.Errorf("text/plain = %q, want %q", plain, tt.plain)
			}
			if _, err := json.Marshal(tt.b.Data); err != nil {
				t.Errorf("data does not encode: %v", err)
			}
		})
	}
}

// jsonOf encodes v as JSON, to compare values of different Go types.
func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("encoding %v: %v", v, err)
	}
	return string(b)
}

func TestImageMetadata(t *testing.T) {
	for _, tt := range []struct {
		name string
		b    Bundle
		mime string
		w, h int
	}{
		{"PNG", PNG(pngBytes(t, 4, 3)), MIMETypePNG, 4, 3},
		{"Image", Image(testImage(7, 5)), MIMETypePNG, 7, 5},
		{"JPEG", JPEG(encode(t, testImage(5, 2), func(b *bytes.Buffer, i image.Image) error { return jpeg.Encode(b, i, nil) })), MIMETypeJPEG, 5, 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			md, ok := tt.b.Metadata[tt.mime].(MIMEMap)
			if !ok {
				t.Fatalf("metadata = %v, want a map under %s", tt.b.Metadata, tt.mime)
			}
			if md["width"] != tt.w || md["height"] != tt.h {
				t.Errorf("metadata = %v, want width %d, height %d", md, tt.w, tt.h)
			}
		})
	}
}

func TestImageDecodes(t *testing.T) {
	b := Image(testImage(7, 5))
	s, _ := b.Data[MIMETypePNG].(string)
	raw, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		t.Fatalf("image/png is not base64: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("image/png does not decode: %v", err)
	}
	if got := img.Bounds().Size(); got != image.Pt(7, 5) {
		t.Errorf("size = %v, want 7x5", got)
	}
	if r, _, _, _ := img.At(0, 0).RGBA(); r != 0xffff {
		t.Errorf("pixel (0,0) red = %#x, want 0xffff", r)
	}
	if got := b.String(); got != "<image/png image 7x5, "+itoa(len(raw))+" bytes>" {
		t.Errorf("String() = %q", got)
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestJSON(t *testing.T) {
	b := JSON(map[string]any{"a": []int{1, 2}, "b": "x"})
	raw, ok := b.Data[MIMETypeJSON].(json.RawMessage)
	if !ok {
		t.Fatalf("application/json is %T, want json.RawMessage", b.Data[MIMETypeJSON])
	}
	var v map[string]any
	if err := json.Unmarshal(raw, &v); err != nil || v["b"] != "x" {
		t.Errorf("application/json = %s (%v), want the object", raw, err)
	}
	if plain := b.String(); !strings.Contains(plain, "\n  \"a\": [") {
		t.Errorf("text/plain = %q, want indented JSON", plain)
	}
}

func TestErrorBundles(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		name string
		b    Bundle
		want string
	}{
		{"NilImage", Image(nil), "nil image"},
		{"EmptyImage", Image(image.NewRGBA(image.Rect(0, 0, 0, 0))), "encoding image as PNG"},
		{"JSONChan", JSON(make(chan int)), "encoding JSON"},
		{"JSONInvalidString", Any(MIMETypeJSON, "{"), "not valid JSON"},
		{"FileMissing", File("", filepath.Join(dir, "missing.png")), "missing.png"},
		{"ReaderError", Auto(errReader{}), "boom"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			plain, _ := tt.b.Data[MIMETypeText].(string)
			if !strings.Contains(plain, tt.want) {
				t.Errorf("text/plain = %q, want it to contain %q", plain, tt.want)
			}
			if html, _ := tt.b.Data[MIMETypeHTML].(string); !strings.Contains(html, "<pre") {
				t.Errorf("text/html = %q, want the error in red", html)
			}
		})
	}
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errBoom }

var errBoom = errors.New("boom")

func TestFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	pngPath := write("pic.png", pngBytes(t, 2, 2))
	noExt := write("pic", pngBytes(t, 2, 2))
	svgPath := write("d.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg"/>`))
	txtPath := write("notes.md", []byte("# hi"))
	for _, tt := range []struct {
		name, mime, path, want string
	}{
		{"ByExtension", "", pngPath, MIMETypePNG},
		{"BySniffing", "", noExt, MIMETypePNG},
		{"SVG", "", svgPath, MIMETypeSVG},
		{"Given", MIMETypeMarkdown, txtPath, MIMETypeMarkdown},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b := File(tt.mime, tt.path)
			if _, ok := b.Data[tt.want]; !ok {
				t.Errorf("File(%q, %s) has %v, want %s", tt.mime, filepath.Base(tt.path), keys(b.Data), tt.want)
			}
		})
	}
}

// keys lists the MIME types of data.
func keys(data MIMEMap) []string {
	var ks []string
	for k := range data {
		ks = append(ks, k)
	}
	return ks
}
