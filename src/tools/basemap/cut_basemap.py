#!/usr/bin/env python3
"""Cuts the map's offline basemap out of Natural Earth 1:50m (as packed by the npm package
world-atlas 2.0.2, `npm pack world-atlas`): land polygons clipped to the region, country borders
(arcs two countries share) as lines, both simplified, written as the small text file the map
painter reads (src/main/resources/basemap/mediterranean-50m.txt).

    python3 cut_basemap.py path/to/package > ../../main/resources/basemap/mediterranean-50m.txt
"""
import json
import sys

WEST, SOUTH, EAST, NORTH = -12.0, 24.0, 42.0, 58.0
TOLERANCE = 0.025  # degrees, about 2.5 km: below a pixel at the widest zoom the map offers


def decode_arcs(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def arc_points(arcs, index):
    return arcs[index] if index >= 0 else list(reversed(arcs[~index]))


def ring(arcs, indexes):
    pts = []
    for i in indexes:
        a = arc_points(arcs, i)
        pts.extend(a if not pts else a[1:])
    return pts


def clip_polygon(pts):
    """Sutherland-Hodgman against the region's rectangle: a clipped ring still fills correctly."""
    def clip(points, inside, cut):
        out = []
        for i, cur in enumerate(points):
            prev = points[i - 1]
            if inside(cur):
                if not inside(prev):
                    out.append(cut(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cut(prev, cur))
        return out

    def at_x(x):
        return lambda p, q: (x, p[1] + (q[1] - p[1]) * (x - p[0]) / (q[0] - p[0]))

    def at_y(y):
        return lambda p, q: (p[0] + (q[0] - p[0]) * (y - p[1]) / (q[1] - p[1]), y)

    for inside, cut in ((lambda p: p[0] >= WEST, at_x(WEST)), (lambda p: p[0] <= EAST, at_x(EAST)),
                        (lambda p: p[1] >= SOUTH, at_y(SOUTH)), (lambda p: p[1] <= NORTH, at_y(NORTH))):
        if not pts:
            return []
        pts = clip(pts, inside, cut)
    return pts


def inside_box(p):
    return WEST <= p[0] <= EAST and SOUTH <= p[1] <= NORTH


def clip_line(pts):
    """Keeps the runs of a line that lie in the region (a border leaving it is cut at its last point inside)."""
    runs, run = [], []
    for p in pts:
        if inside_box(p):
            run.append(p)
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return [r for r in runs if len(r) > 1]


def simplify(pts, tol):
    """Douglas-Peucker."""
    if len(pts) < 3:
        return pts
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        a, b = stack.pop()
        ax, ay = pts[a]
        bx, by = pts[b]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        best, far = -1.0, -1
        for i in range(a + 1, b):
            px, py = pts[i]
            d = abs(dy * px - dx * py + bx * ay - by * ax) / norm if norm else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if d > best:
                best, far = d, i
        if best > tol:
            keep[far] = True
            stack.extend([(a, far), (far, b)])
    return [p for p, k in zip(pts, keep) if k]


def fmt(pts):
    return " ".join("%.2f,%.2f" % p for p in pts)


def main(folder):
    land = json.load(open(folder + "/land-50m.json"))
    arcs = decode_arcs(land)
    print("# Ops Timeline basemap: Natural Earth 1:50m land and country borders (public domain),")
    print("# via world-atlas 2.0.2 (ISC), cut to lon %g..%g lat %g..%g and simplified to %g deg" % (WEST, EAST, SOUTH, NORTH, TOLERANCE))
    print("# by src/tools/basemap/cut_basemap.py. One shape a line: 'land' (a closed ring to fill)")
    print("# or 'border' (a line), then lon,lat pairs.")
    print("bounds %g %g %g %g" % (WEST, SOUTH, EAST, NORTH))
    for geom in land["objects"]["land"]["geometries"]:
        polys = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
        for poly in polys:
            for r in poly:  # holes (lakes) are drawn as land too: at this scale nothing is lost
                pts = clip_polygon(simplify(ring(arcs, r), TOLERANCE))
                if len(pts) >= 3:
                    print("land " + fmt(pts))
    countries = json.load(open(folder + "/countries-50m.json"))
    arcs = decode_arcs(countries)
    uses = {}
    for geom in countries["objects"]["countries"]["geometries"]:
        polys = geom.get("arcs") or []
        polys = polys if geom["type"] == "MultiPolygon" else [polys]
        for poly in polys:
            for r in poly:
                for i in r:
                    uses.setdefault(i if i >= 0 else ~i, set()).add(geom.get("id") or geom["properties"]["name"])
    for index, owners in sorted(uses.items()):
        if len(owners) > 1:
            for run in clip_line(simplify(arcs[index], TOLERANCE)):
                print("border " + fmt(run))


if __name__ == "__main__":
    main(sys.argv[1])
