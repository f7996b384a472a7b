import { describe, expect, it } from 'vitest';
import { demoArtSvg } from './demo-art';

describe('demo artwork', () => {
  it('draws the product name, escaped, the same way every time', () => {
    const svg = demoArtSvg('Mắm cá linh Châu Đốc');
    expect(svg).toContain('<svg');
    expect(svg).toContain('Mắm cá linh Châu');
    expect(demoArtSvg('Mắm cá linh Châu Đốc')).toBe(svg);
    expect(demoArtSvg('<script>alert(1)</script>')).not.toContain('<script>');
  });

  it('gives different products different colours', () => {
    const fill = (svg: string) => /stop-color="(#[0-9a-f]+)"/.exec(svg)?.[1];
    const colours = new Set(
      ['Trà khổ qua', 'Khô cá lóc', 'Mắm thái', 'Đường thốt nốt', 'Gạo ST25'].map((n) => fill(demoArtSvg(n))),
    );
    expect(colours.size).toBeGreaterThan(2);
  });
});
