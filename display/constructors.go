package display

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

// maxRead bounds what Any, Auto and File read from a reader or a file.
const maxRead = 256 << 20

// MakeData returns a bundle of data as MIME type mimeType, with
// fmt.Sprint(data) as its text/plain fallback.
func MakeData(mimeType string, data any) Bundle {
	b := Bundle{Data: MIMEMap{mimeType: data}}
	if mimeType != MIMETypeText {
		b.Data[MIMETypeText] = fmt.Sprint(data)
	}
	return b
}

// MakeData3 returns a bundle of data as MIME type mimeType, with plaintext
// as its text/plain fallback.
func MakeData3(mimeType, plaintext string, data any) Bundle {
	return Bundle{Data: MIMEMap{MIMETypeText: plaintext, mimeType: data}}
}

// MIME returns a bundle of the given data and metadata, both keyed by MIME
// type. A text/plain fallback is added when the bundle is displayed if
// data has none.
func MIME(data, metadata MIMEMap) Bundle {
	return Bundle{Data: data, Metadata: metadata}
}

// Text returns a bundle of plain text.
func Text(s string) Bundle {
	return Bundle{Data: MIMEMap{MIMETypeText: s}}
}

// HTML returns a bundle of HTML; its text/plain fallback is the source.
func HTML(html string) Bundle { return MakeData(MIMETypeHTML, html) }

// Markdown returns a bundle of Markdown; its text/plain fallback is the
// source.
func Markdown(markdown string) Bundle { return MakeData(MIMETypeMarkdown, markdown) }

// Latex returns a bundle of inline LaTeX math: latex, without or with
// surrounding dollar signs, is shown as $latex$.
func Latex(latex string) Bundle {
	return MakeData3(MIMETypeLatex, latex, "$"+strings.Trim(latex, "$")+"$")
}

// Math returns a bundle of display LaTeX math: latex, without or with
// surrounding dollar signs, is shown as $$latex$$.
func Math(latex string) Bundle {
	return MakeData3(MIMETypeLatex, latex, "$$"+strings.Trim(latex, "$")+"$$")
}

// JavaScript returns a bundle of JavaScript that the frontend runs (when it
// trusts the output).
func JavaScript(javascript string) Bundle {
	return MakeData3(MIMETypeJavaScript, fmt.Sprintf("<javascript, %d bytes>", len(javascript)), javascript)
}

// SVG returns a bundle of an SVG image given as its XML source.
func SVG(svg string) Bundle {
	return MakeData3(MIMETypeSVG, fmt.Sprintf("<svg image, %d bytes>", len(svg)), svg)
}

// PNG returns a bundle of an image encoded as PNG. When the header can be
// read, the metadata gives the image's width and height.
func PNG(png []byte) Bundle { return encodedImage(MIMETypePNG, png) }

// JPEG returns a bundle of an image encoded as JPEG.
func JPEG(jpeg []byte) Bundle { return encodedImage(MIMETypeJPEG, jpeg) }

// GIF returns a bundle of an image (possibly animated) encoded as GIF.
func GIF(gif []byte) Bundle { return encodedImage(MIMETypeGIF, gif) }

// PDF returns a bundle of a PDF document.
func PDF(pdf []byte) Bundle {
	return MakeData3(MIMETypePDF, fmt.Sprintf("<pdf document, %d bytes>", len(pdf)), base64.StdEncoding.EncodeToString(pdf))
}

// encodedImage returns a bundle of image bytes in format mimeType.
func encodedImage(mimeType string, b []byte) Bundle {
	var cfg image.Config
	var err error
	switch mimeType {
	case MIMETypePNG:
		cfg, err = png.DecodeConfig(bytes.NewReader(b))
	case MIMETypeJPEG:
		cfg, err = jpeg.DecodeConfig(bytes.NewReader(b))
	case MIMETypeGIF:
		cfg, err = gif.DecodeConfig(bytes.NewReader(b))
	default:
		err = errors.New("unknown format")
	}
	out := Bundle{Data: MIMEMap{mimeType: base64.StdEncoding.EncodeToString(b)}}
	if err != nil {
		out.Data[MIMETypeText] = fmt.Sprintf("<%s image, %d bytes>", mimeType, len(b))
		return out
	}
	out.Data[MIMETypeText] = fmt.Sprintf("<%s image %dx%d, %d bytes>", mimeType, cfg.Width, cfg.Height, len(b))
	out.Metadata = MIMEMap{mimeType: MIMEMap{"width": cfg.Width, "height": cfg.Height}}
	return out
}

// Image returns a bundle of img encoded as PNG. A nil or empty image gives
// a bundle that shows the error.
func Image(img image.Image) Bundle {
	b, err := imageBundle(img)
	if err != nil {
		return errorBundle(err)
	}
	return b
}

// imageBundle encodes img as PNG.
func imageBundle(img image.Image) (Bundle, error) {
	if img == nil {
		return Bundle{}, errors.New("display: Image of a nil image")
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return Bundle{}, fmt.Errorf("display: encoding image as PNG: %w", err)
	}
	return PNG(buf.Bytes()), nil
}

