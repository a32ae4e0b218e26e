/**
 * The astronomy behind the Vietnamese lunar calendar, after Hồ Ngọc Đức's well-known algorithm
 * ("Computing the Vietnamese lunar calendar"): mean new moons corrected by the main periodic
 * terms, and the sun's apparent longitude, both at Vietnam's time zone (UTC+7). Days are Julian
 * day numbers. Accurate for the centuries around today, which is all a reporting product needs.
 */

const TIME_ZONE_HOURS = 7;
const DEGREE = Math.PI / 180;

/** The Julian day number of 1970-01-01. */
export const UNIX_EPOCH_JDN = 2_440_588;

/** The mean length of a synodic month in days. */
export const SYNODIC_MONTH = 29.530588853;

/** The Julian day of the new moon taken as k = 0 (1900-01-01). */
export const NEW_MOON_EPOCH = 2415021.076998695;

/** The instant (Julian day, UT) of the k-th new moon after 1900-01-01. */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEGREE);
  const m = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * DEGREE;
  const mpr = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * DEGREE;
  const f = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * DEGREE;
  const c1 =
    (0.1734 - 0.000393 * t) * Math.sin(m) + 0.0021 * Math.sin(2 * m) -
    0.4068 * Math.sin(mpr) + 0.0161 * Math.sin(2 * mpr) - 0.0004 * Math.sin(3 * mpr) +
    0.0104 * Math.sin(2 * f) - 0.0051 * Math.sin(m + mpr) - 0.0074 * Math.sin(m - mpr) +
    0.0004 * Math.sin(2 * f + m) - 0.0004 * Math.sin(2 * f - m) - 0.0006 * Math.sin(2 * f + mpr) +
    0.001 * Math.sin(2 * f - mpr) + 0.0005 * Math.sin(2 * mpr + m);
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + c1 - deltaT;
}

/** The sun's apparent longitude in radians, 0 ≤ L < 2π, at a Julian day (UT). */
function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525;
  const t2 = t * t;
  const m = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * DEGREE;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const dl =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(m) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.00029 * Math.sin(3 * m);
  const l = (l0 + dl) * DEGREE;
  return l - 2 * Math.PI * Math.floor(l / (2 * Math.PI));
}

/** The Julian day number of the local (UTC+7) day holding the k-th new moon. */
export function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE_HOURS / 24);
}

/**
 * Which of the 12 solar terms of 30° (0–11) the sun is in at the start of a local day; a
 * lunar month with no change of term is the leap month, and month 11 holds the winter solstice.
 */
export function sunTerm(dayNumber: number): number {
  return Math.floor((sunLongitude(dayNumber - 0.5 - TIME_ZONE_HOURS / 24) / Math.PI) * 6);
}
