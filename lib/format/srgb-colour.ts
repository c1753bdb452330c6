// CSS colours in the spaces a browser's computed style may use (lab, lch, oklab, oklch, color()) as sRGB,
// which every SVG editor reads. Browsers keep these spaces in computed values and even in a canvas's fillStyle,
// so the conversion is done here, with the matrices of CSS Color 4 (https://www.w3.org/TR/css-color-4/).

type Vec = [number, number, number];
type Matrix = [Vec, Vec, Vec];

const dot = (row: Vec, [a, b, c]: Vec) => row[0] * a + row[1] * b + row[2] * c;
const multiply = (m: Matrix, v: Vec): Vec => [dot(m[0], v), dot(m[1], v), dot(m[2], v)];
const each = (v: Vec, f: (x: number) => number): Vec => [f(v[0]), f(v[1]), f(v[2])];

const d50ToD65: Matrix = [
  [0.955473421488075, -0.02309845494876471, 0.06325924320057072],
  [-0.0283697093338637, 1.0099953980813041, 0.021041441191917323],
  [0.012314014864481998, -0.020507649298898964, 1.330365926242124],
];
const xyzToLinearSrgb: Matrix = [
  [3.2409699419045226, -1.537383177570094, -0.4986107602930034],
  [-0.9692436362808796, 1.8759675015077202, 0.04155505740717559],
  [0.05563007969699366, -0.20397695888897652, 1.0569715142428786],
];
const linearP3ToXyz: Matrix = [
  [0.4865709486482162, 0.26566769316909306, 0.1982172852343625],
  [0.2289745640697488, 0.6917385218365064, 0.079286914093745],
  [0, 0.04511338185890264, 1.043944368900976],
];
const oklabToLms: Matrix = [
  [1, 0.3963377773761749, 0.2158037573099136],
  [1, -0.1055613458156586, -0.0638541728258133],
  [1, -0.0894841775298119, -1.2914855480194092],
];
const lmsToLinearSrgb: Matrix = [
  [4.0767416621, -3.3077115913, 0.2309699292],
  [-1.2684380046, 2.6097574011, -0.3413193965],
  [-0.0041960863, -0.7034186147, 1.707614701],
];

const toLinear = (v: number) => {
  const a = Math.abs(v);
  return Math.sign(v) * (a <= 0.04045 ? a / 12.92 : ((a + 0.055) / 1.055) ** 2.4);
};
const toGamma = (v: number) => {
  const a = Math.abs(v);
  return Math.sign(v) * (a <= 0.0031308 ? 12.92 * a : 1.055 * a ** (1 / 2.4) - 0.055);
};

function labToXyzD50([l, a, b]: Vec): Vec {
  const e = 216 / 24389;
  const k = 24389 / 27;
  const fy = (l + 16) / 116;
  const fx = fy + a / 500;
  const fz = fy - b / 200;
  const x = fx ** 3 > e ? fx ** 3 : (116 * fx - 16) / k;
  const y = l > k * e ? fy ** 3 : l / k;
  const z = fz ** 3 > e ? fz ** 3 : (116 * fz - 16) / k;
  return [x * 0.9642956764295677, y, z * 0.8251046025104602];
}

const polar = ([l, c, h]: Vec): Vec => [
  l,
  c * Math.cos((h * Math.PI) / 180),
  c * Math.sin((h * Math.PI) / 180),
];

const lab = (v: Vec) => multiply(xyzToLinearSrgb, multiply(d50ToD65, labToXyzD50(v)));
const oklab = (v: Vec) =>
  multiply(
    lmsToLinearSrgb,
    each(multiply(oklabToLms, v), (x) => x ** 3),
  );

/** Each space's components to linear-light sRGB, from numbers already scaled as CSS gives them. */
const spaces: Record<string, (v: Vec) => Vec> = {
  lab,
  lch: (v) => lab(polar(v)),
  oklab,
  oklch: (v) => oklab(polar(v)),
  srgb: (v) => each(v, toLinear),
  'srgb-linear': (v) => v,
  'display-p3': (v) => multiply(xyzToLinearSrgb, multiply(linearP3ToXyz, each(v, toLinear))),
  xyz: (v) => multiply(xyzToLinearSrgb, v),
  'xyz-d65': (v) => multiply(xyzToLinearSrgb, v),
  'xyz-d50': (v) => multiply(xyzToLinearSrgb, multiply(d50ToD65, v)),
};

/** What 100% of each component is, per space (CSS Color 4's reference ranges); hues take no percentage. */
const percentScale: Record<string, Vec> = {
  lab: [100, 125, 125],
  lch: [100, 150, 1],
  oklab: [1, 0.4, 0.4],
  oklch: [1, 0.4, 1],
};

const hueUnits: Record<string, number> = { deg: 1, grad: 0.9, rad: 180 / Math.PI, turn: 360 };

function component(token: string, scale: number, hue: boolean): number | undefined {
  if (token === 'none') return 0;
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(%|deg|grad|rad|turn)?$/i.exec(token);
  if (!match) return undefined;
  const value = Number(match[1]);
  const unit = match[2]?.toLowerCase();
  if (unit === '%') return (value / 100) * scale;
  if (unit) return hue ? value * (hueUnits[unit] ?? 1) : undefined;
  return value;
}

/** A colour function matched anywhere in a value: the spaces this module converts. */
const colourFunction = /\b(lab|lch|oklab|oklch|color)\(([^()]*)\)/gi;

/**
 * One CSS colour as sRGB: "#rrggbb" when opaque, "rgba(r, g, b, a)" otherwise, out-of-gamut components clipped.
 * Undefined for anything that is not a colour function of the spaces above (rgb(), hex and keywords are already
 * read everywhere, and are not this function's to change).
 */
export function toSrgb(value: string): string | undefined {
  const match = /^\s*(lab|lch|oklab|oklch|color)\(([^()]*)\)\s*$/i.exec(value);
  if (!match) return undefined;
  let name = (match[1] ?? '').toLowerCase();
  const [channels = '', alphaPart] = (match[2] ?? '').split('/');
  let tokens = channels.trim().split(/[\s,]+/);
  if (name === 'color') {
    name = (tokens[0] ?? '').toLowerCase();
    tokens = tokens.slice(1);
  }
  const convert = spaces[name];
  if (!convert || tokens.length !== 3) return undefined;
  const scale = percentScale[name] ?? [1, 1, 1];
  const hue = name === 'lch' || name === 'oklch';
  const [x, y, z] = tokens.map((t, i) => component(t, scale[i] ?? 1, hue && i === 2));
  const alpha = alphaPart === undefined ? 1 : component(alphaPart.trim(), 1, false);
  if (x === undefined || y === undefined || z === undefined || alpha === undefined) return undefined;
  const rgb = each(convert([x, y, z]), (v) => Math.round(Math.min(1, Math.max(0, toGamma(v))) * 255));
  const a = Math.min(1, Math.max(0, alpha));
  if (a >= 1) return `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  return `rgba(${rgb.join(', ')}, ${Number(a.toFixed(4))})`;
}

/**
 * Every colour function in a value (a style, a paint) replaced by its sRGB form, the rest left as it was. A colour
 * this module cannot convert goes to `fallback`, if given (a browser can paint it and read the pixel back).
 */
export function srgbColours(value: string, fallback?: (colour: string) => string): string {
  return value.replace(colourFunction, (whole) => toSrgb(whole) ?? fallback?.(whole) ?? whole);
}

/** True where a value still holds a colour function an SVG editor may not read. */
export function hasWideGamutColour(value: string): boolean {
  return new RegExp(colourFunction.source, 'i').test(value);
}