// JSON returns a bundle of v encoded as JSON (application/json), which
// frontends show as a collapsible tree; its text/plain fallback is the
// indented JSON. A value that cannot be encoded gives a bundle that shows
// the error.
func JSON(v any) Bundle {
	b, err := jsonBundle(v)
	if err != nil {
		return errorBundle(err)
	}
	return b
}

// jsonBundle encodes v as an application/json bundle.
func jsonBundle(v any) (Bundle, error) {
	raw, err := json.Marshal(v)
	if err != nil {
		return Bundle{}, fmt.Errorf("display: encoding JSON: %w", err)
	}
	var ind bytes.Buffer
	if err := json.Indent(&ind, raw, "", "  "); err != nil {
		return Bundle{}, fmt.Errorf("display: encoding JSON: %w", err)
	}
	return MakeData3(MIMETypeJSON, ind.String(), json.RawMessage(raw)), nil
}

// File returns a bundle of the file at path as MIME type mimeType. An
// empty mimeType is guessed from the file's extension, then from its
// content. A file that cannot be read gives a bundle that shows the error.
func File(mimeType, path string) Bundle {
	f, err := os.Open(path)
	if err != nil {
		return errorBundle(fmt.Errorf("display: %w", err))
	}
	defer f.Close()
	b, err := readAll(f)
	if err != nil {
		return errorBundle(fmt.Errorf("display: reading %s: %w", path, err))
	}
	if mimeType == "" {
		mimeType, _, _ = strings.Cut(mime.TypeByExtension(filepath.Ext(path)), ";")
	}
	return Any(mimeType, b)
}

// Auto is Any with the MIME type detected from the data.
func Auto(data any) Bundle { return Any("", data) }

// Any returns a bundle of data as MIME type mimeType. data may be a
// string, a []byte, an io.Reader or io.WriterTo (read to the end), an
// image.Image, a Bundle, or any value Render knows. An empty mimeType is
// detected: a string is plain text, bytes are sniffed. Data that cannot be
// read gives a bundle that shows the error.
func Any(mimeType string, data any) Bundle {
	b, err := anyBundle(mimeType, data)
	if err != nil {
		return errorBundle(err)
	}
	return b
}

// anyBundle implements Any.
func anyBundle(mimeType string, data any) (Bundle, error) {
	switch x := data.(type) {
	case nil:
		return Text(""), nil
	case Bundle:
		return x, nil
	case *Bundle:
		if x == nil {
			return Text(""), nil
		}
		return *x, nil
	case string:
		if mimeType == "" || mimeType == MIMETypeText {
			return Text(x), nil
		}
		return bytesBundle(mimeType, []byte(x))
	case []byte:
		return bytesBundle(mimeType, x)
	case image.Image:
		return imageBundle(x)
	case io.WriterTo:
		var buf bytes.Buffer
		if _, err := x.WriteTo(&buf); err != nil {
			return Bundle{}, fmt.Errorf("display: writing %T: %w", data, err)
		}
		return bytesBundle(mimeType, buf.Bytes())
	case io.Reader:
		b, err := readAll(x)
		if err != nil {
			return Bundle{}, fmt.Errorf("display: reading %T: %w", data, err)
		}
		return bytesBundle(mimeType, b)
	}
	if mimeType == MIMETypeJSON {
		return jsonBundle(data)
	}
	if data, md, ok := Render(data); ok {
		return Bundle{Data: data, Metadata: md}, nil
	}
	if mimeType == "" || mimeType == MIMETypeText {
		return Text(fmt.Sprint(data)), nil
	}
	return MakeData(mimeType, data), nil
}

// bytesBundle returns a bundle of b as MIME type mimeType (sniffed when
// empty).
func bytesBundle(mimeType string, b []byte) (Bundle, error) {
	if mimeType == "" {
		mimeType = sniff(b)
	}
	switch mimeType {
	case MIMETypeText:
		return Text(string(b)), nil
	case MIMETypePNG, MIMETypeJPEG, MIMETypeGIF:
		return encodedImage(mimeType, b), nil
	case MIMETypePDF:
		return PDF(b), nil
	case MIMETypeSVG:
		return SVG(string(b)), nil
	case MIMETypeJavaScript:
		return JavaScript(string(b)), nil
	case MIMETypeLatex:
		return Latex(string(b)), nil
	case MIMETypeJSON:
		if !json.Valid(b) {
			return Bundle{}, errors.New("display: data given as application/json is not valid JSON")
		}
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			return Bundle{}, fmt.Errorf("display: decoding JSON: %w", err)
		}
		return jsonBundle(v)
	}
	if isText(mimeType) {
		return MakeData(mimeType, string(b)), nil
	}
	return MakeData3(mimeType, fmt.Sprintf("<%s, %d bytes>", mimeType, len(b)), base64.StdEncoding.EncodeToString(b)), nil
}

// sniff guesses the MIME type of b.
func sniff(b []byte) string {
	t, _, _ := strings.Cut(http.DetectContentType(b), ";")
	switch t {
	case "text/xml", "text/plain":
		if bytes.Contains(b[:min(len(b), 1024)], []byte("<svg")) {
			return MIMETypeSVG
		}
		return MIMETypeText
	}
	return t
}

// readAll reads r to the end, at most maxRead bytes.
func readAll(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxRead+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxRead {
		return nil, fmt.Errorf("more than %d bytes", maxRead)
	}
	return b, nil
}
