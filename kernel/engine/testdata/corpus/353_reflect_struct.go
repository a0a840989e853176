//go:build ignore

package main

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type ServerConfig struct {
	Host    string  `env:"HOST" default:"localhost"`
	Port    int     `env:"PORT" default:"8080"`
	Debug   bool    `env:"DEBUG"`
	Ratio   float64 `env:"RATIO" default:"0.5"`
	Name    string
	secret  string
	Workers uint8 `env:"WORKERS" default:"4"`
}

func (c ServerConfig) Addr() string { return c.Host + ":" + strconv.Itoa(c.Port) }
func (c *ServerConfig) Reset()      { *c = ServerConfig{} }

func load(dst any, env map[string]string) error {
	v := reflect.ValueOf(dst)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return errors.New("load: need a pointer to a struct")
	}
	v = v.Elem()
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		key, ok := f.Tag.Lookup("env")
		if !ok || !f.IsExported() {
			continue
		}
		raw, present := env[key]
		if !present {
			raw = f.Tag.Get("default")
		}
		if raw == "" {
			continue
		}
		fv := v.Field(i)
		switch fv.Kind() {
		case reflect.String:
			fv.SetString(raw)
		case reflect.Int, reflect.Int64:
			n, err := strconv.ParseInt(raw, 10, 64)
			if err != nil {
				return fmt.Errorf("field %s: %w", f.Name, err)
			}
			fv.SetInt(n)
		case reflect.Uint8:
			n, err := strconv.ParseUint(raw, 10, 8)
			if err != nil {
				return fmt.Errorf("field %s: %w", f.Name, err)
			}
			fv.SetUint(n)
		case reflect.Bool:
			b, err := strconv.ParseBool(raw)
			if err != nil {
				return fmt.Errorf("field %s: %w", f.Name, err)
			}
			fv.SetBool(b)
		case reflect.Float64:
			x, err := strconv.ParseFloat(raw, 64)
			if err != nil {
				return fmt.Errorf("field %s: %w", f.Name, err)
			}
			fv.SetFloat(x)
		}
	}
	return nil
}

func describe(x any) string {
	t := reflect.TypeOf(x)
	var parts []string
	for i := range t.NumField() {
		f := t.Field(i)
		parts = append(parts, fmt.Sprintf("%s:%s", f.Name, f.Type))
	}
	return fmt.Sprintf("%s (%s, %d fields) {%s}", t.Name(), t.Kind(), t.NumField(), strings.Join(parts, " "))
}

func main() {
	var cfg ServerConfig
	err := load(&cfg, map[string]string{"PORT": "9090", "DEBUG": "true"})
	fmt.Printf("%+v %v\n", cfg, err)
	fmt.Println(cfg.Addr())
	err = load(&cfg, map[string]string{"WORKERS": "300"})
	fmt.Println("error:", err)
	fmt.Println(load(cfg, nil))
	fmt.Println(describe(cfg))

	t := reflect.TypeOf(&cfg)
	for i := range t.NumMethod() {
		fmt.Println("method", t.Method(i).Name)
	}
	fmt.Println(reflect.TypeOf(cfg).NumMethod(), t.Elem().Name(), t.Kind(), t.String())
	m := reflect.ValueOf(cfg).MethodByName("Addr")
	fmt.Println(m.Call(nil)[0])
	reflect.ValueOf(&cfg).MethodByName("Reset").Call(nil)
	fmt.Printf("%+v\n", cfg)
	fmt.Println(reflect.DeepEqual(cfg, ServerConfig{}), reflect.DeepEqual([]int{1}, []int{1}))
	fv, _ := reflect.TypeOf(cfg).FieldByName("Ratio")
	fmt.Println(fv.Tag, fv.Index, fv.Type.Kind() == reflect.Float64)
}
