;; The pipeline's two hottest loops in WebAssembly SIMD: a 3x3 cross-correlation (stride 1,
;; any dilation) with the seed's ReLU, and 2x2 pooling with stride 2. Each computes two
;; neighbouring output cells at once in the two lanes of an f64x2.
;;
;; Every lane does exactly the operations the JavaScript loops do, in the same order (numpy's
;; pairwise sum of 9 products, "/ divisor + bias", (|v| + v) / 2, "a > b ? a : b"), so the
;; results are bit-identical to them and to the seed: SIMD changes how many cells one
;; instruction handles, not the arithmetic. Addresses and widths are in bytes and cells of
;; row-major float64 matrices in this module's memory; src/core/wasmStages.ts lays them out.
;;
;; Assembled by scripts/buildWasm.ts into src/core/wasmBytes.ts (a test checks it is current).
(module
  (memory (export "memory") 1)

  ;; feature[r][c] = (sum over i, j of x[r + i*d][c + j*d] * k[i][j]) / div + bias,
  ;; for r < outH, c < outW (outW >= 2); when $relu is 1, also relu[r][c] = (|f| + f) / 2.
  (func (export "conv3x3")
    (param $x i32) (param $xw i32) (param $d i32) (param $k i32)
    (param $outH i32) (param $outW i32) (param $div f64) (param $bias f64)
    (param $feature i32) (param $relu i32) (param $reluOut i32)
    (local $w0 v128) (local $w1 v128) (local $w2 v128) (local $w3 v128) (local $w4 v128)
    (local $w5 v128) (local $w6 v128) (local $w7 v128) (local $w8 v128)
    (local $vdiv v128) (local $vbias v128) (local $two v128) (local $s v128)
    (local $r i32) (local $c i32) (local $last i32) (local $rowBytes i32) (local $tapRow i32)
    (local $d1 i32) (local $d2 i32) (local $q0 i32) (local $q1 i32) (local $q2 i32) (local $o i32)
    (local.set $w0 (f64x2.splat (f64.load offset=0 (local.get $k))))
    (local.set $w1 (f64x2.splat (f64.load offset=8 (local.get $k))))
    (local.set $w2 (f64x2.splat (f64.load offset=16 (local.get $k))))
    (local.set $w3 (f64x2.splat (f64.load offset=24 (local.get $k))))
    (local.set $w4 (f64x2.splat (f64.load offset=32 (local.get $k))))
    (local.set $w5 (f64x2.splat (f64.load offset=40 (local.get $k))))
    (local.set $w6 (f64x2.splat (f64.load offset=48 (local.get $k))))
    (local.set $w7 (f64x2.splat (f64.load offset=56 (local.get $k))))
    (local.set $w8 (f64x2.splat (f64.load offset=64 (local.get $k))))
    (local.set $vdiv (f64x2.splat (local.get $div)))
    (local.set $vbias (f64x2.splat (local.get $bias)))
    (local.set $two (f64x2.splat (f64.const 2)))
    (local.set $rowBytes (i32.shl (local.get $xw) (i32.const 3)))
    (local.set $tapRow (i32.mul (local.get $d) (local.get $rowBytes)))
    (local.set $d1 (i32.shl (local.get $d) (i32.const 3)))
    (local.set $d2 (i32.shl (local.get $d) (i32.const 4)))
    ;; An odd width ends with the pair (outW - 2, outW - 1): one cell is computed twice, alike.
    (local.set $last (i32.sub (local.get $outW) (i32.const 2)))
    (block $rowsDone
      (loop $rows
        (br_if $rowsDone (i32.ge_u (local.get $r) (local.get $outH)))
        (local.set $c (i32.const 0))
        (block $colsDone
          (loop $cols
            ;; q0, q1, q2: the window's three tap rows at column c.
            (local.set $q0
              (i32.add (local.get $x)
                (i32.add (i32.mul (local.get $r) (local.get $rowBytes))
                  (i32.shl (local.get $c) (i32.const 3)))))
            (local.set $q1 (i32.add (local.get $q0) (local.get $tapRow)))
            (local.set $q2 (i32.add (local.get $q1) (local.get $tapRow)))
            ;; ((p0 + p1) + (p2 + p3)) + ((p4 + p5) + (p6 + p7)), then + p8: numpy's order.
            (local.set $s
              (f64x2.add
                (f64x2.add
                  (f64x2.add
                    (f64x2.add
                      (f64x2.mul (v128.load (local.get $q0)) (local.get $w0))
                      (f64x2.mul (v128.load (i32.add (local.get $q0) (local.get $d1))) (local.get $w1)))
                    (f64x2.add
                      (f64x2.mul (v128.load (i32.add (local.get $q0) (local.get $d2))) (local.get $w2))
                      (f64x2.mul (v128.load (local.get $q1)) (local.get $w3))))
                  (f64x2.add
                    (f64x2.add
                      (f64x2.mul (v128.load (i32.add (local.get $q1) (local.get $d1))) (local.get $w4))
                      (f64x2.mul (v128.load (i32.add (local.get $q1) (local.get $d2))) (local.get $w5)))
                    (f64x2.add
                      (f64x2.mul (v128.load (local.get $q2)) (local.get $w6))
                      (f64x2.mul (v128.load (i32.add (local.get $q2) (local.get $d1))) (local.get $w7)))))
                (f64x2.mul (v128.load (i32.add (local.get $q2) (local.get $d2))) (local.get $w8))))
            (local.set $s (f64x2.add (f64x2.div (local.get $s) (local.get $vdiv)) (local.get $vbias)))
            (local.set $o
              (i32.shl (i32.add (i32.mul (local.get $r) (local.get $outW)) (local.get $c))
                (i32.const 3)))
            (v128.store (i32.add (local.get $feature) (local.get $o)) (local.get $s))
            (if (local.get $relu)
              (then
                (v128.store (i32.add (local.get $reluOut) (local.get $o))
                  (f64x2.div (f64x2.add (f64x2.abs (local.get $s)) (local.get $s)) (local.get $two)))))
            (br_if $colsDone (i32.ge_s (local.get $c) (local.get $last)))
            (local.set $c (i32.add (local.get $c) (i32.const 2)))
            (if (i32.gt_s (local.get $c) (local.get $last))
              (then (local.set $c (local.get $last))))
            (br $cols)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rows))))

  ;; 2x2 windows with stride 2 over x (width xw): out[r][c] for r < rows, c < cols (cols >= 2),
  ;; out's rows being outW cells apart. Max when $isMax is 1: for a window [a b; d e],
  ;; (a > b ? a : b) then the larger of the two rows the same way; else ((a + b) + d + e) / 4.
  (func (export "pool2x2")
    (param $x i32) (param $xw i32) (param $rows i32) (param $cols i32)
    (param $out i32) (param $outW i32) (param $isMax i32)
    (local $r i32) (local $c i32) (local $last i32) (local $rowBytes i32)
    (local $p i32) (local $o i32)
    (local $a v128) (local $b v128) (local $top v128) (local $bottom v128)
    (local $topL v128) (local $topR v128) (local $botL v128) (local $botR v128)
    (local.set $rowBytes (i32.shl (local.get $xw) (i32.const 3)))
    (local.set $last (i32.sub (local.get $cols) (i32.const 2)))
    (block $rowsDone
      (loop $rows
        (br_if $rowsDone (i32.ge_u (local.get $r) (local.get $rows)))
        (local.set $c (i32.const 0))
        (block $colsDone
          (loop $cols
            ;; The windows of output cells c and c + 1 start at input columns 2c and 2c + 2.
            (local.set $p
              (i32.add (local.get $x)
                (i32.add (i32.mul (i32.shl (local.get $r) (i32.const 1)) (local.get $rowBytes))
                  (i32.shl (local.get $c) (i32.const 4)))))
            ;; Left and right columns of both windows: [x[2c], x[2c+2]] and [x[2c+1], x[2c+3]].
            (local.set $a (v128.load (local.get $p)))
            (local.set $b (v128.load offset=16 (local.get $p)))
            (local.set $topL (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $a) (local.get $b)))
            (local.set $topR (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $a) (local.get $b)))
            (local.set $a (v128.load (i32.add (local.get $p) (local.get $rowBytes))))
            (local.set $b (v128.load offset=16 (i32.add (local.get $p) (local.get $rowBytes))))
            (local.set $botL (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $a) (local.get $b)))
            (local.set $botR (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $a) (local.get $b)))
            (local.set $o
              (i32.add (local.get $out)
                (i32.shl (i32.add (i32.mul (local.get $r) (local.get $outW)) (local.get $c))
                  (i32.const 3))))
            (if (local.get $isMax)
              (then
                ;; pmax(y, x) is "y < x ? x : y", that is "x > y ? x : y".
                (local.set $top (f64x2.pmax (local.get $topR) (local.get $topL)))
                (local.set $bottom (f64x2.pmax (local.get $botR) (local.get $botL)))
                (v128.store (local.get $o) (f64x2.pmax (local.get $bottom) (local.get $top))))
              (else
                (v128.store (local.get $o)
                  (f64x2.div
                    (f64x2.add
                      (f64x2.add (f64x2.add (local.get $topL) (local.get $topR)) (local.get $botL))
                      (local.get $botR))
                    (f64x2.splat (f64.const 4))))))
            (br_if $colsDone (i32.ge_s (local.get $c) (local.get $last)))
            (local.set $c (i32.add (local.get $c) (i32.const 2)))
            (if (i32.gt_s (local.get $c) (local.get $last))
              (then (local.set $c (local.get $last))))
            (br $cols)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rows)))))
