//go:build amd64 && !purego

#include "textflag.h"

// func addLanesAVX2(dst, src *int64, n int)
// dst[i] += src[i] for i < n; n > 0 and a multiple of 4.
TEXT ·addLanesAVX2(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX
addloop:
	VMOVDQU (SI), Y0
	VPADDQ  (DI), Y0, Y0
	VMOVDQU Y0, (DI)
	ADDQ    $32, SI
	ADDQ    $32, DI
	SUBQ    $4, CX
	JNZ     addloop
	VZEROUPPER
	RET

// func subLanesAVX2(dst, src *int64, n int)
// dst[i] -= src[i] for i < n; n > 0 and a multiple of 4.
TEXT ·subLanesAVX2(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX
subloop:
	VMOVDQU (DI), Y0
	VPSUBQ  (SI), Y0, Y0
	VMOVDQU Y0, (DI)
	ADDQ    $32, SI
	ADDQ    $32, DI
	SUBQ    $4, CX
	JNZ     subloop
	VZEROUPPER
	RET
