package fieldtype

import (
	"reflect"
	"testing"
)

type placeholder struct{}

func TestSet(t *testing.T) {
	st := reflect.StructOf([]reflect.StructField{
		{Name: "Name", Type: reflect.TypeOf("")},
		{Name: "Hooks", Type: reflect.TypeOf([]func(*placeholder){})},
	})
	want := reflect.SliceOf(reflect.TypeOf(func(int) {}))
	if err := Set(st, 1, want); err != nil {
		t.Fatalf("Set: %v", err)
	}
	if got := st.Field(1).Type; got != want {
		t.Errorf("got field type %v, want %v", got, want)
	}
	arr := reflect.StructOf([]reflect.StructField{
		{Name: "Fs", Type: reflect.TypeOf([2]func(*placeholder){})},
	})
	if err := Set(arr, 0, reflect.TypeOf([2]func(int){})); err != nil {
		t.Errorf("Set of an array of funcs: %v", err)
	}
	v := reflect.New(st).Elem()
	v.Field(1).Set(reflect.ValueOf([]func(int){func(int) {}}))
	if got := v.Field(1).Len(); got != 1 {
		t.Errorf("got len %d, want 1", got)
	}
}

func TestSetRefuses(t *testing.T) {
	st := reflect.StructOf([]reflect.StructField{
		{Name: "A", Type: reflect.TypeOf(0)},
		{Name: "B", Type: reflect.TypeOf(map[int]func(){})},
	})
	tests := []struct {
		name string
		st   reflect.Type
		i    int
		t    reflect.Type
	}{
		{"not a struct", reflect.TypeOf(0), 0, reflect.TypeOf(0)},
		{"no such field", st, 2, reflect.TypeOf(map[int]int{})},
		{"other kind", st, 1, reflect.TypeOf([]int{})},
		{"not a reference kind", st, 0, reflect.TypeOf(1)},
		{"arrays of other lengths", reflect.StructOf([]reflect.StructField{
			{Name: "A", Type: reflect.TypeOf([2]func(){})},
		}), 0, reflect.TypeOf([3]func(){})},
	}
	for _, tt := range tests {
		if err := Set(tt.st, tt.i, tt.t); err == nil {
			t.Errorf("%s: got no error, want one", tt.name)
		}
	}
}
