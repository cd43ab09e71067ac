#include "ByteClassifier.h"
#include <string.h>

// One byte at a time: other processors, and the reference the vector code is tested against.
static void classify_scalar(const uint8_t *p, size_t blocks, uint8_t delimiter, bc_block *out) {
    for (size_t b = 0; b < blocks; b++, p += 64) {
        uint64_t s = 0, g = 0, a = 0, h = 0, f = 0, colons = 0;
        for (unsigned k = 0; k < 64; k++) {
            uint8_t c = p[k];
            uint64_t bit = (uint64_t)1 << k;
            if (c == delimiter || c == '\n') s |= bit;
            if ((uint8_t)(c - '0') <= 9) g |= bit;
            if (c == '@') a |= bit;
            if (c == ':') colons |= bit;
            if ((c & 0xF0) == 0xE0) h |= bit;
            if (c == 0xEF || c == 0xE2) f |= bit;
        }
        out[b] = (bc_block){ s, g, g | a, g | a | h | colons, f };
    }
}

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>

// SSE2 is part of every x86-64 processor: 16 bytes per compare.
static void classify_sse2(const uint8_t *p, size_t blocks, uint8_t delimiter, bc_block *out) {
    const __m128i d = _mm_set1_epi8((char)delimiter), nl = _mm_set1_epi8('\n'), at = _mm_set1_epi8('@'), colon = _mm_set1_epi8(':');
    const __m128i zero = _mm_set1_epi8('0'), nine = _mm_set1_epi8(9);
    const __m128i highNibble = _mm_set1_epi8((char)0xF0), lead3 = _mm_set1_epi8((char)0xE0);
    const __m128i fullwidth = _mm_set1_epi8((char)0xEF), dashes = _mm_set1_epi8((char)0xE2);
    for (size_t b = 0; b < blocks; b++, p += 64) {
        uint64_t s = 0, g = 0, a = 0, h = 0, f = 0;
        for (int k = 0; k < 4; k++) {
            __m128i v = _mm_loadu_si128((const __m128i *)(p + 16 * k));
            __m128i x = _mm_sub_epi8(v, zero);
            // Unsigned x <= 9: min(x, 9) == x.
            __m128i digit = _mm_cmpeq_epi8(_mm_min_epu8(x, nine), x);
            __m128i sep = _mm_or_si128(_mm_cmpeq_epi8(v, d), _mm_cmpeq_epi8(v, nl));
            __m128i hanOrColon = _mm_or_si128(_mm_cmpeq_epi8(_mm_and_si128(v, highNibble), lead3), _mm_cmpeq_epi8(v, colon));
            unsigned shift = 16 * k;
            s |= (uint64_t)(uint16_t)_mm_movemask_epi8(sep) << shift;
            g |= (uint64_t)(uint16_t)_mm_movemask_epi8(digit) << shift;
            a |= (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(v, at)) << shift;
            h |= (uint64_t)(uint16_t)_mm_movemask_epi8(hanOrColon) << shift;
            f |= (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, fullwidth), _mm_cmpeq_epi8(v, dashes))) << shift;
        }
        out[b] = (bc_block){ s, g, g | a, g | a | h, f };
    }
}

