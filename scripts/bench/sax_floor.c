/*
 * The floor for reading a workbook's cells: inflate + libxml2 SAX2 with empty callbacks.
 * Part of scripts/benchmark_xlsx.sh (a measurement, not a test).
 *
 *   sax_floor zip BOOK.xlsx     inflate every worksheet (xl/worksheets/NAME.xml) and xl/sharedStrings.xml
 *                               with zlib and push it through libxml2's SAX2 push parser
 *   sax_floor xml FILE.xml...   push already-inflated XML files through the same parser
 *
 * Prints one line: "<bytes of XML> <seconds>" (monotonic clock, the whole work after argument
 * parsing, file reading included). Exit status 1 on a zip, inflate or XML error.
 *
 * Build: gcc -O2 sax_floor.c $(pkg-config --cflags --libs libxml-2.0) -lz -o sax_floor
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <zlib.h>

#define CHUNK (256 * 1024)

static void on_start(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                     int nb_namespaces, const xmlChar **namespaces, int nb_attributes, int nb_defaulted,
                     const xmlChar **attributes) {
    (void)ctx; (void)localname; (void)prefix; (void)uri; (void)nb_namespaces; (void)namespaces;
    (void)nb_attributes; (void)nb_defaulted; (void)attributes;
}
static void on_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri) {
    (void)ctx; (void)localname; (void)prefix; (void)uri;
}
static void on_chars(void *ctx, const xmlChar *ch, int len) { (void)ctx; (void)ch; (void)len; }

static xmlSAXHandler handler;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

/* A push parser fed chunk by chunk. */
typedef struct { xmlParserCtxtPtr ctxt; const char *name; int failed; } Sax;

static void sax_begin(Sax *s, const char *name) {
    s->name = name;
    s->failed = 0;
    s->ctxt = xmlCreatePushParserCtxt(&handler, NULL, NULL, 0, name);
    if (!s->ctxt) { fprintf(stderr, "%s: cannot create a parser\n", name); exit(1); }
    xmlCtxtUseOptions(s->ctxt, XML_PARSE_NONET);
}

static void sax_push(Sax *s, const char *buf, size_t n, int last) {
    if (xmlParseChunk(s->ctxt, buf, (int)n, last) != 0 && !s->failed) {
        fprintf(stderr, "%s: XML error\n", s->name);
        s->failed = 1;
    }
}

static int sax_end(Sax *s) {
    int ok = !s->failed && s->ctxt->wellFormed;
    xmlFreeParserCtxt(s->ctxt);
    return ok;
}

static uint16_t u16(const unsigned char *p) { return (uint16_t)(p[0] | p[1] << 8); }
static uint32_t u32(const unsigned char *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24; }
static uint64_t u64(const unsigned char *p) { return (uint64_t)u32(p) | (uint64_t)u32(p + 4) << 32; }

static int wanted(const char *name, size_t len) {
    static const char ws[] = "xl/worksheets/", sst[] = "xl/sharedStrings.xml";
    if (len == sizeof sst - 1 && memcmp(name, sst, len) == 0) return 1;
    if (len > sizeof ws - 1 + 4 && memcmp(name, ws, sizeof ws - 1) == 0 && memcmp(name + len - 4, ".xml", 4) == 0
        && memchr(name + sizeof ws - 1, '/', len - (sizeof ws - 1)) == NULL) return 1;
    return 0;
}

/* Reads the zip with pread (no mmap: mapped pages of the file would count in the peak RSS). */
static int read_at(int fd, void *buf, size_t n, uint64_t off) {
    size_t done = 0;
    while (done < n) {
        ssize_t k = pread(fd, (char *)buf + done, n - done, (off_t)(off + done));
        if (k <= 0) return 0;
        done += (size_t)k;
    }
    return 1;
}

