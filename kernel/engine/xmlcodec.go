package engine

import (
	"encoding/xml"
	"reflect"

	"gokernel/kernel/engine/format"
)

// encoding/xml reads the cell's values by reflection, where the
// interpreter's struct types do not mark their embedded fields: xml.Marshal
// and friends come here (compile/jsoncalls.go) and work on a mirror of the
// value whose embedded struct fields are marked so (see decodeType).

// xmlMarshal is xml.Marshal for cells.
func (rt *cellRuntime) xmlMarshal(v any, id int) ([]byte, error) {
	return xml.Marshal(rt.xmlView(v, id))
}

// xmlMarshalIndent is xml.MarshalIndent for cells.
func (rt *cellRuntime) xmlMarshalIndent(v any, prefix, indent string, id int) ([]byte, error) {
	return xml.MarshalIndent(rt.xmlView(v, id), prefix, indent)
}

// xmlEncode is (*xml.Encoder).Encode for cells.
func (rt *cellRuntime) xmlEncode(enc *xml.Encoder, v any, id int) error {
	return enc.Encode(rt.xmlView(v, id))
}

// xmlEncodeElement is (*xml.Encoder).EncodeElement for cells.
func (rt *cellRuntime) xmlEncodeElement(enc *xml.Encoder, v any, start xml.StartElement, id int) error {
	return enc.EncodeElement(rt.xmlView(v, id), start)
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
// by the description with ID id (0: none): v itself, or a copy of it of
// its mirror type.
func (rt *cellRuntime) xmlView(v any, id int) any {
	rv := inIface(format.Unwrap(reflect.ValueOf(v)))
	if !rv.IsValid() {
		return v
	}
	mt, changed := rt.decodeType(rv.Type(), rt.e.comp.Desc(id), false, map[reflect.Type]bool{})
	if !changed {
		return v
	}
	m := reflect.New(mt).Elem()
	rt.copyIn(m, rv)
	return m.Interface()
}
