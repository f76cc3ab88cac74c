import { greatCircleKm } from './great-circle';

const HANGZHOU = { lat: 30.27, lon: 120.16 };
const SHANGHAI = { lat: 31.23, lon: 121.47 };
const BEIJING = { lat: 39.9, lon: 116.41 };

describe('great-circle distance (haversine)', () => {
  it('puts Hangzhou about 165 km from Shanghai', () => {
    expect(greatCircleKm(HANGZHOU, SHANGHAI)).toBeCloseTo(164.5, 1);
  });

  it('puts Beijing about 1,067 km from Shanghai, the same both ways', () => {
    expect(greatCircleKm(BEIJING, SHANGHAI)).toBeCloseTo(1066.7, 1);
    expect(greatCircleKm(SHANGHAI, BEIJING)).toBe(greatCircleKm(BEIJING, SHANGHAI));
  });

  it('is zero for the same place and half the circumference for antipodes', () => {
    expect(greatCircleKm(HANGZHOU, HANGZHOU)).toBe(0);
    expect(greatCircleKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(20015.1, 1);
  });
});