static int run_zip(const char *path, uint64_t *total) {
    int fd = open(path, O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) { perror(path); return 0; }
    uint64_t size = (uint64_t)st.st_size;
    posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    /* End of central directory (and ZIP64's, when the classic record says so), in the last 64 KiB + 98 bytes. */
    size_t tail_len = size < 65536 + 98 ? (size_t)size : 65536 + 98;
    unsigned char *tail = malloc(tail_len);
    if (size < 22 || !read_at(fd, tail, tail_len, size - tail_len)) { fprintf(stderr, "%s: not a zip\n", path); return 0; }
    size_t e = tail_len - 22;
    while (e > 0 && u32(tail + e) != 0x06054b50) e--;
    if (u32(tail + e) != 0x06054b50) { fprintf(stderr, "%s: no end of central directory\n", path); return 0; }
    uint64_t count = u16(tail + e + 10), cd_size = u32(tail + e + 12), cd = u32(tail + e + 16);
    if ((count == 0xFFFF || cd == 0xFFFFFFFF) && e >= 20 && u32(tail + e - 20) == 0x07064b50) {
        unsigned char z64[56];
        if (!read_at(fd, z64, sizeof z64, u64(tail + e - 20 + 8)) || u32(z64) != 0x06064b50) {
            fprintf(stderr, "%s: bad ZIP64 end record\n", path); return 0;
        }
        count = u64(z64 + 32);
        cd_size = u64(z64 + 40);
        cd = u64(z64 + 48);
    }
    free(tail);
    unsigned char *dir = malloc(cd_size ? cd_size : 1);
    if (!read_at(fd, dir, cd_size, cd)) { fprintf(stderr, "%s: cannot read the central directory\n", path); return 0; }
    unsigned char *in = malloc(CHUNK * 4), *out = malloc(CHUNK);
    int ok = 1;
    const unsigned char *h = dir;
    for (uint64_t i = 0; i < count && ok; i++) {
        if (u32(h) != 0x02014b50) { fprintf(stderr, "%s: bad central directory\n", path); return 0; }
        uint16_t method = u16(h + 10), nlen = u16(h + 28), xlen = u16(h + 30), clen = u16(h + 32);
        uint64_t csize = u32(h + 20), usize = u32(h + 24), off = u32(h + 42);
        const char *name = (const char *)h + 46;
        for (const unsigned char *x = h + 46 + nlen; x + 4 <= h + 46 + nlen + xlen; x += 4 + u16(x + 2)) {
            if (u16(x) != 1) continue;
            const unsigned char *v = x + 4;
            if (usize == 0xFFFFFFFF) { usize = u64(v); v += 8; }
            if (csize == 0xFFFFFFFF) { csize = u64(v); v += 8; }
            if (off == 0xFFFFFFFF) { off = u64(v); v += 8; }
        }
        h += 46 + nlen + xlen + clen;
        if (!wanted(name, nlen)) continue;
        char member[512];
        snprintf(member, sizeof member, "%.*s", (int)nlen, name);
        unsigned char lh[30];
        if (!read_at(fd, lh, 30, off) || u32(lh) != 0x04034b50) { fprintf(stderr, "%s: bad local header\n", member); ok = 0; break; }
        uint64_t pos = off + 30 + u16(lh + 26) + u16(lh + 28), left = csize;
        if (method != 0 && method != 8) { fprintf(stderr, "%s: compression method %u\n", member, method); ok = 0; break; }
        Sax s;
        sax_begin(&s, member);
        z_stream zs;
        memset(&zs, 0, sizeof zs);
        if (method == 8) inflateInit2(&zs, -15);
        int rc = Z_OK;
        while (left > 0 && rc != Z_STREAM_END && ok) {
            size_t n = left < CHUNK * 4 ? (size_t)left : CHUNK * 4;
            if (!read_at(fd, in, n, pos)) { fprintf(stderr, "%s: short read\n", member); ok = 0; break; }
            pos += n;
            left -= n;
            if (method == 0) {
                *total += n;
                sax_push(&s, (const char *)in, n, 0);
                continue;
            }
            zs.next_in = in;
            zs.avail_in = (unsigned)n;
            while (zs.avail_in > 0 && rc != Z_STREAM_END) {
                zs.next_out = out;
                zs.avail_out = CHUNK;
                rc = inflate(&zs, Z_NO_FLUSH);
                if (rc != Z_OK && rc != Z_STREAM_END) { fprintf(stderr, "%s: inflate error %d\n", member, rc); ok = 0; break; }
                size_t k = CHUNK - zs.avail_out;
                *total += k;
                sax_push(&s, (const char *)out, k, 0);
            }
        }
        /* what inflate still holds once the input is all in */
        while (ok && method == 8 && rc == Z_OK) {
            zs.next_out = out;
            zs.avail_out = CHUNK;
            rc = inflate(&zs, Z_NO_FLUSH);
            size_t k = CHUNK - zs.avail_out;
            if (k == 0) break;
            *total += k;
            sax_push(&s, (const char *)out, k, 0);
        }
        if (method == 8) inflateEnd(&zs);
        sax_push(&s, NULL, 0, 1);
        if (!sax_end(&s)) ok = 0;
    }
    free(in);
    free(out);
    free(dir);
    close(fd);
    return ok;
}

static int run_xml(const char *path, uint64_t *total) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); return 0; }
    char *buf = malloc(CHUNK);
    Sax s;
    sax_begin(&s, path);
    size_t n;
    while ((n = fread(buf, 1, CHUNK, f)) > 0) {
        *total += n;
        sax_push(&s, buf, n, 0);
    }
    sax_push(&s, NULL, 0, 1);
    fclose(f);
    free(buf);
    return sax_end(&s);
}

int main(int argc, char **argv) {
    if (argc < 3 || (strcmp(argv[1], "zip") != 0 && strcmp(argv[1], "xml") != 0)) {
        fprintf(stderr, "usage: sax_floor zip BOOK.xlsx | sax_floor xml FILE.xml...\n");
        return 2;
    }
    LIBXML_TEST_VERSION
    memset(&handler, 0, sizeof handler);
    handler.initialized = XML_SAX2_MAGIC;
    handler.startElementNs = on_start;
    handler.endElementNs = on_end;
    handler.characters = on_chars;
    uint64_t total = 0;
    int ok = 1;
    double t0 = now();
    for (int i = 2; i < argc; i++)
        ok &= strcmp(argv[1], "zip") == 0 ? run_zip(argv[i], &total) : run_xml(argv[i], &total);
    double t = now() - t0;
    printf("%llu %.3f\n", (unsigned long long)total, t);
    xmlCleanupParser();
    return ok ? 0 : 1;
}
