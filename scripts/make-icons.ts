// Draws the Teams app icons (appPackage/color.png 192x192, appPackage/outline.png 32x32): an egg in a nest.
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

/** An sRGB colour, 0-255 per channel. */
type Rgb = readonly [number, number, number];

/** A region of the icon, in icon units: (0, 0) is the top left corner, (1, 1) the bottom right. */
type Shape = (x: number, y: number) => boolean;

/** What a layer paints: a colour, a colour per point, or `null` to clear to transparent. */
type Paint = Rgb | ((x: number, y: number) => Rgb) | null;

interface Layer {
  shape: Shape;
  paint: Paint;
}

/** The mark's parts; each icon decides how to paint them. */
interface Mark {
  /** White parts: the egg and the nest. */
  ink: Shape[];
  /** Parts cut out of the ink: the connected dots in the egg, the gap between egg and nest. */
  holes: Shape[];
  /** Drawn last, over the holes: the nest in front of the egg. */
  front: Shape[];
}

const WHITE: Rgb = [255, 255, 255];
const WARM_TOP: Rgb = [242, 140, 56];
const WARM_BOTTOM: Rgb = [214, 82, 44];
/** Samples per pixel along each axis; 8 gives 64 samples, smooth enough for anti-aliased edges. */
const SUPERSAMPLING = 8;

const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

const ellipse =
  (cx: number, cy: number, rx: number, ry: number): Shape =>
  (x, y) =>
    ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;

/** An egg standing upright: an ellipse whose lower half is wider, by `bulge` (0 = plain ellipse). */
const egg =
  (cx: number, cy: number, rx: number, ry: number, bulge: number): Shape =>
  (x, y) => {
    const v = (y - cy) / ry;
    return ((x - cx) / rx) ** 2 / (1 + bulge * v) + v * v <= 1;
  };

/** A line from a to b with round ends, `width` thick. */
const segment =
  (ax: number, ay: number, bx: number, by: number, width: number): Shape =>
  (x, y) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (width / 2) ** 2;
  };

const roundedSquare =
  (radius: number): Shape =>
  (x, y) => {
    const qx = Math.max(radius - x, x - (1 - radius), 0);
    const qy = Math.max(radius - y, y - (1 - radius), 0);
    return qx * qx + qy * qy <= radius * radius;
  };

const below =
  (limit: number): Shape =>
  (_x, y) =>
    y >= limit;

const all =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.every((s) => s(x, y));

const not =
  (shape: Shape): Shape =>
  (x, y) =>
    !shape(x, y);

/** Stroke sizes of the mark, in icon units; the small icon needs them relatively heavier. */
interface MarkWeights {
  /** Radius of the three dots in the egg. */
  dot: number;
  /** Thickness of the lines connecting the dots. */
  line: number;
  /** Width of the gap between the egg and the nest in front of it. */
  gap: number;
  /** Twig lines woven through the nest: their thickness, 0 for none. */
  weave: number;
}

/**
 * The Broedplaats mark: an egg carrying three connected dots (the network and the parties at its table)
 * resting in a woven nest (the broedplaats).
 */
function broedplaatsMark(weights: MarkWeights): Mark {
  const nest = (grow: number): Shape =>
    all(
      ellipse(0.5, 0.58, 0.36 + grow, 0.25 + grow),
      not(ellipse(0.5, 0.55, 0.3 - grow, 0.13 - grow)),
      below(0.58 - grow),
    );
  const twig = (ry: number): Shape =>
    all(
      ellipse(0.5, 0.58, 0.34, ry + weights.weave / 2),
      not(ellipse(0.5, 0.58, 0.34, ry - weights.weave / 2)),
      below(0.63),
    );
  const weave = weights.weave > 0 ? [twig(0.18), twig(0.215)] : [];
  const dots: [number, number][] = [
    [0.5, 0.3],
    [0.41, 0.46],
    [0.59, 0.46],
  ];
  const links = dots.map(([x, y], i) => {
    const [nx, ny] = dots[(i + 1) % dots.length] ?? [x, y];
    return segment(x, y, nx, ny, weights.line);
  });
  return {
    ink: [egg(0.5, 0.42, 0.2, 0.27, 0.22)],
    holes: [...dots.map(([x, y]) => circle(x, y, weights.dot)), ...links, nest(weights.gap)],
    front: [all(nest(0), ...weave.map(not))],
  };
}

