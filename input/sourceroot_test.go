package input

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestSourceRelativeToLoadedFolder (nu20 A13): files of one name in two folders of a loaded
// directory keep their path below it as Article.Source (mine/s13.txt, v2/s13.txt); a file
// named itself keeps its name alone.
func TestSourceRelativeToLoadedFolder(t *testing.T) {
	root := t.TempDir()
	for _, p := range []string{"mine/s13.txt", "v2/s13.txt"} {
		if err := os.MkdirAll(filepath.Join(root, filepath.Dir(p)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(root, p), []byte("Japan lodged a protest with China, officials said. "+p), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	read := func(paths ...string) {
		err := Read(context.Background(), paths, nil, func(d Document, err error) error {
			if err != nil {
				return err
			}
			c, err := testCleaner(t).Clean(d)
			if err != nil {
				return err
			}
			got = append(got, c.Article.Source)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	read(root)
	read(filepath.Join(root, "v2", "s13.txt"))
	if want := []string{"mine/s13.txt", "v2/s13.txt", "s13.txt"}; !slices.Equal(got, want) {
		t.Errorf("sources %v, want %v", got, want)
	}
}
