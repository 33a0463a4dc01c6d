import { fitColour, textColourOn } from './fit-colour';

describe('fitColour', () => {
  it('hits the stops exactly', () => {
    expect(fitColour(0)).toBe('#a50026');
    expect(fitColour(60)).toBe('#fdae61');
    expect(fitColour(100)).toBe('#1a9850');
  });

  it('interpolates between stops', () => {
    // Halfway from 40 (#d73027) to 60 (#fdae61): (215+253)/2 = 234 = ea, (48+174)/2 = 111 = 6f,
    // (39+97)/2 = 68 = 44.
    expect(fitColour(50)).toBe('#ea6f44');
  });

  it('clamps outside 0–100', () => {
    expect(fitColour(-5)).toBe('#a50026');
    expect(fitColour(150)).toBe('#1a9850');
  });
});

describe('textColourOn', () => {
  it('uses black on light and white on dark backgrounds', () => {
    expect(textColourOn('#ffffff')).toBe('#000000');
    expect(textColourOn('#fee08b')).toBe('#000000');
    expect(textColourOn('#000000')).toBe('#ffffff');
    expect(textColourOn('#a50026')).toBe('#ffffff');
  });
});
