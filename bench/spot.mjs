// Where to start a drag so that it pans the view instead of grabbing a node (which pins it
// and reheats the layout in ours; sigma and force-graph as set up here only pan): from a
// screenshot taken before the sequence, the point of the canvas farthest from anything
// drawn, and on a canvas (not on a legend or a control above it).
import { inflateSync } from "node:zlib";

const CELL = 8; // px per grid cell
const EDGE_MARGIN = 16; // px kept from the canvas border

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium's screenshots are). */
export function decodePng(buf) {
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString("latin1", pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [depth, color, , , interlace] = data.subarray(8, 13);
      channels = color === 6 ? 4 : color === 2 ? 3 : 0;
      if (depth !== 8 || !channels || interlace) throw new Error("unsupported PNG");
    } else if (type === "IDAT") idat.push(data);
    else if (type === "IEND") break;
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const px = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const out = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? px[out + x - channels] : 0;
      const b = y ? px[out - stride + x] : 0;
      const c = x >= channels && y ? px[out - stride + x - channels] : 0;
      let v = raw[src + x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      px[out + x] = v & 255;
    }
  }
  return { width, height, channels, px };
}

/**
 * Candidate points (page coordinates), emptiest first: grid cells ranked by their distance
 * to the nearest cell that holds anything but the background (the most common colour).
 * `keep(point)` leaves out cells (page coordinates) that may not be picked.
 */
export function emptiestPoints(png, box, count = 20, keep = () => true) {
  const { width, height, channels, px } = png;
  const colorAt = (i) => (px[i] << 16) | (px[i + 1] << 8) | px[i + 2];
  const freq = new Map();
  for (let i = 0; i < px.length; i += channels * 97) freq.set(colorAt(i), (freq.get(colorAt(i)) ?? 0) + 1);
  const bg = [...freq.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const near = (i) =>
    Math.abs(px[i] - (bg >> 16)) + Math.abs(px[i + 1] - ((bg >> 8) & 255)) + Math.abs(px[i + 2] - (bg & 255)) < 12;
  const gw = Math.floor(width / CELL);
  const gh = Math.floor(height / CELL);
  const dist = new Int32Array(gw * gh).fill(-1);
  const queue = [];
  for (let gy = 0; gy < gh; gy++) {
    for (let gx = 0; gx < gw; gx++) {
      let busy = false;
      for (let y = gy * CELL; y < (gy + 1) * CELL && !busy; y++)
        for (let x = gx * CELL; x < (gx + 1) * CELL && !busy; x++) busy = !near((y * width + x) * channels);
      if (busy) {
        dist[gy * gw + gx] = 0;
        queue.push(gy * gw + gx);
      }
    }
  }
  if (!queue.length) {
    // nothing drawn at all: measure from the centre
    queue.push(Math.floor(gh / 2) * gw + Math.floor(gw / 2));
    dist[queue[0]] = 0;
  }
  for (let q = 0; q < queue.length; q++) {
    const i = queue[q];
    const gx = i % gw;
    const gy = (i / gw) | 0;
    for (const [nx, ny] of [[gx + 1, gy], [gx - 1, gy], [gx, gy + 1], [gx, gy - 1]]) {
      if (nx < 0 || ny < 0 || nx >= gw || ny >= gh || dist[ny * gw + nx] >= 0) continue;
      dist[ny * gw + nx] = dist[i] + 1;
      queue.push(ny * gw + nx);
    }
  }
  const cells = [];
  for (let i = 0; i < dist.length; i++) {
    const x = (i % gw) * CELL + CELL / 2;
    const y = ((i / gw) | 0) * CELL + CELL / 2;
    if (x < EDGE_MARGIN || y < EDGE_MARGIN || x > width - EDGE_MARGIN || y > height - EDGE_MARGIN) continue;
    if (!keep({ x: box.x + x, y: box.y + y })) continue;
    cells.push([dist[i], x, y]);
  }
  cells.sort((a, b) => b[0] - a[0]);
  const picked = [];
  for (const [d, x, y] of cells) {
    if (picked.some((p) => Math.hypot(p.x - box.x - x, p.y - box.y - y) < 40)) continue;
    picked.push({ x: box.x + x, y: box.y + y, clearance: d * CELL });
    if (picked.length >= count) break;
  }
  return picked;
}

/**
 * The emptiest point of the box that is on a canvas, or the box's upper-left third. With
 * `zoom` (and `about`, the point it zooms about): the point to use after the view has been
 * zoomed by that factor, found in the current picture among the points that stay inside the
 * box and mapped (clearance scaled with it), since the drag will start in the zoomed view.
 */
export async function findDragStart(page, box, { zoom = 1, about = { x: 0, y: 0 } } = {}) {
  const fallback = { x: box.x + box.width * 0.3, y: box.y + box.height * 0.35, clearance: null };
  const zoomed = (p) => ({ x: about.x + zoom * (p.x - about.x), y: about.y + zoom * (p.y - about.y) });
  const inBox = (p) => {
    const q = zoomed(p);
    return q.x >= box.x + EDGE_MARGIN && q.y >= box.y + EDGE_MARGIN && q.x <= box.x + box.width - EDGE_MARGIN && q.y <= box.y + box.height - EDGE_MARGIN;
  };
  try {
    const png = decodePng(await page.screenshot({ clip: box, type: "png", timeout: 5000 }));
    const candidates = emptiestPoints(png, box, 20, inBox).map((p) => ({ ...zoomed(p), clearance: p.clearance * zoom }));
    const onCanvas = await page.evaluate(
      (pts) => pts.map((p) => document.elementFromPoint(p.x, p.y)?.tagName === "CANVAS"),
      candidates,
    );
    return candidates.find((_, i) => onCanvas[i]) ?? fallback;
  } catch {
    return fallback;
  }
}
