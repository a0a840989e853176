package notebook

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// ReadFile reads the notebook in file name.
func ReadFile(name string) (*Notebook, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("notebook: %w", err)
	}
	nb, err := Unmarshal(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return nb, nil
}

// WriteFile writes nb to file name as [Marshal] encodes it. An existing
// file is replaced by renaming a temporary file written in the same
// directory, so that name holds either the old or the new notebook, never a
// part of one, and its permissions are kept; a new file is created with
// mode 0644 (before the umask). A symbolic link is followed.
func WriteFile(name string, nb *Notebook) (err error) {
	data, err := Marshal(nb)
	if err != nil {
		return err
	}
	if target, err := filepath.EvalSymlinks(name); err == nil {
		name = target // replace the file a link points to, not the link
	}
	fi, err := os.Stat(name)
	if errors.Is(err, fs.ErrNotExist) {
		if err := os.WriteFile(name, data, 0o644); err != nil {
			return fmt.Errorf("notebook: %w", err)
		}
		return nil
	}
	if err != nil {
		return fmt.Errorf("notebook: %w", err)
	}
	f, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*.tmp")
	if err != nil {
		return fmt.Errorf("notebook: %w", err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err := f.Write(data); err != nil {
		return fmt.Errorf("notebook: write %s: %w", name, err)
	}
	if err := f.Chmod(fi.Mode().Perm()); err != nil {
		return fmt.Errorf("notebook: write %s: %w", name, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("notebook: write %s: %w", name, err)
	}
	if err := os.Rename(f.Name(), name); err != nil {
		return fmt.Errorf("notebook: write %s: %w", name, err)
	}
	return nil
}
