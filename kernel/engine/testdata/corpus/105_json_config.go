//go:build ignore

package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

type Duration time.Duration

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("duration must be a string: %w", err)
	}
	v, err := time.ParseDuration(s)
	*d = Duration(v)
	return err
}

type DB struct {
	Host     string `json:"host"`
	Port     int    `json:"port"`
	User     string `json:"user"`
	Password string `json:"password,omitempty"`
}

type Config struct {
	Name     string            `json:"name"`
	Debug    bool              `json:"debug"`
	Timeout  Duration          `json:"timeout"`
	DB       DB                `json:"db"`
	Features []string          `json:"features"`
	Limits   map[string]int    `json:"limits"`
	Labels   map[string]string `json:"labels,omitempty"`
}

func defaults() Config {
	return Config{Name: "app", Timeout: Duration(5 * time.Second), DB: DB{Host: "localhost", Port: 5432}}
}

func (c Config) Validate() error {
	var errs []error
	if c.DB.Port <= 0 || c.DB.Port > 65535 {
		errs = append(errs, fmt.Errorf("db.port %d out of range", c.DB.Port))
	}
	if c.DB.User == "" {
		errs = append(errs, errors.New("db.user is required"))
	}
	return errors.Join(errs...)
}

func Load(path string) (Config, error) {
	cfg := defaults()
	f, err := os.Open(path)
	if err != nil {
		return cfg, fmt.Errorf("load config: %w", err)
	}
	defer f.Close()
	dec := json.NewDecoder(f)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		return cfg, fmt.Errorf("load config %s: %w", filepath.Base(path), err)
	}
	return cfg, cfg.Validate()
}

func main() {
	dir, err := os.MkdirTemp("", "cfg")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(body), 0o600)
		return p
	}
	good := write("good.json", `{
  "name": "billing",
  "debug": true,
  "timeout": "1m30s",
  "db": {"host": "db.internal", "port": 6543, "user": "svc"},
  "features": ["invoices", "refunds"],
  "limits": {"rps": 100, "burst": 20}
}`)
	cfg, err := Load(good)
	fmt.Println("err:", err)
	fmt.Printf("%s debug=%v timeout=%v\n", cfg.Name, cfg.Debug, time.Duration(cfg.Timeout))
	fmt.Printf("%+v\n", cfg.DB)
	fmt.Println(cfg.Features, cfg.Limits["rps"], cfg.Limits["burst"], cfg.Labels == nil)

	partial := write("partial.json", `{"db": {"port": 70000}}`)
	cfg, err = Load(partial)
	fmt.Printf("name=%s host=%s timeout=%v\n", cfg.Name, cfg.DB.Host, time.Duration(cfg.Timeout))
	fmt.Println("err:", strings.ReplaceAll(err.Error(), "\n", " | "))

	_, err = Load(write("unknown.json", `{"nmae": "typo"}`))
	fmt.Println("err:", err)
	_, err = Load(write("badtime.json", `{"timeout": 5}`))
	fmt.Println("err:", err)
	_, err = Load(filepath.Join(dir, "missing.json"))
	fmt.Println("not exist:", errors.Is(err, os.ErrNotExist))
	out, _ := json.MarshalIndent(defaults().DB, "", "  ")
	fmt.Println(string(out))
}
