package symbols

import (
	"flag"
	"io"
	"io/fs"
	"reflect"
)

// The standard library looks for optional methods by asserting an
// interface value to a larger interface: io.Copy asks its source for
// WriteTo, http.NewRequest its body for Close, fmt.Fscan its reader for
// ReadRune, io.WriteString its writer for WriteString, fs.ReadDir and
// fs.WalkDir ask a file for ReadDir (there is no other way to list a
// directory of an fs.FS), flag asks a flag.Value for IsBoolFlag. A value
// of an interpreted type reaches compiled code in the wrapper yaegi picks
// for the interface it is converted to (an fs.File wrapper has Read, Stat
// and Close only), so such assertions fail unless the wrapper picked has
// the optional methods too. yaegi picks, from the MapTypes entry of the
// interface's own wrapper, the first wrapper whose methods the type all
// has: optionalWrappers lists them, the standard library's generated ones
// where an interface embeds the smaller one (fs.ReadDirFile embeds
// fs.File) and the few below where it does not. A type with optional
// methods of two wrappers gets the first one's.

// optionalWrappers maps the wrapper of an interface to the wrappers to
// try first, each of which implements that interface.
func optionalWrappers() map[reflect.Value][]reflect.Type {
	return map[reflect.Value][]reflect.Type{
		reflect.ValueOf((*_io_fs_File)(nil)): wrappers((*_io_fs_ReadDirFile)(nil)),
		reflect.ValueOf((*_io_fs_FS)(nil)): wrappers((*fsDirFileStat)(nil), (*_io_fs_ReadDirFS)(nil), (*_io_fs_ReadFileFS)(nil),
			(*_io_fs_StatFS)(nil), (*_io_fs_GlobFS)(nil), (*_io_fs_SubFS)(nil)),
		reflect.ValueOf((*_io_Reader)(nil)): wrappers((*readCloserRuneScanner)(nil), (*readCloserWriterTo)(nil), (*_io_ReadCloser)(nil), (*readerWriterTo)(nil),
			(*readerRuneScanner)(nil), (*readerByteReader)(nil)),
		reflect.ValueOf((*_io_Writer)(nil)): wrappers((*writerStringReaderFrom)(nil), (*writerStringWriter)(nil),
			(*writerReaderFrom)(nil)),
		reflect.ValueOf((*_flag_Value)(nil)): wrappers((*boolFlagValue)(nil)),
	}
}

// wrappers returns the struct types pointed to by ptrs.
func wrappers(ptrs ...any) []reflect.Type {
	out := make([]reflect.Type, len(ptrs))
	for i, p := range ptrs {
		out[i] = reflect.TypeOf(p).Elem()
	}
	return out
}

// readerWriterTo wraps an io.Reader that also has WriteTo (io.Copy's
// source).
type readerWriterTo struct {
	IValue   any
	WRead    func(p []byte) (int, error)
	WWriteTo func(w io.Writer) (int64, error)
}

func (w readerWriterTo) Read(p []byte) (int, error)         { return w.WRead(p) }
func (w readerWriterTo) WriteTo(x io.Writer) (int64, error) { return w.WWriteTo(x) }

// readCloserWriterTo wraps an io.Reader with both Close and WriteTo.
type readCloserWriterTo struct {
	IValue   any
	WClose   func() error
	WRead    func(p []byte) (int, error)
	WWriteTo func(w io.Writer) (int64, error)
}

func (w readCloserWriterTo) Close() error                       { return w.WClose() }
func (w readCloserWriterTo) Read(p []byte) (int, error)         { return w.WRead(p) }
func (w readCloserWriterTo) WriteTo(x io.Writer) (int64, error) { return w.WWriteTo(x) }

// readCloserRuneScanner wraps an io.Reader with Close, ReadRune and
// UnreadRune.
type readCloserRuneScanner struct {
	IValue      any
	WClose      func() error
	WRead       func(p []byte) (int, error)
	WReadRune   func() (rune, int, error)
	WUnreadRune func() error
}

func (w readCloserRuneScanner) Close() error                 { return w.WClose() }
func (w readCloserRuneScanner) Read(p []byte) (int, error)   { return w.WRead(p) }
func (w readCloserRuneScanner) ReadRune() (rune, int, error) { return w.WReadRune() }
func (w readCloserRuneScanner) UnreadRune() error            { return w.WUnreadRune() }

// readerRuneScanner wraps an io.Reader that also has ReadRune and
// UnreadRune (fmt.Fscan reads through them, leaving the rest unread).
type readerRuneScanner struct {
	IValue      any
	WRead       func(p []byte) (int, error)
	WReadRune   func() (rune, int, error)
	WUnreadRune func() error
}

