// Byte classes of a stretch of text as bit masks, 64 bytes at a time: the one hot loop leakscan
// writes in C, because Swift has no portable way to turn a vector compare into a bit mask
// (SSE2's pmovmskb), which is what makes the pass cost a fraction of a cycle per byte.
#ifndef LEAKSCAN_BYTE_CLASSIFIER_H
#define LEAKSCAN_BYTE_CLASSIFIER_H

#include <stddef.h>
#include <stdint.h>

/// The classes of one 64-byte block: bit k stands for byte k of the block.
typedef struct {
    /// The field delimiter or a line feed.
    uint64_t separators;
    /// ASCII digits 0-9.
    uint64_t digits;
    /// Where a value may start: digits and `@`.
    uint64_t candidates;
    /// The same, the lead bytes of three-byte UTF-8 characters (0xE0-0xEF): Chinese text, and
    /// `:`, where a key may end before a value of letters (`Name: Li Xinyi`), for when some
    /// detector looks at words.
    uint64_t candidatesAndHan;
    /// 0xEF and 0xE2, the lead bytes of the fullwidth forms (U+FF00-FFEF) and of the dashes
    /// (U+2010-2015, U+2212): where digits or signs typed in another form than ASCII may be.
    uint64_t foldLeads;
} bc_block;

/// Classifies `count` bytes from `bytes` into `(count + 63) / 64` blocks; bits past `count` in
/// the last block are 0. Reads no byte past `count`.
void bc_classify(const uint8_t *bytes, size_t count, uint8_t delimiter, bc_block *blocks);

/// Implementations: one byte at a time, SSE2 (every x86-64 processor), AVX2.
enum { BC_SCALAR = 1, BC_SSE2 = 2, BC_AVX2 = 3 };

/// The best implementation this processor runs.
int bc_best_level(void);

/// `bc_classify` with the implementation `level`, or the best below it the processor runs: for
/// tests, which hold each against the others.
void bc_classify_at(int level, const uint8_t *bytes, size_t count, uint8_t delimiter, bc_block *blocks);

#endif
