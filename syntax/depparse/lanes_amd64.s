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

// addDenseAVX2 and subDenseAVX2: for each run of 16 lanes (then of 4), the run of dst is held in
// registers while every row's run is added (subtracted), and stored once.

// func addDenseAVX2(dst, src *int64, offs *int32, nrows, nlanes int)
// dst[j] += src[offs[r]+j] for every r < nrows and j < nlanes; nrows > 0, nlanes a multiple of 4.
TEXT ·addDenseAVX2(SB), NOSPLIT, $0-40
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ offs+16(FP), R8
	MOVQ nrows+24(FP), R9
	MOVQ nlanes+32(FP), CX
	XORQ R10, R10
add16:
	CMPQ CX, $16
	JLT  add4
	VMOVDQU 0(DI)(R10*1), Y0
	VMOVDQU 32(DI)(R10*1), Y1
	VMOVDQU 64(DI)(R10*1), Y2
	VMOVDQU 96(DI)(R10*1), Y3
	XORQ R11, R11
addrow16:
	MOVLQSX (R8)(R11*4), AX
	SHLQ $3, AX
	ADDQ SI, AX
	ADDQ R10, AX
	VPADDQ 0(AX), Y0, Y0
	VPADDQ 32(AX), Y1, Y1
	VPADDQ 64(AX), Y2, Y2
	VPADDQ 96(AX), Y3, Y3
	INCQ R11
	CMPQ R11, R9
	JLT  addrow16
	VMOVDQU Y0, 0(DI)(R10*1)
	VMOVDQU Y1, 32(DI)(R10*1)
	VMOVDQU Y2, 64(DI)(R10*1)
	VMOVDQU Y3, 96(DI)(R10*1)
	ADDQ $128, R10
	SUBQ $16, CX
	JMP  add16
add4:
	CMPQ CX, $4
	JLT  adddone
	VMOVDQU 0(DI)(R10*1), Y0
	XORQ R11, R11
addrow4:
	MOVLQSX (R8)(R11*4), AX
	SHLQ $3, AX
	ADDQ SI, AX
	ADDQ R10, AX
	VPADDQ 0(AX), Y0, Y0
	INCQ R11
	CMPQ R11, R9
	JLT  addrow4
	VMOVDQU Y0, 0(DI)(R10*1)
	ADDQ $32, R10
	SUBQ $4, CX
	JMP  add4
adddone:
	VZEROUPPER
	RET

// func subDenseAVX2(dst, src *int64, offs *int32, nrows, nlanes int)
// dst[j] -= src[offs[r]+j] for every r < nrows and j < nlanes; nrows > 0, nlanes a multiple of 4.
TEXT ·subDenseAVX2(SB), NOSPLIT, $0-40
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ offs+16(FP), R8
	MOVQ nrows+24(FP), R9
	MOVQ nlanes+32(FP), CX
	XORQ R10, R10
sub16:
	CMPQ CX, $16
	JLT  sub4
	VMOVDQU 0(DI)(R10*1), Y0
	VMOVDQU 32(DI)(R10*1), Y1
	VMOVDQU 64(DI)(R10*1), Y2
	VMOVDQU 96(DI)(R10*1), Y3
	XORQ R11, R11
subrow16:
	MOVLQSX (R8)(R11*4), AX
	SHLQ $3, AX
	ADDQ SI, AX
	ADDQ R10, AX
	VPSUBQ 0(AX), Y0, Y0
	VPSUBQ 32(AX), Y1, Y1
	VPSUBQ 64(AX), Y2, Y2
	VPSUBQ 96(AX), Y3, Y3
	INCQ R11
	CMPQ R11, R9
	JLT  subrow16
	VMOVDQU Y0, 0(DI)(R10*1)
	VMOVDQU Y1, 32(DI)(R10*1)
	VMOVDQU Y2, 64(DI)(R10*1)
	VMOVDQU Y3, 96(DI)(R10*1)
	ADDQ $128, R10
	SUBQ $16, CX
	JMP  sub16
sub4:
	CMPQ CX, $4
	JLT  subdone
	VMOVDQU 0(DI)(R10*1), Y0
	XORQ R11, R11
subrow4:
	MOVLQSX (R8)(R11*4), AX
	SHLQ $3, AX
	ADDQ SI, AX
	ADDQ R10, AX
	VPSUBQ 0(AX), Y0, Y0
	INCQ R11
	CMPQ R11, R9
	JLT  subrow4
	VMOVDQU Y0, 0(DI)(R10*1)
	ADDQ $32, R10
	SUBQ $4, CX
	JMP  sub4
subdone:
	VZEROUPPER
	RET