/** The mark's vertical centre, in icon units: the egg's top is at 0.15 and the nest's bottom at 0.83. */
const MARK_CENTRE_Y = 0.49;

/** Scales the mark around its centre to the middle of the icon: `scale` 1.25 makes it a quarter larger. */
const fit =
  (shape: Shape, scale: number): Shape =>
  (x, y) =>
    shape(0.5 + (x - 0.5) / scale, MARK_CENTRE_Y + (y - 0.5) / scale);

/** Renders layers into a square PNG of `size` pixels, anti-aliased by supersampling. */
function render(size: number, layers: Layer[]): PNG {
  const png = new PNG({ width: size, height: size });
  const n = SUPERSAMPLING;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Sum of premultiplied colour over all samples, then averaged: correct edges between any layers.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let colour: Rgb | null = null;
          for (const layer of layers) {
            if (layer.shape(x, y))
              colour = typeof layer.paint === 'function' ? layer.paint(x, y) : layer.paint;
          }
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = a > 0 ? Math.round(r / a) : 0;
      png.data[i + 1] = a > 0 ? Math.round(g / a) : 0;
      png.data[i + 2] = a > 0 ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round((255 * a) / (n * n));
    }
  }
  return png;
}

/** A warm vertical gradient, orange at the top to terracotta at the bottom. */
function warmGradient(_x: number, y: number): Rgb {
  const mix = (top: number, bottom: number): number => Math.round(top + (bottom - top) * y);
  return [
    mix(WARM_TOP[0], WARM_BOTTOM[0]),
    mix(WARM_TOP[1], WARM_BOTTOM[1]),
    mix(WARM_TOP[2], WARM_BOTTOM[2]),
  ];
}

/** The 192x192 full-colour icon: the white mark on a warm rounded square. */
export function drawColorIcon(): PNG {
  const mark = broedplaatsMark({ dot: 0.045, line: 0.022, gap: 0.035, weave: 0.012 });
  // Smaller than the square, so the mark keeps clear of the corners Teams rounds off.
  const scale = 0.82;
  return render(192, [
    { shape: roundedSquare(0.2), paint: warmGradient },
    ...mark.ink.map((shape) => ({ shape: fit(shape, scale), paint: WHITE })),
    ...mark.holes.map((shape) => ({ shape: fit(shape, scale), paint: warmGradient })),
    ...mark.front.map((shape) => ({ shape: fit(shape, scale), paint: WHITE })),
  ]);
}

/** The 32x32 outline icon: the white mark alone on a transparent background. */
export function drawOutlineIcon(): PNG {
  const mark = broedplaatsMark({ dot: 0.045, line: 0.028, gap: 0.05, weave: 0 });
  // Stretched to nearly the full 32 pixels: Teams shows this icon small, so every pixel counts.
  const scale = 1.35;
  return render(32, [
    ...mark.ink.map((shape) => ({ shape: fit(shape, scale), paint: WHITE })),
    ...mark.holes.map((shape) => ({ shape: fit(shape, scale), paint: null })),
    ...mark.front.map((shape) => ({ shape: fit(shape, scale), paint: WHITE })),
  ]);
}

/** Writes color.png and outline.png into `dir` (default: ./appPackage, run from the repository root). */
export function writeIcons(dir: string): void {
  fs.writeFileSync(path.join(dir, 'color.png'), PNG.sync.write(drawColorIcon()));
  fs.writeFileSync(path.join(dir, 'outline.png'), PNG.sync.write(drawOutlineIcon()));
}

if (require.main === module) {
  const dir = path.resolve(process.argv[2] ?? 'appPackage');
  if (!fs.existsSync(dir)) {
    console.error(`No folder ${dir}: run from the repository root or pass the appPackage folder.`);
    process.exitCode = 1;
  } else {
    writeIcons(dir);
    console.log(`Wrote ${path.join(dir, 'color.png')} and ${path.join(dir, 'outline.png')}`);
  }
}
