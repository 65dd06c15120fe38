#!/usr/bin/env python3
"""png_check.py PNG - is a screenshot non-blank?  Decodes the PNG (8-bit RGB
or RGBA, any filter) with the standard library alone and prints its size,
its number of distinct colours and the share of pixels that are not the
background (the top-left pixel's colour).  Exit 1 when it looks blank:
fewer than 16 colours or under 1% of the pixels drawn."""
import struct
import sys
import zlib


def decode(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit("not a PNG: " + path)
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", body[:10])
            if depth != 8 or ctype not in (2, 6):
                sys.exit("unsupported PNG: depth %d, colour type %d" % (depth, ctype))
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else b if pb <= pc else c
                line[i] = (line[i] + pred) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def main():
    width, height, bpp, rows = decode(sys.argv[1])
    colours, drawn = set(), 0
    bg = tuple(rows[0][:3])
    for line in rows:
        px = list(zip(line[0::bpp], line[1::bpp], line[2::bpp]))
        colours.update(px)
        drawn += len(px) - px.count(bg)
    share = drawn / float(width * height)
    ok = len(colours) >= 16 and share >= 0.01
    print("%dx%d, %s colours, %s drawn: %s" % (width, height,
          "many" if len(colours) >= 16 else len(colours),
          "enough" if share >= 0.01 else "%.2f%%" % (share * 100),
          "non-blank" if ok else "BLANK"))
    sys.exit(0 if ok else 1)


main()