func (w readerRuneScanner) Read(p []byte) (int, error)   { return w.WRead(p) }
func (w readerRuneScanner) ReadRune() (rune, int, error) { return w.WReadRune() }
func (w readerRuneScanner) UnreadRune() error            { return w.WUnreadRune() }

// readerByteReader wraps an io.Reader that also has ReadByte (compress
// readers read through it).
type readerByteReader struct {
	IValue    any
	WRead     func(p []byte) (int, error)
	WReadByte func() (byte, error)
}

func (w readerByteReader) Read(p []byte) (int, error) { return w.WRead(p) }
func (w readerByteReader) ReadByte() (byte, error)    { return w.WReadByte() }

// writerStringWriter wraps an io.Writer that also has WriteString
// (io.WriteString).
type writerStringWriter struct {
	IValue       any
	WWrite       func(p []byte) (int, error)
	WWriteString func(s string) (int, error)
}

func (w writerStringWriter) Write(p []byte) (int, error)       { return w.WWrite(p) }
func (w writerStringWriter) WriteString(s string) (int, error) { return w.WWriteString(s) }

// writerReaderFrom wraps an io.Writer that also has ReadFrom (io.Copy's
// destination).
type writerReaderFrom struct {
	IValue    any
	WReadFrom func(r io.Reader) (int64, error)
	WWrite    func(p []byte) (int, error)
}

func (w writerReaderFrom) ReadFrom(r io.Reader) (int64, error) { return w.WReadFrom(r) }
func (w writerReaderFrom) Write(p []byte) (int, error)         { return w.WWrite(p) }

// writerStringReaderFrom wraps an io.Writer with both WriteString and
// ReadFrom.
type writerStringReaderFrom struct {
	IValue       any
	WReadFrom    func(r io.Reader) (int64, error)
	WWrite       func(p []byte) (int, error)
	WWriteString func(s string) (int, error)
}

func (w writerStringReaderFrom) ReadFrom(r io.Reader) (int64, error) { return w.WReadFrom(r) }
func (w writerStringReaderFrom) Write(p []byte) (int, error)         { return w.WWrite(p) }
func (w writerStringReaderFrom) WriteString(s string) (int, error)   { return w.WWriteString(s) }

// fsDirFileStat wraps an fs.FS with ReadDir, ReadFile and Stat.
type fsDirFileStat struct {
	IValue    any
	WOpen     func(name string) (fs.File, error)
	WReadDir  func(name string) ([]fs.DirEntry, error)
	WReadFile func(name string) ([]byte, error)
	WStat     func(name string) (fs.FileInfo, error)
}

func (w fsDirFileStat) Open(name string) (fs.File, error)          { return w.WOpen(name) }
func (w fsDirFileStat) ReadDir(name string) ([]fs.DirEntry, error) { return w.WReadDir(name) }
func (w fsDirFileStat) ReadFile(name string) ([]byte, error)       { return w.WReadFile(name) }
func (w fsDirFileStat) Stat(name string) (fs.FileInfo, error)      { return w.WStat(name) }

// boolFlagValue wraps a flag.Value that also has IsBoolFlag (a flag set
// without a value, -v).
type boolFlagValue struct {
	IValue      any
	WIsBoolFlag func() bool
	WSet        func(s string) error
	WString     func() string
}

func (w boolFlagValue) IsBoolFlag() bool   { return w.WIsBoolFlag() }
func (w boolFlagValue) Set(s string) error { return w.WSet(s) }
func (w boolFlagValue) String() string     { return w.WString() }

// Each wrapper implements the interface it stands in for.
var (
	_ io.WriterTo     = readerWriterTo{}
	_ io.RuneScanner  = readerRuneScanner{}
	_ io.RuneScanner  = readCloserRuneScanner{}
	_ io.ReadCloser   = readCloserRuneScanner{}
	_ io.ByteReader   = readerByteReader{}
	_ io.ReadCloser   = _io_ReadCloser{}
	_ io.ReadCloser   = readCloserWriterTo{}
	_ io.WriterTo     = readCloserWriterTo{}
	_ io.StringWriter = writerStringWriter{}
	_ io.ReaderFrom   = writerReaderFrom{}
	_ io.StringWriter = writerStringReaderFrom{}
	_ io.ReaderFrom   = writerStringReaderFrom{}
	_ fs.ReadDirFile  = _io_fs_ReadDirFile{}
	_ fs.ReadDirFS    = fsDirFileStat{}
	_ fs.ReadFileFS   = fsDirFileStat{}
	_ fs.StatFS       = fsDirFileStat{}
	_ flag.Value      = boolFlagValue{}
)
