package engine

import (
	"bytes"
	"encoding/xml"
	"reflect"
	"strings"

	"gokernel/kernel/engine/format"
)

// encoding/xml reads the cell's values by reflection, where the
// interpreter's struct types do not mark their embedded fields and have
// no names: xml.Marshal and friends come here (compile/jsoncalls.go) and
// work on a mirror of the value whose embedded struct fields are marked
// so (see decodeType), naming the elements of the cell's struct types
// without an XMLName field after their types, as xml does.

// xmlMarshal is xml.Marshal for cells.
func (rt *cellRuntime) xmlMarshal(v any, id int) ([]byte, error) {
	return rt.xmlMarshalIndent(v, "", "", id)
}

// xmlMarshalIndent is xml.MarshalIndent for cells.
func (rt *cellRuntime) xmlMarshalIndent(v any, prefix, indent string, id int) ([]byte, error) {
	var b bytes.Buffer
	enc := xml.NewEncoder(&b)
	enc.Indent(prefix, indent)
	if err := rt.xmlEncode(enc, v, id); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// xmlEncode is (*xml.Encoder).Encode for cells: a slice or an array is
// encoded element by element, as xml does, so that each is named.
func (rt *cellRuntime) xmlEncode(enc *xml.Encoder, v any, id int) error {
	d := rt.e.comp.Desc(id)
	rv := inIface(format.Unwrap(reflect.ValueOf(v)))
	if rv.IsValid() && (rv.Kind() == reflect.Slice || rv.Kind() == reflect.Array) && rv.Type().Elem().Kind() != reflect.Uint8 {
		var elem *format.Desc
		if d != nil {
			elem = d.Elem
		}
		for i := 0; i < rv.Len(); i++ {
			if err := rt.xmlEncodeOne(enc, rv.Index(i).Interface(), elem); err != nil {
				return err
			}
		}
		return enc.Flush()
	}
	return rt.xmlEncodeOne(enc, v, d)
}

// xmlEncodeOne encodes v, of static type described by d.
func (rt *cellRuntime) xmlEncodeOne(enc *xml.Encoder, v any, d *format.Desc) error {
	if start, ok := rt.xmlStart(v); ok {
		return enc.EncodeElement(rt.xmlView(v, d), start)
	}
	return enc.Encode(rt.xmlView(v, d))
}

// xmlStart returns the element xml names after v's type when v is (a
// pointer to) a struct of the cells without an XMLName field: reflection
// gives the interpreter's struct types no name ("xml: unsupported type").
func (rt *cellRuntime) xmlStart(v any) (xml.StartElement, bool) {
	rv := inIface(format.Unwrap(reflect.ValueOf(v)))
	for rv.IsValid() && rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return xml.StartElement{}, false
		}
		rv = rv.Elem()
	}
	if !rv.IsValid() || rv.Kind() != reflect.Struct || rv.Type().Name() != "" {
		return xml.StartElement{}, false
	}
	if _, ok := rv.Type().FieldByName("XMLName"); ok {
		return xml.StartElement{}, false
	}
	d := rt.structDesc(rv.Type())
	if d == nil {
		return xml.StartElement{}, false
	}
	name := d.Name[strings.LastIndex(d.Name, ".")+1:]
	if name == "" || strings.ContainsAny(name, "[]{} *") {
		return xml.StartElement{}, false
	}
	return xml.StartElement{Name: xml.Name{Local: name}}, true
}

// xmlEncodeElement is (*xml.Encoder).EncodeElement for cells.
func (rt *cellRuntime) xmlEncodeElement(enc *xml.Encoder, v any, start xml.StartElement, id int) error {
	return enc.EncodeElement(rt.xmlView(v, rt.e.comp.Desc(id)), start)
}

// xmlUnmarshal is xml.Unmarshal for cells.
func (rt *cellRuntime) xmlUnmarshal(data []byte, v any, id int) error {
	return rt.decodeInto(v, id, false, func(target any) error { return xml.Unmarshal(data, target) })
}

// xmlDecode is (*xml.Decoder).Decode for cells.
func (rt *cellRuntime) xmlDecode(dec *xml.Decoder, v any, id int) error {
	return rt.decodeInto(v, id, false, func(target any) error { return dec.Decode(target) })
}

// xmlDecodeElement is (*xml.Decoder).DecodeElement for cells.
func (rt *cellRuntime) xmlDecodeElement(dec *xml.Decoder, v any, start *xml.StartElement, id int) error {
	return rt.decodeInto(v, id, false, func(target any) error { return dec.DecodeElement(target, start) })
}

// xmlView returns what xml should marshal for v, of static type described
// by d (nil: none): v itself, or a copy of it of its mirror type.
func (rt *cellRuntime) xmlView(v any, d *format.Desc) any {
	rv := inIface(format.Unwrap(reflect.ValueOf(v)))
	if !rv.IsValid() {
		return v
	}
	mt, changed := rt.decodeType(rv.Type(), d, false, map[reflect.Type]bool{})
	if !changed {
		return v
	}
	m := reflect.New(mt).Elem()
	rt.copyIn(m, rv)
	return m.Interface()
}
