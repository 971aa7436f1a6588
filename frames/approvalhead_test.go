package frames

import "testing"

// TestApprovalHeads: a block is one of approval only when its head entry is coded CAMEO 05
// (CAMEO.2.0.txt "SUPPORT [050]", "ACCLAIM [051]"); CONFIRM [---] holds AFFIRM [051] but its
// patterns ("- * REJECTION" [110]) are written for REAFFIRM's sense (dropNonApprovalHeads).
func TestApprovalHeads(t *testing.T) {
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for b, want := range map[string]bool{"SUPPORT": true, "ACCLAIM": true, "FAVOR": true, "REASSERT": true, "CONFIRM": false} {
		if got := lx.approval[b]; got != want {
			t.Errorf("approval[%s] = %v, want %v", b, got, want)
		}
	}
}
