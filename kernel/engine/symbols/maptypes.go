package symbols

import (
	"encoding"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"log"
	"reflect"
)

// Some compiled functions take "any" arguments but behave differently when an
// argument implements an interface: fmt calls String or Format, encoding/json
// calls MarshalJSON, and so on. An interpreted value only has such methods if
// yaegi wraps it in the matching interface wrapper before the call, and yaegi
// only knows which wrapper to use from the MapTypes table passed with Use
// under the "." key. Without it, fmt.Println(v) ignores v's String method.
//
// mapTypes builds that table: for each function, the interfaces to try in
// order (the first one the interpreted type implements wins).
func mapTypes() map[reflect.Value][]reflect.Type {
	printing := interfaces((*fmt.Formatter)(nil), (*fmt.Stringer)(nil))
	scanning := interfaces((*fmt.Scanner)(nil))
	marshalJSON := interfaces((*json.Marshaler)(nil), (*encoding.TextMarshaler)(nil))
	unmarshalJSON := interfaces((*json.Unmarshaler)(nil), (*encoding.TextUnmarshaler)(nil))
	marshalXML := interfaces((*xml.Marshaler)(nil), (*encoding.TextMarshaler)(nil))
	unmarshalXML := interfaces((*xml.Unmarshaler)(nil), (*encoding.TextUnmarshaler)(nil))

	table := []struct {
		funcs []any
		types []reflect.Type
	}{
		{[]any{
			fmt.Append, fmt.Appendf, fmt.Appendln,
			fmt.Errorf,
			fmt.Fprint, fmt.Fprintf, fmt.Fprintln,
			fmt.Print, fmt.Printf, fmt.Println,
			fmt.Sprint, fmt.Sprintf, fmt.Sprintln,
			log.Fatal, log.Fatalf, log.Fatalln,
			log.Panic, log.Panicf, log.Panicln,
			log.Print, log.Printf, log.Println,
		}, printing},
		{[]any{
			fmt.Fscan, fmt.Fscanf, fmt.Fscanln,
			fmt.Scan, fmt.Scanf, fmt.Scanln,
			fmt.Sscan, fmt.Sscanf, fmt.Sscanln,
		}, scanning},
		{[]any{json.Marshal, json.MarshalIndent}, marshalJSON},
		{[]any{json.Unmarshal}, unmarshalJSON},
		{[]any{xml.Marshal, xml.MarshalIndent}, marshalXML},
		{[]any{xml.Unmarshal}, unmarshalXML},
	}

	m := optionalWrappers()
	for _, row := range table {
		for _, f := range row.funcs {
			m[reflect.ValueOf(f)] = row.types
		}
	}
	return m
}

// interfaces returns the interface types pointed to by ptrs, each given as a
// nil pointer to an interface type.
func interfaces(ptrs ...any) []reflect.Type {
	types := make([]reflect.Type, len(ptrs))
	for i, p := range ptrs {
		types[i] = reflect.TypeOf(p).Elem()
	}
	return types
}

func init() {
	Symbols["."] = map[string]reflect.Value{
		"MapTypes": reflect.ValueOf(mapTypes()),
	}
}