// The same with AVX2, 32 bytes per compare, where the processor has it.
__attribute__((target("avx2")))
static void classify_avx2(const uint8_t *p, size_t blocks, uint8_t delimiter, bc_block *out) {
    const __m256i d = _mm256_set1_epi8((char)delimiter), nl = _mm256_set1_epi8('\n'), at = _mm256_set1_epi8('@'), colon = _mm256_set1_epi8(':');
    const __m256i zero = _mm256_set1_epi8('0'), nine = _mm256_set1_epi8(9);
    const __m256i highNibble = _mm256_set1_epi8((char)0xF0), lead3 = _mm256_set1_epi8((char)0xE0);
    const __m256i fullwidth = _mm256_set1_epi8((char)0xEF), dashes = _mm256_set1_epi8((char)0xE2);
    for (size_t b = 0; b < blocks; b++, p += 64) {
        uint64_t s = 0, g = 0, a = 0, h = 0, f = 0;
        for (int k = 0; k < 2; k++) {
            __m256i v = _mm256_loadu_si256((const __m256i *)(p + 32 * k));
            __m256i x = _mm256_sub_epi8(v, zero);
            __m256i digit = _mm256_cmpeq_epi8(_mm256_min_epu8(x, nine), x);
            __m256i sep = _mm256_or_si256(_mm256_cmpeq_epi8(v, d), _mm256_cmpeq_epi8(v, nl));
            __m256i hanOrColon = _mm256_or_si256(_mm256_cmpeq_epi8(_mm256_and_si256(v, highNibble), lead3), _mm256_cmpeq_epi8(v, colon));
            unsigned shift = 32 * k;
            s |= (uint64_t)(uint32_t)_mm256_movemask_epi8(sep) << shift;
            g |= (uint64_t)(uint32_t)_mm256_movemask_epi8(digit) << shift;
            a |= (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, at)) << shift;
            h |= (uint64_t)(uint32_t)_mm256_movemask_epi8(hanOrColon) << shift;
            f |= (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_or_si256(_mm256_cmpeq_epi8(v, fullwidth), _mm256_cmpeq_epi8(v, dashes))) << shift;
        }
        out[b] = (bc_block){ s, g, g | a, g | a | h, f };
    }
}

#endif

int bc_best_level(void) {
#if defined(__x86_64__) || defined(__i386__)
    // 0 unknown. Every thread computes the same answer, so a race is harmless.
    static int level = 0;
    int l = __atomic_load_n(&level, __ATOMIC_RELAXED);
    if (l == 0) {
        __builtin_cpu_init();
        l = __builtin_cpu_supports("avx2") ? BC_AVX2 : BC_SSE2;
        __atomic_store_n(&level, l, __ATOMIC_RELAXED);
    }
    return l;
#else
    return BC_SCALAR;
#endif
}

static void classify_blocks(int level, const uint8_t *p, size_t blocks, uint8_t delimiter, bc_block *out) {
#if defined(__x86_64__) || defined(__i386__)
    if (level == BC_AVX2) { classify_avx2(p, blocks, delimiter, out); return; }
    if (level == BC_SSE2) { classify_sse2(p, blocks, delimiter, out); return; }
#endif
    classify_scalar(p, blocks, delimiter, out);
}

static void classify(int level, const uint8_t *bytes, size_t count, uint8_t delimiter, bc_block *blocks) {
    size_t whole = count / 64;
    // Workbook and page cells come one by one, most shorter than a block: no call for nothing.
    if (whole) classify_blocks(level, bytes, whole, delimiter, blocks);
    size_t rest = count % 64;
    if (rest) {
        // The last, partial block from a zero-padded copy: nothing past `count` is read, and a
        // zero byte belongs to no class (unless the delimiter is 0, which no sniffer chooses).
        uint8_t tail[64] = {0};
        memcpy(tail, bytes + 64 * whole, rest);
        classify_blocks(level, tail, 1, delimiter, blocks + whole);
        uint64_t valid = ((uint64_t)1 << rest) - 1;
        bc_block *last = blocks + whole;
        last->separators &= valid;
        last->digits &= valid;
        last->candidates &= valid;
        last->candidatesAndHan &= valid;
        last->foldLeads &= valid;
    }
}

void bc_classify(const uint8_t *bytes, size_t count, uint8_t delimiter, bc_block *blocks) {
    classify(bc_best_level(), bytes, count, delimiter, blocks);
}

void bc_classify_at(int level, const uint8_t *bytes, size_t count, uint8_t delimiter, bc_block *blocks) {
    int best = bc_best_level();
    classify(level > best ? best : level, bytes, count, delimiter, blocks);
}
